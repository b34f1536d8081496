// The page's loader, an external file so the page runs under a strict Content Security
// Policy (script-src 'self': no inline script). Trunk writes the <script> tag that loads
// it (pattern_script in Trunk.toml) with the hashed names of the wasm-bindgen glue and
// the .wasm in data attributes, and scripts/post-build.mjs adds the program lab's pair.
// This file picks one pair by the address, imports the glue and starts the wasm, then
// fires Trunk's usual TrunkApplicationStarted event (scripts/measure-ui.mjs listens).
// (The glue fetches the wasm itself: a Response fetched here ahead of the glue, through the
// service worker, could keep the old worker busy and a new build's worker waiting.)
const boot = document.getElementById('pclab-boot');
const here = (name) => new URL(name, document.baseURI).href;

/**
 * True when the address opens the program lab (`program=…`, `edit=go`, with or without
 * `challenge=`): the one place that decides it, since it must be known before either
 * bundle has loaded (tests/e2e/bundles.spec.ts).
 */
export const wantsProgram = (search) => {
  const params = new URLSearchParams(search);
  return params.has('program') || params.getAll('edit').includes('go');
};

const bundle = wantsProgram(location.search) && boot.dataset.programJs ? 'program' : 'scenario';
const [js, wasmFile] = bundle === 'program'
  ? [boot.dataset.programJs, boot.dataset.programWasm]
  : [boot.dataset.js, boot.dataset.wasm];
const { default: init } = await import(here(js));
const wasm = await init({ module_or_path: here(wasmFile) });
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm, bundle } }));

// ---- after the wasm has started (scripts/inline-single.mjs keeps what follows) ----

// Auto-resize (README, "Embedding"): when framed, post the height the page wants to the
// parent as { type: 'pclab-embed-height', height } (CSS px, an integer), and again when
// the parent asks with { type: 'pclab-embed-ask' } (embed.js does when it starts, in case
// it missed the first message). The height is the bottom of the lab's <main>: its content
// with panels= (the stage at its natural size), or the frame itself without them, plus
// what a squeezed stage lacks of its natural size (as wide as the frame allows), since a
// fixed-height frame squeezes the stage to fit. Sent only when it changes, and never
// computed from the frame's own height plus a rounding error: that grew a frame by a
// pixel a frame, for ever.
if (window.parent !== window) {
  let sent = 0;
  let queued = false;
  const wanted = () => {
    const main = document.querySelector('main');
    let height = main
      ? main.getBoundingClientRect().bottom + scrollY + parseFloat(getComputedStyle(main).marginBottom)
      : document.documentElement.scrollHeight;
    const svg = document.querySelector('.stage-frame svg');
    const box = svg?.viewBox.baseVal;
    if (svg && box && box.width > 0) {
      const shown = svg.getBoundingClientRect();
      // Only a squeezed stage adds (a stretched one fills room the frame has anyway), and
      // only by a whole pixel or more: sub-pixel layout is not a squeeze.
      const squeezed = (shown.width * box.height) / box.width - shown.height;
      if (squeezed >= 1) height += squeezed;
    }
    return Math.ceil(height - 0.01);
  };
  const post = () => {
    queued = false;
    const height = wanted();
    if (height === sent) return;
    sent = height;
    window.parent.postMessage({ type: 'pclab-embed-height', height }, '*');
  };
  const soon = () => {
    if (!queued) requestAnimationFrame(post);
    queued = true;
  };
  addEventListener('message', (event) => {
    if (event.source !== window.parent || event.data?.type !== 'pclab-embed-ask') return;
    sent = 0;
    soon();
  });
  const resized = new ResizeObserver(soon);
  resized.observe(document.documentElement);
  resized.observe(document.body);
  new MutationObserver(soon).observe(document.body, { childList: true, subtree: true, characterData: true });
  soon();
}

// Offline use (README, "Offline"): a service worker beside the page caches this build.
// Not from file:// (no service workers there), and a refusal (a sandboxed frame,
// private browsing) only means no offline copy.
// The worker caches the shell on install; this page's own bundle it caches when asked, so
// that a visit never downloads the other page's bundle (static/sw.js).
// A worker that takes over later (a new build) is asked again.
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  const workers = navigator.serviceWorker;
  const ask = (worker) => worker?.postMessage({ type: 'pclab-cache-bundle', bundle });
  workers.addEventListener('controllerchange', () => ask(workers.controller));
  workers
    .register(here('sw.js'))
    .then(() => workers.ready)
    .then((ready) => ask(ready.active))
    .catch(() => {});
}

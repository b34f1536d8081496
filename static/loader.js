// The page's loader, an external file so the page runs under a strict Content Security
// Policy (script-src 'self': no inline script). Trunk writes the <script> tag that loads
// it (pattern_script in Trunk.toml) with the hashed names of the wasm-bindgen glue and
// the .wasm in data attributes; this file imports the one and starts the other, then
// fires Trunk's usual TrunkApplicationStarted event (scripts/measure-ui.mjs listens).
const boot = document.getElementById('pclab-boot');
const here = (name) => new URL(name, document.baseURI).href;
const { default: init } = await import(here(boot.dataset.js));
const wasm = await init({ module_or_path: here(boot.dataset.wasm) });
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));

// ---- after the wasm has started (scripts/inline-single.mjs keeps what follows) ----

// Auto-resize (README, "Embedding"): when framed, post the height the page wants to the
// parent as { type: 'pclab-embed-height', height } (CSS px, an integer). It is the
// document's height with the stage at its natural size (as wide as the frame allows),
// since a fixed-height frame squeezes the stage to fit. Sent only when it changes.
if (window.parent !== window) {
  let sent = 0;
  let queued = false;
  const wanted = () => {
    let height = document.documentElement.scrollHeight;
    const svg = document.querySelector('.stage-frame svg');
    const box = svg?.viewBox.baseVal;
    if (svg && box && box.width > 0) {
      const shown = svg.getBoundingClientRect();
      // Only a squeezed stage adds: a stretched one fills room the frame has anyway.
      height += Math.max(0, (shown.width * box.height) / box.width - shown.height);
    }
    return Math.ceil(height);
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
  const resized = new ResizeObserver(soon);
  resized.observe(document.documentElement);
  resized.observe(document.body);
  new MutationObserver(soon).observe(document.body, { childList: true, subtree: true, characterData: true });
  soon();
}

// Offline use (README, "Offline"): a service worker beside the page caches this build.
// Not from file:// (no service workers there), and a refusal (a sandboxed frame,
// private browsing) only means no offline copy.
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  navigator.serviceWorker.register(here('sw.js')).catch(() => {});
}

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

// Offline use (README, "Offline"): a service worker beside the page caches this build.
// Not from file:// (no service workers there), and a refusal (a sandboxed frame,
// private browsing) only means no offline copy.
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  navigator.serviceWorker.register(here('sw.js')).catch(() => {});
}

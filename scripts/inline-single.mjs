// Turns a release build (dist/) into one self-contained HTML file: the stylesheets become
// <style> elements, the icon a data: URL, and the wasm-bindgen glue, the wasm (base64)
// and the loader one inline module script (the glue is imported from a Blob URL). Used
// by scripts/build-single.sh; see README,
// "A single file".
//
//   node scripts/inline-single.mjs <dist dir> <output .html>
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const [distDir, output] = process.argv.slice(2);
if (!distDir || !output) {
  console.error('usage: node scripts/inline-single.mjs <dist dir> <output .html>');
  process.exit(2);
}

const read = (name) => readFile(join(distDir, name.replace(/^\.\//, '')));
/** An attribute's value in one tag, quoted or not (Trunk's minifier drops quotes). */
const attr = (tag, name) => {
  const match = new RegExp(`\\s${name}=("([^"]*)"|'([^']*)'|([^\\s>]+))`).exec(tag);
  return match ? (match[2] ?? match[3] ?? match[4]) : null;
};
/** Text that may sit inside a <script> or <style> element without ending it. */
const safeInside = (text, tagName) => text.replaceAll(`</${tagName}`, `<\\/${tagName}`);

let html = (await read('index.html')).toString('utf8');
const tags = html.match(/<link\b[^>]*>|<script\b[^>]*>\s*<\/script>/g) ?? [];
let boot = null;
for (const tag of tags) {
  const rel = attr(tag, 'rel');
  let replacement = '';
  if (rel === 'stylesheet') {
    const css = (await read(attr(tag, 'href'))).toString('utf8');
    replacement = `<style>${safeInside(css, 'style')}</style>`;
  } else if (rel === 'icon') {
    const svg = (await read(attr(tag, 'href'))).toString('base64');
    replacement = `<link rel="icon" href="data:image/svg+xml;base64,${svg}">`;
  } else if (tag.startsWith('<script') && attr(tag, 'id') === 'pclab-boot') {
    boot = tag;
    replacement = '<!--pclab-boot-->';
  }
  // Anything else (modulepreload, preload) named a file that no longer exists.
  html = html.replace(tag, replacement);
}
if (!boot) {
  console.error(`inline-single.mjs: no <script id=pclab-boot> in ${distDir}/index.html`);
  process.exit(1);
}

// The glue is an ES module (minified, so its export names vary): imported from a Blob URL.
const glue = (await read(attr(boot, 'data-js'))).toString('utf8');
const wasm = (await read(attr(boot, 'data-wasm'))).toString('base64');
// The loader's second half (auto-resize, service worker) works the same from one file.
// (From the source: the build's copy is minified, without the marker comment.)
const loader = await readFile(new URL('../static/loader.js', import.meta.url), 'utf8');
const marker = loader.indexOf('// ---- after the wasm has started');
if (marker < 0) {
  console.error('inline-single.mjs: loader.js lost its "after the wasm has started" line');
  process.exit(1);
}
const script = `<script type="module">
const pclabGlue = ${safeInside(JSON.stringify(glue), 'script')};
const pclabWasm = Uint8Array.from(atob("${wasm}"), (c) => c.charCodeAt(0));
const pclabUrl = URL.createObjectURL(new Blob([pclabGlue], { type: 'text/javascript' }));
const { default: pclabInit } = await import(pclabUrl);
const pclabExports = await pclabInit({ module_or_path: pclabWasm });
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: pclabExports } }));
${safeInside(loader.slice(marker), 'script')}
</script>`;
html = html.replace('<!--pclab-boot-->', () => script);
await writeFile(output, html);
console.log(`inline-single.mjs: wrote ${output} (${html.length.toLocaleString('en')} bytes)`);

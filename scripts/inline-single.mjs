// Turns a release build (dist/) into one self-contained HTML file: the stylesheets become
// <style> elements, the icon a data: URL, and both bundles' wasm-bindgen glue and wasm
// (base64), with the loader, one inline module script (a glue is imported from a Blob URL).
// The teaching assets that the site fetches when a panel opens (lessons, challenges, the
// example programs) go in too, as `window.pclabAssets` by file name: a page opened from
// file:// or an LMS cannot fetch them (src/app/fetch_text.rs reads them from there). Used
// by scripts/build-single.sh; see README, "A single file".
//
//   node scripts/inline-single.mjs <dist dir> <output .html>
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { attr } from './html-attr.mjs';

const [distDir, output] = process.argv.slice(2);
if (!distDir || !output) {
  console.error('usage: node scripts/inline-single.mjs <dist dir> <output .html>');
  process.exit(2);
}

const read = (name) => readFile(join(distDir, name.replace(/^\.\//, '')));
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

// Both bundles go in (the file opens the program lab for ?edit=go and ?program= links, as
// the site does), each glue an ES module (minified, so its export names vary) imported
// from a Blob URL, each wasm as base64; the loader's rule picks one (static/loader.js).
const bundle = async (jsKey, wasmKey) => ({
  glue: (await read(attr(boot, jsKey))).toString('utf8'),
  wasm: (await read(attr(boot, wasmKey))).toString('base64'),
});
const scenario = await bundle('data-js', 'data-wasm');
if (!attr(boot, 'data-program-js')) {
  console.error(`inline-single.mjs: ${distDir}/index.html names no program-lab bundle (scripts/post-build.mjs)`);
  process.exit(1);
}
const program = await bundle('data-program-js', 'data-program-wasm');
// The loader's second half (auto-resize, service worker) works the same from one file.
// (From the source: the build's copy is minified, without the marker comment.)
const loader = await readFile(new URL('../static/loader.js', import.meta.url), 'utf8');
const marker = loader.indexOf('// ---- after the wasm has started');
const rule = /export const wantsProgram = .*?\n\};\n/s.exec(loader);
if (marker < 0 || !rule) {
  console.error('inline-single.mjs: loader.js lost its "after the wasm has started" line or wantsProgram');
  process.exit(1);
}
// Every text asset of the build, by the name the page fetches it under.
const ASSET = /\.(txt|go)$/;
const assets = {};
for (const entry of await readdir(distDir, { recursive: true, withFileTypes: true })) {
  const name = relative(distDir, join(entry.parentPath ?? entry.path, entry.name)).split(sep).join('/');
  if (entry.isFile() && ASSET.test(name)) assets[name] = (await read(name)).toString('utf8');
}
for (const needed of ['lessons.txt', 'challenges.txt', 'program-challenges.txt']) {
  if (!(needed in assets)) {
    console.error(`inline-single.mjs: ${distDir} has no ${needed} (index.html copies it)`);
    process.exit(1);
  }
}
const script = `<script type="module">
window.pclabAssets = ${safeInside(JSON.stringify(assets), 'script')};
${rule[0].replace('export ', '')}
const bundle = wantsProgram(location.search) ? 'program' : 'scenario';
const pclabBundles = {
  scenario: [${safeInside(JSON.stringify(scenario.glue), 'script')}, "${scenario.wasm}"],
  program: [${safeInside(JSON.stringify(program.glue), 'script')}, "${program.wasm}"],
};
const [pclabGlue, pclabBase64] = pclabBundles[bundle];
const pclabWasm = Uint8Array.from(atob(pclabBase64), (c) => c.charCodeAt(0));
const pclabUrl = URL.createObjectURL(new Blob([pclabGlue], { type: 'text/javascript' }));
const { default: pclabInit } = await import(pclabUrl);
const pclabExports = await pclabInit({ module_or_path: pclabWasm });
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: pclabExports, bundle } }));
${safeInside(loader.slice(marker), 'script')}
</script>`;
html = html.replace('<!--pclab-boot-->', () => script);
await writeFile(output, html);
console.log(`inline-single.mjs: wrote ${output} (${html.length.toLocaleString('en')} bytes, ${Object.keys(assets).length} teaching assets)`);

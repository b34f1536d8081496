// Trunk's post-build hook (Trunk.toml, [[hooks]]): in the staging directory beside the
// page Trunk has just finished, it
//
// 0. names the program lab's bundle (step 0 below) and writes both bundles into the
//    loader's tag;
// 1. merges the stylesheets into one minified file and minifies the JS (esbuild): Trunk's
//    own JS minifier gives up on wasm-bindgen's glue, and one CSS file is fewer requests
//    and compresses better than seven (README, "Bundle size"); then gives each bundle's
//    wasm imports short names, in the wasm and its glue alike (short-import-names.mjs);
// 2. writes the offline service worker, sw.js.
//
// The worker is static/sw.js with two placeholders filled in: the list of files to
// cache on install (every file of the build but sw.js itself) and a version, a hash of
// all their bytes. A new build therefore gives a new sw.js, which the browser installs in
// place of the old one ("it updates when a new build is deployed"; README, "Offline").
import { createHash } from 'node:crypto';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { transform } from 'esbuild';
import { join, relative, sep } from 'node:path';
import { attr } from './html-attr.mjs';
import { shortenImportNames } from './short-import-names.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR ?? '.';
if (!staging) {
  console.error('post-build.mjs: TRUNK_STAGING_DIR is not set: run me from Trunk (a post_build hook)');
  process.exit(1);
}

/** Every file under `dir`, as paths relative to it with `/`, sorted. */
async function filesUnder(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath ?? e.path, e.name)).split(sep).join('/'))
    .filter((name) => name !== 'sw.js' && !name.startsWith('.'))
    .sort();
}

/** The `sha384-...` Subresource Integrity value of `bytes`, as Trunk writes it. */
const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;


const indexPath = join(staging, 'index.html');
let html = await readFile(indexPath, 'utf8');
const local = (href) => join(staging, href.replace(/^\.\//, ''));

// 0. Two bundles, one page: the scenario lab (Trunk's main app) and the program lab
//    (index.html builds it as a "worker", since Trunk allows one main app, so its files
//    come without a content hash). The program lab's files get hashed names like the
//    main app's, and the loader's tag names both; static/loader.js picks one by the URL.
//    Trunk's preload links go: they would make every page fetch the scenario bundle.
const PROGRAM = 'program-lab';
const bootTag = () => (html.match(/<script\b[^>]*\bid=["']?pclab-boot\b[^>]*>/) ?? [null])[0];
if (!bootTag()) {
  console.error('post-build.mjs: index.html has no <script id=pclab-boot> (Trunk.toml pattern_script)');
  process.exit(1);
}
const programFiles = [`${PROGRAM}.js`, `${PROGRAM}_bg.wasm`];
const present = await readdir(staging);
if (programFiles.every((name) => present.includes(name))) {
  const digest = createHash('sha256');
  for (const name of programFiles) digest.update(await readFile(join(staging, name)));
  const stem = `${PROGRAM}-${digest.digest('hex').slice(0, 16)}`;
  await rename(join(staging, programFiles[0]), join(staging, `${stem}.js`));
  await rename(join(staging, programFiles[1]), join(staging, `${stem}_bg.wasm`));
  const base = attr(bootTag(), 'data-js').replace(/[^/]*$/, '');
  html = html.replace(bootTag(), (tag) =>
    tag.replace(/>$/, ` data-program-js="${base}${stem}.js" data-program-wasm="${base}${stem}_bg.wasm">`));
} else if (!attr(bootTag(), 'data-program-js')) {
  console.error(`post-build.mjs: Trunk wrote no ${programFiles.join(' or ')} (index.html's program-lab link)`);
  process.exit(1);
}
html = html.replace(/<link\b[^>]*\brel=["']?(modulepreload|preload)\b[^>]*>/g, '');

// 1a. One stylesheet, in the page's order.
const sheets = (html.match(/<link\b[^>]*>/g) ?? []).filter((tag) => attr(tag, 'rel') === 'stylesheet');
if (sheets.length > 1) {
  const parts = [];
  for (const tag of sheets) parts.push(await readFile(local(attr(tag, 'href')), 'utf8'));
  const { code: css } = await transform(parts.join('\n'), { loader: 'css', minify: true });
  const name = `app-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
  await writeFile(join(staging, name), css);
  const base = attr(sheets[0], 'href').replace(/[^/]*$/, '');
  html = html.replace(sheets[0], `<link href="${base}${name}" integrity="${integrity(css)}" rel="stylesheet">`);
  for (const tag of sheets.slice(1)) html = html.replace(tag, '');
  for (const tag of sheets) await rm(local(attr(tag, 'href')));
}

// 1b. Minified JS; the glue's integrity (its modulepreload link) follows its new bytes.
for (const name of (await readdir(staging)).filter((n) => n.endsWith('.js') && n !== 'sw.js')) {
  const path = join(staging, name);
  const before = await readFile(path, 'utf8');
  const { code } = await transform(before, { loader: 'js', minify: true, target: 'es2022' });
  if (code.length >= before.length) continue;
  await writeFile(path, code);
  const oldIntegrity = integrity(Buffer.from(before));
  html = html.replaceAll(oldIntegrity, integrity(Buffer.from(code)));
}

// 1c. Short import names in each bundle's wasm and glue (they must agree, so both at once).
for (const [jsKey, wasmKey] of [['data-js', 'data-wasm'], ['data-program-js', 'data-program-wasm']]) {
  const [jsPath, wasmPath] = [local(attr(bootTag(), jsKey)), local(attr(bootTag(), wasmKey))];
  const before = await readFile(jsPath, 'utf8');
  const { wasm, js, renamed } = shortenImportNames(await readFile(wasmPath), before);
  await writeFile(wasmPath, wasm);
  await writeFile(jsPath, js);
  html = html.replaceAll(integrity(Buffer.from(before)), integrity(Buffer.from(js)));
  console.log(`post-build.mjs: ${renamed} short import names in ${attr(bootTag(), wasmKey)}`);
}
await writeFile(indexPath, html);

// 2. The service worker.
const files = await filesUnder(staging);
const hash = createHash('sha256');
for (const name of files) {
  hash.update(name);
  hash.update(await readFile(join(staging, name)));
}
const version = hash.digest('hex').slice(0, 16);
const template = await readFile(join(source, 'static', 'sw.js'), 'utf8');
// The two bundles, each cached only by a visit to its own page (static/sw.js).
const named = (key) => attr(bootTag(), key).replace(/^\.\//, '');
const bundles = {
  scenario: [named('data-js'), named('data-wasm')],
  program: [named('data-program-js'), named('data-program-wasm')],
};
const inBundle = new Set(Object.values(bundles).flat());
// './' is the page itself (a navigation to the directory); index.html is the same bytes.
const precache = ['./', ...files.filter((name) => name !== 'index.html' && !inBundle.has(name))];
const worker = template
  .replace("'__PCLAB_VERSION__'", JSON.stringify(version))
  .replace('[/* __PCLAB_FILES__ */]', JSON.stringify(precache))
  .replace('{/* __PCLAB_BUNDLES__ */}', JSON.stringify(bundles));
if (['__PCLAB_VERSION__', '__PCLAB_FILES__', '__PCLAB_BUNDLES__'].some((p) => !template.includes(p) || worker.includes(p))) {
  console.error('post-build.mjs: static/sw.js lost one of its placeholders');
  process.exit(1);
}
const { code: minified } = await transform(worker, { loader: 'js', minify: true });
await writeFile(join(staging, 'sw.js'), minified);
console.log(`post-build.mjs: sw.js version ${version}, ${precache.length} files to cache, and the page's own bundle`);

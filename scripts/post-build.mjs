// Trunk's post-build hook (Trunk.toml, [[hooks]]): in the staging directory beside the
// page Trunk has just finished, it
//
// 1. merges the stylesheets into one minified file and minifies the JS (esbuild): Trunk's
//    own JS minifier gives up on wasm-bindgen's glue, and one CSS file is fewer requests
//    and compresses better than seven (README, "Bundle size");
// 2. writes the offline service worker, sw.js.
//
// The worker is static/sw.js with two placeholders filled in: the list of files to
// cache on install (every file of the build but sw.js itself) and a version, a hash of
// all their bytes. A new build therefore gives a new sw.js, which the browser installs in
// place of the old one ("it updates when a new build is deployed"; README, "Offline").
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { transform } from 'esbuild';
import { join, relative, sep } from 'node:path';

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

/** An attribute's value in one tag, quoted or not (Trunk's minifier drops quotes). */
const attr = (tag, name) => {
  const match = new RegExp(`\\s${name}=("([^"]*)"|'([^']*)'|([^\\s>]+))`).exec(tag);
  return match ? (match[2] ?? match[3] ?? match[4]) : null;
};

const indexPath = join(staging, 'index.html');
let html = await readFile(indexPath, 'utf8');
const local = (href) => join(staging, href.replace(/^\.\//, ''));

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
// './' is the page itself (a navigation to the directory); index.html is the same bytes.
const precache = ['./', ...files.filter((name) => name !== 'index.html')];
const worker = template
  .replace("'__PCLAB_VERSION__'", JSON.stringify(version))
  .replace('[/* __PCLAB_FILES__ */]', JSON.stringify(precache));
if (worker === template) {
  console.error('post-build.mjs: static/sw.js lost its placeholders');
  process.exit(1);
}
const { code: minified } = await transform(worker, { loader: 'js', minify: true });
await writeFile(join(staging, 'sw.js'), minified);
console.log(`post-build.mjs: sw.js version ${version}, ${precache.length} files to cache`);

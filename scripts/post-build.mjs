// Trunk's post-build hook (Trunk.toml, [[hooks]]): writes the offline service worker,
// sw.js, into the staging directory beside the page Trunk has just finished.
//
// The worker is static/sw.js with two placeholders filled in: the list of files to
// cache on install (every file of the build but sw.js itself) and a version, a hash of
// all their bytes. A new build therefore gives a new sw.js, which the browser installs in
// place of the old one ("it updates when a new build is deployed"; README, "Offline").
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
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
await writeFile(join(staging, 'sw.js'), worker);
console.log(`post-build.mjs: sw.js version ${version}, ${precache.length} files to cache`);

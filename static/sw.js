// The offline service worker (README, "Offline"). scripts/post-build.mjs fills in the
// version, the file list and the two bundles for each build; this template is not served
// as it is.
//
// - install: cache every file of this build under "pclab-<version>", but for the two
//   wasm bundles (the scenario lab's and the program lab's): a visit caches only the one
//   its page uses, when the page says which (message "pclab-cache-bundle", from
//   static/loader.js), so a first visit on a phone never downloads the other;
// - activate: keep what older builds' caches hold of this build (an unchanged bundle),
//   drop those caches and take over open pages;
// - fetch: the page itself network first (so a new deployment shows on the next load,
//   and the cached copy only when the network is off), everything else cache first (the
//   build's file names carry content hashes, so a cached file never goes stale); a file
//   of this build fetched from the network (the other bundle, opened later) is kept.
const VERSION = '__PCLAB_VERSION__';
const FILES = [/* __PCLAB_FILES__ */];
const BUNDLES = {/* __PCLAB_BUNDLES__ */};
const CACHE = `pclab-${VERSION}`;
/** This build's files as absolute URLs: only these are ever kept. */
const OURS = new Set([...FILES, ...Object.values(BUNDLES).flat()].map((name) => new URL(name, self.location).href));

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => keys.filter((key) => key.startsWith('pclab-') && key !== CACHE))
      .then((old) => Promise.all(old.map((key) => carryOver(key).then(() => caches.delete(key)))))
      .then(() => self.clients.claim()),
  );
});

/**
 * Copies the files of this build that an older build's cache holds (a bundle a page
 * asked it for, unchanged since: same hashed name, same bytes) into this build's cache,
 * so an update never loses the offline copy of a page visited before it.
 */
async function carryOver(oldKey) {
  const [old, cache] = await Promise.all([caches.open(oldKey), caches.open(CACHE)]);
  for (const request of await old.keys()) {
    if (!OURS.has(request.url) || (await cache.match(request))) continue;
    const response = await old.match(request);
    if (response) await cache.put(request, response);
  }
}

// A page asks for its own bundle ("scenario" or "program") once it has started.
self.addEventListener('message', (event) => {
  const files = event.data?.type === 'pclab-cache-bundle' ? BUNDLES[event.data.bundle] : null;
  if (!Array.isArray(files)) return;
  event.waitUntil(keep(files));
});

/** Adds to this build's cache those of `files` it does not hold yet (no network else). */
async function keep(files) {
  const cache = await ownCache();
  if (!cache) return;
  const held = await Promise.all(files.map((name) => cache.match(name)));
  const missing = files.filter((_, i) => !held[i]);
  if (missing.length > 0) await cache.addAll(missing);
}

/**
 * This build's cache, or null once a newer build has deleted it: an old worker still
 * serving a page must never bring its cache back (a newer worker's activate removed it).
 */
async function ownCache() {
  return (await caches.has(CACHE)) ? caches.open(CACHE) : null;
}

/** `request` from the cache, else from the network, keeping a file of this build. */
async function cacheFirst(request) {
  const hit = await caches.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  const cache = response.ok && OURS.has(request.url) ? await ownCache() : null;
  if (cache) await cache.put(request, response.clone());
  return response;
}

/** The page from this build's cache, whatever its query string. */
async function cachedPage(request) {
  const cache = await ownCache();
  return (await cache?.match(request, { ignoreSearch: true })) ?? cache?.match('./');
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(() => cachedPage(request)));
    return;
  }
  event.respondWith(cacheFirst(request));
});

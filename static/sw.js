// The offline service worker (README, "Offline"). scripts/post-build.mjs fills in the
// version and the file list for each build; this template is not served as it is.
//
// - install: cache every file of this build under "pclab-<version>";
// - activate: drop the caches of older builds and take over open pages;
// - fetch: the page itself network first (so a new deployment shows on the next load,
//   and the cached copy only when the network is off), everything else cache first (the
//   build's file names carry content hashes, so a cached file never goes stale).
const VERSION = '__PCLAB_VERSION__';
const FILES = [/* __PCLAB_FILES__ */];
const CACHE = `pclab-${VERSION}`;

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
      .then((old) => Promise.all(old.map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

/** The page from this build's cache, whatever its query string. */
async function cachedPage(request) {
  const cache = await caches.open(CACHE);
  return (await cache.match(request, { ignoreSearch: true })) ?? cache.match('./');
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(() => cachedPage(request)));
    return;
  }
  event.respondWith(caches.match(request).then((hit) => hit ?? fetch(request)));
});

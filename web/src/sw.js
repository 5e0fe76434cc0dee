// The service worker: the whole site, Python included, works offline after the first
// visit, and pages become cross-origin isolated (COOP/COEP headers added here), which
// unlocks SharedArrayBuffer: stopping Python without a restart and interactive input().
//
// The build (site_builder/build.py) replaces PRECACHE with {build, files}; the cache name
// follows the build, so a new deployment installs a new cache and drops the old one.
// Progress and drafts live in localStorage and are never touched here.
const PRECACHE = self.__TRAINER_PRECACHE__ ?? { build: "dev", files: [] };
const PREFIX = "trainer-site-"; // the Python snapshot cache (worker.js) is not ours to drop
const CACHE = `${PREFIX}${PRECACHE.build}`;
const SCOPE = new URL(self.registration.scope);

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const urls = PRECACHE.files.map((file) => new URL(file, SCOPE).href);
      // "no-cache": revalidated with the server, so a file the page already downloaded
      // (Python, the editor) comes from the browser's HTTP cache instead of a second time
      await cache.addAll(urls.map((url) => new Request(url, { cache: "no-cache" })));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      const old = names.filter((name) => name.startsWith(PREFIX) && name !== CACHE);
      await Promise.all(old.map((name) => caches.delete(name)));
      await self.clients.claim();
      await keepLoadedLibraries();
      if (old.length) {
        for (const client of await self.clients.matchAll({ type: "window" })) {
          client.postMessage({ type: "trainer-updated", build: PRECACHE.build });
        }
      }
    })(),
  );
});

// COOP/COEP make the page cross-origin isolated; CORP lets isolated pages embed our files.
function isolated(response) {
  if (!response || response.status === 0 || response.type === "opaqueredirect") return response;
  const headers = new Headers(response.headers);
  headers.set("Cross-Origin-Opener-Policy", "same-origin");
  headers.set("Cross-Origin-Embedder-Policy", "require-corp");
  headers.set("Cross-Origin-Resource-Policy", "same-origin");
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

// Libraries (assets/packages/) are not precached: only tasks that declare them load them,
// and the first time they do, they are kept here for offline use like the rest.
const KEPT_WHEN_FETCHED = new URL("assets/packages/", SCOPE).href;

// Libraries fetched before this worker controlled the page went past it: a task checked
// on the first visit loads them before this worker is installed (it starts only once
// Python is ready). Keep the copies the browser's HTTP cache holds, on activation and when
// the page says its Python worker downloaded some (a download still under way while this
// worker took over): "only-if-cached" never downloads anything, and a library file's name
// carries its version (the Python worker checks its sha256 anyway).
async function keepLoadedLibraries() {
  const cache = await caches.open(CACHE);
  const listing = await cache.match(new URL("packages.json", KEPT_WHEN_FETCHED).href);
  if (!listing) return; // a course without libraries
  const manifest = await listing.json();
  await Promise.all(
    Object.values(manifest).map(async ({ file }) => {
      const url = new URL(file, KEPT_WHEN_FETCHED).href;
      if (await cache.match(url)) return;
      try {
        const response = await fetch(url, { cache: "only-if-cached", mode: "same-origin" });
        if (response.ok) await cache.put(url, response);
      } catch {
        // not in the HTTP cache: never loaded, or already evicted
      }
    }),
  );
}

async function respond(request) {
  const cache = await caches.open(CACHE);
  // ?v=… query strings only bust the HTTP cache; the precache is versioned by build
  const cached = await cache.match(request, { ignoreSearch: true });
  if (cached) return isolated(cached);
  try {
    const response = await fetch(request);
    if (response.ok && request.url.startsWith(KEPT_WHEN_FETCHED)) {
      await cache.put(request, response.clone());
    }
    return isolated(response);
  } catch (error) {
    if (request.mode === "navigate") {
      const fallback = await cache.match(new URL("404.html", SCOPE).href);
      if (fallback) return isolated(fallback);
    }
    throw error;
  }
}

// The page asks after its worker downloaded libraries (offline.js keepLibraries).
self.addEventListener("message", (event) => {
  if (event.data?.type === "trainer-keep-libraries") event.waitUntil(keepLoadedLibraries());
});

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== SCOPE.origin || !url.href.startsWith(SCOPE.href)) return;
  event.respondWith(respond(request));
});

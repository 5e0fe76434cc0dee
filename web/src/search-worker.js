// The theme's search worker (mkdocs-material), started through this file by
// web/src/nav-shim.js. The theme creates its worker as the page opens, but has nothing to
// say to it before the search index arrives, which on a task page is seconds later
// (nav-shim.js holds the index back for Python's start): the theme's script is loaded and
// run only with the first message, not while Python starts. Then the theme's worker
// imports its language scripts (lunr.ru…), and a class server restarting at that moment
// would leave the search broken until a reload: here those scripts are downloaded first,
// retried while the link is down, and imported from memory.
const THEME_WORKER = new URL(location.href).searchParams.get("theme");
const RETRY_MS = 2000; // a few small files: cheap to ask for again
const RETRIES = 150;
const importNow = self.importScripts.bind(self);

async function download(url) {
  for (let left = RETRIES; ; left--) {
    try {
      const response = await fetch(url);
      // a missing file is not the link: import it as is, and the theme reports it
      if (!response.ok) return url;
      return URL.createObjectURL(await response.blob());
    } catch (error) {
      if (left <= 0) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
}

// The theme awaits importScripts(), so it may return a promise. Its URLs are relative to
// its own file, not to this one.
self.importScripts = async (...urls) => {
  const local = await Promise.all(urls.map((url) => download(new URL(url, THEME_WORKER).href)));
  importNow(...local);
  for (const url of local) if (url.startsWith("blob:")) URL.revokeObjectURL(url);
};

self.addEventListener("message", function first(event) {
  self.removeEventListener("message", first);
  importNow(THEME_WORKER); // registers the theme's own listener, which gets this message too
  self.dispatchEvent(new MessageEvent("message", { data: event.data }));
});

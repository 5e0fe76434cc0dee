// The theme's search worker (mkdocs-material), started through this file by
// web/src/nav-shim.js. Once the search index arrives, the theme's worker imports its
// language scripts (lunr.ru…) from the server. On a task page that is seconds after the
// page opened (nav-shim.js holds the index back for Python's start), and a class server
// restarting at that moment would leave the search broken until a reload. Here those
// scripts are downloaded first, retried while the link is down, and imported from memory.
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

importNow(THEME_WORKER);

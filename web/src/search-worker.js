// The theme's search worker (mkdocs-material), started through this file by
// web/src/nav-shim.js. The theme creates its worker as the page opens, but has nothing to
// say to it before the search index arrives, which on a task page is seconds later
// (nav-shim.js holds the index back for Python's start): the theme's script is loaded and
// run only with the first message, not while Python starts. It then imports its language
// scripts (lunr.ru…). A class server restarting at that moment would leave the search
// broken until a reload: here the theme's script and those it imports are downloaded
// first, retried while the link is down, and imported from memory.
import { SEARCH_RETRIES, SEARCH_RETRY_MS } from "./search-retry.js";

const THEME_WORKER = new URL(location.href).searchParams.get("theme");
const importNow = self.importScripts.bind(self);

async function download(url) {
  for (let left = SEARCH_RETRIES; ; left--) {
    try {
      const response = await fetch(url);
      // a missing file is not the link: import it as is, and the theme reports it
      if (!response.ok) return url;
      return URL.createObjectURL(await response.blob());
    } catch (error) {
      if (left <= 0) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, SEARCH_RETRY_MS));
  }
}

// The theme awaits importScripts(), so it may return a promise. Its URLs are relative to
// its own file, not to this one.
self.importScripts = async (...urls) => {
  const local = await Promise.all(urls.map((url) => download(new URL(url, THEME_WORKER).href)));
  importNow(...local);
  for (const url of local) if (url.startsWith("blob:")) URL.revokeObjectURL(url);
};

// Messages that came before the theme's script, handed to it once it is loaded.
const waiting = [];
let loading = false;

async function loadTheirs() {
  const script = await download(THEME_WORKER);
  importNow(script); // the theme's own listener takes every message from now on
  if (script.startsWith("blob:")) URL.revokeObjectURL(script);
  self.removeEventListener("message", hold);
  for (const data of waiting.splice(0)) self.dispatchEvent(new MessageEvent("message", { data }));
}

function hold(event) {
  waiting.push(event.data);
  if (loading) return;
  loading = true;
  loadTheirs();
}

self.addEventListener("message", hold);

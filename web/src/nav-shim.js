// Runs before mkdocs-material's bundle (site_builder/theme/main.html) and adjusts two of
// its requests.
//
// 1. Instant navigation keeps this page (and the Python worker in it) alive between pages,
// but it only follows links listed in sitemap.xml, whose absolute URLs are fixed at build
// time (site_url). We do not know where the site will be hosted, so the sitemap the
// theme asks for is answered from the page list the build puts in every page (relative
// URLs), resolved against the actual location.
//
// 2. The theme downloads its search index (1.6 MB) and builds it in a worker as soon as a
// page opens: about a second of processor time for this course. On a task page that
// competes with Python's start and first checks, which the learner is waiting for, so
// the index waits until a few seconds after Python is ready (web/src/main.js calls
// trainerReleaseSearch), or until the learner goes to the search box. Coming later than
// the page, it may find the link down (a class server restarting): it is then asked for
// again, unseen by the theme, whose search would otherwise stay broken until a reload.
// For the same reason the theme's search worker is started through ours
// (web/src/search-worker.js), which retries the scripts it loads.
import { SEARCH_RETRIES, SEARCH_RETRY_MS } from "./search-retry.js";

(() => {
  function sitemapFromPageList() {
    const list = JSON.parse(document.getElementById("trainer-pages")?.textContent ?? "[]");
    const urls = new Set(list.map((page) => new URL(page, location.href).href));
    const entries = [...urls].map((url) => `<url><loc>${url.replace(/&/g, "&amp;")}</loc></url>`);
    const xml = `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries.join("")}</urlset>`;
    return URL.createObjectURL(new Blob([xml], { type: "application/xml" }));
  }

  const NativeWorker = window.Worker;
  const searchWorker = new URL("search-worker.js", document.currentScript.src).href;
  window.Worker = class extends NativeWorker {
    constructor(url, options) {
      const { href, pathname } = new URL(String(url), location.href);
      const theirs = /\/workers\/search\.[0-9a-f]+\.min\.js$/.test(pathname);
      super(theirs ? `${searchWorker}?theme=${encodeURIComponent(href)}` : url, options);
    }
  };

  const SEARCH_WAITS_AT_MOST_MS = 60000; // should Python never report back
  let searchHeld = !!window.trainerEarlyWorker; // a task page (theme/main.html)
  const heldSends = [];
  window.trainerReleaseSearch = () => {
    searchHeld = false;
    for (const send of heldSends.splice(0)) send();
  };
  if (searchHeld) {
    setTimeout(window.trainerReleaseSearch, SEARCH_WAITS_AT_MOST_MS);
    document.addEventListener(
      "focusin",
      (event) => event.target.closest?.(".md-search") && window.trainerReleaseSearch(),
      true,
    );
  }

  const searchIndex = new WeakSet();
  const { open, send } = XMLHttpRequest.prototype;

  // Registered in open(), before the theme's own listeners.
  function retryOnNetworkError(request, method, url) {
    let left = SEARCH_RETRIES;
    request.addEventListener("error", (event) => {
      if (left-- <= 0) return; // the theme says so
      event.stopImmediatePropagation();
      setTimeout(() => {
        open.call(request, method, url);
        send.call(request);
      }, SEARCH_RETRY_MS);
    });
  }

  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    try {
      const { pathname } = new URL(String(url), location.href);
      if (pathname.endsWith("/sitemap.xml")) url = sitemapFromPageList();
      if (pathname.endsWith("/search/search_index.json") && !searchIndex.has(this)) {
        searchIndex.add(this);
        retryOnNetworkError(this, method, url);
      }
    } catch {
      // not a URL we understand: leave the request alone
    }
    return open.call(this, method, url, ...rest);
  };
  XMLHttpRequest.prototype.send = function (...args) {
    if (searchHeld && searchIndex.has(this)) heldSends.push(() => send.apply(this, args));
    else send.apply(this, args);
  };
})();

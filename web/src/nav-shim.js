// Make mkdocs-material's instant navigation work on any host and under any sub-path.
//
// Instant navigation keeps this page (and the Python worker in it) alive between pages,
// but it only follows links listed in sitemap.xml, whose absolute URLs are fixed at build
// time (site_url). We do not know where the site will be hosted, so the sitemap the
// theme asks for is answered from the page list the build puts in every page (relative
// URLs), resolved against the actual location. Runs before the theme's bundle
// (site_builder/theme/main.html).
(() => {
  function sitemapFromPageList() {
    const list = JSON.parse(document.getElementById("trainer-pages")?.textContent ?? "[]");
    const urls = new Set(list.map((page) => new URL(page, location.href).href));
    const entries = [...urls].map((url) => `<url><loc>${url.replace(/&/g, "&amp;")}</loc></url>`);
    const xml = `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries.join("")}</urlset>`;
    return URL.createObjectURL(new Blob([xml], { type: "application/xml" }));
  }

  const open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    try {
      if (new URL(String(url), location.href).pathname.endsWith("/sitemap.xml")) {
        url = sitemapFromPageList();
      }
    } catch {
      // not a URL we understand: leave the request alone
    }
    return open.call(this, method, url, ...rest);
  };
})();

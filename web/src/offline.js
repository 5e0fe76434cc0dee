// Register the service worker (web/src/sw.js, served from the site root) and tell the
// learner when a new version of the course has been installed.
import { el } from "./dom.js";
import { t } from "./strings.js";

function showUpdateNotice() {
  if (document.querySelector(".trainer-update")) return;
  const notice = el(
    "div",
    { class: "trainer-update", role: "status" },
    el("span", {}, t("update.applied")),
    el("button", { type: "button", class: "md-button", onclick: () => location.reload() }, t("update.reload")),
    el(
      "button",
      {
        type: "button",
        class: "trainer-update__close",
        "aria-label": t("update.close"),
        onclick: () => notice.remove(),
      },
      "×",
    ),
  );
  document.body.append(notice);
}

const supported = "serviceWorker" in navigator && /^https?:$/.test(location.protocol);

// A new deployment's service worker tells its pages once it has taken over. Listen from
// the page's start: that message may come before registerServiceWorker() is called.
export function listenForUpdates() {
  if (!supported) return;
  navigator.serviceWorker.addEventListener("message", (event) => {
    if (event.data?.type === "trainer-updated") showUpdateNotice();
  });
}

export function registerServiceWorker() {
  if (!supported) return;
  const script = new URL("../../sw.js", import.meta.url);
  const scope = new URL("../../", import.meta.url);
  navigator.serviceWorker.register(script, { scope: scope.pathname }).catch((error) => {
    console.warn("offline mode is unavailable:", error);
  });
}

// Entry point on every page. With the theme's instant navigation the page is never
// reloaded between tasks: one Python worker lives for the whole visit, and each new page
// is wired up (and the previous one unwired) on every `document$` emission.
import { PythonHost } from "./python-host.js";
import { mountProgressTools, showProgress } from "./course-progress.js";
import { listenForUpdates, registerServiceWorker } from "./offline.js";
import { mountClassBar, startClassroom } from "./classroom.js";
import { t } from "./strings.js";
import { onProgressChangedElsewhere } from "./progress.js";

let host = null;
let unmountTask = null;
let unmountTeacher = null;

// The first worker of a task page was started by the page's head (theme/main.html); one
// that failed to load before anyone listened is replaced, so that its failure is reported.
function adoptEarlyWorker(url) {
  const early = window.trainerEarlyWorker;
  window.trainerEarlyWorker = null;
  if (early && !early.error) {
    early.worker.onerror = null;
    return early.worker;
  }
  early?.worker.terminate();
  return new Worker(url, { type: "module" });
}

function pythonHost() {
  // the worker's URL names its content (theme/main.html), so browsers keep it for good
  host ??= new PythonHost(window.trainerWorkerUrl, { createWorker: adoptEarlyWorker });
  return host;
}

// The theme's search dialog has no accessible name; screen readers announce this one.
function nameThemeLandmarks() {
  document.querySelector(".md-search[role=dialog]:not([aria-label])")?.setAttribute("aria-label", t("search.label"));
}

// «Перейти к содержанию»: instant navigation took this link for a new page and swapped the
// page (the editor remounted, the keyboard fell back to the top). Move the focus ourselves,
// before the theme sees the click.
window.addEventListener(
  "click",
  (event) => {
    const link = event.target.closest?.("a.md-skip");
    const target = link && document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (!target) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    target.tabIndex = -1;
    target.focus();
  },
  true,
);

let wiring = 0; // pages can change faster than the editor's code arrives

async function wirePage() {
  const current = ++wiring;
  nameThemeLandmarks();
  unmountTask?.();
  unmountTask = null;
  unmountTeacher?.();
  unmountTeacher = null;
  const root = document.querySelector("[data-trainer]");
  if (root) {
    const host = pythonHost(); // start Python while the editor's code loads
    const { mountTask } = await import("./task-page.js");
    if (current !== wiring || !root.isConnected) return;
    unmountTask = mountTask(root, host);
  }
  const teacher = document.querySelector("[data-teacher]");
  if (teacher) {
    const { mountTeacher } = await import("./teacher.js");
    if (current !== wiring || !teacher.isConnected) return;
    unmountTeacher = mountTeacher(teacher);
  }
  const tools = document.querySelector("[data-progress-tools]");
  if (tools) mountProgressTools(tools);
  showProgress();
  mountClassBar(); // only on a class server (docs/classroom.md)
}

if (window.document$?.subscribe) {
  window.document$.subscribe(() => wirePage());
} else if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", wirePage, { once: true });
} else {
  wirePage();
}

// Solved marks in the navigation follow a verdict without a reload, also in another tab.
document.addEventListener("trainer:verdict", () => showProgress());
onProgressChangedElsewhere(() => showProgress());

// On a class server, each check's result also goes to the teacher's computer.
startClassroom();

// Work the learner is not waiting for starts a few seconds after Python is ready (on a
// task page) or once the page has loaded, and when the browser is idle: offline support
// (the service worker stores the whole site) and the theme's search index (about a second
// of processor time, web/src/nav-shim.js). Neither may compete with the download of
// Python or with the first checks, and what the page already downloaded is not
// downloaded again.
const BACKGROUND_AFTER_PYTHON_MS = 5000;
function whenIdle(fn) {
  const idle = () => (window.requestIdleCallback ? requestIdleCallback(fn, { timeout: 5000 }) : setTimeout(fn, 1000));
  const afterPython = () => setTimeout(idle, BACKGROUND_AFTER_PYTHON_MS);
  if (document.querySelector("[data-trainer]")) pythonHost().ready().then(afterPython, afterPython);
  else if (document.readyState === "complete") idle();
  else window.addEventListener("load", idle, { once: true });
}
listenForUpdates();
whenIdle(registerServiceWorker);
whenIdle(() => window.trainerReleaseSearch?.());

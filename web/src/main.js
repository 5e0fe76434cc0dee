// Entry point on every page: one Python worker for the page, a task widget where the page
// has one, solved marks on task links.
import { PythonHost } from "./python-host.js";
import { mountTask } from "./task-page.js";
import { taskState } from "./progress.js";
import { t } from "./strings.js";

let host = null;

function pythonHost() {
  host ??= new PythonHost(new URL("./worker.js", import.meta.url));
  return host;
}

function markTaskLinks() {
  const links = [...document.querySelectorAll("[data-task-link]")];
  for (const link of links) {
    link.classList.toggle("trainer-solved", taskState(link.dataset.taskLink).solved);
  }
  // «Начать курс» becomes «Продолжить» to the first unsolved task once anything is done.
  const start = document.querySelector("[data-trainer-start]");
  if (start && links.some((link) => taskState(link.dataset.taskLink).solved)) {
    const next = links.find((link) => !taskState(link.dataset.taskLink).solved);
    if (next) {
      start.textContent = t("home.continue");
      start.setAttribute("href", next.getAttribute("href"));
    }
  }
}

function wirePage() {
  const root = document.querySelector("[data-trainer]");
  if (root) mountTask(root, pythonHost());
  markTaskLinks();
}

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", wirePage, { once: true });
} else {
  wirePage();
}

// Progress on the home page, module pages and the course map: solved marks on task links,
// progress bars per module, «Начать курс» → «Продолжить», and the progress tools
// (export, import, reset) on the map.
import { el } from "./dom.js";
import { t } from "./strings.js";
import { confirmInline } from "./confirm.js";
import {
  IMPORT_MAX_BYTES,
  applyImport,
  exportProgress,
  parseUntrusted,
  resetAll,
  taskState,
  validateImport,
} from "./progress.js";
import { MAX_NAME, cleanName, learnerName, setLearnerName } from "./classroom.js";

function courseIndex() {
  const holder = document.querySelector("[data-course-index]");
  return holder ? JSON.parse(holder.dataset.courseIndex) : null;
}

function solvedIds(ids) {
  return new Set(ids.filter((id) => taskState(id).solved));
}

// The site's root URL, from mkdocs-material's page config (works under any sub-path).
function siteBase() {
  try {
    const config = JSON.parse(document.getElementById("__config").textContent);
    return new URL(config.base, location.href);
  } catch {
    return new URL("/", location.href);
  }
}

// Task pages live at <module>/<task-id>/: mark solved ones in the theme's navigation.
function markNavigation() {
  const base = siteBase().pathname;
  for (const link of document.querySelectorAll(".md-nav--primary .md-nav__link[href]")) {
    if (link.getAttribute("href").startsWith("#")) continue; // the table of contents
    const path = new URL(link.getAttribute("href"), location.href).pathname;
    if (!path.startsWith(base)) continue;
    const parts = path.slice(base.length).split("/").filter(Boolean);
    if (parts.length !== 2) continue;
    link.classList.toggle("trainer-solved", taskState(parts[1]).solved);
  }
}

export function showProgress() {
  markNavigation();
  const links = [...document.querySelectorAll("[data-task-link]")];
  const index = courseIndex();
  const ids = index ? index.map((task) => task.id) : links.map((link) => link.dataset.taskLink);
  const solved = solvedIds([...new Set([...ids, ...links.map((link) => link.dataset.taskLink)])]);

  for (const link of links) {
    const done = solved.has(link.dataset.taskLink);
    link.classList.toggle("trainer-solved", done);
    if (done) link.setAttribute("title", t("progress.solved"));
  }

  for (const badge of document.querySelectorAll("[data-module-progress]")) {
    const module = badge.dataset.moduleProgress;
    const total = Number(badge.dataset.total);
    const moduleIds = index ? index.filter((task) => task.module === module).map((task) => task.id) : [];
    const done = moduleIds.filter((id) => solved.has(id)).length;
    const bar = el("progress", { max: total, value: done, "aria-label": t("progress.module", { done, total }) });
    badge.replaceChildren(bar, el("span", {}, t("progress.module", { done, total })));
  }

  const summary = document.querySelector("[data-progress-summary]");
  if (summary && index) summary.textContent = t("progress.summary", { done: solved.size, total: index.length });

  const start = document.querySelector("[data-trainer-start]");
  if (start && index && solved.size > 0) {
    const next = index.find((task) => !solved.has(task.id));
    if (next) {
      start.textContent = t("home.continue");
      start.setAttribute("href", next.url);
    }
  }
}

function download(name, text) {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const link = el("a", { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// The ids of the course's tasks: from the page (home, map) or the site's tasks.json.
async function courseIds() {
  const index = courseIndex() ?? (await (await fetch(new URL("tasks.json", siteBase()))).json());
  return new Set(index.map((task) => task.id));
}

// «Сохранить прогресс в файл» and «Загрузить прогресс из файла» with the line that says
// how it went, for the map and for a task page. `name()`: the learner's name for the
// file; `beforeExport()`: store what is pending (a draft typed a moment ago);
// `onImported()`: the progress of this browser has just been replaced by a file's.
export function progressFiles({
  buttonClass = "md-button",
  name = () => learnerName(),
  beforeExport = () => {},
  onImported = () => {},
} = {}) {
  const message = el("p", { class: "trainer-tools__message", role: "status" });
  const fileInput = el("input", { type: "file", accept: "application/json,.json", hidden: true });
  const say = (key, params, isError = false) => {
    message.textContent = t(key, params);
    message.classList.toggle("trainer-tools__message--error", isError);
  };
  const exportButton = el(
    "button",
    { type: "button", class: buttonClass, "data-action": "export" },
    t("progress.export"),
  );
  const importButton = el(
    "button",
    { type: "button", class: buttonClass, "data-action": "import" },
    t("progress.import"),
  );

  exportButton.addEventListener("click", () => {
    beforeExport();
    const date = new Date().toISOString().slice(0, 10);
    const learner = cleanName(name());
    const suffix = learner ? `${learner.replace(/[\\/:*?"<>|\s]+/g, "-")}-` : "";
    download(
      `python-trainer-progress-${suffix}${date}.json`,
      JSON.stringify(exportProgress(document.title, learner), null, 1),
    );
    say("progress.exported");
  });
  importButton.addEventListener("click", () => fileInput.click());
  fileInput.addEventListener("change", async () => {
    const file = fileInput.files?.[0];
    fileInput.value = "";
    if (!file) return;
    if (file.size > IMPORT_MAX_BYTES) {
      say("progress.import.tooBig", {}, true);
      return;
    }
    let data;
    try {
      data = parseUntrusted(await file.text());
    } catch {
      say("progress.import.notJson", {}, true);
      return;
    }
    let knownIds;
    try {
      knownIds = await courseIds();
    } catch {
      say("progress.import.noCourse", {}, true);
      return;
    }
    const checked = validateImport(data, knownIds);
    if (!checked.ok) {
      say(checked.reason, {}, true);
      return;
    }
    const stored = applyImport(checked.tasks);
    if (!stored.ok) {
      say("progress.import.storageFull", {}, true);
      return;
    }
    say("progress.imported", { n: stored.solved, total: stored.tasks });
    showProgress();
    onImported();
  });
  return { exportButton, importButton, fileInput, message, say };
}

export function mountProgressTools(container) {
  const resetButton = el(
    "button",
    { type: "button", class: "md-button", "data-action": "reset-all" },
    t("progress.resetAll"),
  );

  // The teacher's page shows whose file it is by this name (docs/classroom.md).
  const nameInput = el("input", {
    type: "text",
    id: "trainer-learner-name",
    class: "trainer-tools__name",
    maxlength: MAX_NAME,
    autocomplete: "name",
    value: learnerName(),
  });
  nameInput.addEventListener("change", () => setLearnerName(nameInput.value));
  const nameField = el(
    "p",
    { class: "trainer-tools__field" },
    el("label", { for: "trainer-learner-name" }, t("progress.name")),
    " ",
    nameInput,
  );
  const files = progressFiles({
    name: () => {
      setLearnerName(cleanName(nameInput.value));
      return nameInput.value;
    },
  });

  resetButton.addEventListener("click", async () => {
    const sure = await confirmInline(resetButton, {
      question: t("progress.resetAll.confirm"),
      yes: t("progress.resetAll.yes"),
      no: t("action.reset.no"),
    });
    if (!sure) return;
    resetAll();
    files.say("progress.resetDone");
    showProgress();
  });

  container.replaceChildren(
    nameField,
    el("div", { class: "trainer__bar" }, files.exportButton, files.importButton, resetButton),
    files.fileInput,
    files.message,
  );
}

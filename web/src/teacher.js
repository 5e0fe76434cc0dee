// The teacher's page (teacher/ in the built site). Opened from the class server with the
// teacher's token (…/teacher/?token=…), it shows the class live: learners × tasks, solved
// or only tried, attempts, last activity, and any learner's latest code for a task. On
// any host (static hosting too) the teacher can also drop learners' progress files into
// the same table. Names and code are data: they always go into the page as text.
import { el } from "./dom.js";
import { t } from "./strings.js";
import { validateImport } from "./progress.js";
import { classApi, cleanName } from "./classroom.js";

const POLL_MS = 3000;
const MAX_FILE_BYTES = 5 * 1024 * 1024;
const STATUS_KEYS = {
  passed: "teacher.status.passed",
  wrong_answer: "teacher.status.wrongAnswer",
  runtime_error: "teacher.status.runtimeError",
  syntax_error: "teacher.status.syntaxError",
  timeout: "teacher.status.timeout",
  output_limit: "teacher.status.outputLimit",
  memory_limit: "teacher.status.memoryLimit",
  static_check: "teacher.status.staticCheck",
};
const FILE_PROBLEMS = {
  "progress.import.foreign": "teacher.files.foreign",
  "progress.import.invalid": "teacher.files.invalid",
  "progress.import.otherCourse": "teacher.files.otherCourse",
};

const locale = () => document.documentElement.lang || "ru";

export function formatTime(ms) {
  if (!ms) return "";
  const date = new Date(ms);
  const today = date.toDateString() === new Date().toDateString();
  const options = today
    ? { hour: "2-digit", minute: "2-digit" }
    : { day: "2-digit", month: "2-digit", hour: "2-digit", minute: "2-digit" };
  return date.toLocaleString(locale(), options);
}

// In a file read after the lesson, a time needs its date.
function fullTime(ms) {
  if (!ms) return "";
  const options = { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" };
  return new Date(ms).toLocaleString(locale(), options);
}

function statusText(status, solved) {
  if (STATUS_KEYS[status]) return t(STATUS_KEYS[status]);
  return solved ? t("teacher.status.passed") : t("teacher.status.tried");
}

// A spreadsheet must not run a learner's name as a formula; `;` suits Russian Excel.
export function csvField(value) {
  let text = String(value ?? "");
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function download(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = el("a", { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function liveRows(data) {
  const rows = new Map(
    data.learners.map((learner) => [
      learner.id,
      {
        key: `live:${learner.id}`,
        id: learner.id,
        name: learner.name,
        source: "live",
        last: learner.last,
        cells: new Map(),
      },
    ]),
  );
  for (const cell of data.cells) rows.get(cell.learner)?.cells.set(cell.task, cell);
  return [...rows.values()];
}

// A learner's exported progress file as a row: checks count as attempts, the draft is
// the latest code this browser had.
function fileRow(name, tasks) {
  const cells = new Map();
  let last = 0;
  for (const [id, entry] of Object.entries(tasks)) {
    const attempts = Number(entry.checks) || 0;
    if (!entry.solved && attempts === 0) continue;
    const updated = Number(entry.updated) || 0;
    cells.set(id, {
      attempts: Math.max(attempts, entry.solved ? 1 : 0),
      solved: Boolean(entry.solved),
      status: entry.solved ? "passed" : null,
      last: updated,
      draft: typeof entry.draft === "string" ? entry.draft : "",
    });
    last = Math.max(last, updated);
  }
  return { key: `file:${name.toLocaleLowerCase()}`, name, source: "file", last, cells };
}

export function mountTeacher(root) {
  const course = JSON.parse(root.dataset.teacher);
  const tasks = course.modules.flatMap((module) =>
    module.tasks.map((task) => ({ ...task, module: module.id, moduleTitle: module.title })),
  );
  const knownIds = new Set(tasks.map((task) => task.id));
  const api = classApi();
  const token = new URLSearchParams(location.search).get("token");
  const live = Boolean(api && token);

  let classRows = [];
  const fileRows = new Map();
  let version = "";
  let connection = live ? "connecting" : "static";
  let updated = null;
  let filter = "active";
  let shownCode = null; // {row key, task id, last} of the code panel
  let timer = null;
  let stopped = false;

  // -- the parts of the page

  const status = el("p", { class: "trainer-teacher__status", role: "status", "data-teacher-status": "" });
  const filterSelect = el(
    "select",
    { id: "trainer-teacher-filter", "data-teacher-filter": "" },
    el("option", { value: "active" }, t("teacher.filter.active")),
    el("option", { value: "all" }, t("teacher.filter.all")),
    course.modules.map((module) => el("option", { value: module.id }, module.title)),
  );
  filterSelect.addEventListener("change", () => {
    filter = filterSelect.value;
    renderTable();
  });
  const csvButton = el("button", { type: "button", class: "md-button", "data-action": "csv" }, t("teacher.csv"));
  csvButton.addEventListener("click", () => exportCsv());
  const toolbar = el(
    "div",
    { class: "trainer-teacher__bar" },
    el("label", { for: "trainer-teacher-filter" }, t("teacher.filter")),
    filterSelect,
    csvButton,
    live &&
      el(
        "a",
        { href: `?token=${encodeURIComponent(token)}&format=json`, class: "trainer-teacher__json" },
        t("teacher.json"),
      ),
  );
  const tableBox = el("div", {
    class: "trainer-teacher__table",
    tabindex: 0,
    role: "region",
    "aria-label": t("teacher.table"),
    "data-teacher-table": "",
  });
  const codePanel = el("section", { class: "trainer-teacher__code", hidden: true, "data-teacher-code": "" });

  const fileInput = el("input", { type: "file", accept: "application/json,.json", multiple: true, hidden: true });
  const chooseButton = el(
    "button",
    { type: "button", class: "trainer__link-button", "data-action": "choose-files" },
    t("teacher.files.choose"),
  );
  chooseButton.addEventListener("click", () => fileInput.click());
  fileInput.addEventListener("change", () => {
    const files = [...(fileInput.files ?? [])];
    fileInput.value = "";
    addFiles(files);
  });
  const fileMessages = el("ul", {
    class: "trainer-teacher__messages",
    "aria-live": "polite",
    "data-teacher-files": "",
  });
  const dropZone = el(
    "section",
    { class: "trainer-teacher__drop", "data-teacher-drop": "" },
    el("h2", {}, t("teacher.files")),
    el("p", {}, t("teacher.files.hint"), " ", chooseButton, "."),
    fileInput,
    fileMessages,
  );
  dropZone.addEventListener("dragover", (event) => {
    event.preventDefault();
    dropZone.classList.add("is-over");
  });
  dropZone.addEventListener("dragleave", () => dropZone.classList.remove("is-over"));
  dropZone.addEventListener("drop", (event) => {
    event.preventDefault();
    dropZone.classList.remove("is-over");
    addFiles([...(event.dataTransfer?.files ?? [])]);
  });

  root.replaceChildren(status, toolbar, tableBox, codePanel, dropZone);

  // -- what is shown

  const allRows = () =>
    [...classRows, ...fileRows.values()].sort(
      (a, b) =>
        a.name.localeCompare(b.name, locale()) || a.source.localeCompare(b.source) || a.key.localeCompare(b.key),
    );

  function shownTasks(rows) {
    if (filter === "all") return tasks;
    if (filter === "active") {
      const tried = new Set(rows.flatMap((row) => [...row.cells.keys()]));
      return tasks.filter((task) => tried.has(task.id));
    }
    return tasks.filter((task) => task.module === filter);
  }

  function renderStatus() {
    let text;
    if (connection === "denied") text = t("teacher.denied");
    else if (connection === "static") text = t("teacher.static");
    else if (connection === "connecting") text = t("teacher.connecting");
    else if (connection === "lost")
      text = t("teacher.offline", { time: updated ? updated.toLocaleTimeString(locale()) : "—" });
    else text = t("teacher.live", { n: classRows.length, time: updated.toLocaleTimeString(locale()) });
    status.textContent = text;
    status.dataset.state = connection;
  }

  function cellButton(row, task, cell) {
    const label = t(cell.solved ? "teacher.cell.solved" : "teacher.cell.tried", {
      name: row.name,
      task: task.title,
      n: cell.attempts,
    });
    const button = el(
      "button",
      {
        type: "button",
        class: "trainer-teacher__open",
        title: `${label} · ${formatTime(cell.last)}`,
        "aria-label": label,
        "data-row": row.key,
        "data-task": task.id,
      },
      el("span", { "aria-hidden": "true" }, cell.solved ? "✓" : "✗"),
      el("small", { "aria-hidden": "true" }, String(cell.attempts)),
    );
    button.addEventListener("click", () => openCode(row, task));
    return button;
  }

  function renderTable() {
    const rows = allRows();
    const shown = shownTasks(rows);
    const focused = document.activeElement?.closest?.(".trainer-teacher__open");
    const focusKey = focused && [focused.dataset.row, focused.dataset.task];
    if (rows.length === 0) {
      tableBox.replaceChildren(
        el("p", { class: "trainer-teacher__empty" }, t(live ? "teacher.waiting" : "teacher.noRows")),
      );
      return;
    }
    const groups = [];
    for (const task of shown) {
      if (groups.at(-1)?.module !== task.module) groups.push({ module: task.module, title: task.moduleTitle, span: 0 });
      groups.at(-1).span += 1;
    }
    const fixed = (key) => el("th", { scope: "col", rowspan: 2, class: "trainer-teacher__fixed" }, t(key));
    const head = el(
      "thead",
      {},
      el(
        "tr",
        {},
        fixed("teacher.col.learner"),
        fixed("teacher.col.solved"),
        fixed("teacher.col.last"),
        groups.map((group) =>
          el("th", { scope: "colgroup", colspan: group.span, class: "trainer-teacher__module" }, group.title),
        ),
      ),
      el(
        "tr",
        {},
        shown.map((task) =>
          el("th", { scope: "col", class: "trainer-teacher__task", title: task.title }, el("span", {}, task.title)),
        ),
      ),
    );
    const body = el(
      "tbody",
      {},
      rows.map((row) => {
        const solved = shown.filter((task) => row.cells.get(task.id)?.solved).length;
        return el(
          "tr",
          { "data-learner": row.name },
          el(
            "th",
            { scope: "row", class: "trainer-teacher__name" },
            row.name,
            row.source === "file" && el("span", { class: "trainer-teacher__tag" }, t("teacher.fromFile")),
          ),
          el("td", { class: "trainer-teacher__count" }, String(solved)),
          el("td", { class: "trainer-teacher__time" }, formatTime(row.last)),
          shown.map((task) => {
            const cell = row.cells.get(task.id);
            if (!cell) return el("td", { class: "trainer-teacher__cell" });
            return el(
              "td",
              { class: `trainer-teacher__cell ${cell.solved ? "is-solved" : "is-tried"}` },
              cellButton(row, task, cell),
            );
          }),
        );
      }),
    );
    tableBox.replaceChildren(el("table", { class: "trainer-teacher__grid" }, head, body));
    if (shown.length === 0) tableBox.append(el("p", { class: "trainer-teacher__empty" }, t("teacher.noResults")));
    if (focusKey) {
      for (const button of tableBox.querySelectorAll(".trainer-teacher__open")) {
        if (button.dataset.row === focusKey[0] && button.dataset.task === focusKey[1]) button.focus();
      }
    }
  }

  // -- one learner's code for one task

  function codeView(row, task, heading, meta, code) {
    const close = el(
      "button",
      { type: "button", class: "md-button", "data-action": "close-code" },
      t("teacher.code.close"),
    );
    close.addEventListener("click", () => {
      codePanel.hidden = true;
      shownCode = null;
      tableBox
        .querySelector(`.trainer-teacher__open[data-task="${CSS.escape(task.id)}"][data-row="${CSS.escape(row.key)}"]`)
        ?.focus();
    });
    const pre = el(
      "pre",
      { class: "trainer-teacher__source" },
      el("code", {}, code === "" ? t("teacher.code.empty") : code),
    );
    codePanel.replaceChildren(heading, el("p", { class: "trainer-teacher__meta" }, meta), pre, close);
  }

  async function openCode(row, task, { quiet = false } = {}) {
    const cell = row.cells.get(task.id);
    shownCode = { key: row.key, task: task.id, last: cell?.last };
    const heading = el("h2", { tabindex: -1 }, t("teacher.code.title", { name: row.name, task: task.title }));
    codePanel.hidden = false;
    if (row.source === "file") {
      codeView(
        row,
        task,
        heading,
        t("teacher.code.draft", {
          status: statusText(cell.status, cell.solved),
          time: formatTime(cell.last),
          n: cell.attempts,
        }),
        cell.draft,
      );
    } else {
      if (!quiet) codePanel.replaceChildren(heading, el("p", {}, t("teacher.code.loading")));
      try {
        const query = new URLSearchParams({ token, learner: row.id, task: task.id });
        const response = await fetch(`${api}code?${query}`, { cache: "no-store" });
        if (!response.ok) throw new Error(String(response.status));
        const found = await response.json();
        if (shownCode?.key !== row.key || shownCode?.task !== task.id) return; // another was opened
        const meta = t("teacher.code.meta", {
          status: statusText(found.status, found.status === "passed"),
          time: formatTime(found.time),
          n: cell?.attempts ?? 1,
        });
        codeView(row, task, heading, meta, found.code);
      } catch {
        codePanel.replaceChildren(heading, el("p", {}, t("teacher.code.missing")));
      }
    }
    if (!quiet) {
      codePanel.scrollIntoView({ block: "nearest" });
      heading.focus({ preventScroll: true });
    }
  }

  // A learner checks again while the teacher looks at their code: show the new code.
  function refreshOpenCode() {
    if (!shownCode || codePanel.hidden) return;
    const row = classRows.find((r) => r.key === shownCode.key);
    const task = tasks.find((x) => x.id === shownCode.task);
    const cell = row?.cells.get(shownCode.task);
    if (row && task && cell && cell.last !== shownCode.last) openCode(row, task, { quiet: true });
  }

  // -- progress files

  async function addFiles(files) {
    const messages = [];
    for (const file of files) {
      if (file.size > MAX_FILE_BYTES) {
        messages.push(t("teacher.files.tooBig", { file: file.name }));
        continue;
      }
      let data;
      try {
        data = JSON.parse(await file.text());
      } catch {
        messages.push(t("teacher.files.notJson", { file: file.name }));
        continue;
      }
      const checked = validateImport(data, knownIds);
      if (!checked.ok) {
        messages.push(t(FILE_PROBLEMS[checked.reason] ?? "teacher.files.invalid", { file: file.name }));
        continue;
      }
      const fromFile = typeof data.learner === "string" ? cleanName(data.learner) : "";
      const name = fromFile || cleanName(file.name.replace(/\.json$/i, "")) || file.name;
      const row = fileRow(name, checked.tasks);
      fileRows.set(row.key, row);
      messages.push(t("teacher.files.added", { file: file.name, name, n: row.cells.size }));
    }
    fileMessages.replaceChildren(...messages.map((message) => el("li", {}, message)));
    renderTable();
  }

  // -- CSV: what the table shows

  function exportCsv() {
    const rows = allRows();
    const shown = shownTasks(rows);
    const lines = [
      [t("teacher.col.learner"), t("teacher.col.solved"), t("teacher.col.last"), ...shown.map((task) => task.title)],
    ];
    for (const row of rows) {
      const name = row.source === "file" ? `${row.name} (${t("teacher.fromFile")})` : row.name;
      const cells = shown.map((task) => {
        const cell = row.cells.get(task.id);
        if (!cell) return "";
        return t(cell.solved ? "teacher.csv.solved" : "teacher.csv.tried", { n: cell.attempts });
      });
      const solved = shown.filter((task) => row.cells.get(task.id)?.solved).length;
      lines.push([name, solved, fullTime(row.last), ...cells]);
    }
    const text = `\uFEFF${lines.map((line) => line.map(csvField).join(";")).join("\r\n")}\r\n`;
    download(`class-${new Date().toISOString().slice(0, 10)}.csv`, text, "text/csv;charset=utf-8");
  }

  // -- live updates from the class server

  async function poll() {
    if (stopped) return;
    try {
      const query = new URLSearchParams({ token, since: version });
      const response = await fetch(`${api}table?${query}`, { cache: "no-store" });
      if (response.status === 403) {
        connection = "denied";
        renderStatus();
        return; // a wrong key stays wrong
      }
      if (!response.ok) throw new Error(String(response.status));
      const data = await response.json();
      if (stopped) return;
      connection = "live";
      updated = new Date();
      if (!data.unchanged) {
        version = data.version;
        classRows = liveRows(data);
        renderTable();
        refreshOpenCode();
      }
    } catch {
      connection = "lost";
    }
    renderStatus();
    if (!stopped) timer = setTimeout(poll, POLL_MS);
  }

  renderStatus();
  renderTable();
  if (live) poll();

  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

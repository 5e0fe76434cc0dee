// A task page: wires the editor, the console («Запустить»), the verdict panel, hints and
// the solution to the Python host, and exposes window.trainer (docs/page-contract.md).
// The order on the page is the order of work, for the keyboard too: the editor, then
// «Проверить»/«Запустить», then the input box, the output and the verdict.
import { createEditor } from "./editor.js";
import { el } from "./dom.js";
import { t } from "./strings.js";
import { confirmInline } from "./confirm.js";
import { createConsole } from "./console.js";
import { draftKeeper } from "./drafts.js";
import { mountHelp } from "./help-panel.js";
import { onTaskChangedElsewhere, resetTask, taskState, updateTask } from "./progress.js";
import { progressFiles } from "./course-progress.js";
import { createStepViewer } from "./step-viewer.js";
import { successView, verdictView } from "./verdict-view.js";

function actionButton(action, primary = false) {
  return el(
    "button",
    {
      type: "button",
      class: `md-button${primary ? " md-button--primary" : ""} trainer__button`,
      "data-action": action,
      title: t(`action.${action}.title`),
    },
    t(`action.${action}`),
  );
}

// Record a check in the learner's progress; true when this check completed the module.
function recordCheck(task, passed) {
  const state = taskState(task.id);
  const solvedBefore = (task.module_tasks ?? []).every((id) => id === task.id || taskState(id).solved);
  updateTask(task.id, {
    checks: state.checks + 1,
    failedChecks: state.failedChecks + (passed ? 0 : 1),
    solved: state.solved || passed,
  });
  return passed && !state.solved && solvedBefore;
}

// «Загружаем Python… 45 %» while something is downloading.
function progressText(state, info) {
  const progress = info.progress;
  if (!progress?.total) return null;
  const percent = Math.min(99, Math.floor((progress.loaded / progress.total) * 100));
  const what = progress.what === "python" ? "Python" : progress.what;
  return t(state === "checking" || state === "running" ? "python.waitingFor" : "python.loadingWhat", { what, percent });
}

// Mount the widget into `root`; returns a function that unmounts it (instant navigation).
// The service worker (sw.js) keeps a task's libraries for offline use as they pass through
// it, and on taking over the page those fetched before; a download under way at that
// moment went past it: after every download, ask it to keep what the browser now holds.
function keepLibraries() {
  navigator.serviceWorker?.controller?.postMessage({ type: "trainer-keep-libraries" });
}

export function mountTask(root, host) {
  const taskJson = root.dataset.task;
  const task = JSON.parse(taskJson);
  const starter = task.starter ?? "";
  const cleanups = [];

  const checkButton = actionButton("check", true);
  const runButton = actionButton("run");
  const traceButton = actionButton("trace");
  const stopButton = actionButton("stop");
  stopButton.hidden = true;
  const status = el("span", { class: "trainer__status", role: "status", "data-python-status": "" });
  const editorBox = el("div", { class: "trainer__editor" });
  const verdictPanel = el("section", {
    class: "trainer__panel trainer__verdict",
    hidden: true,
    tabindex: "-1",
    "aria-label": t("verdict.title"),
    "data-verdict": "",
  });
  const helpPanel = el("section", { class: "trainer__panel trainer__help" });
  const notices = el("div", { class: "trainer__notices", "aria-live": "polite" });

  let busy = null; // "checking" | "running" while a request runs
  let checkedCode = null; // the code of the latest check: what a verdict was given for
  const showStatus = (state, info = {}) => {
    status.dataset.state = state;
    status.textContent = progressText(state, info) ?? t(`python.${state}`, info);
  };
  const terminal = createConsole(task, { showStatus });
  const resetLink = el(
    "button",
    { type: "button", class: "trainer__link-button", "data-action": "reset" },
    t("action.reset"),
  );

  root.replaceChildren(
    notices,
    el("p", { class: "trainer__keys", id: `keys-${task.id}` }, t("editor.keys")),
    editorBox,
    el("div", { class: "trainer__bar trainer__actions" }, checkButton, runButton, traceButton, stopButton, status),
    el("p", { class: "trainer__under-editor" }, resetLink),
    terminal.stdinDetails,
    terminal.panel,
    verdictPanel,
    helpPanel,
  );

  const notice = (key, ...actions) => {
    notices.querySelector(`[data-notice="${key}"]`)?.remove();
    const box = el("div", { class: "trainer__notice", "data-notice": key }, el("span", {}, t(key)), ...actions);
    notices.append(box);
    return box;
  };

  let drafts = null;
  const editor = createEditor(editorBox, {
    doc: taskState(task.id).draft ?? starter,
    label: t("editor.label"),
    describedBy: `keys-${task.id}`,
    onChange: () => drafts.changed(),
    onCheck: () => check(),
    onRun: () => run(),
  });
  drafts = draftKeeper(task.id, () => editor.getText(), {
    // another tab saved a different draft of this task
    changedElsewhere(text, { unsaved }) {
      if (!unsaved) {
        editor.setText(text, { silent: true });
        notice("draft.updatedElsewhere");
        return;
      }
      const take = el("button", { type: "button", class: "trainer__link-button" }, t("draft.takeOther"));
      const box = notice("draft.conflict", take);
      take.addEventListener("click", () => {
        editor.setText(text, { silent: true });
        box.remove();
      });
    },
  });
  cleanups.push(
    () => editor.destroy(),
    () => drafts.destroy(),
  );

  const help = mountHelp(helpPanel, task, {
    createViewer: (parent, text) => createEditor(parent, { doc: text, label: t("solution.title"), readOnly: true }),
  });
  cleanups.push(() => help.destroy());
  // another tab solved this task, opened a hint or the solution
  cleanups.push(onTaskChangedElsewhere(task.id, () => help.refresh()));

  // the progress file, as on the course map: to another computer, or to the teacher
  const files = progressFiles({
    buttonClass: "trainer__link-button",
    beforeExport: () => drafts.flush(),
    onImported() {
      // this task's state came from the file too
      const draft = taskState(task.id).draft ?? starter;
      if (draft !== editor.getText()) editor.setText(draft, { silent: true });
      drafts.loaded(draft);
      help.refresh();
    },
  });

  const onStorageFailed = () => {
    const save = el("button", { type: "button", class: "trainer__link-button" }, t("progress.export"));
    save.addEventListener("click", () => files.exportButton.click());
    notice("progress.notSaved", save);
  };
  window.addEventListener("trainer:storage-failed", onStorageFailed);
  cleanups.push(() => window.removeEventListener("trainer:storage-failed", onStorageFailed));

  // Start the task over: forget its draft, hints, solution and solved mark.
  const restartButton = el(
    "button",
    { type: "button", class: "trainer__link-button", "data-action": "restart" },
    t("task.restart"),
  );
  restartButton.addEventListener("click", async () => {
    const sure = await confirmInline(restartButton, {
      question: t("task.restart.confirm"),
      yes: t("task.restart.yes"),
      no: t("action.reset.no"),
    });
    if (!sure) return;
    editor.setText(starter);
    drafts.discard(); // setText scheduled a draft save: the task starts clean instead
    resetTask(task.id);
    verdictPanel.hidden = true;
    terminal.hide();
    editor.markErrorLine(null);
    help.reset();
    root.dispatchEvent(new CustomEvent("trainer:verdict", { detail: null, bubbles: true }));
  });
  helpPanel.append(
    el(
      "p",
      { class: "trainer__restart" },
      restartButton,
      el("a", { class: "trainer__link-button", href: task.map_url }, t("nav.map")),
    ),
    el("p", { class: "trainer__restart trainer__progress-files" }, files.exportButton, files.importButton),
    files.fileInput,
    files.message,
  );

  cleanups.push(
    host.subscribe((state, info) => {
      if (state === "ready") terminal.canAsk(host.canAsk);
      if (!busy) showStatus(state, info);
      else if (info.progress) showStatus(busy, info); // a request waits for Python
    }),
  );
  if (host.info) terminal.canAsk(host.canAsk);

  // value: what runs ("checking", "running", "tracing"), or true with a label, or null
  let downloaded = false; // this request downloaded the task's libraries
  const setBusy = (value, label = value) => {
    busy = value ? label : null;
    checkButton.disabled = runButton.disabled = traceButton.disabled = Boolean(value);
    stopButton.hidden = !value;
    if (value && busy !== "tracing") steps.close(); // a check or a run ends the stepping
    if (value) showStatus(host.state === "ready" ? busy : `${busy}-waiting`);
    else showStatus(host.state, host.info ?? {});
    if (!value && downloaded) keepLibraries();
    if (!value) downloaded = false;
  };
  const onProgress = (progress) => {
    downloaded = true;
    showStatus(busy, { progress });
  };

  // «По шагам» (step-viewer.js), under the stdin box
  const steps = createStepViewer({ task, taskJson, host, editor, terminal, setBusy });
  terminal.stdinDetails.after(steps.panel);
  cleanups.push(() => steps.destroy());

  async function check(code) {
    const source = code ?? editor.getText();
    drafts.flush();
    verdictPanel.hidden = true; // the previous verdict must not pass for this one
    terminal.hide();
    setBusy("checking");
    try {
      const verdict = await host.check(source, taskJson, { onProgress });
      const passed = verdict.status === "passed";
      const counted = verdict.status !== "stopped" && verdict.status !== "internal_error";
      const moduleDone = counted && recordCheck(task, passed);
      verdictPanel.replaceChildren(
        el("h3", {}, t("verdict.title")),
        verdictView(verdict),
        ...(passed ? [successView(verdict, task, { moduleDone })] : []),
      );
      verdictPanel.hidden = false;
      if (code === undefined) editor.markErrorLine(verdict.error?.line); // never moves the page
      // where the eyes are, and where a screen reader goes
      verdictPanel.scrollIntoView({ block: "nearest", behavior: "smooth" });
      if (code === undefined) verdictPanel.focus({ preventScroll: true });
      help.refresh();
      checkedCode = source;
      root.dispatchEvent(new CustomEvent("trainer:verdict", { detail: verdict, bubbles: true }));
      return verdict;
    } finally {
      setBusy(null);
    }
  }

  async function run(code, stdin) {
    const source = code ?? editor.getText();
    drafts.flush();
    setBusy("running");
    terminal.start();
    verdictPanel.hidden = true;
    let result = null;
    try {
      result = await host.run(source, stdin ?? terminal.stdin, {
        packages: task.packages,
        files: task.files,
        onOutput: terminal.append,
        onInput: terminal.askLine, // asked only where the page can wait (python-host.js)
        onProgress,
      });
      if (code === undefined) editor.markErrorLine(result?.error?.line);
      return result;
    } finally {
      terminal.show(result);
      setBusy(null);
    }
  }

  checkButton.addEventListener("click", () => check());
  runButton.addEventListener("click", () => run());
  traceButton.addEventListener("click", () => steps.start());
  stopButton.addEventListener("click", () => host.stop());
  resetLink.addEventListener("click", async () => {
    const sure = await confirmInline(resetLink, {
      question: t("action.reset.confirm"),
      yes: t("action.reset.yes"),
      no: t("action.reset.no"),
    });
    if (!sure) return;
    editor.setText(starter);
    drafts.discard();
    updateTask(task.id, { draft: starter });
    editor.focus();
  });

  showStatus(host.state, host.info ?? {});

  window.trainer = {
    taskId: task.id,
    ready: () => host.ready(),
    check: (code) => check(code),
    run: (code, stdin) => run(code, stdin),
    checkedCode: () => checkedCode,
    trace: (code, stdin, options) => steps.trace(code, stdin, options),
  };

  return () => {
    for (const cleanup of cleanups.reverse()) cleanup();
    if (window.trainer?.taskId === task.id) delete window.trainer;
  };
}

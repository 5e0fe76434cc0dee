// A task page: editor, buttons, stdin box, output console, verdict panel, hints and
// solution, and the window.trainer contract (docs/page-contract.md).
import { createEditor } from "./editor.js";
import { el } from "./dom.js";
import { t } from "./strings.js";
import { confirmInline } from "./confirm.js";
import { mountHelp } from "./help-panel.js";
import { resetTask, taskState, updateTask } from "./progress.js";
import { errorView, verdictView } from "./verdict-view.js";

const DRAFT_DELAY_MS = 300; // the draft is saved at most this long after the last keystroke

function firstVisibleStdin(task) {
  const test = task.tests.find((item) => !item.hidden && typeof item.stdin === "string");
  return test ? test.stdin : "";
}

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

// Mount the widget into `root`; returns a function that unmounts it (instant navigation).
export function mountTask(root, host) {
  const taskJson = root.dataset.task;
  const task = JSON.parse(taskJson);
  const starter = task.starter ?? "";
  const cleanups = [];

  const checkButton = actionButton("check", true);
  const runButton = actionButton("run");
  const stopButton = actionButton("stop");
  const resetButton = actionButton("reset");
  stopButton.hidden = true;
  const status = el("span", { class: "trainer__status", role: "status", "data-python-status": "" });
  const editorBox = el("div", { class: "trainer__editor" });
  const stdinBox = el("textarea", {
    class: "trainer__stdin-text",
    rows: 3,
    spellcheck: "false",
    placeholder: t("stdin.placeholder"),
    "aria-label": t("stdin.label"),
  });
  stdinBox.value = firstVisibleStdin(task);
  const output = el("pre", { class: "trainer__text trainer__console", "data-output": "" });
  const runError = el("div");
  const outputPanel = el(
    "section",
    { class: "trainer__panel trainer__output", hidden: true, "aria-live": "polite" },
    el("h3", {}, t("output.title")),
    output,
    runError,
  );
  const verdictPanel = el("section", { class: "trainer__panel", hidden: true, "aria-live": "polite", "data-verdict": "" });
  const helpPanel = el("section", { class: "trainer__panel trainer__help" });

  root.replaceChildren(
    el("div", { class: "trainer__bar" }, checkButton, runButton, stopButton, resetButton, status),
    el("p", { class: "trainer__keys", id: `keys-${task.id}` }, t("editor.keys")),
    editorBox,
    el("details", { class: "trainer__stdin" }, el("summary", {}, t("stdin.label")), stdinBox),
    outputPanel,
    verdictPanel,
    helpPanel,
  );

  let draftTimer = null;
  const editor = createEditor(editorBox, {
    doc: taskState(task.id).draft ?? starter,
    label: t("editor.label"),
    describedBy: `keys-${task.id}`,
    onChange: (text) => {
      clearTimeout(draftTimer);
      draftTimer = setTimeout(() => {
        draftTimer = null;
        updateTask(task.id, { draft: text });
      }, DRAFT_DELAY_MS);
    },
    onCheck: () => check(),
    onRun: () => run(),
  });
  cleanups.push(() => editor.destroy());

  // Never lose the last keystrokes: flush the pending draft whenever the page may go away.
  const flushDraft = () => {
    if (draftTimer === null) return;
    clearTimeout(draftTimer);
    draftTimer = null;
    updateTask(task.id, { draft: editor.getText() });
  };
  const onHidden = () => document.visibilityState === "hidden" && flushDraft();
  window.addEventListener("pagehide", flushDraft);
  document.addEventListener("visibilitychange", onHidden);
  cleanups.push(() => {
    flushDraft();
    window.removeEventListener("pagehide", flushDraft);
    document.removeEventListener("visibilitychange", onHidden);
  });

  const help = mountHelp(helpPanel, task, {
    createViewer: (parent, text) => createEditor(parent, { doc: text, label: t("solution.title"), readOnly: true }),
  });
  cleanups.push(() => help.destroy());

  // Start the task over: forget its draft, hints, solution and solved mark.
  const restartButton = el("button", { type: "button", class: "trainer__link-button", "data-action": "restart" }, t("task.restart"));
  restartButton.addEventListener("click", async () => {
    const sure = await confirmInline(restartButton, {
      question: t("task.restart.confirm"),
      yes: t("task.restart.yes"),
      no: t("action.reset.no"),
    });
    if (!sure) return;
    editor.setText(starter);
    clearTimeout(draftTimer); // setText scheduled a draft save: the task starts clean instead
    draftTimer = null;
    resetTask(task.id);
    verdictPanel.hidden = outputPanel.hidden = true;
    editor.markErrorLine(null);
    help.reset();
    root.dispatchEvent(new CustomEvent("trainer:verdict", { detail: null, bubbles: true }));
  });
  helpPanel.append(el("p", { class: "trainer__restart" }, restartButton));

  let busy = false;
  const showStatus = (state, info = {}) => {
    status.dataset.state = state;
    status.textContent = t(`python.${state}`, info);
  };
  const unsubscribe = host.subscribe((state, info) => {
    if (!busy) showStatus(state, info);
  });
  cleanups.push(unsubscribe);

  const setBusy = (value, label) => {
    busy = value;
    checkButton.disabled = runButton.disabled = value;
    stopButton.hidden = !value;
    if (value) showStatus(label);
    else showStatus(host.state, host.info ?? {});
  };

  function afterSolved() {
    const parts = [el("p", { class: "trainer__solved" }, t("task.solved"))];
    if (task.next) {
      parts.push(
        el(
          "a",
          { class: "md-button md-button--primary trainer__next", href: task.next.url, "data-action": "next" },
          t("task.next", { title: task.next.title }),
        ),
      );
    } else {
      parts.push(el("a", { class: "md-button", href: task.map_url }, t("task.courseDone")));
    }
    return el("div", { class: "trainer__after" }, parts);
  }

  async function check(code) {
    const source = code ?? editor.getText();
    flushDraft();
    setBusy(true, "checking");
    try {
      const verdict = await host.check(source, taskJson);
      if (!verdict) return verdict;
      const state = taskState(task.id);
      const passed = verdict.status === "passed";
      updateTask(task.id, {
        checks: state.checks + 1,
        failedChecks: state.failedChecks + (passed ? 0 : 1),
        solved: state.solved || passed,
      });
      outputPanel.hidden = true;
      verdictPanel.replaceChildren(
        ...[el("h3", {}, t("verdict.title")), verdictView(verdict), passed && afterSolved()].filter(Boolean),
      );
      verdictPanel.hidden = false;
      help.refresh();
      if (code === undefined) editor.markErrorLine(verdict.error?.line);
      root.dispatchEvent(new CustomEvent("trainer:verdict", { detail: verdict, bubbles: true }));
      return verdict;
    } finally {
      setBusy(false);
    }
  }

  // input() after the stdin box runs out (cross-origin isolated pages): a field in the
  // console, like a terminal. Resolves to the line, or null when the run is stopped.
  let cancelInput = null;
  function askInConsole() {
    return new Promise((resolve) => {
      const field = el("input", {
        class: "trainer__ask-field",
        "aria-label": t("input.label"),
        autocomplete: "off",
        spellcheck: "false",
      });
      const form = el("form", { class: "trainer__ask" }, field);
      const done = (value) => {
        form.remove();
        cancelInput = null;
        showStatus("running");
        resolve(value);
      };
      form.addEventListener("submit", (event) => {
        event.preventDefault();
        done(field.value);
      });
      cancelInput = () => done(null);
      output.after(form);
      showStatus("waiting");
      field.focus();
    });
  }

  async function run(code, stdin) {
    const source = code ?? editor.getText();
    flushDraft();
    setBusy(true, "running");
    output.replaceChildren();
    runError.replaceChildren();
    verdictPanel.hidden = true;
    outputPanel.hidden = false;
    try {
      const result = await host.run(source, stdin ?? stdinBox.value, {
        onOutput: (text) => output.append(text),
        onInput: askInConsole,
      });
      if (!result) return result;
      output.textContent = result.stdout;
      if (!result.stdout && !result.error && !result.message) {
        output.append(el("span", { class: "trainer__muted" }, t("output.empty")));
      }
      if (result.stderr) output.append(el("span", { class: "trainer__stderr" }, result.stderr));
      if (result.message) output.append(el("span", { class: "trainer__stderr" }, `\n${result.message}\n`));
      const explained = errorView(result.error, { withTraceback: false });
      if (explained) runError.append(explained);
      if (code === undefined) editor.markErrorLine(result.error?.line);
      return result;
    } finally {
      cancelInput?.();
      setBusy(false);
    }
  }

  checkButton.addEventListener("click", () => check());
  runButton.addEventListener("click", () => run());
  stopButton.addEventListener("click", () => host.stop());
  resetButton.addEventListener("click", async () => {
    const sure = await confirmInline(resetButton, {
      question: t("action.reset.confirm"),
      yes: t("action.reset.yes"),
      no: t("action.reset.no"),
    });
    if (!sure) return;
    editor.setText(starter);
    flushDraft();
    updateTask(task.id, { draft: starter });
    editor.focus();
  });

  showStatus(host.state, host.info ?? {});

  window.trainer = {
    taskId: task.id,
    ready: () => host.ready(),
    check: (code) => check(code),
    run: (code, stdin) => run(code, stdin),
  };

  return () => {
    for (const cleanup of cleanups.reverse()) cleanup();
    if (window.trainer?.taskId === task.id) delete window.trainer;
  };
}

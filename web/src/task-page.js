// A task page: editor, buttons, stdin box, output console, verdict panel, window.trainer.
import { createEditor } from "./editor.js";
import { el } from "./dom.js";
import { t } from "./strings.js";
import { taskState, updateTask } from "./progress.js";
import { errorView, verdictView } from "./verdict-view.js";

const DRAFT_DELAY_MS = 400; // the draft is saved at most this long after the last keystroke

function firstVisibleStdin(task) {
  const test = task.tests.find((item) => !item.hidden && typeof item.stdin === "string");
  return test ? test.stdin : "";
}

export function mountTask(root, host) {
  const taskJson = root.querySelector("script[data-trainer-task]").textContent;
  const task = JSON.parse(taskJson);
  const starter = task.starter ?? "";
  const saved = taskState(task.id);

  const button = (action, primary = false) =>
    el(
      "button",
      {
        type: "button",
        class: `md-button${primary ? " md-button--primary" : ""} trainer__button`,
        "data-action": action,
        title: t(`action.${action}.title`),
      },
      t(`action.${action}`),
    );
  const checkButton = button("check", true);
  const runButton = button("run");
  const stopButton = button("stop");
  const resetButton = button("reset");
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

  root.append(
    el("div", { class: "trainer__bar" }, checkButton, runButton, stopButton, resetButton, status),
    editorBox,
    el("details", { class: "trainer__stdin" }, el("summary", {}, t("stdin.label")), stdinBox),
    outputPanel,
    verdictPanel,
  );

  let draftTimer = null;
  const editor = createEditor(editorBox, {
    doc: saved.draft ?? starter,
    label: t("editor.label"),
    onChange: (text) => {
      clearTimeout(draftTimer);
      draftTimer = setTimeout(() => updateTask(task.id, { draft: text }), DRAFT_DELAY_MS);
    },
    onCheck: () => check(),
    onRun: () => run(),
  });
  // Never lose the last keystrokes: flush the pending draft when the page goes away.
  const flushDraft = () => {
    if (draftTimer === null) return;
    clearTimeout(draftTimer);
    draftTimer = null;
    updateTask(task.id, { draft: editor.getText() });
  };
  window.addEventListener("pagehide", flushDraft);
  document.addEventListener("visibilitychange", () => document.visibilityState === "hidden" && flushDraft());

  const showStatus = (state, info = {}) => {
    status.dataset.state = state;
    status.textContent = t(`python.${state}`, info);
  };
  const unsubscribe = host.subscribe((state, info) => {
    if (!busy) showStatus(state, info);
  });

  let busy = false;
  const setBusy = (value, label) => {
    busy = value;
    checkButton.disabled = runButton.disabled = value;
    stopButton.hidden = !value;
    if (value) showStatus(label);
    else showStatus(host.state, host.info ?? {});
  };

  async function check(code) {
    const source = code ?? editor.getText();
    flushDraft();
    setBusy(true, "checking");
    try {
      const verdict = await host.check(source, taskJson);
      if (verdict) {
        const state = taskState(task.id);
        updateTask(task.id, { checks: state.checks + 1, solved: state.solved || verdict.status === "passed" });
        outputPanel.hidden = true;
        verdictPanel.replaceChildren(el("h3", {}, t("verdict.title")), verdictView(verdict));
        verdictPanel.hidden = false;
        if (code === undefined) editor.markErrorLine(verdict.error?.line);
        root.dispatchEvent(new CustomEvent("trainer:verdict", { detail: verdict, bubbles: true }));
      }
      return verdict;
    } finally {
      setBusy(false);
    }
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
      });
      if (result) {
        output.textContent = result.stdout;
        if (!result.stdout && !result.error && !result.message) output.textContent = t("output.empty");
        if (result.stderr) output.append(el("span", { class: "trainer__stderr" }, result.stderr));
        if (result.message) output.append(el("span", { class: "trainer__stderr" }, `\n${result.message}\n`));
        const explained = errorView(result.error, { withTraceback: false });
        if (explained) runError.append(explained);
        if (code === undefined) editor.markErrorLine(result.error?.line);
      }
      return result;
    } finally {
      setBusy(false);
    }
  }

  checkButton.addEventListener("click", () => check());
  runButton.addEventListener("click", () => run());
  stopButton.addEventListener("click", () => host.stop());
  resetButton.addEventListener("click", () => {
    if (!window.confirm(t("action.reset.confirm"))) return;
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
    flushDraft();
    unsubscribe();
    editor.destroy();
    window.removeEventListener("pagehide", flushDraft);
  };
}

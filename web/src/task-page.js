// A task page: wires the editor, the console («Запустить»), the verdict panel, hints and
// the solution to the Python host, and exposes window.trainer (docs/page-contract.md).
import { createEditor } from "./editor.js";
import { el } from "./dom.js";
import { t } from "./strings.js";
import { confirmInline } from "./confirm.js";
import { createConsole } from "./console.js";
import { draftKeeper } from "./drafts.js";
import { mountHelp } from "./help-panel.js";
import { resetTask, taskState, updateTask } from "./progress.js";
import { createStepViewer } from "./step-viewer.js";
import { verdictView } from "./verdict-view.js";

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

// What the page shows after a solved check: the way on.
function afterSolved(task) {
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

// Record a check in the learner's progress.
function recordCheck(taskId, passed) {
  const state = taskState(taskId);
  updateTask(taskId, {
    checks: state.checks + 1,
    failedChecks: state.failedChecks + (passed ? 0 : 1),
    solved: state.solved || passed,
  });
}

// Mount the widget into `root`; returns a function that unmounts it (instant navigation).
export function mountTask(root, host) {
  const taskJson = root.dataset.task;
  const task = JSON.parse(taskJson);
  const starter = task.starter ?? "";
  const cleanups = [];

  const checkButton = actionButton("check", true);
  const runButton = actionButton("run");
  const traceButton = actionButton("trace");
  const stopButton = actionButton("stop");
  const resetButton = actionButton("reset");
  stopButton.hidden = true;
  const status = el("span", { class: "trainer__status", role: "status", "data-python-status": "" });
  const editorBox = el("div", { class: "trainer__editor" });
  const verdictPanel = el("section", { class: "trainer__panel", hidden: true, "aria-live": "polite", "data-verdict": "" });
  const helpPanel = el("section", { class: "trainer__panel trainer__help" });

  let busy = false;
  const showStatus = (state, info = {}) => {
    status.dataset.state = state;
    status.textContent = t(`python.${state}`, info);
  };
  const terminal = createConsole(task, { showStatus });

  root.replaceChildren(
    el("div", { class: "trainer__bar" }, checkButton, runButton, traceButton, stopButton, resetButton, status),
    el("p", { class: "trainer__keys", id: `keys-${task.id}` }, t("editor.keys")),
    editorBox,
    terminal.stdinDetails,
    terminal.panel,
    verdictPanel,
    helpPanel,
  );

  let drafts = null;
  const editor = createEditor(editorBox, {
    doc: taskState(task.id).draft ?? starter,
    label: t("editor.label"),
    describedBy: `keys-${task.id}`,
    onChange: () => drafts.changed(),
    onCheck: () => check(),
    onRun: () => run(),
  });
  drafts = draftKeeper(task.id, () => editor.getText());
  cleanups.push(() => editor.destroy(), () => drafts.destroy());

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
    drafts.discard(); // setText scheduled a draft save: the task starts clean instead
    resetTask(task.id);
    verdictPanel.hidden = true;
    terminal.hide();
    editor.markErrorLine(null);
    help.reset();
    root.dispatchEvent(new CustomEvent("trainer:verdict", { detail: null, bubbles: true }));
  });
  helpPanel.append(el("p", { class: "trainer__restart" }, restartButton));

  cleanups.push(
    host.subscribe((state, info) => {
      if (!busy) showStatus(state, info);
    }),
  );

  const setBusy = (value, label) => {
    busy = value;
    checkButton.disabled = runButton.disabled = traceButton.disabled = value;
    stopButton.hidden = !value;
    if (value && label !== "tracing") steps.close(); // a check or a run ends the stepping
    if (value) showStatus(label);
    else showStatus(host.state, host.info ?? {});
  };

  // «По шагам» (step-viewer.js), under the stdin box
  const steps = createStepViewer({ task, taskJson, host, editor, terminal, setBusy });
  terminal.stdinDetails.after(steps.panel);
  cleanups.push(() => steps.destroy());

  async function check(code) {
    const source = code ?? editor.getText();
    drafts.flush();
    setBusy(true, "checking");
    try {
      const verdict = await host.check(source, taskJson);
      const passed = verdict.status === "passed";
      if (verdict.status !== "stopped" && verdict.status !== "internal_error") recordCheck(task.id, passed);
      terminal.hide();
      verdictPanel.replaceChildren(
        ...[el("h3", {}, t("verdict.title")), verdictView(verdict), passed && afterSolved(task)].filter(Boolean),
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

  async function run(code, stdin) {
    const source = code ?? editor.getText();
    drafts.flush();
    setBusy(true, "running");
    terminal.start();
    verdictPanel.hidden = true;
    let result = null;
    try {
      result = await host.run(source, stdin ?? terminal.stdin, {
        onOutput: terminal.append,
        onInput: terminal.askLine,
      });
      if (code === undefined) editor.markErrorLine(result?.error?.line);
      return result;
    } finally {
      terminal.show(result);
      setBusy(false);
    }
  }

  checkButton.addEventListener("click", () => check());
  runButton.addEventListener("click", () => run());
  traceButton.addEventListener("click", () => steps.start());
  stopButton.addEventListener("click", () => host.stop());
  resetButton.addEventListener("click", async () => {
    const sure = await confirmInline(resetButton, {
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
    trace: (code, stdin, options) => steps.trace(code, stdin, options),
  };

  return () => {
    for (const cleanup of cleanups.reverse()) cleanup();
    if (window.trainer?.taskId === task.id) delete window.trainer;
  };
}

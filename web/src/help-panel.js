// Hints one at a time, then the author's solution: available once every hint has been
// seen or after enough failed checks, always behind a confirmation; after solving, it
// can be opened freely to compare.
import { el } from "./dom.js";
import { t } from "./strings.js";
import { confirmInline } from "./confirm.js";
import { richText } from "./rich-text.js";
import { taskState, updateTask } from "./progress.js";

export function mountHelp(container, task, { createViewer }) {
  const hints = task.hints ?? [];
  const hintList = el("ol", { class: "trainer__hints", "aria-live": "polite" });
  const hintButton = el("button", { type: "button", class: "md-button trainer__button", "data-action": "hint" });
  const solutionButton = el("button", {
    type: "button",
    class: "md-button trainer__button",
    "data-action": "solution",
  });
  const solutionNote = el("p", { class: "trainer__muted trainer__solution-note" });
  const solutionBox = el("div", { class: "trainer__solution", hidden: true });
  let viewer = null;

  container.append(
    el("h3", {}, t("help.title")),
    hintList,
    el("div", { class: "trainer__bar" }, hintButton, solutionButton),
    solutionNote,
    solutionBox,
  );

  function showSolution() {
    if (!viewer) {
      solutionBox.append(el("h4", {}, t("solution.title")));
      viewer = createViewer(solutionBox, task.solution);
    }
    solutionBox.hidden = false;
    solutionButton.hidden = true;
    solutionNote.hidden = true;
  }

  function render() {
    const state = taskState(task.id);
    const shown = Math.min(state.hintsShown, hints.length);
    hintList.replaceChildren(...hints.slice(0, shown).map((hint) => el("li", {}, richText(hint))));
    hintButton.hidden = shown >= hints.length;
    hintButton.textContent = t("help.hint", { n: shown + 1, total: hints.length });
    const unlocked = state.solved || shown >= hints.length || state.failedChecks >= task.solution_after;
    solutionButton.disabled = !unlocked;
    solutionButton.textContent = state.solved ? t("solution.compare") : t("solution.show");
    const remaining = Math.max(task.solution_after - state.failedChecks, 0);
    solutionNote.textContent = unlocked ? "" : t("solution.locked", { n: remaining });
    solutionNote.hidden = unlocked;
    if (state.solutionShown && !solutionBox.hidden) return;
    if (state.solutionShown) showSolution();
  }

  hintButton.addEventListener("click", () => {
    const state = taskState(task.id);
    updateTask(task.id, { hintsShown: Math.min(state.hintsShown + 1, hints.length) });
    render();
    hintList.lastElementChild?.setAttribute("tabindex", "-1");
    hintList.lastElementChild?.focus();
  });

  solutionButton.addEventListener("click", async () => {
    const state = taskState(task.id);
    if (!state.solved) {
      const sure = await confirmInline(solutionButton, {
        question: t("solution.confirm"),
        yes: t("solution.confirm.yes"),
        no: t("solution.confirm.no"),
      });
      if (!sure) return;
    }
    updateTask(task.id, { solutionShown: true });
    showSolution();
  });

  render();
  return {
    refresh: render,
    reset() {
      solutionBox.hidden = true;
      solutionButton.hidden = false;
      render();
    },
    destroy: () => viewer?.destroy(),
  };
}

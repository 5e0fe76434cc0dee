// The learner's draft of one task: saved shortly after each keystroke and whenever the
// page may go away, so that no keystroke is ever lost (progress.js stores it).
import { updateTask } from "./progress.js";

const SAVE_DELAY_MS = 300; // a draft is saved at most this long after the last keystroke

export function draftKeeper(taskId, getText) {
  let timer = null;

  const flush = () => {
    if (timer === null) return;
    clearTimeout(timer);
    timer = null;
    updateTask(taskId, { draft: getText() });
  };
  const onHidden = () => document.visibilityState === "hidden" && flush();
  window.addEventListener("pagehide", flush);
  document.addEventListener("visibilitychange", onHidden);

  return {
    // the editor's text changed: save it soon
    changed() {
      clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        updateTask(taskId, { draft: getText() });
      }, SAVE_DELAY_MS);
    },
    flush,
    // forget a pending save (the task starts over: its state is being reset)
    discard() {
      clearTimeout(timer);
      timer = null;
    },
    destroy() {
      flush();
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", onHidden);
    },
  };
}

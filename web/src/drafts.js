// The learner's draft of one task: saved shortly after each keystroke and whenever the
// page may go away, so that no keystroke is ever lost (progress.js stores it). When
// another tab of the same task saves a different draft, this tab hears of it.
import { onTaskChangedElsewhere, updateTask } from "./progress.js";

const SAVE_DELAY_MS = 300; // a draft is saved at most this long after the last keystroke

// `changedElsewhere(text, {unsaved})`: another tab saved `text`; `unsaved` says whether
// this tab has changes of its own that are not in it.
export function draftKeeper(taskId, getText, { changedElsewhere } = {}) {
  let timer = null;
  // what this tab last saved or loaded: the editor was just made with the stored draft, or
  // with the starter code when there is none (the starter is nothing of the learner's own)
  let saved = getText();

  const save = () => {
    saved = getText();
    updateTask(taskId, { draft: saved });
  };
  const flush = () => {
    if (timer === null) return;
    clearTimeout(timer);
    timer = null;
    save();
  };
  const onHidden = () => document.visibilityState === "hidden" && flush();
  window.addEventListener("pagehide", flush);
  document.addEventListener("visibilitychange", onHidden);
  const stopListening = onTaskChangedElsewhere(taskId, (state) => {
    if (state.draft === null || state.draft === getText()) return;
    const unsaved = timer !== null || getText() !== saved;
    if (!unsaved) saved = state.draft;
    changedElsewhere?.(state.draft, { unsaved });
  });

  return {
    // the editor's text changed: save it soon
    changed() {
      clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        save();
      }, SAVE_DELAY_MS);
    },
    flush,
    // the stored draft was replaced (a progress file): `text` is what is stored now
    loaded(text) {
      clearTimeout(timer);
      timer = null;
      saved = text;
    },
    // forget a pending save (the task starts over: its state is being reset)
    discard() {
      clearTimeout(timer);
      timer = null;
      saved = getText();
    },
    destroy() {
      flush();
      stopListening();
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", onHidden);
    },
  };
}

// «Запустить»: the input box, the program's output as it comes, and a line to type into
// when input() asks for more than the box holds (where the page can wait for it; where it
// cannot, a note next to the box says to type the input in advance).
import { el } from "./dom.js";
import { richText } from "./rich-text.js";
import { t } from "./strings.js";
import { errorView } from "./verdict-view.js";

function firstVisibleStdin(task) {
  const test = task.tests.find((item) => !item.hidden && typeof item.stdin === "string" && item.stdin);
  return test ? test.stdin : null;
}

// `showStatus(state)` tells the page's status line what the program is doing.
export function createConsole(task, { showStatus }) {
  const stdinBox = el("textarea", {
    class: "trainer__stdin-text",
    rows: 3,
    spellcheck: "false",
    placeholder: t("stdin.placeholder"),
    "aria-label": t("stdin.label"),
  });
  const example = firstVisibleStdin(task);
  const exampleButton = example
    ? el(
        "button",
        {
          type: "button",
          class: "trainer__link-button",
          "data-action": "example",
          onclick: () => (stdinBox.value = example),
        },
        t("stdin.example"),
      )
    : null;
  const note = el("p", { class: "trainer__muted trainer__stdin-note", hidden: true }, t("stdin.noAsking"));
  const stdinDetails = el(
    "details",
    { class: "trainer__stdin" },
    el("summary", {}, t("stdin.label")),
    stdinBox,
    el("p", { class: "trainer__stdin-tools" }, exampleButton, note),
  );
  const stopped = el("div", { class: "trainer__run-message", role: "alert" });
  const output = el("pre", { class: "trainer__text trainer__console", "data-output": "" });
  const runError = el("div");
  const panel = el(
    "section",
    { class: "trainer__panel trainer__output", hidden: true, "aria-live": "polite" },
    el("h3", {}, t("output.title")),
    stopped,
    output,
    runError,
  );

  let cancelInput = null;

  // Resolves to the typed line, or null when the run is stopped.
  function askLine(prompt) {
    return new Promise((resolve) => {
      const field = el("input", {
        class: "trainer__ask-field",
        "aria-label": prompt ? t("input.labelWithPrompt", { prompt }) : t("input.label"),
        placeholder: t("input.placeholder"),
        autocomplete: "off",
        spellcheck: "false",
      });
      const send = el("button", { type: "submit", class: "md-button trainer__ask-send" }, t("input.send"));
      const form = el("form", { class: "trainer__ask" }, field, send);
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

  return {
    stdinDetails,
    panel,
    get stdin() {
      return stdinBox.value;
    },
    // Whether input() can ask the learner on this page; if not, say so by the input box.
    canAsk(yes) {
      note.hidden = yes;
      if (!yes) stdinDetails.open = stdinDetails.open || Boolean(task.tests.some((test) => test.stdin));
    },
    // A run begins: the previous output goes.
    start() {
      output.replaceChildren();
      runError.replaceChildren();
      stopped.replaceChildren();
      panel.hidden = false;
    },
    append: (text) => output.append(text),
    askLine,
    // The run ended (also when stopped): show its result as a terminal would, with why it
    // was stopped first, where the learner sees it even after ten thousand lines.
    show(result) {
      cancelInput?.();
      if (!result) return;
      if (result.message) stopped.append(el("p", {}, richText(result.message)));
      output.textContent = result.stdout;
      if (!result.stdout && !result.error && !result.message) {
        output.append(el("span", { class: "trainer__muted" }, t("output.empty")));
      }
      if (result.stderr) output.append(el("span", { class: "trainer__stderr" }, result.stderr));
      const explained = errorView(result.error, { withTraceback: false });
      if (explained) runError.append(explained);
      if (result.details) runError.append(el("pre", { class: "trainer__text" }, result.details));
    },
    hide() {
      panel.hidden = true;
    },
  };
}

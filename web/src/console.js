// «Запустить»: the stdin box, the program's output as it comes, and a line to type into
// when input() asks for more than the box holds (where the page can wait for it).
import { el } from "./dom.js";
import { t } from "./strings.js";
import { errorView } from "./verdict-view.js";

function firstVisibleStdin(task) {
  const test = task.tests.find((item) => !item.hidden && typeof item.stdin === "string");
  return test ? test.stdin : "";
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
  stdinBox.value = firstVisibleStdin(task);
  const output = el("pre", { class: "trainer__text trainer__console", "data-output": "" });
  const runError = el("div");
  const panel = el(
    "section",
    { class: "trainer__panel trainer__output", hidden: true, "aria-live": "polite" },
    el("h3", {}, t("output.title")),
    output,
    runError,
  );
  const stdinDetails = el("details", { class: "trainer__stdin" }, el("summary", {}, t("stdin.label")), stdinBox);

  let cancelInput = null;

  // Resolves to the typed line, or null when the run is stopped.
  function askLine() {
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

  return {
    stdinDetails,
    panel,
    get stdin() {
      return stdinBox.value;
    },
    // A run begins: the previous output goes.
    start() {
      output.replaceChildren();
      runError.replaceChildren();
      panel.hidden = false;
    },
    append: (text) => output.append(text),
    askLine,
    // The run ended (also when stopped): show its result as a terminal would.
    show(result) {
      cancelInput?.();
      if (!result) return;
      output.textContent = result.stdout;
      if (!result.stdout && !result.error && !result.message) {
        output.append(el("span", { class: "trainer__muted" }, t("output.empty")));
      }
      if (result.stderr) output.append(el("span", { class: "trainer__stderr" }, result.stderr));
      if (result.message) output.append(el("span", { class: "trainer__stderr" }, `\n${result.message}\n`));
      const explained = errorView(result.error, { withTraceback: false });
      if (explained) runError.append(explained);
    },
    hide() {
      panel.hidden = true;
    },
  };
}

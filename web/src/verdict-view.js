// Render a verdict (checker/verdict.py defines its format) and a run result as DOM.
import { el } from "./dom.js";
import { t } from "./strings.js";
import { richText } from "./rich-text.js";

function testLabel(test) {
  const label = test.hidden ? t("verdict.hiddenTest", { n: test.index }) : t("verdict.test", { n: test.index });
  return test.name ? `${label}: ${test.name}` : label;
}

// A block of text with one line marked (the first difference).
function textBlock(title, text, markLine) {
  const lines = (text ?? "").replace(/\n$/, "").split("\n");
  const body =
    text === null || text === undefined || text === ""
      ? el("pre", { class: "trainer__text trainer__text--empty" }, t("verdict.empty"))
      : el(
          "pre",
          { class: "trainer__text" },
          lines.map((line, i) =>
            el(
              "span",
              { class: i + 1 === markLine ? "trainer__line trainer__line--diff" : "trainer__line" },
              `${line}\n`,
            ),
          ),
        );
  return el("div", { class: "trainer__block" }, el("div", { class: "trainer__block-title" }, title), body);
}

function testDetails(test) {
  if (test.hidden) return el("p", { class: "trainer__muted" }, t("verdict.hiddenData"));
  const parts = [];
  if (test.input !== null && test.input !== undefined) {
    parts.push(textBlock(t(`verdict.input.${test.kind}`), test.input));
  }
  if (test.expected !== null && test.expected !== undefined) {
    parts.push(textBlock(t("verdict.expected"), test.expected, test.diff_line));
  }
  if (test.actual !== null && test.actual !== undefined && test.status !== "passed") {
    parts.push(textBlock(t("verdict.actual"), test.actual, test.diff_line));
  }
  if (test.diff_line) parts.push(el("p", { class: "trainer__muted" }, t("verdict.diffLine", { n: test.diff_line })));
  return el("div", { class: "trainer__details" }, parts);
}

// The learner's error, explained. The traceback is included unless the console shows it.
export function errorView(error, { withTraceback = true } = {}) {
  if (!error) return null;
  return el(
    "div",
    { class: "trainer__error" },
    el("p", { class: "trainer__error-where" }, error.line ? t("verdict.errorAt", { n: error.line }) : error.type),
    el("p", { class: "trainer__error-text" }, richText(error.explanation)),
    withTraceback && error.traceback
      ? el(
          "details",
          {},
          el("summary", {}, t("verdict.traceback")),
          el("pre", { class: "trainer__text" }, error.traceback),
        )
      : null,
  );
}

// The checker failed (not the learner): its details, ready to copy for the course's author.
function detailsView(details) {
  const text = el("pre", { class: "trainer__text trainer__details-text" }, details);
  const copy = el(
    "button",
    { type: "button", class: "md-button trainer__button", "data-action": "copy-details" },
    t("verdict.copyDetails"),
  );
  copy.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(details);
      copy.textContent = t("verdict.copied");
    } catch {
      getSelection()?.selectAllChildren(text); // no clipboard (http): select for Ctrl+C
    }
  });
  return el("details", { class: "trainer__internal" }, el("summary", {}, t("verdict.details")), text, copy);
}

// After a solved check: what the program printed, a word for finishing a module, the way on.
export function successView(verdict, task, { moduleDone = false } = {}) {
  const shown = verdict.tests.find((test) => !test.hidden && test.kind === "io" && test.actual);
  const parts = [];
  if (shown) parts.push(textBlock(t("verdict.yourOutput"), shown.actual));
  if (moduleDone)
    parts.push(el("p", { class: "trainer__module-done" }, t("task.moduleDone", { module: task.module_title })));
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

export function verdictView(verdict) {
  const failed = verdict.tests.find((test) => test.status !== "passed" && test.status !== "skipped");
  const items = verdict.tests.map((test) => {
    const passed = test.status === "passed";
    const skipped = test.status === "skipped";
    const mark = passed ? "✓" : skipped ? "–" : "✗";
    return el(
      "li",
      { class: `trainer__test trainer__test--${test.status}`, "data-status": test.status },
      el("span", { class: "trainer__test-mark", "aria-hidden": "true" }, mark),
      el("span", { class: "trainer__test-name" }, testLabel(test)),
      skipped ? el("span", { class: "trainer__muted" }, ` — ${t("verdict.skipped")}`) : null,
      test.message && !passed ? el("span", { class: "trainer__test-message" }, " — ", richText(test.message)) : null,
    );
  });
  return el(
    "div",
    { class: `trainer__verdict-body trainer__verdict--${verdict.status}`, "data-status": verdict.status },
    el("p", { class: "trainer__verdict-message" }, richText(verdict.message)),
    verdict.hint
      ? el("div", { class: "trainer__hint" }, el("strong", {}, `${t("verdict.hint")}: `), richText(verdict.hint))
      : null,
    errorView(verdict.error),
    verdict.details ? detailsView(verdict.details) : null,
    failed ? testDetails(failed) : null,
    el("ol", { class: "trainer__tests", "aria-label": t("verdict.title") }, items),
  );
}

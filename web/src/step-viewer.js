// «По шагам»: the program runs under the tracer in the worker (checker/trace.py), then the
// learner steps through it: the line about to run is marked in the editor; every frame's
// variables, the objects they point to (boxes numbered #1, #2…: two names showing the
// same number share one object), the call stack and the output so far are drawn here.
// The trace's format: checker/trace.py and docs/page-contract.md.
import { el } from "./dom.js";
import { t } from "./strings.js";
import { errorView } from "./verdict-view.js";

// Objects drawn in the heap, by their `type` in the trace.
const TYPE_NAMES = {
  list: "steps.type.list",
  tuple: "steps.type.tuple",
  dict: "steps.type.dict",
  set: "steps.type.set",
  frozenset: "steps.type.frozenset",
  deque: "steps.type.deque",
  object: "steps.type.object",
};
// Atoms shown with a word before them.
const ATOM_WORDS = {
  function: "steps.atom.function",
  builtin: "steps.atom.builtin",
  method: "steps.atom.method",
  class: "steps.atom.class",
  module: "steps.atom.module",
};

// The heap as it is at any step: the trace sends each object only when it changes.
export class HeapHistory {
  constructor(steps) {
    this.versions = new Map(); // label -> [[step index, drawing], ...] in step order
    steps.forEach((step, index) => {
      for (const [label, drawing] of Object.entries(step.heap ?? {})) {
        if (!this.versions.has(label)) this.versions.set(label, []);
        this.versions.get(label).push([index, drawing]);
      }
    });
  }

  // The drawing of object `label` at step `index` (null if not drawn yet).
  at(label, index) {
    const versions = this.versions.get(String(label));
    if (!versions) return null;
    let low = 0;
    let high = versions.length - 1;
    let found = null;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (versions[middle][0] <= index) {
        found = versions[middle][1];
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found;
  }
}

const isRef = (value) => value !== null && typeof value === "object" && "ref" in value;
const isAtom = (value) => value !== null && typeof value === "object" && "t" in value;

// A value as plain JSON data (the public shape of trainer.trace).
export function plainValue(value, heap, index, seen = new Set()) {
  if (isRef(value)) {
    const drawing = heap.at(value.ref, index);
    if (!drawing || seen.has(value.ref)) return "…";
    const inner = new Set(seen).add(value.ref);
    const plain = (item) => plainValue(item, heap, index, inner);
    if (drawing.type === "dict") {
      const keys = drawing.entries.map(([key]) => plain(key));
      if (keys.every((key) => typeof key === "string" || typeof key === "number")) {
        return Object.fromEntries(drawing.entries.map(([, item], i) => [keys[i], plain(item)]));
      }
      return drawing.entries.map(([key, item]) => [plain(key), plain(item)]);
    }
    if (drawing.type === "object") {
      return Object.fromEntries([
        ["__class__", drawing.class],
        ...drawing.attrs.map(([name, item]) => [name, plain(item)]),
      ]);
    }
    return drawing.items.map(plain);
  }
  if (isAtom(value)) {
    if (value.t === "float" && Number.isFinite(Number(value.r))) return Number(value.r);
    return value.more ? `${value.r}…` : value.r;
  }
  return value;
}

// trainer.trace's answer: {steps: [{line, event, frames: [{name, line, locals}], stdout}],
// truncated, status, message, error, errorStep, start} (docs/page-contract.md).
export function publicTrace(trace) {
  if (!trace) return null;
  const steps = trace.steps ?? [];
  const heap = new HeapHistory(steps);
  const stdout = trace.stdout ?? "";
  return {
    steps: steps.map((step, index) => {
      const shown = {
        line: step.line,
        event: step.event,
        frames: step.frames.map((frame) => ({
          name: frame.name,
          line: frame.line,
          locals: Object.fromEntries(frame.locals.map(([name, value]) => [name, plainValue(value, heap, index)])),
        })),
        stdout: stdout.slice(0, step.out),
      };
      if ("value" in step) shown.value = plainValue(step.value, heap, index);
      if (step.event === "exception") shown.exception = step.exception;
      return shown;
    }),
    truncated: !!trace.truncated,
    status: trace.status,
    message: trace.message ?? null,
    error: trace.error ?? null,
    errorStep: trace.error_step ?? null,
    start: trace.start ?? 0,
  };
}

// Python's repr of a string (the quotes and escapes a learner sees in Python).
function pyRepr(text) {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let body = "";
  for (const ch of text) {
    const code = ch.codePointAt(0);
    if (ch === "\\") body += "\\\\";
    else if (ch === quote) body += `\\${quote}`;
    else if (ch === "\n") body += "\\n";
    else if (ch === "\t") body += "\\t";
    else if (ch === "\r") body += "\\r";
    else if (code < 32 || code === 127) body += `\\x${code.toString(16).padStart(2, "0")}`;
    else body += ch;
  }
  return quote + body + quote;
}

const hue = (label) => Math.round((Number(label) * 137.508) % 360);

// Every object reachable from the frames (and a returned value), in the order met.
function reachable(step, heap, index) {
  const order = [];
  const seen = new Set();
  const visit = (value) => {
    if (!isRef(value) || seen.has(value.ref)) return;
    seen.add(value.ref);
    order.push(value.ref);
    const drawing = heap.at(value.ref, index);
    if (!drawing) return;
    for (const item of drawing.items ?? []) visit(item);
    for (const [key, item] of drawing.entries ?? []) {
      visit(key);
      visit(item);
    }
    for (const [, item] of drawing.attrs ?? []) visit(item);
  };
  for (const frame of step.frames) for (const [, value] of frame.locals) visit(value);
  if ("value" in step) visit(step.value);
  return order;
}

// createStepViewer({task, taskJson, host, editor, terminal, setBusy}) -> {panel, trace, close, destroy}
export function createStepViewer({ task, taskJson, host, editor, terminal, setBusy }) {
  const visibleTests = task.tests.map((test, i) => ({ test, index: i + 1 })).filter(({ test }) => !test.hidden);
  // A task of functions is traced through its first visible call by default.
  const programFirst = task.tests.some((test) => !("call" in test) && !("check" in test));

  const title = el("h3", { id: `steps-title-${task.id}` }, t("steps.title"));
  const picker = el(
    "select",
    { class: "trainer__steps-select", "data-steps-test": "" },
    el("option", { value: "" }, t("steps.pick.program")),
    visibleTests.map(({ test, index }) => el("option", { value: String(index) }, testLabel(test, index))),
  );
  if (!programFirst && visibleTests.length) picker.value = String(visibleTests[0].index);
  const pickerLabel = el("label", { class: "trainer__steps-pick" }, `${t("steps.pick")} `, picker);
  pickerLabel.hidden = visibleTests.length === 0;
  const closeButton = el(
    "button",
    { type: "button", class: "trainer__link-button", "data-action": "steps-close" },
    t("steps.close"),
  );

  const button = (action, text, titleKey) =>
    el(
      "button",
      { type: "button", class: "md-button trainer__steps-button", "data-action": action, title: t(titleKey) },
      text,
    );
  const firstButton = button("steps-first", t("steps.first"), "steps.first.title");
  const prevButton = button("steps-prev", t("steps.prev"), "steps.prev.title");
  const nextButton = button("steps-next", t("steps.next"), "steps.next.title");
  const lastButton = button("steps-last", t("steps.last"), "steps.last.title");
  const errorButton = button("steps-error", t("steps.error"), "steps.error.title");
  const slider = el("input", {
    type: "range",
    min: 0,
    max: 0,
    value: 0,
    step: 1,
    class: "trainer__steps-slider",
    "aria-label": t("steps.slider"),
  });
  const counter = el("span", { class: "trainer__steps-counter", "data-steps-counter": "" });
  const note = el("div", { class: "trainer__steps-note", "data-steps-note": "" });
  const where = el("p", { class: "trainer__steps-where", "aria-live": "polite", "data-steps-where": "" });
  const frames = el("div", { class: "trainer__steps-frames", "data-steps-frames": "" });
  const objects = el("div", { class: "trainer__steps-heap", "data-steps-heap": "" });
  const output = el("pre", { class: "trainer__text trainer__steps-output", "data-steps-output": "" });
  const errorBox = el("div", { "data-steps-error": "" });
  const controls = el(
    "div",
    { class: "trainer__steps-controls" },
    el(
      "div",
      { class: "trainer__steps-nav", role: "group", "aria-label": t("steps.nav") },
      firstButton,
      prevButton,
      nextButton,
      lastButton,
      errorButton,
    ),
    el("div", { class: "trainer__steps-position" }, slider, counter),
  );
  const heapColumn = el("div", { class: "trainer__steps-column" }, el("h4", {}, t("steps.heap")), objects);
  const body = el(
    "div",
    { class: "trainer__steps-body" },
    el("div", { class: "trainer__steps-column" }, el("h4", {}, t("steps.stack")), frames),
    heapColumn,
  );
  const outputBox = el("div", { class: "trainer__steps-out" }, el("h4", {}, t("steps.output")), output);
  const panel = el(
    "section",
    { class: "trainer__panel trainer__steps", hidden: true, "aria-labelledby": title.id, "data-steps": "" },
    el("div", { class: "trainer__steps-head" }, title, pickerLabel, closeButton),
    el("p", { class: "trainer__keys" }, t("steps.keys")),
    note,
    controls,
    where,
    body,
    outputBox,
    errorBox,
  );

  let trace = null; // the compact trace being shown
  let heap = null;
  let source = [];
  let index = 0;

  function testLabel(test, index) {
    const input = "call" in test ? test.call : "check" in test ? test.check : (test.stdin ?? "").trim();
    const text = input.split("\n")[0];
    return t("steps.pick.test", { n: index, input: text.length > 40 ? `${text.slice(0, 40)}…` : text });
  }

  // -- drawing values ----------------------------------------------------------------

  function refChip(label) {
    return el(
      "span",
      { class: "trainer__ref", style: `--ref-hue: ${hue(label)}`, title: t("steps.ref", { n: label }) },
      el("span", { "aria-hidden": "true" }, "→ "),
      `#${label}`,
    );
  }

  function atom(value) {
    if (value === null || value === undefined) return el("code", { class: "trainer__val trainer__val--none" }, "None");
    if (value === true || value === false) return el("code", { class: "trainer__val" }, value ? "True" : "False");
    if (typeof value === "number") return el("code", { class: "trainer__val trainer__val--num" }, String(value));
    if (typeof value === "string") return el("code", { class: "trainer__val trainer__val--str" }, pyRepr(value));
    if (isRef(value)) return refChip(value.ref);
    const more = value.more
      ? el("span", { class: "trainer__muted" }, ` ${t("steps.more.chars", { n: value.more })}`)
      : null;
    const cut = value.more ? "…" : "";
    if (value.t === "str")
      return el("span", {}, el("code", { class: "trainer__val trainer__val--str" }, pyRepr(value.r + cut)), more);
    if (value.t === "int")
      return el("span", {}, el("code", { class: "trainer__val trainer__val--num" }, value.r + cut), more);
    if (value.t === "float") return el("code", { class: "trainer__val trainer__val--num" }, value.r);
    if (value.r === "…") return el("span", { class: "trainer__muted", title: t("steps.deep") }, "…");
    const word = ATOM_WORDS[value.t];
    return el("code", { class: "trainer__val trainer__val--other" }, word ? `${t(word)} ${value.r}` : value.r);
  }

  // An object's box depends only on its drawing, which the history hands out unchanged
  // until the object changes: boxes are made once per drawing and reused while stepping.
  let boxes = new WeakMap();

  function objectBox(label, changed) {
    const drawing = heap.at(label, index);
    let box = drawing && boxes.get(drawing);
    if (!box) {
      box = drawObject(label, drawing);
      if (drawing) boxes.set(drawing, box);
    }
    box.classList.toggle("is-changed", changed);
    return box;
  }

  function drawObject(label, drawing) {
    const box = el("div", { class: "trainer__obj", style: `--ref-hue: ${hue(label)}`, "data-object": String(label) });
    if (!drawing) return box;
    const kind =
      drawing.type === "object"
        ? drawing.class
        : drawing.class
          ? `${drawing.class} (${t(TYPE_NAMES[drawing.type])})`
          : t(TYPE_NAMES[drawing.type]);
    const size = drawing.items?.length ?? drawing.entries?.length ?? drawing.attrs?.length ?? 0;
    const total = size + (drawing.more ?? 0);
    const head = el("div", { class: "trainer__obj-head" }, el("strong", {}, `#${label}`), ` ${kind}`);
    if (drawing.type !== "object")
      head.append(el("span", { class: "trainer__muted" }, ` · ${t("steps.size", { n: total })}`));
    box.append(head);
    if (drawing.items) {
      if (!drawing.items.length) box.append(el("span", { class: "trainer__muted" }, t("steps.emptyBox")));
      const indexed = drawing.type === "list" || drawing.type === "tuple" || drawing.type === "deque";
      box.append(
        el(
          "ol",
          { class: `trainer__cells${indexed ? "" : " trainer__cells--bag"}` },
          drawing.items.map((item, i) =>
            el(
              "li",
              { class: "trainer__cell" },
              indexed ? el("span", { class: "trainer__cell-index" }, drawing.fields?.[i] ?? String(i)) : null,
              atom(item),
            ),
          ),
        ),
      );
    } else {
      const rows = drawing.entries ?? drawing.attrs.map(([name, item]) => [name, item, true]);
      if (!rows.length) box.append(el("span", { class: "trainer__muted" }, t("steps.emptyBox")));
      else {
        box.append(
          el(
            "table",
            { class: "trainer__pairs" },
            el(
              "tbody",
              {},
              rows.map(([key, item, isName]) =>
                el(
                  "tr",
                  {},
                  el("th", { scope: "row" }, isName ? el("code", {}, key) : atom(key)),
                  el("td", {}, atom(item)),
                ),
              ),
            ),
          ),
        );
      }
    }
    if (drawing.more)
      box.append(el("p", { class: "trainer__muted trainer__obj-more" }, t("steps.more.items", { n: drawing.more })));
    return box;
  }

  function frameBox(frame, position, step, previous) {
    const current = position === step.frames.length - 1;
    if (frame.skipped) {
      return el("div", { class: "trainer__frame trainer__frame--gap" }, t("steps.skipped", { n: frame.skipped }));
    }
    const global = frame.name === "<module>";
    const heading = global
      ? t("steps.globals")
      : frame.kind === "class"
        ? t("steps.classBody", { name: frame.name })
        : t("steps.frame", { name: frame.name });
    const line = frame.line
      ? el("span", { class: "trainer__muted" }, ` · ${t("steps.line", { n: frame.line })}`)
      : null;
    const before = previous?.frames[position];
    const old =
      before && before.name === frame.name
        ? new Map(before.locals.map(([name, value]) => [name, JSON.stringify(value)]))
        : null;
    const rows = frame.locals.map(([name, value]) => {
      const changed = old !== null && old.get(name) !== JSON.stringify(value);
      return el(
        "tr",
        { class: changed ? "is-changed" : null, "data-name": name },
        el("th", { scope: "row" }, el("code", {}, name)),
        el("td", {}, atom(value)),
      );
    });
    const box = el(
      "div",
      { class: `trainer__frame${current ? " is-current" : ""}`, "data-frame": frame.name },
      el("div", { class: "trainer__frame-head" }, el("strong", {}, heading), line),
      rows.length
        ? el("table", { class: "trainer__pairs" }, el("tbody", {}, rows))
        : el("p", { class: "trainer__muted" }, t("steps.noNames")),
    );
    if (current && (step.event === "return" || (step.event === "yield" && "value" in step)) && !global) {
      const says = step.event === "yield" ? t("steps.yields") : t("steps.returns");
      box.append(el("p", { class: "trainer__frame-return", "data-returns": "" }, `${says} `, atom(step.value)));
    }
    return box;
  }

  // -- one step ----------------------------------------------------------------------

  function describe(step) {
    const frame = step.frames[step.frames.length - 1];
    const name = frame?.name ?? "";
    if (step.event === "call") return t("steps.event.call", { name });
    if (step.event === "return") return name === "<module>" ? t("steps.event.end") : t("steps.event.return", { name });
    if (step.event === "yield") return t("steps.event.yield", { name });
    if (step.event === "resume") return t("steps.event.resume", { name });
    if (step.event === "exception" && /^SystemExit\b/.test(step.exception ?? "")) return t("steps.event.exit");
    if (step.event === "exception") return t("steps.event.exception", { text: step.exception ?? "" });
    return t("steps.event.line");
  }

  function show(position) {
    const steps = trace.steps;
    index = Math.max(0, Math.min(position, steps.length - 1));
    const step = steps[index];
    const previous = index > 0 ? steps[index - 1] : null;
    editor.markStepLine(step.line, previous?.line ?? null);
    slider.value = String(index);
    const count = t("steps.counter", { n: index + 1, total: steps.length });
    counter.textContent = count;
    slider.setAttribute("aria-valuetext", `${count}, ${t("steps.line", { n: step.line })}`);
    const focused = document.activeElement;
    firstButton.disabled = prevButton.disabled = index === 0;
    nextButton.disabled = lastButton.disabled = index === steps.length - 1;
    errorButton.disabled = trace.error_step === index;
    // a button that just became disabled loses the keyboard: the slider takes it (its arrows step)
    if (focused?.disabled && controls.contains(focused)) slider.focus();
    const code = (source[step.line - 1] ?? "").trim();
    where.replaceChildren(
      el("strong", {}, t("steps.line", { n: step.line })),
      code ? el("code", { class: "trainer__steps-code" }, code) : null,
      el("span", { class: `trainer__steps-event trainer__steps-event--${step.event}` }, describe(step)),
    );
    where.dataset.event = step.event;
    frames.replaceChildren(...step.frames.map((frame, i) => frameBox(frame, i, step, previous)));
    const labels = reachable(step, heap, index);
    objects.replaceChildren(
      ...(labels.length
        ? labels.map((label) => objectBox(label, String(label) in (step.heap ?? {})))
        : [el("p", { class: "trainer__muted" }, t("steps.noObjects"))]),
    );
    const printed = (trace.stdout ?? "").slice(0, step.out);
    output.replaceChildren(printed || el("span", { class: "trainer__muted" }, t("steps.noOutput")));
    // the error from where it was raised on (or at the end: raised by a test's own code)
    const failed = trace.error && index >= (trace.error_step ?? steps.length - 1);
    errorBox.replaceChildren(...(failed ? [errorView(trace.error, { withTraceback: false })] : []));
  }

  // -- showing a trace -----------------------------------------------------------------

  function open(result, code) {
    // no trace at all: a lost request, or the checker's own failure (a run-shaped result)
    trace = Array.isArray(result?.steps)
      ? result
      : { steps: [], status: result?.status ?? "internal_error", message: result?.message ?? t("steps.failed") };
    heap = new HeapHistory(trace.steps);
    source = code.split("\n");
    panel.hidden = false;
    const steps = trace.steps.length;
    note.replaceChildren(...(trace.message ? [el("p", {}, trace.message)] : []));
    note.hidden = !trace.message;
    controls.hidden = where.hidden = body.hidden = outputBox.hidden = steps === 0;
    errorButton.hidden = trace.error_step === null || trace.error_step === undefined;
    heapColumn.hidden = heap.versions.size === 0; // a program of plain numbers and strings
    slider.max = String(Math.max(steps - 1, 0));
    if (steps) {
      show(trace.start ?? 0);
    } else {
      editor.markStepLine(null);
      errorBox.replaceChildren(...(trace.error ? [errorView(trace.error, { withTraceback: false })] : []));
      if (trace.status === "syntax_error") editor.markErrorLine(trace.error?.line);
      else if (!trace.message && !trace.error) note.replaceChildren(el("p", {}, t("steps.noSteps")));
      note.hidden = !note.childNodes.length;
    }
  }

  function close() {
    if (panel.hidden) return;
    panel.hidden = true;
    trace = heap = null;
    boxes = new WeakMap();
    editor.markStepLine(null);
  }

  // Trace the program (or the picked test) and show it; resolves to the compact trace.
  let tracing = false; // a trace is on its way
  async function run({ code, stdin, test } = {}) {
    const text = code ?? editor.getText();
    const chosen = test === undefined ? Number(picker.value) || null : test;
    setBusy(true, "tracing");
    picker.disabled = true;
    // the steps shown are the old trace's until the new one comes: not to be moved through
    // (a click meant for them would land on the new trace's first step)
    tracing = true;
    for (const control of [firstButton, prevButton, nextButton, lastButton, errorButton, slider]) {
      control.disabled = true;
    }
    editor.markErrorLine(null);
    terminal.start();
    terminal.hide(); // the console shows only if input() asks the learner
    let result = null;
    const started = performance.now();
    try {
      result = await host.trace(text, stdin ?? terminal.stdin, {
        test: chosen,
        taskJson,
        onOutput: terminal.append,
        onInput: (prompt) => {
          terminal.panel.hidden = false;
          return terminal.askLine(prompt);
        },
      });
    } finally {
      terminal.show(null); // ends a pending input line
      terminal.hide();
      picker.disabled = false;
      tracing = false;
      slider.disabled = false; // the buttons: as the new trace's first step allows (show)
      setBusy(false);
    }
    const traced = performance.now();
    open(result, text);
    // for `make bench`: the worker's part and the first drawing, in ms
    panel.dataset.timing = `${Math.round(traced - started)} ${Math.round(performance.now() - traced)}`;
    return result;
  }

  const go = (position) => !tracing && trace?.steps.length && show(position);
  firstButton.addEventListener("click", () => go(0));
  prevButton.addEventListener("click", () => go(index - 1));
  nextButton.addEventListener("click", () => go(index + 1));
  lastButton.addEventListener("click", () => go(trace.steps.length - 1));
  errorButton.addEventListener("click", () => go(trace.error_step));
  slider.addEventListener("input", () => go(Number(slider.value)));
  closeButton.addEventListener("click", () => close());
  picker.addEventListener("change", () => run());
  panel.addEventListener("keydown", (event) => {
    if (event.target === slider || event.target === picker || event.altKey || event.ctrlKey || event.metaKey) return;
    const moves = { ArrowLeft: index - 1, ArrowRight: index + 1, Home: 0, End: (trace?.steps.length ?? 1) - 1 };
    if (event.key === "Escape") {
      close();
      event.preventDefault();
    } else if (event.key in moves && trace?.steps.length) {
      go(moves[event.key]);
      event.preventDefault();
    }
  });
  const stopListening = editor.onEdit(() => close()); // the trace no longer matches the code

  return {
    panel,
    get open() {
      return !panel.hidden;
    },
    // «По шагам» pressed: trace, show, and put the keyboard on the step buttons.
    async start() {
      const result = await run();
      if (!panel.hidden) (nextButton.disabled || controls.hidden ? closeButton : nextButton).focus();
      return result;
    },
    trace: (code, stdin, options = {}) => run({ code, stdin, test: options.test ?? null }).then(publicTrace),
    close,
    destroy() {
      stopListening();
      close();
    },
  };
}

// The code editor: CodeMirror 6 with Python, 4-space indentation and the trainer's keys.
import { basicSetup } from "codemirror";
import { autocompletion } from "@codemirror/autocomplete";
import { python } from "@codemirror/lang-python";
import { HighlightStyle, indentUnit, syntaxHighlighting } from "@codemirror/language";
import { tags } from "@lezer/highlight";
import { Annotation, Compartment, EditorState, StateEffect, StateField } from "@codemirror/state";
import { Decoration, EditorView, keymap } from "@codemirror/view";
import { indentWithTab } from "@codemirror/commands";
import { oneDarkHighlightStyle, oneDarkTheme } from "@codemirror/theme-one-dark";

const setErrorLine = StateEffect.define();
// A change that is not the learner's typing (a draft from another tab): no draft save.
const quiet = Annotation.define();

// Highlights the line of the learner's last error until the code changes.
const errorLine = StateField.define({
  create: () => Decoration.none,
  update(decorations, tr) {
    if (tr.docChanged) return Decoration.none;
    for (const effect of tr.effects) {
      if (!effect.is(setErrorLine)) continue;
      const line = effect.value;
      if (!line || line > tr.state.doc.lines) return Decoration.none;
      const start = tr.state.doc.line(line).from;
      return Decoration.set([Decoration.line({ class: "cm-trainer-error-line" }).range(start)]);
    }
    return decorations;
  },
  provide: (field) => EditorView.decorations.from(field),
});

const setStepLines = StateEffect.define();

// «По шагам»: the line about to run (and, fainter, the one that ran before it), until the
// code changes or the step viewer closes.
const stepLines = StateField.define({
  create: () => Decoration.none,
  update(decorations, tr) {
    if (tr.docChanged) return Decoration.none;
    for (const effect of tr.effects) {
      if (!effect.is(setStepLines)) continue;
      const { line, previous } = effect.value ?? {};
      const marks = [];
      const valid = (n) => n && n <= tr.state.doc.lines;
      if (valid(previous) && previous !== line) {
        marks.push({ n: previous, deco: Decoration.line({ class: "cm-trainer-step-prev" }) });
      }
      if (valid(line)) marks.push({ n: line, deco: Decoration.line({ class: "cm-trainer-step-line" }) });
      marks.sort((a, b) => a.n - b.n);
      return Decoration.set(marks.map(({ n, deco }) => deco.range(tr.state.doc.line(n).from)));
    }
    return decorations;
  },
  provide: (field) => EditorView.decorations.from(field),
});

function darkScheme() {
  return document.body?.getAttribute("data-md-color-scheme") === "slate";
}

// One Dark, with comments and its coral (`len`, `self`) bright enough to read (its own fall
// below WCAG's 4.5:1).
const darkHighlight = HighlightStyle.define(
  oneDarkHighlightStyle.specs.map((spec) => {
    if ([spec.tag].flat().includes(tags.comment)) return { ...spec, color: "#a0a8b7" };
    return spec.color === "#e06c75" ? { ...spec, color: "#e8838a" } : spec;
  }),
);
const darkTheme = [oneDarkTheme, syntaxHighlighting(darkHighlight)];

// createEditor(parent, {doc, label, describedBy?, readOnly?, onChange?, onCheck?, onRun?})
export function createEditor(parent, { doc, label, describedBy, readOnly = false, onChange, onCheck, onRun }) {
  const theme = new Compartment();
  const attributes = { "aria-label": label };
  const editListeners = new Set();
  if (describedBy) attributes["aria-describedby"] = describedBy;
  const extensions = [
    basicSetup,
    // Completion only on Ctrl+Space: a popup that grabs Enter confuses beginners.
    autocompletion({ activateOnTyping: false }),
    python(),
    indentUnit.of("    "),
    EditorState.tabSize.of(4),
    errorLine,
    stepLines,
    EditorView.lineWrapping, // phones: no sideways scrolling inside the editor
    theme.of(darkScheme() ? darkTheme : []),
    EditorView.contentAttributes.of(attributes),
  ];
  if (readOnly) {
    extensions.push(EditorState.readOnly.of(true), EditorView.editable.of(false));
  } else {
    extensions.unshift(
      keymap.of([
        {
          key: "Mod-Enter",
          run: () => {
            onCheck();
            return true;
          },
        },
        {
          key: "Shift-Enter",
          run: () => {
            onRun();
            return true;
          },
        },
        indentWithTab, // Esc, then Tab leaves the editor (CodeMirror's escape hatch)
      ]),
    );
    extensions.push(
      EditorView.updateListener.of((update) => {
        if (!update.docChanged) return;
        for (const fn of editListeners) fn();
        if (update.transactions.some((tr) => tr.annotation(quiet))) return; // not typed here
        onChange(update.state.doc.toString());
      }),
    );
  }
  const view = new EditorView({ parent, state: EditorState.create({ doc, extensions }) });

  // Follow mkdocs-material's light/dark switch.
  const observer = new MutationObserver(() =>
    view.dispatch({ effects: theme.reconfigure(darkScheme() ? darkTheme : []) }),
  );
  observer.observe(document.body, { attributes: true, attributeFilter: ["data-md-color-scheme"] });

  return {
    view,
    getText: () => view.state.doc.toString(),
    // `silent`: the new text is already saved (it came from storage), onChange stays quiet
    setText(text, { silent = false } = {}) {
      view.dispatch({
        changes: { from: 0, to: view.state.doc.length, insert: text },
        annotations: silent ? quiet.of(true) : [],
      });
    },
    markErrorLine(line) {
      view.dispatch({ effects: setErrorLine.of(line ?? null) });
      if (line && line <= view.state.doc.lines) {
        // centred inside the editor only (a long program scrolls there): the page itself
        // stays where the verdict that names this line has just been brought into view
        const block = view.lineBlockAt(view.state.doc.line(line).from);
        const scroller = view.scrollDOM;
        scroller.scrollTop = Math.max(0, block.top + block.height / 2 - scroller.clientHeight / 2);
      }
    },
    // «По шагам»: mark the running line (null clears); keeps it in sight without jumping.
    markStepLine(line, previous = null) {
      const effects = [setStepLines.of(line ? { line, previous } : null)];
      if (line && line <= view.state.doc.lines) {
        effects.push(EditorView.scrollIntoView(view.state.doc.line(line).from, { y: "nearest" }));
      }
      view.dispatch({ effects });
    },
    // fn() after every change of the text; returns unsubscribe.
    onEdit(fn) {
      editListeners.add(fn);
      return () => editListeners.delete(fn);
    },
    focus: () => view.focus(),
    destroy() {
      observer.disconnect();
      view.destroy();
    },
  };
}

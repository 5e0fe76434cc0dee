// An inline confirmation next to the button that asked for it (no window.confirm: it
// blocks the page, cannot be styled and is awkward on phones).
import { el } from "./dom.js";

export function confirmInline(anchor, { question, yes, no }) {
  anchor.parentElement.querySelector(".trainer-confirm")?.remove();
  return new Promise((resolve) => {
    const finish = (answer) => {
      box.remove();
      anchor.focus();
      resolve(answer);
    };
    // the careful answer is the one in focus; the destructive one is not dressed as the main action
    const yesButton = el(
      "button",
      { type: "button", class: "md-button trainer-confirm__yes", onclick: () => finish(true) },
      yes,
    );
    const noButton = el("button", { type: "button", class: "md-button", onclick: () => finish(false) }, no);
    const box = el(
      "div",
      {
        class: "trainer-confirm",
        role: "alertdialog",
        "aria-label": question,
        onkeydown: (event) => event.key === "Escape" && finish(false),
      },
      el("span", {}, question),
      noButton,
      yesButton,
    );
    anchor.insertAdjacentElement("afterend", box);
    noButton.focus();
  });
}

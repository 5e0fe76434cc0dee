// Authors' and the checker's short texts use `code` and **bold**; render just those,
// as DOM nodes (never innerHTML: a message may quote the learner's output).
export function richText(text) {
  const fragment = document.createDocumentFragment();
  const pattern = /`([^`]+)`|\*\*([^*]+)\*\*/g;
  let last = 0;
  for (const match of String(text ?? "").matchAll(pattern)) {
    fragment.append(text.slice(last, match.index));
    const node = document.createElement(match[1] !== undefined ? "code" : "strong");
    node.textContent = match[1] ?? match[2];
    fragment.append(node);
    last = match.index + match[0].length;
  }
  fragment.append(String(text ?? "").slice(last));
  return fragment;
}

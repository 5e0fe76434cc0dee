// Injected only by `trainer serve --watch`: reload after a good rebuild, and show the
// problems of a failed one on the page (the terminal shows them too).
(() => {
  let generation = null;
  let panel = null;
  function show(problems) {
    panel?.remove();
    panel = null;
    if (!problems.length) return;
    panel = document.createElement("pre");
    panel.setAttribute("role", "alert");
    panel.style.cssText =
      "position:fixed;z-index:100;left:0;right:0;bottom:0;max-height:40vh;overflow:auto;margin:0;" +
      "padding:1em;background:#3b0d0d;color:#ffdede;font:13px/1.4 monospace;white-space:pre-wrap";
    panel.textContent = `Курс не собран — исправьте и сохраните файл:\n\n${problems.join("\n")}`;
    document.body.append(panel);
  }
  async function poll() {
    try {
      const status = await (await fetch("/__trainer__/status", { cache: "no-store" })).json();
      if (generation !== null && status.generation !== generation) location.reload();
      generation = status.generation;
      show(status.problems);
    } catch {
      // the server is restarting: try again
    }
    setTimeout(poll, 1000);
  }
  poll();
})();

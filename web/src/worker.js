// The Python worker: starts Python with the checker (python-start.js), then answers
// requests one at a time by calling checker/bridge.py. The page (python-host.js) enforces
// time limits by interrupting Python through shared memory when it can, and by replacing
// this worker otherwise. Every message is declared in protocol.js.
import { loadPackages } from "./worker-packages.js";
import { INPUT, MSG, SLOT } from "./protocol.js";
import { prepareStart, startPython } from "./python-start.js";

let pyodide = null;
let bridge = null; // checker.bridge
let jspi = false; // input() can wait for the page's reply (JS Promise integration)
let channel = null; // {interrupt, control, data} when the page is cross-origin isolated
let current = null; // the request being answered: {id, stopping, reply}

const post = (message) => self.postMessage(message);

// Pyodide's loader fetches several files at once. When the link is down the first failure
// becomes the boot error the page reports; the others would surface as unhandled
// rejections on the page (a spare worker starting while the class server restarts).
self.addEventListener("unhandledrejection", (event) => {
  if (pyodide === null && event.reason instanceof TypeError) event.preventDefault();
});

// The checker's side of a request (checker/host.py): four calls, four messages.
function hostFor(request) {
  return {
    step: (prepared) => post({ type: MSG.STEP, id: request.id, prepared: JSON.parse(prepared) }),
    output: (text) => post({ type: MSG.OUTPUT, id: request.id, text }),
    ask: (prompt) => ask(request, prompt),
    stopping: () => request.stopping || (channel !== null && Atomics.load(channel.control, SLOT.STOP) === 1),
  };
}

// input() once the given input is used up. Returns the line, undefined for end of input
// (undefined, not null: Pyodide turns null into JsNull, not None), or a promise of it.
function ask(request, prompt) {
  if (channel) {
    const { control, data } = channel;
    Atomics.store(control, SLOT.INPUT_STATE, INPUT.WAITING);
    post({ type: MSG.INPUT, id: request.id, prompt });
    Atomics.wait(control, SLOT.INPUT_STATE, INPUT.WAITING);
    if (Atomics.load(control, SLOT.INPUT_STATE) !== INPUT.ANSWERED) return undefined;
    const bytes = new Uint8Array(Atomics.load(control, SLOT.INPUT_LENGTH));
    bytes.set(data.subarray(0, bytes.length)); // TextDecoder refuses shared memory
    return new TextDecoder().decode(bytes);
  }
  if (jspi) {
    post({ type: MSG.INPUT, id: request.id, prompt });
    return new Promise((resolve) => {
      request.reply = (text) => resolve(typeof text === "string" ? text : undefined);
    });
  }
  return undefined; // no way to wait here: the page offers the input box instead
}

// Python's start begins now; the page's INIT only says how it ends (python-start.js).
const preparing = prepareStart((progress) => post({ type: MSG.PROGRESS, ...progress }));

async function boot({ makeSnapshot }) {
  const started = await startPython(preparing, { makeSnapshot });
  ({ pyodide, bridge } = started);
  if (channel) pyodide.setInterruptBuffer(channel.interrupt);
  // a JavaScript trampoline would make run_sync() trap, beyond what Python can catch
  jspi = started.trampoline && (await bridge.can_wait_for_page.callPromising().then(Boolean, () => false));
  return {
    pythonVersion: started.pythonVersion,
    bootMs: started.bootMs,
    interruptible: !!channel,
    jspi,
    fromSnapshot: started.source !== "none",
    snapshot: started.source,
    lost: JSON.parse(bridge.lost_results()),
  };
}

// A start without a memory snapshot leaves the modules learners import most for later
// (checker/bridge.py WARM_MODULES): one at a time, between requests, never during one.
const WARM_AFTER_MS = 300;
let warmTimer = null;
let warmed = false;
function warmWhenIdle() {
  if (warmed || warmTimer !== null) return;
  warmTimer = setTimeout(() => {
    warmTimer = null;
    if (current) return; // answer() calls again when done
    warmed = !bridge.warm_up_one();
    warmWhenIdle();
  }, WARM_AFTER_MS);
}

// Why Python died, as the checker names it (verdict.STOP_REASONS).
function crashReason(error) {
  const text = String(error?.message ?? error);
  if (/call stack|too much recursion/i.test(text)) return "stack";
  if (/memory|allocation|Memory\.grow/i.test(text)) return "memory_limit";
  return "crash";
}

async function answer({ id, request }) {
  if (current) return; // one request at a time: the page never sends two
  current = { id, stopping: false, reply: null };
  if (channel) {
    Atomics.store(channel.interrupt, 0, 0); // a stale interrupt must not hit this request
    Atomics.store(channel.control, SLOT.STOP, 0);
  }
  const host = hostFor(current);
  let libraries = { keep: [], preload: [] };
  if (request.packages?.length) {
    try {
      const onProgress = (progress) => post({ type: MSG.PROGRESS, id, ...progress });
      libraries = await loadPackages(pyodide, request.packages, onProgress);
    } catch (error) {
      const names = request.packages.join(", ");
      const result = JSON.parse(bridge.package_failure(request.kind, names, String(error)));
      post({ type: MSG.DONE, id, result, replaceWorker: false });
      current = null;
      return;
    }
  }
  const text = JSON.stringify({ ...request, ...libraries, host_enforces_limits: true });
  // Only a run (or a traced run) may wait for typed input. A promising call lets it wait
  // (JSPI), but it also lets time.sleep() yield to this worker's other tasks, which a check
  // must not do.
  const waits = jspi && (request.kind === "run" || request.kind === "trace");
  try {
    const response = JSON.parse(waits ? await bridge.handle.callPromising(text, host) : bridge.handle(text, host));
    post({ type: MSG.DONE, id, result: response.result, replaceWorker: response.replace_worker });
  } catch (error) {
    // The checker answers every learner error itself; reaching here means Python itself
    // died (out of memory, a stack overflow), so the page replaces this worker.
    post({ type: MSG.CRASHED, id, reason: crashReason(error), message: String(error) });
  } finally {
    current = null;
    warmWhenIdle();
  }
}

let booted = null;
self.onmessage = async (event) => {
  const message = event.data;
  switch (message.type) {
    case MSG.INIT:
      channel = message.channel;
      booted ??= boot(message).then(
        (info) => {
          post({ type: MSG.READY, ...info });
          warmWhenIdle();
          return true;
        },
        (error) => {
          post({ type: MSG.BOOT_ERROR, message: String(error?.message ?? error) });
          return false;
        },
      );
      return;
    case MSG.REPLY:
    case MSG.STOP:
      if (current?.id !== message.id) return;
      if (message.type === MSG.STOP) current.stopping = true;
      current.reply?.(message.type === MSG.REPLY ? message.text : null);
      current.reply = null;
      return;
    case MSG.REQUEST:
      if (booted && (await booted)) await answer(message);
  }
};

// The Python worker: boots Pyodide and the checker, then answers requests one at a time
// by calling checker/bridge.py. The page (python-host.js) enforces time limits by
// interrupting Python through shared memory when it can, and by replacing this worker
// otherwise. Every message is declared in protocol.js.
import { INPUT, MSG, SLOT } from "./protocol.js";

/* global __PYODIDE_DIR__, __CHECKER_VERSION__ */
const PYODIDE_URL = new URL(`../${__PYODIDE_DIR__}/`, import.meta.url).href;
const CHECKER_URL = new URL(`./checker.zip?v=${__CHECKER_VERSION__}`, import.meta.url).href;
const CHECKER_HOME = "/home/pyodide/trainer";

let handleRequest = null; // checker.bridge.handle
let jspi = false; // input() can wait for the page's reply (JS Promise integration)
let channel = null; // {interrupt, control, data} when the page is cross-origin isolated
let current = null; // the request being answered: {id, stopping, reply}

const post = (message) => self.postMessage(message);

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

// A memory snapshot of Python with the checker imported makes every later start (the
// next visit, the restart after a runaway program) several times faster. It is kept in
// the Cache API, gzipped, under a key naming both versions, so an update never reuses it.
// Pyodide's snapshot API is private (underscored): any failure falls back to a plain start.
const SNAPSHOT_CACHE = "trainer-python-snapshot";
const SNAPSHOT_KEY = new URL(`./python-${__PYODIDE_DIR__}-${__CHECKER_VERSION__}.snapshot`, import.meta.url).href;

async function readSnapshot() {
  try {
    const response = await (await caches.open(SNAPSHOT_CACHE)).match(SNAPSHOT_KEY);
    if (!response) return null;
    const unpacked = response.body.pipeThrough(new DecompressionStream("gzip"));
    return new Uint8Array(await new Response(unpacked).arrayBuffer());
  } catch {
    return null; // no Cache API here (not a secure context) or a damaged entry
  }
}

async function saveSnapshot(bytes) {
  try {
    const cache = await caches.open(SNAPSHOT_CACHE);
    for (const old of await cache.keys()) await cache.delete(old);
    // compress completely first: a half-written entry would be worse than none
    const packed = new Blob([bytes]).stream().pipeThrough(new CompressionStream("gzip"));
    const body = await new Response(packed).arrayBuffer();
    await cache.put(SNAPSHOT_KEY, new Response(body));
  } catch {
    // storage full or unavailable: the next start is simply a normal one
  }
}

// Everything it takes to get Python ready lives here.
async function boot() {
  const started = performance.now();
  const [{ loadPyodide }, checkerZip, snapshot] = await Promise.all([
    import(`${PYODIDE_URL}pyodide.mjs`),
    fetch(CHECKER_URL).then((r) => {
      if (!r.ok) throw new Error(`checker.zip: HTTP ${r.status}`);
      return r.arrayBuffer();
    }),
    readSnapshot(),
  ]);
  // Every URL Pyodide may use points at our own copy: never a CDN, even by default.
  const options = { indexURL: PYODIDE_URL, packageBaseUrl: PYODIDE_URL, cdnUrl: PYODIDE_URL };
  let pyodide = null;
  if (snapshot) {
    pyodide = await loadPyodide({ ...options, _loadSnapshot: snapshot }).catch((error) => {
      console.warn("starting Python from the snapshot failed, starting afresh:", error);
      return null;
    });
  }
  const fresh = pyodide === null;
  pyodide ??= await loadPyodide({ ...options, _makeSnapshot: true }).catch(() => loadPyodide(options));
  pyodide.unpackArchive(checkerZip, "zip", { extractDir: CHECKER_HOME });
  const sys = pyodide.pyimport("sys");
  if (!sys.path.toJs().includes(CHECKER_HOME)) sys.path.insert(0, CHECKER_HOME);
  const pythonVersion = sys.version.split(" ")[0];
  sys.destroy();
  const bridge = pyodide.pyimport("checker.bridge");
  handleRequest = bridge.handle;
  if (fresh && typeof pyodide.makeMemorySnapshot === "function") {
    try {
      saveSnapshot(pyodide.makeMemorySnapshot());
    } catch {
      // this build of Pyodide cannot snapshot: fine, starts stay normal
    }
  }
  if (channel) pyodide.setInterruptBuffer(channel.interrupt);
  jspi = await bridge.can_wait_for_page.callPromising().then(Boolean, () => false);
  return {
    pythonVersion,
    bootMs: Math.round(performance.now() - started),
    interruptible: !!channel,
    jspi,
    fromSnapshot: !fresh,
    lost: JSON.parse(bridge.lost_results()),
  };
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
  const text = JSON.stringify({ ...request, host_enforces_limits: true });
  // Only a run (or a traced run) may wait for typed input. A promising call lets it wait
  // (JSPI), but it also lets time.sleep() yield to this worker's other tasks, which a check
  // must not do.
  const waits = jspi && (request.kind === "run" || request.kind === "trace");
  try {
    const response = JSON.parse(waits ? await handleRequest.callPromising(text, host) : handleRequest(text, host));
    post({ type: MSG.DONE, id, result: response.result, replaceWorker: response.replace_worker });
  } catch (error) {
    // The checker answers every learner error itself; reaching here means Python itself
    // died (out of memory, a stack overflow), so the page replaces this worker.
    post({ type: MSG.CRASHED, id, reason: crashReason(error), message: String(error) });
  } finally {
    current = null;
  }
}

let booted = null;
self.onmessage = async (event) => {
  const message = event.data;
  switch (message.type) {
    case MSG.CHANNEL:
      channel = message.channel;
      return;
    case MSG.REPLY:
    case MSG.STOP:
      if (current?.id !== message.id) return;
      if (message.type === MSG.STOP) current.stopping = true;
      current.reply?.(message.type === MSG.REPLY ? message.text : null);
      current.reply = null;
      return;
    case MSG.REQUEST:
      booted ??= startBoot();
      if (await booted) await answer(message);
  }
};

function startBoot() {
  return boot().then(
    (info) => {
      post({ type: MSG.READY, ...info });
      return true;
    },
    (error) => {
      post({ type: MSG.BOOT_ERROR, message: String(error?.message ?? error) });
      return false;
    },
  );
}

// Boot right away; the channel message, if any, is the first message and arrives first.
setTimeout(() => (booted ??= startBoot()), 0);

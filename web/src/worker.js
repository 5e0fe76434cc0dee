// The Python worker: boots Pyodide and the checker, then answers run/check requests.
// One request at a time; the host (python-host.js) enforces time limits by interrupting
// Python through shared memory when it can, and by terminating this worker otherwise.
import { CHANNEL, MSG } from "./protocol.js";

/* global __PYODIDE_DIR__, __CHECKER_VERSION__ */
const PYODIDE_URL = new URL(`../${__PYODIDE_DIR__}/`, import.meta.url).href;
const CHECKER_URL = new URL(`./checker.zip?v=${__CHECKER_VERSION__}`, import.meta.url).href;
const CHECKER_HOME = "/home/pyodide/trainer";

let bridge = null;
let channel = null; // {interrupt, control, data} when the page is cross-origin isolated
let currentId = null;

// Called from Python with (kind, text): "stdout" batches are text, other kinds are JSON.
function emit(kind, text) {
  if (kind === MSG.STDOUT) {
    self.postMessage({ type: MSG.STDOUT, id: currentId, text });
  } else {
    self.postMessage({ type: kind, id: currentId, payload: JSON.parse(text) });
  }
}

// input() once the stdin box is used up: ask the page and sleep until it answers.
function ask(prompt) {
  const { control, data } = channel;
  Atomics.store(control, CHANNEL.INPUT_STATE, 0);
  self.postMessage({ type: MSG.INPUT, id: currentId, prompt });
  Atomics.wait(control, CHANNEL.INPUT_STATE, 0);
  // cancelled: EOF. (undefined, not null: Pyodide turns null into JsNull, not None)
  if (Atomics.load(control, CHANNEL.INPUT_STATE) !== 1) return undefined;
  const bytes = new Uint8Array(Atomics.load(control, CHANNEL.INPUT_LENGTH));
  bytes.set(data.subarray(0, bytes.length)); // TextDecoder refuses shared memory
  return new TextDecoder().decode(bytes);
}

const stopRequested = () => Atomics.load(channel.control, CHANNEL.STOP) === 1;

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
  bridge = pyodide.pyimport("checker.bridge");
  if (fresh && typeof pyodide.makeMemorySnapshot === "function") {
    try {
      saveSnapshot(pyodide.makeMemorySnapshot());
    } catch {
      // this build of Pyodide cannot snapshot: fine, starts stay normal
    }
  }
  if (channel) pyodide.setInterruptBuffer(channel.interrupt);
  return {
    pythonVersion,
    bootMs: Math.round(performance.now() - started),
    interruptible: !!channel,
    fromSnapshot: !fresh,
  };
}

function handle(message) {
  currentId = message.id;
  if (channel) {
    Atomics.store(channel.interrupt, 0, 0); // a stale interrupt must not hit this request
    Atomics.store(channel.control, CHANNEL.STOP, 0);
  }
  try {
    let result;
    const interrupts = !!channel;
    if (message.type === MSG.CHECK) {
      result = bridge.check(message.task, message.code, emit, interrupts, channel ? stopRequested : undefined);
    } else if (message.type === MSG.RUN) {
      result = bridge.run(message.code, message.stdin ?? "", message.timeLimit, emit, channel ? ask : undefined, interrupts);
    } else {
      throw new Error(`unknown request ${message.type}`);
    }
    self.postMessage({ type: MSG.DONE, id: message.id, result: JSON.parse(result) });
  } catch (error) {
    // The checker turns every learner error into a verdict; reaching here means Python
    // itself failed (out of memory, a fatal error), so the host replaces this worker.
    self.postMessage({ type: MSG.CRASHED, id: message.id, message: String(error) });
  } finally {
    currentId = null;
  }
}

let booted = null;
self.onmessage = async (event) => {
  const message = event.data;
  if (message.type === MSG.CHANNEL) {
    channel = message;
    return;
  }
  booted ??= startBoot();
  if (await booted) handle(message);
};

function startBoot() {
  return boot().then(
    (info) => {
      self.postMessage({ type: MSG.READY, ...info });
      return true;
    },
    (error) => {
      self.postMessage({ type: MSG.BOOT_ERROR, message: String(error?.message ?? error) });
      return false;
    },
  );
}

// Boot right away; the channel message, if any, is the first message and arrives first.
setTimeout(() => (booted ??= startBoot()), 0);

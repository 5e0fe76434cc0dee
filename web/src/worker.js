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

// Everything it takes to get Python ready lives here, so a faster start (a memory
// snapshot, see DESIGN.md) can be plugged in without touching the rest.
async function boot() {
  const started = performance.now();
  const [{ loadPyodide }, checkerZip] = await Promise.all([
    import(`${PYODIDE_URL}pyodide.mjs`),
    fetch(CHECKER_URL).then((r) => {
      if (!r.ok) throw new Error(`checker.zip: HTTP ${r.status}`);
      return r.arrayBuffer();
    }),
  ]);
  // Every URL Pyodide may use points at our own copy: never a CDN, even by default.
  const pyodide = await loadPyodide({
    indexURL: PYODIDE_URL,
    packageBaseUrl: PYODIDE_URL,
    cdnUrl: PYODIDE_URL,
  });
  pyodide.unpackArchive(checkerZip, "zip", { extractDir: CHECKER_HOME });
  pyodide.runPython(`import sys; sys.path.insert(0, "${CHECKER_HOME}")`);
  bridge = pyodide.pyimport("checker.bridge");
  if (channel) pyodide.setInterruptBuffer(channel.interrupt);
  const pythonVersion = pyodide.runPython("import sys; sys.version.split()[0]");
  return { pythonVersion, bootMs: Math.round(performance.now() - started), interruptible: !!channel };
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

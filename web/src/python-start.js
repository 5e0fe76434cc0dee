// Starting Python in the worker, as fast as the page's situation allows:
// 1. a memory snapshot this browser kept from an earlier start (snapshot-store.js);
// 2. on a fast link, the snapshot made at build time (site_builder/snapshot.mjs): 6 MB
//    more to download, but Python is ready in about 0.5 s instead of 2 s or more;
// 3. otherwise an ordinary start, which may make a snapshot for next time.
// All three use the standard library the build's snapshot was made with (STDLIB_URL).
// Whatever needs nothing from the page starts as soon as the worker's code runs
// (prepareStart): reading the stored snapshot, loading Pyodide's JavaScript, downloading
// and compiling its wasm, fetching the standard library and the checker. Pyodide alone
// does these one after another.
// Every byte Python downloads is reported (onProgress) so the page can show it.
import { gunzip, readSnapshot, saveSnapshot } from "./snapshot-store.js";

/* global __PYODIDE_DIR__, __CHECKER_VERSION__, __SNAPSHOT_FILE__, __STDLIB_FILE__, __PYTHON_BYTES__ */
export const PYODIDE_URL = new URL(`../${__PYODIDE_DIR__}/`, import.meta.url).href;
const CHECKER_URL = new URL(`./checker.zip?v=${__CHECKER_VERSION__}`, import.meta.url).href;
const WASM_URL = `${PYODIDE_URL}pyodide.asm.wasm`;
// The standard library the build's snapshot was made with, its most imported modules
// compiled (site_builder/stdlib_pyc.py): a start without a snapshot saves about 2 s of
// processor time. Gzipped as a whole, so it is unpacked here; without DecompressionStream
// Python starts from Pyodide's own.
const STDLIB_URL =
  __STDLIB_FILE__ && typeof DecompressionStream === "function"
    ? new URL(`./${__STDLIB_FILE__}`, import.meta.url).href
    : null;
const STDLIB_UNPACKED = STDLIB_URL && `${STDLIB_URL}#unpacked`; // what Pyodide is told to fetch
// made with the compiled standard library: of no use without it
const BUILD_SNAPSHOT_URL =
  __SNAPSHOT_FILE__ && STDLIB_URL ? new URL(`./${__SNAPSHOT_FILE__}`, import.meta.url).href : null;
// kept unpacked, as a Blob; a snapshot belongs to the standard library it was made with
const SNAPSHOT_KEY = `${__PYODIDE_DIR__}-${__CHECKER_VERSION__}-${STDLIB_URL ? __STDLIB_FILE__ : "stdlib"}-blob`;
const CHECKER_HOME = "/home/pyodide/trainer";
const CHECKER_ZIP = `${CHECKER_HOME}/checker.zip`; // the same path in site_builder/snapshot.mjs
// Above this rate the build's snapshot (about 6 MB) arrives before an ordinary start would
// finish (about 2 s of work on a laptop): about 40 Mbit/s.
const FAST_LINK_BYTES_PER_SECOND = 5e6;
const SPEED_SAMPLE_BYTES = 1 << 20;
const SPEED_SAMPLE_MS = 400;

// Count the bytes of every file Python's loader fetches (onProgress), and hand it the
// responses fetched ahead of time instead of fetching them twice. Bytes are counted on a
// clone, so Pyodide gets the browser's own response (its URL and type intact), not one
// made up here.
function trackDownloads(onProgress) {
  const plain = self.fetch.bind(self);
  const early = new Map(); // url -> Promise<Response>, fetched before Pyodide asked
  let loaded = 0;
  const urlOf = (input) => (input instanceof Request ? input.url : String(input));
  // Read a clone of `response` to its end, calling onChunk(bytes) for each piece.
  const watch = (response, onChunk = () => {}, onEnd = () => {}) => {
    const reader = response.clone().body.getReader();
    const pump = async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        loaded += value.byteLength;
        onProgress({ what: "python", loaded, total: __PYTHON_BYTES__ });
        onChunk(value.byteLength);
      }
    };
    // a broken download is Pyodide's to report, from its own copy
    pump().then(onEnd, onEnd);
    return response;
  };
  const provided = new Map(); // url -> () => Promise<Response>, made here for Pyodide
  self.fetch = async (input, init) => {
    const made = provided.get(urlOf(input));
    if (made) return made();
    const ready = early.get(urlOf(input));
    if (ready) {
      early.delete(urlOf(input));
      return ready;
    }
    const response = await plain(input, init);
    if (!response.ok || !response.body || !urlOf(input).startsWith(PYODIDE_URL)) return response;
    return watch(response);
  };
  return {
    // Pyodide gets a response with these bytes whenever it asks for `url`.
    // If they cannot be had, Pyodide sees what a failed download looks like.
    provide(url, bytes) {
      const failed = () => {
        throw new TypeError(`${url}: not downloaded`);
      };
      provided.set(url, () => bytes.then((got) => new Response(got), failed));
    },
    // Fetch `url` now, counting its bytes.
    fetchCounted(url) {
      return plain(url).then((got) => (got.ok && got.body ? watch(got) : got));
    },
    // Fetch `url` now; Pyodide gets this response when it asks. Returns the response, the
    // link's speed in bytes per second once a sample has arrived, and when it is all here.
    fetchEarly(url) {
      let measure = null;
      let arrived = null;
      const speed = new Promise((resolve) => {
        measure = resolve;
      });
      const done = new Promise((resolve) => {
        arrived = resolve;
      });
      const response = plain(url).then((got) => {
        if (!got.ok || !got.body) {
          measure(0);
          arrived();
          return got;
        }
        let seen = 0;
        let first = null; // the link's speed counts from the first byte, not the server's wait
        let measured = false;
        const sampled = () => {
          measured = true;
          const elapsed = performance.now() - (first ?? performance.now());
          measure(elapsed < 1 ? Infinity : (seen * 1000) / elapsed); // all at once: fast
        };
        return watch(
          got,
          (bytes) => {
            if (measured) return;
            if (first === null) first = performance.now();
            else seen += bytes; // bytes that came after the first
            if (seen >= SPEED_SAMPLE_BYTES || performance.now() - first >= SPEED_SAMPLE_MS) sampled();
          },
          () => {
            if (!measured) sampled(); // the whole file came before the sample was full
            arrived();
          },
        );
      });
      response.catch(() => {
        measure(0); // offline: no speed; Pyodide's own fetch says why
        arrived();
      });
      early.set(url, response);
      return { response, speed, done };
    },
  };
}

// Pyodide compiles its wasm only once its JavaScript is loaded and the snapshot is read.
// Compiled here as it downloads, the three overlap; Pyodide's instantiation is then handed
// the compiled module. If compiling here fails (a host that serves .wasm with another
// type refuses streaming), Pyodide compiles its own copy as it would have.
function compileEarly(url, response) {
  const compiled = WebAssembly.compileStreaming(response.then((got) => got.clone()));
  compiled.catch(() => {}); // the fallback below
  const instantiateStreaming = WebAssembly.instantiateStreaming;
  WebAssembly.instantiateStreaming = async (source, imports) => {
    const got = await source;
    const module = got.url === url ? await compiled.catch(() => null) : null;
    if (!module) return instantiateStreaming(got, imports);
    got.body?.cancel().catch(() => {});
    return { module, instance: await WebAssembly.instantiate(module, imports) };
  };
}

// The compiled standard library, unpacked. A host may have sent it with
// Content-Encoding: gzip, which the browser has already undone.
async function fetchStdlib(downloads) {
  const response = await downloads.fetchCounted(STDLIB_URL);
  if (!response.ok) throw new Error(`${STDLIB_URL}: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzip(new Blob([bytes]).stream()) : bytes;
}

async function fetchChecker() {
  const response = await fetch(CHECKER_URL);
  if (!response.ok) throw new Error(`checker.zip: HTTP ${response.status}`);
  return response.arrayBuffer();
}

// Python calls C functions through a trampoline: a small wasm module where the runtime can
// make one (Python's start adds it to the function table and writes its index into the
// interpreter's state), else a JavaScript function. input() can wait for the page (JSPI)
// only through the wasm one: no JavaScript frame may stand between a promising call and
// run_sync(). Restoring a snapshot overwrites that index with the one of the runtime that
// made it, and Node.js (site_builder/snapshot.mjs) has no wasm trampoline: 0. The one this
// runtime made is still in the table, as its last entry: point the interpreter at it.
// Returns whether the interpreter calls through a wasm trampoline.
function wasmTrampoline(pyodide, restore) {
  const module = pyodide._module;
  try {
    const { HEAP32, wasmTable } = module;
    const slot = (module.__PyRuntime + HEAP32[module.__PyEM_EMSCRIPTEN_TRAMPOLINE_OFFSET / 4]) / 4;
    if (!Number.isInteger(slot)) return false;
    if (HEAP32[slot] !== 0 || !restore) return HEAP32[slot] !== 0;
    const index = wasmTable.length - 1;
    const last = wasmTable.get(index);
    // trampoline_call(func, arg1, arg2, arg3, arg4), the first and only function of its module
    if (typeof last === "function" && last.name === "0" && last.length === 5) HEAP32[slot] = index;
    return HEAP32[slot] !== 0;
  } catch {
    return false; // another Pyodide: input() is typed in advance
  }
}

// Keep `snapshot` for the next start, with the standard library this start has. The
// bytes are copied at once: Python may be handed them right after.
async function keepSnapshot(prepared, snapshot) {
  const copy = new Blob([snapshot]);
  const stdlib = prepared.stdlib && (await prepared.stdlib.catch(() => null));
  if (prepared.stdlib && !stdlib) return false; // a snapshot without its library is of no use
  return saveSnapshot(SNAPSHOT_KEY, copy, stdlib);
}

// Rejects when the build's snapshot cannot be had: Python then starts afresh.
async function buildSnapshot(prepared) {
  const response = await fetch(BUILD_SNAPSHOT_URL);
  if (!response.ok) throw new Error(`${BUILD_SNAPSHOT_URL}: HTTP ${response.status}`);
  const snapshot = await gunzip(response.body);
  keepSnapshot(prepared, snapshot); // for the next visit and the next worker
  return snapshot;
}

// Begin what every start needs, before the page says how to start. `onProgress` is told
// of every byte Python downloads.
export function prepareStart(onProgress) {
  const started = performance.now();
  const stored = readSnapshot(SNAPSHOT_KEY);
  const downloads = trackDownloads(onProgress);
  const wasm = downloads.fetchEarly(WASM_URL);
  compileEarly(WASM_URL, wasm.response);
  const prepared = {
    started,
    pyodideModule: import(`${PYODIDE_URL}pyodide.mjs`),
    // the runtime Pyodide imports when started (the same module: imported once)
    runtime: import(`${PYODIDE_URL}pyodide.asm.mjs`),
    // needed only once Python runs: on a slow link it must not share the link with
    // Python's own files, and it comes while Python starts
    checker: wasm.done.then(fetchChecker),
    // kept with a stored snapshot, else downloaded
    stdlib: STDLIB_URL ? stored.stdlib.then((kept) => kept ?? fetchStdlib(downloads)) : null,
    stored,
    speed: wasm.speed,
  };
  if (prepared.stdlib) downloads.provide(STDLIB_UNPACKED, prepared.stdlib);
  // awaited in startPython: a failure is reported there, not twice
  prepared.stdlib?.catch(() => {});
  prepared.pyodideModule.catch(() => {});
  prepared.runtime.catch(() => {});
  prepared.checker.catch(() => {});
  return prepared;
}

// Which snapshot to start from: {source, snapshot}, where `snapshot` is a promise of its
// bytes. Pyodide awaits it only when its JavaScript is loaded, so it is read or
// downloaded meanwhile.
async function chooseSnapshot(prepared) {
  if (await prepared.stored.exists) {
    const bytes = prepared.stored.bytes.then((stored) => stored ?? Promise.reject(new Error("unreadable")));
    return { source: "stored", snapshot: bytes };
  }
  if (!BUILD_SNAPSHOT_URL) return { source: "none" };
  const speed = await prepared.speed;
  console.info(`Python: the link brings ${(speed / 1e6).toFixed(1)} MB/s`);
  if (speed < FAST_LINK_BYTES_PER_SECOND) return { source: "none" };
  return { source: "build", snapshot: buildSnapshot(prepared) };
}

// Start Python. `makeSnapshot`: when no snapshot was available, make one for next time
// (it costs this worker about half a second after the start).
export async function startPython(prepared, { makeSnapshot }) {
  let { source, snapshot } = await chooseSnapshot(prepared);
  const { loadPyodide } = await prepared.pyodideModule;
  // Every URL Pyodide may use points at our own copy: never a CDN, even by default.
  const options = { indexURL: PYODIDE_URL, packageBaseUrl: PYODIDE_URL, cdnUrl: PYODIDE_URL };
  if (STDLIB_UNPACKED) options.stdLibURL = STDLIB_UNPACKED;
  let pyodide = null;
  if (snapshot) {
    pyodide = await loadPyodide({ ...options, _loadSnapshot: snapshot }).catch((error) => {
      console.warn("starting Python from the snapshot failed, starting afresh:", error);
      return null;
    });
  }
  // Without the compiled standard library (its download failed) Pyodide still starts from
  // a snapshot, with no library at all, or fails to start: then Python starts from
  // Pyodide's own library, with no snapshot, since none was made from that one.
  const ownLibrary = async () => {
    if (!options.stdLibURL || (await prepared.stdlib.then(Boolean, () => false))) return false;
    console.warn("the compiled standard library could not be had: Python starts from Pyodide's own");
    delete options.stdLibURL;
    return true;
  };
  if (pyodide && (await ownLibrary())) pyodide = null;
  if (!pyodide) {
    source = "none";
    const start = () =>
      makeSnapshot
        ? loadPyodide({ ...options, _makeSnapshot: true }).catch(() => loadPyodide(options))
        : loadPyodide(options);
    pyodide = await start().catch(async (error) => {
      if (await ownLibrary()) return start();
      throw error;
    });
  }
  const trampoline = wasmTrampoline(pyodide, source !== "none");
  // imported from the zip itself (zipimport), as at build time: unpacking its files took
  // Python tens of milliseconds of every start
  pyodide.FS.mkdirTree(CHECKER_HOME);
  pyodide.FS.writeFile(CHECKER_ZIP, new Uint8Array(await prepared.checker));
  const sys = pyodide.pyimport("sys");
  if (!sys.path.toJs().includes(CHECKER_ZIP)) sys.path.insert(0, CHECKER_ZIP);
  const pythonVersion = sys.version.split(" ")[0];
  sys.destroy();
  console.info(`Python: started (snapshot: ${source}, make one: ${makeSnapshot})`);
  if (source === "none" && makeSnapshot && typeof pyodide.makeMemorySnapshot === "function") {
    // as at build time (site_builder/snapshot.mjs): the checker and the modules learners
    // import most imported, no proxy alive
    const bridge = pyodide.pyimport("checker.bridge");
    bridge.warm_up();
    bridge.destroy();
    try {
      keepSnapshot(prepared, pyodide.makeMemorySnapshot())
        .then((stored) => stored && console.info("Python: a snapshot is kept for the next start"))
        .catch((error) => console.warn("Python's snapshot was not stored:", error));
    } catch (error) {
      console.warn("Python's snapshot could not be made:", error); // starts stay ordinary
    }
  }
  const bridge = pyodide.pyimport("checker.bridge");
  const bootMs = Math.round(performance.now() - prepared.started);
  return { pyodide, bridge, pythonVersion, source, trampoline, bootMs };
}

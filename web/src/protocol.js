// Every message between the page (python-host.js) and the worker (worker.js), in one
// place. The worker turns the checker's calls (checker/host.py: step, output, ask,
// stopping) into these messages; Python itself never posts a message.
//
// page -> worker
//   INIT     {channel, makeSnapshot}   always the first message: shared memory (cross-origin
//                                  isolated pages only, else null): {interrupt, control,
//                                  data}, see SLOT; whether to make a memory snapshot of
//                                  Python for next time when none was available
//   REQUEST  {id, request}         a request for checker/bridge.py: {kind: "check" | "run" |
//                                  "trace", …} ("trace": «По шагам», checker/trace.py)
//   REPLY    {id, text}            the learner's line for a pending input() (JSPI pages);
//                                  text null: end of input
//   STOP     {id}                  «Стоп» while the program waits for input (JSPI pages)
// worker -> page
//   READY      {pythonVersion, bootMs, interruptible, jspi, fromSnapshot, snapshot, lost}
//              Python is ready (snapshot: "stored" | "build" | "none"); `lost` is the
//              checker's result for a request the worker dropped before its first step
//   BOOT_ERROR {message}           Python could not be loaded
//   PROGRESS   {id?, what, loaded, total}   bytes downloaded so far: of Python ("python",
//                                  while starting) or of a request's libraries (with its id)
//   STEP       {id, prepared}      a time-limited step starts; prepared (checker/verdict.py
//                                  prepared_step): {limit, timeout, memory_limit, stack,
//                                  crash, stop} — what to show if the page stops Python
//   OUTPUT     {id, text}          a batch of the running program's output
//   INPUT      {id, prompt}        input() waits for a line (answered through shared memory
//                                  or by REPLY)
//   DONE       {id, result, replaceWorker}   the verdict or run result
//   CRASHED    {id, reason, message}         Python died: reason "memory_limit" | "stack" |
//                                            "crash"; the page starts a fresh worker
//
// Request ids are random, and the page ignores every message it did not ask for.
export const MSG = Object.freeze({
  INIT: "init",
  REQUEST: "request",
  REPLY: "reply",
  STOP: "stop",
  READY: "ready",
  BOOT_ERROR: "boot-error",
  PROGRESS: "progress",
  STEP: "step",
  OUTPUT: "output",
  INPUT: "input",
  DONE: "done",
  CRASHED: "crashed",
});

// Slots of the shared `control` Int32Array.
export const SLOT = Object.freeze({
  INPUT_STATE: 0, // one of INPUT below
  INPUT_LENGTH: 1, // the answer's length in bytes (UTF-8, in `data`)
  STOP: 2, // 1: the page is stopping this request; the checker abandons it
});
export const INPUT = Object.freeze({ WAITING: 0, ANSWERED: 1, CANCELLED: 2 });
export const SIGINT = 2; // written to Pyodide's interrupt buffer to stop Python
// A step lasts at most its request's time limit, or this long when that is shorter
// (compiling a huge program): the same as checker/limits.py COMPILE_TIME_LIMIT.
export const COMPILE_SECONDS = 5;
const CONTROL_SLOTS = 4;
export const DATA_BYTES = 64 * 1024; // the longest typed line

// Shared memory for a new worker, or null where the page is not cross-origin isolated.
export function createChannel() {
  if (!globalThis.crossOriginIsolated || typeof SharedArrayBuffer === "undefined") return null;
  return {
    interrupt: new Int32Array(new SharedArrayBuffer(4)),
    control: new Int32Array(new SharedArrayBuffer(4 * CONTROL_SLOTS)),
    data: new Uint8Array(new SharedArrayBuffer(DATA_BYTES)),
  };
}

// A request id nobody can guess (crypto.randomUUID needs a secure context; this does not).
export function newRequestId() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

// The one message protocol between the page (python-host.js) and the worker (worker.js).
//
// page -> worker
//   {type: "channel", interrupt, control, data}    shared memory (cross-origin isolated
//                                                  pages only; see CHANNEL below)
//   {type: "run",   id, code, stdin, timeLimit}    run the program («Запустить»)
//   {type: "check", id, code, task}                task: the task's JSON text from the page
// worker -> page
//   {type: "ready", pythonVersion, bootMs, interruptible, fromSnapshot}   Python is ready
//   {type: "boot-error", message}                  Python could not be loaded
//   {type: "test",  id, payload}                   a time-limited step starts; payload:
//        {index, time_limit, on_timeout, on_crash, on_stop?}: what to report if the host
//        kills or interrupts the step (on_stop only for runs)
//   {type: "stdout", id, text}                     a batch of the running program's output
//   {type: "input", id, prompt}                    input() waits for a line (answered
//                                                  through the shared memory)
//   {type: "done",  id, result}                    the verdict (check) or run result (run)
//   {type: "crashed", id, message}                 Python died; the host restarts the worker
export const MSG = Object.freeze({
  CHANNEL: "channel",
  RUN: "run",
  CHECK: "check",
  READY: "ready",
  BOOT_ERROR: "boot-error",
  TEST: "test",
  STDOUT: "stdout",
  INPUT: "input",
  DONE: "done",
  CRASHED: "crashed",
});

// Shared memory layout. `interrupt` is Pyodide's interrupt buffer (the host writes
// SIGINT = 2 to stop Python). `control` Int32Array slots:
export const CHANNEL = Object.freeze({
  INPUT_STATE: 0, // 0 waiting, 1 answered, 2 cancelled
  INPUT_LENGTH: 1, // answer length in bytes (UTF-8, in `data`)
  STOP: 2, // 1: the host is stopping this request; the checker abandons it
  SIGINT: 2,
  DATA_BYTES: 64 * 1024,
});

// Shared memory for a new worker, or null where the page is not cross-origin isolated.
export function createChannel() {
  if (!globalThis.crossOriginIsolated || typeof SharedArrayBuffer === "undefined") return null;
  return {
    interrupt: new Int32Array(new SharedArrayBuffer(4)),
    control: new Int32Array(new SharedArrayBuffer(4 * 4)),
    data: new Uint8Array(new SharedArrayBuffer(CHANNEL.DATA_BYTES)),
  };
}

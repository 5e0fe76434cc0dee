// The one message protocol between the page (python-host.js) and the worker (worker.js).
//
// page -> worker
//   {type: "run",   id, code, stdin, timeLimit}   run the program («Запустить»)
//   {type: "check", id, code, task}               task: the task's JSON text from the page
// worker -> page
//   {type: "ready", pythonVersion, bootMs}        Python and the checker are loaded
//   {type: "boot-error", message}                 Python could not be loaded
//   {type: "test",  id, payload}                  a time-limited step starts; payload:
//        {index, time_limit, on_timeout, on_crash, on_stop?}: what to report if the host
//        kills the step (on_stop only for runs)
//   {type: "stdout", id, text}                    a batch of the running program's output
//   {type: "done",  id, result}                   the verdict (check) or run result (run)
//   {type: "crashed", id, message}                Python died; the host restarts the worker
export const MSG = Object.freeze({
  RUN: "run",
  CHECK: "check",
  READY: "ready",
  BOOT_ERROR: "boot-error",
  TEST: "test",
  STDOUT: "stdout",
  DONE: "done",
  CRASHED: "crashed",
});

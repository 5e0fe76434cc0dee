// The page's side of the Python worker: starts it, sends requests one at a time, and is
// the hard stop for time limits. When a step outlives its limit (or «Стоп» is pressed)
// Python is interrupted through shared memory if the page is cross-origin isolated;
// otherwise, or if Python does not respond, the worker is replaced by a fresh one.
// Whatever is shown then was prepared by the checker before the step (the STEP message),
// so this file never makes a verdict of its own. Messages: protocol.js.
import { COMPILE_SECONDS, DATA_BYTES, INPUT, MSG, SIGINT, SLOT, createChannel, newRequestId } from "./protocol.js";

const SLACK_MS = 250; // message latency on top of a step's own limit
const INTERRUPT_GRACE_MS = 1000; // Python in a C-level loop ignores interrupts: then replace
const SILENCE_MS = 20000; // a request must start its first step (or report progress) by then
const TRACE_SLACK_S = 3; // checker/trace.py's HOST_SLACK (2 s) and then some

const SPARE_DELAY_MS = 1000; // a spare Python starts this long after a request, when idle

// A spare Python costs memory (about 60 MB): only where the device has some to spare.
function spareByDefault() {
  return (globalThis.navigator?.deviceMemory ?? 4) >= 4;
}

export class PythonHost {
  // `createWorker` is replaceable for tests (web/test/python-host.test.mjs). With `spare`,
  // a second Python waits ready in the background, so that replacing a stopped or broken
  // one costs nothing; it is also the one that makes the memory snapshot for next time.
  constructor(
    workerUrl,
    { createWorker = (url) => new Worker(url, { type: "module" }), spare = spareByDefault() } = {},
  ) {
    this.workerUrl = workerUrl;
    this.createWorker = createWorker;
    this.useSpare = spare;
    this.listeners = new Set();
    this.state = "loading"; // loading | ready | restarting | failed
    this.queue = Promise.resolve();
    this.current = null; // the request in flight, see request()
    this.spare = null;
    this.slot = this.spawn({ makeSnapshot: !spare });
  }

  get worker() {
    return this.slot.worker;
  }

  get channel() {
    return this.slot.channel;
  }

  get info() {
    return this.slot.info;
  }

  // Follow Python's state: fn(state, info) on every change; returns unsubscribe.
  subscribe(fn) {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  setState(state, info = {}) {
    this.state = state;
    for (const fn of this.listeners) fn(state, info);
  }

  // A new worker with its own Python: {worker, channel, info, booting, booted}.
  spawn({ makeSnapshot }) {
    const worker = this.createWorker(this.workerUrl);
    const slot = { worker, channel: createChannel(), info: null, booting: true };
    slot.booted = new Promise((resolve, reject) => {
      slot.resolve = resolve;
      slot.reject = reject;
    });
    slot.booted.catch(() => {}); // reported through setState; callers see it in ready()
    worker.onmessage = (event) => this.receive(slot, event.data);
    worker.onerror = (event) => {
      event.preventDefault?.();
      if (slot === this.slot) this.crashed("crash", `worker error: ${event.message ?? "unknown"}`);
      else if (slot === this.spare) this.spare = null;
    };
    worker.postMessage({ type: MSG.INIT, channel: slot.channel, makeSnapshot });
    return slot;
  }

  // After a request, when nothing else is happening: a spare Python gets ready.
  scheduleSpare() {
    if (!this.useSpare || this.spare || this.spareTimer) return;
    this.spareTimer = setTimeout(() => {
      this.spareTimer = null;
      if (!this.spare && !this.current && this.slot.info) this.spare = this.spawn({ makeSnapshot: true });
    }, SPARE_DELAY_MS);
  }

  ready() {
    return this.slot.booted;
  }

  get interruptible() {
    return !!this.info?.interruptible;
  }

  // Whether input() can ask the learner on this page (shared memory or JSPI).
  get canAsk() {
    return !!(this.info && (this.info.interruptible || this.info.jspi));
  }

  receive(slot, message) {
    switch (message?.type) {
      case MSG.READY:
        if (!slot.booting) return; // only a starting worker may say it is ready
        slot.booting = false;
        slot.info = {
          pythonVersion: message.pythonVersion,
          bootMs: message.bootMs,
          interruptible: message.interruptible,
          jspi: message.jspi,
          fromSnapshot: message.fromSnapshot,
          snapshot: message.snapshot,
          lost: message.lost,
        };
        if (slot === this.slot) this.setState("ready", slot.info);
        slot.resolve(slot.info);
        return;
      case MSG.BOOT_ERROR:
        if (!slot.booting) return;
        slot.booting = false;
        if (slot === this.spare) {
          console.warn("the spare Python did not start:", message.message);
          this.spare = null;
        }
        if (slot === this.slot) this.setState("failed", { error: String(message.message) });
        slot.reject(new Error(String(message.message)));
        return;
      case MSG.PROGRESS:
        if (slot !== this.slot) return;
        if (slot.booting) this.setState(this.state, { progress: message });
        if (this.current && this.current.id === message.id && !this.current.prepared) {
          this.arm(SILENCE_MS); // downloading is not running: the clock waits
          this.current.onProgress?.(message);
        }
        return;
    }
    if (slot !== this.slot) return; // a replaced or spare worker has nothing to say
    const current = this.current;
    if (!current || message.id !== current.id) return; // not asked for
    if (current.stopping) {
      // interrupted: whatever the checker answers now, the prepared result is shown
      if (message.type === MSG.DONE) this.finish(this.prepared(current.stopping));
      if (message.type === MSG.DONE && message.replaceWorker) this.replace("beyond repair");
      if (message.type === MSG.CRASHED) this.kill(current.stopping);
      return;
    }
    switch (message.type) {
      case MSG.STEP: {
        // A step may only shorten the limit the page knows, and only as often as the
        // request has steps: a program cannot buy itself more time.
        if (++current.steps > current.maxSteps) return;
        current.prepared = message.prepared;
        const allowed = Math.max(current.timeLimit, COMPILE_SECONDS);
        current.limitMs = Math.min(Number(message.prepared?.limit) || 0, allowed) * 1000;
        this.arm(current.limitMs + SLACK_MS);
        return;
      }
      case MSG.OUTPUT:
        current.output += String(message.text);
        current.onOutput?.(String(message.text));
        return;
      case MSG.INPUT:
        this.answerInput(current, String(message.prompt ?? ""));
        return;
      case MSG.DONE:
        this.finish(message.result);
        if (message.replaceWorker) this.replace("the program changed Python beyond repair");
        return;
      case MSG.CRASHED:
        this.crashed(message.reason, message.message);
    }
  }

  arm(ms) {
    const current = this.current;
    clearTimeout(current.timer);
    current.timer = setTimeout(() => this.current === current && this.halt("timeout"), ms);
  }

  // input(): the clock stops while the learner types (the checker pauses its own too).
  async answerInput(current, prompt) {
    if (current.kind === "check" || !this.canAsk || !current.onInput) return; // checks never ask
    clearTimeout(current.timer);
    current.waiting = true;
    const answer = await current.onInput(prompt);
    current.waiting = false;
    if (this.current !== current || current.stopping) return;
    const text = typeof answer === "string" ? answer : null;
    if (this.channel) {
      const { control, data } = this.channel;
      if (text === null) {
        Atomics.store(control, SLOT.INPUT_STATE, INPUT.CANCELLED);
      } else {
        const bytes = new TextEncoder().encode(text).slice(0, DATA_BYTES);
        data.set(bytes);
        Atomics.store(control, SLOT.INPUT_LENGTH, bytes.length);
        Atomics.store(control, SLOT.INPUT_STATE, INPUT.ANSWERED);
      }
      Atomics.notify(control, SLOT.INPUT_STATE);
    } else {
      this.worker.postMessage({ type: MSG.REPLY, id: current.id, text });
    }
    if (current.prepared) this.arm(current.limitMs + SLACK_MS);
  }

  // The result the checker prepared for this way of stopping (or, before the first step,
  // for a lost request); a run gets the output it printed so far.
  prepared(reason) {
    const current = this.current;
    let result = current.prepared?.[reason] ?? this.info?.lost?.[current.kind] ?? null;
    if (result && current.kind === "run") result = { ...result, stdout: current.output };
    return result;
  }

  finish(result) {
    const current = this.current;
    if (!current) return;
    clearTimeout(current.timer);
    this.current = null;
    current.resolve(result);
    this.scheduleSpare();
  }

  // Stop the running request: interrupt Python if we can, else (or if it does not listen)
  // replace the worker. Either way the answer is the checker's prepared result.
  halt(reason) {
    const current = this.current;
    if (!current || current.stopping) return;
    current.stopping = reason;
    clearTimeout(current.timer);
    if (this.channel && this.interruptible) {
      const { control, interrupt } = this.channel;
      Atomics.store(control, SLOT.STOP, 1);
      Atomics.store(control, SLOT.INPUT_STATE, INPUT.CANCELLED); // wakes a pending input()
      Atomics.notify(control, SLOT.INPUT_STATE);
      Atomics.store(interrupt, 0, SIGINT);
    } else if (current.waiting) {
      this.worker.postMessage({ type: MSG.STOP, id: current.id }); // JSPI: ends the wait
    } else {
      this.kill(reason);
      return;
    }
    // The worker answers DONE (then the prepared result is shown) or is replaced.
    current.timer = setTimeout(() => this.current === current && this.kill(reason), INTERRUPT_GRACE_MS);
  }

  kill(reason) {
    const result = this.prepared(reason);
    this.replace(reason);
    this.finish(result);
  }

  // A fresh Python in place of this one (it may have been changed beyond repair): the
  // spare if there is one (at once), else a new worker.
  replace(why) {
    console.info("replacing Python:", why);
    this.slot.worker.terminate();
    if (this.spare) {
      this.slot = this.spare;
      this.spare = null;
      if (this.slot.info) this.setState("ready", this.slot.info);
      else this.setState("restarting");
      this.scheduleSpare();
    } else {
      this.slot = this.spawn({ makeSnapshot: !this.useSpare });
      this.setState("restarting");
    }
  }

  crashed(reason, detail) {
    console.warn("Python worker crashed:", detail);
    if (this.slot.booting) {
      // died while starting: nothing to restart into
      this.slot.booting = false;
      this.setState("failed", { error: String(detail) });
      this.slot.reject(new Error(String(detail)));
      return;
    }
    if (this.current) this.kill(reason in (this.current.prepared ?? {}) ? reason : "crash");
    else this.replace(reason);
  }

  // «Стоп»: end the running request now, with the checker's "stop" result.
  stop() {
    this.halt("stop");
  }

  request(kind, request, { timeLimit, maxSteps, onOutput, onInput, onProgress } = {}) {
    const task = this.queue.then(async () => {
      await this.slot.booted;
      return new Promise((resolve) => {
        const id = newRequestId();
        this.current = {
          id,
          kind,
          resolve,
          onOutput,
          onInput,
          onProgress,
          timeLimit,
          maxSteps,
          steps: 0,
          prepared: null,
          limitMs: 0,
          output: "",
          timer: null,
          stopping: null,
          waiting: false,
        };
        this.arm(SILENCE_MS);
        this.worker.postMessage({ type: MSG.REQUEST, id, request });
      });
    });
    this.queue = task.catch(() => {});
    return task;
  }

  // `packages`: the task's libraries (site_builder/packages), loaded before the program;
  // `files`: the task's files, written beside it.
  run(code, stdin, { timeLimit = 5, packages = [], files = {}, onOutput, onInput, onProgress } = {}) {
    const request = { kind: "run", code, stdin, time_limit: timeLimit, packages, files };
    return this.request("run", request, { timeLimit, maxSteps: 1, onOutput, onInput, onProgress });
  }

  // «По шагам»: the program under checker/trace.py, as «Запустить» runs it, or as the visible
  // test number `test` of the task runs it. The tracer stops itself at `timeLimit` and keeps
  // what it traced; the page's own limit is a little longer (TRACE_SLACK_S).
  trace(code, stdin, { test = null, taskJson = null, timeLimit = 5, onOutput, onInput } = {}) {
    const request = { kind: "trace", code, stdin, time_limit: timeLimit };
    if (test) Object.assign(request, { test, task: taskJson, packages: JSON.parse(taskJson).packages ?? [] });
    return this.request("trace", request, { timeLimit: timeLimit + TRACE_SLACK_S, maxSteps: 1, onOutput, onInput });
  }

  // `taskJson`: the task as its page carries it (site_builder/render.py task_data), as
  // text: Python parses it, so that big integers in tests stay exact.
  check(code, taskJson, { onProgress } = {}) {
    const task = JSON.parse(taskJson);
    const timeLimit = Number(task.time_limit); // the build writes every task's limit
    const request = { kind: "check", code, task: taskJson, packages: task.packages ?? [] };
    return this.request("check", request, { timeLimit, maxSteps: task.tests.length + 1, onProgress });
  }
}

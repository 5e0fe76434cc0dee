// The page's side of the Python worker: starts it, sends requests one at a time, and is
// the hard stop for time limits. When a step outlives its limit (or «Стоп» is pressed)
// Python is interrupted through shared memory if the page is cross-origin isolated;
// otherwise, or if Python does not respond, the worker is replaced by a fresh one.
// Whatever is shown then was prepared by the checker before the step (the STEP message),
// so this file never makes a verdict of its own. Messages: protocol.js.
import { INPUT, MSG, SIGINT, SLOT, DATA_BYTES, createChannel, newRequestId } from "./protocol.js";

const SLACK_MS = 250; // message latency on top of a step's own limit
const INTERRUPT_GRACE_MS = 1000; // Python in a C-level loop ignores interrupts: then replace
const SILENCE_MS = 20000; // a request must start its first step (or report progress) by then
const TRACE_SLACK_S = 3; // checker/trace.py's HOST_SLACK (2 s) and then some

export class PythonHost {
  // `createWorker` is replaceable for tests (web/test/python-host.test.mjs).
  constructor(workerUrl, { createWorker = (url) => new Worker(url, { type: "module" }) } = {}) {
    this.workerUrl = workerUrl;
    this.createWorker = createWorker;
    this.listeners = new Set();
    this.state = "loading"; // loading | ready | restarting | failed
    this.queue = Promise.resolve();
    this.current = null; // the request in flight, see request()
    this.info = null;
    this.start();
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

  start(restarting = false) {
    this.setState(restarting ? "restarting" : "loading");
    const worker = this.createWorker(this.workerUrl);
    this.worker = worker;
    this.channel = createChannel();
    this.booting = true;
    if (this.channel) worker.postMessage({ type: MSG.CHANNEL, channel: this.channel });
    this.booted = new Promise((resolve, reject) => {
      this.bootResolve = resolve;
      this.bootReject = reject;
    });
    this.booted.catch(() => {}); // reported through setState; callers see it in ready()
    // Messages of a replaced worker are not ours any more.
    worker.onmessage = (event) => this.worker === worker && this.receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault?.();
      if (this.worker === worker) this.crashed("crash", `worker error: ${event.message ?? "unknown"}`);
    };
  }

  ready() {
    return this.booted;
  }

  get interruptible() {
    return !!this.info?.interruptible;
  }

  // Whether input() can ask the learner on this page (shared memory or JSPI).
  get canAsk() {
    return !!(this.info && (this.info.interruptible || this.info.jspi));
  }

  receive(message) {
    switch (message?.type) {
      case MSG.READY:
        if (!this.booting) return; // only a booting worker may say it is ready
        this.booting = false;
        this.info = {
          pythonVersion: message.pythonVersion,
          bootMs: message.bootMs,
          interruptible: message.interruptible,
          jspi: message.jspi,
          fromSnapshot: message.fromSnapshot,
          lost: message.lost,
        };
        this.setState("ready", this.info);
        this.bootResolve(this.info);
        return;
      case MSG.BOOT_ERROR:
        if (!this.booting) return;
        this.booting = false;
        this.setState("failed", { error: String(message.message) });
        this.bootReject(new Error(String(message.message)));
        return;
      case MSG.PROGRESS:
        if (this.booting) this.setState(this.state, { progress: message });
        if (this.current?.id === message.id && !this.current.prepared) this.arm(SILENCE_MS);
        return;
    }
    const current = this.current;
    if (!current || message.id !== current.id) return; // not asked for
    if (current.stopping) {
      // interrupted: whatever the checker answers now, the prepared result is shown
      if (message.type === MSG.DONE) this.finish(this.prepared(current.stopping));
      if (message.type === MSG.DONE && message.replaceWorker) this.replace();
      if (message.type === MSG.CRASHED) this.kill(current.stopping);
      return;
    }
    switch (message.type) {
      case MSG.STEP:
        // A step may only shorten the limit the page knows, and only as often as the
        // request has steps: a program cannot buy itself more time.
        if (++current.steps > current.maxSteps) return;
        current.prepared = message.prepared;
        current.limitMs = Math.min(Number(message.prepared?.limit) || 0, current.timeLimit) * 1000;
        this.arm(current.limitMs + SLACK_MS);
        return;
      case MSG.OUTPUT:
        current.output += String(message.text);
        current.onOutput?.(String(message.text));
        return;
      case MSG.INPUT:
        this.answerInput(current, String(message.prompt ?? ""));
        return;
      case MSG.DONE:
        this.finish(message.result);
        if (message.replaceWorker) this.replace();
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
    this.replace();
    this.finish(result);
  }

  // A fresh Python in place of this one (it may have been changed beyond repair).
  replace() {
    this.worker.terminate();
    this.start(true);
  }

  crashed(reason, detail) {
    console.warn("Python worker crashed:", detail);
    if (this.booting) {
      // died while booting: nothing to restart into
      this.booting = false;
      this.setState("failed", { error: String(detail) });
      this.bootReject(new Error(String(detail)));
      return;
    }
    if (this.current) this.kill(reason in (this.current.prepared ?? {}) ? reason : "crash");
    else this.replace();
  }

  // «Стоп»: end the running request now, with the checker's "stop" result.
  stop() {
    this.halt("stop");
  }

  request(kind, request, { timeLimit, maxSteps, onOutput, onInput } = {}) {
    const task = this.queue.then(async () => {
      await this.booted;
      return new Promise((resolve) => {
        const id = newRequestId();
        this.current = {
          id,
          kind,
          resolve,
          onOutput,
          onInput,
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

  run(code, stdin, { timeLimit = 5, onOutput, onInput } = {}) {
    const request = { kind: "run", code, stdin, time_limit: timeLimit };
    return this.request("run", request, { timeLimit, maxSteps: 1, onOutput, onInput });
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
  check(code, taskJson) {
    const task = JSON.parse(taskJson);
    const timeLimit = Number(task.time_limit); // the build writes every task's limit
    const request = { kind: "check", code, task: taskJson, packages: task.packages ?? [] };
    return this.request("check", request, { timeLimit, maxSteps: task.tests.length + 1 });
  }
}

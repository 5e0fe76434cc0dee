// The page's side of the Python worker: starts it, sends requests one at a time, and is
// the hard stop for time limits. When a step outlives its limit (or «Стоп» is pressed)
// Python is interrupted through shared memory if the page is cross-origin isolated;
// otherwise, or if Python does not respond, the worker is terminated and a fresh one
// started. Results for stopped steps come ready-made from the checker (the "test"
// message), so this file never invents a verdict.
import { CHANNEL, MSG, createChannel } from "./protocol.js";

const GRACE_MS = 1000; // the checker's own deadline fires first; this is the backstop
const INTERRUPT_GRACE_MS = 1000; // Python in a C-level loop ignores interrupts: then kill

export class PythonHost {
  constructor(workerUrl) {
    this.workerUrl = workerUrl;
    this.listeners = new Set();
    this.state = "loading"; // loading | ready | restarting | failed
    this.nextId = 1;
    this.queue = Promise.resolve();
    this.current = null; // {id, resolve, onOutput, onInput, step, output, timer, stopping}
    this.info = null;
    this.start();
  }

  // Follow Python's state: fn(state, info) on every change; returns unsubscribe.
  subscribe(fn) {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  onStatus(state, info = {}) {
    this.state = state;
    for (const fn of this.listeners) fn(state, info);
  }

  start(restarting = false) {
    this.onStatus(restarting ? "restarting" : "loading");
    this.worker = new Worker(this.workerUrl, { type: "module" });
    this.channel = createChannel();
    if (this.channel) this.worker.postMessage({ type: MSG.CHANNEL, ...this.channel });
    this.booted = new Promise((resolve, reject) => {
      this.bootResolve = resolve;
      this.bootReject = reject;
    });
    this.booted.catch(() => {}); // reported through onStatus; callers see it in ready()
    this.worker.onmessage = (event) => this.receive(event.data);
    this.worker.onerror = (event) => {
      event.preventDefault?.();
      this.crash(`worker error: ${event.message ?? "unknown"}`);
    };
  }

  ready() {
    return this.booted;
  }

  get interruptible() {
    return !!this.info?.interruptible;
  }

  receive(message) {
    const current = this.current;
    switch (message.type) {
      case MSG.READY:
        this.info = {
          pythonVersion: message.pythonVersion,
          bootMs: message.bootMs,
          interruptible: message.interruptible,
          fromSnapshot: message.fromSnapshot,
        };
        this.onStatus("ready", this.info);
        this.bootResolve(this.info);
        return;
      case MSG.BOOT_ERROR:
        this.onStatus("failed", { error: message.message });
        this.bootReject(new Error(message.message));
        return;
      case MSG.CRASHED:
        this.crash(message.message);
        return;
    }
    if (!current || message.id !== current.id) return; // a late message from a killed run
    switch (message.type) {
      case MSG.TEST:
        current.step = message.payload;
        this.arm(message.payload.time_limit * 1000 + (this.interruptible ? 50 : GRACE_MS));
        return;
      case MSG.STDOUT:
        current.output += message.text;
        current.onOutput?.(message.text);
        return;
      case MSG.INPUT:
        this.answerInput(current, message.prompt);
        return;
      case MSG.DONE:
        this.finish(current.stopping ? this.prepared(current.stopping) : message.result);
    }
  }

  arm(ms) {
    clearTimeout(this.current.timer);
    this.current.timer = setTimeout(() => this.halt("on_timeout"), ms);
  }

  // input(): the clock stops while the learner types (the checker pauses its own too).
  async answerInput(current, prompt) {
    clearTimeout(current.timer);
    const answer = current.onInput ? await current.onInput(prompt) : null;
    if (this.current !== current || current.stopping) return;
    const { control, data } = this.channel;
    if (answer === null) {
      Atomics.store(control, CHANNEL.INPUT_STATE, 2);
    } else {
      const bytes = new TextEncoder().encode(answer).slice(0, CHANNEL.DATA_BYTES);
      data.set(bytes);
      Atomics.store(control, CHANNEL.INPUT_LENGTH, bytes.length);
      Atomics.store(control, CHANNEL.INPUT_STATE, 1);
    }
    Atomics.notify(control, CHANNEL.INPUT_STATE);
    if (current.step) this.arm(current.step.time_limit * 1000 + GRACE_MS);
  }

  prepared(which) {
    const current = this.current;
    let result = current?.step?.[which] ?? null;
    if (result && "stdout" in result) result = { ...result, stdout: current.output };
    return result;
  }

  finish(result) {
    const current = this.current;
    if (!current) return;
    clearTimeout(current.timer);
    this.current = null;
    current.resolve(result);
  }

  // Stop the running step: interrupt Python if we can, else (or if it does not listen)
  // replace the worker. Either way the answer is the checker's prepared result.
  halt(which) {
    const current = this.current;
    if (!current) return;
    if (this.channel && this.interruptible && !current.stopping) {
      current.stopping = which;
      const { control, interrupt } = this.channel;
      Atomics.store(control, CHANNEL.STOP, 1);
      Atomics.store(control, CHANNEL.INPUT_STATE, 2); // wakes a pending input() with EOF
      Atomics.notify(control, CHANNEL.INPUT_STATE);
      Atomics.store(interrupt, 0, CHANNEL.SIGINT);
      clearTimeout(current.timer);
      current.timer = setTimeout(() => this.kill(which), INTERRUPT_GRACE_MS);
      return;
    }
    this.kill(which);
  }

  kill(which) {
    const result = this.prepared(which);
    this.worker.terminate();
    this.start(true);
    this.finish(result);
  }

  crash(reason) {
    console.warn("Python worker crashed:", reason);
    if (!this.info) {
      // died while booting: nothing to restart into
      this.onStatus("failed", { error: reason });
      this.bootReject(new Error(reason));
      return;
    }
    this.kill("on_crash");
  }

  // «Стоп»: end the running request now, with the checker's "on_stop" result (null for
  // a check, which has no meaningful partial verdict).
  stop() {
    this.halt("on_stop");
  }

  request(message, { onOutput, onInput } = {}) {
    const task = this.queue.then(async () => {
      await this.booted;
      return new Promise((resolve) => {
        const id = this.nextId++;
        this.current = { id, resolve, onOutput, onInput, step: null, output: "", timer: null, stopping: null };
        this.worker.postMessage({ ...message, id });
      });
    });
    this.queue = task.catch(() => {});
    return task;
  }

  run(code, stdin, { timeLimit = 5, onOutput, onInput } = {}) {
    return this.request({ type: MSG.RUN, code, stdin, timeLimit }, { onOutput, onInput });
  }

  check(code, taskJson) {
    return this.request({ type: MSG.CHECK, code, task: taskJson });
  }
}

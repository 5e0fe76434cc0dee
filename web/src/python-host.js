// The page's side of the Python worker: starts it, sends requests one at a time, and is
// the hard stop for time limits: when a step outlives its limit the worker is terminated
// and a fresh one started. Verdicts for killed steps come ready-made from the checker
// (the "test" message), so this file never invents a verdict.
import { MSG } from "./protocol.js";

const GRACE_MS = 1000; // the checker's own deadline fires first; this is the backstop

export class PythonHost {
  constructor(workerUrl) {
    this.workerUrl = workerUrl;
    this.listeners = new Set();
    this.state = "loading"; // loading | ready | restarting | failed
    this.nextId = 1;
    this.queue = Promise.resolve();
    this.current = null; // {id, resolve, reject, onOutput, step, output, timer}
    this.info = null;
    this.start();
  }

  // Follow Python's state: fn(state, info) now and on every change; returns unsubscribe.
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

  receive(message) {
    const current = this.current;
    switch (message.type) {
      case MSG.READY:
        this.info = { pythonVersion: message.pythonVersion, bootMs: message.bootMs };
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
    if (message.type === MSG.TEST) {
      current.step = message.payload;
      clearTimeout(current.timer);
      const limitMs = message.payload.time_limit * 1000 + GRACE_MS;
      current.timer = setTimeout(() => this.kill("on_timeout"), limitMs);
    } else if (message.type === MSG.STDOUT) {
      current.output += message.text;
      current.onOutput?.(message.text);
    } else if (message.type === MSG.DONE) {
      this.finish(message.result);
    }
  }

  finish(result) {
    const current = this.current;
    if (!current) return;
    clearTimeout(current.timer);
    this.current = null;
    current.resolve(result);
  }

  // Terminate the worker mid-step and answer with the checker's prepared result.
  kill(which) {
    const current = this.current;
    this.worker.terminate();
    this.start(true);
    if (!current) return;
    let result = current.step?.[which] ?? null;
    if (result && "stdout" in result) result = { ...result, stdout: current.output };
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
    if (this.current) this.kill("on_stop");
  }

  request(message, onOutput) {
    const task = this.queue.then(async () => {
      await this.booted;
      return new Promise((resolve, reject) => {
        const id = this.nextId++;
        this.current = { id, resolve, reject, onOutput, step: null, output: "", timer: null };
        this.worker.postMessage({ ...message, id });
      });
    });
    this.queue = task.catch(() => {});
    return task;
  }

  run(code, stdin, { timeLimit = 5, onOutput } = {}) {
    return this.request({ type: MSG.RUN, code, stdin, timeLimit }, onOutput);
  }

  check(code, taskJson) {
    return this.request({ type: MSG.CHECK, code, task: taskJson });
  }
}

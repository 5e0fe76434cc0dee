// The page's side of the worker, against a fake Worker: time limits, stops, crashes,
// prepared results and messages nobody asked for. Run by `make test` (node --test web/test).
import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, mock, test } from "node:test";

import { PythonHost } from "../src/python-host.js";
import { COMPILE_SECONDS, INPUT, MSG, SIGINT, SLOT } from "../src/protocol.js";

class FakeWorker {
  static all = [];
  constructor() {
    this.sent = [];
    this.terminated = false;
    FakeWorker.all.push(this);
  }
  postMessage(message) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  // the worker says something to the page
  say(message) {
    this.onmessage({ data: message });
  }
  get requests() {
    return this.sent.filter((m) => m.type === MSG.REQUEST);
  }
}

const LOST = { check: { status: "internal_error", tests: [] }, run: { status: "internal_error", stdout: "" } };
const READY = {
  type: MSG.READY,
  pythonVersion: "3.14.2",
  bootMs: 1,
  interruptible: false,
  jspi: false,
  fromSnapshot: false,
  lost: LOST,
};
const TASK = JSON.stringify({
  id: "t",
  time_limit: 2,
  tests: [
    { stdin: "", stdout: "1\n" },
    { stdin: "", stdout: "2\n" },
  ],
});
const prepared = (limit = 2) => ({
  limit,
  timeout: { status: "timeout" },
  memory_limit: { status: "memory_limit" },
  stack: { status: "runtime_error", why: "stack" },
  crash: { status: "runtime_error", why: "crash" },
  stop: { status: "stopped" },
});

// flush pending promise callbacks (the host awaits its boot before sending a request)
const settle = () => new Promise((resolve) => setImmediate(resolve));

async function bootedHost(ready = READY, { spare = false } = {}) {
  const host = new PythonHost("worker.js", { createWorker: () => new FakeWorker(), spare });
  FakeWorker.all.at(-1).say(ready);
  await host.ready();
  return host;
}

async function started(host, promise) {
  await settle();
  const worker = host.worker;
  return { worker, id: worker.requests.at(-1).id, promise };
}

beforeEach(() => {
  FakeWorker.all = [];
  mock.timers.enable({ apis: ["setTimeout"] });
});
afterEach(() => mock.timers.reset());

describe("requests and answers", () => {
  test("a check resolves to the worker's verdict", async () => {
    const host = await bootedHost();
    const { worker, id, promise } = await started(host, host.check("print(1)", TASK));
    assert.match(id, /^[0-9a-f]{32}$/, "request ids are long and random");
    assert.equal(worker.requests[0].request.kind, "check");
    worker.say({ type: MSG.DONE, id, result: { status: "passed" } });
    assert.deepEqual(await promise, { status: "passed" });
  });

  test("messages with another id, or a second READY, are ignored", async () => {
    const host = await bootedHost();
    const { worker, id, promise } = await started(host, host.check("x", TASK));
    worker.say({ type: MSG.DONE, id: "0".repeat(32), result: { status: "passed" } });
    worker.say({ type: MSG.BOOT_ERROR, message: "forged" });
    worker.say({ ...READY, pythonVersion: "forged" });
    assert.equal(host.state, "ready");
    assert.equal(host.info.pythonVersion, "3.14.2");
    worker.say({ type: MSG.DONE, id, result: { status: "wrong_answer" } });
    assert.equal((await promise).status, "wrong_answer");
  });
});

describe("time limits", () => {
  test("a step past its limit gets the prepared timeout and a fresh worker", async () => {
    const host = await bootedHost();
    const { worker, id, promise } = await started(host, host.check("while True: pass", TASK));
    worker.say({ type: MSG.STEP, id, prepared: prepared(2) });
    mock.timers.tick(2000);
    assert.equal(worker.terminated, false, "not before the limit and its slack");
    mock.timers.tick(300);
    assert.equal(worker.terminated, true);
    assert.equal((await promise).status, "timeout");
    assert.equal(FakeWorker.all.length, 2, "a fresh worker was started");
    assert.equal(host.state, "restarting");
  });

  test("a step cannot announce more time than the task has (or compiling may take)", async () => {
    const host = await bootedHost();
    const { worker, id, promise } = await started(host, host.check("x", TASK));
    worker.say({ type: MSG.STEP, id, prepared: prepared(10_000) });
    mock.timers.tick(COMPILE_SECONDS * 1000 + 300);
    assert.equal((await promise).status, "timeout");
  });

  test("more steps than the task has tests cannot extend the time", async () => {
    const host = await bootedHost();
    const { worker, id, promise } = await started(host, host.check("x", TASK));
    for (let i = 0; i < 3; i++) {
      worker.say({ type: MSG.STEP, id, prepared: prepared(2) }); // compiling + two tests
      mock.timers.tick(2000);
    }
    worker.say({ type: MSG.STEP, id, prepared: prepared(2) }); // one too many: ignored
    mock.timers.tick(300);
    assert.equal((await promise).status, "timeout");
  });

  test("a request that never starts a step is given up, with the lost result", async () => {
    const host = await bootedHost();
    const { promise } = await started(host, host.check("x", TASK));
    mock.timers.tick(20_000);
    assert.equal((await promise).status, "internal_error");
  });
});

describe("crashes", () => {
  test("a crash during a step shows the result prepared for that crash", async () => {
    const host = await bootedHost();
    const { worker, id, promise } = await started(host, host.check("x", TASK));
    worker.say({ type: MSG.STEP, id, prepared: prepared() });
    worker.say({ type: MSG.CRASHED, id, reason: "stack", message: "RangeError" });
    assert.equal((await promise).why, "stack");
    assert.equal(worker.terminated, true);
  });

  test("an unknown crash reason falls back to the generic crash result", async () => {
    const host = await bootedHost();
    const { worker, id, promise } = await started(host, host.check("x", TASK));
    worker.say({ type: MSG.STEP, id, prepared: prepared() });
    worker.say({ type: MSG.CRASHED, id, reason: "forged", message: "?" });
    assert.equal((await promise).why, "crash");
  });

  test("a crash before the first step gets the checker's lost result, never null", async () => {
    const host = await bootedHost();
    const { worker, id, promise } = await started(host, host.check("x", TASK));
    worker.say({ type: MSG.CRASHED, id, reason: "memory_limit", message: "OOM" });
    assert.equal((await promise).status, "internal_error");
  });

  test("late messages of a replaced worker are ignored", async () => {
    const host = await bootedHost();
    const first = await started(host, host.check("x", TASK));
    first.worker.say({ type: MSG.STEP, id: first.id, prepared: prepared() });
    mock.timers.tick(2300);
    await first.promise;
    FakeWorker.all.at(-1).say(READY);
    await host.ready();
    const second = await started(host, host.check("y", TASK));
    first.worker.say({ type: MSG.DONE, id: second.id, result: { status: "passed" } }); // from the dead
    second.worker.say({ type: MSG.DONE, id: second.id, result: { status: "wrong_answer" } });
    assert.equal((await second.promise).status, "wrong_answer");
  });

  test("a worker that asks to be replaced is replaced after answering", async () => {
    const host = await bootedHost();
    const { worker, id, promise } = await started(host, host.check("x", TASK));
    worker.say({ type: MSG.DONE, id, result: { status: "passed" }, replaceWorker: true });
    assert.equal((await promise).status, "passed");
    assert.equal(worker.terminated, true);
    assert.equal(FakeWorker.all.length, 2);
  });
});

describe("«Стоп»", () => {
  test("without shared memory the worker is replaced and the stop result shown", async () => {
    const host = await bootedHost();
    const { worker, id, promise } = await started(host, host.run("while True: pass", ""));
    worker.say({ type: MSG.STEP, id, prepared: prepared(5) });
    worker.say({ type: MSG.OUTPUT, id, text: "so far" });
    host.stop();
    const result = await promise;
    assert.equal(result.status, "stopped");
    assert.equal(result.stdout, "so far", "a run keeps what it printed");
    assert.equal(worker.terminated, true);
  });

  test("on an isolated page Python is interrupted, not replaced", async () => {
    globalThis.crossOriginIsolated = true;
    try {
      const host = await bootedHost({ ...READY, interruptible: true });
      const { worker, id, promise } = await started(host, host.check("x", TASK));
      const { channel } = worker.sent.find((m) => m.type === MSG.INIT);
      worker.say({ type: MSG.STEP, id, prepared: prepared() });
      host.stop();
      assert.equal(Atomics.load(channel.interrupt, 0), SIGINT);
      assert.equal(Atomics.load(channel.control, SLOT.STOP), 1);
      assert.equal(Atomics.load(channel.control, SLOT.INPUT_STATE), INPUT.CANCELLED);
      worker.say({ type: MSG.DONE, id, result: { status: "runtime_error" } }); // KeyboardInterrupt
      assert.equal((await promise).status, "stopped", "the prepared result, not the interrupted one");
      assert.equal(worker.terminated, false);
    } finally {
      delete globalThis.crossOriginIsolated;
    }
  });

  test("an isolated Python that ignores the interrupt is replaced after a grace period", async () => {
    globalThis.crossOriginIsolated = true;
    try {
      const host = await bootedHost({ ...READY, interruptible: true });
      const { worker, id, promise } = await started(host, host.check("x", TASK));
      worker.say({ type: MSG.STEP, id, prepared: prepared() });
      host.stop();
      mock.timers.tick(1000);
      assert.equal((await promise).status, "stopped");
      assert.equal(worker.terminated, true);
    } finally {
      delete globalThis.crossOriginIsolated;
    }
  });
});

describe("input()", () => {
  test("a run on a JSPI page answers input() with a REPLY, and the clock waits", async () => {
    const host = await bootedHost({ ...READY, jspi: true });
    let asked = null;
    const { worker, id, promise } = await started(
      host,
      host.run("input()", "", {
        timeLimit: 1,
        onInput: async (prompt) => {
          asked = prompt;
          return "Аня";
        },
      }),
    );
    worker.say({ type: MSG.STEP, id, prepared: prepared(1) });
    worker.say({ type: MSG.INPUT, id, prompt: "Имя? " });
    mock.timers.tick(5000); // the learner types slowly: no timeout meanwhile
    await settle();
    assert.equal(asked, "Имя? ");
    assert.deepEqual(worker.sent.at(-1), { type: MSG.REPLY, id, text: "Аня" });
    worker.say({ type: MSG.DONE, id, result: { status: "ok" } });
    assert.equal((await promise).status, "ok");
  });

  test("a check never asks, whatever the worker says", async () => {
    const host = await bootedHost({ ...READY, jspi: true });
    const { worker, id, promise } = await started(host, host.check("x", TASK));
    worker.say({ type: MSG.STEP, id, prepared: prepared() });
    worker.say({ type: MSG.INPUT, id, prompt: "?" });
    mock.timers.tick(2300); // the clock kept running
    assert.equal((await promise).status, "timeout");
  });
});

describe("a spare Python", () => {
  test("gets ready after a request and replaces a stopped Python at once", async () => {
    const host = await bootedHost(READY, { spare: true });
    assert.equal(FakeWorker.all[0].sent[0].makeSnapshot, false, "the spare makes the snapshot");
    const first = await started(host, host.check("x", TASK));
    first.worker.say({ type: MSG.DONE, id: first.id, result: { status: "passed" } });
    await first.promise;
    mock.timers.tick(1000);
    assert.equal(FakeWorker.all.length, 2, "a spare was started when idle");
    const spare = FakeWorker.all[1];
    assert.equal(spare.sent[0].makeSnapshot, true);
    spare.say(READY);
    const second = await started(host, host.check("while True: pass", TASK));
    second.worker.say({ type: MSG.STEP, id: second.id, prepared: prepared() });
    mock.timers.tick(2300);
    assert.equal((await second.promise).status, "timeout");
    assert.equal(host.worker, spare, "the spare took over");
    assert.equal(host.state, "ready", "with no waiting");
    const third = await started(host, host.check("print(1)", TASK));
    assert.equal(third.worker, spare);
  });

  test("a spare's messages are not the page's until it takes over", async () => {
    const host = await bootedHost(READY, { spare: true });
    const first = await started(host, host.check("x", TASK));
    first.worker.say({ type: MSG.DONE, id: first.id, result: { status: "passed" } });
    await first.promise;
    mock.timers.tick(1000);
    const spare = FakeWorker.all[1];
    spare.say({ ...READY, pythonVersion: "spare" });
    const second = await started(host, host.check("x", TASK));
    spare.say({ type: MSG.DONE, id: second.id, result: { status: "passed" } });
    first.worker.say({ type: MSG.DONE, id: second.id, result: { status: "wrong_answer" } });
    assert.equal((await second.promise).status, "wrong_answer");
    assert.equal(host.info.pythonVersion, "3.14.2");
  });
});

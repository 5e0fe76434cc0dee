"""«По шагам» (checker/trace.py) cases that must hold in BOTH interpreters: CPython
(pytest, tests/test_trace.py) and Pyodide's 3.14 under Node.js (`python trace_cases.py`
prints the failures as JSON).

Stdlib only. A case: (name, code, keyword arguments for trace.trace, check). The check
gets the trace and returns None if it holds, else what is wrong. After every case a
correct solution must still pass a check: nothing the tracer does may leak.
"""

from __future__ import annotations

import json
import sys
import time

SUM = {"tests": [{"stdin": "2\n3\n", "stdout": "5\n"}], "time_limit": 1}
SUM_OK = "a = int(input())\nb = int(input())\nprint(a + b)\n"
FUNCTION_TASK = {
    "tests": [
        {"call": "average([2, 4])", "returns": 3},
        {"stdin": "5\n", "stdout": "5\n"},
        {"call": "average([])", "returns": 0, "hidden": True},
    ]
}


class ScriptedHost:
    """A host that types the given lines slowly (the tracer's clock must not count it)."""

    enforces_limits = False

    def __init__(self, lines, delay=0.0):
        self.lines = list(lines)
        self.delay = delay
        self.asked = []
        self.printed = []

    def step(self, prepared):
        self.prepared = prepared

    def output(self, text):
        self.printed.append(text)

    def ask(self, prompt):
        self.asked.append(prompt)
        time.sleep(self.delay)
        return self.lines.pop(0) if self.lines else None

    def stopping(self):
        return False


# -- reading a trace -------------------------------------------------------------------


def heap_at(trace, index):
    """Every heap object as it is at step `index` (the steps carry only changes)."""
    heap = {}
    for step in trace["steps"][: index + 1]:
        heap.update(step["heap"])
    return heap


def plain(value, heap, seen=()):
    """A drawn value as plain Python data (lists for sequences, dicts for dicts/objects)."""
    if isinstance(value, dict) and "ref" in value:
        label = str(value["ref"])
        if label in seen:
            return "…"
        drawing = heap[label]
        inner = (*seen, label)
        if drawing["type"] == "dict":
            return {plain_key(k, heap): plain(v, heap, inner) for k, v in drawing["entries"]}
        if drawing["type"] == "object":
            return {name: plain(v, heap, inner) for name, v in drawing["attrs"]}
        return [plain(item, heap, inner) for item in drawing["items"]]
    if isinstance(value, dict):
        return value["r"]
    return value


def plain_key(key, heap):
    shown = plain(key, heap)
    return shown if isinstance(shown, (str, int)) else json.dumps(shown)


def names(trace, index, frame=-1):
    """The names of a frame at a step, as plain data."""
    step = trace["steps"][index]
    heap = heap_at(trace, index)
    return {name: plain(value, heap) for name, value in step["frames"][frame]["locals"]}


def lines(trace):
    return [step["line"] for step in trace["steps"]]


def events(trace):
    return [step["event"] for step in trace["steps"]]


def expect(condition, what):
    return None if condition else what


# -- the cases -------------------------------------------------------------------------


def check_loop(t):
    if t["status"] != "ok" or t["truncated"]:
        return f"status {t['status']}"
    want = [1, 2, 3, 2, 3, 2, 3, 2, 4, 4]
    if lines(t) != want:
        return f"lines {lines(t)}"
    if events(t)[-1] != "return" or t["stdout"] != "3\n":
        return f"end {events(t)[-1]} {t['stdout']!r}"
    totals = [names(t, i).get("total") for i in range(len(t["steps"]))]
    if totals != [None, 0, 0, 0, 0, 1, 1, 3, 3, 3]:
        return f"totals {totals}"
    return expect(t["steps"][8]["out"] == 0 and t["steps"][9]["out"] == 2, "stdout so far")


def check_call(t):
    calls = [i for i, step in enumerate(t["steps"]) if step["event"] == "call"]
    if len(calls) != 1:
        return f"calls {calls}"
    call = t["steps"][calls[0]]
    frames = [frame["name"] for frame in call["frames"]]
    if frames != ["<module>", "add"] or call["line"] != 1:
        return f"call step {frames} line {call['line']}"
    if names(t, calls[0]) != {"a": 2, "b": 3}:
        return f"arguments {names(t, calls[0])}"
    returned = next(step for step in t["steps"] if step["event"] == "return")
    if returned["value"] != 5 or returned["line"] != 3:
        return f"return {returned}"
    last = names(t, len(t["steps"]) - 1)
    return expect(last.get("x") == 5 and last.get("add") == "add(a, b)", f"globals {last}")


def check_shared_list(t):
    last = len(t["steps"]) - 1
    frame = dict(t["steps"][last]["frames"][0]["locals"])
    if frame["a"] != frame["b"] or "ref" not in frame["a"]:
        return f"a and b are not one object: {frame}"
    if frame["c"] == frame["a"]:
        return "a copy is drawn as the same object"
    if lines(t) != [1, 2, 3, 4, 4]:
        return f"lines {lines(t)}"
    before = names(t, 3)  # b.append(3) is about to run
    after = names(t, 4)  # the program has ended
    if before["a"] != [1, 2] or after["a"] != [1, 2, 3] or after["c"] != [1, 2]:
        return f"values {before} {after}"
    changed = t["steps"][4]["heap"]
    return expect(list(changed) == [str(frame["a"]["ref"])], f"heap delta {changed}")


def check_recursion(t):
    deepest = max(len(step["frames"]) for step in t["steps"])
    if deepest != 4:
        return f"deepest stack {deepest}"
    values = [step["value"] for step in t["steps"] if step["event"] == "return"]
    return expect(values == [1, 2, 6, None], f"returned {values}")


def check_input(t, host):
    if t["status"] != "ok":
        return f"status {t['status']} {t['error']}"
    if host.asked != ["Возраст? "]:
        return f"asked {host.asked}"
    if t["stdout"] != "Имя? Аня\nВозраст? 12\nАня 12\n":
        return f"stdout {t['stdout']!r}"
    return expect(names(t, len(t["steps"]) - 1)["age"] == 12, "age")


def check_step_limit(t):
    if t["status"] != "step_limit" or not t["truncated"] or len(t["steps"]) != 1000:
        return f"{t['status']} {t['truncated']} {len(t['steps'])}"
    return expect("1000" in t["message"] and "шагов" in t["message"], t["message"])


def check_timeout(t, started):
    took = time.monotonic() - started
    if t["status"] != "timeout" or not t["truncated"] or not t["steps"]:
        return f"{t['status']} {len(t['steps'])}"
    if took > 2.5:
        return f"took {took:.1f} s"
    return expect("0.3 с" in t["message"], t["message"])


def check_hostile(t):
    if t["status"] != "ok":
        return f"{t['status']} {t['error']}"
    if t["stdout"] != "[]\n":
        return f"the learner's methods ran: {t['stdout']!r}"
    last = len(t["steps"]) - 1
    shown = names(t, last)
    if shown["e"] != {"x": "…"} and shown["e"] != {"x": ["…"]}:
        return f"e {shown['e']}"
    frame = dict(t["steps"][last]["frames"][0]["locals"])
    return expect(frame["big"]["t"] == "int" and frame["text"]["more"] > 0, f"caps {frame}")


def check_error(t):
    if t["status"] != "runtime_error" or t["error"]["type"] != "ZeroDivisionError":
        return f"{t['status']} {t['error']}"
    step = t["steps"][t["error_step"]]
    if step["event"] != "exception" or step["line"] != 2 or step["frames"][-1]["name"] != "f":
        return f"error step {step}"
    return expect("на ноль" in t["error"]["explanation"], t["error"]["explanation"])


def check_call_test(t):
    if t["status"] != "ok" or t["test"] != {"index": 1, "kind": "call", "input": "average([2, 4])"}:
        return f"{t['status']} {t['test']} {t['error']}"
    start = t["steps"][t["start"]]
    frames = [frame["name"] for frame in start["frames"]]
    if frames != ["<module>", "average"] or start["event"] != "call":
        return f"start {frames} {start['event']}"
    if "average" not in names(t, t["start"], 0):
        return "globals are not shown during the test's call"
    returned = [step["value"] for step in t["steps"] if step["event"] == "return"]
    return expect(returned[-1] == {"t": "float", "r": "3.0"}, f"returned {returned}")


def check_io_test(t):
    return expect(
        t["status"] == "ok" and t["stdout"] == "5\n" and t["test"]["kind"] == "io",
        f"{t['status']} {t['stdout']!r}",
    )


def check_caught(t):
    if t["status"] != "ok" or t["error"] is not None or t["error_step"] is not None:
        return f"{t['status']} {t['error']}"
    raised = [step for step in t["steps"] if step["event"] == "exception"]
    return expect(
        len(raised) == 1 and raised[0]["exception"].startswith("ValueError"), f"raised {raised}"
    )


def check_output_limit(t):
    return expect(
        t["status"] == "output_limit" and t["truncated"] and t["steps"] and t["message"],
        f"{t['status']} {t['message']}",
    )


def check_objects(t):
    last = len(t["steps"]) - 1
    shown = names(t, last)
    if shown["dog"] != {"name": "Шарик", "tricks": ["сидеть"]}:
        return f"dog {shown['dog']}"
    if shown["point"] != [1, 2] or shown["pair"] != [1, "a"] or shown["seen"] != {"a": 1}:
        return f"values {shown}"
    heap = heap_at(t, last)
    frame = dict(t["steps"][last]["frames"][0]["locals"])
    point = heap[str(frame["point"]["ref"])]
    if point.get("fields") != ["x", "y"] or point.get("class") != "Point":
        return f"named tuple {point}"
    return expect(frame["ratio"] == {"t": "float", "r": "0.5"}, f"float {frame['ratio']}")


def check_surrogate(t):
    json.dumps(t, ensure_ascii=False).encode("utf-8")  # raises if a lone surrogate is left
    return expect(t["status"] == "ok", t["status"])


def check_settrace_taken(t):
    return expect(t["status"] == "ok" and t["stdout"] == "1\n", f"{t['status']} {t['stdout']}")


def check_generator(t):
    yielded = [step.get("value") for step in t["steps"] if step["event"] == "yield"]
    resumed = [step["line"] for step in t["steps"] if step["event"] == "resume"]
    if yielded != [1, 2] or resumed != [2, 3]:
        return f"yielded {yielded}, resumed at {resumed}"
    return expect("exception" not in events(t) and t["stdout"] == "1\n2\n", events(t))


def check_async(t):
    if t["status"] != "ok" or t["stdout"] != "[2, 4]\n":
        return f"{t['status']} {t['stdout']!r} {t['error']}"
    return expect("exception" not in events(t) and "yield" in events(t), events(t))


def check_class_body(t):
    kinds = {frame["name"]: frame.get("kind") for step in t["steps"] for frame in step["frames"]}
    if kinds.get("Dog") != "class" or kinds.get("Dog.bark") is not None:
        return f"frames {kinds}"
    last = names(t, len(t["steps"]) - 1)
    return expect(last["d"] == {"name": "Рекс"} and last["Dog"] == "Dog", f"{last}")


def check_syntax(t):
    return expect(
        t["status"] == "syntax_error" and t["error"]["line"] == 1 and t["steps"] == [],
        f"{t['status']} {t['error']}",
    )


HOSTILE = """calls = []
class Evil:
    def __repr__(self):
        calls.append("repr")
        while True:
            pass
    def __eq__(self, other):
        calls.append("eq")
        return True
    def __hash__(self):
        calls.append("hash")
        return 1
    def __getattribute__(self, name):
        calls.append(name)
        return object.__getattribute__(self, name)
    def __str__(self):
        calls.append("str")
        return "?"
e = Evil()
object.__setattr__(e, "x", [e])
big = 7 ** 100000
text = "я" * 100000
boom = ValueError(e)
print(calls)
"""

CASES = [
    (
        "loop",
        "total = 0\nfor i in range(3):\n    total += i\nprint(total)\n",
        {},
        check_loop,
    ),
    (
        "function call",
        "def add(a, b):\n    s = a + b\n    return s\n\nx = add(2, 3)\n",
        {},
        check_call,
    ),
    (
        "list mutation and a shared reference",
        "a = [1, 2]\nb = a\nc = list(a)\nb.append(3)\n",
        {},
        check_shared_list,
    ),
    (
        "recursion",
        "def fact(n):\n    if n <= 1:\n        return 1\n    return n * fact(n - 1)\n\nfact(3)\n",
        {},
        check_recursion,
    ),
    ("infinite loop stops at the step limit", "while True:\n    pass\n", {}, check_step_limit),
    (
        "a loop that swallows the step limit",
        "while True:\n    try:\n        x = 1\n    except BaseException:\n        pass\n",
        {"time_limit": 0.5},
        lambda t: expect(t["status"] == "step_limit" and t["truncated"], t["status"]),
    ),
    ("hostile objects", HOSTILE, {}, check_hostile),
    (
        "an error in a function",
        "def f(x):\n    return x / 0\n\nf(1)\n",
        {},
        check_error,
    ),
    (
        "a caught exception",
        "try:\n    int('x')\nexcept ValueError:\n    pass\n",
        {},
        check_caught,
    ),
    (
        "output limit",
        "while True:\n    print('x' * 100000)\n",
        {},
        check_output_limit,
    ),
    (
        "objects, named tuples, floats",
        "from collections import namedtuple\nPoint = namedtuple('Point', 'x y')\n"
        "class Dog:\n    def __init__(self, name):\n        self.name = name\n"
        "        self.tricks = ['сидеть']\n\ndog = Dog('Шарик')\npoint = Point(1, 2)\n"
        "pair = (1, 'a')\nseen = {'a': 1}\nratio = 1 / 2\n",
        {},
        check_objects,
    ),
    ("a lone surrogate", "s = '\\ud800'\nt = [s]\n", {}, check_surrogate),
    (
        "the program takes sys.settrace",
        "import sys\nsys.settrace(None)\nprint(1)\n",
        {},
        check_settrace_taken,
    ),
    ("syntax error", "if True\n    pass\n", {}, check_syntax),
    (
        "a generator yields and resumes",
        "def gen():\n    yield 1\n    yield 2\n\nfor v in gen():\n    print(v)\n",
        {},
        check_generator,
    ),
    (
        "asyncio: awaits are pauses, not errors",
        "import asyncio\nasync def f(x):\n    await asyncio.sleep(0)\n    return x * 2\n"
        "async def main():\n    print(await asyncio.gather(f(1), f(2)))\nasyncio.run(main())\n",
        {},
        check_async,
    ),
    (
        "a class body and a method",
        "class Dog:\n    kind = 'собака'\n    def __init__(self, name):\n        self.name = name\n"
        "    def bark(self):\n        return self.name\nd = Dog('Рекс')\nd.bark()\n",
        {},
        check_class_body,
    ),
    (
        "memory",
        "x = [0] * (10 ** 12)\n",
        {},
        lambda t: expect(t["status"] == "memory_limit", t["status"]),
    ),
    (
        "a visible call test",
        "def average(items):\n    total = sum(items)\n    return total / len(items)\n",
        {"task": FUNCTION_TASK, "test": 1},
        check_call_test,
    ),
    (
        "a visible stdin test",
        "n = input()\nprint(n)\n",
        {"task": FUNCTION_TASK, "test": 2},
        check_io_test,
    ),
]


def run_case(case) -> str | None:
    from checker import check
    from checker.trace import trace

    _name, code, options, verify = case
    result = trace(code, **options)
    json.dumps(result, ensure_ascii=False)  # the page receives it as JSON
    why = verify(result)
    if why:
        return why
    if sys.gettrace() is not None:
        return "the tracer is still installed"
    after = check(SUM, SUM_OK)
    if after["status"] != "passed":
        return f"a correct solution failed afterwards: {after['message']} {after['error']}"
    return None


def special_cases() -> dict[str, str | None]:
    """Cases that need more than a trace call: a host, a clock, the bridge."""
    from checker import bridge
    from checker.trace import trace

    found = {}
    host = ScriptedHost(["12"], delay=0.4)
    code = "name = input('Имя? ')\nage = int(input('Возраст? '))\nprint(name, age)\n"
    found["input() asks the host; typing time is not the program's"] = check_input(
        trace(code, "Аня\n", host=host, time_limit=0.3), host
    )
    started = time.monotonic()
    code = "import time\nwhile True:\n    time.sleep(0.01)\n"
    found["the tracer's own deadline keeps the steps"] = check_timeout(
        trace(code, time_limit=0.3), started
    )
    request = {"kind": "trace", "code": "x = 1\ny = x + 1\n", "stdin": "", "time_limit": 2}
    response = json.loads(bridge.handle(json.dumps(request)))
    found["the bridge answers a trace request"] = expect(
        response["result"]["status"] == "ok" and len(response["result"]["steps"]) == 3,
        json.dumps(response)[:300],
    )
    hidden = dict(request, task=json.dumps(FUNCTION_TASK), test=3)
    response = json.loads(bridge.handle(json.dumps(hidden)))
    found["a hidden test is not traced"] = expect(
        response["result"]["status"] == "internal_error", json.dumps(response)[:300]
    )
    prepared = ScriptedHost([])
    trace("x = 1\n", host=prepared, time_limit=1)
    stop = prepared.prepared
    found["the host hears a step with prepared traces"] = expect(
        stop["limit"] == 3
        and stop["timeout"]["status"] == "timeout"
        and "1 с" in stop["timeout"]["message"]
        and "не сохранились" in stop["timeout"]["message"]
        and stop["stop"]["message"] == "Выполнение остановлено.",
        json.dumps(stop, ensure_ascii=False)[:300],
    )
    return found


def main() -> int:
    failures = {case[0]: run_case(case) for case in CASES}
    failures.update(special_cases())
    failed = {name: why for name, why in failures.items() if why}
    print(json.dumps({"python": sys.version.split()[0], "cases": len(failures), "failed": failed}))
    return 0


if __name__ == "__main__":
    main()

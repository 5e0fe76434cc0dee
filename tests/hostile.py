"""Hostile and unusual programs: each must get the right verdict, and the next honest check
must be unaffected. Stdlib only: the same cases run in CPython (tests/test_hostile.py), in
Pyodide under Node (the same file as a script), and through the page in Chromium
(tests/e2e/test_hostile.py, in both plain and cross-origin isolated pages).

A case: (name, program, expected status, where). `where` is a set of places the case runs:
"cpython" and "pyodide" (checker level, through checker.bridge.handle) and "page"; some
cases only make sense in the browser (they would kill or poison a CPython test process).
"""

from __future__ import annotations

import json
import sys

# The task every case is checked against: print 5 (with no input).
TASK = {
    "id": "hostile-five",
    "tests": [{"stdout": "5\n"}, {"stdout": "5\n", "hidden": True}],
    "time_limit": 1,
}
HONEST = "print(2 + 3)"
BOTH = {"cpython", "pyodide", "page"}
BROWSER = {"pyodide", "page"}
PAGE = {"page"}

FRAME_READER = """
import sys
found = []
frame = sys._getframe()
while frame is not None:
    for value in list(frame.f_locals.values()):
        for item in (value if isinstance(value, list) else [value]):
            if isinstance(item, dict) and isinstance(item.get("stdout"), str):
                found.append(item["stdout"])
    frame = frame.f_back
print(found[0] if found else "не нашёл", end="")
"""

CASES = [
    # The browser's modules are out of the program's reach: no closing the worker, no
    # forged messages, no handler removed.
    ("close the worker", "import js\njs.self.close()", "runtime_error", BOTH),
    ("remove the message handler", "import js\njs.onmessage = None", "runtime_error", BOTH),
    (
        "forge a step with a huge limit",
        'import js\njs.postMessage(js.JSON.parse(\'{"type": "step"}\'))',
        "runtime_error",
        BOTH,
    ),
    ("import pyodide", "from pyodide.ffi import to_js", "runtime_error", BOTH),
    ("import pyodide_js", "import pyodide_js", "runtime_error", BOTH),
    ("find js in sys.modules", "import sys\nsys.modules['js'].self.close()", "runtime_error", BOTH),
    ("import js by name", "__import__('js').self.close()", "runtime_error", BOTH),
    # The checker itself is out of reach too.
    (
        "patch the checker's comparison",
        "import checker.compare\nchecker.compare.same_value = lambda *a, **k: True\nprint(5)",
        "runtime_error",
        BOTH,
    ),
    (
        "reload the checker",
        "import importlib, checker.judge\nimportlib.reload(checker.judge)",
        "runtime_error",
        BOTH,
    ),
    # State that outlives the program is restored (the honest check after each case shows it).
    ("patch json.dumps", "import json\njson.dumps = None\nprint(5)", "passed", BOTH),
    ("patch math.sqrt", "import math\nmath.sqrt = lambda x: 0\nprint(5)", "passed", BOTH),
    ("disable gc", "import gc\ngc.disable()\nprint(5)", "passed", BOTH),
    ("shrink int digits", "import sys\nsys.set_int_max_str_digits(640)\nprint(5)", "passed", BOTH),
    (
        "environment, cwd and umask",
        "import os\nos.environ['PYTHONX'] = '1'\nos.chdir('/')\nos.umask(0o777)\nprint(5)",
        "passed",
        BOTH,
    ),
    (
        "an import hook that blocks math",
        "import sys\nclass B:\n    def find_spec(self, name, *a):\n"
        "        if name == 'math':\n            raise ImportError('blocked')\n"
        "sys.meta_path.insert(0, B())\nsys.modules.pop('math', None)\nprint(5)",
        "passed",
        BOTH,
    ),
    (
        "a monitoring tool that prints",
        "import sys\nm = sys.monitoring\nm.use_tool_id(3, 'x')\n"
        "m.register_callback(3, m.events.PY_START, lambda *a: print('!'))\n"
        "m.set_events(3, m.events.PY_START)\nprint(5)",
        "wrong_answer",  # it prints into its own output; the next program is clean
        BROWSER,  # CPython 3.11 has no sys.monitoring
    ),
    ("a trace function", "import sys\nsys.settrace(lambda *a: None)\nprint(5)", "passed", BOTH),
    ("clear builtins", "import builtins\nbuiltins.__dict__.clear()", "wrong_answer", BOTH),
    ("replace print", "import builtins\nbuiltins.print = None\n", "wrong_answer", BOTH),
    ("delete sys.modules", "import sys\nsys.modules.clear()\nprint(5)", "passed", BOTH),
    (
        "a file left in /tmp",
        "open('/tmp/left.txt', 'w').write('x' * 10_000_000)\nprint(5)",
        "passed",
        BROWSER,
    ),
    ("an audit hook", "import sys\nsys.addaudithook(lambda *a: None)\nprint(5)", "passed", BROWSER),
    (
        "a library class patched",
        "import json\njson.JSONEncoder.default = lambda self, o: 'x'\nprint(5)",
        "passed",
        BROWSER,
    ),
    # A wrong program is never judged right.
    ("read the expected output from the checker's frames", FRAME_READER, "wrong_answer", BOTH),
    ("os._exit", "import os\nos._exit(0)", "wrong_answer", BOTH),
    ("os._exit after printing", "import os\nprint(5)\nos._exit(0)", "passed", BOTH),
    # The right status, whatever the exception does.
    (
        "an exception whose __str__ raises",
        "class E(Exception):\n    def __str__(self):\n        raise ValueError\nraise E()",
        "runtime_error",
        BOTH,
    ),
    (
        "an exception whose __str__ raises SystemExit",
        "class E(Exception):\n    def __str__(self):\n        raise SystemExit\nraise E()",
        "runtime_error",
        BOTH,
    ),
    (
        "an exception whose __str__ returns a number",
        "class E(Exception):\n    def __str__(self):\n        return 5\nraise E()",
        "runtime_error",
        BOTH,
    ),
    (
        "an exception with a fake __class__",
        "class E(Exception):\n    __class__ = SyntaxError\nraise E('x')",
        "runtime_error",
        BOTH,
    ),
    ("a byte-order mark", "\ufeffprint(5)", "passed", BOTH),
    # Pyodide's compiler overflows the JavaScript stack on this: only the page (which
    # replaces the dead worker and shows the result prepared for it) can survive it.
    (
        "a huge expression",
        "print(" + "+".join(["1"] * 200_000) + ")",
        "syntax_error",
        {"cpython", "page"},
    ),
    (
        "exit with an object",
        "class C:\n    def __repr__(self):\n        raise SystemExit\nexit(C())",
        "runtime_error",
        BOTH,
    ),
    ("raise KeyboardInterrupt", "raise KeyboardInterrupt", "runtime_error", BOTH),
    ("raise GeneratorExit", "raise GeneratorExit", "runtime_error", BOTH),
    (
        "a thread",
        "import threading\nthreading.Thread(target=print).start()\nprint(5)",
        "runtime_error",
        BROWSER,
    ),
    # Limits.
    ("an endless loop", "while True:\n    pass", "timeout", BOTH),
    (
        "an endless loop catching everything",
        "while True:\n    try:\n        pass\n    except BaseException:\n        pass",
        "timeout",
        BOTH,
    ),
    ("a C-level endless loop", "sum(iter(int, 1))", "timeout", PAGE),
    ("a long sleep", "import time\ntime.sleep(100)", "timeout", PAGE),
    ("a huge list", "x = [0] * 10**10", "memory_limit", BOTH),
    ("a string bigger than memory", "x = 'a' * 10**12", "memory_limit", BOTH),
    ("endless printing", "while True:\n    print('спам')", "output_limit", BOTH),
    ("deep recursion", "def f(n):\n    return f(n + 1)\nf(0)", "runtime_error", BOTH),
    (
        "a recursion deep in C with a raised limit",
        "import sys\nsys.setrecursionlimit(10**6)\nx = []\nfor _ in range(200_000):\n"
        "    x = [x]\nprint(repr(x))",
        "runtime_error",
        PAGE,  # overflows the stack: CPython 3.11 crashes, Pyodide survives only with a page
    ),
    ("input with no input", "print(int(input()) + 1)", "runtime_error", BOTH),
    ("exit(1)", "print(5)\nexit(1)", "runtime_error", BOTH),
]


def request(code: str) -> str:
    return json.dumps({"kind": "check", "code": code, "task": json.dumps(TASK)})


def run_case(case) -> str | None:
    """None if the case holds at the checker level (and an honest check after it passes)."""
    from checker import bridge

    _name, code, status, _where = case
    response = json.loads(bridge.handle(request(code)))
    verdict = response["result"]
    if verdict["status"] != status:
        return f"status {verdict['status']!r}, expected {status!r}: {verdict['message']}"
    after = json.loads(bridge.handle(request(HONEST)))["result"]
    if after["status"] != "passed":
        return f"an honest check after it failed: {after['message']} {after.get('details')}"
    return None


def main(where: str) -> None:
    failed = {}
    for case in CASES:
        if where in case[3]:
            problem = run_case(case)
            if problem:
                failed[case[0]] = problem
    count = sum(1 for case in CASES if where in case[3])
    print(json.dumps({"python": sys.version.split()[0], "cases": count, "failed": failed}))


if __name__ == "__main__":
    main("pyodide" if sys.platform == "emscripten" else "cpython")

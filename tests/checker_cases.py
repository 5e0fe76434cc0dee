"""Checker cases that must hold in BOTH interpreters: CPython (pytest) and Pyodide.

Stdlib only. pytest runs each case (tests/test_checker_cases.py); the same file also
runs inside Pyodide under Node.js (`python checker_cases.py` prints the failures as
JSON), because Pyodide's Python 3.14 is not the local CPython.

A case: (name, task, code, expected status, extra check on the verdict or None).
After every case a correct solution must still pass: nothing a program does may leak.
"""

from __future__ import annotations

import json
import sys
from textwrap import dedent

SUM = {
    "tests": [
        {"stdin": "2\n3\n", "stdout": "5\n"},
        {"stdin": "-7\n7\n", "stdout": "0\n"},
        {"stdin": "10\n1\n", "stdout": "11\n", "hidden": True},
    ],
    "mistakes": [{"output": "23\n", "say": "Склеили строки"}],
    "time_limit": 1,
}
SUM_OK = "a = int(input())\nb = int(input())\nprint(a + b)\n"


def first(verdict):
    return next(t for t in verdict["tests"] if t["status"] != "passed")


def explained(fragment):
    return lambda v: fragment in (v["error"] or {}).get("explanation", "")


CASES = [
    ("io passes", SUM, SUM_OK, "passed", lambda v: v["passed"] == v["total"] == 3),
    (
        "io wrong answer with diff and targeted hint",
        SUM,
        "print(input() + input())",
        "wrong_answer",
        lambda v: (
            first(v)["diff_line"] == 1
            and first(v)["actual"] == "23\n"
            and v["hint"] == "Склеили строки"
        ),
    ),
    (
        "hidden test carries no data",
        SUM,
        "a = int(input())\nb = int(input())\nprint(a + b if a < 5 else 0)",
        "wrong_answer",
        lambda v: v["tests"][2]["input"] is None and v["tests"][2]["actual"] is None,
    ),
    ("syntax error", SUM, "if True\n    pass", "syntax_error", explained("двоеточие")),
    ("unclosed bracket", SUM, "print((1 + 2)", "syntax_error", explained("не закрыта")),
    ("eq vs assign", SUM, "x = 1\nif x = 1:\n    pass", "syntax_error", explained("`==`")),
    ("indentation", SUM, "if True:\nprint(1)", "syntax_error", explained("отступом")),
    ("unexpected indent", SUM, "x = 1\n    y = 2", "syntax_error", explained("Лишний отступ")),
    (
        "name error suggests",
        SUM,
        "a = int(input())\nb = int(input())\nprnt(a + b)",
        "runtime_error",
        explained("`print`"),
    ),
    ("str + int", SUM, "a = input()\nprint(a + 1)", "runtime_error", explained("str(")),
    ("int('abc')", SUM, "int('два')", "runtime_error", explained("только цифры")),
    ("zero division", SUM, "print(1 / 0)", "runtime_error", explained("на ноль")),
    ("index error", SUM, "print([1, 2][5])", "runtime_error", explained("Индекс")),
    ("key error", SUM, "d = {}\nprint(d['x'])", "runtime_error", explained("'x'")),
    (
        "attribute error suggests",
        SUM,
        "items = []\nitems.push(1)",
        "runtime_error",
        explained("`append`"),
    ),
    (
        "unbound local",
        SUM,
        "x = 1\ndef f():\n    x += 1\nf()",
        "runtime_error",
        explained("`x`"),
    ),
    ("recursion", SUM, "def f():\n    return f()\nf()", "runtime_error", explained("базовый")),
    (
        "eof reading too much",
        SUM,
        "a = input()\nb = input()\nc = input()",
        "runtime_error",
        explained("больше строк"),
    ),
    ("module missing", SUM, "import jwt", "runtime_error", explained("стандартная")),
    (
        "timeout",
        SUM,
        "while True:\n    pass",
        "timeout",
        lambda v: v["tests"][1]["status"] == "skipped",
    ),
    (
        "timeout through a bare except",
        SUM,
        "while True:\n    try:\n        x = 1\n    except BaseException:\n        pass",
        "timeout",
        None,
    ),
    ("output limit", SUM, "while True:\n    print('спам' * 100)", "output_limit", None),
    (
        "output limit through a bare except",
        SUM,
        "while True:\n    try:\n        print('x' * 1000)\n    except BaseException:\n        pass",
        "output_limit",
        None,
    ),
    ("memory", SUM, "x = [0] * (10 ** 12)", "memory_limit", None),
    ("memory from a range", SUM, "x = list(range(10 ** 12))", "memory_limit", None),
    ("print replaced", SUM, "print = None", "wrong_answer", None),
    (
        "builtins broken",
        SUM,
        "import builtins\nbuiltins.print = None\nbuiltins.input = None",
        "wrong_answer",
        None,
    ),
    ("stdout replaced", SUM, "import sys\nsys.stdout = None", "wrong_answer", None),
    ("modules cleared", SUM, "import sys\nsys.modules.clear()", "wrong_answer", None),
    ("exit()", SUM, "exit()", "wrong_answer", None),
    ("sys.exit(3)", SUM, "import sys\nsys.exit(3)", "runtime_error", None),
    ("keyboard interrupt", SUM, "raise KeyboardInterrupt", "runtime_error", None),
    (
        "custom BaseException",
        SUM,
        "class Boom(BaseException): pass\nraise Boom()",
        "runtime_error",
        None,
    ),
    # the status depends on the interpreter's stack depth; what matters is the next run
    ("recursion limit lowered", SUM, "import sys\nsys.setrecursionlimit(40)", None, None),
    ("thread", SUM, "import threading\nthreading.Thread(target=print).start()", None, None),
    (
        "logging configured",
        SUM,
        "import logging\nlogging.basicConfig(level=10)\nlogging.getLogger('x').error('x')",
        "wrong_answer",
        None,
    ),
    (
        "call tests",
        {
            "tests": [
                {"call": "add(2, 3)", "returns": 5},
                {"call": "pair()", "returns": [1, 2]},
                {"call": "greet('Аня')", "stdout": "Привет, Аня\n"},
                {"call": "parse('x')", "raises": "ValueError"},
                {"call": "fetch(2)", "returns": 4},
            ]
        },
        dedent(
            """
            import asyncio
            def add(a, b):
                return a + b
            def pair():
                return (1, 2)
            def greet(name):
                print("Привет,", name)
            def parse(text):
                return int(text)
            async def fetch(x):
                await asyncio.sleep(0.01)
                return x * 2
            """
        ),
        "passed",
        None,
    ),
    (
        "targeted mistake by a condition",
        {
            "tests": [{"stdin": "7\n2\n", "stdout": "3\n"}],
            "mistakes": [{"when": "output.strip() == '3.5'", "say": "Нужно деление нацело: //"}],
        },
        "print(int(input()) / int(input()))",
        "wrong_answer",
        lambda v: v["hint"] == "Нужно деление нацело: //",
    ),
    (
        "returned None",
        {"tests": [{"call": "add(2, 3)", "returns": 5}]},
        "def add(a, b):\n    print(a + b)",
        "wrong_answer",
        lambda v: "return" in first(v)["message"],
    ),
    (
        "check code with the author's assert message",
        {"tests": [{"check": "assert double(2) == 4, 'double(2) должно быть 4'"}]},
        "def double(x):\n    return x + 2 if x != 2 else 5",
        "wrong_answer",
        lambda v: first(v)["message"] == "double(2) должно быть 4",
    ),
    (
        "asyncio.run and gather",
        {"tests": [{"stdout": "[1, 2, 3]\n"}]},
        dedent(
            """
            import asyncio
            async def one(i):
                await asyncio.sleep(0.01)
                return i
            async def main():
                print(await asyncio.gather(one(1), one(2), one(3)))
            asyncio.run(main())
            """
        ),
        "passed",
        None,
    ),
    (
        "asyncio deadlock is explained",
        {"tests": [{"stdout": "x\n"}]},
        "import asyncio\nasync def main():\n    await asyncio.Event().wait()\nasyncio.run(main())",
        "runtime_error",
        explained("разбудить"),
    ),
    (
        "sqlite3 in memory",
        {"tests": [{"stdout": "[('Аня',)]\n"}]},
        dedent(
            """
            import sqlite3
            db = sqlite3.connect(":memory:")
            db.execute("CREATE TABLE users (name TEXT)")
            db.execute("INSERT INTO users VALUES (?)", ("Аня",))
            print(db.execute("SELECT name FROM users").fetchall())
            """
        ),
        "passed",
        None,
    ),
    (
        "static rules",
        {
            "tests": [{"call": "max3(1, 2, 3)", "returns": 3}],
            "rules": {"forbid": [{"call": "max", "say": "Без max()!"}]},
        },
        "def max3(a, b, c):\n    return max(a, b, c)",
        "static_check",
        lambda v: v["error"]["line"] == 2 and "Без max()!" in v["error"]["explanation"],
    ),
]


def run_case(case) -> str | None:
    """None if the case holds, else what went wrong."""
    import checker

    _name, task, code, status, extra = case
    verdict = checker.check(task, code)
    if status is not None and verdict["status"] != status:
        return f"status {verdict['status']!r}, expected {status!r}: {verdict['message']}"
    if extra is not None and not extra(verdict):
        return f"extra check failed: {json.dumps(verdict, ensure_ascii=False)[:600]}"
    after = checker.check(SUM, SUM_OK)
    if after["status"] != "passed":
        return f"a correct solution failed afterwards: {after['message']} {after['error']}"
    return None


def main() -> int:
    failures = {case[0]: run_case(case) for case in CASES}
    failed = {name: why for name, why in failures.items() if why}
    print(json.dumps({"python": sys.version.split()[0], "cases": len(CASES), "failed": failed}))
    return 0


if __name__ == "__main__":
    main()

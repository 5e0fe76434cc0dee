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


GREETING = {"tests": [{"stdin": "Аня\n", "stdout": "Привет, Аня!\n"}]}

# A test module with a main block, as pytest tasks have (`pytest.main(...)` there).
MAIN_BLOCK = dedent("""
    log = ["top level"]

    def double(x):
        return 2 * x

    if __name__ == "__main__":
        log.append("main block")
""")
SEES_MAIN_BLOCK = {
    "tests": [
        {"check": 'assert double(2) == 4\nassert log == ["top level"], log'},
        {"call": "__name__", "returns": "main"},
    ]
}

CASES = [
    ("io passes", SUM, SUM_OK, "passed", lambda v: v["passed"] == v["total"] == 3),
    (
        "import_program: the tests import the program, its main block stays out",
        {**SEES_MAIN_BLOCK, "import_program": True},
        MAIN_BLOCK,
        "passed",
        None,
    ),
    (
        "import_program: the learner's class is still the learner's in an error's hint",
        {"tests": [{"check": "Cart().total"}], "import_program": True},
        "class Cart:\n    def __init__(self):\n        self.items = []\n",
        "runtime_error",
        explained("`self.total = …`"),
    ),
    (
        "without import_program the program runs as a script, main block included",
        SEES_MAIN_BLOCK,
        MAIN_BLOCK,
        "wrong_answer",
        lambda v: "main block" in (v["message"] or "") + json.dumps(v, ensure_ascii=False),
    ),
    (
        "a forgotten f is named, with the variable",
        GREETING,
        'name = input()\nprint("Привет, {name}!")',
        "wrong_answer",
        lambda v: "буквы `f`" in (v["hint"] or "") and "`{name}`" in v["hint"],
    ),
    (
        "braces around what is not a variable are no forgotten f",
        GREETING,
        'name = input()\nprint("Привет, {друг}!")',
        "wrong_answer",
        lambda v: v["hint"] is None,
    ),
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
    ("str + int", SUM, "a = input()\nprint(a + 1)", "runtime_error", explained("`int(a)`")),
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
    ("course library not declared", SUM, "import jwt", "runtime_error", explained("PyJWT")),
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


def explained_at(line, fragment):
    """The explanation has `fragment`, the error points at the learner's `line`, and the
    traceback shows only the learner's code."""

    def check(v):
        error = v["error"] or {}
        shown = error.get("traceback", "")
        return (
            error.get("line") == line
            and fragment in error.get("explanation", "")
            and "checker" not in shown
            and "<проверка>" not in shown
        )

    return check


# The most common beginner errors: each explanation in Russian says how to fix it, in
# Python 3.11 and in Pyodide's 3.14, whose messages differ (explain.py accepts both).
SYNTAX_ERRORS = [
    ("missing colon after def", "def f()\n    return 1", "двоеточие"),
    ("missing colon after else", "x = 1\nif x:\n    pass\nelse\n    pass", "двоеточие"),
    ("unclosed square bracket", "items = [1, 2\nprint(items)", "Скобка `[`"),
    ("unclosed quote", "print('Привет)", "Строка не закрыта"),
    ("extra closing bracket", "print(1))", "Лишняя закрывающая скобка `)`"),
    ("assignment in while", "x = 1\nwhile x = 1:\n    pass", "`==`"),
    ("assignment to a literal", "5 = x", "`5 = x`"),
    ("unindent does not match", "if True:\n        x = 1\n    y = 2", "не совпадает"),
    ("tabs and spaces", "if True:\n        x = 1\n\ty = 2", "табуляции и пробелы"),
    ("smart quotes", "print(“Привет”)", "типографская"),
    ("em dash for minus", "x = 5 — 3", "`-`"),
    ("print without parentheses", "print 'Привет'", '`print("Привет")`'),
    ("missing comma", "print('a' 'b' x)", "запятая"),
    ("return outside a function", "return 1", "только внутри функции"),
    ("else if", "x = 1\nif x > 1:\n    pass\nelse if x < 0:\n    pass", "`elif`"),
    ("elif after else", "if 1:\n    pass\nelse:\n    pass\nelif 2:\n    pass", "до `else`"),
    ("keyword typo", "fro i in range(3):\n    print(i)", "`for`"),
    ("&& instead of and", "a = b = 1\nif a && b:\n    pass", "`and`"),
    ("x++", "x = 1\nx++", "`x += 1`"),
    ("f-string brace not closed", "name = 'Аня'\nprint(f'Привет, {name')", "не закрыта"),
    ("f-string empty braces", "print(f'{}')", "пустые фигурные скобки"),
    ("number before a name", "2x = 5", "`2 * x`"),
    ("space in a name", "my name = 'Аня'", "`my_name`"),
    ("keyword as a name", "class = 5", "ключевое слово"),
    ("await outside async def", "import asyncio\nawait asyncio.sleep(1)", "`async def`"),
    # the learner's own line, corrected (checked by compiling it in each interpreter)
    ("double comma in def", "def f(a,,b):\n    return a", "Напишите так: `def f(a, b):`"),
    ("= instead of : in a dict", "ages = {'Аня'=22}", "`ages = {'Аня': 22}`"),
    ("look-alike comma", "a = (1\u201a 2)", "`a = (1, 2)`"),
    ("Russian layout colon", "x = 1\nif x > 0Ж\n    print(x)", "`if x > 0:`"),
    ("import written backwards", "import pi from math", "`from math import pi`"),
    ("Python's guess said as a guess", "print('Итог' 5)", "возможно"),
]
RUNTIME_ERRORS = [
    ("name typo suggests the variable", "total = 0\nprint(totl)", "`total`"),
    ("Russian word without quotes", "print(Привет)", '`"Привет"`'),
    ("module not imported", "print(math.sqrt(4))", "`import math`"),
    ("mixed Cyrillic and Latin letters", "count = 1\nprint(\u0441ount)", "русские и латинские"),
    ("function defined below", "print(square(2))\ndef square(x):\n    return x * x", "ниже"),
    (
        "attribute without self",
        "class A:\n    def __init__(self):\n        self.name = 'Аня'\n"
        "    def hello(self):\n        return name\nA().hello()",
        "`self.name`",
    ),
    # TypeError
    ("str + int", "age = 5\nprint('Возраст: ' + age)", "`str(…)`"),
    ("input() compared with a number", "n = input()\nif n > 3:\n    print(n)", "`input()`"),
    ("range(input())", "n = input()\nfor i in range(n):\n    print(i)", "`range(int(n))`"),
    ("for over an int", "n = 5\nfor i in n:\n    print(i)", "`for i in range(n):`"),
    ("str shadowed by a variable", "str = 'abc'\nprint(str(5))", "Имя `str`"),
    ("print shadowed by a variable", "print = 'x'\nprint('Привет')", "Имя `print`"),
    ("number called", "x = 3\nprint(x(2))", "знак `*`"),
    ("too many arguments", "def f(a):\n    return a\nf(1, 2)", "принимает аргументов: 1"),
    ("missing argument", "def area(w, h):\n    return w * h\nprint(area(2))", "'h'"),
    (
        "missing self",
        "class Dog:\n    def bark():\n        print('Гав')\nDog().bark()",
        "нет параметра `self`",
    ),
    (
        "method called on the class",
        "class Dog:\n    def bark(self):\n        print('Гав')\nDog.bark()",
        "у самого класса `Dog`",
    ),
    (
        "__init__ misspelled",
        "class Dog:\n    def __int__(self, name):\n        self.name = name\nDog('Шарик')",
        "`__init__`",
    ),
    ("unhashable key", "d = {[1, 2]: 'x'}", "`tuple(…)`"),
    ("string times float", "print('-' * 2.5)", "только на целое число"),
    ("int is not subscriptable", "x = 5\nprint(x[0])", "по индексу"),
    ("string item assignment", "s = 'кот'\ns[0] = 'К'", "неизменяемы"),
    ("len of an int", "print(len(12345))", "`len(str(n))`"),
    ("string indices", "data = '{\"a\": 1}'\nprint(data['a'])", "`json.loads(…)`"),
    ("None plus a number", "def f():\n    print(1)\nx = f() + 1", "нет `return`"),
    ("list plus int", "items = [1]\nitems = items + 2", "`items.append(x)`"),
    ("join of numbers", "print(', '.join([1, 2]))", "map(str, items)"),
    ("keyword argument typo", "print('a', 'b', sepp='-')", "`sep`"),
    ("module called", "import random\nprint(random())", "Модуль нельзя вызвать"),
    ("coroutine without await", "async def get():\n    return [1]\nprint(get()[0])", "`await`"),
    (
        "asyncio.run without parentheses",
        "import asyncio\nasync def main():\n    pass\nasyncio.run(main)",
        "`asyncio.run(main())`",
    ),
    # ValueError, lookups and the rest
    ("int of a decimal", "x = int('3.5')", "`float(…)`"),
    ("int of an empty string", "x = int('')", "Строка пустая"),
    ("float with a comma", "x = float('3,5')", "точкой"),
    ("not enough values to unpack", "a, b = input().split()", "ровно два слова"),
    ("max of an empty list", "print(max([]))", "default=0"),
    ("math domain", "import math\nprint(math.sqrt(-1))", "корень"),
    ("key with a close name", "user = {'name': 'Аня'}\nprint(user['nmae'])", "`'name'`"),
    ("dict attribute instead of key", "user = {'name': 'Аня'}\nprint(user.name)", '`user["name"]`'),
    ("string method on a list", "words = ['a', 'b']\nprint(words.upper())", "метод строки"),
    ("None from sort()", "items = [3, 1].sort()\nitems.append(2)", "`list.sort()`"),
    ("pop from an empty list", "[].pop()", "пустого списка"),
    ("list assignment out of range", "items = []\nitems[0] = 1", "`items.append(x)`"),
    ("dict changed during iteration", "d = {1: 1}\nfor k in d:\n    d[k + 1] = 1", "копию"),
    ("json with single quotes", "import json\njson.loads(\"{'a': 1}\")", "двойных кавычках"),
    (
        "sqlite3 table missing",
        "import sqlite3\ndb = sqlite3.connect(':memory:')\ndb.execute('SELECT * FROM users')",
        "`CREATE TABLE`",
    ),
    (
        "sqlite3 one parameter without a comma",
        "import sqlite3\ndb = sqlite3.connect(':memory:')\ndb.execute('CREATE TABLE t (a)')\n"
        "db.execute('INSERT INTO t VALUES (?)', ('ab'))",
        "`(name,)`",
    ),
    ("module missing from the browser", "import telebot", "Telegram"),
    # a library the course ships, in a task that does not declare it
    ("flask in a task without it", "from flask import Flask", "«Flask: веб-приложения»"),
    ("fakeredis in a task without it", "import fakeredis", "обычный словарь"),
    ("a database server's driver", "import psycopg2", "Сервера базы данных"),
    ("numpy", "import numpy as np", "NumPy здесь не установлен"),
    ("=+ instead of +=", "a = 'abc'\na =+ 'def'", "`a += 'def'`"),
    ("class from a module", "import enum\nclass Color(enum):\n    pass", "`class Color(enum.Enum)"),
    ("zero to a negative power", "print(0 ** -1)", "отрицательную степень"),
    ("tuple plus list", "print((1, 2) + [3])", "Кортеж можно сложить только с кортежем"),
    ("the program's own raise", "raise ValueError('нельзя')", "`except ValueError:`"),
    ("int() with base 2", "print(int('102', 2))", "от 0 до 1"),
]
CASES += [(name, SUM, code, "syntax_error", explained(text)) for name, code, text in SYNTAX_ERRORS]
CASES += [
    (name, SUM, code, "runtime_error", explained(text)) for name, code, text in RUNTIME_ERRORS
]

# The line is the learner's, also when the error happens inside a function called elsewhere.
CASES += [
    (
        "line of an error inside a function",
        SUM,
        "def average(items):\n    return sum(items) / len(items)\n\nprint(average([]))",
        "runtime_error",
        explained_at(2, "на ноль"),
    ),
    (
        "line of a key error inside a function",
        SUM,
        "def age(user):\n    return user['age']\n\nprint(age({'name': 'Аня'}))",
        "runtime_error",
        explained_at(2, "`'name'`"),
    ),
    (
        "line of an error two calls deep",
        SUM,
        "def parse(text):\n    return int(text)\n\ndef double(text):\n"
        "    return parse(text) * 2\n\nprint(double('abc'))",
        "runtime_error",
        explained_at(2, "только цифры"),
    ),
    (
        "line of an index error in a loop",
        SUM,
        "items = [1, 2, 3]\nfor i in range(len(items) + 1):\n    print(items[i])",
        "runtime_error",
        explained_at(3, "range(len(x) + 1)"),
    ),
    (
        "line of a recursion error",
        SUM,
        "def fact(n):\n    return n * fact(n - 1)\n\nprint(fact(5))",
        "runtime_error",
        explained_at(2, "базовый"),
    ),
    (
        "line of an error in a function a call test runs",
        {"tests": [{"call": "average([])", "returns": 0}]},
        "def average(items):\n    total = sum(items)\n    return total / len(items)",
        "runtime_error",
        explained_at(3, "на ноль"),
    ),
]


# Returned values are compared by exact builtin types; the learner's objects cannot steer it.
def _returns(value, **test):
    return {"tests": [{"call": "f()", "returns": value, **test}]}


def _literal(text):
    return {"tests": [{"call": "f()", "returns_literal": text}]}


def _says(fragment):
    return lambda v: fragment in (first(v)["message"] or "")


CASES += [
    ("list matches list", _returns([1, 2]), "def f():\n    return [1, 2]", "passed", None),
    ("yaml list matches a tuple", _returns([1, 2]), "def f():\n    return (1, 2)", "passed", None),
    ("float accepts int", _returns(2.0), "def f():\n    return 2", "passed", None),
    ("int is not float", _returns(2), "def f():\n    return 2.0", "wrong_answer", _says("float")),
    ("1 is not True", _returns(True), "def f():\n    return 1", "wrong_answer", None),
    (
        "always-equal object",
        _returns(5),
        "class Any:\n    def __eq__(self, other):\n        return True\ndef f():\n    return Any()",
        "wrong_answer",
        _says("Any"),
    ),
    (
        "lying int subclass",
        _returns(5),
        "class Five(int):\n    def __eq__(self, other):\n        return True\n"
        "def f():\n    return Five(4)",
        "wrong_answer",
        None,
    ),
    (
        "lying str in a list",
        _returns(["a"]),
        "class S(str):\n    def __eq__(self, other):\n        return True\n"
        "    __hash__ = str.__hash__\ndef f():\n    return [S('b')]",
        "wrong_answer",
        None,
    ),
    (
        "dict with a lying key",
        _returns({"a": 1}),
        "class K(str):\n    def __eq__(self, other):\n        return True\n"
        "    __hash__ = str.__hash__\ndef f():\n    return {K('b'): 1}",
        "wrong_answer",
        None,
    ),
    (
        "__eq__ raising SystemExit",
        _returns(1),
        "class Bad:\n    def __eq__(self, other):\n        raise SystemExit\n"
        "def f():\n    return Bad()",
        "wrong_answer",
        None,
    ),
    ("literal tuple", _literal("(1, 'a')"), "def f():\n    return (1, 'a')", "passed", None),
    (
        "literal tuple refuses a list",
        _literal("(1, 'a')"),
        "def f():\n    return [1, 'a']",
        "wrong_answer",
        _says("tuple"),
    ),
    ("literal set", _literal("{1, 2}"), "def f():\n    return {2, 1}", "passed", None),
    ("literal bytes", _literal("b'ok'"), "def f():\n    return 'ok'", "wrong_answer", None),
    (
        "mistake tied to another test stays silent",
        {
            "tests": [
                {"name": "ноль", "call": "f(0)", "returns": 0},
                {"name": "минус", "call": "f(-5)", "returns": 0},
            ],
            "mistakes": [{"test": "ноль", "returns": -5, "say": "про ноль"}],
        },
        "def f(x):\n    return x",
        "wrong_answer",
        lambda v: v["hint"] is None,
    ),
    (
        "mistake tied to its test speaks",
        {
            "tests": [{"name": "минус", "call": "f(-5)", "returns": 0}],
            "mistakes": [{"test": "минус", "returns": -5, "say": "про минус"}],
        },
        "def f(x):\n    return x",
        "wrong_answer",
        lambda v: v["hint"] == "про минус",
    ),
]


# Output that differs in a way a beginner cannot see is said so.
HELLO = {"tests": [{"stdout": "Привет, мир!\n"}]}
CASES += [
    (
        "latin e in Привет",
        HELLO,
        'print("Привeт, мир!")',
        "wrong_answer",
        _says("латинская буква «e»"),
    ),
    (
        "no-break space",
        HELLO,
        'print("Привет,\u00a0мир!")',
        "wrong_answer",
        _says("неразрывный пробел"),
    ),
    ("extra words", HELLO, 'print("Ответ: Привет, мир!")', "wrong_answer", _says("лишние слова")),
    ("case", HELLO, 'print("привет, мир!")', "wrong_answer", _says("заглавные и строчные")),
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

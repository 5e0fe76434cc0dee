"""The error catalogue itself (CPython only; tests/checker_cases.py runs the errors in
both interpreters). Python 3.14 words some errors differently from the local 3.11: those
messages are checked here as text, so both wordings stay covered."""

from __future__ import annotations

import re
import string
import time

import pytest

import checker
from checker import explain
from checker.explain import engine, rules, suggest

RULES = rules.SYNTAX_RULES + rules.RUNTIME_RULES + rules.WARNING_RULES
PLACEHOLDERS = suggest.placeholders()


def sentences(text: str) -> int:
    prose = re.sub(r"`[^`]*`", "код", text)
    return len(re.findall(r"[.?!…](?:\s|$)", prose))


@pytest.mark.parametrize("rule", RULES, ids=[f"{r.types[0]}:{r.pattern[:30]}" for r in RULES])
def test_rule_is_well_formed(rule):
    groups = re.compile(rule.pattern).groups
    if rule.line is not None:
        groups += re.compile(rule.line).groups
    for _text, field, _spec, _conversion in string.Formatter().parse(rule.text):
        if field is None:
            continue
        assert (field.isdigit() and int(field) <= groups) or field in PLACEHOLDERS, field
    assert rule.needs is None or rule.needs in PLACEHOLDERS
    assert rule.fix is None or rule.fix in suggest.REPAIRS, rule.fix
    assert rule.needs != "fixed" or rule.fix, "`needs='fixed'` only with a `fix=`"
    assert ("{write}" in rule.text or "{fixed}" in rule.text) <= bool(rule.fix), rule.text
    assert re.search("[а-яё]", rule.text), "explanations are in Russian"
    assert sentences(rule.text) + ("{write}" in rule.text) <= 3, rule.text
    assert rule.text.count("`") % 2 == 0, "code goes in backticks, in pairs"


def runtime(exc: BaseException) -> str:
    return explain.exception(exc, "")["explanation"]


def syntax(message: str, line: str = "x") -> str:
    exc = SyntaxError(message, ("main.py", 1, 1, line, 1, 2))
    return explain.syntax_error(exc, line)["explanation"]


# (exception, fragment): the 3.11 wording next to the 3.14 one.
RUNTIME_MESSAGES = [
    (TypeError("unhashable type: 'list'"), "`tuple(…)`"),
    (TypeError("cannot use 'list' as a dict key (unhashable type: 'list')"), "`tuple(…)`"),
    (TypeError("cannot use 'list' as a set element (unhashable type: 'list')"), "`tuple(…)`"),
    (ValueError("math domain error"), "корень"),
    (ValueError("expected a nonnegative input, got -1.0"), "корень"),
    (ValueError("expected a positive input"), "корень"),
    (ValueError("max() arg is an empty sequence"), "default=0"),
    (ValueError("max() iterable argument is empty"), "default=0"),
    (TypeError("'sepp' is an invalid keyword argument for print()"), "`sep`"),
    (TypeError("print() got an unexpected keyword argument 'sepp'. Did you mean 'sep'?"), "`sep`"),
    (TypeError("object int can't be used in 'await' expression"), "корутинам"),
    (TypeError("'int' object can't be awaited"), "корутинам"),
    (ValueError("a coroutine was expected, got <function main at 0x1>"), "`asyncio.run(main())`"),
    (TypeError("An asyncio.Future, a coroutine or an awaitable is required"), "`asyncio.run"),
    (ValueError("too many values to unpack (expected 2)"), "слева от `=`: 2"),
    (ValueError("too many values to unpack (expected 2, got 3)"), "слева от `=`: 2"),
    (ValueError("2 is not in list"), "`if x in items:`"),
    (ValueError("list.index(x): x not in list"), "`if x in items:`"),
    (ZeroDivisionError("integer division or modulo by zero"), "на ноль"),
    (ZeroDivisionError("division by zero"), "на ноль"),
    (TypeError("Can't instantiate abstract class A with abstract method f"), "абстрактный"),
    (
        TypeError(
            "Can't instantiate abstract class A without an implementation for abstract method 'f'"
        ),
        "абстрактный",
    ),
    (UnboundLocalError("local variable 'x' referenced before assignment"), "`x`"),
    (
        UnboundLocalError(
            "cannot access local variable 'x' where it is not associated with a value"
        ),
        "`x`",
    ),
    (RuntimeError("Set changed size during iteration"), "копию"),
    (KeyError("pop from an empty set"), "пусты"),
]


@pytest.mark.parametrize(
    "exc, fragment", RUNTIME_MESSAGES, ids=[str(e) for e, _ in RUNTIME_MESSAGES]
)
def test_runtime_message_of_both_versions(exc, fragment):
    assert fragment in runtime(exc)


SYNTAX_MESSAGES = [
    ("invalid syntax", "import", "`import math`"),
    ("Expected one or more names after 'import'", "import", "`import math`"),
    ("invalid syntax", "elif x:", "до `else`"),
    ("'elif' block follows an 'else' block", "elif x:", "до `else`"),
    ("f-string: empty expression not allowed", "f'{}'", "пустые фигурные"),
    ("f-string: valid expression required before '}'", "f'{}'", "пустые фигурные"),
    ("f-string: invalid conversion character: expected 's', 'r', or 'a'", "f'{x!}'", "`r`"),
    ("f-string: missing conversion character", "f'{x!}'", "`r`"),
    ("non-default argument follows default argument", "def f(a=1, b):", "после обычных"),
    (
        "parameter without a default follows parameter with a default",
        "def f(a=1, b):",
        "после обычных",
    ),
    ("unterminated string literal (detected at line 1)", r"x = 'C:\'", "Удвойте черту"),
    (
        "unterminated string literal (detected at line 1); perhaps you escaped the end quote?",
        r"x = 'C:\'",
        "Удвойте черту",
    ),
]


@pytest.mark.parametrize("message, line, fragment", SYNTAX_MESSAGES)
def test_syntax_message_of_both_versions(message, line, fragment):
    assert fragment in syntax(message, line)


def test_an_unknown_error_still_gets_a_sentence():
    class Strange(Exception):
        pass

    assert "`Strange`" in runtime(Strange("?"))
    assert syntax("something new in Python 3.15") == (
        "Python не смог разобрать программу в отмеченном месте."
    )


def test_a_placeholder_nobody_computed_is_empty():
    rule = rules.Rule(("ValueError",), r"(x)", "Было {1}{hint}{2}.")
    assert engine._apply([rule], ValueError("x"), {}, "") == "Было x."


def test_keyword_typos_are_found_by_recompiling_the_line():
    for line, typo, fixed in [
        ("fro i in range(3):", "fro", "for"),
        ("whille True:", "whille", "while"),
        ("dfe main():", "dfe", "def"),
        ("improt math", "improt", "import"),
        ("esle:", "esle", "else"),
        ("    retrun x", "retrun", "return"),
        ("if a an b:", "an", "and"),
    ]:
        text = syntax("invalid syntax", line)
        assert f"`{typo}`" in text and f"`{fixed}`" in text, (line, text)
    assert "опечатку" not in syntax("invalid syntax", "x = = 1")


def test_a_deep_recursion_shows_a_short_traceback():
    result = checker.run("def f(n):\n    return f(n + 1)\n\nf(0)")
    error = result["error"]
    assert error["type"] == "RecursionError" and error["line"] == 2
    assert error["traceback"].count("\n") < 20
    assert "повторился ещё" in error["traceback"]


def test_a_runtime_syntax_error_from_eval_is_explained():
    error = checker.run("exec('if x = 1: pass')")["error"]
    assert error["type"] == "SyntaxError" and "`==`" in error["explanation"]


def test_warnings_on_stderr_are_explained():
    stderr = "main.py:3: RuntimeWarning: coroutine 'fetch' was never awaited\n"
    assert explain.warnings_explained(stderr) == [
        "Корутину `fetch` создали, но не дождались: вызов `async`-функции без `await` её не "
        "выполняет. Пишите `await fetch(…)` внутри `async def` или `asyncio.run(fetch(…))`."
    ]
    assert explain.warnings_explained("") == []


def test_explaining_is_fast():
    programs = [
        "prnt(1)",
        "x = {'name': 1}\nx['nme']",
        "[].push(1)",
        "fro i in range(3):\n    pass",
        "str = 'a'\nstr(1)",
        "int('abc')",
        "def test(a, *, b, /):\n    pass",
        "if x > 5 and < 10:\n    pass",
        "print(«Привет»)",
    ]
    for program in programs:
        checker.run(program)  # warm up
    started = time.perf_counter()
    for _ in range(10):
        for program in programs:
            assert checker.run(program)["error"] is not None
    per_run = (time.perf_counter() - started) / (10 * len(programs))
    assert per_run < 0.05, f"{per_run * 1000:.1f} ms per run"


def test_a_fix_is_shown_only_when_the_program_then_compiles():
    def explained(source: str) -> str:
        return checker.run(source)["error"]["explanation"]

    assert explained("def f(a,,b):\n    return a").endswith("Напишите так: `def f(a, b):`.")
    assert explained("a = [1, 2  3]").endswith("Напишите так: `a = [1, 2, 3]`.")
    # the learner's line is fixed, the rest of the program is not: still shown, as the
    # error moves further down
    assert "`if x == 1:`" in explained("x = 1\nif x = 1:\n    pass\nprint(((1)")
    # no candidate compiles: no "Напишите так"
    assert "Напишите так" not in explained("a =<* 3")


def test_the_fixed_line_keeps_the_learners_comment_and_indentation_out():
    error = checker.run("for i in range(3):\n    if i % 2 = 0:  # чётные\n        print(i)")
    assert "`if i % 2 == 0:  # чётные`" in error["error"]["explanation"]


def test_a_suggestion_is_computed_only_when_a_rule_uses_it():
    calls = []

    @suggest.suggests(ZeroDivisionError, fills="spy")
    def spy(exc, message, where):
        calls.append(message)
        return " шпион"

    try:
        assert "шпион" not in runtime(ZeroDivisionError("division by zero"))
        assert calls == []
        rule = rules.Rule(("ZeroDivisionError",), r"", "Деление{spy}.")
        assert (
            engine._apply(
                [rule],
                ZeroDivisionError("x"),
                suggest.computed(ZeroDivisionError("x"), "x", suggest.Where()),
                "",
            )
            == "Деление шпион."
        )
        assert calls == ["x"]
    finally:
        suggest.REGISTRY.pop()


def _missing(name: str) -> str:
    return runtime(ModuleNotFoundError(f"No module named '{name}'", name=name))


@pytest.mark.parametrize(
    ("module", "fragment"),
    [
        ("requests", "не выходит в интернет"),  # importable here, never in the browser
        ("psycopg2", "Сервера базы данных"),
        ("fastapi", "Starlette"),
        ("flask", "«Flask: веб-приложения»"),
        ("pytest", "`unittest`"),
        ("httpx", "не выходит в сеть"),
    ],
)
def test_a_library_the_task_cannot_import_is_explained_truthfully(module, fragment):
    text = _missing(module)
    assert fragment in text
    assert "только стандартная библиотека" not in text


def test_every_library_of_the_course_is_explained_where_it_is_used():
    """Each module a task's library provides has its text in COURSE_LIBRARIES, and the
    course module that text names exists and has tasks that declare the library."""
    from site_builder.content import load_course
    from site_builder.packages import load_lock, normalise
    from tests.conftest import ROOT

    course = load_course(ROOT / "content")
    lock = load_lock()
    titles = {}
    for module in course.modules:
        for task in module.tasks:
            for name in task.data.get("packages", ()):
                for top in lock.packages[normalise(name)].imports:
                    titles.setdefault(top, set()).add(module.title)
    for top, used_in in titles.items():
        if top.startswith("_") or top == "py":  # pytest's internals
            continue
        assert top in rules.COURSE_LIBRARIES, f"no explanation for a missing `{top}`"
        named = re.findall(r"«([^»]+)»", rules.COURSE_LIBRARIES[top])
        assert named and set(named) <= used_in, (top, named, used_in)

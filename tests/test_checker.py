"""The checker in CPython: every test kind, every status, isolation between runs."""

from __future__ import annotations

import sys
import time
from textwrap import dedent

import pytest

import checker
from checker.verdict import STATUSES

SUM_TASK = {
    "tests": [
        {"stdin": "2\n3\n", "stdout": "5\n"},
        {"stdin": "-7\n7\n", "stdout": "0\n"},
        {"stdin": "10\n1\n", "stdout": "11\n", "hidden": True},
    ],
    "mistakes": [{"output": "23\n", "say": "Склеили строки"}],
    "time_limit": 1,
}
SUM_OK = "a = int(input())\nb = int(input())\nprint(a + b)\n"


def statuses(verdict):
    return [t["status"] for t in verdict["tests"]]


def test_statuses_are_the_documented_eight():
    assert set(STATUSES) == {
        "passed",
        "wrong_answer",
        "runtime_error",
        "syntax_error",
        "timeout",
        "output_limit",
        "memory_limit",
        "static_check",
    }


def test_io_passes():
    verdict = checker.check(SUM_TASK, SUM_OK)
    assert verdict["status"] == "passed"
    assert (verdict["passed"], verdict["total"]) == (3, 3)
    assert verdict["message"].startswith("Все тесты пройдены")


def test_io_wrong_answer_names_first_failing_test_with_diff_and_targeted_hint():
    verdict = checker.check(SUM_TASK, "print(input() + input())")
    assert verdict["status"] == "wrong_answer"
    first = verdict["tests"][0]
    assert (first["input"], first["expected"], first["actual"]) == ("2\n3\n", "5\n", "23\n")
    assert first["diff_line"] == 1
    assert verdict["hint"] == "Склеили строки"
    assert "тест 1" in verdict["message"]


def test_hidden_test_data_never_leaves_the_checker():
    verdict = checker.check(
        SUM_TASK, "a = int(input())\nb = int(input())\nprint(a + b if a < 5 else 0)"
    )
    hidden = verdict["tests"][2]
    assert hidden["status"] == "wrong_answer" and hidden["hidden"]
    assert hidden["input"] is hidden["expected"] is hidden["actual"] is None
    assert "скрытый тест 3" in verdict["message"]


@pytest.mark.parametrize(
    ("expected", "actual", "same"),
    [
        ("5\n", "5", True),
        ("5\n", "5   \n\n\n", True),
        ("a\nb\n", "a\n\nb\n", False),
        ("Hello\n", "hello\n", False),
    ],
)
def test_output_comparison_ignores_trailing_whitespace_only(expected, actual, same):
    task = {"tests": [{"stdout": expected}]}
    verdict = checker.check(task, f"print({actual!r}, end='')")
    assert (verdict["status"] == "passed") is same


def test_compare_options():
    task = {
        "tests": [{"stdout": "0.333\nB\nA\n"}],
        "compare": {"float_tolerance": 0.001, "unordered_lines": True, "ignore_case": True},
    }
    assert checker.check(task, "print(1/3)\nprint('a')\nprint('b')")["status"] == "passed"
    assert checker.check(task, "print(0.34)\nprint('a')\nprint('b')")["status"] == "wrong_answer"


def test_missing_and_extra_output_are_explained():
    task = {"tests": [{"stdout": "1\n2\n"}]}
    assert "не все строки" in checker.check(task, "print(1)")["tests"][0]["message"]
    assert "лишние" in checker.check(task, "print(1)\nprint(2)\nprint(3)")["tests"][0]["message"]
    assert "ничего не вывела" in checker.check(task, "pass")["tests"][0]["message"]


CALL_TASK = {
    "tests": [
        {"call": "add(2, 3)", "returns": 5},
        {"call": "add('a', 'b')", "returns": "ab"},
        {"call": "pair()", "returns": [1, 2]},
        {"call": "greet('Аня')", "stdout": "Привет, Аня\n"},
        {"call": "parse('x')", "raises": "ValueError"},
    ]
}
CALL_OK = """
def add(a, b):
    return a + b
def pair():
    return (1, 2)
def greet(name):
    print("Привет,", name)
def parse(text):
    return int(text)
print("этот вывод модуля не мешает тестам с call")
"""


def test_call_tests_pass():
    verdict = checker.check(CALL_TASK, CALL_OK)
    assert verdict["status"] == "passed", verdict


def test_call_returning_none_gets_a_return_hint():
    verdict = checker.check(
        {"tests": [{"call": "add(2, 3)", "returns": 5}]}, "def add(a, b):\n    print(a + b)"
    )
    assert verdict["status"] == "wrong_answer"
    assert "return" in verdict["tests"][0]["message"]
    assert verdict["tests"][0]["actual"] == "None"


def test_call_expected_exception_missing():
    verdict = checker.check(
        {"tests": [{"call": "f()", "raises": "ValueError"}]}, "def f():\n    return 1"
    )
    assert verdict["status"] == "wrong_answer"
    assert "ValueError" in verdict["tests"][0]["message"]


def test_call_of_undefined_function_is_a_runtime_error_with_suggestion():
    verdict = checker.check(
        {"tests": [{"call": "is_even(2)", "returns": True}]}, "def is_evn(n):\n    return True"
    )
    assert verdict["status"] == "runtime_error"
    assert "is_evn" in verdict["error"]["explanation"]


def test_bool_and_int_are_not_confused():
    task = {"tests": [{"call": "f()", "returns": True}]}
    assert checker.check(task, "def f():\n    return 1")["status"] == "wrong_answer"


def test_async_function_calls_are_awaited():
    task = {"tests": [{"call": "fetch(2)", "returns": 4}]}
    code = "import asyncio\nasync def fetch(x):\n    await asyncio.sleep(0.01)\n    return x * 2"
    assert checker.check(task, code)["status"] == "passed"


def test_asyncio_run_in_learner_code_works():
    task = {"tests": [{"stdout": "[1, 2, 3]\n"}]}
    code = """
import asyncio
async def one(i):
    await asyncio.sleep(0.01)
    return i
async def main():
    print(await asyncio.gather(one(1), one(2), one(3)))
asyncio.run(main())
"""
    assert checker.check(task, code)["status"] == "passed"


CHECK_TASK = {
    "tests": [
        {
            "check": "s = Stack()\ns.push(1)\ns.push(2)\n"
            "assert s.pop() == 2, 'pop должен вернуть последний элемент'"
        },
        {"check": "s = Stack()\nassert len(s) == 0"},
    ]
}


def test_check_code_failed_assert_shows_the_authors_message():
    code = dedent("""
        class Stack:
            def __init__(self):
                self.items = []
            def push(self, x):
                self.items.append(x)
            def pop(self):
                return self.items.pop(0)
            def __len__(self):
                return len(self.items)
    """)
    verdict = checker.check(CHECK_TASK, code)
    assert verdict["status"] == "wrong_answer"
    assert verdict["tests"][0]["message"] == "pop должен вернуть последний элемент"
    assert verdict["tests"][1]["status"] == "passed"


def test_check_code_assert_without_message_shows_the_assert():
    verdict = checker.check(
        CHECK_TASK,
        dedent("""
            class Stack:
                def push(self, x): pass
                def pop(self): return 2
                def __len__(self): return 1
        """),
    )
    assert verdict["tests"][1]["message"] == "Проверка не пройдена: `assert len(s) == 0`."


def test_learners_own_assert_is_a_runtime_error():
    verdict = checker.check({"tests": [{"stdout": "1\n"}]}, "assert 1 == 2\nprint(1)")
    assert verdict["status"] == "runtime_error"


def test_syntax_error_is_explained_with_line():
    verdict = checker.check(SUM_TASK, "a = int(input())\nif a > 1\n    print(a)")
    assert verdict["status"] == "syntax_error"
    assert verdict["error"]["line"] == 2
    assert "двоеточие" in verdict["error"]["explanation"]
    assert statuses(verdict) == ["skipped"] * 3


def test_runtime_error_line_excludes_checker_frames():
    verdict = checker.check(SUM_TASK, "def f(x):\n    return x / 0\nprint(f(1))")
    error = verdict["error"]
    assert verdict["status"] == "runtime_error"
    assert error["type"] == "ZeroDivisionError" and error["line"] == 2
    assert "checker" not in error["traceback"] and "judge" not in error["traceback"]
    assert 'File "main.py", line 3' in error["traceback"]


def test_eof_error_when_reading_too_much():
    verdict = checker.check(SUM_TASK, "a = int(input())\nb = int(input())\nc = int(input())")
    assert verdict["status"] == "runtime_error"
    assert "больше строк ввода" in verdict["error"]["explanation"]


def test_timeout_stops_the_loop_and_skips_the_rest():
    verdict = checker.check(SUM_TASK, "while True:\n    pass")
    assert verdict["status"] == "timeout"
    assert statuses(verdict) == ["timeout", "skipped", "skipped"]


def test_output_limit():
    verdict = checker.check(SUM_TASK, "while True:\n    print('спам' * 100)")
    assert verdict["status"] == "output_limit"


def test_output_limit_survives_a_bare_except():
    code = (
        "while True:\n    try:\n        print('x' * 1000)\n    except BaseException:\n        pass"
    )
    assert checker.check(SUM_TASK, code)["status"] == "output_limit"


def test_memory_error_is_memory_limit():
    verdict = checker.check(SUM_TASK, "x = [0] * (10 ** 12)")
    assert verdict["status"] == "memory_limit"


def test_static_rules():
    task = {
        "tests": [{"call": "max3(1, 2, 3)", "returns": 3}],
        "rules": {
            "forbid": [{"call": "max", "say": "Без max()!"}],
            "require": [{"construct": "if"}],
        },
    }
    verdict = checker.check(task, "def max3(a, b, c):\n    return max(a, b, c)")
    assert verdict["status"] == "static_check"
    assert "Без max()!" in verdict["error"]["explanation"]
    assert "`if`" in verdict["error"]["explanation"]
    assert verdict["error"]["line"] == 2


@pytest.mark.parametrize(
    "nasty",
    [
        "print = None",
        "import builtins\nbuiltins.print = None\nbuiltins.input = None",
        "import sys\nsys.stdout = None",
        "import sys\nsys.modules.clear()",
        "exit()",
        "import sys\nsys.exit(3)",
        "raise KeyboardInterrupt",
        "class Boom(BaseException): pass\nraise Boom()",
        "import sys\nsys.setrecursionlimit(50)",
        "import logging\nlogging.basicConfig(level=10)\nlogging.getLogger('x').error('x')",
        "import os\nos.chdir('/')",
    ],
)
def test_whatever_the_program_does_the_next_correct_solution_passes(nasty):
    verdict = checker.check(SUM_TASK, nasty)
    assert verdict["status"] in ("wrong_answer", "runtime_error")
    assert checker.check(SUM_TASK, SUM_OK)["status"] == "passed"
    assert sys.stdout is sys.__stdout__ or not isinstance(sys.stdout, type(None))


def test_sys_exit_with_code_is_a_runtime_error_but_plain_exit_is_fine():
    task = {"tests": [{"stdout": "1\n"}]}
    assert checker.check(task, "print(1)\nexit()")["status"] == "passed"
    verdict = checker.check(task, "print(1)\nimport sys\nsys.exit(3)")
    assert verdict["status"] == "runtime_error"
    assert verdict["error"]["type"] == "SystemExit"


def test_logging_goes_to_the_run_that_configured_it():
    task = {"tests": [{"check": "import sys\nlog()\nassert 'ok' in sys.stderr.getvalue()"}] * 2}
    code = dedent("""
        import logging, sys
        logging.basicConfig(stream=sys.stderr, format='%(message)s')
        def log():
            logging.warning('ok')
    """)
    assert checker.check(task, code)["status"] == "passed"


def test_each_test_gets_a_fresh_namespace():
    task = {"tests": [{"call": "bump()", "returns": 1}, {"call": "bump()", "returns": 1}]}
    code = "count = 0\ndef bump():\n    global count\n    count += 1\n    return count"
    assert checker.check(task, code)["status"] == "passed"


def test_run_echoes_prompts_and_reports_errors():
    result = checker.run("name = input('Имя? ')\nprint('Привет,', name)\nprint(1/0)", "Аня\n")
    assert result["stdout"] == "Имя? Аня\nПривет, Аня\n"
    assert result["status"] == "runtime_error"
    assert result["error"]["line"] == 3
    assert "ZeroDivisionError" in result["stderr"]


def test_run_streams_output_in_batches():
    chunks = []
    result = checker.run("for i in range(3000):\n    print(i)", stream=chunks.append)
    assert "".join(chunks) == result["stdout"]
    assert 1 <= len(chunks) < 100


def test_authors_broken_check_code_is_reported_not_blamed_on_learner():
    verdict = checker.check({"tests": [{"check": "assert ("}]}, "x = 1")
    assert verdict["status"] == "runtime_error"
    assert "автору" in verdict["tests"][0]["message"]


def test_killed_verdicts_are_prepared_before_each_test():
    events = []
    checker.check(SUM_TASK, SUM_OK, events=lambda kind, payload: events.append((kind, payload)))
    assert [kind for kind, _ in events] == ["test"] * 3
    second = events[1][1]
    assert second["index"] == 2 and second["time_limit"] == 1
    prepared = second["on_timeout"]
    assert prepared["status"] == "timeout"
    assert [t["status"] for t in prepared["tests"]] == ["passed", "timeout", "skipped"]


def test_interactive_input_is_asked_when_stdin_runs_out_and_typing_time_is_free():
    asked = []

    def ask(prompt):
        asked.append(prompt)
        time.sleep(1.2)  # the learner types slowly; the time limit is 1 s
        return "Аня"

    code = "a = input('Первое: ')\nb = input('Второе: ')\nprint(a, b)"
    result = checker.run(code, "Борис\n", time_limit=1, ask=ask)
    assert result["status"] == "ok", result
    assert asked == ["Второе: "]
    assert result["stdout"] == "Первое: Борис\nВторое: Аня\nБорис Аня\n"


def test_cancelled_input_is_an_eof_error():
    result = checker.run("input()", "", ask=lambda prompt: None)
    assert result["error"]["type"] == "EOFError"


def test_without_loop_watching_the_host_is_trusted_with_the_time_limit():
    verdict = checker.check(SUM_TASK, SUM_OK, watch_loops=False)
    assert verdict["status"] == "passed"


def test_should_stop_abandons_the_check_between_tests():
    verdict = checker.check(SUM_TASK, SUM_OK, should_stop=lambda: True)
    assert [t["status"] for t in verdict["tests"]] == ["passed", "skipped", "skipped"]


def test_targeted_hint_comes_only_from_the_first_failing_test():
    task = {
        "tests": [{"stdin": "1\n", "stdout": "1\n"}, {"stdin": "2\n", "stdout": "2\n"}],
        "mistakes": [{"output": "3\n", "say": "не тот тест"}],
    }
    verdict = checker.check(task, "x = int(input())\nprint(x + 1)")
    assert verdict["tests"][1]["actual"] == "3\n"
    assert verdict["hint"] is None


def test_check_code_still_runs_after_the_program_exits_itself():
    task = {"tests": [{"check": "assert double(2) == 4, 'double(2) должно быть 4'"}]}
    for ending in (
        "exit()",
        "import sys\nsys.exit()",
        "import unittest\nunittest.main(argv=['x'])",
    ):
        verdict = checker.check(task, f"def double(x):\n    return x + 3\n{ending}")
        assert verdict["status"] == "wrong_answer", ending


def test_exit_inside_a_tested_function_is_a_runtime_error():
    task = {"tests": [{"call": "f()", "returns": 1}]}
    verdict = checker.check(task, "def f():\n    exit()")
    assert verdict["status"] == "runtime_error"


def test_result_condition_does_not_fire_on_check_tests():
    task = {
        "tests": [{"check": "assert False, 'нет'"}],
        "mistakes": [
            {"when": "result is None", "say": "верните значение"},
            {"error": "AssertionError", "say": "x"},
        ],
    }
    assert checker.check(task, "x = 1")["hint"] is None


def test_a_forgotten_await_is_explained():
    task = {"tests": [{"stdout": "42\n"}]}
    code = dedent("""
        import asyncio
        async def get():
            return 42
        async def main():
            print(get())
        asyncio.run(main())
    """)
    verdict = checker.check(task, code)
    assert verdict["status"] == "wrong_answer"
    assert "await" in verdict["hint"]

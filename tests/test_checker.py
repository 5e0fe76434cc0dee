"""The checker in CPython: details beyond tests/checker_cases.py, which holds the cases
asserted in both CPython and Pyodide (statuses, isolation, error explanations)."""

from __future__ import annotations

import time
from textwrap import dedent

import pytest

import checker
from checker.host import Host
from checker.verdict import STATUSES
from tests.checker_cases import SUM, SUM_OK


def statuses(verdict):
    return [t["status"] for t in verdict["tests"]]


class RecordingHost(Host):
    """A host that writes down what the checker tells it."""

    def __init__(self, answers=(), stop_after_steps=None):
        self.steps, self.chunks, self.asked = [], [], []
        self.answers = list(answers)
        self.stop_after_steps = stop_after_steps

    def step(self, prepared):
        self.steps.append(prepared)

    def output(self, text):
        self.chunks.append(text)

    def ask(self, prompt):
        self.asked.append(prompt)
        return self.answers.pop(0) if self.answers else None

    def stopping(self):
        return self.stop_after_steps is not None and len(self.steps) > self.stop_after_steps


def test_statuses_are_the_documented_ten():
    assert set(STATUSES) == {
        "passed",
        "wrong_answer",
        "runtime_error",
        "syntax_error",
        "timeout",
        "output_limit",
        "memory_limit",
        "static_check",
        "stopped",
        "internal_error",
    }


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


CHECK_TASK = {
    "tests": [
        {
            "check": "s = Stack()\ns.push(1)\ns.push(2)\n"
            "assert s.pop() == 2, 'pop должен вернуть последний элемент'"
        },
        {"check": "s = Stack()\nassert len(s) == 0"},
    ]
}


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


def test_runtime_error_line_excludes_checker_frames():
    verdict = checker.check(SUM, "def f(x):\n    return x / 0\nprint(f(1))")
    error = verdict["error"]
    assert verdict["status"] == "runtime_error"
    assert error["type"] == "ZeroDivisionError" and error["line"] == 2
    assert "checker" not in error["traceback"] and "judge" not in error["traceback"]
    assert 'File "main.py", line 3' in error["traceback"]


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
    host = RecordingHost()
    result = checker.run("for i in range(3000):\n    print(i)", host=host)
    assert "".join(host.chunks) == result["stdout"]
    assert 1 <= len(host.chunks) < 100


def test_authors_broken_check_code_is_reported_not_blamed_on_learner():
    verdict = checker.check({"tests": [{"check": "assert ("}]}, "x = 1")
    assert verdict["status"] == "runtime_error"
    assert "автору" in verdict["tests"][0]["message"]


def test_results_for_a_stopped_python_are_prepared_before_each_step():
    host = RecordingHost()
    checker.check(SUM, SUM_OK, host=host)
    assert len(host.steps) == 4  # compiling, then three tests
    compiling, second = host.steps[0], host.steps[2]
    assert compiling["stack"]["status"] == "syntax_error"  # a program too deep to compile
    assert second["limit"] == 1
    assert second["timeout"]["status"] == "timeout"
    assert [t["status"] for t in second["timeout"]["tests"]] == ["passed", "timeout", "skipped"]
    assert second["memory_limit"]["status"] == "memory_limit"
    assert second["stack"]["status"] == "runtime_error"
    assert second["stop"]["status"] == "stopped"
    assert [t["status"] for t in second["stop"]["tests"]] == ["passed", "skipped", "skipped"]


class SlowTypist(RecordingHost):
    def ask(self, prompt):
        time.sleep(1.2)  # the learner types slowly; the time limit is 1 s
        return super().ask(prompt)


def test_interactive_input_is_asked_when_stdin_runs_out_and_typing_time_is_free():
    host = SlowTypist(answers=["Аня"])
    code = "a = input('Первое: ')\nb = input('Второе: ')\nprint(a, b)"
    result = checker.run(code, "Борис\n", time_limit=1, host=host)
    assert result["status"] == "ok", result
    assert host.asked == ["Второе: "]
    assert result["stdout"] == "Первое: Борис\nВторое: Аня\nБорис Аня\n"


def test_cancelled_input_is_an_eof_error():
    result = checker.run("input()", "", host=RecordingHost())
    assert result["error"]["type"] == "EOFError"


def test_stop_during_input_ends_even_a_program_that_catches_eof():
    code = "while True:\n    try:\n        input()\n    except EOFError:\n        pass"
    result = checker.run(code, "", time_limit=1, host=RecordingHost(stop_after_steps=0))
    assert result["status"] == "stopped"


def test_a_host_that_stops_python_itself_is_trusted_with_the_time_limit():
    host = RecordingHost()
    host.enforces_limits = True
    assert checker.check(SUM, SUM_OK, host=host)["status"] == "passed"


def test_stopping_abandons_the_check_between_tests():
    verdict = checker.check(SUM, SUM_OK, host=RecordingHost(stop_after_steps=1))
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

"""Judge a learner's program against a task's tests and return a verdict.

`task` is the task as its author wrote it (see site_builder/schema/task.schema.json);
only these fields matter here: tests, rules, mistakes, compare, time_limit.
Test kinds, decided by their keys:
    stdout (with optional stdin)        the whole program reads stdin and prints;
    call (with returns/stdout/raises)   the program runs, then the expression is evaluated;
    check                               the program runs, then this Python code runs in
                                        its namespace; a failed assert is a wrong answer.
"""

from __future__ import annotations

import ast
import inspect
import reprlib
from collections.abc import Callable
from typing import Any

from . import aio, explain, messages, static
from . import verdict as v
from .compare import CompareOptions, first_difference, lines_of, same_value
from .limits import DEFAULT_TIME_LIMIT
from .sandbox import Outcome, SyntaxProblem, compile_learner_code, execute

CHECK_FILE = "<проверка>"

Events = Callable[[str, dict[str, Any]], None]

_repr = reprlib.Repr()
_repr.maxstring = 200
_repr.maxother = 200
_repr.maxlist = _repr.maxtuple = _repr.maxdict = _repr.maxset = 20


def test_kind(test: dict[str, Any]) -> str:
    if "check" in test:
        return "check"
    if "call" in test:
        return "call"
    return "io"


def show_value(value: Any) -> str:
    try:
        return _repr.repr(value)
    except Exception:
        return f"<{type(value).__name__}>"


def expected_return(test: dict[str, Any]) -> tuple[Any, bool]:
    """The value a call test expects and whether sequence types must match exactly:
    `returns_literal` is a Python literal (tuples, sets, bytes), `returns` plain data."""
    if "returns_literal" in test:
        return ast.literal_eval(test["returns_literal"]), True
    return test["returns"], False


def expects_return(test: dict[str, Any]) -> bool:
    return "returns" in test or "returns_literal" in test


def _expected_text(test: dict[str, Any]) -> str | None:
    kind = test_kind(test)
    if kind == "io":
        return test["stdout"]
    if kind == "call":
        if "raises" in test:
            return f"исключение {test['raises']}"
        if expects_return(test):
            return show_value(expected_return(test)[0])
        return test.get("stdout")
    return None


def _input_text(test: dict[str, Any]) -> str | None:
    kind = test_kind(test)
    if kind == "io":
        return test.get("stdin", "")
    if kind == "call":
        return test["call"]
    return test["check"].strip()


def planned_results(tests: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every test as "skipped", with what it would show: the skeleton of a verdict."""
    return [
        v.test_result(
            index,
            v.SKIPPED,
            kind=test_kind(test),
            name=test.get("name"),
            hidden=bool(test.get("hidden")),
            input=_input_text(test),
            expected=_expected_text(test),
        )
        for index, test in enumerate(tests, start=1)
    ]


def _output_mismatch(expected: str, actual: str, options: CompareOptions) -> tuple[int, str] | None:
    line = first_difference(expected, actual, options)
    if line is None:
        return None
    want, got = lines_of(expected), lines_of(actual)
    if not got:
        return line, messages.NO_OUTPUT
    if line > len(want):
        return line, messages.EXTRA_OUTPUT
    if line > len(got):
        return line, messages.MISSING_OUTPUT
    return line, messages.WRONG_OUTPUT_LINE.format(line=line)


def _await_if_needed(value: Any) -> Any:
    if inspect.iscoroutine(value):
        return aio.run(value)
    return value


def _compile_test_code(source: str, mode: str) -> Any:
    return compile(source, CHECK_FILE, mode, dont_inherit=True)


def _failed_assertion(exc: BaseException, check_source: str) -> str | None:
    """The message of an `assert` that failed in the test's own check code, else None."""
    if not isinstance(exc, AssertionError):
        return None
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    if tb is None or tb.tb_frame.f_code.co_filename != CHECK_FILE:
        return None  # the learner's own assert failed: that is their runtime error
    if exc.args:
        return str(exc.args[0])
    lines = check_source.splitlines()
    if 0 < tb.tb_lineno <= len(lines):
        return messages.CHECK_FAILED_AT.format(source=lines[tb.tb_lineno - 1].strip())
    return messages.CHECK_FAILED


class _TestRun:
    """One test: run the program, then judge the outcome."""

    def __init__(
        self,
        test: dict[str, Any],
        code: Any,
        source: str,
        task: dict[str, Any],
        watch_loops: bool = True,
    ) -> None:
        self.watch_loops = watch_loops
        self.test = test
        self.kind = test_kind(test)
        self.code = code
        self.source = source
        self.options = CompareOptions.from_dict(task.get("compare"))
        self.time_limit = float(task.get("time_limit", DEFAULT_TIME_LIMIT))

    def run(self) -> Outcome:
        then = None
        if self.kind == "call":
            expression = _compile_test_code(self.test["call"], "eval")

            def then(namespace: dict[str, Any]) -> Any:
                return _await_if_needed(eval(expression, namespace))

        elif self.kind == "check":
            check_code = _compile_test_code(self.test["check"], "exec")

            def then(namespace: dict[str, Any]) -> Any:
                exec(check_code, namespace)

        return execute(
            self.code,
            stdin=self.test.get("stdin", "") if self.kind == "io" else "",
            time_limit=self.time_limit,
            then=then,
            source=self.source,
            watch_loops=self.watch_loops,
        )

    def judge(self, outcome: Outcome, skeleton: dict[str, Any]) -> dict[str, Any]:
        result = dict(skeleton)
        printed = outcome.stdout[outcome.then_stdout_start :]

        def done(status: str, message: str | None = None, **fields: Any) -> dict[str, Any]:
            result.update(status=status, message=message, **fields)
            if result["hidden"]:
                result.update(input=None, expected=None, actual=None, diff_line=None)
            return result

        if outcome.status == "timeout":
            return done(v.TIMEOUT, messages.TIMEOUT, actual=outcome.stdout or None)
        if outcome.status == "memory_limit":
            return done(v.MEMORY_LIMIT, messages.MEMORY_LIMIT)
        if outcome.status == "output_limit":
            return done(
                v.OUTPUT_LIMIT, messages.OUTPUT_LIMIT.format(limit=outcome.output_limit_text)
            )

        if self.kind == "io":
            if outcome.status == "runtime_error":
                return done(v.RUNTIME_ERROR, outcome.error["explanation"], actual=outcome.stdout)
            mismatch = _output_mismatch(self.test["stdout"], outcome.stdout, self.options)
            if mismatch:
                return done(
                    v.WRONG_ANSWER, mismatch[1], actual=outcome.stdout, diff_line=mismatch[0]
                )
            return done(v.PASSED, actual=outcome.stdout)

        if self.kind == "call":
            return self._judge_call(outcome, printed, done)

        assertion = (
            _failed_assertion(outcome.exception, self.test["check"])
            if outcome.exception is not None
            else None
        )
        if assertion is not None:
            return done(v.WRONG_ANSWER, assertion)
        if outcome.status == "runtime_error":
            return done(v.RUNTIME_ERROR, outcome.error["explanation"])
        return done(v.PASSED)

    def _judge_call(self, outcome: Outcome, printed: str, done: Callable) -> dict[str, Any]:
        test = self.test
        if "raises" in test:
            wanted = test["raises"]
            exc = outcome.exception
            if exc is None:
                if outcome.status == "runtime_error":  # e.g. sys.exit(1)
                    return done(v.RUNTIME_ERROR, outcome.error["explanation"])
                return done(
                    v.WRONG_ANSWER,
                    messages.EXPECTED_RAISE.format(expected=wanted),
                    actual=show_value(outcome.value),
                )
            if wanted in {cls.__name__ for cls in type(exc).__mro__}:
                return done(v.PASSED, actual=f"исключение {type(exc).__name__}")
            return done(
                v.WRONG_ANSWER,
                messages.WRONG_RAISE.format(expected=wanted, actual=type(exc).__name__),
                actual=f"исключение {type(exc).__name__}",
            )
        if outcome.status == "runtime_error":
            return done(v.RUNTIME_ERROR, outcome.error["explanation"])
        actual = show_value(outcome.value)
        expected, exact = expected_return(test) if expects_return(test) else (None, False)
        if expects_return(test) and not same_value(
            expected, outcome.value, self.options, exact_sequences=exact
        ):
            if outcome.value is None:
                message = messages.RETURNED_NONE
            elif (
                type(expected) is not type(outcome.value)
                and not (not exact and type(expected) is list and type(outcome.value) is tuple)
                and not (type(expected) is float and type(outcome.value) is int)
            ):
                message = messages.WRONG_RETURN_TYPE.format(
                    expected=type(expected).__name__, actual=type(outcome.value).__name__
                )
            else:
                message = messages.WRONG_RETURN
            return done(v.WRONG_ANSWER, message, actual=actual)
        if "stdout" in test:
            mismatch = _output_mismatch(test["stdout"], printed, self.options)
            if mismatch:
                return done(v.WRONG_ANSWER, mismatch[1], actual=printed, diff_line=mismatch[0])
        return done(v.PASSED, actual=actual if expects_return(test) else printed or actual)


def _targeted_hint(
    task: dict[str, Any], test: dict[str, Any], outcome: Outcome, options: CompareOptions
) -> str | None:
    """The author's message for a known wrong answer, if this failure is one."""
    for mistake in task.get("mistakes", []):
        if "test" in mistake and mistake["test"] != test.get("name"):
            continue  # the author tied this message to another test
        if (
            "output" in mistake
            and first_difference(mistake["output"], outcome.stdout, options) is None
        ):
            return mistake["say"]
        if (
            "returns" in mistake
            and test_kind(test) == "call"
            and outcome.exception is None
            and same_value(mistake["returns"], outcome.value, options)
        ):
            return mistake["say"]
        if (
            "error" in mistake
            and outcome.exception is not None
            and "check" not in test  # a failed assert of the check code is not the learner's
            and mistake["error"] in {c.__name__ for c in type(outcome.exception).__mro__}
        ):
            return mistake["say"]
        if "when" in mistake and _predicate_holds(mistake["when"], test, outcome):
            return mistake["say"]
    return None


def _predicate_holds(expression: str, test: dict[str, Any], outcome: Outcome) -> bool:
    """An author's `when:` condition over the failed test's output, result and error.
    `result` exists only for call tests: elsewhere a condition on it is simply false."""
    names = {
        "output": outcome.stdout,
        "error": type(outcome.exception).__name__ if outcome.exception is not None else None,
    }
    if test_kind(test) == "call":
        names["result"] = outcome.value
    try:
        return bool(eval(expression, {"__builtins__": __builtins__}, names))
    except Exception:  # a condition that does not apply to this failure is simply false
        return False


def check(
    task: dict[str, Any],
    source: str,
    events: Events | None = None,
    *,
    watch_loops: bool = True,
    should_stop: Callable[[], bool] | None = None,
) -> dict[str, Any]:
    """Run every test of `task` on the learner's `source` and return the verdict.

    `events` hears of each test before it starts (with the verdicts to show if the host
    has to kill it); `should_stop` lets the host abandon the check between tests.
    """
    tests = task["tests"]
    planned = planned_results(tests)
    total = len(planned)

    try:
        code = compile_learner_code(source)
    except SyntaxProblem as problem:
        return v.verdict(planned, total=total, error=problem.error, status=v.SYNTAX_ERROR)

    broken = static.violations(ast.parse(source), task.get("rules"))
    if broken:
        error = v.error_info(
            "StaticCheck",
            broken[0]["message"],
            "\n".join(b["message"] for b in broken),
            line=next((b["line"] for b in broken if b["line"]), None),
        )
        return v.verdict(planned, total=total, error=error, status=v.STATIC_CHECK)

    results: list[dict[str, Any]] = []
    error = hint = None
    failed_before = False
    for test, skeleton in zip(tests, planned, strict=True):
        if events is not None:
            events(
                "test",
                {
                    "index": skeleton["index"],
                    "time_limit": float(task.get("time_limit", DEFAULT_TIME_LIMIT)),
                    "on_timeout": v.killed_verdict(results, planned, v.TIMEOUT),
                    "on_crash": v.killed_verdict(results, planned, v.MEMORY_LIMIT),
                },
            )
        run = _TestRun(test, code, source, task, watch_loops)
        try:
            outcome = run.run()
        except SyntaxError as exc:  # the author's call or check code does not compile
            result = dict(
                skeleton, status=v.RUNTIME_ERROR, message=messages.CHECKER_BROKEN.format(error=exc)
            )
            results.append(result)
            break
        result = run.judge(outcome, skeleton)
        results.append(result)
        if result["status"] != v.PASSED and not failed_before:
            failed_before = True  # only the first failing test explains the verdict
            error = outcome.error
            hint = _targeted_hint(task, test, outcome, run.options)
            if hint is None:  # e.g. "coroutine was never awaited": a forgotten await
                hint = next(iter(explain.warnings_explained(outcome.stderr)), None)
        if result["status"] in v.FATAL_STATUSES or (should_stop is not None and should_stop()):
            break
    results += planned[len(results) :]
    return v.verdict(results, total=total, error=error, hint=hint)


def run(
    source: str,
    stdin: str = "",
    *,
    time_limit: float | None = None,
    stream: Callable[[str], None] | None = None,
    ask: Callable[[str], str | None] | None = None,
    events: Events | None = None,
    watch_loops: bool = True,
) -> dict[str, Any]:
    """Run the learner's program as «Запустить» does: the prompts of input() are echoed,
    and `ask(prompt)`, if given, supplies lines once the given stdin runs out."""
    try:
        code = compile_learner_code(source)
    except SyntaxProblem as problem:
        return v.run_result(v.SYNTAX_ERROR, error=problem.error)
    if events is not None and time_limit:
        events(
            "test",
            {
                "index": 0,
                "time_limit": time_limit,
                "on_timeout": v.run_result(v.TIMEOUT),
                "on_crash": v.run_result(v.MEMORY_LIMIT),
                "on_stop": v.run_result("stopped"),
            },
        )
    outcome = execute(
        code,
        stdin=stdin,
        time_limit=time_limit,
        stream=stream,
        ask=ask,
        echo_prompt=True,
        source=source,
        watch_loops=watch_loops,
    )
    stderr = outcome.stderr
    if outcome.error and outcome.error.get("traceback"):
        stderr += outcome.error["traceback"] + "\n"
    return v.run_result(outcome.status, outcome.stdout, stderr, outcome.error)

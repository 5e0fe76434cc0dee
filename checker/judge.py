"""Judge a learner's program against a task's tests and return a verdict.

`task` is the task as its author wrote it (see site_builder/schema/task.schema.json);
only these fields matter here: tests, rules, mistakes, compare, time_limit, files,
import_program.
Test kinds, decided by their keys:
    stdout (with optional stdin)        the whole program reads stdin and prints;
    call (with returns/stdout/raises)   the program runs, then the expression is evaluated;
    check                               the program runs, then this Python code runs in
                                        its namespace; a failed assert is a wrong answer.

`check` and `run` are where verdicts are born (from the constructors in verdict.py); the
host (host.py) hears of every time-limited step before it starts, with the results to
show if it has to stop Python during it.
"""

from __future__ import annotations

import ast
import inspect
import reprlib
from collections.abc import Callable
from typing import Any

from . import aio, explain, messages, static
from . import verdict as v
from .compare import CompareOptions, first_difference, line_difference, lines_of, same_value
from .host import Host
from .limits import (
    COMPILE_TIME_LIMIT,
    DEFAULT_TIME_LIMIT,
    OutputLimitExceeded,
    TimeLimitExceeded,
)
from .sandbox import Outcome, SyntaxProblem, compile_learner_code, execute

CHECK_FILE = "<проверка>"

_repr = reprlib.Repr()
_repr.maxstring = 200
_repr.maxother = 200
_repr.maxlist = _repr.maxtuple = _repr.maxdict = _repr.maxset = 20

# What running a test needs; everything else of a test (its expected answer) stays sealed
# while the learner's code runs (see _seal).
_INPUT_KEYS = ("name", "hidden", "stdin", "call", "check")


def test_kind(test: dict[str, Any]) -> str:
    if "check" in test:
        return "check"
    if "call" in test:
        return "call"
    return "io"


def show_value(value: Any) -> str:
    """A short repr; the learner's `__repr__` may raise anything or be slow (it runs
    under the test's deadline, see _TestRun.then)."""
    try:
        return _repr.repr(value)
    except (TimeLimitExceeded, OutputLimitExceeded):
        raise
    except BaseException:  # SystemExit from a __repr__ too
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
            return messages.RAISED.format(name=test["raises"])
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


def _seal(tests: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], Callable[[int], dict]]:
    """Split tests into what running them needs and a function that gives a whole test
    back afterwards. While a learner's program runs, no frame above it holds the expected
    answers as plain data: reading them takes deliberate digging, never an accident."""
    inputs = [{key: test[key] for key in _INPUT_KEYS if key in test} for test in tests]
    whole = [dict(test) for test in tests]
    return inputs, whole.__getitem__


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
    if not options.unordered_lines:
        found = line_difference(want[line - 1], got[line - 1])
        if found is not None:
            return line, messages.difference(found[0], line, found[1])
    return line, messages.WRONG_OUTPUT_LINE.format(line=line)


def _await_if_needed(value: Any) -> Any:
    if inspect.iscoroutine(value):
        return aio.run(value)
    return value


def _compile_test_code(source: str, mode: str) -> Any:
    return compile(source, CHECK_FILE, mode, dont_inherit=True)


def _failed_assertion(exc: BaseException, check_source: str) -> str | None:
    """The message of an `assert` that failed in the test's own check code, else None."""
    if AssertionError not in type(exc).__mro__:
        return None
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    if tb is None or tb.tb_frame.f_code.co_filename != CHECK_FILE:
        return None  # the learner's own assert failed: that is their runtime error
    if exc.args:
        return explain.safe_str(AssertionError(exc.args[0]))
    lines = check_source.splitlines()
    if 0 < tb.tb_lineno <= len(lines):
        return messages.CHECK_FAILED_AT.format(source=lines[tb.tb_lineno - 1].strip())
    return messages.CHECK_FAILED


class _Settings:
    """What a task says about judging, apart from its tests."""

    def __init__(self, task: dict[str, Any]) -> None:
        self.options = CompareOptions.from_dict(task.get("compare"))
        self.time_limit = float(task.get("time_limit", DEFAULT_TIME_LIMIT))
        self.rules = task.get("rules")
        self.mistakes = task.get("mistakes", [])
        self.files = task.get("files", {})
        # `import_program`: tests import the program as pytest does, so that its
        # `if __name__ == "__main__":` block (pytest.main(...) in pytest tasks) stays out
        self.module_name = explain.AS_MODULE if task.get("import_program") else explain.AS_SCRIPT


class _TestRun:
    """One test: run the program, then judge the outcome."""

    def __init__(self, test: dict[str, Any], code: Any, source: str, settings: _Settings) -> None:
        self.test = test  # the inputs only (see _seal)
        self.kind = test_kind(test)
        self.code = code
        self.source = source
        self.settings = settings
        self.then_code = None
        if self.kind == "call":
            self.then_code = _compile_test_code(test["call"], "eval")
        elif self.kind == "check":
            self.then_code = _compile_test_code(test["check"], "exec")
        self.shown: str | None = None  # the call's value as text, made under the deadline

    def then(self, namespace: dict[str, Any]) -> Any:
        if self.kind == "call":
            value = _await_if_needed(eval(self.then_code, namespace))
            self.shown = show_value(value)
            return value
        exec(self.then_code, namespace)
        return None

    def run(self, host: Host) -> Outcome:
        return execute(
            self.code,
            stdin=self.test.get("stdin", "") if self.kind == "io" else "",
            time_limit=self.settings.time_limit,
            then=self.then if self.then_code is not None else None,
            host=host,
            source=self.source,
            files=self.settings.files,
            module_name=self.settings.module_name,
        )

    def judge(self, outcome: Outcome, skeleton: dict[str, Any], test: dict) -> dict[str, Any]:
        """`test` is the whole test, unsealed now that the program has finished."""
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
            mismatch = _output_mismatch(test["stdout"], outcome.stdout, self.settings.options)
            if mismatch:
                return done(
                    v.WRONG_ANSWER, mismatch[1], actual=outcome.stdout, diff_line=mismatch[0]
                )
            return done(v.PASSED, actual=outcome.stdout)

        if self.kind == "call":
            return self._judge_call(outcome, printed, test, done)

        assertion = (
            _failed_assertion(outcome.exception, test["check"])
            if outcome.exception is not None
            else None
        )
        if assertion is not None:
            return done(v.WRONG_ANSWER, assertion)
        if outcome.status == "runtime_error":
            return done(v.RUNTIME_ERROR, outcome.error["explanation"])
        return done(v.PASSED)

    def _judge_call(
        self, outcome: Outcome, printed: str, test: dict[str, Any], done: Callable
    ) -> dict[str, Any]:
        options = self.settings.options
        if "raises" in test:
            wanted = test["raises"]
            exc = outcome.exception
            if exc is None:
                if outcome.status == "runtime_error":  # e.g. sys.exit(1)
                    return done(v.RUNTIME_ERROR, outcome.error["explanation"])
                return done(
                    v.WRONG_ANSWER,
                    messages.EXPECTED_RAISE.format(expected=wanted),
                    actual=self.shown,
                )
            raised = messages.RAISED.format(name=type(exc).__name__)
            if wanted in {cls.__name__ for cls in type(exc).__mro__}:
                return done(v.PASSED, actual=raised)
            return done(
                v.WRONG_ANSWER,
                messages.WRONG_RAISE.format(expected=wanted, actual=type(exc).__name__),
                actual=raised,
            )
        if outcome.status == "runtime_error":
            return done(v.RUNTIME_ERROR, outcome.error["explanation"])
        actual = self.shown
        if expects_return(test):
            expected, exact = expected_return(test)
            if not same_value(expected, outcome.value, options, exact_sequences=exact):
                return done(
                    v.WRONG_ANSWER, _wrong_return(expected, outcome.value, exact), actual=actual
                )
        if "stdout" in test:
            mismatch = _output_mismatch(test["stdout"], printed, options)
            if mismatch:
                return done(v.WRONG_ANSWER, mismatch[1], actual=printed, diff_line=mismatch[0])
        return done(v.PASSED, actual=actual if expects_return(test) else printed or actual)


def _wrong_return(expected: Any, actual: Any, exact: bool) -> str:
    if actual is None:
        return messages.RETURNED_NONE
    same_kind = type(expected) is type(actual) or (
        (type(expected), type(actual)) in ((float, int),)
        or (not exact and type(expected) is list and type(actual) is tuple)
    )
    if same_kind:
        return messages.WRONG_RETURN
    return messages.WRONG_RETURN_TYPE.format(
        expected=type(expected).__name__, actual=type(actual).__name__
    )


def _targeted_hint(settings: _Settings, test: dict[str, Any], outcome: Outcome) -> str | None:
    """The author's message for a known wrong answer, if this failure is one."""
    options = settings.options
    for mistake in settings.mistakes:
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
            # a failed assert of the check code is not the learner's error
            and not ("check" in test and _failed_assertion(outcome.exception, test["check"]))
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
    except BaseException:  # a condition that does not apply is simply false
        return False


def _static_error(broken: list[dict[str, Any]]) -> dict[str, Any]:
    """A broken rule of the task, in the form of an error (no exception type)."""
    return v.error_info(
        None,
        broken[0]["message"],
        "\n".join(b["message"] for b in broken),
        line=next((b["line"] for b in broken if b["line"]), None),
    )


def check(task: dict[str, Any], source: str, host: Host | None = None) -> dict[str, Any]:
    """Run every test of `task` on the learner's `source` and return the verdict.

    The host hears of each step (compiling, then each test) before it starts, with the
    results to show if it must stop Python; it may stop the check between tests."""
    host = host or Host()
    settings = _Settings(task)
    tests, unseal = _seal(task["tests"])
    del task  # the learner's code must not find the expected answers in this frame
    planned = planned_results(
        [dict(test, **_visible_expectation(unseal(i))) for i, test in enumerate(tests)]
    )
    total = len(planned)

    compile_limit = max(settings.time_limit, COMPILE_TIME_LIMIT)
    host.step(v.prepared_step([], planned, compile_limit, compiling=True))
    try:
        code = compile_learner_code(source)
    except SyntaxProblem as problem:
        return v.verdict(planned, total=total, error=problem.error, status=v.SYNTAX_ERROR)

    broken = static.violations(ast.parse(source.removeprefix("\ufeff")), settings.rules)
    if broken:
        return v.verdict(planned, total=total, error=_static_error(broken), status=v.STATIC_CHECK)

    results: list[dict[str, Any]] = []
    error = hint = None
    failed_before = False
    for index, (test, skeleton) in enumerate(zip(tests, planned, strict=True)):
        host.step(v.prepared_step(results, planned, settings.time_limit))
        try:
            run = _TestRun(test, code, source, settings)
        except SyntaxError as exc:  # the author's call or check code does not compile
            results.append(
                dict(
                    skeleton,
                    status=v.RUNTIME_ERROR,
                    message=messages.CHECKER_BROKEN.format(error=exc),
                )
            )
            break
        outcome = run.run(host)
        whole = unseal(index)
        result = run.judge(outcome, skeleton, whole)
        results.append(result)
        if result["status"] != v.PASSED and not failed_before:
            failed_before = True  # only the first failing test explains the verdict
            error = outcome.error
            hint = _targeted_hint(settings, whole, outcome)
            if hint is None and result["status"] == v.WRONG_ANSWER:
                hint = explain.forgotten_f(source, outcome.stdout)
            if hint is None:  # e.g. "coroutine was never awaited": a forgotten await
                hint = next(iter(explain.warnings_explained(outcome.stderr)), None)
        if result["status"] in v.FATAL_STATUSES or host.stopping():
            break
    results += planned[len(results) :]
    return v.verdict(results, total=total, error=error, hint=hint)


def _visible_expectation(test: dict[str, Any]) -> dict[str, Any]:
    """The parts of a test its skeleton shows (see planned_results)."""
    keys = ("stdout", "raises", "returns", "returns_literal")
    return {key: test[key] for key in keys if key in test}


def run(
    source: str,
    stdin: str = "",
    *,
    time_limit: float | None = None,
    host: Host | None = None,
    files: dict[str, str] | None = None,
) -> dict[str, Any]:
    """Run the learner's program as «Запустить» does: the output goes to the host as it
    comes, the prompts of input() are echoed, and the host is asked for more lines once
    `stdin` runs out. `files`: the task's files, beside the program."""
    host = host or Host()
    if time_limit:
        host.step(v.prepared_run(time_limit))
    try:
        code = compile_learner_code(source)
    except SyntaxProblem as problem:
        return v.run_result(v.SYNTAX_ERROR, error=problem.error)
    outcome = execute(
        code,
        stdin=stdin,
        time_limit=time_limit,
        host=host,
        stream_output=True,
        echo_prompt=True,
        source=source,
        files=files,
    )
    stderr = outcome.stderr
    if outcome.error and outcome.error.get("traceback"):
        stderr += outcome.error["traceback"] + "\n"
    return v.run_result(outcome.status, outcome.stdout, stderr, outcome.error)

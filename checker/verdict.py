"""The verdict format: the one object the checker returns and the UI shows.

Defined here once; docs/verdict.md describes it for people, the web UI only reads it.

verdict = {
    "status":  one of STATUSES,
    "message": short Russian summary for the learner,
    "details": for "internal_error" only: what failed inside the checker, to copy,
    "passed":  number of tests passed,
    "total":   number of tests,
    "tests":   [test_result, ...] in task order (tests after a fatal stop are "skipped"),
    "error":   error_info or None   (the learner's exception or syntax error, explained;
               a broken rule of the task for "static_check"),
    "hint":    Russian text of a targeted mistake message, or None,
}
test_result = {
    "index":    1-based number of the test,
    "name":     author's name for the test or None,
    "status":   one of STATUSES or "skipped",
    "hidden":   bool; hidden tests carry no input/expected/actual,
    "kind":     "io" | "call" | "check",
    "input":    what the test feeds in (stdin text, or the call expression) or None,
    "expected": expected output / return value as text, or None,
    "actual":   actual output / return value as text, or None,
    "diff_line": 1-based number of the first differing line, or None,
    "message":  Russian explanation of this test's outcome, or None,
}
error_info = {
    "type":        exception class name, e.g. "NameError" (None for a broken rule),
    "line":        1-based line in the learner's code, or None,
    "column":      1-based column, or None,
    "message":     Python's own message,
    "explanation": Russian explanation for a beginner,
    "traceback":   traceback limited to the learner's frames,
}
run_result = {
    "status":  "ok" | "runtime_error" | "syntax_error" | "timeout" | "output_limit"
               | "memory_limit" | "stopped" | "internal_error",
    "stdout":  what the program printed,
    "stderr":  what it wrote to stderr, plus the traceback of its error,
    "error":   error_info or None,
    "message": Russian text for a stopped program (time, output, memory, «Стоп»), or None,
    "details": as in a verdict,
}

Every verdict and run result is made here: by `verdict` and `run_result` after the program
ran, by `prepared_step` before each step for the case where the host has to stop Python
(the host then shows one of those), and by `internal_error` when the checker itself fails.
"""

from __future__ import annotations

from typing import Any

from . import messages

PASSED = "passed"
WRONG_ANSWER = "wrong_answer"
RUNTIME_ERROR = "runtime_error"
SYNTAX_ERROR = "syntax_error"
TIMEOUT = "timeout"
OUTPUT_LIMIT = "output_limit"
MEMORY_LIMIT = "memory_limit"
STATIC_CHECK = "static_check"
STOPPED = "stopped"  # the learner pressed «Стоп»
INTERNAL_ERROR = "internal_error"  # the checker itself failed: never the learner's fault
SKIPPED = "skipped"

STATUSES = (
    PASSED,
    WRONG_ANSWER,
    RUNTIME_ERROR,
    SYNTAX_ERROR,
    TIMEOUT,
    OUTPUT_LIMIT,
    MEMORY_LIMIT,
    STATIC_CHECK,
    STOPPED,
    INTERNAL_ERROR,
)

# After one of these, later tests would only repeat the failure slowly (or the program
# does not even compile), so they are skipped.
FATAL_STATUSES = frozenset({TIMEOUT, MEMORY_LIMIT, OUTPUT_LIMIT, SYNTAX_ERROR, STATIC_CHECK})


def error_info(
    type_name: str,
    message: str,
    explanation: str,
    *,
    line: int | None = None,
    column: int | None = None,
    traceback: str = "",
) -> dict[str, Any]:
    return {
        "type": type_name,
        "line": line,
        "column": column,
        "message": message,
        "explanation": explanation,
        "traceback": traceback,
    }


def test_result(
    index: int,
    status: str,
    *,
    kind: str,
    name: str | None = None,
    hidden: bool = False,
    input: str | None = None,
    expected: str | None = None,
    actual: str | None = None,
    diff_line: int | None = None,
    message: str | None = None,
) -> dict[str, Any]:
    if hidden:  # a hidden test's data never leaves the checker
        input = expected = actual = None
        diff_line = None
    return {
        "index": index,
        "name": name,
        "status": status,
        "hidden": hidden,
        "kind": kind,
        "input": input,
        "expected": expected,
        "actual": actual,
        "diff_line": diff_line,
        "message": message,
    }


def verdict(
    tests: list[dict[str, Any]],
    *,
    total: int,
    error: dict[str, Any] | None = None,
    hint: str | None = None,
    status: str | None = None,
) -> dict[str, Any]:
    """Summarise test results: the first failing test decides the status."""
    passed = sum(1 for t in tests if t["status"] == PASSED)
    failed = next((t for t in tests if t["status"] not in (PASSED, SKIPPED)), None)
    if status is None:
        status = failed["status"] if failed else PASSED
    if error:  # the explanation is shown once, with the error, not again beside each test
        tests = [
            dict(t, message=None) if t["message"] == error["explanation"] else t for t in tests
        ]
    return {
        "status": status,
        "message": messages.summary(status, passed=passed, total=total, failed=failed),
        "passed": passed,
        "total": total,
        "tests": tests,
        "error": error,
        "hint": hint,
    }


# How the host may have to stop Python during a step (see host.Host.step).
STOP_REASONS = ("timeout", "memory_limit", "stack", "crash", "stop")


def prepared_step(
    done: list[dict[str, Any]],
    planned: list[dict[str, Any]],
    limit: float,
    *,
    compiling: bool = False,
) -> dict[str, Any]:
    """What the page shows if the host stops Python during the next test (or, with
    `compiling`, while the program is compiled): one result per way of stopping.

    `done` are the finished tests' results, `planned` the skeletons of all tests
    (status "skipped"). The checker prepares this before each step, so the host never
    composes a verdict itself."""
    total = len(planned)
    if compiling:
        too_complex = error_info("RecursionError", "too complex to compile", messages.TOO_COMPLEX)
        stack = verdict(planned, total=total, error=too_complex, status=SYNTAX_ERROR)
    current = planned[len(done)] if len(done) < total else None

    def failing(status: str, message: str) -> dict[str, Any]:
        if current is None:
            return verdict([*done], total=total, status=status)
        failed = dict(current, status=status, message=message)
        return verdict([*done, failed, *planned[len(done) + 1 :]], total=total)

    prepared = {
        "limit": limit,
        "timeout": failing(TIMEOUT, messages.TIMEOUT),
        "memory_limit": failing(MEMORY_LIMIT, messages.MEMORY_LIMIT),
        "stack": stack if compiling else failing(RUNTIME_ERROR, messages.STACK_OVERFLOW),
        "crash": failing(RUNTIME_ERROR, messages.CRASHED),
        "stop": verdict([*done, *planned[len(done) :]], total=total, status=STOPPED),
    }
    return prepared


def prepared_run(limit: float) -> dict[str, Any]:
    """`prepared_step` for «Запустить»: the output so far is added by the host."""
    return {
        "limit": limit,
        "timeout": run_result(TIMEOUT),
        "memory_limit": run_result(MEMORY_LIMIT),
        "stack": run_result("stack"),
        "crash": run_result("crash"),
        "stop": run_result(STOPPED),
    }


def run_result(
    status: str,
    stdout: str = "",
    stderr: str = "",
    error: dict[str, Any] | None = None,
) -> dict[str, Any]:
    if status in ("stack", "crash"):  # the worker died: to the learner, a runtime error
        message = messages.STACK_OVERFLOW if status == "stack" else messages.CRASHED
        return {
            "status": RUNTIME_ERROR,
            "stdout": stdout,
            "stderr": stderr,
            "error": None,
            "message": message,
        }
    return {
        "status": status,
        "stdout": stdout,
        "stderr": stderr,
        "error": error,
        "message": messages.run_stopped(status),
    }


def internal_error(kind: str, details: str) -> dict[str, Any]:
    """The checker failed (a bug, or state it could not restore): said as such, with the
    details for the author; `kind` is the request's ("check" or "run")."""
    if kind == "check":
        return {
            "status": INTERNAL_ERROR,
            "message": messages.INTERNAL_ERROR,
            "passed": 0,
            "total": 0,
            "tests": [],
            "error": None,
            "hint": None,
            "details": details,
        }
    return dict(run_result(INTERNAL_ERROR), message=messages.INTERNAL_ERROR, details=details)

"""The verdict format: the one object the checker returns and the UI shows.

Defined here once; docs/verdict.md describes it for people, the web UI only reads it.

verdict = {
    "status":  one of STATUSES,
    "message": short Russian summary for the learner,
    "passed":  number of tests passed,
    "total":   number of tests,
    "tests":   [test_result, ...] in task order (tests after a fatal stop are "skipped"),
    "error":   error_info or None   (the learner's exception or syntax error, explained),
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
    "type":        exception class name, e.g. "NameError",
    "line":        1-based line in the learner's code, or None,
    "column":      1-based column, or None,
    "message":     Python's own message,
    "explanation": Russian explanation for a beginner,
    "traceback":   traceback limited to the learner's frames,
}
run_result = {
    "status":  "ok" | "runtime_error" | "syntax_error" | "timeout" | "output_limit"
               | "memory_limit" | "stopped",
    "stdout":  what the program printed,
    "stderr":  what it wrote to stderr, plus the traceback of its error,
    "error":   error_info or None,
    "message": Russian text for a stopped program (time, output, memory, «Стоп»), or None,
}
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
    return {
        "status": status,
        "message": messages.summary(status, passed=passed, total=total, failed=failed),
        "passed": passed,
        "total": total,
        "tests": tests,
        "error": error,
        "hint": hint,
    }


def killed_verdict(
    done: list[dict[str, Any]], planned: list[dict[str, Any]], status: str
) -> dict[str, Any]:
    """The verdict the worker host shows if it has to kill Python during the next test.

    `done` are the finished tests' results, `planned` the skeletons of all tests
    (status "skipped"). The checker prepares this before each test, so the host never
    composes verdicts itself.
    """
    current = planned[len(done)]
    failing = dict(current, status=status, message=messages.test_killed(status))
    return verdict([*done, failing, *planned[len(done) + 1 :]], total=len(planned))


def run_result(
    status: str, stdout: str = "", stderr: str = "", error: dict[str, Any] | None = None
) -> dict[str, Any]:
    return {
        "status": status,
        "stdout": stdout,
        "stderr": stderr,
        "error": error,
        "message": messages.run_stopped(status),
    }

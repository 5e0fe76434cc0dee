"""Prove every task right before learners see it, by running the real checker.

For each task: the reference solution passes every test, each listed wrong solution
fails, and the starter code does not pass. In CPython tasks are checked in parallel
processes; then every reference solution runs again in Pyodide (under Node.js), because
the browser's Python 3.14 lacks things CPython has (`hashlib.pbkdf2_hmac`, threads).

Tests are measured too: small bugs planted in the reference solution (see mutants.py)
must each fail some test. Survivors are advice for the author, not failures, unless
`--strict` asks for it.
"""

from __future__ import annotations

import ast
import contextlib
import gc
import importlib
import json
import logging
import os
import sys
import tempfile
import time
import warnings
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import checker
from checker.limits import DEFAULT_TIME_LIMIT

from .content import Course, Task
from .mutants import mutants as make_mutants
from .node import NodeError, run_node
from .packages import Lock, load_lock, normalise, ship, unpacked

# A mutant may loop forever; it counts as caught when it takes MUTANT_SLOWDOWN times as
# long as the reference solution on a test, or MUTANT_TIME_LIMIT seconds if that is more.
MUTANT_TIME_LIMIT = 0.1
MUTANT_SLOWDOWN = 10
SURVIVORS_SHOWN = 3  # a few per task are enough to tell the author what to test


@dataclass
class TaskReport:
    task_id: str
    file: str
    problems: list[str] = field(default_factory=list)
    tests: int = 0
    wrong: int = 0
    mutants: int = 0  # how many mutants of the solution ran (0: not measured)
    killed: int = 0  # how many of them some test caught
    weak: list[str] = field(default_factory=list)  # the first surviving mutants

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def survived(self) -> int:
        return self.mutants - self.killed


def _describe(verdict: dict[str, Any]) -> str:
    failed = next((t for t in verdict["tests"] if t["status"] not in ("passed", "skipped")), None)
    detail = verdict["message"]
    if verdict.get("error"):
        error = verdict["error"]
        line = f" (line {error['line']})" if error.get("line") else ""
        detail += f" {error['type']}{line}: {error['message']}"
    elif failed:
        detail += f" Expected {failed['expected']!r}, got {failed['actual']!r}."
    return detail


def verify_task(
    task_data: dict[str, Any], file: str, mutants: bool = False, preload: tuple[str, ...] = ()
) -> TaskReport:
    report = TaskReport(task_data["id"], file, tests=len(task_data["tests"]))
    for name in preload:  # the task's libraries, imported before the program as in the browser
        importlib.import_module(name)
    verdict = checker.check(task_data, task_data["solution"])
    if verdict["status"] != "passed":
        report.problems.append(f"solution does not pass: {_describe(verdict)}")
    with _quiet_asyncio():
        for number, wrong in enumerate(task_data.get("wrong", []), start=1):
            report.wrong += 1
            if checker.check(task_data, wrong)["status"] == "passed":
                report.problems.append(
                    f"wrong solution {number} passes every test: add a test that catches it"
                )
        starter = task_data.get("starter", "")
        if starter.strip() and checker.check(task_data, starter)["status"] == "passed":
            report.problems.append("the starter code already passes: the task asks for nothing")
        if mutants and verdict["status"] == "passed":
            measure_tests(task_data, report)
    return report


def measure_tests(task_data: dict[str, Any], report: TaskReport) -> None:
    """Run the mutants of the reference solution; record how many the tests catch.

    A mutant runs test by test, starting with the test that caught the previous one:
    most mutants die on their first test, which keeps this fast. Each test's time limit
    is a multiple of the reference's time on it: what catches a mutant that loops
    forever should not cost the task's whole limit.
    """
    task_limit = float(task_data.get("time_limit", DEFAULT_TIME_LIMIT))
    tests = [(test, task_limit) for test in task_data["tests"]]

    def caught(source: str) -> bool:
        for position, (test, limit) in enumerate(tests):
            one = dict(task_data, tests=[test], time_limit=limit)
            if checker.check(one, source)["status"] != "passed":
                tests.insert(0, tests.pop(position))  # the killer goes first next time
                return True
        return False

    # Mutants are written back by ast.unparse, which drops comments and reflows the
    # code: if that alone fails a test (line numbers in logs, say), measure nothing.
    # This run also times each test.
    original = ast.unparse(ast.parse(task_data["solution"]))
    for position, (test, limit) in enumerate(tests):
        started = time.monotonic()
        if checker.check(dict(task_data, tests=[test]), original)["status"] != "passed":
            return
        took = time.monotonic() - started
        tests[position] = (test, min(limit, max(MUTANT_TIME_LIMIT, MUTANT_SLOWDOWN * took)))
    for mutant in make_mutants(task_data["solution"]):
        report.mutants += 1
        if caught(mutant.source):
            report.killed += 1
        elif len(report.weak) < SURVIVORS_SHOWN:
            report.weak.append(mutant.description)


@contextlib.contextmanager
def _quiet_asyncio() -> Iterator[None]:
    """Wrong async solutions and mutants leave failed tasks nobody awaited; asyncio would
    log "Task exception was never retrieved" into verify's output when they are collected.
    """
    logger = logging.getLogger("asyncio")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        with warnings.catch_warnings():  # "coroutine … was never awaited", at collection
            warnings.simplefilter("ignore", RuntimeWarning)
            gc.collect()
        logger.setLevel(level)


def _verify_in_process(args: tuple[dict[str, Any], str, bool, tuple[str, ...]]) -> TaskReport:
    return verify_task(*args)


def _use_libraries(folder: str | None) -> None:
    """The libraries tasks declare, exactly as the site ships them (site_builder/packages)."""
    if folder and folder not in sys.path:
        sys.path.insert(0, folder)


def _libraries(course: Course) -> tuple[Lock, list[str]]:
    used = sorted({n for task in course.tasks for n in task.data.get("packages", [])})
    return load_lock(), used


def _preload(lock: Lock, task: Task) -> tuple[str, ...]:
    names = [normalise(n) for n in task.data.get("packages", [])]
    return tuple(m for n in names for m in (*lock.packages[n].imports, *lock.packages[n].preload))


def verify_course(
    course: Course, jobs: int | None = None, mutants: bool = False
) -> list[TaskReport]:
    lock, used = _libraries(course)
    folder = str(unpacked(lock, used)) if used else None
    work = [
        (task.data, task.source.display, mutants, _preload(lock, task)) for task in course.tasks
    ]
    jobs = jobs or os.cpu_count() or 1
    if jobs == 1 or len(work) < 2:
        _use_libraries(folder)
        return [verify_task(*item) for item in work]
    with ProcessPoolExecutor(
        max_workers=jobs, initializer=_use_libraries, initargs=(folder,)
    ) as pool:
        return list(pool.map(_verify_in_process, work))


PYODIDE_RUNNER = Path(__file__).with_name("pyodide_check.mjs")


class PyodideUnavailable(Exception):
    pass


def check_in_pyodide(
    requests: list[dict[str, Any]], root: Path, packages: list[str] = ()
) -> dict[Any, dict[str, Any]]:
    """Check {"key", "task", "code", "preload"?} requests in Pyodide, with the libraries
    `packages` installed; returns key -> verdict or crash."""
    requests = [
        {
            "key": r["key"],
            "task_json": json.dumps(r["task"], ensure_ascii=False),
            "code": r["code"],
            "preload": list(r.get("preload", ())),
        }
        for r in requests
    ]
    from .build import checker_archive
    from .engine import packaged_engine

    pyodide: list[str] = []
    if not (root / "node_modules" / "pyodide").is_dir():
        engine = packaged_engine()
        if engine is None:
            raise PyodideUnavailable(
                "no Pyodide here: the packaged engine is missing (in the repository: `npm ci`)"
            )
        pyodide = ["--pyodide", str(engine.pyodide_dir)]
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "checker.zip"
        archive.write_bytes(checker_archive())
        extra = []
        if packages:
            ship(load_lock(), list(packages), Path(tmp) / "packages")
            extra = ["--packages", str(Path(tmp) / "packages")]
        lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in requests)
        try:
            output = run_node(
                PYODIDE_RUNNER,
                "--checker",
                str(archive),
                *pyodide,
                *extra,
                cwd=root if not pyodide else Path(tmp),
                stdin=lines,
            )
        except NodeError as error:
            raise PyodideUnavailable(str(error)) from None
    replies = [json.loads(line) for line in output.splitlines() if line.strip()]
    return {reply["key"]: reply for reply in replies}


def verify_in_pyodide(course: Course, reports: list[TaskReport], root: Path) -> None:
    """Run every reference solution in Pyodide; add problems to the matching reports."""
    lock, used = _libraries(course)
    requests = [
        {
            "key": task.id,
            "task": task.data,
            "code": task.data["solution"],
            "preload": _preload(lock, task),
        }
        for task in course.tasks
    ]
    replies = check_in_pyodide(requests, root, used)
    by_id = {report.task_id: report for report in reports}
    for task in course.tasks:
        reply = replies.get(task.id, {"crash": "no answer from the Pyodide runner"})
        report = by_id[task.id]
        if "crash" in reply:
            report.problems.append(f"in Pyodide the checker crashed: {reply['crash']}")
        elif reply["verdict"]["status"] != "passed":
            report.problems.append(
                f"solution does not pass in Pyodide (the browser's Python): "
                f"{_describe(reply['verdict'])}"
            )


def format_table(reports: list[TaskReport], tasks: list[Task], strict: bool = False) -> str:
    """The table of tasks; with `strict`, surviving mutants make a task fail."""
    width = max([len(r.task_id) for r in reports] + [4])
    lines = [f"{'task':<{width}}  tests  wrong  mutants  result"]
    for report in reports:
        if not report.ok or (strict and report.survived):
            result = "FAIL"
        else:
            result = "weak tests" if report.survived else "ok"
        measured = f"{report.killed}/{report.mutants}" if report.mutants else "-"
        lines.append(
            f"{report.task_id:<{width}}  {report.tests:>5}  {report.wrong:>5}  "
            f"{measured:>7}  {result}"
        )
        lines += [f"    {report.file}: {problem}" for problem in report.problems]
        if report.survived:
            lines.append(
                f"    {report.file}: tests let this change pass; add a test that catches it:"
                if report.survived == 1
                else f"    {report.file}: tests let these changes pass; add tests that catch them:"
            )
            lines += [f"      {change}" for change in report.weak]
            if report.survived > len(report.weak):
                lines.append(f"      … and {report.survived - len(report.weak)} more")
    failed = sum(1 for r in reports if not r.ok or (strict and r.survived))
    weak = sum(1 for r in reports if r.survived)
    summary = f"{len(reports)} tasks, {failed} failing"
    if any(r.mutants for r in reports):
        summary += f", {weak} with weak tests (mutants survived)"
    lines.append(summary)
    return "\n".join(lines)

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


@dataclass
class Places:
    """Where things are in the task file, to name file lines instead of code lines."""

    tests: list[int] = field(default_factory=list)  # the line of each test
    solution: int = 1  # the first line of the solution's code
    wrong: list[int] = field(default_factory=list)  # the first line of each wrong solution
    starter: int = 1

    @classmethod
    def of(cls, source: Any) -> Places:
        data = source.data
        return cls(
            tests=[source.where(("tests", i))[0] for i in range(len(data["tests"]))],
            solution=source.block_line(("solution",)),
            wrong=[source.block_line(("wrong", i)) for i in range(len(data.get("wrong", [])))],
            starter=source.block_line(("starter",)) if "starter" in data else 1,
        )


@dataclass
class TaskReport:
    task_id: str
    file: str
    problems: list[str] = field(default_factory=list)
    tests: int = 0
    wrong: int = 0
    mutants: int = 0  # how many mutants of the solution ran (0: not measured)
    killed: int = 0  # how many of them some test caught
    weak: list[str] = field(default_factory=list)  # every surviving mutant
    said: list[str] = field(default_factory=list)  # what each wrong solution's learner sees

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def survived(self) -> int:
        return self.mutants - self.killed


def _test_detail(test: dict[str, Any], spec: dict[str, Any]) -> str:
    """One failing test, the way an author needs it."""
    raised = str(test.get("actual") or "").startswith("исключение")
    if "raises" in spec and not raised and test["status"] == "wrong_answer":
        return f"ожидалось исключение {spec['raises']}, его не было"
    detail = test["message"]
    if test.get("expected") is not None or test.get("actual") is not None:
        detail += f" Ожидалось {test['expected']!r}, получено {test['actual']!r}."
    return detail


def describe_failures(
    verdict: dict[str, Any],
    task_data: dict[str, Any],
    file: str,
    places: Places | None,
    what: str,
) -> list[str]:
    """Every failing test with its name and line in the task file (or the program's error),
    each as `file:line: <what>: test N «name»: detail`."""
    code_line = places.solution if places else 1
    error = verdict.get("error")

    def error_line() -> int | None:
        return code_line + error["line"] - 1 if error and error.get("line") else None

    def located(line: int | None, text: str) -> str:
        return f"{file}:{line}: {what}: {text}" if line and places else f"{what}: {text}"

    if error and verdict["status"] in ("syntax_error", "static_check"):
        failed: list[dict[str, Any]] = []
    else:
        failed = [t for t in verdict["tests"] if t["status"] not in ("passed", "skipped")]
    if not failed:
        detail = verdict["message"]
        if error:
            detail += f" {error['type']}: {error['message']}"
        return [located(error_line(), detail)]
    found = []
    for test in failed:
        index = test["index"]
        name = f" «{test['name']}»" if test.get("name") else ""
        line = places.tests[index - 1] if places and index <= len(places.tests) else None
        detail = _test_detail(test, task_data["tests"][index - 1])
        if test["status"] == "runtime_error" and error:
            at = f" (line {error_line()} of the file)" if error_line() and places else ""
            detail += f" {error['type']}{at}: {error['message']}"
        found.append(located(line, f"test {index}{name}: {detail}"))
    return found


def learner_message(verdict: dict[str, Any], task_data: dict[str, Any]) -> str:
    """What the learner sees for a verdict: the summary, the targeted hint and where it came
    from (`mistakes`, with the test it is tied to)."""
    text = f"«{verdict['message']}»"
    hint = verdict.get("hint")
    if hint:
        number, mistake = next(
            ((i, m) for i, m in enumerate(task_data.get("mistakes", []), 1) if m["say"] == hint),
            (None, {}),
        )
        origin = f"mistakes[{number}]" if number else "hint"
        if mistake.get("test"):
            origin += f", test «{mistake['test']}»"
        text += f" + {origin}: «{hint}»"
    else:
        text += " (no message from `mistakes` matched)" if task_data.get("mistakes") else ""
    return text


def verify_task(
    task_data: dict[str, Any],
    file: str,
    mutants: bool = False,
    preload: tuple[str, ...] = (),
    places: Places | None = None,
) -> TaskReport:
    report = TaskReport(task_data["id"], file, tests=len(task_data["tests"]))
    for name in preload:  # the task's libraries, imported before the program as in the browser
        importlib.import_module(name)
    verdict = checker.check(task_data, task_data["solution"])
    if verdict["status"] == "timeout":  # a busy machine, or a solution too slow: ask twice
        verdict = checker.check(task_data, task_data["solution"])
    if verdict["status"] != "passed":
        report.problems += describe_failures(
            verdict, task_data, file, places, "solution does not pass"
        )
    with _quiet_asyncio():
        for number, wrong in enumerate(task_data.get("wrong", []), start=1):
            report.wrong += 1
            where = f"{file}:{places.wrong[number - 1]}: " if places else ""
            wrong_verdict = checker.check(task_data, wrong)
            if wrong_verdict["status"] == "passed":
                report.problems.append(
                    f"{where}wrong solution {number} passes every test: add a test that catches it"
                )
            else:
                report.said.append(
                    f"{where}wrong solution {number}: {learner_message(wrong_verdict, task_data)}"
                )
        starter = task_data.get("starter", "")
        if starter.strip() and checker.check(task_data, starter)["status"] == "passed":
            report.problems.append("the starter code already passes: the task asks for nothing")
        if mutants and verdict["status"] == "passed":
            measure_tests(task_data, report, places.solution if places else None)
    return report


def measure_tests(
    task_data: dict[str, Any], report: TaskReport, first_line: int | None = None
) -> None:
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
        elif first_line is None:
            report.weak.append(mutant.description)
        else:  # lines of the task file, not of the solution
            change = mutant.description.split(": ", 1)[1]
            report.weak.append(f"{report.file}:{first_line + mutant.line - 1}: {change}")


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
        # What survives is the process's own (libraries, the course): later collections,
        # one per pytest run of a pytest task, skip it instead of walking it every time.
        gc.freeze()
        logger.setLevel(level)


def _verify_in_process(args: tuple) -> TaskReport:
    return verify_task(*args)


def _prepare_process(folder: str | None) -> None:
    """A process that verifies tasks: the libraries tasks declare, exactly as the site ships
    them (site_builder/packages), on sys.path. A wrong async solution's coroutine that was
    never awaited may be collected during a later task: that is its point, not news."""
    if folder and folder not in sys.path:
        sys.path.insert(0, folder)
    warnings.filterwarnings("ignore", "coroutine .* was never awaited", RuntimeWarning)


def _libraries(course: Course, tasks: list[Task] | None = None) -> tuple[Lock, list[str]]:
    tasks = course.tasks if tasks is None else tasks
    used = sorted({n for task in tasks for n in task.data.get("packages", [])})
    return load_lock(), used


def _preload(lock: Lock, task: Task) -> tuple[str, ...]:
    names = [normalise(n) for n in task.data.get("packages", [])]
    return tuple(m for n in names for m in (*lock.packages[n].imports, *lock.packages[n].preload))


def verify_course(
    course: Course,
    jobs: int | None = None,
    mutants: bool = False,
    tasks: list[Task] | None = None,
) -> list[TaskReport]:
    tasks = course.tasks if tasks is None else tasks
    lock, used = _libraries(course, tasks)
    folder = str(unpacked(lock, used)) if used else None
    work = [
        (task.data, task.source.display, mutants, _preload(lock, task), Places.of(task.source))
        for task in tasks
    ]
    jobs = jobs or os.cpu_count() or 1
    if jobs == 1 or len(work) < 2:
        _prepare_process(folder)
        return [verify_task(*item) for item in work]
    with ProcessPoolExecutor(
        max_workers=jobs, initializer=_prepare_process, initargs=(folder,)
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


def verify_in_pyodide(
    course: Course, reports: list[TaskReport], root: Path, tasks: list[Task] | None = None
) -> None:
    """Run every reference solution in Pyodide; add problems to the matching reports."""
    tasks = course.tasks if tasks is None else tasks
    lock, used = _libraries(course, tasks)
    requests = [
        {
            "key": task.id,
            "task": task.data,
            "code": task.data["solution"],
            "preload": _preload(lock, task),
        }
        for task in tasks
    ]
    replies = check_in_pyodide(requests, root, used)
    slow = [
        r
        for r in requests
        if replies.get(r["key"], {}).get("verdict", {}).get("status") == "timeout"
    ]
    if slow:  # a busy machine, or a solution too slow: ask twice, as in CPython
        replies.update(check_in_pyodide(slow, root, used))
    by_id = {report.task_id: report for report in reports}
    for task in tasks:
        reply = replies.get(task.id, {"crash": "no answer from the Pyodide runner"})
        report = by_id[task.id]
        if "crash" in reply:
            report.problems.append(f"in Pyodide the checker crashed: {reply['crash']}")
        elif reply["verdict"]["status"] != "passed":
            report.problems += describe_failures(
                reply["verdict"],
                task.data,
                report.file,
                Places.of(task.source),
                "solution does not pass in Pyodide (the browser's Python)",
            )


def format_table(
    reports: list[TaskReport], tasks: list[Task], strict: bool = False, said: bool = False
) -> str:
    """The table of tasks; with `strict`, surviving mutants make a task fail; with `said`,
    what the learner sees for each wrong solution."""
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
        lines += [
            f"    {problem}"
            if problem.startswith(f"{report.file}:")
            else f"    {report.file}: {problem}"
            for problem in report.problems
        ]
        if report.survived:
            lines.append(
                f"    {report.file}: tests let this change pass; add a test that catches it:"
                if report.survived == 1
                else f"    {report.file}: tests let these changes pass; add tests that catch them:"
            )
            lines += [f"      {change}" for change in report.weak]
        if said:
            lines += [f"    {message}" for message in report.said]
    failed = sum(1 for r in reports if not r.ok or (strict and r.survived))
    weak = sum(1 for r in reports if r.survived)
    summary = f"{len(reports)} tasks, {failed} failing"
    if any(r.mutants for r in reports):
        summary += f", {weak} with weak tests (mutants survived)"
    lines.append(summary)
    return "\n".join(lines)

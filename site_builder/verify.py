"""Prove every task right before learners see it, by running the real checker.

For each task: the reference solution passes every test, each listed wrong solution
fails, and the starter code does not pass. In CPython tasks are checked in parallel
processes; then every reference solution runs again in Pyodide (under Node.js), because
the browser's Python 3.14 lacks things CPython has (`hashlib.pbkdf2_hmac`, threads).
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import checker

from .content import Course, Task


@dataclass
class TaskReport:
    task_id: str
    file: str
    problems: list[str] = field(default_factory=list)
    tests: int = 0
    wrong: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


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


def verify_task(task_data: dict[str, Any], file: str) -> TaskReport:
    report = TaskReport(task_data["id"], file, tests=len(task_data["tests"]))
    verdict = checker.check(task_data, task_data["solution"])
    if verdict["status"] != "passed":
        report.problems.append(f"solution does not pass: {_describe(verdict)}")
    for number, wrong in enumerate(task_data.get("wrong", []), start=1):
        report.wrong += 1
        if checker.check(task_data, wrong)["status"] == "passed":
            report.problems.append(
                f"wrong solution {number} passes every test: add a test that catches it"
            )
    starter = task_data.get("starter", "")
    if starter.strip() and checker.check(task_data, starter)["status"] == "passed":
        report.problems.append("the starter code already passes: the task asks for nothing")
    return report


def _verify_in_process(args: tuple[dict[str, Any], str]) -> TaskReport:
    return verify_task(*args)


def verify_course(course: Course, jobs: int | None = None) -> list[TaskReport]:
    work = [(task.data, task.source.display) for task in course.tasks]
    jobs = jobs or os.cpu_count() or 1
    if jobs == 1 or len(work) < 2:
        return [verify_task(*item) for item in work]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(_verify_in_process, work))


PYODIDE_RUNNER = Path(__file__).with_name("pyodide_check.mjs")


class PyodideUnavailable(Exception):
    pass


def check_in_pyodide(requests: list[dict[str, Any]], root: Path) -> dict[Any, dict[str, Any]]:
    """Check {"key", "task", "code"} requests in Pyodide; returns key -> verdict or crash."""
    requests = [
        {"key": r["key"], "task_json": json.dumps(r["task"], ensure_ascii=False), "code": r["code"]}
        for r in requests
    ]
    from .build import checker_archive

    if not (root / "node_modules" / "pyodide").is_dir():
        raise PyodideUnavailable("node_modules/pyodide is missing: run `npm ci`")
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "checker.zip"
        archive.write_bytes(checker_archive())
        try:
            completed = subprocess.run(
                ["node", str(PYODIDE_RUNNER), "--checker", str(archive)],
                input="".join(json.dumps(r, ensure_ascii=False) + "\n" for r in requests),
                capture_output=True,
                text=True,
                cwd=root,
                check=False,
            )
        except FileNotFoundError:
            raise PyodideUnavailable("node is not installed (Node.js >= 20)") from None
    if completed.returncode != 0:
        raise PyodideUnavailable(f"Pyodide runner failed: {completed.stderr[-2000:]}")
    replies = [json.loads(line) for line in completed.stdout.splitlines() if line.strip()]
    return {reply["key"]: reply for reply in replies}


def verify_in_pyodide(course: Course, reports: list[TaskReport], root: Path) -> None:
    """Run every reference solution in Pyodide; add problems to the matching reports."""
    requests = [
        {"key": task.id, "task": task.data, "code": task.data["solution"]} for task in course.tasks
    ]
    replies = check_in_pyodide(requests, root)
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


def format_table(reports: list[TaskReport], tasks: list[Task]) -> str:
    width = max([len(r.task_id) for r in reports] + [4])
    lines = [f"{'task':<{width}}  tests  wrong  result"]
    for report in reports:
        result = "ok" if report.ok else "FAIL"
        lines.append(f"{report.task_id:<{width}}  {report.tests:>5}  {report.wrong:>5}  {result}")
        lines += [f"    {report.file}: {problem}" for problem in report.problems]
    failed = sum(1 for r in reports if not r.ok)
    lines.append(f"{len(reports)} tasks, {failed} failing")
    return "\n".join(lines)

"""Run pytest on the learner's tests inside the trainer and say what happened.

The learner's program is main.py in the run's own directory (checker/sandbox.py puts it
there); a task's check code writes the code under test beside it and calls `run()`:

    from trainer_pytest import run
    report = run()               # the learner's tests against the code under test
    assert report.passed, report.summary()

Run it again after writing a planted bug: a good test suite then fails (`report.failed`).
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from dataclasses import dataclass, field

os.environ.setdefault("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")  # no entry-point scanning


@dataclass
class Report:
    passed: list[str] = field(default_factory=list)  # test ids
    failed: dict[str, str] = field(default_factory=dict)  # test id -> short reason
    errors: list[str] = field(default_factory=list)  # collection or fixture errors
    output: str = ""  # what pytest printed

    @property
    def collected(self) -> int:
        return len(self.passed) + len(self.failed)

    @property
    def ok(self) -> bool:
        """Every test passed, and there were some."""
        return bool(self.passed) and not self.failed and not self.errors

    def summary(self) -> str:
        """In Russian, for an assert message the learner reads."""
        if self.errors:
            return "pytest не смог собрать тесты: " + self.errors[0]
        if not self.collected:
            return "pytest не нашёл ни одного теста: имена функций должны начинаться с test_."
        if self.failed:
            name, reason = next(iter(self.failed.items()))
            return f"Тест {name} не прошёл: {reason}"
        return f"Все тесты прошли ({len(self.passed)})."


class _Collector:
    def __init__(self, report: Report) -> None:
        self.report = report

    def pytest_runtest_logreport(self, report) -> None:
        name = report.nodeid.split("::", 1)[-1]
        if report.when == "call" and report.passed:
            self.report.passed.append(name)
        elif report.failed:
            crash = getattr(report.longrepr, "reprcrash", None)
            reason = crash.message if crash is not None else str(report.longrepr)
            if report.when == "call":
                self.report.failed[name] = reason.splitlines()[0] if reason else "?"
            else:
                self.report.errors.append(f"{name}: {reason.splitlines()[0] if reason else '?'}")

    def pytest_collectreport(self, report) -> None:
        if report.failed:
            self.report.errors.append(str(report.longrepr).strip().splitlines()[-1])


def _forget_local_modules(folder: str) -> None:
    """Modules imported from this folder by an earlier run: a new run imports them anew."""
    for name, module in list(sys.modules.items()):
        path = getattr(module, "__file__", None) or ""
        if path and os.path.dirname(os.path.abspath(path)) == folder:
            del sys.modules[name]


def _async_plugin() -> list[str]:
    """pytest-asyncio, where the task loads it (`packages: [pytest-asyncio]`)."""
    try:
        import pytest_asyncio  # noqa: F401
    except ImportError:
        return []
    return ["-p", "pytest_asyncio", "-o", "asyncio_default_fixture_loop_scope=function"]


def run(path: str = "main.py", *args: str) -> Report:
    """Run pytest on `path` (default: the learner's program) with extra pytest `args`."""
    import pytest

    folder = os.getcwd()
    _forget_local_modules(folder)
    report = Report()
    options = [
        path, "-q", "-p", "no:cacheprovider", "-p", "no:faulthandler", "-p", "no:stepwise",
        "--capture=sys", "--color=no", "--rootdir", folder, "-o", "python_files=*.py",
        *_async_plugin(), *args,
    ]  # fmt: skip
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(printed):
        code = pytest.main(options, plugins=[_Collector(report)])
    report.output = printed.getvalue()
    if code in (pytest.ExitCode.INTERNAL_ERROR, pytest.ExitCode.USAGE_ERROR):
        report.errors.append(report.output.strip().splitlines()[-1] if report.output else str(code))
    _forget_local_modules(folder)
    return report

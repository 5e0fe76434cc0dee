"""`trainer verify`: solutions pass, wrong solutions fail, starters do not pass."""

from __future__ import annotations

from site_builder.cli import main as cli
from site_builder.verify import verify_task
from tests.content_fixtures import TASK, write_course

BASE = {
    "id": "t",
    "title": "T",
    "statement": "S",
    "tests": [{"stdin": "2\n", "stdout": "4\n"}],
    "hints": ["a", "b"],
    "solution": "print(int(input()) * 2)",
}


def test_good_task_is_ok():
    report = verify_task(dict(BASE, wrong=["print(int(input()) + 1)"]), "t.yaml")
    assert report.ok, report.problems


def test_failing_solution_is_reported():
    report = verify_task(dict(BASE, solution="print(5)"), "t.yaml")
    assert not report.ok
    assert "solution does not pass" in report.problems[0]
    assert "'4\\n'" in report.problems[0] and "'5\\n'" in report.problems[0]


def test_wrong_solution_that_passes_is_reported():
    # input 2: doubling and adding two agree, so the tests cannot tell them apart
    report = verify_task(dict(BASE, wrong=["print(int(input()) + 2)"]), "t.yaml")
    assert report.problems == ["wrong solution 1 passes every test: add a test that catches it"]


def test_starter_that_passes_is_reported():
    report = verify_task(dict(BASE, starter="print(int(input()) * 2)"), "t.yaml")
    assert report.problems == ["the starter code already passes: the task asks for nothing"]


def test_verify_command_exit_code(tmp_path, capsys):
    good = write_course(tmp_path / "good")
    assert cli(["verify", "--content", str(good), "--jobs", "2"]) == 0
    assert "2 tasks, 0 failing" in capsys.readouterr().out
    bad = write_course(
        tmp_path / "bad",
        {
            "basics/two.yaml": TASK.format(id="two").replace("print(1)", "print(2)"),
        },
    )
    assert cli(["verify", "--content", str(bad)]) == 1
    assert "1 failing" in capsys.readouterr().out


def test_pyodide_mode_keeps_big_integers_exact():
    from site_builder.verify import check_in_pyodide
    from tests.conftest import ROOT

    task = {"tests": [{"call": "f()", "returns": 2**70 + 1}]}
    replies = check_in_pyodide(
        [{"key": "big", "task": task, "code": "def f():\n    return 2**70 + 1"}], ROOT
    )
    assert replies["big"]["verdict"]["status"] == "passed"

"""A teacher's own course: `trainer init`, commands that find the course by themselves,
and the messages authors meet first (YAML pitfalls, a busy port, verify's report)."""

from __future__ import annotations

import argparse
import re
import socket
from pathlib import Path

import pytest

from site_builder.cli import _places
from site_builder.cli import main as cli
from site_builder.content import load_course
from site_builder.source import ContentError
from site_builder.verify import verify_task
from site_builder.workspace import BUNDLED_SITE, NoCourse, check_site, find_course
from tests.conftest import ROOT
from tests.content_fixtures import TASK, write_course

TASK_TWO = TASK.format(id="two")


def test_init_makes_a_course_that_loads_and_verifies(tmp_path, capsys):
    assert cli(["init", str(tmp_path / "my-course"), "--title", "Python в 7Б"]) == 0
    assert "trainer serve --watch" in capsys.readouterr().out
    course_dir = tmp_path / "my-course"
    course = load_course(course_dir)
    assert course.title == "Python в 7Б"
    assert [t.id for t in course.tasks] == ["plus-one"]
    assert "trainer serve" in (course_dir / "README.md").read_text(encoding="utf-8")
    guide = (course_dir / "docs" / "authoring.md").read_text(encoding="utf-8")
    assert guide.startswith("# ") and (course_dir / "docs" / "task-fields.md").is_file()
    assert (course_dir / "docs" / "classroom.md").is_file()  # the teacher's guide
    # every file's editor schema is a path that exists from where the file is
    for path in course_dir.rglob("*.yaml"):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        schema = re.fullmatch(r"# yaml-language-server: \$schema=(\S+)", first)
        assert schema, path
        assert (path.parent / schema.group(1)).resolve().is_file(), path
    assert cli(["init", str(course_dir)]) == 1  # never over an existing course
    assert "already exists" in capsys.readouterr().err


def test_commands_find_the_course_from_inside_it(tmp_path, monkeypatch, capsys):
    cli(["init", str(tmp_path / "c")])
    inner = tmp_path / "c" / "first-steps"
    monkeypatch.chdir(inner)
    assert find_course() == tmp_path / "c"
    args = argparse.Namespace(command="build", content=None, site=None)
    assert _places(args) == 0
    assert args.site == tmp_path / "c" / "site"
    # a new task lands in the course found, with a schema path that works there
    assert cli(["new", "first-steps", "second"]) == 0
    text = (inner / "second.yaml").read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../.schema/task.schema.json")
    assert "trainer verify --task second" in capsys.readouterr().out
    assert cli(["verify", "--no-pyodide", "--no-mutants", "--task", "second"]) == 0
    out = capsys.readouterr().out
    assert "second" in out and "plus-one" not in out and "1 tasks, 0 failing" in out
    # the built site/ beside course.yaml is not taken for a module
    (tmp_path / "c" / "site" / "first-steps").mkdir(parents=True)
    (tmp_path / "c" / "site" / "index.html").write_text("<html></html>")
    load_course(tmp_path / "c")


def test_no_course_here_is_explained(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(NoCourse, match="trainer init"):
        find_course()


def test_bundled_course_only_in_the_repository_and_its_site_is_kept_for_it(tmp_path):
    assert find_course(ROOT / "site_builder") == ROOT / "content"
    other = write_course(tmp_path)
    with pytest.raises(NoCourse, match="engine's own site"):
        check_site(other, BUNDLED_SITE)
    check_site(ROOT / "content", BUNDLED_SITE)
    assert cli(["build", "--content", str(other), "--site", str(BUNDLED_SITE)]) == 1


def test_missing_module_folder_says_how_to_make_one(tmp_path):
    content = write_course(tmp_path, {"course.yaml": "title: К\nmodules:\n  - basics\n  - loops\n"})
    with pytest.raises(ContentError, match="создайте модуль так: папка loops/"):
        load_course(content)


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("mistakes:\n  - say: Похоже: вы склеили строки\n    output: '1'\n", "basics/two.yaml:8:"),
        ("hints:\n  - Подсказка: используйте int()\n  - Вторая.\n", "basics/two.yaml:8:"),
    ],
)
def test_colon_in_text_asks_for_quotes(tmp_path, text, where):
    task = TASK.format(id="two").replace(
        "hints:\n  - Первая подсказка.\n  - Вторая подсказка.\n", ""
    )
    content = write_course(tmp_path, {"basics/two.yaml": task + text})
    with pytest.raises(ContentError) as caught:
        load_course(content)
    message = next(str(p) for p in caught.value.problems if "кавычки" in str(p))
    assert where in message, message


def test_busy_port_names_another(tmp_path, capsys):
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("<html></html>")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        code = cli(
            ["serve", "--no-build", "--content", str(write_course(tmp_path)), "--site", str(site),
             "--port", str(port)]
        )  # fmt: skip
    assert code == 1
    err = capsys.readouterr().err
    assert f"порт {port} занят" in err and f"trainer serve --port {port + 1}" in err
    assert "Traceback" not in err


BASE = {
    "id": "t",
    "title": "T",
    "statement": "S",
    "tests": [
        {"call": "f(-1)", "raises": "ValueError", "name": "отрицательное"},
        {"call": "f(2)", "returns": 4},
    ],
    "hints": ["a", "b"],
    "solution": "def f(n):\n    if n < 0:\n        raise ValueError\n    return n * 2",
}


def test_verify_names_every_failing_test_and_a_missing_exception():
    report = verify_task(dict(BASE, solution="def f(n):\n    return n * 3"), "t.yaml")
    assert len(report.problems) == 2, report.problems
    assert "test 1 «отрицательное»" in report.problems[0]
    assert "ожидалось исключение ValueError, его не было" in report.problems[0]
    assert "None" not in report.problems[0]
    assert "test 2" in report.problems[1] and "'4'" in report.problems[1]


def test_verify_tells_what_each_wrong_solution_hears(tmp_path, capsys):
    task = dict(
        BASE,
        wrong=["def f(n):\n    return n * 2"],
        mistakes=[{"test": "отрицательное", "returns": -2, "say": "Проверьте знак числа."}],
    )
    report = verify_task(task, "t.yaml")
    assert report.ok, report.problems
    (said,) = report.said
    assert "wrong solution 1" in said
    assert "mistakes[1], test «отрицательное»: «Проверьте знак числа.»" in said


def test_verify_without_node_still_prints_the_table(tmp_path, monkeypatch, capsys):
    import site_builder.node as node

    monkeypatch.setattr(node, "node_binary", lambda: None)
    content = write_course(tmp_path)
    assert cli(["verify", "--content", str(content), "--no-mutants", "--jobs", "1"]) == 0
    captured = capsys.readouterr()
    assert "2 tasks, 0 failing" in captured.out
    assert "not verified in Pyodide" in captured.err


def test_example_task_file_lines_in_the_report(tmp_path, capsys):
    cli(["init", str(tmp_path / "c")])
    path = Path(tmp_path / "c" / "first-steps" / "plus-one.yaml")
    text = path.read_text(encoding="utf-8").replace("print(n + 1)", "print(n + 2)")
    path.write_text(text, encoding="utf-8")
    capsys.readouterr()
    assert cli(["verify", "--content", str(tmp_path / "c"), "--no-pyodide", "--jobs", "1"]) == 1
    out = capsys.readouterr().out
    lines = text.splitlines()
    first_test = next(i for i, line in enumerate(lines, 1) if line.startswith("  - stdin:"))
    assert f"first-steps/plus-one.yaml:{first_test}: solution does not pass: test 1:" in out, out


def test_watch_runs_the_saved_tasks_solutions(tmp_path, capsys):
    from site_builder.cli import _verify_changed

    content = write_course(
        tmp_path, {"basics/two.yaml": TASK_TWO.replace("solution: print(1)", "solution: print(2)")}
    )
    _verify_changed(content, ["two"])
    out = capsys.readouterr().out
    assert "solution does not pass" in out and "one" not in out.split("\n", 1)[1]

"""`trainer new`: a ready, valid task in the right module; clear errors otherwise."""

from __future__ import annotations

import pytest

from site_builder.content import load_course
from site_builder.dist import make_dist
from site_builder.scaffold import ScaffoldError, new_task
from site_builder.verify import verify_task
from tests.content_fixtures import write_course


def test_new_task_is_valid_listed_last_and_verifies(tmp_path):
    content = write_course(tmp_path)
    path = new_task(content, "basics", "plus-one")
    assert path == content / "basics" / "plus-one.yaml"
    assert path.read_text().startswith("# yaml-language-server: $schema=")
    course = load_course(content)
    assert [t.id for t in course.tasks] == ["one", "two", "plus-one"]
    report = verify_task(course.task("plus-one").data, str(path))
    assert report.ok, report.problems


@pytest.mark.parametrize(
    ("module", "task_id", "message"),
    [
        ("basic", "x", "did you mean 'basics'?"),
        ("basics", "Plus One", "not a valid id"),
        ("basics", "one", "already used"),
    ],
)
def test_new_task_errors(tmp_path, module, task_id, message):
    content = write_course(tmp_path)
    before = (content / "basics" / "module.yaml").read_text()
    with pytest.raises(ScaffoldError, match=message):
        new_task(content, module, task_id)
    assert (content / "basics" / "module.yaml").read_text() == before


def test_dist_zip_holds_the_site_and_the_class_server_with_a_readme(tmp_path):
    import zipfile

    site = tmp_path / "site"
    (site / "basics").mkdir(parents=True)
    (site / "index.html").write_text("<html></html>")
    (site / "basics" / "index.html").write_text("<html></html>")
    target = make_dist(site, tmp_path / "dist" / "python-trainer.zip")
    names = zipfile.ZipFile(target).namelist()
    assert "python-trainer/site/index.html" in names
    assert "python-trainer/site/basics/index.html" in names
    assert "python-trainer/classroom.py" in names  # the class server next to the site
    readme = zipfile.ZipFile(target).read("python-trainer/README.txt").decode()
    assert "python3 classroom.py" in readme
    # the teacher's guide, where the README and the teacher's page say it is
    guide = zipfile.ZipFile(target).read("python-trainer/docs/classroom.md").decode()
    assert guide.startswith("# Урок в классе") and "docs/classroom.md в этой папке" in readme
    with pytest.raises(FileNotFoundError):
        make_dist(tmp_path / "nothing", tmp_path / "x.zip")


def test_cli_new_and_its_errors(tmp_path, capsys):
    from site_builder.cli import main as cli

    content = write_course(tmp_path)
    assert cli(["new", "basics", "three", "--content", str(content)]) == 0
    assert "listed 'three' last" in capsys.readouterr().out
    assert cli(["new", "nope", "four", "--content", str(content)]) == 1
    assert "no module 'nope'" in capsys.readouterr().err

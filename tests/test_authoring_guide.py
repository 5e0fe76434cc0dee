"""The examples in docs/authoring.md stay valid: full tasks load and verify, fragments
validate against the task schema."""

from __future__ import annotations

import re
from pathlib import Path

import jsonschema
import pytest
import yaml

from site_builder.content import load_course
from site_builder.schema import load_schema
from site_builder.verify import verify_course
from tests.conftest import ROOT
from tests.content_fixtures import TASK, write_course

GUIDE = ROOT / "docs" / "authoring.md"
TASK_HEADER = "# yaml-language-server: $schema=../../site_builder/schema/task.schema.json"


def _yaml_blocks() -> list[str]:
    """Every ```yaml block of the guide, dedented as YAML needs it."""
    blocks = []
    for indent, body in re.findall(
        r"^( *)```yaml\n(.*?)^\1```$", GUIDE.read_text(encoding="utf-8"), re.M | re.S
    ):
        lines = [line.removeprefix(indent) for line in body.splitlines()]
        blocks.append("\n".join(lines) + "\n")
    return blocks


def _is_task(block: str) -> bool:
    """A full task starts with the schema line (a block of that line alone shows it)."""
    return block.startswith(TASK_HEADER) and block.strip() != TASK_HEADER


def _tasks() -> list[str]:
    return [block for block in _yaml_blocks() if _is_task(block)]


def test_guide_has_full_task_examples():
    ids = [yaml.safe_load(block)["id"] for block in _tasks()]
    assert {"sum-of-two", "password-hash-verify"} <= set(ids)
    assert len(ids) == len(set(ids)), "task ids in the guide must be unique"


def test_full_tasks_in_the_guide_load_and_verify(tmp_path: Path):
    tasks = {yaml.safe_load(block)["id"]: block for block in _tasks()}
    files = {f"guide/{task_id}.yaml": text for task_id, text in tasks.items()}
    module = "title: Примеры\ntasks:\n" + "".join(f"  - {t}\n" for t in tasks)
    content = write_course(
        tmp_path,
        {"course.yaml": "title: Курс\nmodules:\n  - guide\n", "guide/module.yaml": module, **files},
    )
    for name in ("basics/module.yaml", "basics/one.yaml", "basics/two.yaml"):
        (content / name).unlink()
    (content / "basics").rmdir()
    course = load_course(content)  # raises ContentError listing every problem
    # in their own processes, with exactly the libraries the tasks declare
    for report in verify_course(course, jobs=2):
        assert report.ok, (report.task_id, report.problems)


@pytest.mark.parametrize(
    "block", [b for b in _yaml_blocks() if not b.startswith(TASK_HEADER)], ids=lambda b: b[:30]
)
def test_fragments_in_the_guide_are_valid(block: str):
    data = yaml.safe_load(block)
    schema = load_schema("task")
    base = yaml.safe_load(TASK.format(id="fragment"))
    if isinstance(data, list):  # a piece of `tests:`
        base["tests"] = data
    elif "tasks" in data:  # a module.yaml
        jsonschema.validate(data, load_schema("module"))
        return
    else:  # task fields such as `compare:` or `mistakes:`
        base.update(data)
    jsonschema.Draft202012Validator(schema).validate(base)


def test_quoted_course_task_is_the_real_one():
    """The guide quotes content/basics/sum-of-two.yaml as it is in the course."""
    real = (ROOT / "content" / "basics" / "sum-of-two.yaml").read_text(encoding="utf-8")
    quoted = next(b for b in _tasks() if yaml.safe_load(b)["id"] == "sum-of-two")
    assert quoted == real, "update the sum-of-two example in docs/authoring.md"

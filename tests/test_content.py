"""Loading and validating content: every problem with file:line:col, all at once."""

from __future__ import annotations

import pytest

from site_builder.content import load_course
from site_builder.source import ContentError
from tests.conftest import ROOT
from tests.content_fixtures import TASK, write_course


def problems(tmp_path, files):
    content = write_course(tmp_path, files)
    with pytest.raises(ContentError) as caught:
        load_course(content)
    return [str(p).replace(str(tmp_path) + "/", "") for p in caught.value.problems]


def test_bundled_course_is_valid_and_ordered():
    course = load_course(ROOT / "content")
    assert len(course.tasks) >= 5
    assert course.modules[0].tasks[0].id == "hello-world"
    assert course.tasks[0].url == "basics/hello-world/"


def test_valid_course_loads(tmp_path):
    course = load_course(write_course(tmp_path))
    assert [t.id for t in course.tasks] == ["one", "two"]


def test_yaml_syntax_error_has_line_and_column(tmp_path):
    found = problems(tmp_path, {"basics/one.yaml": "id: one\ntitle: [unclosed\n"})
    assert len(found) == 1
    assert found[0].startswith("content/basics/one.yaml:3:1: YAML syntax error")


def test_unknown_field_suggests_the_closest(tmp_path):
    found = problems(tmp_path, {"basics/one.yaml": TASK.format(id="one") + "titel: x\n"})
    assert found == ["content/basics/one.yaml:10:1: unknown field 'titel'; did you mean 'title'?"]


def test_wrong_type_and_missing_field(tmp_path):
    text = (
        TASK.format(id="one")
        .replace("title: Задача one\n", "")
        .replace('stdout: "1\\n"', "stdout: 1")
    )
    found = problems(tmp_path, {"basics/one.yaml": text})
    assert "content/basics/one.yaml:1:1: missing required field 'title'" in found
    assert "content/basics/one.yaml:4:13: tests[1].stdout must be text, not a number" in found


def test_test_of_no_kind_is_explained(tmp_path):
    text = TASK.format(id="one").replace('  - stdout: "1\\n"', "  - stdin: x")
    found = problems(tmp_path, {"basics/one.yaml": text})
    assert len(found) == 1 and "tests[1]: a test is exactly one kind" in found[0]
    assert found[0].startswith("content/basics/one.yaml:5:5:")


def test_all_problems_at_once_across_files(tmp_path):
    found = problems(
        tmp_path,
        {
            "basics/one.yaml": TASK.format(id="one").replace(
                "hints:\n  - Первая подсказка.\n", "hints:\n"
            ),
            "basics/two.yaml": TASK.format(id="two") + "time_limit: -1\n",
        },
    )
    assert len(found) == 2
    assert found[0].startswith("content/basics/one.yaml:")
    assert found[1].startswith("content/basics/two.yaml:10:13:")


def test_duplicate_ids(tmp_path):
    found = problems(tmp_path, {"basics/two.yaml": TASK.format(id="one")})
    assert any(p.startswith("content/basics/two.yaml:1:5: duplicate task id 'one'") for p in found)


def test_duplicate_key_in_yaml(tmp_path):
    found = problems(tmp_path, {"basics/one.yaml": TASK.format(id="one") + "title: again\n"})
    assert found == [
        "content/basics/one.yaml:10:1: duplicate key 'title': YAML keeps only the last one"
    ]


def test_module_lists_a_missing_task_and_misses_a_present_one(tmp_path):
    found = problems(
        tmp_path,
        {"basics/module.yaml": "title: Основы\ntasks:\n  - one\n  - three\n"},
    )
    assert (
        "content/basics/module.yaml:4:5: no task with id 'three' in basics/ "
        "(the id is the task file's `id:` field)" in found
    )
    assert any(p.startswith("content/basics/two.yaml:1:5: task 'two' is not listed") for p in found)


def test_unlisted_module_folder(tmp_path):
    found = problems(
        tmp_path,
        {
            "extra/module.yaml": "title: Ещё\ntasks:\n  - three\n",
            "extra/three.yaml": TASK.format(id="three"),
        },
    )
    assert any("module folder 'extra' is not listed" in p for p in found)


def test_python_syntax_in_solution_points_into_the_block(tmp_path):
    text = TASK.format(id="one").replace(
        "solution: print(1)\n", "solution: |\n  x = 1\n  print(x\n"
    )
    found = problems(tmp_path, {"basics/one.yaml": text})
    assert len(found) == 1
    assert found[0].startswith("content/basics/one.yaml:11:")
    assert "solution is not valid Python" in found[0]


def test_static_rule_constructs_match_the_checker():
    import json

    from checker.static import CONSTRUCTS
    from site_builder.schema import SCHEMA_DIR

    schema = json.loads((SCHEMA_DIR / "task.schema.json").read_text())
    assert set(schema["$defs"]["rule"]["properties"]["construct"]["enum"]) == set(CONSTRUCTS)


def test_numeric_mapping_keys_are_rejected_with_the_workaround(tmp_path):
    text = TASK.format(id="one").replace('  - stdout: "1\\n"', "  - call: f()\n    returns: {2: 1}")
    found = problems(tmp_path, {"basics/one.yaml": text})
    assert len(found) == 1 and "mapping key 2 is not text" in found[0]
    assert found[0].startswith("content/basics/one.yaml:6:15:")


def test_returns_literal_must_be_a_python_literal(tmp_path):
    text = TASK.format(id="one").replace(
        '  - stdout: "1\\n"', '  - call: f()\n    returns_literal: "(1, x)"'
    )
    found = problems(tmp_path, {"basics/one.yaml": text})
    assert len(found) == 1 and "returns_literal is not a Python literal" in found[0]
    assert found[0].startswith("content/basics/one.yaml:6:")


def test_a_mistake_names_an_existing_test(tmp_path):
    text = (
        TASK.format(id="one").replace('  - stdout: "1\\n"', '  - name: ноль\n    stdout: "1\\n"')
        + "mistakes:\n  - test: нуль\n    output: '2'\n    say: Нет.\n"
    )
    found = problems(tmp_path, {"basics/one.yaml": text})
    assert len(found) == 1 and "no test is named 'нуль' (test names: 'ноль')" in found[0]

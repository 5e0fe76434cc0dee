"""Mutation testing in `trainer verify`: small bugs in a reference solution must fail a test."""

from __future__ import annotations

import ast
import time

from site_builder.cli import main as cli
from site_builder.mutants import mutants
from site_builder.verify import TaskReport, format_table, verify_task
from tests.content_fixtures import write_course


def changes(source: str) -> list[str]:
    """The descriptions of every mutant of `source`."""
    return [m.description for m in mutants(source)]


def test_comparisons_are_swapped():
    found = changes("x = a < b\ny = a >= b\nz = a == b\n")
    assert "line 1: `a < b` → `a <= b`" in found
    assert "line 2: `a >= b` → `a > b`" in found
    assert "line 3: `a == b` → `a != b`" in found


def test_each_comparison_of_a_chain_is_swapped_alone():
    found = changes("ok = lo <= x < hi\n")
    assert "line 1: `lo <= x < hi` → `lo < x < hi`" in found
    assert "line 1: `lo <= x < hi` → `lo <= x <= hi`" in found


def test_integer_constants_are_shifted_but_not_booleans_or_huge_numbers():
    found = changes("flag = True\nbig = 10 ** 9 + 7\nif n > 18:\n    n = 1_000_000\n")
    assert "line 3: `n > 18` → `n > 19`" in found
    assert "line 3: `n > 18` → `n > 17`" in found
    shifted = [change for change in found if "→" in change]
    assert not any(
        "True" in change or "10 ** 8" in change or "1000001" in change for change in shifted
    )
    assert "line 2: `10 ** 9 + 7` → `10 ** 9 + 8`" in found  # small numbers still are


def test_range_bounds_that_are_names_are_shifted():
    found = changes("for i in range(n):\n    print(i)\n")
    assert "line 1: `range(n)` → `range(n + 1)`" in found
    assert "line 1: `range(n)` → `range(n - 1)`" in found
    # a bound with a number in it is left to the constant's own mutants
    found = changes("for i in range(1, n + 1):\n    print(i)\n")
    assert "line 1: `n + 1` → `n + 2`" in found
    assert not any("n + 1 + 1" in change for change in found)


def test_and_or_and_plus_minus_are_swapped_but_not_on_strings():
    found = changes("ok = a and b\ntotal = x + y\ncount -= 1\ntext = 'a' + s\n")
    assert "line 1: `a and b` → `a or b`" in found
    assert "line 2: `x + y` → `x - y`" in found
    assert "line 3: `count -= 1` → `count += 1`" in found
    assert not any("'a' - s" in change for change in found)


def test_statements_are_removed_but_not_imports_definitions_or_docstrings():
    source = '''
import math


def area(r):
    """Why this function exists."""
    if r < 0:
        raise ValueError(r)
    return math.pi * r * r
'''
    by_description = {m.description: m.source for m in mutants(source)}
    assert "line 7: `if r < 0: …` removed" in by_description
    assert "line 9: `return math.pi * r * r` removed" in by_description
    # a block left empty gets `pass`, so the mutant still compiles
    raise_removed = by_description["line 8: `raise ValueError(r)` removed"]
    assert "if r < 0:\n        pass" in raise_removed
    assert not any("import" in d or "def area" in d or "Why" in d for d in by_description)


def test_statements_that_change_nothing_when_removed_are_kept():
    source = """
import time


def find(items, wanted):
    time.sleep(0.1)
    for item in items:
        if item == wanted:
            return item
    return None
"""
    found = changes(source)
    assert not any("sleep" in change for change in found)
    assert "line 9: `return item` removed" in found  # a loop would go on without it
    assert not any("return None" in change for change in found)  # the function ends anyway


def test_first_and_last_are_not_swapped_in_indexes():
    found = changes("print(row[0], row[-1])\n")
    assert "line 1: `row[0]` → `row[1]`" in found
    assert "line 1: `row[-1]` → `row[-2]`" in found
    assert "line 1: `row[0]` → `row[-1]`" not in found
    assert "line 1: `row[-1]` → `row[-0]`" not in found


def test_mutants_compile_differ_from_the_original_and_are_distinct():
    source = (
        "def f(n):\n    total = 0\n    for i in range(n):\n        total += i\n    return total\n"
    )
    found = mutants(source)
    original = ast.unparse(ast.parse(source))
    texts = [m.source for m in found]
    assert found and original not in texts and len(set(texts)) == len(texts)
    for text in texts:
        compile(text, "<mutant>", "exec")


def test_the_number_of_mutants_is_capped_and_spread_over_the_code():
    source = "".join(f"x{i} = a{i} < {i} and b{i} > {i}\n" for i in range(1, 31))
    found = mutants(source, limit=10)
    assert len(found) == 10
    assert found == mutants(source, limit=10)  # the choice is deterministic
    lines = [m.line for m in found]
    assert min(lines) <= 3 and max(lines) >= 27


def test_test_suites_are_not_mutated():
    assert mutants("import unittest\n\nclass T(unittest.TestCase):\n    x = 1 < 2\n") == []
    assert mutants("def test_add():\n    assert 1 + 1 == 2\n") == []


def test_source_that_does_not_parse_has_no_mutants():
    assert mutants("def (:\n") == []


# A task whose tests never try the boundary: `n > 0` passes them as well as `n >= 0`.
WEAK = {
    "id": "non-negative",
    "title": "T",
    "statement": "S",
    "tests": [{"stdin": "5\n", "stdout": "yes\n"}, {"stdin": "-5\n", "stdout": "no\n"}],
    "hints": ["a", "b"],
    "solution": 'n = int(input())\nif n >= 0:\n    print("yes")\nelse:\n    print("no")\n',
}
STRONG = dict(
    WEAK,
    tests=[
        *WEAK["tests"],
        {"stdin": "0\n", "stdout": "yes\n"},
        {"stdin": "-1\n", "stdout": "no\n"},
    ],
)


def test_weak_tests_let_a_mutant_survive():
    report = verify_task(WEAK, "t.yaml", mutants=True)
    assert report.ok, report.problems  # advice, not a failure
    assert report.mutants > 0 and report.survived > 0
    assert "line 2: `n >= 0` → `n > 0`" in report.weak
    assert len(report.weak) <= 3


def test_strong_tests_catch_every_mutant():
    report = verify_task(STRONG, "t.yaml", mutants=True)
    assert report.ok and report.mutants > 0
    assert report.killed == report.mutants and report.weak == []


def test_without_mutants_nothing_is_measured():
    report = verify_task(WEAK, "t.yaml")
    assert report.mutants == 0 and report.weak == []


def test_a_mutant_that_loops_forever_is_caught_quickly():
    task = dict(
        WEAK,
        tests=[{"stdin": "", "stdout": "3\n"}],
        solution="i = 0\nwhile i < 3:\n    i += 1\nprint(i)\n",
        time_limit=5,
    )
    started = time.monotonic()
    report = verify_task(task, "t.yaml", mutants=True)
    # `i -= 1` and removing `i += 1` loop forever: each costs a fraction of a second
    assert time.monotonic() - started < 3
    assert report.mutants > 0
    assert "line 3: `i += 1` → `i -= 1`" not in report.weak
    assert "line 3: `i += 1` removed" not in report.weak


def test_table_shows_survivors_with_advice():
    report = TaskReport("weak", "w.yaml", tests=2, mutants=5, killed=4, weak=["line 2: `<`"])
    table = format_table([report], [])
    assert "4/5" in table and "weak tests" in table and "FAIL" not in table
    assert "tests let this change pass; add a test that catches it" in table
    assert "      line 2: `<`" in table
    assert "1 tasks, 0 failing, 1 with weak tests" in table
    strict = format_table([report], [], strict=True)
    assert "FAIL" in strict and "1 tasks, 1 failing" in strict


WEAK_YAML = """\
id: two
title: Задача two
statement: Выведите yes для неотрицательного числа.
tests:
  - stdin: "5\\n"
    stdout: "yes\\n"
  - stdin: "-5\\n"
    stdout: "no\\n"
hints:
  - Первая подсказка.
  - Вторая подсказка.
solution: |
  n = int(input())
  if n >= 0:
      print("yes")
  else:
      print("no")
"""


def test_verify_fails_on_surviving_mutants_only_when_strict(tmp_path, capsys):
    content = write_course(tmp_path, {"basics/two.yaml": WEAK_YAML})
    args = ["verify", "--content", str(content), "--no-pyodide", "--jobs", "2"]
    assert cli(args) == 0
    out = capsys.readouterr().out
    # the line of the task file (the solution's second line), every survivor listed
    assert "basics/two.yaml:14: `n >= 0` → `n > 0`" in out
    assert "more" not in out
    assert "2 tasks, 0 failing, 1 with weak tests" in out
    assert cli([*args, "--strict"]) == 1
    assert "2 tasks, 1 failing" in capsys.readouterr().out
    assert cli([*args, "--strict", "--no-mutants"]) == 0
    out = capsys.readouterr().out
    assert "n >= 0" not in out and "2 tasks, 0 failing\n" in out + "\n"

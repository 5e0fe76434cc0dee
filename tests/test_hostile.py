"""Hostile programs at the checker level, in CPython and in Pyodide (tests/hostile.py)."""

from __future__ import annotations

import json

import pytest

from site_builder.build import checker_archive
from site_builder.node import run_node
from tests.conftest import ROOT
from tests.hostile import CASES, run_case

IN_CPYTHON = [case for case in CASES if "cpython" in case[3]]


@pytest.mark.parametrize("case", IN_CPYTHON, ids=[case[0] for case in IN_CPYTHON])
def test_case_in_cpython(case):
    assert run_case(case) is None


def test_every_case_holds_in_pyodide(tmp_path):
    archive = tmp_path / "checker.zip"
    archive.write_bytes(checker_archive())
    output = run_node(
        ROOT / "site_builder" / "pyodide_check.mjs",
        "--checker",
        str(archive),
        "--script",
        str(ROOT / "tests" / "hostile.py"),
        cwd=ROOT,
    )
    report = json.loads(output.strip().splitlines()[-1])
    assert report["python"].startswith("3.14"), report
    assert report["cases"] == sum(1 for case in CASES if "pyodide" in case[3])
    assert report["failed"] == {}, json.dumps(report["failed"], ensure_ascii=False, indent=1)

"""The shared checker cases, in CPython and in Pyodide (Node.js)."""

from __future__ import annotations

import json

import pytest

from site_builder.build import checker_archive
from site_builder.node import run_node
from tests.checker_cases import CASES, run_case
from tests.conftest import ROOT


@pytest.mark.parametrize("case", CASES, ids=[case[0] for case in CASES])
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
        str(ROOT / "tests" / "checker_cases.py"),
        cwd=ROOT,
    )
    report = json.loads(output.strip().splitlines()[-1])
    assert report["python"].startswith("3.14"), report
    assert report["cases"] == len(CASES)
    assert report["failed"] == {}, json.dumps(report["failed"], ensure_ascii=False, indent=1)

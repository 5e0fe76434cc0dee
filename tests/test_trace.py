"""«По шагам»: the tracer's cases (tests/trace_cases.py) in CPython and in Pyodide."""

from __future__ import annotations

import json

import pytest

from site_builder.build import checker_archive
from site_builder.node import run_node
from tests.conftest import ROOT
from tests.trace_cases import CASES, run_case, special_cases

SPECIAL_CASES = 5  # the checks in special_cases()


@pytest.mark.parametrize("case", CASES, ids=[case[0] for case in CASES])
def test_case_in_cpython(case):
    assert run_case(case) is None


def test_special_cases_in_cpython():
    failed = {name: why for name, why in special_cases().items() if why}
    assert failed == {}


def test_every_case_holds_in_pyodide(tmp_path):
    archive = tmp_path / "checker.zip"
    archive.write_bytes(checker_archive())
    output = run_node(
        ROOT / "site_builder" / "pyodide_check.mjs",
        "--checker",
        str(archive),
        "--script",
        str(ROOT / "tests" / "trace_cases.py"),
        cwd=ROOT,
    )
    report = json.loads(output.strip().splitlines()[-1])
    assert report["python"].startswith("3.14"), report
    assert report["cases"] == len(CASES) + SPECIAL_CASES
    assert report["failed"] == {}, json.dumps(report["failed"], ensure_ascii=False, indent=1)

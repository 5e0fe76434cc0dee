"""The shared checker cases, in CPython and in Pyodide (Node.js)."""

from __future__ import annotations

import pytest

from tests.checker_cases import CASES, run_case
from tests.in_pyodide import run_cases


@pytest.mark.parametrize("case", CASES, ids=[case[0] for case in CASES])
def test_case_in_cpython(case):
    assert run_case(case) is None


def test_every_case_holds_in_pyodide(tmp_path):
    assert run_cases("checker_cases.py", tmp_path)["cases"] == len(CASES)

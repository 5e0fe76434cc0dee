"""Hostile programs at the checker level, in CPython and in Pyodide (tests/hostile.py)."""

from __future__ import annotations

import pytest

from tests.hostile import CASES, run_case
from tests.in_pyodide import run_cases

IN_CPYTHON = [case for case in CASES if "cpython" in case[3]]


@pytest.mark.parametrize("case", IN_CPYTHON, ids=[case[0] for case in IN_CPYTHON])
def test_case_in_cpython(case):
    assert run_case(case) is None


def test_every_case_holds_in_pyodide(tmp_path):
    in_pyodide = sum(1 for case in CASES if "pyodide" in case[3])
    assert run_cases("hostile.py", tmp_path)["cases"] == in_pyodide

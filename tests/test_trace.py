"""«По шагам»: the tracer's cases (tests/trace_cases.py) in CPython and in Pyodide."""

from __future__ import annotations

import pytest

from tests.in_pyodide import run_cases
from tests.trace_cases import CASES, run_case, special_cases

SPECIAL_CASES = 5  # the checks in special_cases()


@pytest.mark.parametrize("case", CASES, ids=[case[0] for case in CASES])
def test_case_in_cpython(case):
    assert run_case(case) is None


def test_special_cases_in_cpython():
    failed = {name: why for name, why in special_cases().items() if why}
    assert failed == {}


def test_every_case_holds_in_pyodide(tmp_path):
    assert run_cases("trace_cases.py", tmp_path)["cases"] == len(CASES) + SPECIAL_CASES

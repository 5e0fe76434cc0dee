"""Run a case module (tests/checker_cases.py, hostile.py, trace_cases.py) in Pyodide under
Node.js, with the checker as the site ships it (site_builder/pyodide_check.mjs)."""

from __future__ import annotations

import json
from pathlib import Path

from site_builder.build import checker_archive
from site_builder.node import run_node
from tests.conftest import ROOT


def run_cases(script: str, tmp_path: Path) -> dict:
    """The report of tests/<script> in Pyodide, once it ran on Python 3.14 with no case
    failed: {"python", "cases": how many ran, "failed": {}}."""
    archive = tmp_path / "checker.zip"
    archive.write_bytes(checker_archive())
    output = run_node(
        ROOT / "site_builder" / "pyodide_check.mjs",
        "--checker",
        str(archive),
        "--script",
        str(ROOT / "tests" / script),
        cwd=ROOT,
    )
    report = json.loads(output.strip().splitlines()[-1])
    assert report["python"].startswith("3.14"), report
    assert report["failed"] == {}, json.dumps(report["failed"], ensure_ascii=False, indent=1)
    return report

"""Explanations measured on a corpus of real beginner errors (tests/corpus/, see its README).

Every corpus program runs the way «Запустить» runs a learner's program, in CPython and in
Pyodide's 3.14 (one Node process). At least 95 % of the syntax errors and of the runtime
errors must get a specific explanation rather than a general fallback; every explanation
keeps to three sentences with no English outside code and quotes; and the explanations of
the programs with `# expect:` / `# reject:` lines must (not) contain those fragments, so a
wrong explanation fails here.
"""

from __future__ import annotations

import json

import pytest

from site_builder.build import checker_archive
from site_builder.node import run_node
from tests.conftest import ROOT
from tests.corpus import measure

pytestmark = pytest.mark.filterwarnings("ignore::SyntaxWarning")  # the programs' own

SPECIFIC_SHARE = 0.95
PROGRAMS = measure.load()


def check(report: dict) -> None:
    lines = []
    for kind, figures in report["figures"].items():
        share = figures["specific"] / figures["programs"]
        lines.append(
            f"{report['python']} {kind}: {figures['specific']}/{figures['programs']} specific "
            f"({share:.1%})"
        )
    print("\n".join(lines))
    assert report["problems"] == {}, json.dumps(report["problems"], ensure_ascii=False, indent=1)
    for kind, figures in report["figures"].items():
        assert figures["programs"] == sum(p["kind"] == kind for p in PROGRAMS)
        assert figures["specific"] >= SPECIFIC_SHARE * figures["programs"], (
            kind,
            report["generic"],
        )


def test_the_corpus_is_large_enough():
    kinds = [p["kind"] for p in PROGRAMS]
    assert kinds.count("syntax") >= 250 and kinds.count("runtime") >= 200
    assert len({(p["code"], p["stdin"]) for p in PROGRAMS}) == len(PROGRAMS), "one program once"
    assert all(p["source"] for p in PROGRAMS), "every program says where it comes from"


def test_corpus_in_cpython():
    check(measure.summary(measure.measure(PROGRAMS)))


def run_in_pyodide(tmp_path, programs: list[dict], show_all: bool = False) -> dict:
    archive = tmp_path / "checker.zip"
    archive.write_bytes(checker_archive())
    script = tmp_path / "corpus.py"
    corpus = json.dumps(programs, ensure_ascii=False)
    source = (ROOT / "tests" / "corpus" / "measure.py").read_text(encoding="utf-8")
    preamble = f"import json\nPROGRAMS = json.loads({corpus!r})\nSHOW_ALL = {show_all}\n"
    script.write_text(preamble + source, encoding="utf-8")
    output = run_node(
        ROOT / "site_builder" / "pyodide_check.mjs",
        "--checker",
        str(archive),
        "--script",
        str(script),
        cwd=ROOT,
    )
    lines = [json.loads(line) for line in output.strip().split("\n") if line.startswith("{")]
    report = lines[-1]
    if show_all:
        report["results"] = lines[:-1]
    return report


def test_corpus_in_pyodide(tmp_path):
    report = run_in_pyodide(tmp_path, PROGRAMS)
    assert report["python"].startswith("3.14"), report["python"]
    check(report)

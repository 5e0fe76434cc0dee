"""The bundled course is right: every task verifies in CPython and in Pyodide."""

from __future__ import annotations

from site_builder.content import load_course
from site_builder.verify import verify_course, verify_in_pyodide
from tests.conftest import ROOT


def test_every_bundled_task_verifies_in_both_interpreters():
    course = load_course(ROOT / "content")
    reports = verify_course(course, mutants=False)
    verify_in_pyodide(course, reports, ROOT)
    failing = {r.task_id: r.problems for r in reports if not r.ok}
    assert not failing, failing


def test_the_course_spans_the_promised_topics():
    course = load_course(ROOT / "content")
    modules = [m.id for m in course.modules]
    for topic in (
        "basics",
        "oop",
        "exceptions",
        "asyncio",
        "json",
        "sqlite",
        "http",
        "security",
        "caching",
        "queues",
        "logging",
        "testing",
    ):
        assert topic in modules
    assert all(len(m.tasks) >= 5 for m in course.modules)

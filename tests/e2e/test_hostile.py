"""Hostile programs through the page, in plain and in cross-origin isolated pages: each
gets the right verdict, and the next honest check (of this task, and of another task
reached by a link) is unaffected. `make test` runs a slice of tests/hostile.py;
`make hostile` (TRAINER_HOSTILE=all) runs every case."""

from __future__ import annotations

import json
import os

import pytest

from site_builder.build import build_site
from tests.e2e.conftest import _guard, wait_for_task
from tests.hostile import CASES, HONEST, TASK
from tests.site_server import BackgroundServer

SLICE = {
    "close the worker",
    "forge a step with a huge limit",
    "patch the checker's comparison",
    "patch json.dumps",
    "an audit hook",
    "read the expected output from the checker's frames",
    "os._exit",
    "an exception whose __str__ raises SystemExit",
    "a huge expression",
    "an endless loop",
    "a C-level endless loop",
    "a recursion deep in C with a raised limit",
    "a huge list",
}
ALL = os.environ.get("TRAINER_HOSTILE") == "all"
ON_PAGE = [case for case in CASES if "page" in case[3] and (ALL or case[0] in SLICE)]
OTHER = {"id": "hostile-other", "tests": [{"stdout": "7\n"}], "hints": ["a", "b"]}


def _task_yaml(task: dict, solution: str) -> str:
    data = {k: v for k, v in task.items() if k != "id"}
    data.update(title=task["id"], statement="Выведите число.", hints=["a", "b"], solution=solution)
    return f"id: {task['id']}\n" + "".join(
        f"{k}: {json.dumps(v, ensure_ascii=False)}\n" for k, v in data.items()
    )


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    content = root / "content"
    (content / "m").mkdir(parents=True)
    (content / "course.yaml").write_text("title: Курс\nmodules:\n  - m\n", encoding="utf-8")
    (content / "m" / "module.yaml").write_text(
        "title: Модуль\ntasks:\n  - hostile-five\n  - hostile-other\n", encoding="utf-8"
    )
    (content / "m" / "five.yaml").write_text(_task_yaml(TASK, HONEST), encoding="utf-8")
    (content / "m" / "other.yaml").write_text(_task_yaml(OTHER, "print(7)"), encoding="utf-8")
    site = build_site(content, root / "site").site
    server = BackgroundServer(site)
    yield server
    server.close()


def _open(browser, server, *, isolated: bool):
    context = browser.new_context(service_workers="allow" if isolated else "block")
    foreign = _guard(context, server.origin)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(error.stack or str(error)))
    page.goto(f"{server.origin}/m/hostile-five/")
    wait_for_task(page, "hostile-five")
    if isolated:  # the service worker makes the page cross-origin isolated from the reload on
        page.wait_for_function("navigator.serviceWorker.controller !== null", timeout=120_000)
        page.reload()
        wait_for_task(page, "hostile-five")
        assert page.evaluate("crossOriginIsolated")
    return context, page, foreign, errors


@pytest.mark.parametrize("isolated", [False, True], ids=["plain", "isolated"])
def test_hostile_programs_get_the_right_verdict_and_leave_nothing_behind(
    browser, hostile_site, isolated
):
    context, page, foreign, errors = _open(browser, hostile_site, isolated=isolated)
    wrong = {}
    for name, code, status, _where in ON_PAGE:
        verdict = page.evaluate("code => window.trainer.check(code)", code)
        if verdict is None or verdict["status"] != status:
            wrong[name] = f"got {verdict and verdict['status']}, expected {status}"
            continue
        after = page.evaluate("code => window.trainer.check(code)", HONEST)
        if after["status"] != "passed":
            wrong[name] = f"the next honest check: {after['status']} {after['message']}"
    page.evaluate(
        "url => { const a = Object.assign(document.createElement('a'), {href: url}); "
        "document.body.append(a); a.click(); }",
        f"{hostile_site.origin}/m/hostile-other/",
    )
    wait_for_task(page, "hostile-other")
    other = page.evaluate("code => window.trainer.check(code)", "print(7)")
    context.close()
    assert not wrong, json.dumps(wrong, ensure_ascii=False, indent=1)
    assert other["status"] == "passed", other["message"]
    assert not foreign, foreign
    assert not errors, errors

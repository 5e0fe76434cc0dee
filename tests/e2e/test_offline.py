"""Offline classrooms: the service worker keeps the whole site, Python included, after
one visit; it isolates the page so Python can be interrupted and asked for input; a new
deployment replaces the cache without losing drafts."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from site_builder.build import build_site
from site_builder.content import load_course
from tests.conftest import ROOT
from tests.content_fixtures import TASK, write_course
from tests.e2e.conftest import _guard, wait_for_task
from tests.e2e.test_task_page import type_code
from tests.site_server import BackgroundServer

COURSE = load_course(ROOT / "content")


def controlled(page) -> None:
    """Wait until the service worker has stored the site and controls the page."""
    page.wait_for_function("navigator.serviceWorker.controller !== null", timeout=120_000)


@pytest.fixture
def sw_context(browser, server):
    context = browser.new_context(service_workers="allow")
    foreign = _guard(context, server.origin)
    yield context
    context.close()
    assert not foreign, f"requests to other origins: {foreign}"


def test_works_offline_after_the_first_visit(sw_context, server):
    page = sw_context.new_page()
    page.goto(f"{server.origin}/basics/hello-world/")
    wait_for_task(page, "hello-world")
    controlled(page)
    sw_context.set_offline(True)
    task = COURSE.task("is-even")  # never opened before
    page.goto(f"{server.origin}/{task.url}")
    wait_for_task(page, "is-even")
    verdict = page.evaluate("code => window.trainer.check(code)", task.data["solution"])
    assert verdict["status"] == "passed"
    page.goto(f"{server.origin}/map/")
    expect(page.locator("[data-progress-summary]")).to_contain_text("Решено задач: 1 из")


def test_isolated_page_interrupts_python_and_asks_for_input(sw_context, server):
    page = sw_context.new_page()
    page.goto(f"{server.origin}/basics/greeting/")
    wait_for_task(page, "greeting")
    controlled(page)
    page.reload()
    wait_for_task(page, "greeting")
    assert page.evaluate("crossOriginIsolated")
    assert page.evaluate("window.trainer.ready()")["interruptible"]

    status = page.locator("[data-python-status]")
    verdict = page.evaluate("window.trainer.check('while True:\\n    pass')")
    assert verdict["status"] == "timeout"
    expect(status).to_have_attribute("data-state", "ready")  # interrupted, not restarted
    assert (
        page.evaluate("window.trainer.check('print(f\"Привет, {input()}!\")')")["status"]
        == "passed"
    )

    type_code(page, 'name = input("Как вас зовут? ")\nprint(f"Привет, {name}!")\n')
    page.locator("summary", has_text="Входные данные").click()
    page.locator(".trainer__stdin-text").fill("")
    page.get_by_role("button", name="Запустить").click()
    field = page.get_by_role("textbox", name="Ответ программе на «Как вас зовут? »")
    field.fill("Аня")
    field.press("Enter")
    expect(page.locator("[data-output]")).to_have_text("Как вас зовут? Аня\nПривет, Аня!\n")

    type_code(page, "i = 0\nwhile True:\n    i += 1\n    if i % 50000 == 0:\n        print(i)\n")
    page.get_by_role("button", name="Запустить").click()
    expect(page.locator("[data-output]")).to_contain_text("50000")
    page.get_by_role("button", name="Стоп").click()
    expect(page.locator(".trainer__output")).to_contain_text("Выполнение остановлено")
    expect(status).to_have_attribute("data-state", "ready")


def test_new_deployment_replaces_the_cache_and_keeps_the_draft(browser, tmp_path):
    content = write_course(tmp_path)
    site = tmp_path / "site"
    build_site(content, site)
    server = BackgroundServer(site)
    context = browser.new_context(service_workers="allow")
    try:
        page = context.new_page()
        page.goto(f"{server.origin}/basics/one/")
        wait_for_task(page, "one")
        controlled(page)
        type_code(page, "print('черновик до обновления')\n")
        page.wait_for_timeout(600)  # the draft is saved within 300 ms of typing

        write_course(
            tmp_path,
            {
                "basics/one.yaml": TASK.format(id="one").replace(
                    "Задача one", "Задача после обновления"
                )
            },
        )
        build_site(content, site)
        page.reload()
        wait_for_task(page, "one")
        notice = page.locator(".trainer-update")
        expect(notice).to_contain_text("Курс обновлён", timeout=60_000)
        notice.get_by_role("button", name="Обновить страницу").click()
        wait_for_task(page, "one")
        expect(page.locator("h1")).to_have_text("Задача после обновления")
        expect(page.locator(".cm-content")).to_contain_text("черновик до обновления")
        caches = page.evaluate("caches.keys()")
        assert len([name for name in caches if name.startswith("trainer-site-")]) == 1
    finally:
        context.close()
        server.close()

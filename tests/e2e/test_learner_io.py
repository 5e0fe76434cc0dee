"""What a learner meets on the very first visit and in everyday use: input() answered by
typing, a browser that refuses to store anything, the same task open in two tabs."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.e2e.conftest import open_task
from tests.e2e.test_task_page import type_code

GREETING = 'name = input("Как вас зовут? ")\nprint(f"Привет, {name}!")\n'


def answer_typed_input(page) -> None:
    """«Запустить» with an empty input box: the program asks, the learner types."""
    type_code(page, GREETING)
    stdin = page.locator(".trainer__stdin-text")
    if stdin.is_visible():
        stdin.fill("")
    page.get_by_role("button", name="Запустить").click()
    field = page.get_by_role("textbox", name="Ответ программе на «Как вас зовут? »")
    expect(field).to_be_focused()
    expect(page.locator("[data-python-status]")).to_have_attribute("data-state", "waiting")
    page.keyboard.type("Аня")
    page.keyboard.press("Enter")
    expect(page.locator("[data-output]")).to_have_text("Как вас зовут? Аня\nПривет, Аня!\n")
    expect(field).to_have_count(0)
    expect(page.locator("[data-python-status]")).to_have_attribute("data-state", "ready")


def test_first_visit_asks_for_input_while_the_program_runs(page, server):
    """A fresh browser: no service worker, no stored snapshot, no isolation; input() waits
    for the learner through JSPI."""
    open_task(page, server.origin, "greeting")
    info = page.evaluate("window.trainer.ready()")
    assert info["snapshot"] != "stored", "a fresh browser cannot have a stored snapshot"
    assert not page.evaluate("crossOriginIsolated")
    assert page.evaluate("navigator.serviceWorker.controller") is None
    assert info["jspi"] and not info["interruptible"]
    expect(page.locator(".trainer__stdin-note")).to_be_hidden()  # no «type it in advance»
    answer_typed_input(page)

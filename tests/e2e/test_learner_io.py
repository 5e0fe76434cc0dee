"""What a learner meets on the very first visit and in everyday use: input() answered by
typing, a browser that refuses to store anything, the same task open in two tabs."""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import expect

from tests.browser import CHROMIUM_ARGS, chromium_executable
from tests.e2e.conftest import _guard, open_task, wait_for_task
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


@pytest.fixture(scope="module")
def lan_browser(browser):
    """Chromium that resolves class.lan to this computer: a classroom's plain http:// name."""
    lan = browser.browser_type.launch(
        executable_path=chromium_executable(),
        args=[*CHROMIUM_ARGS, "--host-resolver-rules=MAP class.lan 127.0.0.1"],
    )
    yield lan
    lan.close()


@pytest.fixture
def lan_page(lan_browser, server):
    origin = f"http://class.lan:{server.port}"
    context = lan_browser.new_context(viewport={"width": 1280, "height": 900}, locale="ru-RU")
    foreign = _guard(context, origin)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(error.stack or str(error)))
    page.base_url = origin  # type: ignore[attr-defined]
    yield page
    context.close()
    assert not foreign, f"requests to other origins: {foreign}"
    assert not errors, f"JavaScript errors on the page: {errors}"


def test_insecure_classroom_origin_asks_for_input_and_stops_a_waiting_program(lan_page):
    """http://class.lan: no secure context, so no service worker and no shared memory;
    input() still waits for the learner (JSPI), and «Стоп» ends a program that waits."""
    page = lan_page
    page.goto(f"{page.base_url}/basics/greeting/")  # page.request would not know class.lan
    wait_for_task(page, "greeting")
    assert page.evaluate("isSecureContext") is False
    assert page.evaluate("crossOriginIsolated") is False
    assert page.evaluate("'serviceWorker' in navigator") is False
    answer_typed_input(page)

    type_code(page, 'name = input("Имя? ")\nprint("не дождались", name)\n')
    page.get_by_role("button", name="Запустить").click()
    field = page.get_by_role("textbox", name="Ответ программе на «Имя? »")
    expect(field).to_be_focused()
    page.get_by_role("button", name="Стоп").click()
    expect(page.locator(".trainer__output")).to_contain_text("Выполнение остановлено")
    expect(page.locator("[data-output]")).not_to_contain_text("не дождались")
    expect(field).to_have_count(0)
    expect(page.get_by_role("button", name="Стоп")).to_be_hidden()
    expect(page.locator("[data-python-status]")).to_have_attribute("data-state", "ready")
    assert page.evaluate("window.trainer.run('print(2 + 2)', '')")["stdout"] == "4\n"


REFUSE_STORAGE = """
Storage.prototype.setItem = function () {
    throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
};
"""


def test_storage_that_refuses_to_write_is_told_and_nothing_else_breaks(page, server, tmp_path):
    page.context.add_init_script(REFUSE_STORAGE)
    open_task(page, server.origin, "hello-world")
    type_code(page, 'print("Привет, мир!")\n')
    page.get_by_role("button", name="Проверить").click()
    expect(page.locator("[data-verdict]")).to_contain_text("Все тесты пройдены")
    notice = page.locator('[data-notice="progress.notSaved"]')
    expect(notice).to_be_visible()
    expect(notice).to_contain_text("Прогресс сейчас не сохраняется")
    expect(notice).to_have_count(1)  # told once, not at every keystroke
    # what the browser would not store is still here, and the file has it
    expect(page.get_by_role("button", name="Сравнить с решением автора")).to_be_visible()
    with page.expect_download() as download_info:
        notice.get_by_role("button", name="Сохранить прогресс в файл").click()
    saved = tmp_path / "progress.json"
    download_info.value.save_as(saved)
    entry = json.loads(saved.read_text())["tasks"]["hello-world"]
    assert entry["solved"] and entry["draft"] == 'print("Привет, мир!")\n'


def test_two_tabs_of_one_task_lose_nothing(context, server):
    first, second = context.new_page(), context.new_page()
    for tab in (first, second):
        open_task(tab, server.origin, "hello-world")
    # typed in one tab: the other, with nothing of its own, takes the new draft
    type_code(first, 'print("из первой вкладки")\n')
    expect(second.locator(".cm-content")).to_contain_text("из первой вкладки")
    expect(second.locator('[data-notice="draft.updatedElsewhere"]')).to_be_visible()

    # and back: the second tab types, the first follows
    type_code(second, 'print("Привет, мир!")\n')
    expect(first.locator(".cm-content")).to_have_text('print("Привет, мир!")')

    # solved in one tab: the other one's navigation and help panel know it
    first.get_by_role("button", name="Проверить").click()
    expect(first.locator("[data-verdict]")).to_contain_text("Все тесты пройдены")
    link = second.locator('.md-nav--primary .md-nav__link[href$="hello-world/"]').first
    expect(link).to_have_class(re.compile("trainer-solved"))
    expect(second.get_by_role("button", name="Сравнить с решением автора")).to_be_visible()
    # a map opened elsewhere follows as well
    second.goto(f"{server.origin}/map/")
    expect(second.locator('[data-task-link="hello-world"]')).to_have_class(
        re.compile("trainer-solved")
    )
    first.get_by_role("button", name="Начать задачу заново").click()
    first.get_by_role("alertdialog").get_by_role("button", name="Да, начать заново").click()
    expect(second.locator('[data-task-link="hello-world"]')).not_to_have_class(
        re.compile("trainer-solved")
    )


def test_progress_file_from_a_task_page_into_a_fresh_browser(page, browser, server, tmp_path):
    open_task(page, server.origin, "hello-world")
    page.evaluate("window.trainer.check('print(\"Привет, мир!\")')")
    open_task(page, server.origin, "sum-of-two")
    type_code(page, "a = input()  # мой черновик\n")
    help_panel = page.locator(".trainer__help")
    with page.expect_download() as download_info:
        help_panel.get_by_role("button", name="Сохранить прогресс в файл").click()
    saved = tmp_path / "progress.json"
    download_info.value.save_as(saved)
    expect(help_panel.locator(".trainer-tools__message")).to_contain_text(
        "Файл с прогрессом сохранён"
    )

    fresh = browser.new_context(viewport={"width": 1280, "height": 900}, service_workers="block")
    try:
        other = fresh.new_page()
        open_task(other, server.origin, "sum-of-two")
        editor, tools = other.locator(".cm-content"), other.locator(".trainer__help")
        starter = editor.text_content()
        message = tools.locator(".trainer-tools__message")
        file_input = tools.locator("input[type=file]")

        broken = tmp_path / "broken.json"
        broken.write_text('{"format": "python-trainer-progress", "version": 1, "tasks": [1]')
        file_input.set_input_files(broken)
        expect(message).to_contain_text("не удалось прочитать")
        expect(message).to_have_class(re.compile("trainer-tools__message--error"))
        broken.write_text(
            json.dumps(
                {
                    "format": "python-trainer-progress",
                    "version": 1,
                    "tasks": {"sum-of-two": {"solved": "да"}},
                }
            )
        )
        file_input.set_input_files(broken)
        expect(message).to_contain_text("Файл прогресса повреждён")
        expect(editor).to_have_text(starter)
        link = other.locator('.md-nav--primary .md-nav__link[href$="hello-world/"]').first
        expect(link).not_to_have_class(re.compile("trainer-solved"))
        assert other.evaluate("localStorage.getItem('trainer:v1:task:hello-world')") is None

        file_input.set_input_files(saved)
        expect(message).to_contain_text("Прогресс загружен: решено задач — 1")
        expect(editor).to_contain_text("мой черновик")
        expect(link).to_have_class(re.compile("trainer-solved"))
        other.reload()
        wait_for_task(other, "sum-of-two")
        expect(editor).to_contain_text("мой черновик")
    finally:
        fresh.close()

"""A learner on a task page: solve, break, loop forever, reload."""

from __future__ import annotations

import json

from playwright.sync_api import expect

from site_builder.content import load_course
from tests.conftest import ROOT
from tests.e2e.conftest import open_task, wait_for_task

COURSE = load_course(ROOT / "content")


FOLLOW_LINK = """url => {
    const link = Object.assign(document.createElement("a"), {href: url});
    document.body.append(link);
    link.click();
    link.remove();
}"""


def test_every_reference_solution_passes_in_the_browser(page, server):
    """All tasks in one visit, moving on by links as a learner does (instant navigation
    keeps Python loaded, so this also proves the worker survives page changes)."""
    open_task(page, server.origin, COURSE.tasks[0].id)
    page.evaluate("window.sameDocument = true")
    failures = {}
    for position, task in enumerate(COURSE.tasks):
        if position:  # the first one is open already
            page.evaluate(FOLLOW_LINK, f"{server.origin}/{task.url}")
            wait_for_task(page, task.id)
        verdict = page.evaluate("code => window.trainer.check(code)", task.data["solution"])
        if verdict["status"] != "passed" or verdict["passed"] != len(task.data["tests"]):
            failures[task.id] = verdict["message"]
    assert not failures, json.dumps(failures, ensure_ascii=False, indent=1)
    assert page.evaluate("window.sameDocument === true"), "a page was fully reloaded"


def type_code(page, code: str) -> None:
    editor = page.locator(".cm-content")
    editor.click()
    page.keyboard.press("Control+a")
    page.keyboard.press("Delete")
    # auto-indent would double the indentation of typed lines, so insert the text as is
    page.keyboard.insert_text(code)


def test_wrong_solution_shows_the_failing_test(page, server):
    open_task(page, server.origin, "sum-of-two")
    type_code(page, "a = input()\nb = input()\nprint(a + b)\n")
    page.get_by_role("button", name="Проверить").click()
    verdict = page.locator("[data-verdict]")
    expect(verdict).to_contain_text("Неверный ответ: тест 1")
    expect(verdict).to_contain_text("склеили строки")  # the author's targeted message
    details = verdict.locator(".trainer__details")
    expect(details).to_contain_text("Ожидалось")
    expect(details.locator(".trainer__line--diff").first).to_have_text("5")
    expect(details.locator(".trainer__line--diff").last).to_have_text("23")
    tests = len(COURSE.task("sum-of-two").data["tests"])
    expect(verdict.locator(".trainer__test--wrong_answer")).to_have_count(tests)


def test_keyboard_shortcut_checks_and_error_line_is_marked(page, server):
    open_task(page, server.origin, "sum-of-two")
    type_code(page, "a = int(input())\nprint(a + b)\n")
    page.locator(".cm-content").press("Control+Enter")
    verdict = page.locator("[data-verdict]")
    expect(verdict).to_contain_text("Ошибка в строке 2")
    expect(verdict).to_contain_text("Имя b не определено")
    expect(page.locator(".cm-trainer-error-line")).to_have_text("print(a + b)")


def test_infinite_loop_times_out_and_the_next_check_works(page, server):
    open_task(page, server.origin, "sum-of-two")
    verdict = page.evaluate("window.trainer.check('while True:\\n    pass')")
    assert verdict["status"] == "timeout"
    assert verdict["tests"][0]["status"] == "timeout"
    assert verdict["tests"][1]["status"] == "skipped"
    verdict = page.evaluate("window.trainer.check('print(int(input()) + int(input()))')")
    assert verdict["status"] == "passed"


def test_loop_in_c_code_is_killed_by_the_host_and_python_restarts(page, server):
    open_task(page, server.origin, "sum-of-two")
    # sum(iter(int, 1)) never returns to Python code, so only terminating the worker stops it
    verdict = page.evaluate("window.trainer.check('sum(iter(int, 1))')")
    assert verdict["status"] == "timeout"
    expect(page.locator("[data-python-status]")).to_have_attribute(
        "data-state", "ready", timeout=30_000
    )
    verdict = page.evaluate("window.trainer.check('print(int(input()) + int(input()))')")
    assert verdict["status"] == "passed"


def test_run_shows_output_as_text_with_stdin(page, server):
    open_task(page, server.origin, "greeting")
    type_code(page, 'name = input()\nprint(f"<b>{name}</b><img src=x onerror=alert(1)>")\n')
    page.locator("summary", has_text="Входные данные").click()
    page.locator(".trainer__stdin-text").fill("Аня")
    page.get_by_role("button", name="Запустить").click()
    console = page.locator("[data-output]")
    expect(console).to_have_text("<b>Аня</b><img src=x onerror=alert(1)>\n")
    expect(console.locator("img")).to_have_count(0)


def test_run_contract_returns_stdout_stderr_error(page, server):
    open_task(page, server.origin, "greeting")
    result = page.evaluate("window.trainer.run('print(input())\\nprint(1/0)', 'привет')")
    assert result["stdout"] == "привет\n"
    assert "ZeroDivisionError" in result["stderr"]
    assert result["error"]["type"] == "ZeroDivisionError"
    assert result["error"]["line"] == 2


def test_draft_survives_a_reload(page, server):
    open_task(page, server.origin, "hello-world")
    type_code(page, 'print("мой черновик")\n')
    page.reload()
    expect(page.locator(".cm-content")).to_contain_text('print("мой черновик")')


def test_page_is_in_russian_and_shows_python_status(page, server):
    open_task(page, server.origin, "hello-world")
    assert page.locator("html").get_attribute("lang") == "ru"
    expect(page.locator("[data-python-status]")).to_have_text("Python готов")
    expect(page.get_by_role("button", name="Запустить")).to_be_visible()
    expect(page.get_by_role("button", name="Стоп")).to_be_hidden()


def test_memory_exhaustion_is_memory_limit_and_the_page_keeps_working(page, server):
    open_task(page, server.origin, "sum-of-two")
    verdict = page.evaluate("window.trainer.check('x = [0] * (10 ** 9)')")
    assert verdict["status"] == "memory_limit"
    verdict = page.evaluate("window.trainer.check('print(int(input()) + int(input()))')")
    assert verdict["status"] == "passed"

"""What a learner notices: hints, the solution rule, progress files, phones, keyboards,
accessibility."""

from __future__ import annotations

import json

from playwright.sync_api import expect

from site_builder.content import load_course
from tests.conftest import ROOT
from tests.e2e.conftest import open_task, wait_for_task
from tests.e2e.test_task_page import type_code

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
WRONG = "print('не то')"


COURSE = load_course(ROOT / "content")


def test_hint_ladder_reveals_one_hint_at_a_time_and_remembers(page, server):
    hints = COURSE.task("sum-of-two").data["hints"]
    open_task(page, server.origin, "sum-of-two")
    help_panel = page.locator(".trainer__help")
    for shown in range(1, len(hints) + 1):
        page.get_by_role("button", name=f"Подсказка {shown} из {len(hints)}").click()
        expect(help_panel.locator(".trainer__hints li")).to_have_count(shown)
        expect(help_panel.locator(".trainer__hints li").last).to_contain_text(
            hints[shown - 1].replace("`", "")[:12]
        )
    expect(help_panel.locator("[data-action=hint]")).to_be_hidden()
    page.reload()
    wait_for_task(page, "sum-of-two")
    expect(help_panel.locator(".trainer__hints li")).to_have_count(len(hints))


def test_solution_opens_after_failed_checks_behind_a_confirmation(page, server):
    open_task(page, server.origin, "last-digit")
    show = page.locator("[data-action=solution]")
    expect(show).to_be_disabled()
    expect(page.locator(".trainer__solution-note")).to_contain_text("ещё 3 неудачных")
    for _ in range(3):
        page.evaluate("code => window.trainer.check(code)", WRONG)
    expect(show).to_be_enabled()
    show.click()
    dialog = page.get_by_role("alertdialog")
    expect(dialog).to_contain_text("Открыть решение автора?")
    dialog.get_by_role("button", name="Попробую сам").click()
    expect(page.locator(".trainer__solution")).to_be_hidden()
    show.click()
    page.get_by_role("alertdialog").get_by_role("button", name="Открыть решение").click()
    expect(page.locator(".trainer__solution")).to_contain_text("abs(n) % 10")


def test_after_solving_the_solution_is_there_to_compare_and_the_next_task_is_one_click(
    page, server
):
    open_task(page, server.origin, "hello-world")
    page.evaluate("window.trainer.check('print(\"Привет, мир!\")')")
    page.get_by_role("button", name="Сравнить с решением автора").click()
    expect(page.locator(".trainer__solution")).to_contain_text('print("Привет, мир!")')
    page.evaluate("window.sameDocument = true")
    page.locator("[data-action=next]").click()
    following = COURSE.tasks[[t.id for t in COURSE.tasks].index("hello-world") + 1]
    wait_for_task(page, following.id)
    assert page.evaluate("window.sameDocument === true"), "the next task reloaded the page"


def test_restart_task_forgets_its_progress(page, server):
    open_task(page, server.origin, "hello-world")
    page.evaluate("window.trainer.check('print(\"Привет, мир!\")')")
    page.get_by_role("button", name="Начать задачу заново").click()
    page.get_by_role("alertdialog").get_by_role("button", name="Да, начать заново").click()
    expect(page.locator(".cm-content")).to_have_text("# напишите программу ниже")
    expect(page.locator("[data-action=solution]")).to_have_text("Показать решение")
    page.reload()
    wait_for_task(page, "hello-world")
    expect(page.locator(".cm-content")).to_have_text("# напишите программу ниже")


def test_progress_export_import_round_trip_and_foreign_file_rejected(page, server, tmp_path):
    open_task(page, server.origin, "hello-world")
    page.evaluate("window.trainer.check('print(\"Привет, мир!\")')")
    page.goto(f"{server.origin}/map/")
    expect(page.locator("[data-progress-summary]")).to_contain_text("Решено задач: 1 из")
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Сохранить прогресс в файл").click()
    saved = tmp_path / "progress.json"
    download_info.value.save_as(saved)
    data = json.loads(saved.read_text())
    assert data["format"] == "python-trainer-progress" and data["tasks"]["hello-world"]["solved"]

    page.get_by_role("button", name="Сбросить весь прогресс").click()
    page.get_by_role("alertdialog").get_by_role("button", name="Да, удалить всё").click()
    expect(page.locator("[data-progress-summary]")).to_contain_text("Решено задач: 0 из")

    foreign = tmp_path / "foreign.json"
    foreign.write_text(json.dumps({"hello": "world"}))
    page.locator("[data-progress-tools] input[type=file]").set_input_files(foreign)
    expect(page.locator(".trainer-tools__message")).to_contain_text("не файл прогресса тренажёра")
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    page.locator("[data-progress-tools] input[type=file]").set_input_files(broken)
    expect(page.locator(".trainer-tools__message")).to_contain_text("не удалось прочитать")
    expect(page.locator("[data-progress-summary]")).to_contain_text("Решено задач: 0 из")

    page.locator("[data-progress-tools] input[type=file]").set_input_files(saved)
    expect(page.locator(".trainer-tools__message")).to_contain_text("Прогресс загружен")
    expect(page.locator("[data-progress-summary]")).to_contain_text("Решено задач: 1 из")
    expect(page.locator('[data-task-link="hello-world"]')).to_have_class("trainer-solved")


def test_phone_screen(browser, server, tmp_path):
    context = browser.new_context(
        viewport={"width": 375, "height": 740},
        is_mobile=True,
        has_touch=True,
        service_workers="block",
    )
    page = context.new_page()
    page.goto(f"{server.origin}/basics/sum-of-two/")
    wait_for_task(page, "sum-of-two")
    page.evaluate("window.trainer.check('print(input() + input())')")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375, "the page scrolls sideways"
    for name in ("Проверить", "Запустить", "Сбросить код"):
        box = page.get_by_role("button", name=name).bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= 375 and box["height"] >= 32
    editor = page.locator(".trainer__editor").bounding_box()
    assert editor["width"] >= 300
    expect(page.locator("[data-verdict]")).to_contain_text("Неверный ответ")
    expect(page.locator("[data-verdict]")).not_to_contain_text("null")
    page.screenshot(path=str(ROOT / "test-results" / "phone-task.png"), full_page=True)

    # a check by the button: the verdict comes into view, though the error line is marked
    type_code(page, "n = input()\nfor i in range(n):\n    print(i)\n")
    page.get_by_role("button", name="Проверить").click()
    expect(page.locator(".trainer__verdict-message")).to_contain_text("Ошибка во время выполнения")
    expect(page.locator(".cm-trainer-error-line")).to_have_count(1)
    expect(page.locator(".trainer__verdict-message")).to_be_in_viewport()
    context.close()


def test_keyboard_only(page, server):
    open_task(page, server.origin, "sum-of-two")
    page.locator(".cm-content").focus()
    page.keyboard.press("Control+a")
    page.keyboard.insert_text("print(int(input()) + int(input()))")
    page.keyboard.press("Control+Enter")
    expect(page.locator("[data-verdict]")).to_contain_text("Все тесты пройдены")
    # Esc, then Tab leaves the editor, as the help text under the buttons says
    page.locator(".cm-content").focus()
    page.keyboard.press("Escape")
    page.keyboard.press("Tab")  # the actions come right after the editor
    assert page.evaluate("document.activeElement.dataset.action") == "check"
    # from the top: the skip link, then a few Tabs (theory links) to the editor
    page.reload()
    wait_for_task(page, "sum-of-two")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.tagName") == "H1"  # the skip link's target
    seen = []
    for _ in range(5):
        page.keyboard.press("Tab")
        seen.append(page.evaluate("document.activeElement.outerHTML.slice(0, 90)"))
        if page.evaluate("!!document.activeElement.closest('.cm-editor')"):
            break
    assert page.evaluate("!!document.activeElement.closest('.cm-editor')"), seen
    # and the buttons are reachable with Tab from the top of the task
    page.get_by_role("button", name="Проверить").focus()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.dataset.action") == "run"


def axe_violations(page):
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def test_no_serious_accessibility_violations(page, server):
    page.goto(f"{server.origin}/")
    assert axe_violations(page) == []
    open_task(page, server.origin, "sum-of-two")
    page.evaluate("window.trainer.check('print(input() + input())')")
    assert axe_violations(page) == []
    page.goto(f"{server.origin}/map/")
    assert axe_violations(page) == []


def test_no_serious_accessibility_violations_in_the_dark_theme(browser, server):
    context = browser.new_context(color_scheme="dark", service_workers="block")
    page = context.new_page()
    page.goto(f"{server.origin}/basics/sum-of-two/")
    wait_for_task(page, "sum-of-two")
    assert page.evaluate("document.body.dataset.mdColorScheme") == "slate"
    page.evaluate("window.trainer.check('print(input() + input())')")
    assert axe_violations(page) == []
    context.close()

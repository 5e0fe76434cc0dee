"""«По шагам»: a learner steps through a loop, a function call and a list mutation."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.e2e.conftest import open_task, wait_for_task
from tests.e2e.test_learner import AXE, axe_violations
from tests.e2e.test_task_page import type_code

PROGRAM = """def add_item(items, x):
    items.append(x * 2)
    return len(items)

data = []
for i in range(2):
    n = add_item(data, i)
print(data)
"""


FIRST_TRACE_MS = 30_000  # the first request after Python starts may wait for its snapshot


def trace_shown(page) -> None:
    expect(page.locator("[data-steps-counter]")).to_be_visible(timeout=FIRST_TRACE_MS)


def widget_violations(page):
    """axe on the task widget alone (some theory pages' code colours are the theme's)."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("axe.run('.trainer', {resultTypes: ['violations']})")
    return [
        (v["id"], [(n["target"], n.get("failureSummary", "")[:160]) for n in v["nodes"]][:4])
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def at_step(page, number: int, line: str) -> None:
    expect(page.locator("[data-steps-counter]")).to_have_text(f"Шаг {number} из 17")
    expect(page.locator(".cm-trainer-step-line")).to_have_text(line)


def value_of(page, frame: str, name: str):
    return page.locator(f'[data-frame="{frame}"] tr[data-name="{name}"] td')


def test_stepping_through_a_loop_a_call_and_a_list_mutation(page, server):
    open_task(page, server.origin, "sum-of-two")
    type_code(page, PROGRAM)
    page.get_by_role("button", name="По шагам").click()
    viewer = page.locator("[data-steps]")
    trace_shown(page)
    at_step(page, 1, "def add_item(items, x):")
    # the keyboard is on «Вперёд»: → steps forward, through the loop to the call
    for _ in range(3):
        page.keyboard.press("ArrowRight")
    at_step(page, 4, "    n = add_item(data, i)")
    expect(value_of(page, "<module>", "i")).to_have_text("0")
    expect(value_of(page, "<module>", "data")).to_have_text("→ #1")
    expect(viewer.locator('[data-object="1"]')).to_contain_text("пусто")

    page.keyboard.press("ArrowRight")  # the call: a new frame, its arguments
    at_step(page, 5, "def add_item(items, x):")
    expect(page.locator("[data-steps-where]")).to_contain_text("вызов функции add_item")
    expect(viewer.locator(".trainer__frame.is-current")).to_contain_text("Функция add_item")
    expect(value_of(page, "add_item", "items")).to_have_text("→ #1")  # data's own list
    expect(value_of(page, "add_item", "x")).to_have_text("0")

    page.get_by_role("button", name="Вперёд").click()
    page.get_by_role("button", name="Вперёд").click()  # items.append ran
    at_step(page, 7, "    return len(items)")
    mutated = viewer.locator('[data-object="1"]')
    expect(mutated).to_have_class("trainer__obj is-changed")
    expect(mutated.locator(".trainer__cell")).to_have_text(["00"])  # index 0, value 0
    page.keyboard.press("ArrowRight")
    expect(viewer.locator("[data-returns]")).to_have_text("возвращает: 1")

    # the second pass of the loop
    for _ in range(5):
        page.keyboard.press("ArrowRight")
    at_step(page, 13, "    return len(items)")
    expect(value_of(page, "<module>", "i")).to_have_text("1")
    expect(mutated.locator(".trainer__cell")).to_have_text(["00", "12"])

    page.get_by_role("button", name="В конец").click()
    at_step(page, 17, "print(data)")
    expect(page.locator("[data-steps-where]")).to_contain_text("программа завершилась")
    expect(page.locator("[data-steps-output]")).to_have_text("[0, 2]\n")
    assert axe_violations(page) == []
    page.keyboard.press("Home")
    at_step(page, 1, "def add_item(items, x):")
    expect(page.locator("[data-steps-output]")).to_contain_text("ничего не вывела")

    # the slider jumps anywhere
    page.locator(".trainer__steps-slider").evaluate(
        "el => { el.value = 8; el.dispatchEvent(new Event('input', {bubbles: true})); }"
    )
    at_step(page, 9, "for i in range(2):")

    # changing the code closes the viewer: the trace no longer matches it
    page.locator(".cm-content").click()
    page.keyboard.press("End")
    page.keyboard.insert_text(" ")
    expect(viewer).to_be_hidden()
    expect(page.locator(".cm-trainer-step-line")).to_have_count(0)

    # the same trace through the page contract
    trace = page.evaluate("code => window.trainer.trace(code, '')", PROGRAM)
    assert not trace["truncated"] and len(trace["steps"]) == 17
    assert [s["line"] for s in trace["steps"][:5]] == [1, 5, 6, 7, 1]
    assert trace["steps"][4]["frames"][1] == {
        "name": "add_item",
        "line": 1,
        "locals": {"items": [], "x": 0},
    }
    assert trace["steps"][7]["value"] == 1
    last = trace["steps"][-1]
    assert last["frames"][0]["locals"]["data"] == [0, 2] and last["stdout"] == "[0, 2]\n"


def test_errors_limits_and_a_test_of_a_function(page, server):
    open_task(page, server.origin, "format-time")
    viewer = page.locator("[data-steps]")
    # a task of functions is traced through its first visible test
    type_code(page, 'def format_time(hours, minutes):\n    return f"{hours:02}:{minutes:02}"\n')
    page.get_by_role("button", name="По шагам").click()
    trace_shown(page)
    expect(page.locator("[data-steps-where]")).to_contain_text("вызов функции format_time")
    expect(value_of(page, "format_time", "hours")).to_have_text("9")
    expect(value_of(page, "<module>", "format_time")).to_contain_text("функция format_time")
    page.get_by_role("button", name="В конец").click()
    expect(viewer.locator("[data-returns]")).to_have_text("возвращает: '09:05'")

    # the test calls a function the program lacks: the error is explained at the end
    type_code(page, "x = 1\n")
    page.get_by_role("button", name="По шагам").click()
    trace_shown(page)
    expect(viewer.locator("[data-steps-error]")).to_contain_text("format_time")

    # «К ошибке»: the step where the program failed, explained
    type_code(page, "def half(x):\n    return 10 / x\n\nprint(half(2))\nprint(half(0))\n")
    page.get_by_role("button", name="По шагам").click()  # (still test 1)
    page.locator("[data-steps-test]").select_option("")  # the program itself
    page.get_by_role("button", name="К ошибке").click()
    expect(page.locator("[data-steps-where]")).to_contain_text("ZeroDivisionError")
    expect(page.locator(".cm-trainer-step-line")).to_have_text("    return 10 / x")
    expect(viewer.locator("[data-steps-error]")).to_contain_text("на ноль")
    expect(page.locator("[data-steps-output]")).to_have_text("5.0\n")

    # an endless loop is cut at 1000 steps, said in Russian; the page keeps working
    trace = page.evaluate("window.trainer.trace('n = 1\\nwhile n > 0:\\n    n += 1\\n', '')")
    assert trace["truncated"] and len(trace["steps"]) == 1000 and trace["status"] == "step_limit"
    expect(viewer.locator("[data-steps-note]")).to_contain_text("больше 1000 шагов")


def test_on_a_phone_in_the_dark_theme(browser, server):
    context = browser.new_context(
        viewport={"width": 375, "height": 740},
        is_mobile=True,
        has_touch=True,
        locale="ru-RU",
        color_scheme="dark",
        service_workers="block",
    )
    page = context.new_page()
    page.goto(f"{server.origin}/basics/sum-of-two/")
    wait_for_task(page, "sum-of-two")
    type_code(page, PROGRAM)
    page.get_by_role("button", name="По шагам").tap()
    trace_shown(page)
    page.get_by_role("button", name="Вперёд").tap()
    expect(page.locator("[data-steps-counter]")).to_have_text("Шаг 2 из 17")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375, "sideways scroll"
    for name in ("Назад", "Вперёд", "В начало", "В конец"):
        box = page.get_by_role("button", name=name).bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= 375 and box["height"] >= 32
    page.get_by_role("button", name="Вперёд").tap()  # through the call: two frames, a list
    page.get_by_role("button", name="Вперёд").tap()
    page.get_by_role("button", name="Вперёд").tap()
    expect(page.locator(".trainer__frame")).to_have_count(2)
    assert widget_violations(page) == []
    context.close()

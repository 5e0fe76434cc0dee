"""A lesson on the class server: three learners solve and fail tasks in Chromium, the
server restarts in the middle, and the teacher finds every result in the JSON and on the
page (docs/classroom.md)."""

from __future__ import annotations

import csv
import io
import json

import pytest
from playwright.sync_api import expect

from tests.classroom_helpers import ClassBackground, get_json, request
from tests.e2e.conftest import _guard, wait_for_task
from tests.e2e.test_learner import axe_violations

HELLO = 'print("Привет, мир!")'
SUM = "print(int(input()) + int(input()))"
WRONG_SUM = "print(input() + input())"
SENT = "Все проверки у учителя."
FOLLOW_LINK = """url => { const a = Object.assign(document.createElement("a"), {href: url});
    document.body.append(a); a.click(); a.remove(); }"""


@pytest.fixture
def lesson(built_site, tmp_path):
    server = ClassBackground(built_site, tmp_path / "class")
    yield server
    server.stop()


class Learner:
    def __init__(self, browser, lesson, name: str) -> None:
        self.context = browser.new_context(
            viewport={"width": 1280, "height": 900}, locale="ru-RU", service_workers="block"
        )
        self.foreign = _guard(self.context, lesson.origin)
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.page.on("pageerror", lambda error: self.errors.append(error.stack or str(error)))
        self.origin = lesson.origin
        self.name = name

    def join(self, task_url: str) -> None:
        """Open a task page and type the name into the class bar (Python loads meanwhile)."""
        self.page.goto(f"{self.origin}/{task_url}")
        bar = self.page.locator("[data-class-bar]")
        bar.get_by_role("textbox", name="Имя и фамилия").fill(self.name)
        bar.get_by_role("button", name="Сохранить").click()
        expect(bar).to_contain_text(f"Вы на уроке как «{self.name}».")

    def follow(self, task_url: str, task_id: str) -> None:
        """Go to another task by a link: the page is swapped, Python stays loaded."""
        self.page.evaluate(FOLLOW_LINK, f"{self.origin}/{task_url}")
        wait_for_task(self.page, task_id)

    def check(self, code: str) -> str:
        return self.page.evaluate("code => window.trainer.check(code)", code)["status"]

    def status(self):
        return self.page.locator("[data-class-status]")

    def close(self) -> None:
        self.context.close()
        assert not self.foreign, f"requests to other origins: {self.foreign}"
        assert not self.errors, f"JavaScript errors on the page: {self.errors}"


def test_a_lesson_with_a_restart_loses_nothing(browser, lesson, built_site, tmp_path):
    tasks = {t["id"]: t for t in json.loads((built_site / "tasks.json").read_text())}
    hello, add = tasks["hello-world"], tasks["sum-of-two"]
    anya = Learner(browser, lesson, "Аня Петрова")
    boris = Learner(browser, lesson, "<b>Борис</b> & Co")  # a name is text, never markup
    vera = Learner(browser, lesson, "Вера")
    learners = (anya, boris, vera)
    anya.join(hello["url"])
    boris.join(hello["url"])
    vera.join(add["url"])
    for learner, task_id in ((anya, "hello-world"), (boris, "hello-world"), (vera, "sum-of-two")):
        wait_for_task(learner.page, task_id)  # the three Pythons started together
    # the name alone puts a learner on the teacher's page
    assert {lr["name"] for lr in lesson.summary()["learners"]} == {lr.name for lr in learners}

    assert anya.check(HELLO) == "passed"
    anya.follow(add["url"], "sum-of-two")
    assert anya.check(WRONG_SUM) == "wrong_answer"
    assert boris.check("print('Привет')") == "wrong_answer"
    assert boris.check("print(") == "syntax_error"
    assert vera.check(SUM) == "passed"
    for learner in learners:
        expect(learner.status()).to_have_text(SENT)

    teacher = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ru-RU")
    page = teacher.new_page()
    page.goto(lesson.teacher_url)
    status = page.locator("[data-teacher-status]")
    expect(status).to_contain_text("Учеников: 3")

    # The laptop restarts in the middle of the lesson; learners keep checking.
    lesson.stop()
    assert anya.check(SUM) == "passed"
    assert boris.check(HELLO) == "passed"
    expect(anya.status()).to_contain_text("Ждут отправки учителю: 1")
    expect(boris.status()).to_contain_text("Ждут отправки учителю: 1")
    expect(status).to_contain_text("Нет связи с сервером класса", timeout=10_000)
    lesson.restart()
    anya.page.goto(f"{lesson.origin}/map/")  # the outbox is in the browser's storage
    expect(anya.status()).to_have_text(SENT)
    boris.page.evaluate("window.dispatchEvent(new Event('online'))")
    expect(boris.status()).to_have_text(SENT)

    assert lesson.summary() == {
        "learners": [
            {"name": "<b>Борис</b> & Co", "solved": ["hello-world"], "tried": []},
            {"name": "Аня Петрова", "solved": ["hello-world", "sum-of-two"], "tried": []},
            {"name": "Вера", "solved": ["sum-of-two"], "tried": []},
        ]
    }

    # The teacher's page caught up by itself.
    expect(status).to_contain_text("Учеников: 3", timeout=10_000)
    anya_row = page.locator('tr[data-learner="Аня Петрова"]')
    expect(anya_row.locator('button[data-task="sum-of-two"]')).to_have_attribute(
        "aria-label", f"Аня Петрова, «{add['title']}»: решена, попыток: 2"
    )
    boris_row = page.locator('tr[data-learner="<b>Борис</b> & Co"]')
    expect(boris_row.locator("th")).to_have_text("<b>Борис</b> & Co")
    assert page.locator(".trainer-teacher b").count() == 0
    expect(boris_row.locator('button[data-task="hello-world"]')).to_have_attribute(
        "aria-label", f"<b>Борис</b> & Co, «{hello['title']}»: решена, попыток: 3"
    )

    # The latest code behind a verdict.
    anya_row.locator('button[data-task="sum-of-two"]').click()
    code = page.locator("[data-teacher-code]")
    expect(code.locator("h2")).to_have_text(f"Аня Петрова — «{add['title']}»")
    expect(code.locator("pre")).to_have_text(SUM)
    expect(code).to_contain_text("Последняя проверка: решена")
    assert axe_violations(page) == []
    assert axe_violations(anya.page) == []  # the class bar and the name field of the map

    # Filter by module, then export what is shown.
    expect(page.locator("thead .trainer-teacher__task")).to_have_count(2)
    page.locator("[data-teacher-filter]").select_option("all")
    expect(page.locator("thead .trainer-teacher__task")).to_have_count(len(tasks))
    page.locator("[data-teacher-filter]").select_option(hello["module"])
    module_tasks = [t for t in tasks.values() if t["module"] == hello["module"]]
    expect(page.locator("thead .trainer-teacher__task")).to_have_count(len(module_tasks))
    with page.expect_download() as download:
        page.get_by_role("button", name="Скачать таблицу (CSV)").click()
    download.value.save_as(tmp_path / "class.csv")
    text = (tmp_path / "class.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0][:4] == ["Ученик", "Решено", "Активность", hello["title"]]
    by_name = {row[0]: row for row in rows[1:]}
    assert set(by_name) == {"<b>Борис</b> & Co", "Аня Петрова", "Вера"}
    column = rows[0].index(add["title"])
    assert by_name["Аня Петрова"][column] == "решена (2)"
    assert by_name["Аня Петрова"][1] == "2"
    teacher.close()

    for learner in learners:
        learner.close()


def test_without_the_token_the_teacher_sees_nothing(lesson):
    from tests.classroom_helpers import post_results

    post_results(
        lesson.origin,
        {
            "learner": "someone-1",
            "name": "Секретный Ученик",
            "now": 0,
            "results": [
                {"id": "a1", "task": "hello-world", "status": "passed", "time": 0, "code": "x"}
            ],
        },
    )
    for url in (
        "/teacher/",
        "/teacher/?format=json",
        "/teacher/?token=wrong&format=json",
        "/teacher/index.html",
        "/__class__/table",
        "/__class__/table?token=",
        "/__class__/code?learner=someone-1&task=hello-world",
    ):
        status, _, body = request(lesson.origin + url)
        assert status == 403, url
        assert "Секретный" not in body.decode()
    status, data = get_json(
        f"{lesson.origin}/__class__/code?token={lesson.token}&learner=someone-1&task=hello-world"
    )
    assert status == 200 and data["code"] == "x" and data["name"] == "Секретный Ученик"


def test_teacher_page_on_a_static_host_merges_progress_files(page, server, tmp_path):
    tasks = json.loads((page.request.get(f"{server.origin}/tasks.json")).body())
    first, second = tasks[0]["id"], tasks[1]["id"]

    def progress(name, entries):
        return {
            "format": "python-trainer-progress",
            "version": 1,
            "course": "Тренажёр Python",
            "exported": "2025-01-01T10:00:00Z",
            "learner": name,
            "tasks": entries,
        }

    solved = {"draft": "print(1)", "solved": True, "checks": 2, "failedChecks": 1, "updated": 1}
    tried = {"draft": "print(2)", "solved": False, "checks": 3, "failedChecks": 3, "updated": 2}
    files = []
    for number in range(30):
        path = tmp_path / f"learner-{number:02d}.json"
        entries = {first: solved, second: tried} if number % 2 else {first: tried}
        path.write_text(json.dumps(progress(f"Ученик {number:02d}", entries)))
        files.append(path)
    (tmp_path / "notes.json").write_text("{broken")
    (tmp_path / "other.json").write_text(json.dumps({"format": "something-else"}))
    files += [tmp_path / "notes.json", tmp_path / "other.json"]

    page.goto(f"{server.origin}/teacher/")
    expect(page.locator("[data-teacher-status]")).to_contain_text("Сервер класса не запущен")
    page.locator("[data-teacher-drop] input[type=file]").set_input_files(files)
    expect(page.locator("tbody tr")).to_have_count(30)
    messages = page.locator("[data-teacher-files]")
    expect(messages).to_contain_text("notes.json: не удалось прочитать как JSON")
    expect(messages).to_contain_text("other.json: это не файл прогресса")
    row = page.locator('tr[data-learner="Ученик 01"]')
    expect(row.locator(f'button[data-task="{first}"]')).to_contain_text("✓2")
    expect(row.locator(f'button[data-task="{second}"]')).to_contain_text("✗3")
    row.locator(f'button[data-task="{second}"]').click()
    expect(page.locator("[data-teacher-code] pre")).to_have_text("print(2)")

"""Render the course into a docs folder for mkdocs: Markdown pages, nav and tasks.json."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jinja2

from .content import Course, Task

TEMPLATES = Path(__file__).parent / "templates"
STRINGS_DIR = Path(__file__).resolve().parent.parent / "web" / "i18n"

# What the browser needs of a task: the checker's part plus what the page shows.
BROWSER_FIELDS = (
    "id",
    "title",
    "starter",
    "hints",
    "solution",
    "tests",
    "rules",
    "mistakes",
    "compare",
    "time_limit",
)


def load_strings(lang: str = "ru") -> dict[str, str]:
    """The UI string catalogue shared with the web bundle."""
    return json.loads((STRINGS_DIR / f"{lang}.json").read_text(encoding="utf-8"))


def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=False,  # the output is Markdown, escaped where it matters below
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )


def task_json(task: Task, module_title: str) -> str:
    """The task as embedded in its page, safe inside a <script> element."""
    data: dict[str, Any] = {k: task.data[k] for k in BROWSER_FIELDS if k in task.data}
    data["module"] = task.module
    data["module_title"] = module_title
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c")  # no "</script>" or "<!--" can end the element early


def render_docs(course: Course, docs: Path, strings: dict[str, str]) -> list[Any]:
    """Write the Markdown pages into `docs`; return the mkdocs nav for them."""
    env = _environment()
    docs.mkdir(parents=True, exist_ok=True)
    (docs / "index.md").write_text(
        env.get_template("home.md.j2").render(course=course, t=strings), encoding="utf-8"
    )
    nav: list[Any] = [{strings["nav.home"]: "index.md"}]
    for module in course.modules:
        folder = docs / module.id
        folder.mkdir(exist_ok=True)
        (folder / "index.md").write_text(
            env.get_template("module.md.j2").render(module=module, t=strings), encoding="utf-8"
        )
        entries: list[Any] = [f"{module.id}/index.md"]
        for task in module.tasks:
            page = env.get_template("task.md.j2").render(
                task=task, task_json=task_json(task, module.title), t=strings
            )
            (folder / f"{task.id}.md").write_text(page, encoding="utf-8")
            entries.append({task.title: f"{module.id}/{task.id}.md"})
        nav.append({module.title: entries})
    return nav


def tasks_index(course: Course) -> list[dict[str, str]]:
    """site/tasks.json: the stable list of tasks for tests, benchmarks and embedding."""
    return [
        {"id": task.id, "title": task.title, "module": task.module, "url": task.url}
        for task in course.tasks
    ]

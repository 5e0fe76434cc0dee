"""Render the course into a docs folder for mkdocs: Markdown pages, nav and tasks.json.

Pages: the home page, the course map, one page per module and one per task, and the
teacher's page (docs/classroom.md), which is left out of the navigation. Each task
page embeds the task as JSON for the browser; home and map embed the course index.
"""

from __future__ import annotations

import html
import json
import posixpath
from pathlib import Path
from typing import Any

import jinja2

from checker.limits import DEFAULT_TIME_LIMIT
from checker.messages import plural

from .content import Course, Task
from .engine import resource
from .packages import normalise

TEMPLATES = Path(__file__).parent / "templates"
STRINGS_DIR = resource("web/i18n", "i18n")  # shared with the web bundle
MAP_URL = "map/"

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
    "packages",
    "files",
    "import_program",
)


def load_strings(lang: str = "ru") -> dict[str, str]:
    """The UI string catalogue shared with the web bundle."""
    return json.loads((STRINGS_DIR / f"{lang}.json").read_text(encoding="utf-8"))


def relative(from_url: str, to_url: str) -> str:
    """URL of page `to_url` as seen from page `from_url` (both site-relative, "a/b/")."""
    path = posixpath.relpath("/" + to_url, "/" + from_url)
    return "./" if path == "." else path.rstrip("/") + "/"


def attribute_json(data: Any) -> str:
    """JSON for an HTML attribute value. Not a <script> element: the theme's instant
    navigation re-creates inline scripts as executable JavaScript."""
    return html.escape(json.dumps(data, ensure_ascii=False, separators=(",", ":")), quote=True)


def count_phrase(n: int, strings: dict[str, str], lang: str) -> str:
    """«5 задач» / «2 задачи» / "1 task": the plural form comes from the catalogue."""
    english = "one" if n == 1 else "many"
    form = plural(n, "one", "few", "many") if lang == "ru" else english
    return f"{n} {strings[f'count.tasks.{form}']}"


def _environment(strings: dict[str, str], lang: str) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=False,  # the output is Markdown; data goes through attribute_json / e()
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["e"] = jinja2.filters.escape
    env.filters["rel"] = relative
    env.filters["count_tasks"] = lambda n: count_phrase(n, strings, lang)
    return env


def task_data(course: Course, task: Task) -> dict[str, Any]:
    """The task as embedded in its page."""
    data: dict[str, Any] = {k: task.data[k] for k in BROWSER_FIELDS if k in task.data}
    module = next(m for m in course.modules if m.id == task.module)
    data["module"] = module.id
    data["module_title"] = module.title
    data["module_tasks"] = [t.id for t in module.tasks]
    data["solution_after"] = task.data.get("solution_after", course.solution_after)
    data["time_limit"] = task.data.get("time_limit", DEFAULT_TIME_LIMIT)
    if "packages" in data:
        data["packages"] = [normalise(name) for name in data["packages"]]
    tasks = course.tasks
    position = tasks.index(task)
    if position + 1 < len(tasks):
        following = tasks[position + 1]
        data["next"] = {"title": following.title, "url": relative(task.url, following.url)}
    data["map_url"] = relative(task.url, MAP_URL)
    return data


def course_index(course: Course, page_url: str) -> list[dict[str, str]]:
    """Every task with its URL relative to `page_url`, for progress on home and map."""
    return [
        {"id": t.id, "module": t.module, "url": relative(page_url, t.url)} for t in course.tasks
    ]


def teacher_index(course: Course) -> dict[str, Any]:
    """The course as the teacher's page needs it: modules and their tasks, in order."""
    return {
        "modules": [
            {
                "id": module.id,
                "title": module.title,
                "tasks": [{"id": task.id, "title": task.title} for task in module.tasks],
            }
            for module in course.modules
        ]
    }


def render_docs(course: Course, docs: Path, strings: dict[str, str], lang: str = "ru") -> list[Any]:
    """Write the Markdown pages into `docs`; return the mkdocs nav for them."""
    env = _environment(strings, lang)
    docs.mkdir(parents=True, exist_ok=True)

    def write(name: str, template: str, **context: Any) -> None:
        path = docs / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            env.get_template(template).render(course=course, t=strings, **context),
            encoding="utf-8",
        )

    write("index.md", "home.md.j2", index=attribute_json(course_index(course, "")))
    write("map.md", "map.md.j2", index=attribute_json(course_index(course, MAP_URL)))
    # not in the navigation: the class server opens it with the teacher's key
    write("teacher.md", "teacher.md.j2", course_json=attribute_json(teacher_index(course)))
    nav: list[Any] = [{strings["nav.home"]: "index.md"}, {strings["nav.map"]: "map.md"}]
    for module in course.modules:
        write(f"{module.id}/index.md", "module.md.j2", module=module)
        entries: list[Any] = [f"{module.id}/index.md"]
        for task in module.tasks:
            write(
                f"{module.id}/{task.id}.md",
                "task.md.j2",
                task=task,
                task_json=attribute_json(task_data(course, task)),
            )
            entries.append({task.title: f"{module.id}/{task.id}.md"})
        nav.append({module.title: entries})
    return nav


def tasks_index(course: Course) -> list[dict[str, str]]:
    """site/tasks.json: the stable list of tasks for tests, benchmarks and embedding."""
    return [
        {"id": task.id, "title": task.title, "module": task.module, "url": task.url}
        for task in course.tasks
    ]

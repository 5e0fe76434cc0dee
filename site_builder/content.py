"""Load the course from content/: course.yaml, one folder per module, one YAML per task.

Everything wrong is collected and raised at once as ContentError, each problem with its
`file:line:col`. Nothing here renders or runs anything.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .schema import validate
from .source import ContentError, Problem, Source, read_yaml

COURSE_FILE = "course.yaml"
MODULE_FILE = "module.yaml"


@dataclass
class Task:
    id: str
    module: str  # the module's folder name
    data: dict[str, Any]  # the task as written, validated against task.schema.json
    source: Source

    @property
    def title(self) -> str:
        return self.data["title"]

    @property
    def url(self) -> str:
        """Site-relative URL of the task page."""
        return f"{self.module}/{self.id}/"


@dataclass
class Module:
    id: str  # folder name
    title: str
    description: str
    tasks: list[Task] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"{self.id}/"


@dataclass
class Course:
    title: str
    description: str
    modules: list[Module]
    root: Path
    solution_after: int = 3  # failed checks before the author's solution may be opened

    @property
    def tasks(self) -> list[Task]:
        return [task for module in self.modules for task in module.tasks]

    def task(self, task_id: str) -> Task:
        return next(t for t in self.tasks if t.id == task_id)


def _display(path: Path, root: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        try:
            return str(path.relative_to(root.parent))
        except ValueError:
            return str(path)


def _read(path: Path, root: Path, schema: str, problems: list[Problem]) -> tuple[Source, bool]:
    """Parse and validate one file; the flag says whether it is usable."""
    source = read_yaml(path, _display(path, root))
    problems.extend(source.problems)
    if source.data is None:
        return source, False
    found = validate(source, schema)
    problems.extend(found)
    return source, not (found or source.problems)


def _guess_id(source: Source) -> str | None:
    """The id of a task file too broken to load, so it is not reported twice."""
    if isinstance(source.data, dict):
        return source.data.get("id") if isinstance(source.data.get("id"), str) else None
    try:
        text = source.path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    found = re.search(r"^id:\s*['\"]?([a-z0-9-]+)", text, re.MULTILINE)
    return found.group(1) if found else None


def _python_problems(task: Source) -> list[Problem]:
    """The solution, wrong solutions and test code must at least be valid Python."""
    data = task.data
    snippets: list[tuple[tuple, str, str]] = [(("solution",), data["solution"], "exec")]
    snippets += [(("wrong", i), code, "exec") for i, code in enumerate(data.get("wrong", []))]
    for i, test in enumerate(data["tests"]):
        if "call" in test:
            snippets.append((("tests", i, "call"), test["call"], "eval"))
        if "check" in test:
            snippets.append((("tests", i, "check"), test["check"], "exec"))
    for i, mistake in enumerate(data.get("mistakes", [])):
        if "when" in mistake:
            snippets.append((("mistakes", i, "when"), mistake["when"], "eval"))
    problems = []
    for i, test in enumerate(data["tests"]):
        if "returns_literal" in test:
            try:
                ast.literal_eval(test["returns_literal"])
            except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
                problems.append(
                    task.problem(
                        ("tests", i, "returns_literal"),
                        "returns_literal is not a Python literal (numbers, strings, bytes, "
                        "tuples, lists, dicts, sets, True/False/None), e.g. `(1, 'a')`",
                    )
                )
    if data.get("packages"):
        problems += _package_problems(task)
    names = [test["name"] for test in data["tests"] if "name" in test]
    for i, mistake in enumerate(data.get("mistakes", [])):
        if "test" in mistake and mistake["test"] not in names:
            known = ", ".join(repr(n) for n in names) or "none of the tests has a `name`"
            problems.append(
                task.problem(
                    ("mistakes", i, "test"),
                    f"no test is named {mistake['test']!r} (test names: {known})",
                )
            )
    for path, code, mode in snippets:
        try:
            ast.parse(code, mode=mode)
        except SyntaxError as exc:
            line = task.block_line(path) + (exc.lineno or 1) - 1
            column = exc.offset or 1
            problems.append(
                Problem(
                    task.display,
                    line,
                    column,
                    f"{'.'.join(str(p) for p in path)} is not valid Python: {exc.msg}",
                )
            )
    return problems


def _package_problems(task: Source) -> list[Problem]:
    from difflib import get_close_matches

    from .packages import load_lock, normalise

    known = load_lock().packages
    problems = []
    for i, name in enumerate(task.data["packages"]):
        if normalise(name) not in known:
            close = get_close_matches(normalise(name), list(known), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            problems.append(
                task.problem(
                    ("packages", i),
                    f"package {name!r} is not in packages.lock.json{hint} (the trainer ships "
                    f"only locked pure-Python libraries: {', '.join(sorted(known))})",
                )
            )
    return problems


def load_course(root: Path) -> Course:
    """Load and validate the whole course; raise ContentError listing every problem."""
    root = root.resolve()
    problems: list[Problem] = []
    course_path = root / COURSE_FILE
    if not course_path.is_file():
        raise ContentError([Problem(_display(course_path, root), 1, 1, "course file not found")])
    course_source, ok = _read(course_path, root, "course", problems)
    if not ok:
        raise ContentError(problems)

    # folders with no YAML of their own (the built site/, dist/) are not modules
    module_dirs = sorted(
        p
        for p in root.iterdir()
        if p.is_dir() and not p.name.startswith(".") and any(p.glob("*.yaml"))
    )
    listed = course_source.data["modules"]
    for folder in module_dirs:
        if folder.name not in listed:
            problems.append(
                course_source.problem(
                    ("modules",),
                    f"module folder '{folder.name}' is not listed in modules; add it where it "
                    "belongs in the course order (or move the folder out of content/)",
                )
            )

    # Pass 1: read every module file and every task file.
    seen_ids: dict[str, Source] = {}
    broken_ids: set[str] = set()  # ids of task files already reported as invalid
    folders: list[tuple[str, Source | None, dict[str, Source]]] = []
    for index, name in enumerate(listed):
        folder = root / name
        if not (folder / MODULE_FILE).is_file():
            what = f"нет файла {name}/{MODULE_FILE}" if folder.is_dir() else f"нет папки {name}/"
            problems.append(
                course_source.problem(
                    ("modules", index),
                    f"модуль '{name}': {what}; создайте модуль так: папка {name}/ рядом с "
                    f"{COURSE_FILE}, в ней {MODULE_FILE} из двух строк, `title: Название` и "
                    f"`tasks:`, затем `trainer new {name} first-task` (задача впишет себя "
                    "под `tasks:`)",
                )
            )
            continue
        module_source, module_ok = _read(folder / MODULE_FILE, root, "module", problems)
        task_sources: dict[str, Source] = {}
        for path in sorted(folder.glob("*.yaml")):
            if path.name == MODULE_FILE:
                continue
            source, ok = _read(path, root, "task", problems)
            if not ok:
                broken_ids.add(_guess_id(source))
                continue
            task_id = source.data["id"]
            if task_id in seen_ids:
                problems.append(
                    source.problem(
                        ("id",),
                        f"duplicate task id '{task_id}', already used in "
                        f"{seen_ids[task_id].display}; ids must be unique across the course",
                    )
                )
                continue
            seen_ids[task_id] = source
            task_sources[task_id] = source
            problems.extend(_python_problems(source))
        folders.append((name, module_source if module_ok else None, task_sources))

    # Pass 2: order tasks as each module.yaml says.
    modules: list[Module] = []
    for name, module_source, task_sources in folders:
        if module_source is None:
            continue
        module = Module(
            id=name,
            title=module_source.data["title"],
            description=module_source.data.get("description", ""),
        )
        order = module_source.data["tasks"]
        for position, task_id in enumerate(order):
            if task_id in task_sources:
                source = task_sources[task_id]
                module.tasks.append(Task(task_id, name, source.data, source))
            elif task_id in seen_ids:
                problems.append(
                    module_source.problem(
                        ("tasks", position),
                        f"task '{task_id}' lives in {seen_ids[task_id].display}; "
                        "a module lists only the tasks in its own folder",
                    )
                )
            elif task_id not in broken_ids:  # a broken file is reported already
                problems.append(
                    module_source.problem(
                        ("tasks", position),
                        f"no task with id '{task_id}' in {name}/ "
                        "(the id is the task file's `id:` field)",
                    )
                )
        for task_id, source in task_sources.items():
            if task_id not in order:
                problems.append(
                    source.problem(
                        ("id",),
                        f"task '{task_id}' is not listed in {name}/{MODULE_FILE}; add it to "
                        "`tasks:` where it belongs in the module's order",
                    )
                )
        modules.append(module)

    if problems:
        raise ContentError(problems)
    return Course(
        title=course_source.data["title"],
        description=course_source.data.get("description", ""),
        modules=modules,
        root=root,
        solution_after=course_source.data.get("solution_after", 3),
    )

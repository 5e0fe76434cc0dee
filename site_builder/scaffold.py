"""`trainer init DIR`: a teacher's own course folder, ready to serve.
`trainer new MODULE ID`: start a task from a commented template and list it in its module."""

from __future__ import annotations

import difflib
import re
from pathlib import Path

import jinja2

from .content import COURSE_FILE, MODULE_FILE
from .schema import SCHEMA_DIR, SCHEMAS

ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
TEMPLATES = Path(__file__).parent / "templates"
TEMPLATE = TEMPLATES / "new-task.yaml.j2"
SCHEMA_COPY = ".schema"  # the schemas, copied into a course folder for editors
EXAMPLE_MODULE = "first-steps"
EXAMPLE_TASK = "plus-one"


class ScaffoldError(Exception):
    pass


def _existing_ids(content: Path) -> set[str]:
    found = set()
    for path in content.glob("*/*.yaml"):
        if path.name != MODULE_FILE:
            match = re.search(r"^id:\s*['\"]?([a-z0-9-]+)", path.read_text("utf-8"), re.MULTILINE)
            if match:
                found.add(match.group(1))
    return found


def _append_to_module(module_file: Path, task_id: str) -> None:
    """Add `- task_id` after the last item of the `tasks:` list, keeping comments."""
    lines = module_file.read_text("utf-8").splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if re.match(r"tasks:\s*(#.*)?$", line)), None)
    if start is None:
        raise ScaffoldError(
            f"{module_file}: no block list `tasks:` found; add `  - {task_id}` to it by hand"
        )
    last, indent = start, "  "
    for i in range(start + 1, len(lines)):
        item = re.match(r"(\s+)- ", lines[i])
        if item:
            last, indent = i, item.group(1)
        elif lines[i].strip() and not lines[i].lstrip().startswith("#"):
            break
    if not lines[last].endswith("\n"):
        lines[last] += "\n"
    lines.insert(last + 1, f"{indent}- {task_id}\n")
    module_file.write_text("".join(lines), encoding="utf-8")


def new_task(content: Path, module: str, task_id: str) -> Path:
    """Create content/MODULE/TASK_ID.yaml and list it last in the module; return its path."""
    if not (content / COURSE_FILE).is_file():
        raise ScaffoldError(f"{content} has no {COURSE_FILE}: is this the course folder?")
    modules = sorted(p.name for p in content.iterdir() if (p / MODULE_FILE).is_file())
    if module not in modules:
        close = difflib.get_close_matches(module, modules, n=1)
        hint = f"did you mean '{close[0]}'?" if close else f"modules: {', '.join(modules)}"
        raise ScaffoldError(f"no module '{module}' in {content}; {hint}")
    if not ID_PATTERN.match(task_id):
        raise ScaffoldError(
            f"'{task_id}' is not a valid id: use lowercase latin letters, digits and hyphens, "
            "e.g. sum-of-two"
        )
    if task_id in _existing_ids(content):
        raise ScaffoldError(f"the id '{task_id}' is already used in the course")
    path = content / module / f"{task_id}.yaml"
    if path.exists():
        raise ScaffoldError(f"{path} already exists")
    text = _render(TEMPLATE, task_id=task_id, schema=schema_ref(content, "task", depth=1))
    _append_to_module(content / module / MODULE_FILE, task_id)
    path.write_text(text, encoding="utf-8")
    return path


def _render(template: Path, **values: str) -> str:
    return jinja2.Template(template.read_text("utf-8"), keep_trailing_newline=True).render(**values)


def schema_ref(content: Path, name: str, depth: int) -> str:
    """The `$schema` path for a file `depth` folders below `content` (0: course.yaml, 1: a task)."""
    from .workspace import is_bundled

    up = "../" * depth
    if is_bundled(content):
        return f"{up}../site_builder/schema/{name}.schema.json"
    write_schemas(content)
    return f"{up}{SCHEMA_COPY}/{name}.schema.json"


def write_schemas(content: Path) -> None:
    """Copy the schemas into the course folder: editors then check and complete fields."""
    folder = content / SCHEMA_COPY
    folder.mkdir(exist_ok=True)
    for name in SCHEMAS:
        source = SCHEMA_DIR / f"{name}.schema.json"
        target = folder / source.name
        if not target.is_file() or target.read_bytes() != source.read_bytes():
            target.write_bytes(source.read_bytes())


def init_course(target: Path, title: str | None = None) -> Path:
    """Make a course folder: course.yaml, one module with one example task, the schemas,
    a README; return the folder."""
    if (target / COURSE_FILE).exists():
        raise ScaffoldError(f"{target / COURSE_FILE} already exists: the course is there")
    if target.exists() and any(target.iterdir()):
        raise ScaffoldError(
            f"{target} is not empty: name a new folder, e.g. `trainer init my-course`"
        )
    target.mkdir(parents=True, exist_ok=True)
    title = title or "Мой курс Python"
    module = target / EXAMPLE_MODULE
    module.mkdir()
    files = {
        target / COURSE_FILE: ("init-course.yaml.j2", 0),
        module / MODULE_FILE: ("init-module.yaml.j2", 1),
        target / "README.md": ("init-readme.md.j2", 0),
    }
    write_schemas(target)
    for path, (template, depth) in files.items():
        path.write_text(
            _render(
                TEMPLATES / template,
                title=title,
                module=EXAMPLE_MODULE,
                task_id=EXAMPLE_TASK,
                schema=f"{'../' * depth}{SCHEMA_COPY}/{'module' if depth else 'course'}"
                ".schema.json",
            ),
            encoding="utf-8",
        )
    (module / f"{EXAMPLE_TASK}.yaml").write_text(
        _render(TEMPLATE, task_id=EXAMPLE_TASK, schema=f"../{SCHEMA_COPY}/task.schema.json"),
        encoding="utf-8",
    )
    (target / ".gitignore").write_text("/site/\n/dist/\n", encoding="utf-8")
    write_guides(target)
    return target


def write_guides(content: Path) -> None:
    """The author's guide, the field reference and the teacher's guide to a lesson in class,
    beside the course (no repository needed)."""
    from .engine import GUIDES, resource

    for name in GUIDES:
        source = resource(f"docs/{name}", f"docs/{name}")
        if source.is_file():
            (content / "docs").mkdir(exist_ok=True)
            (content / "docs" / name).write_bytes(source.read_bytes())

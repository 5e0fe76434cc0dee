"""`trainer new MODULE ID`: start a task from a commented template and list it in its module."""

from __future__ import annotations

import difflib
import re
from pathlib import Path

import jinja2

from .content import COURSE_FILE, MODULE_FILE

ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
TEMPLATE = Path(__file__).parent / "templates" / "new-task.yaml.j2"


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
    text = jinja2.Template(TEMPLATE.read_text("utf-8"), keep_trailing_newline=True).render(
        task_id=task_id
    )
    _append_to_module(content / module / MODULE_FILE, task_id)
    path.write_text(text, encoding="utf-8")
    return path

"""Write small courses into a temporary folder for content and build tests."""

from __future__ import annotations

import textwrap
from pathlib import Path

TASK = """\
id: {id}
title: Задача {id}
statement: Выведите 1.
tests:
  - stdout: "1\\n"
hints:
  - Первая подсказка.
  - Вторая подсказка.
solution: print(1)
"""


def write_course(root: Path, files: dict[str, str] | None = None) -> Path:
    """A valid one-module course with tasks `one` and `two`, then `files` on top."""
    content = root / "content"
    defaults = {
        "course.yaml": "title: Курс\nmodules:\n  - basics\n",
        "basics/module.yaml": "title: Основы\ntasks:\n  - one\n  - two\n",
        "basics/one.yaml": TASK.format(id="one"),
        "basics/two.yaml": TASK.format(id="two"),
    }
    for name, text in {**defaults, **(files or {})}.items():
        path = content / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if text is None:
            path.unlink(missing_ok=True)
        else:
            path.write_text(textwrap.dedent(text), encoding="utf-8")
    return content

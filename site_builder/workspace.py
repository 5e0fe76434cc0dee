"""Where the course and its site are when a command is given no `--content` / `--site`.

A teacher's course is any folder with a `course.yaml`: every command finds it by walking up
from the current folder, and builds its site into `site/` beside that `course.yaml`. Only
inside the engine's own repository does the bundled course (`content/`) come next, with
its site in the repository's `site/`; no other course may be built there.
"""

from __future__ import annotations

from pathlib import Path

from .content import COURSE_FILE
from .engine import ROOT, in_repository

BUNDLED_CONTENT = ROOT / "content"
BUNDLED_SITE = ROOT / "site"


class NoCourse(Exception):
    pass


def find_course(start: Path | None = None) -> Path:
    """The folder of the nearest `course.yaml` at or above `start` (the current folder);
    inside the engine's repository, the bundled course."""
    start = (start or Path.cwd()).resolve()
    for folder in (start, *start.parents):
        if (folder / COURSE_FILE).is_file():
            return folder
    if in_repository() and (start == ROOT or ROOT in start.parents):
        return BUNDLED_CONTENT
    raise NoCourse(
        f"no {COURSE_FILE} in {start} or any folder above it: go into your course folder, "
        "start one with `trainer init my-course`, or name it with --content"
    )


def is_bundled(content: Path) -> bool:
    return in_repository() and content.resolve() == BUNDLED_CONTENT.resolve()


def default_site(content: Path) -> Path:
    return BUNDLED_SITE if is_bundled(content) else content.resolve() / "site"


def default_dist(content: Path) -> Path:
    folder = ROOT if is_bundled(content) else content.resolve()
    return folder / "dist" / "python-trainer.zip"


def check_site(content: Path, site: Path) -> None:
    """Refuse to build another course over the engine's own site."""
    if in_repository() and site.resolve() == BUNDLED_SITE.resolve() and not is_bundled(content):
        raise NoCourse(
            f"{site} is the engine's own site: build your course elsewhere, e.g. "
            f"--site {content.resolve() / 'site'} (the default inside a course folder)"
        )

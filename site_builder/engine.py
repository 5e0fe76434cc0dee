"""The engine: what every course's site is built from besides the course itself.

In the repository the engine is made on each build from `node_modules` (Pyodide, esbuild)
and `web/`. Installed from a wheel there is no Node.js and no `web/`: the package carries
the engine prebuilt in `site_builder/engine/` (gitignored), made by `trainer engine`
(`make engine`, `make wheel`) in the repository:

    engine/engine.json        Pyodide's version, the checker's version, the snapshot's name
    engine/pyodide/           the Pyodide files a site copies (build.PYODIDE_FILES)
    engine/web/<lang>/        the browser bundle for each UI language, constants baked in
    engine/<snapshot>.gz      Python's memory snapshot with the checker imported
    engine/<stdlib>.zip.gz    the standard library it was made with (build.stdlib_name)
    engine/i18n/              the UI strings (web/i18n)
    engine/mkdocs.yml         the site's mkdocs configuration
    engine/packages.lock.json the libraries tasks may declare
    engine/docs/              the guides (GUIDES) for `trainer init` and `trainer dist`
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
ROOT = PACKAGE.parent  # the repository, when running from a checkout
ENGINE_DIR = PACKAGE / "engine"
LANGS = ("ru", "en")
# the author's guide, the field reference and the teacher's guide to a lesson in class
GUIDES = ("authoring.md", "task-fields.md", "classroom.md")


def in_repository(root: Path = ROOT) -> bool:
    """Whether `root` is the engine's own repository (not site-packages)."""
    return (root / "web" / "build.mjs").is_file() and (root / "content" / "course.yaml").is_file()


def resource(repo_path: str, engine_path: str | None = None) -> Path:
    """A file of the repository, or its copy in the packaged engine outside it."""
    repo = ROOT / repo_path
    if in_repository() and repo.exists():
        return repo
    return ENGINE_DIR / (engine_path or Path(repo_path).name)


def has_node_engine(root: Path) -> bool:
    """Whether the engine can be made from source here (the repository after `npm ci`)."""
    return (root / "node_modules" / "pyodide").is_dir() and (
        root / "node_modules" / "esbuild"
    ).is_dir()


@dataclass(frozen=True)
class PackagedEngine:
    folder: Path
    pyodide_version: str
    checker_version: str
    snapshot: str  # file name in `folder`, or ""
    python_bytes: int

    @property
    def pyodide_dir(self) -> Path:
        return self.folder / "pyodide"

    def bundle(self, lang: str) -> Path:
        return self.folder / "web" / lang


def packaged_engine(folder: Path = ENGINE_DIR) -> PackagedEngine | None:
    try:
        data = json.loads((folder / "engine.json").read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    return PackagedEngine(
        folder,
        data["pyodide_version"],
        data["checker_version"],
        data.get("snapshot", ""),
        data["python_bytes"],
    )


def content_version(data: bytes) -> str:
    """A short name for a file's content: the checker's, the worker's, the snapshot
    script's. URLs and cache entries carry it, so a change is never mistaken for the old."""
    return hashlib.sha256(data).hexdigest()[:12]


def make_engine(target: Path = ENGINE_DIR, root: Path = ROOT) -> PackagedEngine:
    """Prebuild the engine into `target` from the repository (needs Node.js and `npm ci`)."""
    from .build import (
        PYODIDE_FILES,
        BuildError,
        bundle_web,
        checker_archive,
        pyodide_package,
        python_bytes,
        python_snapshot,
        snapshot_name,
        stdlib_name,
    )

    if not in_repository(root) or not has_node_engine(root):
        raise BuildError("the engine is made in the repository after `npm ci` (or `make engine`)")
    pyodide_dir, pyodide_version = pyodide_package(root)
    archive = checker_archive()
    version = content_version(archive)
    staging = Path(tempfile.mkdtemp(prefix=".engine-", dir=target.parent))
    try:
        (staging / "pyodide").mkdir()
        for name in PYODIDE_FILES:
            shutil.copy2(pyodide_dir / name, staging / "pyodide" / name)
        snapshot = python_snapshot(archive, snapshot_name(f"pyodide-{pyodide_version}", version))
        if snapshot is None:
            raise BuildError("no Python snapshot could be made for the engine (see above)")
        stdlib = snapshot.with_name(stdlib_name(snapshot.name))
        for made in (snapshot, stdlib):
            shutil.copy2(made, staging / made.name)
        constants = {
            "PYODIDE_DIR": f"pyodide-{pyodide_version}",
            "CHECKER_VERSION": version,
            "SNAPSHOT_FILE": snapshot.name,
            "STDLIB_FILE": stdlib.name,
            "PYTHON_BYTES": python_bytes(pyodide_dir, stdlib),
        }
        for lang in LANGS:
            bundle_web(staging / "web" / lang, constants, root, lang)
        shutil.copytree(root / "web" / "i18n", staging / "i18n")
        shutil.copy2(root / "packages.lock.json", staging / "packages.lock.json")
        (staging / "docs").mkdir()
        for name in GUIDES:  # `trainer init` puts them into a teacher's course folder
            shutil.copy2(root / "docs" / name, staging / "docs" / name)
        config = (root / "mkdocs.yml").read_text(encoding="utf-8")
        if "custom_dir: site_builder/theme" not in config:
            raise BuildError("mkdocs.yml: expected `custom_dir: site_builder/theme`")
        # mkdocs resolves custom_dir against the configuration file's folder
        config = config.replace("custom_dir: site_builder/theme", "custom_dir: ../theme")
        (staging / "mkdocs.yml").write_text(config, encoding="utf-8")
        (staging / "engine.json").write_text(
            json.dumps(
                {
                    "pyodide_version": pyodide_version,
                    "checker_version": version,
                    "snapshot": snapshot.name,
                    "python_bytes": constants["PYTHON_BYTES"],
                },
                indent=1,
            )
            + "\n",
            encoding="utf-8",
        )
        (staging / ".gitignore").write_text("*\n", encoding="utf-8")
        if target.exists():
            shutil.rmtree(target)
        staging.rename(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return packaged_engine(target)  # type: ignore[return-value]

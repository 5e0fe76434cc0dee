"""Build the static site: content -> docs pages -> mkdocs -> site/, plus the browser parts.

Everything is assembled in a staging folder beside the target and moved into place only
when every step has succeeded, so a failed build never leaves a half-built site behind.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import shutil
import tempfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException

import checker

from .content import Course, load_course
from .engine import ENGINE_DIR, content_version, has_node_engine, packaged_engine, resource
from .node import NodeError, run_node
from .packages import PackageError, load_lock
from .packages import ship as ship_packages
from .render import load_strings, render_docs, tasks_index

ROOT = Path(__file__).resolve().parent.parent
CHECKER_DIR = Path(checker.__file__).resolve().parent
PYODIDE_FILES = (
    "pyodide.mjs",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
    "pyodide-lock.json",
)

log = logging.getLogger("trainer")


class BuildError(Exception):
    """A build step failed for a reason other than content (missing tools, mkdocs)."""


@dataclass
class BuildResult:
    course: Course
    site: Path
    seconds: float


def pyodide_package(root: Path = ROOT) -> tuple[Path, str]:
    package = root / "node_modules" / "pyodide"
    try:
        version = json.loads((package / "package.json").read_text())["version"]
    except FileNotFoundError:
        raise BuildError(
            "node_modules/pyodide is missing: run `npm ci` (or `make build`, which does it)"
        ) from None
    return package, version


def python_bytes(pyodide_dir: Path, stdlib: Path | None = None) -> int:
    """What Python's loader fetches (the .mjs files are imported): for the progress bar.
    `stdlib`: the compiled standard library, fetched instead of Pyodide's."""
    stdlib = stdlib or pyodide_dir / "python_stdlib.zip"
    files = [pyodide_dir / "pyodide.asm.wasm", pyodide_dir / "pyodide-lock.json", stdlib]
    return sum(path.stat().st_size for path in files)


def checker_archive() -> bytes:
    """The checker package as a zip, unpacked by the worker into Pyodide's file system."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(CHECKER_DIR.rglob("*.py")):
            info = zipfile.ZipInfo(str(path.relative_to(CHECKER_DIR.parent)), (2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, path.read_bytes())  # fixed dates: same input, same bytes
    return buffer.getvalue()


def bundle_web(
    outdir: Path, constants: dict[str, str], root: Path = ROOT, lang: str = "ru"
) -> None:
    if not (root / "node_modules" / "esbuild").is_dir():
        raise BuildError("node_modules is missing: run `npm ci` (or `make build`, which does it)")
    args = ["--outdir", str(outdir), "--constants", json.dumps(constants), "--lang", lang]
    try:
        output = run_node(root / "web" / "build.mjs", *args, cwd=root)
    except NodeError as error:
        raise BuildError(f"bundling web/ failed: {error}") from None
    log.info(output.strip())


SNAPSHOT_SCRIPT = Path(__file__).with_name("snapshot.mjs")
STDLIB_SCRIPT = Path(__file__).with_name("stdlib_pyc.py")


def snapshot_name(pyodide_dir: str, checker_version: str) -> str:
    """The snapshot's file name names everything it is made from (web/src/worker.js): a
    browser must never pair a snapshot with a standard library it was not made with."""
    made_by = content_version(SNAPSHOT_SCRIPT.read_bytes() + STDLIB_SCRIPT.read_bytes())
    return f"python-{pyodide_dir}-{checker_version}-{made_by}.snapshot.gz"


def stdlib_name(snapshot: str) -> str:
    """The standard library a snapshot was made with lies beside it, named after it."""
    return snapshot.removesuffix(".snapshot.gz") + ".stdlib.zip.gz"


def python_snapshot(archive: bytes, name: str, root: Path = ROOT) -> Path | None:
    """A memory snapshot of Python with the checker imported (site_builder/snapshot.mjs),
    made once per Pyodide and checker and kept in the cache, with the standard library it
    was made with beside it (stdlib_name). None where it cannot be made (no Node.js): the
    site then works without it, starting Python the ordinary way."""
    from .packages import cache_dir

    target = cache_dir().parent / "snapshots" / name  # the name says what made it
    if target.is_file() and target.with_name(stdlib_name(name)).is_file():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        checker = Path(tmp) / "checker.zip"
        checker.write_bytes(archive)
        made, stdlib = Path(tmp) / name, Path(tmp) / stdlib_name(name)
        try:
            log.info(
                run_node(
                    SNAPSHOT_SCRIPT,
                    *("--checker", str(checker), "--out", str(made), "--stdlib", str(stdlib)),
                    cwd=root,
                ).strip()
            )
        except NodeError as error:
            log.warning("no Python snapshot for the site (%s): Python starts without one", error)
            return None
        stdlib.replace(target.with_name(stdlib.name))
        made.replace(target)
    return target


def run_mkdocs(
    docs: Path,
    site: Path,
    nav: list,
    config_file: Path,
    lang: str,
    title: str | None,
    worker: str,
) -> None:
    config = load_config(
        config_file=str(config_file), docs_dir=str(docs), site_dir=str(site), nav=nav, strict=True
    )
    # the Python worker's URL, for the pages' <head> (theme/main.html)
    config["extra"]["trainer_worker"] = worker
    # Russian: the theme's strings with our few corrections (theme/partials/languages)
    config.theme["language"] = "custom" if lang == "ru" else lang
    if title:  # the course's own title names the site: header and browser tab
        config["site_name"] = title
    try:
        mkdocs_build(config)
    except MkDocsException as exc:
        raise BuildError(f"mkdocs failed: {exc}") from exc


# Files a learner never needs offline: source maps, compressed sitemap, and the search
# stemmers of languages other than Russian.
# (the Python snapshot: only a fast link downloads it, and the worker keeps it itself)
_NOT_PRECACHED = ("*.map", "sitemap.xml*", "sw.js", "*.snapshot.gz")
# Pyodide's own standard library, where the worker starts Python from the compiled one
_REPLACED_STDLIB = "assets/pyodide-*/python_stdlib.zip"
_LUNR_KEEP = {"lunr.ru.min.js", "lunr.multi.min.js", "lunr.stemmer.support.min.js"}


def precache_manifest(site: Path) -> dict[str, object]:
    """What the service worker stores for offline use, and a build id that changes
    whenever any of those files changes."""
    files = []
    digest = hashlib.sha256()
    compiled_stdlib = any((site / "assets" / "trainer").glob("*.stdlib.zip.gz"))
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        relative = path.relative_to(site).as_posix()
        if any(path.match(pattern) for pattern in _NOT_PRECACHED):
            continue
        if compiled_stdlib and path.match(_REPLACED_STDLIB):
            continue
        if relative.startswith("assets/packages/") and path.suffix == ".zip":
            continue  # libraries: cached by the service worker when a task first loads them
        if "/lunr/" in f"/{relative}" and path.name not in _LUNR_KEEP:
            continue
        digest.update(relative.encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
        # pages are requested by their directory URL, as the site links to them
        if path.name == "index.html":
            relative = relative[: -len("index.html")] or "./"
        files.append(relative)
    return {"build": digest.hexdigest()[:16], "files": files}


def write_service_worker(site: Path, bundled: Path) -> str:
    """Put the service worker at the site root (its scope is the whole site) with the
    precache manifest inlined; returns the build id."""
    manifest = precache_manifest(site)
    header = f"self.__TRAINER_PRECACHE__ = {json.dumps(manifest, ensure_ascii=False)};\n"
    (site / "sw.js").write_text(header + bundled.read_text(encoding="utf-8"), encoding="utf-8")
    return str(manifest["build"])


def _replace_dir(new: Path, target: Path) -> None:
    old = target.with_name(target.name + ".old")
    if old.exists():
        shutil.rmtree(old)
    if target.exists():
        target.rename(old)
    new.rename(target)
    if old.exists():
        shutil.rmtree(old)


def build_site(
    content: Path,
    site: Path,
    *,
    root: Path = ROOT,
    config_file: Path | None = None,
    lang: str = "ru",
    engine_dir: Path = ENGINE_DIR,
) -> BuildResult:
    """Build the whole site into `site`. Raises ContentError or BuildError; on failure the
    previous `site` is left untouched."""
    started = time.perf_counter()
    course = load_course(content)
    source = has_node_engine(root)
    engine = None if source else packaged_engine(engine_dir)
    if source:
        pyodide_dir, pyodide_version = pyodide_package(root)
    elif engine is not None:
        pyodide_dir, pyodide_version = engine.pyodide_dir, engine.pyodide_version
    else:
        raise BuildError(
            "the prebuilt engine is missing from this installation of python-trainer "
            "(reinstall it from a wheel); in the repository run `npm ci` "
            "(or `make build`, which does it)"
        )

    site = site.resolve()
    staging = site.parent / f".{site.name}.staging"  # same file system: the final move is a rename
    if staging.exists():
        shutil.rmtree(staging)
    docs, staged_site, assets = staging / "docs", staging / "site", staging / "assets"
    nav = render_docs(course, docs, load_strings(lang), lang)

    assets.mkdir(parents=True)
    archive = checker_archive()
    (assets / "checker.zip").write_bytes(archive)
    pyodide_name = f"pyodide-{pyodide_version}"
    version = content_version(archive)
    if engine is not None:
        if engine.checker_version != version:
            raise BuildError(
                f"the prebuilt engine was made for another checker ({engine.checker_version}, "
                f"this one is {version}): rebuild it with `make engine`"
            )
        if engine.snapshot:
            for name in (engine.snapshot, stdlib_name(engine.snapshot)):
                shutil.copy2(engine.folder / name, assets / name)
        shutil.copytree(engine.bundle(lang), assets, dirs_exist_ok=True)
    else:
        snapshot = python_snapshot(archive, snapshot_name(pyodide_name, version), root)
        stdlib = snapshot.with_name(stdlib_name(snapshot.name)) if snapshot else None
        for made in (snapshot, stdlib):
            if made is not None:
                shutil.copy2(made, assets / made.name)
        bundle_web(
            assets,
            {
                "PYODIDE_DIR": pyodide_name,
                "CHECKER_VERSION": version,
                "SNAPSHOT_FILE": snapshot.name if snapshot else "",
                "STDLIB_FILE": stdlib.name if stdlib else "",
                "PYTHON_BYTES": python_bytes(pyodide_dir, stdlib),
            },
            root,
            lang,
        )

    if config_file is None:
        config_file = root / "mkdocs.yml" if source else resource("mkdocs.yml")
    # Named by its content, the worker is cached for good: a new tab starts it without
    # asking the server first.
    worker = f"assets/trainer/worker.js?v={content_version((assets / 'worker.js').read_bytes())}"
    run_mkdocs(docs, staged_site, nav, config_file, lang, course.title, worker)

    shutil.copytree(assets, staged_site / "assets" / "trainer", dirs_exist_ok=True)
    target = staged_site / "assets" / pyodide_name
    target.mkdir(parents=True)
    for name in PYODIDE_FILES:
        shutil.copy2(pyodide_dir / name, target / name)
    used = sorted({name for task in course.tasks for name in task.data.get("packages", [])})
    if used:
        try:
            ship_packages(load_lock(), used, staged_site / "assets" / "packages")
        except PackageError as error:
            raise BuildError(str(error)) from None
    (staged_site / "tasks.json").write_text(
        json.dumps(tasks_index(course), ensure_ascii=False, indent=1), encoding="utf-8"
    )
    bundled_sw = staged_site / "assets" / "trainer" / "sw.js"
    write_service_worker(staged_site, bundled_sw)
    bundled_sw.unlink()
    for leftover in (staged_site / "assets" / "trainer").glob("sw.js.map"):
        leftover.unlink()

    _replace_dir(staged_site, site)
    shutil.rmtree(staging, ignore_errors=True)
    return BuildResult(course, site, time.perf_counter() - started)

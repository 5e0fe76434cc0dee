"""Real libraries for tasks that declare `packages: [flask]`: locked, fetched, shipped.

`packages.lock.json` (at the repository's root) names every distribution the trainer can
ship, with its version, file and sha256, what it requires and which modules it provides.
Only pure-Python wheels run in the browser; a library without one on the index
(MarkupSafe) is locked as its sdist and built here into a pure archive, reproducibly.

The build fetches each file from the package index through pip (so a mirror configured
for pip works too), checks its hash, keeps it in a cache outside the site, prepares the
archive the browser unpacks (trimmed where a library carries much that no task needs)
and writes `assets/packages/` with a manifest the worker reads. `make verify` unpacks
the same archives for CPython, so both interpreters run exactly the same versions.
Regenerate the lock with `python -m site_builder.packages.lock` (see lock.py).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path

from ..engine import resource

LOCK_FILE = resource("packages.lock.json")  # the repository's, or the packaged engine's
SUPPORT_DIR = Path(__file__).resolve().parent / "support"
SUPPORT = "trainer-support"  # our own helpers for the libraries' tasks (support/)
_FIXED_DATE = (2020, 1, 1, 0, 0, 0)  # same input, same bytes


class PackageError(Exception):
    """A package cannot be locked, fetched or prepared (the message says what to do)."""


@dataclass(frozen=True)
class Locked:
    name: str  # normalised distribution name, e.g. "flask"
    version: str
    file: str  # the file on the index: a wheel, or an sdist to build
    sha256: str
    requires: tuple[str, ...] = ()  # distribution names, in the browser's environment
    imports: tuple[str, ...] = ()  # top-level modules it provides
    preload: tuple[str, ...] = ()  # modules imported with it before a program (lock.py)
    license: str = ""
    trim: tuple[str, ...] = ()  # glob patterns of files the browser does not need
    keep: tuple[str, ...] = ()  # exceptions to `trim`

    @property
    def is_sdist(self) -> bool:
        return not self.file.endswith(".whl")


@dataclass
class Lock:
    packages: dict[str, Locked]
    python: str = "3.14"

    def closure(self, names: list[str] | tuple[str, ...]) -> list[str]:
        """The packages `names` need, each after what it requires."""
        order: list[str] = []

        def visit(name: str, path: tuple[str, ...]) -> None:
            if name in order:
                return
            if name not in self.packages:
                raise PackageError(f"package {name!r} is not in {LOCK_FILE.name}")
            if name in path:
                return  # a cycle: already being visited
            for requirement in self.packages[name].requires:
                visit(requirement, (*path, name))
            order.append(name)

        for name in names:
            visit(normalise(name), ())
        return order

    def imports(self, names: list[str]) -> list[str]:
        return sorted({m for n in self.closure(names) for m in self.packages[n].imports})


def normalise(name: str) -> str:
    """PEP 503 names: `PyJWT` and `pyjwt`, `typing_extensions` and `typing-extensions`."""
    return "-".join(name.lower().replace("_", "-").replace(".", "-").split("-"))


def load_lock(path: Path = LOCK_FILE) -> Lock:
    data = json.loads(path.read_text(encoding="utf-8"))
    packages = {
        name: Locked(
            name=name,
            version=entry["version"],
            file=entry["file"],
            sha256=entry["sha256"],
            requires=tuple(entry.get("requires", ())),
            imports=tuple(entry.get("imports", ())),
            preload=tuple(entry.get("preload", ())),
            license=entry.get("license", ""),
            trim=tuple(entry.get("trim", ())),
            keep=tuple(entry.get("keep", ())),
        )
        for name, entry in data["packages"].items()
    }
    return Lock(packages, data.get("python", "3.14"))


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "python-trainer" / "packages"


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fetch(entry: Locked, cache: Path | None = None, python: str = "3.14") -> Path:
    """The locked file, from the cache or downloaded from the package index by pip with its
    hash required; a clear PackageError when that is impossible (offline, no cache)."""
    cache = cache or cache_dir()
    target = cache / entry.file
    if target.is_file() and _sha256(target.read_bytes()) == entry.sha256:
        return target
    cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        requirements = Path(tmp) / "requirements.txt"
        requirements.write_text(f"{entry.name}=={entry.version} --hash=sha256:{entry.sha256}\n")
        kind = ["--no-binary=:all:"] if entry.is_sdist else ["--only-binary=:all:"]
        command = [
            sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", *kind,
            "--require-hashes", "-r", str(requirements), "-d", tmp,
        ]  # fmt: skip
        if not entry.is_sdist:
            command += ["--platform", "any", "--implementation", "py", "--python-version", python]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        downloaded = Path(tmp) / entry.file
        if done.returncode != 0 or not downloaded.is_file():
            reason = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no file"]
            raise PackageError(
                f"cannot download {entry.file} from the package index ({reason[0]}); "
                f"the build needs the network once, then keeps the file in {cache}"
            )
        if _sha256(downloaded.read_bytes()) != entry.sha256:
            raise PackageError(f"{entry.file}: the downloaded file does not match its sha256")
        downloaded.replace(target)
    return target


def _zip(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, _FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, files[name])
    return buffer.getvalue()


def _wheel_files(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist() if not name.endswith("/")}


def _sdist_files(entry: Locked, path: Path) -> dict[str, bytes]:
    """A pure wheel's files from an sdist with a `src/` layout: its Python files, and the
    metadata pip would write, without the C speedups (the library falls back to Python)."""
    files: dict[str, bytes] = {}
    info_dir = f"{entry.name.replace('-', '_')}-{entry.version}.dist-info"
    with tarfile.open(path, "r:gz") as archive:
        for member in archive.getmembers():
            parts = member.name.split("/")
            if not member.isfile():
                continue
            if parts[1:2] == ["PKG-INFO"]:
                files[f"{info_dir}/METADATA"] = archive.extractfile(member).read()
            elif (
                len(parts) > 3
                and parts[1] == "src"
                and not parts[2].endswith(".egg-info")
                and member.name.endswith((".py", ".pyi", "py.typed"))
            ):
                files["/".join(parts[2:])] = archive.extractfile(member).read()
    files[f"{info_dir}/WHEEL"] = (
        b"Wheel-Version: 1.0\nGenerator: python-trainer\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    )
    return files


def _trimmed(entry: Locked, files: dict[str, bytes]) -> dict[str, bytes]:
    def dropped(name: str) -> bool:
        return any(fnmatch(name, p) for p in entry.trim) and not any(
            fnmatch(name, p) for p in entry.keep
        )

    kept = {name: data for name, data in files.items() if not dropped(name)}
    # RECORD lists every file with its hash; after trimming it would be wrong
    return {n: d for n, d in kept.items() if not n.endswith(".dist-info/RECORD")}


def prepare(entry: Locked, cache: Path | None = None) -> bytes:
    """The archive the browser unpacks into site-packages (a zip, like a wheel)."""
    source = fetch(entry, cache)
    files = _sdist_files(entry, source) if entry.is_sdist else _wheel_files(source)
    return _zip(_trimmed(entry, files))


def support_archive() -> bytes:
    """Our helpers for the libraries' tasks (support/*.py), shipped like a package."""
    files = {
        path.relative_to(SUPPORT_DIR).as_posix(): path.read_bytes()
        for path in sorted(SUPPORT_DIR.rglob("*.py"))
    }
    return _zip(files)


def ship(lock: Lock, names: list[str], target: Path, cache: Path | None = None) -> dict:
    """Write the archives `names` need into `target` (the site's assets/packages/) with
    `packages.json`, the manifest the worker reads; returns the manifest."""
    target.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, dict] = {}
    for name in lock.closure(names):
        entry = lock.packages[name]
        data = prepare(entry, cache)
        file = f"{name}-{entry.version}.zip"
        (target / file).write_bytes(data)
        manifest[name] = {
            "file": file,
            "sha256": _sha256(data),
            "size": len(data),
            "requires": list(entry.requires),
            "imports": list(entry.imports),
            "preload": [*entry.imports, *entry.preload],
            "version": entry.version,
            "license": entry.license,
        }
    data = support_archive()
    file = f"{SUPPORT}-{_sha256(data)[:12]}.zip"
    (target / file).write_bytes(data)
    manifest[SUPPORT] = {
        "file": file,
        "sha256": _sha256(data),
        "size": len(data),
        "requires": [],
        "imports": sorted(p.stem for p in SUPPORT_DIR.glob("*.py") if p.stem != "__init__"),
        "preload": [],
        "version": "",
        "license": "MIT",
    }
    (target / "packages.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    return manifest


def unpacked(lock: Lock, names: list[str], cache: Path | None = None) -> Path:
    """The same archives unpacked for CPython (authors' verify): a folder to put on
    sys.path, made once per set of versions."""
    cache = cache or cache_dir()
    order = lock.closure(names)
    key = _sha256(
        json.dumps([(n, lock.packages[n].sha256, lock.packages[n].trim) for n in order]).encode()
        + support_archive()
    )[:16]
    folder = cache / f"site-{key}"
    if (folder / ".complete").is_file():
        return folder
    cache.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".site-", dir=cache))
    for name in order:
        with zipfile.ZipFile(io.BytesIO(prepare(lock.packages[name], cache))) as archive:
            archive.extractall(staging)
    with zipfile.ZipFile(io.BytesIO(support_archive())) as archive:
        archive.extractall(staging)
    (staging / ".complete").write_text("")
    if folder.exists():
        shutil.rmtree(folder)
    staging.rename(folder)
    return folder

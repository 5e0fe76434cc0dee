"""Write packages.lock.json: `python -m site_builder.packages.lock [requirement …]`.

Resolves the requirements (default: the libraries the course teaches) for the browser's
Python, Pyodide's 3.14 on emscripten, evaluating each dependency's markers there, and
pins every distribution to the newest release on the index that fits: a pure wheel, or
for the few without one (NO_PURE_WHEEL) the sdist that the build turns into one. Run it
to upgrade on purpose, then `make verify` and commit the lock.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from email.parser import Parser
from pathlib import Path

from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet

from . import LOCK_FILE, _sha256, normalise

# The course's libraries. Django 5.2 LTS: Django 6 needs Python ≥ 3.12, and authors'
# verify runs on CPython 3.11 too. Starlette with httpx for ASGI; FastAPI is left out:
# current FastAPI needs pydantic 2, whose core is compiled (no wheel for the browser).
REQUIREMENTS = [
    "flask",
    "sqlalchemy<2.1",
    "alembic",
    "pytest",
    "pytest-asyncio",
    "pyjwt",
    "django>=5.2,<5.3",
    "starlette",
    "httpx",
    "fakeredis",
    "marshmallow",
    "tzdata",
]
NO_PURE_WHEEL = {"markupsafe"}
# Where the browser's Python evaluates dependency markers.
BROWSER = {
    "python_version": "3.14",
    "python_full_version": "3.14.2",
    "sys_platform": "emscripten",
    "platform_system": "Emscripten",
    "platform_machine": "wasm32",
    "implementation_name": "cpython",
    "platform_python_implementation": "CPython",
    "os_name": "posix",
    "extra": "",
}
# Modules imported with a library before the program, besides its top-level ones: our
# helpers (support/) its tasks use, and parts the library loads lazily but tasks always need
# (SQLAlchemy's ORM takes a second to import in the browser: not the program's time).
PRELOAD = {
    "django": ["trainer_django"],
    "pytest": ["trainer_pytest"],
    "starlette": ["trainer_asgi"],
    "sqlalchemy": ["sqlalchemy.orm"],
}
# Files no task needs, left out of what the browser downloads (glob patterns; `keep`
# overrides them). Django without them is 1.9 MB instead of 8.3 MB.
TRIM = {
    "django": {
        "trim": [
            "django/conf/locale/*",
            "django/contrib/*/locale/*",
            "django/contrib/admin/static/*",
            "django/contrib/gis/*",
            "django/contrib/postgres/*",
            "*.po",
        ],
        "keep": [
            "django/conf/locale/__init__.py",
            "django/conf/locale/ru/*.mo",
            "django/conf/locale/ru/*.py",
            "django/conf/locale/en/*.mo",
            "django/conf/locale/en/*.py",
            "django/contrib/*/locale/ru/*.mo",
        ],
    },
}


def _download(name: str, spec: SpecifierSet, folder: Path) -> Path:
    sdist = name in NO_PURE_WHEEL
    kind = ["--no-binary=:all:"] if sdist else ["--only-binary=:all:"]
    platform = [] if sdist else ["--platform", "any", "--implementation", "py"]
    command = [
        sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", *kind, *platform,
        "--python-version", BROWSER["python_version"], "-d", str(folder), f"{name}{spec}",
    ]  # fmt: skip
    before = set(folder.iterdir())
    subprocess.run(command, check=True)
    (new,) = set(folder.iterdir()) - before
    return new


def _metadata(path: Path) -> tuple[str, list[str], list[str], str]:
    """(version, requirements, top-level modules, licence) of a wheel or sdist."""
    if path.suffix == ".whl":
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            meta = next(n for n in names if n.endswith(".dist-info/METADATA"))
            text = archive.read(meta).decode()
            tops = sorted(
                {
                    n.split("/")[0].removesuffix(".py")
                    for n in names
                    if not n.split("/")[0].endswith((".dist-info", ".data"))
                }
            )
    else:  # an sdist with a src/ layout
        with tarfile.open(path) as archive:
            members = archive.getmembers()
            info = next(
                m for m in members if m.name.count("/") == 1 and m.name.endswith("PKG-INFO")
            )
            text = archive.extractfile(info).read().decode()
            parts = [m.name.split("/") for m in members]
            tops = sorted(
                {p[2] for p in parts if len(p) >= 4 and p[1] == "src" and ".egg-info" not in p[2]}
            )
    message = Parser().parsestr(text)
    licence = message.get("License-Expression") or message.get("License") or ""
    if not licence.strip():  # older metadata names it only in a classifier
        classifiers = message.get_all("Classifier") or []
        licence = next(
            (c.split(" :: ")[-1] for c in classifiers if c.startswith("License :: ")), ""
        )
    return message["Version"], message.get_all("Requires-Dist") or [], tops, licence


def resolve(requirements: list[str]) -> dict[str, dict]:
    specs: dict[str, SpecifierSet] = {}
    queue = [Requirement(r) for r in requirements]
    found: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        while queue:
            requirement = queue.pop(0)
            name = normalise(requirement.name)
            specs[name] = specs.get(name, SpecifierSet()) & requirement.specifier
            if name in found and found[name]["version"] in specs[name]:
                continue
            path = _download(name, specs[name], folder)
            version, requires, tops, licence = _metadata(path)
            needed = []
            for text in requires:
                dependency = Requirement(text)
                if dependency.marker is None or dependency.marker.evaluate(BROWSER):
                    needed.append(normalise(dependency.name))
                    queue.append(dependency)
            found[name] = {
                "version": version,
                "file": path.name,
                "sha256": _sha256(path.read_bytes()),
                "requires": sorted(set(needed)),
                "imports": [t for t in tops if t.isidentifier()],
                "license": licence.strip().splitlines()[0] if licence.strip() else "",
                **({"preload": PRELOAD[name]} if name in PRELOAD else {}),
                **TRIM.get(name, {}),
            }
    return dict(sorted(found.items()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("requirements", nargs="*", default=REQUIREMENTS)
    args = parser.parse_args(argv)
    lock = {
        "comment": "Made by `python -m site_builder.packages.lock`; see site_builder/packages/.",
        "python": BROWSER["python_version"],
        "requested": args.requirements,
        "packages": resolve(args.requirements),
    }
    LOCK_FILE.write_text(json.dumps(lock, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"locked {len(lock['packages'])} packages into {LOCK_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

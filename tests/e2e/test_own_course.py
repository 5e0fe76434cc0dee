"""A teacher's own course, the way the README promises it: the wheel installed into a fresh
virtual environment with no Node.js anywhere on PATH, then `trainer init`, `trainer build`,
`trainer serve` (the example task passes in Chromium) and `trainer verify`.

The wheel is built once per session (after `trainer engine`, which needs the repository's
Node.js: that is the engine developer's side). The fresh
environment gets the trainer from the wheel and only borrows the already installed
dependencies (mkdocs, jsonschema, playwright…) through a path file, so that no package
index is needed.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import sysconfig
import time
import urllib.request
import zipfile
from pathlib import Path

import pytest

from site_builder.build import stdlib_name
from site_builder.engine import packaged_engine
from tests.conftest import ROOT
from tests.e2e.conftest import _guard, open_task


def _run(command: list[str], **kwargs) -> subprocess.CompletedProcess:
    done = subprocess.run(command, capture_output=True, text=True, check=False, **kwargs)
    assert done.returncode == 0, f"{command}:\n{done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="session")
def wheel(tmp_path_factory) -> Path:
    # the engine of this checkout (quick when the snapshot is cached); a stale one would
    # not match the checker the wheel carries
    _run([sys.executable, "-m", "site_builder", "engine"], cwd=ROOT)
    out = tmp_path_factory.mktemp("wheel")
    shutil.rmtree(ROOT / "build" / "lib", ignore_errors=True)  # no stale modules in it
    _run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), "."],
        cwd=ROOT,
    )
    (found,) = out.glob("python_trainer-*.whl")
    return found


def test_wheel_carries_the_engine(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    engine = packaged_engine()
    for name in ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip"):
        assert f"site_builder/engine/pyodide/{name}" in names
    for lang in ("ru", "en"):
        for name in ("trainer.js", "worker.js", "trainer-style.css", "nav-shim.js", "sw.js"):
            assert f"site_builder/engine/web/{lang}/{name}" in names
    assert f"site_builder/engine/{engine.snapshot}" in names
    assert f"site_builder/engine/{stdlib_name(engine.snapshot)}" in names
    for name in (
        "engine.json",
        "mkdocs.yml",
        "packages.lock.json",
        "i18n/ru.json",
        "docs/authoring.md",
        "docs/classroom.md",
    ):
        assert f"site_builder/engine/{name}" in names
    for name in ("schema/task.schema.json", "theme/main.html", "templates/task.md.j2"):
        assert f"site_builder/{name}" in names
    assert "site_builder/packages/support/trainer_pytest.py" in names
    assert "checker/judge.py" in names and "site_builder/pyodide_check.mjs" in names
    assert not any("node_modules" in n for n in names)
    assert wheel.stat().st_size < 40_000_000


@pytest.fixture(scope="session")
def teacher(wheel, tmp_path_factory):
    """A fresh venv with the wheel, and an environment whose PATH has no Node.js."""
    home = tmp_path_factory.mktemp("teacher")
    venv = home / "venv"
    _run([sys.executable, "-m", "venv", str(venv)])
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    _run([str(bin_dir / "python"), "-m", "pip", "install", "--quiet", "--no-deps", str(wheel)])
    purelib = _run(
        [str(bin_dir / "python"), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"]
    ).stdout.strip()
    # the dependencies, from the environment running the tests (not its trainer: a plain
    # path entry does not run that environment's own .pth files)
    (Path(purelib) / "borrowed-dependencies.pth").write_text(
        sysconfig.get_path("purelib") + "\n", encoding="utf-8"
    )
    env = {
        "PATH": str(bin_dir),
        "HOME": str(home),
        "XDG_CACHE_HOME": str(home / "cache"),
        "LANG": "C.UTF-8",
    }
    assert shutil.which("node", path=env["PATH"]) is None
    located = _run(
        [str(bin_dir / "python"), "-c", "import site_builder; print(site_builder.__file__)"],
        env=env,
        cwd=home,  # not the repository: `python -c` puts the current folder on sys.path
    ).stdout
    assert located.startswith(purelib), located
    return home, bin_dir, env


def test_own_course_without_node(teacher, browser):
    home, bin_dir, env = teacher
    trainer = str(bin_dir / "trainer")
    started = time.monotonic()
    _run([trainer, "init", "my-course"], cwd=home, env=env)
    course = home / "my-course"
    assert (course / "docs" / "authoring.md").is_file()  # the guide, without the repository
    built = _run([trainer, "build"], cwd=course / "first-steps", env=env)  # from inside it
    assert "built 1 tasks" in built.stdout
    assert (course / "site" / "index.html").is_file()
    build_seconds = time.monotonic() - started

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [trainer, "serve", "--no-build", "--port", str(port)],
        cwd=course,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    origin = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{origin}/tasks.json", timeout=1).read()
                break
            except OSError:
                time.sleep(0.1)
        context = browser.new_context(locale="ru-RU", service_workers="block")
        foreign = _guard(context, origin)
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(error.stack or str(error)))
        open_task(page, origin, "plus-one")
        assert page.title().endswith("Мой курс Python"), page.title()
        solution = "n = int(input())\nprint(n + 1)\n"
        verdict = page.evaluate("code => window.trainer.check(code)", solution)
        assert verdict["status"] == "passed", verdict["message"]
        wrong = page.evaluate("code => window.trainer.check(code)", 'print(input() + "1")')
        assert wrong["status"] == "wrong_answer" and wrong["hint"]
        context.close()
        assert not foreign and not errors, (foreign, errors)
    finally:
        server.terminate()
        server.wait(timeout=10)

    started = time.monotonic()
    verified = _run([trainer, "verify"], cwd=course, env=env)
    assert "1 tasks, 0 failing" in verified.stdout
    assert "not verified in Pyodide" not in verified.stderr  # Playwright's Node.js ran it
    print(
        json.dumps(
            {"init+build": round(build_seconds, 1), "verify": round(time.monotonic() - started, 1)}
        )
    )

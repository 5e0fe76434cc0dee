"""Run the project's Node.js helpers: the esbuild bundle and the checker inside Pyodide.

Node.js is the system's `node`, else the one the `playwright` package ships (a teacher
who installed the trainer with pip has that one and no other)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path


class NodeError(Exception):
    """Node.js is missing, or a script ended with an error (its output is included)."""


def node_binary() -> str | None:
    """`node` on PATH, else Playwright's bundled Node.js, else None."""
    found = shutil.which("node")
    if found:
        return found
    try:
        import playwright
    except ImportError:
        return None
    driver = Path(playwright.__file__).resolve().parent / "driver"
    for name in ("node", "node.exe"):
        candidate = driver / name
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    return None


def run_node(script: Path, *args: str, cwd: Path, stdin: str | None = None) -> str:
    """Run `node script args…` in `cwd` and return its stdout."""
    node = node_binary()
    if node is None:
        raise NodeError(
            "no Node.js found: neither `node` on PATH nor the one of the `playwright` package"
        )
    completed = subprocess.run(
        [node, str(script), *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        check=False,
    )
    if completed.returncode != 0:
        output = completed.stderr or completed.stdout
        raise NodeError(f"{script.name} failed:\n{output[-3000:]}")
    return completed.stdout

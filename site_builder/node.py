"""Run the project's Node.js helpers: the esbuild bundle and the checker inside Pyodide."""

from __future__ import annotations

import subprocess
from pathlib import Path


class NodeError(Exception):
    """Node.js is missing, or a script ended with an error (its output is included)."""


def run_node(script: Path, *args: str, cwd: Path, stdin: str | None = None) -> str:
    """Run `node script args…` in `cwd` and return its stdout."""
    try:
        completed = subprocess.run(
            ["node", str(script), *args],
            input=stdin,
            capture_output=True,
            text=True,
            cwd=cwd,
            check=False,
        )
    except FileNotFoundError:
        raise NodeError("node is not installed (Node.js >= 20 is needed)") from None
    if completed.returncode != 0:
        output = completed.stderr or completed.stdout
        raise NodeError(f"{script.name} failed:\n{output[-3000:]}")
    return completed.stdout

"""The worker's one entry point: `handle(request, worker)`, JSON text in and out.

The worker (web/src/worker.js) calls it for every request; the messages it then sends
to the page are declared in web/src/protocol.js. A request is one JSON object:

    {"kind": "check", "code": str, "task": the task's JSON text}
    {"kind": "run", "code": str, "stdin": str, "time_limit": seconds, "files": {name: text}}
    {"kind": "trace", "code": str, "stdin": str, "time_limit": seconds,
     optionally "test": number of a visible test, "task": the task's JSON text}  (trace.py)
    each may add: "host_enforces_limits": true (the worker stops runaway Python itself);
    "preload": [modules] (the task's libraries, imported before the program);
    "keep": [top-level modules] (the libraries' modules stay imported between requests)

`worker` is the worker's side of the call, the four methods of host.Host: step(prepared
as JSON text), output(text), ask(prompt) -> text, None, or a promise of either (JSPI),
stopping() -> bool. The response:

    {"result": verdict, run result (verdict.py) or trace (trace.py), "replace_worker": bool}

`replace_worker` asks for a fresh Python: the program changed the interpreter in a way
that cannot be undone (guard.py), or the checker itself failed.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import random
import sys
import traceback
from typing import Any

from . import judge, messages, trace
from . import verdict as v
from .guard import Guard
from .host import Host

try:  # Pyodide: input() may wait for a promise (JS Promise integration)
    from pyodide.ffi import run_sync
except ImportError:  # CPython
    run_sync = None

# Modules learners' programs import most, about 0.8 s to import in the browser. They are
# imported before a memory snapshot is made (site_builder/snapshot.mjs,
# web/src/python-start.js), so a start from one has them; a start without one leaves them
# for later, one at a time while the worker is idle (warm_up_one), rather than make the
# learner wait for them. Imported between requests, they are part of every later
# request's baseline (guard.py).
WARM_MODULES = (
    "asyncio",
    "base64",
    "collections",
    "csv",
    "dataclasses",
    "datetime",
    "decimal",
    "enum",
    "fractions",
    "functools",
    "hashlib",
    "heapq",
    "hmac",
    "itertools",
    "math",
    "random",
    "re",
    "secrets",
    "sqlite3",
    "statistics",
    "string",
    "textwrap",
    "time",
    "typing",
    "unittest",
    "unittest.mock",
    "uuid",
    "zoneinfo",
)
_not_warmed = iter(WARM_MODULES)


def warm_up_one() -> bool:
    """Import the next of WARM_MODULES not imported yet; False once there is none."""
    for name in _not_warmed:
        if name not in sys.modules:
            with contextlib.suppress(ImportError):
                __import__(name)
            return True
    return False


def warm_up() -> None:
    while warm_up_one():
        pass


class _WorkerHost(Host):
    """The worker's JavaScript side, seen through Pyodide's proxies."""

    def __init__(self, worker: Any, enforces_limits: bool) -> None:
        self.worker = worker
        self.enforces_limits = enforces_limits

    def step(self, prepared: dict[str, Any]) -> None:
        self.worker.step(json.dumps(prepared, ensure_ascii=False))

    def output(self, text: str) -> None:
        self.worker.output(text)

    def ask(self, prompt: str) -> str | None:
        answer = self.worker.ask(prompt)
        if run_sync is not None and hasattr(answer, "then"):  # a promise: JSPI waits
            answer = run_sync(answer)
        return answer if type(answer) is str else None

    def stopping(self) -> bool:
        return bool(self.worker.stopping())


def can_wait_for_page() -> bool:
    """Whether input() can wait for the page's reply here (the worker asks once, through
    a promising call): JS Promise integration, Chromium ≥ 137 and Firefox ≥ 153."""
    if run_sync is None:
        return False
    import js
    from pyodide.ffi import can_run_sync

    if not can_run_sync():
        return False
    try:  # a Pyodide started from a snapshot made without JSPI refuses here
        return run_sync(js.Promise.resolve(True)) is True
    except Exception:
        return False


def lost_results() -> str:
    """What the page shows for a request the worker dropped before it began (a worker
    that died while loading packages, say): the trainer's failure, not the learner's."""
    details = "the worker stopped before the request began"
    return json.dumps(
        {kind: v.internal_error(kind, details) for kind in ("check", "run")}, ensure_ascii=False
    )


def package_failure(kind: str, names: str, reason: str) -> str:
    """The result when the task's libraries could not be loaded (offline on a first
    visit, say): the trainer's failure, said so, with what to do."""
    result = v.internal_error(kind, reason)
    result["message"] = messages.PACKAGES_FAILED.format(names=names)
    return json.dumps(result, ensure_ascii=False)


def _import_packages(names: list[str]) -> None:
    """Import the task's libraries before the learner's program: their import time is not
    the program's, and they become part of the request's baseline (guard.py)."""
    for name in names:
        importlib.import_module(name)


def handle(request_json: str, worker: Any = None) -> str:
    """Answer one request (see the module's docstring); never raises."""
    request = json.loads(request_json)
    del request_json  # the learner's code must not find the task in this frame
    kind = request.get("kind")
    try:
        if sys.platform == "emscripten":
            random.seed()  # a memory snapshot would give every visit the same numbers
        host = (
            _WorkerHost(worker, bool(request.get("host_enforces_limits")))
            if worker is not None
            else Host()
        )
        _import_packages(request.get("preload", ()))
        with Guard(keep=request.get("keep", ())) as guard:
            if kind == "check":
                result = judge.check(json.loads(request.pop("task")), request["code"], host)
            elif kind == "run":
                result = judge.run(
                    request["code"],
                    request.get("stdin", ""),
                    time_limit=request.get("time_limit"),
                    host=host,
                    files=request.get("files"),
                )
            elif kind == "trace":
                result = trace.from_request(request, host)
            else:
                raise ValueError(f"unknown request kind {kind!r}")
        response = {"result": result, "replace_worker": guard.replace_worker}
    except BaseException as exc:  # the checker's own failure, never the learner's
        response = {"result": v.internal_error(kind, _details(exc)), "replace_worker": True}
    return json.dumps(response, ensure_ascii=False)


def _details(exc: BaseException) -> str:
    try:
        return "".join(traceback.format_exception(exc))[-4000:]
    except BaseException:  # the interpreter may be badly broken by now
        return type(exc).__name__

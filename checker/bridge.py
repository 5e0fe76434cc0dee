"""The worker's entry points: JSON strings in, JSON strings out.

Plain strings cross the JavaScript/Python boundary without proxies to manage, so the
worker (web/src/worker.js) calls only these two functions.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from . import judge


def _emitter(emit: Callable[[str, str], None] | None) -> judge.Events | None:
    if emit is None:
        return None

    def events(kind: str, payload: dict[str, Any]) -> None:
        emit(kind, json.dumps(payload, ensure_ascii=False))

    return events


def check(
    task_json: str,
    source: str,
    emit: Callable[[str, str], None] | None = None,
    host_interrupts: bool = False,
    should_stop: Callable[[], bool] | None = None,
) -> str:
    """`host_interrupts`: the host can stop Python through shared memory, so loops need no
    watching from inside (which slows the learner's loops several times)."""
    verdict = judge.check(
        json.loads(task_json),
        source,
        events=_emitter(emit),
        watch_loops=not host_interrupts,
        should_stop=should_stop,
    )
    return json.dumps(verdict, ensure_ascii=False)


def run(
    source: str,
    stdin: str,
    time_limit: float,
    emit: Callable[[str, str], None] | None = None,
    ask: Callable[[str], str | None] | None = None,
    host_interrupts: bool = False,
) -> str:
    events = _emitter(emit)
    stream = None if emit is None else (lambda text: emit("stdout", text))
    result = judge.run(
        source,
        stdin,
        time_limit=time_limit,
        stream=stream,
        ask=ask,
        events=events,
        watch_loops=not host_interrupts,
    )
    return json.dumps(result, ensure_ascii=False)

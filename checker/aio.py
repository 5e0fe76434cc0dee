"""An asyncio event loop that runs anywhere the checker runs.

Pyodide's own loop hands control back to the browser and cannot be driven from inside a
synchronous check; a selector loop needs sockets that Pyodide lacks. This loop has no I/O
at all: when every task waits for a timer it simply sleeps until the nearest one, which
is all that learners' programs (sleep, gather, queues, locks, timeouts) need. CPython
uses the same loop in authors' verify, so both interpreters judge async code alike.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Coroutine, Iterator
from typing import Any


class Deadlock(RuntimeError):
    pass


class _SleepSelector:
    def select(self, timeout: float | None) -> list:
        if timeout is None:  # nothing is scheduled and nothing can ever wake us up
            raise Deadlock(
                "all tasks are waiting and nothing can wake them up "
                "(an awaited Future or Event is never set)"
            )
        if timeout > 0:
            time.sleep(timeout)
        return []

    def close(self) -> None:
        pass


class TrainerLoop(asyncio.BaseEventLoop):
    def __init__(self) -> None:
        super().__init__()
        self._selector = _SleepSelector()

    def _process_events(self, event_list: list) -> None:
        pass

    def _write_to_self(self) -> None:
        pass


def run(main: Coroutine[Any, Any, Any], *, debug: bool | None = None, **_: Any) -> Any:
    """`asyncio.run` for learners' programs."""
    with asyncio.Runner(debug=debug, loop_factory=TrainerLoop) as runner:
        return runner.run(main)


@contextlib.contextmanager
def learner_asyncio() -> Iterator[None]:
    """While the learner's code runs, `asyncio.run` and friends use TrainerLoop.

    Pyodide marks its own browser loop as permanently running, which would make every
    `asyncio.run` fail with "another loop is running"; it is hidden meanwhile.
    """
    saved = (asyncio.run, asyncio.new_event_loop)
    host_loop = asyncio.events._get_running_loop()
    asyncio.run = run
    asyncio.new_event_loop = TrainerLoop
    asyncio.events._set_running_loop(None)
    try:
        yield
    finally:
        asyncio.run, asyncio.new_event_loop = saved
        asyncio.events._set_running_loop(host_loop)

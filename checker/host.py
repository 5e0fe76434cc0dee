"""The side that runs the checker, as the judge sees it.

In the browser it is the worker (web/src/worker.js, through bridge.py); in authors'
verify and in tests it is this plain class, which does nothing. Every call names what it
means, so the same four words appear in Python, in the worker and in web/src/protocol.js.
"""

from __future__ import annotations

from typing import Any


class Host:
    """A host that hears nothing and types nothing: a check needs no more."""

    #: True when the host stops runaway Python itself (the worker host interrupts or
    #: replaces the worker), so the checker need not watch the learner's loops.
    enforces_limits = False

    def step(self, prepared: dict[str, Any]) -> None:
        """A time-limited step starts: the program's run for one test, or compiling it.

        `prepared` is {"limit": seconds, "timeout", "memory_limit", "stack", "crash",
        "stop": results}: what the page shows if it has to stop Python during this step,
        made by the checker beforehand so that the host never composes a verdict."""

    def output(self, text: str) -> None:
        """A batch of what the program printed («Запустить» shows it as it comes)."""

    def ask(self, prompt: str) -> str | None:
        """input() has used up the given input: the learner's next line, or None (end of
        input: `EOFError` in the program)."""
        return None

    def stopping(self) -> bool:
        """True once the learner pressed «Стоп»: the checker abandons the request."""
        return False

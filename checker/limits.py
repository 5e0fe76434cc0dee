"""Limits on a learner's program: time and output.

Time: in CPython (authors' verify) a timer signal stops the program. In the browser the
worker host enforces every limit from outside Python (an interrupt through shared memory,
or a fresh worker): see web/src/python-host.js. Where neither exists (Pyodide under Node,
which cannot stop Python), a jump monitor on the learner's own code objects stops loops;
it slows them several times, so the browser never uses it.
"""

from __future__ import annotations

import contextlib
import io
import sys
import threading
import time
from collections.abc import Callable, Iterator
from types import CodeType

from . import messages

OUTPUT_LIMIT_CHARS = 1_000_000
OUTPUT_LIMIT_LINES = 10_000
DEFAULT_TIME_LIMIT = 2.0
# Compiling a program gets at least this long: a huge program compiles slowly, and that is
# not the program's running time. web/src/protocol.js (COMPILE_SECONDS) must agree: the page
# lets a step last no longer (tests/test_strings.py checks they match).
COMPILE_TIME_LIMIT = 5.0


class TimeLimitExceeded(BaseException):
    """Raised into the learner's code when its time is up (BaseException: `except
    Exception` in a learner's loop must not swallow it)."""


class Stopped(BaseException):
    """Raised into the learner's code when «Стоп» ends a program waiting for input (a
    BaseException, so that `except EOFError` in a loop does not keep it going)."""


class OutputLimitExceeded(BaseException):
    """Raised into the learner's code when it prints more than allowed."""


class CapturedOutput(io.TextIOBase):
    """A text stream that keeps what the program prints, up to the output limit.

    `stream`, if given, receives the text in batches (at most every `flush_interval`
    seconds or 8 KB), because one message per print is what makes chatty programs slow
    in the browser.
    """

    def __init__(
        self,
        stream: Callable[[str], None] | None = None,
        *,
        max_chars: int = OUTPUT_LIMIT_CHARS,
        max_lines: int = OUTPUT_LIMIT_LINES,
        flush_interval: float = 0.05,
    ) -> None:
        self._parts: list[str] = []
        self._chars = 0
        self._lines = 0
        self._max_chars = max_chars
        self._max_lines = max_lines
        self.overflowed = False
        self._stream = stream
        self._pending: list[str] = []
        self._pending_chars = 0
        self._flush_interval = flush_interval
        self._last_flush = time.monotonic()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return "utf-8"

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return False

    def write(self, text: str) -> int:
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        if self.overflowed:
            raise OutputLimitExceeded
        self._chars += len(text)
        self._lines += text.count("\n")
        if self._chars > self._max_chars or self._lines > self._max_lines:
            self.overflowed = True
            self.flush()
            raise OutputLimitExceeded
        self._parts.append(text)
        if self._stream is not None:
            self._pending.append(text)
            self._pending_chars += len(text)
            now = time.monotonic()
            if self._pending_chars >= 8192 or now - self._last_flush >= self._flush_interval:
                self.flush()
        return len(text)

    def flush(self) -> None:
        if self._stream is not None and self._pending:
            text = "".join(self._pending)
            self._pending.clear()
            self._pending_chars = 0
            self._last_flush = time.monotonic()
            self._stream(text)

    def getvalue(self) -> str:
        return "".join(self._parts)

    def limit_text(self) -> str:
        return messages.OUTPUT_LIMIT_TEXT.format(
            lines=self._max_lines, thousands=self._max_chars // 1000
        )


def _learner_code_objects(code: CodeType) -> list[CodeType]:
    found = [code]
    for const in code.co_consts:
        if isinstance(const, CodeType):
            found.extend(_learner_code_objects(const))
    return found


class Deadline:
    """Raise TimeLimitExceeded in the running Python code after `seconds`.

    Use as a context manager around the learner's code. `codes` are the code objects to
    watch where no timer signal exists (Pyodide): only the learner's own code is slowed.
    With no `codes` there, the worker host alone enforces the limit (it can interrupt
    Python through shared memory when the page is cross-origin isolated).
    `paused()` stops the clock while the program waits for the learner to type.
    """

    _TOOL = 4  # sys.monitoring tool id; 0-5 are free for users, 4 is not used by debuggers

    def __init__(self, seconds: float | None, codes: list[CodeType] = ()) -> None:
        self.seconds = seconds
        self.codes = codes
        self.expired = False
        self._mode: str | None = None
        self._end = 0.0

    @staticmethod
    def _can_signal() -> bool:
        return (
            sys.platform != "emscripten"
            and hasattr(__import__("signal"), "setitimer")
            and threading.current_thread() is threading.main_thread()
        )

    def __enter__(self) -> Deadline:
        if not self.seconds:
            return self
        self._end = time.monotonic() + self.seconds
        if self._can_signal():
            import signal

            def on_alarm(signum, frame):
                self.expired = True
                raise TimeLimitExceeded

            self._old_handler = signal.signal(signal.SIGALRM, on_alarm)
            self._arm(self.seconds)
            self._mode = "signal"
        elif hasattr(sys, "monitoring") and self.codes:
            self._start_monitoring()
        return self

    @staticmethod
    def _arm(seconds: float) -> None:
        import signal

        # Keep firing after the deadline: a `try/except BaseException` inside a loop
        # may swallow one alarm, but not one that lands on the loop's own jump.
        signal.setitimer(signal.ITIMER_REAL, max(seconds, 0.001), 0.02)

    def _start_monitoring(self) -> None:
        mon = sys.monitoring
        try:
            mon.use_tool_id(self._TOOL, "trainer-deadline")
        except ValueError:  # left registered by an interrupted run
            mon.free_tool_id(self._TOOL)
            mon.use_tool_id(self._TOOL, "trainer-deadline")
        clock = time.monotonic

        def on_jump(code, source, target):
            if target <= source and clock() > self._end:  # only loops jump backwards
                self.expired = True
                raise TimeLimitExceeded

        mon.register_callback(self._TOOL, mon.events.JUMP, on_jump)
        for code in self.codes:
            for each in _learner_code_objects(code):
                mon.set_local_events(self._TOOL, each, mon.events.JUMP)
        self._mode = "monitoring"

    @contextlib.contextmanager
    def paused(self) -> Iterator[None]:
        """Stop the clock meanwhile (the program waits for the learner to type)."""
        if self._mode is None:
            yield
            return
        started = time.monotonic()
        if self._mode == "signal":
            import signal

            signal.setitimer(signal.ITIMER_REAL, 0)
        try:
            yield
        finally:
            self._end += time.monotonic() - started
            if self._mode == "signal":
                self._arm(self._end - time.monotonic())

    def __exit__(self, *exc) -> None:
        if self._mode == "signal":
            import signal

            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._old_handler)
        elif self._mode == "monitoring":
            mon = sys.monitoring
            for code in self.codes:
                for each in _learner_code_objects(code):
                    mon.set_local_events(self._TOOL, each, 0)
            mon.register_callback(self._TOOL, mon.events.JUMP, None)
            mon.free_tool_id(self._TOOL)
        self._mode = None

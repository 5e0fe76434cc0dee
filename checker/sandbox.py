"""Run a learner's code in a fresh `__main__` with its own stdin/stdout, then put the
interpreter back as it was.

This is isolation for correctness, not security: the learner's code runs in their own
browser. Whatever it does to `print`, `sys.stdout`, `sys.modules`, logging or the
recursion limit, the next run starts clean.
"""

from __future__ import annotations

import builtins
import contextlib
import io
import logging
import os
import sys
import types
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from . import aio, explain
from .explain import LEARNER_FILE
from .limits import CapturedOutput, Deadline, OutputLimitExceeded, TimeLimitExceeded


@dataclass
class Outcome:
    """What happened when the learner's code (and the test's own code after it) ran."""

    status: str  # "ok" | "runtime_error" | "timeout" | "output_limit" | "memory_limit"
    stdout: str
    stderr: str
    error: dict[str, Any] | None = None
    exception: BaseException | None = None  # the raised exception, for tests that expect one
    value: Any = None  # what `then` returned
    namespace: dict[str, Any] = field(default_factory=dict)
    output_limit_text: str = ""
    then_stdout_start: int = 0  # where the output printed during `then` begins


class SyntaxProblem(Exception):
    def __init__(self, error: dict[str, Any]) -> None:
        super().__init__(error["message"])
        self.error = error


def compile_learner_code(source: str) -> types.CodeType:
    """Compile the learner's code, or raise SyntaxProblem with a Russian explanation."""
    try:
        return compile(source, LEARNER_FILE, "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as exc:  # ValueError: source contains null bytes
        raise SyntaxProblem(explain.syntax_error(exc, source)) from None


class _StdinReader:
    """`input()` for the learner: reads the given text; optionally asks for more."""

    def __init__(
        self,
        text: str,
        out: CapturedOutput,
        *,
        echo_prompt: bool,
        ask: Callable[[str], str | None] | None,
        deadline: Deadline,
    ) -> None:
        self.stream = io.StringIO(text)
        self.out = out
        self.echo_prompt = echo_prompt
        self.ask = ask
        self.deadline = deadline

    def input(self, prompt: object = "") -> str:
        prompt = str(prompt)
        if self.echo_prompt and prompt:
            self.out.write(prompt)
            self.out.flush()
        line = self.stream.readline()
        typed = False
        if not line and self.ask is not None:
            with self.deadline.paused():  # the learner's typing time is not the program's
                answer = self.ask(prompt)
            if answer is not None:
                line, typed = answer + "\n", True
        # In the console, an answer follows its prompt as in a terminal. Without a
        # prompt, pre-supplied input stays out of the output (as on online judges).
        if line and self.echo_prompt and (typed or prompt):
            self.out.write(line if line.endswith("\n") else line + "\n")
        if not line:
            raise EOFError("EOF when reading a line")
        return line[:-1] if line.endswith("\n") else line


class _InterpreterState:
    """A snapshot of the global interpreter state a learner's program can disturb."""

    def __init__(self) -> None:
        self.streams = (sys.stdin, sys.stdout, sys.stderr)
        self.argv = list(sys.argv)
        self.path = list(sys.path)
        self.modules_obj = sys.modules
        self.modules = dict(sys.modules)
        self.builtins = dict(builtins.__dict__)
        self.recursion_limit = sys.getrecursionlimit()
        self.hooks = (sys.excepthook, sys.displayhook, sys.gettrace(), sys.getprofile())
        try:
            self.cwd = os.getcwd()
        except OSError:
            self.cwd = None
        self.logging = _LoggingState(logging)
        # the program starts with logging as a fresh interpreter has it
        _LoggingState.pristine(logging).apply(close_others=False)

    def restore(self) -> None:
        sys.stdin, sys.stdout, sys.stderr = self.streams
        sys.argv[:] = self.argv
        sys.path[:] = self.path
        sys.modules = self.modules_obj
        for name, module in self.modules.items():  # keep new imports: re-importing is slow
            if sys.modules.get(name) is not module:
                sys.modules[name] = module
        current = builtins.__dict__
        for name in [n for n in current if n not in self.builtins]:
            del current[name]
        for name, value in self.builtins.items():
            if current.get(name) is not value:
                current[name] = value
        sys.setrecursionlimit(self.recursion_limit)
        sys.excepthook, sys.displayhook = self.hooks[:2]
        sys.settrace(self.hooks[2])
        sys.setprofile(self.hooks[3])
        if self.cwd is not None and os.getcwd() != self.cwd:
            os.chdir(self.cwd)
        self.logging.apply(close_others=True)


class _LoggingState:
    """Logging keeps handlers bound to the stream of the run that configured it; a later
    run would log into a dead stream and `basicConfig` would do nothing. So each run starts
    with logging as a fresh interpreter has it, and the host's own configuration (pytest's,
    say) comes back afterwards."""

    def __init__(self, logging: types.ModuleType = logging) -> None:
        self.logging = logging
        root = logging.getLogger()
        self.handlers = list(root.handlers)
        self.level = root.level
        self.loggers = set(logging.Logger.manager.loggerDict)
        self.disabled = logging.root.manager.disable

    @classmethod
    def pristine(cls, logging: types.ModuleType) -> _LoggingState:
        state = cls.__new__(cls)
        state.logging = logging
        state.handlers = []
        state.level = logging.WARNING
        state.loggers = set(logging.Logger.manager.loggerDict)
        state.disabled = 0
        return state

    def apply(self, *, close_others: bool) -> None:
        logging = self.logging
        root = logging.getLogger()
        if close_others:  # handlers the learner's program added
            for handler in root.handlers:
                if handler not in self.handlers:
                    handler.close()
        root.handlers[:] = self.handlers
        root.setLevel(self.level)
        logging.disable(self.disabled)
        manager = logging.Logger.manager
        for name in [n for n in manager.loggerDict if n not in self.loggers]:
            del manager.loggerDict[name]
        manager._clear_cache()


@contextlib.contextmanager
def _warnings_to(stream: CapturedOutput) -> Iterator[None]:
    """The program's warnings go to its own stderr, as in a fresh interpreter, whatever the
    host does with warnings (pytest records them, for one)."""

    def show(message, category, filename, lineno, file=None, line=None):
        stream.write(warnings.formatwarning(message, category, filename, lineno, line))

    with warnings.catch_warnings():
        warnings.simplefilter("default")
        warnings.showwarning = show
        yield


def _is_size_overflow(exc: BaseException) -> bool:
    """A request for a sequence larger than memory can address. 64-bit CPython raises
    MemoryError for `[0] * 10**12`; 32-bit WebAssembly raises this OverflowError."""
    return isinstance(exc, OverflowError) and (
        "index-sized integer" in str(exc) or "convert to C ssize_t" in str(exc)
    )


def execute(
    code: types.CodeType,
    *,
    stdin: str = "",
    time_limit: float | None = None,
    then: Callable[[dict[str, Any]], Any] | None = None,
    stream: Callable[[str], None] | None = None,
    ask: Callable[[str], str | None] | None = None,
    echo_prompt: bool = False,
    source: str = "",
    watch_loops: bool = True,
) -> Outcome:
    """Run `code` as `__main__`, then `then(namespace)` (a test's call or check code).

    Both run under the same deadline and output capture. Exceptions from either are the
    learner's: a check that calls the learner's function surfaces the learner's error.
    `watch_loops=False` leaves time limits to the worker host (see limits.Deadline).
    """
    out = CapturedOutput(stream)
    err = CapturedOutput()
    deadline = Deadline(time_limit, [code] if watch_loops else [])
    reader = _StdinReader(stdin, out, echo_prompt=echo_prompt, ask=ask, deadline=deadline)
    state = _InterpreterState()
    main = types.ModuleType("__main__")
    main.__dict__["__builtins__"] = builtins
    main.__file__ = LEARNER_FILE
    namespace = main.__dict__
    outcome = Outcome("ok", "", "", namespace=namespace)
    try:
        sys.stdin = reader.stream
        sys.stdout, sys.stderr = out, err
        builtins.input = reader.input
        sys.modules["__main__"] = main
        with deadline, aio.learner_asyncio(), _warnings_to(err):
            try:
                exec(code, namespace)
            except SystemExit as exc:
                # A program may end itself with exit() or unittest.main(); the test's own
                # code still runs after it. Only an error exit code fails the program.
                if exc.code not in (None, 0, False):
                    raise
            if then is not None:
                outcome.then_stdout_start = len(out.getvalue())
                outcome.value = then(namespace)
    except SystemExit as exc:  # an error exit code, or exit() inside a tested function
        outcome.status = "runtime_error"
        outcome.error = explain.system_exit(exc)
    except TimeLimitExceeded:
        outcome.status = "timeout"
    except OutputLimitExceeded:
        outcome.status = "output_limit"
    except MemoryError as exc:
        outcome.status = "memory_limit"
        outcome.exception = exc
    except BaseException as exc:  # every learner exception becomes a verdict
        if out.overflowed:  # the program caught our OutputLimitExceeded and failed later
            outcome.status = "output_limit"
        elif _is_size_overflow(exc):
            outcome.status = "memory_limit"
            outcome.exception = exc
        else:
            outcome.status = "runtime_error"
            outcome.exception = exc
            outcome.error = explain.exception(exc, source, namespace)
    finally:
        state.restore()
    if out.overflowed:
        outcome.status = "output_limit"
    outcome.output_limit_text = out.limit_text()
    out.flush()
    outcome.stdout = out.getvalue()
    outcome.stderr = err.getvalue()
    return outcome

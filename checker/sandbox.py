"""Run a learner's code in a fresh `__main__` with its own stdin/stdout, then put the
interpreter back as it was.

This is isolation for correctness, not security: the learner's code runs in their own
browser. Whatever it does to `print`, `sys.stdout`, `sys.modules`, logging, the recursion
limit, the import system, `os.environ`, the working directory or `sys.monitoring`, the
next run starts clean. What a whole request may leave behind (patched modules, new
imports, files) is guard.py's job.
"""

from __future__ import annotations

import builtins
import contextlib
import gc
import io
import logging
import os
import shutil
import sys
import tempfile
import types
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from . import aio, explain, guard
from .explain import LEARNER_FILE
from .host import Host
from .limits import CapturedOutput, Deadline, OutputLimitExceeded, Stopped, TimeLimitExceeded


@dataclass
class Outcome:
    """What happened when the learner's code (and the test's own code after it) ran."""

    status: str  # "ok" | "runtime_error" | "timeout" | "output_limit" | "memory_limit" | "stopped"
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
    source = source.removeprefix("\ufeff")  # a byte-order mark pasted from a file
    try:
        return compile(source, LEARNER_FILE, "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as exc:  # ValueError: source contains null bytes
        raise SyntaxProblem(explain.syntax_error(exc, source)) from None
    except (RecursionError, MemoryError) as exc:  # thousands of nested parts in one line
        raise SyntaxProblem(explain.too_complex(exc)) from None


class _StdinReader:
    """`input()` for the learner: reads the given text; optionally asks for more."""

    def __init__(
        self,
        text: str,
        out: CapturedOutput,
        *,
        echo_prompt: bool,
        host: Host | None,
        deadline: Deadline,
    ) -> None:
        self.stream = io.StringIO(text)
        self.out = out
        self.echo_prompt = echo_prompt
        self.host = host
        self.deadline = deadline

    def input(self, prompt: object = "") -> str:
        prompt = str(prompt)
        if self.echo_prompt and prompt:
            self.out.write(prompt)
            self.out.flush()
        line = self.stream.readline()
        typed = False
        if not line and self.host is not None:
            with self.deadline.paused():  # the learner's typing time is not the program's
                answer = self.host.ask(prompt)
            if answer is not None:
                line, typed = answer + "\n", True
            elif self.host.stopping():
                raise Stopped
        # In the console, an answer follows its prompt as in a terminal. Without a
        # prompt, pre-supplied input stays out of the output (as on online judges).
        if line and self.echo_prompt and (typed or prompt):
            self.out.write(line if line.endswith("\n") else line + "\n")
        if not line:
            raise EOFError("EOF when reading a line")
        return line[:-1] if line.endswith("\n") else line


def _exit_now(status: int = 0) -> None:
    """`os._exit` would end the whole interpreter (the browser's worker, authors' verify):
    for the learner it ends the program, like `exit()`."""
    raise SystemExit(status)


class _InterpreterState:
    """A snapshot of the global interpreter state a learner's program can disturb."""

    def __init__(self) -> None:
        self.streams = (sys.stdin, sys.stdout, sys.stderr)
        self.argv = list(sys.argv)
        self.path = list(sys.path)
        self.meta_path = list(sys.meta_path)
        self.path_hooks = list(sys.path_hooks)
        self.importer_cache = dict(sys.path_importer_cache)
        self.modules_obj = sys.modules
        self.modules = dict(sys.modules)
        self.builtins = dict(builtins.__dict__)
        self.recursion_limit = sys.getrecursionlimit()
        self.hooks = (sys.excepthook, sys.displayhook, sys.gettrace(), sys.getprofile())
        self.async_hooks = sys.get_asyncgen_hooks()
        self.switch_interval = sys.getswitchinterval()
        self.int_digits = getattr(sys, "get_int_max_str_digits", lambda: None)()
        self.gc = (gc.isenabled(), gc.get_threshold())
        self.environ = dict(os.environ)
        self.umask = os.umask(0o022)
        os.umask(self.umask)
        self.exit = os._exit
        self.tools = _monitoring_tools()
        try:
            self.cwd = os.getcwd()
        except OSError:
            self.cwd = None
        self.logging = _LoggingState(logging)
        # the program starts with logging as a fresh interpreter has it
        _LoggingState.pristine(logging).apply(close_others=False)

    def restore(self) -> None:
        # builtins first: everything below, and the code that judges the run, needs them
        current = builtins.__dict__
        for name, value in self.builtins.items():
            if current.get(name) is not value:
                current[name] = value
        for name in [n for n in current if n not in self.builtins]:
            del current[name]
        sys.stdin, sys.stdout, sys.stderr = self.streams
        sys.argv[:] = self.argv
        sys.path[:] = self.path
        sys.meta_path[:] = self.meta_path
        sys.path_hooks[:] = self.path_hooks
        sys.path_importer_cache.clear()
        sys.path_importer_cache.update(self.importer_cache)
        sys.modules = self.modules_obj
        for name, module in self.modules.items():  # keep new imports: re-importing is slow
            if sys.modules.get(name) is not module:
                sys.modules[name] = module
        sys.setrecursionlimit(self.recursion_limit)
        sys.excepthook, sys.displayhook = self.hooks[:2]
        sys.settrace(self.hooks[2])
        sys.setprofile(self.hooks[3])
        sys.set_asyncgen_hooks(*self.async_hooks)
        sys.setswitchinterval(self.switch_interval)
        if self.int_digits is not None:
            sys.set_int_max_str_digits(self.int_digits)
        (gc.enable if self.gc[0] else gc.disable)()
        gc.set_threshold(*self.gc[1])
        if dict(os.environ) != self.environ:
            os.environ.clear()
            os.environ.update(self.environ)
        os.umask(self.umask)
        os._exit = self.exit
        _free_monitoring_tools(keep=self.tools)
        if self.cwd is not None:
            with contextlib.suppress(OSError):
                os.chdir(self.cwd)
        self.logging.apply(close_others=True)


def _monitoring_tools() -> dict[int, str]:
    monitoring = getattr(sys, "monitoring", None)
    if monitoring is None:
        return {}
    return {i: monitoring.get_tool(i) for i in range(6) if monitoring.get_tool(i)}


def _free_monitoring_tools(keep: dict[int, str]) -> None:
    """Tools the program registered with sys.monitoring would see every later program."""
    monitoring = getattr(sys, "monitoring", None)
    if monitoring is None:
        return
    for tool in range(6):
        if tool in keep or monitoring.get_tool(tool) is None:
            continue
        for event in _all_events(monitoring):
            monitoring.register_callback(tool, event, None)
        monitoring.set_events(tool, 0)
        clear = getattr(monitoring, "clear_tool_id", None)  # 3.14: local events too
        if clear is not None:
            clear(tool)
        monitoring.free_tool_id(tool)


def _all_events(monitoring: types.ModuleType) -> list[int]:
    events = monitoring.events
    return [
        value
        for name, value in vars(events).items()
        if name.isupper() and isinstance(value, int) and value and not value & (value - 1)
    ]


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


@contextlib.contextmanager
def _own_directory(source: str, files: dict[str, str]) -> Iterator[None]:
    """Each run starts in a working directory of its own, removed afterwards with whatever
    the program wrote there. The task's files are there, and the program's own text as
    main.py, as in a terminal (tracebacks and `inspect.getsource` read it; pytest tasks
    collect tests from it)."""
    folder = tempfile.mkdtemp(prefix="run-")
    previous = os.getcwd()
    try:
        os.chdir(folder)
        sys.path.insert(0, folder)  # as `python main.py` does: the task's modules import
        for name, text in {**files, LEARNER_FILE: source}.items():
            os.makedirs(os.path.dirname(name) or ".", exist_ok=True)
            with open(name, "w", encoding="utf-8") as file:
                file.write(text)
        yield
    finally:
        os.chdir(previous)
        shutil.rmtree(folder, ignore_errors=True)
        # modules imported from this folder (the task's files) go with it: the next run
        # imports them afresh, as a new process would
        for name, module in list(sys.modules.items()):
            if (getattr(module, "__file__", None) or "").startswith(folder):
                del sys.modules[name]


_BUILTINS = builtins.__dict__


def _learner(run_builtins: dict[str, Any], function: Callable, *args: Any) -> Any:
    """Call into the learner's code. Whatever it did to the builtins is undone before
    anything else runs: even an `except` clause needs them to name an exception."""
    try:
        return function(*args)
    finally:
        _BUILTINS.update(run_builtins)  # a method of the dict itself: no builtin needed


def _is_success(code: object) -> bool:
    """exit(), exit(0) and exit(False) end a program normally (compared without running
    the learner's `__eq__`)."""
    return code is None or (type(code) in (int, bool) and code == 0)


def _is_size_overflow(exc: BaseException) -> bool:
    """A request for a sequence larger than memory can address. 64-bit CPython raises
    MemoryError for `[0] * 10**12`; 32-bit WebAssembly raises this OverflowError."""
    return type(exc) is OverflowError and (
        "index-sized integer" in explain.safe_str(exc)
        or "convert to C ssize_t" in explain.safe_str(exc)
    )


def execute(
    code: types.CodeType,
    *,
    stdin: str = "",
    time_limit: float | None = None,
    then: Callable[[dict[str, Any]], Any] | None = None,
    host: Host | None = None,
    stream_output: bool = False,
    echo_prompt: bool = False,
    source: str = "",
    files: dict[str, str] | None = None,
    module_name: str = explain.AS_SCRIPT,
) -> Outcome:
    """Run `code` as `__main__`, then `then(namespace)` (a test's call or check code).

    Both run under the same deadline and output capture. Exceptions from either are the
    learner's: a check that calls the learner's function surfaces the learner's error.
    With `stream_output` the host hears the output as it comes; its `ask` answers input()
    once `stdin` runs out (only «Запустить» echoes prompts and asks). `files`: the task's
    files, written beside the program. `module_name`: the program's `__name__` ("main":
    imported as a module, its `if __name__ == "__main__":` block left out); it stands in
    sys.modules["__main__"] either way.
    """
    host = host or Host()
    out = CapturedOutput(host.output if stream_output else None)
    err = CapturedOutput()
    deadline = Deadline(time_limit, [] if host.enforces_limits else [code])
    reader = _StdinReader(
        stdin, out, echo_prompt=echo_prompt, host=host if echo_prompt else None, deadline=deadline
    )
    state = _InterpreterState()
    main = types.ModuleType(module_name)
    main.__dict__["__builtins__"] = builtins
    main.__file__ = LEARNER_FILE
    namespace = main.__dict__
    outcome = Outcome("ok", "", "", namespace=namespace)
    caught: BaseException | None = None
    try:
        sys.stdin = reader.stream
        sys.stdout, sys.stderr = out, err
        builtins.input = reader.input
        os._exit = _exit_now
        sys.modules["__main__"] = main
        run_builtins = dict(_BUILTINS)
        with (
            _own_directory(source, files or {}),
            deadline,
            aio.learner_asyncio(),
            _warnings_to(err),
        ):
            try:
                _learner(run_builtins, exec, code, namespace)
            except SystemExit as exc:
                # A program may end itself with exit() or unittest.main(); the test's own
                # code still runs after it. Only an error exit code fails the program.
                if not _is_success(exc.code):
                    raise
            if then is not None:
                outcome.then_stdout_start = len(out.getvalue())
                outcome.value = _learner(run_builtins, then, namespace)
    except BaseException as exc:  # judged below, once the interpreter is whole again
        caught = exc
    finally:
        state.restore()
        guard.after_run(code)
    if caught is not None:
        _classify(caught, outcome, out, source, namespace)
    if out.overflowed:
        outcome.status = "output_limit"
    outcome.output_limit_text = out.limit_text()
    out.flush()
    outcome.stdout = out.getvalue()
    outcome.stderr = err.getvalue()
    return outcome


def _classify(
    exc: BaseException, outcome: Outcome, out: CapturedOutput, source: str, namespace: dict
) -> None:
    """Turn what the program raised into the outcome's status. `type()`, never
    `isinstance`: a learner's object may fake its `__class__`."""
    kinds = type(exc).__mro__
    if SystemExit in kinds:  # an error exit code, or exit() inside a tested function
        outcome.status = "runtime_error"
        outcome.error = explain.system_exit(exc)
    elif TimeLimitExceeded in kinds:
        outcome.status = "timeout"
    elif Stopped in kinds:
        outcome.status = "stopped"
    elif OutputLimitExceeded in kinds or out.overflowed:
        # (also when the program caught our OutputLimitExceeded and failed later)
        outcome.status = "output_limit"
    elif MemoryError in kinds or _is_size_overflow(exc):
        outcome.status = "memory_limit"
        outcome.exception = exc
    else:  # every learner exception becomes a verdict
        outcome.status = "runtime_error"
        outcome.exception = exc
        outcome.error = explain.exception(exc, source, namespace)

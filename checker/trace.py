"""«По шагам»: run the learner's program under a tracer and return what happened, step by
step, for the page's step viewer (web/src/step-viewer.js).

The program runs exactly as «Запустить» runs it (sandbox.execute: a fresh `__main__`,
input from the stdin text and then from the host's `ask`, captured output, the
interpreter put back afterwards), or as a visible test runs it. A `sys.settrace` hook
records a step at every event in the learner's own file (`main.py`): a function is
called, a line is about to run, a function returns, an exception is raised. Other
frames (the checker, the standard library, a test's own code) are never recorded.

The result (`trace`, the compact form the page receives; docs/page-contract.md):

    {"format": 1,
     "status":  "ok" | "runtime_error" | "syntax_error" | "timeout" | "output_limit"
                | "memory_limit" | "stopped" | "step_limit" | "internal_error",
     "message": Russian text when the trace stopped early (steps, time, output), or None,
     "truncated": bool (the program went on after the last step shown),
     "steps":   [step, ...],
     "stdout":  everything the program printed (a step shows stdout[:step["out"]]),
     "stderr":  str,
     "error":   error_info of the program's error (verdict.py), or None,
     "error_step": index of the step where that error was raised, or None,
     "start":   index of the first step of the test's call (0 for a whole program),
     "test":    {"index", "kind", "input"} of the traced test, or None,
     "limits":  {"steps": int, "seconds": float}}
    step = {"line": int, "event": "call" | "line" | "return" | "exception" | "yield"
                    | "resume" (a generator or coroutine stops at yield/await, goes on),
            "frames": [frame, ...]   (outermost first; the last one runs `line`),
            "heap": {label: object}  (only objects new or changed since the step before),
            "out": int               (length of stdout so far),
            "value": value           ("return", a generator's "yield": the value),
            "exception": str         ("exception": "TypeName: message")}
    frame = {"name": "<module>" | function name, "line": int | None,
             "locals": [[name, value], ...], "skipped": int (a gap in a deep stack),
             "kind": "class" (the body of a class statement)}
    value = null | true | false | int (|n| <= 2**53) | str (whole)
          | {"ref": label}                      an object drawn in the heap
          | {"t": kind, "r": text[, "more": n]}   anything else, as text: a float,
                                                a long int or str (cut, n more chars), a
                                                function, a class, a module, an exception…
    object = {"type": "list" | "tuple" | "set" | "frozenset" | "deque" | "dict" | "object",
              "class": name (a subclass or a learner's class), "items": [value, ...]
              or "entries": [[key, value], ...] (dict) or "attrs": [[name, value], ...]
              (object), "fields": [names] (a named tuple), "more": items not shown}

The heap holds what `{"ref": label}` points to; labels are small numbers, the same for
the same object during the whole trace, so shared references are visible. Values are
drawn by the tracer's own code with caps on size and depth: the learner's `__repr__`,
`__eq__`, `__hash__`, properties and `__getattr__` never run (a learner's object is
drawn through its `__dict__` and slots, read by C-level descriptors).

Limits: MAX_STEPS steps (then the program is stopped: "step_limit") and the time limit,
checked inside the trace hook itself (it runs at every line), with sandbox's Deadline as
a backstop a little later. The host hears one step first (`host.step`) with results
prepared for the case it has to stop Python from outside; those carry no steps.
"""

from __future__ import annotations

import dis
import inspect
import itertools
import json
import sys
import time
import types
from collections.abc import Callable
from typing import Any

from . import aio, messages
from .explain import LEARNER_FILE
from .host import Host
from .limits import CapturedOutput, TimeLimitExceeded
from .sandbox import SyntaxProblem, compile_learner_code, execute

FORMAT = 1
MAX_STEPS = 1000
DEFAULT_SECONDS = 5.0
BACKSTOP = 0.5  # sandbox's own deadline fires this much later than the tracer's
HOST_SLACK = 2.0  # the host waits this much longer before it stops Python from outside
CHECK_FILE = "<проверка>"  # the test's own code (as judge.py names it)
_YIELD = dis.opmap["YIELD_VALUE"]
_SUSPENDING = inspect.CO_GENERATOR | inspect.CO_COROUTINE | inspect.CO_ASYNC_GENERATOR
_SUSPENDING |= inspect.CO_ITERABLE_COROUTINE
_CONTROL_FLOW = (StopIteration, StopAsyncIteration, GeneratorExit)

# How much of a value is drawn.
ITEMS = 50  # items of one list, dict, set or object
TEXT = 100  # characters of a string
DIGITS = 60  # characters of a long number
DEPTH = 8  # nesting of objects inside objects
OBJECTS_PER_STEP = 300  # heap objects drawn in one step
OBJECTS = 3000  # different heap objects in the whole trace (each is kept alive)
FRAMES = 30  # frames drawn in one step (a deeper stack keeps both ends)
LOCALS = 60  # names shown in one frame

# Safe lookups on classes: the C-level descriptors of `type`, which a learner's
# metaclass cannot override.
_TYPE_DICT = type.__dict__
_type_name = _TYPE_DICT["__name__"].__get__
_type_mro = _TYPE_DICT["__mro__"].__get__
_type_module = _TYPE_DICT["__module__"].__get__
_class_dict = _TYPE_DICT["__dict__"].__get__
_C_DESCRIPTORS = (types.GetSetDescriptorType, types.MemberDescriptorType)

# Builtin containers, found by identity (never `in`, which would call a metaclass __eq__).
_CONTAINERS = {
    id(list): "list",
    id(tuple): "tuple",
    id(dict): "dict",
    id(set): "set",
    id(frozenset): "frozenset",
}
_ITERATE = {"list": list.__iter__, "tuple": tuple.__iter__, "set": set.__iter__}
_ITERATE["frozenset"] = frozenset.__iter__
_LENGTH = {"list": list.__len__, "tuple": tuple.__len__, "set": set.__len__}
_LENGTH["frozenset"] = frozenset.__len__
_LENGTH["dict"] = dict.__len__
# Builtin atoms a learner may subclass: drawn with the base type's own repr.
_ATOMS = {
    id(int): int.__repr__,
    id(float): float.__repr__,
    id(complex): complex.__repr__,
    id(str): lambda s: str.__repr__(str.__getitem__(s, slice(0, TEXT))),
    id(bytes): lambda b: bytes.__repr__(bytes.__getitem__(b, slice(0, TEXT))),
    id(bytearray): lambda b: bytes.__repr__(bytes(bytearray.__getitem__(b, slice(0, TEXT)))),
}
_KINDS = {
    id(types.FunctionType): "function",
    id(types.BuiltinFunctionType): "builtin",
    id(types.MethodType): "method",
    id(types.ModuleType): "module",
    id(types.GeneratorType): "generator",
    id(types.CoroutineType): "coroutine",
    id(type): "class",
    id(BaseException): "exception",
}
# Standard library values whose repr is the library's own and never calls anyone else's.
_SAFE_REPR = (
    ("datetime", ("date", "datetime", "time", "timedelta", "timezone")),
    ("decimal", ("Decimal",)),
    ("fractions", ("Fraction",)),
    ("uuid", ("UUID",)),
)


class StepLimitReached(BaseException):
    """Raised into the learner's code once MAX_STEPS steps are recorded (a BaseException,
    so that `except Exception` in a loop does not keep the program going)."""


def _mro(cls: type) -> tuple:
    try:
        return _type_mro(cls)
    except TypeError:
        return (cls,)


def _name_of(cls: type) -> str:
    try:
        name = _type_name(cls)
    except TypeError:
        return "?"
    return name if type(name) is str else "?"


def _is_learners(cls: type) -> bool:
    """A class defined by the learner's program (its objects are drawn by attributes)."""
    try:
        module = _type_module(cls)
    except (TypeError, AttributeError):
        return False
    return type(module) is str and module == "__main__"


def _inherits(cls: type, base: type) -> bool:
    return any(each is base for each in _mro(cls))


def _lookup(cls: type, name: str) -> Any:
    """`name` in the class dictionaries along the MRO, without running any descriptor."""
    for base in _mro(cls):
        found = _class_dict(base).get(name, _lookup)
        if found is not _lookup:
            return found
    return None


def _safe_text(text: str) -> str:
    """Text that survives the trip to JavaScript (lone surrogates cannot)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")
    return text


def _short(text: str, limit: int = TEXT) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


class _Values:
    """Draws values as the compact value graph described in the module's docstring."""

    def __init__(self) -> None:
        self.labels: dict[int, int] = {}  # id(obj) -> label
        self.kept: list[Any] = []  # every labelled object stays alive: ids stay unique
        self.drawn: dict[int, str] = {}  # label -> its last drawing, as JSON text
        self.changed: dict[str, Any] = {}  # this step's heap delta
        self.visited: set[int] = set()  # labels drawn in this step
        self.texts: dict[int, tuple[Any, dict]] = {}  # id(function) -> (it, its text)
        self.safe_repr: dict[int, type] = {}
        self.safe_repr_modules = -1  # len(sys.modules) when safe_repr was made

    def begin_step(self) -> None:
        self.changed = {}
        self.visited = set()

    # -- atoms -------------------------------------------------------------------------

    def value(self, x: Any, depth: int = 0) -> Any:
        cls = type(x)
        if cls is int:
            if -(2**53) <= x <= 2**53:
                return x
            return self._long_int(x)
        if cls is str:
            if len(x) <= TEXT:
                return _safe_text(x)
            return {"t": "str", "r": _safe_text(x[:TEXT]), "more": len(x) - TEXT}
        if x is None or cls is bool:
            return x
        if cls is float:
            return {"t": "float", "r": float.__repr__(x)}
        kind = _CONTAINERS.get(id(cls))
        if kind is not None:
            return self._ref(x, kind, None, depth)
        return self._other(x, cls, depth)

    def _long_int(self, x: int) -> dict[str, Any]:
        bits = int.bit_length(x)
        if bits > 12_000:  # ~3600 digits: turning it into text is slow (and may be refused)
            return {"t": "int", "r": f"≈ 10^{int(bits * 0.30103)}"}
        text = int.__repr__(x)
        if len(text) <= DIGITS:
            return {"t": "int", "r": text}
        return {"t": "int", "r": text[:DIGITS], "more": len(text) - DIGITS}

    def _other(self, x: Any, cls: type, depth: int) -> Any:
        if cls is range:
            return {"t": "range", "r": range.__repr__(x)}
        name = _name_of(cls)
        mro = _mro(cls)
        for base in mro:
            key = id(base)
            if key in _CONTAINERS:
                return self._ref(x, _CONTAINERS[key], name, depth)
            if key in _ATOMS:
                text = _ATOMS[key](x)
                if base is not cls:
                    text = f"{name}({text})"
                return {"t": _name_of(base), "r": _safe_text(_short(text))}
            if key in _KINDS:
                return self._kind(x, _KINDS[key], cls, name)
        collections = sys.modules.get("collections")
        deque = getattr(collections, "deque", None) if collections is not None else None
        if deque is not None and any(base is deque for base in mro):
            return self._ref(x, "deque", None if cls is deque else name, depth)
        enum = sys.modules.get("enum")
        if enum is not None and any(base is enum.Enum for base in mro):
            member = self._attributes(x, cls)
            member_name = member.get("_name_") if member is not None else None
            if type(member_name) is str:
                return {"t": "enum", "r": f"{name}.{member_name}"}
            return {"t": "enum", "r": name}
        if _is_learners(cls) or cls is types.SimpleNamespace:
            return self._ref(x, "object", name, depth)
        if self._safe_repr_types().get(id(cls)) is cls:
            return {"t": name, "r": _safe_text(_short(repr(x)))}
        return {"t": name, "r": f"<{name}>"}

    def _safe_repr_types(self) -> dict[int, type]:
        if self.safe_repr_modules != len(sys.modules):  # a module may have been imported
            self.safe_repr_modules = len(sys.modules)
            found = {}
            for module_name, names in _SAFE_REPR:
                module = sys.modules.get(module_name)
                for each in names:
                    cls = getattr(module, each, None) if module is not None else None
                    if _inherits(type(cls), type):
                        found[id(cls)] = cls
            self.safe_repr = found
        return self.safe_repr

    def _kind(self, x: Any, kind: str, cls: type, name: str) -> dict[str, Any]:
        if kind == "function":
            cached = self.texts.get(id(x))
            if cached is not None and cached[0] is x:
                return cached[1]
            code = types.FunctionType.__dict__["__code__"].__get__(x)
            params = list(code.co_varnames[: code.co_argcount + code.co_kwonlyargcount])
            if code.co_flags & 0x04:
                params.insert(code.co_argcount, "*" + code.co_varnames[len(params)])
            text = {"t": "function", "r": f"{code.co_name}({', '.join(params)})"}
            self.texts[id(x)] = (x, text)
            return text
        if kind == "builtin":
            text = types.BuiltinFunctionType.__dict__["__name__"].__get__(x)
            return {"t": "builtin", "r": text if type(text) is str else "?"}
        if kind == "method":
            func = types.MethodType.__dict__["__func__"].__get__(x)
            if type(func) is types.FunctionType:
                code = types.FunctionType.__dict__["__code__"].__get__(func)
                return {"t": "method", "r": code.co_qualname}
            return {"t": "method", "r": "?"}
        if kind == "module":
            module_name = types.ModuleType.__dict__["__dict__"].__get__(x).get("__name__")
            return {"t": "module", "r": module_name if type(module_name) is str else "?"}
        if kind == "class":
            return {"t": "class", "r": _name_of(x)}
        if kind == "exception":
            return {"t": "exception", "r": self.exception_text(x)}
        return {"t": kind, "r": f"<{name}>"}

    def exception_text(self, exc: BaseException) -> str:
        """`TypeName(args)`, drawn by us: the learner's `__str__` never runs."""
        name = _name_of(type(exc))
        try:
            args = BaseException.__dict__["args"].__get__(exc)
        except Exception:
            return name
        if type(args) is not tuple:
            return name
        if len(args) == 1 and type(args[0]) is str:
            return _safe_text(f"{name}: {_short(args[0])}")
        shown = [_as_text(self.value(arg, DEPTH + 1)) for arg in itertools.islice(args, 5)]
        return _safe_text(_short(f"{name}({', '.join(shown)})"))

    # -- heap objects ------------------------------------------------------------------

    def _ref(self, x: Any, kind: str, class_name: str | None, depth: int) -> Any:
        key = id(x)
        label = self.labels.get(key)
        if label is None:
            if len(self.kept) >= OBJECTS or depth > DEPTH:
                return {"t": kind, "r": "…"}
            label = len(self.kept) + 1
            self.labels[key] = label
            self.kept.append(x)
        if label in self.visited:
            return {"ref": label}
        if depth > DEPTH or len(self.visited) >= OBJECTS_PER_STEP:
            return {"t": kind, "r": "…"}
        self.visited.add(label)
        try:
            drawing = self._draw(x, kind, class_name, depth)
        except Exception:  # e.g. a finalizer changed a dict while it was drawn
            drawing = {"type": kind, "items": [], "more": 0}
        if class_name is not None and kind != "object":
            drawing["class"] = class_name
        text = json.dumps(drawing, ensure_ascii=False, separators=(",", ":"))
        if self.drawn.get(label) != text:
            self.drawn[label] = text
            self.changed[str(label)] = drawing
        return {"ref": label}

    def _draw(self, x: Any, kind: str, class_name: str | None, depth: int) -> dict[str, Any]:
        inner = depth + 1
        if kind == "dict":
            total = dict.__len__(x)
            entries = [
                [self.value(k, inner), self.value(v, inner)]
                for k, v in itertools.islice(dict.items(x), ITEMS)
            ]
            return _with_more({"type": "dict", "entries": entries}, total - len(entries))
        if kind == "object":
            return self._draw_object(x, class_name or "?", inner)
        if kind == "deque":
            deque = sys.modules["collections"].deque
            total = deque.__len__(x)
            items = [self.value(v, inner) for v in itertools.islice(deque.__iter__(x), ITEMS)]
            return _with_more({"type": "deque", "items": items}, total - len(items))
        total = _LENGTH[kind](x)
        items = [self.value(v, inner) for v in itertools.islice(_ITERATE[kind](x), ITEMS)]
        drawing = _with_more({"type": kind, "items": items}, total - len(items))
        if kind == "tuple" and class_name is not None:
            fields = _lookup(type(x), "_fields")
            if type(fields) is tuple and all(type(f) is str for f in fields):
                drawing["fields"] = list(fields[: len(items)])
        return drawing

    def _attributes(self, x: Any, cls: type) -> dict | None:
        """The instance's own `__dict__`, read by the C-level descriptor."""
        for base in _mro(cls):
            found = _class_dict(base).get("__dict__")
            if type(found) in _C_DESCRIPTORS:
                try:
                    attributes = found.__get__(x, cls)
                except Exception:
                    return None
                return attributes if _inherits(type(attributes), dict) else None
        return None

    def _draw_object(self, x: Any, class_name: str, inner: int) -> dict[str, Any]:
        cls = type(x)
        attrs: list[list[Any]] = []
        hidden = 0
        attributes = self._attributes(x, cls)
        if attributes is not None:
            for name, value in dict.items(attributes):
                if len(attrs) >= ITEMS:
                    hidden += 1
                    continue
                shown = _safe_text(name) if type(name) is str else "?"
                attrs.append([shown, self.value(value, inner)])
        for base in _mro(cls):  # __slots__: member descriptors in the class dictionaries
            for name, slot in _class_dict(base).items():
                if type(slot) is not types.MemberDescriptorType or type(name) is not str:
                    continue
                if name in ("__weakref__", "__dict__"):
                    continue
                try:
                    value = slot.__get__(x, cls)
                except AttributeError:
                    continue
                if len(attrs) >= ITEMS:
                    hidden += 1
                    continue
                attrs.append([_safe_text(name), self.value(value, inner)])
        return _with_more({"type": "object", "class": class_name, "attrs": attrs}, hidden)


def _as_text(drawn: Any) -> str:
    """A drawn atom as Python would write it (an object inside is "…")."""
    if type(drawn) is dict:
        return drawn.get("r", "…")
    if drawn is None or type(drawn) in (bool, int):
        return repr(drawn)
    return repr(drawn) if type(drawn) is str else "…"


def _with_more(drawing: dict[str, Any], more: int) -> dict[str, Any]:
    if more > 0:
        drawing["more"] = more
    return drawing


class _Tracer:
    """The settrace hook and the steps it records."""

    def __init__(self, seconds: float, max_steps: int) -> None:
        self.values = _Values()
        self.steps: list[dict[str, Any]] = []
        self.max_steps = max_steps
        self.end = time.monotonic() + seconds
        self.out: CapturedOutput | None = None
        self.out_parts = 0
        self.out_chars = 0
        self.namespace: dict | None = None
        self.start = 0
        self.truncated = False
        self.timed_out = False
        self.raised: dict[int, tuple[BaseException, int]] = {}  # id(exc) -> (it, step)
        self.unwinding: Any = None  # the frame whose "exception" was the last step

    # The global hook: a new frame starts.
    def on_call(self, frame: types.FrameType, event: str, arg: Any) -> Callable | None:
        if frame.f_code.co_filename != LEARNER_FILE:
            return None
        if self.namespace is None:
            self.namespace = frame.f_globals
            if type(sys.stdout) is CapturedOutput:
                self.out = sys.stdout
        if frame.f_code.co_name != "<module>":  # the program's start is its first line
            self.record(frame, "resume" if _resumes(frame) else "call", None)
        return self.on_event

    # The local hook: an event in a learner's frame.
    def on_event(self, frame: types.FrameType, event: str, arg: Any) -> Callable | None:
        if event == "return" and self.unwinding is frame:
            self.unwinding = None
            return self.on_event  # the frame is left by its exception: shown already
        if event == "return" and _suspends(frame):
            event = "yield"
        elif event == "exception" and _control_flow(frame, arg):
            return self.on_event  # a generator's end or an await's result: no error
        if event in ("line", "return", "exception", "yield"):
            self.record(frame, event, arg)
        return self.on_event

    def record(self, frame: types.FrameType, event: str, arg: Any) -> None:
        if len(self.steps) >= self.max_steps:
            self.truncated = True
            raise StepLimitReached
        if time.monotonic() > self.end:
            self.timed_out = self.truncated = True
            raise TimeLimitExceeded
        try:
            step = self._step(frame, event, arg)
        except Exception:  # the tracer's own trouble must never become the learner's
            return
        self.unwinding = frame if event == "exception" else None
        self.steps.append(step)

    def _step(self, frame: types.FrameType, event: str, arg: Any) -> dict[str, Any]:
        values = self.values
        values.begin_step()
        step: dict[str, Any] = {"line": frame.f_lineno or 0, "event": event}
        step["frames"] = self._frames(frame)
        if event == "return":
            step["value"] = values.value(arg)
        elif event == "yield" and frame.f_code.co_flags & inspect.CO_GENERATOR:
            step["value"] = values.value(arg)  # (an await's inner value means nothing here)
        elif event == "exception":
            exc = arg[1] if type(arg) is tuple and len(arg) > 1 else None
            if exc is not None:
                step["exception"] = values.exception_text(exc)
                if id(exc) not in self.raised:
                    self.raised[id(exc)] = (exc, len(self.steps))
        step["heap"] = values.changed
        step["out"] = self._out_length()
        return step

    def _frames(self, frame: types.FrameType) -> list[dict[str, Any]]:
        stack = []
        each: types.FrameType | None = frame
        while each is not None:
            if each.f_code.co_filename == LEARNER_FILE:
                stack.append(each)
            each = each.f_back
        stack.reverse()
        frames: list[dict[str, Any]] = []
        if self.namespace is not None and (not stack or stack[0].f_code.co_name != "<module>"):
            # a test's call after the program has finished: its globals still matter
            frames.append({"name": "<module>", "line": None, "locals": self._names(self.namespace)})
        if len(stack) > FRAMES:
            keep_start = FRAMES // 3
            skipped = len(stack) - FRAMES
            shown = [*stack[:keep_start], None, *stack[keep_start + skipped :]]
        else:
            shown, skipped = stack, 0
        for each in shown:
            if each is None:
                frames.append({"name": "…", "line": None, "locals": [], "skipped": skipped})
                continue
            code = each.f_code
            name = code.co_qualname.replace("<locals>.", "")  # f.<locals>.g: f.g
            shown = {"name": name, "line": each.f_lineno, "locals": self._names(each.f_locals)}
            if code.co_name != "<module>" and not code.co_flags & inspect.CO_NEWLOCALS:
                shown["kind"] = "class"  # a class body runs like a function without one
            frames.append(shown)
        return frames

    def _names(self, namespace: Any) -> list[list[Any]]:
        if type(namespace) is dict:
            items = list(dict.items(namespace))
        elif _name_of(type(namespace)) == "FrameLocalsProxy":  # 3.13+: a function's locals
            items = list(namespace.items())
        else:  # a class body run with a learner's mapping (metaclass __prepare__)
            return []
        shown = []
        for name, value in items:
            if type(name) is not str or name.startswith(".") or _is_dunder(name):
                continue
            if len(shown) >= LOCALS:
                break
            shown.append([_safe_text(name), self.values.value(value)])
        return shown

    def _out_length(self) -> int:
        out = self.out
        if out is None:
            return 0
        parts = out._parts
        for part in parts[self.out_parts :]:
            self.out_chars += len(part)
        self.out_parts = len(parts)
        return self.out_chars


def _suspends(frame: types.FrameType) -> bool:
    """A generator's `yield` (or a coroutine's `await`) leaves the frame for now."""
    code = frame.f_code
    return bool(code.co_flags & _SUSPENDING) and code.co_code[frame.f_lasti] == _YIELD


def _resumes(frame: types.FrameType) -> bool:
    code = frame.f_code
    return (
        bool(code.co_flags & _SUSPENDING)
        and frame.f_lasti >= 2
        and code.co_code[frame.f_lasti - 2] == _YIELD
    )


def _control_flow(frame: types.FrameType, arg: Any) -> bool:
    """StopIteration and its kin inside a generator or coroutine: how they end, not errors."""
    if not frame.f_code.co_flags & _SUSPENDING or type(arg) is not tuple or not arg:
        return False
    return any(arg[0] is each for each in _CONTROL_FLOW)


def _is_dunder(name: str) -> bool:
    return len(name) > 4 and name.startswith("__") and name.endswith("__")


class _TracedHost(Host):
    """The host as the program sees it while traced: the same calls, and the tracer's
    clock stops while input() waits for the learner."""

    enforces_limits = False  # the sandbox's deadline watches loops: it is the backstop

    def __init__(self, host: Host, tracer: _Tracer) -> None:
        self.host = host
        self.tracer = tracer

    def step(self, prepared: dict[str, Any]) -> None:
        self.host.step(prepared)

    def output(self, text: str) -> None:
        self.host.output(text)

    def ask(self, prompt: str) -> str | None:
        started = time.monotonic()
        try:
            return self.host.ask(prompt)
        finally:
            self.tracer.end += time.monotonic() - started

    def stopping(self) -> bool:
        return self.host.stopping()


def result(status: str, **fields: Any) -> dict[str, Any]:
    """A trace result (see the module's docstring); also what the host shows when it has
    to stop Python from outside (then without steps)."""
    return {
        "format": FORMAT,
        "status": status,
        "message": fields.get("message"),
        "truncated": fields.get("truncated", False),
        "steps": fields.get("steps", []),
        "stdout": fields.get("stdout", ""),
        "stderr": fields.get("stderr", ""),
        "error": fields.get("error"),
        "error_step": fields.get("error_step"),
        "start": fields.get("start", 0),
        "test": fields.get("test"),
        "limits": fields.get("limits", {"steps": MAX_STEPS, "seconds": DEFAULT_SECONDS}),
    }


def prepared_trace(seconds: float) -> dict[str, Any]:
    """`verdict.prepared_step` for a trace of `seconds`: what the page shows if the host
    stops Python (it waits HOST_SLACK longer than the tracer's own deadline)."""
    prepared: dict[str, Any] = {"limit": seconds + HOST_SLACK}
    for reason, status in (
        ("timeout", "timeout"),
        ("memory_limit", "memory_limit"),
        ("stack", "runtime_error"),
        ("crash", "runtime_error"),
        ("stop", "stopped"),
    ):
        message = {"stack": messages.STACK_OVERFLOW, "crash": messages.CRASHED}.get(reason)
        shown = message or messages.trace_stopped(
            status, steps=MAX_STEPS, seconds=seconds, kept=False
        )
        prepared[reason] = result(status, message=shown)
    return prepared


def _test_plan(task: dict[str, Any], index: int) -> dict[str, Any]:
    tests = task.get("tests") or []
    if not 1 <= index <= len(tests):
        raise ValueError(f"no test {index}")
    test = tests[index - 1]
    if test.get("hidden"):
        raise ValueError("a hidden test cannot be traced")
    if "check" in test:
        return {"index": index, "kind": "check", "input": test["check"].strip()}
    if "call" in test:
        return {"index": index, "kind": "call", "input": test["call"]}
    return {"index": index, "kind": "io", "input": test.get("stdin", "")}


def trace(
    source: str,
    stdin: str = "",
    *,
    task: dict[str, Any] | None = None,
    test: int | None = None,
    time_limit: float | None = None,
    host: Host | None = None,
    max_steps: int = MAX_STEPS,
) -> dict[str, Any]:
    """Run `source` under the tracer: as «Запустить» does (input from `stdin`, then asked
    of the host), or as the visible test number `test` of `task` runs it."""
    host = host or Host()
    seconds = float(time_limit or DEFAULT_SECONDS)
    limits = {"steps": max_steps, "seconds": seconds}
    plan = _test_plan(task or {}, test) if test else None
    host.step(prepared_trace(seconds))
    try:
        code = compile_learner_code(source)
    except SyntaxProblem as problem:
        return result("syntax_error", error=problem.error, test=plan, limits=limits)

    tracer = _Tracer(seconds, max_steps)
    then = None
    if plan is not None and plan["kind"] != "io":
        mode = "eval" if plan["kind"] == "call" else "exec"
        test_code = compile(plan["input"], CHECK_FILE, mode, dont_inherit=True)

        def then(namespace: dict[str, Any]) -> Any:
            tracer.start = len(tracer.steps)
            value = eval(test_code, namespace)
            if inspect.iscoroutine(value):
                value = aio.run(value)
            return value

    traced_host = _TracedHost(host, tracer)
    previous = sys.gettrace()
    sys.settrace(tracer.on_call)
    try:
        outcome = execute(
            code,
            stdin=plan["input"] if plan is not None and plan["kind"] == "io" else stdin,
            time_limit=seconds + BACKSTOP,
            then=then,
            host=traced_host,
            stream_output=plan is None,
            echo_prompt=plan is None,
            source=source,
        )
    finally:
        sys.settrace(previous)
    status, error = outcome.status, outcome.error
    if tracer.timed_out:
        status, error = "timeout", None
    elif tracer.truncated:  # (also when the program caught StepLimitReached and went on)
        status, error = "step_limit", None
    stderr = outcome.stderr
    if error and error.get("traceback"):
        stderr += error["traceback"] + "\n"
    error_step = None
    if outcome.exception is not None and error is not None:
        raised = tracer.raised.get(id(outcome.exception))
        if raised is not None and raised[0] is outcome.exception:
            error_step = raised[1]
    return result(
        status,
        message=messages.trace_stopped(status, steps=max_steps, seconds=seconds),
        truncated=tracer.truncated or status in ("timeout", "output_limit", "memory_limit"),
        steps=tracer.steps,
        stdout=_safe_text(outcome.stdout),
        stderr=_safe_text(stderr),
        error=error,
        error_step=error_step,
        start=tracer.start,
        test=plan,
        limits=limits,
    )


def from_request(request: dict[str, Any], host: Host) -> dict[str, Any]:
    """The bridge's "trace" request: {"kind": "trace", "code", "stdin", "time_limit",
    optionally "test": the 1-based number of a visible test and "task": the task's JSON}."""
    task = json.loads(request["task"]) if request.get("task") else None
    return trace(
        request["code"],
        request.get("stdin", ""),
        task=task,
        test=request.get("test"),
        time_limit=request.get("time_limit"),
        host=host,
    )

"""Matching an error to its explanation, and the learner's traceback.

The entry points: `syntax_error` (the program does not compile), `exception` (it raised),
`system_exit` (it ended with an error code) and `warnings_explained` (for the console).
"""

from __future__ import annotations

import ast
import contextlib
import functools
import re
import string
import traceback
import types
from typing import Any

from .. import messages
from ..verdict import error_info
from .rules import FORGOTTEN_F, RUNTIME_FALLBACK, RUNTIME_RULES, SYNTAX_RULES, WARNING_RULES, Rule
from .suggest import Where, computed, repaired, source_line

LEARNER_FILE = "main.py"  # the name the learner's code carries in tracebacks


class _Formatter(string.Formatter):
    """`str.format` where an unknown placeholder is simply empty."""

    def get_value(self, key: int | str, args: Any, kwargs: Any) -> Any:
        if isinstance(key, int):
            return args[key] if key < len(args) else ""
        return kwargs.get(key, "")


_FORMAT = _Formatter()
_OWN = {"name", "fixed", "write"}  # placeholders the engine fills itself


@functools.cache
def _fields(text: str) -> tuple[str, ...]:
    """The named placeholders of a rule's text."""
    return tuple(
        field
        for _text, field, _spec, _conv in string.Formatter().parse(text)
        if field and not field.isdigit()
    )


def _apply(
    rules: list[Rule], exc: BaseException, extras: dict[str, str], where: Where | str
) -> str:
    if isinstance(where, str):
        where = Where(source=where, lineno=1, line=where)
    line = where.line
    type_names = {cls.__name__ for cls in type(exc).__mro__}
    message = _message(exc)
    for rule in rules:
        if not type_names.intersection(rule.types):
            continue
        if rule.needs and rule.needs != "fixed" and not extras.get(rule.needs):
            continue
        match = re.search(rule.pattern, message)
        if match is None:
            continue
        groups = [g if g is not None else "" for g in match.groups()]
        if rule.line is not None:
            on_line = re.search(rule.line, line)
            if on_line is None:
                continue
            groups += [g if g is not None else "" for g in on_line.groups()]
        fill = {key: extras.get(key, "") for key in _fields(rule.text) if key not in _OWN}
        if rule.fix:
            fixed = repaired(rule.fix, exc, where)
            if rule.needs == "fixed" and not fixed:
                continue
            fill.update(fixed=fixed, write=f" Напишите так: `{fixed}`." if fixed else "")
        groups = [g.replace("' and '", "' и '") for g in groups]
        name = next((g for g in groups if g), "")
        try:
            return _FORMAT.format(rule.text, match.group(0), *groups, name=name, **fill)
        except (ValueError, IndexError, KeyError, AttributeError):  # a teacher's typo in a text
            return rule.text
    return ""


def _is(exc: BaseException, kind: type[BaseException]) -> bool:
    """isinstance by the real type: a learner's object may fake its `__class__`."""
    return kind in type(exc).__mro__


def safe_str(exc: BaseException) -> str:
    """`str(exc)`, which runs the learner's `__str__` and may raise or return anything."""
    try:
        text = str(exc)
    except BaseException:  # even SystemExit from a learner's __str__
        return ""
    return text if type(text) is str else ""


def _message(exc: BaseException) -> str:
    if _is(exc, SyntaxError):
        return exc.msg or ""
    if _is(exc, KeyError) and exc.args:
        try:
            return repr(exc.args[0])
        except BaseException:  # a learner's key with a broken __repr__
            return ""
    return safe_str(exc)


def syntax_error(exc: SyntaxError | ValueError, source: str) -> dict[str, Any]:
    if not _is(exc, SyntaxError):  # compile() raises ValueError for null bytes
        return error_info(
            "SyntaxError",
            str(exc),
            "В коде есть недопустимый нулевой символ. Удалите его или наберите строку заново.",
        )
    line = exc.lineno
    column = exc.offset
    text = source_line(source, line) or (exc.text or "").rstrip("\n")
    caret = " " * max((column or 1) - 1, 0) + "^"
    shown = f'  File "{LEARNER_FILE}", line {line}\n    {text}\n    {caret}\n'
    return error_info(
        type(exc).__name__,
        exc.msg or "",
        _explain_syntax(exc, Where(source=source, lineno=line, line=text)),
        line=line,
        column=column,
        traceback=f"{shown}{type(exc).__name__}: {exc.msg}",
    )


def _explain_syntax(exc: SyntaxError, where: Where) -> str:
    return _apply(SYNTAX_RULES, exc, computed(exc, exc.msg or "", where), where)


def _learner_frames(tb: types.TracebackType | None) -> list[tuple[int, str]]:
    return [(lineno, frame.f_code.co_name) for frame, lineno in _learner_tb(tb)]


def _learner_tb(tb: types.TracebackType | None) -> list[tuple[types.FrameType, int]]:
    return [
        (frame, lineno)
        for frame, lineno in traceback.walk_tb(tb)
        if frame.f_code.co_filename == LEARNER_FILE
    ]


_REPEATS_SHOWN = 3  # like CPython: identical frames beyond this are counted, not shown
_FRAMES_SHOWN = 30  # a deep traceback keeps its first and last frames


def _traceback_text(frames: list[tuple[int, str]], lines: list[str], last: str) -> str:
    entries: list[str] = []
    previous, repeats = None, 0

    def flush() -> None:
        if repeats > _REPEATS_SHOWN:
            entries.append(f"  [тот же вызов повторился ещё {repeats - _REPEATS_SHOWN} раз]")

    for lineno, func in frames:
        if (lineno, func) == previous:
            repeats += 1
            if repeats > _REPEATS_SHOWN:
                continue
        else:
            flush()
            previous, repeats = (lineno, func), 1
        entry = f'  File "{LEARNER_FILE}", line {lineno}, in {func}'
        if 0 < lineno <= len(lines):
            entry += f"\n    {lines[lineno - 1].strip()}"
        entries.append(entry)
    flush()
    if len(entries) > _FRAMES_SHOWN:
        half = _FRAMES_SHOWN // 2
        skipped = len(entries) - 2 * half
        entries = [*entries[:half], f"  [… пропущено вызовов: {skipped} …]", *entries[-half:]]
    return "\n".join(["Traceback (most recent call last):", *entries, last])


def exception(
    exc: BaseException, source: str, namespace: dict[str, Any] | None = None
) -> dict[str, Any]:
    """Explain an exception raised by the learner's code (or by a test calling into it)."""
    namespace = namespace or {}
    learner_tb = _learner_tb(exc.__traceback__)
    frames = [(lineno, frame.f_code.co_name) for frame, lineno in learner_tb]
    type_name = type(exc).__name__
    message = safe_str(exc)
    shown = _traceback_text(
        frames, source.splitlines(), f"{type_name}: {message}" if message else type_name
    )

    where = Where(source=source, names=dict(namespace))
    if learner_tb:
        frame, where.lineno = learner_tb[-1]
        where.line = source_line(source, where.lineno)
        where.in_function = frame.f_code.co_name != "<module>"
        if where.in_function:
            with contextlib.suppress(Exception):  # locals are a convenience, never a failure
                where.names.update(frame.f_locals)

    explanation = _apply(RUNTIME_RULES, exc, computed(exc, message, where), where)
    if not explanation and _is(exc, SyntaxError):  # from the learner's eval/exec/compile
        text = (exc.text or "").rstrip("\n")
        explanation = _explain_syntax(exc, Where(source=text, lineno=1, line=text))
    if not explanation:
        explanation = RUNTIME_FALLBACK.format(type_name)
    return error_info(
        type_name,
        message,
        explanation,
        line=where.lineno,
        traceback=shown,
    )


def warnings_explained(stderr: str) -> list[str]:
    """Russian explanations of the warnings a program printed to stderr (for the console)."""
    found = []
    for rule in WARNING_RULES:
        for match in re.finditer(rf"{rule.types[0]}: {rule.pattern}", stderr):
            text = _FORMAT.format(rule.text, match.group(0), *match.groups())
            if text not in found:
                found.append(text)
    return found


_PLACEHOLDER = re.compile(r"\{([^\W\d]\w*)\}")


def forgotten_f(source: str, printed: str) -> str | None:
    """The FORGOTTEN_F hint when the program printed `{name}` (`name` one of its own
    variables) that comes from a plain string, one without the `f` prefix."""
    if "{" not in printed:
        return None
    try:
        tree = ast.parse(source.removeprefix("\ufeff"))
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return None
    variables = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    in_f_strings = {
        id(part)
        for node in ast.walk(tree)
        if isinstance(node, ast.JoinedStr)
        for part in ast.walk(node)
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if id(node) in in_f_strings:
                continue
            for name in _PLACEHOLDER.findall(node.value):
                if name in variables and f"{{{name}}}" in printed:
                    return FORGOTTEN_F.format(name=name)
    return None


def too_complex(exc: BaseException) -> dict[str, Any]:
    """The compiler ran out of stack or memory on a huge expression."""
    return error_info(type(exc).__name__, safe_str(exc), messages.TOO_COMPLEX)


def system_exit(exc: SystemExit) -> dict[str, Any]:
    code = exc.code
    try:  # the code may be any object of the learner's, with a broken __repr__
        shown = repr(code) if type(code) in (int, str, bool) else type(code).__name__
    except BaseException:
        shown = "…"
    return error_info(
        "SystemExit",
        shown,
        f"Программа завершилась через `exit({shown})` с кодом ошибки. Для обычного "
        "завершения не вызывайте `exit()` или вызовите его без аргументов.",
        line=(_learner_frames(exc.__traceback__) or [(None, "")])[-1][0],
    )

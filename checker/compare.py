"""Compare a program's output with the expected output, the way a fair judge would.

By default trailing spaces at line ends and trailing blank lines are ignored. A task can
ask for more leniency through its `compare` options (see docs/task-format.md):
    ignore_case      letters compare case-insensitively;
    float_tolerance  numbers within this absolute or relative difference are equal;
    unordered_lines  the lines may come in any order;
    collapse_spaces  runs of spaces and tabs inside a line count as one space.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

_SPACES = re.compile(r"[ \t]+")


@dataclass(frozen=True)
class CompareOptions:
    ignore_case: bool = False
    float_tolerance: float | None = None
    unordered_lines: bool = False
    collapse_spaces: bool = False

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> CompareOptions:
        return cls(**(data or {}))


def lines_of(text: str) -> list[str]:
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    return lines


def _number(token: str) -> float | None:
    try:
        value = float(token)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _same_line(expected: str, actual: str, options: CompareOptions) -> bool:
    if options.collapse_spaces:
        expected = _SPACES.sub(" ", expected.strip())
        actual = _SPACES.sub(" ", actual.strip())
    if options.ignore_case:
        expected, actual = expected.casefold(), actual.casefold()
    if expected == actual:
        return True
    if options.float_tolerance is None:
        return False
    want, got = expected.split(), actual.split()
    if len(want) != len(got):
        return False
    for w, g in zip(want, got, strict=True):
        if w == g:
            continue
        a, b = _number(w), _number(g)
        if a is None or b is None:
            return False
        if not math.isclose(a, b, rel_tol=options.float_tolerance, abs_tol=options.float_tolerance):
            return False
    return True


def first_difference(expected: str, actual: str, options: CompareOptions) -> int | None:
    """1-based number of the first line that differs, or None when the outputs match.

    With `unordered_lines`, lines are compared as sorted multisets and the number refers
    to the sorted order's first mismatch (reported as 1 when only the count differs).
    """
    want, got = lines_of(expected), lines_of(actual)
    if options.unordered_lines:
        key = str.casefold if options.ignore_case else str
        want, got = sorted(want, key=key), sorted(got, key=key)
    for number, (w, g) in enumerate(zip(want, got, strict=False), start=1):
        if not _same_line(w, g, options):
            return number
    if len(want) != len(got):
        return min(len(want), len(got)) + 1
    return None


_SCALARS = (int, str, bytes, bool, type(None), complex)


def same_value(
    expected: Any, actual: Any, options: CompareOptions, *, exact_sequences: bool = False
) -> bool:
    """Compare a returned value with the expected one, by exact builtin types.

    The learner's objects never take part in the comparison: a subclass of `int` or
    `list`, or an object whose `__eq__` always says yes, is not the expected value.
    `True` is not `1` and `5.0` is not `5`; an expected float accepts an int within the
    tolerance. YAML has no tuples, so an expected list also accepts a tuple unless
    `exact_sequences` (the test's `returns_literal`, where the author wrote the type).
    """
    kind, got = type(expected), type(actual)
    if kind is float:
        if got not in (int, float):
            return False
        tolerance = options.float_tolerance
        if tolerance is not None:
            return math.isclose(expected, actual, rel_tol=tolerance, abs_tol=tolerance)
        return math.isclose(expected, actual, rel_tol=1e-9, abs_tol=1e-12)
    if kind in (list, tuple):
        allowed = (kind,) if exact_sequences or kind is tuple else (list, tuple)
        return (
            got in allowed
            and len(expected) == len(actual)
            and all(
                same_value(e, a, options, exact_sequences=exact_sequences)
                for e, a in zip(expected, actual, strict=True)
            )
        )
    if kind is dict:
        if got is not dict or len(expected) != len(actual):
            return False
        if not all(type(key) in _SCALARS for key in actual):
            return False
        exact = exact_sequences
        return all(
            key in actual and same_value(value, actual[key], options, exact_sequences=exact)
            for key, value in expected.items()
        )
    if kind in (set, frozenset):
        # builtin elements only, so that set equality runs no learner code
        return got is kind and all(type(x) in _SCALARS for x in actual) and expected == actual
    if kind in _SCALARS:
        return got is kind and expected == actual
    raise TypeError(f"unsupported expected value of type {kind.__name__}")


# Characters that look like others: what the learner typed -> what was meant, both ways
# between Cyrillic and Latin letters, and typographic forms of ASCII punctuation.
_TWINS = dict(zip("аеорсухАВЕКМНОРСТХ", "aeopcyxABEKMHOPCTX", strict=True))
LOOKALIKES = {**_TWINS, **{latin: cyrillic for cyrillic, latin in _TWINS.items()}}
LOOKALIKES.update({"—": "-", "–": "-", "−": "-", "«": '"', "»": '"', "“": '"', "”": '"', "’": "'"})
INVISIBLE = {
    "\u00a0": "неразрывный пробел",
    "\u200b": "невидимый символ нулевой ширины",
    "\u200c": "невидимый символ нулевой ширины",
    "\u200d": "невидимый символ нулевой ширины",
    "\ufeff": "невидимый символ BOM",
    "\u2009": "узкий пробел",
    "\t": "табуляция",
}


def line_difference(expected: str, actual: str) -> tuple[str, dict[str, Any]] | None:
    """Why a line that should match does not, when the reason is one a beginner cannot see
    or easily miss: ("lookalike", {...}), ("invisible", {...}), ("extra_words", {...}),
    ("case", {}) or ("spaces", {}); None for an ordinary difference."""
    for position, ch in enumerate(actual):
        if ch in INVISIBLE:
            return "invisible", {"name": INVISIBLE[ch], "before": actual[:position]}
    if len(expected) == len(actual):
        swapped = [
            (i, a, e) for i, (a, e) in enumerate(zip(actual, expected, strict=True)) if a != e
        ]
        if swapped and all(LOOKALIKES.get(a) == e for _, a, e in swapped):
            i, got, wanted = swapped[0]
            return "lookalike", {"got": got, "wanted": wanted, "before": actual[:i]}
    if expected.casefold() == actual.casefold():
        return "case", {}
    if _SPACES.sub(" ", expected.strip()) == _SPACES.sub(" ", actual.strip()):
        return "spaces", {}
    if (
        expected.strip()
        and expected.strip() in actual
        and len(actual.strip()) > len(expected.strip())
    ):
        return "extra_words", {"expected": expected.strip(), "actual": actual.strip()}
    return None

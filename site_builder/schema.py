"""Validate content files against the JSON Schemas in schema/, with author-friendly messages.

The schemas are the single source of truth for the content format: this module only turns
jsonschema's findings into `file:line:col: what is wrong, what is expected`.
"""

from __future__ import annotations

import difflib
import json
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema

from .source import Problem, Source

SCHEMA_DIR = Path(__file__).parent / "schema"
SCHEMAS = ("task", "module", "course")


@cache
def load_schema(name: str) -> dict[str, Any]:
    return json.loads((SCHEMA_DIR / f"{name}.schema.json").read_text(encoding="utf-8"))


@cache
def _validator(name: str) -> jsonschema.Draft202012Validator:
    schema = load_schema(name)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def field_path(path: tuple[str | int, ...]) -> str:
    text = ""
    for part in path:
        text += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text or "the file"


_TYPE_NAMES = {
    "string": "text",
    "number": "a number",
    "integer": "a whole number",
    "boolean": "true or false",
    "array": "a list",
    "object": "a mapping of fields",
    "null": "null",
}


def _type_of(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return "null" if value is None else type(value).__name__


def _subschema_properties(error: jsonschema.ValidationError) -> list[str]:
    return list(error.schema.get("properties", {}))


def _problems_for(error: jsonschema.ValidationError, source: Source) -> list[Problem]:
    path = tuple(error.absolute_path)
    where = field_path(path)
    kind = error.validator
    if kind == "additionalProperties":
        allowed = _subschema_properties(error)
        found = []
        for extra in sorted(set(error.instance) - set(allowed)):
            close = difflib.get_close_matches(extra, allowed, n=1, cutoff=0.6)
            hint = (
                f"did you mean '{close[0]}'?" if close else f"expected one of: {', '.join(allowed)}"
            )
            place = f" in {where}" if path else ""
            found.append(
                source.problem((*path, extra), f"unknown field '{extra}'{place}; {hint}", key=True)
            )
        return found
    if kind == "required":
        missing = [name for name in error.validator_value if name not in error.instance]
        names = ", ".join(f"'{m}'" for m in missing)
        place = f" in {where}" if path else ""
        return [source.problem(path, f"missing required field {names}{place}")]
    if kind == "type":
        expected = error.validator_value
        expected = [expected] if isinstance(expected, str) else expected
        wanted = " or ".join(_TYPE_NAMES.get(t, t) for t in expected)
        advice = ""
        if "string" in expected and isinstance(error.instance, dict) and len(error.instance) == 1:
            # `- Подсказка: используйте int()` reads as a mapping {Подсказка: ...}
            advice = "; в тексте есть «: » — возьмите строку в кавычки"
        return [
            source.problem(
                path, f"{where} must be {wanted}, not {_type_of(error.instance)}{advice}"
            )
        ]
    if kind in ("oneOf", "anyOf") and "x-error" in error.schema:
        return [source.problem(path, f"{where}: {error.schema['x-error']}")]
    if kind == "enum":
        options = ", ".join(repr(o) for o in error.validator_value)
        close = difflib.get_close_matches(
            str(error.instance), [str(o) for o in error.validator_value], n=1
        )
        hint = f"; did you mean {close[0]!r}?" if close else ""
        return [
            source.problem(path, f"{where} is {error.instance!r}, expected one of: {options}{hint}")
        ]
    if kind == "pattern":
        return [
            source.problem(
                path,
                f"{where} is {error.instance!r}, which does not match the expected form "
                f"{error.validator_value}",
            )
        ]
    if kind == "minItems":
        return [source.problem(path, f"{where} needs at least {error.validator_value} item(s)")]
    if kind == "minLength":
        return [source.problem(path, f"{where} must not be empty")]
    if kind == "uniqueItems":
        return [source.problem(path, f"{where} lists the same item twice")]
    if kind in ("maximum", "minimum", "exclusiveMinimum", "exclusiveMaximum"):
        return [source.problem(path, f"{where}: {error.message}")]
    return [source.problem(path, f"{where}: {error.message}")]


def validate(source: Source, schema_name: str) -> list[Problem]:
    """Every schema violation in `source.data` as a Problem."""
    problems: list[Problem] = []
    for error in _validator(schema_name).iter_errors(source.data):
        problems.extend(_problems_for(error, source))
    return problems

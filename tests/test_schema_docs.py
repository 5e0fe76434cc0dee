"""docs/task-fields.md is generated from the JSON Schemas and must never drift from them."""

from __future__ import annotations

import re
from typing import Any

from site_builder.schema import SCHEMAS, load_schema
from site_builder.schema_docs import render
from tests.conftest import ROOT

DOC = ROOT / "docs" / "task-fields.md"
REGENERATE = "run: .venv/bin/python -m site_builder.schema_docs > docs/task-fields.md"


def _properties(node: Any) -> set[str]:
    """Every property name anywhere in a schema: top level, nested objects and $defs."""
    found: set[str] = set()
    if isinstance(node, dict):
        for name, value in node.get("properties", {}).items():
            found.add(name)
            found |= _properties(value)
        for key, value in node.items():
            if key != "properties":
                found |= _properties(value)
    elif isinstance(node, list):
        for item in node:
            found |= _properties(item)
    return found


def _rows(text: str) -> set[str]:
    """The field names in the first column of the reference's tables."""
    return set(re.findall(r"^\| `([^`]+)` \|", text, re.MULTILINE))


def test_committed_reference_matches_the_schemas():
    assert DOC.read_text(encoding="utf-8") == render(), (
        f"docs/task-fields.md is stale; {REGENERATE}"
    )


def test_every_property_of_every_schema_is_documented():
    rows = _rows(render())
    for name in SCHEMAS:
        missing = _properties(load_schema(name)) - rows
        assert not missing, f"{name}.schema.json: {sorted(missing)} not in the reference"


def test_every_description_enum_value_and_example_is_shown():
    text = render()
    for name in SCHEMAS:
        schema = load_schema(name)
        stack: list[Any] = [schema]
        while stack:
            node = stack.pop()
            if isinstance(node, list):
                stack.extend(node)
                continue
            if not isinstance(node, dict):
                continue
            stack.extend(v for k, v in node.items() if k not in ("enum", "examples"))
            if isinstance(node.get("description"), str):
                wanted = node["description"].strip().rstrip(".").replace("\n", " ")
                assert wanted.replace("|", "\\|") in text, wanted
            for value in [*node.get("enum", []), *node.get("examples", [])]:
                assert f"`{value}`" in text, f"{name}: {value!r} not shown"


def test_nested_fields_link_to_their_sections():
    text = render()
    for anchor in re.findall(r"\]\(#([a-z-]+)\)", text):
        assert f'<a id="{anchor}"></a>' in text, anchor

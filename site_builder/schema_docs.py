"""Render the field reference for course authors (docs/task-fields.md) from the JSON Schemas.

The schemas in schema/ are the single source of truth for the content format; this module
only lays out what they say (description, type, enum, limits, default, examples, required)
as Russian Markdown:

    python -m site_builder.schema_docs > docs/task-fields.md

tests/test_schema_docs.py fails when the committed file differs from a fresh rendering.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from typing import Any

from .schema import load_schema

# schema name -> (heading, where the file lives, the editor line that names its schema)
FILES = {
    "course": ("Курс", "content/course.yaml", "../site_builder/schema/course.schema.json"),
    "module": (
        "Модуль",
        "content/<модуль>/module.yaml",
        "../../site_builder/schema/module.schema.json",
    ),
    "task": (
        "Задача",
        "content/<модуль>/<имя-файла>.yaml",
        "../../site_builder/schema/task.schema.json",
    ),
}
ORDER = ("course", "module", "task")

_TYPES = {
    "string": "строка",
    "integer": "целое число",
    "number": "число",
    "boolean": "`true` или `false`",
    "object": "набор полей",
    "array": "список",
    "null": "`null`",
}
_TYPES_OF_ITEMS = {  # "список строк", "список чисел"...
    "string": "строк",
    "integer": "целых чисел",
    "number": "чисел",
    "boolean": "`true`/`false`",
    "object": "наборов полей",
    "array": "списков",
}


@dataclass
class Part:
    """A mapping of fields to document: the file itself, a nested field or a list item."""

    anchor: str
    schema: dict[str, Any]
    paths: list[str] = field(default_factory=list)  # where it is used, e.g. "rules.require"
    is_item: bool = False  # an element of a list (else the value of a field)


def _resolve(prop: dict[str, Any], root: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
    """The schema behind a `$ref` (and the name of its definition), else `prop` itself."""
    ref = prop.get("$ref")
    if ref is None:
        return prop, None
    prefix = "#/$defs/"
    if not ref.startswith(prefix):
        raise ValueError(f"unsupported $ref {ref!r}")
    name = ref[len(prefix) :]
    return root["$defs"][name], name


def _nested(
    prop: dict[str, Any], schema_name: str, path: str, root: dict[str, Any]
) -> tuple[str, dict[str, Any], bool] | None:
    """(anchor, object schema, is_item) when `prop` holds fields of its own, else None."""
    is_item = prop.get("type") == "array" and isinstance(prop.get("items"), dict)
    target, def_name = _resolve(prop["items"] if is_item else prop, root)
    if "properties" not in target:
        return None
    anchor = f"{schema_name}-{def_name or path.replace('.', '-')}"
    return anchor, target, is_item


def _parts(schema_name: str) -> list[Part]:
    """The file's own fields first, then each nested mapping right after its parent."""
    root = load_schema(schema_name)
    found: dict[str, Part] = {}
    order: list[Part] = []

    def walk(obj: dict[str, Any], prefix: str) -> None:
        for name, prop in obj.get("properties", {}).items():
            path = prefix + name
            nested = _nested(prop, schema_name, path, root)
            if nested is None:
                continue
            anchor, target, is_item = nested
            if anchor in found:
                found[anchor].paths.append(path)
                continue
            part = Part(anchor, target, [path], is_item)
            found[anchor] = part
            order.append(part)
            walk(target, path + ".")

    top = Part(schema_name, root)
    order.append(top)
    walk(root, "")
    return order


def _code(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return f"`{text}`"


def _count(n: int) -> str:
    return "хотя бы один элемент" if n == 1 else f"не меньше {n} элементов"


def _type_text(prop: dict[str, Any], nested: tuple[str, dict[str, Any], bool] | None) -> str:
    if nested is not None:
        anchor, _, is_item = nested
        if is_item:
            return f"список; элемент описан [ниже](#{anchor})"
        return f"набор полей, описан [ниже](#{anchor})"
    kind = prop.get("type")
    if kind is None:
        return "одно из значений" if "enum" in prop else "любое значение"
    if kind == "array":
        items = prop.get("items", {}).get("type")
        return f"список {_TYPES_OF_ITEMS[items]}" if items in _TYPES_OF_ITEMS else "список"
    return _TYPES[kind]


def _limits(prop: dict[str, Any]) -> list[str]:
    """Sentences for the constraints a value must meet (the field's own and its items')."""
    notes = []
    if prop.get("minLength"):
        notes.append("Пустое значение не допускается.")
    if "minItems" in prop:
        notes.append(f"В списке {_count(prop['minItems'])}.")
    if prop.get("uniqueItems"):
        notes.append("Без повторов.")
    if "minimum" in prop:
        notes.append(f"Не меньше {prop['minimum']}.")
    if "exclusiveMinimum" in prop:
        notes.append(f"Больше {prop['exclusiveMinimum']}.")
    if "maximum" in prop:
        notes.append(f"Не больше {prop['maximum']}.")
    if "exclusiveMaximum" in prop:
        notes.append(f"Меньше {prop['exclusiveMaximum']}.")
    if "pattern" in prop:
        notes.append(f"Формат — регулярное выражение {_code(prop['pattern'])}.")
    items = prop.get("items")
    if isinstance(items, dict) and "$ref" not in items:
        inner = _limits(items)
        if inner:
            notes.append("Для каждого элемента: " + " ".join(n[0].lower() + n[1:] for n in inner))
    return notes


def _description(prop: dict[str, Any]) -> str:
    notes = []
    if prop.get("description"):
        text = prop["description"].strip()
        notes.append(text if text.endswith((".", "!", "?", "…")) else text + ".")
    if "enum" in prop:
        notes.append("Значения: " + ", ".join(_code(v) for v in prop["enum"]) + ".")
    notes += _limits(prop)
    if "default" in prop:
        notes.append(f"По умолчанию: {_code(prop['default'])}.")
    examples = prop.get("examples", [])
    if examples:
        label = "Пример" if len(examples) == 1 else "Примеры"
        notes.append(f"{label}: " + ", ".join(_code(v) for v in examples) + ".")
    text = " ".join(notes) or "—"
    return text.replace("\n", " ").replace("|", "\\|")


def _variants(obj: dict[str, Any]) -> list[str]:
    """`oneOf` of required fields, as bullet points."""
    lines = []
    for variant in obj.get("oneOf", []):
        present = ", ".join(_code(n) for n in variant.get("required", []))
        banned = [
            name
            for alternative in variant.get("not", {}).get("anyOf", [])
            for name in alternative.get("required", [])
        ]
        absent = f"; нет {', '.join(_code(n) for n in banned)}" if banned else ""
        lines.append(f"- есть {present}{absent}")
    return lines


def _required_text(name: str, obj: dict[str, Any]) -> str:
    if name in obj.get("required", []):
        return "да"
    if any(name in variant.get("required", []) for variant in obj.get("oneOf", [])):
        return "по варианту"
    return "нет"


def _table(schema_name: str, part: Part, prefix: str) -> list[str]:
    root = load_schema(schema_name)
    lines = ["| Поле | Тип | Обязательное | Описание |", "| --- | --- | --- | --- |"]
    for name, prop in part.schema.get("properties", {}).items():
        nested = _nested(prop, schema_name, prefix + name, root)
        lines.append(
            f"| `{name}` | {_type_text(prop, nested)} | {_required_text(name, part.schema)} "
            f"| {_description(prop)} |"
        )
    return lines


def _paths_text(paths: list[str]) -> str:
    quoted = [_code(p) for p in paths]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " и " + quoted[-1]


def _render_schema(schema_name: str) -> list[str]:
    heading, where, schema_path = FILES[schema_name]
    root = load_schema(schema_name)
    lines = [f'<a id="{schema_name}"></a>', "", f"## {heading}: `{where}`", ""]
    if root.get("description"):
        lines += [root["description"], ""]
    lines += [
        "Первая строка файла подключает подсказки редактора:",
        "",
        "```yaml",
        f"# yaml-language-server: $schema={schema_path}",
        "```",
        "",
    ]
    for part in _parts(schema_name):
        if part.anchor == schema_name:
            lines += _table(schema_name, part, "")
        else:
            title = (
                ("Элемент списка " if len(part.paths) == 1 else "Элемент списков ")
                if part.is_item
                else "Поле "
            )
            lines += [f'<a id="{part.anchor}"></a>', ""]
            lines += [f"### {title}{_paths_text(part.paths)}", ""]
            variants = _variants(part.schema)
            if variants:
                lines += ["Подходит ровно под один вариант:", "", *variants, ""]
            prefix = "" if part.is_item else part.paths[0] + "."
            lines += _table(schema_name, part, prefix)
        lines.append("")
        if part.schema.get("additionalProperties") is False:
            lines += ["Других полей здесь быть не может: опечатка в имени поля — это ошибка.", ""]
    return lines


def render() -> str:
    """The whole reference as Markdown."""
    lines = [
        "# Поля файлов курса",
        "",
        "<!-- Создано из site_builder/schema/*.schema.json командой",
        "     `python -m site_builder.schema_docs > docs/task-fields.md`. Не правьте вручную. -->",
        "",
        "Справочник всех полей создан автоматически из JSON-схем в `site_builder/schema/` —",
        "по ним же проверяются файлы курса, так что здесь всегда то, что проверяется на самом",
        "деле. Как писать задачи, с примерами, — в [руководстве автора](authoring.md).",
        "",
        "«Обязательное: по варианту» значит, что поле нужно в одном из вариантов записи",
        "(они перечислены над таблицей).",
        "",
    ]
    for name in ORDER:
        heading, where, _ = FILES[name]
        lines.append(f"- [{heading}: `{where}`](#{name})")
    lines.append("")
    for name in ORDER:
        lines += _render_schema(name)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines) + "\n"


def main() -> None:
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")
    sys.stdout.write(render())


if __name__ == "__main__":
    main()

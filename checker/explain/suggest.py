"""Suggestions computed from the learner's code, filling a rule's placeholders.

Each function is registered for the exception types it helps with and the placeholder it
fills (`{hint}`, `{shadow}`…, see rules.py); the engine calls every function registered for
an error and hands the results to the rules. Adding a suggestion is two edits: a function
here, and its placeholder in a rule's text.
"""

from __future__ import annotations

import builtins
import difflib
import keyword
import re
import sys
import types
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .rules import (
    ATTRIBUTE_SWAPS,
    ATTRIBUTE_TIPS,
    CHAR_SWAPS,
    COMMON_MODULES,
    KNOWN_KEYWORDS,
    MISSING_MODULES,
    NAME_SWAPS,
    NOT_CALLED,
    STR_METHODS,
)


@dataclass
class Where:
    """The learner's code at the place of the error."""

    source: str = ""
    lineno: int | None = None
    line: str = ""
    names: dict[str, Any] = field(default_factory=dict)  # visible there: locals over globals
    in_function: bool = False


def source_line(source: str, lineno: int | None) -> str:
    lines = source.splitlines()
    return lines[lineno - 1] if lineno and 0 < lineno <= len(lines) else ""


def _closest(name: str, candidates: list[str], cutoff: float = 0.7) -> str | None:
    found = difflib.get_close_matches(name, candidates, n=1, cutoff=cutoff)
    if not found:
        found = [c for c in candidates if c.lower() == name.lower()]
    return found[0] if found else None


def _suggest(close: str) -> str:
    return f" Может быть, вы имели в виду `{close}`?"


_CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)
_LATIN = re.compile("[a-z]", re.IGNORECASE)


def _safe_hasattr(obj: Any, name: str) -> bool:
    try:
        return hasattr(obj, name)
    except Exception:  # a learner's __getattr__ may raise anything
        return False


def _defined_below(name: str, where: Where) -> bool:
    pattern = rf"^(?:(?:async\s+)?def\s+|class\s+){re.escape(name)}\b|^{re.escape(name)}\s*=(?!=)"
    for number, text in enumerate(where.source.splitlines(), start=1):
        if re.match(pattern, text) and (where.lineno is None or number > where.lineno):
            return True
    return False


def _name_hint(name: str, where: Where) -> str:
    if _CYRILLIC.search(name) and _LATIN.search(name):
        return (
            " В имени смешаны русские и латинские буквы (например, русская «с» вместо "
            "латинской «c»): наберите его заново в английской раскладке."
        )
    owner = where.names.get("self")
    if owner is not None and _safe_hasattr(owner, name):
        return f" Атрибуты объекта внутри метода пишут через `self`: `self.{name}`."
    if _defined_below(name, where):
        return (
            f" `{name}` определяется ниже по коду: перенесите определение выше строки, "
            "где его используют."
        )
    if name in COMMON_MODULES or (
        name in sys.stdlib_module_names
        and name not in NAME_SWAPS
        and re.search(rf"\b{re.escape(name)}\s*\.", where.line)
    ):
        return f" Модуль не импортирован: добавьте в начало программы `import {name}`."
    if name.lower() in NAME_SWAPS:
        return _suggest(NAME_SWAPS[name.lower()])
    names = [n for n in where.names if not n.startswith("__")]
    names += [n for n in dir(builtins) if not n.startswith("_")] + keyword.kwlist
    close = _closest(name, names)
    if close:
        return _suggest(close)
    if name.isidentifier() and not name.isascii():
        return (
            " Если это текст, возьмите его в кавычки: "
            f'`"{name}"`. Имена переменных лучше писать латиницей.'
        )
    return (
        " Проверьте, что переменной присвоено значение выше этой строки, а если это "
        "текст — что он взят в кавычки."
    )


def _attribute_hint(exc: BaseException, where: Where) -> str:
    name = getattr(exc, "name", None)
    obj = getattr(exc, "obj", None)
    if not name or obj is None:
        return ""
    kind = type(obj).__name__
    if (kind, name) in ATTRIBUTE_TIPS:
        return ATTRIBUTE_TIPS[(kind, name)]
    swap = ATTRIBUTE_SWAPS.get((kind, name))
    if swap:
        return _suggest(swap)
    if isinstance(obj, dict) and not hasattr(dict, name):
        found = re.search(rf"(\w+)\s*\.\s*{re.escape(name)}\b", where.line)
        variable = found.group(1) if found else "d"
        return f' Значения словаря берут по ключу в квадратных скобках: `{variable}["{name}"]`.'
    if isinstance(obj, (list, tuple)) and name in STR_METHODS:
        return (
            f" `{name}` — метод строки, а здесь список: вызовите его у элемента, "
            f"`items[0].{name}(…)`, или у каждого в цикле."
        )
    close = _closest(name, [a for a in dir(obj) if not a.startswith("_")])
    if close:
        return _suggest(close)
    if getattr(type(obj), "__module__", "") == "__main__":
        return (
            f" Атрибуты объекта создаются в `__init__` строкой `self.{name} = …`: проверьте, "
            "что она есть и выполнилась."
        )
    return ""


def _key_hint(exc: KeyError, where: Where) -> str:
    """The closest existing key, when the dictionary is in a variable on the error line."""
    if not exc.args:
        return ""
    key = exc.args[0]
    for variable in re.findall(r"(\w+)\s*\[", where.line):
        d = where.names.get(variable)
        if not isinstance(d, dict) or key in d:
            continue
        keys = list(d)
        if isinstance(key, int) and str(key) in d:
            return f" В словаре есть ключ-строка `'{key}'`, а ищется число `{key}`."
        if isinstance(key, str) and re.fullmatch(r"-?[0-9]+", key.strip()) and int(key) in d:
            return f" В словаре есть ключ-число `{int(key)}`, а ищется строка `{key!r}`."
        text_keys = [k for k in keys if isinstance(k, str)]
        if isinstance(key, str):
            close = _closest(key, text_keys, cutoff=0.6)
            if close is not None:
                return f" Может быть, вы имели в виду `{close!r}`?"
        if not keys:
            return f" Словарь `{variable}` сейчас пуст."
        if len(keys) <= 5:
            shown = ", ".join(f"`{k!r}`" for k in keys)
            return f" В `{variable}` есть ключи: {shown}."
        return ""
    return ""


def _shadow_hint(type_name: str, where: Where) -> str:
    """A builtin function's name the program reused for a value of this type."""
    line_calls = set(re.findall(r"(\w+)\s*\(", where.line))
    for name, value in where.names.items():
        if (
            name in line_calls
            and callable(getattr(builtins, name, None))
            and type(value).__name__ == type_name
            and not callable(value)
        ):
            return name
    return ""


def _no_self(cls_name: str, method: str, takes: str, where: Where) -> str:
    cls = where.names.get(cls_name)
    function = getattr(cls, "__dict__", {}).get(method) if isinstance(cls, type) else None
    if isinstance(function, types.FunctionType):
        code = function.__code__
        params = code.co_varnames[: code.co_argcount]
        return "yes" if not params or params[0] not in {"self", "cls"} else ""
    return "yes" if takes == "0" else ""


def _keyword_hint(message: str, where: Where) -> str:
    said = re.search(r"Did you mean '(\w+)'", message)
    if said:
        return _suggest(said.group(1))
    found = re.search(
        r"(\w+)\(\) got an unexpected keyword argument '(\w+)'|"
        r"'(\w+)' is an invalid keyword argument for (\w+)\(\)",
        message,
    )
    if not found:
        return ""
    function = found.group(1) or found.group(4)
    wrong = found.group(2) or found.group(3)
    value = where.names.get(function)
    if isinstance(value, types.FunctionType):
        code = value.__code__
        options = list(code.co_varnames[: code.co_argcount + code.co_kwonlyargcount])
    else:
        options = KNOWN_KEYWORDS.get(function, [])
    close = _closest(wrong, options, cutoff=0.6)
    return _suggest(close) if close else " Проверьте имя параметра."


_TYPE_PAIRS_STR_NUMBER = ({"str", "int"}, {"str", "float"})
_FUNCTION_TYPES = {"builtin_function_or_method", "function", "method"}


def _operand_hint(message: str) -> str:
    found = re.search(r"'(\w+)' and '(\w+)'", message)
    if not found:
        return ""
    kinds = {found.group(1), found.group(2)}
    if kinds in _TYPE_PAIRS_STR_NUMBER:
        return (
            " Похоже, одно из значений — строка (например, из `input()`). "
            "Превратите её в число через `int(…)` или число в строку через `str(…)`."
        )
    if "NoneType" in kinds:
        return " Одно из значений — `None`: возможно, функция ничего не вернула (нет `return`)."
    if "coroutine" in kinds:
        return " Вызов `async`-функции даёт корутину, а не результат: добавьте `await`."
    if kinds & _FUNCTION_TYPES:
        return " " + NOT_CALLED
    if "list" in kinds and "-" in message:
        return " Чтобы убрать элементы, используйте `remove` или множества: `set(a) - set(b)`."
    if kinds == {"dict"}:
        return " Словари объединяют так: `{**a, **b}` или `a | b`."
    return ""


def _number_hint(text: str, kind: str) -> str:
    stripped = text.strip()
    if text == "":
        return " Строка пустая: возможно, во входных данных меньше строк, чем вы читаете."
    if " " in stripped:
        return (
            " В строке несколько значений через пробел: разделите их "
            "`input().split()` и превратите каждое в число."
        )
    if re.fullmatch(r"[-+]?\d+,\d*", stripped):
        return " Дробная часть отделяется точкой, а не запятой: `3.5`."
    if kind == "int" and re.fullmatch(r"[-+]?\d+\.\d*", stripped):
        return " Это дробное число: используйте `float(…)`."
    if kind == "int":
        return " В строке должны быть только цифры (и, возможно, знак минус)."
    return " В строке должно быть число, например `3.5`."


def _integer_hint(kind: str) -> str:
    if kind == "str":
        return " Часто это строка из `input()`: превратите её в число, `range(int(n))`."
    return " Превратите дробное число в целое через `int(…)` или делите нацело: `//`."


def _module_hint(name: str) -> str:
    top = name.split(".")[0]
    if top in MISSING_MODULES and top in sys.stdlib_module_names:
        return " Этого модуля нет в браузерной версии Python. " + MISSING_MODULES[top]
    if top in MISSING_MODULES:
        return " В тренажёре есть только стандартная библиотека Python. " + MISSING_MODULES[top]
    return " Проверьте написание. В тренажёре доступна только стандартная библиотека Python."


def _char_hint(message: str) -> str:
    found = re.search(r"invalid character '(.)'", message)
    if found and found.group(1) in CHAR_SWAPS:
        return f" Замените его на `{CHAR_SWAPS[found.group(1)]}`."
    return " Удалите его и наберите это место заново с клавиатуры."


def _keyword_typo(where: Where) -> dict[str, str]:
    """A word on the line that becomes a keyword and makes the line valid: `fro` → `for`."""
    line = where.line
    stripped = line.strip()
    for found in re.finditer(r"\b[^\W\d]\w*\b", stripped):
        word = found.group(0)
        if keyword.iskeyword(word) or len(word) < 2:
            continue
        for candidate in difflib.get_close_matches(word, keyword.kwlist, n=3, cutoff=0.6):
            fixed = stripped[: found.start()] + candidate + stripped[found.end() :]
            if _compiles(fixed):
                return {"keyword": candidate, "typo": word}
    return {}


def _compiles(line: str) -> bool:
    text = line
    if line.endswith(":"):
        text += "\n    pass"
    first = re.match(r"\w*", line).group(0)
    if first in {"elif", "else"}:
        text = "if x:\n    pass\n" + text
    elif first in {"except", "finally"}:
        text = "try:\n    pass\n" + text
    elif first in {"return", "yield"}:
        text = "def f():\n" + "\n".join("    " + t for t in text.splitlines())
    elif first in {"break", "continue"}:
        text = "while x:\n" + "\n".join("    " + t for t in text.splitlines())
    try:
        compile(text, "<hint>", "exec", dont_inherit=True)
    except (SyntaxError, ValueError):
        return False
    return True


# ---------------------------------------------------------------------------------------
# The registry

Suggestion = Callable[[BaseException, str, Where], "str | dict[str, str]"]
REGISTRY: list[tuple[tuple[type[BaseException], ...], str | tuple[str, ...], Suggestion]] = []


def suggests(*kinds: type[BaseException], fills: str | tuple[str, ...]):
    """Register `function(exc, message, where)` for errors of these kinds. It returns the
    text of the placeholder it `fills`, or a dict when it fills several."""

    def register(function: Suggestion) -> Suggestion:
        REGISTRY.append((kinds, fills, function))
        return function

    return register


def placeholders() -> set[str]:
    """Every placeholder a rule's text may use: `{name}` (the first group) and the
    registered suggestions."""
    names = {"name"}
    for _kinds, fills, _function in REGISTRY:
        names.update((fills,) if isinstance(fills, str) else fills)
    return names


def computed(exc: BaseException, message: str, where: Where) -> dict[str, str]:
    """Every suggestion registered for this error; one that fails is simply left out."""
    found: dict[str, str] = {}
    for kinds, fills, function in REGISTRY:
        if not issubclass(type(exc), kinds):  # the real type, not a faked __class__
            continue
        try:
            value = function(exc, message, where)
        except Exception:  # a suggestion must never hide the explanation itself
            continue
        if isinstance(fills, str):
            found[fills] = value
        else:
            found.update({key: value[key] for key in fills if key in value})
    return found


@suggests(NameError, fills="hint")
def _undefined_name(exc: BaseException, message: str, where: Where) -> str:
    name = getattr(exc, "name", None)
    if not name:
        found = re.search(r"name '(\w+)'", message)
        name = found.group(1) if found else None
    return _name_hint(name, where) if name else ""


@suggests(AttributeError, fills="hint")
def _missing_attribute(exc: BaseException, message: str, where: Where) -> str:
    return _attribute_hint(exc, where)


@suggests(KeyError, fills="key")
def _missing_key_text(exc: BaseException, message: str, where: Where) -> str:
    return message


@suggests(KeyError, fills="hint")
def _missing_key(exc: BaseException, message: str, where: Where) -> str:
    return _key_hint(exc, where)


@suggests(ModuleNotFoundError, fills="module_hint")
def _missing_module(exc: BaseException, message: str, where: Where) -> str:
    return _module_hint(getattr(exc, "name", None) or "")


@suggests(ValueError, fills="number_hint")
def _not_a_number(exc: BaseException, message: str, where: Where) -> str:
    found = re.search(
        r"^(?:invalid literal for (int)\(\) with base 10|"
        r"could not convert string to (float)): '(.*)'$",
        message,
    )
    return _number_hint(found.group(3), found.group(1) or "float") if found else ""


@suggests(TypeError, fills="operand_hint")
def _operands(exc: BaseException, message: str, where: Where) -> str:
    return _operand_hint(message)


@suggests(TypeError, fills="kw_hint")
def _keyword_argument(exc: BaseException, message: str, where: Where) -> str:
    return _keyword_hint(message, where)


@suggests(TypeError, fills="shadow")
def _shadowed_builtin(exc: BaseException, message: str, where: Where) -> str:
    found = re.search(r"'(\w+)' object is not callable", message)
    return _shadow_hint(found.group(1), where) if found else ""


@suggests(TypeError, fills="no_self")
def _method_without_self(exc: BaseException, message: str, where: Where) -> str:
    found = re.search(r"(\w+)\.(\w+)\(\) takes (\d+) positional", message)
    return _no_self(*found.groups(), where) if found else ""


@suggests(TypeError, fills="integer_hint")
def _not_an_integer(exc: BaseException, message: str, where: Where) -> str:
    found = re.search(r"'(str|float)' object cannot be interpreted", message)
    return _integer_hint(found.group(1)) if found else ""


@suggests(SyntaxError, fills="char_hint")
def _invalid_character(exc: BaseException, message: str, where: Where) -> str:
    return _char_hint(message)


@suggests(SyntaxError, fills=("keyword", "typo"))
def _misspelled_keyword(exc: BaseException, message: str, where: Where) -> dict[str, str]:
    return _keyword_typo(where) if message == "invalid syntax" else {}

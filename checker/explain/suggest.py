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
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .rules import (
    ATTRIBUTE_SWAPS,
    ATTRIBUTE_TIPS,
    CHAR_SWAPS,
    COMMON_MODULES,
    COURSE_LIBRARIES,
    KNOWN_KEYWORDS,
    MISSING_MODULES,
    NAME_MODULES,
    NAME_SWAPS,
    NOT_CALLED,
    STR_METHODS,
)

# The module names the learner's own code runs under: the program run as a script, and
# main.py imported (by pytest, or by a task's tests with `import_program`).
AS_SCRIPT, AS_MODULE = "__main__", "main"
LEARNER_MODULES = (AS_SCRIPT, AS_MODULE)


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
    except BaseException:  # a learner's __getattr__ may raise anything, SystemExit too
        return False


def _defined_below(name: str, where: Where) -> bool:
    pattern = rf"^(?:(?:async\s+)?def\s+|class\s+){re.escape(name)}\b|^{re.escape(name)}\s*=(?!=)"
    for number, text in enumerate(where.source.splitlines(), start=1):
        if re.match(pattern, text) and (where.lineno is None or number > where.lineno):
            return True
    return False


def _name_hint(name: str, where: Where) -> str:
    same = [n for n in where.names if n != name and _lookalike(n) == _lookalike(name)]
    if same and _CYRILLIC.search(name) and _LATIN.search(name):
        return (
            " В имени смешаны русские и латинские буквы (например, русская «с» вместо "
            f"латинской «c»), поэтому это не `{same[0]}`: наберите его в английской раскладке."
        )
    if same:
        return (
            f" Выше переменная записана как `{same[0]}`: в одном из имён русская буква вместо "
            "латинской (они выглядят одинаково). Наберите имя в английской раскладке."
        )
    if re.search(rf"^\s*{re.escape(name)}\s*:[^=]*$", where.source, re.MULTILINE):
        return (
            f" Строка `{name}: …` только описывает тип, а значение присваивают так: `{name} = …`."
        )
    if name.lower() in _NOT_HERE and name not in _NOT_HERE:
        return f" Модуль называется `{name.lower()}`, и его нужно импортировать."
    if name in NAME_MODULES:
        module = NAME_MODULES[name]
        if module in _NOT_HERE:
            return " " + _NOT_HERE[module]
        return (
            f" Если это `{name}` из модуля `{module}`, импортируйте его: "
            f"`from {module} import {name}`."
        )
    if name in ("python", "python3", "pip"):
        return " Это команда для терминала, а программу в тренажёре запускает кнопка «Запустить»."
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


def _lookalike(name: str) -> str:
    return name.translate(_LOOKALIKES)


def _module_class_hint(module: types.ModuleType, name: str) -> str:
    for owner in dir(module):
        value = getattr(module, owner, None)
        if isinstance(value, type) and not owner.startswith("_") and hasattr(value, name):
            where_from = module.__name__
            return (
                f" `{name}` есть у класса `{where_from}.{owner}`: `{where_from}.{owner}.{name}`"
                f" (или `from {where_from} import {owner}` и `{owner}.{name}`)."
            )
    return ""


def _text(exc: BaseException) -> str:
    """`str(exc)` that survives a learner's broken `__str__`."""
    try:
        text = str(exc)
    except BaseException:  # SystemExit from a __str__ too
        return ""
    return text if type(text) is str else ""


def _attribute_hint(exc: BaseException, where: Where) -> str:
    name = getattr(exc, "name", None)
    obj = getattr(exc, "obj", None)
    if name is None:  # Python 3.11 leaves both out when an attribute is set
        found = re.search(r"has no attribute '(\w+)'", _text(exc))
        name = found.group(1) if found else None
    if name and obj is None:
        found = re.search(rf"([A-Za-z_][\w.]*)\s*\.\s*{re.escape(name)}\s*=(?!=)", where.line)
        obj = _resolve(found.group(1), where) if found else None
        obj = None if obj is print else obj
    if not name or obj is None:
        return ""
    kind = type(obj).__name__
    if isinstance(obj, types.ModuleType):
        close = _closest(name, [a for a in dir(obj) if not a.startswith("_")])
        return _suggest(close) if close else _module_class_hint(obj, name)
    if (kind, name) in ATTRIBUTE_TIPS:
        return ATTRIBUTE_TIPS[(kind, name)]
    if isinstance(obj, tuple) and len(obj) == 1:
        return (
            " Значение — кортеж из одного элемента: возможно, там, где его создали, в конце "
            "строки лишняя запятая."
        )
    found = re.search(rf"(?<![\w.\])])([A-Za-z_][\w.]*)\s*\.\s*{re.escape(name)}\b", where.line)
    variable = found.group(1) if found else "items"
    builtin = getattr(builtins, name, None)
    if callable(builtin) and not isinstance(builtin, type) and not hasattr(type(obj), name):
        return f" `{name}` — встроенная функция, а не метод: `{name}({variable})`."
    if name == "join" and isinstance(obj, (list, tuple)):
        return f" `join` — метод строки-разделителя: `', '.join({variable})`."
    swap = ATTRIBUTE_SWAPS.get((kind, name))
    if swap:
        return _suggest(swap)
    if isinstance(obj, dict) and not hasattr(dict, name):
        found = re.search(rf"(\w+)\s*\.\s*{re.escape(name)}\b", where.line)
        variable = found.group(1) if found else "d"
        return f' Значения словаря берут по ключу в квадратных скобках: `{variable}["{name}"]`.'
    if isinstance(obj, (list, tuple)) and name in STR_METHODS:
        what = "список" if isinstance(obj, list) else "кортеж"
        return (
            f" `{name}` — метод строки, а здесь {what}: вызовите его у элемента, "
            f"`{variable}[0].{name}(…)`, или у каждого в цикле."
        )
    close = _closest(name, [a for a in dir(obj) if not a.startswith("_")])
    if close:
        return _suggest(close)
    if hasattr(type(obj), "__slots__") and not hasattr(obj, "__dict__"):
        return (
            " У класса есть `__slots__`: атрибуты можно создавать только из этого списка. "
            f"Добавьте туда `'{name}'`."
        )
    if getattr(type(obj), "__module__", "") in LEARNER_MODULES:
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
    if re.search(r"for \^=?:", message) and kinds <= {"int", "float"}:
        return " Возможно, вы хотели возвести в степень: это `**`, а `^` — побитовая операция."
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
    if kind == "int" and _is_float(stripped):
        return f" Это запись дробного числа: превратите её так: `int(float('{stripped}'))`."
    if kind == "int":
        return " В строке должны быть только цифры (и, возможно, знак минус)."
    return " В строке должно быть число, например `3.5`."


def _is_float(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _integer_hint(kind: str) -> str:
    if kind == "str":
        return " Часто это строка из `input()`: превратите её в число через `int(…)`."
    if kind == "float":
        return " Превратите дробное число в целое через `int(…)` или делите нацело: `//`."
    if kind in ("list", "tuple"):
        return (
            " Чтобы перебрать элементы, пишите `for x in items:` без `range`, а для номеров "
            "элементов — `range(len(items))`."
        )
    return ""


# Modules a program of this task cannot import: the course's libraries it did not declare
# (a task that declares one imports it fine) and those the browser cannot have at all.
_NOT_HERE = {**MISSING_MODULES, **COURSE_LIBRARIES}


def _module_hint(name: str) -> str:
    top = name.split(".")[0]
    if top.lower() in MISSING_MODULES and top in sys.stdlib_module_names:
        return " Этого модуля нет в браузерной версии Python. " + MISSING_MODULES[top.lower()]
    if top in _NOT_HERE:
        return " " + _NOT_HERE[top]
    close = _closest(top, sorted(n for n in sys.stdlib_module_names if not n.startswith("_")))
    if close and close != top:
        if close in MISSING_MODULES:
            why = MISSING_MODULES[close]
            return f" Он называется `{close}`, но {why[0].lower()}{why[1:]}"
        return f" Может быть, вы имели в виду `{close}`? Имена модулей пишут строчными буквами."
    return (
        " Проверьте написание. В тренажёре есть стандартная библиотека Python, а другие "
        "библиотеки — только в задачах, которые их используют."
    )


def _import_hint(name: str, module: str) -> str:
    found = sys.modules.get(module)
    if found is not None:
        close = _closest(name, [n for n in dir(found) if not n.startswith("_")])
        if close:
            return _suggest(close)
    for other in sorted(COMMON_MODULES):
        if other != module and name in getattr(sys.modules.get(other), "__dict__", {}):
            return f" `{name}` есть в модуле `{other}`: `from {other} import {name}`."
    return " Проверьте написание."


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
        if (keyword.iskeyword(word) and found.start() > 0) or len(word) < 2:
            continue
        cutoff = 0.5 if len(word) < 3 else 0.6
        for candidate in difflib.get_close_matches(word, keyword.kwlist, n=4, cutoff=cutoff):
            if candidate == word:
                continue
            fixed = stripped[: found.start()] + candidate + stripped[found.end() :]
            if _compiles(fixed):
                return {"keyword": candidate, "typo": word, "typo_line": fixed}
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
    names = {"name", "fixed", "write"}
    for _kinds, fills, _function in REGISTRY:
        names.update((fills,) if isinstance(fills, str) else fills)
    return names


class Suggestions(dict):
    """The suggestions for one error, each computed only when a rule asks for it."""

    def __init__(self, exc: BaseException, message: str, where: Where):
        super().__init__()
        self._args = (exc, message, where)
        self._functions: dict[str, tuple[Suggestion, str | tuple[str, ...]]] = {}
        for kinds, fills, function in REGISTRY:
            if issubclass(type(exc), kinds):  # the real type, not a faked __class__
                for key in (fills,) if isinstance(fills, str) else fills:
                    self._functions.setdefault(key, (function, fills))

    def __missing__(self, key: str) -> str:
        function, fills = self._functions.get(key, (None, key))
        try:
            value = function(*self._args) if function else ""
        except BaseException:  # a suggestion must never hide the explanation itself
            value = ""
        if isinstance(fills, str):
            self[fills] = value or ""
        else:
            for name in fills:
                self[name] = (value or {}).get(name, "")
        return self[key]

    def get(self, key: str, default: Any = "") -> Any:
        return self[key]


def computed(exc: BaseException, message: str, where: Where) -> Suggestions:
    """Every suggestion registered for this error, computed when first used; one that
    fails is simply empty."""
    return Suggestions(exc, message, where)


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


@suggests(TypeError, fills="numeric_str")
def _number_in_a_string(exc: BaseException, message: str, where: Where) -> str:
    """A variable on the error line that holds a number written as a string ("3")."""
    for name in re.findall(r"\b([^\W\d]\w*)\b", where.line):
        value = where.names.get(name)
        if type(value) is str and re.fullmatch(r"\s*[-+]?\d+(?:[.,]\d+)?\s*", value):
            return name
    return ""


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
    found = re.search(r"'(\w+)' object cannot be interpreted", message)
    in_range = re.search(r"\brange\s*\(\s*(\w+)\s*\)", where.line)
    if found and found.group(1) == "str" and in_range:
        name = in_range.group(1)
        return f" Часто это строка из `input()`: превратите её в число, `range(int({name}))`."
    return _integer_hint(found.group(1)) if found else ""


@suggests(SyntaxError, fills="char_hint")
def _invalid_character(exc: BaseException, message: str, where: Where) -> str:
    return _char_hint(message)


@suggests(SyntaxError, fills=("keyword", "typo", "typo_line"))
def _misspelled_keyword(exc: BaseException, message: str, where: Where) -> dict[str, str]:
    return _keyword_typo(where) if message == "invalid syntax" else {}


# ---------------------------------------------------------------------------------------
# Repairs: the learner's line, corrected (a rule's `fix=`, shown as `{fixed}` / `{write}`)
#
# A repair yields candidate lines (or `(line number, text)` to change another line); the
# first candidate with which the program compiles, or fails only further down, is shown.

Candidate = "str | tuple[int, str]"
Repair = Callable[[str, BaseException, Where], Iterable[Any]]
REPAIRS: dict[str, Repair] = {}
_CANDIDATES = 16  # tried at most, so explaining stays fast


def repairs(name: str):
    """Register `function(line, exc, where)` as the repair `name` for a rule's `fix=`."""

    def register(function: Repair) -> Repair:
        REPAIRS[name] = function
        return function

    return register


def repaired(name: str, exc: BaseException, where: Where) -> str:
    """The corrected line (without its indentation), or "" if no candidate works."""
    repair = REPAIRS.get(name)
    lineno = where.lineno or 1
    if repair is None or not where.line:
        return ""
    try:
        for count, candidate in enumerate(repair(where.line, exc, where)):
            if count >= _CANDIDATES:
                break
            number, text = candidate if isinstance(candidate, tuple) else (lineno, candidate)
            if text.strip() and "`" not in text and _works(where, number, text, exc):
                return text.strip()
    except BaseException:  # a repair must never hide the explanation itself
        return ""
    return ""


def _works(where: Where, number: int, text: str, exc: BaseException) -> bool:
    lines = (where.source or where.line).splitlines() or [""]
    past = max(number, where.lineno or 1)  # where the error may still be after the change
    if not 0 < number <= len(lines) or lines[number - 1] == text:
        return False
    lines[number - 1] = text
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            compile("\n".join(lines) + "\n", "<fix>", "exec", dont_inherit=True)
    except SyntaxError as error:  # fixed here, failing only further down: fine
        return isinstance(exc, SyntaxError) and (error.lineno or 0) > past
    except (ValueError, MemoryError, RecursionError):
        return False
    return True


def _split_comment(line: str) -> tuple[str, str]:
    """The code of a line and its comment (from `#` outside strings)."""
    quote = ""
    for i, char in enumerate(line):
        if quote:
            if char == quote:
                quote = ""
            elif char == "\\":
                continue
        elif char in "'\"":
            quote = char
        elif char == "#":
            return line[:i].rstrip(), line[i:]
    return line.rstrip(), ""


def _with_comment(code: str, comment: str) -> str:
    return f"{code}  {comment}" if comment else code


def _indent(line: str) -> str:
    return line[: len(line) - len(line.lstrip())]


def _split_top(text: str, separator: str = ",") -> list[str]:
    """`text` split at separators outside brackets and strings."""
    parts, depth, quote, start = [], 0, "", 0
    for i, char in enumerate(text):
        if quote:
            if char == quote:
                quote = ""
        elif char in "'\"":
            quote = char
        elif char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif char == separator and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return parts


def _matching(text: str, start: int) -> int:
    """The index of the bracket closing the one at `start`, or -1."""
    pairs = {"(": ")", "[": "]", "{": "}"}
    stack: list[str] = []
    quote = ""
    for i in range(start, len(text)):
        char = text[i]
        if quote:
            if char == quote:
                quote = ""
        elif char in "'\"":
            quote = char
        elif char in pairs:
            stack.append(pairs[char])
        elif stack and char == stack[-1]:
            stack.pop()
            if not stack:
                return i
    return -1


@repairs("colon")
def _colon(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    code, comment = _split_comment(line)
    stripped = code.rstrip(";ЖжЧ.,: ")
    if stripped != code:
        yield _with_comment(stripped + ":", comment)
    yield _with_comment(code + ":", comment)
    for gap in re.finditer(r"(?<=[\w)\]'\"])\s+(?=[A-Za-z_])", code):  # a one-line block
        yield _with_comment(code[: gap.start()] + ": " + code[gap.end() :], comment)


# A letter typed in the Russian layout where a sign was meant (the same key).
LAYOUT = {"Ж": ":", "ж": ";", "б": ",", "ю": ".", "Б": "<", "Ю": ">", "Э": '"', "э": "'"}
LAYOUT_SPOT = re.compile(
    r"(?<=[A-Za-z0-9_)\]}'\"])([ЖжбюБЮЭэ])(?![А-Яа-яЁё])|(?<=[\s(=,\[])([Ээ])(?=\S)"
)


@repairs("layout")
def _layout(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    spots = [m.start() for m in LAYOUT_SPOT.finditer(line)]
    if not spots:
        return
    fixed = list(line)
    for spot in spots:
        fixed[spot] = LAYOUT[line[spot]]
    yield "".join(fixed)
    for spot in spots:
        yield line[:spot] + LAYOUT[line[spot]] + line[spot + 1 :]


_LOOKALIKES = str.maketrans("аеорсухкмтАВЕКМНОРСТХ", "aeopcyxkmtABEKMHOPCTX")
MIXED_WORD = re.compile(r"\b(?=\w*[А-Яа-яЁё])(?=\w*[A-Za-z])\w+\b")


@repairs("translit")
def _translit(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    yield MIXED_WORD.sub(lambda m: m.group(0).translate(_LOOKALIKES), line)


@repairs("times")
def _times(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    yield re.sub(r"(?<=[\w)])\s*[хxХ×·]\s*(?=[\d(])", " * ", line)


@repairs("thousands")
def _thousands(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    yield re.sub(r"\b(\d{1,3})((?:\s\d{3})+)\b", lambda m: m[1] + m[2].replace(" ", "_"), line)


@repairs("strip_prompt")
def _strip_prompt(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    yield re.sub(r"^(\s*)(?:>>>|\.\.\.)\s?", r"\1", line)


@repairs("operators")
def _operators(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    code, comment = _split_comment(line)
    swaps = [
        (r"=<", "<="),
        (r"=>", ">="),
        (r"===", "=="),
        (r"!==", "!="),
        (r"<>", "!="),
        (r"=!(?!=)", "!="),
        (r"\*{3,}", "**"),
        (r"\*\s+\*", "**"),
        (r"(\*\*|//|>>|<<|[-+*/%@&|^])\s+=", r"\1="),
        (r"(\*\*|//|>>|<<|[-+*/%@&|^])=\s*=", r"\1="),
        (r"(?<![=!<>])=\s+=", "=="),
        (r"%%", "%"),
        (r"\^\^", "**"),
        (r"\s*&&\s*", " and "),
        (r"\s*\|\|\s*", " or "),
        (r"=\+(?=\s)", "+="),
        (r"=-(?=\s)", "-="),
    ]
    fixed = code
    for pattern, replacement in swaps:
        fixed = re.sub(pattern, replacement, fixed)
    yield _with_comment(fixed, comment)
    # two operators in a row: keep the first, then the second
    for match in re.finditer(r"([-+%])\s*([*/%])|(\*)\s*([/%])|(/)\s*([*%/])", code):
        for keep in [sign for sign in match.groups() if sign]:
            yield _with_comment(code[: match.start()] + keep + code[match.end() :], comment)


@repairs("drop_operator")
def _drop_operator(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    yield re.sub(r"\s*[-+*/%]+\s*(?=[)\]}])", "", line)


@repairs("and_operand")
def _and_operand(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    comparison = r"(<=|>=|==|!=|<|>)"
    yield re.sub(
        rf"([A-Za-z_][\w.]*)(\s*){comparison}(\s*[^\s:]+\s+)(and|or)\s+{comparison}",
        r"\1\2\3\4\5 \1 \6",
        line,
    )


@repairs("equals")
def _equals(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    code, comment = _split_comment(line)
    spaced = re.sub(r"(?<![=!<>])=\s+=", "==", code)
    if spaced != code:
        yield _with_comment(spaced, comment)
    lone = [m.start() for m in re.finditer(r"(?<![=!<>:+\-*/%&|^@])=(?!=)", code)]
    for at in reversed(lone):
        yield _with_comment(code[:at] + "==" + code[at + 1 :], comment)


@repairs("dict_colon")
def _dict_colon(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    key = r"""('[^']*'|"[^"]*"|-?\d[\w.]*)"""
    yield re.sub(rf"(?<=[{{,\s]){key}\s*=(?!=)\s*", r"\1: ", line)


@repairs("swap")
def _swap(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    code, comment = _split_comment(line)
    found = re.match(r"^(\s*)(.+?)\s*=(?!=)\s*([A-Za-z_]\w*)\s*$", code)
    if found:
        yield _with_comment(f"{found[1]}{found[3]} = {found[2]}", comment)


@repairs("hyphen")
def _hyphen(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    found = re.match(r"^(\s*)([A-Za-z_]\w*(?:-[A-Za-z_]\w*)+)(\s*=.*)$", line)
    if found:
        yield found[1] + found[2].replace("-", "_") + found[3]


@repairs("for_target")
def _for_target(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    found = re.match(r"""^(\s*for\s+)(['"])(\w+)\2(\s+in\b.*)$""", line)
    if found:
        yield found[1] + found[3] + found[4]
    found = re.match(r"^(\s*for\s+)(\S+)(\s+in\b.*)$", line)
    if found:
        yield found[1] + "item" + found[3]


@repairs("kwarg_name")
def _kwarg_name(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    yield re.sub(r"""(?<=[(,\s])(['"])([A-Za-z_]\w*)\1\s*=(?!=)""", r"\2=", line)


@repairs("walrus")
def _walrus(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    yield re.sub(r"^(\s*[A-Za-z_][\w.]*)\s*:=", r"\1 =", line)


@repairs("unstar")
def _unstar(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    yield re.sub(r"(?<![\w)\]*])\*(?=[\w(\[])", "", line)


@repairs("unannotate")
def _unannotate(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    yield re.sub(r"^(\s*\w+)\s*:\s*[^=]+=", r"\1 =", line)


@repairs("leading_zero")
def _leading_zero(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    yield re.sub(r"(?<![\w.])0+[0_]*(?=[1-9])|(?<![\w.])0+[0_]*(?=0\b)", "", line)


@repairs("imaginary")
def _imaginary(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    yield re.sub(r"(\d)[iI]\b", r"\1j", line)


@repairs("digits_last")
def _digits_last(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    """A name that begins with digits, on the left of `=`: `2x = 5` -> `x2 = 5`."""
    found = re.match(r"^(\s*)(\d+)([A-Za-z_]\w*)(.*)$", line)
    if found:
        yield f"{found[1]}{found[3]}{found[2]}{found[4]}"


@repairs("number_name")
def _number_name(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    """A number glued to a name in an expression: `2pi` -> `2 * pi`."""
    yield re.sub(r"(?<![\w.])(\d+(?:\.\d+)?)([A-Za-z_]\w*)", r"\1 * \2", line)


@repairs("import_from")
def _import_from(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    found = re.match(r"^(\s*)import\s+(.+?)\s+from\s+([\w.]+)\s*$", line)
    if found:
        yield f"{found[1]}from {found[3]} import {found[2]}"


@repairs("import_names")
def _import_names(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    code, comment = _split_comment(line)
    fixed = re.sub(r"\s*,?\s+and\s+", ", ", code)
    yield _with_comment(re.sub(r",\s*$", "", fixed), comment)


@repairs("except_parens")
def _except_parens(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    found = re.match(r"^(\s*except\s+)(.+?)(\s+as\s+\w+)?(\s*:.*)$", line)
    if found:
        yield f"{found[1]}({found[2]}){found[3] or ''}{found[4]}"


@repairs("quotes")
def _quotes(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    code, _comment = _split_comment(line)
    escaped = re.search(r"\\(['\"])([)\]}]*)$", code)  # an escaped closing quote: 'C:\'
    if escaped:  # a path: every single backslash doubled
        yield re.sub(r"(?<!\\)\\(?!\\)", r"\\\\", code)
    if line.count("'") == 1 and line.count('"') == 1:  # 'Hello world"
        first = min(line.find("'"), line.find('"'))
        last = max(line.find("'"), line.find('"'))
        yield line[:last] + line[first] + line[last + 1 :]
    for quote, other in (("'", '"'), ('"', "'")):
        first, last = line.find(quote), line.rfind(quote)
        if line.count(quote) == 3 and other not in line:  # 'It's here'
            yield line[:first] + other + line[first + 1 : last] + other + line[last + 1 :]
    for quote in ("'", '"'):
        if line.count(quote) % 2:
            start = line.find(quote)
            rest = line.rstrip()
            closing = len(rest) - len(rest.rstrip(")]}:,"))
            yield rest[: len(rest) - closing] + quote + rest[len(rest) - closing :]
            yield rest + quote
            if start >= 0:
                yield line[: start + 1] + line[start + 1 :].rstrip() + quote


# Characters that look like a sign of the keyboard: what each may have meant.
LOOKALIKE_SIGNS = {
    "‹": ("<", '"'),
    "›": (">", '"'),
    "‚": (",", "'"),
    "¾": ("3/4",),
    "½": ("1/2",),
    "¼": ("1/4",),
    "⁄": ("/",),
    "\u00a0": (" ",),
    "\u200b": ("",),
    "\ufeff": ("",),
}
QUOTE_CHARS = "“”„«»‘’″′"


@repairs("chars")
def _chars(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    from .rules import CHAR_SWAPS

    def replace(text: str, char: str, new: str) -> str:
        return text.replace(char, new)

    plain = line
    for char in QUOTE_CHARS:
        plain = plain.replace(char, '"')
    for char, new in CHAR_SWAPS.items():
        plain = plain.replace(char, new)
    options = [plain]
    for fraction, meaning in (("½", "1/2"), ("¼", "1/4"), ("¾", "3/4")):  # 1½ is 1 + 1/2
        plain = re.sub(rf"(?<=\d){fraction}", f" + {meaning}", plain)
    options.insert(0, plain)
    for char, meanings in LOOKALIKE_SIGNS.items():
        if char in plain:
            options = [replace(text, char, new) for text in options for new in meanings]
    yield from options


@repairs("range_parens")
def _range_parens(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    yield re.sub(r"\brange\s+([^:]+?)\s*:", r"range(\1):", line)


@repairs("for_in")
def _for_in(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    yield re.sub(r"^(\s*for\s+\w+(?:\s*,\s*\w+)*)\s+(?!in\b)", r"\1 in ", line)


@repairs("comprehension")
def _comprehension(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    # [f(x) if c for x in s] -> [f(x) for x in s if c]
    yield re.sub(r"\[\s*(.+?)\s+if\s+(.+?)\s+(for\s+.+?\s+in\s+.+?)\s*\]", r"[\1 \3 if \2]", line)
    # [f(x) for x in s if c else o] -> [f(x) if c else o for x in s]
    yield re.sub(
        r"\[\s*(.+?)\s+(for\s+.+?\s+in\s+.+?)\s+if\s+(.+?)\s+else\s+(.+?)\s*\]",
        r"[\1 if \3 else \4 \2]",
        line,
    )
    # [i, i**2 for i in s] -> [(i, i**2) for i in s]
    yield re.sub(r"([\[{(])\s*([^\[\](){}]+?,[^\[\](){}]+?)\s+(for\s)", r"\1(\2) \3", line)


@repairs("add_else")
def _add_else(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    code, comment = _split_comment(line)
    yield _with_comment(code + " else None", comment)


@repairs("call_parens")
def _call_parens(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    for found in re.finditer(r"([A-Za-z_]\w*)\[", line):
        end = _matching(line, found.end() - 1)
        if end > 0:
            yield line[: found.end() - 1] + "(" + line[found.end() : end] + ")" + line[end + 1 :]


@repairs("index_brackets")
def _index_brackets(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    """`items(0)` for `items[0]`: only where the called value is no function."""
    for found in re.finditer(r"(?:([A-Za-z_]\w*(?:\.\w+)*)|[\])])\(", line):
        if found[1] and callable(_resolve(found[1], where)):
            continue
        end = _matching(line, found.end() - 1)
        if end > 0:
            inner = line[found.end() : end]
            if inner.strip():
                yield line[: found.end() - 1] + "[" + inner + "]" + line[end + 1 :]
            else:
                yield line[: found.end() - 1] + line[end + 1 :]


def _resolve(dotted: str, where: Where) -> Any:
    """The value of `name` or `name.attr` where the error happened (a function if unknown)."""
    first, *rest = dotted.split(".")
    if first not in where.names:
        return getattr(builtins, first, print) if not rest else print
    value = where.names[first]
    for part in rest:
        try:
            value = getattr(value, part)
        except BaseException:  # a learner's __getattr__ may raise anything
            return print
    return value


@repairs("call_it")
def _call_it(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    for found in reversed(list(re.finditer(r"[A-Za-z_][\w.]*(?![\w.(])", line))):
        yield line[: found.end()] + "()" + line[found.end() :]


@repairs("dot_paren")
def _dot_paren(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    yield re.sub(r"(?<=\w)\.\s*\(", "(", line)


@repairs("dot_comma")
def _dot_comma(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    yield re.sub(r"(?<=\w)\.\s+(?=[A-Za-z_])", ", ", line)


@repairs("keyword_name")
def _keyword_name(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    words = "|".join(keyword.kwlist)
    yield re.sub(rf"(^\s*|\.\s*|\bdef\s+)({words})\b(?=\s*[=(.:])", r"\1\2_", line, count=1)


@repairs("declaration")
def _declaration(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    yield re.sub(
        r"\b(?:var|let|const|int|float|double|string|String|str|auto|char|bool|boolean)\s+"
        r"(?=[A-Za-z_]\w*\s*(?:=|:=))",
        "",
        line,
        count=1,
    )


@repairs("lambda")
def _lambda(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    fixed = re.sub(r"(lambda[^:]*:\s*)return\s+", r"\1", line)
    yield re.sub(r"(lambda\s*[^:]*?)\(([^()]*)\)([^:]*:)", r"\1\2\3", fixed).replace(
        "lambda(", "lambda "
    )


@repairs("backslash_divide")
def _backslash_divide(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    yield re.sub(r"(?<=[\w)\]])(\s*)\\(\s*)(?=[\w(])", r"\1/\2", line)


@repairs("raise_args")
def _raise_args(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    yield re.sub(r"^(\s*raise\s+[\w.]+)\s*,\s*(.+?)\s*$", r"\1(\2)", line)
    yield re.sub(r"""^(\s*raise\s+)(['"].*['"])\s*$""", r"\1Exception(\2)", line)


@repairs("print_parens")
def _print_parens(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    code, comment = _split_comment(line)
    found = re.match(r"^(\s*)(print|exec)\s+(.+?)\s*$", code)
    if found:
        yield _with_comment(f"{found[1]}{found[2]}({found[3]})", comment)


@repairs("bytes_fstring")
def _bytes_fstring(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    yield re.sub(r"\b(?:[bB][fF]|[fF][bB])(?=['\"])", "f", line)


@repairs("not_in_brackets")
def _semicolons(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    depth, out = 0, []
    for char in line:
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        out.append("," if char == ";" and depth > 0 else char)
    yield re.sub(r",(?=\S)", ", ", "".join(out))


@repairs("double_comma")
def _double_comma(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    yield re.sub(r"\s*,(?:\s*,)+\s*", ", ", line)


@repairs("comma")
def _comma(line: str, exc: BaseException, where: Where) -> Iterator[Any]:
    start = max((getattr(exc, "offset", None) or 1) - 1, 0)
    same_line = getattr(exc, "end_lineno", None) in (None, getattr(exc, "lineno", None))
    end = (getattr(exc, "end_offset", None) or len(line) + 1) - 1 if same_line else len(line)
    for gap in re.finditer(r"\s+|(?<=['\")\]}])(?=[\w'\"(\[{])", line[start:end]):
        at, to = start + gap.start(), start + gap.end()
        yield line[:at].rstrip() + ", " + line[to:].lstrip()
    if not same_line:
        code, comment = _split_comment(line)
        yield _with_comment(code + ",", comment)


@repairs("prev_comma")
def _prev_comma(line: str, exc: BaseException, where: Where) -> Iterator[Any]:
    lineno = where.lineno or 1
    lines = where.source.splitlines()
    if 1 < lineno <= len(lines):
        code, comment = _split_comment(lines[lineno - 2])
        if code and not code.endswith((",", "(", "[", "{", ":")):
            yield lineno - 1, _with_comment(code + ",", comment)


@repairs("gap")
def _gap(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    words = "|".join(keyword.kwlist)
    for gap in re.finditer(rf"(?<=[\w)\]'\"])\s+(?!(?:{words})\b)(?=[\w(\['\"])", line):
        for sign in (" + ", ", "):
            yield line[: gap.start()] + sign + line[gap.end() :]


@repairs("def_params")
def _def_params(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    found = re.match(
        r"^(\s*(?:async\s+)?def)\b\s*([^(:;]*?)\s*(?:\((.*)\))?\s*(->[^:;]*)?\s*([:;].*)?$", line
    )
    if not found:
        return
    head, name, params, returns, tail = found.groups()
    if params is None and " " in name.strip():  # def name a, b:
        name, params = name.strip().split(None, 1)
    _code, comment = _split_comment(tail or "")
    fixed = f"{head} {_def_name(name)}({_def_parameters(params or '')})"
    yield _with_comment(fixed + (f" {returns.strip()}" if returns else "") + ":", comment)


def _def_name(name: str) -> str:
    name = name.strip().strip("'\"").replace(".", "_").replace(" ", "_") or "name"
    digits = re.match(r"^(\d+)(\w*)$", name)
    if digits:
        name = (digits[2] or "f") + digits[1]
    if keyword.iskeyword(name):
        name += "_"
    return name


_PARAM = re.compile(r"^(\*{0,2})([A-Za-z_]\w*)(\s*:[^=]+)?(\s*=.+)?$")


def _def_parameters(text: str) -> str:
    spare = iter(n for n in ("x", "y", "z", "a", "b", "c", "d") if not re.search(rf"\b{n}\b", text))
    items: list[str] = []
    for raw in _split_top(text):
        piece = raw.strip()
        if not piece:
            continue
        found = _PARAM.match(piece)
        if found:
            stars, name, annotation, default = found.groups()
            if keyword.iskeyword(name):
                name = name.lower() if not keyword.iskeyword(name.lower()) else name + "_"
            default = f"={default.split('=', 1)[1].strip()}" if default else ""
            items.append(f"{stars}{name}{annotation or ''}{default}")
        elif piece in ("/", "*"):
            items.append(piece)
        elif piece == "**":
            items.append("**kwargs")
        elif re.fullmatch(r"[A-Za-z_]\w*(?:\s*(?:\.|\s)\s*[A-Za-z_]\w*)+", piece):
            items += re.findall(r"[A-Za-z_]\w*", piece)  # `c d`, `x.y`: a missing comma
        elif re.fullmatch(r"[A-Za-z_]\w*\s*\.", piece):
            items.append(piece.rstrip(". "))
        elif re.fullmatch(r"[A-Za-z_]\w*\s*[-+*/%]\s*(None|True|False|\d\S*|'.*'|\".*\")", piece):
            name, value = re.split(r"\s*[-+*/%]\s*", piece, maxsplit=1)
            items.append(f"{name}={value}")
        elif re.fullmatch(r"[A-Za-z_]\w*(?:\s*[-+*/%]\s*[A-Za-z_]\w*)+", piece):
            items += re.findall(r"[A-Za-z_]\w*", piece)
        elif re.fullmatch(r"[-+*/%]+", piece):
            continue
        elif re.fullmatch(r"\[\s*[A-Za-z_]\w*\s*\]", piece):
            items.append(piece.strip("[] "))
        else:  # a number, a string, a dict…: a parameter is a name
            items.append(next(spare, "value"))
    return ", ".join(_ordered(items))


def _ordered(items: list[str]) -> list[str]:
    """Parameters in the order `def` needs: plain, `/`, `*args` or `*`, keyword-only, `**kw`."""
    plain: list[str] = []
    keyword_only: list[str] = []
    star: list[str] = []
    double: list[str] = []
    slash = None  # how many plain parameters stand before `/`
    for item in items:
        if item == "/":
            if slash is None:
                slash = len(plain) if not star else -1
        elif item.startswith("**"):
            double = double or [item]
        elif item.startswith("*"):
            star = star or [item]
        elif star:
            keyword_only.append(item)
        else:
            plain.append(item)
    if star == ["*"] and not keyword_only:
        star = []
    if slash is not None and plain:
        at = len(plain) if slash < 0 else max(slash, 1)
        plain = [*plain[:at], "/", *plain[at:]]
    return plain + star + keyword_only + double


@suggests(SyntaxError, fills="future_hint")
def _future_feature(exc: BaseException, message: str, where: Where) -> str:
    import __future__

    found = re.search(r"future feature (\S+) is not defined", message)
    close = found and _closest(found.group(1), list(__future__.all_feature_names), cutoff=0.6)
    return _suggest(close) if close else ""


@suggests(SyntaxError, fills=("unclosed", "unclosed_line", "unclosed_fixed", "inside_brackets"))
def _open_brackets(exc: BaseException, message: str, where: Where) -> dict[str, str]:
    """The bracket still open when the error line begins; "unclosed" only when closing it
    at the end of its own line makes the program compile further."""
    if not where.lineno or where.lineno < 2:
        return {}
    stack = _bracket_stack(where.source.splitlines()[: where.lineno - 1])
    if not stack:
        return {}
    char, number, line = stack[-1]
    found = {"inside_brackets": "yes"}
    code, comment = _split_comment(line)
    closed = _with_comment(code + {"(": ")", "[": "]", "{": "}"}[char], comment)
    if not code.endswith(char) and _works(where, number, closed, exc):
        found.update(unclosed=char, unclosed_line=str(number), unclosed_fixed=closed.strip())
    return found


def _bracket_stack(lines: list[str]) -> list[tuple[str, int, str]]:
    stack: list[tuple[str, int, str]] = []
    pairs = {")": "(", "]": "[", "}": "{"}
    for number, line in enumerate(lines, start=1):
        code, _comment = _split_comment(line)
        quote = ""
        for char in code:
            if quote:
                if char == quote:
                    quote = ""
            elif char in "'\"":
                quote = char
            elif char in "([{":
                stack.append((char, number, line))
            elif char in pairs and stack and stack[-1][0] == pairs[char]:
                stack.pop()
    return stack


@suggests(SyntaxError, fills="target")
def _assignment_target(exc: BaseException, message: str, where: Where) -> str:
    """What stands on the left of `=`: the part of the line the error marks."""
    if not isinstance(exc, SyntaxError) or not exc.offset or exc.lineno != where.lineno:
        return ""
    line = where.line
    if exc.end_lineno == exc.lineno and exc.end_offset and exc.end_offset > exc.offset:
        target = line[exc.offset - 1 : exc.end_offset - 1]
    else:
        code, _comment = _split_comment(line[exc.offset - 1 :])
        target = _split_top(code, "=")[0].rstrip() + " …"
    return target.strip() if "`" not in target else ""


@suggests(ModuleNotFoundError, fills="hint")
def _module_part(exc: BaseException, message: str, where: Where) -> str:
    found = re.search(r"No module named '(\w+)\.(\w+)'", message)
    module = found and sys.modules.get(found.group(1))
    if module is None:
        return ""
    if hasattr(module, found.group(2)):
        return f" Или так: `from {found.group(1)} import {found.group(2)}`."
    close = _closest(found.group(2), [n for n in dir(module) if not n.startswith("_")])
    return _suggest(f"{found.group(1)}.{close}") if close else ""


@suggests(ImportError, fills="import_hint")
def _import_name(exc: BaseException, message: str, where: Where) -> str:
    found = re.search(r"cannot import name '(\w+)' from '([\w.]+)'", message)
    return _import_hint(found.group(1), found.group(2)) if found else ""


@suggests(BaseException, fills=("exc_type", "said"))
def _raised(exc: BaseException, message: str, where: Where) -> dict[str, str]:
    said = message.strip()
    if len(said) > 80 or "`" in said:
        said = ""
    return {"exc_type": type(exc).__name__, "said": f" с сообщением «{said}»" if said else ""}


@suggests(UnboundLocalError, fills="builtin_local")
def _builtin_made_local(exc: BaseException, message: str, where: Where) -> str:
    found = re.search(r"variable '(\w+)'", message)
    return "yes" if found and found.group(1) in dir(builtins) else ""


_DECIMAL_COMMA = re.compile(r"(?<![\w.])(\d+),(\d+)(?![\w.])")


@suggests(TypeError, fills="comma_hint")
def _decimal_comma(exc: BaseException, message: str, where: Where) -> str:
    """A decimal comma: `round(3,14, 2)` or `x = 3,5` makes two numbers of one."""
    if "tuple" not in message and "arguments" not in message and "argument" not in message:
        return ""
    text = where.line if "argument" in message else where.source
    found = _DECIMAL_COMMA.search(text)
    if not found:
        return ""
    return (
        f" Возможно, `{found.group(0)}` — дробное число: дробную часть в Python отделяют "
        f"точкой, `{found.group(1)}.{found.group(2)}`."
    )


@suggests(ValueError, fills="base_hint")
def _base_digits(exc: BaseException, message: str, where: Where) -> str:
    found = re.search(r"with base (\d+):", message)
    if not found or not 2 <= int(found.group(1)) <= 36:
        return ""
    base = int(found.group(1))
    if base <= 10:
        return f" Допустимы только цифры от 0 до {base - 1}."
    last = "abcdefghijklmnopqrstuvwxyz"[base - 11]
    return f" Допустимы цифры 0–9 и буквы a–{last}."


@suggests(ValueError, fills="swapped")
def _swapped_date(exc: BaseException, message: str, where: Where) -> str:
    found = re.search(r"time data '(.*)' does not match format", message)
    if found and "%" in found.group(1):
        return " Похоже, аргументы перепутаны: сначала строка с датой, потом формат."
    return ""


@suggests(ZeroDivisionError, fills="divisor")
def _divisor(exc: BaseException, message: str, where: Where) -> str:
    found = re.findall(
        r"(?:/|//|%)\s*([A-Za-z_][\w.]*)|divmod\([^,]+,\s*([A-Za-z_][\w.]*)", where.line
    )
    names = [a or b for a, b in found]
    return f": `if {names[-1]} != 0:`" if names else ""


@suggests(ValueError, fills="iterates_dict")
def _iterates_dict(exc: BaseException, message: str, where: Where) -> str:
    found = re.search(r"\bin\s+([A-Za-z_]\w*)\s*:", where.line)
    return "yes" if found and isinstance(where.names.get(found.group(1)), dict) else ""


@repairs("paren_comma")
def _paren_comma(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    yield re.sub(r"([)\]])\s*\(", r"\1, (", line, count=1)


@repairs("class_base")
def _class_base(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    found = re.match(r"^(\s*class\s+\w+\s*\(\s*)(\w+)(\s*\).*)$", line)
    module = found and where.names.get(found.group(2))
    if not isinstance(module, types.ModuleType):
        return
    classes = [n for n in dir(module) if isinstance(getattr(module, n, None), type)]
    same = [n for n in classes if n.lower() == found.group(2).lower()]
    for name in same or [n for n in classes if not n.startswith("_")][:3]:
        yield f"{found.group(1)}{found.group(2)}.{name}{found.group(3)}"


@suggests(IndexError, fills="index_hint")
def _index_range(exc: BaseException, message: str, where: Where) -> str:
    """How many elements the indexed value has, when it is a variable on the line."""
    for variable in re.findall(r"([A-Za-z_]\w*)\s*\[", where.line):
        value = where.names.get(variable)
        if isinstance(value, (list, tuple, str)):
            size = len(value)
            if not size:
                return f" `{variable}` сейчас пуст: в нём нет ни одного элемента."
            return f" В `{variable}` сейчас элементов: {size}, индексы — от 0 до {size - 1}."
    return ""


@repairs("times_call")
def _times_call(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    yield re.sub(r"(?<![\w.])(\d+(?:\.\d+)?)\s*\(", r"\1 * (", line, count=1)


@repairs("dot_call")
def _dot_call(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    """`len.text` for `len(text)`."""
    for found in re.finditer(r"\b([A-Za-z_]\w*)\.([A-Za-z_]\w*)\b(?!\s*\()", line):
        if callable(_resolve(found.group(1), where)) and found.group(2) in where.names:
            yield f"{line[: found.start()]}{found[1]}({found[2]}){line[found.end() :]}"


@repairs("brace_block")
def _brace_block(line: str, exc: BaseException, where: Where) -> Iterator[Any]:
    code, comment = _split_comment(line)
    if code.strip() != "}":
        yield _with_comment(re.sub(r"^(\s*)\}\s*", r"\1", code[:-1].rstrip()) + ":", comment)


@repairs("else_elif")
def _else_elif(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    code, comment = _split_comment(line)
    fixed = re.sub(r"^(\s*)else\s+", r"\1elif ", code).rstrip(":") + ":"
    yield _with_comment(fixed, comment)


@repairs("quote_text")
def _quote_text(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    yield re.sub(r"\bprint\s*\(\s*([^\"'()]+?)\s*\)", r'print("\1")', line)


@repairs("close_brace")
def _close_brace(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    """`f"{x:.2f"` -> `f"{x:.2f}"`: a `}` before a quote after the last `{`."""
    start = line.rfind("{")
    for found in re.finditer(r"['\"]", line[start + 1 :] if start >= 0 else ""):
        at = start + 1 + found.start()
        yield line[:at] + "}" + line[at:]


_CLOSERS = {"(": ")", "[": "]", "{": "}"}


@repairs("close_open")
def _close_open(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    """Close the brackets this line leaves open, at its end."""
    code, comment = _split_comment(line)
    stack = _bracket_stack([line])
    if stack:
        yield _with_comment(
            code + "".join(_CLOSERS[char] for char, _n, _l in reversed(stack)), comment
        )


@repairs("mismatch")
def _mismatch(line: str, exc: BaseException, where: Where) -> Iterator[str]:
    """`nums[::-1)` -> `nums[::-1])`: the missing closer before the wrong one."""
    found = re.search(
        r"closing parenthesis '(.)' does not match opening parenthesis '(.)'", _text(exc)
    )
    at = (getattr(exc, "offset", None) or 0) - 1
    if found and 0 <= at < len(line) and line[at] == found.group(1):
        yield line[:at] + _CLOSERS[found.group(2)] + line[at:]
        yield line[:at] + _CLOSERS[found.group(2)] + line[at + 1 :]

"""Explain Python errors to a beginner, in Russian.

One catalogue, easy for a teacher to improve: each rule is an exception type, a pattern
on Python's own message, and a Russian text. The first matching rule wins, so specific
rules come before general ones. `{1}`, `{2}`… in a text are the pattern's groups,
`{hint}` is a computed suggestion ("может быть, вы имели в виду `print`?").

friendly-traceback was evaluated for this job and not used: it is not stdlib (the checker
must run from a plain zip in Pyodide), and its Russian locale covers few messages.
"""

from __future__ import annotations

import builtins
import difflib
import keyword
import re
import traceback
import types
from dataclasses import dataclass
from typing import Any

from .verdict import error_info

LEARNER_FILE = "main.py"

# Modules a beginner may try that the browser trainer cannot provide.
THIRD_PARTY = {
    "requests": "HTTP-запросы из тренажёра не отправляются; в задачах запросы и ответы "
    "представлены словарями.",
    "flask": "веб-фреймворки не устанавливаются в тренажёре; обработчики пишутся как обычные "
    "функции.",
    "fastapi": "веб-фреймворки не устанавливаются в тренажёре; обработчики пишутся как обычные "
    "функции.",
    "django": "веб-фреймворки не устанавливаются в тренажёре.",
    "jwt": "библиотеки PyJWT здесь нет: токен собирается вручную из `base64`, `json` и `hmac`.",
    "bcrypt": "библиотеки bcrypt здесь нет: используйте `hashlib` и `hmac`.",
    "numpy": "NumPy не входит в стандартную библиотеку и в тренажёре не установлен.",
    "pandas": "pandas не входит в стандартную библиотеку и в тренажёре не установлен.",
    "pytest": "pytest здесь нет, но есть модуль `unittest` из стандартной библиотеки.",
    "redis": "сервера Redis здесь нет; кэш в задачах — это обычный словарь.",
    "celery": "Celery здесь нет; очередь задач в задачах строится на `queue` или `asyncio`.",
    "aiohttp": "aiohttp здесь нет; асинхронный код пишется на `asyncio`.",
}


@dataclass(frozen=True)
class Rule:
    types: tuple[str, ...]
    pattern: str
    text: str


def _r(types: str, pattern: str, text: str) -> Rule:
    return Rule(tuple(types.split()), pattern, text)


SYNTAX_RULES = [
    _r(
        "SyntaxError",
        r"expected ':'",
        "В конце строки с `if`, `elif`, `else`, `for`, `while`, `def` или `class` "
        "нужно поставить двоеточие `:`.",
    ),
    _r(
        "SyntaxError",
        r"'(.)' was never closed",
        "Скобка `{1}` открыта, но не закрыта. Найдите, где должна стоять парная "
        "закрывающая скобка.",
    ),
    _r(
        "SyntaxError",
        r"unterminated triple-quoted string",
        "Строка в тройных кавычках не закрыта: поставьте в её конце такие же три кавычки.",
    ),
    _r(
        "SyntaxError",
        r"unterminated string literal|EOL while scanning",
        "Строка не закрыта: у каждой открывающей кавычки должна быть парная закрывающая "
        "такого же вида (`'…'` или `\"…\"`).",
    ),
    _r(
        "SyntaxError",
        r"unmatched '(.)'",
        "Лишняя закрывающая скобка `{1}`: для неё нет открывающей. Удалите её или добавьте пару.",
    ),
    _r(
        "SyntaxError",
        r"closing parenthesis '(.)' does not match opening parenthesis '(.)'",
        "Скобки перепутаны: открыта `{2}`, а закрывается `{1}`. Закрывайте скобку тем же "
        "видом, каким открыли.",
    ),
    _r(
        "SyntaxError",
        r"Maybe you meant '==' or ':=' instead of '='|Maybe you meant '==' instead of '='",
        "Здесь стоит `=` (присваивание), а нужно сравнение `==`. В условиях `if` и "
        "`while` значения сравнивают двумя знаками равенства.",
    ),
    _r(
        "SyntaxError",
        r"Missing parentheses in call to '(\w+)'",
        'В Python 3 `{1}` — это функция: аргументы пишутся в скобках, например `{1}("Привет")`.',
    ),
    _r(
        "SyntaxError",
        r"Perhaps you forgot a comma",
        "Похоже, между значениями пропущена запятая. Элементы списка и аргументы функции "
        "разделяются запятыми.",
    ),
    _r(
        "SyntaxError",
        r"invalid character '(.)' \(U\+([0-9A-F]+)\)",
        "В коде встретился символ `{1}`, которого нет в Python. Часто это «умные» кавычки "
        "`« » “ ”` или тире, скопированные из текста: замените их обычными символами с "
        "клавиатуры.",
    ),
    _r(
        "SyntaxError",
        r"invalid non-printable character",
        "В строке есть невидимый символ (например, неразрывный пробел из скопированного "
        "текста). Удалите пробелы вокруг указанного места и наберите их заново.",
    ),
    _r(
        "SyntaxError",
        r"invalid decimal literal|invalid digit|leading zeros",
        "Неправильное число: имя переменной не может начинаться с цифры, а в числе не "
        "бывает букв. Переименуйте переменную или поставьте пробел/оператор.",
    ),
    _r(
        "SyntaxError",
        r"'return' outside function",
        "`return` можно писать только внутри функции (`def`). Проверьте отступ: "
        "возможно, строка «выпала» из тела функции.",
    ),
    _r(
        "SyntaxError",
        r"'await' outside (async )?function",
        "`await` работает только внутри `async def`. Запускайте корутину через "
        "`asyncio.run(main())`.",
    ),
    _r(
        "SyntaxError",
        r"'(break|continue)' (outside|not properly in) loop",
        "`{1}` можно писать только внутри цикла `for` или `while`.",
    ),
    _r(
        "SyntaxError",
        r"expected 'except' or 'finally' block",
        "После блока `try:` должен идти `except …:` (или `finally:`) на том же уровне отступа.",
    ),
    _r(
        "SyntaxError",
        r"expected '\('",
        "После имени функции в `def` нужны скобки с параметрами, даже пустые: `def main():`.",
    ),
    _r(
        "SyntaxError",
        r"cannot assign to (literal|expression|function call)",
        "Слева от `=` может стоять только имя переменной (или элемент списка, атрибут). "
        "Если вы хотели сравнить, используйте `==`.",
    ),
    _r(
        "SyntaxError",
        r"f-string",
        "Ошибка внутри f-строки: проверьте, что каждая `{{` закрыта `}}`, а кавычки "
        "внутри фигурных скобок отличаются от внешних.",
    ),
    _r(
        "SyntaxError",
        r"Expected one or more names after 'import'",
        "После `import` нужно написать имя модуля, например `import math`.",
    ),
    _r(
        "SyntaxError",
        r"unexpected EOF",
        "Программа оборвалась на середине конструкции: проверьте, что все скобки и блоки закрыты.",
    ),
    _r(
        "IndentationError",
        r"unexpected indent",
        "Лишний отступ: эта строка сдвинута вправо, хотя перед ней нет `if`, `for`, "
        "`def` или другой строки с двоеточием. Уберите пробелы в начале строки.",
    ),
    _r(
        "IndentationError",
        r"expected an indented block after (.+?) on line (\d+)",
        "После строки {2} с двоеточием нужен блок с отступом: сдвиньте следующие строки "
        "на 4 пробела вправо.",
    ),
    _r(
        "IndentationError",
        r"expected an indented block",
        "После строки с двоеточием нужен блок с отступом: сдвиньте следующие строки на "
        "4 пробела вправо.",
    ),
    _r(
        "IndentationError",
        r"unindent does not match",
        "Отступ этой строки не совпадает ни с одним из уровней выше. Выровняйте её "
        "так же, как строки того же блока (обычно по 4 пробела на уровень).",
    ),
    _r(
        "TabError",
        r"",
        "В отступах смешаны табуляции и пробелы. Используйте только пробелы — по 4 на уровень.",
    ),
    _r(
        "SyntaxError",
        r"invalid syntax",
        "Python не понимает эту строку. Проверьте опечатки, пропущенные кавычки, "
        "запятые, скобки и двоеточия рядом с отмеченным местом.",
    ),
    _r("SyntaxError", r"", "Python не смог разобрать программу в отмеченном месте."),
]

RUNTIME_RULES = [
    _r(
        "UnboundLocalError",
        r"(?:local variable '(\w+)' referenced before assignment|"
        r"cannot access local variable '(\w+)')",
        "Переменная `{name}` используется в функции раньше, чем ей присвоено значение. "
        "Если функция меняет внешнюю переменную, передайте её как параметр и верните "
        "результат через `return`.",
    ),
    _r(
        "NameError",
        r"name '(\w+)' is not defined",
        "Имя `{1}` не определено: такой переменной или функции ещё нет.{hint}",
    ),
    _r(
        "TypeError",
        r'can only concatenate str \(not "(\w+)"\) to str',
        "Строку нельзя сложить с `{1}`. Превратите значение в строку через `str(…)` "
        'или используйте f-строку: `f"Итого: {{x}}"`.',
    ),
    _r(
        "TypeError",
        r"unsupported operand type\(s\) for ([^:]+): '(\w+)' and '(\w+)'",
        "Операцию `{1}` нельзя применить к типам `{2}` и `{3}`.{operand_hint}",
    ),
    _r(
        "TypeError",
        r"'(<|>|<=|>=)' not supported between instances of '(\w+)' and '(\w+)'",
        "Нельзя сравнить `{2}` и `{3}`. Часто одно из значений — строка из `input()`: "
        "превратите её в число через `int(…)`.",
    ),
    _r(
        "TypeError",
        r"(\w+)\(\) missing (\d+) required positional arguments?: (.+)",
        "Функции `{1}` не хватает аргументов: {3}. Передайте их при вызове.{self_hint}",
    ),
    _r(
        "TypeError",
        r"(\w+)\(\) takes (\d+) positional arguments? but (\d+) (?:was|were) given",
        "Функция `{1}` принимает {2} аргумент(а), а передано {3}.{self_hint}",
    ),
    _r(
        "TypeError",
        r"(\w+)\(\) got an unexpected keyword argument '(\w+)'",
        "У функции `{1}` нет параметра `{2}`. Проверьте имя параметра.",
    ),
    _r(
        "TypeError",
        r"'NoneType' object is not (subscriptable|iterable|callable)",
        "Значение равно `None`. Обычно так бывает, когда функция ничего не возвращает "
        "(нет `return`) или когда результат метода вроде `list.sort()` сохраняют в "
        "переменную — такие методы возвращают `None`.",
    ),
    _r(
        "TypeError",
        r"'(\w+)' object is not callable",
        "Значение типа `{1}` вызвали как функцию (поставили после него скобки). Возможно, "
        "переменная затёрла функцию с тем же именем (например, `sum = 0`, а потом "
        "`sum(…)`) — переименуйте переменную.",
    ),
    _r(
        "TypeError",
        r"'(\w+)' object is not subscriptable",
        "К значению типа `{1}` нельзя обратиться по индексу `[…]`. Индексы работают у "
        "строк, списков, кортежей и словарей.",
    ),
    _r(
        "TypeError",
        r"'(\w+)' object is not iterable",
        "По значению типа `{1}` нельзя пройти циклом. Для чисел используйте "
        "`range(n)`: `for i in range(n):`.",
    ),
    _r(
        "TypeError",
        r"'coroutine' object",
        "Корутину использовали без `await`. Вызов `async`-функции нужно ждать: "
        "`result = await f()`.",
    ),
    _r(
        "TypeError",
        r"unhashable type: '(\w+)'",
        "Значение типа `{1}` нельзя сделать ключом словаря или элементом множества, "
        "потому что оно изменяемое. Используйте кортеж `tuple(…)` вместо списка.",
    ),
    _r(
        "TypeError",
        r"'(\w+)' object does not support item assignment",
        "Тип `{1}` нельзя менять по индексу. Строки и кортежи неизменяемы: соберите новую "
        "строку (например, срезами или `replace`) или работайте со списком.",
    ),
    _r(
        "TypeError",
        r"object of type '(\w+)' has no len\(\)",
        "У значения типа `{1}` нет длины. `len()` работает со строками, списками, "
        "словарями. Для числа можно посчитать цифры через `len(str(n))`.",
    ),
    _r(
        "TypeError",
        r"can't multiply sequence by non-int of type '(\w+)'",
        "Строку или список можно умножать только на целое число, а здесь `{1}`. "
        "Превратите строку из `input()` в число через `int(…)` или `float(…)`.",
    ),
    _r(
        "TypeError",
        r"(?:list|string|tuple) indices must be integers or slices, not (\w+)",
        "Индекс должен быть целым числом, а здесь `{1}`. Если это строка из `input()`, "
        "превратите её через `int(…)`; для деления используйте `//`.",
    ),
    _r(
        "TypeError",
        r"not all arguments converted during string formatting",
        "Оператор `%` применён к строке. Если нужен остаток от деления, сначала "
        "превратите строку в число через `int(…)`.",
    ),
    _r(
        "TypeError",
        r"object \w+ can't be used in 'await' expression",
        "`await` можно применять только к корутинам и задачам: уберите `await` или "
        "вызовите `async`-функцию.",
    ),
    _r(
        "ValueError",
        r"invalid literal for int\(\) with base 10: '(.*)'",
        "`int()` не может превратить строку `'{1}'` в целое число.{int_hint}",
    ),
    _r(
        "ValueError",
        r"could not convert string to float: '(.*)'",
        "`float()` не может превратить строку `'{1}'` в число. Дробная часть "
        "отделяется точкой, а не запятой: `3.5`.",
    ),
    _r(
        "ValueError",
        r"too many values to unpack \(expected (\d+)",
        "Слева от `=` {1} переменных, а значений справа больше. Проверьте, сколько "
        "элементов возвращает `split()` или функция.",
    ),
    _r(
        "ValueError",
        r"not enough values to unpack \(expected (\d+), got (\d+)\)",
        "Слева от `=` {1} переменных, а значений справа только {2}. Проверьте входные "
        "данные и `split()`.",
    ),
    _r(
        "ValueError",
        r"math domain error",
        "Математическая функция получила недопустимое значение (например, корень "
        "из отрицательного числа или логарифм нуля).",
    ),
    _r(
        "ValueError",
        r"x not in list|is not in list",
        "Такого элемента в списке нет. Перед `remove()` или `index()` проверьте его "
        "наличие: `if x in items:`.",
    ),
    _r(
        "ValueError",
        r"substring not found",
        "Подстрока не найдена. `str.index()` выбрасывает ошибку, а `str.find()` возвращает -1.",
    ),
    _r(
        "ZeroDivisionError",
        r"",
        "Деление на ноль. Перед делением проверьте, что делитель не равен нулю.",
    ),
    _r(
        "IndexError",
        r"pop from empty",
        "Попытка взять элемент из пустого списка. Проверьте, что в нём что-то есть: `if items:`.",
    ),
    _r(
        "IndexError",
        r"(list|string|tuple|range object) index out of range",
        "Индекс выходит за границы. Индексы начинаются с 0, поэтому последний элемент "
        "имеет индекс `len(x) - 1`. Частая причина — `range(len(x) + 1)` или `x[len(x)]`.",
    ),
    _r(
        "KeyError",
        r"",
        "Ключа {1} нет в словаре. Проверьте его наличие через `in` или используйте "
        "`d.get(ключ, значение_по_умолчанию)`.{hint}",
    ),
    _r(
        "AttributeError",
        r"'NoneType' object has no attribute '(\w+)'",
        "У `None` нет атрибута `{1}`. Значение оказалось `None`: возможно, функция "
        "ничего не вернула или метод вроде `list.sort()` изменил список на месте и вернул "
        "`None`.",
    ),
    _r(
        "AttributeError",
        r"module '(\w+)' has no attribute '(\w+)'",
        "В модуле `{1}` нет `{2}`.{hint} Если ваш файл называется так же, как модуль, "
        "это тоже может быть причиной.",
    ),
    _r(
        "AttributeError",
        r"'(\w+)' object has no attribute '(\w+)'",
        "У значения типа `{1}` нет атрибута или метода `{2}`.{hint}",
    ),
    _r(
        "RecursionError",
        r"",
        "Функция вызывает саму себя бесконечно. У рекурсии должен быть базовый случай — "
        "условие, при котором функция возвращает результат без нового вызова.",
    ),
    _r(
        "EOFError",
        r"",
        "Программа пытается прочитать больше строк ввода, чем ей дали. Проверьте, "
        "сколько раз вызывается `input()` — столько, сколько строк во входных данных?",
    ),
    _r(
        "ModuleNotFoundError",
        r"No module named '([\w.]+)'",
        "Модуль `{1}` не найден.{module_hint}",
    ),
    _r(
        "ImportError",
        r"cannot import name '(\w+)' from '([\w.]+)'",
        "В модуле `{2}` нет имени `{1}`. Проверьте написание.",
    ),
    _r(
        "OverflowError",
        r"",
        "Число слишком большое для этой операции. Дробные числа (`float`) ограничены по "
        "величине; для точной арифметики используйте целые числа.",
    ),
    _r(
        "FileNotFoundError",
        r"",
        "Файл не найден. В тренажёре нет ваших файлов с компьютера: работать можно с "
        "файлами, которые создала сама программа.",
    ),
    _r(
        "JSONDecodeError",
        r"",
        "Строка не является корректным JSON. Проверьте кавычки (в JSON только двойные), "
        "запятые и скобки.",
    ),
    _r(
        "OperationalError",
        r"no such table: (\w+)",
        "Таблицы `{1}` нет в базе. Сначала создайте её запросом `CREATE TABLE`.",
    ),
    _r(
        "OperationalError",
        r"no such column: (\w+)",
        "В таблице нет столбца `{1}`. Если это текстовое значение, возьмите его в "
        'кавычки или лучше передайте параметром: `execute("… WHERE name = ?", (name,))`.',
    ),
    _r(
        "OperationalError",
        r'near "(.+?)": syntax error',
        "Ошибка в SQL-запросе рядом с `{1}`. Проверьте ключевые слова, запятые и кавычки.",
    ),
    _r(
        "IntegrityError",
        r"UNIQUE constraint failed: ([\w.]+)",
        "Значение в `{1}` должно быть уникальным, а такая запись уже есть.",
    ),
    _r(
        "ProgrammingError",
        r"Incorrect number of bindings supplied",
        "Число `?` в запросе не совпадает с числом переданных значений. Один параметр "
        "передаётся кортежем с запятой: `(name,)`.",
    ),
    _r(
        "RuntimeError",
        r"asyncio.run\(\) cannot be called from a running event loop",
        "`asyncio.run()` вызывают один раз на верхнем уровне программы, а внутри "
        "корутин используют `await`.",
    ),
    _r(
        "RuntimeError",
        r"can't start new thread|can't create new thread",
        "Потоки в браузерном Python недоступны. Для одновременной работы используйте `asyncio`.",
    ),
    _r(
        "Deadlock",
        r"",
        "Все асинхронные задачи ждут, и ничто не может их разбудить: например, `await` "
        "события, очереди или `Future`, которые никто не заполняет. Проверьте, кто должен "
        "вызвать `set()`/`put()`.",
    ),
    _r(
        "StopIteration",
        r"",
        "Итератор закончился: `next()` вызван, когда элементов больше нет.",
    ),
    _r(
        "AssertionError",
        r"",
        "Сработал `assert`: проверяемое условие оказалось ложным.",
    ),
    _r(
        "KeyboardInterrupt",
        r"",
        "Программа прервана (KeyboardInterrupt).",
    ),
    _r(
        "NotImplementedError",
        r"",
        "Этот метод ещё не реализован: замените `raise NotImplementedError` своим кодом.",
    ),
]


def _closest(name: str, candidates: list[str]) -> str | None:
    found = difflib.get_close_matches(name, candidates, n=1, cutoff=0.7)
    if not found:
        found = [c for c in candidates if c.lower() == name.lower()]
    return found[0] if found else None


def _name_hint(name: str, namespace: dict[str, Any]) -> str:
    names = [n for n in namespace if not n.startswith("__")]
    names += [n for n in dir(builtins) if not n.startswith("_")] + keyword.kwlist
    close = _closest(name, names)
    if close:
        return f" Может быть, вы имели в виду `{close}`?"
    if name.isidentifier() and not name.isascii():
        return (
            " Если это текст, возьмите его в кавычки: "
            f'`"{name}"`. Имена переменных лучше писать латиницей.'
        )
    return (
        " Проверьте, что переменной присвоено значение выше этой строки, а если это "
        "текст — что он взят в кавычки."
    )


# Names beginners bring from other languages, by (type, attribute).
_ATTRIBUTE_SWAPS = {
    ("list", "push"): "append",
    ("list", "add"): "append",
    ("list", "length"): "len(…)",
    ("list", "size"): "len(…)",
    ("set", "append"): "add",
    ("set", "push"): "add",
    ("str", "length"): "len(…)",
    ("str", "size"): "len(…)",
    ("str", "toUpperCase"): "upper",
    ("str", "toLowerCase"): "lower",
    ("str", "contains"): "in",
    ("dict", "has_key"): "in",
    ("dict", "length"): "len(…)",
}


def _attribute_hint(exc: BaseException) -> str:
    name = getattr(exc, "name", None)
    obj = getattr(exc, "obj", None)
    if not name or obj is None:
        return ""
    swap = _ATTRIBUTE_SWAPS.get((type(obj).__name__, name))
    if swap:
        return f" Может быть, вы имели в виду `{swap}`?"
    close = _closest(name, [a for a in dir(obj) if not a.startswith("_")])
    return f" Может быть, вы имели в виду `{close}`?" if close else ""


def _int_hint(text: str) -> str:
    stripped = text.strip()
    if text == "":
        return " Строка пустая: возможно, во входных данных меньше строк, чем вы читаете."
    if " " in stripped:
        return (
            " В строке несколько значений через пробел: разделите их "
            "`input().split()` и превратите каждое в число."
        )
    if re.fullmatch(r"[-+]?\d+[.,]\d*", stripped):
        return " Это дробное число: используйте `float(…)`."
    return " В строке должны быть только цифры (и, возможно, знак минус)."


def _operand_hint(op: str, left: str, right: str) -> str:
    if "str" in (left, right) and ("int" in (left, right) or "float" in (left, right)):
        return (
            " Похоже, одно из значений — строка (например, из `input()`). "
            "Превратите её в число через `int(…)` или число в строку через `str(…)`."
        )
    if "NoneType" in (left, right):
        return " Одно из значений — `None`: возможно, функция ничего не вернула (нет `return`)."
    return ""


def _module_hint(name: str) -> str:
    top = name.split(".")[0]
    if top in THIRD_PARTY:
        return " В тренажёре доступна только стандартная библиотека Python: " + THIRD_PARTY[top]
    return " Проверьте написание. В тренажёре доступна только стандартная библиотека Python."


def _self_hint(exc: BaseException) -> str:
    if "positional argument" in str(exc) and "self" not in str(exc):
        return " Если это метод класса, проверьте, что первым параметром в `def` стоит `self`."
    return ""


def _apply(rules: list[Rule], exc: BaseException, extras: dict[str, str]) -> str:
    type_names = {cls.__name__ for cls in type(exc).__mro__}
    message = _message(exc)
    for rule in rules:
        if not type_names.intersection(rule.types):
            continue
        match = re.search(rule.pattern, message)
        if match is None:
            continue
        groups = [match.group(0), *(g if g is not None else "" for g in match.groups())]
        if isinstance(exc, KeyError):
            groups = [message, message]
        name = next((g for g in match.groups() if g), "")
        try:
            return rule.text.format(*groups, name=name, **extras)
        except (IndexError, KeyError):
            return rule.text
    return ""


def _message(exc: BaseException) -> str:
    if isinstance(exc, SyntaxError):
        return exc.msg or ""
    if isinstance(exc, KeyError) and exc.args:
        return repr(exc.args[0])
    return str(exc)


def syntax_error(exc: SyntaxError | ValueError, source: str) -> dict[str, Any]:
    if not isinstance(exc, SyntaxError):  # compile() raises ValueError for null bytes
        return error_info(
            "SyntaxError",
            str(exc),
            "В коде есть недопустимый нулевой символ. Удалите его или наберите строку заново.",
        )
    line = exc.lineno
    column = exc.offset
    lines = source.splitlines()
    text = lines[line - 1] if line and 0 < line <= len(lines) else (exc.text or "").rstrip("\n")
    caret = " " * max((column or 1) - 1, 0) + "^"
    shown = f'  File "{LEARNER_FILE}", line {line}\n    {text}\n    {caret}\n'
    return error_info(
        type(exc).__name__,
        exc.msg or "",
        _apply(SYNTAX_RULES, exc, {}),
        line=line,
        column=column,
        traceback=f"{shown}{type(exc).__name__}: {exc.msg}",
    )


def _learner_frames(tb: types.TracebackType | None) -> list[tuple[int, str]]:
    frames = []
    for frame, lineno in traceback.walk_tb(tb):
        if frame.f_code.co_filename == LEARNER_FILE:
            frames.append((lineno, frame.f_code.co_name))
    return frames


def exception(
    exc: BaseException, source: str, namespace: dict[str, Any] | None = None
) -> dict[str, Any]:
    """Explain an exception raised by the learner's code (or by a test calling into it)."""
    namespace = namespace or {}
    frames = _learner_frames(exc.__traceback__)
    lines = source.splitlines()
    shown = ["Traceback (most recent call last):"]
    for lineno, func in frames:
        shown.append(f'  File "{LEARNER_FILE}", line {lineno}, in {func}')
        if 0 < lineno <= len(lines):
            shown.append(f"    {lines[lineno - 1].strip()}")
    type_name = type(exc).__name__
    message = str(exc)
    shown.append(f"{type_name}: {message}" if message else type_name)

    extras = {"hint": "", "operand_hint": "", "int_hint": "", "module_hint": "", "self_hint": ""}
    if isinstance(exc, NameError) and getattr(exc, "name", None):
        extras["hint"] = _name_hint(exc.name, namespace)
    elif isinstance(exc, NameError):
        found = re.search(r"name '(\w+)'", message)
        extras["hint"] = _name_hint(found.group(1), namespace) if found else ""
    elif isinstance(exc, AttributeError):
        extras["hint"] = _attribute_hint(exc)
    elif isinstance(exc, ModuleNotFoundError):
        extras["module_hint"] = _module_hint(exc.name or "")
    elif isinstance(exc, ValueError) and (m := re.search(r"base 10: '(.*)'", message)):
        extras["int_hint"] = _int_hint(m.group(1))
    elif isinstance(exc, TypeError):
        m = re.search(r"for ([^:]+): '(\w+)' and '(\w+)'", message)
        if m:
            extras["operand_hint"] = _operand_hint(*m.groups())
        extras["self_hint"] = _self_hint(exc)

    explanation = _apply(RUNTIME_RULES, exc, extras)
    if not explanation:
        explanation = f"Во время выполнения возникла ошибка `{type_name}`."
    return error_info(
        type_name,
        message,
        explanation,
        line=frames[-1][0] if frames else None,
        traceback="\n".join(shown),
    )


def system_exit(exc: SystemExit) -> dict[str, Any]:
    code = exc.code
    return error_info(
        "SystemExit",
        str(code),
        f"Программа завершилась через `exit({code!r})` с кодом ошибки. Для обычного "
        "завершения не вызывайте `exit()` или вызовите его без аргументов.",
        line=(_learner_frames(exc.__traceback__) or [(None, "")])[-1][0],
    )

"""The catalogue of explanations: the file a teacher edits to improve them.

Each rule is an exception type, a pattern on Python's own message, and a Russian text (at
most two or three sentences: what is wrong and how to fix it, in the learner's own line
where possible). The first matching rule wins, so specific rules come before general ones.
In a text, `{1}`, `{2}`… are the pattern's groups and the names in braces (`{hint}`,
`{shadow}`…) are suggestions computed from the learner's code (see suggest.py), e.g.
" Может быть, вы имели в виду `print`?"; a placeholder nobody computed is empty. A rule
may also look at the learner's line the error points to (`line=`, a pattern whose groups
follow the message's), or fire only when a computed suggestion exists (`needs=`).
Python 3.11 and 3.14 word some errors differently; the patterns accept both.
"""

from __future__ import annotations

import keyword
from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    types: tuple[str, ...]
    pattern: str  # searched in Python's message
    text: str
    line: str | None = None  # searched in the learner's line the error points to
    needs: str | None = None  # fire only if this computed suggestion is not empty


def _r(types: str, pattern: str, text: str, *, line: str | None = None, needs: str | None = None):
    return Rule(tuple(types.split()), pattern, text, line, needs)


# Modules a beginner may try that the browser trainer cannot provide.
_WEB = "Веб-фреймворки в тренажёре не запускаются: обработчики пишутся как обычные функции."
_BOTS = "Telegram-ботов в тренажёре не запустить: логику бота пишут как обычные функции."
_HTTP = "HTTP-запросы из тренажёра не отправляются: в задачах запросы и ответы — словари."
_CONSOLE = "Окон и графики в браузерном Python нет: программа общается через `input` и `print`."
MISSING_MODULES = {
    "requests": _HTTP,
    "httpx": _HTTP,
    "aiohttp": "aiohttp здесь нет: асинхронный код пишется на `asyncio`.",
    "flask": _WEB,
    "fastapi": _WEB,
    "django": _WEB,
    "telebot": _BOTS,
    "aiogram": _BOTS,
    "telegram": _BOTS,
    "jwt": "PyJWT здесь нет: токен собирается вручную из `base64`, `json` и `hmac`.",
    "bcrypt": "bcrypt здесь нет: используйте `hashlib` и `hmac`.",
    "numpy": "NumPy здесь не установлен: считайте списками и модулями `math` и `statistics`.",
    "pandas": "pandas здесь не установлен: таблицы — это списки словарей, помогут `csv` и "
    "`sqlite3`.",
    "matplotlib": "Графиков в тренажёре нет: выводите результат через `print`.",
    "PIL": "Pillow здесь нет: картинки в тренажёре не обрабатываются.",
    "pygame": _CONSOLE,
    "turtle": _CONSOLE,
    "tkinter": _CONSOLE,
    "curses": "Управления терминалом в браузерном Python нет: выводите текст через `print`.",
    "readline": "Модуля readline в браузерном Python нет: строки читаются через `input()`.",
    "msvcrt": "Это модуль только для Windows: строки читаются через `input()`.",
    "winsound": "Это модуль только для Windows, а звука в тренажёре нет.",
    "pytest": "pytest здесь нет, но есть модуль `unittest` из стандартной библиотеки.",
    "redis": "Сервера Redis здесь нет: кэш в задачах — это обычный словарь.",
    "celery": "Celery здесь нет: очередь задач строится на `queue` или `asyncio`.",
}


_KEYWORDS = "|".join(keyword.kwlist)

# What is said when no rule knows the error (tests/test_explain_corpus.py counts how often).
SYNTAX_FALLBACK = (
    "Python не понимает эту строку. Проверьте опечатки, пропущенные кавычки, "
    "запятые, скобки и двоеточия рядом с отмеченным местом."
)
PARSE_FALLBACK = "Python не смог разобрать программу в отмеченном месте."
RUNTIME_FALLBACK = "Во время выполнения возникла ошибка `{0}`."
FALLBACKS = (SYNTAX_FALLBACK, PARSE_FALLBACK, RUNTIME_FALLBACK.split("`")[0])

SYNTAX_RULES = [
    # Habits from other languages, recognised on the learner's line.
    _r(
        "SyntaxError",
        r"",
        "В Python цикл по числам записывают через `range`: `for i in range(10):`, а "
        "счётчик увеличивается сам.",
        line=r"^\s*for\s*\(.*;",
    ),
    _r(
        "SyntaxError",
        r"",
        "В Python вместо `else if` пишут одно слово `elif`, например `elif x > 0:`.",
        line=r"^\s*else\s+if\b",
    ),
    _r(
        "SyntaxError",
        r"",
        "Такого слова в Python нет: вместо `{1}` пишут `elif`, например `elif x > 0:`.",
        line=r"^\s*(elsif|elseif|elif\s+if)\b",
    ),
    _r(
        "SyntaxError",
        r"'elif' block follows an 'else' block",
        "`else` — последняя ветка условия: все `elif` пишутся до `else`.",
    ),
    _r(
        "SyntaxError",
        r"^invalid syntax$",
        "`elif` пишется сразу после блока `if` или другого `elif` и до `else`, на том же "
        "уровне отступа, что и `if`.",
        line=r"^\s*elif\b",
    ),
    _r(
        "SyntaxError",
        r"^invalid syntax$",
        "`else` должен стоять на том же уровне отступа, что и его `if` (или `for`, "
        "`while`, `try`), сразу после их блока.",
        line=r"^\s*else\s*:",
    ),
    _r(
        "SyntaxError",
        r"invalid syntax",
        "В Python логические операции пишутся словами: `and` вместо `&&`, `or` вместо "
        "`||`, `not` вместо `!`.",
        line=r"&&|\|\||(?:^|[\s(])!(?=[\w(])",
    ),
    _r(
        "SyntaxError",
        r"invalid syntax",
        "В Python нет операторов `++` и `--`: пишите `x += 1` или `x -= 1`.",
        line=r"\w\s*(?:\+\+|--)\s*$",
    ),
    _r(
        "SyntaxError",
        r"invalid syntax",
        "Комментарии в Python начинаются с `#`, а не с `//`: `# комментарий`.",
        line=r"^\s*//",
    ),
    _r(
        "SyntaxError",
        r"invalid syntax",
        "Знака `<>` в Python нет: «не равно» записывают как `!=`.",
        line=r"<>",
    ),
    _r(
        "SyntaxError",
        r"invalid syntax",
        "`{1}` — ключевое слово Python, его нельзя взять именем переменной. Выберите "
        "другое имя, например `{1}_`.",
        line=rf"^\s*({_KEYWORDS})\s*=(?!=)",
    ),
    _r(
        "SyntaxError",
        r"invalid syntax",
        "В цикле `for` пропущено слово `in`: `for i in range(10):`.",
        line=r"^\s*for\s+\w+(?:\s*,\s*\w+)*\s+(?!in\b)\w",
    ),
    _r(
        "SyntaxError",
        r"invalid syntax|Expected one or more names after 'import'",
        "После `import` нужно написать имя модуля, например `import math`.",
        line=r"^\s*(?:import|from)\s*$",
    ),
    _r(
        "SyntaxError",
        r"^invalid syntax$",
        "Похоже на опечатку: может быть, вместо `{typo}` нужно `{keyword}`?",
        needs="keyword",
    ),
    _r(
        "SyntaxError",
        r"^invalid syntax$",
        "В имени переменной не может быть пробелов. Соедините слова подчёркиванием: `{1}_{2}`.",
        line=rf"^\s*(?!(?:{_KEYWORDS}|print)\b)([^\W\d]\w*)\s+([^\W\d]\w*)\s*=(?!=)",
    ),
    _r(
        "SyntaxError",
        r"^invalid syntax$",
        "Строка заканчивается знаком `{1}`, а после него должно идти значение. Допишите "
        "выражение или уберите лишний знак.",
        line=r"([-+*/%]|\band|\bor)\s*(?:#.*)?$",
    ),
    # Python's own messages.
    _r(
        "SyntaxError",
        r"Missing parentheses in call to '(\w+)'",
        'В Python 3 `{1}` — это функция: аргументы пишутся в скобках, например `{1}("Привет")`.',
    ),
    _r(
        "SyntaxError",
        r"cannot assign to (True|False|None|__debug__)",
        "`{1}` — встроенное значение Python, ему нельзя присвоить другое. Выберите другое "
        "имя для переменной.",
    ),
    _r(
        "SyntaxError",
        r"cannot assign to (literal|expression|function call|comparison|conditional)",
        "Слева от `=` должно стоять имя переменной, которой присваивают значение: "
        "`x = 5`, а не `5 = x`. Если вы хотели сравнить значения, используйте `==`.",
    ),
    _r(
        "SyntaxError",
        r"Maybe you meant '==' or ':=' instead of '='|Maybe you meant '==' instead of '='",
        "Здесь стоит `=` (присваивание), а нужно сравнение `==`. В условиях `if` и "
        "`while` значения сравнивают двумя знаками равенства.",
    ),
    _r(
        "SyntaxError",
        r"Perhaps you forgot a comma",
        "Похоже, между значениями пропущена запятая. Элементы списка и аргументы функции "
        "разделяются запятыми: `print(a, b)`.",
    ),
    _r(
        "SyntaxError",
        r"'(.)' was never closed",
        "Скобка `{1}` открыта, но не закрыта. Поставьте парную закрывающую скобку там, где "
        "заканчивается выражение (часто её забывают в конце строки с `print(` или `int(`).",
    ),
    _r(
        "SyntaxError",
        r"unterminated triple-quoted string",
        "Строка в тройных кавычках не закрыта: поставьте в её конце такие же три кавычки.",
    ),
    _r(
        "SyntaxError",
        r"perhaps you escaped the end quote",
        r"Обратная косая черта `\` перед кавычкой делает кавычку частью текста, и строка "
        r"не закрывается. Удвойте черту (`'C:\\'`) или пишите пути через `/`.",
    ),
    _r(
        "SyntaxError",
        r"unterminated string literal|EOL while scanning",
        r"Обратная косая черта `\` перед кавычкой делает кавычку частью текста, и строка "
        r"не закрывается. Удвойте черту (`'C:\\'`) или пишите пути через `/`.",
        line=r"\\['\"]\s*\)?\s*$",
    ),
    _r(
        "SyntaxError",
        r"unterminated string literal|EOL while scanning",
        "Строка не закрыта: у каждой открывающей кавычки должна быть парная такого же вида "
        "(`'…'` или `\"…\"`). Если кавычка есть внутри текста, возьмите весь текст в "
        'другие: `"It\'s"`.',
    ),
    _r(
        "SyntaxError",
        r"f-string: unmatched '(.)'",
        "Внутри f-строки стоят такие же кавычки, как снаружи, и строка обрывается. Возьмите "
        "её в другие кавычки: `f\"{{d['a']}}\"`.",
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
        r"invalid character '([“”„«»‘’‚‹›″′])'",
        "Кавычка `{1}` — типографская: такие попадают в код при копировании из Word, "
        "мессенджера или с сайта. Замените её обычной кавычкой `\"` или `'` с клавиатуры.",
    ),
    _r(
        "SyntaxError",
        r"invalid character '(.)' \(U\+([0-9A-F]+)\)",
        "Символа `{1}` нет в синтаксисе Python: обычно он попадает в код при копировании "
        "текста.{char_hint}",
    ),
    _r(
        "SyntaxError",
        r"invalid non-printable character",
        "В строке есть невидимый символ (например, неразрывный пробел из скопированного "
        "текста). Удалите пробелы вокруг указанного места и наберите их заново.",
    ),
    _r(
        "SyntaxError",
        r"leading zeros",
        "Целое число не может начинаться с нуля: пишите `7`, а не `07`.",
    ),
    _r(
        "SyntaxError",
        r"invalid decimal literal|invalid digit|invalid \w+ literal",
        "Неправильное число: имя переменной не может начинаться с цифры, а в числе не "
        "бывает букв. Переименуйте переменную (`x2`, а не `2x`) или поставьте между "
        "числом и именем оператор: `2 * x`.",
    ),
    _r(
        "SyntaxError",
        r"'(return|yield)' outside function",
        "`{1}` можно писать только внутри функции (`def`). Проверьте отступ: возможно, "
        "строка «выпала» из тела функции.",
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
        "`{1}` можно писать только внутри цикла `for` или `while`. Проверьте отступ этой строки.",
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
        r"expected ':'",
        "В конце строки с `if`, `elif`, `else`, `for`, `while`, `def` или `class` "
        "нужно поставить двоеточие `:`.",
    ),
    _r(
        "SyntaxError",
        r"f-string: expecting '\}'",
        "В f-строке открыта фигурная скобка `{{`, но не закрыта: выражение пишется целиком "
        'внутри `{{…}}`, например `f"{{name}}"`.',
    ),
    _r(
        "SyntaxError",
        r"f-string: (?:empty expression not allowed|valid expression required)",
        'В f-строке пустые фигурные скобки: внутри нужно имя или выражение, `f"{{name}}"`. '
        "Чтобы напечатать саму скобку, удвойте её: `{{{{`.",
    ),
    _r(
        "SyntaxError",
        r"f-string: single '\}' is not allowed",
        "В f-строке лишняя закрывающая скобка `}}`. Чтобы напечатать саму скобку, удвойте "
        "её: `}}}}`.",
    ),
    _r(
        "SyntaxError",
        r"f-string: (?:invalid|missing) conversion character",
        "После `!` внутри фигурных скобок f-строки может стоять только `r`, `s` или `a`. "
        'Восклицательный знак из текста ставьте после скобки: `f"{{name}}!"`.',
    ),
    _r(
        "SyntaxError",
        r"f-string",
        "Ошибка внутри f-строки: проверьте, что каждая `{{` закрыта `}}`, а кавычки "
        "внутри фигурных скобок отличаются от внешних.",
    ),
    _r(
        "SyntaxError",
        r"positional argument follows keyword argument",
        "Сначала передаются обычные аргументы, потом именованные: `f(1, key=2)`, а не "
        "`f(key=2, 1)`.",
    ),
    _r(
        "SyntaxError",
        r"keyword argument repeated: (\w+)",
        "Именованный аргумент `{1}` передан дважды: оставьте один.",
    ),
    _r(
        "SyntaxError",
        r"non-default argument follows default argument|"
        r"parameter without a default follows parameter with a default",
        "Параметры со значением по умолчанию пишутся после обычных: `def f(a, b=1):`.",
    ),
    _r(
        "SyntaxError",
        r"duplicate argument '(\w+)'",
        "Два параметра функции названы одинаково (`{1}`): переименуйте один из них.",
    ),
    _r(
        "SyntaxError",
        r"expression expected after dictionary key and ':'",
        'После ключа и двоеточия в словаре нужно значение: `{{"a": 1}}`.',
    ),
    _r(
        "SyntaxError",
        r"name '(\w+)' is (?:assigned to before|used prior to) global declaration",
        "Строка `global {1}` должна стоять в начале функции, до первого использования `{1}`.",
    ),
    _r(
        "SyntaxError",
        r"\(unicode error\)",
        r"Обратная косая черта `\` в строке начинает спецсимвол, поэтому путь вроде "
        r"`'C:\Users'` не разбирается. Удвойте черту (`'C:\\Users'`), поставьте `r` перед "
        r"строкой (`r'C:\Users'`) или пишите `/`.",
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
        "на 4 пробела вправо. Если блок пока пустой, напишите в нём `pass`.",
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
    _r("SyntaxError", r"invalid syntax", SYNTAX_FALLBACK),
    _r("SyntaxError", r"", PARSE_FALLBACK),
]

NONE_TEXT = (
    "Значение равно `None`. Обычно так бывает, когда функция ничего не возвращает "
    "(нет `return`) или когда результат метода вроде `list.sort()` сохраняют в "
    "переменную — такие методы возвращают `None`."
)
NOT_CALLED = "Похоже, функцию или метод не вызвали: поставьте после имени скобки, `s.upper()`."

RUNTIME_RULES = [
    _r(
        "UnboundLocalError NameError",
        r"(?:local variable '(\w+)' referenced before assignment|"
        r"cannot access (?:local|free) variable '(\w+)'|"
        r"free variable '(\w+)' referenced before assignment)",
        "Переменная `{name}` используется в функции раньше, чем ей присвоено значение. "
        "Если функция меняет внешнюю переменную, передайте её как параметр и верните "
        "результат через `return`.",
    ),
    _r(
        "NameError",
        r"name '(\w+)' is not defined",
        "Имя `{1}` не определено: такой переменной или функции ещё нет.{hint}",
    ),
    # TypeError: operations on values of the wrong type.
    _r(
        "TypeError",
        r'can only concatenate str \(not "(\w+)"\) to str',
        "Строку нельзя сложить с `{1}`. Превратите значение в строку через `str(…)` "
        'или используйте f-строку: `f"Итого: {{x}}"`.',
    ),
    _r(
        "TypeError",
        r'can only concatenate (list|tuple) \(not "(\w+)"\)',
        "К списку можно прибавить только список, а здесь `{2}`. Чтобы добавить элемент, "
        "используйте `items.append(x)` или `items + [x]`.",
    ),
    _r(
        "TypeError",
        r"unsupported operand type\(s\) for ([^:]+): '(\w+)' and '(\w+)'",
        "Операцию `{1}` нельзя применить к типам `{2}` и `{3}`.{operand_hint}",
    ),
    _r(
        "TypeError",
        r"'(<|>|<=|>=)' not supported between instances of '(\w+)' and '(\w+)'",
        "Нельзя сравнить `{2}` и `{3}` знаком `{1}`.{operand_hint}",
    ),
    _r(
        "TypeError",
        r"can't multiply sequence by non-int of type '(\w+)'",
        "Строку или список можно умножать только на целое число, а здесь `{1}`. "
        "Превратите строку из `input()` в число через `int(…)`, а дробное — через `int(…)` "
        "или `round(…)`.",
    ),
    _r(
        "TypeError",
        r"bad operand type for (?:unary )?([^:]+): '(\w+)'|type (\w+) doesn't define __round__",
        "Эта операция работает с числами, а получила `{2}{3}`. Превратите строку в число "
        "через `int(…)` или `float(…)`.",
    ),
    _r(
        "TypeError",
        r"'(str|float)' object cannot be interpreted as an integer",
        "Здесь нужно целое число, а получено `{1}`.{integer_hint}",
    ),
    # TypeError: calls.
    _r(
        "TypeError",
        r"(\w+)\.(\w+)\(\) missing 1 required positional argument: 'self'",
        "Метод `{2}` вызван у самого класса `{1}`, а не у объекта. Создайте объект и "
        "вызовите метод у него: `obj = {1}(…)`, затем `obj.{2}()`.",
    ),
    _r(
        "TypeError",
        r"(\w+)\.__init__\(\) missing (\d+) required positional arguments?: (.+)",
        "При создании объекта `{1}(…)` нужно передать значения для параметров `__init__`: "
        "не хватает {3}.",
    ),
    _r(
        "TypeError",
        r"(\w+)\.(\w+)\(\) takes (\d+) positional arguments? but (\d+) (?:was|were) given",
        "У метода `{2}` нет параметра `self`. Python сам передаёт объект первым аргументом, "
        "поэтому пишите `def {2}(self, …):`.",
        needs="no_self",
    ),
    _r(
        "TypeError",
        r"(\w+)\.__init__\(\) takes (\d+) positional arguments? but (\d+) (?:was|were) given",
        "При создании объекта `{1}(…)` аргументы попадают в `__init__`, а в его `def` меньше "
        "параметров. Добавьте их, например `def __init__(self, name):`, или уберите лишние "
        "аргументы.",
    ),
    _r(
        "TypeError",
        r"(\w+)\.(\w+)\(\) takes (\d+) positional arguments? but (\d+) (?:was|were) given",
        "Методу `{2}` передано больше аргументов, чем параметров в его `def`. Учтите, что "
        "`self` Python подставляет сам: `obj.{2}(x)` заполняет параметры `self` и `x`.",
    ),
    _r(
        "TypeError",
        r"(\w+)\(\) takes no arguments$",
        "У класса `{1}` нет своего `__init__`, поэтому объект создаётся без аргументов. "
        "Проверьте, что метод называется `__init__` — по два подчёркивания с каждой стороны.",
    ),
    _r(
        "TypeError",
        r"(\w+)\(\) missing (\d+) required positional arguments?: (.+)",
        "Функции `{1}` не хватает аргументов: {3}. Передайте их при вызове.",
    ),
    _r(
        "TypeError",
        r"(\w+)\(\) takes (\d+) positional arguments? but (\d+) (?:was|were) given",
        "Функция `{1}` принимает аргументов: {2}, а передано: {3}. Проверьте вызов и "
        "параметры в `def`.",
    ),
    _r(
        "TypeError",
        r"(\w+)\(\) takes (?:exactly|at most|at least) \w+ arguments? \((\d+) given\)",
        "Функции `{1}` передано неверное число аргументов ({2}). Проверьте скобки и "
        "запятые в вызове.",
    ),
    _r(
        "TypeError",
        r"(\w+)\(\) got an unexpected keyword argument '(\w+)'|"
        r"'(\w+)' is an invalid keyword argument for (\w+)\(\)",
        "У функции `{1}{4}` нет параметра `{2}{3}`.{kw_hint}",
    ),
    _r(
        "TypeError",
        r"(\w+)\(\) got multiple values for argument '(\w+)'",
        "Аргумент `{2}` передан дважды: и по порядку, и по имени `{2}=…`. Уберите один; "
        "если это метод, проверьте, что первым параметром стоит `self`.",
    ),
    _r(
        "TypeError",
        r"(\w+)\(\) takes no keyword arguments",
        "Функция `{1}` не принимает именованных аргументов: передайте значения по порядку, "
        "без `имя=`.",
    ),
    _r(
        "TypeError",
        r"Can't instantiate abstract class (\w+)",
        "Класс `{1}` абстрактный: в нём есть методы с `@abstractmethod` без реализации. "
        "Создайте наследника, реализуйте в нём эти методы и создавайте объект наследника.",
    ),
    # TypeError: what a value cannot do.
    _r(
        "TypeError",
        r"'coroutine' object",
        "Корутину использовали без `await`: вызов `async`-функции нужно ждать, "
        "`result = await f()`.",
    ),
    _r(
        "TypeError",
        r"'(\w+)' object can't be awaited|object (\w+) can't be used in 'await' expression",
        "`await` можно применять только к корутинам и задачам: уберите `await` или "
        "вызовите `async`-функцию.",
    ),
    _r(
        "TypeError",
        r"An asyncio.Future, a coroutine or an awaitable is required",
        "Сюда нужно передать корутину — результат вызова `async`-функции со скобками: "
        "`asyncio.run(main())`, а не `asyncio.run(main)`.",
    ),
    _r("TypeError", r"'NoneType' object is not (subscriptable|iterable|callable)", NONE_TEXT),
    _r(
        "TypeError",
        r"'module' object is not callable",
        "Модуль нельзя вызвать как функцию: вызывайте функцию из него (`random.randint(1, 6)`) "
        "или импортируйте её саму: `from datetime import datetime`.",
    ),
    _r(
        "TypeError",
        r"'(\w+)' object is not callable",
        "Имя `{shadow}` больше не означает встроенную функцию: программа присвоила ему "
        "значение типа `{1}`. Переименуйте эту переменную, и `{shadow}(…)` снова заработает.",
        needs="shadow",
    ),
    _r(
        "TypeError",
        r"'(int|float)' object is not callable",
        "Число вызвали как функцию: после него стоят скобки. Если вы хотели умножить, "
        "поставьте знак `*`: `2 * (x + 1)`.",
    ),
    _r(
        "TypeError",
        r"'(\w+)' object is not callable",
        "Значение типа `{1}` вызвали как функцию (после него стоят скобки). Возможно, "
        "переменная затёрла функцию с тем же именем (например, `sum = 0`, а потом "
        "`sum(…)`) — переименуйте переменную.",
    ),
    _r(
        "TypeError",
        r"'(builtin_function_or_method|function|method)' object is not subscriptable",
        "Функцию вызывают круглыми скобками: `len(x)`, а не `len[x]`. Квадратные скобки — "
        "для индексов списков и строк.",
    ),
    _r(
        "TypeError",
        r"'set' object is not subscriptable",
        "У множества нет порядка и индексов. Если нужен элемент по номеру, превратите "
        "множество в список: `sorted(s)[0]`.",
    ),
    _r(
        "TypeError",
        r"'(dict_keys|dict_values|dict_items|map|filter|zip|generator|reversed|enumerate)' "
        r"object is not subscriptable",
        "`{1}` выдаёт значения по одному и не поддерживает индексы. Превратите его в "
        "список: `list(…)[0]`.",
    ),
    _r(
        "TypeError",
        r"'(\w+)' object is not subscriptable",
        "К значению типа `{1}` нельзя обратиться по индексу `[…]`. Индексы работают у "
        "строк, списков, кортежей и словарей.",
    ),
    _r(
        "TypeError",
        r"'(int|float|bool)' object is not iterable",
        "По числу нельзя пройти циклом. Чтобы перебрать числа от 0 до n - 1, используйте "
        "`range`: `for i in range(n):`.",
    ),
    _r(
        "TypeError",
        r"'(builtin_function_or_method|function|method)' object is not iterable",
        NOT_CALLED,
    ),
    _r(
        "TypeError",
        r"'(\w+)' object is not iterable",
        "По значению типа `{1}` нельзя пройти циклом: перебирать можно строки, списки, "
        "словари и `range(…)`.",
    ),
    _r(
        "TypeError",
        r"cannot unpack non-iterable (\w+) object",
        "Справа от `=` одно значение типа `{1}`, а слева несколько переменных. Верните из "
        "функции несколько значений (`return a, b`) или оставьте слева одну переменную.",
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
        r"object of type '(int|float)' has no len\(\)",
        "У числа нет длины: `len()` работает со строками, списками и словарями. Количество "
        "цифр числа — `len(str(n))`.",
    ),
    _r(
        "TypeError",
        r"object of type '(\w+)' has no len\(\)",
        "У значения типа `{1}` нет длины. Превратите его в список: `len(list(…))`.",
    ),
    _r(
        "TypeError",
        r"string indices must be integers",
        "Строку индексируют числами, а здесь в скобках не число. Возможно, переменная — "
        "строка, хотя вы ждали словарь: JSON разбирают через `json.loads(…)`, а цикл "
        "`for key in d` даёт ключи, а не значения.",
    ),
    _r(
        "TypeError",
        r"(?:list|tuple|str|range object) indices must be integers(?: or slices)?, not '?(\w+)",
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
        r"sequence item (\d+): expected str instance, (\w+) found",
        "`join` склеивает только строки, а в списке есть `{2}`. Превратите элементы в "
        'строки: `", ".join(map(str, items))`.',
    ),
    _r(
        "TypeError",
        r"(int|float)\(\) argument must be .*, not 'NoneType'",
        "`{1}()` получил `None` вместо строки или числа: возможно, функция ничего не "
        "вернула (нет `return`).",
    ),
    _r(
        "TypeError",
        r"(int|float)\(\) argument must be .*, not '(\w+)'",
        "`{1}()` превращает в число строку или число, а получил `{2}`. Возьмите из него "
        "нужный элемент, например `int(items[0])`.",
    ),
    _r(
        "TypeError",
        r"Object of type (\w+) is not JSON serializable",
        "`json.dumps` сохраняет только словари, списки, строки, числа, `True`/`False` и "
        "`None`, а здесь `{1}`. Превратите значение, например множество — в список: "
        "`list(…)`.",
    ),
    # ValueError
    _r(
        "ValueError",
        r"invalid literal for int\(\) with base 10: '(.*)'",
        "`int()` не может превратить строку `'{1}'` в целое число.{number_hint}",
    ),
    _r(
        "ValueError",
        r"could not convert string to float: '(.*)'",
        "`float()` не может превратить строку `'{1}'` в число.{number_hint}",
    ),
    _r(
        "ValueError",
        r"too many values to unpack \(expected (\d+)",
        "Переменных слева от `=`: {1}, а значений справа больше. Проверьте, сколько "
        "элементов возвращает `split()` или функция.",
    ),
    _r(
        "ValueError",
        r"not enough values to unpack \(expected (\d+), got (\d+)\)",
        "Переменных слева от `=`: {1}, а значений справа: {2}. Проверьте входные данные: "
        "например, `a, b = input().split()` ждёт ровно два слова в строке.",
    ),
    _r(
        "ValueError",
        r"math domain error|expected a (?:positive|nonnegative) input|expected a number in range",
        "Математическая функция получила недопустимое значение (например, корень "
        "из отрицательного числа или логарифм нуля). Проверьте значение перед вызовом.",
    ),
    _r(
        "ValueError",
        r"x not in (?:list|tuple)|is not in list",
        "Такого элемента в списке нет. Перед `remove()` или `index()` проверьте его "
        "наличие: `if x in items:`.",
    ),
    _r(
        "ValueError",
        r"substring not found",
        "Подстрока не найдена. `str.index()` выбрасывает ошибку, а `str.find()` возвращает -1.",
    ),
    _r(
        "ValueError",
        r"(max|min)\(\) (?:arg is an empty sequence|iterable argument is empty)",
        "`{1}()` получила пустую последовательность. Проверьте, что в ней есть элементы, "
        "или задайте значение по умолчанию: `{1}(items, default=0)`.",
    ),
    _r(
        "ValueError",
        r"Unknown format code '(.)' for object of type '(\w+)'",
        "Формат `:{1}` не подходит для значения типа `{2}`. Для `:d` нужно целое число, для "
        "`:f` — число: превратите значение через `int(…)` или `float(…)`.",
    ),
    _r(
        "ValueError",
        r"Exceeds the limit \((\d+) digits\) for integer string conversion",
        "Число слишком длинное, чтобы превратить его в строку (больше {1} цифр). Обычно "
        "это значит, что оно растёт неправильно; если так задумано, вызовите "
        "`sys.set_int_max_str_digits(0)`.",
    ),
    _r(
        "ValueError",
        r"a coroutine was expected",
        "Сюда нужно передать корутину — результат вызова `async`-функции со скобками: "
        "`asyncio.run(main())`, а не `asyncio.run(main)`.",
    ),
    _r(
        "JSONDecodeError",
        r"Expecting property name enclosed in double quotes",
        'В JSON ключи и строки пишутся только в двойных кавычках: `{{"name": "Аня"}}`. '
        "Чтобы превратить словарь Python в JSON, используйте `json.dumps(…)`.",
    ),
    _r(
        "JSONDecodeError",
        r"Expecting value: line 1 column 1 \(char 0\)",
        "Текст для `json.loads` пустой или вовсе не JSON. Проверьте, что разбираете нужную строку.",
    ),
    _r(
        "JSONDecodeError",
        r"",
        "Строка не является корректным JSON. Проверьте кавычки (в JSON только двойные), "
        "запятые и скобки.",
    ),
    _r(
        "ZeroDivisionError",
        r"",
        "Деление на ноль (`/`, `//` или `%`). Перед делением проверьте, что делитель не "
        "равен нулю: `if b != 0:`.",
    ),
    # Lookups
    _r(
        "IndexError",
        r"pop from (?:an )?empty",
        "Попытка взять элемент из пустого списка (или очереди). Проверьте, что в нём что-то "
        "есть: `if items:`.",
    ),
    _r(
        "IndexError",
        r"list assignment index out of range",
        "Присвоить по индексу можно только существующему элементу. Чтобы добавить новый "
        "элемент в конец списка, используйте `items.append(x)`.",
    ),
    _r(
        "IndexError",
        r"(list|string|tuple|range object|deque) index out of range",
        "Индекс выходит за границы. Индексы начинаются с 0, поэтому последний элемент "
        "имеет индекс `len(x) - 1`. Частая причина — `range(len(x) + 1)` или `x[len(x)]`.",
    ),
    _r(
        "KeyError",
        r"pop from an empty set|dictionary is empty",
        "Множество или словарь пусты: взять элемент нечего. Проверьте перед этим: `if s:`.",
    ),
    _r(
        "KeyError",
        r"",
        "Ключа `{key}` нет в словаре.{hint} Проверьте ключ через `in` или используйте "
        "`d.get(ключ, значение_по_умолчанию)`.",
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
        "В модуле `{1}` нет `{2}`.{hint} Список всего, что в нём есть, покажет `print(dir({1}))`.",
    ),
    _r(
        "AttributeError",
        r"'(builtin_function_or_method|function|method)' object has no attribute",
        NOT_CALLED,
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
        "условие, при котором функция возвращает результат без нового вызова, и каждый "
        "вызов должен приближаться к нему (например, `n - 1`).",
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
        "ImportError",
        r"attempted relative import",
        "Программа в тренажёре — один файл, импортировать из `.` нечего. Уберите точку "
        "или перенесите нужный код в этот файл.",
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
        r"table (\w+) has (\d+) columns but (\d+) values were supplied",
        "В таблице `{1}` столбцов: {2}, а значений передано: {3}. Перечислите столбцы явно: "
        "`INSERT INTO {1} (a, b) VALUES (?, ?)`.",
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
        "IntegrityError",
        r"NOT NULL constraint failed: ([\w.]+)",
        "Столбец `{1}` не может быть пустым (`NOT NULL`): передайте для него значение.",
    ),
    _r(
        "ProgrammingError",
        r"Incorrect number of bindings supplied",
        "Число `?` в запросе не совпадает с числом переданных значений. Один параметр "
        "передаётся кортежем с запятой: `(name,)`.",
    ),
    _r(
        "ProgrammingError",
        r"You can only execute one statement at a time",
        "`execute` выполняет один SQL-запрос за раз. Для нескольких запросов подряд "
        "используйте `executescript(…)`.",
    ),
    _r(
        "ProgrammingError",
        r"Cannot operate on a closed database",
        "Соединение с базой уже закрыто (`close()`): выполняйте запросы до закрытия.",
    ),
    _r(
        "ProgrammingError InterfaceError",
        r"Error binding parameter",
        "В SQL-запрос можно передавать только числа, строки, `None` и `bytes`. Превратите "
        "значение в строку, например через `json.dumps(…)`.",
    ),
    _r(
        "RuntimeError",
        r"asyncio.run\(\) cannot be called from a running event loop|"
        r"Cannot run the event loop while another loop is running",
        "`asyncio.run()` вызывают один раз на верхнем уровне программы, а внутри "
        "корутин используют `await`.",
    ),
    _r(
        "RuntimeError",
        r"can't start new thread|can't create new thread",
        "Потоки в браузерном Python недоступны. Для одновременной работы используйте `asyncio`.",
    ),
    _r(
        "RuntimeError",
        r"(dictionary|Set|set) changed size during iteration",
        "Нельзя добавлять или удалять элементы, пока по ним идёт цикл. Перебирайте копию: "
        "`for k in list(d):`.",
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

# Warnings a program can print to stderr without failing: explained for the console.
WARNING_RULES = [
    _r(
        "RuntimeWarning",
        r"coroutine '([\w.<>]+)' was never awaited",
        "Корутину `{1}` создали, но не дождались: вызов `async`-функции без `await` её "
        "не выполняет. Пишите `await {1}(…)` внутри `async def` или `asyncio.run({1}(…))`.",
    ),
]


# Tables the computed suggestions use (suggest.py).

# Names beginners bring from other languages.
NAME_SWAPS = {
    "null": "None",
    "nil": "None",
    "undefined": "None",
    "this": "self",
    "println": "print",
    "printf": "print",
    "echo": "print",
    "length": "len",
    "strlen": "len",
    "scanf": "input",
}


# Modules beginners use without importing them first.
# fmt: off
COMMON_MODULES = {
    "math", "random", "time", "datetime", "json", "os", "sys", "re", "string", "collections",
    "itertools", "functools", "statistics", "sqlite3", "asyncio", "decimal", "fractions", "csv",
    "hashlib", "heapq", "bisect", "calendar", "pathlib", "dataclasses", "unittest", "logging",
    "textwrap", "secrets", "uuid", "base64", "hmac",
}
# fmt: on


# Names beginners bring from other languages, by (type, attribute).
ATTRIBUTE_SWAPS = {
    ("list", "push"): "append",
    ("list", "add"): "append",
    ("list", "length"): "len(…)",
    ("list", "size"): "len(…)",
    ("list", "contains"): "in",
    ("set", "append"): "add",
    ("set", "push"): "add",
    ("str", "length"): "len(…)",
    ("str", "size"): "len(…)",
    ("str", "toUpperCase"): "upper",
    ("str", "toLowerCase"): "lower",
    ("str", "contains"): "in",
    ("str", "trim"): "strip",
    ("dict", "has_key"): "in",
    ("dict", "length"): "len(…)",
    ("dict", "add"): "d[ключ] = значение",
    ("dict", "append"): "d[ключ] = значение",
}

# Whole sentences for attribute mix-ups that a single name cannot fix.
ATTRIBUTE_TIPS = {
    ("str", "append"): ' Строки неизменяемы: соберите новую строку, `s = s + "…"`.',
    ("tuple", "append"): " Кортеж изменить нельзя: храните элементы в списке `[…]`.",
    ("tuple", "remove"): " Кортеж изменить нельзя: храните элементы в списке `[…]`.",
    ("int", "append"): " Число — не список: создайте список, `items = []`, и добавляйте в него.",
    ("int", "isdigit"): " Это уже число: проверять цифры нужно у строки, до `int(…)`.",
    ("float", "isdigit"): " Это уже число: проверять цифры нужно у строки, до `float(…)`.",
}
STR_METHODS = {"split", "lower", "upper", "strip", "replace", "startswith", "endswith", "isdigit"}


KNOWN_KEYWORDS = {
    "print": ["sep", "end", "file", "flush"],
    "sorted": ["key", "reverse"],
    "sort": ["key", "reverse"],
    "max": ["key", "default"],
    "min": ["key", "default"],
    "open": ["mode", "encoding", "newline"],
    "round": ["ndigits"],
    "int": ["base"],
    "split": ["sep", "maxsplit"],
    "enumerate": ["start"],
    "dumps": ["ensure_ascii", "indent", "sort_keys", "default"],
}


CHAR_SWAPS = {
    "—": "-",
    "–": "-",
    "−": "-",
    "×": "*",
    "·": "*",
    "÷": "/",
    "≤": "<=",
    "≥": ">=",
    "≠": "!=",
    "…": "...",
}

"""The catalogue of explanations: the file a teacher edits to improve them.

Each rule is an exception type, a pattern on Python's own message, and a Russian text (at
most two or three sentences: what is wrong and how to fix it, in the learner's own line
where possible). The first matching rule wins, so specific rules come before general ones.
In a text, `{1}`, `{2}`… are the pattern's groups and the names in braces (`{hint}`,
`{shadow}`…) are suggestions computed from the learner's code (see suggest.py), e.g.
" Может быть, вы имели в виду `print`?"; a placeholder nobody computed is empty. A rule
may also look at the learner's line the error points to (`line=`, a pattern whose groups
follow the message's), or fire only when a computed suggestion exists (`needs=`). With
`fix="repair"` it shows the learner's line corrected: `{write}` becomes
" Напишите так: `…`." when the repair (suggest.py) finds a line with which the program
compiles, and nothing otherwise; `needs="fixed"` fires the rule only then.
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
    fix: str | None = None  # a repair (suggest.py) that corrects the line: `{fixed}`, `{write}`


def _r(
    types: str,
    pattern: str,
    text: str,
    *,
    line: str | None = None,
    needs: str | None = None,
    fix: str | None = None,
) -> Rule:
    return Rule(tuple(types.split()), pattern, text, line, needs, fix)


# Libraries the course ships (packages: in a task, site_builder/packages): a task that does
# not declare one cannot import it. The module named is where the library is used
# (tests/test_course.py keeps the titles in step with content/).
def _only_in(library: str, module: str, instead: str) -> str:
    return (
        f"Библиотека {library} подключается только в задачах, которые её используют: это "
        f"модуль «{module}». {instead}"
    )


_FUNCTIONS = "Эту задачу решают без неё."
COURSE_LIBRARIES = {
    "flask": _only_in("Flask", "Flask: веб-приложения", _FUNCTIONS),
    "django": _only_in("Django", "Django", _FUNCTIONS),
    "sqlalchemy": _only_in(
        "SQLAlchemy", "SQLAlchemy: ORM", "Здесь базу данных открывает `sqlite3`."
    ),
    "alembic": _only_in("Alembic", "SQLAlchemy: ORM", _FUNCTIONS),
    "jwt": _only_in(
        "PyJWT",
        "Аутентификация: JWT и пароли",
        "Здесь токен собирают из `base64`, `json` и `hmac`.",
    ),
    "pytest": _only_in(
        "pytest",
        "pytest: тесты, которые пишете вы",
        "Здесь есть `unittest` из стандартной библиотеки.",
    ),
    "pytest_asyncio": _only_in("pytest-asyncio", "pytest: тесты, которые пишете вы", _FUNCTIONS),
    "fakeredis": _only_in(
        "fakeredis", "Redis: кэш, счётчики, очереди", "Здесь кэш — это обычный словарь."
    ),
    "redis": "Сервера Redis в браузере нет: в модуле «Redis: кэш, счётчики, очереди» его "
    "заменяет fakeredis, а здесь кэш — это обычный словарь.",
    "starlette": _only_in("Starlette", "ASGI: Starlette и httpx", _FUNCTIONS),
    "httpx": "Библиотека httpx подключается только в задачах модуля «ASGI: Starlette и httpx», "
    "и даже там она не выходит в сеть. Здесь запросы и ответы — словари.",
}

# Modules a beginner may try that the browser trainer cannot provide at all.
_BOTS = "Telegram-ботов в тренажёре не запустить: логику бота пишут как обычные функции."
_HTTP = (
    "Программа в браузере не выходит в интернет, поэтому {0} здесь нет: в задачах запросы и "
    "ответы — словари."
)
_DATABASE = (
    "Сервера базы данных в браузере нет, поэтому {0} здесь не работает: SQL пишут для "
    "`sqlite3` из стандартной библиотеки."
)
_CONSOLE = "Окон и графики в браузерном Python нет: программа общается через `input` и `print`."
MISSING_MODULES = {
    "requests": _HTTP.format("requests"),
    "urllib3": _HTTP.format("urllib3"),
    "aiohttp": _HTTP.format("aiohttp"),
    "fastapi": "FastAPI здесь нет, но есть Starlette, на которой он построен: она подключается "
    "в задачах модуля «ASGI: Starlette и httpx».",
    "telebot": _BOTS,
    "aiogram": _BOTS,
    "telegram": _BOTS,
    "bcrypt": "bcrypt здесь нет: используйте `hashlib` и `hmac`.",
    "psycopg2": _DATABASE.format("psycopg2"),
    "psycopg": _DATABASE.format("psycopg"),
    "pymysql": _DATABASE.format("PyMySQL"),
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

_BLOCK = r"if|elif|else|for|while|def|class|try|except|finally|with|async|match|case"
_OPERATOR_END = r"(?:[-+*/%<>=!&|^@]=?|\*\*|//|\band|\bor|\bnot|\bin|\bis)"

SYNTAX_RULES = [
    # Text that is not Python at all: terminal commands, the interpreter's prompt, prose.
    _r(
        "SyntaxError",
        r"",
        "Это команда для терминала, а не код на Python: удалите эту строку. В тренажёре "
        "ничего устанавливать не нужно: программа запускается кнопкой «Запустить», а "
        "библиотеки, которые нужны задаче, подключаются сами.",
        line=r"^\s*(?:\$\s*)?(?:pip3?|python3?|py|conda)\s+(?:-\w|install\b|uninstall\b|\S+\.py\b)",
    ),
    _r(
        "SyntaxError",
        r"",
        "Строка скопирована из интерактивного Python вместе с приглашением `{1}`: в "
        "программе его не пишут, уберите его.{write}",
        line=r"^\s*(>>>|\.\.\.)\s+(?=[\w(\[{'\"#])",
        fix="strip_prompt",
    ),
    _r(
        "SyntaxError",
        r"^invalid syntax",
        "Похоже, это обычный текст, а не команда Python. Если это пояснение, начните строку "
        'с `#` — это комментарий; если текст нужно вывести, напишите `print("…")`.',
        line=rf"^\s*(?!(?:{_KEYWORDS}|print)\b)[^\W\d_][\w'’]*(?:[ \t]+[^\W\d_][\w'’-]*){{2,}}"
        r"[ \t]*[.!?,:;]*\s*$",
    ),
    # The Russian keyboard layout and Cyrillic look-alike letters.
    _r(
        "SyntaxError",
        r"",
        "Похоже, часть строки набрана в русской раскладке: вместо знака стоит буква `{name}` "
        "с той же клавиши. Переключите раскладку на английскую.{write}",
        line=r"(?<=[A-Za-z0-9_)\]}'\"])([ЖжбюБЮЭэ])(?![А-Яа-яЁё])|(?<=[\s(=,\[])([Ээ])(?=\S)",
        fix="layout",
        needs="fixed",
    ),
    _r(
        "SyntaxError",
        r"",
        "В слове `{1}` смешаны русские и латинские буквы (например, русская «е» вместо "
        "латинской «e»). Наберите его заново в английской раскладке.{write}",
        line=r"\b((?=\w*[А-Яа-яЁё])(?=\w*[A-Za-z])\w+)\b",
        fix="translit",
        needs="fixed",
    ),
    _r(
        "SyntaxError",
        r"",
        "Умножение в Python записывают звёздочкой `*`, а не буквой `х`.{write}",
        line=r"[\w)]\s*[хХ×·]\s*[\d(]|\d\s+[xX]\s+\d",
        fix="times",
        needs="fixed",
    ),
    _r(
        "SyntaxError",
        r"^invalid syntax$",
        "Пробелы внутри числа не ставят: Python видит несколько чисел подряд. Разряды можно "
        "разделять подчёркиванием.{write}",
        line=r"\b\d{1,3}(?:[ \t]\d{3})+\b",
        fix="thousands",
    ),
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
        "Функцию в Python объявляют словом `def`, а её тело выделяют двоеточием и отступом, "
        "без фигурных скобок: `def {1}():`.",
        line=r"^\s*function\s+(\w+)",
    ),
    _r(
        "SyntaxError",
        r"invalid syntax|unmatched '\}'",
        "Блоки в Python выделяют не фигурными скобками, а двоеточием в конце строки и "
        "отступом в 4 пробела у строк блока.{write}",
        line=r"^\s*(?:\}\s*)?(?:if|elif|else|for|while|def|class|try|except)\b.*\{\s*$|^\s*\}\s*$",
        fix="brace_block",
    ),
    _r(
        "SyntaxError",
        r"expected ':'|invalid syntax",
        "После `else` условие не пишут: это ветка «во всех остальных случаях». Если нужно "
        "условие, используйте `elif`.{write}",
        line=r"^\s*else\s+[^\s:]",
        fix="else_elif",
    ),
    _r(
        "SyntaxError",
        r"invalid syntax",
        "`else` пишут на отдельной строке, под `if`, а не в той же строке. Для короткой записи "
        "есть условное выражение: `print(a if a > b else b)`.",
        line=r"^\s*if\b.*:.*\belse\s*:",
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
        r"^invalid syntax$",
        "`{1}` пишется сразу после блока `try:` на том же уровне отступа. Проверьте, что "
        "выше есть `try:` и что отступы у `try` и `{1}` совпадают.",
        line=r"^\s*(except|finally)\b",
    ),
    _r(
        "SyntaxError",
        r"invalid syntax",
        "В Python логические операции пишутся словами: `and` вместо `&&`, `or` вместо "
        "`||`, `not` вместо `!`.{write}",
        line=r"&&|\|\||(?:^|[\s(])!(?=[\w(])",
        fix="operators",
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
        "Знака `<>` в Python нет: «не равно» записывают как `!=`.{write}",
        line=r"<>",
        fix="operators",
    ),
    _r(
        "SyntaxError",
        r"",
        "Переменные в Python не объявляют: слово `{1}` перед именем не нужно, переменная "
        "появляется, когда ей присваивают значение.{write}",
        line=r"(?:^\s*|\bif\s+|\bwhile\s+|\(\s*)(var|let|const|int|float|double|string|String|str"
        r"|auto|char|bool|boolean)\s+[A-Za-z_]\w*\s*(?::=|=(?!=))",
        fix="declaration",
    ),
    _r(
        "SyntaxError",
        r"invalid syntax",
        "`{1}` — ключевое слово Python, его нельзя взять именем переменной. Выберите "
        "другое имя.{write}",
        line=rf"^\s*({_KEYWORDS})\s*=(?!=)",
        fix="keyword_name",
    ),
    _r(
        "SyntaxError",
        r"invalid syntax",
        "`{1}` — ключевое слово Python, его нельзя взять именем атрибута. Назовите атрибут "
        "иначе.{write}",
        line=rf"\w\.\s*({_KEYWORDS})\b",
        fix="keyword_name",
    ),
    _r(
        "SyntaxError",
        r"",
        "Так исключение вызывали в Python 2. Теперь сообщение передают в скобках.{write}",
        line=r"^\s*raise\s+[\w.]+\s*,",
        fix="raise_args",
    ),
    # `def` lines.
    _r(
        "SyntaxError",
        r"invalid syntax",
        "После двоеточия в конце строки ничего не ставят: уберите `{1}`.{write}",
        line=rf"^\s*(?:{_BLOCK})\b.*:\s*([;.,])\s*(?:#.*)?$",
        fix="colon",
    ),
    _r(
        "SyntaxError",
        r"",
        "После `def` нужно имя функции, а потом скобки с параметрами.{write}",
        line=r"^\s*(?:async\s+)?def\s*[(:]",
        fix="def_params",
    ),
    _r(
        "SyntaxError",
        r"",
        "`{1}` — ключевое слово Python, им нельзя назвать функцию. Выберите другое имя.{write}",
        line=rf"^\s*(?:async\s+)?def\s+({_KEYWORDS})\s*\(",
        fix="def_params",
    ),
    _r(
        "SyntaxError",
        r"",
        "Имя функции пишется без кавычек.{write}",
        line=r"^\s*(?:async\s+)?def\s+['\"]",
        fix="def_params",
    ),
    _r(
        "SyntaxError",
        r"",
        "Имя функции не может начинаться с цифры: перенесите цифры в конец или замените их "
        "буквами.{write}",
        line=r"^\s*(?:async\s+)?def\s+\d",
        fix="def_params",
    ),
    _r(
        "SyntaxError",
        r"",
        "В имени функции не может быть точки: Python прочитал бы её как обращение к "
        "атрибуту.{write}",
        line=r"^\s*(?:async\s+)?def\s+\w+\.",
        fix="def_params",
    ),
    _r(
        "SyntaxError",
        r"invalid syntax",
        "`{1}` — ключевое слово Python, им нельзя назвать параметр. Выберите другое имя.{write}",
        line=rf"^\s*(?:async\s+)?def\s+\w+\s*\((?:.*[,*])?\s*({_KEYWORDS})\s*[,)=:]",
        fix="def_params",
    ),
    _r(
        "SyntaxError",
        r"",
        "После `**` нужно имя параметра, например `**kwargs`.{write}",
        line=r"^\s*(?:async\s+)?def\s+\w+\s*\(.*\*\*\s*[,)]",
        fix="def_params",
    ),
    _r(
        "SyntaxError",
        r"named arguments must follow bare \*",
        "После одиночной `*` должны идти именованные параметры, например "
        "`def f(*, key):`. Если их нет, уберите `*`.{write}",
        fix="def_params",
    ),
    _r(
        "SyntaxError",
        r"arguments cannot follow var-keyword argument|/ must be ahead of \*|"
        r"argument may appear only once|/ may appear only once",
        "Параметры в `def` идут в таком порядке: обычные, `/`, `*args` (или одиночная `*`), "
        "именованные и последним `**kwargs`; каждый из знаков — не больше одного раза.{write}",
        fix="def_params",
    ),
    _r(
        "SyntaxError",
        r"^invalid syntax$",
        "Параметры в `def` идут в таком порядке: обычные, `/`, `*args` (или одиночная `*`), "
        "именованные и последним `**kwargs`; каждый из знаков — не больше одного раза.{write}",
        line=r"^\s*(?:async\s+)?def\s+\w+\s*\([^)]*(?:\*|/)[^)]*(?:\*|/)",
        fix="def_params",
        needs="fixed",
    ),
    _r(
        "SyntaxError",
        r"^invalid syntax",
        "Параметры в `def` разделяют запятыми.{write}",
        line=r"^\s*(?:async\s+)?def\s+\w+\s*\([^)]*?[A-Za-z_]\w*\s+[A-Za-z_]\w*",
        fix="def_params",
    ),
    _r(
        "SyntaxError",
        r"invalid syntax",
        "В скобках `def` через запятую перечисляют только имена параметров (можно со "
        "значением по умолчанию: `b=1`), без чисел, строк, скобок и знаков операций. "
        "Значения передают при вызове функции.{write}",
        line=r"^\s*(?:async\s+)?def\s+\w+\s*\(",
        fix="def_params",
        needs="fixed",
    ),
    _r(
        "SyntaxError",
        r"expected '\('",
        "После имени функции в `def` нужны скобки с параметрами, даже пустые.{write}",
        fix="def_params",
    ),
    _r(
        "SyntaxError",
        r"Function parameters cannot be parenthesized",
        "Параметр функции — одно имя, кортеж в скобках им быть не может. Назовите параметр "
        "одним именем, например `pair`, а внутри функции разберите его: `{1} = pair`.",
        line=r"\(\s*([\w\s,]+?)\s*\)\s*[,)]",
    ),
    _r(
        "SyntaxError",
        r"Lambda expression parameters cannot be parenthesized",
        "Параметры `lambda` пишут без скобок.{write}",
        fix="lambda",
    ),
    _r(
        "SyntaxError",
        r"invalid syntax",
        "После двоеточия в `lambda` сразу пишут значение, без `return`.{write}",
        line=r"lambda[^:]*:\s*return\b",
        fix="lambda",
    ),
    # Statements without what they need.
    _r(
        "SyntaxError",
        r"",
        "После `class` нужно имя класса, например `class Cat:`.",
        line=r"^\s*class\s*[:(]",
    ),
    _r(
        "SyntaxError",
        r"",
        "После `{1}` нужно условие, которое Python будет проверять, например `{1} x > 0:`.",
        line=r"^\s*(if|elif|while)\s*:",
    ),
    _r(
        "SyntaxError",
        r"",
        "После `for` пишут переменную и то, что перебирать: `for i in range(10):`.",
        line=r"^\s*for\s*:",
    ),
    _r(
        "SyntaxError",
        r"invalid syntax",
        "В цикле `for` пропущено слово `in`.{write}",
        line=r"^\s*for\s+\w+(?:\s*,\s*\w+)*\s+(?!in\b)\w",
        fix="for_in",
    ),
    _r(
        "SyntaxError",
        r"",
        "Аргументы `range` пишут в скобках.{write}",
        line=r"\brange\s+[\w(-]",
        fix="range_parens",
    ),
    # Imports.
    _r(
        "SyntaxError",
        r"invalid syntax|Expected one or more names after 'import'",
        "После `import` нужно написать имя модуля, например `import math`.",
        line=r"^\s*(?:import|from)\s*$",
    ),
    _r(
        "SyntaxError",
        r"invalid syntax|from \.\.\. import",
        "Имя из модуля импортируют так: сначала `from` и модуль, потом `import` и имя.{write}",
        line=r"^\s*import\s+.+\s+from\s+",
        fix="import_from",
    ),
    _r(
        "SyntaxError",
        r"",
        "В `import` имена перечисляют через запятую, а `and` — логическая операция.{write}",
        line=r"^\s*(?:from\s+\S+\s+)?import\b.*\band\b",
        fix="import_names",
    ),
    _r(
        "SyntaxError",
        r"trailing comma not allowed|invalid syntax",
        "После последнего имени в `import` стоит лишняя запятая.{write}",
        line=r"^\s*(?:from\s+\S+\s+)?import\b.*,\s*(?:#.*)?$",
        fix="import_names",
    ),
    _r(
        "SyntaxError",
        r"",
        "`as` переименовывает одно имя: `from math import sin as s`. Уберите скобки и `as` "
        "или импортируйте каждое имя отдельной строкой.",
        line=r"^\s*from\s+\S+\s+import\s*\(.*\)\s*as\b",
    ),
    _r(
        "SyntaxError",
        r"",
        "После `as` нужно новое имя: `import math as m`. Если переименовывать не нужно, "
        "уберите `as`.",
        line=r"^\s*(?:from\s+\S+\s+)?import\b.*\bas\s*(?:#.*)?$",
    ),
    _r(
        "SyntaxError",
        r"not a chance",
        "Это шутка разработчиков Python: блоки здесь выделяют отступами, а не фигурными "
        "скобками, и так будет всегда. Удалите эту строку.",
    ),
    _r(
        "SyntaxError",
        r"future feature (\S+) is not defined",
        "В `__future__` нет возможности `{1}`.{future_hint} В Python 3 эти строки обычно не "
        "нужны: её можно удалить.",
    ),
    _r(
        "SyntaxError",
        r"from __future__ imports must occur at the beginning",
        "Строка `from __future__ import …` должна быть первой в программе (выше можно "
        "только комментарии): перенесите её в начало.",
    ),
    # Assignment: what may stand on the left of `=`.
    _r(
        "SyntaxError",
        r"Missing parentheses in call to '(\w+)'",
        "В Python 3 `{1}` — это функция: аргументы пишутся в скобках, а текст — в "
        'кавычках, например `{1}("Привет")`.{write}',
        fix="print_parens",
    ),
    _r(
        "SyntaxError",
        r"cannot (?:assign to|use assignment expressions with) (True|False|None|__debug__)",
        "`{1}` — встроенное значение Python, ему нельзя присвоить другое. Выберите другое "
        "имя для переменной.",
    ),
    _r(
        "SyntaxError",
        r"cannot assign to|invalid syntax|expression cannot contain assignment",
        "В словаре ключ и значение разделяет двоеточие, а не `=`.{write}",
        line=r"""\{[^{}]*(?:'[^']*'|"[^"]*"|\d)\s*=(?!=)""",
        fix="dict_colon",
    ),
    _r(
        "SyntaxError",
        r"cannot assign to",
        "Между `for` и `in` пишут имя переменной без кавычек: в неё по очереди попадают "
        "элементы.{write}",
        line=r"^\s*for\s",
        fix="for_target",
    ),
    _r(
        "SyntaxError",
        r"cannot assign to expression",
        "В имени переменной нельзя ставить дефис: Python читает его как минус. Соедините "
        "слова подчёркиванием.{write}",
        line=r"^\s*[A-Za-z_]\w*(?:-[A-Za-z_]\w*)+\s*=(?!=)",
        fix="hyphen",
    ),
    _r(
        "SyntaxError",
        r"invalid syntax",
        "Знаки сравнения пишут так: `<=` и `>=` (сначала `<` или `>`, потом `=`).{write}",
        line=r"=[<>]",
        fix="operators",
    ),
    _r(
        "SyntaxError",
        r"invalid syntax",
        "«Не равно» пишут так: `!=` (сначала `!`, потом `=`).{write}",
        line=r"=!(?!=)",
        fix="operators",
    ),
    _r(
        "SyntaxError",
        r"cannot assign to (?:literal|expression|function call|comparison|conditional|attribute"
        r"|subscript|\w+ display|\w+ literal|f-string|ellipsis)|Maybe you meant '=='|"
        r"^invalid syntax$",
        "В условии `{1}` значения сравнивают знаком `==`, а одиночный `=` — это "
        "присваивание.{write}",
        line=r"^\s*(if|elif|while)\b.*(?<![=!<>:+\-*/%&|^@])=(?!=)",
        fix="equals",
    ),
    _r(
        "SyntaxError",
        r"cannot assign to literal",
        "Присваивание пишут так: слева имя переменной, справа значение, а здесь наоборот: "
        "`{1}`.{write}",
        line=r"""^\s*((?:\d[\w.]*|'[^']*'|"[^"]*")\s*=(?!=)\s*[A-Za-z_]\w*)\s*(?:#.*)?$""",
        fix="swap",
    ),
    _r(
        "SyntaxError",
        r"expression cannot contain assignment",
        "Слева от `=` в скобках вызова пишут имя параметра — без кавычек, точек и "
        "выражений. Если вы хотели сравнить значения, пишите `==`.{write}",
        fix="kwarg_name",
    ),
    _r(
        "SyntaxError",
        r"Maybe you meant '==' or ':=' instead of '='",
        "Внутри выражения `=` не пишут: для сравнения нужен `==`, а чтобы присвоить "
        "значение, напишите присваивание отдельной строкой.{write}",
        fix="equals",
    ),
    _r(
        "SyntaxError",
        r"cannot assign to (?:literal|expression|function call|comparison|conditional|attribute"
        r"|subscript|\w+ display|\w+ literal|f-string|ellipsis|yield|generator|lambda|await"
        r"|named expression|set|dict|tuple)",
        "Слева от `=` может стоять только имя переменной (или элемент `items[0]`, атрибут "
        "`obj.x`), а здесь `{target}`. Напишите слева имя, например `x = …`; если вы хотели "
        "сравнить значения, используйте `==`.",
        needs="target",
    ),
    _r(
        "SyntaxError",
        r"cannot assign to",
        "Слева от `=` может стоять только имя переменной (или элемент `items[0]`, атрибут "
        "`obj.x`). Напишите слева имя, например `x = …`.",
    ),
    _r(
        "SyntaxError",
        r"cannot use assignment expressions with",
        "Слева от `:=` должно стоять имя переменной: `(n := 10)`. Для сравнения используйте `==`.",
    ),
    _r(
        "SyntaxError",
        r"invalid syntax",
        "`:=` пишут только внутри выражения (например, в условии `if`). Для обычного "
        "присваивания нужен `=`.{write}",
        line=r"^\s*[A-Za-z_][\w.]*\s*:=",
        fix="walrus",
    ),
    _r(
        "SyntaxError",
        r"cannot rebind (?:comprehension iteration variable|assignment expression target) '(\w+)'",
        "Внутри генератора списка `:=` не может менять переменную цикла `{1}`. Дайте "
        "результату `:=` другое имя.",
    ),
    _r(
        "SyntaxError",
        r"starred assignment target must be in a list or tuple",
        "Звёздочка перед именем собирает «остальные» значения и работает только рядом с "
        "другими переменными: `first, *rest = items`. Здесь она не нужна.{write}",
        fix="unstar",
    ),
    _r(
        "SyntaxError",
        r"",
        "`del` удаляет переменную, элемент списка или ключ словаря: `del x`, `del items[0]`, "
        "`del d['key']`. Значение, вызов функции или выражение удалить нельзя.",
        line=r"^\s*del\b",
    ),
    _r(
        "SyntaxError",
        r"starred expression in a dictionary value",
        "Значение в словаре — одно выражение, распаковка `*` в нём не работает.{write}",
        fix="unstar",
    ),
    _r(
        "SyntaxError",
        r"can(?:'t|not) use starred expression here",
        "Звёздочку `*` пишут только при распаковке: `print(*items)` или "
        "`first, *rest = items`. Здесь уберите её.",
    ),
    _r(
        "SyntaxError",
        r"iterable unpacking cannot be used in comprehension",
        "В генераторе списка `*` не распаковывает: уберите звёздочку. Чтобы склеить "
        "вложенные списки, используйте два `for`: `[y for x in xs for y in x]`.",
    ),
    # `global` and `nonlocal`.
    _r(
        "SyntaxError",
        r"(?:assigned to before|used prior to) (?:global|nonlocal) declaration|"
        r"nonlocal declaration not allowed at module level",
        "`{1}` пишут только внутри функции, а на верхнем уровне программы переменные и "
        "так общие. Удалите эту строку.",
        line=r"^(global|nonlocal)\b",
    ),
    _r(
        "SyntaxError",
        r"name '(\w+)' is (?:assigned to before|used prior to) (global|nonlocal) declaration",
        "Строка `{2} {1}` должна стоять в начале функции, до первого использования `{1}`.",
    ),
    _r(
        "SyntaxError",
        r"name '(\w+)' is parameter and (global|nonlocal)",
        "`{1}` — параметр функции, он и так доступен внутри неё. Удалите строку `{2} {1}` "
        "или переименуйте параметр.",
    ),
    _r(
        "SyntaxError",
        r"name '(\w+)' is nonlocal and global",
        "Переменная `{1}` не может быть одновременно `global` и `nonlocal`: оставьте одно "
        "из объявлений.",
    ),
    _r(
        "SyntaxError",
        r"no binding for nonlocal '(\w+)' found",
        "`nonlocal {1}` ищет переменную `{1}` во внешней функции, а там её нет. Создайте её "
        "во внешней функции или, если это переменная всей программы, напишите `global {1}`.",
    ),
    _r(
        "SyntaxError",
        r"annotated name '(\w+)' can't be (global|nonlocal)",
        "Переменную из строки `{2} {1}` нельзя аннотировать типом: уберите аннотацию.{write}",
        fix="unannotate",
    ),
    # Brackets, commas and operators.
    _r(
        "SyntaxError",
        r"Perhaps you forgot a comma",
        "Функцию вызывают круглыми скобками, а квадратные — для индексов.{write}",
        line=r"[A-Za-z_]\w*\[[^\]]*\bfor\b",
        fix="call_parens",
        needs="fixed",
    ),
    _r(
        "SyntaxError",
        r"Perhaps you forgot a comma",
        "Между двумя значениями ничего нет: возможно, пропущена запятая (или знак "
        "операции).{write}",
        fix="comma",
    ),
    _r(
        "SyntaxError",
        r"'(.)' was never closed",
        "Скобка `{1}` открыта, но не закрыта. Поставьте парную закрывающую скобку там, где "
        "заканчивается выражение (часто её забывают в конце строки с `print(` или `int(`)."
        "{write}",
        fix="close_open",
    ),
    _r(
        "SyntaxError",
        r"^invalid syntax$",
        "Скобка `{unclosed}` в строке {unclosed_line} открыта, но не закрыта, поэтому Python "
        "читает следующие строки как её продолжение. Закройте её: `{unclosed_fixed}`.",
        needs="unclosed",
    ),
    _r(
        "SyntaxError",
        r"invalid syntax",
        "Элементы списка и аргументы функции разделяются запятыми, а не `;`.{write}",
        line=r"[(\[{][^)\]}]*;",
        fix="not_in_brackets",
        needs="fixed",
    ),
    _r(
        "SyntaxError",
        r"invalid syntax",
        "В числе может быть только одна точка: она отделяет дробную часть. Если это номер "
        "версии или дата, запишите их строкой: `'{1}'`.",
        line=r"(?<![\w.])(\d+\.\d+\.[\d.]+)",
    ),
    _r(
        "SyntaxError",
        r"invalid syntax",
        "В срезе не больше двух двоеточий: `s[начало:конец:шаг]`.",
        line=r"\[[^\]]*:[^\]]*:[^\]]*:",
    ),
    _r(
        "SyntaxError",
        r"invalid syntax|forgot a comma",
        "Текст в Python пишут в кавычках, иначе слова считаются именами переменных, а "
        "знаки — операциями.{write}",
        line=r"\bprint\s*\([^\"'()]*[^\W\d][^\"'()]*[!?.,:;][^\"'()]*\)",
        fix="quote_text",
        needs="fixed",
    ),
    _r(
        "SyntaxError",
        r"invalid syntax",
        "Две запятые подряд: между ними нет значения. Уберите лишнюю.{write}",
        line=r",\s*,",
        fix="double_comma",
    ),
    _r(
        "SyntaxError",
        r"invalid syntax",
        "После точки должно идти имя метода или атрибута, а здесь сразу скобка.{write}",
        line=r"\w\.\s*\(",
        fix="dot_paren",
    ),
    _r(
        "SyntaxError",
        r"invalid syntax",
        "После `{1}` нужно полное сравнение, с левой частью: Python не подставит её сам.{write}",
        line=r"\b(and|or)\s*(?:<=|>=|==|!=|<|>)",
        fix="and_operand",
    ),
    _r(
        "SyntaxError",
        r"invalid syntax",
        "В Python значения сравнивают двумя знаками: `==` (а `is` проверяет, что это один и "
        "тот же объект).{write}",
        line=r"[=!]==",
        fix="operators",
    ),
    _r(
        "SyntaxError",
        r"invalid syntax",
        "Степень — это две звёздочки `**`, слитно; умножение — одна `*`.{write}",
        line=r"\*\s+\*|\*{3,}",
        fix="operators",
    ),
    _r(
        "SyntaxError",
        r"invalid syntax",
        "Составной знак пишется слитно, без пробела и без второго `=`: `+=`, `-=`, `/=`, "
        "`==`.{write}",
        line=r"(?:\*\*|//|>>|<<|[-+*/%@&|^=])\s+=|[-+*/%]=\s*=",
        fix="operators",
    ),
    _r(
        "SyntaxError",
        r"invalid syntax",
        "Два знака операции подряд: `{1}`. Оставьте один из них или допишите значение между "
        "ними.{write}",
        line=r"([-+%]\s*[*/%]|\*\s*[/%]|/\s*[*%]|/\s+/|%%|\^\^)",
        fix="operators",
    ),
    _r(
        "SyntaxError",
        r"invalid syntax|f-string",
        "После знака `{1}` нет значения: допишите его или уберите знак.{write}",
        line=r"([-+*/%])\s*[)\]}]",
        fix="drop_operator",
    ),
    _r(
        "SyntaxError",
        r"unexpected character after line continuation",
        "Деление записывают косой чертой `/`. Обратная косая черта `\\` вне кавычек "
        "означает перенос строки.{write}",
        line=r"[\w)\]]\s*\\\s*[\w(]",
        fix="backslash_divide",
    ),
    _r(
        "SyntaxError",
        r"unexpected character after line continuation",
        "Обратная косая черта `\\` вне кавычек означает перенос строки, и после неё в "
        "строке ничего не пишут. Если это текст или спецсимвол вроде `\\t`, возьмите его в "
        "кавычки.",
    ),
    _r(
        "SyntaxError",
        r"invalid syntax",
        "Обратные кавычки (символ с клавиши Ё) в Python не используются: строки берут в "
        "обычные кавычки, `'текст'`, а число пишут без кавычек.",
        line=r"`",
    ),
    # Comprehensions and conditional expressions.
    _r(
        "SyntaxError",
        r"expected 'else' after 'if' expression",
        "В генераторе списка условие-фильтр пишут в конце, после `for`.{write} Если нужно "
        "значение «иначе», допишите `else`: `[f(x) if c else y for x in s]`.",
        line=r"\bif\b.*\bfor\b",
        fix="comprehension",
    ),
    _r(
        "SyntaxError",
        r"expected 'else' after 'if' expression",
        "В выражении `a if условие else b` ветка `else` обязательна: допишите, какое "
        "значение взять, когда условие ложно.{write}",
        fix="add_else",
    ),
    _r(
        "SyntaxError",
        r"invalid syntax",
        "Условие с `else` в генераторе списка пишут перед `for`, а фильтр без `else` — "
        "после.{write}",
        line=r"\bfor\b.*\bif\b.*\belse\b",
        fix="comprehension",
    ),
    _r(
        "SyntaxError",
        r"did you forget parentheses around the comprehension target",
        "Если в генераторе получается пара значений, её берут в скобки.{write}",
        fix="comprehension",
    ),
    _r(
        "SyntaxError",
        r"Generator expression must be parenthesized",
        "Если у функции кроме генератора есть другие аргументы, генератор берут в свои "
        "скобки: `f((x for x in items), 1)`.",
    ),
    _r(
        "SyntaxError",
        r"^invalid syntax$",
        "`for` с двоеточием и блоком нельзя писать внутри скобок. В генераторе списка "
        "`for` идёт после выражения и без двоеточия: `[i**2 for i in items]`.",
        line=r"^\s*for\b.*:\s*(?:#.*)?$",
        needs="inside_brackets",
    ),
    # Strings and characters.
    _r(
        "SyntaxError",
        r"unterminated triple-quoted string",
        "Строка в тройных кавычках не закрыта: поставьте в её конце такие же три кавычки.",
    ),
    _r(
        "SyntaxError",
        r"perhaps you escaped the end quote",
        r"Обратная косая черта `\` перед кавычкой делает кавычку частью текста, и строка "
        r"не закрывается. Удвойте черту или пишите пути через `/`.{write}",
        fix="quotes",
    ),
    _r(
        "SyntaxError",
        r"unterminated string literal|EOL while scanning",
        r"Обратная косая черта `\` перед кавычкой делает кавычку частью текста, и строка "
        r"не закрывается. Удвойте черту или пишите пути через `/`.{write}",
        line=r"\\['\"]\s*\)?\s*$",
        fix="quotes",
    ),
    _r(
        "SyntaxError",
        r"unterminated (?:f-)?string literal|EOL while scanning",
        "Строка не закрыта: у каждой открывающей кавычки должна быть парная такого же вида. "
        'Если кавычка есть внутри текста, возьмите весь текст в другие: `"It\'s"`.{write}',
        fix="quotes",
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
        r"closing parenthesis '.' does not match opening parenthesis '\{'",
        "В f-строке открыта фигурная скобка `{{`, но не закрыта: выражение пишется целиком "
        "внутри `{{…}}`.{write}",
        line=r"\b[fF][rR]?['\"]",
        fix="close_brace",
    ),
    _r(
        "SyntaxError",
        r"closing parenthesis '(.)' does not match opening parenthesis '(.)'",
        "Скобки перепутаны: открыта `{2}`, а закрывается `{1}`. Закрывайте скобку тем же "
        "видом, каким открыли.{write}",
        fix="mismatch",
    ),
    _r(
        "SyntaxError",
        r"invalid character '([“”„«»‘’″′])'",
        "Кавычка `{1}` — типографская: такие попадают в код при копировании из Word, "
        "мессенджера или с сайта. Замените её обычной кавычкой с клавиатуры.{write}",
        fix="chars",
    ),
    _r(
        "SyntaxError",
        r"invalid character '([‹›‚¾½¼⁄])'|invalid decimal literal",
        "Символ `{name}` только похож на знак с клавиатуры (такие попадают в код при "
        "копировании текста). Наберите это место заново.{write}",
        line=r"()(?:\d([‹›‚¾½¼⁄]))?",
        fix="chars",
        needs="fixed",
    ),
    _r(
        "SyntaxError",
        r"invalid character '(.)' \(U\+([0-9A-F]+)\)",
        "Символа `{1}` нет в синтаксисе Python: обычно он попадает в код при копировании "
        "текста.{char_hint}{write}",
        fix="chars",
    ),
    _r(
        "SyntaxError",
        r"invalid non-printable character",
        "В строке есть невидимый символ (например, неразрывный пробел из скопированного "
        "текста). Удалите пробелы вокруг указанного места и наберите их заново.{write}",
        fix="chars",
    ),
    # Numbers.
    _r(
        "SyntaxError",
        r"leading zeros",
        "Целое число не может начинаться с нуля.{write}",
        fix="leading_zero",
    ),
    _r(
        "SyntaxError",
        r"invalid hexadecimal literal",
        "В шестнадцатеричном числе (`0x…`) бывают только цифры 0–9 и буквы a–f. Исправьте "
        "число или уберите `0x`, если это не шестнадцатеричная запись.",
    ),
    _r(
        "SyntaxError",
        r"invalid (?:digit '(.)' in )?octal literal",
        "В восьмеричном числе (`0o…`) бывают только цифры 0–7. Если нужно обычное число, "
        "уберите `0o`.",
    ),
    _r(
        "SyntaxError",
        r"invalid (?:digit '(.)' in )?binary literal",
        "В двоичном числе (`0b…`) бывают только цифры 0 и 1. Если нужно обычное число, "
        "уберите `0b`.",
    ),
    _r(
        "SyntaxError",
        r"invalid decimal literal",
        "Мнимую единицу в Python обозначают буквой `j`, а не `i`.{write}",
        line=r"\d[iI]\b",
        fix="imaginary",
    ),
    _r(
        "SyntaxError",
        r"invalid decimal literal",
        "После `e` в записи числа нужна степень: `1e3` — это 1000. Если `e` — переменная, "
        "поставьте знак умножения: `1 * e`.",
        line=r"(?<![\w.])\d+(?:\.\d*)?[eE](?![\d+-]|\w)",
    ),
    _r(
        "SyntaxError",
        r"invalid (?:decimal|imaginary) literal",
        "Имя переменной не может начинаться с цифры: `{1}` Python читает как число `{2}` с "
        "лишними буквами (а произведение пишут со знаком: `{2} * {3}`). Перенесите цифры в "
        "конец имени.{write}",
        line=r"^\s*((\d+)([A-Za-z_]\w*))\s*=(?!=)",
        fix="digits_last",
    ),
    _r(
        "SyntaxError",
        r"invalid (?:decimal|imaginary) literal",
        "Между числом и именем нужен знак операции: умножение в Python само не "
        "подразумевается.{write}",
        fix="number_name",
        needs="fixed",
    ),
    _r(
        "SyntaxError",
        r"invalid decimal literal|invalid digit|invalid \w+ literal",
        "Неправильное число: в числе не бывает букв, а имя переменной не может начинаться с "
        "цифры. Переименуйте переменную (`x2`, а не `2x`) или поставьте между числом и "
        "именем знак операции: `2 * x`.",
    ),
    # Blocks.
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
        r"multiple exception types must be parenthesized",
        "Несколько типов исключений в `except` перечисляют в скобках.{write}",
        fix="except_parens",
    ),
    _r(
        "SyntaxError",
        r"expected ':'|^invalid syntax$",
        "Вместо двоеточия в конце строки стоит точка с запятой.{write}",
        line=rf"^\s*(?:{_BLOCK})\b.*;\s*(?:#.*)?$",
        fix="colon",
    ),
    _r(
        "SyntaxError",
        r"expected ':'",
        "В конце строки с `{1}` нужно поставить двоеточие `:`.{write}",
        line=rf"^\s*({_BLOCK})\b",
        fix="colon",
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
        'внутри `{{…}}`, например `f"{{name}}"`.{write}',
        fix="close_brace",
    ),
    _r(
        "SyntaxError",
        r"f-string",
        "Внутри `{{…}}` f-строки пишут одно выражение, и `**` в нём не работает. Выведите "
        'значение целиком, `f"{{k}}"`, или по ключу: `f"{{k[\'a\']}}"`.',
        line=r"\{\s*\*",
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
        r"'b' and 'f' prefixes are incompatible|invalid syntax",
        "Строка не может быть одновременно байтовой (`b`) и f-строкой (`f`): оставьте `f`.{write}",
        line=r"\b(?:[bB][fF]|[fF][bB])['\"]",
        fix="bytes_fstring",
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
        r"':' expected after dictionary key",
        "В словаре после каждого ключа нужны двоеточие и значение: `{{1: 2, 3: 4}}`. Если "
        "значения не нужны, это множество — тогда двоеточий не должно быть вовсе: `{{1, 3}}`.",
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
        r"too many statically nested blocks",
        "Слишком много вложенных друг в друга блоков (Python разрешает не больше 20). "
        "Вынесите внутренние части в отдельные функции.",
    ),
    _r(
        "SyntaxError",
        r"too many nested parentheses",
        "Слишком много скобок внутри скобок (Python разрешает не больше 200). Разбейте "
        "выражение на части и сохраните их в переменные.",
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
    # The last guesses before the general explanation.
    _r(
        "SyntaxError",
        r"invalid syntax",
        "Похоже на опечатку: может быть, вместо `{typo}` нужно `{keyword}`? Тогда строка "
        "будет такой: `{typo_line}`.",
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
        line=rf"({_OPERATOR_END})\s*(?:#.*)?$",
    ),
    _r(
        "SyntaxError",
        r"^invalid syntax$",
        "Возможно, в конце предыдущей строки пропущена запятая.{write}",
        fix="prev_comma",
        needs="fixed",
    ),
    _r(
        "SyntaxError",
        r"^invalid syntax$",
        "Между двумя значениями ничего нет: возможно, пропущен знак операции или запятая.{write}",
        fix="gap",
        needs="fixed",
    ),
    _r(
        "SyntaxError",
        r"^invalid syntax$",
        "Возможно, в строке с `{1}` не хватает двоеточия после заголовка.{write}",
        line=rf"^\s*({_BLOCK})\b",
        fix="colon",
        needs="fixed",
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
        "NotImplementedError",
        r"",
        "Этот метод ещё не реализован: замените `raise NotImplementedError` своим кодом.",
    ),
    _r(
        "TypeError",
        r"exceptions must derive from BaseException",
        "`raise` вызывает исключение, а не строку или другое значение: "
        '`raise ValueError("…")`.{write}',
        fix="raise_args",
    ),
    _r(
        "BaseException",
        r"",
        "Программа сама вызвала исключение `{exc_type}` командой `raise`{said}. Если так и "
        "задумано, перехватите его там, где вызываете этот код: `except {exc_type}:`; если "
        "нет — проверьте условие, при котором выполняется `raise`.",
        line=r"^\s*raise\b",
    ),
    _r(
        "UnboundLocalError",
        r"(?:local variable '(\w+)' referenced before assignment|"
        r"cannot access local variable '(\w+)')",
        "Из-за присваивания `{name} = …` внутри функции имя `{name}` стало в ней локальной "
        "переменной, и встроенная функция `{name}` здесь больше не видна. Назовите "
        "переменную иначе, например `{name}_value`.",
        needs="builtin_local",
    ),
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
        r'can only concatenate str \(not "(int|float)"\) to str|'
        r"unsupported operand type\(s\) for [-+*/]+: '(?:int|float)' and 'str'",
        "`{numeric_str}` — строка с числом (например, из `input()`), поэтому Python не может "
        "посчитать. Превратите её в число: `int({numeric_str})`.",
        needs="numeric_str",
    ),
    _r(
        "TypeError",
        r'can only concatenate str \(not "(\w+)"\) to str',
        "Строку нельзя сложить с `{1}`. Превратите значение в строку через `str(…)` "
        'или используйте f-строку: `f"Итого: {{x}}"`.',
    ),
    _r(
        "TypeError",
        r'can only concatenate list \(not "(\w+)"\)',
        "К списку можно прибавить только список, а здесь `{1}`. Чтобы добавить элемент, "
        "используйте `items.append(x)` или `items + [x]`.",
    ),
    _r(
        "TypeError",
        r'can only concatenate tuple \(not "(\w+)"\)',
        "Кортеж можно сложить только с кортежем, а здесь `{1}`. Превратите значение в "
        "кортеж, `tuple(…)`, или храните всё в списках.",
    ),
    _r(
        "TypeError",
        r"unsupported operand type\(s\) for .*'(?:builtin_function_or_method|method|function)'",
        "Похоже, функцию или метод не вызвали: после имени нужны скобки.{write}",
        fix="call_it",
        needs="fixed",
    ),
    _r(
        "TypeError",
        r"unsupported operand type\(s\) for (\S+?)(?: or pow\(\))?: '([\w.]+)' and '([\w.]+)'",
        "Операцию `{1}` нельзя применить к типам `{2}` и `{3}`.{operand_hint}{comma_hint}",
    ),
    _r(
        "TypeError",
        r"'(<|>|<=|>=)' not supported between instances of '([\w.]+)' and '([\w.]+)'",
        "Нельзя сравнить `{2}` и `{3}` знаком `{1}`.{operand_hint}{comma_hint}",
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
        r"bad operand type for unary ([-+~])",
        "Знаки стоят в обратном порядке: `={1}` — это присваивание и унарный `{1}`. Чтобы "
        "прибавить или вычесть, пишите `{1}=`.{write}",
        line=r"\w\s*=[-+]\s",
        fix="operators",
    ),
    _r(
        "TypeError",
        r"bad operand type for unary ([-+~]): 'str'",
        "Знак `{1}` перед значением работает с числами, а здесь строка. Превратите её в число "
        "через `int(…)` или `float(…)`.",
    ),
    _r(
        "TypeError",
        r"bad operand type for unary ([-+~]): '(\w+)'",
        "Знак `{1}` перед значением работает только с числами, а здесь значение типа `{2}`.",
    ),
    _r(
        "TypeError",
        r"bad operand type for (?:unary )?([^:]+): '(\w+)'|type (\w+) doesn't define __round__",
        "Эта операция работает с числами, а получила `{2}{3}`. Превратите строку в число "
        "через `int(…)` или `float(…)`.",
    ),
    _r(
        "TypeError",
        r"'(\w+)' object cannot be interpreted as an integer",
        "Здесь нужно целое число, а получено `{1}`.{integer_hint}",
    ),
    _r(
        "TypeError",
        r"slice indices must be integers",
        "Границы среза пишут целыми числами: `items[1:3]`, а не `items[1.0:3.0]`. "
        "Превратите их через `int(…)` или делите нацело: `//`.",
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
        r"(\w+) expected (?:at least |at most |exactly )?(\d+) arguments?, got (\d+)",
        "Функции `{1}` нужно аргументов: {2}, а передано: {3}. Проверьте, что написано в "
        "скобках вызова.",
    ),
    _r(
        "TypeError",
        r"sum\(\) takes at most 2 arguments|'(?:int|float)' object is not iterable",
        "`{1}` с одним аргументом ищет среди его элементов, поэтому числа передают списком: "
        "`{1}([a, b, c])`; `min` и `max` принимают и несколько чисел: `max(a, b)`.",
        line=r"\b(sum|min|max)\s*\(",
    ),
    _r(
        "TypeError",
        r"ord\(\) expected a character, but string of length (\d+)",
        "`ord()` принимает ровно один символ, а здесь строка длиной {1}. Возьмите символ по "
        "индексу: `ord(s[0])`, или переберите строку в цикле.",
    ),
    _r(
        "TypeError",
        r"%(\w) format: (?:a real number|an integer|a number) is required, not (\w+)",
        "Шаблон `%{1}` ждёт число, а подставляется значение типа `{2}`. Превратите его "
        "через `int(…)` или `float(…)`, а для строк используйте `%s`.",
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
        "параметры в `def`.{comma_hint}",
    ),
    _r(
        "TypeError",
        r"module(?:\.__init__)?\(\) takes at most 2 arguments",
        "Класс наследуют от другого класса, а `{1}` — это модуль. Возьмите класс из этого "
        "модуля.{write}",
        line=r"^\s*class\s+\w+\s*\(\s*(\w+)",
        fix="class_base",
    ),
    _r(
        "TypeError",
        r"(\w+)\(\) takes (?:exactly|at most|at least) \w+ arguments? \((\d+) given\)",
        "Функции `{1}` передано неверное число аргументов ({2}). Проверьте скобки и "
        "запятые в вызове.{comma_hint}",
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
        r"'(tuple|list)' object is not callable",
        "Между двумя значениями в скобках нет запятой, и Python пытается вызвать первое как "
        "функцию. Возможно, пропущена запятая, а если нужен элемент — его берут в квадратных "
        "скобках.{write}",
        line=r"[)\]]\s*\(",
        fix="paren_comma",
    ),
    _r(
        "TypeError",
        r"'(list|tuple|dict|str|set)' object is not callable",
        "Это не функция, а значение типа `{1}`: после него стоят круглые скобки. Элемент "
        "берут в квадратных скобках, а если вызывать ничего не нужно, уберите скобки.{write}",
        fix="index_brackets",
        needs="fixed",
    ),
    _r(
        "TypeError",
        r"'(int|float)' object is not callable",
        "Число вызвали как функцию: после него стоят скобки. Если вы хотели умножить, "
        "поставьте знак `*`.{write}",
        line=r"(?<![\w.])\d+(?:\.\d+)?\s*\(",
        fix="times_call",
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
        r"cannot convert dictionary update sequence|^object is not iterable$",
        "`dict(…)` и `update(…)` ждут пары «ключ, значение»: `dict([('a', 1), ('b', 2)])`. "
        "Словарь из списка ключей делают так: `dict.fromkeys(keys)`.",
        line=r"\bdict\s*\(|\.update\s*\(",
    ),
    _r(
        "TypeError",
        r"argument of type '([\w.]+)' is not (?:iterable|a container)",
        "Оператор `in` ищет внутри строки, списка, словаря или множества, а справа от него "
        "значение типа `{1}`.",
    ),
    _r(
        "TypeError",
        r"'(\w+)' object is not iterable",
        "По значению типа `{1}` нельзя пройти циклом: перебирать можно строки, списки, "
        "словари и `range(…)`.",
    ),
    _r(
        "TypeError",
        r"cannot unpack non-iterable (?:int|float) object",
        "Одно число нельзя разложить на несколько переменных. Чтобы прочитать несколько "
        "чисел из одной строки, напишите так: `a, b = map(int, input().split())`.",
        line=r"input\(",
    ),
    _r(
        "TypeError",
        r"cannot unpack non-iterable (\w+) object",
        "Справа от `=` одно значение типа `{1}`, а слева несколько переменных. Слева должно "
        "быть столько переменных, сколько значений справа, например `a, b = 1, 2`.",
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
    _r("TypeError", r"object of type 'NoneType' has no len\(\)", NONE_TEXT),
    _r(
        "TypeError",
        r"object of type '(?:builtin_function_or_method|function|method)' has no len\(\)",
        "Похоже, функцию или метод не вызвали: после имени нужны скобки.{write}",
        fix="call_it",
    ),
    _r(
        "TypeError",
        r"object of type '(\w+)' has no len\(\)",
        "У значения типа `{1}` нет длины. Превратите его в список: `len(list(…))`.",
    ),
    _r(
        "TypeError",
        r"catching classes that do not inherit from BaseException",
        "В `except` указывают только классы исключений. Унаследуйте свой класс от "
        "`Exception`: `class MyError(Exception):`.",
    ),
    _r(
        "TypeError",
        r"attribute name must be string",
        'Имя атрибута в `getattr`, `hasattr` и `setattr` передают строкой: `getattr(obj, "name")`.',
    ),
    _r(
        "TypeError",
        r"vars\(\) argument must have __dict__",
        "`vars()` показывает атрибуты объекта, а у этого значения их нет (например, у списка "
        "или числа). Чтобы посмотреть на значение, выведите его: `print(a)`.",
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
        r"invalid literal for int\(\) with base 0: '(.*)'",
        "С основанием 0 `int` читает строку как запись числа в коде Python: `'13'`, "
        "`'0x1f'`, `'0b101'`, а `'{1}'` такой записью не является. Проверьте строку или "
        "укажите нужное основание.",
    ),
    _r(
        "ValueError",
        r"invalid literal for int\(\) with base (\d+): '(.*)'",
        "`int(…, {1})` читает число в системе счисления с основанием {1}, а в строке `'{2}'` "
        "есть недопустимые для неё символы.{base_hint} Проверьте строку или основание.",
    ),
    _r(
        "ValueError",
        r"int\(\) base must be",
        "Основание системы счисления в `int(строка, основание)` должно быть от 2 до 36 "
        "(или 0). Для обычных чисел основание не пишут: `int('18')`.",
    ),
    _r(
        "ValueError",
        r"could not convert string to float: '(.*)'",
        "`float()` не может превратить строку `'{1}'` в число.{number_hint}",
    ),
    _r(
        "ValueError",
        r"(?:too many|not enough) values to unpack",
        "Цикл по словарю даёт только ключи, а не пары. Чтобы получить ключ и значение, "
        "перебирайте `{1}.items()`: `for k, v in {1}.items():`.",
        line=r"^\s*for\s+\w+\s*,.*\bin\s+([A-Za-z_]\w*)\s*:",
        needs="iterates_dict",
    ),
    _r(
        "ValueError",
        r"too many values to unpack \(expected (\d+)",
        "Переменных слева от `=`: {1}, а значений справа больше. Проверьте, сколько "
        "элементов возвращает `split()` или функция.",
    ),
    _r(
        "ValueError",
        r"not enough values to unpack \(expected (?:at least )?(\d+), got (\d+)\)",
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
        r"time data '(.*)' does not match format '(.*)'",
        "Строка `'{1}'` не подходит под формат `'{2}'`: в формате разделители должны быть "
        "те же, что в строке, а `%Y`, `%m`, `%d` — стоять на месте года, месяца и дня.{swapped}",
    ),
    _r(
        "ValueError",
        r"(?:year|month|day) (?:must be in|is out of range)",
        "Такой даты нет: месяц — от 1 до 12, день — не больше числа дней в месяце. Проверьте "
        "значения и порядок аргументов: `date(год, месяц, день)`.",
    ),
    _r(
        "ValueError",
        r"pow\(\) 3rd argument cannot be 0",
        "Третий аргумент `pow(a, b, m)` — число, на которое делят с остатком, и оно не может "
        "быть нулём.",
    ),
    _r(
        "ValueError",
        r"'(\w+)' in __slots__ conflicts with class variable",
        "Имя `{1}` есть и в `__slots__`, и среди переменных класса. Уберите одно из них, а "
        "значение по умолчанию задайте в `__init__`.",
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
        r"negative power",
        "Ноль нельзя возвести в отрицательную степень: это то же, что делить на ноль. "
        "Проверьте основание перед возведением в степень: `if x != 0:`.",
    ),
    _r(
        "ZeroDivisionError",
        r"",
        "Деление на ноль (`/`, `//` или `%`). Перед делением проверьте, что делитель не "
        "равен нулю{divisor}.",
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
        "Индекс выходит за границы.{index_hint} Индексы начинаются с 0, поэтому последний "
        "элемент — `x[len(x) - 1]`; частая причина ошибки — `range(len(x) + 1)` или `x[len(x)]`.",
    ),
    _r(
        "KeyError",
        r"Key not found in the first mapping: (.*)'$",
        "Ключа `{1}` нет в первом словаре `ChainMap`: удалять можно только из него.",
    ),
    _r(
        "KeyError",
        r"No keys found in the first mapping",
        "Первый словарь `ChainMap` пуст: удалять из него нечего.",
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
        r"'(?:builtin_function_or_method|function)' object has no attribute",
        "Аргументы функции пишут в скобках после её имени, а не через точку.{write}",
        fix="dot_call",
        needs="fixed",
    ),
    _r(
        "AttributeError",
        r"'(builtin_function_or_method|function|method)' object has no attribute",
        NOT_CALLED,
    ),
    _r(
        "AttributeError",
        r"has no attribute '(\w+)'",
        "Возможно, вместо запятой стоит точка, и Python ищет у значения атрибут `{1}`.{write}",
        line=r"\w\.\s+[A-Za-z_]",
        fix="dot_comma",
        needs="fixed",
    ),
    _r(
        "AttributeError",
        r"type object '(\w+)' has no attribute '(\w+)'",
        "У класса `{1}` нет атрибута `{2}`.{hint} Атрибуты, которые создаёт `__init__` "
        "через `self.`, есть только у объектов: сначала создайте объект, `obj = {1}()`.",
    ),
    _r(
        "AttributeError",
        r"'(\w+)' object attribute '(\w+)' is read-only",
        "Атрибут `{2}` у объекта `{1}` только для чтения, изменить его нельзя. Если это "
        "из-за `__slots__`, добавьте имя в `__slots__` и уберите переменную класса.",
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
        r"No module named '(\w+)\.(\w+)'; '\w+' is not a package",
        "`{1}` — это модуль, а не пакет, и внутри него нет модуля `{2}`. Импортируйте сам "
        "модуль, `import {1}`, и обращайтесь к его частям через точку: `{1}.{2}`.{hint}",
    ),
    _r(
        "ModuleNotFoundError",
        r"No module named '([\w.]+)'",
        "Модуль `{1}` не найден.{module_hint}",
    ),
    _r(
        "ImportError",
        r"cannot import name '(\w+)' from '([\w.]+)'",
        "В модуле `{2}` нет имени `{1}`.{import_hint}",
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
        r"No such file or directory: '(.*)'",
        "Файла `{1}` нет. В тренажёре нет ваших файлов с компьютера: работать можно с "
        "файлами, которые создала сама программа.",
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
        "TclError",
        r"",
        "Окон и графики в браузерном Python нет: программа общается через `input` и `print`.",
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

# The program printed `{name}` as it is, from a string without `f`, and `name` is one of
# its variables: the commonest slip with f-strings (judge.py, on a wrong answer).
FORGOTTEN_F = (
    "Программа напечатала `{{{name}}}` как есть: перед кавычками этой строки не хватает "
    "буквы `f`. С ней вместо `{{{name}}}` подставится значение переменной: "
    '`print(f"…{{{name}}}…")`.'
)


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


# Names beginners use without importing them from their module.
NAME_MODULES = {
    "pi": "math",
    "sqrt": "math",
    "floor": "math",
    "ceil": "math",
    "factorial": "math",
    "gcd": "math",
    "randint": "random",
    "choice": "random",
    "shuffle": "random",
    "sleep": "time",
    "deque": "collections",
    "Counter": "collections",
    "defaultdict": "collections",
    "namedtuple": "collections",
    "datetime": "datetime",
    "date": "datetime",
    "timedelta": "datetime",
    "ABC": "abc",
    "ABCMeta": "abc",
    "abstractmethod": "abc",
    "dataclass": "dataclasses",
    "reduce": "functools",
    "Decimal": "decimal",
    "Fraction": "fractions",
    "Frame": "tkinter",
    "Tk": "tkinter",
    "plt": "matplotlib",
    "np": "numpy",
    "pd": "pandas",
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
    ("str", "reverse"): " Строку переворачивают срезом: `s[::-1]`.",
    ("list", "get"): " Элемент списка берут по индексу: `items[0]`; `get` есть у словарей.",
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

"""Every Russian sentence the checker says about a verdict, in one place.

Explanations of Python errors live in explain/; this module covers verdicts and tests.
"""

from __future__ import annotations

from typing import Any


def plural(n: int, one: str, few: str, many: str) -> str:
    """Russian plural: plural(5, "тест", "теста", "тестов") -> "тестов"."""
    n = abs(n)
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def out_of_tests(n: int) -> str:
    """«из N тестов»: after «из» Russian uses the genitive, singular only for 1, 21, 31…"""
    return f"из {n} {plural(n, 'теста', 'тестов', 'тестов')}"


def _test_name(test: dict[str, Any]) -> str:
    label = f"тест {test['index']}"
    if test.get("hidden"):
        label = f"скрытый {label}"
    if test.get("name"):
        label += f" («{test['name']}»)"
    return label


def summary(status: str, *, passed: int, total: int, failed: dict[str, Any] | None) -> str:
    score = f"Пройдено {passed} {out_of_tests(total)}."
    where = _test_name(failed) if failed else "программа"
    if status == "passed":
        return f"Все тесты пройдены — задача решена! ({passed} из {total})"
    if status == "wrong_answer":
        return f"Неверный ответ: {where}. {score}"
    if status == "runtime_error":
        return f"Ошибка во время выполнения: {where}. {score}"
    if status == "syntax_error":
        return "Синтаксическая ошибка: Python не может прочитать программу. Тесты не запускались."
    if status == "timeout":
        return f"Превышено время: {where} выполняется слишком долго. {score}"
    if status == "output_limit":
        return f"Слишком много вывода: {where}. {score}"
    if status == "memory_limit":
        return f"Не хватило памяти: {where}. {score}"
    if status == "static_check":
        return "Решение не подходит под условия задачи (см. ниже). Тесты не запускались."
    if status == "stopped":
        return f"Проверка остановлена. {score}"
    if status == "internal_error":
        return INTERNAL_ERROR
    raise ValueError(f"unknown status {status!r}")


def run_stopped(status: str) -> str | None:
    """Why «Запустить» ended early, or None for a run that ended by itself."""
    return {
        "timeout": TIMEOUT,
        "memory_limit": MEMORY_LIMIT,
        "output_limit": OUTPUT_LIMIT.format(limit="допустимого"),
        "stopped": STOPPED,
        "internal_error": INTERNAL_ERROR,
    }.get(status)


TIMEOUT = (
    "Программа не уложилась в ограничение по времени. Чаще всего это бесконечный цикл: "
    "проверьте, что условие цикла `while` когда-нибудь становится ложным, "
    "или что программа не ждёт ввода, которого нет."
)
MEMORY_LIMIT = (
    "Программе не хватило памяти. Возможно, список или строка растут без остановки "
    "внутри цикла, или рекурсия никогда не заканчивается."
)
CRASHED = (
    "Python аварийно остановился во время этого теста, и его пришлось перезапустить. "
    "Если это повторяется, упростите программу: возможно, она создаёт слишком большие данные."
)
STACK_OVERFLOW = (
    "Стек вызовов переполнился: рекурсия слишком глубокая. Проверьте, что у рекурсивной "
    "функции есть базовый случай, и не поднимайте `sys.setrecursionlimit`."
)
TOO_COMPLEX = (
    "Программа слишком сложна, чтобы Python смог её разобрать: в одном выражении тысячи "
    "частей или вложений. Разбейте его на шаги или посчитайте в цикле (например, `sum(…)`)."
)
INTERNAL_ERROR = (
    "Тренажёр дал сбой — это не ваша ошибка. Нажмите «Проверить» ещё раз; если сбой "
    "повторится, скопируйте подробности ниже и отправьте их автору курса."
)
OUTPUT_LIMIT = (
    "Программа напечатала слишком много (больше {limit}). "
    "Проверьте, не печатает ли она внутри бесконечного цикла."
)
STOPPED = "Выполнение остановлено."

WRONG_OUTPUT = "Вывод программы отличается от ожидаемого."
WRONG_OUTPUT_LINE = "Вывод отличается от ожидаемого в строке {line}."
# Differences a beginner cannot see (compare.line_difference), for line {line}.
_CYRILLIC_LETTERS = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ")


def difference(kind: str, line: int, found: dict[str, Any]) -> str:
    """What a beginner needs to hear about an invisible or look-alike difference."""
    if kind == "lookalike":
        got, wanted = found["got"], found["wanted"]
        if got in _CYRILLIC_LETTERS or wanted in _CYRILLIC_LETTERS:
            got_kind = "русская" if got in _CYRILLIC_LETTERS else "латинская"
            wanted_kind = "русская" if wanted in _CYRILLIC_LETTERS else "латинская"
            what = f"{got_kind} буква «{got}» вместо {wanted_kind[:-2]}ой «{wanted}»"
        else:
            what = f"символ «{got}» вместо «{wanted}»"
        return (
            f"Строка {line} выглядит верно, но в ней {what} (после «{found['before']}»). "
            "Наберите это место заново в нужной раскладке."
        )
    if kind == "invisible":
        return (
            f"В строке {line} после «{found['before']}» стоит {found['name']}: на экране этого "
            "не видно, но для Python это другой символ. Наберите это место заново."
        )
    if kind == "case":
        return f"В строке {line} не совпадают заглавные и строчные буквы."
    if kind == "spaces":
        return f"В строке {line} лишние или недостающие пробелы."
    if kind == "extra_words":
        return (
            f"В строке {line} лишние слова: нужно вывести только «{found['expected']}», "
            f"а у вас «{found['actual']}»."
        )
    raise ValueError(kind)


NO_OUTPUT = "Программа ничего не вывела, а ожидался ответ. Не забыли `print()`?"
EXTRA_OUTPUT = "Программа вывела лишние строки после правильного ответа."
MISSING_OUTPUT = "Программа вывела не все строки ответа."
WRONG_RETURN = "Функция вернула не то значение."
WRONG_RETURN_TYPE = "Функция вернула значение типа `{actual}`, а ожидался `{expected}`."
RETURNED_NONE = (
    "Функция вернула `None`. Похоже, в ней нет `return` "
    "или результат печатается через `print()` вместо возврата."
)
EXPECTED_RAISE = (
    "Ожидалось, что функция выбросит исключение `{expected}`, но она завершилась без ошибки."
)
WRONG_RAISE = "Ожидалось исключение `{expected}`, а возникло `{actual}`."
CHECK_FAILED = "Проверка не пройдена."
CHECK_FAILED_AT = "Проверка не пройдена: `{source}`."
# Rules of a task (static.py): how a construct is named in "В решении нужно использовать …".
CONSTRUCT_NAMES = {
    "for": "цикл `for`",
    "while": "цикл `while`",
    "if": "условие `if`",
    "def": "функция `def`",
    "async def": "асинхронная функция `async def`",
    "await": "`await`",
    "class": "класс `class`",
    "lambda": "`lambda`",
    "return": "`return`",
    "yield": "`yield`",
    "try": "`try`/`except`",
    "raise": "`raise`",
    "with": "`with`",
    "comprehension": "генератор списка (comprehension)",
    "f-string": "f-строка",
    "import": "`import`",
    "global": "`global`/`nonlocal`",
}
PACKAGES_FAILED = (
    "Не удалось загрузить библиотеки для этой задачи ({names}). Проверьте подключение к сети "
    "и нажмите кнопку ещё раз: после первой загрузки они работают и без сети."
)
RAISED = "исключение {name}"
RULE_REQUIRED = "В решении нужно использовать {what}."
RULE_FORBIDDEN = "В этой задаче нельзя использовать {what}."
RULE_CALL = "вызов `{name}()`"
RULE_IMPORT = "модуль `{name}`"
OUTPUT_LIMIT_TEXT = "{lines} строк или {thousands} тыс. символов"
CHECKER_BROKEN = (
    "Ошибка в самой проверке задачи (это не ваша вина): {error}. "
    "Сообщите, пожалуйста, автору курса."
)


# «По шагам» (trace.py): why the viewer shows less than the whole program. `kept`: False
# when the page had to stop Python from outside, so no step survived.
def trace_stopped(status: str, *, steps: int, seconds: float, kept: bool = True) -> str | None:
    if status == "timeout" and not kept:
        return (
            f"Программа работала дольше {seconds:g} с и не отвечала, поэтому её пришлось "
            "остановить, и шаги не сохранились. Чаще всего это бесконечный цикл: проверьте, "
            "что условие цикла `while` когда-нибудь становится ложным."
        )
    if status == "step_limit":
        return (
            f"Программа сделала больше {steps} {plural(steps, 'шага', 'шагов', 'шагов')} — "
            f"показаны первые {steps}, дальше она не прослеживалась. Если шагов должно быть "
            "меньше, проверьте условие цикла или базовый случай рекурсии."
        )
    if status == "timeout":
        return (
            f"Программа работала дольше {seconds:g} с, и её остановили — показаны шаги до "
            "остановки. Чаще всего это бесконечный цикл: проверьте, что условие цикла `while` "
            "когда-нибудь становится ложным."
        )
    if status == "output_limit":
        return OUTPUT_LIMIT.format(limit="допустимого") + " Показаны шаги до остановки."
    return run_stopped(status)

"""One zip of the built site that a teacher copies to any machine with Python 3: the site,
the class server (`classroom.py`, stdlib only, copied as is), a README in Russian and the
teacher's guide (a classroom often has no internet to read it anywhere else)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from .engine import resource

FOLDER = "python-trainer"  # the folder the zip unpacks into
SITE = "site"  # the site's folder inside it, next to classroom.py
CLASSROOM = Path(__file__).with_name("classroom.py")
GUIDE = "docs/classroom.md"  # where the teacher's page and `trainer serve --help` point

README = """\
Тренажёр Python — сайт для класса
=================================

В этой папке:

    {site}/             сайт тренажёра: Python работает прямо в браузере ученика
    classroom.py      сервер класса: раздаёт сайт и собирает результаты учеников
    start-class.bat   запуск сервера двойным щелчком (Windows)
    {guide} руководство для учителя (текст, открывается Блокнотом)

Нужен только Python 3.8 или новее (https://www.python.org/). Больше ничего
устанавливать не надо, интернет не нужен.

Урок в классе
-------------

1. Подключите компьютер учителя к сети класса (Wi-Fi или кабель).
2. Запустите сервер в этой папке:

       python3 classroom.py          (Linux, macOS)
       py classroom.py               (Windows; или двойной щелчок по start-class.bat)

3. Сервер напечатает два адреса:
   * для учеников — http://<адрес-компьютера>:8000/ — напишите его на доске;
   * страницу учителя — с ключом ?token=... — откройте её у себя и никому не
     показывайте: по ней виден код учеников.
4. Ученики открывают свой адрес, вводят имя и решают задачи. Каждая проверка
   попадает в таблицу на странице учителя: кто что решил, сколько попыток, код.

Результаты хранятся в базе данных на этом компьютере (папка .python-trainer-class
в домашней папке пользователя). Если компьютер выключится или сервер остановится,
ничего не пропадёт: браузеры учеников хранят неотправленные результаты и отправят их,
когда сервер снова заработает. Для другого класса укажите другую папку:

    python3 classroom.py --data ~/классы/9А

Другой порт: --port 8080. Только этот компьютер: --host 127.0.0.1.
Если Windows спросит про брандмауэр, разрешите доступ в частных сетях —
иначе ученики не смогут открыть сайт.

Подробное руководство для учителя — в файле {guide} в этой папке: урок по шагам,
страница учителя, файлы прогресса и что делать, если что-то пошло не так.

Без сервера класса
------------------

Папку {site}/ можно выложить на любой статический хостинг (nginx, Apache,
GitHub Pages), в том числе во вложенную папку. Файлы .wasm должны отдаваться
с типом application/wasm, а .js и .mjs — как text/javascript. Тогда таблицу класса
можно собрать из файлов прогресса: ученики сохраняют их на карте курса, а учитель
перетаскивает их на страницу teacher/ сайта.

Только раздать сайт, без страницы учителя:

    python3 classroom.py --static

---

Python trainer for a classroom: run `python3 classroom.py` in this folder (Python 3.8+,
nothing else). It serves the site in `{site}/` to the local network and prints the
address for learners and the teacher's private page. `--help` lists the options.
"""

# Windows: a double click runs the server with whichever Python launcher is installed.
START_BAT = (
    "@echo off\r\n"
    'cd /d "%~dp0"\r\n'
    "where py >nul 2>nul\r\n"
    "if %errorlevel%==0 (py -3 classroom.py %*) else (python classroom.py %*)\r\n"
    "pause\r\n"
)


def make_dist(site: Path, target: Path) -> Path:
    """Zip `site` into `target` as python-trainer/site/, with classroom.py, a README and
    the teacher's guide."""
    if not (site / "index.html").is_file():
        raise FileNotFoundError(f"{site} has no built site: run `trainer build` first")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".zip.partial")  # never leave a truncated zip behind
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"{FOLDER}/README.txt", README.format(site=SITE, guide=GUIDE))
        archive.write(CLASSROOM, f"{FOLDER}/classroom.py")
        archive.write(resource(GUIDE, GUIDE), f"{FOLDER}/{GUIDE}")
        archive.writestr(f"{FOLDER}/start-class.bat", START_BAT)
        for path in sorted(site.rglob("*")):
            if path.is_file():
                archive.write(path, f"{FOLDER}/{SITE}/{path.relative_to(site).as_posix()}")
    partial.replace(target)
    return target

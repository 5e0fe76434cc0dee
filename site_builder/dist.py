"""One zip of the built site that a teacher copies to any machine and serves with Python."""

from __future__ import annotations

import zipfile
from pathlib import Path

FOLDER = "python-trainer"  # the folder the zip unpacks into

README = """\
Тренажёр Python — готовый сайт
===============================

Это полная копия сайта: Python работает прямо в браузере ученика, интернет не нужен.

Как запустить на любом компьютере с Python 3:

    cd {folder}
    python3 -m http.server 8000

и откройте в браузере http://127.0.0.1:8000/

Как раздать классу по локальной сети:

    python3 -m http.server 8000 --bind 0.0.0.0

Ученики открывают http://<адрес-этого-компьютера>:8000/ (адрес можно узнать
командой `ip addr` в Linux, `ipconfig` в Windows или в настройках сети macOS).
Сайт работает, пока этот компьютер включён. Если же сайт открыт по https:// или
на самом компьютере (http://127.0.0.1), браузер после первого посещения хранит
копию вместе с Python, и сайт работает даже без сети.

Файлы можно выложить на любой статический хостинг (nginx, Apache, GitHub Pages),
в том числе во вложенную папку, например https://example.org/python/.
Важно: файлы .wasm должны отдаваться с типом application/wasm, а .mjs — как JavaScript
(python3 -m http.server делает это сам).

---

Python trainer: the complete static site. Serve this folder with any static web server,
e.g. `python3 -m http.server 8000` inside it, and open http://127.0.0.1:8000/.
"""


def make_dist(site: Path, target: Path) -> Path:
    """Zip `site` into `target` under one top-level folder, with a README for teachers."""
    if not (site / "index.html").is_file():
        raise FileNotFoundError(f"{site} has no built site: run `trainer build` first")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".zip.partial")  # never leave a truncated zip behind
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"{FOLDER}/README.txt", README.format(folder=FOLDER))
        for path in sorted(site.rglob("*")):
            if path.is_file():
                archive.write(path, f"{FOLDER}/{path.relative_to(site).as_posix()}")
    partial.replace(target)
    return target

"""The UI string catalogue: one file per language, the same keys, every key used exists."""

from __future__ import annotations

import json
import re

from site_builder.render import count_phrase, load_strings
from tests.conftest import ROOT

CATALOGUES = sorted((ROOT / "web" / "i18n").glob("*.json"))


def test_every_language_has_the_same_keys():
    keys = {path.stem: set(json.loads(path.read_text())) for path in CATALOGUES}
    assert {"ru", "en"} <= set(keys)
    assert all(k == keys["ru"] for k in keys.values()), keys


def test_every_key_the_code_uses_exists_and_none_is_unused():
    strings = load_strings("ru")
    used = set()
    for path in (ROOT / "web" / "src").glob("*.js"):
        used |= set(re.findall(r'\bt\(\s*"([\w.]+)"', path.read_text()))
        used |= {f"action.{a}" for a in re.findall(r'actionButton\("(\w+)"', path.read_text())}
    for path in (ROOT / "site_builder" / "templates").glob("*.j2"):
        used |= set(re.findall(r't\["([\w.]+)"\]', path.read_text()))
    for path in (ROOT / "site_builder").glob("*.py"):
        used |= set(re.findall(r'strings\["([\w.]+)"\]', path.read_text()))
    dynamic = {
        k
        for k in strings
        if k.startswith(("python.", "count.", "progress.import.", "verdict.input."))
    }
    dynamic |= {f"action.{a}.title" for a in ("check", "run", "trace", "stop", "reset")}
    dynamic |= {"lang"}
    plurals = {k.rsplit(".", 1)[0] for k in strings if k.endswith((".one", ".few", ".many"))}
    dynamic |= {f"{k}.{form}" for k in plurals & used for form in ("one", "few", "many")}
    assert used - set(strings) - plurals == set()
    # keys also travel through helpers (say("progress.exported")): any literal counts
    literals = set()
    for path in (ROOT / "web" / "src").glob("*.js"):
        literals |= set(re.findall(r'"([a-z]+(?:\.[A-Za-z]+)+)"', path.read_text()))
    assert set(strings) - used - literals - dynamic == set()


def test_russian_plural_of_tasks():
    ru = load_strings("ru")
    assert [count_phrase(n, ru, "ru") for n in (1, 2, 5, 11, 21, 22)] == [
        "1 задача",
        "2 задачи",
        "5 задач",
        "11 задач",
        "21 задача",
        "22 задачи",
    ]
    assert count_phrase(1, load_strings("en"), "en") == "1 task"


def test_the_compile_limit_is_the_same_in_the_checker_and_the_page():
    from checker.limits import COMPILE_TIME_LIMIT

    protocol = (ROOT / "web" / "src" / "protocol.js").read_text(encoding="utf-8")
    found = re.search(r"export const COMPILE_SECONDS = (\d+(?:\.\d+)?);", protocol)
    assert found and float(found.group(1)) == COMPILE_TIME_LIMIT

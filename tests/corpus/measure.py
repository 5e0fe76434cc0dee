"""How many corpus programs get a specific explanation (stdlib only).

Runs every program of tests/corpus/{syntax,runtime}/ the way «Запустить» runs a learner's
program (`checker.run`) and sorts the explanations into specific ones and the general
fallbacks. The same file runs in CPython (tests/test_explain_corpus.py imports it) and in
Pyodide, where the test prepends `PROGRAMS = [...]` (the corpus, read on the host) and runs
it with site_builder/pyodide_check.mjs --script; it then prints one JSON line.

A corpus file is one program; its first lines may be
    # source: where it comes from
    # stdin: input lines, with \\n between them
    # expect: a fragment the explanation must contain (several lines: all of them)
    # reject: a fragment it must not contain
"""

import json
import re
import sys
import time
from pathlib import Path

KINDS = {"syntax": "syntax_error", "runtime": "runtime_error"}
HEADER_KEYS = ("source", "stdin", "expect", "reject")


def parse(text: str) -> dict:
    """A corpus file: its program and the header lines above it."""
    header: dict = {"source": "", "stdin": "", "expect": [], "reject": []}
    lines = text.splitlines(keepends=True)
    while lines:
        line = lines[0].rstrip("\n")
        key, _, value = line.partition(": ")
        if not key.startswith("# ") or key[2:] not in HEADER_KEYS:
            break
        key = key[2:]
        if key in ("expect", "reject"):
            header[key].append(value)
        elif key == "stdin":
            header[key] = re.sub(r"\\(n|\\)", lambda m: "\n" if m[1] == "n" else "\\", value)
        else:
            header[key] = value
        lines.pop(0)
    return {**header, "code": "".join(lines)}


def load(root: Path | None = None) -> list[dict]:
    root = root or Path(__file__).parent
    programs = []
    for kind in KINDS:
        for path in sorted((root / kind).glob("*.py")):
            program = parse(path.read_text(encoding="utf-8"))
            programs.append({"name": f"{kind}/{path.name}", "kind": kind, **program})
    return programs


def fallbacks() -> tuple[str, ...]:
    """The general explanations: what the checker says when no rule knows the error."""
    from checker.explain import rules

    return rules.FALLBACKS


def is_generic(explanation: str) -> bool:
    return any(explanation.startswith(text) for text in fallbacks())


# Latin words an explanation may use outside code and the learner's own quoted text.
LATIN_WORDS = {"Python", "Word", "Telegram", "JSON", "SQL", "HTTP", "NumPy", "Pillow"}


def english(explanation: str) -> list[str]:
    """Latin words in the prose of an explanation: English leaking from Python's message."""
    prose = re.sub(r"`[^`]*`|«[^»]*»", "", explanation)
    return [w for w in re.findall(r"[A-Za-z]{2,}", prose) if w not in LATIN_WORDS]


def sentences(explanation: str) -> int:
    prose = re.sub(r"`[^`]*`|«[^»]*»", "код", explanation)
    return len(re.findall(r"[.?!…](?:\s|$)", prose))


def measure(programs: list[dict]) -> list[dict]:
    import checker

    results = []
    for program in programs:
        started = time.perf_counter()
        verdict = checker.run(program["code"], program["stdin"], time_limit=5)
        error = verdict.get("error") or {}
        explanation = error.get("explanation", "")
        problems = []
        if verdict["status"] != KINDS[program["kind"]]:
            problems.append(f"status {verdict['status']}")
        problems += [f"lacks {f!r}" for f in program["expect"] if f not in explanation]
        problems += [f"has {f!r}" for f in program["reject"] if f in explanation]
        problems += [f"English {w!r}" for w in english(explanation)]
        if sentences(explanation) > 3:
            problems.append(f"{sentences(explanation)} sentences")
        results.append(
            {
                "name": program["name"],
                "kind": program["kind"],
                "status": verdict["status"],
                "type": error.get("type"),
                "message": error.get("message"),
                "explanation": explanation,
                "specific": bool(explanation) and not is_generic(explanation),
                "problems": problems,
                "ms": round((time.perf_counter() - started) * 1000, 2),
            }
        )
    return results


def summary(results: list[dict]) -> dict:
    figures = {}
    for kind in KINDS:
        mine = [r for r in results if r["kind"] == kind]
        specific = sum(r["specific"] for r in mine)
        figures[kind] = {"programs": len(mine), "specific": specific}
    return {
        "python": sys.version.split()[0],
        "figures": figures,
        "generic": sorted(r["name"] for r in results if not r["specific"]),
        "problems": {r["name"]: r["problems"] for r in results if r["problems"]},
    }


def main() -> None:
    programs = globals().get("PROGRAMS") or load()
    results = measure(programs)
    if "--all" in sys.argv or globals().get("SHOW_ALL"):
        for result in results:  # one line each: Pyodide's stdout cuts very long lines
            print(json.dumps(result, ensure_ascii=False))
    print(json.dumps(summary(results), ensure_ascii=False))


if __name__ == "__main__":
    main()

"""Speed figures (`make bench`): never asserted in tests, printed for humans and notes.

Measures: build time; in headless Chromium, time from opening a task page to Python
ready and to the first verdict; a warm check; the size of our JS/CSS bundle.
"""

from __future__ import annotations

import gzip
import statistics
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

from site_builder.build import build_site
from tests.browser import launch
from tests.site_server import BackgroundServer

ROOT = Path(__file__).resolve().parent.parent
SOLUTION = "a = int(input())\nb = int(input())\nprint(a + b)\n"


def sizes(site: Path) -> list[str]:
    rows = []
    for path in sorted((site / "assets" / "trainer").iterdir()):
        if path.suffix in {".js", ".css"}:
            raw = path.read_bytes()
            packed = len(gzip.compress(raw))
            rows.append(f"{path.name}: {len(raw) / 1024:.1f} KB ({packed / 1024:.1f} KB gzip)")
    return rows


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        started = time.perf_counter()
        build_site(ROOT / "content", site)
        print(f"build: {time.perf_counter() - started:.2f} s")
        for row in sizes(site):
            print(f"bundle {row}")
        server = BackgroundServer(site)
        try:
            with sync_playwright() as playwright:
                browser = launch(playwright)
                ready, first, warm = [], [], []
                for _ in range(3):
                    context = browser.new_context()
                    page = context.new_page()
                    t0 = time.perf_counter()
                    page.goto(f"{server.origin}/basics/sum-of-two/")
                    page.evaluate("window.trainer.ready()")
                    ready.append(time.perf_counter() - t0)
                    verdict = page.evaluate("code => window.trainer.check(code)", SOLUTION)
                    assert verdict["status"] == "passed"
                    first.append(time.perf_counter() - t0)
                    for _ in range(5):
                        ms = page.evaluate(
                            """async code => { const t = performance.now();
                               await window.trainer.check(code); return performance.now() - t; }""",
                            SOLUTION,
                        )
                        warm.append(ms)
                    context.close()
                browser.close()
        finally:
            server.close()
        print(f"page open -> Python ready: median {statistics.median(ready):.2f} s")
        print(f"page open -> first verdict: median {statistics.median(first):.2f} s")
        print(f"warm check (3 tests, shown in UI): median {statistics.median(warm):.0f} ms")


if __name__ == "__main__":
    main()

"""Speed figures (`make bench`): printed for humans and closing notes, never asserted.

Measures the build, our bundle sizes, and in headless Chromium against the built site:
page open -> Python ready -> first verdict; a warm check of a 20-test task (goal: 50 ms);
the verdict on the next task reached by a link (goal: 0.3 s, Python stays loaded);
recovery after a time limit with and without cross-origin isolation; the class server
under 40 simulated learners (tests/classroom_helpers.py); «По шагам»: a 1 000-step program
traced and shown (goal: 0.5 s), then stepping (goal: 16 ms a step).
"""

from __future__ import annotations

import gzip
import json
import statistics
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

from site_builder.build import build_site
from tests import bench_start
from tests.browser import launch
from tests.classroom_helpers import measure_class
from tests.content_fixtures import write_course
from tests.site_server import BackgroundServer

ROOT = Path(__file__).resolve().parent.parent
SUM = "a = int(input())\nb = int(input())\nprint(a + b)\n"
TWENTY_TESTS = "\n".join(
    f'  - stdin: "{i}\\n{i * 3}\\n"\n    stdout: "{i * 4}\\n"' for i in range(20)
)
TWENTY_TASK = f"""id: twenty
title: Двадцать тестов
statement: Сложите два числа.
tests:
{TWENTY_TESTS}
hints: [a, b]
solution: |
  a = int(input())
  b = int(input())
  print(a + b)
"""
FOLLOW_LINK = """url => { const a = Object.assign(document.createElement("a"), {href: url});
    document.body.append(a); a.click(); a.remove(); }"""
TIMED_CHECK = """async code => { const t = performance.now();
    const v = await window.trainer.check(code);
    return [performance.now() - t, v && v.status]; }"""


def sizes(site: Path) -> list[str]:
    rows = []
    for path in sorted((site / "assets" / "trainer").rglob("*")):
        if path.suffix in {".js", ".css"}:
            raw = path.read_bytes()
            packed = len(gzip.compress(raw))
            rows.append(f"{path.name}: {len(raw) / 1024:.1f} KB ({packed / 1024:.1f} KB gzip)")
    return rows


def median_ms(values: list[float]) -> str:
    return f"{statistics.median(values):.0f} ms (min {min(values):.0f}, n={len(values)})"


SNAPSHOT_STORED = """async () => { const cache = await caches.open("trainer-python-snapshot");
    const keys = await cache.keys();
    return keys.length === 1 && (await cache.match(keys[0])) !== undefined; }"""


def wait_task(page, task_id: str) -> None:
    """Wait for the task page and Python; after a first start, also for the snapshot to be
    stored (it is compressed in the worker's spare time, which would skew warm figures)."""
    page.wait_for_function("id => window.trainer && window.trainer.taskId === id", arg=task_id)
    info = page.evaluate("window.trainer.ready()")
    if not info.get("fromSnapshot"):
        for _ in range(60):
            if page.evaluate(SNAPSHOT_STORED):
                break
            page.wait_for_timeout(250)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        started = time.perf_counter()
        result = build_site(ROOT / "content", site)
        print(f"build: {time.perf_counter() - started:.2f} s for {len(result.course.tasks)} tasks")
        for row in sizes(site):
            print(f"bundle {row}")
        tasks = json.loads((site / "tasks.json").read_text())
        bench_site = Path(tmp) / "bench-site"
        bench_content = write_course(Path(tmp), {"basics/two.yaml": TWENTY_TASK})
        (bench_content / "basics" / "module.yaml").write_text(
            "title: Замеры\ntasks:\n  - one\n  - twenty\n", encoding="utf-8"
        )
        build_site(bench_content, bench_site)
        print(measure_class(site, Path(tmp) / "class"))
        server, bench_server = BackgroundServer(site), BackgroundServer(bench_site)
        try:
            with sync_playwright() as playwright:
                browser = launch(playwright)
                bench_start.measure_first_visit(browser, site)
                bench_start.measure_loops(browser, server.origin)
                bench_start.measure_lan(playwright, site)
                bench_start.measure_libraries(browser, site, tasks)
                measure_pages(browser, server, tasks)
                measure_twenty(browser, bench_server)
                measure_recovery(browser, server)
                measure_trace(browser, server)
                browser.close()
        finally:
            server.close()
            bench_server.close()


def measure_pages(browser, server, tasks) -> None:
    ready, first, again, warm, next_task = [], [], [], [], []
    for _ in range(3):
        context = browser.new_context(service_workers="block")
        page = context.new_page()
        t0 = time.perf_counter()
        page.goto(f"{server.origin}/basics/sum-of-two/")
        page.wait_for_function("window.trainer && window.trainer.taskId === 'sum-of-two'")
        page.evaluate("window.trainer.ready()")
        ready.append((time.perf_counter() - t0) * 1000)
        verdict = page.evaluate("code => window.trainer.check(code)", SUM)
        assert verdict["status"] == "passed", verdict
        first.append((time.perf_counter() - t0) * 1000)
        wait_task(page, "sum-of-two")  # let the snapshot be stored before warm figures
        t1 = time.perf_counter()
        page.reload()
        page.wait_for_function("window.trainer && window.trainer.taskId === 'sum-of-two'")
        page.evaluate("window.trainer.ready()")
        page.evaluate("code => window.trainer.check(code)", SUM)
        again.append((time.perf_counter() - t1) * 1000)
        for _ in range(5):
            warm.append(page.evaluate(TIMED_CHECK, SUM)[0])
        # The next task, reached by a link: page swap + verdict, Python already loaded.
        for task in tasks[3:8]:
            t1 = time.perf_counter()
            page.evaluate(FOLLOW_LINK, f"{server.origin}/{task['url']}")
            wait_task(page, task["id"])
            page.evaluate("window.trainer.check('pass')")
            next_task.append((time.perf_counter() - t1) * 1000)
        context.close()
    print(f"page open -> Python ready: {median_ms(ready)}")
    print(f"page open -> first verdict: {median_ms(first)}")
    print(f"the next visit (Python from the snapshot) -> first verdict: {median_ms(again)}")
    print(f"warm check, 3-test task, with the verdict shown: {median_ms(warm)}")
    print(f"next task by link -> verdict (goal 300 ms): {median_ms(next_task)}")


def open_task(browser, url: str, task_id: str, isolated: bool):
    """A fresh context on a task page; `isolated`: after the service worker has made the
    page cross-origin isolated (the second load)."""
    context = browser.new_context(service_workers="allow" if isolated else "block")
    page = context.new_page()
    page.goto(url)
    wait_task(page, task_id)
    if isolated:
        page.wait_for_function("navigator.serviceWorker.controller !== null", timeout=120_000)
        page.reload()
        wait_task(page, task_id)
    return context, page


def measure_twenty(browser, server) -> None:
    """A task with 20 tests, checked in a warm worker, verdict rendered (goal: 50 ms)."""
    times = {}
    for isolated in (False, True):
        context, page = open_task(browser, f"{server.origin}/basics/twenty/", "twenty", isolated)
        page.evaluate(TIMED_CHECK, SUM)
        runs = []
        for _ in range(10):
            ms, status = page.evaluate(TIMED_CHECK, SUM)
            assert status == "passed", status
            runs.append(ms)
        mode = "isolated" if isolated else "not isolated"
        times[mode] = median_ms(runs)
        context.close()
    for mode, figure in times.items():
        print(f"warm check, 20-test task, {mode} (goal 50 ms): {figure}")


def measure_recovery(browser, server) -> None:
    """Time from a timeout verdict to the next verdict: worker restart vs. interrupt."""
    for isolated in (False, True):
        url = f"{server.origin}/basics/sum-of-two/"
        context, page = open_task(browser, url, "sum-of-two", isolated)
        label = "isolated (interrupt)" if page.evaluate("crossOriginIsolated") else "not isolated"
        for loop, name in (
            ("while True:\n    pass", "Python loop"),
            ("sum(iter(int, 1))", "C loop"),
        ):
            verdict = page.evaluate("code => window.trainer.check(code)", loop)
            assert verdict["status"] == "timeout", verdict
            t0 = time.perf_counter()
            page.evaluate("code => window.trainer.check(code)", SUM)
            ms = (time.perf_counter() - t0) * 1000
            print(f"{label}: {name} timeout -> next verdict {ms:.0f} ms")
        context.close()


# 1 + 1 + 5 * 199 + 3 = 1 000 steps: each pass is the loop, its line, the call, the
# function's line and its return; the list grows, so every step also draws an object.
THOUSAND_STEPS = """def square(x):
    return x * x

squares = []
for i in range(199):
    squares.append(square(i))
print(len(squares))
"""
TIMED_TRACE = """async code => { const t = performance.now();
    const trace = await window.trainer.trace(code, "");
    const [worker, drawn] = document.querySelector("[data-steps]").dataset.timing.split(" ");
    return [performance.now() - t, Number(worker), Number(drawn), trace.steps.length,
            trace.truncated]; }"""
TIMED_STEPPING = """count => {
    const next = document.querySelector("[data-action=steps-next]");
    const slider = document.querySelector(".trainer__steps-slider");
    document.querySelector("[data-action=steps-first]").click();
    let t = performance.now();
    for (let i = 0; i < count; i++) { next.click(); document.body.offsetHeight; }
    const forward = (performance.now() - t) / count;
    t = performance.now();
    for (let i = 0; i < count; i++) {
        slider.value = String((i * 389) % 1000);
        slider.dispatchEvent(new Event("input", {bubbles: true}));
        document.body.offsetHeight;
    }
    return [forward, (performance.now() - t) / count]; }"""


def measure_trace(browser, server) -> None:
    """«По шагам»: trainer.trace of a 1 000-step program until the viewer shows its first
    step (Python, the trip to the page, drawing); then a step forward and a jump by the
    slider, each with the page laid out again."""
    context = browser.new_context(service_workers="block")
    page = context.new_page()
    page.goto(f"{server.origin}/basics/sum-of-two/")
    wait_task(page, "sum-of-two")
    ready, worker, drawn = [], [], []
    for _ in range(6):
        ms, in_worker, first_step, steps, truncated = page.evaluate(TIMED_TRACE, THOUSAND_STEPS)
        assert steps == 1000 and not truncated, (steps, truncated)
        ready.append(ms)
        worker.append(in_worker)
        drawn.append(first_step)
    forward, jumps = [], []
    for _ in range(3):
        step_ms, jump_ms = page.evaluate(TIMED_STEPPING, 300)
        forward.append(step_ms)
        jumps.append(jump_ms)
    context.close()
    print(f"«По шагам»: a 1 000-step program traced and shown (goal 0.5 s): {median_ms(ready)}")
    print(
        f"«По шагам»: of which the worker (trace, JSON, transfer) {median_ms(worker)}, "
        f"the first step drawn {median_ms(drawn)}"
    )
    print(f"«По шагам»: one step forward, drawn (goal 16 ms): {statistics.median(forward):.1f} ms")
    print(
        f"«По шагам»: a jump by the slider, drawn (goal 16 ms): {statistics.median(jumps):.1f} ms"
    )


if __name__ == "__main__":
    main()

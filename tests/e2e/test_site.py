"""The site as a whole: home page, tasks.json, sub-path hosting, no foreign requests."""

from __future__ import annotations

import gzip

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from playwright.sync_api import expect

from site_builder.content import load_course
from tests.conftest import ROOT, SUBPATH
from tests.e2e.conftest import _guard, wait_for_task
from tests.e2e.test_learner_io import answer_typed_input


def test_tasks_json_lists_every_task_with_a_working_url(page, server):
    tasks = page.request.get(f"{server.origin}/tasks.json").json()
    assert {"id", "title", "module", "url"} <= set(tasks[0])
    assert len({t["id"] for t in tasks}) == len(tasks) >= 5
    for task in tasks:
        assert page.request.get(f"{server.origin}/{task['url']}").ok, task


def test_home_page_starts_the_course(page, server):
    page.goto(server.origin + "/")
    expect(page.locator("footer")).not_to_contain_text("Made with")  # a learner reads Russian
    start = page.get_by_role("link", name="Начать курс")
    expect(start).to_be_visible()
    start.click()
    page.wait_for_url("**/basics/hello-world/")
    wait_for_task(page, "hello-world")


def test_works_under_a_sub_path(browser, subpath_server):
    context = browser.new_context()
    foreign = _guard(context, subpath_server.origin)
    page = context.new_page()
    page.goto(f"{subpath_server.origin}/{SUBPATH}/basics/sum-of-two/")
    wait_for_task(page, "sum-of-two")
    verdict = page.evaluate("window.trainer.check('print(int(input()) + int(input()))')")
    assert verdict["status"] == "passed"
    page.goto(f"{subpath_server.origin}/{SUBPATH}/")
    # one task solved: the home page now continues with the first unsolved one
    expect(page.get_by_role("link", name="Продолжить")).to_have_attribute(
        "href", "basics/hello-world/"
    )
    basics = len(load_course(ROOT / "content").modules[0].tasks)
    expect(page.locator('[data-module-progress="basics"]')).to_contain_text(f"Решено 1 из {basics}")
    context.close()
    assert not foreign


def test_python_loads_from_the_site_itself(page, server):
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(server.origin + "/basics/hello-world/")
    wait_for_task(page, "hello-world")
    wasm = [url for url in requests if url.endswith("pyodide.asm.wasm")]
    assert wasm and all(url.startswith(server.origin) for url in wasm)


def test_python_from_the_builds_snapshot_shows_no_path_of_the_build_machine(page, server):
    page.goto(server.origin + "/basics/hello-world/")
    assert wait_for_task(page, "hello-world")["snapshot"] in ("build", "stored")
    probe = "import sys; print(sys.executable)"  # pytest's report shows it to learners
    printed = page.evaluate("code => window.trainer.run(code, '')", probe)["stdout"]
    assert printed == "/home/pyodide/this.program\n"  # as a start in the browser has it


def test_a_task_page_starts_its_one_python_worker_from_the_head(page, server):
    page.goto(server.origin + "/basics/hello-world/")
    wait_for_task(page, "hello-world")
    # the worker the page's head started was adopted by the page's scripts, not doubled
    assert page.evaluate("window.trainerEarlyWorker") is None
    workers = [w.url for w in page.workers if "/assets/trainer/worker.js" in w.url]
    assert len(workers) == 1, workers
    # named by its content: a new tab need not ask the server whether it changed
    assert "worker.js?v=" in workers[0]


def _is_search_index(request) -> bool:
    return request.url.endswith("/search/search_index.json")


def test_the_search_index_waits_until_python_is_ready_on_a_task_page(page, server):
    asked: list[str] = []
    page.on("request", lambda request: _is_search_index(request) and asked.append(request.url))
    page.goto(server.origin + "/basics/hello-world/")
    wait_for_task(page, "hello-world")
    assert not asked, "the search index competed with Python's start"
    # and it comes a few seconds later, without the learner asking
    page.wait_for_event("request", predicate=_is_search_index, timeout=30_000)


def test_search_on_a_task_page_works_while_python_is_still_loading(page, server):
    held = []
    page.route("**/pyodide.asm.wasm", lambda route: held.append(route))  # Python never loads
    page.goto(server.origin + "/basics/hello-world/")
    search = page.get_by_placeholder("Поиск")
    search.click()
    search.press_sequentially("палиндром", delay=20)
    try:
        page.locator(".md-search-result__item").first.wait_for(timeout=5_000)
    except PlaywrightTimeoutError:
        search.dispatch_event("keyup")  # see test_search_works_in_russian_from_the_site_itself
    expect(page.locator(".md-search-result")).to_contain_text("Палиндром")
    assert held  # so Python was not ready: the search box itself let the index in


@pytest.mark.parametrize(
    "script", ["workers/search.*.min.js", "lunr/min/lunr.stemmer.support.min.js"]
)
def test_search_survives_the_link_dropping_while_its_worker_loads(page, server, script):
    """The theme's search worker loads its script and imports its Russian stemmer only
    once the index has arrived, seconds after a task page opened: a class server
    restarting then must not leave the search broken (CI runs of test_classroom caught
    both)."""
    dropped: list[str] = []

    def drop_once(route):
        if dropped:
            route.continue_()
        else:
            dropped.append(route.request.url)
            route.abort("connectionrefused")

    page.route(f"**/assets/javascripts/{script}", drop_once)
    page.goto(server.origin + "/")
    search = page.get_by_placeholder("Поиск")
    search.click()
    search.press_sequentially("палиндром", delay=20)
    results = page.locator(".md-search-result__item")
    try:
        results.first.wait_for(timeout=8_000)
    except PlaywrightTimeoutError:
        search.dispatch_event("keyup")  # see test_search_works_in_russian_from_the_site_itself
    expect(page.locator(".md-search-result")).to_contain_text("Палиндром")
    assert dropped, "the stemmer was never asked for: the test proves nothing"


WARM_PROBE = "import sys; print('sqlite3' in sys.modules, 'zoneinfo' in sys.modules)"
# where two modules came from: "pyc .py" from the compiled standard library
COMPILED_PROBE = "import typing, doctest; print(typing.__file__[-3:], doctest.__file__[-3:])"


def test_a_start_without_a_snapshot_leaves_common_modules_for_idle_time(page, server):
    page.route("**/*.snapshot.gz", lambda route: route.abort())
    page.goto(server.origin + "/basics/hello-world/")
    assert wait_for_task(page, "hello-world")["snapshot"] == "none"
    probe = "code => window.trainer.run(code, '')"
    # Python started from the build's standard library: its start compiled, the rest source
    assert page.evaluate(probe, COMPILED_PROBE)["stdout"] == "pyc .py\n"
    # Python's start did not wait for them (0.8 s in the browser)...
    assert page.evaluate(probe, WARM_PROBE)["stdout"] == "False False\n"
    # ...they come one at a time while the learner reads, and stay between requests
    for _ in range(60):
        page.wait_for_timeout(500)
        if page.evaluate(probe, WARM_PROBE)["stdout"] == "True True\n":
            break
    else:
        raise AssertionError("the modules learners import most were never imported")


def test_the_standard_library_also_arrives_unpacked_by_the_host(page, server):
    # Some hosts send a .gz file with Content-Encoding: gzip, which the browser undoes:
    # the page then reads the archive itself (Playwright's route would pass the header on
    # without undoing it, so the unpacked bytes are sent).
    def unpacked_by_host(route):
        response = route.fetch()
        route.fulfill(response=response, body=gzip.decompress(response.body()))

    page.route("**/*.snapshot.gz", lambda route: route.abort())
    page.route("**/*.stdlib.zip.gz", unpacked_by_host)
    page.goto(server.origin + "/basics/hello-world/")
    assert wait_for_task(page, "hello-world")["snapshot"] == "none"
    run = page.evaluate("code => window.trainer.run(code, '')", COMPILED_PROBE)
    assert run["stdout"] == "pyc .py\n"


def test_without_the_compiled_standard_library_python_starts_from_pyodides_own(page, server):
    # (the page fixture also fails the test on any error the page reports)
    page.route("**/*.stdlib.zip.gz", lambda route: route.fulfill(status=404, body="gone"))
    page.goto(server.origin + "/basics/hello-world/")
    # no snapshot fits that library: this link is fast, but Python starts the ordinary way
    assert wait_for_task(page, "hello-world")["snapshot"] == "none"
    run = page.evaluate("code => window.trainer.run(code, '')", COMPILED_PROBE)
    assert run["stdout"] == ".py .py\n"
    verdict = page.evaluate("code => window.trainer.check(code)", 'print("Привет, мир!")')
    assert verdict["status"] == "passed"


SNAPSHOT_KEPT = """() => new Promise(resolve => {
    const request = indexedDB.open("trainer-python");
    request.onsuccess = () => {
        const db = request.result;
        if (!db.objectStoreNames.contains("snapshot")) return resolve(false);
        const count = db.transaction("snapshot").objectStore("snapshot").count();
        count.onsuccess = () => resolve(count.result === 1);
    };
    request.onerror = () => resolve(false);
})"""


def test_python_starts_from_a_memory_snapshot_and_keeps_it(page, server):
    page.goto(server.origin + "/basics/hello-world/")
    wait_for_task(page, "hello-world")
    # a fast link (loopback) takes the snapshot the build made, and keeps it in IndexedDB
    assert page.evaluate("window.trainer.ready()")["snapshot"] == "build"
    for _ in range(60):
        if page.evaluate(SNAPSHOT_KEPT):
            break
        page.wait_for_timeout(500)
    page.reload()
    wait_for_task(page, "hello-world")
    info = page.evaluate("window.trainer.ready()")
    assert info["snapshot"] == "stored"
    verdict = page.evaluate("window.trainer.check('print(\"Привет, мир!\")')")
    assert verdict["status"] == "passed"
    # a snapshot made at build time (by Node.js) still lets input() wait for the learner
    assert info["jspi"]
    answer_typed_input(page)


def test_search_works_in_russian_from_the_site_itself(page, server):
    page.goto(server.origin + "/")
    search = page.get_by_placeholder("Поиск")
    results = page.locator(".md-search-result__item")
    search.click()
    search.press_sequentially("палиндром", delay=20)
    try:
        results.first.wait_for(timeout=3_000)
    except PlaywrightTimeoutError:
        # The theme queries on `keyup`, which headless Chromium stops delivering for
        # synthetic typing a moment after load (the same without our scripts); a real
        # keyup event still reaches it.
        search.dispatch_event("keyup")
    expect(results.first).to_be_visible()
    expect(page.locator(".md-search-result")).to_contain_text("Палиндром")


def test_course_map_shows_every_module_and_task(page, server):
    tasks = page.request.get(f"{server.origin}/tasks.json").json()
    page.goto(server.origin + "/map/")
    expect(page.locator("[data-task-link]")).to_have_count(len(tasks))
    expect(page.locator("[data-progress-summary]")).to_have_text(
        f"Решено задач: 0 из {len(tasks)}."
    )

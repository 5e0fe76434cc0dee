"""Real libraries offline: the first task of each library the course uses (one per distinct
`packages:` set, found in the content, not named here) is checked once online, as a
learner moves from task to task, then opened again with the network cut: its reference
solution passes.

The first visit is the hard case: the service worker starts only once Python is ready, so
the first task's libraries are fetched past it, and sw.js takes them from the browser's
HTTP cache when it takes over (without that, this test fails for the first library). That
cache is off in a context whose requests Playwright routes, so foreign requests are watched
here, not aborted (the network is cut for the offline half anyway), and the bytes are
counted by the server.

`make test` runs a slice (flask, and pyjwt: the smallest); `make offline-libs`
(TRAINER_OFFLINE_LIBS=all) runs every library. With `-s` it prints per library: bytes of
libraries downloaded on the first visit, seconds from opening the page to Python ready and
to the verdict, online (libraries downloaded) and offline (libraries from the cache)."""

from __future__ import annotations

import os
import threading
import time
from collections import Counter
from urllib.parse import urlsplit

import pytest

from site_builder.content import load_course
from site_builder.serve import SiteHandler, make_server
from tests.conftest import ROOT
from tests.e2e.conftest import LOCAL_SCHEMES, wait_for_task
from tests.e2e.test_offline import controlled
from tests.e2e.test_task_page import FOLLOW_LINK

COURSE = load_course(ROOT / "content")
ALL = os.environ.get("TRAINER_OFFLINE_LIBS") == "all"
SLICE = {("flask",), ("pyjwt",)}
LIBRARIES = "/assets/packages/"
SENT: Counter = Counter()  # bytes sent by the counting server, by kind


def first_task_per_library():
    firsts = {}
    for task in COURSE.tasks:
        libraries = tuple(sorted(task.data.get("packages", ())))
        if libraries and libraries not in firsts:
            firsts[libraries] = task
    return [task for libraries, task in firsts.items() if ALL or libraries in SLICE]


class _Counted:
    def __init__(self, raw, count):
        self.raw, self.count = raw, count

    def write(self, data):
        self.count(len(data))
        return self.raw.write(data)

    def __getattr__(self, name):
        return getattr(self.raw, name)


class CountingHandler(SiteHandler):
    """Counts the bytes sent for library files (headers included)."""

    def setup(self):
        super().setup()
        self.wfile = _Counted(self.wfile, self._count)

    def _count(self, n):
        if getattr(self, "path", "").startswith(LIBRARIES):
            SENT[LIBRARIES] += n


@pytest.fixture
def counted_server(built_site):
    """A server of its own: a fresh origin (no service worker of other tests) whose bytes
    of libraries are counted."""
    server = make_server(built_site, "127.0.0.1", 0, handler=CountingHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    server.origin = f"http://127.0.0.1:{server.server_address[1]}"
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def sw_context(browser, counted_server):
    context = browser.new_context(service_workers="allow", locale="ru-RU")
    foreign = []

    def watch(request):
        url = request.url
        if urlsplit(url).scheme not in LOCAL_SCHEMES and not url.startswith(
            counted_server.origin + "/"
        ):
            foreign.append(url)

    context.on("request", watch)
    yield context
    context.close()
    assert not foreign, f"requests to other origins: {foreign}"


def check(page, task) -> dict:
    return page.evaluate("code => window.trainer.check(code)", task.data["solution"])


def test_libraries_work_offline_after_one_visit(sw_context, counted_server):
    origin = counted_server.origin
    tasks = first_task_per_library()
    assert tasks, "no task declares a library"
    page = sw_context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(error.stack or str(error)))
    figures = {}

    # Online: the first task opened directly (Python downloads, no service worker yet), the
    # others by links, as a learner moves on (the same Python worker).
    for position, task in enumerate(tasks):
        SENT.clear()
        start = time.perf_counter()
        if position == 0:
            page.goto(f"{origin}/{task.url}")
        else:
            page.evaluate(FOLLOW_LINK, f"{origin}/{task.url}")
        wait_for_task(page, task.id)
        ready = time.perf_counter() - start
        verdict = check(page, task)
        assert verdict["status"] == "passed", (task.id, verdict["message"])
        figures[task.id] = {
            "libraries": "+".join(task.data["packages"]),
            "bytes": SENT[LIBRARIES],
            "online": (ready, time.perf_counter() - start),
        }
        if position == 0:
            controlled(page)  # the service worker is installed and took over

    sw_context.set_offline(True)
    failures = {}
    for task in tasks:
        start = time.perf_counter()
        page.goto(f"{origin}/{task.url}")
        wait_for_task(page, task.id)
        ready = time.perf_counter() - start
        verdict = check(page, task)
        figures[task.id]["offline"] = (ready, time.perf_counter() - start)
        if verdict["status"] != "passed":
            failures[task.id] = verdict["message"]

    for task_id, row in figures.items():
        online, offline = row["online"], row.get("offline", (0, 0))
        print(
            f"\n{task_id:24} {row['libraries']:18} first visit {row['bytes'] / 1e6:5.2f} MB"
            f" | ready/verdict online {online[0]:4.1f}/{online[1]:4.1f} s"
            f", offline {offline[0]:4.1f}/{offline[1]:4.1f} s",
            end="",
        )
    print()
    assert not failures, failures
    assert not errors, f"JavaScript errors on the page: {errors}"

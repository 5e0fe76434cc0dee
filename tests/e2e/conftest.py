"""Per-test browser context that fails the test on any request leaving the site's origin."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

LOCAL_SCHEMES = ("data", "blob", "about")


class ForeignRequests(list):
    """URLs of requests that tried to leave the site's origin (aborted)."""


def _guard(context, origin: str) -> ForeignRequests:
    foreign = ForeignRequests()

    def handle(route):
        url = route.request.url
        scheme = urlsplit(url).scheme
        if scheme in LOCAL_SCHEMES or url.startswith(origin + "/"):
            route.continue_()
        else:
            foreign.append(url)
            route.abort()

    context.route("**/*", handle)
    return foreign


@pytest.fixture
def context(browser, server):
    # The service worker (offline mode) has its own tests in test_offline.py; elsewhere it
    # would only re-download the whole site into every fresh browser context.
    ctx = browser.new_context(
        viewport={"width": 1280, "height": 900}, locale="ru-RU", service_workers="block"
    )
    foreign = _guard(ctx, server.origin)
    yield ctx
    ctx.close()
    assert not foreign, f"requests to other origins: {foreign}"


@pytest.fixture
def page(context, server):
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(error.stack or str(error)))
    page.base_url = server.origin  # type: ignore[attr-defined]
    yield page
    assert not errors, f"JavaScript errors on the page: {errors}"


WAIT_FOR_TASK = """async id => {
    // instant navigation swaps pages without a load event, and unwires the old page first
    const give_up = Date.now() + 120000;
    while (Date.now() < give_up) {
        const trainer = window.trainer;
        if (trainer && (id === null || trainer.taskId === id)) return await trainer.ready();
        await new Promise(resolve => setTimeout(resolve, 50));
    }
    throw new Error(`task ${id} never appeared (now: ${window.trainer?.taskId})`);
}"""


def wait_for_task(page, task_id: str | None = None) -> dict:
    """Wait until the task page is wired and Python is ready; returns Python's info."""
    return page.evaluate(WAIT_FOR_TASK, task_id)


def open_task(page, origin: str, task_id: str, *, prefix: str = ""):
    """Open a task page by id (through tasks.json, like any client) and wait for Python."""
    tasks = page.request.get(f"{origin}/{prefix}tasks.json").json()
    url = next(t["url"] for t in tasks if t["id"] == task_id)
    page.goto(f"{origin}/{prefix}{url}")
    wait_for_task(page, task_id)
    return page

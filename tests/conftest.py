"""Shared fixtures. End-to-end tests (tests/e2e) share one built site, one server and one
browser for the whole session; each test gets a fresh browser context."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SUBPATH = "course/python"  # the site is also served under this sub-path, like GitHub Pages


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory):
    """The bundled course built once into a temporary folder (or TRAINER_SITE if given)."""
    from site_builder.build import build_site

    if os.environ.get("TRAINER_SITE"):
        return Path(os.environ["TRAINER_SITE"])
    site = tmp_path_factory.mktemp("built") / "site"
    build_site(ROOT / "content", site)
    return site


@pytest.fixture(scope="session")
def server(built_site):
    from tests.site_server import BackgroundServer

    srv = BackgroundServer(built_site)
    yield srv
    srv.close()


@pytest.fixture(scope="session")
def subpath_server(built_site, tmp_path_factory):
    """The same site under /course/python/, the way a project site is hosted."""
    from tests.site_server import BackgroundServer

    www = tmp_path_factory.mktemp("www")
    (www / SUBPATH).parent.mkdir(parents=True)
    (www / SUBPATH).symlink_to(built_site, target_is_directory=True)
    srv = BackgroundServer(www)
    yield srv
    srv.close()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    from tests.browser import launch

    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()

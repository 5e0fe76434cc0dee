"""`trainer serve --watch`: rebuild on change, keep the last good site, report problems."""

from __future__ import annotations

import json
import threading
import urllib.request

from site_builder.build import build_site
from site_builder.live import LiveBuilder, make_live_handler
from site_builder.serve import SiteServer
from site_builder.source import ContentError
from tests.content_fixtures import TASK, write_course


def test_rebuilds_on_change_and_keeps_the_last_good_site(tmp_path):
    content = write_course(tmp_path)
    site = tmp_path / "site"
    build_site(content, site)
    messages: list[str] = []

    def build() -> list[str]:
        try:
            build_site(content, site)
        except ContentError as error:
            return [str(p) for p in error.problems]
        return []

    live = LiveBuilder([content], build, log=messages.append)
    assert not live.poll_once()  # nothing changed yet

    (content / "basics" / "one.yaml").write_text(
        TASK.format(id="one").replace("Задача one", "Первая")
    )
    assert live.poll_once()
    assert live.status() == {"generation": 1, "problems": []}
    assert "Первая" in (site / "basics" / "one" / "index.html").read_text()

    (content / "basics" / "one.yaml").write_text("id: one\ntitle: [\n")
    assert live.poll_once()
    status = live.status()
    assert status["generation"] == 1
    assert "one.yaml:3:1: YAML syntax error" in status["problems"][0]
    assert "Первая" in (site / "basics" / "one" / "index.html").read_text()
    assert any("problem" in m for m in messages)


def test_pages_get_the_reload_script_and_the_status_is_served(tmp_path):
    content = write_course(tmp_path)
    site = tmp_path / "site"
    build_site(content, site)
    live = LiveBuilder([content], lambda: [])
    handler = make_live_handler(live)
    server = SiteServer(("127.0.0.1", 0), lambda *a: handler(*a, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        page = urllib.request.urlopen(f"{origin}/basics/one/").read().decode()
        assert '<script src="/__trainer__/live.js"></script></body>' in page
        status = json.load(urllib.request.urlopen(f"{origin}/__trainer__/status"))
        assert status == {"generation": 0, "problems": []}
        worker = urllib.request.urlopen(f"{origin}/sw.js").read().decode()
        assert "unregister" in worker  # an earlier offline copy must not hide new builds
    finally:
        server.shutdown()
        server.server_close()

"""Live authoring: `trainer serve --watch` rebuilds when content (or the code) changes,
prints problems in the terminal, and shows them on open pages, which reload by themselves
after a good build. Development only: the status endpoint reports builds, nothing else."""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path

from .serve import SiteHandler

STATUS_PATH = "/__trainer__/status"
SCRIPT_PATH = "/__trainer__/live.js"
SCRIPT_FILE = Path(__file__).with_name("live-reload.js")
KILL_SWITCH = Path(__file__).with_name("live-sw.js")  # replaces the offline service worker
WATCHED_SUFFIXES = {".yaml", ".yml", ".json", ".j2", ".html", ".js", ".mjs", ".css", ".py"}


class LiveBuilder:
    """Polls the watched folders and rebuilds on change (stdlib only, no extra watcher)."""

    def __init__(
        self,
        folders: list[Path],
        build: Callable[[], list[str]],
        *,
        interval: float = 0.4,
        log: Callable[[str], None] = print,
        ignore: list[Path] = (),
    ) -> None:
        self.folders = folders
        # the site being built (site/ sits inside a course folder): its writes are not edits
        self.ignore = {p.resolve() for p in ignore}
        self.build = build  # returns the problems found (empty list: success)
        self.interval = interval
        self.log = log
        self.generation = 0
        self.problems: list[str] = []
        self._lock = threading.Lock()
        self._seen = self._snapshot()
        self._stop = threading.Event()

    def _snapshot(self) -> dict[Path, int]:
        found = {}
        for folder in self.folders:
            for top, dirs, files in os.walk(folder):
                here = Path(top)
                dirs[:] = [
                    d
                    for d in dirs
                    if not d.startswith(".") and (here / d).resolve() not in self.ignore
                ]
                for name in files:
                    path = here / name
                    if path.suffix in WATCHED_SUFFIXES:
                        try:
                            found[path] = path.stat().st_mtime_ns
                        except OSError:
                            continue  # deleted while we looked
        return found

    def status(self) -> dict[str, object]:
        with self._lock:
            return {"generation": self.generation, "problems": list(self.problems)}

    def rebuild(self) -> None:
        started = time.perf_counter()
        problems = self.build()
        with self._lock:
            self.problems = problems
            if not problems:
                self.generation += 1
        took = time.perf_counter() - started
        if problems:
            self.log(f"{len(problems)} problem(s); the site still shows the last good build:")
            for problem in problems:
                self.log(f"  {problem}")
        else:
            self.log(f"rebuilt in {took:.1f} s")

    def poll_once(self) -> bool:
        current = self._snapshot()
        if current == self._seen:
            return False
        changed = sorted(
            str(p)
            for p in set(current) ^ set(self._seen)
            | {p for p in current if p in self._seen and current[p] != self._seen[p]}
        )
        self._seen = current
        self.log(f"changed: {', '.join(changed[:3])}{' …' if len(changed) > 3 else ''}")
        self.rebuild()
        self._seen = self._snapshot()  # the build's own writes are not edits
        return True

    def run(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                self.poll_once()
            except Exception as error:  # keep watching whatever one build did
                self.log(f"live rebuild failed: {error}")

    def start(self) -> threading.Thread:
        thread = threading.Thread(target=self.run, daemon=True, name="live-builder")
        thread.start()
        return thread

    def stop(self) -> None:
        self._stop.set()


class LiveHandler(SiteHandler):
    """Serves the site, the build status, and adds the reload script to every page."""

    live: LiveBuilder  # set on a subclass by make_live_handler

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        if path == STATUS_PATH:
            return self._send(json.dumps(self.live.status()).encode(), "application/json")
        if path == SCRIPT_PATH:
            return self._send(SCRIPT_FILE.read_bytes(), "text/javascript")
        if path == "/sw.js":
            return self._send(KILL_SWITCH.read_bytes(), "text/javascript")
        if path.endswith("/") or path.endswith(".html"):
            file = Path(self.translate_path(path))
            if file.is_dir():
                file = file / "index.html"
            if file.is_file():
                page = file.read_bytes().replace(
                    b"</body>", f'<script src="{SCRIPT_PATH}"></script></body>'.encode(), 1
                )
                return self._send(page, "text/html; charset=utf-8")
        return super().do_GET()

    def _send(self, body: bytes, content_type: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)


def make_live_handler(live: LiveBuilder) -> type[LiveHandler]:
    return type("BoundLiveHandler", (LiveHandler,), {"live": live})

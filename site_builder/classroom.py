#!/usr/bin/env python3
"""Тренажёр Python — сервер класса (the classroom server). ONE stdlib-only file.

It serves the built static site (correct MIME types on every system, gzip computed once
per file and kept in memory, caching headers) and, in class mode, receives the results of
the learners' checks and shows them to the teacher. Nothing is executed on the server:
Python runs in each learner's browser; the server only stores what the browsers report.

    python3 classroom.py                      # next to the `site` folder (the dist zip)
    trainer serve --class                     # from the project (site_builder.cli)

Class mode prints two addresses: the one learners open, and the teacher's page with a
secret token (kept next to the database, so it stays the same after a restart). Results
go into an sqlite database (WAL, synchronous=FULL) in the class folder
(~/.python-trainer-class by default, `--data DIR` for another class); a submission is
acknowledged only after it is committed, and the browser keeps unsent results until then.

HTTP API (all JSON, UTF-8):
    POST /__class__/results     a learner's results (see `parse_submission`)
    GET  /teacher/?token=T      the teacher's page (403 without the token)
    GET  /teacher/?token=T&format=json
                                {"learners": [{"name", "solved": [ids], "tried": [ids]}]}
    GET  /__class__/table?token=T[&since=V]   what the teacher's page polls
    GET  /__class__/code?token=T&learner=L&task=X   a learner's latest code for a task
"""

from __future__ import annotations

import argparse
import contextlib
import email.utils
import functools
import gzip
import http.server
import io
import json
import math
import mimetypes
import os
import re
import secrets
import signal
import socket
import sqlite3
import stat
import sys
import threading
import time
import unicodedata
import urllib.parse
from http import HTTPStatus
from pathlib import Path
from typing import Any

# -- serving the static site ---------------------------------------------------------------

# Explicit types: on Windows the registry often maps .js to text/plain, and module scripts
# and WebAssembly streaming refuse any other type than these.
MIME_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".json": "application/json",
    ".map": "application/json",
    ".webmanifest": "application/manifest+json",
    ".wasm": "application/wasm",
    ".zip": "application/zip",
    ".gz": "application/gzip",
    ".txt": "text/plain; charset=utf-8",
    ".xml": "application/xml",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".ico": "image/x-icon",
    ".woff2": "font/woff2",
    ".woff": "font/woff",
    ".ttf": "font/ttf",
}
COMPRESSIBLE = {
    "text/html",
    "text/css",
    "text/javascript",
    "text/plain",
    "application/json",
    "application/manifest+json",
    "application/wasm",
    "application/xml",
    "image/svg+xml",
}
IMMUTABLE = "public, max-age=31536000, immutable"
REVALIDATE = "no-cache"  # may be stored, but asked again (a cheap 304) before each use
# Versioned files never change under the same URL: Pyodide's folder is named after its
# version, esbuild's chunks and mkdocs-material's bundles carry a content hash.
_VERSIONED = re.compile(
    r"/assets/pyodide-[^/]+/"
    r"|/assets/trainer/chunks/[^/]+-[A-Z0-9]{8}\.js(\.map)?$"
    r"|\.[0-9a-f]{8}\.min\.(js|css)(\.map)?$"
)
_ALWAYS_REVALIDATE = ("/sw.js", "/tasks.json")


def content_type(path: str) -> str:
    suffix = os.path.splitext(path)[1].lower()
    if suffix in MIME_TYPES:
        return MIME_TYPES[suffix]
    return mimetypes.guess_type(path)[0] or "application/octet-stream"


def cache_control(url_path: str, query: str = "") -> str:
    """Long-lived for versioned assets, revalidated for pages, sw.js and tasks.json."""
    if url_path.endswith(("/", ".html", *_ALWAYS_REVALIDATE)):
        return REVALIDATE
    if re.search(r"(^|&)v=", query) or _VERSIONED.search(url_path):
        return IMMUTABLE
    return REVALIDATE


def accepts_gzip(header: str | None) -> bool:
    for part in (header or "").split(","):
        name, _, params = part.partition(";")
        if name.strip().lower() not in ("gzip", "*"):
            continue
        match = re.search(r"q\s*=\s*([0-9.]+)", params)
        try:
            return match is None or float(match.group(1)) > 0
        except ValueError:
            return False
    return False


class FileEntry:
    """One file as served: its type, validators and, when worth it, its gzip bytes."""

    __slots__ = ("body", "ctype", "etag", "gz", "last_modified", "mtime_ns", "size", "stat_size")

    def __init__(self, path: str, st: os.stat_result, transform) -> None:
        self.ctype = content_type(path)
        self.mtime_ns = st.st_mtime_ns
        self.stat_size = st.st_size
        self.last_modified = email.utils.formatdate(st.st_mtime, usegmt=True)
        self.body: bytes | None = None  # kept only when transformed (pages in class mode)
        self.gz: bytes | None = None
        self.size = st.st_size
        tag = f"{st.st_mtime_ns:x}-{st.st_size:x}"
        compressible = self.ctype.split(";")[0] in COMPRESSIBLE
        if transform is not None or (compressible and st.st_size >= 512):
            with open(path, "rb") as file:
                data = file.read()
            if transform is not None:
                data = transform(data)
                self.body, self.size = data, len(data)
                tag += "-t"
            if compressible and len(data) >= 512:
                packed = gzip.compress(data, compresslevel=6, mtime=0)
                if len(packed) < len(data) * 0.9:
                    self.gz = packed
        self.etag = f'"{tag}"'


class FileCache:
    """Files of a build do not change while it is served: each file is read and compressed
    once. A changed file (`serve --watch` rebuilds) is noticed by its size and time."""

    def __init__(self) -> None:
        self._entries: dict[tuple[str, str], FileEntry] = {}
        self._locks: dict[tuple[str, str], threading.Lock] = {}
        self._guard = threading.Lock()

    def get(self, path: str, transform=None, variant: str = "") -> FileEntry:
        st = os.stat(path)  # OSError: not found
        if not stat.S_ISREG(st.st_mode):
            raise IsADirectoryError(path)
        key = (path, variant)
        entry = self._entries.get(key)
        if entry and entry.mtime_ns == st.st_mtime_ns and entry.stat_size == st.st_size:
            return entry
        with self._guard:
            lock = self._locks.setdefault(key, threading.Lock())
        with lock:  # forty learners asking for the same file compress it once
            entry = self._entries.get(key)
            if entry and entry.mtime_ns == st.st_mtime_ns and entry.stat_size == st.st_size:
                return entry
            entry = FileEntry(path, st, transform)
            self._entries[key] = entry
            return entry

    def warm(self, root: Path, transform=None, variant: str = "") -> None:
        """Compress every compressible file now (in a background thread at start), the
        biggest first: Python's own files are what a first visit waits for."""
        files = [p for p in root.rglob("*") if p.is_file()]
        for path in sorted(files, key=lambda p: -p.stat().st_size):
            try:
                if path.is_file():
                    if content_type(str(path)).split(";")[0] not in COMPRESSIBLE:
                        continue
                    if path.suffix == ".html":
                        self.get(str(path), transform, variant)
                    else:
                        self.get(str(path))
            except OSError:
                continue


class StaticHandler(http.server.SimpleHTTPRequestHandler):
    """The built site: explicit MIME types, gzip, ETag/304, Cache-Control; no listings."""

    protocol_version = "HTTP/1.1"  # keep-alive: a page's assets reuse a few connections
    timeout = 60  # an idle kept-alive connection is closed after this many seconds
    server: StaticServer

    def guess_type(self, path) -> str:
        return content_type(str(path))

    def log_message(self, format: str, *args) -> None:
        if getattr(self.server, "verbose", False):
            super().log_message(format, *args)

    # Pages may be changed on the way out (class mode marks them); None: served as is.
    def page_transform(self):
        return None

    def send_head(self):
        url = urllib.parse.urlsplit(self.path)
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            if not url.path.endswith("/"):
                location = urllib.parse.urlunsplit(("", "", url.path + "/", url.query, ""))
                self.send_response(HTTPStatus.MOVED_PERMANENTLY)
                self.send_header("Location", location)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            path = os.path.join(path, "index.html")
        elif url.path.endswith("/"):
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
            return None
        return self.send_file(path, url.path, url.query)

    def send_file(self, path: str, url_path: str, query: str = "", extra_headers=()):
        """Headers for one file; returns the body to copy (or None: nothing to send)."""
        is_page = path.endswith((".html", ".htm"))
        transform = self.page_transform() if is_page else None
        cache = getattr(self.server, "files", None) or _FALLBACK_CACHE
        try:
            entry = cache.get(path, transform, "page" if transform else "")
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
            return None
        use_gz = entry.gz is not None and accepts_gzip(self.headers.get("Accept-Encoding"))
        etag = entry.etag[:-1] + '-gz"' if use_gz else entry.etag
        headers = [("Cache-Control", cache_control(url_path, query)), ("ETag", etag)]
        headers.append(("Last-Modified", entry.last_modified))
        if entry.gz is not None:
            headers.append(("Vary", "Accept-Encoding"))
        headers.extend(extra_headers)
        if self._not_modified(etag, entry):
            self.send_response(HTTPStatus.NOT_MODIFIED)
            for name, value in headers:
                self.send_header(name, value)
            self.end_headers()
            return None
        if use_gz:
            body, length = io.BytesIO(entry.gz), len(entry.gz)
        elif entry.body is not None:
            body, length = io.BytesIO(entry.body), entry.size
        else:
            try:
                body, length = open(path, "rb"), entry.size  # noqa: SIM115 (closed by do_GET)
            except OSError:
                self.send_error(HTTPStatus.NOT_FOUND, "File not found")
                return None
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", entry.ctype)
        self.send_header("Content-Length", str(length))
        self.send_header("X-Content-Type-Options", "nosniff")
        if use_gz:
            self.send_header("Content-Encoding", "gzip")
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        return body

    def _not_modified(self, etag: str, entry: FileEntry) -> bool:
        match = self.headers.get("If-None-Match")
        if match is not None:
            tags = {re.sub(r"^W/", "", t.strip()) for t in match.split(",")}
            return etag in tags or "*" in tags
        since = self.headers.get("If-Modified-Since")
        if since:
            try:
                when = email.utils.parsedate_to_datetime(since).timestamp()
                return when >= entry.mtime_ns // 10**9
            except (TypeError, ValueError, OverflowError):
                return False
        return False

    def list_directory(self, path):  # never list folders
        self.send_error(HTTPStatus.NOT_FOUND, "File not found")
        return None


_FALLBACK_CACHE = FileCache()  # for servers built without StaticServer


class StaticServer(http.server.ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128  # a class opening the page at the same moment
    verbose = False

    def __init__(self, address, handler, bind_and_activate: bool = True) -> None:
        self.files = FileCache()
        self._open: set[socket.socket] = set()  # kept-alive connections, closed on stop
        self._open_lock = threading.Lock()
        super().__init__(address, handler, bind_and_activate)

    def process_request(self, request, client_address) -> None:
        with self._open_lock:
            self._open.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request) -> None:
        with self._open_lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def server_close(self) -> None:
        """Stop listening and end kept-alive connections: a stopped server answers nothing."""
        super().server_close()
        with self._open_lock:
            connections = list(self._open)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request, client_address) -> None:
        if isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            return  # a learner closed the tab mid-download: nothing to report
        super().handle_error(request, client_address)


def make_static_server(
    site: Path, host: str = "127.0.0.1", port: int = 8000, handler=StaticHandler, warm: bool = True
) -> StaticServer:
    server = StaticServer((host, port), functools.partial(handler, directory=str(site)))
    if warm:  # compress now, so that the first learner does not wait for it
        threading.Thread(target=server.files.warm, args=(Path(site),), daemon=True).start()
    return server


def lan_addresses() -> list[str]:
    """This machine's addresses that other computers on the network can reach."""
    found = set()
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("192.0.2.1", 9))  # no packet is sent: this only picks a route
            found.add(probe.getsockname()[0])
    except OSError:
        pass
    try:
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            found.add(info[4][0])
    except OSError:
        pass
    return sorted(a for a in found if not a.startswith("127."))


# -- the class database ---------------------------------------------------------------------

MAX_BODY = 256 * 1024  # bytes of one submission
MAX_CODE = 64 * 1024  # bytes of UTF-8 code in one result
MAX_NAME = 80  # characters of a learner's name
MAX_RESULTS = 200  # results in one submission
NOT_ATTEMPTS = {"stopped", "internal_error"}  # the learner's «Стоп», the checker's own fault
_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
_STATUS = re.compile(r"[a-z_]{1,32}")
_TASK_ID = re.compile(r"[A-Za-z0-9_.-]{1,100}")
MAX_AGE_MS = 30 * 24 * 3600 * 1000  # a result older than this in the outbox: clamped

SCHEMA = """
CREATE TABLE IF NOT EXISTS learners (
    id TEXT PRIMARY KEY,          -- random, made by the learner's browser
    name TEXT NOT NULL,
    first_seen INTEGER NOT NULL,  -- ms since the epoch, this computer's clock
    last_seen INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS results (
    learner TEXT NOT NULL REFERENCES learners(id),
    rid TEXT NOT NULL,            -- random, made by the browser: a resent result is ignored
    task TEXT NOT NULL,
    status TEXT NOT NULL,         -- the verdict's status, e.g. passed, wrong_answer
    checked INTEGER NOT NULL,     -- when the check ran (ms, corrected to this clock)
    received INTEGER NOT NULL,
    code TEXT NOT NULL,
    PRIMARY KEY (learner, rid)
);
CREATE INDEX IF NOT EXISTS results_by_task ON results (learner, task, checked);
"""


class SubmissionError(ValueError):
    """A submission refused as a whole; the message is for people (Russian)."""


def clean_name(value: Any) -> str:
    if not isinstance(value, str):
        raise SubmissionError("Нужно имя ученика (строка).")
    name = " ".join(unicodedata.normalize("NFC", value).split())
    name = "".join(ch for ch in name if unicodedata.category(ch) not in ("Cc", "Cs", "Co"))
    if not name:
        raise SubmissionError("Имя ученика пустое.")
    if len(name) > MAX_NAME:
        raise SubmissionError(f"Имя длиннее {MAX_NAME} символов.")
    return name


def _finite(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def parse_submission(body: bytes) -> dict[str, Any]:
    """Check a submission; raise SubmissionError with a message for a bad one.

    {"learner": "<random id>", "name": "Аня", "now": <ms, the browser's clock>,
     "results": [{"id": "<random id>", "task": "sum-of-two", "status": "passed",
                  "time": <ms, when checked>, "code": "print(1)"}]}
    """
    try:
        data = json.loads(body.decode("utf-8"), parse_constant=_reject_constant)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise SubmissionError("Это не JSON.") from None
    if not isinstance(data, dict):
        raise SubmissionError("Ожидался объект JSON.")
    learner = data.get("learner")
    if not isinstance(learner, str) or not _ID.fullmatch(learner):
        raise SubmissionError("Нет кода ученика (learner).")
    name = clean_name(data.get("name"))
    now = data.get("now")
    if not _finite(now):
        raise SubmissionError("Нет времени отправки (now).")
    results = data.get("results", [])
    if not isinstance(results, list) or len(results) > MAX_RESULTS:
        raise SubmissionError(f"results: ожидался список не длиннее {MAX_RESULTS}.")
    clean = []
    for number, result in enumerate(results, 1):
        where = f"Результат {number}"
        if not isinstance(result, dict):
            raise SubmissionError(f"{where}: ожидался объект.")
        rid, task, status = result.get("id"), result.get("task"), result.get("status")
        code, checked = result.get("code", ""), result.get("time")
        if not isinstance(rid, str) or not _ID.fullmatch(rid):
            raise SubmissionError(f"{where}: нет id.")
        if not isinstance(task, str) or not (isinstance(status, str) and _STATUS.fullmatch(status)):
            raise SubmissionError(f"{where}: нет задачи или статуса.")
        if not _finite(checked):
            raise SubmissionError(f"{where}: нет времени проверки.")
        if not isinstance(code, str):
            raise SubmissionError(f"{where}: код должен быть строкой.")
        if len(code.encode("utf-8", "surrogatepass")) > MAX_CODE:
            raise SubmissionError(f"{where}: код длиннее {MAX_CODE // 1024} КБ.")
        clean.append({"id": rid, "task": task, "status": status, "time": checked, "code": code})
    return {"learner": learner, "name": name, "now": now, "results": clean}


def _reject_constant(name: str):
    raise ValueError(name)


def _now_ms() -> int:
    return int(time.time() * 1000)


class ClassDB:
    """The class's results in sqlite: WAL journal, synchronous=FULL, one writer at a time.
    A submission returns only after its transaction is committed."""

    def __init__(self, path: Path, task_ids: list[str]) -> None:
        self.path = path
        self.task_order = {task: i for i, task in enumerate(task_ids)}
        self._lock = threading.Lock()
        self.db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self.db.execute("PRAGMA busy_timeout = 10000")
        mode = self.db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise sqlite3.OperationalError(f"cannot use WAL for {path} (got {mode})")
        self.db.execute("PRAGMA synchronous = FULL")
        self.db.executescript(SCHEMA)
        # The teacher's page asks "anything new since V?": V changes on every commit, and
        # on every start (the boot part), so a page open across a restart reloads once.
        self._boot = secrets.token_hex(4)
        self._revision = 0

    @property
    def version(self) -> str:
        return f"{self._boot}.{self._revision}"

    def close(self) -> None:
        with self._lock:
            self.db.close()

    def submit(self, submission: dict[str, Any]) -> dict[str, Any]:
        """Store a parsed submission; returns what happened to each result."""
        received = _now_ms()
        rows, ignored = [], []
        for result in submission["results"]:
            if result["task"] not in self.task_order or result["status"] in NOT_ATTEMPTS:
                ignored.append(result["id"])
                continue
            age = min(max(0.0, submission["now"] - result["time"]), MAX_AGE_MS)
            checked = int(received - age)  # the learner's clock may be wrong: only its
            rows.append(  # differences count, anchored to this computer's clock
                (
                    submission["learner"],
                    result["id"],
                    result["task"],
                    result["status"],
                    checked,
                    received,
                    result["code"],
                )
            )
        with self._lock:
            cursor = self.db.cursor()
            cursor.execute("BEGIN IMMEDIATE")
            try:
                joined = (
                    cursor.execute(
                        "SELECT 1 FROM learners WHERE id = ?", (submission["learner"],)
                    ).fetchone()
                    is None
                )
                cursor.execute(
                    "INSERT INTO learners (id, name, first_seen, last_seen) VALUES (?, ?, ?, ?)"
                    " ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
                    " last_seen = excluded.last_seen",
                    (submission["learner"], submission["name"], received, received),
                )
                stored = 0
                for row in rows:
                    cursor.execute(
                        "INSERT OR IGNORE INTO results"
                        " (learner, rid, task, status, checked, received, code)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?)",
                        row,
                    )
                    stored += cursor.rowcount
                cursor.execute("COMMIT")
            except BaseException:
                cursor.execute("ROLLBACK")
                raise
            self._revision += 1
        return {
            "ok": True,
            "stored": stored,
            "duplicates": len(rows) - stored,
            "ignored": ignored,
            "joined": joined,
        }

    def table(self) -> dict[str, Any]:
        """Everything the teacher's page shows: learners and one cell per tried task."""
        with self._lock:
            version = self.version
            learners = self.db.execute(
                "SELECT id, name, first_seen, last_seen FROM learners"
            ).fetchall()
            cells = self.db.execute(
                "SELECT learner, task, COUNT(*), MAX(status = 'passed'), MAX(checked),"
                " MIN(CASE WHEN status = 'passed' THEN checked END)"
                " FROM results GROUP BY learner, task"
            ).fetchall()
            # sqlite: with a single max(), the bare column comes from the row of the max
            last = self.db.execute(
                "SELECT learner, task, status, MAX(checked) FROM results GROUP BY learner, task"
            ).fetchall()
        last_status = {(lr, task): status for lr, task, status, _ in last}
        activity: dict[str, int] = {}
        out_cells = []
        for learner, task, attempts, solved, latest, solved_at in cells:
            activity[learner] = max(activity.get(learner, 0), latest)
            out_cells.append(
                {
                    "learner": learner,
                    "task": task,
                    "attempts": attempts,
                    "solved": bool(solved),
                    "status": last_status.get((learner, task)),
                    "last": latest,
                    "solvedAt": solved_at,
                }
            )
        return {
            "version": version,
            "now": _now_ms(),
            "learners": [
                {"id": i, "name": name, "joined": first, "last": activity.get(i, last_seen)}
                for i, name, first, last_seen in learners
            ],
            "cells": out_cells,
        }

    def summary(self) -> dict[str, Any]:
        """The documented JSON for automation: who solved and who only tried which task."""
        table = self.table()
        order = self.task_order
        by_learner: dict[str, dict[str, list[str]]] = {
            learner["id"]: {"solved": [], "tried": []} for learner in table["learners"]
        }
        for cell in sorted(table["cells"], key=lambda c: order.get(c["task"], len(order))):
            kind = "solved" if cell["solved"] else "tried"
            by_learner[cell["learner"]][kind].append(cell["task"])
        learners = sorted(table["learners"], key=lambda lr: (lr["name"].casefold(), lr["id"]))
        return {"learners": [{"name": lr["name"], **by_learner[lr["id"]]} for lr in learners]}

    def code(self, learner: str, task: str) -> dict[str, Any] | None:
        """A learner's latest code for a task, with that check's status and time."""
        with self._lock:
            row = self.db.execute(
                "SELECT status, checked, code FROM results WHERE learner = ? AND task = ?"
                " ORDER BY checked DESC, rowid DESC LIMIT 1",
                (learner, task),
            ).fetchone()
            name = self.db.execute("SELECT name FROM learners WHERE id = ?", (learner,)).fetchone()
        if row is None or name is None:
            return None
        status, checked, code = row
        return {"name": name[0], "task": task, "status": status, "time": checked, "code": code}


# -- the class server -----------------------------------------------------------------------

API = "/__class__/"
TEACHER_PAGE = "/teacher/"
MARKER = f'<meta name="trainer-class" content="{API}">'.encode()
DEFAULT_DATA = Path.home() / ".python-trainer-class"
TOKEN_FILE = "teacher-token.txt"
DB_FILE = "class.sqlite3"


def teacher_token(data: Path) -> str:
    """The teacher's secret: made once, then read back, so links survive a restart."""
    path = data / TOKEN_FILE
    try:
        token = path.read_text(encoding="utf-8").strip()
        if len(token) >= 16:
            return token
    except FileNotFoundError:
        pass
    token = secrets.token_urlsafe(18)
    partial = path.with_suffix(".partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as file:
        file.write(token + "\n")
    os.replace(partial, path)
    return token


def _mark_page(data: bytes) -> bytes:
    """Class mode: tell the page where to send results (no request on a plain host)."""
    return data.replace(b"<head>", b"<head>" + MARKER, 1)


class ClassHandler(StaticHandler):
    server: ClassServer

    def page_transform(self):
        return _mark_page

    # -- routing

    def do_GET(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        if url.path.startswith(API):
            return self._api_get(url)
        if url.path in (TEACHER_PAGE, TEACHER_PAGE + "index.html"):
            return self._teacher_page(url)
        return super().do_GET()

    def do_HEAD(self) -> None:
        path = urllib.parse.urlsplit(self.path).path
        if path.startswith(API) or path in (TEACHER_PAGE, TEACHER_PAGE + "index.html"):
            return self._error(HTTPStatus.METHOD_NOT_ALLOWED, "Только GET.")
        return super().do_HEAD()

    def do_POST(self) -> None:
        path = urllib.parse.urlsplit(self.path).path
        if path != API + "results":
            self.close_connection = True
            return self._error(HTTPStatus.NOT_FOUND, "Нет такого адреса.")
        return self._receive_results()

    # -- learners

    def _receive_results(self) -> None:
        origin = self.headers.get("Origin")
        if origin and urllib.parse.urlsplit(origin).netloc != self.headers.get("Host"):
            self.close_connection = True
            return self._error(HTTPStatus.FORBIDDEN, "Принимаются только страницы этого сайта.")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if self.headers.get("Transfer-Encoding"):
            self.close_connection = True
            return self._error(HTTPStatus.LENGTH_REQUIRED, "Нужен заголовок Content-Length.")
        try:
            length = int(self.headers.get("Content-Length", ""))
            if length < 0:
                raise ValueError
        except ValueError:
            self.close_connection = True
            return self._error(HTTPStatus.LENGTH_REQUIRED, "Нужен заголовок Content-Length.")
        if length > MAX_BODY:
            self.close_connection = True
            self._drain(length)
            return self._error(
                HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                f"Слишком большая отправка: больше {MAX_BODY // 1024} КБ.",
            )
        body = self.rfile.read(length)
        if ctype != "application/json":
            return self._error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "Ожидался application/json.")
        try:
            submission = parse_submission(body)
        except SubmissionError as error:
            return self._error(HTTPStatus.BAD_REQUEST, str(error))
        try:
            answer = self.server.db.submit(submission)
        except sqlite3.Error as error:
            print(f"Не удалось сохранить результаты: {error}", file=sys.stderr, flush=True)
            return self._error(
                HTTPStatus.SERVICE_UNAVAILABLE, "Не удалось сохранить: повторите позже."
            )
        if answer.pop("joined"):
            self.server.say(f"+ {submission['name']}")
        self._json(HTTPStatus.OK, answer)

    def _drain(self, length: int) -> None:
        """Read (a bounded part of) an oversized body, so the refusal reaches the browser."""
        left = min(length, 8 * MAX_BODY)
        while left > 0:
            chunk = self.rfile.read(min(left, 65536))
            if not chunk:
                break
            left -= len(chunk)

    # -- the teacher

    def _has_token(self, url) -> bool:
        given = urllib.parse.parse_qs(url.query).get("token", [""])[0]
        return secrets.compare_digest(given.encode(), self.server.token.encode())

    def _teacher_page(self, url) -> None:
        if not self._has_token(url):
            return self._forbidden_page()
        query = urllib.parse.parse_qs(url.query)
        if query.get("format", [""])[0] == "json":
            return self._json(HTTPStatus.OK, self.server.db.summary(), teacher=True)
        page = os.path.join(self.directory, "teacher", "index.html")
        if not os.path.isfile(page):
            return self._error(HTTPStatus.NOT_FOUND, "В этой сборке сайта нет страницы учителя.")
        body = self.send_file(
            page,
            TEACHER_PAGE,
            extra_headers=(("Referrer-Policy", "no-referrer"),),
        )
        if body is not None:
            try:
                self.copyfile(body, self.wfile)
            finally:
                body.close()

    def _forbidden_page(self) -> None:
        text = (
            "<!doctype html><html lang=ru><meta charset=utf-8>"
            "<meta name=viewport content='width=device-width'>"
            "<title>Нет доступа</title><body style='font-family:sans-serif;margin:2rem'>"
            "<h1>Нет доступа</h1><p>Страница учителя открывается только по полной ссылке"
            " с ключом, которую сервер класса напечатал при запуске.</p>"
        ).encode()
        self.send_response(HTTPStatus.FORBIDDEN)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(text)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(text)

    def _api_get(self, url) -> None:
        name = url.path[len(API) :]
        if name not in ("table", "code"):
            return self._error(HTTPStatus.NOT_FOUND, "Нет такого адреса.")
        if not self._has_token(url):
            return self._error(HTTPStatus.FORBIDDEN, "Нужен ключ учителя.")
        query = urllib.parse.parse_qs(url.query)
        if name == "table":
            since = query.get("since", [""])[0]
            if since and since == self.server.db.version:
                unchanged = {"version": since, "unchanged": True}
                return self._json(HTTPStatus.OK, unchanged, teacher=True)
            return self._json(HTTPStatus.OK, self.server.db.table(), teacher=True)
        learner = query.get("learner", [""])[0]
        task = query.get("task", [""])[0]
        found = self.server.db.code(learner, task)
        if found is None:
            return self._error(HTTPStatus.NOT_FOUND, "Нет такой проверки.")
        return self._json(HTTPStatus.OK, found, teacher=True)

    # -- answers

    def _json(self, status: HTTPStatus, data: Any, teacher: bool = False) -> None:
        body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
        use_gz = len(body) > 2048 and accepts_gzip(self.headers.get("Accept-Encoding"))
        if use_gz:
            body = gzip.compress(body, compresslevel=5, mtime=0)
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        if use_gz:
            self.send_header("Content-Encoding", "gzip")
        if teacher:
            self.send_header("Referrer-Policy", "no-referrer")
        self.end_headers()
        self.wfile.write(body)

    def _error(self, status: HTTPStatus, message: str) -> None:
        self._json(status, {"ok": False, "error": message})


class ClassServer(StaticServer):
    def __init__(self, address, handler, *, db: ClassDB, token: str, data: Path, quiet=False):
        self.db, self.token, self.data, self.quiet = db, token, data, quiet
        super().__init__(address, handler)

    def say(self, text: str) -> None:
        if not self.quiet:
            print(text, flush=True)

    def server_close(self) -> None:
        super().server_close()
        self.db.close()


class NotASite(Exception):
    pass


def read_task_ids(site: Path) -> list[str]:
    try:
        tasks = json.loads((site / "tasks.json").read_text(encoding="utf-8"))
        return [task["id"] for task in tasks]
    except (OSError, ValueError, KeyError, TypeError):
        raise NotASite(f"{site} is not a built trainer site (no valid tasks.json)") from None


def make_class_server(
    site: Path,
    host: str = "0.0.0.0",
    port: int = 8000,
    data: Path | None = None,
    *,
    quiet: bool = False,
    warm: bool = True,
) -> ClassServer:
    """The class server for `site`, its database and token in `data`."""
    site = Path(site).resolve()
    task_ids = read_task_ids(site)
    data = Path(data or DEFAULT_DATA).expanduser().resolve()
    data.mkdir(parents=True, exist_ok=True)
    token = teacher_token(data)
    db = ClassDB(data / DB_FILE, task_ids)
    handler = functools.partial(ClassHandler, directory=str(site))
    try:
        server = ClassServer((host, port), handler, db=db, token=token, data=data, quiet=quiet)
    except BaseException:
        db.close()
        raise
    if warm:
        threading.Thread(
            target=server.files.warm, args=(site, _mark_page, "page"), daemon=True
        ).start()
    return server


def addresses(server: StaticServer) -> tuple[list[str], str, list[str]]:
    """(addresses learners open, the teacher's address here, the teacher's on the LAN)."""
    host, port = server.server_address[:2]
    everywhere = host in ("0.0.0.0", "")
    lan = lan_addresses() if everywhere else [] if host.startswith("127.") else [host]
    learners = [f"http://{a}:{port}/" for a in lan]
    token = getattr(server, "token", "")
    here = "127.0.0.1" if host in ("0.0.0.0", "") else host
    local = f"http://{here}:{port}{TEACHER_PAGE}?token={token}"
    teacher_lan = [f"{url}teacher/?token={token}" for url in learners]
    return learners, local, teacher_lan


def banner(server: ClassServer) -> str:
    learners, teacher, teacher_lan = addresses(server)
    lines = ["Тренажёр Python — сервер класса", ""]
    if learners:
        lines.append("Ученики открывают в браузере:")
        lines += [f"    {url}" for url in learners]
    elif server.server_address[0].startswith("127."):
        lines.append("Сайт открыт только на этом компьютере (--host 127.0.0.1).")
    else:
        lines += [
            "Сеть не найдена: ученики пока не смогут подключиться.",
            "Подключите компьютер к сети класса и перезапустите сервер.",
        ]
    lines += ["", "Страница учителя (никому не показывайте: по ней виден код учеников):"]
    lines.append(f"    {teacher}")
    if teacher_lan:
        lines.append("    с другого устройства в этой сети:")
        lines += [f"    {url}" for url in teacher_lan]
    lines += [
        "",
        f"Результаты хранятся в {server.data / DB_FILE}",
        "Остановить сервер: Ctrl+C (результаты сохранятся).",
    ]
    return "\n".join(lines)


def _stop(signum, frame) -> None:
    raise KeyboardInterrupt


def serve(server: StaticServer) -> None:
    """Serve until Ctrl+C or a polite `kill` (SIGTERM); then close everything."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _stop)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print()
    finally:
        server.server_close()


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):  # a Windows console must not kill the server
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    here = Path(__file__).resolve().parent
    default_site = here / "site" if (here / "site" / "index.html").is_file() else Path.cwd()
    parser = argparse.ArgumentParser(
        prog="classroom.py",
        description="Сервер класса тренажёра Python: раздаёт сайт и собирает результаты учеников.",
    )
    parser.add_argument("--site", type=Path, default=default_site, help="папка сайта")
    parser.add_argument(
        "--data", type=Path, default=DEFAULT_DATA, help=f"папка класса ({DEFAULT_DATA})"
    )
    parser.add_argument("--host", default="0.0.0.0", help="127.0.0.1 — только этот компьютер")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument(
        "--static", action="store_true", help="только раздавать сайт, без страницы учителя"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="печатать каждый запрос")
    args = parser.parse_args(argv)
    try:
        if args.static:
            if not (args.site / "index.html").is_file():
                raise NotASite(f"{args.site} is not a built site (no index.html)")
            server = make_static_server(args.site, args.host, args.port)
        else:
            server = make_class_server(args.site, args.host, args.port, args.data)
    except NotASite as error:
        print(f"Не нашёл сайт тренажёра: {error}. Укажите папку: --site ПАПКА", file=sys.stderr)
        return _fail()
    except OSError as error:
        print(
            f"Не удалось запустить сервер на порту {args.port}: {error}.\n"
            f"Возможно, он уже запущен. Другой порт: --port {args.port + 1}",
            file=sys.stderr,
        )
        return _fail()
    server.verbose = args.verbose
    if isinstance(server, ClassServer):
        print(banner(server), flush=True)
    else:
        port = server.server_address[1]
        print(f"Сайт: http://127.0.0.1:{port}/ (Ctrl+C — остановить)", flush=True)
    serve(server)
    return 0


def _fail() -> int:
    # Started by a double click on Windows: keep the window open to show the message.
    if sys.platform == "win32" and sys.stdin and sys.stdin.isatty() and len(sys.argv) == 1:
        input("Нажмите Enter, чтобы закрыть окно.")
    return 1


if __name__ == "__main__":
    sys.exit(main())

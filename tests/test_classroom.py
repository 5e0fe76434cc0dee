"""The class server (site_builder/classroom.py) without a browser: static serving,
the results API, its limits, the teacher's token and the database across restarts."""

from __future__ import annotations

import ast
import gzip
import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from site_builder import classroom
from site_builder.dist import make_dist
from tests.classroom_helpers import ClassBackground, get_json, post_results, request
from tests.site_server import BackgroundServer

TASKS = [
    {"id": "one", "title": "Один", "module": "basics", "url": "basics/one/"},
    {"id": "two", "title": "Два", "module": "basics", "url": "basics/two/"},
    {"id": "three", "title": "Три", "module": "loops", "url": "loops/three/"},
]
PAGE = "<!doctype html><html><head><title>t</title></head><body>{}</body></html>"


@pytest.fixture
def site(tmp_path):
    """A tiny site shaped like a build: pages, a versioned Pyodide folder, chunks."""
    root = tmp_path / "site"
    for folder in ("basics/one", "teacher", "assets/pyodide-1.0/", "assets/trainer/chunks"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    (root / "index.html").write_text(PAGE.format("Главная " * 200), encoding="utf-8")
    (root / "basics/one/index.html").write_text(PAGE.format("Задача " * 200), encoding="utf-8")
    (root / "teacher/index.html").write_text(PAGE.format("<div data-teacher></div>"))
    (root / "tasks.json").write_text(json.dumps(TASKS, ensure_ascii=False))
    (root / "sw.js").write_text("self.x = 1;\n" * 100)
    (root / "assets/trainer/trainer.js").write_text("export const a = 1;\n" * 100)
    (root / "assets/trainer/chunks/task-page-ABCD1234.js").write_text("let b = 2;\n" * 100)
    (root / "assets/pyodide-1.0/pyodide.mjs").write_text("export {};\n" * 100)
    (root / "assets/pyodide-1.0/pyodide.asm.wasm").write_bytes(b"\0asm" + bytes(4000))
    (root / "assets/trainer/checker.zip").write_bytes(os.urandom(3000))
    return root


@pytest.fixture
def lesson(site, tmp_path):
    server = ClassBackground(site, tmp_path / "class")
    yield server
    server.stop()


def result(rid="r1", task="one", status="passed", code="print(1)", when=None):
    return {
        "id": rid,
        "task": task,
        "status": status,
        "time": when or time.time() * 1000,
        "code": code,
    }


def submission(*results, learner="learner-01", name="Аня"):
    return {"learner": learner, "name": name, "now": time.time() * 1000, "results": list(results)}


# -- static serving ---------------------------------------------------------------------------


def test_static_types_compression_and_caching(site, monkeypatch):
    import mimetypes

    # what a Windows registry often says; the server must not ask it
    monkeypatch.setitem(mimetypes.types_map, ".js", "text/plain")
    server = BackgroundServer(site)
    try:
        expected = {
            "/assets/trainer/trainer.js": ("text/javascript; charset=utf-8", "no-cache"),
            "/assets/pyodide-1.0/pyodide.mjs": ("text/javascript; charset=utf-8", "immutable"),
            "/assets/pyodide-1.0/pyodide.asm.wasm": ("application/wasm", "immutable"),
            "/assets/trainer/chunks/task-page-ABCD1234.js": ("text/javascript", "immutable"),
            "/assets/trainer/checker.zip?v=abc": ("application/zip", "immutable"),
            "/tasks.json": ("application/json", "no-cache"),
            "/sw.js": ("text/javascript", "no-cache"),
            "/": ("text/html; charset=utf-8", "no-cache"),
            "/basics/one/": ("text/html", "no-cache"),
        }
        for path, (ctype, cache) in expected.items():
            status, headers, body = request(
                server.origin + path, headers={"Accept-Encoding": "gzip"}
            )
            assert status == 200, path
            assert headers["Content-Type"].startswith(ctype), path
            assert cache in headers["Cache-Control"], path
            if path.startswith(("/assets/trainer/checker.zip", "/tasks.json")):
                assert "Content-Encoding" not in headers  # does not shrink / too small
                continue
            assert headers["Content-Encoding"] == "gzip", path
            assert headers["Vary"] == "Accept-Encoding"
            local = site / path.lstrip("/").split("?")[0]
            local = local / "index.html" if local.is_dir() else local
            assert gzip.decompress(body) == local.read_bytes()
            assert int(headers["Content-Length"]) == len(body)
        status, headers, body = request(server.origin + "/tasks.json")  # no gzip asked
        assert "Content-Encoding" not in headers and json.loads(body) == TASKS
    finally:
        server.close()


def test_revalidation_redirects_and_no_listing(site):
    server = BackgroundServer(site)
    try:
        status, headers, _ = request(server.origin + "/tasks.json")
        etag = headers["ETag"]
        status, headers, body = request(
            server.origin + "/tasks.json", headers={"If-None-Match": etag}
        )
        assert status == 304 and body == b""
        (site / "tasks.json").write_text(json.dumps(TASKS[:1]))  # a rebuild (serve --watch)
        status, _, body = request(server.origin + "/tasks.json", headers={"If-None-Match": etag})
        assert status == 200 and json.loads(body) == TASKS[:1]
        conn = socket.create_connection(("127.0.0.1", server.port))
        conn.sendall(b"GET /basics?x=1 HTTP/1.1\r\nHost: x\r\n\r\n")
        answer = conn.recv(4096).decode()
        conn.close()
        assert answer.startswith("HTTP/1.1 301") and "Location: /basics/?x=1" in answer
        assert request(server.origin + "/assets/")[0] == 404  # a folder is never listed
        assert request(server.origin + "/nothing.js")[0] == 404
        assert request(server.origin + "/../../etc/passwd")[0] == 404
    finally:
        server.close()


def test_head_and_keep_alive(site):
    server = BackgroundServer(site)
    try:
        conn = socket.create_connection(("127.0.0.1", server.port))
        conn.sendall(
            b"HEAD /sw.js HTTP/1.1\r\nHost: x\r\n\r\nGET /sw.js HTTP/1.1\r\nHost: x\r\n\r\n"
        )
        data = b""
        deadline = time.time() + 5
        while data.count(b"HTTP/1.1 200") < 2 and time.time() < deadline:
            data += conn.recv(65536)
        conn.close()
        assert data.count(b"HTTP/1.1 200") == 2  # two answers on one connection
    finally:
        server.close()


def test_cache_policy():
    cc = classroom.cache_control
    assert cc("/assets/pyodide-314.0.7/pyodide.asm.wasm") == classroom.IMMUTABLE
    assert cc("/assets/javascripts/bundle.a5f9d56c.min.js") == classroom.IMMUTABLE
    assert cc("/assets/stylesheets/main.57a0d79d.min.css") == classroom.IMMUTABLE
    assert cc("/assets/trainer/checker.zip", "v=c801508fe4d1") == classroom.IMMUTABLE
    assert cc("/assets/trainer/chunks/chunk-5O4M6JGL.js") == classroom.IMMUTABLE
    for path in ("/sw.js", "/tasks.json", "/", "/basics/one/", "/assets/trainer/trainer.js"):
        assert cc(path) == "no-cache", path
    assert cc("/sw.js", "v=1") == "no-cache"  # the service worker is always asked again
    assert classroom.accepts_gzip("gzip, deflate, br")
    assert not classroom.accepts_gzip("gzip;q=0, br")
    assert not classroom.accepts_gzip(None)


# -- the class API ------------------------------------------------------------------------------


def test_results_are_stored_once_and_bad_ones_ignored(lesson):
    first = submission(
        result("r1", "one", "wrong_answer", "print(0)"),
        result("r2", "one", "passed", "print(1)"),
        result("r3", "two", "runtime_error", "1/0"),
        result("r4", "nope", "passed"),  # not a task of this site
        result("r5", "two", "stopped"),  # the learner pressed «Стоп»: not an attempt
        result("r6", "two", "internal_error"),  # the checker's own failure
    )
    status, answer = post_results(lesson.origin, first)
    assert status == 200
    assert answer == {"ok": True, "stored": 3, "duplicates": 0, "ignored": ["r4", "r5", "r6"]}
    status, answer = post_results(lesson.origin, first)  # a retry after a lost answer
    assert answer["stored"] == 0 and answer["duplicates"] == 3
    post_results(
        lesson.origin,
        submission(result("b1", "three", "passed"), learner="learner-02", name="Борис"),
    )
    assert lesson.summary() == {
        "learners": [
            {"name": "Аня", "solved": ["one"], "tried": ["two"]},
            {"name": "Борис", "solved": ["three"], "tried": []},
        ]
    }
    status, table = get_json(f"{lesson.origin}/__class__/table?token={lesson.token}")
    cells = {(c["learner"], c["task"]): c for c in table["cells"]}
    assert cells["learner-01", "one"]["attempts"] == 2 and cells["learner-01", "one"]["solved"]
    assert cells["learner-01", "two"]["status"] == "runtime_error"
    status, again = get_json(
        f"{lesson.origin}/__class__/table?token={lesson.token}&since={table['version']}"
    )
    assert again == {"version": table["version"], "unchanged": True}
    status, code = get_json(
        f"{lesson.origin}/__class__/code?token={lesson.token}&learner=learner-01&task=one"
    )
    assert code["code"] == "print(1)" and code["status"] == "passed" and code["name"] == "Аня"


def test_a_name_is_changeable_and_stays_text(lesson):
    post_results(lesson.origin, submission(result("r1"), name="  <script>alert(1)</script>\n "))
    assert lesson.summary()["learners"][0]["name"] == "<script>alert(1)</script>"
    post_results(lesson.origin, submission(name="Аня Петрова"))  # renamed, no results
    assert lesson.summary()["learners"] == [{"name": "Аня Петрова", "solved": ["one"], "tried": []}]


def test_the_learners_clock_does_not_matter(lesson):
    wrong_clock = time.time() * 1000 - 3 * 3600 * 1000  # three hours behind
    late = submission(result("r1", when=wrong_clock - 60_000))
    late["now"] = wrong_clock
    post_results(lesson.origin, late)
    _, table = get_json(f"{lesson.origin}/__class__/table?token={lesson.token}")
    assert abs(table["cells"][0]["last"] - (time.time() * 1000 - 60_000)) < 5_000


@pytest.mark.parametrize(
    ("body", "content_type", "status", "message"),
    [
        (b"{not json", "application/json", 400, "не JSON"),
        (b"[]", "application/json", 400, "объект"),
        (json.dumps({"name": "Аня", "now": 1}).encode(), "application/json", 400, "learner"),
        (json.dumps(submission(name="")).encode(), "application/json", 400, "пустое"),
        (json.dumps(submission(name="я" * 81)).encode(), "application/json", 400, "80"),
        (
            json.dumps(submission(result(code="x" * (64 * 1024 + 1)))).encode(),
            "application/json",
            400,
            "64",
        ),
        (json.dumps(submission(result(status="<b>"))).encode(), "application/json", 400, "статуса"),
        (b'{"learner": "a1", "name": "A", "now": NaN}', "application/json", 400, "JSON"),
        (b"[" * 100_000, "application/json", 400, "JSON"),
        (json.dumps(submission()).encode(), "text/plain", 415, "application/json"),
        (b"{" + b" " * (256 * 1024) + b"}", "application/json", 413, "256"),
    ],
)
def test_bad_submissions_are_refused_with_a_message(lesson, body, content_type, status, message):
    got, answer = post_results(lesson.origin, body, content_type)
    assert got == status
    assert answer["ok"] is False and message in answer["error"]
    assert lesson.summary() == {"learners": []}  # nothing half-stored


def test_largest_allowed_submission_is_taken(lesson):
    code = "ы" * (32 * 1024)  # 64 KB of UTF-8
    results = [result(f"r{i}", code=code) for i in range(3)]
    body = json.dumps(submission(*results), ensure_ascii=False).encode()
    assert len(body) < 256 * 1024
    status, answer = post_results(lesson.origin, body)
    assert status == 200 and answer["stored"] == 3


def test_results_only_from_this_sites_pages(lesson):
    body = json.dumps(submission(result())).encode()
    status, _, answer = request(
        f"{lesson.origin}/__class__/results",
        body,
        {"Content-Type": "application/json", "Origin": "http://evil.example"},
    )
    assert status == 403 and "этого сайта" in json.loads(answer)["error"]
    assert lesson.summary() == {"learners": []}


def test_the_teacher_needs_the_token(lesson):
    post_results(lesson.origin, submission(result(code="секретный код")))
    for path in (
        "/teacher/",
        "/teacher/?token=",
        f"/teacher/?token={lesson.token[:-1]}",
        "/teacher/?format=json",
        "/teacher/index.html",
        "/__class__/table",
        "/__class__/code?learner=learner-01&task=one",
    ):
        status, _, body = request(lesson.origin + path)
        assert status == 403, path
        assert "Аня" not in body.decode() and "секретный" not in body.decode()
    status, headers, body = request(lesson.teacher_url)
    assert status == 200 and b"data-teacher" in body
    assert headers["Referrer-Policy"] == "no-referrer"
    assert request(lesson.origin + "/__class__/results")[0] == 404  # GET: nothing to read


def test_pages_are_marked_for_the_learners_script(lesson, site):
    _, _, body = request(lesson.origin + "/basics/one/")
    assert body.startswith(b'<!doctype html><html><head><meta name="trainer-class"')
    _, _, body = request(lesson.origin + "/basics/one/", headers={"Accept-Encoding": "gzip"})
    assert b"trainer-class" in gzip.decompress(body)
    server = BackgroundServer(site)  # a plain server: no mark, so no request from the page
    try:
        assert b"trainer-class" not in request(server.origin + "/basics/one/")[2]
    finally:
        server.close()


def test_restart_keeps_the_token_and_every_result(lesson, tmp_path):
    post_results(lesson.origin, submission(result("r1")))
    token, port = lesson.token, lesson.port
    lesson.restart()
    assert (lesson.token, lesson.port) == (token, port)
    post_results(lesson.origin, submission(result("r2", "two", "wrong_answer")))
    assert lesson.summary()["learners"] == [{"name": "Аня", "solved": ["one"], "tried": ["two"]}]
    data = tmp_path / "class"
    assert (data / classroom.TOKEN_FILE).stat().st_mode & 0o077 == 0  # only the teacher reads it
    db = sqlite3.connect(data / classroom.DB_FILE)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("SELECT COUNT(*) FROM results").fetchone()[0] == 2
    db.close()


def test_committed_results_survive_a_killed_process(site, tmp_path):
    """A power cut: the server process dies without any cleanup after acknowledging."""
    data = tmp_path / "class"
    port = _free_port()
    proc = _start_process([sys.executable, "-I", str(classroom.__file__)], site, data, port)
    try:
        origin = f"http://127.0.0.1:{port}"
        status, answer = post_results(origin, submission(result("r1"), result("r2", "two")))
        assert status == 200 and answer["stored"] == 2
    finally:
        proc.kill()  # SIGKILL: no shutdown, no checkpoint
        proc.wait()
    db = sqlite3.connect(data / classroom.DB_FILE)
    assert db.execute("SELECT COUNT(*) FROM results").fetchone()[0] == 2
    db.close()


# -- the dist zip -------------------------------------------------------------------------------


def test_class_server_is_one_stdlib_only_file():
    # old school laptops: the grammar of Python 3.8 (its library was checked by hand)
    tree = ast.parse(Path(classroom.__file__).read_text(encoding="utf-8"), feature_version=(3, 8))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, "no relative imports: it runs alone in the dist zip"
            imported.add(node.module.split(".")[0])
    assert imported <= sys.stdlib_module_names | {"__future__"}, imported


def test_dist_zip_runs_the_class_server_with_python_alone(site, tmp_path):
    target = make_dist(site, tmp_path / "dist" / "python-trainer.zip")
    with zipfile.ZipFile(target) as archive:
        archive.extractall(tmp_path / "unzipped")
        assert archive.read("python-trainer/classroom.py") == Path(classroom.__file__).read_bytes()
    folder = tmp_path / "unzipped" / "python-trainer"
    port = _free_port()
    # -I: no site-packages, no current folder on the path: only the standard library
    proc = _start_process(
        [sys.executable, "-I", "classroom.py"], None, tmp_path / "data", port, cwd=folder
    )
    try:
        origin = f"http://127.0.0.1:{port}"
        status, headers, _ = request(origin + "/assets/pyodide-1.0/pyodide.mjs")
        assert status == 200 and headers["Content-Type"].startswith("text/javascript")
        post_results(origin, submission(result()))
        token = (tmp_path / "data" / classroom.TOKEN_FILE).read_text().strip()
        status, data = get_json(f"{origin}/teacher/?token={token}&format=json")
        assert data == {"learners": [{"name": "Аня", "solved": ["one"], "tried": []}]}
    finally:
        proc.terminate()
        out, _ = proc.communicate(timeout=10)
    assert f"/teacher/?token={token}" in out  # printed for the teacher
    assert "Сайт открыт только на этом компьютере" in out  # --host 127.0.0.1


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _start_process(command, site, data, port, cwd=None):
    args = [*command, "--host", "127.0.0.1", "--port", str(port), "--data", str(data)]
    if site is not None:
        args += ["--site", str(site)]
    proc = subprocess.Popen(
        args,
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    deadline = time.time() + 20
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return proc
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError(proc.stdout.read()) from None
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("the class server did not start")


def test_cli_serve_class_options():
    from site_builder.cli import parser

    args = parser().parse_args(["serve", "--class", "--data", "/tmp/x", "--no-build"])
    assert args.classroom and args.data == Path("/tmp/x") and args.host is None
    from site_builder.cli import main as cli

    assert cli(["serve", "--class", "--watch"]) == 2

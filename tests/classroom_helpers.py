"""The class server in tests and benchmarks: run it in the background (and restart it on
the same port), talk to its API, and put a class of simulated learners on it."""

from __future__ import annotations

import gzip
import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

from site_builder import classroom
from site_builder.classroom import ClassServer, make_class_server


class ClassBackground:
    """A class server on loopback in a thread; `restart()` keeps the port and the data."""

    def __init__(self, site: Path, data: Path, port: int = 0) -> None:
        self.site, self.data = site, data
        self.server: ClassServer | None = None
        self.port = port
        self.start()

    def start(self) -> None:
        for _ in range(50):  # the old socket may linger for a moment after a restart
            try:
                self.server = make_class_server(
                    self.site, "127.0.0.1", self.port, self.data, quiet=True, warm=False
                )
                break
            except OSError:
                time.sleep(0.1)
        else:
            raise RuntimeError(f"port {self.port} stays busy")
        self.port = self.server.server_address[1]
        self.origin = f"http://127.0.0.1:{self.port}"
        self.token = self.server.token
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
            self.server = None

    def restart(self) -> None:
        self.stop()
        self.start()

    @property
    def teacher_url(self) -> str:
        return f"{self.origin}/teacher/?token={self.token}"

    def summary(self) -> dict:
        return get_json(f"{self.teacher_url}&format=json")[1]


class ClassProcess:
    """The class server as its own process (`python -I classroom.py`, as in the dist zip),
    so that its CPU time can be measured apart from the simulated learners."""

    def __init__(self, site: Path, data: Path) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.origin = f"http://127.0.0.1:{self.port}"
        script = Path(classroom.__file__)
        args = ["--site", site, "--data", data, "--host", "127.0.0.1", "--port", self.port]
        self.proc = subprocess.Popen(
            [sys.executable, "-I", str(script), *map(str, args)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.time() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                break
            except OSError:
                if self.proc.poll() is not None or time.time() > deadline:
                    self.proc.kill()
                    raise RuntimeError(self.proc.stderr.read().decode()) from None
                time.sleep(0.05)

    def stop(self) -> tuple[float, str]:
        """Stop it like Ctrl+C; returns (CPU seconds it used, what it wrote to stderr)."""
        self.proc.send_signal(signal.SIGINT)
        try:
            _, _, usage = os.wait4(self.proc.pid, 0)
        except ChildProcessError:
            return 0.0, ""
        self.proc.returncode = 0
        return usage.ru_utime + usage.ru_stime, self.proc.stderr.read().decode()


def request(url: str, body: bytes | None = None, headers: dict | None = None):
    """(status, headers, body bytes) of one request; never raises for an HTTP status."""
    req = urllib.request.Request(url, data=body, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def get_json(url: str):
    status, _, body = request(url)
    return status, json.loads(body)


def post_results(origin: str, submission: dict | bytes, content_type="application/json"):
    body = submission if isinstance(submission, bytes) else json.dumps(submission).encode()
    status, _, answer = request(f"{origin}/__class__/results", body, {"Content-Type": content_type})
    return status, json.loads(answer)


# -- a class of simulated learners --------------------------------------------------------

WASM_RE = re.compile(r"assets/pyodide-[^/]+/")


def learner_assets(site: Path, task_url: str) -> list[str]:
    """What a learner's browser downloads to open a task page and start Python."""
    page = (site / task_url / "index.html").read_text(encoding="utf-8")
    paths = [task_url, "", "tasks.json"]
    for ref in re.findall(r'(?:src|href)="((?:\.\./)+assets/[^"?#]+)', page):
        paths.append(ref.lstrip("./").removeprefix("/"))
    trainer = site / "assets" / "trainer"
    paths += [f"assets/trainer/chunks/{p.name}" for p in (trainer / "chunks").glob("*.js")]
    paths += ["assets/trainer/worker.js", "assets/trainer/checker.zip?v=1"]
    pyodide = next((site / "assets").glob("pyodide-*"))
    paths += [f"assets/{pyodide.name}/{name}" for name in sorted(p.name for p in pyodide.iterdir())]
    return sorted(set(paths))


def simulate_class(origin: str, site: Path, learners: int = 40, checks: int = 5) -> dict:
    """`learners` threads at once: each downloads a task page with everything it needs
    (accepting gzip, like a browser) and posts `checks` results one by one. Returns the
    errors seen, bytes per learner and the wall time."""
    tasks = json.loads((site / "tasks.json").read_text(encoding="utf-8"))
    paths = learner_assets(site, tasks[1]["url"])
    errors: list[str] = []
    received = [0] * learners
    unpacked = [0] * learners
    barrier = threading.Barrier(learners)

    def learner(number: int) -> None:
        try:
            barrier.wait(timeout=30)
            for path in paths:
                status, headers, body = request(
                    f"{origin}/{path}", headers={"Accept-Encoding": "gzip"}
                )
                if status != 200:
                    errors.append(f"{path}: HTTP {status}")
                    continue
                received[number] += len(body)
                if headers.get("Content-Encoding") == "gzip":
                    body = gzip.decompress(body)  # must be whole
                unpacked[number] += len(body)
            for check in range(checks):
                task = tasks[check % len(tasks)]["id"]
                submission = {
                    "learner": f"load-{number:03d}",
                    "name": f"Ученик {number}",
                    "now": time.time() * 1000,
                    "results": [
                        {
                            "id": f"r{number}-{check}",
                            "task": task,
                            "status": "passed" if check % 2 else "wrong_answer",
                            "time": time.time() * 1000,
                            "code": "print(1)\n" * 50,
                        }
                    ],
                }
                status, answer = post_results(origin, submission)
                if status != 200 or answer.get("stored") != 1:
                    errors.append(f"post: HTTP {status} {answer}")
        except Exception as error:  # any failure is a finding, not a crash of the run
            errors.append(f"learner {number}: {error!r}")

    started = time.perf_counter()
    threads = [threading.Thread(target=learner, args=(n,)) for n in range(learners)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    return {
        "errors": errors,
        "seconds": time.perf_counter() - started,
        "bytes_per_learner": sum(received) / learners,
        "unpacked_per_learner": sum(unpacked) / learners,
        "requests_per_learner": len(paths) + checks,
    }


def describe_load(load: dict, cpu: float) -> str:
    return (
        f"class server, 40 learners at once on loopback: {load['seconds']:.1f} s, "
        f"{load['bytes_per_learner'] / 1e6:.1f} MB per learner "
        f"({load['unpacked_per_learner'] / 1e6:.1f} MB unpacked, "
        f"{load['requests_per_learner']} requests), server CPU {cpu:.1f} s, "
        f"errors: {len(load['errors'])}"
    )


def measure_class(site: Path, data: Path, learners: int = 40) -> str:
    """The `make bench` row: the class server in its own process under a class."""
    server = ClassProcess(site, data)
    try:
        load = simulate_class(server.origin, site, learners=learners)
    finally:
        cpu, _ = server.stop()
    return describe_load(load, cpu)

"""Serve a built site on loopback in a background thread (for tests and benchmarks)."""

from __future__ import annotations

import threading
from pathlib import Path

from site_builder.serve import make_server


class BackgroundServer:
    def __init__(self, root: Path) -> None:
        self.server = make_server(root, "127.0.0.1", 0)
        self.port = self.server.server_address[1]
        self.origin = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

"""Serve the built site over HTTP: static files only, nothing is executed on the server.

The static serving (MIME types, gzip, caching headers) lives in `classroom.py`, the one
stdlib-only file that also runs the class server and ships in the `make dist` zip."""

from __future__ import annotations

from pathlib import Path

from .classroom import (
    MIME_TYPES,
    StaticHandler,
    StaticServer,
    lan_addresses,
    make_static_server,
)

SiteHandler = StaticHandler
SiteServer = StaticServer

__all__ = ["MIME_TYPES", "SiteHandler", "SiteServer", "lan_addresses", "make_server"]


def make_server(
    site: Path,
    host: str = "127.0.0.1",
    port: int = 8000,
    handler: type[SiteHandler] = SiteHandler,
) -> SiteServer:
    return make_static_server(site, host, port, handler)

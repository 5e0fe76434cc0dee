"""ASGI apps (Starlette) in the trainer: requests through httpx, no threads.

The browser's Python cannot start threads, and Starlette runs plain `def` endpoints and
background tasks in a thread pool: here they run in place instead (`install()`, done on
import and before each request). Requests go straight into the app, with no network:

    from trainer_asgi import request
    response = request(app, "GET", "/items")
"""

from __future__ import annotations

import asyncio


async def _inline(function, *args, abandon_on_cancel=False, cancellable=None, limiter=None):
    return function(*args)


def install() -> None:
    """Make anyio's thread pool run functions in place (idempotent)."""
    import anyio.to_thread

    anyio.to_thread.run_sync = _inline
    try:
        import starlette.concurrency as concurrency

        async def run_in_threadpool(function, *args, **kwargs):
            return function(*args, **kwargs)

        concurrency.run_in_threadpool = run_in_threadpool
        for name in ("starlette.routing", "starlette.background", "starlette.endpoints"):
            module = __import__(name, fromlist=["_"])
            if hasattr(module, "run_in_threadpool"):
                module.run_in_threadpool = run_in_threadpool
    except ImportError:
        pass


async def arequest(app, method: str, url: str, **kwargs):
    """One request to an ASGI app, answered with an httpx.Response."""
    import httpx

    install()
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        return await client.request(method, url, **kwargs)


def request(app, method: str, url: str, **kwargs):
    """`arequest` for synchronous code (a test's check code)."""
    return asyncio.run(arequest(app, method, url, **kwargs))


install()

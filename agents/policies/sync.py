"""Run coroutines from synchronous code on one long-lived background event loop.

Why: `verify_sync` may be called thousands of times (a `dxgym verify --batch`, a gymnasium
`step`, a verl reward function) and from inside a running loop. `asyncio.run` per call would build
a new loop — and with it a new HTTP client and connection pool — every time, and cannot run inside
a loop at all. One daemon thread owning one loop keeps the shared client warm and works anywhere.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Coroutine
from typing import Any, TypeVar

T = TypeVar("T")

_lock = threading.Lock()
_loop: asyncio.AbstractEventLoop | None = None


def _background_loop() -> asyncio.AbstractEventLoop:
    global _loop
    with _lock:
        if _loop is None or _loop.is_closed():
            loop = asyncio.new_event_loop()
            thread = threading.Thread(target=loop.run_forever, name="dxgym-sync-loop", daemon=True)
            thread.start()
            _loop = loop
        return _loop


def run_sync(coro: Coroutine[Any, Any, T]) -> T:
    """Run `coro` to completion on the background loop and return its result (or raise)."""
    loop = _background_loop()
    try:
        running = asyncio.get_running_loop()
    except RuntimeError:
        running = None
    if running is loop:  # pragma: no cover - a coroutine on the loop calling back into sync code
        coro.close()
        raise RuntimeError("run_sync called from the background loop itself")
    return asyncio.run_coroutine_threadsafe(coro, loop).result()

"""`SessionPool`: the server's sessions — bounded, isolated, expiring when idle.

Why a pool of our own rather than OpenEnv's session table: a full server must answer 429 before any
work is done (OpenEnv accepts the WebSocket, then reports the error), HTTP sessions need explicit ids
(OpenEnv's HTTP `/reset` and `/step` run a fresh environment per request), and a session costs one
consultation here, not a thread. Ids are 128-bit random tokens: a session can be reached only by
whoever created it. Every session has its own lock, so two requests on one session never interleave.
"""

from __future__ import annotations

import asyncio
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from dxgym.emr_fixtures.errors import DxgymError
from dxgym.envs.adapters.serve.environment import DxgymEnvironment


class PoolFull(DxgymError):
    """Every session slot is taken (HTTP 429)."""


class UnknownSession(DxgymError):
    """No live session has this id: never created, closed, or expired (HTTP 404)."""


@dataclass(slots=True, eq=False)
class Session:
    id: str
    env: DxgymEnvironment
    kind: str  # "http" or "ws"
    last_used: float = field(default_factory=time.monotonic)
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    def touch(self) -> None:
        self.last_used = time.monotonic()


class SessionPool:
    """At most `max_sessions` live sessions; HTTP sessions idle for `idle_timeout_s` are closed."""

    def __init__(self, make_env: Callable[[], DxgymEnvironment], *, max_sessions: int, idle_timeout_s: float) -> None:
        if max_sessions < 1 or idle_timeout_s <= 0:
            raise ValueError("max_sessions must be >= 1 and idle_timeout_s > 0")
        self._make_env = make_env
        self.max_sessions = max_sessions
        self.idle_timeout_s = idle_timeout_s
        self._sessions: dict[str, Session] = {}
        self.opened = 0  # counters for /health
        self.expired = 0
        self.refused = 0

    def __len__(self) -> int:
        return len(self._sessions)

    def open(self, kind: str) -> Session:
        """A new session, or `PoolFull` (expired HTTP sessions are swept first)."""
        if len(self._sessions) >= self.max_sessions:
            self.sweep()
        if len(self._sessions) >= self.max_sessions:
            self.refused += 1
            raise PoolFull(
                f"session limit reached ({self.max_sessions} open); close a session (DELETE /sessions/{{id}}) or "
                f"retry after idle sessions expire ({self.idle_timeout_s:g} s)"
            )
        session = Session(id=secrets.token_urlsafe(16), env=self._make_env(), kind=kind)
        self._sessions[session.id] = session
        self.opened += 1
        return session

    def get(self, session_id: str) -> Session:
        session = self._sessions.get(session_id)
        if session is None or self._expired(session, time.monotonic()):
            if session is not None:
                self._drop(session.id, expired=True)
            raise UnknownSession(f"no open session {session_id[:64]!r} (never opened, closed, or idle for "
                                 f"more than {self.idle_timeout_s:g} s)")
        session.touch()
        return session

    def close(self, session_id: str) -> None:
        if self._sessions.pop(session_id, None) is None:
            raise UnknownSession(f"no open session {session_id[:64]!r}")

    def release(self, session: Session) -> None:
        """Drop a session its owner has finished with (a closed WebSocket); no error if already gone."""
        self._sessions.pop(session.id, None)

    def sweep(self) -> int:
        """Close every HTTP session idle past the timeout; returns how many. (A WebSocket session
        expires in its own connection, which stops waiting after the same timeout.)"""
        now = time.monotonic()
        stale = [s.id for s in self._sessions.values() if self._expired(s, now)]
        for session_id in stale:
            self._drop(session_id, expired=True)
        return len(stale)

    async def sweep_forever(self) -> None:
        """The background reaper: sweep a few times per timeout period."""
        interval = min(max(self.idle_timeout_s / 4, 0.05), 30.0)
        while True:
            await asyncio.sleep(interval)
            self.sweep()

    def _expired(self, session: Session, now: float) -> bool:
        return session.kind == "http" and not session.lock.locked() and now - session.last_used > self.idle_timeout_s

    def _drop(self, session_id: str, *, expired: bool) -> None:
        if self._sessions.pop(session_id, None) is not None and expired:
            self.expired += 1

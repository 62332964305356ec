"""The `dxgym serve` application: OpenEnv's reset / step / state over HTTP sessions and WebSocket.

Routes (all behind the bearer token when one is set):

| route | what |
| --- | --- |
| `POST /sessions` | open a session (201 `{"session_id", "idle_timeout_s"}`; 429 when full) |
| `POST /sessions/{id}/reset` | OpenEnv `ResetRequest` (+ `case_id` / `split` / `index`) -> `ResetResponse` |
| `POST /sessions/{id}/step` | OpenEnv `StepRequest` with a `DxgymAction` -> `StepResponse` |
| `GET /sessions/{id}/state` | `DxgymState` |
| `DELETE /sessions/{id}` | close it (204) |
| `WS /ws` | OpenEnv's WebSocket protocol, one session per connection (what `EnvClient` speaks) |
| `GET /health`, `/schema`, `/metadata` | OpenEnv's informational routes |

Every bad input is a 4xx with a one-line `detail`: malformed JSON 400, a missing or wrong token 401,
an unknown or expired session or case 404, a step before reset or after the end 409, an oversized
body 413, wrong types or unknown fields 422, a full server 429. The server never answers with a
case's diagnosis or with records nobody requested: observations are the consultation's own.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI, Request, WebSocket
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from openenv.core.env_server.serialization import serialize_observation
from openenv.core.env_server.types import (
    ResetResponse,
    SchemaResponse,
    StepRequest,
    StepResponse,
    WSErrorCode,
    WSErrorResponse,
    WSObservationResponse,
    WSStateResponse,
)
from pydantic import ConfigDict, ValidationError
from starlette.websockets import WebSocketDisconnect

from dxgym.emr_fixtures.errors import CaseNotFound
from dxgym.envs.adapters.parts import ShellParts
from dxgym.envs.adapters.serve.environment import DxgymEnvironment, EpisodeStateError
from dxgym.envs.adapters.serve.models import DxgymAction, DxgymObservation, DxgymResetRequest, DxgymState
from dxgym.envs.adapters.serve.sessions import PoolFull, Session, SessionPool, UnknownSession

log = logging.getLogger("dxgym.serve")

ASGIApp = Callable[[dict, Callable[[], Awaitable[dict]], Callable[[dict], Awaitable[None]]], Awaitable[None]]


@dataclass(frozen=True)
class ServeLimits:
    max_sessions: int = 1024
    idle_timeout_s: float = 600.0
    max_body_bytes: int = 1 << 20  # one request body or WebSocket message


class DxgymStepRequest(StepRequest):
    """OpenEnv's step request with the action typed (wrong types are a 422 naming the field)."""

    model_config = ConfigDict(extra="forbid")

    action: DxgymAction  # type: ignore[assignment]


def _status_of(exc: BaseException) -> int | None:
    """The HTTP status of an error a client caused; None for a server fault."""
    if isinstance(exc, PoolFull):
        return 429
    if isinstance(exc, UnknownSession | CaseNotFound):
        return 404
    if isinstance(exc, EpisodeStateError):
        return 409
    if isinstance(exc, ValidationError | ValueError | IndexError):
        return 422
    return None


def _error_text(exc: BaseException) -> str:
    if isinstance(exc, ValidationError):
        return _validation_text(exc.errors())
    return str(exc)


def _validation_text(errors: Any) -> str:
    parts = []
    for e in list(errors)[:5]:
        where = ".".join(str(p) for p in e.get("loc", ()) if p != "body")
        parts.append(f"{where or 'body'}: {e.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def _json_error(status: int, detail: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"detail": detail}, status_code=status, headers=headers)


# --- ASGI guards: token and body size, before any route runs ------------------------------------


class TokenGuard:
    """401 unless `Authorization: Bearer <token>` (compared in constant time); WebSockets are refused
    before the handshake completes."""

    def __init__(self, app: ASGIApp, token: str | None) -> None:
        self.app, self.token = app, token.encode() if token else None

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if self.token is None or scope["type"] not in ("http", "websocket") or self._allowed(scope):
            return await self.app(scope, receive, send)
        detail = b'{"detail":"missing or wrong token: send Authorization: Bearer <token>"}'
        headers = [(b"content-type", b"application/json"), (b"www-authenticate", b"Bearer")]
        if scope["type"] == "http":
            await send({"type": "http.response.start", "status": 401, "headers": headers})
            await send({"type": "http.response.body", "body": detail})
        elif "websocket.http.response" in scope.get("extensions", {}):
            await send({"type": "websocket.http.response.start", "status": 401, "headers": headers})
            await send({"type": "websocket.http.response.body", "body": detail})
        else:
            await send({"type": "websocket.close", "code": 1008, "reason": "missing or wrong token"})

    def _allowed(self, scope: dict) -> bool:
        for name, value in scope.get("headers", ()):
            if name == b"authorization" and value[:7].lower() == b"bearer ":
                return hmac.compare_digest(value[7:].strip(), self.token or b"")
        return False


class BodyLimit:
    """413 for an HTTP request body over `limit` bytes (declared or streamed); nothing is read past it."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers", ())).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            return await self._refuse(send)
        chunks: list[bytes] = []
        size, more = 0, True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.limit:
                return await self._refuse(send)
            chunks.append(chunk)
            more = message.get("more_body", False)
        replayed = False

        async def replay() -> dict:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, send: Callable) -> None:
        body = json.dumps({"detail": f"request body over the {self.limit}-byte limit"}).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})


# --- the application -----------------------------------------------------------------------------


def create_app(parts: ShellParts, limits: ServeLimits | None = None, *, token: str | None = None) -> ASGIApp:
    """The ASGI app: FastAPI routes over a `SessionPool`, wrapped in the body-size and token guards."""
    limits = limits or ServeLimits()
    pool = SessionPool(lambda: DxgymEnvironment(parts), max_sessions=limits.max_sessions,
                       idle_timeout_s=limits.idle_timeout_s)

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        reaper = asyncio.create_task(pool.sweep_forever())
        try:
            yield
        finally:
            reaper.cancel()

    app = FastAPI(title="dxgym", summary="dxgym consultations as an OpenEnv environment", lifespan=lifespan)
    app.state.pool = pool

    @app.exception_handler(RequestValidationError)
    async def _bad_request(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        if any(e.get("type") == "json_invalid" for e in errors):
            return _json_error(400, "malformed JSON in the request body")
        return _json_error(422, _validation_text(errors))

    async def _client_error(_: Request, exc: Exception) -> JSONResponse:
        status = _status_of(exc) or 500
        headers = {"Retry-After": str(max(1, int(limits.idle_timeout_s / 4)))} if status == 429 else None
        return _json_error(status, _error_text(exc), headers)

    for error in (PoolFull, UnknownSession, CaseNotFound, EpisodeStateError, ValidationError, ValueError, IndexError):
        app.add_exception_handler(error, _client_error)  # anything else is a 500, logged by the server

    @app.get("/health")
    async def health() -> dict[str, Any]:
        return {"status": "healthy", "sessions_open": len(pool), "max_sessions": pool.max_sessions,
                "sessions_opened": pool.opened, "sessions_expired": pool.expired, "sessions_refused": pool.refused}

    @app.get("/schema", response_model=SchemaResponse)
    async def schema() -> SchemaResponse:
        return SchemaResponse(action=DxgymAction.model_json_schema(), observation=DxgymObservation.model_json_schema(),
                              state=DxgymState.model_json_schema(),
                              reset_observation=DxgymObservation.model_json_schema())

    @app.get("/metadata")
    async def metadata() -> dict[str, Any]:
        return DxgymEnvironment(parts).get_metadata().model_dump()

    @app.post("/sessions", status_code=201)
    async def open_session() -> dict[str, Any]:
        session = pool.open("http")
        return {"session_id": session.id, "idle_timeout_s": pool.idle_timeout_s}

    @app.post("/sessions/{session_id}/reset", response_model=ResetResponse)
    async def reset(session_id: str, request: DxgymResetRequest | None = None) -> ResetResponse:
        session = pool.get(session_id)
        async with session.lock:
            observation = await session.env.reset_async(**(request or DxgymResetRequest()).model_dump())
        return ResetResponse(**serialize_observation(observation))

    @app.post("/sessions/{session_id}/step", response_model=StepResponse)
    async def step(session_id: str, request: DxgymStepRequest) -> StepResponse:
        session = pool.get(session_id)
        async with session.lock:
            observation = await session.env.step_async(request.action)
        return StepResponse(**serialize_observation(observation))

    @app.get("/sessions/{session_id}/state", response_model=DxgymState)
    async def state(session_id: str) -> DxgymState:
        return pool.get(session_id).env.state

    @app.delete("/sessions/{session_id}", status_code=204)
    async def close(session_id: str) -> Response:
        pool.close(session_id)
        return Response(status_code=204)

    @app.websocket("/ws")
    async def websocket(ws: WebSocket) -> None:
        try:
            session = pool.open("ws")
        except PoolFull as exc:
            await _deny(ws, 429, str(exc))
            return
        try:
            await ws.accept()
            await _serve_socket(ws, session, limits)
        except Exception as exc:  # the client went away mid-message: nothing to answer
            if not _disconnected(exc):
                log.exception("dxgym serve: WebSocket session failed")
        finally:
            pool.release(session)

    return BodyLimit(TokenGuard(app, token), limits.max_body_bytes)


async def _deny(ws: WebSocket, status: int, detail: str) -> None:
    """Refuse a WebSocket before accepting it: an HTTP status where the server can send one."""
    if "websocket.http.response" in ws.scope.get("extensions", {}):
        await ws.send_denial_response(_json_error(status, detail))
    else:
        await ws.close(code=1013, reason=detail[:120])


async def _serve_socket(ws: WebSocket, session: Session, limits: ServeLimits) -> None:
    """OpenEnv's WebSocket protocol on one session: reset / step / state / close messages in, one
    observation, state or error message out per message; idle past the timeout closes it."""
    env = session.env
    while True:
        try:
            raw = await asyncio.wait_for(ws.receive_text(), timeout=limits.idle_timeout_s)
        except TimeoutError:
            await ws.close(code=1000, reason="idle timeout")
            return
        session.touch()
        if len(raw) > limits.max_body_bytes:
            await _send_error(ws, f"message over the {limits.max_body_bytes}-byte limit", WSErrorCode.VALIDATION_ERROR, 413)
            continue
        try:
            message = json.loads(raw)
        except ValueError:
            await _send_error(ws, "malformed JSON", WSErrorCode.INVALID_JSON, 400)
            continue
        kind = message.get("type") if isinstance(message, dict) else None
        data = message.get("data") if isinstance(message, dict) else None
        if kind == "close":
            with contextlib.suppress(Exception):  # the client may already be gone
                await ws.close()
            return
        try:
            async with session.lock:
                if kind == "reset":
                    request = DxgymResetRequest.model_validate(data or {})
                    observation = await env.reset_async(**request.model_dump())
                    reply: Any = WSObservationResponse(data=serialize_observation(observation))
                elif kind == "step":
                    observation = await env.step_async(DxgymAction.model_validate(data))
                    reply = WSObservationResponse(data=serialize_observation(observation))
                elif kind == "state":
                    reply = WSStateResponse(data=env.state.model_dump())
                else:
                    await _send_error(ws, f"unknown message type {str(kind)[:40]!r}; expected reset, step, "
                                      "state or close", WSErrorCode.UNKNOWN_TYPE, 400)
                    continue
        except Exception as exc:  # a client's mistake is a message; a server fault is logged and reported
            if _disconnected(exc):
                raise
            status = _status_of(exc)
            if status is None:
                log.exception("dxgym serve: internal error on a WebSocket session")
                await _send_error(ws, f"internal error ({type(exc).__name__})", WSErrorCode.EXECUTION_ERROR, 500)
            else:
                code = WSErrorCode.VALIDATION_ERROR if status == 422 else WSErrorCode.SESSION_ERROR
                await _send_error(ws, _error_text(exc), code, status)
            continue
        await ws.send_text(reply.model_dump_json())


def _disconnected(exc: BaseException) -> bool:
    """A transport error that means the peer has gone (Starlette and uvicorn each have their own)."""
    return isinstance(exc, WebSocketDisconnect) or type(exc).__name__ in ("WebSocketDisconnected", "ClientDisconnected")


async def _send_error(ws: WebSocket, message: str, code: WSErrorCode, status: int) -> None:
    await ws.send_text(WSErrorResponse(data={"message": message, "code": code, "status": status}).model_dump_json())

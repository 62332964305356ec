"""A real local HTTP server that misbehaves on purpose, for the judge- and policy-failure tests.

Why not a mock transport: the failures under test (refused connections, 500s, a server slower
than the client's deadline, a body cut short) happen in sockets and HTTP parsing, so the client
must meet them through a real socket. The first path segment picks the behaviour:
`http://127.0.0.1:PORT/<mode>/v1/chat/completions`, with modes
`ok` (a valid completion), `400` (the request's own fault: never retried), `ok-box` (a valid completion saying `\\boxed{1}`), `500`, `slow`
(sleeps past any sane client timeout), `truncated-json` (valid HTTP, JSON cut in half),
`cut-body` (headers promise more bytes than are sent, then the connection closes).
Every request is counted per mode so tests can check that retries are bounded.
"""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

SLOW_S = 5.0


def completion(content: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": 0,
        "model": "misbehaving",
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}
        ],
        "usage": {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5},
    }


class _Handler(BaseHTTPRequestHandler):
    server: MisbehavingServer  # type: ignore[assignment]

    def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
        return

    def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
        mode = self.path.strip("/").split("/")[0]
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        with self.server.lock:
            self.server.counts[mode] += 1
        if mode == "400":
            self._send(400, b'{"error": {"message": "bad request", "type": "BadRequestError"}}')
        elif mode == "500":
            self._send(500, b'{"error": {"message": "internal error", "type": "server_error"}}')
        elif mode == "slow":
            time.sleep(SLOW_S)
            self._send(200, json.dumps(completion("late")).encode())
        elif mode == "truncated-json":
            body = json.dumps(completion("\\boxed{1}")).encode()
            self._send(200, body[: len(body) // 2])
        elif mode == "cut-body":
            body = json.dumps(completion("\\boxed{1}")).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[: len(body) // 3])
            self.wfile.flush()
            self.close_connection = True
        elif mode == "ok-box":
            self._send(200, json.dumps(completion("Analysis: equivalent.\n\\boxed{1}")).encode())
        else:
            self._send(200, json.dumps(completion("<diagnosis>\\boxed{unknown}</diagnosis>")).encode())

    def _send(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class MisbehavingServer(ThreadingHTTPServer):
    daemon_threads = True  # a sleeping "slow" handler never blocks shutdown

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.counts: Counter[str] = Counter()
        self.lock = threading.Lock()
        self._thread = threading.Thread(target=self.serve_forever, name="misbehaving-http", daemon=True)

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that gave up (timeout) leaves a broken pipe behind: expected, not noise."""
        import sys

        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]

    def url(self, mode: str) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/{mode}/v1"

    def __enter__(self) -> MisbehavingServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()
        self.server_close()

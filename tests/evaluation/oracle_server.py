"""A real local OpenAI-compatible server that plays the oracle, slowly, for the kill-and-resume test
(and fails every completion with `status = 500`, for the error-episode tests).

Why a server: the test kills a real `dxgym eval` process with SIGKILL half way, so the evaluation
must take long enough to be caught mid-run, and a model policy over HTTP is the ordinary way an
evaluation is slow. Replies are a pure function of the messages (the case is recognised by its
initial summary), so an interrupted-then-resumed run and an uninterrupted one see the same answers.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from dxgym.emr_fixtures.models import CaseRecord
from dxgym.envs.render import render_summary


def _completion(content: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-oracle", "object": "chat.completion", "created": 0, "model": "oracle",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
    }


class OracleServer:
    def __init__(self, cases: list[CaseRecord], delay_s: float = 0.1) -> None:
        self.by_summary = {render_summary(c): c for c in cases}
        self.delay_s = delay_s
        self.status = 200  # set to 500 to make every completion fail
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                return

            def do_POST(self) -> None:  # noqa: N802
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)))
                time.sleep(outer.delay_s)
                if outer.status != 200:  # a server having a bad day (the error-episode and resume tests)
                    payload = b'{"error": {"message": "unavailable", "type": "server_error"}}'
                    self.send_response(outer.status)
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                    return
                payload = json.dumps(_completion(outer.reply(body["messages"]))).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def reply(self, messages: list[dict[str, Any]]) -> str:
        summary = next(m["content"] for m in messages if m["role"] == "user")
        case = self.by_summary[summary]
        if not any(m["role"] == "assistant" for m in messages):
            groups = [g for g in case.groups if g in case.relevant_groups]
            return f"<request>{'; '.join(groups)}</request>"
        return f"<diagnosis>\\boxed{{{case.primary_diagnosis.name}}}</diagnosis>"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def __enter__(self) -> OracleServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

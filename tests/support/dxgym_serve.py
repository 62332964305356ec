"""A real `dxgym serve` process on loopback, for the adapter tests (imported, not a plugin).

The server is the real command (`python -m dxgym serve`, uvicorn, the embedded default database of
the test session); tests speak to it over 127.0.0.1 only. A server that does not come up fails the
test with its output — never a skip.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import httpx
import pytest

from dxgym.agents.serving.vllm_server import free_port

STARTUP_S = 180.0


@dataclass
class ServeProcess:
    url: str
    token: str | None
    proc: subprocess.Popen
    log: str

    def output(self) -> str:
        with open(self.log, encoding="utf-8", errors="replace") as handle:
            return handle.read()[-6000:]

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"} if self.token else {}

    def alive(self) -> bool:
        return self.proc.poll() is None


@contextmanager
def serve_processes(*configs: tuple[tuple[str, ...], str | None]) -> Iterator[list[ServeProcess]]:
    """Start one `dxgym serve` per `(args, token)` on free loopback ports, all at once (their start-up
    overlaps), wait until each answers; stop them (and say what a failed one printed) after."""
    servers: list[ServeProcess] = []
    try:
        for args, token in configs:
            servers.append(_start(args, token))
        for server in servers:
            _wait(server)
        yield servers
    finally:
        for server in servers:
            _stop(server)


def _start(args: tuple[str, ...], token: str | None) -> ServeProcess:
    port = free_port()
    env = dict(os.environ)
    env.pop("DXGYM_SERVE_TOKEN", None)
    if token:
        env["DXGYM_SERVE_TOKEN"] = token
    log = tempfile.NamedTemporaryFile(prefix="dxgym-serve-", suffix=".log", delete=False)  # a file: a pipe could fill
    proc = subprocess.Popen([sys.executable, "-m", "dxgym", "serve", "--port", str(port), *args], env=env,
                            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    log.close()
    return ServeProcess(f"http://127.0.0.1:{port}", token, proc, log.name)


def _wait(server: ServeProcess) -> None:
    deadline = time.monotonic() + STARTUP_S
    while True:
        if server.proc.poll() is not None:
            pytest.fail(f"dxgym serve exited with {server.proc.returncode}:\n{server.output()}")
        try:
            if httpx.get(server.url + "/health", headers=server.headers, timeout=2.0).status_code == 200:
                return
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline:
            pytest.fail(f"dxgym serve did not answer within {STARTUP_S:g} s:\n{server.output()}")
        time.sleep(0.2)


def _stop(server: ServeProcess) -> None:
    proc = server.proc
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    os.unlink(server.log)

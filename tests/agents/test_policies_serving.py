"""The serving helpers without a server: the tiny-model builder and the launcher's failure modes."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from dxgym.agents.serving import TinyModelSpec, VLLMServer, VLLMServerConfig, VLLMStartError, build_tiny_model


def test_tiny_model_is_small_qwen2_with_a_chat_template(tiny_model_path: str) -> None:
    path = Path(tiny_model_path)
    config = json.loads((path / "config.json").read_text())
    assert config["model_type"] == "qwen2"
    assert config["hidden_size"] // config["num_attention_heads"] >= 32  # vLLM CPU attention
    assert (path / "model.safetensors").stat().st_size < 5_000_000
    assert build_tiny_model() == path  # cached by content hash: the same directory again

    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(path / "tokenizer.json"))
    for text in ("<request>CBC; chest x-ray</request>", "血常规 肝功能", "\\boxed{1}"):
        assert tok.decode(tok.encode(text).ids) == text
    template = json.loads((path / "tokenizer_config.json").read_text()).get("chat_template") or (
        path / "chat_template.jinja"
    ).read_text()
    assert "<|im_start|>" in template and "tool_call" in template


def test_head_size_below_32_is_refused() -> None:
    with pytest.raises(ValueError, match="head size"):
        TinyModelSpec(hidden_size=32, num_attention_heads=2)


def test_server_command_and_environment_cap_resources() -> None:
    config = VLLMServerConfig(model="/m", python="/py", max_model_len=2048, kv_cache_gib=1, omp_threads=1)
    command = config.command(8123)
    assert command[:3] == ["/py", "-m", "vllm.entrypoints.openai.api_server"]
    assert ["--port", "8123"] == command[command.index("--port") : command.index("--port") + 2]
    assert "--host" in command and command[command.index("--host") + 1] == "127.0.0.1"
    assert "--tool-call-parser" in command and "--enforce-eager" in command
    env = config.environment()
    assert env["VLLM_CPU_KVCACHE_SPACE"] == "1" and env["OMP_NUM_THREADS"] == "1"
    assert env["VLLM_CPU_OMP_THREADS_BIND"] == "nobind" and env["HF_HUB_OFFLINE"] == "1"


def test_missing_interpreter_fails_loudly(tmp_path: Path) -> None:
    with pytest.raises(VLLMStartError, match="interpreter not found"):
        VLLMServer(VLLMServerConfig(model="/m", python=str(tmp_path / "nope"))).start()


def test_a_server_that_dies_fails_loudly_and_fast(tmp_path: Path) -> None:
    started = time.monotonic()
    server = VLLMServer(VLLMServerConfig(model="/m", python="/bin/false", log_path=str(tmp_path / "log")))
    with pytest.raises(VLLMStartError, match="exited with code"):
        server.start()
    assert time.monotonic() - started < 10


def test_a_server_that_never_answers_times_out(tmp_path: Path) -> None:
    script = tmp_path / "silent.sh"
    script.write_text("#!/bin/sh\nexec sleep 60\n")
    script.chmod(0o755)
    server = VLLMServer(
        VLLMServerConfig(model="/m", python=str(script), startup_timeout_s=2, log_path=str(tmp_path / "log"))
    )
    started = time.monotonic()
    with pytest.raises(VLLMStartError, match="did not answer"):
        server.start()
    assert time.monotonic() - started < 25  # the deadline, then a clean stop of the process group

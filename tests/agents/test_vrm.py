"""The VRM against the session's real vLLM server (the tiny model as judge), and `dxgym verify`.

The tiny judge's opinion is noise; what is checked is the path: the appendix-B prompt reaches a
real server, the reply is parsed into a verdict (constrained to `\\boxed{0|1}` with structured
outputs), the prompt version is recorded, caching and self-consistency work, an unparseable
reply falls back to the rule verifier with the reason recorded, and the CLI does the same.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dxgym.agents.policies import OpenAIPolicy
from dxgym.agents.serving import VLLMServer
from dxgym.agents.types import ChatMessage, Verifier, VerifyRequest
from dxgym.agents.verifiers import make_verifier
from dxgym.agents.verifiers.vrm import VRMVerifier

pytestmark = pytest.mark.timeout(600)

TRANSCRIPT = (
    ChatMessage(role="system", content="protocol"),
    ChatMessage(role="user", content="A 35-year-old woman with double vision, worse in the evening."),
    ChatMessage(role="assistant", content="<request>Acetylcholine receptor antibodies</request>"),
    ChatMessage(role="user", content="Acetylcholine receptor antibodies: positive"),
    ChatMessage(role="assistant", content="<diagnosis>\\boxed{Myasthenia gravis}</diagnosis>"),
)
REQUEST = VerifyRequest(
    reference="Myasthenia gravis",
    prediction="Myasthenia gravis",
    case_id="agentclinic:medqa:0",
    transcript=TRANSCRIPT,
)


def test_make_verifier_builds_the_vrm_from_a_spec(vllm_server: VLLMServer) -> None:
    verifier = make_verifier("vrm", judge=vllm_server.spec + "#box=1&k=3&temperature=1")
    assert isinstance(verifier, VRMVerifier) and isinstance(verifier, Verifier)
    assert verifier.name == "vrm" and verifier.k == 3 and verifier.box
    assert isinstance(verifier.judge, OpenAIPolicy) and verifier.judge.temperature == 1.0


@pytest.mark.parametrize("language", ["en", "zh"])
async def test_constrained_judge_gives_a_parsed_verdict(vllm_server: VLLMServer, language: str) -> None:
    vrm = VRMVerifier(vllm_server.spec + "#box=1&max_tokens=16")
    verdict = await vrm.verify(REQUEST.model_copy(update={"language": language}))
    assert verdict.verifier == "vrm"
    assert verdict.fallback is None and verdict.parse_error is None
    assert verdict.score in (0.0, 1.0) and verdict.correct == (verdict.score == 1.0)
    assert verdict.prompt_version is not None and verdict.prompt_version.startswith(f"wingpt3-appB-{language}-")
    assert "1 votes for 1" in verdict.reason or "0/1 votes for 1" in verdict.reason


async def test_cache_and_self_consistency(vllm_server: VLLMServer) -> None:
    vrm = VRMVerifier(vllm_server.spec + "#box=1&k=3&temperature=1&max_tokens=16")
    first = await vrm.verify(REQUEST)
    assert first.fallback is None and "/3 votes for 1" in first.reason
    assert vrm.cache is not None and vrm.cache.misses == 1 and vrm.cache.hits == 0
    calls = vrm.judge_calls
    again = await vrm.verify(REQUEST.model_copy(update={"case_id": "another id, same judge view"}))
    assert again == first and vrm.cache.hits == 1 and vrm.judge_calls == calls  # what the judge sees is the key
    # issue 13 changed this contract: the key covers the history, so one rollout's history never decides
    # another's verdict (it was case + normalised prediction)
    other_history = TRANSCRIPT[:2] + (ChatMessage(role="assistant", content="<request>CBC</request>"),) + TRANSCRIPT[3:]
    await vrm.verify(REQUEST.model_copy(update={"transcript": other_history}))
    assert vrm.cache.misses == 2 and vrm.judge_calls == calls + 3


async def test_unparseable_judge_reply_falls_back_with_the_reason(vllm_server: VLLMServer) -> None:
    # A real judge reply that holds no score: the server is made to answer prose only.
    judge = OpenAIPolicy(
        model=vllm_server.model,
        base_url=vllm_server.base_url,
        max_tokens=16,
        extra_body={"structured_outputs": {"choice": ["I cannot evaluate this answer."]}},
    )
    verdict = await VRMVerifier(judge).verify(REQUEST)
    assert verdict.fallback == "parse_error"
    assert verdict.parse_error is not None and "no \\boxed{}" in verdict.parse_error
    assert verdict.correct and verdict.score == 1.0  # the rule verifier answered; not a silent 0


async def test_judge_errors_from_the_real_server_fall_back(vllm_server: VLLMServer) -> None:
    judge = OpenAIPolicy(model="no-such-model", base_url=vllm_server.base_url, max_tokens=8, max_retries=0)
    verdict = await VRMVerifier(judge).verify(REQUEST)
    assert verdict.fallback == "http_404"
    assert verdict.correct  # rule verifier


def _dxgym(*args: str) -> subprocess.CompletedProcess[str]:
    exe = Path(sys.executable).with_name("dxgym")
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "dxgym"]
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run([*command, *args], capture_output=True, text=True, timeout=180, env=env, check=False)


def test_cli_verify_with_the_vrm_against_the_server(vllm_server: VLLMServer) -> None:
    result = _dxgym(
        "verify",
        "--verifier",
        "vrm",
        "--judge",
        vllm_server.spec + "#box=1&max_tokens=16",
        "--reference",
        "Myasthenia gravis",
        "--prediction",
        "Lambert-Eaton syndrome",
        "--json",
    )
    assert result.returncode == 0, result.stderr
    verdict = json.loads(result.stdout)
    assert verdict["verifier"] == "vrm" and verdict["fallback"] is None and verdict["parse_error"] is None
    assert verdict["score"] in (0.0, 1.0) and verdict["prompt_version"].startswith("wingpt3-appB-en-")


def test_cli_verify_batch_reuses_one_judge(vllm_server: VLLMServer, tmp_path: Path) -> None:
    batch = tmp_path / "pairs.jsonl"
    batch.write_text(
        '{"reference": "Myasthenia gravis", "prediction": "MG", "case_id": "c1"}\n'
        'not json\n'
        '{"reference": "肺炎", "prediction": "社区获得性肺炎", "language": "zh"}\n',
        encoding="utf-8",
    )
    result = _dxgym("verify", "--verifier", "vrm", "--judge", vllm_server.spec + "#box=1", "--batch", str(batch), "--json")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 3 and "error" in lines[1]
    assert lines[0]["verifier"] == "vrm" and lines[0]["fallback"] is None
    assert lines[2]["prompt_version"].startswith("wingpt3-appB-zh-")


def test_cli_vrm_without_a_judge_is_a_user_error() -> None:
    result = _dxgym("verify", "--verifier", "vrm", "--reference", "a", "--prediction", "b", "--json")
    assert result.returncode == 2 and "--judge" in result.stderr

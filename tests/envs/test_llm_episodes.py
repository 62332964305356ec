"""Whole episodes driven by a real model server: the session's vLLM server (tiny model) as policy,
in tagged-text and tool-call modes, judged by the VRM on the same server.

The tiny model is random, so each turn is constrained (structured outputs / named tool_choice)
by `ConstrainedTinyPolicy`: request examinations the case holds, then commit a diagnosis. The
assertions are on the protocol — requests resolved against this record, a diagnosis committed, a
judge verdict parsed, well-formed records — and on failures: a judge that cannot be reached and a
policy endpoint that fails both end in complete records that name what happened.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from dxgym_vllm import ConstrainedTinyPolicy, regex_safe_names
from misbehaving_http import MisbehavingServer

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.policies import OpenAIPolicy
from dxgym.agents.serving import VLLMServer
from dxgym.agents.serving.vllm_server import free_port
from dxgym.agents.verifiers.vrm import VRMVerifier
from dxgym.emr_fixtures.fixtures import load_fixture_cases
from dxgym.emr_fixtures.models import CaseRecord
from dxgym.envs.consultation import ConsultationConfig
from dxgym.envs.episode import run_episode
from dxgym.envs.records import EpisodeRecord

pytestmark = pytest.mark.timeout(600)

LOOKUP = ExamLookup()
CONFIG = ConsultationConfig(max_turns=4)


def _case_and_names() -> tuple[CaseRecord, list[str]]:
    """A fixture case and a few of its examination names that the lookup resolves exactly."""
    for case in load_fixture_cases():
        if case.language != "en":
            continue
        names = [n for n in regex_safe_names([e.name for e in case.examinations], limit=20) if LOOKUP.resolve(n, case)]
        if len(names) >= 2:
            return case, names[:4]
    raise AssertionError("no fixture case with regex-safe examination names")


CASE, NAMES = _case_and_names()


def _vrm(server: VLLMServer) -> VRMVerifier:
    return VRMVerifier(server.spec + "#box=1&max_tokens=16")


def _check_record(record: EpisodeRecord) -> None:
    again = EpisodeRecord.model_validate_json(record.to_json_line())
    assert again == record  # one JSON line that round-trips
    assert record.case_id == CASE.case_id and record.policy.startswith("openai:dxgym-tiny@http://127.0.0.1:")
    assert record.messages[0]["role"] == "system"
    keys = {e.source_key for e in CASE.examinations}
    for turn in record.turns:
        assert all(h.source_key in keys for h in turn.hits)  # this record only


@pytest.mark.parametrize("mode", ["text", "tools"])
async def test_episode_against_the_real_server(
    vllm_server: VLLMServer, tiny_policy: OpenAIPolicy, whitespace_bias: dict[str, int], mode: str
) -> None:
    base = tiny_policy.with_options(mode=mode, max_tokens=96)
    policy = ConstrainedTinyPolicy(base, NAMES, request_turns=1, logit_bias=whitespace_bias)
    record = await run_episode(
        CASE, policy, lookup=LOOKUP, verifier=_vrm(vllm_server), config=CONFIG, tools=(mode == "tools")
    )
    _check_record(record)
    assert record.stop_reason == "diagnosis", record.error
    first, last = record.turns[0], record.turns[-1]
    assert first.action_type == "request" and first.hits  # a request resolved against the record
    assert set(first.requests) <= set(NAMES)
    assert last.action_type == "diagnosis" and record.outcome.diagnosis
    assert record.usage.prompt_tokens > 0 and record.usage.completion_tokens > 0
    assert not record.usage.estimated  # the endpoint counted
    # the VRM on the same server judged it and its verdict parsed
    assert record.verdict is not None and record.verdict.verifier == "vrm"
    assert record.verdict.fallback is None and record.verdict.prompt_version
    assert "correctness" in json.dumps(record.reward_components) or record.reward is not None
    if mode == "tools":
        assistant = [m for m in record.messages if m["role"] == "assistant"]
        assert all(m.get("tool_calls") for m in assistant)
        assert any(m["role"] == "tool" for m in record.messages)
    else:
        assert any("<request>" in (m.get("content") or "") for m in record.messages if m["role"] == "assistant")


@pytest.fixture(scope="module")
def bad_server() -> Iterator[MisbehavingServer]:
    with MisbehavingServer() as server:
        yield server


@pytest.mark.parametrize(("mode", "reason"), [("refused", "connection_error"), ("500", "http_500"), ("slow", "timeout")])
async def test_judge_failure_episode_names_its_fallback(
    tiny_policy: OpenAIPolicy, bad_server: MisbehavingServer, mode: str, reason: str
) -> None:
    url = f"http://127.0.0.1:{free_port()}/v1" if mode == "refused" else bad_server.url(mode)
    judge = OpenAIPolicy(model="judge", base_url=url, timeout=0.5, max_retries=1, backoff_s=0.05)
    policy = ConstrainedTinyPolicy(tiny_policy, NAMES, request_turns=1)
    record = await run_episode(CASE, policy, lookup=LOOKUP, verifier=VRMVerifier(judge), config=CONFIG)
    _check_record(record)
    assert record.stop_reason == "diagnosis"
    assert record.verdict is not None and record.verdict.fallback == reason  # the record names its fallback
    assert record.reward is not None  # scored by the rule verifier, not silently 0


@pytest.mark.parametrize(("mode", "reason"), [("500", "http_500"), ("truncated-json", "bad_response")])
async def test_policy_failure_ends_the_episode_as_an_error(
    vllm_server: VLLMServer, bad_server: MisbehavingServer, mode: str, reason: str
) -> None:
    policy = OpenAIPolicy(model="policy", base_url=bad_server.url(mode), timeout=1.0, max_retries=1, backoff_s=0.05)
    record = await run_episode(CASE, policy, lookup=LOOKUP, verifier=_vrm(vllm_server), config=CONFIG)
    assert record.stop_reason == "error"
    assert record.error is not None and reason in record.error
    assert record.verdict is None and record.outcome.diagnosis is None

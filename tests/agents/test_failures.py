"""Judge and policy failures against a real local HTTP server that misbehaves on purpose.

Connection refused, HTTP 500, a server slower than the deadline, truncated JSON and a body cut
short: the client gives up within its bounded timeout and retries, the failure has a recordable
reason, the VRM falls back to the rule verifier and names the fallback, and nothing hangs.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from misbehaving_http import MisbehavingServer

from dxgym.agents.policies import OpenAIPolicy, PolicyError
from dxgym.agents.serving.vllm_server import free_port
from dxgym.agents.types import ChatMessage, VerifyRequest
from dxgym.agents.verifiers.vrm import VRMVerifier

pytestmark = pytest.mark.timeout(60)

FAILURES = [
    ("500", "http_500"),
    ("slow", "timeout"),
    ("truncated-json", "bad_response"),
    ("cut-body", "connection_error"),
]
TIMEOUT_S = 2.0  # well under the slow mode's 5 s, and far over a loaded 2-core machine's reply time (a 0.5 s limit raced it)
RETRIES = 1


@pytest.fixture(scope="module")
def bad_server() -> Iterator[MisbehavingServer]:
    with MisbehavingServer() as server:
        yield server


def refused_url() -> str:
    return f"http://127.0.0.1:{free_port()}/v1"  # nothing listens there


def policy(url: str, **kw: object) -> OpenAIPolicy:
    return OpenAIPolicy(
        model="judge", base_url=url, timeout=TIMEOUT_S, max_retries=RETRIES, backoff_s=0.05, **kw  # type: ignore[arg-type]
    )


MESSAGES = [ChatMessage(role="user", content="hello")]


@pytest.mark.parametrize(("mode", "reason"), FAILURES)
async def test_policy_failures_have_reasons_and_bounded_retries(
    bad_server: MisbehavingServer, mode: str, reason: str
) -> None:
    before = bad_server.counts[mode]
    started = time.monotonic()
    with pytest.raises(PolicyError) as info:
        await policy(bad_server.url(mode)).act(MESSAGES, None)
    elapsed = time.monotonic() - started
    assert info.value.reason == reason
    assert info.value.attempts == RETRIES + 1
    assert bad_server.counts[mode] - before == RETRIES + 1  # bounded: exactly 1 + max_retries calls
    assert elapsed < (RETRIES + 1) * (TIMEOUT_S + 1.0) + 1.0  # the hard deadline holds


async def test_connection_refused_is_recorded() -> None:
    started = time.monotonic()
    with pytest.raises(PolicyError) as info:
        await policy(refused_url()).act(MESSAGES, None)
    assert info.value.reason == "connection_error"
    assert time.monotonic() - started < 5


async def test_client_errors_are_not_retried(bad_server: MisbehavingServer) -> None:
    # A 4xx is the request's own fault (vLLM's HTTP 400 for an unsupported tool_choice, say).
    before = bad_server.counts["400"]
    with pytest.raises(PolicyError) as info:
        await policy(bad_server.url("400")).act(MESSAGES, None)
    assert info.value.reason == "http_400" and info.value.attempts == 1
    assert bad_server.counts["400"] - before == 1


async def test_a_working_endpoint_still_works(bad_server: MisbehavingServer) -> None:
    turn = await policy(bad_server.url("ok")).act(MESSAGES, None)
    assert turn.content == "<diagnosis>\\boxed{unknown}</diagnosis>"
    assert turn.usage is not None and turn.usage.prompt_tokens == 3


REQUEST = VerifyRequest(reference="Myasthenia gravis", prediction="myasthenia gravis", case_id="case:1")


@pytest.mark.parametrize(("mode", "reason"), [*FAILURES, ("refused", "connection_error")])
async def test_vrm_falls_back_to_the_rule_verifier_and_says_why(
    bad_server: MisbehavingServer, mode: str, reason: str
) -> None:
    url = refused_url() if mode == "refused" else bad_server.url(mode)
    vrm = VRMVerifier(policy(url))
    verdict = await vrm.verify(REQUEST)
    assert verdict.fallback == reason
    assert verdict.verifier == "vrm"
    assert verdict.prompt_version is not None
    # the rule verifier answered: a correct prediction is not silently scored 0
    assert verdict.correct and verdict.score == 1.0
    assert "rule verifier" in verdict.reason
    assert vrm.cache is not None and len(vrm.cache) == 0  # failures are not cached


async def test_vrm_parse_error_falls_back(bad_server: MisbehavingServer) -> None:
    vrm = VRMVerifier(policy(bad_server.url("ok")))  # answers a diagnosis, not a score
    verdict = await vrm.verify(REQUEST.model_copy(update={"prediction": "Lambert-Eaton syndrome"}))
    assert verdict.fallback == "parse_error"
    assert verdict.parse_error is not None and "not 0 or 1" in verdict.parse_error
    assert not verdict.correct


async def test_vrm_caches_good_verdicts(bad_server: MisbehavingServer) -> None:
    vrm = VRMVerifier(policy(bad_server.url("ok-box")))
    before = bad_server.counts["ok-box"]
    first = await vrm.verify(REQUEST)
    # issue 13 changed the key to everything the judge sees (it was case id + normalised prediction):
    # whitespace the judge never sees and the case id do not split it; a different view does
    again = await vrm.verify(REQUEST.model_copy(update={"prediction": "  myasthenia   gravis "}))
    assert first == again and first.fallback is None and first.correct
    assert bad_server.counts["ok-box"] - before == 1
    other_case = await vrm.verify(REQUEST.model_copy(update={"case_id": "case:2"}))
    assert other_case == first and bad_server.counts["ok-box"] - before == 1
    other_view = await vrm.verify(REQUEST.model_copy(update={"prediction": "Myasthenia Gravis."}))
    assert other_view.correct and bad_server.counts["ok-box"] - before == 2


def test_vrm_verify_sync_falls_back_without_hanging(bad_server: MisbehavingServer) -> None:
    started = time.monotonic()
    verdict = VRMVerifier(policy(bad_server.url("slow"))).verify_sync(REQUEST)
    assert verdict.fallback == "timeout"
    assert time.monotonic() - started < 10

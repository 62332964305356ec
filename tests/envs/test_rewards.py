"""The one reward: components, defaults, the cosine length penalty."""

from __future__ import annotations

import math

import pytest

from dxgym.agents.types import Passage, Usage
from dxgym.envs.consultation import Outcome
from dxgym.envs.metrics import RequestResolution
from dxgym.envs.rewards import RewardConfig, citation_support, cosine_length_penalty, score


def outcome(**changes) -> Outcome:
    base = dict(
        case_id="t:1", language="en", reference="Myasthenia gravis", reference_icd10="G70.0",
        diagnosis="Myasthenia gravis", citations=(), requests=(RequestResolution("EMG", frozenset({"EMG"})),),
        relevant_groups=frozenset({"EMG"}), obtained_groups=frozenset({"EMG"}), invalid_actions=0,
        stop_reason="diagnosis", turns=2, usage=Usage(completion_tokens=100), passages_shown=(), searches=(),
    )
    base.update(changes)
    return Outcome(**base)


@pytest.mark.parametrize(
    ("length", "expected"),
    [(0, 0.0), (8_192, 0.0), (12_288, 0.25), (16_384, 0.5), (100_000, 0.5),
     (10_240, 0.5 * (1 - math.cos(math.pi / 4)) / 2)],
)
def test_cosine_length_penalty(length, expected):
    assert cosine_length_penalty(length, 8_192, 16_384) == pytest.approx(expected)


def test_budget_must_exceed_threshold():
    with pytest.raises(ValueError, match="length_budget"):
        RewardConfig(length_threshold=8_192, length_budget=8_192)


def test_correct_and_complete(verifier):
    reward = score(outcome(), verifier)
    assert reward.components["correctness"] == 1.0
    assert reward.components["exam_f1"] == 0.5
    assert reward.total == pytest.approx(1.5)
    assert reward.total == pytest.approx(sum(reward.components.values()))
    assert set(reward.components) == {"correctness", "exam_f1", "format", "no_diagnosis", "length",
                                      "cost", "citation"}


def test_wrong_diagnosis_scores_zero_correctness(verifier):
    reward = score(outcome(diagnosis="Migraine"), verifier)
    assert reward.components["correctness"] == 0.0
    assert reward.verdict is not None and not reward.verdict.correct


def test_format_penalty_is_capped(verifier):
    assert score(outcome(invalid_actions=2), verifier).components["format"] == pytest.approx(-0.2)
    assert score(outcome(invalid_actions=9), verifier).components["format"] == pytest.approx(-0.5)


def test_no_diagnosis(verifier):
    reward = score(outcome(diagnosis=None, stop_reason="max_turns"), verifier)
    assert reward.verdict is None
    assert reward.components["no_diagnosis"] == -0.5 and reward.components["correctness"] == 0.0


def test_length_penalty_applies_correct_or_not(verifier):
    long = outcome(usage=Usage(completion_tokens=16_384))
    assert score(long, verifier).components["length"] == pytest.approx(-0.5)
    assert score(outcome(), verifier).components["length"] == 0.0


def test_dollar_cost_is_off_by_default_and_weighted_per_thousand(verifier):
    """Issue 17 replaced the per-count turn_cost / test_cost with one term in dollars (contract change)."""
    spent = outcome(cost_usd=2_500.0)
    assert score(spent, verifier).components["cost"] == 0.0
    assert score(spent, verifier).metrics["cost_usd"] == 2_500.0
    reward = score(spent, verifier, RewardConfig(cost_weight=0.2))
    assert reward.components["cost"] == pytest.approx(-0.5)
    assert reward.total == pytest.approx(score(spent, verifier).total - 0.5)


@pytest.mark.parametrize("old", ["turn_cost", "test_cost"])
def test_removed_per_count_costs_say_what_replaced_them(old):
    with pytest.raises(ValueError, match="cost_weight"):
        RewardConfig(**{old: 0.01})


def passage(pid: str, text: str) -> Passage:
    return Passage(passage_id=pid, doc_id=pid.split("#")[0], title="t", source="s", licence="l", text=text)


def test_citation_component(verifier):
    shown = (passage("kb:mg#1", "Myasthenia gravis causes fatigable weakness."), passage("kb:x#1", "Asthma."))
    config = RewardConfig(citation_weight=0.2)
    supported = outcome(citations=("kb:mg#1",), passages_shown=shown)
    assert citation_support(supported) == (True, 0)
    assert score(supported, verifier, config).components["citation"] == pytest.approx(0.2)
    unsupported = outcome(citations=("kb:x#1", "kb:never#9"), passages_shown=shown)
    assert citation_support(unsupported) == (False, 1)
    assert score(unsupported, verifier, config).components["citation"] == pytest.approx(-0.02)
    assert score(supported, verifier).components["citation"] == 0.0  # weight 0 by default


async def test_async_and_sync_agree(verifier):
    from dxgym.envs.rewards import ascore

    assert (await ascore(outcome(), verifier)).total == score(outcome(), verifier).total

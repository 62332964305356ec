"""`training.reward.compute_score` on crafted episodes, directly and through verl's own reward manager.

Crafted: a scripted consultation (no model) gives an outcome whose reward `envs.rewards.score`
computes directly; the agent loop's compact fields for the same episode, with the response text, must
score identically through the reward function, which replays the turns through the same case
(contract changed by issue 15: `extra_fields` no longer carry the record).
"""

from __future__ import annotations

import asyncio
import json

import pytest

from dxgym.agents.verifiers import RuleVerifier
from dxgym.envs.consultation import Consultation, ConsultationConfig
from dxgym.envs.records import build_record, read_jsonl
from dxgym.envs.rewards import RewardConfig, score
from dxgym.training import cases as worker_cases
from dxgym.training.data import case_row
from dxgym.training.fields import FIELD_KEYS, MissingEpisode, episode_fields, solution_text
from dxgym.training.reward import COMPONENTS, compute_score, reward_config


def _play(case, turns: list[str], *, max_turns: int = 8, end: str | None = None):
    consultation = Consultation(case, worker_cases.shared_lookup(), ConsultationConfig(max_turns=max_turns))
    consultation.reset()
    for text in turns:
        if consultation.done:
            break
        consultation.step(text)
    if end:
        consultation.end(end)
    return consultation


def _fields(consultation, policy: str = "verl:test") -> tuple[dict, str]:
    """What the agent loop would send for this episode, and the response text verl would decode."""
    solution, turns, cut = solution_text(consultation)
    fields = episode_fields(consultation, turns=turns, cut=cut, solution=solution, policy=policy, db="fixtures")
    return fields, solution


def _episodes(case):
    name = case.primary_diagnosis.name
    groups = sorted(case.relevant_groups)
    return {
        "correct": [f"<request>{groups[0]}; {groups[-1]}</request>", f"<diagnosis>\\boxed{{{name}}}</diagnosis>"],
        "wrong": ["<request>complete blood count</request>", "<diagnosis>\\boxed{Common cold}</diagnosis>"],
        "malformed": ["hello", "<request>unterminated", "<think>never closed"],
        "truncated": [f"<request>{groups[0]}</request>"],
    }


@pytest.fixture(params=["correct", "wrong", "malformed", "truncated"])
def crafted(request, en_case):
    turns = _episodes(en_case)[request.param]
    consultation = _play(en_case, turns, max_turns=3 if request.param == "malformed" else 8,
                         end="length_budget" if request.param == "truncated" else None)
    return request.param, consultation


async def test_components_match_envs_rewards(crafted, en_case):
    kind, consultation = crafted
    row = case_row(en_case, 0)
    fields, solution = _fields(consultation)
    info = {**row["extra_info"], **fields}
    options = {"length_budget": 16_384}

    result = await compute_score("dxgym", solution, row["reward_model"]["ground_truth"], info, **options)

    expected = score(consultation.outcome(), RuleVerifier(), RewardConfig(length_budget=16_384))
    assert result["score"] == pytest.approx(expected.total)
    for name in COMPONENTS:
        assert result[f"reward_{name}"] == pytest.approx(expected.components[name]), name
    for name, value in expected.metrics.items():
        assert result[name] == pytest.approx(value), name
    assert result["acc"] == (1.0 if kind == "correct" else 0.0)
    assert result["has_diagnosis"] == (1.0 if kind in ("correct", "wrong") else 0.0)
    if kind == "malformed":
        assert consultation.stop_reason == "max_turns"
        assert result["reward_format"] == pytest.approx(-0.3) and result["reward_no_diagnosis"] == -0.5
    if kind == "truncated":
        assert result["reward_no_diagnosis"] == -0.5


async def test_keys_are_the_same_for_every_sample(en_case):
    keys = set()
    for turns in _episodes(en_case).values():
        consultation = _play(en_case, turns)
        row = case_row(en_case, 0)
        fields, solution = _fields(consultation, "p")
        result = await compute_score("dxgym", solution, row["reward_model"]["ground_truth"],
                                     {**row["extra_info"], **fields})
        keys.add(tuple(sorted(result)))
        assert all(isinstance(v, float) for v in result.values())
    assert len(keys) == 1


async def test_episode_is_completed_and_appended(en_case, tmp_path, monkeypatch):
    path = tmp_path / "episodes.jsonl"
    monkeypatch.setenv("DXGYM_EPISODES_PATH", str(path))
    row = case_row(en_case, 0)
    episodes = []
    for turns in _episodes(en_case).values():
        consultation = _play(en_case, turns)
        fields, solution = _fields(consultation, "p")
        episodes.append(({**row["extra_info"], **fields}, solution, build_record(consultation, policy="p")))
    results = await asyncio.gather(
        *(compute_score("dxgym", solution, row["reward_model"]["ground_truth"], dict(info))
          for info, solution, _ in episodes * 5)
    )
    records = list(read_jsonl(path))
    assert len(records) == 20
    # the record written is the rollout's full record (messages, turns, hits), completed with the reward
    def unscored(record):
        return record.model_copy(update={"verdict": None, "reward": None, "reward_components": {},
                                         "versions": {}, "timing": {}}).to_json_line()

    written = {unscored(r) for r in records}
    assert written == {unscored(played) for _, _, played in episodes}
    assert sorted(r.reward for r in records) == pytest.approx(sorted(r["score"] for r in results))
    correct = [r for r in records if r.outcome.diagnosis == en_case.primary_diagnosis.name]
    assert correct and all(r.verdict is not None and r.verdict.correct for r in correct)
    assert all(r.versions.get("verifier") == "rule" for r in correct)
    assert all(r.reward_components for r in records)


async def test_without_an_episode_record_it_says_which_loop_is_needed():
    with pytest.raises(MissingEpisode, match="dxgym_consultation"):
        await compute_score("dxgym", "text", "Myasthenia gravis", {"case_id": "x"})


def test_length_budget_at_or_under_threshold_is_an_error():
    """Contract changed by issue 13: B <= T used to drop the penalty silently; now it is refused."""
    with pytest.raises(ValueError, match="must exceed length_threshold"):
        reward_config({"length_budget": 4096})
    assert reward_config({"length_budget": 32768, "exam_f1_weight": 0.25}).exam_f1_weight == 0.25
    assert reward_config({"length_budget": 32768, "episodes_path": "x"}).length_budget == 32768


def test_vrm_is_chosen_from_the_environment(monkeypatch):
    from dxgym.training import reward

    monkeypatch.setenv("DXGYM_VERIFIER", "vrm")
    monkeypatch.setenv("DXGYM_JUDGE", "openai:judge@http://127.0.0.1:9/v1")
    verifier = reward.get_verifier()
    assert type(verifier).__name__ == "VRMVerifier"
    assert reward.get_verifier() is verifier  # one per process


async def test_through_verl_reward_manager(tiny, en_case, config_with, tmp_path, monkeypatch):
    """verl's own path: load_reward_manager + run_single on a DataProto, as a reward-loop worker does."""
    import numpy as np
    import torch
    from verl import DataProto
    from verl.trainer.ppo.reward import load_reward_manager

    _, tokenizer = tiny
    monkeypatch.setenv("DXGYM_EPISODES_PATH", str(tmp_path / "episodes.jsonl"))
    cfg = config_with()
    manager = load_reward_manager(cfg, tokenizer)
    row = case_row(en_case, 0)
    fields, solution = _fields(_play(en_case, _episodes(en_case)["correct"]), "p")
    responses = torch.tensor([tokenizer.encode(solution, add_special_tokens=False)])
    prompts = torch.tensor([tokenizer.encode("prompt", add_special_tokens=False)])
    data = DataProto.from_dict(
        tensors={"prompts": prompts, "responses": responses,
                 "attention_mask": torch.ones(1, prompts.shape[1] + responses.shape[1], dtype=torch.int64)},
        non_tensors={"data_source": np.array(["dxgym"], dtype=object),
                     "reward_model": np.array([row["reward_model"]], dtype=object),
                     "extra_info": np.array([dict(row["extra_info"])], dtype=object),
                     "tool_extra_fields": np.array([fields], dtype=object),
                     "__num_turns__": np.array([4])},
    )
    out = await manager.run_single(data)
    assert out["reward_score"] == pytest.approx(out["reward_extra_info"]["score"])
    assert out["reward_extra_info"]["acc"] == 1.0
    assert out["reward_score"] == pytest.approx(1.0 + out["reward_extra_info"]["reward_exam_f1"])
    assert json.loads((tmp_path / "episodes.jsonl").read_text().splitlines()[0])["verdict"]["correct"] is True
    assert set(FIELD_KEYS) <= set(fields)

"""Two real GRPO steps with TRL's `GRPOTrainer` on CPU, the dxgym rollout function and the tiny model.

The tiny model is random: its turns are unreadable actions, so what varies between the rollouts of a
prompt is their length. A length penalty that starts early (T = 8 tokens) and a generation setting
that makes the end-of-turn token likelier as a turn grows (`exponential_decay_length_penalty`, a
standard `transformers` sampling knob passed through `GRPOConfig.generation_kwargs`) give rollouts of
different lengths and so different rewards: GRPO has an advantage to follow and the gradient is not 0.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from dxgym.emr_fixtures.fixtures import load_fixture_cases
from dxgym.envs.adapters.parts import ShellSettings, build_parts
from dxgym.envs.adapters.trl_rollout import DxgymRollout
from dxgym.envs.records import EpisodeRecord
from dxgym.envs.rewards import COMPONENTS, RewardConfig

pytestmark = pytest.mark.timeout(900)

STEPS, GENERATIONS, MAX_TURNS = 2, 4, 3


@pytest.fixture(scope="module")
def trained(tiny_model_path: str, tmp_path_factory: pytest.TempPathFactory) -> tuple[list[dict], Path, DxgymRollout]:
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer
    from trl import GRPOConfig, GRPOTrainer

    out = tmp_path_factory.mktemp("trl")
    tokenizer = AutoTokenizer.from_pretrained(tiny_model_path)
    model = AutoModelForCausalLM.from_pretrained(tiny_model_path, dtype=torch.float32)
    cases = [c for c in load_fixture_cases() if c.split == "train" and c.language == "en" and not c.follow_up][:2]
    settings = ShellSettings(split="train", max_turns=MAX_TURNS, reward=RewardConfig(length_threshold=8, length_budget=48))
    rollout = DxgymRollout(build_parts(settings, cases=cases), tokenizer, max_turn_tokens=16,
                           records=out / "episodes.jsonl")
    args = GRPOConfig(
        output_dir=str(out), max_steps=STEPS, per_device_train_batch_size=GENERATIONS, num_generations=GENERATIONS,
        max_completion_length=384, learning_rate=1e-2, temperature=1.0, beta=0.0, logging_steps=1, seed=0,
        use_cpu=True, bf16=False, report_to="none", save_strategy="no", dataloader_num_workers=0, disable_tqdm=True,
        generation_kwargs={"exponential_decay_length_penalty": [3, 1.6]},
    )
    trainer = GRPOTrainer(model=model, processing_class=tokenizer, args=args, train_dataset=rollout.dataset(),
                          rollout_func=rollout, reward_funcs=rollout.reward_funcs())
    trainer.train()
    steps = [h for h in trainer.state.log_history if "grad_norm" in h]
    return steps, out / "episodes.jsonl", rollout


def test_two_grpo_steps_with_a_gradient(trained: tuple[list[dict], Path, DxgymRollout]) -> None:
    steps, _, _ = trained
    assert len(steps) == STEPS
    for step in steps:
        assert math.isfinite(step["grad_norm"]) and step["grad_norm"] > 0, step
        assert step["reward_std"] > 0 and step["frac_reward_zero_std"] < 1  # the rollouts of a prompt differ
    print("\n[trl] " + "; ".join(f"step {i + 1}: grad_norm {s['grad_norm']:.4f}, reward {s['reward']:.4f} "
                                 f"(std {s['reward_std']:.4f}), loss {s['loss']:.4f}" for i, s in enumerate(steps)))


def test_reward_and_every_component_are_logged_per_step(trained: tuple[list[dict], Path, DxgymRollout]) -> None:
    steps, _, _ = trained
    for step in steps:
        assert "reward" in step
        parts = [step[f"rewards/{name}/mean"] for name in COMPONENTS]
        assert step["reward"] == pytest.approx(sum(parts), abs=1e-5)  # the components sum to dxgym's total


def test_every_rollout_is_a_scored_dxgym_episode(trained: tuple[list[dict], Path, DxgymRollout]) -> None:
    _, records_path, rollout = trained
    records = [EpisodeRecord.model_validate_json(line) for line in records_path.read_text().splitlines()]
    assert len(records) == STEPS * GENERATIONS == rollout.episodes_played
    for record in records:
        assert record.policy.startswith("trl:") and record.stop_reason in ("diagnosis", "max_turns", "length_budget")
        assert record.reward == pytest.approx(sum(record.reward_components.values()))
        assert list(record.reward_components) == list(COMPONENTS)
        assert not record.usage.estimated and record.usage.completion_tokens > 0  # counted by the tokenizer
        assert record.messages[0]["role"] == "system" and record.turns
    lengths = {r.usage.completion_tokens for r in records}
    assert len(lengths) > 1, json.dumps([r.usage.model_dump() for r in records])

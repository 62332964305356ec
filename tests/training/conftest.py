"""Shared parts for the training tests: verl's real config, a tiny local model, fixture cases.

Everything here imports verl for real (no stub): the config is composed from verl 0.9.1's
`ppo_trainer.yaml` plus dxgym's, and agent loops are built the way `AgentLoopWorker` builds them.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from dxgym.emr_fixtures.fixtures import load_fixture_cases


@pytest.fixture(scope="session")
def cases():
    return load_fixture_cases()


@pytest.fixture(scope="session")
def en_case(cases):
    return next(c for c in cases if c.case_id == "agentclinic:medqa:0")


@pytest.fixture(scope="session")
def zh_case(cases):
    return next(c for c in cases if c.language == "zh")


@pytest.fixture(scope="session")
def tiny():
    """(model, tokenizer): a tiny random Qwen2 built locally (agents/serving/tiny_model.py)."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from dxgym.agents.serving.tiny_model import build_tiny_model

    path = build_tiny_model()
    model = AutoModelForCausalLM.from_pretrained(path).eval()
    return model, AutoTokenizer.from_pretrained(path)


@pytest.fixture(scope="session")
def verl_config():
    """The shipped single-node GRPO config, composed through Hydra exactly as the launch scripts run it."""
    from dxgym.training.verl_config import compose, with_launch_overrides

    return compose("grpo", with_launch_overrides([]))


@pytest.fixture
def config_with(verl_config):
    """A copy of the composed config with some keys changed (struct mode: only existing keys)."""
    from omegaconf import OmegaConf

    def make(**changes: Any):
        cfg = copy.deepcopy(verl_config)
        for key, value in changes.items():
            OmegaConf.update(cfg, key.replace("__", "."), value, merge=False)
        return cfg

    return make


def _row_kwargs(case, *, session_id: int = 0, global_steps: int = 1, reveal: bool = False) -> dict[str, Any]:
    """What verl passes `run(**kwargs)` for one exported row (V1 trainer fields included)."""
    from dxgym.training.data import case_row

    row = case_row(case, 0, reveal_physical_exam=reveal)
    return {
        "raw_prompt": row["prompt"],
        "data_source": row["data_source"],
        "reward_model": row["reward_model"],
        "extra_info": row["extra_info"],
        "ability": row["ability"],
        "index": 0,
        "tools_kwargs": {},
        "interaction_kwargs": {},
        "uid": "uid-0",
        "session_id": session_id,
        "global_steps": global_steps,
    }


@pytest.fixture
def row_kwargs():
    return _row_kwargs


@pytest.fixture
def run_loop():
    """Instantiate `DxAgentLoop` inside the running event loop (verl captures it) and run one row."""
    from dxgym.training.verl_config import instantiate_agent_loop

    async def run(config, server, tokenizer, case, *, sampling_params=None, **row: Any):
        loop = instantiate_agent_loop(config, server, tokenizer, db="fixtures")
        params = sampling_params or {"temperature": 1.0, "top_p": 1.0, "top_k": -1, "repetition_penalty": 1.0,
                                     "logprobs": True}
        return await loop.run(dict(params), **_row_kwargs(case, **row))

    return run


@pytest.fixture
def replayed():
    """The reward side's view of an `AgentLoopOutput`: the consultation replayed from the compact fields
    and the response text verl would decode, and its (unscored) record as a dict."""
    from dxgym.training.fields import areplay, compact_from_info, episode_record

    async def replay(out, tokenizer):
        compact = compact_from_info(out.extra_fields)
        consultation = await areplay(compact, tokenizer.decode(out.response_ids, skip_special_tokens=True))
        return consultation, episode_record(consultation, compact).model_dump(mode="json")

    return replay


@pytest.fixture
def score_output(row_kwargs):
    """`compute_score` on an `AgentLoopOutput` as verl's reward manager calls it (decoded response,
    extra_info merged with the loop's extra_fields, the config's reward kwargs)."""
    from omegaconf import OmegaConf

    from dxgym.training.reward import compute_score

    async def score(out, tokenizer, config, case, **extra: Any):
        row = row_kwargs(case)
        kwargs = OmegaConf.to_container(config.reward.custom_reward_function.reward_kwargs, resolve=True)
        return await compute_score(row["data_source"], tokenizer.decode(out.response_ids, skip_special_tokens=True),
                                   row["reward_model"]["ground_truth"], {**row["extra_info"], **out.extra_fields},
                                   **kwargs, **extra)

    return score

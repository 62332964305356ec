"""The shells' shared parts: a `LiveEpisode` is `run_episode` stepped from outside, the settings load
what `dxgym eval` loads, and verifiers' own loader finds `dxgym.load_environment` (no server needed)."""

from __future__ import annotations

import json

import numpy as np
import pytest
from by_path import load_test_module

from dxgym.emr_fixtures.errors import CaseNotFound, DxgymError
from dxgym.emr_fixtures.fixtures import load_fixture_cases
from dxgym.envs.adapters.parts import LiveEpisode, ShellSettings, build_parts, load_shell_cases
from dxgym.envs.case_pool import CasePool
from dxgym.envs.episode import run_episode
from dxgym.envs.policy_spec import make_policy
from dxgym.envs.rewards import COMPONENTS

CASES = [c for c in load_fixture_cases() if not c.follow_up]


@pytest.mark.parametrize("spec", ["oracle", "random", "request-all"])
async def test_a_live_episode_records_what_run_episode_records(spec: str) -> None:
    parts = build_parts(ShellSettings(max_turns=4), cases=CASES[:12])
    for case in parts.pool.cases:
        expected = await run_episode(case, make_policy(spec, case, 3), lookup=parts.lookup, verifier=parts.verifier,
                                     config=parts.config, reward_config=parts.reward_config, seed=3)
        policy = make_policy(spec, case, 3)
        episode = LiveEpisode(parts, case, policy=policy.name, seed=3)
        while not episode.done:
            await episode.step(await policy.act(episode.consultation.messages, None))
        record = await episode.finish()
        assert record.stable_json() == expected.stable_json(), case.case_id
        assert await episode.finish() is record  # scored once


async def test_budgets_and_prices_reach_a_shell_as_dxgym_eval_sets_them(tmp_path) -> None:
    """Issue 17's dollars in the shells: `--budget` / `--cost-weight` build the consultation `dxgym eval`
    builds (a priced prompt, refused orders past the budget) and the reward's cost term."""
    from dxgym.envs.consultation import ConsultationConfig
    from dxgym.envs.rewards import RewardConfig

    reward = RewardConfig(cost_weight=0.5)
    parts = build_parts(ShellSettings(max_turns=3, budget_usd=150.0, reward=reward), cases=CASES[:6])
    eval_config = ConsultationConfig(max_turns=3, budget_usd=150.0, cost_notice=True)  # as evaluation/eval_cli.py
    assert parts.config == eval_config
    records = []
    for case in parts.pool.cases:
        expected = await run_episode(case, make_policy("request-all", case, 0), lookup=parts.lookup,
                                     verifier=parts.verifier, config=eval_config, reward_config=reward)
        policy = make_policy("request-all", case, 0)
        episode = LiveEpisode(parts, case, policy=policy.name)
        while not episode.done:
            await episode.step(await policy.act(episode.consultation.messages, None))
        records.append(await episode.finish())
        assert records[-1].stable_json() == expected.stable_json(), case.case_id
    assert any(t.refused for r in records for t in r.turns), "the budget never refused an order"
    assert all(r.cost_usd > 0 and r.reward_components["cost"] < 0 for r in records)
    bad = tmp_path / "prices.tsv"
    bad.write_text("not a price table\n", encoding="utf-8")
    with pytest.raises(DxgymError):
        build_parts(ShellSettings(price_table=str(bad)), cases=CASES[:1])


async def test_an_episode_finished_early_is_scored_as_such() -> None:
    parts = build_parts(ShellSettings(), cases=CASES[:1])
    episode = LiveEpisode(parts, CASES[0], policy="shell")
    await episode.step("<request>CBC</request>")
    record = await episode.finish(error="the client went away")
    assert record.stop_reason == "error" and record.error == "the client went away"
    assert record.reward_components["no_diagnosis"] == -0.5 and list(record.reward_components) == list(COMPONENTS)


def test_settings_select_cases_as_dxgym_eval_does() -> None:
    test = load_shell_cases(ShellSettings(split="test"))
    assert test and all(c.split == "test" and not c.follow_up for c in test)
    assert [c.case_id for c in load_shell_cases(ShellSettings(split="test", language="zh"))] == \
        [c.case_id for c in test if c.language == "zh"]
    picked = [test[3].case_id, test[0].case_id]
    assert {c.case_id for c in load_shell_cases(ShellSettings(case_ids=tuple(picked)))} == set(picked)
    with pytest.raises(CaseNotFound):
        load_shell_cases(ShellSettings(case_ids=(picked[0], "no:such:case")))
    with pytest.raises(DxgymError, match="unknown split"):
        load_shell_cases(ShellSettings(split="holdout"))


def test_case_pool_chooses_by_id_split_index_or_seed() -> None:
    pool = CasePool(CASES)
    assert pool.choose({"case_id": CASES[5].case_id}, np.random.default_rng(0)) is CASES[5]
    split = [c for c in CASES if c.split == "val"]
    assert pool.choose({"split": "val", "index": 2}, np.random.default_rng(0)) is split[2]
    assert pool.choose({}, np.random.default_rng(9)) is pool.choose({"case_id": None}, np.random.default_rng(9))
    with pytest.raises(KeyError):
        pool.choose({"case_id": "nope"}, np.random.default_rng(0))
    with pytest.raises(IndexError):
        pool.choose({"split": "val", "index": len(split)}, np.random.default_rng(0))


def test_verifiers_own_loader_finds_dxgym() -> None:
    from verifiers.legacy.utils.env_utils import load_environment as vf_load

    env = vf_load("dxgym", split="test", max_turns=3, tools=True)
    assert type(env).__name__ == "DxgymEnv" and env.env_id == "dxgym"
    rows = env.get_eval_dataset().to_list()
    assert len(rows) == len(load_shell_cases(ShellSettings(split="test")))
    cases = {c.case_id: c for c in CASES}
    for row in rows:
        case = cases[json.loads(row["info"])["case_id"]]
        prompt = json.dumps(row["prompt"], ensure_ascii=False).casefold()
        assert row["answer"] == "" and case.primary_diagnosis.name.casefold() not in prompt  # never the answer
        assert row["prompt"][0]["role"] == "system" and "request_examinations" in prompt  # the tools prompt
    assert [t.name for t in env.tool_defs] == ["request_examinations", "submit_diagnosis"]  # no knowledge base
    assert env.rubric._get_reward_func_names()[: len(COMPONENTS)] == list(COMPONENTS)
    assert env.rubric._get_reward_weights()[: len(COMPONENTS)] == [1.0] * len(COMPONENTS)
    # verifiers' env args reach the shell's settings: a dollar budget and a costed reward (issue 17)
    costed = vf_load("dxgym", case_ids=[json.loads(rows[0]["info"])["case_id"]], budget_usd=900.0,
                     cost_weight=0.5)
    assert costed.parts.config.budget_usd == 900.0 and costed.parts.reward_config.cost_weight == 0.5
    assert "$900.00" in costed.get_eval_dataset().to_list()[0]["prompt"][0]["content"]


@pytest.mark.parametrize("knowledge", [False, True])
@pytest.mark.parametrize("cost_weight", [0.0, 0.5])  # issue 17: one cost term in dollars replaced test_cost
def test_every_shell_prompt_offers_what_it_has_and_states_its_reward(knowledge: bool, cost_weight: float) -> None:
    """Prompt and reward agree (issue 13) in the adapters too: the OpenEnv server, the verifiers dataset
    and rollouts and the TRL dataset and rollouts all open with `ShellParts.consultation`'s prompt."""
    from dxgym.envs.adapters.parts import opening_messages
    from dxgym.envs.adapters.serve.environment import DxgymEnvironment
    from dxgym.envs.rewards import RewardConfig

    check = load_test_module("training/test_prompt_capabilities.py", "dxgym_prompt_capabilities").check
    settings = ShellSettings(knowledge=knowledge, reward=RewardConfig(cost_weight=cost_weight))
    parts = build_parts(settings, cases=CASES[:3])
    for case in parts.pool.cases:
        opening = opening_messages(parts, case)
        check(opening[0]["content"], knowledge=knowledge, cost_term=bool(cost_weight), language=case.language)
        assert LiveEpisode(parts, case, policy="x").messages() == opening
        server = DxgymEnvironment(parts).reset(case_id=case.case_id)
        assert server.messages == opening
    tools = build_parts(settings.model_copy(update={"tools": True}), cases=CASES[:1]).tools
    assert ("search_knowledge" in [t.function["name"] for t in tools or []]) == knowledge

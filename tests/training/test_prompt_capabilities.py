"""Prompt and reward agree (issue 13): each shell's system prompt offers what the shell has and states the
rules it scores by — gymnasium, `dxgym play`, the evaluation runner and the verl agent loop.

The prompt offers `<search>` / `search_knowledge` exactly when the shell holds a knowledge base, says
what a missing diagnosis costs (−0.5, never "ends unscored"), and names a cost term only when one is
configured.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dxgym.agents.knowledge import load_default_kb
from dxgym.envs.protocol import system_prompt, tool_specs
from dxgym.envs.rewards import RewardConfig

CASE = "agentclinic:medqa:0"
NO_DIAGNOSIS = {"en": "no diagnosis before the turns run out: −0.5", "zh": "轮数用完仍未给出诊断：−0.5"}
# issue 17 (contract change): one cost term in dollars replaced the per-count test_cost / turn_cost
COST = {"en": "cost: −0.5 for every $1,000 spent", "zh": "每花费 1,000 美元计 −0.5"}


def check(prompt: str, *, knowledge: bool, cost_term: bool, language: str = "en") -> None:
    assert ("<search>" in prompt or "search_knowledge" in prompt) == knowledge, prompt
    assert ("[1][3]" in prompt or "citations" in prompt) == knowledge
    assert NO_DIAGNOSIS[language] in prompt and "unscored" not in prompt and "不计诊断分" not in prompt
    assert (COST[language] in prompt) == cost_term
    assert "−0.1" in prompt  # the format term is on by default


@pytest.mark.parametrize("tools", [False, True])
@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_prompt_follows_the_flags(tools: bool, language: str) -> None:
    for knowledge in (False, True):
        for cost in (False, True):
            terms = RewardConfig(cost_weight=0.5 if cost else 0.0).prompt_terms()
            check(system_prompt(language, tools, knowledge, terms), knowledge=knowledge, cost_term=cost,
                  language=language)
    assert [t.function["name"] for t in tool_specs(False)] == ["request_examinations", "submit_diagnosis"]
    assert "search_knowledge" in [t.function["name"] for t in tool_specs(True)]


def test_gymnasium_shell() -> None:
    from dxgym.envs.gym_env import DiagnosisEnv

    for knowledge in (None, load_default_kb()):
        for cost in (0.0, 0.5):
            env = DiagnosisEnv(knowledge=knowledge, reward_config=RewardConfig(cost_weight=cost))
            env.reset(options={"case_id": CASE})
            check(env.consultation.messages[0].content, knowledge=knowledge is not None, cost_term=bool(cost))
            env.close()


def test_play_shell(tmp_path: Path, isolated_data_home: Path) -> None:
    """`dxgym play` offers the shipped knowledge base (its `search` command) and scores with the default reward."""
    out = tmp_path / "play.jsonl"
    env = {k: v for k, v in os.environ.items() if k != "DXGYM_DATABASE_URL"}
    env.update(XDG_DATA_HOME=str(isolated_data_home), PYTHONIOENCODING="utf-8")
    done = subprocess.run([sys.executable, "-m", "dxgym", "play", CASE, "--out", str(out)],
                          input="dx Myasthenia gravis\n", capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    record = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    check(record["messages"][0]["content"], knowledge=True, cost_term=False)


def test_evaluation_runner_shell(tmp_path: Path) -> None:
    import asyncio

    from dxgym.evaluation.runner import EvalSettings, run_eval, select_cases

    for knowledge, cost in ((False, 0.0), (True, 0.5)):
        settings = EvalSettings(policy="oracle", split="test", n=1, knowledge=knowledge,
                                reward=RewardConfig(cost_weight=cost))
        out = tmp_path / f"run-{knowledge}"
        asyncio.run(run_eval(settings, select_cases(settings, None), out, progress=False))
        record = json.loads((out / "episodes.jsonl").read_text(encoding="utf-8").splitlines()[0])
        check(record["messages"][0]["content"], knowledge=knowledge, cost_term=bool(cost))


@pytest.mark.parametrize(("knowledge", "reward"), [(False, {}), (True, {"cost_weight": 0.5})])
async def test_verl_agent_loop_shell(knowledge, reward, tiny, verl_config, en_case, row_kwargs) -> None:
    from dxgym.training.standin import LocalModelServer
    from dxgym.training.verl_config import instantiate_agent_loop

    model, tokenizer = tiny
    server = LocalModelServer(model, tokenizer, [f"<diagnosis>\\boxed{{{en_case.primary_diagnosis.name}}}</diagnosis>"])
    loop = instantiate_agent_loop(verl_config, server, tokenizer, db="fixtures", knowledge=knowledge, reward=reward)
    out = await loop.run({"temperature": 1.0, "top_p": 1.0, "top_k": -1, "logprobs": True}, **row_kwargs(en_case))
    # what the loop really sent the policy: its prompt tokens, decoded
    check(tokenizer.decode(out.prompt_ids), knowledge=knowledge, cost_term=bool(reward))


def test_the_shipped_agent_loop_config_offers_the_knowledge_base() -> None:
    from dxgym.training.verl_config import AGENT_LOOP_YAML, load_agent_loops

    entry = load_agent_loops(AGENT_LOOP_YAML)["dxgym_consultation"]
    assert entry["knowledge"] is True

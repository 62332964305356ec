"""Whole episodes through `run_episode` with the real lookup agent and rule verifier."""

from __future__ import annotations

import pytest

from dxgym.agents.types import AssistantTurn
from dxgym.envs.episode import EpisodeAborted, run_episode
from dxgym.envs.policy_spec import BadPolicySpec, make_policy, split_openai_spec


def episode_cases(cases):
    return [c for c in cases if not c.follow_up]


async def test_oracle_scores_full_marks_on_every_fixture_case(cases, lookup, verifier):
    failures = []
    for case in episode_cases(cases):
        record = await run_episode(case, make_policy("oracle", case), lookup=lookup, verifier=verifier)
        comps = record.reward_components
        if record.stop_reason != "diagnosis" or comps["correctness"] != 1.0 or comps["exam_f1"] != 0.5:
            failures.append((case.case_id, record.stop_reason, comps["correctness"], comps["exam_f1"] / 0.5))
    print(f"oracle: {len(episode_cases(cases)) - len(failures)}/{len(episode_cases(cases))} perfect")
    assert not failures, failures[:10]


async def test_oracle_with_tool_calls(cases, lookup, verifier):
    for case in episode_cases(cases)[:10]:
        record = await run_episode(case, make_policy("oracle", case), lookup=lookup, verifier=verifier, tools=True)
        assert record.reward_components["correctness"] == 1.0 and record.reward_components["exam_f1"] == 0.5
        assert any(m["role"] == "tool" for m in record.messages)


async def test_oracle_paraphrase_figures(cases, lookup, verifier):
    rows = []
    for case in episode_cases(cases):
        record = await run_episode(case, make_policy("oracle-paraphrase", case), lookup=lookup, verifier=verifier)
        rows.append((case, record.reward_components["correctness"], record.reward_components["exam_f1"] / 0.5, record))
    correctness = sum(r[1] for r in rows) / len(rows)
    f1 = sum(r[2] for r in rows) / len(rows)
    print(f"\noracle-paraphrase over {len(rows)} cases: correctness {correctness:.3f}, exam F1 {f1:.3f}")
    for language in ("en", "zh"):
        sub = [r for r in rows if r[0].language == language]
        if sub:
            print(f"  {language}: n={len(sub)} correctness {sum(r[1] for r in sub) / len(sub):.3f} "
                  f"exam F1 {sum(r[2] for r in sub) / len(sub):.3f}")
    for case, corr, f, record in rows:
        if corr < 1.0 or f < 0.999:
            print(f"  {case.case_id}: correctness {corr} F1 {f:.2f} dx {record.outcome.diagnosis!r} "
                  f"(ref {case.primary_diagnosis.name!r}) requests "
                  f"{[(r.item, r.groups) for r in record.outcome.requests if not r.groups][:4]}")
    assert correctness >= 0.95
    assert f1 >= 0.9


@pytest.mark.parametrize("spec", ["request-all", "random"])
async def test_baselines_finish(spec, cases, lookup, verifier):
    for case in episode_cases(cases)[:5]:
        for tools in (False, True):
            record = await run_episode(case, make_policy(spec, case, seed=3), lookup=lookup, verifier=verifier,
                                       tools=tools)
            assert record.stop_reason in ("diagnosis", "max_turns")
            assert record.reward == pytest.approx(sum(record.reward_components.values()))


class Exploding:
    name = "exploding"

    def __init__(self, after: int, exc: Exception) -> None:
        self.after, self.exc, self.calls = after, exc, 0

    async def act(self, messages, tools):
        self.calls += 1
        if self.calls > self.after:
            raise self.exc
        return AssistantTurn(content="<request>Chest_CT</request>")


async def test_policy_error_is_recorded_not_raised(en_case, lookup, verifier):
    record = await run_episode(en_case, Exploding(1, TimeoutError("endpoint timed out")), lookup=lookup,
                               verifier=verifier)
    assert record.stop_reason == "error" and "TimeoutError" in record.error
    assert record.reward_components["no_diagnosis"] == -0.5
    assert len(record.turns) == 1


async def test_abort(en_case, lookup, verifier):
    record = await run_episode(en_case, Exploding(0, EpisodeAborted()), lookup=lookup, verifier=verifier)
    assert record.stop_reason == "aborted" and record.error is None


def test_policy_specs(en_case):
    assert make_policy("oracle", en_case).name == "oracle"
    assert make_policy("oracle-paraphrase", en_case).name == "oracle-paraphrase"
    assert make_policy("request-all").name == "request-all"
    assert make_policy("random", seed=1).name == "random"
    with pytest.raises(BadPolicySpec):
        make_policy("oracle")
    with pytest.raises(BadPolicySpec):
        make_policy("gpt-4")
    assert split_openai_spec("Qwen/Qwen3-8B@http://localhost:8000/v1") == ("Qwen/Qwen3-8B", "http://localhost:8000/v1")
    assert split_openai_spec("org/model@v2@https://h/v1") == ("org/model@v2", "https://h/v1")
    assert split_openai_spec("gpt-4o") == ("gpt-4o", None)

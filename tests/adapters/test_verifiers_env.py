"""The verifiers shell, run by verifiers' own evaluation entry point (`vf-eval`) against the real
vLLM server (tiny model, temperature 0), compared episode by episode with what `dxgym eval` records
for the same cases, seed and sampling.

The tiny model is random, so both tools constrain its replies with the same vLLM structured-output
regex, in two evaluations: one where every reply is a request (test-split cases: results the record
holds, results it lacks, a repeated request, truncation at `max_turns`), one where every reply is a
diagnosis (val-split cases: a verdict and the correctness term). `vf-eval` runs both from one TOML
config, as verifiers' users do; everything else is each tool's own path — `dxgym eval`'s runner and
policy client, verifiers' loader, client, rollout loop and rubric.
"""

from __future__ import annotations

import glob
import json
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import pytest
import tomli_w

from dxgym.agents.serving import VLLMServer
from dxgym.envs.rewards import COMPONENTS

pytestmark = pytest.mark.timeout(900)

# (split, cases, max_turns, regex); `\\boxed\{` in a regex is a literal `\boxed{`.
EVALS = {
    "requests": ("test", 4, 2, r"<request>(Temperature|Heart Rate); (ECG|Brain MRI|Chest X-ray)</request>"),
    "diagnoses": ("val", 2, 2, r"<diagnosis>\\boxed\{[a-z]{3,10}( [a-z]{3,10})?\}</diagnosis>"),
}
MAX_TOKENS = 48
COMPARED = ("turns", "outcome", "stop_reason", "verdict", "reward", "reward_components", "usage")


def _run(cmd: list[str], cwd: Path) -> None:
    started = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=800)
    assert proc.returncode == 0, f"{cmd[:4]} failed ({proc.returncode}):\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    print(f"\n[verifiers] {Path(cmd[0]).name} {' '.join(cmd[1:3])}: {time.perf_counter() - started:.1f} s")


def _body(regex: str) -> dict:
    return {"structured_outputs": {"regex": regex}}


def _spec(server: VLLMServer, regex: str) -> str:
    """`dxgym eval`'s policy: the same endpoint, sampling and constraint as vf-eval's."""
    return (f"openai:{server.model}@{server.base_url}#temperature=0&max_tokens={MAX_TOKENS}&seed=0"
            f"&extra_body={quote(json.dumps(_body(regex)))}")


@pytest.fixture(scope="module")
def runs(vllm_server: VLLMServer, tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, list[dict]]:
    """(dxgym eval's records by case id, vf-eval's result rows) for the same cases."""
    work = tmp_path_factory.mktemp("verifiers")
    evaluated: dict[str, dict] = {}
    config: dict = {"model": vllm_server.model, "api_base_url": vllm_server.base_url, "temperature": 0.0,
                    "api_key_var": "DXGYM_TEST_UNSET_KEY", "max_tokens": MAX_TOKENS, "rollouts_per_example": 1,
                    "max_concurrent": 1, "state_columns": ["dxgym_record"], "save_results": True,
                    "output_dir": str(work / "vf"), "disable_tui": True, "disable_env_server": True, "eval": []}
    for name, (split, n, max_turns, regex) in EVALS.items():
        out = work / f"eval-{name}"  # one at a time: the server's batches stay as vf-eval's requests find them
        _run([sys.executable, "-m", "dxgym", "eval", "--policy", _spec(vllm_server, regex), "--split", split, "-n", str(n),
              "--seed", "1", "--max-turns", str(max_turns), "--concurrency", "1", "--out", str(out)], cwd=work)
        case_ids = [c["case_id"] for c in json.loads((out / "config.json").read_text())["cases"]]
        evaluated.update((json.loads(line)["case_id"], json.loads(line))
                         for line in (out / "episodes.jsonl").read_text().splitlines() if line.strip())
        config["eval"].append({"env_id": "dxgym", "num_examples": n, "sampling_args": {"seed": 0, "extra_body": _body(regex)},
                               "env_args": {"split": split, "max_turns": max_turns, "case_ids": case_ids}})
    (work / "evals.toml").write_text(tomli_w.dumps(config))
    _run([str(Path(sys.executable).with_name("vf-eval")), str(work / "evals.toml")], cwd=work)  # verifiers' entry point
    rows = [json.loads(line) for results in glob.glob(str(work / "vf" / "evals" / "*" / "*" / "results.jsonl"))
            for line in Path(results).read_text().splitlines() if line.strip()]
    return evaluated, rows


def test_vf_eval_completes_every_episode(runs: tuple[dict, list[dict]]) -> None:
    evaluated, rows = runs
    assert len(rows) == sum(n for _, n, _, _ in EVALS.values()) == len(evaluated)
    assert {r["dxgym_record"]["case_id"] for r in rows} == set(evaluated)
    for row in rows:
        record = row["dxgym_record"]
        assert row["error"] is None and row["is_completed"]
        assert record["stop_reason"] in ("diagnosis", "max_turns") and record["policy"].startswith("verifiers:")
        assert not record["usage"]["estimated"]  # the endpoint counted the tokens


def test_vf_eval_matches_dxgym_eval(runs: tuple[dict, list[dict]]) -> None:
    """Same cases, same seed, temperature 0: the same requests, hits, outcome and reward components,
    and the model saw the same transcript (its replies are the same text)."""
    evaluated, rows = runs
    for row in rows:
        record = row["dxgym_record"]
        expected = evaluated[record["case_id"]]
        for key in COMPARED:
            assert record[key] == expected[key], (record["case_id"], key, record[key], expected[key])
        assert record["messages"] == expected["messages"]
    # the comparison is not vacuous: the episodes requested, found, missed and diagnosed
    turns = [t for row in rows for t in row["dxgym_record"]["turns"]]
    assert any(t["hits"] for t in turns) and any(t["not_available"] for t in turns), \
        "no request found or missed a record: re-pick the request regex's names"
    assert sum(1 for r in rows if r["dxgym_record"]["verdict"]) == EVALS["diagnoses"][1]
    assert sum(1 for r in rows if r["dxgym_record"]["stop_reason"] == "max_turns") == EVALS["requests"][1]


def test_the_rubric_is_envs_rewards(runs: tuple[dict, list[dict]]) -> None:
    """verifiers' reward is dxgym's total, and every component is its own metric column."""
    _, rows = runs
    for row in rows:
        record = row["dxgym_record"]
        assert row["reward"] == pytest.approx(record["reward"])
        for name in COMPONENTS:
            assert row["metrics"][name] == pytest.approx(record["reward_components"][name]), name
        assert row["metrics"]["exam_precision"] == pytest.approx(record["metrics"]["exam_precision"])

"""The verifiers shell, run by verifiers' own evaluation entry point (`vf-eval dxgym`) against the real
vLLM server (tiny model, temperature 0), compared episode by episode with what `dxgym eval` records
for the same cases, seed and sampling.

The tiny model is random, so both runs constrain its replies with the same vLLM structured-output
regex (a request or a diagnosis, each behind a one-word prefix; which one the model picks depends on
the case, so the six cases mix requests with hits, requests the record lacks, and committed
diagnoses). Everything else is each tool's own path: `dxgym eval`'s runner and policy client, and
verifiers' loader, client, rollout loop and rubric.
"""

from __future__ import annotations

import glob
import json
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import pytest

from dxgym.agents.serving import VLLMServer
from dxgym.envs.rewards import COMPONENTS

pytestmark = pytest.mark.timeout(900)

# `\\boxed\{` in the regex is a literal `\boxed{`.
REGEX = (r"Chest <request>(Temperature|Heart Rate); (ECG|Brain MRI|Chest X-ray)</request>"
         r"|Brain <diagnosis>\\boxed\{[a-z]{3,10}( [a-z]{3,10})?\}</diagnosis>")
EXTRA_BODY = {"structured_outputs": {"regex": REGEX}}
MAX_TOKENS, MAX_TURNS, N_CASES = 48, 3, 6
COMPARED = ("turns", "outcome", "stop_reason", "verdict", "reward", "reward_components", "usage")


def _run(cmd: list[str], cwd: Path) -> subprocess.CompletedProcess:
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=800)
    assert proc.returncode == 0, f"{cmd[:4]} failed ({proc.returncode}):\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    return proc


@pytest.fixture(scope="module")
def runs(vllm_server: VLLMServer, tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, list[dict]]:
    """(dxgym eval's records by case id, vf-eval's result rows) for the same cases."""
    work = tmp_path_factory.mktemp("verifiers")
    spec = (f"openai:{vllm_server.model}@{vllm_server.base_url}#temperature=0&max_tokens={MAX_TOKENS}&seed=0"
            f"&extra_body={quote(json.dumps(EXTRA_BODY))}")
    _run([sys.executable, "-m", "dxgym", "eval", "--policy", spec, "--split", "test", "-n", str(N_CASES), "--seed", "1",
          "--max-turns", str(MAX_TURNS), "--concurrency", "1", "--out", str(work / "eval")], cwd=work)
    config = json.loads((work / "eval" / "config.json").read_text())
    case_ids = [c["case_id"] for c in config["cases"]]
    evaluated = {json.loads(line)["case_id"]: json.loads(line)
                 for line in (work / "eval" / "episodes.jsonl").read_text().splitlines() if line.strip()}
    vf_eval = str(Path(sys.executable).with_name("vf-eval"))
    _run([vf_eval, "dxgym", "-m", vllm_server.model, "-b", vllm_server.base_url, "-k", "DXGYM_TEST_UNSET_KEY",
          "-n", str(N_CASES), "-r", "1", "-T", "0", "-t", str(MAX_TOKENS), "-c", "1",
          "-S", json.dumps({"seed": 0, "extra_body": EXTRA_BODY}),
          "-a", json.dumps({"split": "test", "max_turns": MAX_TURNS, "case_ids": case_ids}),
          "-s", "-C", "dxgym_record", "-o", str(work / "vf"), "--disable-tui", "--disable-env-server"], cwd=work)
    (results,) = glob.glob(str(work / "vf" / "evals" / "*" / "*" / "results.jsonl"))
    rows = [json.loads(line) for line in Path(results).read_text().splitlines() if line.strip()]
    return evaluated, rows


def test_vf_eval_completes_every_episode(runs: tuple[dict, list[dict]]) -> None:
    evaluated, rows = runs
    assert len(rows) == N_CASES == len(evaluated)
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
        "no request found or missed a record: re-pick REGEX's prefixes for the current prompts"
    assert any(r["dxgym_record"]["verdict"] for r in rows) and any(r["dxgym_record"]["stop_reason"] == "max_turns" for r in rows), \
        "the cases no longer mix diagnoses and truncations: re-pick REGEX's prefixes for the current prompts"


def test_the_rubric_is_envs_rewards(runs: tuple[dict, list[dict]]) -> None:
    """verifiers' reward is dxgym's total, and every component is its own metric column."""
    _, rows = runs
    for row in rows:
        record = row["dxgym_record"]
        assert row["reward"] == pytest.approx(record["reward"])
        for name in COMPONENTS:
            assert row["metrics"][name] == pytest.approx(record["reward_components"][name]), name
        assert row["metrics"]["exam_precision"] == pytest.approx(record["metrics"]["exam_precision"])

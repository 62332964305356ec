"""`dxgym lookup`: JSON shape, batch lines, errors as one line."""

from __future__ import annotations

import json

from typer.testing import CliRunner

import dxgym
from dxgym.emr_fixtures.fixtures import load_fixture_cases
from dxgym.emr_fixtures.store import import_cases

RUNNER = CliRunner()


def _db(url: str) -> str:
    import_cases(url, [c for c in load_fixture_cases() if c.case_id in {"agentclinic:medqa:9", "agentclinic:medqa:0"}])
    return url


def test_lookup_json_shape(sqlite_url: str) -> None:
    url = _db(sqlite_url)
    res = RUNNER.invoke(dxgym.app, ["lookup", "agentclinic:medqa:9", "CBC and a chest x-ray", "--json", "--db", url])
    assert res.exit_code == 0, res.output
    doc = json.loads(res.stdout)
    assert {"case_id", "request", "hits"} <= doc.keys()
    assert doc["items"] == ["CBC", "chest x-ray"]
    keys = {"name", "group", "category", "result", "unit", "reference_range", "flag", "tier", "source_key"}
    assert doc["hits"] and all(keys <= h.keys() for h in doc["hits"])
    assert {h["group"] for h in doc["hits"]} == {"Complete_Blood_Count"}


def test_lookup_human_table_and_unknown_case(sqlite_url: str) -> None:
    url = _db(sqlite_url)
    res = RUNNER.invoke(dxgym.app, ["lookup", "agentclinic:medqa:0", "troponin", "--db", url])
    assert res.exit_code == 0 and "not available" in res.stdout
    res = RUNNER.invoke(dxgym.app, ["lookup", "no:such:case", "CBC", "--db", url])
    assert res.exit_code != 0
    assert "Traceback" not in res.output


def test_lookup_batch(sqlite_url: str, tmp_path) -> None:  # noqa: ANN001
    url = _db(sqlite_url)
    batch = tmp_path / "b.jsonl"
    batch.write_text(
        json.dumps({"case_id": "agentclinic:medqa:0", "request": "chest CT"}) + "\n{not json\n"
        + json.dumps({"case_id": "missing:1", "request": "CBC"}) + "\n"
        + json.dumps({"case_id": "agentclinic:medqa:9", "request": "血常规"}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    res = RUNNER.invoke(dxgym.app, ["lookup", "--batch", str(batch), "--json", "--db", url])
    assert res.exit_code == 0, res.output
    lines = [json.loads(x) for x in res.stdout.splitlines() if x.strip()]
    assert len(lines) == 4
    assert lines[0]["hits"][0]["group"] == "Chest_CT"
    assert "error" in lines[1] and "error" in lines[2]
    assert {h["group"] for h in lines[3]["hits"]} == {"Complete_Blood_Count"}
    res = RUNNER.invoke(dxgym.app, ["lookup", "--batch", str(tmp_path / "nope.jsonl"), "--json", "--db", url])
    assert res.exit_code != 0

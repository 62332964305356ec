"""Integrity of round 5's blind lookup set on new cases: tests/agents/data/lookup/newcases2/{en1,en2,zh}.

Three parts written by three engineers who never read the lookup's code, lexicon or any other set (each
part's README says how). Data integrity only: the cases load through the project's readers under their
ids, every labelled path exists in its case, rows are unique and well formed, and the files are the ones
committed before any fix they judge. The lookup is scored on them in test_lookup_newcases2.py.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from dxgym.agents.lookup.evaluate import REQUEST_KINDS as KINDS
from dxgym.agents.lookup.evaluate import load_rows, read_case_folder
from dxgym.emr_fixtures.models import CaseRecord

ROOT = Path(__file__).parent / "data" / "lookup" / "newcases2"
PARTS = ("en1", "en2", "zh")
# Frozen at their commit, before any fix they judge; restore a file rather than update its digest.
FROZEN_SHA256 = {
    "en1/cases_en.jsonl": "ce81fe3ab5731aacb22dc69d0059082eeee82cfa3f0f569300d736df3be796e5",
    "en1/lookup.jsonl": "a3f8a325ecb320401ade462a3b52145a1a18d5daa2d5f750979f04e65f289e16",
    "en2/cases_en.jsonl": "21eaea1158045c5d55eb07383a360e2ef73eabc9f896a299d42bda27dd51eafe",
    "en2/lookup.jsonl": "e92542833b1b2bc00804b53419bb44224dd057379295420037a02d79063ae96b",
    "zh/cases_zh.jsonl": "b0b6c92f27f66f62898121b5e4ed54ad1185e1081d8032be4a80ae1deb4cc47b",
    "zh/lookup.jsonl": "5aed41bc0585a64d0a8d04f4cdc09161cc4a05bc453215f6a93b4193325b1784",
}


def part_cases(part: str) -> dict[str, CaseRecord]:
    """A part's cases under `newcases2:<part>:<row>` (the importer names English rows `agentclinic:...`)."""
    return read_case_folder(ROOT / part, f"newcases2:{part}")


def part_rows(part: str) -> list[dict]:
    return load_rows(ROOT / part / "lookup.jsonl")


@pytest.mark.parametrize("name", sorted(FROZEN_SHA256))
def test_files_are_the_frozen_set(name: str) -> None:
    assert hashlib.sha256((ROOT / name).read_bytes()).hexdigest() == FROZEN_SHA256[name], (
        f"{name} changed after its commit; this set is never edited"
    )


@pytest.mark.parametrize("part", PARTS)
def test_rows_point_at_records_their_case_holds(part: str) -> None:
    cases, rows = part_cases(part), part_rows(part)
    assert len(cases) >= 5 and len(rows) >= 150
    assert all(case_id == f"newcases2:{part}:{i}" for i, case_id in enumerate(sorted(cases)))
    assert len({(r["case_id"], r["request"]) for r in rows}) == len(rows), "a (case, request) pair twice"
    for row in rows:
        assert set(row) == {"case_id", "request", "expected_keys", "lang", "kind"}, row
        assert row["lang"] in ("en", "zh") and row["kind"] in KINDS and row["request"].strip(), row
        keys = [e.source_key for e in cases[row["case_id"]].examinations]
        for path in row["expected_keys"]:
            assert any(k == path or k.startswith(path + "/") for k in keys), (row["case_id"], path)
        assert (row["expected_keys"] == []) == (row["kind"] in ("near_miss", "absent")), row
    assert 0.30 <= sum(not r["expected_keys"] for r in rows) / len(rows) <= 0.45

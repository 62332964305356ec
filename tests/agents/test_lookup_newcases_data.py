"""Integrity of the blind lookup set on new cases (issue 14): tests/agents/data/lookup/newcases/.

Data integrity only: the cases load through the project's readers, every labelled path exists in its
case, rows are unique and well formed, and the files are the ones committed. The lookup is never run
here: the set measures it, so its labels must never come from (or be tuned against) its output.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.lookup.evaluate import REQUEST_KINDS as KINDS
from dxgym.agents.lookup.evaluate import load_rows, read_case_folder, score_keys
from dxgym.emr_fixtures.models import CaseRecord

NEWCASES = Path(__file__).parent / "data" / "lookup" / "newcases"

# Frozen at its commit, before any fix it judges; restore the file rather than update a digest.
FROZEN_SHA256 = {
    "cases_en.jsonl": "aaa31c6ae290116e10214847aebf262ada083f981becc81d9bba09479aeed125",
    "cases_zh.jsonl": "e9b2390c68a52bb8fad5e90844fffd2a83e6f1ed41648ec3836d1d73e02f321e",
    "lookup.jsonl": "dae34b8e67f2412b8d17820ac5cdd316eae06d8d9ef9d7daaba9678b787e1994",
}


def _rows() -> list[dict]:
    return load_rows(NEWCASES / "lookup.jsonl")


def _cases() -> dict[str, CaseRecord]:
    """English rows under `newcases:cases_en:<row>` (the importer names them `agentclinic:...`)."""
    return read_case_folder(NEWCASES, "newcases:cases_en")


@pytest.fixture(scope="module")
def cases() -> dict[str, CaseRecord]:
    return _cases()


@pytest.mark.parametrize("name", sorted(FROZEN_SHA256))
def test_files_are_the_frozen_set(name: str) -> None:
    assert hashlib.sha256((NEWCASES / name).read_bytes()).hexdigest() == FROZEN_SHA256[name], (
        f"{name} changed after its commit; this set is never edited"
    )


def test_cases_load_with_their_ids(cases: dict[str, CaseRecord]) -> None:
    en = [c for c in cases.values() if c.language == "en"]
    zh = [c for c in cases.values() if c.language == "zh"]
    assert len(en) >= 8 and len(zh) >= 2
    for row, case in enumerate(sorted(zh, key=lambda c: c.source_ref.row or 0)):
        assert case.case_id == f"newcases:cases_zh:{row}" and case.source_ref.row == row
        assert any(e.source_key.startswith("辅助检查/") for e in case.examinations)
    for case in en:
        assert case.examinations and case.primary_diagnosis.name
    # Nested procedures holding an analyte named like a blood-panel one (WBC, LDH, glucose, 白细胞计数).
    nested = [c for c in cases.values() if any(e.source_key.count("/") >= 3 for e in c.examinations)]
    assert len(nested) >= 4


def test_rows_point_at_records_their_case_holds(cases: dict[str, CaseRecord]) -> None:
    rows = _rows()
    assert len(rows) >= 200
    assert len({(r["case_id"], r["request"]) for r in rows}) == len(rows), "a (case, request) pair twice"
    for row in rows:
        assert set(row) == {"case_id", "request", "expected_keys", "lang", "kind"}, row
        assert row["lang"] in ("en", "zh") and row["kind"] in KINDS and row["request"].strip(), row
        keys = [e.source_key for e in cases[row["case_id"]].examinations]
        assert len(set(row["expected_keys"])) == len(row["expected_keys"]), row
        for path in row["expected_keys"]:
            assert any(k == path or k.startswith(path + "/") for k in keys), (row["case_id"], path)
        if row["kind"] in ("near_miss", "absent"):
            assert row["expected_keys"] == [], row
    absent = sum(not r["expected_keys"] for r in rows) / len(rows)
    zh_share = sum(r["lang"] == "zh" for r in rows) / len(rows)
    assert 0.30 <= absent <= 0.50 and zh_share >= 0.30
    assert {r["kind"] for r in rows} == KINDS


def test_newcases_lookup_figures(cases: dict[str, CaseRecord]) -> None:
    """The lookup on these unseen cases, record level, aggregates only (a measure, never a tuning set).

    First measured at 8e0885c (the set's own commit, on main's round-5 lookup), never read since:
    precision 0.925, recall 0.942, not-available 0.954 (English requests 0.919 / 0.919, Chinese 0.935 /
    0.980). After lookup rounds 7 / 7b (tuned on newcases2 / newcases3, this set still unread): 0.970 / 0.949 /
    0.985. The floors are those figures less a margin.
    """
    report = score_keys(_rows(), cases, ExamLookup())
    summary = report.summary()
    print("\nnew-cases lookup (record level):")
    for name in ("overall", "lang:en", "lang:zh"):
        print(f"  {name}: {json.dumps(summary[name])}")
    overall = summary["overall"]
    assert overall["precision"] >= 0.95
    assert overall["recall"] >= 0.93
    assert overall["not_available_rate"] >= 0.96

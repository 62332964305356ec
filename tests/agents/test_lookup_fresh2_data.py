"""Schema and integrity of the second blind lookup set (fresh2.jsonl).

The set is frozen: its SHA-256 is pinned so that nobody edits rows after tuning against them
(a set fixed to its misses becomes a training set). Scoring is added by the lead, not here.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from dxgym.agents.lookup.evaluate import NOT_HELD_KINDS, load_rows
from dxgym.agents.lookup.evaluate import REQUEST_KINDS as KINDS
from dxgym.emr_fixtures.fixtures import load_fixture_cases

FRESH2 = Path(__file__).parent / "data" / "lookup" / "fresh2.jsonl"
FRESH2_SHA256 = "d45b054de23c8ff90feaf0af7ac8dfc22a4dfb6d97937dde3733be8eeb126fdb"


def _rows() -> list[dict]:
    return load_rows(FRESH2)


def test_fresh2_is_unchanged_since_its_commit() -> None:
    assert hashlib.sha256(FRESH2.read_bytes()).hexdigest() == FRESH2_SHA256


def test_fresh2_rows_follow_the_schema() -> None:
    rows = _rows()
    assert len(rows) >= 600
    seen: set[tuple[str, str]] = set()
    for row in rows:
        assert {"case_id", "request", "expected_groups", "lang", "note"} <= set(row), row
        assert set(row) <= {"case_id", "request", "expected_groups", "expected_names", "lang", "note"}, row
        assert isinstance(row["request"], str) and row["request"].strip(), row
        assert row["lang"] in {"en", "zh"}, row
        assert row["note"] in KINDS, row
        assert isinstance(row["expected_groups"], list), row
        assert (row["note"] in NOT_HELD_KINDS) == (not row["expected_groups"]), row
        if "expected_names" in row:
            assert row["expected_groups"] and row["expected_names"], row
        key = (row["case_id"], row["request"])
        assert key not in seen, key
        seen.add(key)


def test_fresh2_cases_groups_and_names_exist_in_the_fixtures() -> None:
    cases = {case.case_id: case for case in load_fixture_cases()}
    for row in _rows():
        case = cases.get(row["case_id"])
        assert case is not None, row
        groups = {exam.group for exam in case.examinations}
        assert set(row["expected_groups"]) <= groups, row
        for name in row.get("expected_names", []):
            assert any(exam.name == name and exam.group in row["expected_groups"]
                       for exam in case.examinations), (name, row)

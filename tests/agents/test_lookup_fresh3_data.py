"""fresh3.jsonl is a blind lookup evaluation set: pinned, well-formed, and labelled against real records.

The set was hand-written from the case records alone and committed before any fix it judges, so
its bytes are pinned: editing it after a miss would turn it into a training set. These tests check
the file, not the lookup agent's score on it.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from pathlib import Path

import pytest

from dxgym.agents.lookup.evaluate import NOT_HELD_KINDS, load_rows
from dxgym.agents.lookup.evaluate import REQUEST_KINDS as KINDS
from dxgym.emr_fixtures.fixtures import load_fixture_cases

DATA = Path(__file__).parent / "data" / "lookup" / "fresh3.jsonl"
SHA256 = "f3a258bbfe927c9e5a5de57ea98534ff1e8732a7f5d46f10f5e75b594ff5903a"
KEYS = {"case_id", "request", "expected_groups", "expected_names", "lang", "note"}
CJK = re.compile(r"[\u3400-\u9fff]")
ENGLISH_CASE = re.compile(r"^agentclinic:medqa:(\d+)$")


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return load_rows(DATA)


@pytest.fixture(scope="module")
def records() -> dict[str, set[tuple[str, str]]]:
    return {case.case_id: {(e.group, e.name) for e in case.examinations} for case in load_fixture_cases()}


def test_file_is_unchanged_since_its_commit() -> None:
    assert hashlib.sha256(DATA.read_bytes()).hexdigest() == SHA256


def test_rows_follow_the_schema(rows: list[dict]) -> None:
    assert len(rows) == 705
    for row in rows:
        assert set(row) <= KEYS and KEYS - {"expected_names"} <= set(row), row
        assert isinstance(row["request"], str) and row["request"].strip() == row["request"] != "", row
        assert row["lang"] in {"en", "zh"}, row
        assert row["lang"] == ("zh" if CJK.search(row["request"]) else "en"), row
        assert row["note"] in KINDS, row
        groups = row["expected_groups"]
        assert isinstance(groups, list) and len(set(groups)) == len(groups), row
        assert all(isinstance(g, str) and g for g in groups), row
        # A not-held request is a near miss or an unrelated test; a held one never is.
        assert (not groups) == (row["note"] in NOT_HELD_KINDS), row
        if "expected_names" in row:
            names = row["expected_names"]
            assert groups and isinstance(names, list) and names and len(set(names)) == len(names), row


def test_no_request_repeats_within_a_case(rows: list[dict]) -> None:
    pairs = Counter((row["case_id"], row["request"]) for row in rows)
    assert [pair for pair, n in pairs.items() if n > 1] == []


def test_every_case_group_and_name_exists(rows: list[dict], records: dict[str, set[tuple[str, str]]]) -> None:
    for row in rows:
        assert row["case_id"] in records, row
        held = records[row["case_id"]]
        groups = {g for g, _ in held}
        for group in row["expected_groups"]:
            assert group in groups, row
        for name in row.get("expected_names", []):
            assert any((group, name) in held for group in row["expected_groups"]), row


def test_cases_are_the_ones_no_earlier_set_used(rows: list[dict]) -> None:
    for row in rows:
        case_id = row["case_id"]
        english = ENGLISH_CASE.match(case_id)
        assert (
            (english is not None and int(english.group(1)) >= 59)
            or (case_id.startswith("agentclinic:medqa:") and case_id.endswith(":zh"))
            or case_id.startswith("dxgym:cases_zh:")
        ), case_id


def test_mix_matches_the_readme(rows: list[dict]) -> None:
    kinds = Counter(row["note"] for row in rows)
    assert all(kinds[kind] >= 30 for kind in ("typo", "sentence", "section")), kinds
    assert kinds["near_miss"] == 139 and kinds["absent"] == 141
    assert sum(not row["expected_groups"] for row in rows) == 280
    assert sum(row["lang"] == "zh" for row in rows) == 272
    assert sum(ENGLISH_CASE.match(row["case_id"]) is not None for row in rows) == 426
    assert sum("expected_names" in row for row in rows) == 193
    assert len({row["case_id"] for row in rows}) == 87

"""The lookup agent on the evaluation part of the labelled request set (never used for tuning).

Prints precision, recall (overall and Chinese) and the not-available-answered-empty rate at the group
level (DESIGN "Examination metrics"); see tests/agents/data/lookup/README.md for the protocol.
"""

from __future__ import annotations

import json
from pathlib import Path

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.lookup.evaluate import load_rows, score
from dxgym.emr_fixtures.fixtures import load_fixture_cases

DATA = Path(__file__).parent / "data" / "lookup"


def test_evaluation_set_figures() -> None:
    rows = load_rows(DATA / "eval.jsonl")
    assert len(rows) >= 320
    assert sum(r["lang"] == "zh" for r in rows) >= 64
    assert sum(not r["expected_groups"] for r in rows) >= 45
    cases = {c.case_id: c for c in load_fixture_cases()}
    report = score(rows, cases, ExamLookup())
    summary = report.summary()
    print("\nlookup evaluation:", json.dumps(summary))
    for failure in report.failures:
        print("  miss:", json.dumps(failure, ensure_ascii=False))
    assert report.overall.precision >= 0.95
    assert report.overall.recall >= 0.95
    zh = report.by_lang["zh"]
    assert zh.precision >= 0.90 and zh.recall >= 0.90
    assert report.not_available_rate >= 0.95


def test_calibration_and_evaluation_sets_do_not_overlap() -> None:
    cal = {(r["case_id"], r["request"].strip().lower()) for r in load_rows(DATA / "calibration.jsonl")}
    ev = {(r["case_id"], r["request"].strip().lower()) for r in load_rows(DATA / "eval.jsonl")}
    assert len(cal) >= 200
    assert not cal & ev

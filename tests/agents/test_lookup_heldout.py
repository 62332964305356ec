"""The lookup agent on the held-out set (issue 14, part 5(b)): record-level figures, aggregates only.

The set is a measure, never a training set: this test prints overall figures and figures by case
collection, request language and kind — never a row — and asserts floors set from the measured
figures minus a small margin (issue 14's targets: precision and recall >= 0.95, Chinese recall >=
0.92, not-available >= 0.97; docs/lookup.md says where the code stands against them).
"""

from __future__ import annotations

import json
from pathlib import Path

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.lookup.evaluate import load_rows, score_keys
from dxgym.emr_fixtures.importers import agentclinic
from dxgym.emr_fixtures.models import CaseRecord

HELDOUT = Path(__file__).parent / "data" / "heldout"
# Measured figures minus a small margin. Before issue 14's lookup fixes: P 0.821, R 0.775, zh R 0.765,
# NA 0.854; after: P 0.845, R 0.870, zh R 0.849, NA 0.863 (docs/lookup.md). Issue 14's targets are higher.
FLOORS = {"precision": 0.92, "recall": 0.91, "zh_recall": 0.89, "not_available_rate": 0.93}  # measured 0.917 / 0.922 / 0.902 / 0.922 (round 4); 0.920 / 0.924 / 0.902 / 0.927 (round 6); 0.933 / 0.927 / 0.910 / 0.941 (rounds 7 / 7b); 0.939 / 0.927 / 0.910 / 0.945 (rounds 8 / 8b); 0.942 / 0.930 / 0.913 / 0.950 (rounds 9 / 9b); 0.949 / 0.930 / 0.913 / 0.964 (round 11b)


def heldout_cases() -> dict[str, CaseRecord]:
    """The set's cases under its own ids (README: `heldout:cases_en:<row>`, `heldout:cases_zh:<row>`)."""
    cases = [
        c.model_copy(update={"case_id": f"heldout:cases_en:{c.source_ref.row}"})
        for c in agentclinic.read(HELDOUT / "cases_en.jsonl")
    ]
    for line in (HELDOUT / "cases_zh.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            cases.append(CaseRecord.model_validate_json(line))
    return {c.case_id: c for c in cases}


def test_heldout_lookup_figures() -> None:
    rows = load_rows(HELDOUT / "lookup.jsonl")
    assert len(rows) == 1043
    report = score_keys(rows, heldout_cases(), ExamLookup())
    summary = report.summary()
    print("\nheld-out lookup (record level):")
    for name, figures in summary.items():
        print(f"  {name}: {json.dumps(figures)}")
    overall, zh = summary["overall"], summary["lang:zh"]
    assert overall["precision"] >= FLOORS["precision"]
    assert overall["recall"] >= FLOORS["recall"]
    assert zh["recall"] >= FLOORS["zh_recall"]
    assert overall["not_available_rate"] >= FLOORS["not_available_rate"]

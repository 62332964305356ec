"""The lookup agent on `fresh3.jsonl`: 705 requests over 87 fixture cases (280 not held, 272 in Chinese), written
blind from the case records alone and committed (1298921) before any fix it judges.

First (untuned) measure at main 86f1dc6, deterministic tiers: precision 0.987, recall 0.913, not-available
0.989, analyte exact 0.819; English P / R 0.983 / 0.893, Chinese 0.994 / 0.946. Its misses were then read and
general fixes made (round 5, docs/lookup.md), so from then on it is a tuned set: the floors below (a little under
round 5's figures, 0.990 / 0.965 / 0.989 / 0.907, en R 0.962, zh R 0.970) guard those fixes; the held-out set
stays the measure.
"""

from __future__ import annotations

import json
from pathlib import Path

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.lookup.evaluate import load_rows, score
from dxgym.emr_fixtures.fixtures import load_fixture_cases

DATA = Path(__file__).parent / "data" / "lookup"


def test_fresh3_set_figures() -> None:
    rows = load_rows(DATA / "fresh3.jsonl")
    assert len(rows) == 705
    cases = {c.case_id: c for c in load_fixture_cases()}
    for name, lookup in (("deterministic", ExamLookup(semantic=False)), ("with_semantic", ExamLookup())):
        report = score(rows, cases, lookup)
        print(f"\nfresh3 lookup ({name}):", json.dumps(report.summary()))
        assert report.overall.precision >= 0.985
        assert report.overall.recall >= 0.955
        assert report.by_lang["en"].recall >= 0.95
        assert report.by_lang["zh"].recall >= 0.96
        assert report.not_available_rate >= 0.985
        assert report.analyte_exact / report.analyte_asks >= 0.895

"""The lookup agent on the harvested set (issue 14, 5(a)): request / record pairs from terminology
cross-references (labunits, Synthea, FHIR, MIMIC-IV d_labitems), split by concept. The evaluation
concepts are held out of every vocabulary build — asserted here, else they would score 1.0 by
construction — and the figures are printed for both halves (see docs/lookup.md)."""

from __future__ import annotations

import json

from dxgym.agents.lookup import ExamLookup, harvest
from dxgym.agents.lookup.evaluate import score_keys
from dxgym.emr_fixtures.lexicon import key, load_lexicon


def test_evaluation_concepts_are_not_in_the_lexicon() -> None:
    cases, rows = harvest.load("eval")
    terms = load_lexicon().terms
    names = {r["request"] for r in rows} | {rec.name for c in cases.values() for rec in c.examinations}
    assert len(names) >= 20
    leaked = sorted(n for n in names if key(n) in terms)
    assert not leaked, f"held-out concept names found in the lexicon: {leaked}"
    holdout = {r["concept"].split(":", 1)[1] for r in rows if r["concept"].startswith("loinc:")}
    assert not holdout & set(load_lexicon().loinc)  # their codes were not merged either


def test_calibration_and_evaluation_concepts_are_disjoint() -> None:
    cal = {r["concept"] for r in harvest.load("calibration")[1]}
    ev = {r["concept"] for r in harvest.load("eval")[1]}
    assert cal and ev and not cal & ev


def test_harvested_figures() -> None:
    figures = {}
    for half in ("calibration", "eval"):
        cases, rows = harvest.load(half)
        for name, lookup in (("deterministic", ExamLookup(semantic=False)), ("with_semantic", ExamLookup())):
            figures[f"{half}/{name}"] = score_keys(rows, cases, lookup, facets=("kind",)).summary()["overall"]
    print("\nharvested lookup (record level):")
    for name, f in figures.items():
        print(f"  {name}: {json.dumps(f)}")
    # Floors: measured figures minus a small margin (docs/lookup.md).
    assert figures["calibration/with_semantic"]["recall"] >= 0.78
    assert figures["eval/with_semantic"]["not_available_rate"] >= 0.80
    assert figures["eval/with_semantic"]["recall"] >= figures["eval/deterministic"]["recall"]

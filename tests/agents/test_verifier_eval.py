"""The rule verifier measured on its labelled sets, and checked against every fixture case.

`eval.jsonl` is held out: written before tuning, never used to tune (see data/verifier/README.md).
The figures are printed (run with -s) and asserted: accuracy >= 0.95 and a false-accept rate <= 2%,
the rate being the standard one: false accepts over the pairs labelled wrong (not over all pairs).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dxgym.agents.types import VerifyRequest
from dxgym.agents.verifiers import RuleVerifier
from dxgym.emr_fixtures.coding import describe
from dxgym.emr_fixtures.fixtures import load_fixture_cases

DATA = Path(__file__).parent / "data" / "verifier"


def _load(name: str) -> list[dict[str, Any]]:
    with (DATA / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _figures(rows: list[dict[str, Any]]) -> dict[str, Any]:
    verifier = RuleVerifier()
    misses: list[str] = []
    false_accepts = 0
    for row in rows:
        verdict = verifier.verify_sync(
            VerifyRequest(reference=row["reference"], prediction=row["prediction"], language=row["lang"])
        )
        if verdict.correct != row["label"]:
            misses.append(f"{row['label']!s:5} {row['reference']!r} vs {row['prediction']!r}: {verdict.reason}")
            false_accepts += verdict.correct
    negatives = sum(not row["label"] for row in rows)
    return {
        "n": len(rows),
        "negatives": negatives,
        "accuracy": 1 - len(misses) / len(rows),
        "false_accepts": false_accepts,
        "false_accept_rate": false_accepts / negatives,  # over the pairs labelled wrong
        "misses": misses,
    }


def _report(name: str, figures: dict[str, Any]) -> None:
    print(
        f"\n{name}: n={figures['n']} accuracy={figures['accuracy']:.3f} "
        f"false-accept rate={figures['false_accept_rate']:.1%} "
        f"({figures['false_accepts']} of {figures['negatives']} pairs labelled wrong)"
    )
    for miss in figures["misses"]:
        print("  miss:", miss)


def test_eval_set_is_large_balanced_and_bilingual() -> None:
    rows = _load("eval.jsonl")
    assert len(rows) >= 220
    positives = sum(row["label"] for row in rows)
    assert 0.35 <= positives / len(rows) <= 0.65
    assert sum(row["lang"] == "zh" for row in rows) >= 40
    assert {row["lang"] for row in rows} == {"en", "zh"}


def test_eval_accuracy_and_false_accepts() -> None:
    figures = _figures(_load("eval.jsonl"))
    _report("eval (held out)", figures)
    assert figures["accuracy"] >= 0.95
    assert figures["false_accept_rate"] <= 0.02


def test_calibration_figures() -> None:
    """Tuning sets: reported for comparison with eval; a large gap would mean over-fitting."""
    for name in ("calibration.jsonl", "dev.jsonl"):
        figures = _figures(_load(name))
        _report(name, figures)
        assert figures["accuracy"] >= 0.95
        assert figures["false_accept_rate"] <= 0.02


CASES = load_fixture_cases()


@pytest.mark.parametrize("case", CASES, ids=[c.case_id for c in CASES])
def test_fixture_diagnosis_verifies_against_itself_and_its_code(case: Any) -> None:
    verifier = RuleVerifier()
    primary = next(d for d in case.diagnoses if d.primary)
    own = verifier.verify_sync(VerifyRequest(reference=primary.name, prediction=primary.name, language=case.language))
    assert own.correct, own.reason
    if primary.icd10 and primary.icd_method == "name_match":
        description = describe(primary.icd10)
        assert description is not None
        verdict = verifier.verify_sync(VerifyRequest(reference=primary.name, prediction=description))
        assert verdict.correct, f"{primary.name!r} vs its ICD description {description!r}: {verdict.reason}"
    wrong = "Acute appendicitis" if "appendic" not in primary.name.lower() and "阑尾" not in primary.name else "Gout"
    verdict = verifier.verify_sync(VerifyRequest(reference=primary.name, prediction=wrong))
    assert not verdict.correct and verdict.score == 0.0


@pytest.mark.parametrize("case", [c for c in CASES if c.language == "zh"], ids=lambda c: c.case_id)
def test_chinese_fixture_diagnoses_are_in_the_table(case: Any) -> None:
    from dxgym.emr_fixtures import diagnosis_terms

    name = next(d for d in case.diagnoses if d.primary).name
    assert diagnosis_terms.english_for_chinese(name), f"add {name!r} to emr_fixtures/diagnosis_terms.txt"

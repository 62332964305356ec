"""The rule verifier on pairs harvested from terminology cross-references, over held-out concepts.

`data/verifier/harvested.jsonl` is written by `dxgym.emr_fixtures.build_diagnosis_vocab`: ICD-10-CM
titles against their inclusion terms, and CMeKG Chinese names against the ICD-10-CM title of their
code, for ICD-10 categories held out of every vocabulary build. The first test proves the hold-out
(else the pairs would score 1.0 by construction); the second prints the figures and asserts floors
set from the measured figures minus a margin (docs/verifier.md).
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from dxgym.agents.types import VerifyRequest
from dxgym.agents.verifiers import RuleVerifier
from dxgym.emr_fixtures import diagnosis_terms, vocabulary
from dxgym.emr_fixtures.coding import is_icd_name, normalise_name

DATA = Path(__file__).parent / "data" / "verifier" / "harvested.jsonl"


def _rows() -> list[dict]:
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_held_out_terms_are_in_no_table() -> None:
    rows = _rows()
    assert len(rows) >= 500 and {r["lang"] for r in rows} == {"en", "zh"}
    for row in rows:
        assert vocabulary.is_held_out(row["concept"]), row
        term = row["prediction"]
        if row["lang"] == "zh":
            assert not vocabulary.zh_names(term), term
            assert not diagnosis_terms.terms_for_chinese(term), term
        elif row["label"]:
            key = normalise_name(term)
            assert not vocabulary.en_names(key), term
            assert not diagnosis_terms.terms_for_key(key), term
            assert not is_icd_name(key) or key in {normalise_name(row["reference"])}, term


def figures(rows: list[dict]) -> dict[str, dict[str, float]]:
    verifier = RuleVerifier()
    groups: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
    for row in rows:
        verdict = verifier.verify_sync(VerifyRequest(reference=row["reference"], prediction=row["prediction"],
                                                     language=row["lang"]))
        for group in ("all", row["lang"], row["kind"]):
            groups[group].append((row["label"], verdict.correct))
    out = {}
    for group, results in groups.items():
        negatives = [got for label, got in results if not label]
        positives = [got for label, got in results if label]
        out[group] = {
            "n": len(results),
            "accuracy": sum(label == got for label, got in results) / len(results),
            "recall": sum(positives) / max(1, len(positives)),
            "false_accept_rate": sum(negatives) / max(1, len(negatives)),
        }
    return out


def test_harvested_figures() -> None:
    result = figures(_rows())
    for group, f in sorted(result.items()):
        print(f"\nharvested {group}: n={f['n']} accuracy={f['accuracy']:.3f} recall={f['recall']:.3f} "
              f"false-accept rate={f['false_accept_rate']:.1%}")
    assert result["all"]["false_accept_rate"] <= 0.02
    assert result["en"]["accuracy"] >= FLOORS["en"] and result["zh"]["accuracy"] >= FLOORS["zh"]


FLOORS = {"en": 0.49, "zh": 0.44}  # measured 0.519 / 0.467 (docs/verifier.md), less a margin


# Glossary entries that predate this check (round 4 and before) and name a held-out concept; kept so the
# held-out measures stay comparable across rounds, listed so no new one can join them.
_GLOSSARY_GRANDFATHERED = {"cardiomyopathy", "facial nerve palsy", "bell palsy", "lyme disease"}


def test_the_glossary_names_no_held_out_concept() -> None:
    """The glossary composes Chinese names word by word; a whole entry whose English is a held-out concept's
    ICD-10-CM title or inclusion term (or whose Chinese is a harvested Chinese term) would score its pairs by
    construction."""
    from dxgym.emr_fixtures.coding import icd

    held = {normalise_name(name) for code in icd.get_all_codes(with_dots=True)
            if not icd.is_chapter_or_block(code) and vocabulary.is_held_out(code)
            for name in (icd.get_description(code), *icd.get_inclusion_term(code))}
    harvested_zh = {diagnosis_terms.zh_key(r["prediction"]) for r in _rows() if r["lang"] == "zh"}
    for zh, en in vocabulary._glossary().items():
        key = normalise_name(en)
        assert key in _GLOSSARY_GRANDFATHERED or key not in held, (zh, en)
        assert key in _GLOSSARY_GRANDFATHERED or zh not in harvested_zh, (zh, en)

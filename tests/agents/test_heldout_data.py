"""Integrity of the hand-written held-out evaluation set (issue 14, part 5(b)).

Data integrity only: every case parses through the project's own readers, every labelled path exists
in its case, ids are unique, the set keeps the shape its README promises, and the files are the ones
committed before any fix. Nothing here runs the lookup or the verifier: the set measures them, so
its labels must never be derived from (or tuned against) their output. See
tests/agents/data/heldout/README.md.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

import pytest

from dxgym.emr_fixtures.importers import agentclinic
from dxgym.emr_fixtures.models import CaseRecord

HELDOUT = Path(__file__).parent / "data" / "heldout"
SHIPPED = Path(__file__).resolve().parents[2] / "emr_fixtures" / "data"

# The set is frozen: committed before any fix of issue 14 and never edited afterwards. A changed
# digest means someone edited the measure; restore the file instead of updating the digest.
FROZEN_SHA256 = {
    "cases_en.jsonl": "1576f3ad274529e673d2c62a917bbb8756a95a3770deed80ddfafc74cf118866",
    "cases_zh.jsonl": "66e1ee491fb92d73353ad587a770082fc9d77f230820b39f6743592b34607f26",
    "lookup.jsonl": "9f81d615df18d54c6693412de5a20ddb16228b4d3223b319164342f146f819a1",
    "verifier.jsonl": "5a339be6fa15cc54a1cb17b0ac97073f6f2ef85549fd340f4b38ea91b04ba6f4",
}

LOOKUP_KINDS = {
    "panel_abbrev",
    "panel_name",
    "analyte",
    "manoeuvre",
    "section",
    "imaging",
    "endoscopy",
    "lung_function",
    "score",
    "culture",
    "hormone_pair",
    "nested_procedure",
    "multi",
    "typo",
    "category_order",
    "cbc_specimen",
    "near_miss",
    "other_test",
    "pathology",
}


def _jsonl(name: str) -> list[dict]:
    with (HELDOUT / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def english_cases() -> dict[str, CaseRecord]:
    """The English cases under their held-out ids (the importer names rows `agentclinic:medqa:<row>`)."""
    cases = {}
    for case in agentclinic.read(HELDOUT / "cases_en.jsonl"):
        case_id = f"heldout:cases_en:{case.source_ref.row}"
        cases[case_id] = case.model_copy(update={"case_id": case_id})
    return cases


def chinese_cases() -> dict[str, CaseRecord]:
    with (HELDOUT / "cases_zh.jsonl").open(encoding="utf-8") as handle:
        cases = [CaseRecord.model_validate_json(line) for line in handle if line.strip()]
    return {case.case_id: case for case in cases}


@pytest.fixture(scope="module")
def cases() -> dict[str, CaseRecord]:
    en, zh = english_cases(), chinese_cases()
    assert not set(en) & set(zh)
    return {**en, **zh}


@pytest.mark.parametrize("name", sorted(FROZEN_SHA256))
def test_files_are_the_frozen_set(name: str) -> None:
    assert hashlib.sha256((HELDOUT / name).read_bytes()).hexdigest() == FROZEN_SHA256[name], (
        f"{name} changed after it was frozen; the held-out set is never edited"
    )


def test_english_cases_parse_through_the_agentclinic_reader() -> None:
    en = english_cases()
    assert len(en) >= 30
    raw = _jsonl("cases_en.jsonl")
    assert len(raw) == len(en)
    for obj in raw:
        osce = obj["OSCE_Examination"]
        assert {
            "Objective_for_Doctor",
            "Patient_Actor",
            "Physical_Examination_Findings",
            "Test_Results",
            "Correct_Diagnosis",
        } <= set(osce)
    for case in en.values():
        assert case.language == "en" and case.examinations and case.primary_diagnosis.name
    # The structures the set exists to probe: nested procedures whose children hold a WBC beside the CBC's.
    nested_wbc = [
        case_id
        for case_id, case in en.items()
        if any(e.source_key.startswith("Test_Results/Complete_Blood_Count/WBC") for e in case.examinations)
        and any(e.source_key.count("/") >= 3 and e.source_key.endswith("/WBC") for e in case.examinations)
    ]
    assert len(nested_wbc) >= 3


def test_chinese_cases_validate_and_carry_their_row_ids() -> None:
    zh = chinese_cases()
    assert len(zh) >= 25
    lines = [
        line for line in (HELDOUT / "cases_zh.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    assert len(lines) == len(zh)
    for row, line in enumerate(lines):
        case = CaseRecord.model_validate_json(line)
        assert case.case_id == f"heldout:cases_zh:{row}"
        assert case.source_ref.row == row and case.source_ref.file == "cases_zh.jsonl"
        assert case.language == "zh" and case.chief_complaint and case.present_illness
        assert any(k.startswith("体格检查/") for k in (e.source_key for e in case.examinations))
        assert any(k.startswith("辅助检查/") for k in (e.source_key for e in case.examinations))


def test_cases_are_new_patients(cases: dict[str, CaseRecord]) -> None:
    """Unseen means unseen: no held-out case repeats a shipped case's history."""
    shipped_texts = set()
    for name in ("cases_zh.jsonl", "cases_agentclinic_medqa.jsonl"):  # both in the project's own JSONL
        with (SHIPPED / name).open(encoding="utf-8") as handle:
            shipped_texts |= {
                CaseRecord.model_validate_json(line).present_illness for line in handle if line.strip()
            }
    assert len(shipped_texts) > 100
    assert not {case.present_illness for case in cases.values()} & shipped_texts


def test_lookup_rows_point_at_records_their_case_holds(cases: dict[str, CaseRecord]) -> None:
    rows = _jsonl("lookup.jsonl")
    assert len(rows) >= 400
    keys = {(row["case_id"], row["request"]) for row in rows}
    assert len(keys) == len(rows), "a (case, request) pair is labelled twice"
    for row in rows:
        assert set(row) == {"case_id", "request", "expected_keys", "lang", "kind"}, row
        assert row["lang"] in ("en", "zh") and row["kind"] in LOOKUP_KINDS and row["request"].strip(), row
        case = cases[row["case_id"]]
        source_keys = [e.source_key for e in case.examinations]
        assert len(set(row["expected_keys"])) == len(row["expected_keys"]), row
        for path in row["expected_keys"]:
            assert any(k == path or k.startswith(path + "/") for k in source_keys), (row["case_id"], path)
        if row["kind"] in ("near_miss", "category_order"):
            assert row["expected_keys"] == [], row


def test_lookup_rows_cover_what_the_readme_promises() -> None:
    rows = _jsonl("lookup.jsonl")
    on_zh = [r for r in rows if r["case_id"].startswith("heldout:cases_zh:")]
    assert len(on_zh) / len(rows) >= 0.40
    assert sum(not r["expected_keys"] for r in rows) / len(rows) >= 0.20
    cross = Counter((r["case_id"].split(":")[1], r["lang"]) for r in rows)
    assert cross[("cases_en", "zh")] >= 20 and cross[("cases_zh", "en")] >= 20
    assert set(Counter(r["kind"] for r in rows)) == LOOKUP_KINDS


def test_verifier_pairs_are_well_formed() -> None:
    rows = _jsonl("verifier.jsonl")
    assert len(rows) >= 450
    pairs = Counter((r["reference"], r["prediction"]) for r in rows)
    assert max(pairs.values()) == 1, "a pair is labelled twice"
    for row in rows:
        assert set(row) == {"reference", "prediction", "label", "lang", "kind"}, row
        assert isinstance(row["label"], bool) and row["lang"] in ("en", "zh"), row
        assert row["reference"].strip() and row["prediction"].strip() and row["kind"], row
    true_share = sum(r["label"] for r in rows) / len(rows)
    assert 0.4 <= true_share <= 0.6
    assert {r["lang"] for r in rows} == {"en", "zh"}

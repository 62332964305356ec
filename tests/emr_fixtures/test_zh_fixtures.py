"""The shipped Chinese fixture cases (`emr_fixtures/data/cases_zh.jsonl`) keep the project's contracts."""

from __future__ import annotations

import json

import pytest

from dxgym.emr_fixtures import build_zh_fixtures
from dxgym.emr_fixtures.casefile.derive import flag as derive_flag
from dxgym.emr_fixtures.coding import specialty_for
from dxgym.emr_fixtures.fixtures import DATA_DIR, load_fixture_cases
from dxgym.emr_fixtures.importers.common import pointer
from dxgym.emr_fixtures.models import CaseRecord
from dxgym.emr_fixtures.splits import assign_split

PATH = DATA_DIR / "cases_zh.jsonl"


@pytest.fixture(scope="module")
def lines() -> list[str]:
    return [line for line in PATH.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def cases(lines: list[str]) -> list[CaseRecord]:
    return [CaseRecord.model_validate_json(line) for line in lines]


def test_every_line_validates_and_is_canonical(lines: list[str]) -> None:
    for row, line in enumerate(lines):
        case = CaseRecord.model_validate_json(line)
        assert json.loads(case.model_dump_json()) == json.loads(line), f"line {row + 1} does not round-trip"


def test_shipped_file_is_what_the_build_script_writes(lines: list[str]) -> None:
    rebuilt = build_zh_fixtures.render(build_zh_fixtures.build())
    assert rebuilt.splitlines() == lines, "run: python -m dxgym.emr_fixtures.build_zh_fixtures"


def test_counts_specialties_and_originals(cases: list[CaseRecord]) -> None:
    assert len(cases) >= 30
    specialties = {c.specialty for c in cases}
    assert "unknown" not in specialties
    assert len(specialties) >= 10, specialties
    originals = [c for c in cases if c.translation_of is None]
    assert len(originals) * 2 >= len(cases)


def test_language_provenance_and_licence(cases: list[CaseRecord]) -> None:
    for case in cases:
        assert case.language == "zh"
        assert case.project_written is True
        assert case.follow_up is False
        assert case.source == "dxgym"
        if case.translation_of is None:
            assert case.licence == "CC BY 4.0 (dxgym project-written case)"
        else:
            assert case.licence == "MIT (translation by the dxgym project of an AgentClinic case)"


def test_ids_rows_and_splits_follow_the_contract(cases: list[CaseRecord]) -> None:
    ids = [c.case_id for c in cases]
    assert len(set(ids)) == len(ids)
    for row, case in enumerate(cases):
        ref = case.source_ref
        assert (ref.source, ref.file, ref.row, ref.id) == ("dxgym", "cases_zh.jsonl", row, None)
        if case.translation_of is None:
            assert case.case_id == f"dxgym:cases_zh:{row}"
            assert case.split == assign_split(case.case_id)
        else:
            assert case.case_id == f"{case.translation_of}:zh"
            assert case.split == assign_split(case.translation_of)
        assert case.split == assign_split(case.split_key)


def test_translations_point_at_english_fixtures_and_share_their_split(cases: list[CaseRecord]) -> None:
    english = {c.case_id: c for c in load_fixture_cases() if c.language == "en"}
    translations = [c for c in cases if c.translation_of is not None]
    assert translations
    for case in translations:
        source = english.get(case.translation_of)
        assert source is not None, f"{case.case_id}: {case.translation_of} is not an English fixture"
        assert case.split == source.split
        assert case.groups and len(case.groups) == len(source.groups), case.case_id
        assert len(case.examinations) == len(source.examinations), case.case_id
        if source.primary_diagnosis.icd10:
            assert case.primary_diagnosis.icd10 == source.primary_diagnosis.icd10, case.case_id


def test_no_summary_field_names_the_primary_diagnosis(cases: list[CaseRecord]) -> None:
    for case in cases:
        name = case.primary_diagnosis.name
        for text in build_zh_fixtures.summary_texts(case):
            assert name not in text, f"{case.case_id}: history contains {name!r}"


def test_appendix_a_structure(cases: list[CaseRecord]) -> None:
    for case in cases:
        assert case.chief_complaint and case.present_illness and case.past_history, case.case_id
        assert case.demographics.age and case.demographics.age_years is not None, case.case_id
        if case.translation_of is None:
            demo = case.demographics
            assert demo.sex in {"男", "女"} and demo.age and demo.occupation, case.case_id
            assert case.index_time and len(case.index_time) == len("2020-10-13 14:01"), case.case_id
            assert case.personal_history and case.marital_reproductive_history and case.family_history
            vitals = {e.name for e in case.examinations if e.group == "生命体征"}
            assert {"体温(T)", "脉搏(P)", "呼吸(R)", "血压(BP)"} <= vitals, case.case_id


def test_examinations_have_groups_lab_and_own_keys(cases: list[CaseRecord]) -> None:
    for case in cases:
        assert len(case.groups) >= 3, case.case_id
        assert any(e.category == "laboratory" for e in case.examinations), case.case_id
        assert any(e.category == "physical_examination" for e in case.examinations), case.case_id
        assert case.relevant_groups == frozenset(case.groups), case.case_id
        for exam in case.examinations:
            section = "体格检查" if exam.category == "physical_examination" else "辅助检查"
            assert exam.source_key.startswith(pointer(section, exam.group)), (case.case_id, exam.source_key)


def test_original_lab_values_are_structured_and_flags_match_ranges(cases: list[CaseRecord]) -> None:
    for case in (c for c in cases if c.translation_of is None):
        structured = [e for e in case.examinations if e.category == "laboratory" and e.value is not None]
        assert structured, case.case_id
        for exam in structured:
            value = exam.value
            assert value.analyte == exam.name
            if isinstance(value.value, float) and value.reference_range:
                assert value.flag == derive_flag(value.value, value.reference_range), (
                    case.case_id,
                    exam.name,
                )


def test_diagnoses_are_coded_by_the_project(cases: list[CaseRecord]) -> None:
    for case in cases:
        primary = case.primary_diagnosis
        assert primary.icd10, case.case_id
        assert case.specialty == specialty_for(primary.icd10)
        if case.translation_of is None:
            assert primary.icd_method == "project"
        for dx in case.diagnoses:
            assert (dx.icd10 is None) == (dx.icd_method == "none"), (case.case_id, dx.name)


def test_fixture_loader_sees_the_chinese_cases(cases: list[CaseRecord]) -> None:
    loaded = {c.case_id for c in load_fixture_cases() if c.language == "zh"}
    assert {c.case_id for c in cases} <= loaded

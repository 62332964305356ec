"""FHIR R4 import: transaction bundles and bulk-export ndjson (Synthea samples copied under tests/data)."""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from emr_sources import BUNDLES, NDJSON, assert_no_leaks, import_json, lookup_hits, play, run_cli

from dxgym.emr_fixtures.importers import fhir
from dxgym.emr_fixtures.importers.common import ImportRecordError
from dxgym.emr_fixtures.importers.notes import pre_diagnosis_sections
from dxgym.emr_fixtures.progress import ImportProgress
from dxgym.emr_fixtures.store import db_stats, load_cases
from dxgym.emr_fixtures.timeaxis import Window


@pytest.fixture(scope="module")
def bundle_cases():
    return list(fhir.read(BUNDLES))


@pytest.fixture(scope="module")
def ndjson_cases():
    return list(fhir.read(NDJSON))


def test_bundles_import_through_the_cli(sqlite_url: str) -> None:
    counts = import_json(sqlite_url, BUNDLES, "fhir")
    assert counts["cases"] > 0 and counts["examinations"] > 0 and counts["diagnoses"] >= counts["cases"]
    cases = load_cases(sqlite_url, source="fhir", include_follow_up=True)
    assert len(cases) == counts["cases"]
    for case in cases:
        assert case.case_id == f"fhir:{case.source_ref.id}" and case.case_id.startswith("fhir:Encounter/")
        assert case.source_ref.source == "fhir" and case.source_ref.file.endswith(".json")
        assert case.patient_id and "Synthea" in case.licence


def test_ndjson_export_imports_and_min_exams_leaves_it_out(sqlite_url: str) -> None:
    counts = import_json(sqlite_url, NDJSON, "fhir")
    assert counts["cases"] > 0 and counts["examinations"] == 0  # the export lacks Observations
    # a selection that keeps nothing is said, not reported as a successful import of 0 cases (issue 20)
    result = run_cli("db", "import", str(NDJSON), "--format", "fhir", "--db", sqlite_url, "--min-exams", "1")
    assert result.exit_code == 2 and "no case passed the selection (--min-exams)" in result.output


def test_diagnosis_keeps_snomed_and_records_icd_method(bundle_cases, ndjson_cases) -> None:
    for case in bundle_cases + ndjson_cases:
        dx = case.primary_diagnosis
        assert dx.source_system == "SNOMED-CT" and dx.source_code
        assert (dx.icd10 is None) == (dx.icd_method == "none")
        assert "(finding)" not in dx.name and "(situation)" not in dx.name
    assert any(c.primary_diagnosis.icd_method == "name_match" for c in bundle_cases)


def test_no_summary_names_its_own_diagnosis(bundle_cases, ndjson_cases) -> None:
    assert_no_leaks(bundle_cases + ndjson_cases)
    assert any(c.follow_up for c in ndjson_cases)  # repeat visits for known conditions are marked


def test_notes_reach_the_summary_only_before_the_diagnosis(ndjson_cases) -> None:
    with_notes = [c for c in ndjson_cases if c.present_illness]
    assert with_notes
    for case in with_notes:
        assert "Assessment" not in case.present_illness and "prescribed" not in case.present_illness
    note = "2020-01-01\n\n# Chief Complaint\n- Cough\n- Fever\n\n# History of Present Illness\nA 40 year-old.\n\n" \
           "# Assessment and Plan\nPneumonia.\n## Plan\nAmoxicillin.\n# Diagnosis\nPneumonia\n"
    assert pre_diagnosis_sections(note) == {"chief_complaint": "Cough; Fever", "present_illness": "A 40 year-old."}


def test_components_ranges_flags_and_relevance(bundle_cases) -> None:
    exams = [e for c in bundle_cases for e in c.examinations]
    bp = [e for e in exams if "/component/" in e.source_key]
    assert {e.code for e in bp} >= {"8480-6", "8462-4"} and all(e.group == "Vital_Signs" for e in bp)
    cbc = [e for e in exams if e.group == "Complete_Blood_Count"]
    assert cbc and all(e.code_system == "LOINC" and e.value and e.value.reference_range for e in cbc)
    for case in bundle_cases:
        for exam in case.examinations:
            abnormal = any(e.value and e.value.flag not in (None, "normal") for e in case.examinations
                           if e.group == exam.group)
            assert exam.relevant == abnormal


def test_common_names_find_loinc_records(bundle_cases) -> None:
    cbc_case = next(c for c in bundle_cases if "Complete_Blood_Count" in c.groups)
    cbc_keys = {e.source_key for e in cbc_case.examinations if e.group == "Complete_Blood_Count"}
    for request in ("CBC", "血常规"):
        hits = lookup_hits(cbc_case, request)
        assert cbc_keys <= {h.source_key for h in hits}, request  # every LOINC-coded CBC record
    creat_case = next(c for c in bundle_cases if any(e.code == "38483-4" for e in c.examinations))
    assert any(h.name == "Creatinine" for h in lookup_hits(creat_case, "肌酐"))


def _corrupt_observation(src: Path, dst: Path) -> str:
    bundle = json.loads(src.read_text())
    entry = next(e for e in bundle["entry"] if e["resource"]["resourceType"] == "Observation"
                 and "valueQuantity" in e["resource"])
    entry["resource"]["valueQuantity"]["value"] = "abc"
    dst.write_text(json.dumps(bundle))
    return entry["resource"]["id"]


def test_malformed_resource_is_rejected_and_nothing_written(tmp_path: Path, sqlite_url: str) -> None:
    folder = tmp_path / "bundles"
    shutil.copytree(BUNDLES, folder)
    bad = sorted(folder.glob("*.json"))[-1]  # the last file: earlier bundles were read fine
    obs_id = _corrupt_observation(bad, bad)
    result = run_cli("db", "import", str(folder), "--format", "fhir", "--db", sqlite_url)
    assert result.exit_code != 0
    message = " ".join(result.output.split())
    assert bad.name in message and f"Observation/{obs_id}" in message and "valueQuantity.value" in message
    assert db_stats(sqlite_url)["cases"] == 0


def test_malformed_ndjson_line_names_line_resource_and_field(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    shutil.copytree(NDJSON, folder)
    path = folder / "Condition.000.ndjson"
    lines = path.read_text().splitlines()
    cond = json.loads(lines[2])
    cond["onsetDateTime"] = "yesterday"
    lines[2] = json.dumps(cond)
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(ImportRecordError) as info:
        list(fhir.read(folder))
    err = info.value
    assert (err.file, err.field) == ("Condition.000.ndjson", "Condition.onsetDateTime")
    assert err.where == f"line 3 (Condition/{cond['id']})"


def test_selection_options(bundle_cases, ndjson_cases) -> None:
    assert len(list(fhir.read(NDJSON, limit=3))) == 3
    coded = [c for c in ndjson_cases if c.primary_diagnosis.icd10]
    prefix = coded[0].primary_diagnosis.icd10[:1]
    chosen = list(fhir.read(NDJSON, diagnosis_filter=[prefix]))
    assert chosen and all((c.primary_diagnosis.icd10 or "").startswith(prefix) for c in chosen)
    splits: dict[str, set[str]] = {}
    for case in bundle_cases + ndjson_cases:
        splits.setdefault(case.patient_id or "", set()).add(case.split)
    assert all(len(s) == 1 for s in splits.values())  # no patient in two splits
    with pytest.raises(ValueError):
        list(fhir.read(NDJSON, split_by="hospital"))


def test_cases_with_examinations_play_scripted_episodes(bundle_cases) -> None:
    playable = [c for c in bundle_cases if c.examinations and not c.follow_up]
    assert playable
    for case in playable:
        for spec in ("oracle", "oracle-paraphrase"):
            record = play(case, spec)
            assert record.stop_reason == "diagnosis" and record.verdict is not None, (case.case_id, spec)


# --- the time axis and folder imports -----------------------------------------------------------


def test_results_are_the_encounters_window_in_time_order(bundle_cases) -> None:
    window = Window()
    timed = [c for c in bundle_cases if c.examinations]
    assert timed
    for case in timed:
        for exam in case.examinations:
            assert exam.time and window.contains(exam.time, case.index_time), (case.case_id, exam.source_key)


def _shift_observation(folder: Path, case, hours: float) -> str:
    """Move one of `case`'s Observations `hours` from its encounter's start; returns its id."""
    obs_id = next(e.source_key for e in case.examinations).split("/")[1]
    path = folder / case.source_ref.file
    bundle = json.loads(path.read_text())
    obs = next(e["resource"] for e in bundle["entry"] if e["resource"]["id"] == obs_id)
    obs["effectiveDateTime"] = (datetime.fromisoformat(case.index_time) + timedelta(hours=hours)).isoformat()
    path.write_text(json.dumps(bundle))
    return obs_id


@pytest.mark.parametrize(("hours", "kept_default", "kept_wide"), [(30, False, True), (-13, False, True), (20, True, True)])
def test_an_observation_outside_the_window_is_left_out(tmp_path: Path, bundle_cases, hours: float,
                                                       kept_default: bool, kept_wide: bool) -> None:
    folder = tmp_path / "bundles"
    shutil.copytree(BUNDLES, folder)
    obs_id = _shift_observation(folder, next(c for c in bundle_cases if c.examinations), hours)
    key = f"Observation/{obs_id}"

    def has(cases) -> bool:
        return any(e.source_key.startswith(key) for c in cases for e in c.examinations)

    assert has(fhir.read(folder)) is kept_default
    assert has(fhir.read(folder, before_hours=48, window_hours=48)) is kept_wide


class _Counting(ImportProgress):
    def __init__(self) -> None:
        self.phases: list[tuple[str, int | None]] = []
        self.done = 0

    def phase(self, description: str, total: int | None = None) -> None:
        self.phases.append((description, total))

    def advance(self, n: int = 1) -> None:
        self.done += n


def test_a_folder_of_bundles_is_one_import_with_one_bar(tmp_path: Path, sqlite_url: str) -> None:
    folder = tmp_path / "mixed"
    shutil.copytree(BUNDLES, folder)
    for path in NDJSON.glob("*.ndjson"):
        shutil.copy(path, folder / path.name)
    bar = _Counting()
    cases = list(fhir.read(folder, progress=bar))
    files = len(list(folder.glob("*.json"))) + len([p for p in folder.glob("*.ndjson")])
    assert bar.phases == [(f"reading FHIR files in {folder.name}", files)] and bar.done == files
    assert {c.source_ref.file for c in cases} >= {p.name for p in BUNDLES.glob("*.json")}
    counts = import_json(sqlite_url, folder, "fhir")
    assert counts["cases"] == len(cases)
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run_cli("db", "import", str(empty), "--format", "fhir", "--db", sqlite_url)
    assert result.exit_code == 2 and "no FHIR bundles (*.json) or bulk export (*.ndjson) here" in result.output

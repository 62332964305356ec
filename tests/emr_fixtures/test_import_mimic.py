"""MIMIC-IV hosp import: a 20-patient cut of the demo under tests/data (ODbL), the full demo when
../shared/data is present, notes, streaming chunks, resumable batches and the memory figure."""

from __future__ import annotations

import csv
import gzip
import shutil
from pathlib import Path

import pytest
from emr_sources import MIMIC, SHARED, assert_no_leaks, import_json, lookup_hits, play, run_cli

from dxgym.emr_fixtures.errors import ImportRejected
from dxgym.emr_fixtures.importers import mimic
from dxgym.emr_fixtures.importers.mimic_bench import bench_mimic_labevents_memory
from dxgym.emr_fixtures.store import db_stats, load_cases
from dxgym.emr_fixtures.streaming import batched, committed_batches, import_batches

FULL_DEMO = SHARED / "mimic-iv-demo" / "hosp"


@pytest.fixture(scope="module")
def cases():
    return list(mimic.read(MIMIC))


def _rows(path: Path) -> list[dict[str, str]]:
    with gzip.open(path, "rt", newline="") as handle:
        return list(csv.DictReader(handle))


def test_demo_cut_imports_through_the_cli(sqlite_url: str) -> None:
    counts = import_json(sqlite_url, MIMIC, "mimic-iv", "--chunk-size", "5000")
    admissions = _rows(MIMIC / "admissions.csv.gz")
    assert counts["cases"] == len(admissions)  # every admission has a coded diagnosis
    assert counts["examinations"] > 1000
    stored = load_cases(sqlite_url, source="mimic-iv", include_follow_up=True)
    assert {c.case_id for c in stored} == {f"mimic-iv:{a['hadm_id']}" for a in admissions}
    assert all(c.licence == mimic.DEMO_LICENCE for c in stored)


@pytest.mark.skipif(not FULL_DEMO.is_dir(), reason="the full demo lives in ../shared/data")
def test_full_demo_imports(sqlite_url: str) -> None:
    counts = import_json(sqlite_url, FULL_DEMO, "mimic-iv")
    assert counts["cases"] == 275 and counts["examinations"] > 50_000


def test_primary_diagnosis_and_codes(cases) -> None:
    diagnoses = {(r["hadm_id"], r["seq_num"]): r for r in _rows(MIMIC / "diagnoses_icd.csv.gz")}
    for case in cases:
        hadm = case.case_id.removeprefix("mimic-iv:")
        source = diagnoses[(hadm, "1")]
        dx = case.primary_diagnosis
        if source["icd_version"] == "10":
            assert dx.icd_method == "source" and dx.icd10.replace(".", "") == source["icd_code"]
        else:
            assert dx.source_system == "ICD-9-CM" and dx.source_code.replace(".", "") == source["icd_code"]
            assert dx.icd_method in ("name_match", "none")
        assert case.specialty != "unknown" or dx.icd10 is None
        assert case.patient_id and case.history["Admission"]


def test_labs_have_itemids_ranges_and_flags(cases) -> None:
    labs = [e for c in cases for e in c.examinations if e.source_key.startswith("labevents/")]
    assert labs and all(e.code_system == "mimic-iv:itemid" and e.code for e in labs)
    assert any(e.value and e.value.reference_range and e.value.flag in ("H", "L") for e in labs)
    assert any(e.source_key.startswith("microbiologyevents/") for c in cases for e in c.examinations)
    groups = {e.group for e in labs}
    assert {"Complete_Blood_Count", "Basic_Metabolic_Panel"} <= groups


def test_no_summary_names_its_own_diagnosis(cases) -> None:
    assert_no_leaks(cases)
    if FULL_DEMO.is_dir():
        assert_no_leaks(list(mimic.read(FULL_DEMO)))


@pytest.mark.parametrize("request_text", ["troponin", "CBC", "血常规", "肌酐"])
def test_common_names_find_itemid_records(cases, request_text: str) -> None:
    case = next(c for c in cases if any(e.name == "Troponin T" for e in c.examinations))
    hits = lookup_hits(case, request_text)
    assert hits and all(h.source_key.startswith("labevents/") for h in hits), request_text


def test_discharge_notes_give_chief_complaint_and_hpi_only(tmp_path: Path, cases) -> None:
    case = next(c for c in cases if not c.follow_up)
    hadm = case.case_id.removeprefix("mimic-iv:")
    name = case.primary_diagnosis.name
    text = (f"Name: ___\nChief Complaint:\nshortness of breath\n \nHistory of Present Illness:\n"
            f"Patient reports two days of dyspnea. Workup showed {name}.\n \nPast Medical History:\nnone\n"
            f"Brief Hospital Course:\nTreated for {name}.\nDischarge Diagnosis:\n{name}\n")
    notes = tmp_path / "discharge.csv.gz"  # project-written stand-in for MIMIC-IV-Note (credentialed)
    with gzip.open(notes, "wt", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["note_id", "subject_id", "hadm_id", "note_type", "note_seq", "charttime", "storetime", "text"])
        writer.writerow(["1", case.patient_id, hadm, "DS", "1", "", "", text])
    noted = next(c for c in mimic.read(MIMIC, notes=notes) if c.case_id == case.case_id)
    assert noted.chief_complaint == "shortness of breath"
    assert noted.present_illness == "Patient reports two days of dyspnea."
    assert "Hospital Course" not in noted.present_illness and not noted.follow_up


def test_chunk_size_does_not_change_cases(cases) -> None:
    assert list(mimic.read(MIMIC, chunk_size=700, limit=5)) == cases[:5]


def test_malformed_row_rejected_naming_file_line_field(tmp_path: Path, sqlite_url: str) -> None:
    folder = tmp_path / "hosp"
    shutil.copytree(MIMIC, folder)
    rows = _rows(folder / "labevents.csv.gz")
    rows[41]["valuenum"] = "high"
    with gzip.open(folder / "labevents.csv.gz", "wt", newline="") as handle:
        writer = csv.DictWriter(handle, list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    result = run_cli("db", "import", str(folder), "--format", "mimic-iv", "--db", sqlite_url)
    assert result.exit_code != 0
    assert "labevents.csv.gz: line 43: field 'valuenum'" in " ".join(result.output.split())
    assert db_stats(sqlite_url)["cases"] == 0


def test_batches_commit_and_resume(sqlite_url: str, cases) -> None:
    def failing(after: int):
        for i, batch in enumerate(batched(cases, 10)):
            if i == after:
                raise mimic.ImportRecordError("labevents.csv.gz", "line 9", "valuenum", "not a number")
            yield batch

    with pytest.raises(ImportRejected, match="2 batch"):
        import_batches(sqlite_url, failing(2), key="demo")
    assert db_stats(sqlite_url)["cases"] == 20 and committed_batches(sqlite_url, "demo") == 2
    report = import_batches(sqlite_url, batched(cases, 10), key="demo")
    assert report.inserted == len(cases) - 20  # the first two batches were skipped
    assert db_stats(sqlite_url)["cases"] == len(cases) and committed_batches(sqlite_url, "demo") == 0


def test_cli_batch_size_imports_everything(sqlite_url: str, cases) -> None:
    counts = import_json(sqlite_url, MIMIC, "mimic-iv", "--batch-size", "25", "--min-exams", "1")
    assert counts["cases"] == sum(1 for c in cases if c.examinations)


def test_memory_stays_bounded_with_several_chunks() -> None:
    figures = bench_mimic_labevents_memory(2_000, MIMIC)
    print(figures)
    assert figures["labevents_chunks"] > 1 and figures["within_target"], figures


def test_cases_with_examinations_play_scripted_episodes(cases) -> None:
    playable = [c for c in cases if c.examinations and not c.follow_up][:8]
    assert playable
    for case in playable:
        for spec in ("oracle", "oracle-paraphrase"):
            record = play(case, spec)
            assert record.stop_reason == "diagnosis" and record.verdict is not None, (case.case_id, spec)

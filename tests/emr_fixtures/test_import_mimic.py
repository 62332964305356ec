"""MIMIC-IV hosp import: a 20-patient cut of the demo under tests/data (ODbL), the full demo when
../shared/data is present, notes, streaming chunks, resumable batches and the memory figure."""

from __future__ import annotations

import csv
import gzip
import re
import shutil
from pathlib import Path

import pytest
from emr_sources import MIMIC, SHARED, assert_no_leaks, import_json, lookup_hits, play, run_cli

from dxgym.emr_fixtures.errors import ImportRejected
from dxgym.emr_fixtures.importers import mimic
from dxgym.emr_fixtures.importers.mimic_bench import bench_mimic_labevents_memory
from dxgym.emr_fixtures.importers.mimic_generate import generate
from dxgym.emr_fixtures.models import CaseRecord
from dxgym.emr_fixtures.store import db_stats, load_cases
from dxgym.emr_fixtures.streaming import batched, committed_batches, import_batches
from dxgym.emr_fixtures.timeaxis import Window, parse_time

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
def test_full_demo_imports(sqlite_url: str, pg_url: str) -> None:
    # contract changed with the time axis: only results charted in [-12 h, +24 h] of admission are kept
    counts = import_json(sqlite_url, FULL_DEMO, "mimic-iv")
    assert counts["cases"] == 275 and 20_000 < counts["examinations"] < 50_000
    whole_stay = import_json(pg_url, FULL_DEMO, "mimic-iv", "--before-hours", "100000", "--window-hours", "100000")
    assert whole_stay["cases"] == 275 and whole_stay["examinations"] > 50_000


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


def _labevents_edited(tmp_path: Path, row: int, column: str, value: str) -> Path:
    """A copy of the demo cut with one labevents cell changed."""
    folder = tmp_path / "hosp"
    shutil.copytree(MIMIC, folder)
    rows = _rows(folder / "labevents.csv.gz")
    rows[row][column] = value
    with gzip.open(folder / "labevents.csv.gz", "wt", newline="") as handle:
        writer = csv.DictWriter(handle, list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return folder


def test_malformed_row_rejected_naming_file_line_field(tmp_path: Path, sqlite_url: str) -> None:
    folder = _labevents_edited(tmp_path, 41, "valuenum", "high")
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


# --- the time axis ------------------------------------------------------------------------------


def _demo_folders() -> list[Path]:
    return [MIMIC, *([FULL_DEMO] if FULL_DEMO.is_dir() else [])]


@pytest.fixture(scope="module")
def demo_cases() -> list[CaseRecord]:
    """Every admission of the demo cut (and of the whole demo when ../shared/data is beside the checkout)."""
    return [c for folder in _demo_folders() for c in mimic.read(folder)]


def _source_lab_ids(folder: Path, window: Window) -> dict[str, set[str]]:
    """Independently of the importer: per admission, the labevents the window holds (csv module, no DuckDB)."""
    admissions = _rows(folder / "admissions.csv.gz")
    by_subject: dict[str, list[dict[str, str]]] = {}
    for adm in admissions:
        by_subject.setdefault(adm["subject_id"], []).append(adm)
    kept: dict[str, set[str]] = {f"mimic-iv:{a['hadm_id']}": set() for a in admissions}
    for lab in _rows(folder / "labevents.csv.gz"):
        if not (lab["valuenum"] or (lab["value"].strip() and lab["value"].strip() != "___") or
                (lab["comments"].strip() and lab["comments"].strip() != "___")):
            continue  # nothing to show: the importer keeps no record for it
        for adm in by_subject.get(lab["subject_id"], []):
            if lab["hadm_id"] not in ("", adm["hadm_id"]):
                continue
            if window.contains(lab["charttime"], adm["admittime"]):
                kept[f"mimic-iv:{adm['hadm_id']}"].add(f"labevents/{lab['labevent_id']}")
    return kept


def test_every_record_lies_in_the_window_in_time_order(demo_cases) -> None:
    window = Window()
    assert len(demo_cases) >= 60
    for case in demo_cases:
        assert case.index_time
        for exam in case.examinations:
            assert exam.time is not None and window.contains(exam.time, case.index_time), (case.case_id, exam)
        for group in case.groups:
            times = [parse_time(e.time)[0] for e in case.examinations if e.group == group]  # type: ignore[arg-type]
            assert times == sorted(times), (case.case_id, group)
    print(f"{len(demo_cases)} MIMIC-IV demo admissions: {sum(len(c.examinations) for c in demo_cases)} records, "
          "every one inside [-12 h, +24 h] of its admission")


@pytest.mark.parametrize("hours", [(12.0, 24.0), (0.0, 6.0)])
def test_kept_labs_are_exactly_the_window_of_the_source(hours: tuple[float, float]) -> None:
    window = Window(*hours)
    for folder in _demo_folders():
        cases = list(mimic.read(folder, before_hours=hours[0], window_hours=hours[1]))
        expected = _source_lab_ids(folder, window)
        got = {c.case_id: {e.source_key for e in c.examinations if e.source_key.startswith("labevents/")}
               for c in cases}
        assert got == {k: v for k, v in expected.items() if k in got}
        assert sum(map(len, got.values())) > 0


def test_relevance_is_decided_inside_the_window(demo_cases) -> None:
    for case in demo_cases:
        abnormal = {e.group for e in case.examinations
                    if e.value is not None and e.value.flag not in (None, "normal")}
        assert case.relevant_groups == frozenset(abnormal), case.case_id


def test_no_episode_shows_a_result_charted_after_the_window(demo_cases) -> None:
    """Every imported admission, worked by the oracle (its own groups) and by request-all (a fixed
    catalogue of common tests): each result shown was charted no later than 24 h after admission, and
    the observation gives times relative to admission."""
    window = Window()
    shown = episodes = 0
    for case in (c for c in demo_cases if c.examinations):
        by_key = {e.source_key: e for e in case.examinations}
        _, end = window.bounds(case.index_time)  # type: ignore[arg-type]
        for spec in ("oracle", "request-all"):
            record = play(case, spec)
            episodes += 1
            hits = [hit for turn in record.turns for hit in turn.hits]
            for hit in hits:
                assert parse_time(by_key[hit.source_key].time)[0] <= end, (case.case_id, hit.source_key)  # type: ignore[arg-type]
            shown += len(hits)
            if hits:
                observations = " ".join(m["content"] or "" for m in record.messages if m["role"] == "user")
                assert "(times relative to admission)" in observations, case.case_id
                assert re.search(r"\((\+|−)\d+(\.\d)? (h|min|d)\)", observations), case.case_id
    assert shown > 1000
    print(f"{episodes} episodes over {len(demo_cases)} admissions: {shown} results shown, none after the window")


def test_synthetic_labevents_keep_exactly_the_rows_inside_the_window(tmp_path: Path) -> None:
    """The benchmark's generator puts half its rows inside the default window; the import keeps those."""
    manifest = generate(tmp_path, lab_rows=40_000)
    stats: dict = {}
    cases = list(mimic.read(tmp_path, stats=stats))
    assert len(cases) == manifest["admissions"]
    assert stats["labevents_kept_rows"] == manifest["lab_rows_in_window"]
    assert sum(len(c.examinations) for c in cases) == manifest["lab_rows_in_window"]
    assert abs(manifest["lab_rows_in_window"] - manifest["lab_rows"] / 2) < manifest["admissions"]


def test_required_empty_cell_names_its_line(tmp_path: Path) -> None:
    folder = _labevents_edited(tmp_path, 7, "itemid", "")
    with pytest.raises(mimic.ImportRecordError, match=r"labevents.csv.gz: line 9: field 'itemid': empty"):
        list(mimic.read(folder))

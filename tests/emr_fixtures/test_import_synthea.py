"""Synthea CSV v3 import (the shared export copied under tests/data)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from emr_sources import SYNTHEA_CSV, assert_no_leaks, import_json, lookup_hits, play, run_cli

from dxgym.emr_fixtures.importers import synthea_csv
from dxgym.emr_fixtures.importers.common import ImportRecordError
from dxgym.emr_fixtures.store import db_stats


@pytest.fixture(scope="module")
def cases():
    return list(synthea_csv.read(SYNTHEA_CSV))


def test_csv_export_imports_through_the_cli(sqlite_url: str) -> None:
    counts = import_json(sqlite_url, SYNTHEA_CSV, "synthea-csv")
    assert counts["cases"] > 0 and counts["examinations"] > 0 and counts["diagnoses"] >= counts["cases"]
    assert db_stats(sqlite_url)["by_source"] == {"synthea-csv": counts["cases"]}


def test_case_shape(cases) -> None:
    for case in cases:
        assert case.case_id == f"synthea-csv:{case.source_ref.id}" and case.source_ref.file == "encounters.csv"
        assert case.primary_diagnosis.source_system == "SNOMED-CT"
    keys = [e.source_key for c in cases for e in c.examinations]
    assert keys and all(k.startswith("observations/") for k in keys)
    names = {e.name for c in cases for e in c.examinations}
    assert "What address do you live at?" not in names  # questionnaire answers are history, not results
    assert not any(e.code == "69453-9" for c in cases for e in c.examinations)  # cause of death is the answer


def test_no_summary_names_its_own_diagnosis(cases) -> None:
    assert_no_leaks(cases)


def test_common_names_find_loinc_records(cases) -> None:
    case = next(c for c in cases if any(e.code == "38483-4" for e in c.examinations))
    for request in ("肌酐", "creatinine"):
        hits = lookup_hits(case, request)
        assert any(h.name == "Creatinine" and h.group == "Basic_Metabolic_Panel" for h in hits), request


def _break(folder: Path, file: str, column: str, value: str, row: int = 3) -> int:
    path = folder / file
    lines = path.read_text().splitlines()
    header = lines[0].split(",")
    cells = lines[row].split(",")
    cells[header.index(column)] = value
    lines[row] = ",".join(cells)
    path.write_text("\n".join(lines) + "\n")
    return row + 1  # the 1-based line an error names


def test_malformed_row_is_rejected_naming_file_line_and_field(tmp_path: Path, sqlite_url: str) -> None:
    folder = tmp_path / "csv"
    shutil.copytree(SYNTHEA_CSV, folder)
    line = _break(folder, "observations.csv", "VALUE", "lots")
    result = run_cli("db", "import", str(folder), "--format", "synthea-csv", "--db", sqlite_url)
    assert result.exit_code != 0
    message = " ".join(result.output.split())
    assert f"observations.csv: line {line}: field 'VALUE'" in message and "nothing was written" in message
    assert db_stats(sqlite_url)["cases"] == 0


def test_bad_date_and_missing_column(tmp_path: Path) -> None:
    folder = tmp_path / "csv"
    shutil.copytree(SYNTHEA_CSV, folder)
    line = _break(folder, "encounters.csv", "START", "soon", row=5)
    with pytest.raises(ImportRecordError) as info:
        list(synthea_csv.read(folder))
    assert (info.value.file, info.value.where, info.value.field) == ("encounters.csv", f"line {line}", "START")
    (folder / "conditions.csv").write_text("START,PATIENT\n2020-01-01,x\n")
    shutil.copy(SYNTHEA_CSV / "encounters.csv", folder / "encounters.csv")
    with pytest.raises(ImportRecordError, match="conditions.csv: line 1: field 'ENCOUNTER': missing column"):
        list(synthea_csv.read(folder))


def test_min_exams_and_patient_splits(cases) -> None:
    chosen = list(synthea_csv.read(SYNTHEA_CSV, min_exams=1))
    assert chosen and all(c.examinations for c in chosen)
    by_patient: dict[str, set[str]] = {}
    for case in cases:
        by_patient.setdefault(case.patient_id or "", set()).add(case.split)
    assert all(len(s) == 1 for s in by_patient.values())


def test_cases_with_examinations_play_scripted_episodes(cases) -> None:
    playable = [c for c in cases if c.examinations and not c.follow_up]
    assert playable
    for case in playable:
        for spec in ("oracle", "oracle-paraphrase"):
            record = play(case, spec)
            assert record.stop_reason == "diagnosis" and record.verdict is not None, (case.case_id, spec)

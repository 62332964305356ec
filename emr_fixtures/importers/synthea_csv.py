"""Synthea CSV export (v3: patients, encounters, conditions, observations; medications when present).

Rows are checked, then rewritten as the FHIR shapes they mirror (Synthea writes both from one
model), so a CSV case is built by exactly the FHIR importer's rules: one case per diagnostic
encounter, summary from what was recorded before it, results grouped by the lexicon's panels.
A bad row raises `ImportRecordError` naming the file, the line and the column.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from dxgym.emr_fixtures.importers.common import ImportRecordError
from dxgym.emr_fixtures.importers.emr import selection_from
from dxgym.emr_fixtures.importers.fhir import SYNTHEA_LICENCE, Style, cases_from
from dxgym.emr_fixtures.importers.fhir_load import ResourceSet
from dxgym.emr_fixtures.importers.fhir_obs import LOINC_URL
from dxgym.emr_fixtures.models import CaseRecord
from dxgym.emr_fixtures.timeaxis import window_from

SOURCE = "synthea-csv"
STYLE = Style(source=SOURCE, case_prefix=f"{SOURCE}:", ref_prefix="", obs_key_prefix="observations/")
SNOMED_URL = "http://snomed.info/sct"
_REQUIRED = {
    "patients.csv": ("Id", "BIRTHDATE", "GENDER"),
    "encounters.csv": ("Id", "START", "PATIENT", "ENCOUNTERCLASS", "DESCRIPTION"),
    "conditions.csv": ("START", "PATIENT", "ENCOUNTER", "CODE", "DESCRIPTION"),
    "observations.csv": ("DATE", "PATIENT", "CODE", "DESCRIPTION", "TYPE"),  # ENCOUNTER may be empty
}
_OPTIONAL = {"medications.csv": ("START", "PATIENT", "ENCOUNTER", "DESCRIPTION")}


def _rows(folder: Path, name: str, required: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """(line, row) with the required columns present and non-empty (line 1 is the header)."""
    path = folder / name
    if not path.is_file():
        raise ImportRecordError(name, "(file)", "(file)", f"missing from {folder}")
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in required if c not in (reader.fieldnames or [])]
        if missing:
            raise ImportRecordError(name, "line 1", missing[0], "missing column")
        for line, row in enumerate(reader, start=2):
            for column in required:
                if not (row.get(column) or "").strip():
                    raise ImportRecordError(name, f"line {line}", column, "empty")
            yield line, row


def _time(value: str, file: str, line: int, column: str) -> str:
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ImportRecordError(file, f"line {line}", column, f"not a date or time: {value!r}") from None
    return value


def _concept(code: str, text: str, system: str) -> dict[str, Any]:
    return {"coding": [{"system": system, "code": code, "display": text}], "text": text}


def _observation(line: int, row: dict[str, str], index: int) -> dict[str, Any] | None:
    category = (row.get("CATEGORY") or "").strip()
    if not category or not (row.get("ENCOUNTER") or "").strip():
        return None  # DALY / QALY / QOLS: Synthea's model bookkeeping, not a patient's result of a visit
    obs: dict[str, Any] = {
        "resourceType": "Observation", "id": str(index), "status": "final",
        "category": [{"coding": [{"code": category}]}],
        "code": _concept(row["CODE"], row["DESCRIPTION"], LOINC_URL),
        "subject": {"reference": f"Patient/{row['PATIENT']}"},
        "encounter": {"reference": f"Encounter/{row['ENCOUNTER']}"},
        "effectiveDateTime": _time(row["DATE"], "observations.csv", line, "DATE"),
    }
    value = (row.get("VALUE") or "").strip()
    if row["TYPE"] == "numeric":
        try:
            number = float(value)
        except ValueError:
            raise ImportRecordError("observations.csv", f"line {line}", "VALUE",
                                    f"not a number: {value!r}") from None
        unit = (row.get("UNITS") or "").strip()
        obs["valueQuantity"] = {"value": number, **({"code": unit} if unit and unit != "null" else {})}
    elif value:
        obs["valueString"] = value
    else:
        return None
    return obs


def load(folder: Path) -> ResourceSet:
    """Every row of the export, checked, as FHIR-shaped resources in one set."""
    res = ResourceSet()
    for line, row in _rows(folder, "patients.csv", _REQUIRED["patients.csv"]):
        gender = {"M": "male", "F": "female"}.get(row["GENDER"].strip().upper())
        if gender is None:
            raise ImportRecordError("patients.csv", f"line {line}", "GENDER", f"expected M or F, not {row['GENDER']!r}")
        _time(row["BIRTHDATE"], "patients.csv", line, "BIRTHDATE")
        res.add({"resourceType": "Patient", "id": row["Id"], "gender": gender, "birthDate": row["BIRTHDATE"]},
                "patients.csv", f"line {line}")
    for line, row in _rows(folder, "encounters.csv", _REQUIRED["encounters.csv"]):
        enc: dict[str, Any] = {
            "resourceType": "Encounter", "id": row["Id"], "status": "finished",
            "class": {"code": row["ENCOUNTERCLASS"]},
            "type": [_concept(row.get("CODE", ""), row["DESCRIPTION"], SNOMED_URL)],
            "subject": {"reference": f"Patient/{row['PATIENT']}"},
            "period": {"start": _time(row["START"], "encounters.csv", line, "START")},
        }
        if (row.get("REASONCODE") or "").strip():
            enc["reasonCode"] = [_concept(row["REASONCODE"], row.get("REASONDESCRIPTION") or "", SNOMED_URL)]
        res.add(enc, "encounters.csv", f"line {line}")
    for line, row in _rows(folder, "conditions.csv", _REQUIRED["conditions.csv"]):
        cond: dict[str, Any] = {
            "resourceType": "Condition", "id": f"conditions/{line - 2}",
            "code": _concept(row["CODE"], row["DESCRIPTION"], SNOMED_URL),
            "subject": {"reference": f"Patient/{row['PATIENT']}"},
            "encounter": {"reference": f"Encounter/{row['ENCOUNTER']}"},
            "onsetDateTime": _time(row["START"], "conditions.csv", line, "START"),
        }
        if (row.get("STOP") or "").strip():
            cond["abatementDateTime"] = _time(row["STOP"], "conditions.csv", line, "STOP")
        res.add(cond, "conditions.csv", f"line {line}")
    for line, row in _rows(folder, "observations.csv", _REQUIRED["observations.csv"]):
        obs = _observation(line, row, line - 2)
        if obs is not None:
            res.add(obs, "observations.csv", f"line {line}")
    if (folder / "medications.csv").is_file():
        for line, row in _rows(folder, "medications.csv", _OPTIONAL["medications.csv"]):
            res.add({"resourceType": "MedicationRequest", "id": f"medications/{line - 2}",
                     "medicationCodeableConcept": {"text": row["DESCRIPTION"]},
                     "subject": {"reference": f"Patient/{row['PATIENT']}"},
                     "authoredOn": _time(row["START"], "medications.csv", line, "START")},
                    "medications.csv", f"line {line}")
    return res


def read(path: Path, **options: Any) -> Iterator[CaseRecord]:
    """Yield one case per diagnostic encounter of a Synthea CSV export folder.

    Options: `before_hours` / `window_hours` (the time window around each encounter's start, default
    12 / 24), and the selection options `min_exams`, `diagnosis_filter`, `limit`, `split_by`.
    """
    selection = selection_from(options)
    window = window_from(options)
    if options:
        raise TypeError(f"unknown synthea-csv import option(s): {', '.join(sorted(options))}")
    folder = Path(path)
    if not folder.is_dir():
        raise ImportRecordError(str(path), "(path)", "PATH", "expected the export's folder (patients.csv, encounters.csv …)")
    yield from selection.apply(cases_from(load(folder), licence=SYNTHEA_LICENCE, selection=selection, style=STYLE,
                                          window=window))

"""Rebuild the small test copies under tests/data/ from ../shared/data (run from the repo root).

The copies keep whole rows and resources, filtered by patient, so a fresh clone runs the importer
tests without ../shared. Licences travel with each copy.
"""

from __future__ import annotations

import csv
import gzip
import json
import shutil
import sys
from pathlib import Path

SHARED = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
HERE = Path(__file__).parent
MIMIC_SUBJECTS = 20
NDJSON_PATIENTS = 3
BUNDLES = ("Morgan564_Wisoky380_127af495-da7f-4afe-99a1-73f48c9bbff9.json",
           "Glayds212_Grimes165_e158bd0d-2d06-4ec7-95c8-861aec0e1188.json")
CSV_FILES = ("patients", "encounters", "conditions", "observations", "medications")
MIMIC_TABLES = ("admissions", "patients", "diagnoses_icd", "labevents", "microbiologyevents", "omr", "services")


def _csv_gz(src: Path, dst: Path, keep) -> None:
    with gzip.open(src, "rt", newline="") as fin, gzip.open(dst, "wt", newline="") as fout:
        reader = csv.DictReader(fin)
        writer = csv.DictWriter(fout, reader.fieldnames, lineterminator="\n")
        writer.writeheader()
        writer.writerows(row for row in reader if keep(row))


def mimic() -> None:
    src, dst = SHARED / "mimic-iv-demo", HERE / "mimic-iv-demo"
    (dst / "hosp").mkdir(parents=True, exist_ok=True)
    for name in ("LICENSE.txt", "README.txt", "demo_subject_id.csv"):
        shutil.copy(src / name, dst / name)
    with gzip.open(src / "hosp/labevents.csv.gz", "rt") as f:
        troponin = {r["subject_id"] for r in csv.DictReader(f) if r["itemid"] == "51003"}
    with gzip.open(src / "hosp/patients.csv.gz", "rt") as f:
        subjects = sorted(r["subject_id"] for r in csv.DictReader(f))
    chosen = set(sorted(troponin)[:3]) | set(subjects[: MIMIC_SUBJECTS - 3])
    for table in MIMIC_TABLES:
        _csv_gz(src / f"hosp/{table}.csv.gz", dst / f"hosp/{table}.csv.gz", lambda r: r["subject_id"] in chosen)
    with gzip.open(dst / "hosp/diagnoses_icd.csv.gz", "rt") as f:
        used = {(r["icd_code"], r["icd_version"]) for r in csv.DictReader(f)}
    _csv_gz(src / "hosp/d_icd_diagnoses.csv.gz", dst / "hosp/d_icd_diagnoses.csv.gz",
            lambda r: (r["icd_code"], r["icd_version"]) in used)
    shutil.copy(src / "hosp/d_labitems.csv.gz", dst / "hosp/d_labitems.csv.gz")


def synthea() -> None:
    src, dst = SHARED / "synthea", HERE / "synthea"
    for sub in ("fhir_r4_bundles", "bulk_ndjson", "csv_v3"):
        (dst / sub).mkdir(parents=True, exist_ok=True)
    shutil.copy(src / "LICENSE-Synthea-Apache-2.0.txt", dst / "LICENSE-Synthea-Apache-2.0.txt")
    for name in BUNDLES:
        shutil.copy(src / "fhir_r4_bundles" / name, dst / "fhir_r4_bundles" / name)
    shutil.copy(src / "fhir_r4_bundles/SOURCE_README_BiocFHIR.txt", dst / "fhir_r4_bundles/SOURCE_README_BiocFHIR.txt")
    nd = src / "bulk_ndjson_10_patients"
    patients = [json.loads(line) for line in (nd / "Patient.000.ndjson").open()]
    keep = {p["id"] for p in sorted(patients, key=lambda p: p["id"])[:NDJSON_PATIENTS]}
    for name in ("Patient", "Encounter", "Condition", "DocumentReference"):
        with (nd / f"{name}.000.ndjson").open() as fin, (dst / "bulk_ndjson" / f"{name}.000.ndjson").open("w") as fout:
            for line in fin:
                r = json.loads(line)
                owner = r["id"] if name == "Patient" else r["subject"]["reference"].split("/")[-1]
                if owner in keep:
                    fout.write(line)
    for name in ("SOURCE_README.md", "LICENSE-Apache-2.0.txt"):
        shutil.copy(nd / name, dst / "bulk_ndjson" / name)
    for name in CSV_FILES:
        shutil.copy(src / "csv_v3" / f"{name}.csv", dst / "csv_v3" / f"{name}.csv")
    shutil.copy(src / "csv_v3/LICENSE-Apache-2.0.txt", dst / "csv_v3/LICENSE-Apache-2.0.txt")


def agentclinic() -> None:
    """The whole AgentClinic MedQA file (its rows are the shipped cases' sources: the identity tests)."""
    src, dst = SHARED / "agentclinic", HERE / "agentclinic"
    dst.mkdir(parents=True, exist_ok=True)
    for name in ("agentclinic_medqa.jsonl", "LICENSE.txt"):
        shutil.copy(src / name, dst / name)


if __name__ == "__main__":
    mimic()
    synthea()
    agentclinic()

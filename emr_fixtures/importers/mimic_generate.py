"""A synthetic MIMIC-IV `hosp` folder at any size, in MIMIC-IV's own schema, for the import benchmark.

Why generated: full MIMIC-IV is credentialed and the demo has 107,727 lab rows, far too few to
measure a scan meant for 118 million. The generator writes with DuckDB (`COPY ... TO` gzipped CSV),
deterministically from the row number, so a 10-million-row labevents takes about a minute and the
same arguments always give the same files. Exactly half of the lab rows (every other pass over the
admissions) are charted inside the default window around their admission ([-12 h, +24 h]); the rest
later in the stay. One row in ten has no hadm_id (an ED draw, joined by subject and time). Each
subject has two admissions 90 days apart, so no row falls in another admission's window. Items,
units, ranges and diagnosis titles are real MIMIC-IV ones (`emr_fixtures/data/mimic_synthetic/`).
"""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[1] / "data" / "mimic_synthetic"
ROWS_PER_ADMISSION = 280  # ~ full MIMIC-IV: 118 M lab rows over some 430 k admissions
DIAGNOSES_PER_ADMISSION = 8
_BASE = "TIMESTAMP '2150-01-01 00:00:00'"


def _tsv(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8") as handle:
        return list(csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t"))


def _copy(con: Any, sql: str, path: Path) -> None:
    target = str(path).replace("'", "''")
    con.execute(f"COPY ({sql}) TO '{target}' (HEADER, DELIMITER ',', COMPRESSION gzip)")


def table_rows(admissions: int, lab_rows: int) -> dict[str, int]:
    """The rows of each file `generate` writes (what an import of it reads)."""
    return {"admissions": admissions, "patients": admissions // 2, "diagnoses_icd": admissions * DIAGNOSES_PER_ADMISSION,
            "d_icd_diagnoses": len(_tsv("diagnoses.tsv")), "d_labitems": len(_tsv("labitems.tsv")),
            "labevents": lab_rows}


def generate(folder: Path, lab_rows: int = 10_000_000) -> dict[str, Any]:
    """Write `folder/hosp/*.csv.gz` (unless a finished copy with these arguments is there); returns its manifest."""
    import duckdb

    hosp = folder / "hosp"
    manifest_path = folder / "manifest.json"
    admissions = max(2, lab_rows // ROWS_PER_ADMISSION)
    admissions += admissions % 2
    wanted = {"lab_rows": lab_rows, "admissions": admissions, "version": 1}
    if manifest_path.is_file() and json.loads(manifest_path.read_text()).get("arguments") == wanted:
        return json.loads(manifest_path.read_text())
    shutil.rmtree(hosp, ignore_errors=True)
    hosp.mkdir(parents=True)
    con = duckdb.connect()
    con.execute("SET preserve_insertion_order = true")
    con.execute("SET enable_progress_bar = false")
    items = _tsv("labitems.tsv")
    codes = _tsv("diagnoses.tsv")
    con.execute("CREATE TABLE items AS SELECT * FROM (VALUES " + ", ".join(
        f"({i}, {int(r['itemid'])}, '{r['unit']}', {float(r['low'])}::DOUBLE, {float(r['high'])}::DOUBLE, {int(r['weight'])})"
        for i, r in enumerate(items)) + ") t(k, itemid, unit, low, high, weight)")
    # a weighted draw: item k owns `weight` consecutive slots of the wheel
    con.execute("CREATE TABLE wheel AS SELECT row_number() OVER () - 1 AS slot, k FROM items, range(weight)")
    slots = int(con.execute("SELECT count(*) FROM wheel").fetchone()[0])  # type: ignore[index]
    admit = f"{_BASE} + to_minutes(CAST((a // 2) * 997 + (a % 2) * 129600 AS BIGINT))"  # second stay 90 days later
    _copy(con, "SELECT 10000000 + a // 2 AS subject_id, 20000000 + a AS hadm_id, "
               f"{admit} AS admittime, {admit} + to_hours(CAST(120 + a % 7 * 24 AS BIGINT)) AS dischtime, "
               "NULL AS deathtime, ['EW EMER.', 'URGENT', 'ELECTIVE'][a % 3 + 1] AS admission_type, "
               "NULL AS admit_provider_id, ['EMERGENCY ROOM', 'TRANSFER FROM HOSPITAL', 'PHYSICIAN REFERRAL'][a % 3 + 1]"
               " AS admission_location, 'HOME' AS discharge_location, ['Medicare', 'Medicaid', 'Other'][a % 3 + 1] "
               "AS insurance, 'ENGLISH' AS language, ['MARRIED', 'SINGLE', 'WIDOWED'][a % 3 + 1] AS marital_status, "
               f"'UNKNOWN' AS race, NULL AS edregtime, NULL AS edouttime, 0 AS hospital_expire_flag FROM range({admissions}) t(a)",
          hosp / "admissions.csv.gz")
    _copy(con, "SELECT 10000000 + s AS subject_id, ['F', 'M'][s % 2 + 1] AS gender, 20 + s % 70 AS anchor_age, "
               f"2150 AS anchor_year, '2008 - 2010' AS anchor_year_group, NULL AS dod FROM range({admissions // 2}) t(s)",
          hosp / "patients.csv.gz")
    con.execute("CREATE TABLE codes AS SELECT * FROM (VALUES " + ", ".join(
        f"({i}, '{r['icd_code']}', {int(r['icd_version'])}, '{r['long_title'].replace(chr(39), chr(39) * 2)}')"
        for i, r in enumerate(codes)) + ") t(k, icd_code, icd_version, long_title)")
    _copy(con, f"SELECT 10000000 + a // 2 AS subject_id, 20000000 + a AS hadm_id, q + 1 AS seq_num, c.icd_code, "
               f"c.icd_version FROM range({admissions}) t(a), range({DIAGNOSES_PER_ADMISSION}) u(q) "
               f"JOIN codes c ON c.k = (a * 7 + q * 13) % {len(codes)} ORDER BY a, q",
          hosp / "diagnoses_icd.csv.gz")
    _copy(con, "SELECT icd_code, icd_version, long_title FROM codes", hosp / "d_icd_diagnoses.csv.gz")
    _copy(con, "SELECT * FROM (VALUES " + ", ".join(
        f"({int(r['itemid'])}, '{r['label']}', '{r['fluid']}', '{r['category']}')" for r in items)
          + ") t(itemid, label, fluid, category)", hosp / "d_labitems.csv.gz")
    # lab row i: admission i % A; pass i // A even -> inside [-12 h, +24 h], odd -> +25 h .. +120 h
    minutes = (f"CASE WHEN (i // {admissions}) % 2 = 0 THEN -720 + hash(i * 3 + 1) % 2161 "
               "ELSE 1500 + hash(i * 3 + 2) % 5700 END")
    a = f"(i % {admissions})"
    value = "round(it.low + (it.high - it.low) * ((hash(i * 3) % 1600) / 1000.0 - 0.3), 2)"
    _copy(con, f"SELECT i + 1 AS labevent_id, 10000000 + {a} // 2 AS subject_id, "
               f"CASE WHEN hash(i * 5) % 10 = 0 THEN NULL ELSE 20000000 + {a} END AS hadm_id, i + 1 AS specimen_id, "
               f"it.itemid, NULL AS order_provider_id, ct AS charttime, ct + INTERVAL 1 HOUR AS storetime, "
               f"CAST(v AS VARCHAR) AS value, v AS valuenum, it.unit AS valueuom, it.low AS ref_range_lower, "
               f"it.high AS ref_range_upper, CASE WHEN v < it.low OR v > it.high THEN 'abnormal' END AS flag, "
               f"['ROUTINE', 'STAT'][i % 2 + 1] AS priority, NULL AS comments "
               f"FROM (SELECT i, {_BASE} + to_minutes(CAST(({a} // 2) * 997 + ({a} % 2) * 129600 + {minutes} AS BIGINT))"
               f" AS ct, hash(i * 7) % {slots} AS slot FROM range({lab_rows}) t(i)) r "
               f"JOIN wheel w USING (slot) JOIN items it USING (k), LATERAL (SELECT {value} AS v) x ORDER BY i",
          hosp / "labevents.csv.gz")
    inside = int(con.execute(f"SELECT count(*) FROM range({lab_rows}) t(i) WHERE (i // {admissions}) % 2 = 0"
                             ).fetchone()[0])  # type: ignore[index]
    con.close()
    manifest = {"arguments": wanted, "lab_rows": lab_rows, "lab_rows_in_window": inside, "admissions": admissions,
                "labevents_bytes": (hosp / "labevents.csv.gz").stat().st_size,
                "rows": table_rows(admissions, lab_rows)}
    manifest_path.write_text(json.dumps(manifest, indent=1) + "\n")
    return manifest

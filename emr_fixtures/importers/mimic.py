"""MIMIC-IV `hosp` CSVs -> one consultation case per admission (`mimic-iv:<hadm_id>`).

The index time is the admission time. Results are the labevents, microbiology and `omr` vitals
charted from `before_hours` before (emergency-department draws) to `window_hours` after it, each
its own record with its time, in time order; rows join the admission by hadm_id or — when a row
has none (an ED or outpatient draw) — by subject. A group is relevant when a result inside the
window is abnormal. The primary diagnosis is `diagnoses_icd` seq_num 1 (ICD-10 codes kept as the
source's ICD-10-CM; ICD-9 codes kept as `source_code` with the specialty from ICD-9 ranges). The
summary holds demographics, admission type and location, the first service, diagnoses of earlier
admissions, and — when MIMIC-IV-Note discharge notes are given — only their chief complaint and
history of present illness, with sentences naming the diagnosis cut (a discharge note is written
after the fact).

The files are read with DuckDB (`mimic_scan`): each large table is scanned once with the window
and the admission selection pushed into the scan, and what survives streams back sorted by
admission, so memory is bounded by a chunk and one admission, not by the source.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from dxgym.emr_fixtures.coding import assign_icd10, specialty_for
from dxgym.emr_fixtures.importers.common import ImportRecordError, source_hash
from dxgym.emr_fixtures.importers.emr import Selection, finish, records, selection_from, split_for
from dxgym.emr_fixtures.importers.icd9 import dotted_icd9, dotted_icd10, specialty_for_icd9
from dxgym.emr_fixtures.importers.mimic_results import LabItems, iso, lab_drafts, micro_drafts, omr_drafts
from dxgym.emr_fixtures.importers.mimic_scan import DEFAULT_MEMORY_LIMIT, Merge, Scan, Table, find
from dxgym.emr_fixtures.importers.notes import drop_sentences_naming, pre_diagnosis_sections
from dxgym.emr_fixtures.models import CaseRecord, Demographics, Diagnosis, SourceRef
from dxgym.emr_fixtures.progress import QUIET, ImportProgress
from dxgym.emr_fixtures.timeaxis import Window, window_from

SOURCE = "mimic-iv"
DEMO_LICENCE = "ODbL v1.0 (MIMIC-IV Clinical Database Demo 2.2, Johnson et al., PhysioNet)"
FULL_LICENCE = ("PhysioNet Credentialed Health Data License 1.5.0 (MIMIC-IV, Johnson et al., PhysioNet): "
                "credentialed access only; do not share the derived cases")
DEFAULT_CHUNK = 10_000
_V = "VARCHAR"
_I = "BIGINT"
ADMISSION_COLUMNS = ("subject_id", "hadm_id", "admittime", "dischtime", "admission_type", "admission_location",
                     "insurance", "language", "marital_status")

TABLES: dict[str, Table] = {t.name: t for t in (
    Table("admissions", {"subject_id": _I, "hadm_id": _I, "admittime": "TIMESTAMP", "dischtime": "TIMESTAMP",
                         "admission_type": _V, "admission_location": _V, "insurance": _V, "language": _V,
                         "marital_status": _V},
          required=("subject_id", "hadm_id", "admittime", "dischtime")),
    Table("patients", {"subject_id": _I, "gender": _V, "anchor_age": _I, "anchor_year": _I}, required=("subject_id",)),
    Table("diagnoses_icd", {"subject_id": _I, "hadm_id": _I, "seq_num": _I, "icd_code": _V, "icd_version": _I},
          required=("hadm_id", "seq_num", "icd_code", "icd_version")),
    Table("d_icd_diagnoses", {"icd_code": _V, "icd_version": _I, "long_title": _V},
          required=("icd_code", "icd_version")),
    Table("d_labitems", {"itemid": _I, "label": _V, "fluid": _V, "category": _V}, required=("itemid",)),
    Table("labevents", {"labevent_id": _I, "subject_id": _I, "hadm_id": _I, "itemid": _I, "charttime": "TIMESTAMP",
                        "value": _V, "valuenum": "DOUBLE", "valueuom": _V, "ref_range_lower": "DOUBLE",
                        "ref_range_upper": "DOUBLE", "flag": _V, "comments": _V},
          required=("labevent_id", "subject_id", "itemid", "charttime")),
    Table("microbiologyevents", {"microevent_id": _I, "subject_id": _I, "hadm_id": _I, "chartdate": "TIMESTAMP",
                                 "charttime": "TIMESTAMP", "spec_type_desc": _V, "test_itemid": _V, "test_name": _V,
                                 "org_name": _V, "ab_itemid": _V, "ab_name": _V, "dilution_comparison": _V,
                                 "dilution_value": _V, "interpretation": _V, "comments": _V},
          required=("microevent_id", "subject_id", "chartdate"), optional=True),
    Table("omr", {"subject_id": _I, "chartdate": "DATE", "seq_num": _I, "result_name": _V, "result_value": _V},
          required=("subject_id", "chartdate", "result_name"), optional=True),
    Table("services", {"hadm_id": _I, "transfertime": "TIMESTAMP", "curr_service": _V}, optional=True),
)}
NOTES = Table("discharge", {"hadm_id": _I, "note_seq": _I, "text": _V}, required=("hadm_id",))
_SERVICES = {
    "MED": "medicine", "CMED": "cardiac medicine", "SURG": "general surgery", "OMED": "oncologic medicine",
    "CSURG": "cardiac surgery", "NSURG": "neurosurgery", "VSURG": "vascular surgery", "NMED": "neurologic medicine",
    "TRAUM": "trauma", "ORTHO": "orthopaedics", "PSYCH": "psychiatry", "TSURG": "thoracic surgery",
    "GYN": "gynaecology", "GU": "genitourinary", "ENT": "ear, nose and throat", "OBS": "obstetrics",
    "PSURG": "plastic surgery", "DENT": "dental", "NB": "newborn", "NBB": "newborn baby", "EYE": "ophthalmology",
}
# the window as an SQL expression around the admission time (hours may be fractional)
_SHIFT = "to_microseconds(CAST(round(? * 3600000000) AS BIGINT))"


@lru_cache(maxsize=65_536)
def _by_name(title: str) -> tuple[str | None, str]:
    """ICD-10-CM for an ICD-9 title by name matching (no ICD-9 -> ICD-10 map offline; the method is
    recorded). Cached: full MIMIC-IV repeats some 15,000 titles millions of times."""
    assigned = assign_icd10(title)
    return assigned.icd10, assigned.method


def _licence(folder: Path) -> str:
    """The demo is ODbL; the full MIMIC-IV is credentialed: tell them apart by the demo's own files."""
    for base in (folder, folder.parent):
        if (base / "demo_subject_id.csv").is_file():
            return DEMO_LICENCE
        lic = base / "LICENSE.txt"
        if lic.is_file() and "Open Database License" in lic.read_text(encoding="utf-8", errors="replace")[:2000]:
            return DEMO_LICENCE
    return FULL_LICENCE


def _select(scan: Scan, selection: Selection, window: Window) -> int:
    """Table `sel`: the admissions to convert (a primary diagnosis passing the filter), with their window."""
    prefixes = [p.replace(".", "").strip().upper() for p in selection.diagnosis_filter if p.strip()]
    test = " OR ".join("starts_with(upper(replace(p.icd_code, '.', '')), ?)" for _ in prefixes) or "true"
    pushed = selection.limit is not None and selection.min_exams == 0  # else the limit counts built cases
    scan.con.execute(
        "CREATE OR REPLACE TABLE sel AS "
        "WITH p AS (SELECT hadm_id, icd_code FROM diagnoses_icd "
        "           QUALIFY row_number() OVER (PARTITION BY hadm_id ORDER BY seq_num <> 1, seq_num) = 1) "
        f"SELECT a.*, a.admittime - {_SHIFT} AS win_start, a.admittime + {_SHIFT} AS win_end "
        f"FROM admissions a JOIN p USING (hadm_id) WHERE {test} ORDER BY a.hadm_id "
        + (f"LIMIT {int(selection.limit)}" if pushed else ""),  # type: ignore[arg-type]
        [window.before_hours, window.window_hours, *prefixes])
    return int(scan.con.execute("SELECT count(*) FROM sel").fetchone()[0])  # type: ignore[index]


def _scan_events(scan: Scan, table: Table, keep: str, columns: str, on: str, stats: dict[str, Any]) -> bool:
    """Table `<name>_w`: the rows of one event file inside some selected admission's window, tagged with it.

    One pass over the file: a left join on subject keeps window matches and rows with an empty
    required cell (so those are still reported by line); rows of other patients or times drop out.
    """
    path = scan.path(table)
    if path is None:
        return False
    started = time.perf_counter()
    missing = " OR ".join(f'e."{c}" IS NULL' for c in table.required)
    scan.run(f'CREATE OR REPLACE TABLE "{table.name}_w" AS SELECT s.hadm_id AS case_hadm, {columns} '
             f"FROM {{source}} AS e LEFT JOIN sel s ON e.subject_id = s.subject_id AND {on} "
             f"WHERE s.hadm_id IS NOT NULL OR {missing}", path, table)
    scan.require(f"{table.name}_w", path, table, [f"{c}" for c in keep.split(",") if c] or None)
    stats[f"{table.name}_scan_s"] = time.perf_counter() - started
    stats[f"{table.name}_kept_rows"] = int(scan.con.execute(f'SELECT count(*) FROM "{table.name}_w"').fetchone()[0])  # type: ignore[index]
    return True


def _load(scan: Scan, notes: Path | None, window: Window, selection: Selection, stats: dict[str, Any],
          progress: ImportProgress) -> dict[str, bool]:
    """Load the small tables, select the admissions, scan the event files through the window."""
    for name in ("admissions", "patients", "diagnoses_icd", "d_labitems"):
        progress.phase(f"reading {name}")
        scan.load(TABLES[name])
    progress.phase("reading d_icd_diagnoses")  # only the names of codes in use: the full dictionary is 110k rows
    scan.load(TABLES["d_icd_diagnoses"], "WHERE EXISTS (SELECT 1 FROM diagnoses_icd d WHERE d.icd_code = src.icd_code "
                                          "AND d.icd_version = src.icd_version)")
    has = {"services": scan.load(TABLES["services"])}
    stats["admissions_selected"] = _select(scan, selection, window)
    progress.phase("scanning labevents (window and admissions pushed into the scan)")
    lab_cols = ("e.labevent_id, e.itemid, e.charttime, e.value, e.valuenum, e.valueuom, e.ref_range_lower, "
                "e.ref_range_upper, e.flag, e.comments, e.subject_id")
    _scan_events(scan, TABLES["labevents"], "", lab_cols,
                 "e.charttime BETWEEN s.win_start AND s.win_end AND (e.hadm_id = s.hadm_id OR e.hadm_id IS NULL)",
                 stats)
    progress.phase("scanning microbiologyevents")
    micro_cols = ("e.microevent_id, coalesce(e.charttime, e.chartdate) AS t, e.charttime IS NULL AS dated, "
                  "e.spec_type_desc, e.test_itemid, e.test_name, e.org_name, e.ab_itemid, e.ab_name, "
                  "e.dilution_comparison, e.dilution_value, e.interpretation, e.comments, e.subject_id, e.chartdate")
    has["microbiologyevents"] = _scan_events(
        scan, TABLES["microbiologyevents"], "", micro_cols,
        "(e.hadm_id = s.hadm_id OR e.hadm_id IS NULL) AND CASE WHEN e.charttime IS NOT NULL "
        "THEN e.charttime BETWEEN s.win_start AND s.win_end "
        "ELSE e.chartdate <= s.win_end AND e.chartdate + INTERVAL 1 DAY > s.win_start END", stats)
    progress.phase("scanning omr")
    has["omr"] = _scan_events(scan, TABLES["omr"], "", "e.chartdate, e.seq_num, e.result_name, e.result_value, "
                              "e.subject_id", "e.chartdate BETWEEN CAST(s.win_start AS DATE) AND CAST(s.win_end AS DATE)",
                              stats)
    has["discharge"] = False
    if notes is not None:
        progress.phase(f"reading {notes.name}")
        scan.run("CREATE OR REPLACE TABLE discharge AS SELECT n.hadm_id, n.note_seq, n.text FROM "
                 "{source} AS n SEMI JOIN sel USING (hadm_id)", notes, NOTES)
        has["discharge"] = True
    return has


class _Builder:
    """Builds one admission's case from its rows (every stream merged in hadm_id order)."""

    def __init__(self, scan: Scan, selection: Selection, licence: str, has: dict[str, bool], chunk: int):
        self.selection, self.licence, self.has = selection, licence, has
        found = find(scan.folder, "admissions")
        self.admissions_file = found.name if found else "admissions.csv"
        self.items: LabItems = {i: (label, fluid, cat) for i, label, fluid, cat in scan.query(
            "SELECT itemid, label, fluid, category FROM d_labitems")}
        s = scan.stream
        self.diagnoses = Merge(s(
            "SELECT d.hadm_id, d.seq_num, d.icd_code, d.icd_version, n.long_title FROM diagnoses_icd d SEMI JOIN sel "
            "USING (hadm_id) LEFT JOIN d_icd_diagnoses n USING (icd_code, icd_version) ORDER BY d.hadm_id, d.seq_num",
            chunk=chunk))
        self.earlier = Merge(s(
            "SELECT s.hadm_id, d.icd_code, d.icd_version, n.long_title FROM sel s JOIN admissions a "
            "ON a.subject_id = s.subject_id AND a.dischtime <= s.admittime JOIN diagnoses_icd d ON d.hadm_id = a.hadm_id "
            "LEFT JOIN d_icd_diagnoses n USING (icd_code, icd_version) "
            "ORDER BY s.hadm_id, a.admittime DESC, a.hadm_id, d.seq_num", chunk=chunk))
        self.labs = Merge(s("SELECT case_hadm, labevent_id, itemid, charttime, value, valuenum, valueuom, "
                            "ref_range_lower, ref_range_upper, flag, comments FROM labevents_w "
                            "ORDER BY case_hadm, charttime, labevent_id", chunk=chunk))
        self.micro = Merge(s(
            "SELECT case_hadm, microevent_id, CASE WHEN dated THEN NULL ELSE t END, spec_type_desc, test_itemid, "
            "test_name, org_name, ab_itemid, ab_name, dilution_comparison, dilution_value, interpretation, comments, "
            "CAST(chartdate AS DATE) FROM microbiologyevents_w ORDER BY case_hadm, t, microevent_id", chunk=chunk)
        ) if has["microbiologyevents"] else None
        self.omr = Merge(s("SELECT case_hadm, chartdate, seq_num, result_name, result_value FROM omr_w "
                           "ORDER BY case_hadm, chartdate, seq_num, result_name", chunk=chunk)) if has["omr"] else None
        self.notes = Merge(s("SELECT hadm_id, text FROM discharge ORDER BY hadm_id, note_seq", chunk=chunk)
                           ) if has["discharge"] else None
        self.facts = s(
            f"SELECT {', '.join('s.' + c for c in ADMISSION_COLUMNS)}, p.gender, p.anchor_age, p.anchor_year, "
            + ("(SELECT arg_min(v.curr_service, v.transfertime) FROM services v WHERE v.hadm_id = s.hadm_id) "
               if has["services"] else "NULL ")
            + "FROM sel s LEFT JOIN patients p USING (subject_id) ORDER BY s.hadm_id", chunk=chunk)

    def cases(self, progress: ImportProgress) -> Iterator[CaseRecord]:
        for row in self.facts:
            case = self.case(row)
            progress.advance()
            if case is not None:
                yield case

    @staticmethod
    def diagnosis(code: str, version: int, title: str, primary: bool) -> Diagnosis:
        if version == 10:
            return Diagnosis(name=title, primary=primary, icd10=dotted_icd10(code), icd_method="source")
        icd10, method = _by_name(title)
        return Diagnosis(name=title, primary=primary, icd10=icd10, icd_method=method,  # type: ignore[arg-type]
                         source_code=dotted_icd9(code), source_system="ICD-9-CM")

    def case(self, row: tuple[Any, ...]) -> CaseRecord | None:
        adm = row[:len(ADMISSION_COLUMNS)]
        subject, hadm, admit, _disch, adm_type, location, insurance, language, marital = adm
        gender, anchor_age, anchor_year, service = row[len(ADMISSION_COLUMNS):]
        dx_rows = [(seq, code, ver, title or f"ICD-{ver} {code}") for seq, code, ver, title in self.diagnoses.take(hadm)]
        earlier = self.earlier.take(hadm)
        labs = self.labs.take(hadm)
        micro = self.micro.take(hadm) if self.micro else []
        omr = self.omr.take(hadm) if self.omr else []
        notes = [text for (text,) in self.notes.take(hadm)] if self.notes else []
        primary_row = next((r for r in dx_rows if r[0] == 1), dx_rows[0] if dx_rows else None)
        if primary_row is None:
            return None
        _, p_code, p_ver, p_title = primary_row
        diagnoses = [self.diagnosis(code, ver, title, (seq, code) == primary_row[:2]) for seq, code, ver, title in dx_rows]
        primary = next(d for d in diagnoses if d.primary)
        specialty = specialty_for(primary.icd10) if p_ver == 10 else specialty_for_icd9(p_code)
        known_before = any(c == p_code and v == p_ver or (t and t.lower() == p_title.lower()) for c, v, t in earlier)
        past = list(dict.fromkeys(t for _, _, t in earlier if t))[:25]
        index_time = iso(admit)
        assert index_time is not None  # admittime is required
        demographics = self._demographics(gender, anchor_age, anchor_year, admit.year)
        history = {"Admission": "; ".join(x for x in (f"type {adm_type.lower()}" if adm_type else "",
                                                      f"from {location.lower()}" if location else "") if x)}
        if service:
            history["Service"] = f"{_SERVICES.get(service, service.lower())} ({service})"
        chief, hpi = self._note(notes, [d.name for d in diagnoses] if not known_before else [])
        micro = [(m[0], m[1] if m[1] is not None else m[-1], *m[2:-1]) for m in micro]  # no clock time: the day
        drafts = lab_drafts(labs, self.items) + micro_drafts(micro) + omr_drafts(subject, omr)
        case_id = f"{SOURCE}:{hadm}"
        personal = "; ".join(x for x in (f"insurance: {insurance}" if insurance else "",
                                         f"language: {language.lower()}" if language and language != "?" else "") if x)
        case = CaseRecord(
            case_id=case_id, source=SOURCE,
            source_ref=SourceRef(source=SOURCE, file=self.admissions_file, id=str(hadm)),
            source_hash=source_hash([iso(v) if hasattr(v, "isoformat") else v for v in adm]),
            licence=self.licence, language="en",
            split=split_for(case_id, str(subject), self.selection.split_by),
            specialty=specialty, patient_id=str(subject), demographics=demographics, index_time=index_time,
            chief_complaint=chief, present_illness=hpi, past_history="; ".join(past), personal_history=personal,
            marital_reproductive_history=f"marital status: {marital.lower()}" if marital else "",
            history=history, examinations=records(drafts), diagnoses=tuple(diagnoses),
        )
        return finish(case, known_before=known_before)

    @staticmethod
    def _demographics(gender: str | None, anchor_age: int | None, anchor_year: int | None, year: int) -> Demographics:
        if gender is None and anchor_age is None:
            return Demographics()
        sex = {"F": "female", "M": "male"}.get(gender or "", gender)
        age = float(anchor_age + year - anchor_year) if anchor_age is not None and anchor_year is not None else None
        text = ", ".join(x for x in (f"{int(age)}-year-old" if age is not None else None, sex) if x) or None
        return Demographics(sex=sex, age=f"{int(age)} years" if age is not None else None, age_years=age, text=text)

    def _note(self, texts: list[str], names: list[str]) -> tuple[str, str]:
        chief: list[str] = []
        hpi: list[str] = []
        for text in texts:
            sections = pre_diagnosis_sections(text or "", keep=frozenset({"chief_complaint", "present_illness"}))
            chief.append(drop_sentences_naming(sections.get("chief_complaint", ""), names))
            hpi.append(drop_sentences_naming(sections.get("present_illness", ""), names))
        return " ".join(c for c in chief if c), " ".join(h for h in hpi if h)


def read(path: Path, progress: ImportProgress | None = None, **options: Any) -> Iterator[CaseRecord]:
    """Yield one case per selected admission, in hadm_id order; bad input raises `ImportRecordError`.

    Options: `before_hours` / `window_hours` (the time window around the admission, default 12 / 24),
    `notes` (MIMIC-IV-Note discharge.csv[.gz]), `chunk_size` (rows fetched from DuckDB at a time,
    default 10,000), `workdir` (DuckDB's database and spill files there instead of a temporary
    folder), `memory_limit` (DuckDB's, default 256MB), `progress` (an `ImportProgress`), `licence`
    (default: ODbL for the demo, the PhysioNet credentialed licence otherwise), `stats` (a dict the
    reader fills with rows kept and seconds per scan), and the selection options `min_exams`,
    `diagnosis_filter`, `limit`, `split_by`.
    """
    selection = selection_from(options)
    window = window_from(options)
    notes = Path(options.pop("notes")) if options.get("notes") else None
    options.pop("notes", None)
    chunk_size = int(options.pop("chunk_size", None) or DEFAULT_CHUNK)
    workdir = options.pop("workdir", None)
    memory_limit = str(options.pop("memory_limit", None) or DEFAULT_MEMORY_LIMIT)
    licence = options.pop("licence", None)
    stats: dict[str, Any] = options.pop("stats", None)
    stats = {} if stats is None else stats
    if options:
        raise TypeError(f"unknown mimic-iv import option(s): {', '.join(sorted(options))}")
    if chunk_size < 1:
        raise ValueError("chunk_size must be at least 1")
    progress = progress if isinstance(progress, ImportProgress) else QUIET
    folder = Path(path)
    if not folder.is_dir():
        raise ImportRecordError(str(path), "(path)", "PATH", "expected the MIMIC-IV folder (hosp/ or its parent)")
    if notes is not None and not notes.is_file():
        raise ImportRecordError(str(notes), "(path)", "notes", "no such file")
    scan = Scan(folder, Path(workdir) if workdir else None, memory_limit)
    try:
        has = _load(scan, notes, window, selection, stats, progress)
        builder = _Builder(scan, selection, licence or _licence(folder), has, chunk_size)
        progress.phase("building cases", total=stats["admissions_selected"])
        yield from selection.apply(builder.cases(progress))
    finally:
        scan.close()

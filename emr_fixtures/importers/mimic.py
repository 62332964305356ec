"""MIMIC-IV `hosp` CSVs -> one consultation case per admission (`mimic-iv:<hadm_id>`).

The primary diagnosis is `diagnoses_icd` seq_num 1 (ICD-10 codes kept as the source's ICD-10-CM; ICD-9
codes kept as `source_code` with the specialty from ICD-9 ranges). Results are the admission's
labevents (joined to d_labitems; rows without hadm_id join by subject and the admission window),
microbiology and `omr` vitals. The summary holds demographics, admission type and location, the
first service, diagnoses of earlier admissions, and — when MIMIC-IV-Note discharge notes are given —
only their chief complaint and history of present illness, with sentences naming the diagnosis cut
(a discharge note is written after the fact). Tables are streamed through an on-disk spill
(`mimic_spill`), so memory stays bounded whatever the source's size.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from dxgym.emr_fixtures.coding import assign_icd10, specialty_for
from dxgym.emr_fixtures.importers.common import ImportRecordError
from dxgym.emr_fixtures.importers.emr import Selection, finish, records, selection_from, split_for
from dxgym.emr_fixtures.importers.icd9 import dotted_icd9, dotted_icd10, specialty_for_icd9
from dxgym.emr_fixtures.importers.mimic_results import lab_drafts, micro_drafts, omr_drafts
from dxgym.emr_fixtures.importers.mimic_spill import Spill, Table, find, progress
from dxgym.emr_fixtures.importers.notes import drop_sentences_naming, pre_diagnosis_sections
from dxgym.emr_fixtures.models import CaseRecord, Demographics, Diagnosis, SourceRef

SOURCE = "mimic-iv"
DEMO_LICENCE = "ODbL v1.0 (MIMIC-IV Clinical Database Demo 2.2, Johnson et al., PhysioNet)"
FULL_LICENCE = ("PhysioNet Credentialed Health Data License 1.5.0 (MIMIC-IV, Johnson et al., PhysioNet): "
                "credentialed access only; do not share the derived cases")
DEFAULT_CHUNK = 100_000

TABLES: dict[str, Table] = {t.name: t for t in (
    Table("admissions", ("subject_id", "hadm_id", "admittime", "dischtime", "admission_type", "admission_location",
                         "insurance", "language", "marital_status"),
          required=("subject_id", "hadm_id", "admittime", "dischtime"), integer=("subject_id", "hadm_id"),
          indexes=(("hadm_id",), ("subject_id",))),
    Table("patients", ("subject_id", "gender", "anchor_age", "anchor_year"),
          required=("subject_id",), integer=("subject_id", "anchor_age", "anchor_year"), indexes=(("subject_id",),)),
    Table("diagnoses_icd", ("subject_id", "hadm_id", "seq_num", "icd_code", "icd_version"),
          required=("hadm_id", "seq_num", "icd_code", "icd_version"), integer=("subject_id", "hadm_id", "seq_num",
                                                                               "icd_version"),
          indexes=(("hadm_id",),)),
    Table("d_icd_diagnoses", ("icd_code", "icd_version", "long_title"), required=("icd_code", "icd_version"),
          integer=("icd_version",), indexes=(("icd_code", "icd_version"),)),
    Table("d_labitems", ("itemid", "label", "fluid", "category"), required=("itemid",), integer=("itemid",),
          indexes=(("itemid",),)),
    Table("labevents", ("labevent_id", "subject_id", "hadm_id", "itemid", "charttime", "value", "valuenum",
                        "valueuom", "ref_range_lower", "ref_range_upper", "flag", "comments"),
          required=("labevent_id", "subject_id", "itemid"), integer=("labevent_id", "subject_id", "hadm_id", "itemid"),
          number=("valuenum", "ref_range_lower", "ref_range_upper"),
          indexes=(("hadm_id",), ("subject_id", "charttime"))),
    Table("microbiologyevents", ("microevent_id", "subject_id", "hadm_id", "chartdate", "charttime", "spec_type_desc",
                                 "test_itemid", "test_name", "org_name", "ab_itemid", "ab_name", "dilution_comparison",
                                 "dilution_value", "interpretation", "comments"),
          required=("microevent_id", "subject_id"), integer=("microevent_id", "subject_id", "hadm_id"),
          indexes=(("hadm_id",), ("subject_id", "chartdate")), optional=True),
    Table("omr", ("subject_id", "chartdate", "seq_num", "result_name", "result_value"),
          required=("subject_id", "chartdate", "result_name"), integer=("subject_id",),
          indexes=(("subject_id", "chartdate"),), optional=True),
    Table("services", ("hadm_id", "transfertime", "curr_service"), integer=("hadm_id",), indexes=(("hadm_id",),),
          optional=True),
)}
NOTES = Table("discharge", ("hadm_id", "text"), integer=("hadm_id",), indexes=(("hadm_id",),))
_SERVICES = {
    "MED": "medicine", "CMED": "cardiac medicine", "SURG": "general surgery", "OMED": "oncologic medicine",
    "CSURG": "cardiac surgery", "NSURG": "neurosurgery", "VSURG": "vascular surgery", "NMED": "neurologic medicine",
    "TRAUM": "trauma", "ORTHO": "orthopaedics", "PSYCH": "psychiatry", "TSURG": "thoracic surgery",
    "GYN": "gynaecology", "GU": "genitourinary", "ENT": "ear, nose and throat", "OBS": "obstetrics",
    "PSURG": "plastic surgery", "DENT": "dental", "NB": "newborn", "NBB": "newborn baby", "EYE": "ophthalmology",
}


def _licence(folder: Path) -> str:
    """The demo is ODbL; the full MIMIC-IV is credentialed: tell them apart by the demo's own files."""
    for base in (folder, folder.parent):
        if (base / "demo_subject_id.csv").is_file():
            return DEMO_LICENCE
        lic = base / "LICENSE.txt"
        if lic.is_file() and "Open Database License" in lic.read_text(encoding="utf-8", errors="replace")[:2000]:
            return DEMO_LICENCE
    return FULL_LICENCE


def _spill_tables(spill: Spill, folder: Path, notes: Path | None, chunk_size: int, show: bool) -> None:
    with progress(show) as bar:
        for name, table in TABLES.items():
            if name == "d_icd_diagnoses":
                continue
            source = find(folder, name)
            if source is None:
                if table.optional:
                    continue
                raise ImportRecordError(f"{name}.csv(.gz)", "(file)", "(file)", f"missing from {folder}")
            spill.load(source, table, chunk_size, bar)
        # only the names of codes that are used: the full dictionary is 110k rows
        used = {(str(c), str(v)) for c, v in spill.query("SELECT DISTINCT icd_code, icd_version FROM diagnoses_icd")}
        source = find(folder, "d_icd_diagnoses")
        if source is None:
            raise ImportRecordError("d_icd_diagnoses.csv(.gz)", "(file)", "(file)", f"missing from {folder}")
        spill.load(source, TABLES["d_icd_diagnoses"], chunk_size, bar,
                   keep=lambda r: (r["icd_code"], r["icd_version"]) in used, signature_extra=str(len(used)))
        if notes is not None:
            spill.load(notes, NOTES, chunk_size, bar)


class _Builder:
    """Builds one admission's case from the spill by indexed queries."""

    def __init__(self, spill: Spill, folder: Path, selection: Selection, licence: str, notes: bool):
        self.s, self.folder, self.selection, self.licence = spill, folder, selection, licence
        self.has = {name: spill.has(name) and find(folder, name) is not None for name in TABLES}
        self.has[NOTES.name] = notes and spill.has(NOTES.name)
        found = find(folder, "admissions")
        self.admissions_file = found.name if found else "admissions.csv"

    def diagnoses(self, hadm: int) -> list[tuple[int, str, int, str]]:
        return [(seq, code, ver, title or f"ICD-{ver} {code}") for seq, code, ver, title in self.s.query(
            "SELECT d.seq_num, d.icd_code, d.icd_version, n.long_title FROM diagnoses_icd d LEFT JOIN d_icd_diagnoses n "
            "ON n.icd_code = d.icd_code AND n.icd_version = d.icd_version WHERE d.hadm_id = ? ORDER BY d.seq_num",
            (hadm,))]

    @staticmethod
    def diagnosis(code: str, version: int, title: str, primary: bool) -> Diagnosis:
        if version == 10:
            return Diagnosis(name=title, primary=primary, icd10=dotted_icd10(code), icd_method="source")
        assigned = assign_icd10(title)  # no ICD-9 -> ICD-10 map offline: name matching, method recorded
        return Diagnosis(name=title, primary=primary, icd10=assigned.icd10, icd_method=assigned.method,
                         source_code=dotted_icd9(code), source_system="ICD-9-CM")

    def case(self, adm: tuple[Any, ...]) -> CaseRecord | None:
        subject, hadm, admit, disch, adm_type, location, insurance, language, marital = adm
        dx_rows = self.diagnoses(hadm)
        primary_row = next((r for r in dx_rows if r[0] == 1), dx_rows[0] if dx_rows else None)
        if primary_row is None:
            return None
        _, p_code, p_ver, p_title = primary_row
        if not self.selection.wants_code(dotted_icd10(p_code) if p_ver == 10 else None,
                                         dotted_icd9(p_code) if p_ver == 9 else None):
            return None
        diagnoses = [self.diagnosis(code, ver, title, (seq, code) == primary_row[:2]) for seq, code, ver, title in dx_rows]
        primary = next(d for d in diagnoses if d.primary)
        specialty = specialty_for(primary.icd10) if p_ver == 10 else specialty_for_icd9(p_code)

        earlier = self.s.query(
            "SELECT d.icd_code, d.icd_version, n.long_title FROM admissions a JOIN diagnoses_icd d ON d.hadm_id = a.hadm_id "
            "LEFT JOIN d_icd_diagnoses n ON n.icd_code = d.icd_code AND n.icd_version = d.icd_version "
            "WHERE a.subject_id = ? AND a.dischtime <= ? ORDER BY a.admittime DESC, d.seq_num", (subject, admit))
        known_before = any(c == p_code and v == p_ver or (t and t.lower() == p_title.lower()) for c, v, t in earlier)
        past = list(dict.fromkeys(t for _, _, t in earlier if t))[:25]

        pat = self.s.query("SELECT gender, anchor_age, anchor_year FROM patients WHERE subject_id = ?", (subject,))
        demographics = self._demographics(pat[0] if pat else None, admit)
        history = {"Admission": "; ".join(x for x in (f"type {adm_type.lower()}" if adm_type else "",
                                                      f"from {location.lower()}" if location else "") if x)}
        if self.has["services"]:
            svc = self.s.query("SELECT curr_service FROM services WHERE hadm_id = ? ORDER BY transfertime LIMIT 1", (hadm,))
            if svc and svc[0][0]:
                history["Service"] = f"{_SERVICES.get(svc[0][0], svc[0][0].lower())} ({svc[0][0]})"
        chief, hpi = self._note(hadm, [d.name for d in diagnoses] if not known_before else [])

        drafts = lab_drafts(self.s, subject, hadm, admit, disch)
        if self.has["microbiologyevents"]:
            drafts += micro_drafts(self.s, subject, hadm, admit, disch)
        if self.has["omr"]:
            drafts += omr_drafts(self.s, subject, admit, disch)
        case_id = f"{SOURCE}:{hadm}"
        personal = "; ".join(x for x in (f"insurance: {insurance}" if insurance else "",
                                         f"language: {language.lower()}" if language and language != "?" else "") if x)
        case = CaseRecord(
            case_id=case_id, source=SOURCE,
            source_ref=SourceRef(source=SOURCE, file=self.admissions_file, id=str(hadm)),
            licence=self.licence, language="en",
            split=split_for(case_id, str(subject), self.selection.split_by),
            specialty=specialty, patient_id=str(subject), demographics=demographics, admission_time=admit,
            chief_complaint=chief, present_illness=hpi, past_history="; ".join(past), personal_history=personal,
            marital_reproductive_history=f"marital status: {marital.lower()}" if marital else "",
            history=history, examinations=records(drafts), diagnoses=tuple(diagnoses),
        )
        return finish(case, known_before=known_before)

    @staticmethod
    def _demographics(pat: tuple[Any, ...] | None, admit: str) -> Demographics:
        if pat is None:
            return Demographics()
        gender, anchor_age, anchor_year = pat
        sex = {"F": "female", "M": "male"}.get(gender or "", gender)
        age = None
        if anchor_age is not None and anchor_year is not None:
            age = float(anchor_age + int(admit[:4]) - anchor_year)
        text = ", ".join(x for x in (f"{int(age)}-year-old" if age is not None else None, sex) if x) or None
        return Demographics(sex=sex, age=f"{int(age)} years" if age is not None else None, age_years=age, text=text)

    def _note(self, hadm: int, names: list[str]) -> tuple[str, str]:
        if not self.has["discharge"]:
            return "", ""
        chief: list[str] = []
        hpi: list[str] = []
        for (text,) in self.s.query("SELECT text FROM discharge WHERE hadm_id = ? ORDER BY rowid", (hadm,)):
            sections = pre_diagnosis_sections(text or "", keep=frozenset({"chief_complaint", "present_illness"}))
            chief.append(drop_sentences_naming(sections.get("chief_complaint", ""), names))
            hpi.append(drop_sentences_naming(sections.get("present_illness", ""), names))
        return " ".join(c for c in chief if c), " ".join(h for h in hpi if h)


def read(path: Path, **options: Any) -> Iterator[CaseRecord]:
    """Yield one case per admission, in hadm_id order; bad input raises `ImportRecordError`.

    Options: `notes` (MIMIC-IV-Note discharge.csv[.gz]), `chunk_size` (rows per streamed chunk,
    default 100,000), `workdir` (keep the on-disk spill there and reuse it on the next run),
    `progress` (a rich progress bar; default when stderr is a terminal), `licence` (default: ODbL
    for the demo, the PhysioNet credentialed licence otherwise), and the selection options
    `min_exams`, `diagnosis_filter`, `limit`, `split_by`.
    """
    selection = selection_from(options)
    notes = Path(options.pop("notes")) if options.get("notes") else None
    options.pop("notes", None)
    chunk_size = int(options.pop("chunk_size", None) or DEFAULT_CHUNK)
    workdir = options.pop("workdir", None)
    show = options.pop("progress", None)
    licence = options.pop("licence", None)
    if options:
        raise TypeError(f"unknown mimic-iv import option(s): {', '.join(sorted(options))}")
    if chunk_size < 1:
        raise ValueError("chunk_size must be at least 1")
    folder = Path(path)
    if not folder.is_dir():
        raise ImportRecordError(str(path), "(path)", "PATH", "expected the MIMIC-IV folder (hosp/ or its parent)")
    if notes is not None and not notes.is_file():
        raise ImportRecordError(str(notes), "(path)", "notes", "no such file")
    tmp = None if workdir else tempfile.mkdtemp(prefix="dxgym-mimic-")
    spill_dir = Path(workdir) if workdir else Path(tmp)  # type: ignore[arg-type]
    spill_dir.mkdir(parents=True, exist_ok=True)
    spill = Spill(spill_dir / "mimic-spill.sqlite")
    try:
        _spill_tables(spill, folder, notes, chunk_size, sys.stderr.isatty() if show is None else bool(show))
        builder = _Builder(spill, folder, selection, licence or _licence(folder), notes is not None)
        admissions = spill.db.execute(  # a cursor: full MIMIC-IV has 430k admissions
            "SELECT subject_id, hadm_id, admittime, dischtime, admission_type, admission_location, insurance, "
            "language, marital_status FROM admissions ORDER BY hadm_id")
        cases = (c for adm in admissions if (c := builder.case(adm)) is not None)
        yield from selection.apply(cases)
    finally:
        spill.close()
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)

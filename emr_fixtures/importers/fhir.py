"""FHIR R4 (transaction bundles, bulk-export ndjson) -> consultation cases, one per diagnostic encounter.

A case is an Encounter that diagnoses something: a Condition recorded in it, or a reason for it.
The diagnosis keeps its SNOMED CT code; ICD-10-CM comes from the source when it codes one, else by
name matching (method recorded). The summary holds only what was known before the encounter —
demographics, earlier conditions and medications, the encounter's class and type, a reason that is
not the diagnosis itself, and the pre-diagnosis sections of the encounter's notes. Results come
from its Observations, grouped by DiagnosticReport: those charted from `before_hours` before to
`window_hours` after the encounter's start (its `index_time`), each with its time, in time order;
an Observation with no time cannot be placed on the time axis and is left out.
"""

from __future__ import annotations

import base64
import binascii
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from dxgym.emr_fixtures.coding import assign_icd10, specialty_for
from dxgym.emr_fixtures.importers.common import ImportRecordError, source_hash
from dxgym.emr_fixtures.importers.emr import (
    Selection,
    finish,
    is_social_or_situation,
    records,
    selection_from,
    split_for,
    strip_tag,
)
from dxgym.emr_fixtures.importers.fhir_load import Resource, ResourceSet, units
from dxgym.emr_fixtures.importers.fhir_obs import coding, concept_name, observation_drafts, report_groups
from dxgym.emr_fixtures.importers.notes import pre_diagnosis_sections
from dxgym.emr_fixtures.models import CaseRecord, Demographics, Diagnosis, SourceRef
from dxgym.emr_fixtures.progress import QUIET, ImportProgress
from dxgym.emr_fixtures.timeaxis import Window, window_from

SOURCE = "fhir"
SYNTHEA_LICENCE = ("Synthea synthetic data (Synthea software Apache-2.0, MITRE; SyntheticMass data usable "
                   "without restriction; Walonoski et al., JAMIA 2018)")
DEFAULT_LICENCE = "unspecified: the source's own terms apply (imported by the user)"
SNOMED_URL, ICD10CM_URL = "http://snomed.info/sct", "http://hl7.org/fhir/sid/icd-10-cm"
_CLASSES = {"AMB": "ambulatory", "EMER": "emergency", "IMP": "inpatient", "ACUTE": "inpatient acute",
            "HH": "home health", "VR": "virtual", "OBSENC": "observation", "SS": "short stay", "FLD": "field"}


def when(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)  # dates alone: UTC, so every machine agrees


def _day(value: datetime | None) -> str:
    return value.date().isoformat() if value else "date unknown"


@dataclass
class _Condition:
    resource: Resource
    name: str  # without semantic tag
    display: str  # as the source writes it
    snomed: str | None
    icd10: str | None
    onset: datetime | None
    abated: datetime | None
    encounter: str | None

    @property
    def social(self) -> bool:
        """Not a diagnosis: a '(finding)' (employment, stress) or '(situation)' ('history of …')."""
        return is_social_or_situation(self.display)

    @property
    def finding(self) -> bool:
        """Personal history rather than past history ('(situation)' such as 'history of MI' is past)."""
        return self.display.rstrip().endswith("(finding)")


def _condition(r: Resource, resources: ResourceSet) -> _Condition:
    display = concept_name(r.get("code"))
    if not display:
        file, where = resources.where(r)
        raise ImportRecordError(file, where, "Condition.code", "missing: a condition needs a name")
    onset = when(r.get("onsetDateTime")) or when(r.get("recordedDate")) or when((r.get("onsetPeriod") or {}).get("start"))
    return _Condition(r, strip_tag(display), display, coding(r.get("code"), SNOMED_URL),
                      coding(r.get("code"), ICD10CM_URL), onset, when(r.get("abatementDateTime")),
                      resources.key_of(r.get("encounter")))


def _patient_key(r: Resource, resources: ResourceSet) -> str | None:
    return resources.key_of(r.get("subject") or r.get("patient"))


class _Patient:
    """One patient's resources, indexed for case building."""

    def __init__(self, patient: Resource, resources: ResourceSet, members: list[Resource]):
        self.patient, self.resources = patient, resources
        by_type: dict[str, list[Resource]] = defaultdict(list)
        for r in members:
            by_type[r["resourceType"]].append(r)
        self.encounters = sorted(by_type["Encounter"], key=lambda e: (str((e.get("period") or {}).get("start")), e["id"]))
        self.conditions = [_condition(c, resources) for c in by_type["Condition"]]
        self.medications = sorted(
            ((when(m.get("authoredOn")), concept_name(m.get("medicationCodeableConcept"))
              or concept_name(resources.resolve(m.get("medicationReference")) or {})) for m in by_type["MedicationRequest"]),
            key=lambda t: (t[0] is None, t[0].timestamp() if t[0] else 0.0),
        )
        self.obs_by_encounter: dict[str, list[Resource]] = defaultdict(list)
        for o in by_type["Observation"]:
            if key := resources.key_of(o.get("encounter")):
                self.obs_by_encounter[key].append(o)
        self.reports: dict[str, list[Resource]] = defaultdict(list)
        for d in by_type["DiagnosticReport"]:
            if key := resources.key_of(d.get("encounter")):
                self.reports[key].append(d)
        self.notes: dict[str, list[Resource]] = defaultdict(list)
        for d in by_type["DocumentReference"]:
            for ref in (d.get("context") or {}).get("encounter") or []:
                if key := resources.key_of(ref):
                    self.notes[key].append(d)

    def demographics(self, at: datetime | None) -> Demographics:
        sex = self.patient.get("gender")
        born = self.patient.get("birthDate")
        age_years = None
        if born and at:
            try:
                b = date.fromisoformat(born[:10])
            except ValueError:
                b = None
            if b:
                d = at.date()
                age_years = float(d.year - b.year - ((d.month, d.day) < (b.month, b.day)))
        age = f"{int(age_years)} years" if age_years is not None else None
        text = ", ".join(x for x in (f"{int(age_years)}-year-old" if age_years is not None else None, sex) if x) or None
        return Demographics(sex=sex, age=age, age_years=age_years, text=text)


def _note_sections(docs: list[Resource], resources: ResourceSet) -> dict[str, str]:
    """Pre-diagnosis sections of an encounter's plain-text notes (base64 attachments)."""
    merged: dict[str, str] = {}
    for doc in docs:
        for i, content in enumerate(doc.get("content") or []):
            att = content.get("attachment") or {}
            if not att.get("data") or not str(att.get("contentType", "text/plain")).startswith("text/"):
                continue
            try:
                text = base64.b64decode(att["data"], validate=True).decode("utf-8")
            except (binascii.Error, UnicodeDecodeError) as exc:
                file, where = resources.where(doc)
                raise ImportRecordError(file, where, f"DocumentReference.content.{i}.attachment.data",
                                        f"not base64 UTF-8 text ({exc})") from None
            # the note's medication list includes what this visit prescribed: structured orders say more safely
            for key, section in pre_diagnosis_sections(text).items():
                if key != "medications":
                    merged[key] = f"{merged[key]} {section}" if key in merged else section
    return merged


def _reasons(enc: Resource, resources: ResourceSet) -> list[tuple[str, str | None]]:
    """(name, SNOMED code) of the encounter's reasons, coded or referenced."""
    out = [(concept_name(c), coding(c, SNOMED_URL)) for c in enc.get("reasonCode") or []]
    for ref in enc.get("reasonReference") or []:
        target = resources.resolve(ref)
        if target and target.get("resourceType") == "Condition":
            out.append((concept_name(target.get("code")), coding(target.get("code"), SNOMED_URL)))
    return [(n, c) for n, c in out if n]


def _diagnosis(name: str, display: str, snomed: str | None, icd10: str | None, primary: bool) -> Diagnosis:
    if icd10:
        code, method = icd10, "source"
    else:
        assigned = assign_icd10(name)
        if assigned.icd10 is None and display != name:
            assigned = assign_icd10(display)
        code, method = assigned.icd10, assigned.method
    return Diagnosis(name=name, primary=primary, icd10=code, icd_method=method,
                     source_code=snomed, source_system="SNOMED-CT" if snomed else None)


def _same(a_name: str, a_code: str | None, b_name: str, b_code: str | None) -> bool:
    if a_code and b_code:
        return a_code == b_code
    return strip_tag(a_name).lower() == strip_tag(b_name).lower()


def _is_synthea(patient: Resource) -> bool:
    text = str((patient.get("text") or {}).get("div", ""))
    systems = [str(i.get("system", "")) for i in patient.get("identifier") or []]
    return "Synthea" in text or any("synthetichealth" in s for s in systems)


@dataclass(frozen=True)
class Style:
    """How a source names its cases: FHIR itself, or a source converted to FHIR shapes (Synthea CSV)."""

    source: str = SOURCE
    case_prefix: str = f"{SOURCE}:Encounter/"
    ref_prefix: str = "Encounter/"
    obs_key_prefix: str = "Observation/"


def _case(p: _Patient, enc: Resource, *, licence: str | None, split_by: str, style: Style,
          window: Window) -> CaseRecord | None:
    res = p.resources
    enc_key = f"Encounter/{enc['id']}"
    start = when((enc.get("period") or {}).get("start"))
    own = [c for c in p.conditions if c.encounter == enc_key and not c.social]
    reasons = [(n, c) for n, c in _reasons(enc, res) if not is_social_or_situation(n)]
    primary = next((c for c in own for n, code in reasons if _same(c.display, c.snomed, n, code)), own[0] if own else None)
    if primary is not None:
        dx_name, dx_display, dx_snomed, dx_icd = primary.name, primary.display, primary.snomed, primary.icd10
    elif reasons:
        dx_display, dx_snomed = reasons[0]
        dx_name, dx_icd = strip_tag(dx_display), None
    else:
        return None
    diagnoses = [_diagnosis(dx_name, dx_display, dx_snomed, dx_icd, True)]
    diagnoses += [_diagnosis(c.name, c.display, c.snomed, c.icd10, False) for c in own if c is not primary]

    before = [c for c in p.conditions if c.encounter != enc_key and c.onset is not None and start is not None
              and c.onset < start]
    known_before = any(_same(c.display, c.snomed, dx_display, dx_snomed) for c in before)
    past = [f"{c.name} ({_day(c.onset)}" + (f" to {_day(c.abated)})" if c.abated and c.abated <= start else ", ongoing)")
            for c in before if not c.finding]
    social = [c.name for c in before if c.finding and (c.abated is None or c.abated > start)]
    meds = list(dict.fromkeys(m for t, m in reversed(p.medications) if m and t is not None and start and t < start))
    history: dict[str, str] = {}
    cls = (enc.get("class") or {}).get("code", "")
    types = "; ".join(strip_tag(concept_name(t)) for t in enc.get("type") or [] if concept_name(t))
    history["Encounter"] = f"{_CLASSES.get(cls, cls or 'encounter')} visit" + (f": {types}" if types else "")
    if meds:
        history["Medications before this visit"] = "; ".join(meds[:15])
    notes = _note_sections(p.notes.get(enc_key, []), res)
    if "allergies" in notes:
        history["Allergies"] = notes["allergies"]
    other_reasons = [strip_tag(n) for n, c in reasons if not any(_same(n, c, d.name, d.source_code) for d in diagnoses)
                     and not _same(n, c, dx_display, dx_snomed)]

    groups = report_groups(res, p.reports.get(enc_key, []))
    index_time = start.isoformat() if start else None
    drafts = [d for o in p.obs_by_encounter.get(enc_key, []) for d in observation_drafts(
        o, groups.get(f"Observation/{o['id']}"), key=f"{style.obs_key_prefix}{o['id']}")
        if window.contains(d.time, index_time)]
    patient_id = p.patient["id"]
    case_id = f"{style.case_prefix}{enc['id']}"
    file, _ = res.where(enc)
    primary_dx = diagnoses[0]
    case = CaseRecord(
        case_id=case_id,
        source=style.source,
        source_ref=SourceRef(source=style.source, file=file, id=f"{style.ref_prefix}{enc['id']}"),
        source_hash=source_hash(enc),
        licence=licence or (SYNTHEA_LICENCE if _is_synthea(p.patient) else DEFAULT_LICENCE),
        language="en",
        split=split_for(case_id, patient_id, split_by),  # type: ignore[arg-type]
        specialty=specialty_for(primary_dx.icd10),
        patient_id=patient_id,
        demographics=p.demographics(start),
        index_time=index_time,
        chief_complaint=notes.get("chief_complaint") or "; ".join(other_reasons),
        present_illness=notes.get("present_illness", ""),
        past_history="; ".join(past) or notes.get("past_history", ""),
        personal_history="; ".join(x for x in ("; ".join(social), notes.get("personal_history", "")) if x),
        family_history=notes.get("family_history", ""),
        history=history,
        examinations=records(drafts),
        diagnoses=tuple(diagnoses),
    )
    return finish(case, known_before=known_before)


def cases_from(resources: ResourceSet, *, licence: str | None, selection: Selection,
               style: Style = Style(), window: Window = Window()) -> Iterator[CaseRecord]:
    """Cases of every patient in one resource set (a bundle, an export, a converted CSV export)."""
    members: dict[str, list[Resource]] = defaultdict(list)
    for r in resources.by_key.values():
        if r["resourceType"] != "Patient" and (pk := _patient_key(r, resources)):
            members[pk].append(r)
    for patient in resources.of_type("Patient"):
        p = _Patient(patient, resources, members.get(f"Patient/{patient['id']}", []))
        for enc in p.encounters:
            if not (enc.get("period") or {}).get("start"):
                file, where = resources.where(enc)
                raise ImportRecordError(file, where, "Encounter.period.start", "missing: a case needs its time")
            try:
                case = _case(p, enc, licence=licence, split_by=selection.split_by, style=style, window=window)
            except ValidationError as exc:
                err = exc.errors()[0]
                file, where = resources.where(enc)
                raise ImportRecordError(file, where, ".".join(map(str, err["loc"])) or "(case)", err["msg"]) from None
            if case is not None and selection.wants_code(case.primary_diagnosis.icd10, None):
                yield case


def read(path: Path, progress: ImportProgress | None = None, **options: Any) -> Iterator[CaseRecord]:
    """Yield one validated case per diagnostic encounter; bad input raises `ImportRecordError`.

    `path`: a bundle, an ndjson file, or a folder of bundles and / or a bulk export's ndjson files.
    Options: `before_hours` / `window_hours` (the time window around each encounter's start, default
    12 / 24), `licence` (default: Synthea's terms for Synthea data, else "unspecified"), `progress`
    (an `ImportProgress`), and the selection options `min_exams`, `diagnosis_filter`, `limit`,
    `split_by` ("patient" | "case").
    """
    selection = selection_from(options)
    window = window_from(options)
    licence = options.pop("licence", None)
    if options:
        raise TypeError(f"unknown fhir import option(s): {', '.join(sorted(options))}")
    cases = (c for _, resources in units(Path(path), progress or QUIET)
             for c in cases_from(resources, licence=licence, selection=selection, window=window))
    yield from selection.apply(cases)


def explain_empty(path: Path) -> str:
    """Why a FHIR input gave no case, for the import's error (an import that finds nothing says why)."""
    patients = encounters = 0
    for _, resources in units(Path(path)):
        patients += len(resources.of_type("Patient"))
        encounters += len(resources.of_type("Encounter"))
    if not patients:
        return "the bundle has no Patient"
    if not encounters:
        return "the bundle has no Encounter (a case is a diagnostic encounter)"
    return "no Encounter records a diagnosis (a Condition in it, or a reason for it)"

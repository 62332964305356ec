"""What the EMR importers (FHIR, MIMIC-IV, Synthea CSV) share: result drafts, relevance, the
diagnosis-leak guard and the selection options.

EMR sources list no work-up, so a group is relevant when at least one of its results is abnormal
(DESIGN) — among the results inside the time window, the only ones a case keeps. A summary must never name the case's own diagnosis unless the diagnosis already stands in
the patient's history, in which case the case is a follow-up; `finish` enforces that on every case.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any, Literal

from dxgym.emr_fixtures.importers.notes import mentions
from dxgym.emr_fixtures.models import CaseRecord, Category
from dxgym.emr_fixtures.reference_ranges import flag_for, is_abnormal, reference_range
from dxgym.emr_fixtures.splits import assign_split
from dxgym.emr_fixtures.timeaxis import parse_time

SplitBy = Literal["patient", "case"]
_NEVER = datetime.max.replace(tzinfo=UTC)
_TAG = re.compile(r"\s*\((disorder|finding|situation|morphologic abnormality|procedure|event|person|"
                  r"observable entity|qualifier value|record artifact)\)\s*$", re.I)


def strip_tag(name: str) -> str:
    """'Anemia (disorder)' -> 'Anemia': SNOMED CT's semantic tag is not part of a clinician's name."""
    return _TAG.sub("", name).strip()


def is_social_or_situation(name: str) -> bool:
    """SNOMED '(finding)' / '(situation)' conditions (employment, stress, 'history of …') are not diagnoses."""
    return bool(re.search(r"\((finding|situation)\)\s*$", name, re.I))


@lru_cache(maxsize=1 << 16)
def fmt_number(value: float) -> str:
    """Readable number: 142.8668 -> '142.87', 7.0 -> '7'. (Memoised: lab values and ranges repeat.)"""
    digits = 1 if abs(value) >= 100 else 2 if abs(value) >= 1 else 3
    text = f"{round(value, digits):.{digits}f}".rstrip("0").rstrip(".")
    return "0" if text in {"-0", ""} else text


ValueFields = dict[str, Any]  # an `ExamValue`'s fields: validated once, with the whole case


@dataclass
class ExamDraft:
    """An examination record before its group's relevance is known.

    Why plain fields and a dict for the value: a MIMIC-IV import makes millions of these, and the
    case built from them validates every record once, in pydantic's core, instead of twice in Python.
    """

    name: str
    group: str
    category: Category
    result: str
    source_key: str
    code: str | None = None
    code_system: str | None = None
    value: ValueFields | None = None
    time: str | None = None  # when it was charted (ISO 8601)

    @property
    def abnormal(self) -> bool:
        return self.value is not None and is_abnormal(self.value.get("flag"))


def value_fields(analyte: str | None = None, value: float | str | None = None, unit: str | None = None,
                 reference_range: str | None = None, flag: str | None = None) -> ValueFields:
    """An `ExamValue` as the dict a draft carries."""
    return {"analyte": analyte, "value": value, "unit": unit, "reference_range": reference_range, "flag": flag}


def numeric_draft(
    *, name: str, group: str, category: Category, source_key: str, value: float, unit: str | None,
    code: str | None, code_system: str | None, low: float | None = None, high: float | None = None,
    range_text: str | None = None, flag: str | None = None, time: str | None = None,
) -> ExamDraft:
    """A numeric result with its range and flag — the source's where it states them, else the project's."""
    number = float(fmt_number(value))
    if range_text is None and (low is not None or high is not None):
        range_text = f"{fmt_number(low) if low is not None else ''}-{fmt_number(high) if high is not None else ''}"
        range_text = f"{range_text} {unit}".strip() if unit else range_text
    if flag is None and range_text is None and code_system == "LOINC":
        project = reference_range(code, unit)
        if project is not None:
            range_text = f"{project.text()} (dxgym adult reference)"
            flag = flag_for(number, project)
    elif flag is None and (low is not None or high is not None):
        flag = "L" if low is not None and number < low else "H" if high is not None and number > high else "normal"
    result = f"{fmt_number(value)} {unit}".strip() if unit else fmt_number(value)
    if flag and flag != "normal":
        result += f" ({flag})"
    return ExamDraft(
        name=name, group=group, category=category, result=result, source_key=source_key, code=code,
        code_system=code_system,
        value={"analyte": name, "value": number, "unit": unit, "reference_range": range_text, "flag": flag},
        time=time,
    )


def _time_key(draft: ExamDraft) -> tuple[bool, datetime]:
    return (draft.time is None, parse_time(draft.time)[0] if draft.time else _NEVER)


def ordered(drafts: Iterable[ExamDraft]) -> list[ExamDraft]:
    """Time order, then the casefile's order: physical examination first, each group's results together
    (groups in the order of their first result), so a test's repeats read as one series."""
    by_time = sorted(drafts, key=_time_key)
    first: dict[str, int] = {}
    for i, d in enumerate(by_time):
        first.setdefault(d.group, i)
    return [d for _, d in sorted(enumerate(by_time), key=lambda p: (
        p[1].category != "physical_examination", first[p[1].group], p[0]))]


def records(drafts: Iterable[ExamDraft]) -> list[dict[str, Any]]:
    """The records' fields in `ordered` order, for `CaseRecord` to validate; a group is relevant when any
    of its results is abnormal."""
    drafts = ordered(drafts)
    abnormal_groups = {d.group for d in drafts if d.abnormal}
    return [
        {"name": d.name, "group": d.group, "category": d.category, "relevant": d.group in abnormal_groups,
         "code": d.code, "code_system": d.code_system, "result": d.result, "value": d.value,
         "source_key": d.source_key, "time": d.time}
        for d in drafts
    ]


SUMMARY_FIELDS = ("chief_complaint", "present_illness", "past_history", "personal_history",
                  "marital_reproductive_history", "family_history")


def summary_texts(case: CaseRecord) -> list[str]:
    """Every text that reaches the initial consultation summary."""
    texts = [getattr(case, f) for f in SUMMARY_FIELDS]
    texts.extend(case.history.values())
    if case.demographics.text:
        texts.append(case.demographics.text)
    return [t for t in texts if t]


def names_own_diagnosis(case: CaseRecord) -> bool:
    """Whether the summary names the case's primary diagnosis (its name, or the name without tag)."""
    name = case.primary_diagnosis.name
    return any(mentions(t, name) for t in summary_texts(case))


def finish(case: CaseRecord, *, known_before: bool) -> CaseRecord:
    """Mark `follow_up` when the diagnosis stands in the history (structured or in the summary's text).

    A summary is built only from what was recorded before the encounter, so a summary naming the
    diagnosis means the patient already carried it.
    """
    follow_up = known_before or names_own_diagnosis(case)
    return case if follow_up == case.follow_up else case.model_copy(update={"follow_up": follow_up})


def split_for(case_id: str, patient_id: str | None, split_by: SplitBy):
    """Split from the patient (default for EMR sources: no patient in two splits) or from the case."""
    return assign_split(patient_id if split_by == "patient" and patient_id else case_id)


@dataclass(frozen=True)
class Selection:
    """`--min-exams`, `--diagnosis-filter`, `--limit` and `--split-by`, shared by every EMR importer."""

    min_exams: int = 0
    diagnosis_filter: tuple[str, ...] = ()
    limit: int | None = None
    split_by: SplitBy = "patient"
    _prefixes: tuple[str, ...] = field(init=False, default=())

    def __post_init__(self) -> None:
        if self.split_by not in ("patient", "case"):
            raise ValueError(f"split_by must be 'patient' or 'case', not {self.split_by!r}")
        if self.min_exams < 0 or (self.limit is not None and self.limit < 0):
            raise ValueError("min_exams and limit must not be negative")
        object.__setattr__(self, "_prefixes", tuple(_code_key(p) for p in self.diagnosis_filter if p.strip()))

    def wants_code(self, icd10: str | None, source_code: str | None = None) -> bool:
        """Whether a primary diagnosis passes the ICD prefix filter (ICD-10-CM, or the source's ICD-9 code)."""
        if not self._prefixes:
            return True
        codes = [_code_key(c) for c in (icd10, source_code) if c]
        return any(c.startswith(p) for c in codes for p in self._prefixes)

    def apply(self, cases: Iterable[CaseRecord]) -> Iterator[CaseRecord]:
        taken = 0
        for case in cases:
            if self.limit is not None and taken >= self.limit:
                return
            dx = case.primary_diagnosis
            if len(case.examinations) < self.min_exams or not self.wants_code(dx.icd10, dx.source_code):
                continue
            taken += 1
            yield case


def _code_key(code: str) -> str:
    return code.replace(".", "").strip().upper()


def selection_from(options: dict[str, object]) -> Selection:
    """Pop the selection options out of an importer's keyword options."""
    dx = options.pop("diagnosis_filter", None) or ()
    if isinstance(dx, str):
        dx = tuple(p for p in re.split(r"[,\s]+", dx) if p)
    return Selection(
        min_exams=int(options.pop("min_exams", 0) or 0),  # type: ignore[call-overload]
        diagnosis_filter=tuple(dx),  # type: ignore[arg-type]
        limit=options.pop("limit", None),  # type: ignore[arg-type]
        split_by=options.pop("split_by", None) or "patient",  # type: ignore[arg-type]
    )

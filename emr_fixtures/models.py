"""The validated boundary of the EMR: frozen pydantic case models.

Nothing reaches the database without passing these models, and every shell (environment,
training, evaluation, CLI) receives a `CaseRecord` — a detached, picklable, immutable view —
never an ORM row. The project's own JSONL format is one `CaseRecord.model_dump_json()` per line,
so export → import is lossless by construction.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from dxgym.emr_fixtures.timeaxis import ISO_TIME_PATTERN, check_time

Language = Literal["en", "zh"]
Split = Literal["train", "val", "test"]
Category = Literal["physical_examination", "laboratory", "imaging", "pathology", "other"]
IcdMethod = Literal["source", "name_match", "project", "none"]
SPLITS: tuple[Split, ...] = ("train", "val", "test")
CATEGORIES: tuple[Category, ...] = ("physical_examination", "laboratory", "imaging", "pathology", "other")

SCHEMA_VERSION = 2  # 2: `admission_time` became `index_time`; records keep their `time`; `source_hash`


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=False)


class SourceRef(_Frozen):
    """Where a case came from: `row` (0-based) for row-based sources, `id` for the others."""

    source: str = Field(min_length=1)
    file: str = Field(min_length=1)
    row: int | None = Field(default=None, ge=0)
    id: str | None = None

    @model_validator(mode="after")
    def _row_xor_id(self) -> SourceRef:
        if (self.row is None) == (self.id is None):
            raise ValueError("source_ref needs exactly one of 'row' or 'id'")
        return self


class ExamValue(_Frozen):
    """Structured form of one result, where the source gives one (an analyte with a number)."""

    analyte: str | None = None
    value: float | str | None = None
    unit: str | None = None
    reference_range: str | None = None
    flag: str | None = None  # "H", "L", "abnormal", "critical", "normal" — as the source states it


class ExamRecord(_Frozen):
    """One examination result (an analyte, a finding), belonging to a group (panel, study, section)."""

    name: str = Field(min_length=1)  # the record's own name in the source ("WBC", "Findings", "Troponin T")
    group: str = Field(min_length=1)  # "Complete_Blood_Count", "Chest_X-Ray", "Neurological_Examination"
    category: Category
    relevant: bool = True  # a property of the group: every record of a group carries the same value
    code: str | None = None  # canonical code where known (LOINC, MIMIC itemid)
    code_system: str | None = None  # "LOINC", "mimic-iv:itemid", ...
    result: str  # free text as the record states it
    value: ExamValue | None = None
    source_key: str = Field(min_length=1)  # RFC 6901-style path in the source document
    # when the result was charted (ISO 8601 date or date-time); None where the source has none. A pattern,
    # not a Python validator: a full MIMIC-IV import validates millions of records.
    time: str | None = Field(default=None, pattern=ISO_TIME_PATTERN)
    reveals_diagnosis: bool = False  # the result names a diagnosis of its case (flagged at import)


class Diagnosis(_Frozen):
    """A diagnosis of the case; exactly one per case is primary."""

    name: str = Field(min_length=1)
    primary: bool = True
    icd10: str | None = None  # ICD-10-CM code, dotted ("G70.00")
    icd_method: IcdMethod = "none"  # how icd10 was assigned: from the source, by name matching, by the project
    source_code: str | None = None  # the source's own code (SNOMED CT, ICD-9) where it is not ICD-10-CM
    source_system: str | None = None  # "SNOMED-CT", "ICD-9-CM", ...


class Demographics(_Frozen):
    sex: str | None = None  # "female", "male", as stated; Chinese cases may say "女" / "男"
    age: str | None = None  # as stated ("35-year-old", "52岁", "newborn")
    age_years: float | None = None  # numeric where derivable
    occupation: str | None = None
    text: str | None = None  # the source's own demographic line, when it has one


class CaseRecord(_Frozen):
    """One consultation case: history for the initial summary, examinations, diagnoses.

    `history` keeps extra named history sections in source order (review of systems, symptoms,
    medications) so nothing a source provides is dropped.
    """

    schema_version: int = SCHEMA_VERSION
    case_id: str = Field(min_length=1, pattern=r"^[^\s]+$")
    source: str = Field(min_length=1)
    source_ref: SourceRef
    source_hash: str | None = None  # sha256 of the source row / resource / file the case was converted from
    licence: str = Field(min_length=1)
    language: Language
    translation_of: str | None = None
    split: Split
    specialty: str = "unknown"
    patient_id: str | None = None
    project_written: bool = False
    follow_up: bool = False
    demographics: Demographics = Demographics()
    index_time: str | None = None  # the admission or encounter start: where the time axis starts
    chief_complaint: str = ""
    present_illness: str = ""
    past_history: str = ""
    personal_history: str = ""
    marital_reproductive_history: str = ""
    family_history: str = ""
    history: dict[str, str] = Field(default_factory=dict)
    examinations: tuple[ExamRecord, ...] = ()
    diagnoses: tuple[Diagnosis, ...] = Field(min_length=1)

    @model_validator(mode="before")
    @classmethod
    def _upgrade(cls, data: Any) -> Any:
        """Read schema-1 records (earlier exports): `admission_time` is now `index_time`."""
        if isinstance(data, dict) and data.get("schema_version") == 1:
            data = {("index_time" if k == "admission_time" else k): v for k, v in data.items()}
            data["schema_version"] = SCHEMA_VERSION
        return data

    @field_validator("index_time")
    @classmethod
    def _iso_index_time(cls, value: str | None) -> str | None:
        return None if value is None else check_time(value)

    @model_validator(mode="after")
    def _consistent(self) -> CaseRecord:
        if sum(d.primary for d in self.diagnoses) != 1:
            raise ValueError("diagnoses need exactly one primary diagnosis")
        relevance: dict[str, bool] = {}
        for i, exam in enumerate(self.examinations):
            if relevance.setdefault(exam.group, exam.relevant) != exam.relevant:
                raise ValueError(f"examinations.{i}.relevant disagrees with the rest of group {exam.group!r}")
        keys = [e.source_key for e in self.examinations]
        if len(set(keys)) != len(keys):
            dup = next(k for k in keys if keys.count(k) > 1)
            raise ValueError(f"examinations: duplicate source_key {dup!r}")
        if self.translation_of is not None and self.translation_of == self.case_id:
            raise ValueError("translation_of names the case itself")
        return self

    @property
    def primary_diagnosis(self) -> Diagnosis:
        return next(d for d in self.diagnoses if d.primary)

    @property
    def groups(self) -> tuple[str, ...]:
        """Distinct examination groups in record order."""
        return tuple(dict.fromkeys(e.group for e in self.examinations))

    @property
    def relevant_groups(self) -> frozenset[str]:
        return frozenset(e.group for e in self.examinations if e.relevant)

    @property
    def split_key(self) -> str:
        """What the split hashes: the patient where known, else the root case (a translation's source)."""
        return self.patient_id or self.translation_of or self.case_id


def case_summary_row(case: CaseRecord) -> dict:
    """The `cases list --json` item shape of DESIGN's contracts."""
    return {
        "case_id": case.case_id,
        "language": case.language,
        "split": case.split,
        "source_ref": case.source_ref.model_dump(exclude_none=True),
        "specialty": case.specialty,
        "n_examinations": len(case.examinations),
    }

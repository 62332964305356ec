"""SQLAlchemy 2 typed models of the EMR: cases, their examination records and diagnoses, and meta.

The tables mirror `models.CaseRecord` field for field (nested demographics flattened into columns,
history / source_ref / structured values as plain JSON so SQLite and PostgreSQL store the same
thing and key order survives). `origin` says which shipped fixture file a case came from
(`fixture:<file>`) or `import`, so a fixtures refresh replaces only shipped cases; `content_hash`
(the case without its `source_hash`) makes re-importing identical cases a no-op, and `source_hash` (the
source row the case was converted from) tells an improved conversion of the same source from a
different case under the same id. Child rows are keyed (case_id, position) so bulk
inserts need no autoincrement round trips.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON, str: Text}


class Case(Base):
    __tablename__ = "cases"

    case_id: Mapped[str] = mapped_column(String(), primary_key=True)
    schema_version: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(), index=True)
    source_ref: Mapped[dict[str, Any]]
    licence: Mapped[str]
    language: Mapped[str] = mapped_column(String(), index=True)
    translation_of: Mapped[str | None] = mapped_column(String())
    split: Mapped[str] = mapped_column(String(), index=True)
    specialty: Mapped[str] = mapped_column(String())
    patient_id: Mapped[str | None] = mapped_column(String())
    project_written: Mapped[bool] = mapped_column(Boolean)
    follow_up: Mapped[bool] = mapped_column(Boolean)
    sex: Mapped[str | None]
    age: Mapped[str | None]
    age_years: Mapped[float | None] = mapped_column(Float)
    occupation: Mapped[str | None]
    demographics_text: Mapped[str | None]
    index_time: Mapped[str | None]
    chief_complaint: Mapped[str]
    present_illness: Mapped[str]
    past_history: Mapped[str]
    personal_history: Mapped[str]
    marital_reproductive_history: Mapped[str]
    family_history: Mapped[str]
    history: Mapped[dict[str, Any]]
    origin: Mapped[str] = mapped_column(String(), index=True)
    content_hash: Mapped[str] = mapped_column(String())
    source_hash: Mapped[str | None] = mapped_column(String())


class Examination(Base):
    __tablename__ = "examinations"

    case_id: Mapped[str] = mapped_column(
        String(), ForeignKey("cases.case_id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str]
    group_name: Mapped[str]
    category: Mapped[str] = mapped_column(String())
    relevant: Mapped[bool] = mapped_column(Boolean)
    code: Mapped[str | None] = mapped_column(String())
    code_system: Mapped[str | None] = mapped_column(String())
    result: Mapped[str]
    value: Mapped[dict[str, Any] | None]
    source_key: Mapped[str]
    time: Mapped[str | None]
    # the result names a diagnosis of its case (emr_fixtures/revealing.py); migration reveals_diagnosis
    reveals_diagnosis: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    __table_args__ = (UniqueConstraint("case_id", "source_key"),)


class DiagnosisRow(Base):
    __tablename__ = "diagnoses"

    case_id: Mapped[str] = mapped_column(
        String(), ForeignKey("cases.case_id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str]
    is_primary: Mapped[bool] = mapped_column(Boolean)
    icd10: Mapped[str | None] = mapped_column(String(), index=True)
    icd_method: Mapped[str] = mapped_column(String())
    source_code: Mapped[str | None] = mapped_column(String())
    source_system: Mapped[str | None] = mapped_column(String())


class Meta(Base):
    """Small key/value facts about the database (the shipped fixtures' content hash)."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(), primary_key=True)
    value: Mapped[str]



cases_table = Case.__table__
exams_table = Examination.__table__
diagnoses_table = DiagnosisRow.__table__
meta_table = Meta.__table__

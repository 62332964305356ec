"""Cases <-> rows: the only code that turns `CaseRecord`s into table rows and back.

Reads are three bulk selects (cases, examinations, diagnoses) grouped in Python, never one query
per case. The content hash leaves out `source_hash`: the same case converted from another file
(a JSONL export, a casefile) is the same case.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Connection, select

from dxgym.emr_fixtures.models import CaseRecord
from dxgym.emr_fixtures.schema import cases_table, diagnoses_table, exams_table

CHUNK = 500  # ids per IN (...) list: well under SQLite's variable limit


def content_hash(case: CaseRecord) -> str:
    """What makes two cases the same case: everything but where it was converted from."""
    return hashlib.sha256(case.model_dump_json(exclude={"source_hash"}).encode("utf-8")).hexdigest()


def case_row(case: CaseRecord, origin: str, digest: str) -> dict[str, Any]:
    demo = case.demographics
    return {
        "case_id": case.case_id, "schema_version": case.schema_version, "source": case.source,
        "source_ref": case.source_ref.model_dump(), "licence": case.licence, "language": case.language,
        "translation_of": case.translation_of, "split": case.split, "specialty": case.specialty,
        "patient_id": case.patient_id, "project_written": case.project_written, "follow_up": case.follow_up,
        "sex": demo.sex, "age": demo.age, "age_years": demo.age_years, "occupation": demo.occupation,
        "demographics_text": demo.text, "index_time": case.index_time,
        "chief_complaint": case.chief_complaint, "present_illness": case.present_illness,
        "past_history": case.past_history, "personal_history": case.personal_history,
        "marital_reproductive_history": case.marital_reproductive_history,
        "family_history": case.family_history, "history": dict(case.history),
        "origin": origin, "content_hash": digest, "source_hash": case.source_hash,
    }


def child_rows(case: CaseRecord) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    cid = case.case_id
    exams = [  # one model_dump for the whole case: a MIMIC-IV import writes millions of these rows
        {
            "case_id": cid, "position": i, "name": e["name"], "group_name": e["group"], "category": e["category"],
            "relevant": e["relevant"], "code": e["code"], "code_system": e["code_system"], "result": e["result"],
            "value": e["value"], "source_key": e["source_key"], "time": e["time"],
            "reveals_diagnosis": e["reveals_diagnosis"],
        }
        for i, e in enumerate(case.model_dump(include={"examinations"})["examinations"])
    ]
    diagnoses = [
        {
            "case_id": case.case_id, "position": i, "name": d.name, "is_primary": d.primary,
            "icd10": d.icd10, "icd_method": d.icd_method, "source_code": d.source_code,
            "source_system": d.source_system,
        }
        for i, d in enumerate(case.diagnoses)
    ]
    return exams, diagnoses


def record(row: Mapping[str, Any], exams: list[Any], diagnoses: list[Any]) -> CaseRecord:
    return CaseRecord.model_validate({
        "schema_version": row["schema_version"], "case_id": row["case_id"], "source": row["source"],
        "source_ref": row["source_ref"], "source_hash": row["source_hash"], "licence": row["licence"],
        "language": row["language"], "translation_of": row["translation_of"], "split": row["split"],
        "specialty": row["specialty"], "patient_id": row["patient_id"], "project_written": row["project_written"],
        "follow_up": row["follow_up"],
        "demographics": {"sex": row["sex"], "age": row["age"], "age_years": row["age_years"],
                         "occupation": row["occupation"], "text": row["demographics_text"]},
        "index_time": row["index_time"], "chief_complaint": row["chief_complaint"],
        "present_illness": row["present_illness"], "past_history": row["past_history"],
        "personal_history": row["personal_history"],
        "marital_reproductive_history": row["marital_reproductive_history"],
        "family_history": row["family_history"], "history": row["history"],
        "examinations": [
            {"name": e.name, "group": e.group_name, "category": e.category, "relevant": e.relevant,
             "code": e.code, "code_system": e.code_system, "result": e.result, "value": e.value,
             "source_key": e.source_key, "time": e.time, "reveals_diagnosis": e.reveals_diagnosis}
            for e in exams
        ],
        "diagnoses": [
            {"name": d.name, "primary": d.is_primary, "icd10": d.icd10, "icd_method": d.icd_method,
             "source_code": d.source_code, "source_system": d.source_system}
            for d in diagnoses
        ],
    })


def load(conn: Connection, conds: list[ColumnElement[bool]]) -> list[CaseRecord]:
    """Every case matching `conds`, with its examinations and diagnoses (three queries)."""
    rows = conn.execute(select(cases_table).where(*conds)).mappings().all()
    if not rows:
        return []
    ids = select(cases_table.c.case_id).where(*conds)
    exams: dict[str, list[Any]] = defaultdict(list)
    diagnoses: dict[str, list[Any]] = defaultdict(list)
    for target, table in ((exams, exams_table), (diagnoses, diagnoses_table)):
        query = select(table)
        if conds:
            query = query.where(table.c.case_id.in_(ids))
        for row in conn.execute(query.order_by(table.c.case_id, table.c.position)):
            target[row.case_id].append(row)
    return [record(row, exams[row["case_id"]], diagnoses[row["case_id"]]) for row in rows]


def natural_key(case_id: str) -> tuple[tuple[int, int | str], ...]:
    """Sort key that puts `medqa:2` before `medqa:10`; the same on every backend (no DB collation)."""
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in re.split(r"(\d+)", case_id) if p)


def chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), CHUNK):
        yield items[start:start + CHUNK]

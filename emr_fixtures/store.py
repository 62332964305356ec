"""Reading and writing cases: the only code that turns `CaseRecord`s into rows and back.

Writes are one transaction each, after every record has been validated, and idempotent: a case whose
content hash is unchanged is left alone. Reads are three bulk selects (cases, examinations,
diagnoses) grouped in Python, never one query per case. Workers use `CaseStore`: everything loaded
once into frozen records, so the step loop never queries the database.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from sqlalchemy import ColumnElement, Connection, delete, false, func, insert, select

from dxgym.emr_fixtures.db import (
    FIXTURES_HASH_KEY,
    DatabaseError,
    database_errors,
    display_url,
    get_engine,
    init_db,
    resolve_url,
    sqlite_path,
)
from dxgym.emr_fixtures.errors import CaseNotFound, ImportRejected
from dxgym.emr_fixtures.importers.common import ImportRecordError
from dxgym.emr_fixtures.models import SPLITS, CaseRecord
from dxgym.emr_fixtures.revealing import flag_revealing
from dxgym.emr_fixtures.schema import cases_table, diagnoses_table, exams_table, meta_table

USER_ORIGIN = "import"
FIXTURE_ORIGIN_PREFIX = "fixture:"
_CHUNK = 500  # ids per IN (...) list: well under SQLite's variable limit


@dataclass(frozen=True)
class ImportReport:
    """What an import did: totals of what it was given, and how many cases were new / changed / identical."""

    cases: int
    examinations: int
    diagnoses: int
    inserted: int
    updated: int
    unchanged: int

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


# --- rows <-> records ------------------------------------------------------------------------------


def content_hash(case: CaseRecord) -> str:
    return hashlib.sha256(case.model_dump_json().encode("utf-8")).hexdigest()


def _case_row(case: CaseRecord, origin: str, digest: str) -> dict[str, Any]:
    demo = case.demographics
    return {
        "case_id": case.case_id, "schema_version": case.schema_version, "source": case.source,
        "source_ref": case.source_ref.model_dump(), "licence": case.licence, "language": case.language,
        "translation_of": case.translation_of, "split": case.split, "specialty": case.specialty,
        "patient_id": case.patient_id, "project_written": case.project_written, "follow_up": case.follow_up,
        "sex": demo.sex, "age": demo.age, "age_years": demo.age_years, "occupation": demo.occupation,
        "demographics_text": demo.text, "admission_time": case.admission_time,
        "chief_complaint": case.chief_complaint, "present_illness": case.present_illness,
        "past_history": case.past_history, "personal_history": case.personal_history,
        "marital_reproductive_history": case.marital_reproductive_history,
        "family_history": case.family_history, "history": dict(case.history),
        "origin": origin, "content_hash": digest,
    }


def _child_rows(case: CaseRecord) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    exams = [
        {
            "case_id": case.case_id, "position": i, "name": e.name, "group_name": e.group,
            "category": e.category, "relevant": e.relevant, "code": e.code, "code_system": e.code_system,
            "result": e.result, "value": e.value.model_dump() if e.value is not None else None,
            "source_key": e.source_key, "reveals_diagnosis": e.reveals_diagnosis,
        }
        for i, e in enumerate(case.examinations)
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


def _record(row: Mapping[str, Any], exams: list[Any], diagnoses: list[Any]) -> CaseRecord:
    return CaseRecord.model_validate({
        "schema_version": row["schema_version"], "case_id": row["case_id"], "source": row["source"],
        "source_ref": row["source_ref"], "licence": row["licence"], "language": row["language"],
        "translation_of": row["translation_of"], "split": row["split"], "specialty": row["specialty"],
        "patient_id": row["patient_id"], "project_written": row["project_written"],
        "follow_up": row["follow_up"],
        "demographics": {"sex": row["sex"], "age": row["age"], "age_years": row["age_years"],
                         "occupation": row["occupation"], "text": row["demographics_text"]},
        "admission_time": row["admission_time"], "chief_complaint": row["chief_complaint"],
        "present_illness": row["present_illness"], "past_history": row["past_history"],
        "personal_history": row["personal_history"],
        "marital_reproductive_history": row["marital_reproductive_history"],
        "family_history": row["family_history"], "history": row["history"],
        "examinations": [
            {"name": e.name, "group": e.group_name, "category": e.category, "relevant": e.relevant,
             "code": e.code, "code_system": e.code_system, "result": e.result, "value": e.value,
             "source_key": e.source_key, "reveals_diagnosis": e.reveals_diagnosis}
            for e in exams
        ],
        "diagnoses": [
            {"name": d.name, "primary": d.is_primary, "icd10": d.icd10, "icd_method": d.icd_method,
             "source_code": d.source_code, "source_system": d.source_system}
            for d in diagnoses
        ],
    })


def natural_key(case_id: str) -> tuple[tuple[int, int | str], ...]:
    """Sort key that puts `medqa:2` before `medqa:10`; the same on every backend (no DB collation)."""
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in re.split(r"(\d+)", case_id) if p)


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start:start + _CHUNK]


# --- writing -------------------------------------------------------------------------------------


def _collect(cases: Iterable[CaseRecord]) -> list[CaseRecord]:
    """Validate the whole input before anything is written; duplicates in one import are an error."""
    try:
        collected = list(cases)
    except ImportRecordError as error:
        raise ImportRejected(f"{error}; nothing was written") from None
    seen: set[str] = set()
    for case in collected:
        if not isinstance(case, CaseRecord):
            raise ImportRejected(f"not a CaseRecord: {type(case).__name__}; nothing was written")
        if case.case_id in seen:
            raise ImportRejected(f"case_id {case.case_id!r} appears twice in this import; nothing was written")
        seen.add(case.case_id)
    return collected


def _existing(conn: Connection, ids: Sequence[str]) -> dict[str, tuple[str, str]]:
    found: dict[str, tuple[str, str]] = {}
    for chunk in _chunks(ids):
        query = select(cases_table.c.case_id, cases_table.c.content_hash, cases_table.c.origin).where(
            cases_table.c.case_id.in_(chunk)
        )
        found.update({r.case_id: (r.content_hash, r.origin) for r in conn.execute(query)})
    return found


def _delete(conn: Connection, ids: Sequence[str]) -> None:
    for chunk in _chunks(ids):
        for table in (exams_table, diagnoses_table, cases_table):
            conn.execute(delete(table).where(table.c.case_id.in_(chunk)))


def write_cases(conn: Connection, items: list[tuple[CaseRecord, str]], *, keep_user_cases: bool) -> ImportReport:
    """Upsert by case_id inside the caller's transaction (streaming imports commit a batch and its
    progress mark together); identical content is skipped."""
    existing = _existing(conn, [case.case_id for case, _ in items])
    case_rows: list[dict[str, Any]] = []
    exam_rows: list[dict[str, Any]] = []
    diag_rows: list[dict[str, Any]] = []
    replace: list[str] = []
    inserted = updated = unchanged = 0
    items = [(flag_revealing(case), origin) for case, origin in items]  # every import path flags here
    for case, origin in items:
        digest = content_hash(case)
        old = existing.get(case.case_id)
        if old is not None and (old[0] == digest or (keep_user_cases and old[1] == USER_ORIGIN)):
            unchanged += 1
            continue
        if old is not None:
            replace.append(case.case_id)
            updated += 1
        else:
            inserted += 1
        case_rows.append(_case_row(case, origin, digest))
        exams, diagnoses = _child_rows(case)
        exam_rows.extend(exams)
        diag_rows.extend(diagnoses)
    _delete(conn, replace)
    for table, rows in ((cases_table, case_rows), (exams_table, exam_rows), (diagnoses_table, diag_rows)):
        if rows:
            conn.execute(insert(table), rows)
    return ImportReport(
        cases=len(items), examinations=sum(len(c.examinations) for c, _ in items),
        diagnoses=sum(len(c.diagnoses) for c, _ in items), inserted=inserted, updated=updated,
        unchanged=unchanged,
    )


def import_cases(url: str | None, cases: Iterable[CaseRecord], *, origin: str = USER_ORIGIN) -> ImportReport:
    """Import validated cases in ONE transaction (creating the schema if needed); replaces by case_id."""
    collected = _collect(cases)
    url = resolve_url(url)
    init_db(url)
    with database_errors(url), get_engine(url).connect() as conn:
        conn.execution_options(dxgym_write=True)
        with conn.begin():
            return write_cases(conn, [(case, origin) for case in collected], keep_user_cases=False)


def import_file(url: str | None, path: str | Path, fmt: str, **options: Any) -> ImportReport:
    """Read a file with the `--format` importer and import it; any bad record means nothing is written."""
    from dxgym.emr_fixtures.importers.registry import get_importer

    reader = get_importer(fmt)
    path = Path(path)
    if not path.exists():
        raise ImportRejected(f"{path}: no such file or directory")
    try:
        report = import_cases(url, reader(path, **options))
    except ImportRecordError as error:  # raised lazily by a reader that import_cases did not wrap
        raise ImportRejected(f"{error}; nothing was written") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ImportRejected(f"{path}: cannot read: {error}; nothing was written") from None
    if report.cases == 0:
        raise nothing_found(path, fmt, options)
    return report


def nothing_found(path: Path, fmt: str, options: Mapping[str, Any]) -> ImportRejected:
    """The error for an import that found no case: an empty input, or the importer's own reason why."""
    import importlib

    from dxgym.emr_fixtures.importers.registry import get_importer

    if path.is_file() and path.stat().st_size == 0:
        return ImportRejected(f"{path} is empty: nothing to import")
    if options:
        chosen = ", ".join(f"--{name.replace('_', '-')}" for name in options)
        reason = f"no case passed the selection ({chosen})"
    else:
        reason = "no case in it"
        explain = getattr(importlib.import_module(get_importer(fmt).__module__), "explain_empty", None)
        if explain is not None:
            try:
                reason = explain(path)
            except (ImportRecordError, OSError, ValueError):
                pass
    return ImportRejected(f"{path}: found nothing to import as --format {fmt}: {reason}; nothing was written")


def refresh_fixtures(url: str) -> ImportReport:
    """Make the shipped fixtures current in one transaction: shipped cases are replaced, user imports stay."""
    from dxgym.emr_fixtures.fixtures import fixture_files, fixtures_hash
    from dxgym.emr_fixtures.importers.jsonl import read as read_jsonl

    digest = fixtures_hash()
    items = [(case, FIXTURE_ORIGIN_PREFIX + path.name) for path in fixture_files() for case in read_jsonl(path)]
    wanted = {case.case_id for case, _ in items}
    with database_errors(url), get_engine(url).connect() as conn:
        conn.execution_options(dxgym_write=True)
        with conn.begin():
            shipped = conn.execute(
                select(cases_table.c.case_id).where(cases_table.c.origin.startswith(FIXTURE_ORIGIN_PREFIX))
            ).scalars()
            _delete(conn, sorted(set(shipped) - wanted))
            report = write_cases(conn, items, keep_user_cases=True)
            conn.execute(delete(meta_table).where(meta_table.c.key == FIXTURES_HASH_KEY))
            conn.execute(insert(meta_table), [{"key": FIXTURES_HASH_KEY, "value": digest}])
    return report


# --- reading -------------------------------------------------------------------------------------


def _readable(url: str | None) -> str:
    """Resolve for reading: a SQLite file that does not exist is an error, not a new empty database."""
    url = resolve_url(url)
    path = sqlite_path(url)
    if path is not None and not path.exists():
        raise DatabaseError(f"no database at {display_url(url)} (create it with: dxgym db init --db URL)")
    return url


def _conditions(split: str | None, language: str | None, source: str | None,
                include_follow_up: bool) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if split is not None:
        conds.append(cases_table.c.split == split)
    if language is not None:
        conds.append(cases_table.c.language == language)
    if source is not None:
        conds.append(cases_table.c.source == source)
    if not include_follow_up:
        conds.append(cases_table.c.follow_up == false())
    return conds


def _load(conn: Connection, conds: list[ColumnElement[bool]]) -> list[CaseRecord]:
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
    return [_record(row, exams[row["case_id"]], diagnoses[row["case_id"]]) for row in rows]


def load_cases(url: str | None = None, *, split: str | None = None, language: str | None = None,
               case_ids: Iterable[str] | None = None, source: str | None = None,
               include_follow_up: bool = False, read_only: bool = True) -> list[CaseRecord]:
    """Cases matching every filter given, in natural case-id order (follow-up visits only when asked).

    Reads open the database read-only (`db.get_engine`): a copy on read-only storage serves them."""
    url = _readable(url)
    conds = _conditions(split, language, source, include_follow_up)
    out: list[CaseRecord] = []
    with database_errors(url), get_engine(url, read_only=read_only).connect() as conn:
        if case_ids is None:
            out = _load(conn, conds)
        else:
            for chunk in _chunks(sorted(set(case_ids))):
                out.extend(_load(conn, [*conds, cases_table.c.case_id.in_(chunk)]))
    return sorted(out, key=lambda c: natural_key(c.case_id))


def closest_id(case_id: str, ids: Iterable[str]) -> str | None:
    """The known id most like a mistyped one (rapidfuzz's normalised Indel similarity, at least 60%); ties
    go to the longer shared prefix ("medqa:190" -> "medqa:19", not "medqa:10")."""
    from os.path import commonprefix

    from rapidfuzz import fuzz, process

    found = process.extract(case_id, list(ids), scorer=fuzz.ratio, score_cutoff=60, limit=None)  # a mapping: its keys
    if not found:
        return None
    return max(found, key=lambda m: (m[1], len(commonprefix([case_id, m[0]])), m[0]))[0]


def get_case(url: str | None, case_id: str) -> CaseRecord:
    """One case by id (follow-up or not); `CaseNotFound` suggests the closest id."""
    url = _readable(url)
    with database_errors(url), get_engine(url, read_only=True).connect() as conn:
        found = _load(conn, [cases_table.c.case_id == case_id])
        if found:
            return found[0]
        all_ids = list(conn.execute(select(cases_table.c.case_id)).scalars())
    raise CaseNotFound(case_id, closest_id(case_id, all_ids))


def db_stats(url: str | None = None) -> dict[str, Any]:
    """Counts in DESIGN's `db stats` shape; keys sorted in Python so every backend prints the same JSON."""
    url = _readable(url)
    with database_errors(url), get_engine(url, read_only=True).connect() as conn:
        n_cases = conn.execute(select(func.count()).select_from(cases_table)).scalar_one()
        n_exams = conn.execute(select(func.count()).select_from(exams_table)).scalar_one()
        n_revealing = conn.execute(
            select(func.count()).select_from(exams_table).where(exams_table.c.reveals_diagnosis.is_(True))
        ).scalar_one()
        grouped: dict[str, Counter[str]] = {}
        for column in ("language", "split", "source"):
            col = cases_table.c[column]
            grouped[column] = Counter({k: int(n) for k, n in conn.execute(select(col, func.count()).group_by(col))})
    splits = {s: grouped["split"].get(s, 0) for s in SPLITS}
    splits.update({k: v for k, v in sorted(grouped["split"].items()) if k not in splits})
    return {
        "cases": int(n_cases),
        "examinations": int(n_exams),
        "revealing_records": int(n_revealing),
        "by_language": dict(sorted(grouped["language"].items())),
        "by_split": splits,
        "by_source": dict(sorted(grouped["source"].items())),
    }


def export_cases(url: str | None, path: str | Path) -> int:
    """Write every case (follow-ups included) as project JSONL, atomically (`-`: stdout); returns the count.

    Checked before anything is read: the target is not the database itself, nor a directory or special file."""
    from dxgym.emr_fixtures.safe_write import check_output_file, output_text

    url = _readable(url)
    source = sqlite_path(url)
    inputs = [(source, "the database")] if source is not None else []
    check_output_file(path, inputs=inputs, what="the export", allow_stdout=True)
    cases = load_cases(url, include_follow_up=True)
    with output_text(path, inputs=inputs, what="the export") as handle:
        for case in cases:
            handle.write(case.model_dump_json() + "\n")
    return len(cases)


class CaseStore:
    """A worker's in-memory view: cases loaded once as frozen records; lookups never touch the database."""

    def __init__(self, url: str | None = None, *, split: str | None = None, language: str | None = None,
                 source: str | None = None, include_follow_up: bool = False, read_only: bool = True):
        cases = load_cases(url, split=split, language=language, source=source,
                           include_follow_up=include_follow_up, read_only=read_only)
        self._cases: Mapping[str, CaseRecord] = MappingProxyType({c.case_id: c for c in cases})

    @classmethod
    def from_cases(cls, cases: Iterable[CaseRecord]) -> CaseStore:
        store = cls.__new__(cls)
        store._cases = MappingProxyType({c.case_id: c for c in cases})
        return store

    @property
    def cases(self) -> Mapping[str, CaseRecord]:
        return self._cases

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(self._cases)

    def get(self, case_id: str) -> CaseRecord:
        try:
            return self._cases[case_id]
        except KeyError:
            raise CaseNotFound(case_id, closest_id(case_id, self._cases)) from None

    def __getitem__(self, case_id: str) -> CaseRecord:
        return self.get(case_id)

    def __contains__(self, case_id: object) -> bool:
        return case_id in self._cases

    def __iter__(self) -> Iterator[CaseRecord]:
        return iter(self._cases.values())

    def __len__(self) -> int:
        return len(self._cases)

"""Writing cases: upserts by id that never replace a case with a different one silently.

Identity is the source: each case carries the hash of the source row it was converted from. For an
id already in the database the writer decides, case by case:

| stored case | incoming case | outcome |
| --- | --- | --- |
| same content (source hash aside) | | unchanged |
| same source hash, other content | an improved (or edited) conversion of the same row | updated (reported) |
| a shipped fixture, during a fixtures refresh | the shipped case | updated |
| imported by a user, during a fixtures refresh | | left alone |
| no source hash (before migration 0002) | the same content under the new schema | unchanged |
| anything else | | a conflict: exit 2 naming the ids, unless `replace` |

A replacement is refused while translations written from the old case point at it. Writes run in
the caller's transaction (one per import, or one per batch for resumable streaming imports); bulk
rows go in by `executemany` on SQLite and by COPY on PostgreSQL.
"""

from __future__ import annotations

import contextlib
import gc
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, fields
from itertools import islice
from operator import itemgetter
from typing import Any

from sqlalchemy import JSON, Connection, Table, delete, exc, insert, select, update

from dxgym.emr_fixtures.db import FIXTURES_HASH_KEY, database_errors, get_engine
from dxgym.emr_fixtures.errors import ImportRejected
from dxgym.emr_fixtures.models import CaseRecord
from dxgym.emr_fixtures.revealing import flag_revealing
from dxgym.emr_fixtures.rows import case_row, child_rows, chunks, content_hash, load
from dxgym.emr_fixtures.schema import cases_table, diagnoses_table, exams_table, meta_table

USER_ORIGIN = "import"
FIXTURE_ORIGIN_PREFIX = "fixture:"
WRITE_BATCH = 1_000  # cases per write: memory is bounded by this, not by the import ...
WRITE_RECORDS = 10_000  # ... and by this many examination records (a MIMIC-IV admission holds hundreds)
COPY_MIN_ROWS = 64  # below this an INSERT is as quick as setting up a COPY


@dataclass(frozen=True)
class ImportReport:
    """What an import did: totals of what it was given, and what became of each case.

    `updated`: an improved conversion of the same source replaced the stored one; `replaced`: a
    different case replaced the stored one because the user asked (`--replace`).
    """

    cases: int = 0
    examinations: int = 0
    diagnoses: int = 0
    inserted: int = 0
    updated: int = 0
    replaced: int = 0
    unchanged: int = 0

    def as_dict(self) -> dict[str, int]:
        return asdict(self)

    def __add__(self, other: ImportReport) -> ImportReport:
        return ImportReport(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))


class ImportConflict(ImportRejected):
    """Cases under ids that already hold different cases: nothing was written."""

    def __init__(self, ids: list[str], kept: str = "nothing was written"):
        self.ids = ids
        shown = ", ".join(ids[:5])
        more = f" and {len(ids) - 5} more" if len(ids) > 5 else ""
        super().__init__(
            f"{len(ids)} case id(s) already hold different cases: {shown}{more} ({len(ids)} in all); "
            f"{kept}. Import under another collection (--collection NAME), or pass --replace to replace them")


@dataclass(frozen=True)
class _Stored:
    content_hash: str
    origin: str
    source_hash: str | None


def _existing(conn: Connection, ids: list[str]) -> dict[str, _Stored]:
    found: dict[str, _Stored] = {}
    c = cases_table.c
    for chunk in chunks(ids):
        query = select(c.case_id, c.content_hash, c.origin, c.source_hash).where(c.case_id.in_(chunk))
        found.update({r.case_id: _Stored(r.content_hash, r.origin, r.source_hash) for r in conn.execute(query)})
    return found


def delete_cases(conn: Connection, ids: list[str]) -> None:
    for chunk in chunks(ids):
        for table in (exams_table, diagnoses_table, cases_table):
            conn.execute(delete(table).where(table.c.case_id.in_(chunk)))


def translations_of(conn: Connection, ids: list[str]) -> dict[str, list[str]]:
    """id -> the stored translations written from it."""
    out: dict[str, list[str]] = {}
    c = cases_table.c
    for chunk in chunks(ids):
        for tid, source in conn.execute(select(c.case_id, c.translation_of).where(c.translation_of.in_(chunk))):
            out.setdefault(source, []).append(tid)
    return out


def _legacy_same(conn: Connection, candidates: dict[str, str]) -> set[str]:
    """Ids stored before source hashes existed whose content, read under today's schema, is the incoming one."""
    same: set[str] = set()
    for chunk in chunks(sorted(candidates)):
        for stored in load(conn, [cases_table.c.case_id.in_(chunk)]):
            if content_hash(stored) == candidates[stored.case_id]:
                same.add(stored.case_id)
    return same


def insert_rows(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Bulk insert in the caller's transaction: COPY on PostgreSQL, the driver's own `executemany` on SQLite.

    Why past SQLAlchemy: its per-row parameter processing cost three times SQLite's own work for a
    MIMIC-IV import. JSON columns are written as `json.dumps` text, exactly what SQLAlchemy's JSON
    type writes, so rows read back the same whichever path wrote them.
    """
    if not rows:
        return
    if conn.dialect.name not in ("sqlite", "postgresql") or (conn.dialect.name == "postgresql" and len(rows) < COPY_MIN_ROWS):
        conn.execute(insert(table), rows)
        return
    dbapi_error = conn.dialect.loaded_dbapi.Error
    try:
        _insert_raw(conn, table, rows)
    except dbapi_error as error:  # as SQLAlchemy would have raised it: callers handle one kind of error
        raise exc.DBAPIError.instance(f"INSERT INTO {table.name}", None, error, dbapi_error) from None


def _insert_raw(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    columns = [col.name for col in table.columns]
    as_json = {col.name for col in table.columns if isinstance(col.type, JSON)}
    raw = conn.connection.driver_connection
    if conn.dialect.name == "sqlite":
        values = [itemgetter(*columns)(row) for row in rows]
        if as_json:
            dumps = json.dumps
            spots = [i for i, k in enumerate(columns) if k in as_json]
            values = [_with_json(v, spots, dumps) for v in values]
        raw.executemany(  # type: ignore[union-attr]
            f'INSERT INTO {table.name} ({", ".join(columns)}) VALUES ({", ".join("?" for _ in columns)})', values)
        return
    from psycopg.types.json import Json

    with raw.cursor() as cursor, cursor.copy(f'COPY {table.name} ({", ".join(columns)}) FROM STDIN') as copy:  # type: ignore[union-attr]
        for row in rows:
            copy.write_row([Json(row[k]) if k in as_json and row[k] is not None else row[k] for k in columns])


def _with_json(values: tuple[Any, ...], spots: list[int], dumps: Callable[[Any], str]) -> tuple[Any, ...]:
    out = list(values)
    for i in spots:
        if out[i] is not None:
            out[i] = dumps(out[i])
    return tuple(out)


@contextlib.contextmanager
def fewer_collections() -> Iterator[None]:
    """Collect garbage less often while an import allocates millions of short-lived objects.

    Why: each collection also walks every long-lived object (the ICD-10-CM name index alone is
    millions), so at Python's default thresholds a MIMIC-IV import spent a third of its time there.
    """
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], 100_000), max(before[1], 50), max(before[2], 100))
    try:
        yield
    finally:
        gc.set_threshold(*before)


def write_cases(conn: Connection, items: list[tuple[CaseRecord, str]], *, keep_user_cases: bool = False,
                replace: bool = False, conflicts: list[str] | None = None) -> ImportReport:
    """Upsert one batch by case id inside the caller's transaction, by the identity rules above.

    `keep_user_cases` is the fixtures refresh (shipped cases replace shipped cases, user imports
    stay). Conflicting ids raise `ImportConflict`, or, with a `conflicts` list, are added to it and
    the batch is not written (the caller raises once it has seen the whole import).
    """
    items = [(flag_revealing(case), origin) for case, origin in items]  # every import path flags here (issue 13)
    existing = _existing(conn, [case.case_id for case, _ in items])
    digests = {case.case_id: content_hash(case) for case, _ in items}
    legacy = _legacy_same(conn, {cid: digests[cid] for cid, old in existing.items()
                                 if old.source_hash is None and old.content_hash != digests[cid]
                                 and not keep_user_cases})
    writes: list[tuple[CaseRecord, str]] = []
    remove: list[str] = []
    replaced_ids: list[str] = []
    refill: list[tuple[CaseRecord, str]] = []
    clash: list[str] = []
    counts = {"inserted": 0, "updated": 0, "replaced": 0, "unchanged": 0}
    for case, origin in items:
        cid, digest = case.case_id, digests[case.case_id]
        old = existing.get(cid)
        if old is None:
            counts["inserted"] += 1
            writes.append((case, origin))
            continue
        if old.content_hash == digest or cid in legacy:
            counts["unchanged"] += 1
            if (old.source_hash is None and case.source_hash is not None) or cid in legacy:
                refill.append((case, digest))
            continue
        if keep_user_cases:
            if old.origin == USER_ORIGIN:
                counts["unchanged"] += 1
                continue
            kind, new_origin = "updated", origin
        elif old.source_hash is not None and old.source_hash == case.source_hash:
            kind, new_origin = "updated", origin  # the same source row, converted again: now the importer's
        elif replace:
            kind, new_origin = "replaced", origin
            replaced_ids.append(cid)
        else:
            clash.append(cid)
            continue
        counts[kind] += 1
        remove.append(cid)
        writes.append((case, new_origin))
    if clash:
        if conflicts is None:
            raise ImportConflict(clash)
        conflicts.extend(clash)
    if replaced_ids:
        incoming = set(digests)
        orphaned = {src: [t for t in ts if t not in incoming] for src, ts in translations_of(conn, replaced_ids).items()}
        orphaned = {src: ts for src, ts in orphaned.items() if ts}
        if orphaned:
            src, ts = next(iter(orphaned.items()))
            raise ImportRejected(
                f"{src} has translations written from it ({', '.join(ts[:5])}); replacing it would leave them "
                f"pointing at a different case ({len(orphaned)} such id(s)); nothing was written. Import "
                "under another collection (--collection NAME) instead")
    if not conflicts:
        _write(conn, writes, remove, digests)
        for case, digest in refill:
            conn.execute(update(cases_table).where(cases_table.c.case_id == case.case_id).values(
                content_hash=digest, source_hash=case.source_hash))
    return ImportReport(
        cases=len(items), examinations=sum(len(c.examinations) for c, _ in items),
        diagnoses=sum(len(c.diagnoses) for c, _ in items), **counts,
    )


def _write(conn: Connection, writes: list[tuple[CaseRecord, str]], remove: list[str],
           digests: dict[str, str]) -> None:
    case_rows: list[dict[str, Any]] = []
    exam_rows: list[dict[str, Any]] = []
    diag_rows: list[dict[str, Any]] = []
    for case, origin in writes:
        case_rows.append(case_row(case, origin, digests[case.case_id]))
        exams, diagnoses = child_rows(case)
        exam_rows.extend(exams)
        diag_rows.extend(diagnoses)
    delete_cases(conn, remove)
    for table, rows in ((cases_table, case_rows), (exams_table, exam_rows), (diagnoses_table, diag_rows)):
        insert_rows(conn, table, rows)


def batches(cases: Iterable[CaseRecord], size: int = WRITE_BATCH,
            max_records: int | None = None) -> Iterator[list[CaseRecord]]:
    """Lists of at most `size` whole cases (and, given `max_records`, about that many records at most)."""
    if size < 1:
        raise ValueError("batch size must be at least 1")
    if max_records is None:
        it = iter(cases)
        while batch := list(islice(it, size)):
            yield batch
        return
    batch, records = [], 0
    for case in cases:
        batch.append(case)
        records += len(case.examinations) if isinstance(case, CaseRecord) else 0
        if len(batch) >= size or records >= max_records:
            yield batch
            batch, records = [], 0
    if batch:
        yield batch


def check_batch(batch: list[CaseRecord], seen: set[str]) -> None:
    """Every item a case, no id twice in one import."""
    for case in batch:
        if not isinstance(case, CaseRecord):
            raise ImportRejected(f"not a CaseRecord: {type(case).__name__}; nothing was written")
        if case.case_id in seen:
            raise ImportRejected(f"case_id {case.case_id!r} appears twice in this import; nothing was written")
        seen.add(case.case_id)


def write_stream(conn: Connection, first: list[CaseRecord], rest: Iterator[list[CaseRecord]], *, origin: str,
                 replace: bool = False, on_written: Callable[[int], None] | None = None) -> ImportReport:
    """One import's writes in the caller's transaction, batch by batch; conflicts are gathered over the
    whole import and raised at its end (the caller's transaction then rolls back: nothing is written)."""
    seen: set[str] = set()
    conflicts: list[str] = []
    total = ImportReport()
    batch: list[CaseRecord] | None = first
    while batch:
        check_batch(batch, seen)
        total += write_cases(conn, [(case, origin) for case in batch], replace=replace, conflicts=conflicts)
        if on_written is not None:
            on_written(len(batch))
        batch = next(rest, None)
    if conflicts:
        raise ImportConflict(conflicts)
    return total


def refresh_fixtures(url: str) -> ImportReport:
    """Make the shipped fixtures current in one transaction: shipped cases are replaced, user imports stay.

    A shipped translation is withheld while a user's different case (another source) holds the id it
    was written from (its `translation_of` must name the case it translates), and removed if an older
    release wrote it.
    """
    from dxgym.emr_fixtures.fixtures import fixture_files, fixtures_hash, read_fixture_file

    digest = fixtures_hash()
    shipped = {case.case_id: (case, FIXTURE_ORIGIN_PREFIX + path.name)
               for path in fixture_files() for case in read_fixture_file(path)}
    with database_errors(url), get_engine(url).connect() as conn:
        conn.execution_options(dxgym_write=True)
        with conn.begin():
            c = cases_table.c
            stored = _existing(conn, list(shipped))
            displaced = {cid for cid, old in stored.items() if old.origin == USER_ORIGIN
                         and old.source_hash != shipped[cid][0].source_hash
                         and old.content_hash != content_hash(shipped[cid][0])}
            withheld = {cid for cid, (case, _) in shipped.items() if case.translation_of in displaced}
            wanted = set(shipped) - withheld
            old_shipped = conn.execute(select(c.case_id).where(c.origin.startswith(FIXTURE_ORIGIN_PREFIX))).scalars()
            delete_cases(conn, sorted(set(old_shipped) - wanted))
            items = [item for cid, item in shipped.items() if cid in wanted]
            report = ImportReport()
            for start in range(0, len(items), WRITE_BATCH):
                report += write_cases(conn, items[start:start + WRITE_BATCH], keep_user_cases=True)
            conn.execute(delete(meta_table).where(meta_table.c.key == FIXTURES_HASH_KEY))
            conn.execute(insert(meta_table), [{"key": FIXTURES_HASH_KEY, "value": digest}])
    return report

"""The EMR's front door: imports (one transaction each), reads, exports and the workers' `CaseStore`.

Rows and records are converted in `rows`, identity and bulk writes live in `writer`, the embedded
default in `default_db`; this module puts them behind the functions every shell calls. Workers use
`CaseStore`: everything loaded once into frozen records, so the step loop never queries the database.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

from sqlalchemy import ColumnElement, false, func, select

from dxgym.emr_fixtures.db import (
    DatabaseError,
    database_errors,
    display_url,
    get_engine,
    init_db,
    sqlite_path,
)
from dxgym.emr_fixtures.default_db import resolve_url
from dxgym.emr_fixtures.errors import CaseNotFound, ImportRejected
from dxgym.emr_fixtures.importers.common import ImportRecordError
from dxgym.emr_fixtures.models import SPLITS, CaseRecord
from dxgym.emr_fixtures.rows import chunks, content_hash, load, natural_key
from dxgym.emr_fixtures.schema import cases_table, exams_table
from dxgym.emr_fixtures.writer import (
    FIXTURE_ORIGIN_PREFIX,
    USER_ORIGIN,
    WRITE_RECORDS,
    ImportConflict,
    ImportReport,
    batches,
    fewer_collections,
    refresh_fixtures,
    write_cases,
    write_stream,
)

__all__ = [
    "FIXTURE_ORIGIN_PREFIX", "USER_ORIGIN", "CaseStore", "ImportConflict", "ImportReport", "content_hash",
    "db_stats", "export_casefiles", "export_cases", "get_case", "import_cases", "import_file", "load_cases", "natural_key",
    "refresh_fixtures", "resolve_url", "write_cases",
]


# --- importing -----------------------------------------------------------------------------------


def import_cases(url: str | None, cases: Iterable[CaseRecord], *, origin: str = USER_ORIGIN, replace: bool = False,
                 on_written: Callable[[int], None] | None = None) -> ImportReport:
    """Import validated cases in ONE transaction (creating the schema if needed), by the writer's identity rules.

    Cases are converted and written a batch at a time, so memory is bounded by the batch, not the
    source; the first batch is read before the transaction opens, so a small import holds the write
    lock only while it writes. A bad record or an id conflict anywhere rolls everything back.
    """
    stream = batches(cases, max_records=WRITE_RECORDS)
    try:
        first = next(stream, [])
        url = resolve_url(url)
        init_db(url)
        with fewer_collections(), database_errors(url), get_engine(url).connect() as conn:
            conn.execution_options(dxgym_write=True)
            with conn.begin():
                return write_stream(conn, first, stream, origin=origin, replace=replace, on_written=on_written)
    except ImportRecordError as error:
        raise ImportRejected(f"{error}; nothing was written") from None


def import_file(url: str | None, path: str | Path, fmt: str, *, replace: bool = False,
                on_written: Callable[[int], None] | None = None, **options: Any) -> ImportReport:
    """Read a file with the `--format` importer and import it; any bad record means nothing is written."""
    from dxgym.emr_fixtures.importers.registry import get_importer

    reader = get_importer(fmt)
    path = Path(path)
    if not path.exists():
        raise ImportRejected(f"{path}: no such file or directory")
    try:
        report = import_cases(url, reader(path, **options), replace=replace, on_written=on_written)
    except (OSError, UnicodeDecodeError) as error:
        raise ImportRejected(f"{path}: cannot read: {error}; nothing was written") from None
    if report.cases == 0:
        raise nothing_found(path, fmt, {k: v for k, v in options.items() if k != "progress"})
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
            out = load(conn, conds)
        else:
            for chunk in chunks(sorted(set(case_ids))):
                out.extend(load(conn, [*conds, cases_table.c.case_id.in_(chunk)]))
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
        found = load(conn, [cases_table.c.case_id == case_id])
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


def export_casefiles(url: str | None, folder: str | Path) -> int:
    """Write every case (follow-ups included) as a casefile, one a case, into `folder`; returns the count.

    The folder is checked before anything is read; each file is written atomically (`safe_write`), so a
    reader never sees half a case.
    """
    from dxgym.emr_fixtures.casefile import dump, file_name
    from dxgym.emr_fixtures.safe_write import check_output_dir, write_text

    folder = check_output_dir(folder, what="the casefile export")
    cases = load_cases(url, include_follow_up=True)
    taken: set[str] = set()
    for case in cases:
        name = file_name(case.case_id, taken)
        write_text(folder / name, dump(case, name), what="a casefile")
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

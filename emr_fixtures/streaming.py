"""Resumable batch imports for sources too large for one transaction (full MIMIC-IV).

`store.import_cases` writes an import in one transaction; a 430k-admission source would hold it
open for hours and lose everything on a crash. Here each batch of whole cases is one transaction
that also records, in the `meta` table, the number of batches committed under the import's key; a
rerun with the same key skips those batches. A case is never half written: it lives in one batch.
"""

from __future__ import annotations

import hashlib
import inspect
from collections.abc import Callable, Iterable
from pathlib import Path

from sqlalchemy import delete, insert, select

from dxgym.emr_fixtures.db import database_errors, get_engine, init_db
from dxgym.emr_fixtures.default_db import resolve_url
from dxgym.emr_fixtures.errors import DxgymError, ImportRejected
from dxgym.emr_fixtures.importers.common import ImportRecordError
from dxgym.emr_fixtures.models import CaseRecord
from dxgym.emr_fixtures.schema import meta_table
from dxgym.emr_fixtures.writer import USER_ORIGIN, ImportConflict, ImportReport, check_batch, write_cases
from dxgym.emr_fixtures.writer import batches as batched

_PREFIX = "import_batches:"


def import_key(*parts: object) -> str:
    """A stable key for one import (source path, format, options) under which progress is kept."""
    return hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:32]


def committed_batches(url: str | None, key: str) -> int:
    url = resolve_url(url)
    init_db(url)
    with database_errors(url), get_engine(url).connect() as conn:
        row = conn.execute(select(meta_table.c.value).where(meta_table.c.key == _PREFIX + key)).first()
    return int(row[0]) if row else 0


def import_batches(url: str | None, batches: Iterable[list[CaseRecord]], *, key: str, resume: bool = True,
                   replace: bool = False,
                   on_batch: Callable[[int, ImportReport], None] | None = None) -> ImportReport:
    """Commit each batch in its own transaction; with `resume`, skip batches committed under `key` before.

    A bad record or an id conflict stops the import with `ImportRejected` naming it; earlier batches
    stay committed and the next run with the same key resumes after them. Progress is cleared once
    all is written.
    """
    url = resolve_url(url)
    init_db(url)
    done = committed_batches(url, key) if resume else 0
    total = ImportReport()
    engine = get_engine(url)
    index = -1
    try:
        for index, batch in enumerate(batches):
            if index < done:
                continue
            try:
                check_batch(batch, set())
            except ImportRejected as error:
                raise ImportRejected(f"{str(error).removesuffix('; nothing was written')} (batch {index}); "
                                     f"{index} batch(es) are committed") from None
            with database_errors(url), engine.connect() as conn:
                conn.execution_options(dxgym_write=True)
                with conn.begin():
                    report = write_cases(conn, [(c, USER_ORIGIN) for c in batch], replace=replace)
                    conn.execute(delete(meta_table).where(meta_table.c.key == _PREFIX + key))
                    conn.execute(insert(meta_table), [{"key": _PREFIX + key, "value": str(index + 1)}])
            total += report
            if on_batch:
                on_batch(index, report)
    except ImportConflict as error:  # raised by the batch `index`, which was rolled back
        raise ImportConflict(error.ids, kept=f"{index} batch(es) are committed") from None
    except ImportRecordError as error:  # raised while reading batch `index + 1`
        kept = f"{index + 1} batch(es) are committed; rerun to resume" if index >= 0 else "nothing was written"
        raise ImportRejected(f"{error}; {kept}") from None
    with database_errors(url), engine.connect() as conn, conn.begin():
        conn.execute(delete(meta_table).where(meta_table.c.key == _PREFIX + key))
    return total


def _check_options(fmt: str, reader: Callable[..., object], options: dict[str, object]) -> None:
    """An option the format does not take is a user error, said in the CLI's own words."""
    params = inspect.signature(reader).parameters
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values()):
        return
    for name in options:
        if name not in params:
            raise DxgymError(f"--{name.replace('_', '-')} does not apply to --format {fmt}")


def import_with_options(url: str | None, path: Path, fmt: str, options: dict[str, object],
                        batch_size: int | None = None, *, replace: bool = False,
                        on_written: Callable[[int], None] | None = None) -> ImportReport:
    """`dxgym db import`: one transaction, or resumable batches of whole cases with `batch_size`."""
    from dxgym.emr_fixtures.importers.registry import get_importer
    from dxgym.emr_fixtures.store import import_file

    reader = get_importer(fmt)
    _check_options(fmt, reader, options)
    try:
        if not batch_size:
            return import_file(url, path, fmt, replace=replace, on_written=on_written, **options)
        if not path.exists():
            raise ImportRejected(f"{path}: no such file or directory")
        key = import_key(path.resolve(), fmt, sorted((k, str(v)) for k, v in options.items() if k != "progress"),
                         batch_size)
        resumed = committed_batches(url, key)
        report = import_batches(url, batched(reader(path, **options), batch_size), key=key, replace=replace,
                                on_batch=(lambda _, report: on_written(report.cases)) if on_written else None)
        if report.cases == 0 and resumed == 0:
            from dxgym.emr_fixtures.store import nothing_found

            raise nothing_found(path, fmt, {k: v for k, v in options.items() if k != "progress"})
        return report
    except (TypeError, ValueError) as error:
        if isinstance(error, ImportRecordError):
            raise ImportRejected(f"{error}; nothing was written") from None
        raise DxgymError(f"--format {fmt}: {error}") from None

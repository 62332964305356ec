"""Stream MIMIC-IV `hosp` tables into a temporary SQLite file, chunk by chunk, with bounded memory.

Full MIMIC-IV holds 100+ million lab rows in no useful order, so the importer never keeps a table
in memory: each CSV (gzipped or not) is read with the csv module in chunks of `chunk_size` rows and
appended to an indexed on-disk table; cases are then built one admission at a time by indexed
queries. Memory is bounded by the chunk size, not the source. With a `workdir` the spilled file is
kept and reused by a later run (resuming after an interruption skips the slow part).
"""

from __future__ import annotations

import csv
import gzip
import io
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn

from dxgym.emr_fixtures.importers.common import ImportRecordError

Row = tuple[Any, ...]


@dataclass(frozen=True)
class Table:
    """One source table: which columns to keep, how to check a row, and the spill table's indexes."""

    name: str  # file stem: labevents -> labevents.csv(.gz)
    columns: tuple[str, ...]
    required: tuple[str, ...] = ()
    integer: tuple[str, ...] = ()  # columns that must parse as integers when present
    number: tuple[str, ...] = ()  # columns that must parse as numbers when present
    indexes: tuple[tuple[str, ...], ...] = ()
    optional: bool = False


def find(folder: Path, stem: str) -> Path | None:
    for candidate in (folder / f"{stem}.csv.gz", folder / f"{stem}.csv", folder / "hosp" / f"{stem}.csv.gz",
                      folder / "hosp" / f"{stem}.csv"):
        if candidate.is_file():
            return candidate
    return None


class _Counted(io.RawIOBase):
    """Counts the compressed bytes read, for an honest progress bar over gzipped files."""

    def __init__(self, raw: IO[bytes]):
        self.raw, self.count = raw, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = self.raw.readinto(buffer)  # type: ignore[attr-defined]
        self.count += n or 0
        return n or 0


def _open_text(path: Path) -> tuple[IO[str], _Counted]:
    counted = _Counted(path.open("rb"))
    buffered = io.BufferedReader(counted, buffer_size=1 << 20)
    stream: IO[bytes] = gzip.GzipFile(fileobj=buffered) if path.suffix == ".gz" else buffered  # type: ignore[assignment]
    return io.TextIOWrapper(stream, encoding="utf-8", newline=""), counted


def chunks(path: Path, table: Table, chunk_size: int, on_bytes: Callable[[int], None] | None = None,
           keep: Callable[[dict[str, str]], bool] | None = None) -> Iterator[list[Row]]:
    """Checked rows of `table.columns` (None for empty cells), `chunk_size` rows at a time."""
    text, counted = _open_text(path)
    with text:
        reader = csv.reader(text)
        header = next(reader, None)
        if header is None:
            raise ImportRecordError(path.name, "line 1", "(header)", "empty file")
        missing = [c for c in (*table.columns, *table.required) if c not in header]
        if missing:
            raise ImportRecordError(path.name, "line 1", missing[0], "missing column")
        pos = [header.index(c) for c in table.columns]
        chunk: list[Row] = []
        for line, cells in enumerate(reader, start=2):
            if len(cells) != len(header):
                raise ImportRecordError(path.name, f"line {line}", "(row)",
                                        f"{len(cells)} cells where the header has {len(header)}")
            record = {c: cells[p] for c, p in zip(table.columns, pos, strict=True)}
            if keep is not None and not keep(record):
                continue
            chunk.append(tuple(_check(path.name, line, table, c, v) for c, v in record.items()))
            if len(chunk) >= chunk_size:
                yield chunk
                chunk = []
                if on_bytes:
                    on_bytes(counted.count)
        if chunk:
            yield chunk
        if on_bytes:
            on_bytes(counted.count)


def _check(file: str, line: int, table: Table, column: str, value: str) -> Any:
    if value == "":
        if column in table.required:
            raise ImportRecordError(file, f"line {line}", column, "empty")
        return None
    if column in table.integer:
        try:
            return int(value)
        except ValueError:
            raise ImportRecordError(file, f"line {line}", column, f"not an integer: {value!r}") from None
    if column in table.number:
        try:
            return float(value)
        except ValueError:
            raise ImportRecordError(file, f"line {line}", column, f"not a number: {value!r}") from None
    return value


def progress(enabled: bool) -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), DownloadColumn(), TimeRemainingColumn(),
                    disable=not enabled, transient=True)


class Spill:
    """The on-disk copy of the tables an import needs."""

    def __init__(self, path: Path):
        self.path = path
        self.db = sqlite3.connect(path)
        self.db.execute("PRAGMA journal_mode=OFF")
        self.db.execute("PRAGMA synchronous=OFF")
        self.db.execute("PRAGMA cache_size=-16000")  # 16 MB page cache: memory stays bounded
        self.db.execute("CREATE TABLE IF NOT EXISTS _done (name TEXT PRIMARY KEY, signature TEXT)")

    def done(self, name: str, signature: str) -> bool:
        row = self.db.execute("SELECT signature FROM _done WHERE name = ?", (name,)).fetchone()
        return row is not None and row[0] == signature

    def load(self, source: Path, table: Table, chunk_size: int, bar: Progress,
             keep: Callable[[dict[str, str]], bool] | None = None, signature_extra: str = "") -> None:
        """Copy one table (skipped when a kept workdir already holds the same file's copy)."""
        stat = source.stat()
        signature = f"{source.resolve()}:{stat.st_size}:{stat.st_mtime_ns}:{signature_extra}"
        if self.done(table.name, signature):
            return
        cols = ", ".join(f'"{c}"' for c in table.columns)
        self.db.execute(f'DROP TABLE IF EXISTS "{table.name}"')
        self.db.execute(f'CREATE TABLE "{table.name}" ({cols})')
        task = bar.add_task(f"reading {source.name}", total=stat.st_size)
        insert = f'INSERT INTO "{table.name}" VALUES ({", ".join("?" for _ in table.columns)})'
        for chunk in chunks(source, table, chunk_size, lambda n: bar.update(task, completed=n), keep):
            self.db.executemany(insert, chunk)
        for i, index in enumerate(table.indexes):
            self.db.execute(f'CREATE INDEX "{table.name}_ix{i}" ON "{table.name}" ({", ".join(index)})')
        self.db.execute("INSERT OR REPLACE INTO _done VALUES (?, ?)", (table.name, signature))
        self.db.commit()

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        return self.db.execute(sql, params).fetchall()

    def has(self, name: str) -> bool:
        return self.db.execute("SELECT 1 FROM _done WHERE name = ?", (name,)).fetchone() is not None

    def close(self) -> None:
        self.db.close()

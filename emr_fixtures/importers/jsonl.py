"""The project's own JSONL: one `CaseRecord.model_dump_json()` per line (export -> import is lossless).

A bad line raises `ImportRecordError` naming the file, the 1-based line, the field (pydantic's location,
dotted) and the problem. Blank lines are skipped.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from pydantic import ValidationError

from dxgym.emr_fixtures.importers.common import ImportRecordError
from dxgym.emr_fixtures.models import CaseRecord


def _field(loc: tuple[int | str, ...]) -> str:
    return ".".join(str(part) for part in loc) or "(record)"


def parse_line(text: str, file: str, line_no: int) -> CaseRecord:
    """One line -> a validated case, or `ImportRecordError` for that line."""
    where = f"line {line_no}"
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ImportRecordError(file, where, "(json)", f"not valid JSON: {error.msg} at column {error.colno}") from None
    if not isinstance(data, dict):
        raise ImportRecordError(file, where, "(record)", f"expected a JSON object, got {type(data).__name__}")
    try:
        return CaseRecord.model_validate(data)
    except ValidationError as error:
        first = error.errors(include_url=False)[0]
        raise ImportRecordError(file, where, _field(tuple(first["loc"])), first["msg"]) from None


def read(path: str | Path, *, limit: int | None = None) -> Iterator[CaseRecord]:
    """Yield the file's cases in order (at most `limit`); a folder: its `*.jsonl` files in name order."""
    path = Path(path)
    if path.is_dir():
        files = sorted(path.glob("*.jsonl"))
        if not files:
            raise ImportRecordError(str(path), "(path)", "PATH", "no *.jsonl files in this folder")
        for file in files:
            yield from read(file, limit=limit)
        return
    count = 0
    with path.open("rb") as handle:  # decoded line by line, so bytes that are not UTF-8 are named by line
        for line_no, raw in enumerate(handle, start=1):
            if limit is not None and count >= limit:
                return
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as error:
                raise ImportRecordError(path.name, f"line {line_no}", "(encoding)",
                                        f"not UTF-8 text ({error.reason} at byte {error.start})") from None
            if not text.strip():
                continue
            yield parse_line(text, path.name, line_no)
            count += 1

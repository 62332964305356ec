"""`dxgym lookup`: resolve examination requests against a case from the EMR database.

`dxgym lookup CASE_ID "REQUEST" [--json]` splits a multi-test request and prints every hit;
`dxgym lookup --batch FILE.jsonl [--json]` answers lines of {"case_id", "request"} in one process,
one output line per input line, a bad line giving {"error": ...} on its line.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from dxgym.emr_fixtures.cli_common import (
    BatchTally,
    DbOption,
    JsonOption,
    batch_lines,
    console,
    esc,
    fail,
    print_json,
    text,
)
from dxgym.emr_fixtures.errors import CaseNotFound, DxgymError
from dxgym.emr_fixtures.models import CaseRecord

HIT_KEYS = ("name", "group", "category", "result", "unit", "reference_range", "flag", "tier", "source_key")


def lookup_payload(lookup: Any, case: CaseRecord, request: str) -> dict[str, Any]:
    """DESIGN's `lookup --json` shape: the request split into items, every item's hits (each naming it)."""
    from dxgym.agents.lookup.split import split_requests

    items = split_requests(request)
    hits: list[dict[str, Any]] = []
    for item in items:
        for hit in lookup.resolve(item, case):
            row = {k: getattr(hit, k) for k in HIT_KEYS}
            row["item"] = item
            hits.append(row)
    return {"case_id": case.case_id, "request": request, "items": items, "hits": hits}


def _render(payload: dict[str, Any]) -> None:
    from rich.table import Table

    # every value is a Text: a request or a record holding "[/]" or control characters prints as itself
    table = Table(title=text(f"{payload['case_id']}: {payload['request']}"), show_lines=False)
    for col in ("request", "group", "name", "result", "unit", "range", "flag", "tier"):
        table.add_column(col, overflow="fold")
    by_item: dict[str, list[dict[str, Any]]] = {item: [] for item in payload["items"]}
    for hit in payload["hits"]:
        by_item.setdefault(hit["item"], []).append(hit)
    for item, hits in by_item.items():
        if not hits:
            table.add_row(text(item), "—", "—", "[yellow]not available in this patient's record[/yellow]", "", "", "", "")
        for h in hits:
            table.add_row(*(text(v or "") for v in (item, h["group"], h["name"], h["result"], h["unit"],
                                                    h["reference_range"], h["flag"], h["tier"])))
    if not payload["items"]:
        table.add_row(text(payload["request"]), "—", "—", "[yellow]no examination recognised in the request[/yellow]",
                      "", "", "", "")
    console.print(table)


class _Cases:
    """Cases read from the database once per id (a batch may ask the same case thousands of times)."""

    def __init__(self, db: str | None) -> None:
        self.db = db
        self._cache: dict[str, CaseRecord | CaseNotFound] = {}

    def get(self, case_id: str) -> CaseRecord:
        from dxgym.emr_fixtures.store import get_case

        found = self._cache.get(case_id)
        if found is None:
            try:
                found = get_case(self.db, case_id)
            except CaseNotFound as exc:
                found = exc
            self._cache[case_id] = found
        if isinstance(found, CaseNotFound):
            raise found
        return found


def _batch(path: Path, db: str | None, as_json: bool) -> None:
    from dxgym.agents.lookup.agent import ExamLookup

    lookup = ExamLookup()
    cases = _Cases(db)
    tally = BatchTally(path)
    for n, line in batch_lines(path):
        if line is not None and not line.strip():
            continue
        try:
            if line is None:
                raise ValueError("not UTF-8 text")
            item = json.loads(line)
            if not isinstance(item, dict) or not isinstance(item.get("case_id"), str) or not isinstance(item.get("request"), str):
                raise ValueError('expected {"case_id": str, "request": str}')
            payload = lookup_payload(lookup, cases.get(item["case_id"]), item["request"])
        except (ValueError, CaseNotFound) as exc:
            tally.failed += 1
            msg = f"line {n}: {exc}" if not isinstance(exc, json.JSONDecodeError) else f"line {n}: invalid JSON ({exc.msg})"
            if as_json:
                print_json({"error": msg})
            else:
                console.print(f"[red]error:[/red] {esc(msg)}", highlight=False)
            continue
        tally.ok += 1
        if as_json:
            print_json(payload)
        else:
            _render(payload)
    tally.finish()


def lookup(
    case_id: Annotated[str | None, typer.Argument(help="Case id (see `dxgym cases list`).", show_default=False)] = None,
    request: Annotated[str | None, typer.Argument(help='Examinations to look up, e.g. "CBC, CMP and a chest x-ray".', show_default=False)] = None,
    batch: Annotated[Path | None, typer.Option("--batch", help='JSONL file of {"case_id", "request"} lines.', show_default=False)] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Look up examination results in one patient's record (what the consultation's lookup agent returns)."""
    try:
        if batch is not None:
            if case_id is not None or request is not None:
                raise fail("give either CASE_ID REQUEST or --batch FILE, not both", 2)
            _batch(batch, db, as_json)
            return
        if case_id is None or request is None:
            raise fail('usage: dxgym lookup CASE_ID "REQUEST" [--json]  or  dxgym lookup --batch FILE.jsonl', 2)
        from dxgym.agents.lookup.agent import ExamLookup
        from dxgym.emr_fixtures.store import get_case

        payload = lookup_payload(ExamLookup(), get_case(db, case_id), request)
    except DxgymError as exc:
        raise fail(str(exc), 2) from None
    if as_json:
        print_json(payload)
    else:
        _render(payload)


def register(app: typer.Typer) -> None:
    """Add `dxgym lookup` to the root app."""
    app.command("lookup")(lookup)

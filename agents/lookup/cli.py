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

from dxgym.emr_fixtures.cli_common import DbOption, JsonOption, console, fail, print_json
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

    table = Table(title=f"{payload['case_id']}: {payload['request']}", show_lines=False)
    for col in ("request", "group", "name", "result", "unit", "range", "flag", "tier"):
        table.add_column(col, overflow="fold")
    by_item: dict[str, list[dict[str, Any]]] = {item: [] for item in payload["items"]}
    for hit in payload["hits"]:
        by_item.setdefault(hit["item"], []).append(hit)
    for item, hits in by_item.items():
        if not hits:
            table.add_row(item, "—", "—", "[yellow]not available in this patient's record[/yellow]", "", "", "", "")
        for h in hits:
            table.add_row(item, h["group"], h["name"], h["result"], h["unit"] or "", h["reference_range"] or "",
                          h["flag"] or "", h["tier"])
    if not payload["items"]:
        table.add_row(payload["request"], "—", "—", "[yellow]no examination recognised in the request[/yellow]",
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

    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise fail(f"cannot read {path}: {getattr(exc, 'strerror', None) or exc}") from None
    lookup = ExamLookup()
    cases = _Cases(db)
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            if not isinstance(item, dict) or not isinstance(item.get("case_id"), str) or not isinstance(item.get("request"), str):
                raise ValueError('expected {"case_id": str, "request": str}')
            payload = lookup_payload(lookup, cases.get(item["case_id"]), item["request"])
        except (ValueError, CaseNotFound) as exc:
            msg = f"line {n}: {exc}" if not isinstance(exc, json.JSONDecodeError) else f"line {n}: invalid JSON ({exc.msg})"
            if as_json:
                print_json({"error": msg})
            else:
                console.print(f"[red]error:[/red] {msg}", highlight=False)
            continue
        if as_json:
            print_json(payload)
        else:
            _render(payload)


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

"""`dxgym bench`: print the performance figures beside DESIGN's targets (rich table or one JSON document)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from dxgym.emr_fixtures.cli_common import JsonOption, console, err_console, esc, print_json
from dxgym.evaluation.bench_common import TARGETS, unit_of

QuickOption = Annotated[bool, typer.Option("--quick", help="Under a minute: lookup, steps/s, memory, agent loop, KB.")]
OutOption = Annotated[Path | None, typer.Option("--out", help="Also write the JSON document to this file.")]
LlmOption = Annotated[str | None, typer.Option(
    "--llm-url", help="OpenAI-compatible base URL (e.g. a vLLM server's http://host:port/v1) for the "
                      "LLM examination-agent comparison; the full run otherwise starts the local tiny model.")]
NoLlmOption = Annotated[bool, typer.Option("--no-llm", help="Full run without starting the local vLLM server.")]
MimicImportOption = Annotated[bool, typer.Option(
    "--mimic-import", help="Also import a generated 10-million-row MIMIC-IV labevents into SQLite (about three "
                           "minutes): time, peak memory, rows read and written, projected full MIMIC-IV time.")]


def _value(value: float | int) -> str:
    if isinstance(value, int) or float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.3g}" if abs(value) < 10 else f"{value:,.1f}"


def render(document: dict) -> Table:
    """The figures as a table: value, unit, DESIGN target and a pass / fail mark where one applies."""
    table = Table(title=f"dxgym bench ({document['mode']}, {document['elapsed_s']} s)", title_justify="left")
    for column in ("figure", "value", "unit", "target", ""):
        table.add_column(column, justify="right" if column == "value" else "left")
    checks = document["targets"]
    for key, value in document["figures"].items():
        check = checks.get(key)
        mark = "" if check is None else ("[green]✓ pass[/green]" if check["pass"] else "[red]✗ FAIL[/red]")
        target = check["target"] if check else (TARGETS[key].text(unit_of(key)) if key in TARGETS else "")
        table.add_row(key, _value(value), unit_of(key), target, mark)
    return table


def register(app: typer.Typer) -> None:
    @app.command("bench")
    def bench(quick: QuickOption = False, as_json: JsonOption = False, out: OutOption = None,
              llm_url: LlmOption = None, no_llm: NoLlmOption = False, mimic_import: MimicImportOption = False) -> None:
        """Measure dxgym's performance in-process and print each figure beside its DESIGN target."""
        from dxgym.evaluation.bench import run_bench

        def progress(name: str) -> None:
            err_console.print(f"[dim]bench: {name}…[/dim]", highlight=False)

        report = run_bench(quick=quick, llm_url=llm_url, with_llm=not no_llm, progress=progress,
                           mimic_import=mimic_import)
        document = report.to_json()
        if out is not None:
            from dxgym.emr_fixtures.safe_write import write_text

            write_text(out, json.dumps(document, ensure_ascii=False, indent=1) + "\n", what="the bench report")
        if as_json:
            print_json(document)
            return
        console.print(render(document))
        for name, reason in document["not_available"].items():
            console.print(f"[yellow]not available[/yellow] {esc(name)}: {esc(reason)}", highlight=False, soft_wrap=True)
        for note in document["notes"]:
            console.print(f"[dim]note:[/dim] {esc(note)}", highlight=False, soft_wrap=True)
        failed = [k for k, c in document["targets"].items() if not c["pass"]]
        console.print(f"{len(document['targets']) - len(failed)} of {len(document['targets'])} targets met"
                      + (f"; missed: {', '.join(failed)}" if failed else ""), highlight=False)
        m = document["machine"]
        console.print(f"[dim]machine: {esc(m['cpu'])}, {m['cores_available']} cores available, "
                      f"Python {m['python']}[/dim]", highlight=False)

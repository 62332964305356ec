"""The `dxgym db ...` and `dxgym cases ...` commands (the EMR): thin shells over `emr_fixtures.store`.

User errors (bad file, unknown case, bad URL, malformed record) are `DxgymError`s, which the CLI
turns into one line on stderr and a non-zero exit; `--json` prints DESIGN's contract shapes.
"""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from dxgym.emr_fixtures.cli_common import (
    DbOption,
    JsonOption,
    console,
    err_console,
    esc,
    fail,
    print_json,
    text,
)
from dxgym.emr_fixtures.models import case_summary_row

db_app = typer.Typer(name="db", help="The EMR database: create, import, export, statistics.", no_args_is_help=True)
cases_app = typer.Typer(name="cases", help="Browse the EMR's cases.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    """Add this package's commands and command groups to the root `dxgym` app."""
    app.add_typer(db_app)
    app.add_typer(cases_app)


@db_app.command("init")
def db_init(
    db: DbOption = None,
    fixtures: Annotated[bool, typer.Option("--fixtures/--no-fixtures", help="Load the shipped cases.")] = True,
    as_json: JsonOption = False,
) -> None:
    """Create (or upgrade) the schema; load the shipped fixture cases unless --no-fixtures."""
    from dxgym.emr_fixtures.db import display_url, init_db
    from dxgym.emr_fixtures.default_db import resolve_url
    from dxgym.emr_fixtures.store import db_stats, refresh_fixtures

    url = init_db(resolve_url(db))
    if fixtures:
        refresh_fixtures(url)
    stats = db_stats(url)
    if as_json:
        print_json({"url": display_url(url), "cases": stats["cases"], "examinations": stats["examinations"]})
    else:
        console.print(f"database ready: {esc(display_url(url))} ({stats['cases']} cases)", highlight=False)


@db_app.command("import")
def db_import(
    path: Annotated[Path, typer.Argument(help="File or folder to import.", show_default=False)],
    fmt: Annotated[str, typer.Option("--format", "-f", help="Source format: agentclinic, jsonl, casefile, fhir, mimic-iv, synthea-csv.")] = "jsonl",
    db: DbOption = None,
    as_json: JsonOption = False,
    collection: Annotated[str | None, typer.Option("--collection", help="agentclinic: the id's collection (default: the file's own; agentclinic_medqa.jsonl keeps 'medqa').", show_default=False)] = None,
    replace: Annotated[bool, typer.Option("--replace", help="Replace cases whose ids hold different cases (otherwise the import stops and writes nothing).")] = False,
    before_hours: Annotated[float | None, typer.Option("--before-hours", help="EMR formats: keep results charted up to N hours before the admission / encounter start (default 12).", show_default=False)] = None,
    window_hours: Annotated[float | None, typer.Option("--window-hours", help="EMR formats: keep results charted up to N hours after it (default 24).", show_default=False)] = None,
    min_exams: Annotated[int | None, typer.Option("--min-exams", min=0, help="EMR formats: keep cases with at least N examinations.", show_default=False)] = None,
    diagnosis_filter: Annotated[list[str] | None, typer.Option("--diagnosis-filter", help="EMR formats: keep primary diagnoses whose ICD code starts with this prefix (repeatable).", show_default=False)] = None,
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="EMR formats: import at most N cases.", show_default=False)] = None,
    split_by: Annotated[str | None, typer.Option("--split-by", help="EMR formats: 'patient' (default: no patient in two splits) or 'case'.", show_default=False)] = None,
    chunk_size: Annotated[int | None, typer.Option("--chunk-size", min=1, help="mimic-iv: rows fetched at a time.", show_default=False)] = None,
    notes: Annotated[Path | None, typer.Option("--notes", help="mimic-iv: MIMIC-IV-Note discharge.csv(.gz).", show_default=False)] = None,
    batch_size: Annotated[int | None, typer.Option("--batch-size", min=1, help="Commit every N cases and resume an interrupted import (for very large sources).", show_default=False)] = None,
) -> None:
    """Import a file or folder in one transaction: a malformed record, or a case whose id already holds
    a different case, means nothing is written.

    Re-importing the same source changes nothing; an improved conversion of the same source updates
    its cases and says so. With --batch-size each batch of whole cases is committed on its own, and
    rerunning the same command resumes after the last committed batch.
    """
    from dxgym.emr_fixtures.importers.registry import get_importer
    from dxgym.emr_fixtures.progress import bar
    from dxgym.emr_fixtures.streaming import import_with_options

    chosen = {"collection": collection, "before_hours": before_hours, "window_hours": window_hours,
              "min_exams": min_exams, "diagnosis_filter": tuple(diagnosis_filter or ()) or None, "limit": limit,
              "split_by": split_by, "chunk_size": chunk_size, "notes": notes}
    options: dict[str, object] = {k: v for k, v in chosen.items() if v is not None}
    reports_itself = "progress" in inspect.signature(get_importer(fmt)).parameters
    with bar(None if not as_json else False) as progress:
        if reports_itself:
            options["progress"] = progress
        else:
            progress.phase(f"importing {path.name}")
        report = import_with_options(db, path, fmt, options, batch_size, replace=replace,
                                     on_written=None if reports_itself else progress.advance)
    if as_json:
        print_json(report.as_dict())
        return
    console.print(
        f"imported {report.cases} cases, {report.examinations} examinations, {report.diagnoses} diagnoses "
        f"({report.inserted} new, {report.updated} updated from the same source, {report.replaced} replaced, "
        f"{report.unchanged} unchanged)",
        highlight=False,
    )


@db_app.command("export")
def db_export(
    path: Annotated[Path, typer.Argument(help="JSONL file to write (replaced only once complete; - writes stdout), or a folder with --format casefile.", show_default=False)],
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl (one file) or casefile (a folder, one YAML file a case).")] = "jsonl",
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Write every case as project JSONL (re-importable with --format jsonl), or as casefiles."""
    from dxgym.emr_fixtures.safe_write import is_stdout
    from dxgym.emr_fixtures.store import export_casefiles, export_cases

    if fmt not in ("jsonl", "casefile"):
        raise fail(f"unknown export format {fmt!r} (known: casefile, jsonl)")
    if as_json and is_stdout(path) and fmt == "jsonl":
        raise fail("--json prints to stdout, where `db export -` writes the cases; drop one of them")
    # a write error leaves any earlier file as it was (one line, exit 2)
    count = export_cases(db, path) if fmt == "jsonl" else export_casefiles(db, path)
    if as_json:
        print_json({"cases": count, ("file" if fmt == "jsonl" else "folder"): str(path)})
    elif is_stdout(path):
        err_console.print(f"exported {count} cases to stdout", highlight=False)
    else:
        console.print(f"exported {count} cases to {esc(path)}", highlight=False)


@db_app.command("stats")
def db_stats_cmd(db: DbOption = None, as_json: JsonOption = False) -> None:
    """Counts of cases and examinations, by language, split and source."""
    from dxgym.emr_fixtures.store import db_stats

    stats = db_stats(db)
    if as_json:
        print_json(stats)
        return
    console.print(f"{stats['cases']} cases, {stats['examinations']} examinations", highlight=False)
    for key in ("by_language", "by_split", "by_source"):
        table = Table(title=key.replace("_", " "), title_justify="left")
        table.add_column(key.removeprefix("by_"))
        table.add_column("cases", justify="right")
        for name, count in stats[key].items():
            table.add_row(text(name), str(count))
        console.print(table)


@cases_app.command("list")
def cases_list(
    split: Annotated[str | None, typer.Option("--split", help="train, val or test.")] = None,
    lang: Annotated[str | None, typer.Option("--lang", help="en or zh.")] = None,
    source: Annotated[str | None, typer.Option("--source", help="Only this source.")] = None,
    follow_up: Annotated[bool, typer.Option("--follow-up", help="Include follow-up visits.")] = False,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """List cases (follow-up visits of known conditions only with --follow-up)."""
    from dxgym.emr_fixtures.errors import DxgymError
    from dxgym.emr_fixtures.models import SPLITS
    from dxgym.emr_fixtures.store import load_cases

    if split is not None and split not in SPLITS:
        raise DxgymError(f"unknown split {split!r} (use train, val or test)")
    cases = load_cases(db, split=split, language=lang, source=source, include_follow_up=follow_up)
    rows = [case_summary_row(c) for c in cases]
    if as_json:
        print_json(rows)
        return
    table = Table(title=f"{len(rows)} cases", title_justify="left")
    for column in ("case id", "lang", "split", "specialty", "exams", "chief complaint"):
        table.add_column(column, justify="right" if column == "exams" else "left", overflow="fold")
    for case, row in zip(cases, rows, strict=True):  # Text cells: a record's "[/]" is text, not markup
        table.add_row(text(row["case_id"]), text(row["language"]), text(row["split"]), text(row["specialty"]),
                      str(row["n_examinations"]), text(case.chief_complaint[:60]))
    console.print(table)


@cases_app.command("show")
def cases_show(
    case_id: Annotated[str, typer.Argument(help="Case id, e.g. agentclinic:medqa:0.", show_default=False)],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show one case: history, examinations and diagnoses."""
    from dxgym.emr_fixtures.store import get_case

    case = get_case(db, case_id)
    if as_json:
        print_json(case.model_dump(mode="json"))
        return
    demo = case.demographics
    console.print(f"[bold]{esc(case.case_id)}[/bold]  {esc(case.language)}  {esc(case.split)}  {esc(case.specialty)}  "
                  f"({esc(case.source)}, {esc(case.licence)})", highlight=False)
    who = demo.text or ", ".join(x for x in (demo.sex, demo.age, demo.occupation) if x)
    sections = [("Patient", who), ("Index time (admission)", case.index_time or ""),
                ("Chief complaint", case.chief_complaint), ("Present illness", case.present_illness),
                ("Past history", case.past_history), ("Personal history", case.personal_history),
                ("Marital / reproductive", case.marital_reproductive_history),
                ("Family history", case.family_history), *case.history.items()]
    for title, body in sections:
        if body:
            console.print(f"[bold]{esc(title)}:[/bold] {esc(body)}", highlight=False)
    table = Table(title="examinations", title_justify="left")
    timed = any(e.time for e in case.examinations)
    for column in ("group", "name", "category", "result", "relevant", *(("time",) if timed else ())):
        table.add_column(column, overflow="fold")
    for exam in case.examinations:
        table.add_row(text(exam.group), text(exam.name), text(exam.category), text(exam.result),
                      "yes" if exam.relevant else "no", *((text(exam.time or ""),) if timed else ()))
    console.print(table)
    for diagnosis in case.diagnoses:
        code = f" [{diagnosis.icd10}, {diagnosis.icd_method}]" if diagnosis.icd10 else ""
        kind = "primary" if diagnosis.primary else "secondary"
        console.print(f"[bold]Diagnosis ({kind}):[/bold] {esc(diagnosis.name + code)}", highlight=False)


@cases_app.command("new")
def cases_new(
    lang: Annotated[str, typer.Option("--lang", help="zh or en: the template's language (keys and examples).")] = "en",
) -> None:
    """Print a commented casefile template: `dxgym cases new --lang zh > case.yaml`, edit, then
    `dxgym db import case.yaml --format casefile` and `dxgym play casefile:case`."""
    from dxgym.emr_fixtures.casefile import template
    from dxgym.emr_fixtures.safe_write import output_text

    if lang not in ("zh", "en"):
        raise fail(f"unknown language {lang!r} (use zh or en)")
    with output_text("-", what="the template") as handle:
        handle.write(template(lang))

"""`dxgym verify`: score a prediction against a reference diagnosis, one pair or a JSONL batch.

The reference is given as text, or taken from a case's record (`--case`, or a batch line's `case_id`
without a `reference`) in the EMR named by `--db`. A batch runs in one process with one verifier, so thousands of checks reuse its caches; a bad
line gives `{"error": ...}` on its own output line and never stops the batch.
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
)

_LANGS = ("en", "zh")


def _verdict_line(verdict: Any) -> str:
    mark = "[green]correct[/green]" if verdict.correct else "[red]wrong[/red]"
    extra = f" [yellow](fallback: {esc(verdict.fallback)})[/yellow]" if verdict.fallback else ""
    return f"{mark} score={verdict.score:g} [dim]{esc(verdict.verifier)}[/dim] — {esc(verdict.reason)}{extra}"


def _reference_from_record(db: str | None, case_id: str) -> tuple[str, str]:
    """(primary diagnosis, language) of a case in the EMR; raises `CaseNotFound` for an unknown id."""
    from dxgym.emr_fixtures.store import get_case

    case = get_case(db, case_id)
    return case.primary_diagnosis.name, case.language


def _batch(path: Path, verifier: Any, default_lang: str, as_json: bool, db: str | None) -> None:
    from dxgym.agents.types import VerifyRequest

    tally = BatchTally(path)
    for number, line in batch_lines(path):
        try:
            if line is None:
                raise ValueError("not UTF-8 text")
            if not line.strip():
                raise ValueError("empty line")
            item = json.loads(line)
            if not isinstance(item, dict):
                raise ValueError("expected a JSON object")
            reference, prediction = item.get("reference"), item.get("prediction")
            record_language = None
            if reference is None and isinstance(item.get("case_id"), str):
                reference, record_language = _reference_from_record(db, item["case_id"])
            if not isinstance(reference, str) or not isinstance(prediction, str):
                raise ValueError('needs string fields "reference" (or "case_id") and "prediction"')
            language = item.get("language") or record_language or default_lang
            if language not in _LANGS:
                raise ValueError(f"language must be one of {', '.join(_LANGS)}")
            verdict = verifier.verify_sync(
                VerifyRequest(
                    reference=reference, prediction=prediction, language=language, case_id=item.get("case_id")
                )
            )
        except Exception as exc:  # a bad line is reported on its line; the batch goes on
            tally.failed += 1
            if as_json:
                print_json({"error": f"line {number}: {exc}"})
            else:
                console.print(f"line {number}: [red]error[/red] {esc(exc)}", highlight=False)
            continue
        tally.ok += 1
        if as_json:
            print_json(verdict.model_dump(mode="json"))
        else:
            console.print(f"line {number}: {_verdict_line(verdict)}", highlight=False)
    tally.finish()


def verify(
    reference: Annotated[str | None, typer.Option("--reference", "-r", help="The record's diagnosis.")] = None,
    case_id: Annotated[
        str | None, typer.Option("--case", help="Take the reference (and language) from this case's record in --db.")
    ] = None,
    prediction: Annotated[str | None, typer.Option("--prediction", "-p", help="The diagnosis to score.")] = None,
    verifier_kind: Annotated[str, typer.Option("--verifier", help="rule (deterministic) or vrm (LLM judge).")] = "rule",
    judge: Annotated[str | None, typer.Option("--judge", help="Judge spec for --verifier vrm (openai:MODEL@URL).")] = None,
    lang: Annotated[str, typer.Option("--lang", help="Language of the pair: en or zh.")] = "en",
    batch: Annotated[
        Path | None,
        typer.Option("--batch", help='JSONL of {"reference" or "case_id", "prediction"[, "language"]}; "-" reads stdin.'),
    ] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Score a predicted diagnosis against the reference (rule verifier by default)."""
    from dxgym.agents.types import VerifyRequest
    from dxgym.agents.verifiers import make_verifier

    if lang not in _LANGS:
        raise fail(f"--lang must be one of {', '.join(_LANGS)}")
    if verifier_kind not in ("rule", "vrm"):
        raise fail("--verifier must be rule or vrm")
    if reference is not None and case_id is not None:
        raise fail("give one of --reference and --case")
    if batch is None and ((reference is None and case_id is None) or prediction is None):
        raise fail("give --reference (or --case) and --prediction, or --batch FILE.jsonl")
    if batch is not None and (reference is not None or case_id is not None or prediction is not None):
        raise fail("--batch cannot be combined with --reference/--case/--prediction")
    verifier = make_verifier(verifier_kind, judge)
    if batch is not None:
        _batch(batch, verifier, lang, as_json, db)
        return
    if case_id is not None:
        reference, lang = _reference_from_record(db, case_id)
    assert reference is not None and prediction is not None
    verdict = verifier.verify_sync(VerifyRequest(reference=reference, prediction=prediction, language=lang))
    if as_json:
        print_json(verdict.model_dump(mode="json"))
    else:
        console.print(_verdict_line(verdict), highlight=False)


def register(app: typer.Typer) -> None:
    """Add `dxgym verify` to the root app."""
    app.command("verify")(verify)

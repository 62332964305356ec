"""`dxgym audit reward`: the exploit battery of `evaluation/audit.py` as a table or one JSON document."""

from __future__ import annotations

from typing import Annotated

import typer
from rich import box
from rich.console import Console
from rich.table import Table

from dxgym.emr_fixtures.cli_common import DbOption, JsonOption, console, err_console, esc, fail, print_json
from dxgym.emr_fixtures.models import SPLITS

SplitOption = Annotated[str | None, typer.Option("--split", help="train, val or test (default: every split).")]
GateOption = Annotated[bool | None, typer.Option(
    "--gate/--no-gate", help="Exit non-zero on a failed check (default: on for the shipped cases, off with --db).",
    show_default=False)]

COLUMNS = ("correctness", "exam_f1", "format", "no_diagnosis", "length")


def render(document: dict) -> Table:
    """Policies as rows: mean reward, the components that move, exam mean (cases with a relevant
    auxiliary group), share of the oracle's exam reward, gap to the oracle, share scored correct."""
    title = (f"dxgym audit reward: {document['cases']} cases "
             f"({document['cases_without_relevant_auxiliary']} without a relevant auxiliary group, left out of exam)")
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False)
    for column in ("policy", "n", "reward", *COLUMNS, "exam", "exam/oracle", "gap", "correct"):
        table.add_column(column, justify="left" if column == "policy" else "right")
    for name, row in document["policies"].items():
        table.add_row(name, str(row["episodes"]), f"{row['reward']:+.3f}",
                      *(f"{row['components'][c]:+.3f}" for c in COLUMNS),
                      f"{row['exam']:.3f}", f"{row['exam_share_of_oracle']:.0%}", f"{row['gap_to_oracle']:+.3f}",
                      f"{row['correct_rate']:.0%}")
    return table


def register(app: typer.Typer) -> None:
    audit_app = typer.Typer(no_args_is_help=True, help="Audit dxgym against the ways a policy can game it.")
    app.add_typer(audit_app, name="audit")

    @audit_app.command("reward")
    def reward(split: SplitOption = None, db: DbOption = None, as_json: JsonOption = False,
               gate: GateOption = None) -> None:
        """Run exploit policies over a split: mean reward, each component and the gap to the oracle.

        Fails when an exploit earns over 30% of the oracle's exam reward, when a hedged, negated or
        injected answer is scored correct, or when an over-long rollout escapes the length penalty.
        """
        from dxgym.emr_fixtures.store import load_cases
        from dxgym.evaluation.audit import audit

        if split is not None and split not in SPLITS:
            raise fail(f"unknown split {split!r}: expected one of {', '.join(SPLITS)}")
        cases = load_cases(db, split=split)
        if not cases:
            raise fail(f"no cases{' in split ' + split if split else ''} to audit")
        document = audit(cases)
        gating = gate if gate is not None else db is None
        document["gated"] = gating
        if as_json:
            print_json(document)
        else:
            # a pipe gets the whole table rather than columns squeezed to 80 characters
            (console if console.is_terminal else Console(width=160)).print(render(document))
            for failure in document["failures"]:
                err_console.print(f"[red]FAIL[/red] {esc(failure)}", highlight=False, soft_wrap=True)
            if not document["failures"]:
                console.print("all checks passed")
        if gating and document["failures"]:
            raise typer.Exit(1)

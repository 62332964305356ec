"""The `dxgym` commands owned by `evaluation`: `eval`, `report`, `mcq`, `demo`, `bench`, `audit`."""

from __future__ import annotations

import typer

from dxgym.emr_fixtures.cli_common import register_modules

_SUBCOMMANDS = ("dxgym.evaluation.eval_cli", "dxgym.evaluation.bench_cli", "dxgym.evaluation.audit_cli")


def register(app: typer.Typer) -> None:
    """Add this package's commands to the root `dxgym` app."""
    register_modules(app, _SUBCOMMANDS)

"""The `dxgym` commands owned by `evaluation`: `eval`, `report`, `mcq`, `demo`, `bench`."""

from __future__ import annotations

import typer

from emr_fixtures.cli_common import register_modules

_SUBCOMMANDS = ("evaluation.eval_cli", "evaluation.bench_cli")


def register(app: typer.Typer) -> None:
    """Add this package's commands to the root `dxgym` app."""
    register_modules(app, _SUBCOMMANDS)

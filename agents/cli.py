"""The `dxgym` commands owned by `agents`: `lookup`, `verify`, `kb` (each in its subpackage)."""

from __future__ import annotations

import typer

from dxgym.emr_fixtures.cli_common import register_modules

_SUBCOMMANDS = ("dxgym.agents.lookup.cli", "dxgym.agents.verifiers.cli", "dxgym.agents.knowledge.cli")


def register(app: typer.Typer) -> None:
    """Add this package's commands to the root `dxgym` app."""
    register_modules(app, _SUBCOMMANDS)

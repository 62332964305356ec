"""The `dxgym` commands owned by `agents`: `lookup`, `verify`, `kb` (each in its subpackage)."""

from __future__ import annotations

import typer

from emr_fixtures.cli_common import register_modules

_SUBCOMMANDS = ("agents.lookup.cli", "agents.verifiers.cli", "agents.knowledge.cli")


def register(app: typer.Typer) -> None:
    """Add this package's commands to the root `dxgym` app."""
    register_modules(app, _SUBCOMMANDS)

"""The `dxgym` commands owned by `envs`: `play`, `replay` and `serve`."""

from __future__ import annotations

import typer

from dxgym.emr_fixtures.cli_common import register_modules

_SUBCOMMANDS = ("dxgym.envs.play_cli", "dxgym.envs.adapters.serve.cli")


def register(app: typer.Typer) -> None:
    """Add this package's commands to the root `dxgym` app."""
    register_modules(app, _SUBCOMMANDS)

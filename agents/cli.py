"""The `dxgym` commands owned by `agents`: `lookup`, `verify`, `kb` (each in its subpackage)."""

from __future__ import annotations

import importlib

import typer

_SUBCOMMANDS = ("agents.lookup.cli", "agents.verifiers.cli", "agents.knowledge.cli")


def register(app: typer.Typer) -> None:
    """Add this package's commands and command groups to the root `dxgym` app."""
    for name in _SUBCOMMANDS:
        importlib.import_module(name).register(app)

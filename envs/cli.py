"""The `dxgym` commands owned by `envs`: `play` and `replay`."""

from __future__ import annotations

import importlib

import typer

_SUBCOMMANDS = ("envs.play_cli",)


def register(app: typer.Typer) -> None:
    """Add this package's commands to the root `dxgym` app."""
    for name in _SUBCOMMANDS:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:  # a command module not written yet
            if exc.name != name:
                raise
            continue
        module.register(app)

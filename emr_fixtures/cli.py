"""The `dxgym` commands owned by `emr_fixtures`."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add this package's commands and command groups to the root `dxgym` app."""

"""What every command group shares: the `--db` option, JSON output, consoles, one-line errors."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer
from rich.console import Console

console = Console()
err_console = Console(stderr=True)

DbOption = Annotated[
    str | None,
    typer.Option("--db", envvar="DXGYM_DATABASE_URL", help="EMR database URL (default: the embedded SQLite).", show_default=False),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON in DESIGN's contract shape.")]


def print_json(data: Any) -> None:
    """One JSON document on stdout, UTF-8 (no ASCII escaping of clinical text)."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=None, default=str) + "\n")
    sys.stdout.flush()


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print one readable error line on stderr; `raise fail(...)` ends the command (exit 2, like `DxgymError`)."""
    err_console.print(f"[red]error:[/red] {message}", highlight=False, soft_wrap=True)
    return typer.Exit(code)


def register_modules(app: typer.Typer, module_names: tuple[str, ...]) -> None:
    """Let each command module add its commands (`module.register(app)`); a package's `cli.register` calls this."""
    import importlib

    for name in module_names:
        importlib.import_module(name).register(app)

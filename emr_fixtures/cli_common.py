"""What every command group shares: the `--db` option, JSON output, consoles, one-line errors."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Annotated, Any

import typer
from rich.console import Console

from dxgym.emr_fixtures.safe_text import esc, show_controls, text  # noqa: F401  (the printing helpers, re-exported)

# emoji codes off: ":x:" in a chief complaint is text, not an emoji (markup is escaped where data is printed)
console = Console(emoji=False)
err_console = Console(stderr=True, emoji=False)

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
    err_console.print(f"[red]error:[/red] {esc(message)}", highlight=False, soft_wrap=True)
    return typer.Exit(code)


def register_modules(app: typer.Typer, module_names: tuple[str, ...]) -> None:
    """Let each command module add its commands (`module.register(app)`); a package's `cli.register` calls this."""
    import importlib

    for name in module_names:
        importlib.import_module(name).register(app)


def batch_lines(path: Path) -> Iterator[tuple[int, str | None]]:
    """(line number, text) of a `--batch` file, or of stdin for `-`; text is None for a line that is not
    UTF-8, so a batch reports that line and goes on. A binary file, a folder or a closed stdin is an
    error before any line (one line, exit 2)."""
    from dxgym.emr_fixtures.errors import DxgymError
    from dxgym.emr_fixtures.safe_write import describe_os_error, is_stdout

    if is_stdout(path):
        if sys.stdin is None:  # started with stdin closed (`<&-`)
            raise DxgymError("stdin is closed: `--batch -` has nothing to read")
        handle: IO[bytes] = sys.stdin.buffer
    else:
        if path.is_dir():
            raise DxgymError(f"{path} is a directory, not a batch file")
        try:
            handle = path.open("rb")
        except OSError as exc:
            raise DxgymError(f"cannot read {path}: {describe_os_error(exc, with_name=False)}") from None
        if b"\0" in handle.read(8192):
            handle.close()
            raise DxgymError(f"{path} is a binary file, not JSONL text")
        handle.seek(0)
    try:
        for number, raw in enumerate(handle, start=1):
            try:
                yield number, raw.decode("utf-8").removeprefix("\ufeff" if number == 1 else "").rstrip("\r\n")
            except UnicodeDecodeError:
                yield number, None
    finally:
        if not is_stdout(path):
            handle.close()


class BatchTally:
    """Counts a batch's good and bad lines; `finish` exits non-zero when every line failed (DESIGN's rule)."""

    def __init__(self, source: Path) -> None:
        self.source = source
        self.ok = 0
        self.failed = 0

    def finish(self) -> None:
        if self.failed and not self.ok:
            raise fail(f"every line of {self.source} failed ({self.failed} line{'s' if self.failed != 1 else ''})")

"""The CLI's one error boundary: known failures become one line and exit 2; bugs keep their traceback.

Why one place: commands raise `DxgymError` for what they can name, but a hostile or careless
environment produces failures no command anticipates — a random file as `--db`, a database made by
a newer dxgym, a URL with a port that is not a number, a full disk, a folder where a file should
be. Each of those is the user's situation, not a bug: `user_message` turns the project's errors
and these library failures into one readable line. Anything else is a bug: without `--debug`
(or `DXGYM_DEBUG=1`) it is one line saying so and exit 1; with it, the full traceback.

Numbers are checked where they are parsed: every float option of every command rejects NaN and
infinities (a NaN cost ran a whole evaluation and then could not read its own records), whoever
adds the option.
"""

from __future__ import annotations

import errno
import math
import os
import sqlite3
import sys
from typing import Any

from dxgym.emr_fixtures.errors import DxgymError
from dxgym.emr_fixtures.safe_text import show_controls
from dxgym.emr_fixtures.safe_write import describe_os_error

DEBUG_ENV = "DXGYM_DEBUG"
DEBUG_FLAG = "--debug"
USER_ERROR = 2
BUG = 1


def debug_requested(argv: list[str]) -> bool:
    return DEBUG_FLAG in argv or os.environ.get(DEBUG_ENV, "").strip().lower() in ("1", "true", "yes", "on")


def leaf(exc: BaseException) -> BaseException:
    """The first real failure inside (nested) exception groups: a TaskGroup wraps what its tasks raised."""
    while isinstance(exc, BaseExceptionGroup) and exc.exceptions:
        exc = exc.exceptions[0]
    return exc


def _first_line(text: str) -> str:
    return (text.strip().splitlines() or [""])[0]


def _sqlalchemy_message(exc: Exception) -> str | None:
    from sqlalchemy import exc as sa_exc

    if isinstance(exc, sa_exc.ArgumentError):
        return f"bad database URL: {_first_line(str(exc))}"
    if isinstance(exc, sa_exc.DBAPIError):
        original = exc.orig if exc.orig is not None else exc
        text = _first_line(str(original))
        if "file is not a database" in text:
            return "the database file is not an SQLite database (file is not a database)"
        return f"database error: {text}"
    if isinstance(exc, sa_exc.SQLAlchemyError):
        return f"database error: {_first_line(str(exc))}"
    return None


def _alembic_message(exc: Exception) -> str | None:
    try:
        from alembic.util.exc import CommandError
    except ImportError:  # pragma: no cover - alembic is a core dependency
        return None
    if isinstance(exc, CommandError):
        text = _first_line(str(exc))
        if "Can't locate revision" in text or "No such revision" in text:
            return (f"the database's schema revision is unknown to this dxgym ({text}); it was made by another "
                    "dxgym version or edited by hand")
        return f"database migration failed: {text}"
    return None


def user_message(exc: BaseException) -> str | None:
    """One line for a failure that is the user's situation; None for a bug."""
    exc = leaf(exc)
    if isinstance(exc, DxgymError):
        return str(exc)
    if isinstance(exc, UnicodeDecodeError):
        return f"input is not UTF-8 text ({exc.reason} at byte {exc.start})"
    if isinstance(exc, OSError):
        return describe_os_error(exc)
    if isinstance(exc, sqlite3.DatabaseError):
        text = _first_line(str(exc))
        return "the database file is not an SQLite database" if "not a database" in text else f"database error: {text}"
    if isinstance(exc, Exception):
        for explain in (_sqlalchemy_message, _alembic_message):
            message = explain(exc)
            if message is not None:
                return message
    return None


def _bad_parameter() -> type[Exception]:
    """The usage-error class of the click the CLI runs on (typer ships its own copy of click)."""
    try:
        from typer._click.exceptions import BadParameter  # typer >= 0.20 vendors click
    except ImportError:  # pragma: no cover - an older typer on the real click
        from click.exceptions import BadParameter
    return BadParameter


def _commands(command: Any) -> list[Any]:
    found = [command]
    for sub in getattr(command, "commands", {}).values():
        found += _commands(sub)
    return found


def finite_floats(command: Any) -> Any:
    """Make every option and argument under `command` refuse NaN and infinities, with the parser's own
    usage error (exit 2), however the command declared it."""
    bad_parameter = _bad_parameter()
    for cmd in _commands(command):
        for param in cmd.params:
            original = param.process_value

            def checked(ctx: Any, value: Any, _original: Any = original, _param: Any = param) -> Any:
                result = _original(ctx, value)
                for item in result if isinstance(result, (list, tuple)) else (result,):
                    if isinstance(item, float) and not math.isfinite(item):
                        raise bad_parameter(f"{item!r} is not a finite number", ctx=ctx, param=_param)
                return result

            param.process_value = checked
    return command


def run(command: Any, argv: list[str]) -> None:
    """Run the click command with the boundary around it; never returns (exits)."""
    debug = debug_requested(argv)
    args = [a for a in argv if a != DEBUG_FLAG]
    try:
        command.main(args=args, standalone_mode=True)
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        raise SystemExit(130) from None
    except BrokenPipeError:  # `dxgym ... | head`: the reader left; nothing to say
        _quiet_stdout()
        raise SystemExit(141) from None
    except Exception as exc:  # noqa: BLE001 - this is the boundary
        if debug:
            raise
        if isinstance(leaf(exc), OSError) and leaf(exc).errno == errno.EPIPE:  # type: ignore[union-attr]
            _quiet_stdout()
            raise SystemExit(141) from None
        message = user_message(exc)
        if message is not None:
            sys.stderr.write(f"error: {show_controls(message)}\n")
            raise SystemExit(USER_ERROR) from None
        bug = leaf(exc)
        sys.stderr.write(
            f"error: internal error ({type(bug).__name__}: {show_controls(_first_line(str(bug)))}); "
            f"this is a bug in dxgym — rerun with {DEBUG_FLAG} (or {DEBUG_ENV}=1) for the traceback\n"
        )
        raise SystemExit(BUG) from None


def _quiet_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass

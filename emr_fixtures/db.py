"""How we connect to the EMR: URLs, engines, migrations, where the embedded default lives.

The lowest layer of the database code: it knows nothing of cases. Building the embedded default
(which needs the writer) is `default_db`'s job, so imports point one way:
db <- rows <- writer <- default_db <- store.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.engine import make_url

from dxgym.emr_fixtures.errors import DxgymError

ENV_VAR = "DXGYM_DATABASE_URL"
FIXTURES_HASH_KEY = "fixtures_hash"


class DatabaseError(DxgymError):
    """A database the user named cannot be used (bad URL, unreachable, not initialised)."""


def data_dir() -> Path:
    """`$XDG_DATA_HOME/dxgym`, else `~/.local/share/dxgym` (the XDG rule: ignore unset/relative values)."""
    xdg = os.environ.get("XDG_DATA_HOME", "")
    base = Path(xdg) if xdg and os.path.isabs(xdg) else Path.home() / ".local" / "share"
    return base / "dxgym"


def default_database_path() -> Path:
    return data_dir() / "emr.sqlite"


def default_database_url() -> str:
    return f"sqlite:///{default_database_path()}"


def normalise_url(url: str) -> str:
    """Check a URL and pin PostgreSQL to psycopg 3 (`postgresql://`, `postgres://` -> `postgresql+psycopg://`)."""
    url = url.strip()
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            url = "postgresql+psycopg://" + url[len(prefix):]
    try:
        parsed = make_url(url)
    except (exc.ArgumentError, ValueError):  # ValueError: a port that is not a number, an unclosed "[::1"
        raise DatabaseError(f"bad database URL {display_url(url)!r} (expected sqlite:///PATH or postgresql://...)") from None
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise DatabaseError(f"unsupported database {parsed.get_backend_name()!r} in URL (use SQLite or PostgreSQL)")
    return url


def display_url(url: str) -> str:
    """The URL with any password masked, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (exc.ArgumentError, ValueError):
        return _CREDENTIALS.sub(r"\1***@", url)


_CREDENTIALS = re.compile(r"(://[^/@:\s]*):[^/@\s]*@")  # the password of user:password@host


def _query_flag(url: str, name: str) -> str | None:
    value = make_url(url).query.get(name)
    if isinstance(value, tuple):
        value = value[-1] if value else None
    return value


def is_read_only_url(url: str) -> bool:
    """An SQLite URL that asks for read-only access (`?mode=ro`, `?immutable=1`): writes are refused."""
    if make_url(url).get_backend_name() != "sqlite":
        return False
    return _query_flag(url, "mode") == "ro" or (_query_flag(url, "immutable") or "0").lower() in ("1", "true", "yes", "on")


def is_memory_url(url: str) -> bool:
    """An SQLite database that lives only as long as the process (`sqlite://`, `:memory:`, `mode=memory`)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return False
    return not parsed.database or parsed.database in (":memory:", "file::memory:") or _query_flag(url, "mode") == "memory"


def require_writable(url: str) -> None:
    """Refuse, in one line, a write to a database that cannot keep it."""
    if is_read_only_url(url):
        raise DatabaseError(f"database {display_url(url)} is opened read-only (mode=ro / immutable in its URL); "
                            "this command writes, so name a writable database")
    if is_memory_url(url):
        raise DatabaseError(f"{display_url(url)} is an in-memory database: it keeps nothing once this command "
                            "ends; name a file (sqlite:///PATH)")


def sqlite_path(url: str) -> Path | None:
    """The file of a file-backed SQLite URL; None for memory databases and other backends."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    if parsed.database.startswith("file:"):
        return Path(unquote(parsed.database[5:].split("?", 1)[0].removeprefix("//")))
    return Path(parsed.database)


_engines: dict[tuple[str, bool], Engine] = {}
_engines_lock = threading.Lock()


def _folder_writable(path: Path) -> bool:
    return os.access(path.parent if str(path.parent) else Path("."), os.W_OK)


def sqlite_read_only_uri(path: Path, *, immutable: bool | None = None) -> str:
    """`file:PATH?mode=ro`, with `immutable=1` when the folder cannot be written: a copy on a read-only
    mount or an immutable folder has no writer, and SQLite would otherwise fail trying to create lock
    or journal side files there."""
    immutable = (not _folder_writable(path)) if immutable is None else immutable
    return f"file:{quote(str(path.absolute()))}?mode=ro" + ("&immutable=1" if immutable else "")


def _sqlite_engine(url: str, read_only: bool) -> Engine:
    from sqlalchemy.pool import QueuePool

    path = sqlite_path(url)
    read_only = read_only or is_read_only_url(url)
    if read_only and path is not None and (is_read_only_url(url) or not _folder_writable(path)
                                           or not os.access(path, os.W_OK)):
        # nobody may write here: open read-only (immutable where the folder is closed), no side files
        immutable = (_query_flag(url, "immutable") or "0").lower() in ("1", "true", "yes", "on") or None
        uri = sqlite_read_only_uri(path, immutable=immutable)
        engine = create_engine("sqlite://", poolclass=QueuePool, creator=lambda: sqlite3.connect(
            uri, uri=True, check_same_thread=False, timeout=60))
    else:
        # a reader where writing is possible opens normally with query_only: it can still roll back the
        # journal a killed import left behind, which a mode=ro connection cannot
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 60})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves: reads and writes share one snapshot
        cursor = dbapi_conn.cursor()
        if not read_only and path is not None:
            # rollback journal, not WAL: a WAL file cannot be read from a read-only folder (its -shm must be
            # created), and the README's multi-node recipe copies this file to read-only storage
            with contextlib.suppress(sqlite3.OperationalError):  # busy: another process has it open
                cursor.execute("PRAGMA journal_mode=DELETE")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=60000")
        if read_only:
            cursor.execute("PRAGMA query_only=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # writers ask for IMMEDIATE so two importers queue on the lock instead of failing mid-transaction
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("dxgym_write") else "BEGIN")

    return engine


def get_engine(url: str, *, read_only: bool = False) -> Engine:
    """A cached engine per (URL, mode); read-only opens SQLite with `mode=ro` and PostgreSQL read-only."""
    url = normalise_url(url)
    key = (url, read_only)
    with _engines_lock:
        engine = _engines.get(key)
        if engine is None:
            try:
                if make_url(url).get_backend_name() == "sqlite":
                    engine = _sqlite_engine(url, read_only)
                else:
                    engine = create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=10)
                    if read_only:
                        engine = engine.execution_options(postgresql_readonly=True)
            except (exc.NoSuchModuleError, exc.ArgumentError, ImportError) as error:
                raise DatabaseError(f"cannot open database {display_url(url)}: {error}") from None
            _engines[key] = engine
        return engine


def dispose_engine(url: str) -> None:
    """Close and forget the cached engines of one database (before dropping or moving it)."""
    url = normalise_url(url)
    with _engines_lock:
        for read_only in (False, True):
            engine = _engines.pop((url, read_only), None)
            if engine is not None:
                engine.dispose()


def dispose_engines() -> None:
    """Close every cached engine (tests, and after `fork` in a worker)."""
    with _engines_lock:
        for engine in _engines.values():
            engine.dispose()
        _engines.clear()


@contextlib.contextmanager
def database_errors(url: str) -> Iterator[None]:
    """Turn driver failures into one-line `DatabaseError`s (missing tables, unreachable server, not a database)."""
    try:
        yield
    except exc.DBAPIError as error:
        text = str(error.orig if error.orig is not None else error).strip().splitlines()[0]
        if "no such table" in text or ("relation" in text and "does not exist" in text):
            raise DatabaseError(
                f"database {display_url(url)} is not initialised (run: dxgym db init --db URL)"
            ) from None
        if "file is not a database" in text:
            raise DatabaseError(f"{display_url(url)} is not an SQLite database (file is not a database)") from None
        if "readonly database" in text or "read-only transaction" in text:
            raise DatabaseError(f"database {display_url(url)} is read-only here ({text}); this command writes, "
                                "so use a writable copy") from None
        raise DatabaseError(f"database {display_url(url)}: {text}") from None


def _alembic_config(connection: Any) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", "dxgym.emr_fixtures:migrations")
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config(None)).get_current_head()
    assert head is not None
    return head


def init_db(url: str) -> str:
    """Create or upgrade the schema to the newest migration (idempotent); returns the normalised URL.

    Every write path calls this first, so it is where a database that cannot keep a write (a
    read-only or in-memory URL) or was made by another dxgym (an unknown revision) is refused."""
    from alembic import command
    from alembic.util.exc import CommandError

    url = normalise_url(url)
    require_writable(url)
    path = sqlite_path(url)
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except (FileExistsError, NotADirectoryError):
            raise DatabaseError(f"cannot create {path}: a folder on its path is a file") from None
    engine = get_engine(url)
    with database_errors(url), engine.connect() as conn:
        conn = conn.execution_options(dxgym_write=True)
        try:
            command.upgrade(_alembic_config(conn), "head")
        except CommandError as error:
            raise DatabaseError(
                f"database {display_url(url)} has a schema revision this dxgym does not know "
                f"({str(error).splitlines()[0]}); it was made by another dxgym version or edited by hand"
            ) from None
        conn.commit()
    return url

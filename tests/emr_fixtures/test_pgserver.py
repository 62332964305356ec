"""The embedded PostgreSQL starts for real (as root or not), serves SQL, and cleans up after itself."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from dxgym.emr_fixtures import db
from dxgym.emr_fixtures.pgserver import start_postgres


def test_start_query_stop(tmp_path: Path) -> None:
    server = start_postgres(tmp_path)
    try:
        assert server.url.startswith("postgresql+psycopg://")
        url = server.create_database("probe")
        engine = db.get_engine(url)
        with engine.connect() as conn:
            assert conn.execute(sa.text("SHOW server_version")).scalar().startswith("18")
            assert conn.execute(sa.text("SELECT :x"), {"x": "血常规"}).scalar() == "血常规"
        db.dispose_engine(url)
    finally:
        server.stop()
    assert not server.base.exists()
    assert not server.socket_dir.exists()

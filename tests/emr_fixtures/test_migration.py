"""Migration 0002_time_identity upgrades a database written by the first schema in place, on SQLite and
on a real PostgreSQL: rows kept, admission_time renamed index_time, results without a time, and the
identity rules still refusing to replace a stored case with a different one."""

from __future__ import annotations

import hashlib
import itertools
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import insert, text

from dxgym.emr_fixtures import db, store
from dxgym.emr_fixtures.fixtures import load_fixture_cases
from dxgym.emr_fixtures.models import CaseRecord
from dxgym.emr_fixtures.rows import case_row, child_rows
from dxgym.emr_fixtures.schema import diagnoses_table

_names = itertools.count()


def _migrate(url: str, revision: str, down: bool = False) -> None:
    with db.get_engine(url).connect() as conn:
        conn = conn.execution_options(dxgym_write=True)
        (command.downgrade if down else command.upgrade)(db._alembic_config(conn), revision)
        conn.commit()


@pytest.fixture(params=["sqlite", "postgres"])
def first_schema_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database at revision 0001 (what every copy of dxgym wrote before this change)."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'old.sqlite'}"
    else:
        url = request.getfixturevalue("postgres_server").create_database(f"old_{os.getpid()}_{next(_names)}")
    _migrate(db.normalise_url(url), "0001")
    yield db.normalise_url(url)
    db.dispose_engine(url)


def _write_first_schema(url: str, cases: list[CaseRecord]) -> None:
    """Rows as the first schema held them: admission_time, no result times, no source hash."""
    with db.get_engine(url).connect() as conn:
        conn = conn.execution_options(dxgym_write=True)
        with conn.begin():
            for case in cases:
                row = case_row(case, "import", hashlib.sha256(b"schema 1 dump").hexdigest())
                row["admission_time"] = row.pop("index_time")
                row["schema_version"] = 1
                del row["source_hash"]
                columns = ", ".join(row)
                conn.execute(text(f"INSERT INTO cases ({columns}) VALUES ({', '.join(':' + k for k in row)})"),
                             {k: (json.dumps(v) if isinstance(v, dict) else v) for k, v in row.items()})
                exams, diagnoses = child_rows(case)
                for exam in exams:
                    del exam["time"], exam["reveals_diagnosis"]  # added by later revisions
                    exam["value"] = json.dumps(exam["value"]) if exam["value"] is not None else None
                    conn.execute(text(f"INSERT INTO examinations ({', '.join(exam)}) VALUES "
                                      f"({', '.join(':' + k for k in exam)})"), exam)
                conn.execute(insert(diagnoses_table), diagnoses)


def _counts(url: str) -> tuple[int, int, int]:
    with db.get_engine(url).connect() as conn:
        return tuple(conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()  # type: ignore[return-value]
                     for t in ("cases", "examinations", "diagnoses"))


def test_first_schema_upgrades_in_place(first_schema_url: str) -> None:
    url = first_schema_url
    shipped = [c for c in load_fixture_cases() if c.index_time][:3] + [load_fixture_cases()[0]]
    _write_first_schema(url, shipped)
    before = _counts(url)

    db.init_db(url)  # what every command does on start: migrate to the newest schema
    with db.get_engine(url).connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == db.head_revision()
    assert db.head_revision() == "0002_time_identity"
    assert _counts(url) == before
    stats = store.db_stats(url)
    assert (stats["cases"], stats["examinations"]) == before[:2]
    loaded = {c.case_id: c for c in store.load_cases(url, include_follow_up=True)}
    for case in shipped:
        old = loaded[case.case_id]
        assert old.schema_version == 2 and old.index_time == case.index_time
        assert old.source_hash is None and all(e.time is None for e in old.examinations)
        assert old.model_copy(update={"source_hash": case.source_hash}) == case

    # the same cases again: recognised by content (the stored hash is the first schema's), nothing rewritten
    report = store.import_cases(url, shipped)
    assert (report.inserted, report.updated, report.replaced, report.unchanged) == (0, 0, 0, len(shipped))
    assert store.get_case(url, shipped[0].case_id).source_hash == shipped[0].source_hash
    # a different case under an upgraded id is refused: the old rows had no source to compare
    other = shipped[1].model_copy(update={"case_id": shipped[0].case_id, "source_hash": "0" * 64})
    with pytest.raises(store.ImportConflict, match=shipped[0].case_id):
        store.import_cases(url, [other])
    assert store.get_case(url, shipped[0].case_id) == shipped[0]


def test_downgrade_and_upgrade_again_keep_the_rows(first_schema_url: str) -> None:
    url = first_schema_url
    _migrate(url, "head")
    cases = [c for c in load_fixture_cases() if c.index_time][:2]
    store.import_cases(url, cases)
    _migrate(url, "0001", down=True)
    with db.get_engine(url).connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM cases WHERE admission_time IS NOT NULL")).scalar_one() == 2
    _migrate(url, "head")
    assert {c.case_id: c.index_time for c in store.load_cases(url)} == {c.case_id: c.index_time for c in cases}

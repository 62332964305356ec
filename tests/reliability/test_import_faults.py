"""Import fault injection: whatever goes wrong during an import, nothing of it is written.

DESIGN: an import is one transaction. The faults here are the ones a real run meets: a bad record
deep inside a large file, a database opened read-only, a database that fills up mid-import, and the
importing process killed with SIGKILL halfway through its writes. Tests run as root here, so file
permissions prove nothing: read-only is SQLite's `mode=ro` URI and PostgreSQL's
`default_transaction_read_only`; "full" is SQLite's `PRAGMA max_page_count`.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import event, make_url

from dxgym.emr_fixtures import db, store
from dxgym.emr_fixtures.bench import generate_cases
from dxgym.emr_fixtures.errors import DxgymError, ImportRejected

pytestmark = pytest.mark.timeout(180)


def snapshot(url: str, tmp_path: Path) -> tuple[dict, bytes]:
    """Stats and the full export: "exactly as it was" means both are byte-identical."""
    out = tmp_path / f"export-{time.monotonic_ns()}.jsonl"
    store.export_cases(url, out)
    return store.db_stats(url), out.read_bytes()


def seeded(url: str) -> None:
    """What was there before: 50 cases under ids of their own (since issue 16 an import that put other
    content under existing ids would be refused before writing, which is not the fault under test)."""
    cases = generate_cases(50, seed=11)
    store.import_cases(url, [c.model_copy(update={"case_id": c.case_id.replace("synthetic:", "seeded:")}) for c in cases])


def libpq(url: str) -> str:
    """The psycopg (libpq) form of a `postgresql+psycopg://` URL."""
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


BREAKAGES = {
    "truncated JSON": lambda line: line[: len(line) // 2],
    "wrong enum value": lambda line: line.replace('"category":"laboratory"', '"category":"lab"', 1),
    "NUL bytes and junk": lambda line: "\x00\x00\ufffd" + line[5:],
    "missing required field": lambda line: line.replace('"case_id":', '"case_idx":', 1),
}


@pytest.mark.parametrize("breakage", list(BREAKAGES))
def test_bad_record_in_the_middle_of_a_large_file(db_url, tmp_path, reliability_counts: Counter[str], breakage):
    seeded(db_url)
    before = snapshot(db_url, tmp_path)
    lines = [c.model_dump_json() for c in generate_cases(2_000, seed=12)]
    lines[999] = BREAKAGES[breakage](lines[999])
    path = tmp_path / "big.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ImportRejected, match=r"big\.jsonl: line 1000\b.*nothing was written"):
        store.import_file(db_url, path, "jsonl")
    assert snapshot(db_url, tmp_path) == before
    reliability_counts["import faults injected (nothing written)"] += 1


def test_sqlite_opened_read_only(sqlite_url, tmp_path, reliability_counts: Counter[str]):
    seeded(sqlite_url)
    before = snapshot(sqlite_url, tmp_path)
    path = db.sqlite_path(sqlite_url)
    db.dispose_engine(sqlite_url)
    read_only = f"sqlite:///file:{path}?mode=ro&uri=true"
    with pytest.raises(DxgymError):
        store.import_cases(read_only, generate_cases(200, seed=13))
    db.dispose_engine(read_only)
    assert snapshot(sqlite_url, tmp_path) == before
    reliability_counts["import faults injected (nothing written)"] += 1


def test_postgres_default_transaction_read_only(pg_url, postgres_server, tmp_path, reliability_counts: Counter[str]):
    seeded(pg_url)
    before = snapshot(pg_url, tmp_path)
    name = make_url(pg_url).database
    admin = libpq(postgres_server.url)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'ALTER DATABASE "{name}" SET default_transaction_read_only = on')
    db.dispose_engine(pg_url)  # new connections pick the setting up
    try:
        with pytest.raises(Exception, match="read-only transaction") as info:
            store.import_cases(pg_url, generate_cases(200, seed=13))
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'ALTER DATABASE "{name}" RESET default_transaction_read_only')
        db.dispose_engine(pg_url)
    assert snapshot(pg_url, tmp_path) == before
    reliability_counts["import faults injected (nothing written)"] += 1
    assert isinstance(info.value, DxgymError), f"read-only PostgreSQL surfaced as {type(info.value).__name__}"
    assert "read-only" in str(info.value) or "read only" in str(info.value)


def test_sqlite_full_mid_import(sqlite_url, tmp_path, reliability_counts: Counter[str]):
    seeded(sqlite_url)
    before = snapshot(sqlite_url, tmp_path)
    pages = sqlite3.connect(db.sqlite_path(sqlite_url)).execute("PRAGMA page_count").fetchone()[0]
    engine = db.get_engine(sqlite_url)

    def cap(dbapi_conn, _record) -> None:  # the file may grow by ~400 KB, far less than the import needs
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages + 100}")

    db.dispose_engine(sqlite_url)
    engine = db.get_engine(sqlite_url)
    event.listen(engine, "connect", cap)
    try:
        with pytest.raises(DxgymError, match="full"):
            store.import_cases(sqlite_url, generate_cases(3_000, seed=14))
    finally:
        event.remove(engine, "connect", cap)
        db.dispose_engine(sqlite_url)
    assert snapshot(sqlite_url, tmp_path) == before
    reliability_counts["import faults injected (nothing written)"] += 1


CHILD = """
import sys
from dxgym.emr_fixtures.bench import generate_cases
from dxgym.emr_fixtures.store import import_cases
cases = generate_cases(int(sys.argv[2]), seed=15)
print("writing", flush=True)
import_cases(sys.argv[1], cases)
print("committed", flush=True)
"""


def _start_import(url: str, n: int) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    child = subprocess.Popen([sys.executable, "-c", CHILD, url, str(n)], stdout=subprocess.PIPE, text=True, env=env)
    assert child.stdout is not None and child.stdout.readline().strip() == "writing"
    return child


def _wait_for(condition, child: subprocess.Popen[str], what: str, timeout: float = 90.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        assert child.poll() is None, f"the import finished before {what}: the kill would prove nothing"
        time.sleep(0.01)
    child.kill()
    pytest.fail(f"timed out waiting for {what}")


def _kill(child: subprocess.Popen[str]) -> None:
    os.kill(child.pid, signal.SIGKILL)
    assert child.wait(timeout=30) == -signal.SIGKILL


def test_sigkill_during_sqlite_import(sqlite_url, tmp_path, reliability_counts: Counter[str]):
    seeded(sqlite_url)
    before = snapshot(sqlite_url, tmp_path)
    db.dispose_engine(sqlite_url)
    path = db.sqlite_path(sqlite_url)
    assert path is not None
    journal = Path(f"{path}-journal")
    start = path.stat().st_size
    child = _start_import(sqlite_url, 8_000)
    # rollback-journal mode (issue 20: a WAL file cannot be read from read-only storage): once the page
    # cache fills, uncommitted pages spill into the database file itself, their originals kept in the
    # journal — the transaction is under way, and the kill leaves a hot journal to roll back
    _wait_for(lambda: journal.exists() and path.stat().st_size > start + 4 * 1024 * 1024, child,
              "uncommitted writes in the database file")
    _kill(child)
    assert journal.exists()
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert snapshot(sqlite_url, tmp_path) == before
    store.import_cases(sqlite_url, generate_cases(20, seed=16))  # and the database is usable (no stale lock)
    reliability_counts["imports killed with SIGKILL mid-transaction (nothing written)"] += 1


def test_sigkill_during_postgres_import(pg_url, tmp_path, reliability_counts: Counter[str]):
    seeded(pg_url)
    before = snapshot(pg_url, tmp_path)
    name = make_url(pg_url).database
    watcher = psycopg.connect(libpq(pg_url), autocommit=True)
    child = _start_import(pg_url, 15_000)

    def inserting() -> bool:  # another backend holds a write lock on the case tables: rows are going in
        row = watcher.execute(
            "SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
            "JOIN pg_stat_activity a ON a.pid = l.pid "
            "WHERE c.relname IN ('cases', 'examinations', 'diagnoses') AND l.mode = 'RowExclusiveLock' "
            "AND a.datname = %s AND a.pid <> pg_backend_pid()", (name,)).fetchone()
        return bool(row and row[0])

    try:
        _wait_for(inserting, child, "an open write transaction")
        _kill(child)
    finally:
        watcher.close()
    assert snapshot(pg_url, tmp_path) == before
    store.import_cases(pg_url, generate_cases(20, seed=16))
    reliability_counts["imports killed with SIGKILL mid-transaction (nothing written)"] += 1

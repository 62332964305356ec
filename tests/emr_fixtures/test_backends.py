"""The same import into SQLite and into a real PostgreSQL gives byte-identical `db stats --json`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from dxgym.emr_fixtures import store
from dxgym.emr_fixtures.bench import generate_cases
from dxgym.emr_fixtures.fixtures import load_fixture_cases


def _stats_json(url: str) -> str:
    result = subprocess.run([sys.executable, "-m", "dxgym", "db", "stats", "--json", "--db", url],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_sqlite_and_postgres_stats_identical(sqlite_url: str, pg_url: str, tmp_path: Path) -> None:
    source = tmp_path / "cases.jsonl"
    cases = [*load_fixture_cases(), *generate_cases(200, seed=11)]
    source.write_text("".join(c.model_dump_json() + "\n" for c in cases), encoding="utf-8")
    for url in (sqlite_url, pg_url):
        store.import_file(url, source, "jsonl")
    sqlite_stats, pg_stats = _stats_json(sqlite_url), _stats_json(pg_url)
    assert sqlite_stats == pg_stats
    assert '"zh"' in sqlite_stats and '"en"' in sqlite_stats
    exports = []
    for name, url in (("s", sqlite_url), ("p", pg_url)):
        store.export_cases(url, tmp_path / f"{name}.jsonl")
        exports.append((tmp_path / f"{name}.jsonl").read_bytes())
    assert exports[0] == exports[1]

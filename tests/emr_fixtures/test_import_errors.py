"""A malformed record rejects the whole file, names line and field, and leaves the database as it was."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from dxgym.emr_fixtures import store
from dxgym.emr_fixtures.bench import generate_cases
from dxgym.emr_fixtures.errors import ImportRejected
from dxgym.emr_fixtures.fixtures import load_fixture_cases
from dxgym.emr_fixtures.importers import jsonl
from dxgym.emr_fixtures.importers.common import ImportRecordError


def dxgym(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "dxgym", *args], capture_output=True, text=True, timeout=300)


def _write_jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def test_line_50_malformed_exits_nonzero_and_writes_nothing(db_url: str, tmp_path: Path) -> None:
    store.import_cases(db_url, load_fixture_cases()[:10])
    before = tmp_path / "before.jsonl"
    store.export_cases(db_url, before)
    stats_before = store.db_stats(db_url)

    lines = [c.model_dump_json() for c in generate_cases(60, seed=3)]
    assert '"language":"en"' in lines[49] or '"language":"zh"' in lines[49]
    lines[49] = lines[49].replace('"language":"en"', '"language":"fr"').replace('"language":"zh"', '"language":"fr"')
    bad = _write_jsonl(tmp_path / "bad.jsonl", lines)

    result = dxgym("db", "import", str(bad), "--format", "jsonl", "--db", db_url)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "line 50" in result.stderr and "'language'" in result.stderr and "bad.jsonl" in result.stderr

    after = tmp_path / "after.jsonl"
    store.export_cases(db_url, after)
    assert store.db_stats(db_url) == stats_before
    assert after.read_bytes() == before.read_bytes()


@pytest.mark.parametrize(
    ("breakage", "field"),
    [
        (lambda s: s[:-5], "(json)"),
        (lambda s: "[1, 2]", "(record)"),
        (lambda s: s.replace('"category":"laboratory"', '"category":"lab"', 1), "examinations.4.category"),
        (lambda s: s.replace('"primary":true', '"primary":false'), "(record)"),
    ],
)
def test_jsonl_errors_name_line_and_field(tmp_path: Path, breakage, field: str) -> None:  # type: ignore[no-untyped-def]
    lines = [c.model_dump_json() for c in generate_cases(5, seed=4)]
    lines[2] = breakage(lines[2])
    path = _write_jsonl(tmp_path / "x.jsonl", ["", *lines])  # a blank first line still counts as line 1
    with pytest.raises(ImportRecordError) as info:
        list(jsonl.read(path))
    assert info.value.where == "line 4"
    assert info.value.field == field
    assert str(info.value).startswith("x.jsonl: line 4: field")


def test_store_wraps_record_errors(db_url: str, tmp_path: Path) -> None:
    lines = [c.model_dump_json() for c in generate_cases(3, seed=5)]
    lines[2] = "{"
    path = _write_jsonl(tmp_path / "y.jsonl", lines)
    with pytest.raises(ImportRejected, match=r"y\.jsonl: line 3: .*nothing was written"):
        store.import_file(db_url, path, "jsonl")
    assert store.db_stats(db_url)["cases"] == 0


def test_import_via_cli_prints_counts_and_is_idempotent(sqlite_url: str) -> None:
    source = Path(__file__).parents[2] / "emr_fixtures" / "data" / "cases_agentclinic_medqa.jsonl"
    result = dxgym("db", "import", str(source), "--format", "jsonl", "--db", sqlite_url)
    assert result.returncode == 0, result.stderr
    assert "imported 107 cases" in result.stdout and "examinations" in result.stdout and "diagnoses" in result.stdout
    again = dxgym("db", "import", str(source), "--format", "jsonl", "--db", sqlite_url, "--json")
    assert '"unchanged": 107' in again.stdout

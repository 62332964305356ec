"""The `db` and `cases` commands: contract JSON shapes and one-line user errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import dxgym
from dxgym.emr_fixtures import store
from dxgym.emr_fixtures.fixtures import load_fixture_cases
from dxgym.emr_fixtures.models import case_summary_row

runner = CliRunner()


def run(*args: str) -> tuple[int, str]:
    result = runner.invoke(dxgym.app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout


def test_cases_list_and_show_json(db_url: str) -> None:
    cases = load_fixture_cases()[:30]
    store.import_cases(db_url, cases)
    code, out = run("cases", "list", "--split", "train", "--lang", "en", "--json", "--db", db_url)
    assert code == 0
    expected = [case_summary_row(c) for c in sorted(cases, key=lambda c: store.natural_key(c.case_id))
                if c.split == "train"]
    assert json.loads(out) == expected
    code, out = run("cases", "show", cases[4].case_id, "--json", "--db", db_url)
    assert code == 0
    assert json.loads(out) == cases[4].model_dump(mode="json")
    code, out = run("cases", "show", cases[4].case_id, "--db", db_url)
    assert code == 0 and cases[4].primary_diagnosis.name in out


def test_human_output(sqlite_url: str) -> None:
    store.import_cases(sqlite_url, load_fixture_cases()[:5])
    code, out = run("db", "stats", "--db", sqlite_url)
    assert code == 0 and "5 cases" in out and "by split" in out
    code, out = run("cases", "list", "--db", sqlite_url)
    assert code == 0 and "5 cases" in out and "chief complaint" in out


def test_db_init_and_export(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new.sqlite'}"
    code, out = run("db", "init", "--db", url, "--json")
    assert code == 0 and json.loads(out)["cases"] == len(load_fixture_cases())
    code, out = run("db", "init", "--db", f"sqlite:///{tmp_path / 'empty.sqlite'}", "--no-fixtures", "--json")
    assert code == 0 and json.loads(out)["cases"] == 0
    code, out = run("db", "export", str(tmp_path / "out.jsonl"), "--db", url, "--json")
    assert code == 0 and json.loads(out)["cases"] == len(load_fixture_cases())
    assert len((tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()) == len(load_fixture_cases())


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["cases", "show", "agentclinic:medqa:1000"], "did you mean 'agentclinic:medqa:100'"),
        (["cases", "show", "x"], "no case with id 'x'"),
        (["cases", "list", "--split", "dev"], "unknown split"),
        (["db", "stats", "--db", "mysql://u@h/d"], "unsupported database"),
        (["db", "stats", "--db", "not a url"], "bad database URL"),
        (["db", "import", "/nonexistent.jsonl", "--format", "jsonl"], "no such file"),
        (["db", "import", "README.md", "--format", "nope"], "unknown import format"),
    ],
)
def test_user_errors_are_one_line(args: list[str], needle: str) -> None:
    result = subprocess.run([sys.executable, "-m", "dxgym", *args], capture_output=True, text=True, timeout=300,
                            cwd=Path(__file__).parents[2])
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert needle in lines[0]

"""The embedded default: built on first use (safely under concurrency) and refreshed without losing user cases."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from dxgym.emr_fixtures import db, default_db, fixtures, store
from dxgym.emr_fixtures.bench import generate_cases

_STATS = "import json; from dxgym.emr_fixtures import store; print(json.dumps(store.db_stats(None)))"


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "xdg"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    monkeypatch.delenv(db.ENV_VAR, raising=False)
    default_db._default_checked.clear()
    yield home
    db.dispose_engines()
    default_db._default_checked.clear()


def test_built_on_first_use(data_home: Path) -> None:
    assert not (data_home / "dxgym").exists()
    assert default_db.resolve_url(None) == f"sqlite:///{data_home / 'dxgym' / 'emr.sqlite'}"
    stats = store.db_stats(None)
    shipped = fixtures.load_fixture_cases()
    assert stats["cases"] == len(shipped)
    assert set(stats["by_language"]) == {c.language for c in shipped}
    assert {c.case_id for c in store.load_cases(None, include_follow_up=True)} == {c.case_id for c in shipped}


def test_env_var_wins_over_default(data_home: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(db.ENV_VAR, f"postgresql://u@/x?host={tmp_path}")
    assert default_db.resolve_url(None) == f"postgresql+psycopg://u@/x?host={tmp_path}"
    assert default_db.resolve_url("sqlite:///a.sqlite") == "sqlite:///a.sqlite"
    assert not (data_home / "dxgym").exists()


def test_concurrent_first_use_is_safe(data_home: Path) -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(data_home)}
    procs = [subprocess.Popen([sys.executable, "-c", _STATS], env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(6)]
    outputs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0] * 6, [err for _, err in outputs]
    results = {out for out, _ in outputs}
    assert len(results) == 1
    assert json.loads(results.pop())["cases"] == len(fixtures.load_fixture_cases())
    leftovers = sorted(p.name for p in (data_home / "dxgym").iterdir())
    assert [n for n in leftovers if n.endswith(".tmp")] == []


def test_hash_change_refreshes_shipped_cases_and_keeps_user_cases(
    data_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped_dir = tmp_path / "data"
    shutil.copytree(fixtures.DATA_DIR, shipped_dir)
    monkeypatch.setattr(fixtures, "DATA_DIR", shipped_dir)
    shipped = fixtures.load_fixture_cases()
    first, removed, overridden = shipped[0], shipped[1], shipped[2]

    store.import_cases(None, generate_cases(3, seed=9))  # a user's own cases
    mine = overridden.model_copy(update={"chief_complaint": "my own edit"})
    store.import_cases(None, [mine])  # a user's edit of a shipped case

    # a new fixtures release: one case changed, one removed, one added
    edited = first.model_copy(update={"chief_complaint": "revised in this release"})
    added = first.model_copy(update={"case_id": "agentclinic:medqa:9999"})
    target = shipped_dir / "cases_agentclinic_medqa.jsonl"
    kept = [c for c in shipped if c.case_id not in (first.case_id, removed.case_id)]
    target.write_text("".join(c.model_dump_json() + "\n" for c in [edited, *kept, added]), encoding="utf-8")
    db.dispose_engines()
    default_db._default_checked.clear()

    url = default_db.resolve_url(None)
    assert store.get_case(url, first.case_id).chief_complaint == "revised in this release"
    assert store.get_case(url, added.case_id) == added
    with pytest.raises(KeyError):
        store.get_case(url, removed.case_id)
    assert store.get_case(url, overridden.case_id).chief_complaint == "my own edit"
    assert len(store.load_cases(url, source="synthetic")) == 3
    assert store.db_stats(url)["cases"] == len(shipped) - 1 + 1 + 3

"""Store behaviour on SQLite and a real PostgreSQL: lossless round trip, idempotent import, filters."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dxgym.emr_fixtures import db, store
from dxgym.emr_fixtures.bench import generate_cases
from dxgym.emr_fixtures.errors import CaseNotFound, ImportRejected
from dxgym.emr_fixtures.fixtures import load_fixture_cases
from dxgym.emr_fixtures.importers import jsonl
from dxgym.emr_fixtures.models import CaseRecord, ExamValue
from dxgym.emr_fixtures.revealing import flag_revealing
from dxgym.emr_fixtures.schema import Base


def _corpus() -> list[CaseRecord]:
    """Shipped cases plus generated ones (Chinese text, string values, secondary diagnoses, a follow-up)."""
    generated = generate_cases(40, seed=7)
    odd = generated[0].model_copy(update={
        "case_id": "test:odd:1", "follow_up": True, "patient_id": "p-1", "translation_of": "synthetic:bench:1",
        "history": {"既往史": "高血压", "b": "2", "a": "1"}, "index_time": "2024-03-01 08:00",
        "examinations": (generated[0].examinations[0].model_copy(update={
            "value": ExamValue(analyte="x", value="<0.5", unit=None, flag="L")}),),
    })
    return [*load_fixture_cases(), *generated[1:], odd]


def test_round_trip_is_lossless(db_url: str) -> None:
    cases = _corpus()
    report = store.import_cases(db_url, cases)
    assert (report.inserted, report.updated, report.unchanged) == (len(cases), 0, 0)
    loaded = {c.case_id: c for c in store.load_cases(db_url, include_follow_up=True)}
    # lossless, with `reveals_diagnosis` flagged at import (issue 13)
    assert loaded == {c.case_id: flag_revealing(c) for c in cases}
    odd = loaded["test:odd:1"]
    assert list(odd.history) == ["既往史", "b", "a"]  # JSON keeps source order on both backends
    assert odd.examinations[0].value is not None and odd.examinations[0].value.value == "<0.5"


def test_export_import_round_trip(db_url: str, tmp_path: Path, sqlite_url: str) -> None:
    cases = _corpus()
    store.import_cases(db_url, cases)
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    assert store.export_cases(db_url, first) == len(cases)
    store.import_cases(sqlite_url, jsonl.read(first))
    store.export_cases(sqlite_url, second)
    assert first.read_bytes() == second.read_bytes()
    assert list(jsonl.read(first)) == sorted(map(flag_revealing, cases), key=lambda c: store.natural_key(c.case_id))


def test_reimport_changes_nothing(db_url: str, tmp_path: Path) -> None:
    cases = _corpus()
    store.import_cases(db_url, cases)
    before = tmp_path / "before.jsonl"
    store.export_cases(db_url, before)
    report = store.import_cases(db_url, cases)
    assert (report.inserted, report.updated, report.unchanged) == (0, 0, len(cases))
    after = tmp_path / "after.jsonl"
    store.export_cases(db_url, after)
    assert before.read_bytes() == after.read_bytes()

    changed = cases[3].model_copy(update={"chief_complaint": "changed", "examinations": cases[3].examinations[:2]})
    report = store.import_cases(db_url, [changed])
    assert (report.inserted, report.updated, report.unchanged) == (0, 1, 0)
    assert store.get_case(db_url, changed.case_id) == changed
    assert store.db_stats(db_url)["examinations"] == sum(len(c.examinations) for c in cases) - (
        len(cases[3].examinations) - 2
    )


def test_duplicate_ids_in_one_import_write_nothing(db_url: str) -> None:
    case = load_fixture_cases()[0]
    with pytest.raises(ImportRejected, match="appears twice"):
        store.import_cases(db_url, [case, load_fixture_cases()[1], case])
    assert store.db_stats(db_url)["cases"] == 0


def test_filters_and_follow_up(db_url: str) -> None:
    cases = _corpus()
    store.import_cases(db_url, cases)
    default = store.load_cases(db_url)
    assert "test:odd:1" not in {c.case_id for c in default}
    assert len(default) == len(cases) - 1
    assert [c.case_id for c in store.load_cases(db_url, case_ids=["test:odd:1"], include_follow_up=True)] == [
        "test:odd:1"
    ]
    for split in ("train", "val", "test"):
        got = store.load_cases(db_url, split=split, language="en")
        assert {c.case_id for c in got} == {c.case_id for c in cases
                                             if c.split == split and c.language == "en" and not c.follow_up}
    ids = [c.case_id for c in store.load_cases(db_url, source="agentclinic")]
    assert ids[:3] == ["agentclinic:medqa:0", "agentclinic:medqa:1", "agentclinic:medqa:2"]
    many = [c.case_id for c in cases[:5]] + [f"missing:{i}" for i in range(1200)]  # more ids than one IN chunk
    assert {c.case_id for c in store.load_cases(db_url, case_ids=many)} == set(many[:5])


def test_get_case_suggests(db_url: str) -> None:
    store.import_cases(db_url, load_fixture_cases()[:20])
    with pytest.raises(CaseNotFound) as info:
        store.get_case(db_url, "agentclinic:medqa:190")
    assert "did you mean 'agentclinic:medqa:19'" in str(info.value)


def test_stats_shape(db_url: str) -> None:
    cases = _corpus()
    store.import_cases(db_url, cases)
    stats = store.db_stats(db_url)
    assert list(stats) == ["cases", "examinations", "revealing_records", "by_language", "by_split", "by_source"]
    assert stats["revealing_records"] == sum(e.reveals_diagnosis for c in map(flag_revealing, cases)
                                             for e in c.examinations)
    assert stats["cases"] == len(cases)
    assert stats["examinations"] == sum(len(c.examinations) for c in cases)
    assert list(stats["by_split"]) == ["train", "val", "test"]
    assert sum(stats["by_split"].values()) == len(cases)
    assert stats["by_language"] == {"en": sum(c.language == "en" for c in cases),
                                   "zh": sum(c.language == "zh" for c in cases)}
    assert list(stats["by_source"]) == sorted(stats["by_source"])


def test_case_store_is_a_frozen_in_memory_view(db_url: str) -> None:
    store.import_cases(db_url, load_fixture_cases())
    view = store.CaseStore(db_url, split="test")
    assert len(view) == sum(c.split == "test" for c in load_fixture_cases())
    case = next(iter(view))
    assert view.get(case.case_id) is case
    with pytest.raises(TypeError):
        view.cases[case.case_id] = case  # type: ignore[index]
    db.dispose_engine(db_url)  # the view keeps working without the database
    assert view[case.case_id].case_id == case.case_id
    with pytest.raises(CaseNotFound):
        view.get("nope")


def test_read_only_engine_refuses_writes(db_url: str) -> None:
    store.import_cases(db_url, load_fixture_cases()[:3])
    assert len(store.load_cases(db_url, read_only=True)) == 3
    engine = db.get_engine(db_url, read_only=True)
    with engine.connect() as conn, pytest.raises(Exception, match="(?i)read.?only"):
        conn.exec_driver_sql("DELETE FROM meta")


def test_migrations_match_the_models(db_url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with db.get_engine(db_url).connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert diff == []
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == db.head_revision()
    assert db.init_db(db_url) == db_url  # upgrading an up-to-date database is a no-op


def test_stats_json_is_plain(db_url: str) -> None:
    store.import_cases(db_url, generate_cases(5, seed=1))
    assert json.loads(json.dumps(store.db_stats(db_url)))["cases"] == 5


def test_a_folder_of_jsonl_files_is_one_import(db_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    cases = _corpus()
    half = len(cases) // 2
    for name, part in (("a.jsonl", cases[:half]), ("b.jsonl", cases[half:])):
        (folder / name).write_text("".join(c.model_dump_json() + "\n" for c in part), encoding="utf-8")
    (folder / "c.jsonl").write_text(cases[0].model_dump_json() + "\n", encoding="utf-8")  # a duplicate id
    with pytest.raises(ImportRejected, match="appears twice"):
        store.import_file(db_url, folder, "jsonl")
    assert store.db_stats(db_url)["cases"] == 0
    (folder / "c.jsonl").unlink()
    assert store.import_file(db_url, folder, "jsonl").inserted == len(cases)

"""`reveals_diagnosis`: results that name their case's diagnosis, flagged at import (issue 13)."""

from __future__ import annotations

import json
import subprocess
import sys

from dxgym.emr_fixtures import store
from dxgym.emr_fixtures.fixtures import fixture_case, load_fixture_cases
from dxgym.emr_fixtures.models import Diagnosis, ExamRecord
from dxgym.emr_fixtures.revealing import flag_revealing, reveals


def _exam(result: str, name: str = "Findings") -> ExamRecord:
    return ExamRecord(name=name, group="Barium_Enema", category="imaging", result=result, source_key=f"x/{name}")


def test_names_synonyms_and_codes_reveal_and_negations_do_not() -> None:
    hirschsprung = [Diagnosis(name="Hirschsprung disease", icd10="Q43.1")]
    assert reveals(_exam("A transition zone, compatible with Hirschsprung disease"), hirschsprung)
    assert reveals(_exam("Findings consistent with Hirschsprung's disease."), hirschsprung)
    assert not reveals(_exam("A transition zone in the distal colon"), hirschsprung)
    assert not reveals(_exam("No evidence of Hirschsprung disease"), hirschsprung)
    mi = [Diagnosis(name="Acute myocardial infarction", icd10="I21.9")]
    assert reveals(_exam("ST elevation, in keeping with an acute MI"), mi)  # a synonym from the verifier's table
    assert reveals(_exam("Changes of acute myocardial infarction in the anterior leads"), mi)
    mg = [Diagnosis(name="Myasthenia gravis", icd10="G70.00")]
    assert not reveals(_exam("Pyridostigmine 60 MG given"), mg)  # "MG": under 4 letters, never matched
    zh = [Diagnosis(name="房间隔缺损")]
    assert reveals(_exam("房间隔缺损，左向右分流。", "所见"), zh)
    assert not reveals(_exam("未见房间隔缺损", "所见"), zh)


def test_shipped_cases_with_revealing_results_are_flagged() -> None:
    case = flag_revealing(fixture_case("agentclinic:medqa:2"))  # barium enema "compatible with Hirschsprung"
    assert [e.name for e in case.examinations if e.reveals_diagnosis] == ["Findings"]
    flagged = [c for c in map(flag_revealing, load_fixture_cases()) if any(e.reveals_diagnosis for e in c.examinations)]
    assert len(flagged) >= 17  # issue 13's audit counted at least 17 of the 146 shipped cases
    # a flag set by the source is kept; the matcher only adds
    kept = case.model_copy(update={"examinations": tuple(e.model_copy(update={"reveals_diagnosis": True})
                                                         for e in case.examinations)})
    assert all(e.reveals_diagnosis for e in flag_revealing(kept).examinations)


def test_import_flags_and_db_stats_counts(sqlite_url: str) -> None:
    cases = list(load_fixture_cases())
    store.import_cases(sqlite_url, cases)
    expected = sum(e.reveals_diagnosis for c in map(flag_revealing, cases) for e in c.examinations)
    result = subprocess.run([sys.executable, "-m", "dxgym", "db", "stats", "--json", "--db", sqlite_url],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["revealing_records"] == expected >= 17
    loaded = store.get_case(sqlite_url, "agentclinic:medqa:2")
    assert any(e.reveals_diagnosis for e in loaded.examinations)


def test_the_migration_flags_rows_written_before_it(tmp_path) -> None:
    """A database at revision 0001 (no column) upgraded in place reports the same flags as a fresh one."""
    import sqlalchemy as sa
    from alembic import command

    from dxgym.emr_fixtures import db
    from dxgym.emr_fixtures.rows import case_row, child_rows

    url = f"sqlite:///{tmp_path / 'old.sqlite'}"
    engine = db.get_engine(url)
    with engine.connect() as conn:
        conn = conn.execution_options(dxgym_write=True)
        command.upgrade(db._alembic_config(conn), "0001")
        conn.commit()
    case = fixture_case("agentclinic:medqa:2")
    with engine.begin() as conn:
        old = {name: sa.Table(name, sa.MetaData(), autoload_with=conn) for name in ("cases", "examinations", "diagnoses")}
        assert "reveals_diagnosis" not in old["examinations"].c
        exams, diagnoses = child_rows(case)
        for e in exams:  # columns of later revisions (reveals_diagnosis, 0002_time_identity)
            e.pop("reveals_diagnosis"), e.pop("time")
        row = case_row(case, "import", "x")
        row["admission_time"] = row.pop("index_time")
        row.pop("source_hash")
        conn.execute(sa.insert(old["cases"]), [row])
        conn.execute(sa.insert(old["examinations"]), exams)
        conn.execute(sa.insert(old["diagnoses"]), diagnoses)
    db.init_db(url)  # upgrade to head
    assert store.db_stats(url)["revealing_records"] == 1
    upgraded = store.get_case(url, case.case_id)
    assert [e.name for e in upgraded.examinations if e.reveals_diagnosis] == ["Findings"]

"""No import silently replaces a case with a different one (SQLite and a real PostgreSQL).

The AgentClinic file dxgym ships keeps `agentclinic:medqa:N`; any other file takes its stem as the
collection; ids that already hold other content stop the import (exit 2, ids named, nothing
written) unless --replace; re-importing the same source is a no-op and an improved conversion of
it updates; a translation's `translation_of` keeps naming the case it was written from.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from emr_sources import AGENTCLINIC, run_cli

from dxgym.emr_fixtures import store
from dxgym.emr_fixtures.fixtures import load_fixture_cases
from dxgym.emr_fixtures.importers import agentclinic
from dxgym.emr_fixtures.revealing import flag_revealing
from dxgym.emr_fixtures.writer import refresh_fixtures

UPSTREAM = AGENTCLINIC  # the upstream file the shipped English cases are converted from (tests/data copy)
SHIPPED_EN = [c for c in load_fixture_cases() if c.case_id.startswith("agentclinic:medqa:") and c.language == "en"]


def _upstream_rows() -> list[dict]:
    return [json.loads(line) for line in UPSTREAM.read_text(encoding="utf-8").splitlines() if line.strip()]


def _other_file(tmp_path: Path, name: str = "agentclinic_medqa_extended.jsonl", n: int = 12) -> Path:
    """A second AgentClinic file: other patients in the same format (as AgentClinic's extended MedQA set)."""
    rows = _upstream_rows()
    out = []
    for i in range(n):
        row = json.loads(json.dumps(rows[(i * 7 + 3) % len(rows)]))
        actor = row["OSCE_Examination"]["Patient_Actor"]
        actor["Demographics"] = f"{30 + i}-year-old {'female' if i % 2 else 'male'}"
        actor["History"] = f"Patient {i} of another file. " + actor.get("History", "")
        out.append(row)
    path = tmp_path / name
    path.write_text("".join(json.dumps(r) + "\n" for r in out), encoding="utf-8")
    return path


def _snapshot(url: str, tmp_path: Path) -> tuple[dict, bytes]:
    target = tmp_path / f"snapshot-{len(list(tmp_path.glob('snapshot-*')))}.jsonl"
    store.export_cases(url, target)
    return store.db_stats(url), target.read_bytes()


def test_collections_come_from_the_file(tmp_path: Path) -> None:
    shipped = list(agentclinic.read(UPSTREAM))
    assert [c.case_id for c in shipped] == [f"agentclinic:medqa:{i}" for i in range(len(shipped))]
    assert [flag_revealing(c).model_dump(exclude={"source_ref"}) for c in shipped] == [
        c.model_dump(exclude={"source_ref"}) for c in SHIPPED_EN]  # the shipped file is this conversion, flagged
    other = list(agentclinic.read(_other_file(tmp_path)))
    assert other[0].case_id == "agentclinic:agentclinic_medqa_extended:0"
    assert {c.case_id for c in agentclinic.read(_other_file(tmp_path), collection="extra")} == {
        f"agentclinic:extra:{i}" for i in range(len(other))}


def test_other_content_under_existing_ids_is_refused_and_nothing_written(db_url: str, tmp_path: Path) -> None:
    store.import_cases(db_url, load_fixture_cases())
    before = _snapshot(db_url, tmp_path)
    other = _other_file(tmp_path, n=12)
    result = run_cli("db", "import", str(other), "--format", "agentclinic", "--collection", "medqa", "--db", db_url)
    assert result.exit_code == 2
    message = " ".join(result.output.split())
    assert "12 case id(s) already hold different cases: agentclinic:medqa:0, agentclinic:medqa:1, " \
           "agentclinic:medqa:2, agentclinic:medqa:3, agentclinic:medqa:4 and 7 more (12 in all)" in message
    assert "nothing was written" in message and "--replace" in message and "--collection" in message
    assert _snapshot(db_url, tmp_path) == before

    # the same file under its own collection: 12 new cases beside the shipped ones
    result = run_cli("db", "import", str(other), "--format", "agentclinic", "--db", db_url, "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["inserted"] == 12
    assert store.get_case(db_url, "agentclinic:agentclinic_medqa_extended:11").source_ref.file == other.name
    assert store.db_stats(db_url)["cases"] == before[0]["cases"] + 12
    assert all(store.get_case(db_url, c.case_id) == c for c in SHIPPED_EN[:12])


def test_same_source_is_a_no_op_and_an_improved_conversion_updates(db_url: str, tmp_path: Path) -> None:
    first = json.loads(run_cli("db", "import", str(UPSTREAM), "--format", "agentclinic", "--db", db_url,
                               "--json").stdout)
    assert first["inserted"] == len(SHIPPED_EN)
    again = json.loads(run_cli("db", "import", str(UPSTREAM), "--format", "agentclinic", "--db", db_url,
                               "--json").stdout)
    assert (again["inserted"], again["updated"], again["replaced"], again["unchanged"]) == (0, 0, 0, len(SHIPPED_EN))

    # the converter improves (here: a changed summary line) -> the same source row, converted better
    improved = [c.model_copy(update={"chief_complaint": c.chief_complaint + " (reconverted)"}) for c in SHIPPED_EN[:3]]
    report = store.import_cases(db_url, improved)
    assert (report.updated, report.replaced, report.unchanged) == (3, 0, 0)
    assert store.get_case(db_url, improved[0].case_id) == improved[0]
    result = run_cli("db", "import", str(UPSTREAM), "--format", "agentclinic", "--db", db_url)
    assert result.exit_code == 0 and "3 updated from the same source" in " ".join(result.output.split())


def test_replace_takes_over_ids_but_never_from_under_a_translation(db_url: str, tmp_path: Path) -> None:
    store.import_cases(db_url, load_fixture_cases())
    translated = {c.translation_of for c in load_fixture_cases() if c.translation_of}
    assert "agentclinic:medqa:0" in translated and "agentclinic:medqa:1" not in translated
    before = _snapshot(db_url, tmp_path)
    rows = _upstream_rows()
    one = tmp_path / "one.jsonl"
    one.write_text(json.dumps(rows[5]) + "\n" + json.dumps(rows[6]) + "\n", encoding="utf-8")  # other patients

    result = run_cli("db", "import", str(one), "--format", "agentclinic", "--collection", "medqa", "--replace",
                     "--db", db_url)
    assert result.exit_code == 2 and "agentclinic:medqa:0 has translations written from it" in " ".join(result.output.split())
    assert _snapshot(db_url, tmp_path) == before

    rows_1_2 = tmp_path / "rows.jsonl"  # line 1 blank: upstream row 5 becomes row 1, medqa:1 (no translation)
    rows_1_2.write_text("\n" + json.dumps(rows[5]) + "\n", encoding="utf-8")
    result = run_cli("db", "import", str(rows_1_2), "--format", "agentclinic", "--collection", "medqa", "--replace",
                     "--db", db_url, "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["replaced"] == 1
    assert store.get_case(db_url, "agentclinic:medqa:1").chief_complaint == SHIPPED_EN[5].chief_complaint


def test_refresh_withholds_a_translation_whose_source_id_holds_a_users_case(db_url: str) -> None:
    """A database where a user's different case sits under a shipped id (an import made before ids
    had collections): the shipped translation of that id is not written beside it."""
    english = [c for c in load_fixture_cases() if c.language == "en"]
    store.import_cases(db_url, english, origin="fixture:cases_agentclinic_medqa.jsonl")
    stranger = SHIPPED_EN[7].model_copy(update={"case_id": "agentclinic:medqa:0"})
    report = store.import_cases(db_url, [stranger], replace=True)  # no translation stored yet: allowed
    assert report.replaced == 1
    refresh_fixtures(db_url)
    assert store.get_case(db_url, "agentclinic:medqa:0") == stranger  # the user's case stays
    ids = {c.case_id for c in store.load_cases(db_url, include_follow_up=True)}
    assert "agentclinic:medqa:0:zh" not in ids  # written from the shipped medqa:0, not from the user's case
    assert "agentclinic:medqa:3:zh" in ids
    for case in store.load_cases(db_url, language="zh", include_follow_up=True):
        if case.translation_of:
            assert store.get_case(db_url, case.translation_of) == next(
                c for c in load_fixture_cases() if c.case_id == case.translation_of)


def test_default_database_refuses_other_content_and_stays_unchanged(tmp_path: Path) -> None:
    """Done-when: AgentClinic rows under ids that exist with other content, into the embedded default."""
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "xdg")}
    env.pop("DXGYM_DATABASE_URL", None)

    def dxgym(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "dxgym", *args], env=env, cwd=tmp_path, capture_output=True,
                              text=True, timeout=600)

    stats = dxgym("db", "stats", "--json")
    assert stats.returncode == 0, stats.stderr
    assert dxgym("db", "export", str(tmp_path / "before.jsonl")).returncode == 0
    other = _other_file(tmp_path, n=7)
    refused = dxgym("db", "import", str(other), "--format", "agentclinic", "--collection", "medqa")
    assert refused.returncode == 2, refused.stderr
    assert refused.stderr.count("\n") == 1 and "Traceback" not in refused.stderr
    assert "7 case id(s) already hold different cases: agentclinic:medqa:0" in " ".join(refused.stderr.split())
    assert dxgym("db", "stats", "--json").stdout == stats.stdout
    assert dxgym("db", "export", str(tmp_path / "after.jsonl")).returncode == 0
    assert (tmp_path / "after.jsonl").read_bytes() == (tmp_path / "before.jsonl").read_bytes()
    own = dxgym("db", "import", str(other), "--format", "agentclinic", "--json")
    assert own.returncode == 0 and json.loads(own.stdout)["inserted"] == 7
    assert json.loads(dxgym("db", "stats", "--json").stdout)["cases"] == json.loads(stats.stdout)["cases"] + 7

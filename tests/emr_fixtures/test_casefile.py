"""Casefiles: a clinician's case as YAML (en or zh), validated by the case model, errors naming the
file, the line and the key; templates that import and play; export -> import -> export byte-identical
on SQLite and a real PostgreSQL; the Chinese fixtures are casefiles."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from emr_sources import MIMIC, run_cli

from dxgym.emr_fixtures import build_zh_fixtures, store
from dxgym.emr_fixtures.casefile import dump, parse, template
from dxgym.emr_fixtures.db import dispose_engine, init_db
from dxgym.emr_fixtures.fixtures import DATA_DIR, load_fixture_cases
from dxgym.emr_fixtures.importers import mimic
from dxgym.emr_fixtures.importers.common import ImportRecordError
from dxgym.emr_fixtures.revealing import flag_revealing

PACKAGE = Path(build_zh_fixtures.__file__).parent
ZH_DIR = PACKAGE / "cases" / "zh"


@pytest.fixture(scope="module")
def corpus():
    """Every shipped case and the MIMIC-IV demo cut's admissions (timed results, codes, relevance), flagged
    as every import flags them (results naming the diagnosis)."""
    return [flag_revealing(c) for c in (*load_fixture_cases(), *mimic.read(MIMIC))]


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.yaml"))}


def test_export_import_export_is_byte_identical(db_url: str, corpus, tmp_path: Path) -> None:
    store.import_cases(db_url, corpus)
    first, second = tmp_path / "first", tmp_path / "second"
    result = run_cli("db", "export", str(first), "--format", "casefile", "--db", db_url, "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {"cases": len(corpus), "folder": str(first)}
    fresh = init_db(f"sqlite:///{tmp_path / 'fresh.sqlite'}")
    imported = run_cli("db", "import", str(first), "--format", "casefile", "--db", fresh, "--json")
    assert imported.exit_code == 0, imported.output
    assert json.loads(imported.stdout)["inserted"] == len(corpus)
    store.export_casefiles(fresh, second)
    assert _files(first) == _files(second) and len(_files(first)) == len(corpus)
    # nothing was lost on the way: the same cases (their source is now the casefile)
    back = {c.case_id: c.model_copy(update={"source_hash": None}) for c in store.load_cases(fresh, include_follow_up=True)}
    assert back == {c.case_id: c.model_copy(update={"source_hash": None}) for c in corpus}
    # and into the database they came from, the casefiles are the same cases: nothing changes
    again = store.import_file(db_url, first, "casefile")
    assert (again.inserted, again.updated, again.replaced, again.unchanged) == (0, 0, 0, len(corpus))
    dispose_engine(fresh)


@pytest.mark.parametrize(("lang", "commands", "expected"), [
    ("zh", ["血常规, 腹部CT", "C反应蛋白", "诊断 急性阑尾炎"],
     ["白细胞计数(WBC): 14.8 ×10^9/L ↑", "（时间为相对入院时间）", "42 mg/L ↑ [H] (+35分钟) → 68 mg/L ↑ [H] (+8.5小时)",
      "阑尾增粗", "判定: 正确"]),
    ("en", ["CBC, chest x-ray", "CRP", "dx community-acquired pneumonia"],
     ["WBC: 17.2 10^9/L", "(times relative to admission)", "186 mg/L [H] (+30 min) → 241 mg/L [H] (+16 h)",
      "Dense consolidation", "Verdict: correct"]),
])
def test_a_case_written_from_the_template_imports_and_plays(lang: str, commands: list[str], expected: list[str],
                                                           tmp_path: Path) -> None:
    env = {**{k: v for k, v in os.environ.items() if k != "DXGYM_DATABASE_URL"},
           "XDG_DATA_HOME": str(tmp_path / "xdg"), "PYTHONIOENCODING": "utf-8", "LC_ALL": "C.UTF-8"}

    def dxgym(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "dxgym", *args], input=stdin, capture_output=True, text=True,
                              encoding="utf-8", env=env, cwd=tmp_path, timeout=600)

    new = dxgym("cases", "new", "--lang", lang)
    assert new.returncode == 0 and new.stdout == template(lang)
    assert new.stdout.count("\n#") > 10  # a commented template
    (tmp_path / "case.yaml").write_text(new.stdout, encoding="utf-8")
    imported = dxgym("db", "import", "case.yaml", "--format", "casefile", "--json")
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout)["inserted"] == 1
    played = dxgym("play", "casefile:case", stdin="\n".join(commands) + "\n")
    assert played.returncode == 0, played.stderr
    for text in expected:
        assert text in played.stdout, (text, played.stdout[-3000:])


def _bad(tmp_path: Path, text: str, name: str = "bad.yaml") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportRecordError) as caught:
        list(_read(path))
    return str(caught.value)


def _read(path: Path):
    from dxgym.emr_fixtures.casefile import read

    return read(path)


_GOOD_ZH = template("zh")


@pytest.mark.parametrize(("old", "new", "message"), [
    ("主诉: 转移性右下腹痛12小时", "主述: 转移性右下腹痛12小时", "field '主述': unknown key (known: "),
    ("时间: '2024-05-12 22:05'", "时间: 昨天", "field '时间': not an ISO 8601 date or time: '昨天'"),
    ("    相关: false", "    相关: 也许", "field '相关': expected true or false, not '也许'"),
    ("    类别: 影像学检查", "    类别: X光", "field '类别': unknown category 'X光' (one of: "),
    ("  生命体征:", "\t生命体征:", "field '(yaml)': found character '\\t' that cannot start any token"),
    ("既往史: 既往体健。", "既往史: 既往急性阑尾炎。", "field '既往史': names the diagnosis ('急性阑尾炎')"),
    ("  - 叩诊: 移动性浊音阴性", "  - 叩诊:", "field '叩诊': no result"),
    ("  - 尿白细胞: {值: 阴性, 参考范围: 阴性}", "  - 尿白细胞: {参考: 阴性}", "field '参考': unknown key in result '尿白细胞'"),
    ("  - 中性粒细胞百分比(NEUT%): {值: 86.2, 单位: '%', 参考范围: 40-75}",
     "  - 中性粒细胞百分比(NEUT%): {值: 86.2, 单位: '%', 参考范围: 40-75, 标志: [H]}", "field '标志': expected a single value"),
])
def test_errors_name_file_line_and_key(tmp_path: Path, old: str, new: str, message: str) -> None:
    assert old in _GOOD_ZH
    text = _GOOD_ZH.replace(old, new, 1)
    line = next(i for i, row in enumerate(text.splitlines(), 1) if new.strip() in row)
    error = _bad(tmp_path, text)
    assert error.startswith(f"bad.yaml: line {line}: ") and message in error, (line, error)


def test_a_missing_diagnosis_and_a_repeated_group_are_named(tmp_path: Path) -> None:
    error = _bad(tmp_path, _GOOD_ZH.split("诊断:\n")[0])
    assert error == "bad.yaml: (file): field 'diagnoses': missing: a case needs its diagnosis"
    text = _GOOD_ZH.replace("  尿常规:", "  血常规:", 1)
    second = [i for i, row in enumerate(text.splitlines(), 1) if row == "  血常规:"][1]
    assert _bad(tmp_path, text).startswith(f"bad.yaml: line {second}: field '血常规': appears twice")


def test_texts_stay_texts_and_numbers_keep_their_digits() -> None:
    case = parse(
        "language: en\nindex_time: 2024-01-01 08:00\nchief_complaint: Cough\n"
        "physical_examination:\n  Chest:\n  - Wheeze: no\n  - Onset: 2021-01-17\n"
        "auxiliary_examinations:\n  Chemistry:\n  - Potassium: {value: 4.10, unit: mmol/L, range: 3.5-5.1}\n"
        "  - Code: {value: '7'}\n  - Sodium: {value: 128, range: 135-145, time: 2024-01-01 09:00:00}\n"
        "diagnoses:\n- {name: Asthma, ICD-10: J45.909}\n", "x.yaml", "x")
    by_name = {e.name: e for e in case.examinations}
    assert by_name["Wheeze"].result == "no" and by_name["Onset"].result == "2021-01-17"
    assert by_name["Potassium"].value.value == 4.1 and by_name["Potassium"].result == "4.10 mmol/L"
    assert by_name["Code"].value.value == "7"
    assert by_name["Sodium"].value.flag == "L" and by_name["Sodium"].time == "2024-01-01 09:00:00"
    assert case.index_time == "2024-01-01 08:00" and case.case_id == "casefile:x" and case.source == "casefile"
    assert dump(case, "x.yaml") == dump(parse(dump(case, "x.yaml"), "x.yaml", "x"), "x.yaml")


def test_a_folder_imports_in_one_transaction(db_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "cases"
    folder.mkdir()
    for path in sorted(ZH_DIR.glob("*.yaml"))[:3]:
        shutil.copy(path, folder / path.name)
    (folder / "zz_broken.yaml").write_text(_GOOD_ZH.replace("入院时间: 2024-05-12 21:30", "入院时间: 12/05/2024"),
                                           encoding="utf-8")
    result = run_cli("db", "import", str(folder), "--format", "casefile", "--db", db_url)
    assert result.exit_code == 2
    assert "zz_broken.yaml: line 23: field '入院时间': not an ISO 8601 date or time: '12/05/2024'; " \
           "nothing was written" in " ".join(result.output.split())
    assert store.db_stats(db_url)["cases"] == 0
    (folder / "zz_broken.yaml").unlink()
    result = run_cli("db", "import", str(folder), "--format", "casefile", "--db", db_url, "--json")
    assert json.loads(result.stdout)["inserted"] == 3


def test_the_chinese_fixtures_are_casefiles_and_no_case_data_lives_in_python(tmp_path: Path) -> None:
    files = sorted(ZH_DIR.glob("*.yaml"))
    assert len(files) == 39
    assert not (PACKAGE / "zh_cases").exists()
    # the shipped JSONL is what the casefiles build into, from wherever they are read
    copied = tmp_path / "zh"
    shutil.copytree(ZH_DIR, copied)
    shipped = (DATA_DIR / "cases_zh.jsonl").read_text(encoding="utf-8")
    assert build_zh_fixtures.render(build_zh_fixtures.build(copied)) == shipped
    # and no Python module of the package spells out a case (a history line, a diagnosis of them)
    for case in build_zh_fixtures.build(copied)[:5]:
        for module in PACKAGE.rglob("*.py"):
            assert case.present_illness[:20] not in module.read_text(encoding="utf-8"), module


def test_the_casefile_knows_every_field_of_the_case_model() -> None:
    """A field added to the models must be added to the casefile too (keys.yaml, reader, writer), or an
    export -> import would drop it. This names the field when that has not happened."""
    from dxgym.emr_fixtures.casefile.keys import load_keys
    from dxgym.emr_fixtures.models import CaseRecord, Demographics, Diagnosis, ExamRecord, ExamValue

    keys = load_keys()
    implicit_case = {"schema_version", "source_hash", "demographics", "examinations"}  # by design / as sections
    demographics = {"sex": "sex", "age": "age", "age_years": "age_years", "occupation": "occupation", "text": "patient"}
    assert set(CaseRecord.model_fields) - implicit_case <= set(keys["case"].fields())
    assert {demographics[f] for f in Demographics.model_fields} <= set(keys["case"].fields())
    record_fields = set(ExamRecord.model_fields) - {"name", "group", "relevant", "value"}  # name/group as keys
    assert record_fields <= set(keys["result"].fields()), record_fields - set(keys["result"].fields())
    assert set(ExamValue.model_fields) <= set(keys["result"].fields())
    assert {"relevant", "category"} <= set(keys["group"].fields())
    assert set(Diagnosis.model_fields) <= set(keys["diagnosis"].fields())

"""The time axis: ISO times on records, the window, relative times in both languages, series in the
rendering, and schema-1 records read under the new schema."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from dxgym.agents.types import ExamHit
from dxgym.emr_fixtures.fixtures import load_fixture_cases
from dxgym.emr_fixtures.models import CaseRecord, ExamRecord
from dxgym.emr_fixtures.timeaxis import Window, format_relative, parse_time
from dxgym.envs.render import render_hits

ADMIT = "2150-01-01 08:00:00"


@pytest.mark.parametrize(("time", "inside"), [
    ("2149-12-31 20:00:00", True),   # exactly 12 h before: an ED draw
    ("2149-12-31 19:59:00", False),
    ("2150-01-02 08:00:00", True),   # exactly 24 h after
    ("2150-01-02 08:01:00", False),
    ("2150-01-01T10:00:00+02:00", True),  # 08:00 UTC, the admission itself (naive times read as UTC)
    ("2150-01-03", False),  # a date counts when its day overlaps the window
    ("2150-01-02", True),
    ("2149-12-31", True),
    ("2149-12-30", False),
])
def test_window_bounds(time: str, inside: bool) -> None:
    assert Window().contains(time, ADMIT) is inside


def test_window_needs_both_times_and_non_negative_hours() -> None:
    assert not Window().contains(None, ADMIT) and not Window().contains("2150-01-01 09:00:00", None)
    with pytest.raises(ValueError, match="must not be negative"):
        Window(before_hours=-1)
    assert Window(0, 1).contains("2150-01-01 08:30:00", ADMIT) and not Window(0, 1).contains("2150-01-01 07:59:00", ADMIT)


@pytest.mark.parametrize(("time", "en", "zh"), [
    ("2150-01-01 11:00:00", "+3 h", "+3小时"),
    ("2150-01-01 06:00:00", "−2 h", "−2小时"),
    ("2150-01-01 08:25:00", "+25 min", "+25分钟"),
    ("2150-01-01 09:30:00", "+1.5 h", "+1.5小时"),
    ("2150-01-02 20:00:00", "+36 h", "+36小时"),
    ("2150-01-02", "+1 d", "+1天"),
])
def test_relative_times_in_both_languages(time: str, en: str, zh: str) -> None:
    assert format_relative(time, ADMIT, "en") == en
    assert format_relative(time, ADMIT, "zh") == zh
    assert format_relative(time, None, "en") == time  # no index time: the time itself


def test_record_time_must_be_iso_8601() -> None:
    base = {"name": "K", "group": "BMP", "category": "laboratory", "result": "4", "source_key": "k"}
    for good in ("2150-01-01", "2150-01-01 08:00", "2150-01-01T08:00:00Z", "2150-01-01T08:00:00.5+05:30"):
        assert ExamRecord(**base, time=good).time == good
    for bad in ("yesterday", "01/02/2150", "2150-1-1", "2150-01-01 8:00"):
        with pytest.raises(ValidationError):
            ExamRecord(**base, time=bad)
    with pytest.raises(ValidationError, match="not an ISO 8601"):
        CaseRecord.model_validate({**json.loads(load_fixture_cases()[0].model_dump_json()), "index_time": "tomorrow"})
    with pytest.raises(ValueError):
        parse_time("2150-13-01")


def test_schema_1_records_read_as_schema_2() -> None:
    """An export written before the time axis (admission_time, schema 1) still imports."""
    case = next(c for c in load_fixture_cases() if c.index_time)
    old = json.loads(case.model_dump_json(exclude={"source_hash"}))
    old["schema_version"] = 1
    old["admission_time"] = old.pop("index_time")
    for exam in old["examinations"]:
        del exam["time"]
    upgraded = CaseRecord.model_validate_json(json.dumps(old))
    assert upgraded.schema_version == 2 and upgraded.index_time == case.index_time
    assert upgraded.model_copy(update={"source_hash": case.source_hash}) == case


def _hit(name: str, result: str, time: str | None, flag: str | None = None) -> ExamHit:
    return ExamHit(name=name, group="Basic_Metabolic_Panel", category="laboratory", result=result, unit="mg/dL",
                   reference_range="0.4-1.1 mg/dL", flag=flag, tier="exact", source_key=f"labevents/{result}",
                   time=time)


def test_repeats_render_as_a_series_in_time_order_relative_to_admission() -> None:
    hits = [_hit("Creatinine", "2.3", "2150-01-01 20:00:00", "H"), _hit("Creatinine", "1.0", "2150-01-01 07:00:00"),
            _hit("Creatinine", "1.6", "2150-01-01 12:00:00", "H"), _hit("Sodium", "140", "2150-01-01 07:00:00")]
    text = render_hits("creatinine", hits, "en", index_time=ADMIT)
    assert "(times relative to admission)" in text
    line = next(x for x in text.splitlines() if "Creatinine" in x)
    assert line == "  - Creatinine: 1.0 mg/dL (−1 h) → 1.6 mg/dL [H] (+4 h) → 2.3 mg/dL [H] (+12 h) (reference 0.4-1.1 mg/dL)"
    assert text.count("Basic Metabolic Panel:") == 1  # one group header, however the repeats interleave
    zh = render_hits("肌酐", hits, "zh", index_time=ADMIT)
    assert "（时间为相对入院时间）" in zh and "(+12小时)" in zh and "(−1小时)" in zh


def test_a_long_series_is_shortened_and_says_how_much() -> None:
    hits = [_hit("Glucose", str(100 + i), f"2150-01-01 {8 + i:02d}:00:00") for i in range(12)]
    line = render_hits("glucose", hits, "en", index_time=ADMIT).splitlines()[-1]
    assert line.count("→") == 7 and "… 5 more …" in line
    assert "100 mg/dL (+0 min)" in line and "111 mg/dL (+11 h)" in line


def test_untimed_results_render_as_before() -> None:
    case = next(c for c in load_fixture_cases() if c.examinations and c.language == "en")
    exam = case.examinations[0]
    hit = ExamHit(name=exam.name, group=exam.group, category=exam.category, result=exam.result, tier="exact",
                  source_key=exam.source_key)
    text = render_hits("x", [hit], "en", index_time=case.index_time)
    assert "relative to admission" not in text and exam.result.strip() in text

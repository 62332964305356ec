"""Round 58 (docs/heldout_measures.md): the body's measurements where a record files or states them.

A record filed under 人体测量 / 身高体重 (the 入院记录's names for the measurements) was no measurement, so 体重指数
answered nothing where "BMI" answered the record; and a BMI written with its value inside the general
examination's text ("体型偏瘦（BMI 20.3 kg/m²）") answered nothing at all. Records here are written for the rule
(`synthetic_case`), not taken from a set."""

from __future__ import annotations

import pytest

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.lookup.evaluate import resolved_names, synthetic_case

LOOKUP = ExamLookup(semantic=False)
PE, LAB = "physical_examination", "laboratory"
FILED = synthetic_case([
    ("人体测量", "身高", PE, "162cm"),
    ("人体测量", "体重", PE, "78kg"),
    ("人体测量", "BMI", PE, "29.7kg/m²"),
    ("心脏查体", "听诊", PE, "心率82次/分，律齐"),
    ("血常规", "血红蛋白", LAB, "128 g/L"),
], "round58:filed")
STATED = synthetic_case([
    ("体格检查", "一般情况", PE, "神志清楚，体型偏瘦（BMI 20.3 kg/m²），步入病房"),
    ("体格检查", "腹部", PE, "腹软，无压痛，体重减轻不明显"),
    ("体格检查", "生命体征", PE, "T 36.5℃，P 80次/分，R 18次/分，BP 120/80mmHg"),
    ("生化", "体重校正肌酐清除率", LAB, "88 ml/min"),
], "round58:stated")
STATED_EN = synthetic_case([
    ("General_Examination", "Appearance", PE, "Obese man in no distress. Weight 112 kg, BMI 36."),
    ("General_Examination", "Skin", PE, "No rash; weight loss noted by the patient's wife"),
    ("Renal_Function", "Creatinine", LAB, "1.1 mg/dL"),
], "round58:stated_en")


@pytest.mark.parametrize(("request_text", "want"), [
    ("体重指数", {"人体测量/BMI"}),
    ("BMI", {"人体测量/BMI"}),
    ("body mass index", {"人体测量/BMI"}),
    ("体重", {"人体测量/体重"}),
    ("身高", {"人体测量/身高"}),
])
def test_a_measurement_filed_under_its_chinese_section(request_text: str, want: set[str]) -> None:
    assert resolved_names(LOOKUP, FILED, request_text) == want


@pytest.mark.parametrize(("case", "request_text", "want"), [
    (STATED, "BMI", {"体格检查/一般情况"}),
    (STATED, "体重指数", {"体格检查/一般情况"}),
    (STATED_EN, "BMI", {"General_Examination/Appearance"}),
    (STATED_EN, "weight", {"General_Examination/Appearance"}),  # "weight loss" states no weight
    (STATED_EN, "body mass index", {"General_Examination/Appearance"}),
])
def test_a_measurement_stated_with_its_value(case, request_text: str, want: set[str]) -> None:
    assert resolved_names(LOOKUP, case, request_text) == want


@pytest.mark.parametrize(("case", "request_text"), [
    (STATED, "体重"),  # 体重减轻 states no weight; a laboratory value's name holds 体重 but is no measurement
    (STATED, "身高"),
    (STATED, "头围"),
    (STATED_EN, "height"),
])
def test_a_measurement_the_record_does_not_state_is_not_available(case, request_text: str) -> None:
    assert resolved_names(LOOKUP, case, request_text) == set()

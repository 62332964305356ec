"""Round 21 part J (the lead): round 20's withdrawn mechanisms, returned with one guard.

- A part of one study asked by its words (`part_words`): "baseline fetal heart rate on the CTG", "supine FVC",
  "spleen size on ultrasound" answer that part, not every record of the study; a study asked whole, two parts joined,
  or two tests named (a hormone pair with no joining word, the guard round 20's measure 2 asked for) keep every record.
- A chunk that only names a side ("slit lamp, right eye") is the previous request's side.
- A Chinese contraction naming two tests (肝肾功能, 胃肠镜) is read as the two requests.
Each "answers" case fails on round 20's code."""

from __future__ import annotations

import pytest

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.lookup.evaluate import resolved_names, synthetic_case

LOOKUP = ExamLookup(semantic=False)


STUDIES = synthetic_case([
    ("X/Cardiotocography/Baseline_Rate", "Cardiotocography", "Baseline_Rate", "other", "140 bpm"),
    ("X/Cardiotocography/Variability", "Cardiotocography", "Variability", "other", "5-25 bpm"),
    ("X/Cardiotocography/Decelerations", "Cardiotocography", "Decelerations", "other", "None"),
    ("X/Pulmonary_Function/FVC_Sitting", "Pulmonary_Function", "FVC_Sitting", "other", "3.1 L"),
    ("X/Pulmonary_Function/FVC_Supine", "Pulmonary_Function", "FVC_Supine", "other", "2.2 L"),
    ("X/Abdominal_Ultrasound/Liver", "Abdominal_Ultrasound", "Liver", "imaging", "Normal"),
    ("X/Abdominal_Ultrasound/Spleen", "Abdominal_Ultrasound", "Spleen", "imaging", "16 cm"),
    ("X/Blood_Pressure/Lying", "Blood_Pressure", "Lying", "physical_examination", "130/80"),
    ("X/Blood_Pressure/Standing", "Blood_Pressure", "Standing", "physical_examination", "100/60"),
], "round20-parts")


@pytest.mark.parametrize(("request_text", "expected"), [
    ("baseline fetal heart rate on the CTG", {"Cardiotocography/Baseline_Rate"}),
    ("supine FVC", {"Pulmonary_Function/FVC_Supine"}),
    ("spleen size on ultrasound", {"Abdominal_Ultrasound/Spleen"}),
])
def test_a_part_of_one_study_asked_by_its_words(request_text: str, expected: set[str]) -> None:
    assert resolved_names(LOOKUP, STUDIES, request_text) == expected


@pytest.mark.parametrize(("request_text", "expected"), [
    ("CTG", {"Cardiotocography/Baseline_Rate", "Cardiotocography/Variability", "Cardiotocography/Decelerations"}),
    ("FVC", {"Pulmonary_Function/FVC_Sitting", "Pulmonary_Function/FVC_Supine"}),
    ("abdominal ultrasound", {"Abdominal_Ultrasound/Liver", "Abdominal_Ultrasound/Spleen"}),
    ("lying and standing blood pressure", {"Blood_Pressure/Lying", "Blood_Pressure/Standing"}),  # two parts joined
])
def test_a_study_asked_whole_or_two_parts_joined_keeps_every_part(request_text: str, expected: set[str]) -> None:
    assert resolved_names(LOOKUP, STUDIES, request_text) == expected


def test_a_chunk_naming_only_a_side_is_the_previous_requests_side() -> None:
    from dxgym.agents.lookup.split import split_requests
    assert split_requests("slit lamp, right eye") == ["slit lamp right eye"]
    assert split_requests("胸片，左侧") == ["胸片左侧"]
    assert split_requests("CBC, U&E") == ["CBC", "U&E"]


def test_a_chinese_contraction_is_its_two_tests() -> None:
    from dxgym.agents.lookup.split import split_requests
    assert split_requests("急查血常规、肝肾功能和凝血") == ["血常规", "肝功能", "肾功能", "凝血"]
    assert split_requests("完善胃肠镜检查") == ["胃镜", "肠镜"]


def test_two_tests_named_without_a_joining_word_keep_both() -> None:
    pair = synthetic_case([
        ("X/Dynamic_Tests/Cortisol", "Dynamic_Tests", "Cortisol", "laboratory", "450 nmol/L"),
        ("X/Dynamic_Tests/ACTH", "Dynamic_Tests", "ACTH", "laboratory", "12 ng/L"),
        ("X/Dynamic_Tests/Cortisol_30_min_after_ACTH", "Dynamic_Tests", "Cortisol_30_min_after_ACTH", "laboratory",
         "620 nmol/L"),
    ], "round21-pair")
    # the third record's name holds both words: without the guard it alone was kept
    assert resolved_names(LOOKUP, pair, "ACTH cortisol") == {
        "Dynamic_Tests/Cortisol", "Dynamic_Tests/ACTH", "Dynamic_Tests/Cortisol_30_min_after_ACTH"}

"""Round 15 part B (helper lookupna): near misses answered "not available", each rule beside the true answer it could
lose. Records are written here for each rule (`synthetic_case`), never copied from a labelled set."""

from __future__ import annotations

import pytest

from dxgym.agents.lookup import ExamLookup, plan
from dxgym.agents.lookup.evaluate import resolved_names, synthetic_case
from dxgym.agents.lookup.plain_scan import asks_plain, enhanced_only


@pytest.fixture(scope="module")
def lookup() -> ExamLookup:
    return ExamLookup(semantic=False)


def _got(lookup, records, request):
    return resolved_names(lookup, synthetic_case(records, "r15na"), request)


# ---- plain_scan: the plain scan asked is never a record made with contrast only --------------------------------------

ENHANCED_ZH = [("全腹部增强CT", "所见", "imaging", "肝右叶见低密度灶，增强后环形强化")]
BOTH_ZH = [("全腹部CT平扫+增强", "所见", "imaging", "肝右叶见低密度灶")]
PLAIN_OR_NONE = [("腹部CT", "所见", "imaging", "肝右叶见低密度灶")]
ENHANCED_EN = [("CT_Abdomen_With_Contrast", "Findings", "imaging", "Hypodense lesion in the right lobe of the liver")]


@pytest.mark.parametrize("request_text", ["腹部CT平扫", "non-contrast CT of the abdomen", "unenhanced abdominal CT"])
def test_plain_scan_is_not_the_enhanced_study(lookup, request_text) -> None:
    assert _got(lookup, ENHANCED_ZH, request_text) == set()
    assert _got(lookup, ENHANCED_EN, request_text) == set()


@pytest.mark.parametrize("request_text", ["腹部CT", "腹部增强CT", "abdominal CT", "contrast CT abdomen"])
def test_the_enhanced_study_still_answers_a_request_naming_no_plain_phase(lookup, request_text) -> None:
    assert _got(lookup, ENHANCED_ZH, request_text) == {"全腹部增强CT/所见"}
    assert _got(lookup, ENHANCED_EN, request_text) == {"CT_Abdomen_With_Contrast/Findings"}


@pytest.mark.parametrize("request_text", ["腹部CT平扫", "non-contrast CT of the abdomen"])
def test_a_record_of_both_phases_or_neither_answers_the_plain_scan(lookup, request_text) -> None:
    assert _got(lookup, BOTH_ZH, request_text) == {"全腹部CT平扫+增强/所见"}
    assert _got(lookup, PLAIN_OR_NONE, request_text) == {"腹部CT/所见"}


def test_plain_scan_reading() -> None:
    assert asks_plain(("腹", "部", "ct", "平", "扫"))
    assert not asks_plain(("腹", "部", "ct", "平", "扫", "加", "增", "强"))
    assert not asks_plain(("ct", "with", "and", "without", "contrast"))
    assert enhanced_only("辅助检查/上腹部增强CT/所见") and not enhanced_only("辅助检查/上腹部CT平扫+增强/所见")
    assert not enhanced_only("Test_Results/CT_Abdomen_Unenhanced/Findings")
    assert "plain_scan" in plan.STEPS


# ---- qualifiers (qualifiers_round15na.tsv): the 2-hour glucose is never the fasting or random one ------------------

FASTING = [("血糖", "空腹血糖(GLU)", "laboratory", "6.1 mmol/L")]
RANDOM = [("Blood_Tests", "Random_Glucose", "laboratory", "9.4 mmol/L")]
TWO_HOUR = [("血糖", "餐后2小时血糖(2hPG)", "laboratory", "11.6 mmol/L")]
PLAIN = [("Blood_Tests", "Glucose", "laboratory", "5.2 mmol/L")]


@pytest.mark.parametrize("request_text", ["2-hour glucose", "2 hour glucose", "OGTT 2 hour glucose", "2h血糖"])
def test_two_hour_glucose_is_not_the_fasting_or_random_one(lookup, request_text) -> None:
    assert _got(lookup, FASTING, request_text) == set()
    assert _got(lookup, RANDOM, request_text) == set()


@pytest.mark.parametrize("request_text", ["2-hour glucose", "2 hour postprandial glucose", "2h血糖"])
def test_two_hour_glucose_answers_its_own_record_and_a_plain_glucose(lookup, request_text) -> None:
    assert _got(lookup, TWO_HOUR, request_text) == {"血糖/餐后2小时血糖(2hPG)"}
    assert _got(lookup, PLAIN, request_text) == {"Blood_Tests/Glucose"}


def test_a_bare_glucose_still_answers_every_timing(lookup) -> None:
    assert _got(lookup, FASTING, "glucose") == {"血糖/空腹血糖(GLU)"}
    assert _got(lookup, RANDOM, "glucose") == {"Blood_Tests/Random_Glucose"}


# ---- manoeuvre_text: one of the four manoeuvres asked is never a finding whose text is another's ------------------

PE = "Physical_Examination_Findings/Abdominal_Examination"
BY_MANOEUVRE = [
    (f"{PE}/Palpation", "Abdominal_Examination", "Palpation", "physical_examination", "Soft and nontender"),
    (f"{PE}/Liver", "Abdominal_Examination", "Liver", "physical_examination", "Palpable 3 cm below the costal margin"),
]
PERCUSSED = [
    (f"{PE}/Palpation", "Abdominal_Examination", "Palpation", "physical_examination", "Soft and nontender"),
    (f"{PE}/Liver", "Abdominal_Examination", "Liver", "physical_examination", "Span 15 cm on percussion"),
]
NOT_BY_MANOEUVRE = [
    (f"{PE}/Liver", "Abdominal_Examination", "Liver", "physical_examination", "Palpable 3 cm below the costal margin"),
    (f"{PE}/General", "Abdominal_Examination", "General", "physical_examination", "Distended, shifting dullness"),
]


@pytest.mark.parametrize("request_text", ["percussion of the abdomen", "inspection of the abdomen", "腹部叩诊", "腹部视诊"])
def test_another_manoeuvres_finding_does_not_answer(lookup, request_text) -> None:
    assert _got(lookup, BY_MANOEUVRE, request_text) == set()


def test_the_findings_still_answer_their_own_manoeuvre_and_name(lookup) -> None:
    assert "Abdominal_Examination/Palpation" in _got(lookup, BY_MANOEUVRE, "palpation of the abdomen")
    assert _got(lookup, BY_MANOEUVRE, "palpate the liver") == {"Abdominal_Examination/Liver"}
    assert "Abdominal_Examination/Liver" in _got(lookup, BY_MANOEUVRE, "abdominal examination")


def test_a_finding_whose_text_is_the_asked_manoeuvre_stays(lookup) -> None:
    assert _got(lookup, PERCUSSED, "percussion of the abdomen") == {"Abdominal_Examination/Liver"}


def test_a_section_not_filed_by_manoeuvre_is_not_narrowed(lookup) -> None:
    got = _got(lookup, NOT_BY_MANOEUVRE, "percussion of the abdomen")
    assert "Abdominal_Examination/Liver" in got or "Abdominal_Examination/General" in got


# ---- specimen_phrase: a test "of the sputum" is never a record stating only another specimen ----------------------

JOINT_EN = [("Test_Results/Arthrocentesis_of_Right_Knee/Gram_Stain", "Arthrocentesis_of_Right_Knee", "Gram_Stain",
             "laboratory", "Gram-positive cocci in clusters")]
SPUTUM_EN = [("Test_Results/Sputum/Gram_Stain", "Sputum", "Gram_Stain", "laboratory", "Gram-positive diplococci")]


@pytest.mark.parametrize("request_text", ["Gram stain of the sputum", "culture of the sputum"])
def test_a_test_of_the_sputum_is_not_the_joint_aspirates(lookup, request_text) -> None:
    assert _got(lookup, JOINT_EN, request_text) == set()


@pytest.mark.parametrize("request_text", ["Gram stain of the sputum", "sputum Gram stain", "Gram stain"])
def test_the_sputum_stain_still_answers(lookup, request_text) -> None:
    assert _got(lookup, SPUTUM_EN, request_text) == {"Sputum/Gram_Stain"}


@pytest.mark.parametrize("request_text", ["Gram stain", "Gram stain of the joint fluid", "Gram stain of the synovial fluid"])
def test_the_joint_stain_still_answers_its_own_specimen_or_none(lookup, request_text) -> None:
    assert _got(lookup, JOINT_EN, request_text) == {"Arthrocentesis_of_Right_Knee/Gram_Stain"}


# ---- puncture_fluid: a joint puncture's fluid (右膝关节穿刺液) is never blood, CSF or sputum ------------------------------

JOINT_ZH = [
    ("辅助检查/右膝关节穿刺液检查/革兰染色", "右膝关节穿刺液检查", "革兰染色", "laboratory", "革兰阳性球菌"),
    ("辅助检查/右膝关节穿刺液检查/白细胞计数", "右膝关节穿刺液检查", "白细胞计数", "laboratory", "52000/μL"),
]
BLOOD_ZH = [("辅助检查/血常规/白细胞计数(WBC)", "血常规", "白细胞计数(WBC)", "laboratory", "11.2×10^9/L")]


@pytest.mark.parametrize("request_text", ["血革兰染色", "脑脊液革兰染色", "痰革兰染色", "blood Gram stain", "CSF Gram stain",
                                          "Gram stain of the sputum"])
def test_a_named_specimen_is_not_the_joint_puncture_fluid(lookup, request_text) -> None:
    assert _got(lookup, JOINT_ZH, request_text) == set()


@pytest.mark.parametrize("request_text", ["革兰染色", "关节液革兰染色", "synovial fluid Gram stain"])
def test_the_puncture_fluid_still_answers_its_own_specimen_or_none(lookup, request_text) -> None:
    assert _got(lookup, JOINT_ZH, request_text) == {"右膝关节穿刺液检查/革兰染色"}


def test_a_puncture_asked_and_a_blood_count_are_untouched(lookup) -> None:
    assert _got(lookup, JOINT_ZH, "膝关节穿刺") == {"右膝关节穿刺液检查/革兰染色", "右膝关节穿刺液检查/白细胞计数"}
    assert _got(lookup, JOINT_ZH + BLOOD_ZH, "血白细胞计数") == {"血常规/白细胞计数(WBC)"}

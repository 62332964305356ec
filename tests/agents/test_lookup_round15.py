"""Issue 14, lookup round 15 (helper lookup17): each mechanism on records and requests of OTHER tests than the tuning
set's (synthetic records, so no row of any labelled set is restated here), beside the false hit it could open."""

from __future__ import annotations

from dxgym.agents.lookup import ExamLookup, acronyms, covered, timings, top_sections
from dxgym.agents.lookup.evaluate import synthetic_case
from dxgym.agents.lookup.split import split_requests
from dxgym.emr_fixtures.lexicon import tokens
from dxgym.emr_fixtures.models import CaseRecord

_LOOKUP = ExamLookup(semantic=False)
PE, LAB, IMG, OTHER = "physical_examination", "laboratory", "imaging", "other"


def _case(*records: tuple[str, ...]) -> CaseRecord:
    return synthetic_case(records, "test:round15")


def _keys(case: CaseRecord, request: str) -> set[str]:
    return {h.source_key for item in split_requests(request) for h in _LOOKUP.resolve(item, case, semantic=False)}


# ---- an instrument by its abbreviation, or spelt out where the record abbreviates it (acronyms) ---------------------
_SCALES = _case(("T/Assessment/Hospital_Anxiety_and_Depression_Scale", "Assessment",
                 "Hospital_Anxiety_and_Depression_Scale", OTHER, "A 11, D 9"),
                ("T/Assessment/Patient_Health_Questionnaire-9", "Assessment", "Patient_Health_Questionnaire-9", OTHER,
                 "14"),
                ("T/Assessment/Oswestry_Disability_Index", "Assessment", "Oswestry_Disability_Index", OTHER, "42%"),
                ("T/Assessment/Sequential_Organ_Failure_Assessment", "Assessment",
                 "Sequential_Organ_Failure_Assessment", OTHER, "6"),
                ("T/Assessment/KDQOL-36", "Assessment", "KDQOL-36", OTHER, "Impaired physical component"),
                ("T/Bloods/LDH", "Bloods", "LDH", LAB, "310 U/L"))
_ZH_SCALES = _case(("评估/匹兹堡睡眠质量指数(PSQI)", "评估", "匹兹堡睡眠质量指数(PSQI)", OTHER, "14分"),
                   ("评估/改良Rankin量表(mRS)", "评估", "改良Rankin量表(mRS)", OTHER, "3分"),
                   ("特殊检查/前庭诱发肌源性电位(VEMP)/左耳", "前庭诱发肌源性电位(VEMP)", "左耳", OTHER, "未引出"),
                   ("特殊检查/前庭诱发肌源性电位(VEMP)/右耳", "前庭诱发肌源性电位(VEMP)", "右耳", OTHER, "正常"),
                   ("检验/腹水/乳酸脱氢酶(LDH)", "腹水", "乳酸脱氢酶(LDH)", LAB, "350 U/L"))
_SPELT = _case(("T/Obstetric/NEWS2_Score", "Obstetric", "NEWS2_Score", PE, "3"),
               ("T/Rheumatology/BASDAI", "Rheumatology", "BASDAI", OTHER, "5.2"),
               ("T/Rheumatology/Body_Mass_Index", "Rheumatology", "Body_Mass_Index", PE, "24"),
               ("体格检查/体重指数(BMI)", "体格检查", "体重指数(BMI)", PE, "24"))


def test_an_abbreviation_of_the_names_content_words_finds_its_record() -> None:
    # function words left out (HADS, SOFA), a trailing number kept (PHQ-9), a head word after it (score, 评分)
    assert _keys(_SCALES, "HADS") == {"T/Assessment/Hospital_Anxiety_and_Depression_Scale"}
    assert _keys(_SCALES, "HADS score") == {"T/Assessment/Hospital_Anxiety_and_Depression_Scale"}
    assert _keys(_SCALES, "SOFA score") == {"T/Assessment/Sequential_Organ_Failure_Assessment"}
    assert _keys(_SCALES, "ODI questionnaire") == {"T/Assessment/Oswestry_Disability_Index"}
    assert _keys(_ZH_SCALES, "PSQI评分") == {"评估/匹兹堡睡眠质量指数(PSQI)"}
    assert _keys(_ZH_SCALES, "mRS score") == {"评估/改良Rankin量表(mRS)"}
    # a side after it: that side's record only
    assert _keys(_ZH_SCALES, "VEMP of the left ear") == {"特殊检查/前庭诱发肌源性电位(VEMP)/左耳"}


def test_a_spelt_out_name_finds_the_record_that_abbreviates_it() -> None:
    assert _keys(_ZH_SCALES, "Pittsburgh Sleep Quality Index") == {"评估/匹兹堡睡眠质量指数(PSQI)"}
    assert _keys(_SPELT, "Bath Ankylosing Spondylitis Disease Activity Index") == {"T/Rheumatology/BASDAI"}


def test_an_abbreviation_never_answers_a_near_miss() -> None:
    # a test the lexicon knows is judged by the tiers before: serum LDH is not the ascitic fluid's
    assert _keys(_ZH_SCALES, "LDH") == set()
    # another instrument whose initials differ by a letter, or a site asked (never stripped without a side)
    assert _keys(_SCALES, "HDAS score") == set()
    assert _keys(_SCALES, "PHQ-2") == set()
    assert _keys(_ZH_SCALES, "VEMP of the hands") == set()
    # three initials coincide too often: never a spelt-out guess of three words, nor a 3-letter initials spelling
    assert _keys(_SPELT, "basal metabolic index") == set()
    assert "n2s" in acronyms._tables(_LOOKUP.index(_SPELT))[1] and _keys(_SPELT, "N2S") == set()


def test_the_core_reading_strips_head_words_and_a_sided_site_only() -> None:
    assert acronyms._core(tokens("ICBD score")) == ("icbd",)
    assert acronyms._core(tokens("CFQ-R")) == ("cfq", "r")
    assert acronyms._core(tokens("MMT-8评分")) == ("mmt", "8")
    assert acronyms._core(tokens("ECochG of the right ear")) == ("ecochg",)
    assert acronyms._core(tokens("MRI of the hands")) == ("mri", "of", "the", "hands")


# ---- an eponym in the possessive, a word's letters swapped (acronyms.respelt) ---------------------------------------
_EPONYMS = _case(("P/Hands/Froment_Sign", "Hands", "Froment_Sign", PE, "Negative"),
                 ("P/Neck/Kernig_Sign", "Neck", "Kernig_Sign", PE, "Negative"),
                 ("P/Abdomen/Rovsing_Sign", "Abdomen", "Rovsing_Sign", PE, "Positive"),
                 ("T/Criteria/Yamaguchi_Criteria_for_Adult_Still_Disease", "Criteria",
                  "Yamaguchi_Criteria_for_Adult_Still_Disease", OTHER, "4 criteria, 2 major"),
                 ("P/Reflexes/Ankle_Reflexes", "Reflexes", "Ankle_Reflexes", PE, "Absent"))


def test_an_eponym_in_the_possessive_or_typed_with_letters_swapped_finds_its_record() -> None:
    assert _keys(_EPONYMS, "Froments sgin") == {"P/Hands/Froment_Sign"}
    assert _keys(_EPONYMS, "Kernigs sign") == {"P/Neck/Kernig_Sign"}
    assert _keys(_EPONYMS, "Rovsing's sgin") == {"P/Abdomen/Rovsing_Sign"}
    # a disease word sends the request to the exact tier only: its exact name in the possessive, head words after
    assert _keys(_EPONYMS, "Yamaguchi Criteria for Adult Still's Disease points score") == {
        "T/Criteria/Yamaguchi_Criteria_for_Adult_Still_Disease"}
    # the false hit a head word read off could open: a test asked in the possessive the case does not hold
    assert _keys(_EPONYMS, "Romberg's test") == set()


def test_the_respelling_never_cuts_a_word_the_case_spells() -> None:
    idx = _LOOKUP.index(_EPONYMS)
    assert acronyms.respelt(idx, tokens("ankle reflexes")) == ()  # Reflexes is the record's own word
    assert acronyms.respelt(idx, tokens("Brudzinskis sign")) == ()  # no record holds the bare word: nothing
    assert _keys(_EPONYMS, "Brudzinskis sign") == set()


# ---- a time point asked (timings) -----------------------------------------------------------------------------------
_OGTT = _case(("T/OGTT/Fasting_Glucose", "OGTT", "Fasting_Glucose", LAB, "5.1"),
              ("T/OGTT/One_Hour_Glucose", "OGTT", "One_Hour_Glucose", LAB, "10.2"),
              ("T/OGTT/Two_Hour_Glucose", "OGTT", "Two_Hour_Glucose", LAB, "8.9"),
              ("T/Bloods/HbA1c", "Bloods", "HbA1c", LAB, "6.1%"))
_SYNACTHEN = _case(("T/Short_Synacthen_Test/Cortisol/0_Minutes", "Short_Synacthen_Test/Cortisol", "0_Minutes", LAB,
                    "180"),
                   ("T/Short_Synacthen_Test/Cortisol/30_Minutes", "Short_Synacthen_Test/Cortisol", "30_Minutes", LAB,
                    "350"),
                   ("T/Short_Synacthen_Test/Cortisol/60_Minutes", "Short_Synacthen_Test/Cortisol", "60_Minutes", LAB,
                    "420"),
                   ("T/Short_Synacthen_Test/Interpretation", "Short_Synacthen_Test", "Interpretation", LAB,
                    "Suboptimal"),
                   ("T/Bloods/Random_Cortisol", "Bloods", "Random_Cortisol", LAB, "210"))
_ZH_TIMED = _case(("检验/胰岛素释放试验/0分钟", "胰岛素释放试验", "0分钟", LAB, "8"),
                  ("检验/胰岛素释放试验/30分钟", "胰岛素释放试验", "30分钟", LAB, "40"),
                  ("检验/胰岛素释放试验/2小时", "胰岛素释放试验", "2小时", LAB, "60"),
                  ("查体/血压/立位1分钟", "血压", "立位1分钟", PE, "110/70"),
                  ("查体/血压/立位3分钟", "血压", "立位3分钟", PE, "100/65"))


def test_a_time_point_asked_answers_that_time_point_only() -> None:
    assert _keys(_OGTT, "1-hour glucose") == {"T/OGTT/One_Hour_Glucose"}
    assert _keys(_SYNACTHEN, "cortisol at 30 minutes of the synacthen test") == {
        "T/Short_Synacthen_Test/Cortisol/30_Minutes"}
    assert _keys(_SYNACTHEN, "0 and 60 minute cortisol") == {"T/Short_Synacthen_Test/Cortisol/0_Minutes",
                                                             "T/Short_Synacthen_Test/Cortisol/60_Minutes"}
    assert _keys(_ZH_TIMED, "胰岛素释放试验2小时") == {"检验/胰岛素释放试验/2小时"}
    assert _keys(_ZH_TIMED, "立位3分钟血压") == {"查体/血压/立位3分钟"}


def test_a_time_point_never_takes_the_other_test_of_a_joined_request_nor_answers_an_unheld_one() -> None:
    assert _keys(_OGTT, "2-hour glucose + HbA1c") >= {"T/OGTT/Two_Hour_Glucose", "T/Bloods/HbA1c"}
    assert "T/OGTT/One_Hour_Glucose" not in _keys(_OGTT, "2-hour glucose + HbA1c")
    # a time point the test was not sampled at: never another time point's value
    assert not _keys(_SYNACTHEN, "cortisol at 90 minutes") & {
        "T/Short_Synacthen_Test/Cortisol/0_Minutes", "T/Short_Synacthen_Test/Cortisol/30_Minutes",
        "T/Short_Synacthen_Test/Cortisol/60_Minutes"}
    # the whole test asked (no time point): every time point
    assert len(_keys(_SYNACTHEN, "short synacthen test")) >= 3


def test_the_time_reading_is_request_only() -> None:
    assert timings.times(tokens("2-hour glucose")) == {120.0}
    assert timings.times(tokens("two hour glucose")) == {120.0}
    assert timings.times(tokens("0 and 120 minutes")) == {0.0, 120.0}
    assert timings.times(tokens("半小时血糖")) == {30.0}
    assert timings.times(tokens("15分钟")) == {15.0}
    assert timings.times(tokens("9am cortisol")) == frozenset()  # a clock time is no time point of a test
    assert timings.times(tokens("Apgar 5")) == frozenset()  # a number with no unit: a score's value


# ---- every word of the request in one record's path, a segment named whole (covered) -------------------------------
_NESTED = _case(("P/Power_MRC/Upper_Limbs/Grip", "Power_MRC/Upper_Limbs", "Grip", PE, "5/5"),
                ("P/Power_MRC/Upper_Limbs/Elbow_Flexion/Left", "Power_MRC/Upper_Limbs/Elbow_Flexion", "Left", PE, "4/5"),
                ("P/Power_MRC/Upper_Limbs/Elbow_Flexion/Right", "Power_MRC/Upper_Limbs/Elbow_Flexion", "Right", PE,
                 "5/5"),
                ("T/Lumbar_Puncture/CSF_Analysis/White_Cells", "Lumbar_Puncture/CSF_Analysis", "White_Cells", LAB,
                 "120 /uL"),
                ("T/Lumbar_Puncture/CSF_Analysis/Protein", "Lumbar_Puncture/CSF_Analysis", "Protein", LAB, "0.9 g/L"),
                ("T/Blood_Tests/Viral_Screen/Hepatitis_B_Antibody", "Blood_Tests/Viral_Screen", "Hepatitis_B_Antibody",
                 LAB, "Negative"),
                ("T/Blood_Tests/Creatine_Kinase", "Blood_Tests", "Creatine_Kinase", LAB, "180 U/L"),
                ("P/Shoulder/Range_of_Motion/Internal_Rotation", "Shoulder/Range_of_Motion", "Internal_Rotation", PE,
                 "Reduced"))


def test_a_request_whose_words_one_path_holds_finds_that_record() -> None:
    assert _keys(_NESTED, "power of left elbow flexion") == {"P/Power_MRC/Upper_Limbs/Elbow_Flexion/Left"}
    assert _keys(_NESTED, "CSF white cells count") == {"T/Lumbar_Puncture/CSF_Analysis/White_Cells"}
    assert _keys(_NESTED, "shoulder internal rotation range") == {"P/Shoulder/Range_of_Motion/Internal_Rotation"}


def test_covering_never_answers_a_near_miss_nor_takes_a_joined_requests_other_test() -> None:
    # a movement the case did not grade: never another movement's record
    assert not _keys(_NESTED, "power of left elbow extension") & {"P/Power_MRC/Upper_Limbs/Elbow_Flexion/Left"}
    # words scattered over a long path, no segment named whole: not covered
    assert _keys(_NESTED, "blood antibody screen") == set()
    # two tests joined: no single path holds both, the other test stays
    assert "T/Blood_Tests/Creatine_Kinase" in _keys(_NESTED, "elbow flexion power + creatine kinase")
    # a Chinese request is never read (characters cover any long path)
    assert not covered.wants(tokens("肘关节屈曲肌力"), None)
    # a request the lexicon reads whole as known tests is answered by them: the step does not run
    toks = tokens("liver function tests")
    assert not covered.wants(toks, _LOOKUP._queries.get(toks, _LOOKUP._lex))


# ---- a culture's organism class, a genetic test's method (variant_axes rows, round 15 block) ------------------------
_MICRO = _case(("T/Bronchoalveolar_Lavage/Culture", "Bronchoalveolar_Lavage", "Culture", LAB, "Normal flora"),
               ("T/Bronchoalveolar_Lavage/AFB_Culture", "Bronchoalveolar_Lavage", "AFB_Culture", LAB, "No growth at 6 wk"),
               ("T/Wound_Swab/Culture", "Wound_Swab", "Culture", LAB, "Staph aureus"),
               ("T/Genetics/SMN1_MLPA", "Genetics", "SMN1_MLPA", LAB, "Homozygous exon 7 deletion"),
               ("T/Genetics/Karyotype", "Genetics", "Karyotype", LAB, "46,XY"),
               ("检验/脑脊液/脑脊液培养", "脑脊液", "脑脊液培养", LAB, "无细菌生长"),
               ("检验/脑脊液/脑脊液墨汁染色", "脑脊液", "脑脊液墨汁染色", LAB, "阴性"))


def test_a_culture_asked_for_one_organism_class_is_never_anothers() -> None:
    assert _keys(_MICRO, "bronchoalveolar lavage fungal culture") == set()  # before: the routine and the AFB cultures
    assert _keys(_MICRO, "bronchoalveolar lavage AFB culture") == {"T/Bronchoalveolar_Lavage/AFB_Culture"}
    assert _keys(_MICRO, "脑脊液真菌培养") == set()
    # the false hits it could open: a plain culture asks every class; the class named beside another test
    assert "T/Bronchoalveolar_Lavage/Culture" in _keys(_MICRO, "bronchoalveolar lavage culture")
    assert "T/Wound_Swab/Culture" in _keys(_MICRO, "wound swab culture")
    assert "检验/脑脊液/脑脊液培养" in _keys(_MICRO, "脑脊液培养")


def test_a_genetic_test_asked_by_one_method_is_never_another_methods() -> None:
    assert _keys(_MICRO, "SMN1 sequencing") == set()  # the MLPA deletion study is not a sequencing
    assert _keys(_MICRO, "chromosomal microarray") == set()  # nor is the karyotype
    assert _keys(_MICRO, "SMN1 MLPA") == {"T/Genetics/SMN1_MLPA"}
    assert _keys(_MICRO, "karyotype") == {"T/Genetics/Karyotype"}


# ---- a dynamic test's samples filed under its time points (timings.samples_below) -----------------------------------
_DYNAMIC = _case(("检验/胰岛素低血糖兴奋试验/0分钟/生长激素", "胰岛素低血糖兴奋试验/0分钟", "生长激素", LAB, "0.3"),
                 ("检验/胰岛素低血糖兴奋试验/0分钟/血糖", "胰岛素低血糖兴奋试验/0分钟", "血糖", LAB, "4.8"),
                 ("检验/胰岛素低血糖兴奋试验/30分钟/生长激素", "胰岛素低血糖兴奋试验/30分钟", "生长激素", LAB, "2.1"),
                 ("检验/胰岛素低血糖兴奋试验/30分钟/血糖", "胰岛素低血糖兴奋试验/30分钟", "血糖", LAB, "1.9"),
                 ("检验/胰岛素低血糖兴奋试验/结论", "胰岛素低血糖兴奋试验", "结论", LAB, "GH峰值<3,支持GH缺乏"),
                 ("检验/生长激素(随机)", "检验", "生长激素(随机)", LAB, "0.4"),
                 ("检验/血常规/血红蛋白", "血常规", "血红蛋白", LAB, "130"))


def test_a_dynamic_test_asked_by_name_holds_its_time_points_samples() -> None:
    whole = {k for k in _keys(_DYNAMIC, "胰岛素低血糖兴奋试验") if k.startswith("检验/胰岛素低血糖兴奋试验/")}
    assert len(whole) == 5  # before: its conclusion only (the samples below name analytes of their own)
    assert _keys(_DYNAMIC, "insulin tolerance test") == whole
    # the false hits it could open: one time point asked; a random GH beside it; a panel's analytes stay its own
    assert _keys(_DYNAMIC, "胰岛素低血糖兴奋试验30分钟血糖") == {"检验/胰岛素低血糖兴奋试验/30分钟/血糖"}
    assert "检验/生长激素(随机)" not in _keys(_DYNAMIC, "胰岛素低血糖兴奋试验")
    assert _keys(_DYNAMIC, "血常规") == {"检验/血常规/血红蛋白"}


def test_the_oral_glucose_tolerance_test_with_gh_is_the_gh_suppression_test() -> None:
    case = _case(("T/Oral_Glucose_Tolerance_Test_with_GH/Growth_Hormone/0_Minutes",
                  "Oral_Glucose_Tolerance_Test_with_GH/Growth_Hormone", "0_Minutes", LAB, "4.1"),
                 ("T/Oral_Glucose_Tolerance_Test_with_GH/Growth_Hormone/120_Minutes",
                  "Oral_Glucose_Tolerance_Test_with_GH/Growth_Hormone", "120_Minutes", LAB, "2.9"),
                 ("T/Oral_Glucose_Tolerance_Test_with_GH/Interpretation", "Oral_Glucose_Tolerance_Test_with_GH",
                  "Interpretation", LAB, "Failure to suppress"),
                 ("T/Oral_Glucose_Tolerance_Test/Two_Hour_Glucose", "Oral_Glucose_Tolerance_Test",
                  "Two_Hour_Glucose", LAB, "7.2"))
    gh = _keys(case, "growth hormone suppression test")
    assert {"T/Oral_Glucose_Tolerance_Test_with_GH/Growth_Hormone/120_Minutes",
            "T/Oral_Glucose_Tolerance_Test_with_GH/Interpretation"} <= gh
    assert "T/Oral_Glucose_Tolerance_Test/Two_Hour_Glucose" not in gh  # the plain OGTT is not the GH test


# ---- a source's top section named whole (top_sections) --------------------------------------------------------------
_TOPS = _case(("精神检查/思维", "精神检查", "思维", PE, "思维连贯"),
              ("精神检查/情感活动/情绪", "精神检查/情感活动", "情绪", PE, "低落"),
              ("精神检查/认知功能", "精神检查", "认知功能", PE, "粗测正常"),
              ("量表评估/蒙特利尔认知评估量表(MoCA)", "量表评估", "蒙特利尔认知评估量表(MoCA)", OTHER, "27分"),
              ("量表评估/汉密尔顿抑郁量表(HAMD-24)", "量表评估", "汉密尔顿抑郁量表(HAMD-24)", OTHER, "26分"),
              ("辅助检查/血常规/血红蛋白", "血常规", "血红蛋白", LAB, "130"),
              ("体格检查/心脏/心率", "体格检查/心脏", "心率", PE, "80"))


def test_a_top_section_named_whole_answers_every_record_below_it() -> None:
    assert _keys(_TOPS, "精神检查") == {"精神检查/思维", "精神检查/情感活动/情绪", "精神检查/认知功能"}  # before: cognition + MoCA
    assert _keys(_TOPS, "量表评估") == {"量表评估/蒙特利尔认知评估量表(MoCA)", "量表评估/汉密尔顿抑郁量表(HAMD-24)"}


def test_a_category_order_or_the_physical_examination_whole_is_never_a_top_section() -> None:
    assert top_sections._tops(_LOOKUP.index(_TOPS)).keys() == {tokens("精神检查"), tokens("量表评估")}
    assert not top_sections.wants(tokens("辅助检查"), None)
    # a joined request, or a part of a section asked, is not the section's whole name: the step leaves its answer
    idx = _LOOKUP.index(_TOPS)
    for request in ("精神检查加血常规", "精神检查的情绪"):
        assert top_sections.narrow(idx, tokens(request), {5: "panel"}) == {5: "panel"}

"""Issue 14, lookup round 9 (helper lookup11): each rule beside the false hit it could open (synthetic records, so no
row of any labelled set is restated here)."""

from __future__ import annotations

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.lookup.evaluate import resolved_names, synthetic_case
from dxgym.emr_fixtures.models import CaseRecord

_LOOKUP = ExamLookup(semantic=False)
PE, LAB, IMG = "physical_examination", "laboratory", "imaging"


def _case(*records: tuple[str, ...]) -> CaseRecord:
    return synthetic_case(records, "test:round9")


def _names(case: CaseRecord, request: str) -> set[str]:
    return resolved_names(_LOOKUP, case, request)


# ---- a nuclear study by its tracer (tracers.py) ----------------------------------------------------------------------
_PARATHYROID = _case(
    ("Nuclear_Medicine", "Tc-99m Sestamibi SPECT-CT", IMG, "Focal retained uptake at the left inferior parathyroid"),
    ("Labs", "PTH", LAB, "14.2 pmol/L"),
)
_CARDIAC = _case(
    ("Nuclear_Medicine", "Sestamibi SPECT", IMG, "Reversible perfusion defect of the inferior wall: ischaemia"),
    ("Labs", "Troponin I", LAB, "0.01"),
)


def test_a_tracer_asked_alone_is_the_case_study_made_with_it() -> None:
    for request in ("sestamibi scan", "MIBI", "MIBI显像", "99mTc-MIBI显像"):
        assert _names(_PARATHYROID, request) == {"Nuclear_Medicine/Tc-99m Sestamibi SPECT-CT"}, request
        assert _names(_CARDIAC, request) == {"Nuclear_Medicine/Sestamibi SPECT"}, request


def test_an_organ_study_takes_a_tracer_record_only_where_its_text_names_that_organ() -> None:
    for request in ("parathyroid scan", "甲状旁腺显像"):
        assert _names(_PARATHYROID, request) == {"Nuclear_Medicine/Tc-99m Sestamibi SPECT-CT"}, request
        assert _names(_CARDIAC, request) == set(), request  # the myocardium's sestamibi study is no parathyroid scan
    assert _names(_PARATHYROID, "myocardial perfusion scan") == set()
    assert _names(_PARATHYROID, "parathyroid sestamibi scan") == {"Nuclear_Medicine/Tc-99m Sestamibi SPECT-CT"}
    assert _names(_CARDIAC, "parathyroid sestamibi scan") == set()


def test_a_tracer_name_in_a_laboratory_record_is_no_study() -> None:
    case = _case(("Labs", "Octreotide level", LAB, "n/a"), ("Imaging", "CT Abdomen", IMG, "normal"))
    assert _names(case, "octreotide scan") == set()


# ---- a panel of one virus (catalogue_round9.tsv: hbvserol) -----------------------------------------------------------
_SCREEN = _case(
    ("实验室检查/感染筛查", "乙肝表面抗原(HBsAg)", LAB, "阴性"),
    ("实验室检查/感染筛查", "乙肝核心抗体(抗-HBc)", LAB, "阳性"),
    ("实验室检查/感染筛查", "丙肝抗体(抗-HCV)", LAB, "阴性"),
    ("实验室检查/感染筛查", "HIV抗体", LAB, "阴性"),
)
_HBV = {"实验室检查/感染筛查/乙肝表面抗原(HBsAg)", "实验室检查/感染筛查/乙肝核心抗体(抗-HBc)"}


def test_the_hepatitis_b_markers_never_answer_with_another_virus_test() -> None:
    for request in ("乙肝五项", "乙肝两对半", "HBV serology", "hepatitis B serology"):
        assert _names(_SCREEN, request) == _HBV, request


def test_hepatitis_serology_whole_is_still_every_virus() -> None:
    for request in ("hepatitis serology", "肝炎标志物"):
        assert _names(_SCREEN, request) == _HBV | {"实验室检查/感染筛查/丙肝抗体(抗-HCV)"}, request
    assert _names(_SCREEN, "丙肝抗体") == {"实验室检查/感染筛查/丙肝抗体(抗-HCV)"}


# ---- a blood pressure by its posture (postures.py) -------------------------------------------------------------------
_PER_POSTURE = _case(
    ("入院查体/生命体征/血压/卧位", "血压", "卧位", PE, "128/76 mmHg"),
    ("入院查体/生命体征/血压/立位(3分钟)", "血压", "立位(3分钟)", PE, "96/58 mmHg"),
    ("入院查体/生命体征/心率", "生命体征", "心率", PE, "88"),
)
_LYING = "入院查体/生命体征/血压/卧位"
_STANDING = "入院查体/生命体征/血压/立位(3分钟)"
_MIXED = _case(
    ("Vital_Signs", "Blood_Pressure", PE, "132/80"),
    ("Vital_Signs", "Blood_Pressure_Supine", PE, "130/78"),
    ("Vital_Signs", "Blood_Pressure_Standing", PE, "102/64"),
    ("Vital_Signs", "Heart_Rate", PE, "90"),
)
_PLAIN = _case(("Vital_Signs", "Blood_Pressure", PE, "132/80"), ("Vital_Signs", "Heart_Rate", PE, "90"))


def _keys(case: CaseRecord, request: str) -> set[str]:
    return {h.source_key for h in _LOOKUP.resolve(request, case, semantic=False)}


def test_orthostatic_pressure_is_the_per_posture_readings() -> None:
    for request in ("卧立位血压", "体位性血压", "orthostatic blood pressure", "lying and standing BP"):
        assert _keys(_PER_POSTURE, request) == {_LYING, _STANDING}, request
    assert _keys(_PER_POSTURE, "立位血压") == {_STANDING}
    assert _keys(_PER_POSTURE, "standing BP") == {_STANDING}
    assert _names(_MIXED, "orthostatic blood pressure") == {"Vital_Signs/Blood_Pressure_Supine",
                                                            "Vital_Signs/Blood_Pressure_Standing"}
    assert _names(_MIXED, "standing BP") == {"Vital_Signs/Blood_Pressure_Standing"}


def test_a_posture_asked_is_never_a_plain_reading() -> None:
    for request in ("卧立位血压", "orthostatic blood pressure", "postural BP", "standing BP"):
        assert _names(_PLAIN, request) == set(), request


def test_a_plain_pressure_is_the_plain_reading_else_whichever_the_case_holds() -> None:
    for request in ("BP", "blood pressure", "血压"):
        assert _names(_MIXED, request) == {"Vital_Signs/Blood_Pressure"}, request
        assert _keys(_PER_POSTURE, request) == {_LYING, _STANDING}, request
        assert _names(_PLAIN, request) == {"Vital_Signs/Blood_Pressure"}, request


# ---- a qualified analyte answers only its own qualifier (qualifiers.py) ---------------------------------------------
_GLUCOSES = _case(
    ("实验室检查/血糖", "空腹血糖", LAB, "7.8 mmol/L"),
    ("实验室检查/血糖", "餐后2小时血糖", LAB, "12.4 mmol/L"),
)
_BARE = _case(("Labs", "Glucose", LAB, "9.1 mmol/L"), ("Labs", "HbA1c", LAB, "7.9%"))
_FASTING = _case(("Labs", "Fasting_Glucose", LAB, "6.8 mmol/L"), ("Labs", "HbA1c", LAB, "7.9%"))


def test_a_qualified_glucose_never_answers_another_qualifier() -> None:
    for request in ("fasting glucose", "空腹血糖", "FBG"):
        assert _names(_GLUCOSES, request) == {"实验室检查/血糖/空腹血糖"}, request
    for request in ("餐后血糖", "postprandial glucose"):
        assert _names(_GLUCOSES, request) == {"实验室检查/血糖/餐后2小时血糖"}, request
    for request in ("random glucose", "随机血糖", "RBG"):
        assert _names(_GLUCOSES, request) == set(), request
        assert _names(_FASTING, request) == set(), request


def test_a_bare_glucose_answers_whichever_the_case_holds_and_a_bare_record_any_qualifier() -> None:
    assert _names(_GLUCOSES, "血糖") == {"实验室检查/血糖/空腹血糖", "实验室检查/血糖/餐后2小时血糖"}
    assert _names(_FASTING, "glucose") == {"Labs/Fasting_Glucose"}
    for request in ("fasting glucose", "random glucose", "空腹血糖"):
        assert _names(_BARE, request) == {"Labs/Glucose"}, request


# ---- one test at the bedside or with an instrument (methods.py) -----------------------------------------------------
_FIELDS = _case(
    ("专科检查/眼科检查", "视野(对照法)", PE, "双颞侧偏盲"),
    ("专科检查/眼科检查", "视力", PE, "右0.8 左0.6"),
    ("辅助检查", "Humphrey视野检查", IMG, "双颞侧偏盲, 中心30°"),
)
_BEDSIDE_FIELDS = {"专科检查/眼科检查/视野(对照法)"}
_PERIMETRY = {"辅助检查/Humphrey视野检查"}


def test_formal_perimetry_is_never_the_confrontation_fields() -> None:
    for request in ("Humphrey视野", "formal visual fields", "perimetry", "视野计检查"):
        assert _names(_FIELDS, request) == _PERIMETRY, request
    bedside_only = _case(("专科检查/眼科检查", "视野(对照法)", PE, "正常"))
    for request in ("Humphrey视野", "formal perimetry", "视野计检查"):
        assert _names(bedside_only, request) == set(), request


def test_confrontation_is_the_bedside_fields_and_a_bare_request_either() -> None:
    for request in ("confrontation fields", "对照法视野"):
        assert _names(_FIELDS, request) == _BEDSIDE_FIELDS, request
    assert _names(_FIELDS, "visual fields") == _BEDSIDE_FIELDS | _PERIMETRY


# ---- a scale by its name, a group of scales by its subject (catalogue_round9.tsv: dep_scales, anx_scales) ------------
_SCREENING = _case(
    ("Screening_Tests", "PHQ-9", "other", "14 (moderate)"),
    ("Screening_Tests", "GAD-7", "other", "9"),
    ("Screening_Tests", "AUDIT-C", "other", "2"),
    ("Screening_Tests", "MoCA", "other", "26/30"),
)
_ZH_SCALES = _case(
    ("神经心理评估", "汉密尔顿抑郁量表(HAMD)", "other", "20分"),
    ("神经心理评估", "汉密尔顿焦虑量表(HAMA)", "other", "15分"),
    ("神经心理评估", "蒙特利尔认知评估(MoCA)", "other", "24分"),
)


def test_a_scale_asked_by_name_is_that_scale_never_its_screening_group() -> None:
    for request in ("PHQ-9", "PHQ9", "phq 9"):
        assert _names(_SCREENING, request) == {"Screening_Tests/PHQ-9"}, request
    assert _names(_SCREENING, "GAD-7") == {"Screening_Tests/GAD-7"}
    assert _names(_ZH_SCALES, "GAD-7") == set()  # HAMA is another anxiety scale, not the GAD-7


def test_a_group_of_scales_by_subject_is_those_scales_and_the_whole_group_still_all() -> None:
    for request in ("depression screening", "抑郁量表"):
        assert _names(_SCREENING, request) == {"Screening_Tests/PHQ-9"}, request
        assert _names(_ZH_SCALES, request) == {"神经心理评估/汉密尔顿抑郁量表(HAMD)"}, request
    for request in ("anxiety screening", "焦虑量表"):
        assert _names(_SCREENING, request) == {"Screening_Tests/GAD-7"}, request
        assert _names(_ZH_SCALES, request) == {"神经心理评估/汉密尔顿焦虑量表(HAMA)"}, request
    assert len(_names(_SCREENING, "screening questionnaires")) == 4


# ---- a score written inside a record's text glued, by components or in a short form (score_text.py) -----------------
def test_a_score_stated_glued_by_components_or_in_its_short_form_is_that_record() -> None:
    glued = _case(("体格检查", "神经系统", PE, "嗜睡, GCS13分, 双侧瞳孔等大"), ("体格检查", "腹部", PE, "软"))
    parts = _case(("体格检查/神经系统", "意识状态", PE, "嗜睡, E3V4M5"), ("体格检查/神经系统", "瞳孔", PE, "等大等圆"))
    short = _case(("Physical_Examination", "Neurological", PE, "Drowsy, Glasgow 13/15, mRS 0 before"),
                  ("Physical_Examination", "Abdomen", PE, "soft"))
    for request in ("GCS", "格拉斯哥昏迷评分"):
        assert _names(glued, request) == {"体格检查/神经系统"}, request
        assert _names(parts, request) == {"体格检查/神经系统/意识状态"}, request
        assert _names(short, request) == {"Physical_Examination/Neurological"}, request
    assert _names(short, "mRS") == {"Physical_Examination/Neurological"}


def test_a_look_alike_is_no_score() -> None:
    case = _case(
        ("Physical_Examination", "Abdomen", PE, "Mrs Smith's abdomen soft; gcs not recorded; E4 bowel sounds"),
        ("Physical_Examination", "GI_Bleed_Risk", PE, "Glasgow-Blatchford 12"),
        ("Labs", "Note", LAB, "GCS13"),  # a laboratory value never states a score
    )
    for request in ("GCS", "mRS", "Glasgow coma scale"):
        assert _names(case, request) == set(), request


# ---- a bare analyte is its default specimen's where the case holds it there (specimens.py) --------------------------
def test_a_bare_analyte_is_the_blood_record_not_a_lavage_record_of_the_same_name() -> None:
    both = _case(
        ("Test_Results/Bronchoscopy/Bronchoalveolar_Lavage/Lymphocytes", "Bronchoscopy", "Bronchoalveolar_Lavage / Lymphocytes",
         "other", "32%"),
        ("Test_Results/Blood_Tests/Full_Blood_Count/Lymphocytes", "Full_Blood_Count", "Lymphocytes", LAB, "0.8 x10^9/L"),
    )
    assert _names(both, "lymphocytes") == {"Blood_Tests/Full_Blood_Count/Lymphocytes"}
    assert _names(both, "BAL lymphocytes") == {"Bronchoscopy/Bronchoalveolar_Lavage/Lymphocytes"}
    lavage_only = _case(("Test_Results/Bronchoscopy/Bronchoalveolar_Lavage/Lymphocytes", "Bronchoscopy",
                         "Bronchoalveolar_Lavage / Lymphocytes", "other", "32%"))
    assert _names(lavage_only, "lymphocytes") == {"Bronchoscopy/Bronchoalveolar_Lavage/Lymphocytes"}


# ---- a scale the case holds only as its group's record (scale_groups.py) --------------------------------------------
def test_a_scale_held_only_under_its_group_name_is_that_group_record_not_a_sibling() -> None:
    case = _case(
        ("Screening_Tests", "Depression_Screening", "other", "No significant depressive symptoms"),
        ("Screening_Tests", "Anxiety_Screening", "other", "Not suggestive of anxiety disorder"),
        ("Screening_Tests", "ADHD_Screening", "other", "Negative"),
    )
    assert _names(case, "PHQ-9") == {"Screening_Tests/Depression_Screening"}
    assert _names(case, "GAD-7") == {"Screening_Tests/Anxiety_Screening"}
    assert _names(_SCREENING, "HAMD") == set()  # the PHQ-9 record is another depression scale's, not the HAMD


def test_a_scale_is_never_a_broader_examination_it_belongs_to() -> None:
    case = _case(("Neurological_Examination", "Mental_Status_Examination", PE, "Alert and oriented, recall 3/3"))
    assert _names(case, "MoCA") == set()


# ---- a named sign is never another named sign's record (sibling_signs.py) -------------------------------------------
_CEREBELLAR = _case(
    ("Physical_Examination_Findings/Cerebellar_Examination/Finger_Nose_Test/Left", "Finger_Nose_Test", "Left", PE,
     "Mild dysmetria"),
    ("Physical_Examination_Findings/Cerebellar_Examination/Heel_Shin_Test/Left", "Heel_Shin_Test", "Left", PE, "Normal"),
)


def test_a_sign_the_case_lacks_is_not_its_sibling_tests() -> None:
    for request in ("Romberg test", "闭目难立征"):
        assert _names(_CEREBELLAR, request) == set(), request
    assert _names(_CEREBELLAR, "finger nose test") == {"Cerebellar_Examination/Finger_Nose_Test/Left"}
    assert len(_names(_CEREBELLAR, "coordination")) == 2  # the section asked: every test of it


def test_a_collective_sign_and_a_qualified_form_keep_their_records() -> None:
    meningeal = _case(("体格检查/神经系统/脑膜刺激征", "颈强直", PE, "阴性"), ("体格检查/神经系统/脑膜刺激征", "布氏征", PE, "阴性"),
                      ("体格检查/神经系统/脑膜刺激征", "克氏征", PE, "阴性"))
    assert len(_names(meningeal, "脑膜刺激征")) == 3
    assert _names(meningeal, "Kernig sign") == {"体格检查/神经系统/脑膜刺激征/克氏征"}
    knee = _case(("专科情况/右膝关节/特殊检查", "前抽屉试验", PE, "阳性"), ("专科情况/右膝关节/特殊检查", "后抽屉试验", PE, "阴性"))
    assert _names(knee, "抽屉试验") == {"专科情况/右膝关节/特殊检查/前抽屉试验", "专科情况/右膝关节/特殊检查/后抽屉试验"}

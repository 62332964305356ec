"""Issue 14, lookup round 9b (helper lookup12): each rule beside the false hit it could open (synthetic records, so
no row of any labelled set is restated here)."""

from __future__ import annotations

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.lookup.evaluate import synthetic_case
from dxgym.agents.lookup.split import split_requests
from dxgym.emr_fixtures.models import CaseRecord

_LOOKUP = ExamLookup(semantic=False)
PE, LAB, IMG, PATH = "physical_examination", "laboratory", "imaging", "pathology"


def _case(*records: tuple[str, ...]) -> CaseRecord:
    return synthetic_case(records, "test:round9b")


def _keys(case: CaseRecord, request: str) -> set[str]:
    return {h.source_key for item in split_requests(request) for h in _LOOKUP.resolve(item, case, semantic=False)}


# ---- two path segments joined (joined.pair) ------------------------------------------------------------------------
_ZH_EXAM = _case(
    ("体格检查/腹部/视诊", "腹部", "视诊", PE, "腹平"),
    ("体格检查/腹部/触诊/压痛", "触诊", "压痛", PE, "无压痛"),
    ("体格检查/腹部/触诊/肝脾", "触诊", "肝脾", PE, "未触及"),
    ("体格检查/腹部/触诊/右上腹肿块", "触诊", "右上腹肿块", PE, "可触及橄榄样肿块"),
    ("体格检查/前囟", "体格检查", "前囟", PE, "平软"),
    ("体格检查/甲状腺", "体格检查", "甲状腺", PE, "不大"),
    ("神经系统查体/运动系统/肌张力/上肢", "肌张力", "上肢", PE, "正常"),
    ("神经系统查体/运动系统/肌张力/下肢", "肌张力", "下肢", PE, "增高"),
    ("辅助检查/甲状腺彩超/甲状腺", "甲状腺彩超", "甲状腺", IMG, "未见异常"),
)
_PALPATION = {"体格检查/腹部/触诊/压痛", "体格检查/腹部/触诊/肝脾", "体格检查/腹部/触诊/右上腹肿块"}


def test_a_section_and_its_manoeuvre_joined_are_every_record_below_them() -> None:
    assert _keys(_ZH_EXAM, "腹部触诊") == _PALPATION  # before: one palpation record the lexicon picked
    assert "体格检查/腹部/视诊" not in _keys(_ZH_EXAM, "腹部触诊")  # the false hit: the section's other manoeuvre
    # a site before its test (下肢肌张力 for 肌张力/下肢); the 下 of 下肢 is also a filler character after 查一下
    assert _keys(_ZH_EXAM, "查一下下肢肌张力") == {"神经系统查体/运动系统/肌张力/下肢"}
    assert "神经系统查体/运动系统/肌张力/上肢" not in _keys(_ZH_EXAM, "下肢肌张力")


_EN_EXAM = _case(
    ("Physical_Examination_Findings/Reflexes/Knee/Left", "Knee", "Left", PE, "3+"),
    ("Physical_Examination_Findings/Reflexes/Knee/Right", "Knee", "Right", PE, "3+"),
    ("Physical_Examination_Findings/Reflexes/Ankle/Left", "Ankle", "Left", PE, "2+"),
    ("Physical_Examination_Findings/Cranial_Nerves/Pupils/Left", "Pupils", "Left", PE, "3 mm, reactive"),
    ("Physical_Examination_Findings/Cranial_Nerves/Pupils/Right", "Pupils", "Right", PE, "3 mm, reactive"),
    ("Physical_Examination_Findings/Fundoscopy/Left_Eye", "Fundoscopy", "Left_Eye", PE, "Papilloedema"),
    ("Physical_Examination_Findings/Growth/Head_Circumference", "Growth", "Head_Circumference", PE, "36 cm"),
    ("Physical_Examination_Findings/Growth/Length", "Growth", "Length", PE, "52 cm"),
    ("Physical_Examination_Findings/Growth/Weight", "Growth", "Weight", PE, "3.9 kg"),
    ("Physical_Examination_Findings/Hydration/Anterior_Fontanelle", "Hydration", "Anterior_Fontanelle", PE, "Sunken"),
    ("Physical_Examination_Findings/Abdominal_Examination/Inspection", "Abdominal_Examination", "Inspection", PE,
     "Visible peristalsis left to right"),
    ("Physical_Examination_Findings/Abdominal_Examination/Palpation", "Abdominal_Examination", "Palpation", PE,
     "Soft"),
    ("Test_Results/Ultrasound_Pylorus/Pyloric_Channel_Length", "Ultrasound_Pylorus", "Pyloric_Channel_Length", IMG,
     "19 mm"),
    ("Test_Results/Ultrasound_Pylorus/Pyloric_Muscle_Thickness", "Ultrasound_Pylorus", "Pyloric_Muscle_Thickness",
     IMG, "4.5 mm"),
    ("Physical_Examination_Findings/Vital_Signs/Blood_Pressure", "Vital_Signs", "Blood_Pressure", PE, "210/118"),
    ("Test_Results/Echocardiogram/Estimated_PA_Systolic_Pressure", "Echocardiogram",
     "Estimated_PA_Systolic_Pressure", IMG, "45 mmHg"),
)


def test_an_english_name_may_put_the_parent_last_and_a_side_narrows_it() -> None:
    assert _keys(_EN_EXAM, "knee reflexes") == {"Physical_Examination_Findings/Reflexes/Knee/Left",
                                                  "Physical_Examination_Findings/Reflexes/Knee/Right"}
    assert _keys(_EN_EXAM, "left knee reflex") == {"Physical_Examination_Findings/Reflexes/Knee/Left"}
    assert not any("Ankle" in k for k in _keys(_EN_EXAM, "knee reflexes"))  # the false hit: another tendon


def test_a_site_named_exactly_by_a_segment_is_that_segment() -> None:
    # the pupil reads as the eye, and so does a fundoscopy's Left_Eye: the segment named "Pupils" is the answer
    assert _keys(_EN_EXAM, "check the left pupil") == {"Physical_Examination_Findings/Cranial_Nerves/Pupils/Left"}
    assert "Physical_Examination_Findings/Fundoscopy/Left_Eye" in _keys(_EN_EXAM, "fundoscopy of the left eye")


def test_a_record_named_after_an_examination_verb() -> None:
    assert _keys(_ZH_EXAM, "摸摸前囟") == {"体格检查/前囟"}
    assert _keys(_ZH_EXAM, "摸一下前囟") == {"体格检查/前囟"}
    # a bedside verb is never the study's record of the same name (the thyroid ultrasound's 甲状腺)
    assert _keys(_ZH_EXAM, "摸摸甲状腺") == {"体格检查/甲状腺"}
    assert _keys(_EN_EXAM, "measure the head circumference") == {
        "Physical_Examination_Findings/Growth/Head_Circumference"}
    # in the other language, by a sign's bilingual names (前囟 is the anterior fontanelle)
    assert _keys(_EN_EXAM, "摸一下前囟") == {"Physical_Examination_Findings/Hydration/Anterior_Fontanelle"}
    # a verb before words that name no record opens nothing
    assert _keys(_ZH_EXAM, "摸摸脾脏边缘") <= _PALPATION | {"体格检查/腹部/视诊"}


def test_vital_signs_and_growth_are_never_a_measure_inside_an_imaging_report() -> None:
    assert _keys(_EN_EXAM, "growth parameters") == {
        "Physical_Examination_Findings/Growth/Head_Circumference", "Physical_Examination_Findings/Growth/Length",
        "Physical_Examination_Findings/Growth/Weight"}  # not the ultrasound's Pyloric_Channel_Length
    assert _keys(_EN_EXAM, "blood pressure") == {"Physical_Examination_Findings/Vital_Signs/Blood_Pressure"}
    # the imaging records are still found by their own names
    assert "Test_Results/Ultrasound_Pylorus/Pyloric_Channel_Length" in _keys(_EN_EXAM, "pyloric ultrasound")


def test_visible_peristalsis_is_the_abdominal_inspection() -> None:
    assert _keys(_EN_EXAM, "look for visible peristalsis") == {
        "Physical_Examination_Findings/Abdominal_Examination/Inspection"}  # not the palpation beside it
    assert _keys(_ZH_EXAM, "看看上腹部有没有胃蠕动波") == {"体格检查/腹部/视诊"}


def test_the_pylorus_is_a_site_of_its_own() -> None:
    assert _keys(_EN_EXAM, "幽门B超") == {"Test_Results/Ultrasound_Pylorus/Pyloric_Channel_Length",
                                        "Test_Results/Ultrasound_Pylorus/Pyloric_Muscle_Thickness"}
    assert not _keys(_EN_EXAM, "幽门螺杆菌")  # Helicobacter pylori is no pylorus: the case holds no test for it


# ---- a procedure by another of its names (joined.procedure) --------------------------------------------------------
_TAP = _case(
    ("辅助检查/腰椎穿刺放液试验/初压", "腰椎穿刺放液试验", "初压", LAB, "140 mmH2O"),
    ("辅助检查/腰椎穿刺放液试验/放液量", "腰椎穿刺放液试验", "放液量", LAB, "35 ml"),
    ("辅助检查/腰椎穿刺放液试验/放液前后评估/起立-行走计时(TUG)/放液前", "起立-行走计时(TUG)", "放液前", LAB, "21 s"),
    ("辅助检查/腰椎穿刺放液试验/放液前后评估/MMSE/放液前", "MMSE", "放液前", LAB, "22"),
    ("辅助检查/腰椎穿刺放液试验/脑脊液生化/蛋白", "脑脊液生化", "蛋白", LAB, "0.35 g/L"),
    ("辅助检查/影像/头颅MRI平扫/所见", "头颅MRI平扫", "所见", IMG, "脑室扩大"),
)


def test_a_procedure_asked_by_another_name_is_every_record_inside_it() -> None:
    inside = {k for k in (r.source_key for r in _TAP.examinations) if "放液试验" in k}
    assert _keys(_TAP, "腰穿放液试验") == inside  # the assessments filed inside it included
    assert _keys(_TAP, "CSF tap test") == inside
    # a part asked by name stays that part; another study stays out
    assert _keys(_TAP, "脑脊液蛋白") == {"辅助检查/腰椎穿刺放液试验/脑脊液生化/蛋白"}
    assert "辅助检查/影像/头颅MRI平扫/所见" not in _keys(_TAP, "腰穿放液试验")


# ---- tests of a sampled tissue (contained.py) -----------------------------------------------------------------------
_MARROW = _case(
    ("骨髓检查/骨髓穿刺/骨髓涂片/浆细胞比例", "骨髓涂片", "浆细胞比例", PATH, "38%"),
    ("骨髓检查/骨髓穿刺/FISH/del(17p)", "FISH", "del(17p)", PATH, "阴性"),
    ("骨髓检查/骨髓穿刺/FISH/t(4;14)", "FISH", "t(4;14)", PATH, "阳性"),
    ("骨髓检查/骨髓穿刺/流式细胞术/免疫表型", "流式细胞术", "免疫表型", PATH, "CD38+CD138+"),
    ("骨髓检查/骨髓活检/刚果红染色", "骨髓活检", "刚果红染色", PATH, "阴性"),
    ("Test_Results/Bone_Marrow_Examination/Aspirate/Plasma_Cells", "Aspirate", "Plasma_Cells", PATH, "42%"),
    ("Test_Results/Bone_Marrow_Examination/Aspirate/Cellularity", "Aspirate", "Cellularity", PATH, "Hypercellular"),
)
_FISH = {"骨髓检查/骨髓穿刺/FISH/del(17p)", "骨髓检查/骨髓穿刺/FISH/t(4;14)"}


def test_a_test_of_the_marrow_is_that_test_not_the_whole_marrow() -> None:
    assert _keys(_MARROW, "骨髓FISH") == _FISH
    assert not _keys(_MARROW, "骨髓染色体核型分析")  # a near miss: no karyotype here, and not the marrow instead
    assert not _keys(_MARROW, "骨髓铁染色")
    assert _keys(_MARROW, "plasma cells on the marrow aspirate") == {
        "Test_Results/Bone_Marrow_Examination/Aspirate/Plasma_Cells"}
    # the marrow asked alone is still all of it
    assert _FISH | {"骨髓检查/骨髓活检/刚果红染色"} <= _keys(_MARROW, "骨髓检查")


def test_another_specimen_or_site_is_never_the_marrows() -> None:
    assert not _keys(_MARROW, "外周血流式细胞术")  # peripheral blood, not the marrow's flow cytometry
    assert _keys(_MARROW, "流式细胞术") == {"骨髓检查/骨髓穿刺/流式细胞术/免疫表型"}  # unqualified: the marrow's
    assert not _keys(_MARROW, "腹壁脂肪垫活检刚果红染色")  # a fat-pad biopsy's stain
    assert _keys(_MARROW, "刚果红染色") == {"骨髓检查/骨髓活检/刚果红染色"}


_KNEE = _case(
    ("Physical_Examination_Findings/Joint_Examination/Right_Knee/Inspection", "Right_Knee", "Inspection", PE,
     "Swollen"),
    ("Physical_Examination_Findings/Joint_Examination/Right_Knee/Patellar_Tap", "Right_Knee", "Patellar_Tap", PE,
     "Positive"),
    ("Physical_Examination_Findings/Joint_Examination/Left_Knee/Patellar_Tap", "Left_Knee", "Patellar_Tap", PE,
     "Negative"),
    ("Test_Results/Joint_Aspiration_Right_Knee/Appearance", "Joint_Aspiration_Right_Knee", "Appearance", LAB,
     "Turbid"),
    ("Test_Results/Joint_Aspiration_Right_Knee/Synovial_Fluid_Analysis/Crystals", "Synovial_Fluid_Analysis",
     "Crystals", LAB, "None"),
)


def test_a_specimen_asked_is_never_the_examination_of_its_site() -> None:
    got = _keys(_KNEE, "right knee aspirate results")
    assert got == {"Test_Results/Joint_Aspiration_Right_Knee/Appearance",
                   "Test_Results/Joint_Aspiration_Right_Knee/Synovial_Fluid_Analysis/Crystals"}
    # the examination asked is still the examination
    assert "Physical_Examination_Findings/Joint_Examination/Right_Knee/Inspection" in _keys(_KNEE, "examine the right knee")


def test_a_sign_after_its_site_in_the_other_language() -> None:
    assert _keys(_KNEE, "右膝浮髌试验") == {"Physical_Examination_Findings/Joint_Examination/Right_Knee/Patellar_Tap"}
    assert not _keys(_KNEE, "右肘浮髌试验")  # another site: not the knee's record


# ---- a name in brackets (joined.bracketed) --------------------------------------------------------------------------
_HANDS = _case(
    ("查体/手部/雷诺现象", "手部", "雷诺现象", PE, "遇冷苍白"),
    ("查体/手部/指端溃疡/右手", "指端溃疡", "右手", PE, "示指指尖愈合中溃疡"),
    ("查体/改良Rodnan皮肤评分(mRSS)/手指/左侧", "手指", "左侧", PE, "2"),
    ("查体/改良Rodnan皮肤评分(mRSS)/手指/右侧", "手指", "右侧", PE, "3"),
)


def test_a_name_in_brackets_is_asked_alone_where_the_whole_found_nothing() -> None:
    assert _keys(_HANDS, "看一下手指遇冷的颜色变化（雷诺现象）") == {"查体/手部/雷诺现象"}
    assert not _keys(_HANDS, "看一下手指遇冷的颜色变化（甲襞出血）")  # a bracketed name the case lacks: nothing
    assert _keys(_HANDS, "mRSS左手指") == {"查体/改良Rodnan皮肤评分(mRSS)/手指/左侧"}  # a pair by its bracket's name


# ---- a test by a name its group shares (members.py) -----------------------------------------------------------------
_SCREEN = _case(("Test_Results/Questionnaires/PHQ-9", "Questionnaires", "PHQ-9", LAB, "14"))
_SCREEN_BOTH = _case(
    ("Test_Results/Questionnaires/PHQ-9", "Questionnaires", "PHQ-9", LAB, "14"),
    ("Test_Results/Questionnaires/GAD-7", "Questionnaires", "GAD-7", LAB, "9"),
)
_SCREEN_GROUP = _case(("Test_Results/Screening_Tests", "Test_Results", "Screening_Tests", LAB, "PHQ-9 14, GAD-7 9"))


def test_a_scale_by_its_own_name_is_never_its_siblings_record() -> None:
    assert not _keys(_SCREEN, "GAD-7")  # before: the PHQ-9 beside it in the screening group
    assert _keys(_SCREEN_BOTH, "GAD-7") == {"Test_Results/Questionnaires/GAD-7"}
    assert _keys(_SCREEN_GROUP, "GAD-7") == {"Test_Results/Screening_Tests"}  # the group's unitemised record stays


# ---- a capillary gas, the only gas (samples.py) ---------------------------------------------------------------------
_CBG = _case(
    ("Test_Results/Capillary_Blood_Gas/pH", "Capillary_Blood_Gas", "pH", LAB, "7.52"),
    ("Test_Results/Capillary_Blood_Gas/pCO2", "Capillary_Blood_Gas", "pCO2", LAB, "48"),
)
_CBG_ABG = _case(
    ("Test_Results/Capillary_Blood_Gas/pH", "Capillary_Blood_Gas", "pH", LAB, "7.52"),
    ("Test_Results/Arterial_Blood_Gas/pH", "Arterial_Blood_Gas", "pH", LAB, "7.50"),
)


def test_a_blood_gas_asked_by_no_sample_is_the_capillary_gas_where_it_is_the_only_one() -> None:
    assert _keys(_CBG, "血气分析") == {"Test_Results/Capillary_Blood_Gas/pH", "Test_Results/Capillary_Blood_Gas/pCO2"}
    assert _keys(_CBG, "blood gas") == _keys(_CBG, "血气分析")
    assert not _keys(_CBG, "ABG")  # an arterial gas asked: never the capillary one
    assert _keys(_CBG_ABG, "血气分析") == {"Test_Results/Arterial_Blood_Gas/pH"}  # beside an ABG it stays out


# ---- vocabulary: neighbours split, new tests and sites ---------------------------------------------------------------
_MYELOMA = _case(
    ("实验室检查/血清蛋白电泳", "实验室检查", "血清蛋白电泳", LAB, "M蛋白 28 g/L"),
    ("实验室检查/血清免疫固定电泳", "实验室检查", "血清免疫固定电泳", LAB, "IgG-κ"),
    ("实验室检查/尿液检查/尿免疫固定电泳", "尿液检查", "尿免疫固定电泳", LAB, "κ轻链"),
    ("Test_Results/Pulmonary_Function_Tests/TLCO", "Pulmonary_Function_Tests", "TLCO", LAB, "48%"),
    ("Test_Results/Pulmonary_Function_Tests/KCO", "Pulmonary_Function_Tests", "KCO", LAB, "62%"),
    ("Physical_Examination_Findings/Spine_Examination/Inspection", "Spine_Examination", "Inspection", PE, "Normal"),
    ("分期及评估/R-ISS分期", "分期及评估", "R-ISS分期", LAB, "II期"),
    ("特殊检查/甲襞毛细血管镜", "特殊检查", "甲襞毛细血管镜", LAB, "扩张毛细血管"),
)


def test_protein_electrophoresis_and_immunofixation_are_two_tests() -> None:
    assert _keys(_MYELOMA, "SPEP") == {"实验室检查/血清蛋白电泳"}
    assert _keys(_MYELOMA, "serum immunofixation") == {"实验室检查/血清免疫固定电泳"}
    assert not _keys(_MYELOMA, "尿蛋白电泳")  # a near miss: the urine's immunofixation is another test


def test_new_names() -> None:
    assert _keys(_MYELOMA, "DLCO") == {"Test_Results/Pulmonary_Function_Tests/TLCO"}  # KCO is an index of its own
    assert _keys(_MYELOMA, "KCO") == {"Test_Results/Pulmonary_Function_Tests/KCO"}
    assert not _keys(_MYELOMA, "skeletal survey")  # an imaging study, never the spine examination
    assert _keys(_MYELOMA, "R-ISS stage") == {"分期及评估/R-ISS分期"}
    assert not _keys(_MYELOMA, "ISS stage")  # the older system is not the revised one
    assert _keys(_MYELOMA, "nailfold capillaroscopy") == {"特殊检查/甲襞毛细血管镜"}

"""Issue 14, lookup round 8b (helper lookup10): each rule beside the false hit it could open (synthetic records, so
no row of any labelled set is restated here)."""

from __future__ import annotations

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.lookup.evaluate import resolved_names, synthetic_case
from dxgym.agents.lookup.split import split_requests
from dxgym.emr_fixtures.models import CaseRecord

_LOOKUP = ExamLookup(semantic=False)
PE, LAB, IMG = "physical_examination", "laboratory", "imaging"


def _case(*records: tuple[str, ...]) -> CaseRecord:
    return synthetic_case(records, "test:round8b")


def _names(case: CaseRecord, request: str) -> set[str]:
    return resolved_names(_LOOKUP, case, request)


def _keys(case: CaseRecord, request: str) -> set[str]:
    return {h.source_key for item in split_requests(request) for h in _LOOKUP.resolve(item, case, semantic=False)}


# ---- a path segment's name is every record below it (paths.py) ----------------------------------------------------
_AUDIO = _case(
    ("听力学检查/纯音测听/右耳/气导阈值", "右耳", "气导阈值", LAB, "65 dB HL"),
    ("听力学检查/纯音测听/左耳/气导阈值", "左耳", "气导阈值", LAB, "15 dB HL"),
    ("听力学检查/纯音测听/结论", "纯音测听", "结论", LAB, "右耳感音神经性聋"),
    ("听力学检查/声导抗/鼓室图/右耳", "鼓室图", "右耳", LAB, "A型"),
    ("听力学检查/声导抗/镫骨肌反射/右耳刺激", "镫骨肌反射", "右耳刺激", LAB, "未引出"),
    ("听力学检查/畸变产物耳声发射(DPOAE)/右耳", "畸变产物耳声发射(DPOAE)", "右耳", LAB, "未引出"),
    ("Test_Results/Audiology/Pure_Tone_Audiometry/Right_Ear", "Audiology", "Pure_Tone_Audiometry / Right_Ear", LAB,
     "Thresholds 10-20 dB HL"),
    ("Test_Results/Audiology/Tympanometry/Right_Ear", "Audiology", "Tympanometry / Right_Ear", LAB, "Type A"),
    ("Test_Results/Audiology/Stapedial_Reflexes/Right_Ear", "Audiology", "Stapedial_Reflexes / Right_Ear", LAB,
     "Present"),
)
_PTA = {"听力学检查/纯音测听/右耳/气导阈值", "听力学检查/纯音测听/左耳/气导阈值", "听力学检查/纯音测听/结论"}
_IMMITTANCE = {"听力学检查/声导抗/鼓室图/右耳", "听力学检查/声导抗/镫骨肌反射/右耳刺激"}


def test_a_path_segments_name_is_every_record_below_it() -> None:
    assert _keys(_AUDIO, "纯音测听") == _PTA  # records filed under 纯音测听/右耳/, not only 纯音测听/结论
    assert _keys(_AUDIO, "Pure tone audiometry") == {"Test_Results/Audiology/Pure_Tone_Audiometry/Right_Ear"}
    assert _keys(_AUDIO, "声导抗") == _IMMITTANCE  # a segment with no record of its own
    # a test's records filed deeper under a group of its name are the test's; sides still narrow (the sideless
    # conclusion stays, as every record naming no side does)
    assert _keys(_AUDIO, "左耳纯音测听") == {"听力学检查/纯音测听/左耳/气导阈值", "听力学检查/纯音测听/结论"}
    # the false hits: a sibling segment's records, and a generic segment name (结论) that is nobody's test
    assert not _keys(_AUDIO, "纯音测听") & _IMMITTANCE
    assert _keys(_AUDIO, "结论") <= {"听力学检查/纯音测听/结论"}


def test_a_test_found_by_its_lexicon_name_takes_the_parts_filed_below_it() -> None:
    # another name of the test: its group, and the parts below it (and the English pure-tone record)
    assert _keys(_AUDIO, "纯音听阈测试") == _PTA | {"Test_Results/Audiology/Pure_Tone_Audiometry/Right_Ear"}
    # the false hit: where something filed below names a test of its own, that is another test, not a part
    mixed = _case(
        ("听力学检查/纯音测听/结论", "纯音测听", "结论", LAB, "右耳感音神经性聋"),
        ("听力学检查/纯音测听/右耳/气导阈值", "右耳", "气导阈值", LAB, "65 dB HL"),
        ("听力学检查/纯音测听/右耳/言语识别率", "右耳", "言语识别率", LAB, "44%"),
    )
    assert _keys(mixed, "纯音听阈测试") == {"听力学检查/纯音测听/结论"}


def test_a_filler_character_may_be_the_homophone_slip() -> None:
    assert _keys(_AUDIO, "纯音侧听") == _PTA  # 侧 for 测, the same sound (cè)
    assert _keys(_AUDIO, "右侧纯音测听") == {"听力学检查/纯音测听/右耳/气导阈值", "听力学检查/纯音测听/结论"}  # 右侧: a side


# ---- the audiological battery, test by test (catalogue_round8b.tsv) ------------------------------------------------
def test_the_audiological_tests_are_tests_of_their_own() -> None:
    assert _keys(_AUDIO, "pure tone audiogram") >= {"Test_Results/Audiology/Pure_Tone_Audiometry/Right_Ear"}
    assert not _keys(_AUDIO, "pure tone audiogram") & {"Test_Results/Audiology/Tympanometry/Right_Ear",
                                                        "Test_Results/Audiology/Stapedial_Reflexes/Right_Ear"}
    assert _keys(_AUDIO, "acoustic reflex testing") == {"Test_Results/Audiology/Stapedial_Reflexes/Right_Ear",
                                                        "听力学检查/声导抗/镫骨肌反射/右耳刺激"}
    assert _keys(_AUDIO, "耳声发射") == {"听力学检查/畸变产物耳声发射(DPOAE)/右耳"}
    assert _keys(_AUDIO, "瞬态诱发耳声发射") == set()  # a TEOAE is not the DPOAE held
    assert _keys(_AUDIO, "言语测听") == set()  # speech audiometry is not the pure-tone audiogram
    assert _keys(_AUDIO, "audiometry") >= {  # the battery still finds every test
        "Test_Results/Audiology/Pure_Tone_Audiometry/Right_Ear", "Test_Results/Audiology/Tympanometry/Right_Ear",
        "Test_Results/Audiology/Stapedial_Reflexes/Right_Ear", "听力学检查/畸变产物耳声发射(DPOAE)/右耳"}


# ---- a named sign by another of its names (signs.py, signs_bilingual_round8b.tsv) ----------------------------------
_SIGNS_EN = _case(
    ("Tuning_Fork_Tests", "Weber_Test", PE, "Lateralises to the right"),
    ("Tuning_Fork_Tests", "Rinne_Test", PE, "Positive"),
    ("Cerebellar_Examination", "Finger_Nose_Test/Right", PE, "Normal"),
    ("Cerebellar_Examination", "Heel_Shin_Test/Right", PE, "Normal"),
)
_SIGNS_ZH = _case(
    ("专科检查/音叉试验/韦伯试验(WT)", "音叉试验", "韦伯试验(WT)", PE, "偏向右耳"),
    ("专科检查/音叉试验/林纳试验(RT)/右耳", "林纳试验(RT)", "右耳", PE, "阳性"),
    ("神经系统检查/反射/腱反射", "反射", "腱反射", PE, "双侧对称"),
    ("神经系统检查/反射/病理反射/巴宾斯基征/右", "巴宾斯基征", "右", PE, "阳性"),
    ("神经系统检查/反射/踝阵挛", "反射", "踝阵挛", PE, "阴性"),
)
_REFLEXES_ONLY = _case(("神经系统检查", "反射", PE, "腱反射对称，巴氏征阴性"))


def test_a_sign_is_found_by_its_name_in_the_other_language() -> None:
    assert _names(_SIGNS_EN, "韦伯试验") == {"Tuning_Fork_Tests/Weber_Test"}
    assert _names(_SIGNS_EN, "跟膝胫试验") == {"Cerebellar_Examination/Heel_Shin_Test/Right"}  # not finger-nose
    assert _keys(_SIGNS_ZH, "Weber test") == {"专科检查/音叉试验/韦伯试验(WT)"}
    assert _keys(_SIGNS_ZH, "右耳Rinne试验") == {"专科检查/音叉试验/林纳试验(RT)/右耳"}  # mixed languages, a side
    assert _names(_SIGNS_EN, "finger-nose test on the right") == {"Cerebellar_Examination/Finger_Nose_Test/Right"}


def test_coordinated_signs_share_their_sign_word() -> None:
    assert _names(_SIGNS_EN, "What did the Weber and Rinne tests show?") == {
        "Tuning_Fork_Tests/Weber_Test", "Tuning_Fork_Tests/Rinne_Test"}
    # the false hit: half a pair is no answer by this rule (the Schwabach test is not held)
    assert "Tuning_Fork_Tests/Weber_Test" not in _names(_SIGNS_EN, "the Schwabach and Weber tests")


def test_a_sign_the_lexicon_reads_as_a_section_gets_its_own_record() -> None:
    assert _keys(_SIGNS_ZH, "查一下巴氏征") == {"神经系统检查/反射/病理反射/巴宾斯基征/右"}  # not the reflexes whole
    assert _keys(_SIGNS_ZH, "check for clonus") == {"神经系统检查/反射/踝阵挛"}
    # the false hit the rule could open: a case without the sign's record answers as before (its section)
    assert _names(_REFLEXES_ONLY, "巴氏征") == {"神经系统检查/反射"}
    assert _names(_SIGNS_EN, "Rinne test") == {"Tuning_Fork_Tests/Rinne_Test"}  # never the Weber test beside it


# ---- blood gases of other samples (samples.py) ---------------------------------------------------------------------
_CORD = _case(
    ("Umbilical_Cord_Blood_Gas", "Arterial/pH", LAB, "7.10"),
    ("Umbilical_Cord_Blood_Gas", "Venous/pH", LAB, "7.20"),
    ("Arterial_Blood_Gas", "pH", LAB, "7.31"),
    ("Arterial_Blood_Gas", "pCO2", LAB, "52 mmHg"),
)


def test_a_cord_gas_is_its_own_sample() -> None:
    assert _names(_CORD, "cord gas") == {"Umbilical_Cord_Blood_Gas/Arterial/pH", "Umbilical_Cord_Blood_Gas/Venous/pH"}
    assert _names(_CORD, "脐血血气分析") == {"Umbilical_Cord_Blood_Gas/Arterial/pH",
                                          "Umbilical_Cord_Blood_Gas/Venous/pH"}
    assert _names(_CORD, "arterial cord pH") == {"Umbilical_Cord_Blood_Gas/Arterial/pH"}
    # the false hits: the baby's own gas is never the cord's, and a capillary gas is neither
    assert _names(_CORD, "ABG") == {"Arterial_Blood_Gas/pH", "Arterial_Blood_Gas/pCO2"}
    assert _names(_CORD, "capillary blood gas") == set()


# ---- an instrumented battery and its bedside examination (bedside.py) ---------------------------------------------
_VESTIBULAR = _case(
    ("Physical_Examination_Findings/Vestibular_Examination/Head_Impulse_Test/Right", "Vestibular_Examination",
     "Head_Impulse_Test / Right", PE, "Corrective saccade"),
    ("Test_Results/Videonystagmography/Caloric_Testing", "Videonystagmography", "Caloric_Testing", LAB, "46% paresis"),
    ("专科检查/前庭及平衡功能/过指试验", "前庭及平衡功能", "过指试验", PE, "阴性"),
    ("专科检查/前庭及平衡功能/Dix-Hallpike试验/右侧", "Dix-Hallpike试验", "右侧", PE, "阴性"),
)


def test_a_battery_is_its_instruments_and_an_examination_its_bedside_records() -> None:
    assert _keys(_VESTIBULAR, "VNG") == {"Test_Results/Videonystagmography/Caloric_Testing"}  # not the bedside HIT
    assert _keys(_VESTIBULAR, "前庭功能查体") == {"专科检查/前庭及平衡功能/过指试验",
                                              "专科检查/前庭及平衡功能/Dix-Hallpike试验/右侧"}
    assert _keys(_VESTIBULAR, "video head impulse test") == set()  # a video recording is no bedside manoeuvre
    # the false hit: the bedside test asked by its own name keeps its record
    assert _keys(_VESTIBULAR, "head impulse test") == {
        "Physical_Examination_Findings/Vestibular_Examination/Head_Impulse_Test/Right"}


# ---- a scale by its subject (scales.py) ----------------------------------------------------------------------------
_SCALES = _case(
    ("量表评估", "耳鸣残疾评估量表(THI)", PE, "52分"),
    ("量表评估", "匹兹堡睡眠质量指数(PSQI)", PE, "12分"),
    ("专科检查", "耳鸣", PE, "右耳持续性高调耳鸣"),
)


def test_a_scale_is_found_by_its_subject() -> None:
    assert _names(_SCALES, "耳鸣量表") == {"量表评估/耳鸣残疾评估量表(THI)"}  # not the symptom's own record
    assert _names(_SCALES, "睡眠评分") == {"量表评估/匹兹堡睡眠质量指数(PSQI)"}
    assert _names(_SCALES, "疼痛评分") == set()  # no scale of that subject


# ---- nested sections: a joint below the specialty examination, and its manoeuvre (nesting.py, sections.py) --------
_SI = _case(
    ("专科查体/骶髂关节/压痛/右", "压痛", "右", PE, "阳性"),
    ("专科查体/骶髂关节/压痛/左", "压痛", "左", PE, "阳性"),
    ("专科查体/骶髂关节/骨盆分离试验", "骶髂关节", "骨盆分离试验", PE, "阳性"),
    ("专科查体/脊柱/压痛及叩痛", "脊柱", "压痛及叩痛", PE, "无"),
    ("专科查体/外周关节/右髋关节", "外周关节", "右髋关节", PE, "无肿胀"),
    ("影像学/骶髂关节MRI/所见", "骶髂关节MRI", "所见", IMG, "双侧骶髂关节骨髓水肿"),
)
_SI_SECTION = {"专科查体/骶髂关节/压痛/右", "专科查体/骶髂关节/压痛/左", "专科查体/骶髂关节/骨盆分离试验"}


def test_a_joints_section_below_the_specialty_examination() -> None:
    assert _keys(_SI, "骶髂关节查体") == _SI_SECTION  # not the spine's, nor the hip's
    assert _keys(_SI, "按一下骶髂关节有没有压痛") == {"专科查体/骶髂关节/压痛/右", "专科查体/骶髂关节/压痛/左"}
    assert _keys(_SI, "髋关节MRI") == set()  # the sacroiliac joints are not the hip
    assert _keys(_SI, "FABER test") == set()  # a sign the case does not hold


_LEGS = _case(
    ("Neurological_Examination", "Strength_Assessment/Lower_Extremities", PE, "4/5"),
    ("Neurological_Examination", "Strength_Assessment/Upper_Extremities", PE, "5/5"),
)


def test_a_manoeuvre_found_by_its_own_records_is_not_widened() -> None:
    assert _names(_LEGS, "strength in the legs") == {"Neurological_Examination/Strength_Assessment/Lower_Extremities"}


# ---- a study measured per site (parts.py) and a group naming two panels (groups.py) -------------------------------
_DXA = _case(
    ("DEXA_Scan", "Lumbar_Spine_L1-L4", IMG, "T-score -1.8"),
    ("DEXA_Scan", "Left_Total_Hip", IMG, "T-score -1.6"),
    ("DEXA_Scan", "Distal_Third_Radius", IMG, "T-score -2.7"),
    ("Slit_Lamp_Examination", "Cornea", PE, "Clear"),
    ("Slit_Lamp_Examination", "Lens", PE, "Clear"),
)


def test_a_study_asked_at_one_site_is_that_sites_result() -> None:
    assert _names(_DXA, "bone density of the forearm") == {"DEXA_Scan/Distal_Third_Radius"}
    assert _names(_DXA, "hip DEXA") == {"DEXA_Scan/Left_Total_Hip"}
    assert len(_names(_DXA, "DEXA")) == 3  # no site asked: the study whole
    # the false hit: the site a study's own term carries (the slit lamp's eye) narrows nothing
    assert _names(_DXA, "slit lamp exam") == {"Slit_Lamp_Examination/Cornea", "Slit_Lamp_Examination/Lens"}


_IG = _case(
    ("免疫球蛋白及补体", "IgG", LAB, "15 g/L"),
    ("免疫球蛋白及补体", "补体C3", LAB, "0.9 g/L"),
    ("免疫球蛋白及补体", "补体C4", LAB, "0.2 g/L"),
)


def test_one_of_two_panels_a_group_names() -> None:
    assert _names(_IG, "免疫球蛋白") == {"免疫球蛋白及补体/IgG"}  # not the complement beside it
    assert _names(_IG, "补体") >= {"免疫球蛋白及补体/补体C3", "免疫球蛋白及补体/补体C4"}


# ---- near misses that stay not available (catalogue_round8b.tsv, extra_terms_round8b.tsv, split.py) ---------------
_NEAR = _case(
    ("血生化", "碱性磷酸酶(ALP)", LAB, "210 U/L"),
    ("骨代谢标志物", "25-羟维生素D", LAB, "18 ng/mL"),
    ("Blood_Tests", "Blood_Ethanol", LAB, "Negative"),
    ("Bronchoscopy", "Bronchoalveolar_Lavage/Lymphocytes", LAB, "35%"),
    ("Full_Blood_Count", "Neutrophils", LAB, "4.1"),
)


def test_near_misses_stay_not_available() -> None:
    assert _keys(_NEAR, "骨特异性碱性磷酸酶") == set()  # the bone isoenzyme is not the total ALP
    assert _keys(_NEAR, "1,25-二羟维生素D") == set()  # nor 25-hydroxyvitamin D
    assert _keys(_NEAR, "1,25-dihydroxyvitamin D") == set()
    assert _keys(_NEAR, "breath alcohol") == set()  # nor the blood alcohol
    assert _keys(_NEAR, "BAL neutrophils") == set()  # the lavage's, never the blood count's
    assert _names(_NEAR, "碱性磷酸酶") == {"血生化/碱性磷酸酶(ALP)"}  # the tests themselves still answer
    assert _names(_NEAR, "neutrophils") == {"Full_Blood_Count/Neutrophils"}


def test_a_comma_between_digits_is_no_list() -> None:
    assert split_requests("1,25-dihydroxyvitamin D") == ["1,25-dihydroxyvitamin D"]
    assert split_requests("CBC,LFTs") == ["CBC", "LFTs"]
    assert split_requests("hb 12, wbc") == ["hb 12", "wbc"]

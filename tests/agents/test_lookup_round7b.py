"""Issue 14, lookup round 7b: each rule beside the false hit it must not open (synthetic records, so no row of
any labelled set is restated here)."""

from __future__ import annotations

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.lookup.evaluate import resolved_names, synthetic_case
from dxgym.agents.lookup.sides import BOTH, LEFT, RIGHT, record_side, request_side
from dxgym.emr_fixtures.lexicon import tokens
from dxgym.emr_fixtures.models import CaseRecord

_LOOKUP = ExamLookup(semantic=False)
PE, LAB, IMG = "physical_examination", "laboratory", "imaging"


def _case(*records: tuple[str, str, str, str]) -> CaseRecord:
    return synthetic_case(records, "test:round7b")


def _names(case: CaseRecord, request: str) -> set[str]:
    return resolved_names(_LOOKUP, case, request)


_LIMBS = _case(
    ("Ankle_Brachial_Pressure_Index", "Right", LAB, "0.55"),
    ("Ankle_Brachial_Pressure_Index", "Left", LAB, "0.92"),
    ("Imaging", "MRI_Right_Knee", IMG, "Complete ACL tear."),
    ("肾区叩击痛", "左", PE, "阴性"),
    ("肾区叩击痛", "右", PE, "阳性"),
    ("影像", "双下肢动脉彩超", IMG, "双侧股浅动脉狭窄"),
    ("Vital_Signs", "Heart_Rate", PE, "88 bpm"),
)


def test_a_side_named_in_a_request_selects_that_side() -> None:
    assert _names(_LIMBS, "left ankle brachial index") == {"Ankle_Brachial_Pressure_Index/Left"}
    assert _names(_LIMBS, "右侧踝肱指数") == {"Ankle_Brachial_Pressure_Index/Right"}
    assert _names(_LIMBS, "ABI") == {"Ankle_Brachial_Pressure_Index/Left", "Ankle_Brachial_Pressure_Index/Right"}
    assert _names(_LIMBS, "左肾区叩击痛") == {"肾区叩击痛/左"}
    assert _names(_LIMBS, "肾区叩击痛") == {"肾区叩击痛/左", "肾区叩击痛/右"}  # sideless: both sides


def test_the_other_sides_record_never_answers() -> None:
    assert _names(_LIMBS, "right knee MRI") == {"Imaging/MRI_Right_Knee"}
    assert _names(_LIMBS, "left knee MRI") == set()  # not the right knee's
    assert _names(_LIMBS, "左膝MRI") == set()
    assert _names(_LIMBS, "左下肢动脉彩超") == {"影像/双下肢动脉彩超"}  # a bilateral study holds each side


def test_side_words_read_only_as_sides() -> None:
    assert request_side(tokens("L knee x-ray")) == LEFT
    assert request_side(tokens("vitamin l")) is None  # a lone letter at the end is no side
    assert request_side(tokens("left and right")) is None
    assert request_side(tokens("左氧氟沙星药敏")) is None  # laevo-, an isomer, is no side
    assert record_side("X/Culture/药敏/左氧氟沙星") is None
    assert record_side("X/Pulses/Femoral/Right") == RIGHT
    assert record_side("X/影像/双下肢动脉彩超") == BOTH


_GAS = _case(
    ("Venous_Blood_Gas", "pH", LAB, "7.31"),
    ("Venous_Blood_Gas", "pCO2", LAB, "52 mmHg"),
    ("Corporal_Aspiration", "Blood_Gas/pH", LAB, "6.95"),
    ("Corporal_Aspiration", "Blood_Gas/pO2", LAB, "18 mmHg"),
    ("Corporal_Aspiration", "Blood_Gas/Glucose", LAB, "1.1 mmol/L"),
    ("Chemistry", "Glucose", LAB, "6.0 mmol/L"),
    ("Chemistry", "Lactate", LAB, "2.1 mmol/L"),
    ("Chemistry", "Bicarbonate", LAB, "22 mmol/L"),
)
_NO_GAS = _case(
    ("Chemistry", "Lactate", LAB, "2.1 mmol/L"),
    ("Renal_Panel", "Bicarbonate", LAB, "22 mmol/L"),
)


def test_a_blood_gas_is_one_vessel_and_one_sample() -> None:
    assert _names(_GAS, "VBG") == {"Venous_Blood_Gas/pH", "Venous_Blood_Gas/pCO2"}  # not the aspirate's gas
    assert _names(_GAS, "ABG") == set()  # a venous gas is not an arterial one
    assert _names(_GAS, "动脉血气分析") == set()
    assert _names(_GAS, "blood gas") == {"Venous_Blood_Gas/pH", "Venous_Blood_Gas/pCO2"}
    assert _names(_NO_GAS, "ABG") == set()  # never composed of other panels' analytes
    assert _names(_NO_GAS, "血气分析") == set()
    assert _names(_NO_GAS, "lactate") == {"Chemistry/Lactate"}


def test_a_corporal_aspirate_is_its_own_specimen() -> None:
    assert _names(_GAS, "glucose") == {"Chemistry/Glucose"}  # a bare analyte is the blood's
    assert _names(_GAS, "corporal pO2") == {"Corporal_Aspiration/Blood_Gas/pO2"}
    assert _names(_GAS, "cavernosal blood gas") == {
        "Corporal_Aspiration/Blood_Gas/pH", "Corporal_Aspiration/Blood_Gas/pO2", "Corporal_Aspiration/Blood_Gas/Glucose"}


_EYE = _case(
    ("Ophthalmic_Examination", "Intraocular_Pressure/Right_Eye", PE, "42 mmHg"),
    ("Ophthalmic_Examination", "Intraocular_Pressure/Left_Eye", PE, "16 mmHg"),
    ("Ophthalmic_Examination", "Gonioscopy/Right_Eye", PE, "Closed angle"),
    ("Ophthalmic_Examination", "Cornea", PE, "Microcystic oedema"),
    ("Hemoglobin_Electrophoresis", "HbS", LAB, "0%"),
    ("Complete_Blood_Count", "Hemoglobin", LAB, "13.1 g/dL"),
)
_EYE_TEXT = _case(("Eye_Examination", "Eye_Examination", PE, "Pupils equal. Intraocular pressure 24 mmHg both eyes."))


def test_sourced_names_of_tests_read_in_both_languages() -> None:
    assert _names(_EYE, "眼压") == {"Ophthalmic_Examination/Intraocular_Pressure/Right_Eye",
                                    "Ophthalmic_Examination/Intraocular_Pressure/Left_Eye"}
    assert _names(_EYE, "右眼眼压") == {"Ophthalmic_Examination/Intraocular_Pressure/Right_Eye"}
    assert _names(_EYE, "房角镜检查") == {"Ophthalmic_Examination/Gonioscopy/Right_Eye"}
    assert _names(_EYE, "hemoglobin electrophoresis") == {"Hemoglobin_Electrophoresis/HbS"}
    assert _names(_EYE, "血常规") == {"Complete_Blood_Count/Hemoglobin"}  # an electrophoresis is not a CBC
    assert _names(_EYE, "compartment pressure") == set()  # a known test the record lacks
    assert _names(_EYE_TEXT, "intraocular pressure") == {"Eye_Examination/Eye_Examination"}  # inside the findings text
    assert _names(_EYE_TEXT, "gonioscopy") == set()  # the text does not name it


_ZH_PE = _case(
    ("腹部", "视诊", PE, "腹平坦"),
    ("触诊", "压痛", PE, "右下腹压痛"),
    ("触诊", "肝脾", PE, "未触及"),
    ("听诊", "肠鸣音", PE, "4次/分"),
    ("胸部", "视诊", PE, "胸廓对称"),
)
# the section's path holds the nesting: 体格检查/腹部/触诊/压痛
_ZH_NESTED = CaseRecord.model_validate({**_ZH_PE.model_dump(), "examinations": [
    {**e.model_dump(), "source_key": f"体格检查/{'胸部' if e.group == '胸部' else '腹部'}/"
     + ("" if e.group in ("腹部", "胸部") else f"{e.group}/") + e.name} for e in _ZH_PE.examinations]})


def test_a_section_gets_its_findings_at_any_depth() -> None:
    assert _names(_ZH_NESTED, "腹部查体") == {"腹部/视诊", "腹部/触诊/压痛", "腹部/触诊/肝脾", "腹部/听诊/肠鸣音"}
    assert "腹部/视诊" not in _names(_ZH_NESTED, "腹部触诊")  # a manoeuvre still narrows the section
    assert "胸部/视诊" not in _names(_ZH_NESTED, "腹部查体")  # never a sibling section


_VESSELS = _case(
    ("影像", "双下肢动脉彩超", IMG, "双侧股浅动脉狭窄"),
    ("影像", "颈动脉彩超", IMG, "右颈内动脉斑块"),
    ("Imaging", "Venous_Duplex_Left_Leg", IMG, "No DVT."),
)


def test_vessel_studies_keep_their_vessels_and_regions() -> None:
    assert _names(_VESSELS, "下肢动脉彩超") == {"影像/双下肢动脉彩超"}  # not the neck's arteries
    assert _names(_VESSELS, "下肢静脉彩超") == {"Imaging/Venous_Duplex_Left_Leg"}  # never the arterial study
    assert _names(_VESSELS, "颈动脉彩超") == {"影像/颈动脉彩超"}
    assert _names(_VESSELS, "leg venous duplex") == {"Imaging/Venous_Duplex_Left_Leg"}
    assert _names(_VESSELS, "right leg venous duplex") == set()  # the left leg's


_CPM = _case(
    ("Compartment_Pressure_Measurement", "Anterior", LAB, "48 mmHg"),
    ("Compartment_Pressure_Measurement", "Deep_Posterior", LAB, "22 mmHg"),
    ("Compartment_Pressure_Measurement", "Delta_Pressure_Anterior", LAB, "17 mmHg"),
    ("Lipids", "Cholesterol", LAB, "5.1 mmol/L"),
    ("Lipids", "Fasting_Glucose", LAB, "5.0 mmol/L"),
)


def test_a_part_named_exactly_narrows_a_test_found_whole() -> None:
    assert _names(_CPM, "anterior compartment pressure") == {"Compartment_Pressure_Measurement/Anterior"}
    assert _names(_CPM, "deep posterior compartment pressure") == {"Compartment_Pressure_Measurement/Deep_Posterior"}
    assert len(_names(_CPM, "compartment pressures")) == 3
    assert _names(_CPM, "骨筋膜室压力测定") == _names(_CPM, "compartment pressures")


_KNEES = synthetic_case([(k, g, n, PE, r) for g, n, r, k in (
    ("活动度", "屈曲", "0-90°", "专科情况/右膝关节/活动度/屈曲"),
    ("右膝关节", "浮髌试验", "阳性", "专科情况/右膝关节/浮髌试验"),
    ("左膝关节", "浮髌试验", "阴性", "专科情况/左膝关节/浮髌试验"),
    ("腹部", "视诊", "平坦", "体格检查/腹部/视诊"),
)], "test:round7b:knees")


def test_a_sided_section_from_the_top_of_its_path() -> None:
    assert _names(_KNEES, "右膝专科查体") == {"右膝关节/活动度/屈曲", "右膝关节/浮髌试验"}  # never the left knee's

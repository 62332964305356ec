"""Round 65 (docs/heldout_measures.md): eleven lookup pieces read on newcases14's misses and the lead's battery.

Records here are written for each rule (`synthetic_case`), never copied from a labelled set's rows; each test also
asserts what the rule must leave alone."""

from __future__ import annotations

import pytest

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.lookup.evaluate import resolved_names, synthetic_case

LOOKUP = ExamLookup(semantic=False)
PE, LAB, IMG = "physical_examination", "laboratory", "imaging"


def test_a_fluids_cytology_is_its_cytology_record_never_its_whole_panel() -> None:
    with_cyto = synthetic_case([
        ("T/Lumbar_Puncture/Opening_Pressure", "Lumbar_Puncture", "Opening_Pressure", LAB, "32 cmH2O"),
        ("T/Lumbar_Puncture/CSF/Protein", "Lumbar_Puncture", "Protein", LAB, "0.3 g/L"),
        ("T/Lumbar_Puncture/CSF/Cytology", "Lumbar_Puncture", "Cytology", LAB, "No malignant cells"),
    ], "round65:csf")
    without = synthetic_case([
        ("腰椎穿刺/脑脊液压力", "腰椎穿刺", "脑脊液压力", LAB, "210 mmH2O"),
        ("腰椎穿刺/脑脊液生化/蛋白", "脑脊液生化", "蛋白", LAB, "0.52 g/L"),
        ("腰椎穿刺/寡克隆区带/血清", "寡克隆区带", "血清", LAB, "阴性"),
    ], "round65:csfzh")
    assert resolved_names(LOOKUP, with_cyto, "CSF cytology") == {"Lumbar_Puncture/CSF/Cytology"}
    for request in ("脑脊液细胞学", "CSF cytology", "CSF cytology for malignant cells"):
        assert resolved_names(LOOKUP, without, request) == set(), request  # not available, never the panel
    assert len(resolved_names(LOOKUP, without, "脑脊液检查")) == 3  # the panel asked by name is still the panel


def test_a_panel_filed_under_its_own_name_keeps_its_sub_panels_analytes_out() -> None:
    case = synthetic_case([
        ("T/Biochemistry/Urea_and_Electrolytes/Sodium", "Urea_and_Electrolytes", "Sodium", LAB, "134"),
        ("T/Biochemistry/Urea_and_Electrolytes/Creatinine", "Urea_and_Electrolytes", "Creatinine", LAB, "88"),
        ("T/Biochemistry/Uric_Acid", "Biochemistry", "Uric_Acid", LAB, "612 umol/L"),
    ], "round65:ue")
    for request in ("U&E", "U+E", "urea and electrolytes"):
        assert resolved_names(LOOKUP, case, request) == {"Biochemistry/Urea_and_Electrolytes/Sodium",
                                                         "Biochemistry/Urea_and_Electrolytes/Creatinine"}, request
    assert "Biochemistry/Uric_Acid" in resolved_names(LOOKUP, case, "renal function")  # urate is renal function's


def test_vocal_resonance_is_no_percussion_note() -> None:
    case = synthetic_case([
        ("P/Chest/Percussion/Right", "Percussion", "Right", PE, "Stony dull at the right base"),
        ("P/Chest/Vocal_Resonance/Right", "Vocal_Resonance", "Right", PE, "Reduced at the right base"),
        ("P/Chest/Breath_Sounds/Right", "Breath_Sounds", "Right", PE, "Absent at the right base"),
    ], "round65:vr")
    for request in ("percuss the chest", "叩诊右下肺"):
        assert resolved_names(LOOKUP, case, request) == {"Chest/Percussion/Right"}, request
    assert resolved_names(LOOKUP, case, "vocal resonance") == {"Chest/Vocal_Resonance/Right"}


def test_a_named_sign_the_case_states_in_another_records_text() -> None:
    case = synthetic_case([
        ("P/Neuro/Coordination", "Neurological_Examination", "Coordination", PE, "Finger-nose and heel-shin normal"),
        ("P/Neuro/Gait", "Neurological_Examination", "Gait", PE, "Normal; tandem walking normal; Romberg's test negative"),
        ("P/Neuro/Lower_Limbs/Tone", "Lower_Limbs", "Tone", PE, "Normal, no clonus"),
        ("P/Neuro/Lower_Limbs/Reflexes", "Lower_Limbs", "Reflexes", PE, "Knee and ankle jerks present"),
    ], "round65:signs")
    assert resolved_names(LOOKUP, case, "Romberg") == {"Neuro/Gait"}
    assert resolved_names(LOOKUP, case, "Romberg's test") == {"Neuro/Gait"}
    assert resolved_names(LOOKUP, case, "check for clonus") == {"Neuro/Lower_Limbs/Tone"}
    # where no record's text names the sign, the section filing it answers as before
    assert resolved_names(LOOKUP, case, "finger nose test") == {"Neuro/Coordination"}


@pytest.mark.parametrize(("request_text", "limb"), [
    ("双上肢血压", "Arm"), ("上肢血压", "Arm"), ("BP in both arms", "Arm"), ("下肢血压", "Leg"),
    ("blood pressure in the legs", "Leg"), ("左上肢血压", "Arm"),
])
def test_a_measure_per_limb_asked_at_the_arms_or_the_legs(request_text: str, limb: str) -> None:
    case = synthetic_case([(f"P/Blood_Pressure/{s}_{k}", "Blood_Pressure", f"{s}_{k}", PE, "120/80")
                           for s in ("Right", "Left") for k in ("Arm", "Leg")], "round65:limbs")
    got = resolved_names(LOOKUP, case, request_text)
    assert got and all(n.endswith(limb) for n in got), got
    assert len(resolved_names(LOOKUP, case, "四肢血压")) == 4  # both kinds named: every limb


def test_the_whole_examination_and_the_optic_disc_by_other_names() -> None:
    case = synthetic_case([
        ("体格检查", "生命体征", PE, "T 36.6℃"),
        ("体格检查", "腹部", PE, "腹软"),
        ("P/Eye/Fundoscopy/Left_Eye", "Fundoscopy", "Left_Eye", PE, "Swollen disc"),
        ("P/Eye/Fundoscopy/Right_Eye", "Fundoscopy", "Right_Eye", PE, "Swollen disc"),
        ("T/OCT_Macula/Right_Eye", "OCT_Macula", "Right_Eye", IMG, "Normal foveal contour"),
    ], "round65:names")
    for request in ("全身查体", "全身体格检查", "complete physical examination"):
        assert {"体格检查/生命体征", "体格检查/腹部"} <= resolved_names(LOOKUP, case, request), request
    assert resolved_names(LOOKUP, case, "look at the left optic disc") == {"Eye/Fundoscopy/Left_Eye"}
    assert resolved_names(LOOKUP, case, "视乳头") == {"Eye/Fundoscopy/Left_Eye", "Eye/Fundoscopy/Right_Eye"}
    assert not resolved_names(LOOKUP, case, "OCT of the optic disc") & {"Eye/Fundoscopy/Left_Eye", "Eye/Fundoscopy/Right_Eye"}


def test_a_segments_parenthesis_is_not_its_name() -> None:
    case = synthetic_case([
        ("影像/颈胸段脊髓MRI(平扫+增强)/所见", "颈胸段脊髓MRI(平扫+增强)", "所见", IMG, "C7-T8 长节段T2高信号"),
        ("影像/头颅MRI(平扫+增强)/所见", "头颅MRI(平扫+增强)", "所见", IMG, "未见异常"),
    ], "round65:paren")
    assert resolved_names(LOOKUP, case, "脊髓磁共振") == {"颈胸段脊髓MRI(平扫+增强)/所见"}
    assert resolved_names(LOOKUP, case, "头颅MRI") == {"头颅MRI(平扫+增强)/所见"}


def test_a_sign_inside_a_site_or_an_action_is_read_in_the_text() -> None:
    case = synthetic_case([
        ("P", "General_Inspection", PE, "Breathless on undressing; no macroglossia; no periorbital purpura"),
        ("P", "Hands", PE, "Swelling of the right wrist"),
        ("入院查体", "皮肤黏膜", PE, "皮肤巩膜中度黄染，未见出血点"),
        ("入院查体", "甲状腺", PE, "甲状腺无肿大"),
    ], "round65:text")
    assert resolved_names(LOOKUP, case, "look at the tongue for macroglossia") == {"P/General_Inspection"}
    assert resolved_names(LOOKUP, case, "巩膜黄染") == {"入院查体/皮肤黏膜"}
    # a finding any region shows is never read alone: the foot's swelling is not the wrist's, nor a spleen the thyroid
    assert resolved_names(LOOKUP, case, "foot swelling") == set()
    assert resolved_names(LOOKUP, case, "脾大") == set()


def test_ebus_is_a_bronchoscopy_never_a_chest_ultrasound() -> None:
    case = synthetic_case([("T/Imaging/Thoracic_Ultrasound_Right", "Imaging", "Thoracic_Ultrasound_Right", IMG,
                            "Large right effusion")], "round65:ebus")
    with_ebus = synthetic_case([("T/EBUS-TBNA/Station_7", "EBUS-TBNA", "Station_7", LAB, "Granulomas")], "round65:ebus2")
    for request in ("EBUS", "endobronchial ultrasound", "支气管内超声"):
        assert resolved_names(LOOKUP, case, request) == set(), request
        assert resolved_names(LOOKUP, with_ebus, request) == {"EBUS-TBNA/Station_7"}, request
    assert resolved_names(LOOKUP, case, "chest ultrasound") == {"Imaging/Thoracic_Ultrasound_Right"}


def test_the_probes_saturation_is_never_a_blood_gas() -> None:
    case = synthetic_case([
        ("体格检查", "生命体征", PE, "T 37.4℃，P 112次/分，SpO2 88%（未吸氧）"),
        ("动脉血气分析", "动脉血氧饱和度(SaO2)", LAB, "88 %"),
    ], "round65:ox")
    for request in ("指脉氧多少", "SpO2", "pulse oximetry"):
        assert resolved_names(LOOKUP, case, request) == {"体格检查/生命体征"}, request
    assert "动脉血气分析/动脉血氧饱和度(SaO2)" in resolved_names(LOOKUP, case, "SaO2")


def test_the_heart_inside_the_chests_one_record() -> None:
    case = synthetic_case([
        ("查体", "胸部", PE, "双肺呼吸音清；心率104次/分，律齐，各瓣膜听诊区未闻及杂音"),
        ("查体", "腹部", PE, "腹软，无压痛"),
    ], "round65:heart")
    for request in ("听诊心脏", "心脏查体", "listen to the heart"):
        assert resolved_names(LOOKUP, case, request) == {"查体/胸部"}, request
    lungs_only = synthetic_case([("查体", "胸部", PE, "双肺呼吸音清，未闻及干湿啰音")], "round65:lungs")
    assert resolved_names(LOOKUP, lungs_only, "听诊心脏") == set()  # a chest text naming no heart: not available


def test_round66_a_verb_and_yixia_in_front_is_asking_not_the_name() -> None:
    case = synthetic_case([("体格检查", "双下肢周径", PE, "左下肢髌上10cm 45cm，右下肢 41cm")], "round66:verb")
    for request in ("量一下双下肢周径", "测一下双下肢周径", "双下肢周径"):
        assert resolved_names(LOOKUP, case, request) == {"体格检查/双下肢周径"}, request


def test_round66_a_readings_own_name_says_its_posture() -> None:
    case = synthetic_case([
        ("查体", "生命体征", PE, "BP 176/108mmHg"),
        ("X/卧立位血压/卧位", "卧立位血压", "卧位", PE, "BP 168/104mmHg"),
        ("X/卧立位血压/立位3分钟", "卧立位血压", "立位3分钟", PE, "BP 128/86mmHg"),
    ], "round66:posture")
    assert resolved_names(LOOKUP, case, "立位血压") == {"卧立位血压/立位3分钟"}
    assert resolved_names(LOOKUP, case, "卧位血压") == {"卧立位血压/卧位"}
    assert resolved_names(LOOKUP, case, "卧立位血压") == {"卧立位血压/卧位", "卧立位血压/立位3分钟"}

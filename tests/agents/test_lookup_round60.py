"""Round 60 (docs/heldout_measures.md): oedema of the legs asked by any of its names answers the records that file it.

"ankle oedema" answered a hand's clubbing and tar staining on one case and every oedema record (periorbital, sacral,
scrotal) on another; "pedal edema" found nothing where the record is `Peripheral_Oedema`. Records here are written for
the rule (`synthetic_case`), not taken from a set."""

from __future__ import annotations

import pytest

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.lookup.evaluate import resolved_names, synthetic_case
from dxgym.agents.lookup.limb_oedema import asked

LOOKUP = ExamLookup(semantic=False)
PE, LAB, IMG = "physical_examination", "laboratory", "imaging"
BY_SITE = synthetic_case([
    ("Oedema", "Pedal", PE, "Pitting to the ankles"),
    ("Oedema", "Periorbital", PE, "Puffy eyelids"),
    ("Oedema", "Sacral", PE, "None"),
    ("Hands", "Clubbing", PE, "Absent"),
    ("Chest_X-Ray", "Pulmonary_Oedema", IMG, "Upper lobe diversion, Kerley B lines"),
], "round60:site")
PER_LEG = synthetic_case([
    ("Peripheral_Oedema", "Right_Leg", PE, "Pitting to the knee"),
    ("Peripheral_Oedema", "Left_Leg", PE, "Pitting to the knee"),
    ("Peripheral_Oedema", "Sacral", PE, "Present"),
], "round60:leg")
NO_SITE = synthetic_case([
    ("Cardiovascular_Examination", "Peripheral_Oedema", PE, "Mild pitting ankle oedema"),
    ("Hands", "Raynaud_Phenomenon", PE, "Triphasic colour change"),
    ("Face", "Oedema", PE, "None"),
], "round60:none")
ZH = synthetic_case([
    ("四肢", "双下肢水肿", PE, "双下肢凹陷性水肿(++)"),
    ("头颈部", "眼睑水肿", PE, "无"),
    ("关节查体", "膝关节", PE, "右膝肿胀"),
], "round60:zh")
NONE_FILED = synthetic_case([
    ("Feet", "Right_First_MTP_Joint", PE, "Swollen, red, exquisitely tender"),
    ("Cardiovascular", "Auscultation", PE, "Normal heart sounds"),
], "round60:gout")


@pytest.mark.parametrize("request_text", [
    "ankle oedema", "pedal edema", "leg swelling", "swollen ankles", "pitting oedema of the feet",
    "press over her feet for pitting oedema", "any ankle swelling?", "lower limb oedema", "双下肢水肿", "看看腿肿不肿",
])
def test_the_legs_oedema_by_any_name(request_text: str) -> None:
    assert resolved_names(LOOKUP, BY_SITE, request_text) == {"Oedema/Pedal"}
    assert resolved_names(LOOKUP, PER_LEG, request_text) == {"Peripheral_Oedema/Right_Leg", "Peripheral_Oedema/Left_Leg"}
    assert resolved_names(LOOKUP, NO_SITE, request_text) == {"Cardiovascular_Examination/Peripheral_Oedema"}
    assert resolved_names(LOOKUP, ZH, request_text) == {"四肢/双下肢水肿"}


def test_one_leg_asked_is_that_legs_record() -> None:
    assert resolved_names(LOOKUP, PER_LEG, "left leg swelling") == {"Peripheral_Oedema/Left_Leg"}
    assert resolved_names(LOOKUP, PER_LEG, "右下肢水肿") == {"Peripheral_Oedema/Right_Leg"}
    assert resolved_names(LOOKUP, BY_SITE, "left leg swelling") == {"Oedema/Pedal"}  # filed for both legs at once


@pytest.mark.parametrize("request_text", [
    "peripheral oedema", "knee swelling", "calf swelling", "eyelid oedema", "leg ulcer", "lower limb pulses",
    "hand swelling", "眼睑水肿", "pulmonary oedema",
])
def test_not_the_legs_oedema_is_not_read_so(request_text: str) -> None:
    assert asked(request_text) is None


def test_a_case_filing_no_oedema_is_left_to_the_tiers() -> None:
    """The gouty toe's swelling is no oedema record: the rule answers nothing, the tiers decide."""
    from dxgym.agents.lookup.limb_oedema import records

    assert records("foot swelling", NONE_FILED) is None
    assert records("ankle oedema", BY_SITE) is not None


STATED = synthetic_case([
    ("Cardiovascular_Examination", "Findings", PE, "Heart sounds normal; no pericardial rub; no ankle oedema"),
    ("Hands", "Finger_Clubbing", PE, "Grade 2 clubbing"),
    ("Hands", "Asterixis", PE, "No flap"),
], "round60:stated")
JOINTS = synthetic_case([
    ("外周关节", "膝踝关节", PE, "双膝、双踝无肿胀压痛，浮髌试验阴性"),
    ("四肢", "右下肢", PE, "右下肢无水肿，皮温正常"),
], "round60:joints")


def test_oedema_stated_at_the_legs_in_a_text_where_none_is_filed() -> None:
    """No record files oedema: the record whose text states it at the legs answers (denied is an answer), never the
    hands' records, and never a joint's swelling."""
    assert resolved_names(LOOKUP, STATED, "any ankle oedema?") == {"Cardiovascular_Examination/Findings"}
    legs = synthetic_case([("Extremities", "Inspection_and_Palpation", PE, "Mild pitting edema in both legs"),
                           ("Hands", "Inspection", PE, "Normal")], "round60:legs")
    assert resolved_names(LOOKUP, legs, "ankle swelling") == {"Extremities/Inspection_and_Palpation"}  # round 59: none
    assert resolved_names(LOOKUP, JOINTS, "双下肢水肿") == {"四肢/右下肢"}


@pytest.mark.parametrize("prefix", ["有无", "是否有", "有没有"])
def test_a_question_before_a_sign_asks_the_sign(prefix: str) -> None:
    case = synthetic_case([("头颈部", "颈部", PE, "颈软，颈静脉充盈，可见怒张，肝颈静脉回流征阳性"),
                           ("一般情况", "一般情况", PE, "神志清楚，口唇发绀")], "round60:ask")
    for sign, want in (("颈静脉怒张", {"头颈部/颈部"}), ("发绀", {"一般情况/一般情况"})):
        from dxgym.agents.lookup.split import split_requests

        got = {h.source_key.split("/", 1)[-1] for item in split_requests(prefix + sign)
               for h in LOOKUP.resolve(item, case, semantic=False)}
        assert got == want == resolved_names(LOOKUP, case, sign)


HEART = synthetic_case([
    ("胸部", "肺部", PE, "双肺呼吸音清，未闻及干湿啰音"),
    ("胸部", "心脏", PE, "心率80次/分，律齐，各瓣膜听诊区未闻及杂音"),
], "round60:heart")


@pytest.mark.parametrize("request_text", ["心脏听诊", "听诊心脏", "心脏查体", "listen to the heart", "cardiac auscultation"])
def test_the_hearts_own_record_in_the_chests_section(request_text: str) -> None:
    assert resolved_names(LOOKUP, HEART, request_text) == {"胸部/心脏"}
    assert resolved_names(LOOKUP, HEART, "肺部听诊") == {"胸部/肺部"}

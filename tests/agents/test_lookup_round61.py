"""Round 61 (docs/heldout_measures.md): a vital sign written with its value in the vital-signs line's text.

体温, 心率, 呼吸 and SpO2 found nothing on 14 or 15 of the 15 fixture and tuning cases that write the vital signs as one
record ("T 36.6℃，P 84次/分，R 18次/分，BP 132/84mmHg"). Records here are written for the rule (`synthetic_case`)."""

from __future__ import annotations

import pytest

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.lookup.evaluate import resolved_names, synthetic_case

LOOKUP = ExamLookup(semantic=False)
PE, LAB = "physical_examination", "laboratory"
ZH = synthetic_case([
    ("体格检查", "生命体征", PE, "T 37.4℃，P 112次/分，R 26次/分，BP 104/68mmHg，SpO2 88%（未吸氧）"),
    ("胸部", "心脏", PE, "心率112次/分，律齐；P2>A2，P2亢进"),
    ("动脉血气分析", "动脉血氧饱和度(SaO2)", LAB, "88 %"),
], "round61:zh")
EN = synthetic_case([
    ("General", "Observations", PE, "Temp 38.2 °C, HR 118 bpm, RR 24/min, BP 92/58 mmHg, SpO2 91% on air"),
    ("Cardiovascular", "Auscultation", PE, "Tachycardic, no murmurs"),
], "round61:en")
NO_SPO2 = synthetic_case([("入院查体", "生命体征", PE, "T 36.6℃，P 84次/分，R 18次/分，BP 132/84mmHg")], "round61:none")


@pytest.mark.parametrize("request_text", ["体温", "心率", "脉搏", "呼吸", "呼吸频率", "temperature", "heart rate", "pulse",
                                          "respiratory rate", "心率多少"])
def test_a_vital_in_the_vitals_line(request_text: str) -> None:
    assert resolved_names(LOOKUP, ZH, request_text) == {"体格检查/生命体征"}
    assert resolved_names(LOOKUP, EN, request_text) == {"General/Observations"}


def test_the_oximeters_saturation_beside_a_blood_gas() -> None:
    # round 65: the probe's saturation is never a blood gas's (SaO2 still finds both)
    assert resolved_names(LOOKUP, ZH, "SpO2") == {"体格检查/生命体征"}
    assert resolved_names(LOOKUP, ZH, "SaO2") == {"体格检查/生命体征", "动脉血气分析/动脉血氧饱和度(SaO2)"}
    assert resolved_names(LOOKUP, EN, "sats") == {"General/Observations"}


def test_a_vital_the_line_does_not_state_is_not_available() -> None:
    """Not "normal": the record states no saturation, and a heart sound's P2 is no pulse."""
    assert resolved_names(LOOKUP, NO_SPO2, "SpO2") == set()
    heart_only = synthetic_case([("胸部", "心脏", PE, "P2>A2，P2亢进伴分裂")], "round61:p2")
    assert resolved_names(LOOKUP, heart_only, "脉搏") == set()


def test_a_plain_blood_pressure_is_the_vitals_lines_beside_a_postural_test() -> None:
    """Round 62: 血压 / BP answered only a lying-and-standing test's readings where the vitals line states it; a
    posture or a limb asked keeps its own readings."""
    case = synthetic_case([
        ("查体", "生命体征", PE, "T 36.8℃，P 104次/分，R 18次/分，BP 176/108mmHg（右上肢，坐位）"),
        ("X/卧立位血压/卧位", "卧立位血压", "卧位", PE, "BP 168/104mmHg，P 98次/分"),
        ("X/卧立位血压/立位3分钟", "卧立位血压", "立位3分钟", PE, "BP 128/86mmHg，P 118次/分"),
    ], "round62:bp")
    for request in ("血压", "量个血压", "BP", "blood pressure"):
        assert resolved_names(LOOKUP, case, request) == {"查体/生命体征"}, request
    assert resolved_names(LOOKUP, case, "卧立位血压") == {"卧立位血压/卧位", "卧立位血压/立位3分钟"}
    assert "查体/生命体征" not in resolved_names(LOOKUP, case, "左上肢血压")


@pytest.mark.parametrize("request_text", ["is he clubbed?", "is the patient clubbed", "clubbed"])
def test_a_sign_asked_by_its_adjective_after_is_he(request_text: str) -> None:
    """Round 62: "is he / is she" are question words like "is there"; "clubbed" is clubbing's adjective."""
    case = synthetic_case([("Hands", "Finger_Clubbing", PE, "Grade 2 clubbing"), ("Hands", "Asterixis", PE, "No flap")],
                          "round62:clubbed")
    assert resolved_names(LOOKUP, case, request_text) == {"Hands/Finger_Clubbing"}


PULSES = synthetic_case([
    ("Vital_Signs", "Heart_Rate", PE, "96 bpm, regular"),
    ("X/Peripheral_Pulses/Left/Radial", "Left", "Radial", PE, "Absent"),
    ("X/Peripheral_Pulses/Right/Radial", "Right", "Radial", PE, "Present"),
    ("X/Peripheral_Pulses/Left/Dorsalis_Pedis", "Left", "Dorsalis_Pedis", PE, "Present"),
    ("X/Peripheral_Pulses/Right/Dorsalis_Pedis", "Right", "Dorsalis_Pedis", PE, "Present"),
    ("Bruits", "Carotid", PE, "Left carotid bruit"),
    ("Oedema", "Pedal", PE, "None"),
], "round64:pulses")


@pytest.mark.parametrize(("request_text", "want"), [
    # round 64: a pulse of the foot by the foot's name; a pulse felt at its artery is the artery's, not the rate
    ("pedal pulses", {"Peripheral_Pulses/Left/Dorsalis_Pedis", "Peripheral_Pulses/Right/Dorsalis_Pedis"}),
    ("are the foot pulses present?", {"Peripheral_Pulses/Left/Dorsalis_Pedis", "Peripheral_Pulses/Right/Dorsalis_Pedis"}),
    ("feel both radial pulses", {"Peripheral_Pulses/Left/Radial", "Peripheral_Pulses/Right/Radial"}),
    ("feel the pulse", {"Vital_Signs/Heart_Rate"}),
    ("heart rate", {"Vital_Signs/Heart_Rate"}),
])
def test_pulses_by_their_artery_or_the_foot(request_text: str, want: set[str]) -> None:
    assert resolved_names(LOOKUP, PULSES, request_text) == want


def test_a_path_naming_the_foot_is_no_pulse() -> None:
    from dxgym.agents.lookup.pulses import asked, held

    assert held("Physical_Examination_Findings/Oedema/Pedal") == frozenset()
    assert asked(("examine", "the", "feet")) == frozenset()

"""Round 67 (docs/heldout_measures.md): a finding by its word where the case files records named for it; a renal
artery bruit named in Chinese is the abdomen's. Records are written for each rule (`synthetic_case`)."""

from __future__ import annotations

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.lookup.evaluate import resolved_names, synthetic_case

LOOKUP = ExamLookup(semantic=False)
PE = "physical_examination"
VESSELS = synthetic_case([
    ("Physical_Examination_Findings/Peripheral_Pulses/Right/Carotid", "Peripheral_Pulses", "Right / Carotid", PE,
     "Normal"),
    ("Physical_Examination_Findings/Peripheral_Pulses/Left/Carotid", "Peripheral_Pulses", "Left / Carotid", PE,
     "Reduced"),
    ("Physical_Examination_Findings/Bruits/Carotid/Right", "Bruits", "Carotid / Right", PE, "None"),
    ("Physical_Examination_Findings/Bruits/Carotid/Left", "Bruits", "Carotid / Left", PE, "Systolic bruit"),
], "round67:vessels")
BELLY = synthetic_case([
    ("Physical_Examination_Findings/Abdominal_Examination/Palpation", "Abdominal_Examination", "Palpation", PE,
     "Diffuse tenderness, no guarding"),
    ("Physical_Examination_Findings/Abdominal_Examination/Rebound_Tenderness", "Abdominal_Examination",
     "Rebound_Tenderness", PE, "Absent"),
], "round67:belly")


def test_a_finding_by_its_word_is_the_records_named_for_it() -> None:
    got = resolved_names(LOOKUP, VESSELS, "listen over the carotids for bruits")
    assert got == {"Bruits/Carotid/Right", "Bruits/Carotid/Left"}, got
    # the pulses asked: the pulses, as before; the site alone keeps every record of it
    assert resolved_names(LOOKUP, VESSELS, "feel the carotid pulses") == {"Peripheral_Pulses/Right/Carotid",
                                                                           "Peripheral_Pulses/Left/Carotid"}


def test_a_qualified_findings_segment_is_another_finding() -> None:
    """Rebound_Tenderness names rebound, not the tenderness palpation found: both stay."""
    got = resolved_names(LOOKUP, BELLY, "abdominal tenderness")
    assert "Abdominal_Examination/Palpation" in got, got


def test_a_renal_artery_bruit_in_chinese_is_the_abdomens() -> None:
    case = synthetic_case([
        ("查体", "腹部", PE, "腹软；双肾区无叩痛；脐周及双侧肾动脉听诊区未闻及血管杂音"),
        ("查体", "胸部", PE, "双肺呼吸音清，心率104次/分"),
    ], "round67:renal")
    assert resolved_names(LOOKUP, case, "肾动脉杂音") == {"查体/腹部"}

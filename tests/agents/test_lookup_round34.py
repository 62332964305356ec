"""Rounds 34 and 35 (the lead): an eponym's form words; bedside findings asked in the other language.

Round 34 E: a classification, grade, subtype, stage or angle asked by its eponym ("Loder classification") is asked
again without the form word where nothing answered, only where a capitalised name is left (`context_words.tsv`, gate
"named"). Round 35 S2: a bedside finding or measurement asked by its name in one language reaches the record named
in the other (`findings_bilingual_round35.tsv`), by name only and only where nothing answered — never making the
request a named sign, so a finding the lexicon reads (肝大: the liver's examination) keeps its section. The "answers"
cases fail on the code before each part; the guards hold on both."""

from __future__ import annotations

import pytest

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.lookup.evaluate import resolved_names, synthetic_case

LOOKUP = ExamLookup(semantic=False)

EPONYMS = synthetic_case([
    ("T/Loder_Stability", "Test_Results", "Loder_Stability", "laboratory", "Stable"),
    ("T/X-Ray_Frog-Leg_Lateral_Hips/Southwick_Slip_Angle", "X-Ray_Frog-Leg_Lateral_Hips", "Southwick_Slip_Angle",
     "imaging", "32 degrees"),
    ("T/Prostate_Biopsy/Gleason_Score", "Prostate_Biopsy", "Gleason_Score", "laboratory", "3 + 4 = 7"),
    ("T/Blood_Film", "Test_Results", "Blood_Film", "laboratory", "Normocytic"),
], "round34-eponyms")


@pytest.mark.parametrize(("request_text", "record"), [
    ("Loder classification", "Loder_Stability"),
    ("Loder分型", "Loder_Stability"),
    ("Southwick angle", "X-Ray_Frog-Leg_Lateral_Hips/Southwick_Slip_Angle"),
    ("Gleason grade", "Prostate_Biopsy/Gleason_Score"),
    ("Gleason分级", "Prostate_Biopsy/Gleason_Score"),
])
def test_an_eponym_asked_with_another_form_word_is_its_record(request_text: str, record: str) -> None:
    assert resolved_names(LOOKUP, EPONYMS, request_text) == {record}


@pytest.mark.parametrize("request_text", ["blood type", "tumour stage"])
def test_a_finding_named_with_a_form_word_is_not_read_as_an_eponym(request_text: str) -> None:
    assert resolved_names(LOOKUP, EPONYMS, request_text) == set()


ENGLISH = synthetic_case([
    ("T/Obstetric_Ultrasound/Amniotic_Fluid_Index", "Obstetric_Ultrasound", "Amniotic_Fluid_Index", "imaging", "14 cm"),
    ("P/Sternal_Tenderness", "Physical_Examination_Findings", "Sternal_Tenderness", "physical_examination", "Present"),
    ("P/Heart_Sounds/Pericardial_Knock", "Heart_Sounds", "Pericardial_Knock", "physical_examination", "Early diastolic"),
    ("P/Myotonia/Grip_Myotonia", "Myotonia", "Grip_Myotonia", "physical_examination", "Slow release of grip"),
    ("P/Myotonia/Percussion_Myotonia", "Myotonia", "Percussion_Myotonia", "physical_examination", "Present"),
    ("P/Oral_Cavity_and_Oropharynx", "Physical_Examination_Findings", "Oral_Cavity_and_Oropharynx",
     "physical_examination", "Moist mucosa, tonsils normal"),
], "round35-english")


@pytest.mark.parametrize(("request_text", "records"), [
    ("羊水指数", {"Obstetric_Ultrasound/Amniotic_Fluid_Index"}),
    ("查一下胸骨压痛", {"Sternal_Tenderness"}),
    ("心包叩击音", {"Heart_Sounds/Pericardial_Knock"}),
    ("握拳性肌强直", {"Myotonia/Grip_Myotonia"}),
])
def test_a_finding_asked_in_chinese_is_the_english_record_named_so(request_text: str, records: set[str]) -> None:
    assert resolved_names(LOOKUP, ENGLISH, request_text) == records


def test_a_sign_found_through_its_other_name_is_never_the_section_those_words_read_as() -> None:
    # 咽反射 reads as the oral cavity and the reflexes; "gag reflex" the record lacks is not available
    assert resolved_names(LOOKUP, ENGLISH, "check the gag reflex") == set()


CHINESE = synthetic_case([
    ("P/体格检查/腹部", "体格检查", "腹部", "physical_examination", "腹软，无压痛，肝脾肋下未触及"),
    ("P/体格检查/肺部", "体格检查", "肺部", "physical_examination", "双肺呼吸音清，未闻及干湿啰音"),
    ("P/体格检查/心脏", "体格检查", "心脏", "physical_examination", "心率80次/分，律齐，未闻及杂音"),
], "round35-chinese")


@pytest.mark.parametrize(("request_text", "record"), [
    ("查一下肝大", "体格检查/腹部"),
    ("湿性啰音", "体格检查/肺部"),
    ("第三心音", "体格检查/心脏"),
])
def test_a_finding_the_lexicon_reads_keeps_its_section(request_text: str, record: str) -> None:
    assert resolved_names(LOOKUP, CHINESE, request_text) == {record}


SLIPS = synthetic_case([
    ("P/Cardiovascular_Examination/Pulse", "Cardiovascular_Examination", "Pulse", "physical_examination",
     "Colapsing pulse at the radial artery"),
    ("P/Cardiovascular_Examination/Heart_Sounds", "Cardiovascular_Examination", "Heart_Sounds", "physical_examination",
     "Early diastolic murmur"),
], "round34-slips")


def test_a_named_sign_read_in_part_is_found_where_the_findings_misspell_it() -> None:
    # "collapsing pulse" is a named sign the lexicon reads in part (the pulse): answered by its names alone, and
    # the case's own words may misspell it as any other name
    assert resolved_names(LOOKUP, SLIPS, "collapsing pulse") == {"Cardiovascular_Examination/Pulse"}

"""Round 31 part T (the lead): three readings of what a request names.

The bare word "sputum" names its specimen though the lexicon reads it as the sputum culture's term, so "sputum AFB"
is never a pleural aspirate's smear. The tendon reflexes' own record (腱反射, Deep_Tendon_Reflexes) reports the tendon
reflexes only, never the plantar response or the Babinski sign; a record of the pathological signs (病理征) is the
Babinski sign's, a sign filed below such a section (霍夫曼征) another sign's. The Xpert MTB/RIF assay is a nucleic acid
test, never the culture asked. Nine of the thirteen cases fail on round 30's code (a knee jerk took the 病理征 record
too); the four guards hold on both."""

from __future__ import annotations

import pytest

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.lookup.evaluate import resolved_names, synthetic_case

LOOKUP = ExamLookup(semantic=False)

TB = synthetic_case([
    ("X/Sputum/AFB_Smear", "Sputum", "AFB_Smear", "laboratory", "Acid-fast bacilli seen (2+)"),
    ("X/Sputum/Xpert_MTB_RIF", "Sputum", "Xpert_MTB_RIF", "laboratory", "MTB detected, rifampicin resistance not detected"),
    ("X/Pleural_Aspiration/Microbiology/AFB_Smear", "Pleural_Aspiration", "Microbiology / AFB_Smear", "laboratory",
     "No acid-fast bacilli seen"),
    ("X/Pleural_Aspiration/Microbiology/Mycobacterial_Culture", "Pleural_Aspiration",
     "Microbiology / Mycobacterial_Culture", "laboratory", "No growth at 6 weeks"),
], "round31-tb")

NEURO_ZH = synthetic_case([
    ("入院查体/神经系统/腱反射", "神经系统", "腱反射", "physical_examination", "双侧膝反射、跟腱反射对称引出"),
    ("入院查体/神经系统/病理征", "神经系统", "病理征", "physical_examination", "双侧巴氏征阴性"),
], "round31-neuro-zh")

NEURO_EN = synthetic_case([
    ("P/Neurological_Examination/Deep_Tendon_Reflexes", "Neurological_Examination", "Deep_Tendon_Reflexes",
     "physical_examination", "2+ and symmetric throughout"),
    ("P/Neurological_Examination/Plantar_Response", "Neurological_Examination", "Plantar_Response",
     "physical_examination", "Extensor on the left"),
], "round31-neuro-en")

SIGNS_BELOW = synthetic_case([
    ("神经系统查体/反射/病理征/巴宾斯基征/右侧", "反射", "病理征 / 巴宾斯基征 / 右侧", "physical_examination", "阴性"),
    ("神经系统查体/反射/病理征/巴宾斯基征/左侧", "反射", "病理征 / 巴宾斯基征 / 左侧", "physical_examination", "阳性"),
    ("神经系统查体/反射/病理征/霍夫曼征", "反射", "病理征 / 霍夫曼征", "physical_examination", "双侧阴性"),
], "round31-signs-below")


# ---- the specimen's own word
def test_sputum_afb_is_never_the_pleural_aspirates() -> None:
    assert resolved_names(LOOKUP, TB, "sputum AFB") == {"Sputum/AFB_Smear", "Sputum/Xpert_MTB_RIF"}


def test_the_aspirate_asked_still_answers() -> None:
    assert resolved_names(LOOKUP, TB, "pleural fluid AFB smear") == {"Pleural_Aspiration/Microbiology/AFB_Smear"}


# ---- the tendon reflexes' record
@pytest.mark.parametrize("request_text", ["查一下巴氏征", "Babinski", "巴宾斯基征"])
def test_the_babinski_sign_is_the_pathological_signs_record(request_text: str) -> None:
    assert resolved_names(LOOKUP, NEURO_ZH, request_text) == {"神经系统/病理征"}


def test_babinski_is_never_the_tendon_reflexes_record() -> None:
    assert resolved_names(LOOKUP, NEURO_EN, "babinski") == {"Neurological_Examination/Plantar_Response"}


@pytest.mark.parametrize("request_text", ["膝反射", "跟腱反射", "knee jerk"])
def test_a_tendon_reflex_is_still_the_tendon_reflexes_record(request_text: str) -> None:
    assert resolved_names(LOOKUP, NEURO_ZH, request_text) == {"神经系统/腱反射"}


def test_a_sign_below_the_pathological_signs_is_another_signs() -> None:
    assert resolved_names(LOOKUP, SIGNS_BELOW, "查一下巴氏征") == {
        "反射/病理征/巴宾斯基征/右侧", "反射/病理征/巴宾斯基征/左侧"}
    assert resolved_names(LOOKUP, SIGNS_BELOW, "右侧巴氏征") == {"反射/病理征/巴宾斯基征/右侧"}


# ---- a nucleic acid test is no culture
@pytest.mark.parametrize("request_text", ["sputum TB culture", "sputum mycobacterial culture"])
def test_a_culture_the_record_lacks_is_not_the_xpert(request_text: str) -> None:
    assert resolved_names(LOOKUP, TB, request_text) == set()


def test_the_nucleic_acid_test_asked_is_the_xpert() -> None:
    assert resolved_names(LOOKUP, TB, "TB PCR") == {"Sputum/Xpert_MTB_RIF"}

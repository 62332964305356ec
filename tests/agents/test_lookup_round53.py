"""Round 53 (docs/heldout_measures.md): a finding by another of its names in the same language (F), and an enlarged
organ by its sign's name (O).

"jaundice" found nothing where the skin's text says "scleral icterus", "is he jaundiced?" nothing anywhere, and
"hepatomegaly" / "goitre" / 脾大 nothing where the liver, the thyroid or 肝脾肋下未触及 is examined: the record states
the finding, by another name. Records here are written for the rule (`synthetic_case`), not taken from a set."""

from __future__ import annotations

import pytest

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.lookup.evaluate import synthetic_case

LOOKUP = ExamLookup(semantic=False)
PE = "physical_examination"

SKIN = synthetic_case([
    ("Skin", "Inspection", PE, "Scleral icterus and scratch marks on the trunk"),
    ("Hands", "Nails", PE, "Peripheral cyanotic tips on cold exposure"),
    ("Neurological_Examination", "Motor_Examination", PE, "Asterixis, suggesting liver failure"),
    ("Histology", "Stain", "pathology", "HE stain: granulomas"),
], "round53:skin")
ORGANS = synthetic_case([
    ("Abdominal_Examination", "Inspection", PE, "Distended"),
    ("Abdominal_Examination", "Liver", PE, "Palpable 3 cm below the right costal margin"),
    ("Abdominal_Examination", "Spleen", PE, "Tip palpable"),
    ("Neck_Examination", "Thyroid_Gland", PE, "Not enlarged"),
    ("Liver_Function_Tests", "ALT", "laboratory", "88 U/L"),
], "round53:organs")
PALPATION = synthetic_case([
    ("Abdominal_Examination", "Inspection", PE, "Flat"),
    ("Abdominal_Examination", "Palpation", PE, "Soft; liver edge 2 cm below the costal margin; spleen not palpable"),
    ("Neurological_Examination", "Motor_Examination", PE, "Asterixis, suggesting liver failure"),
], "round53:palpation")
ZH = synthetic_case([
    ("腹部查体", "视诊", PE, "腹平坦"),
    ("腹部查体", "触诊", PE, "腹软，无压痛，肝脾肋下未触及"),
    ("腹部查体", "叩诊", PE, "移动性浊音阴性"),
], "round53:zh")


def _answer(case, request: str) -> set[str]:
    return {h.source_key.split("/", 1)[1] for h in LOOKUP.resolve(request, case, semantic=False)}


@pytest.mark.parametrize("request_text", ["jaundice", "jaundiced", "is he jaundiced?", "is she icteric", "icterus"])
def test_jaundice_by_any_of_its_names(request_text: str) -> None:
    assert _answer(SKIN, request_text) == {"Skin/Inspection"}


@pytest.mark.parametrize("request_text", ["cyanosis", "is she cyanosed"])
def test_cyanosis_by_its_adjective(request_text: str) -> None:
    assert _answer(SKIN, request_text) == {"Hands/Nails"}


def test_a_qualified_finding_is_not_its_bare_name() -> None:
    # "cyanotic tips" are peripheral: central cyanosis is not asked by "cyanosis"'s other names
    assert _answer(SKIN, "central cyanosis") == set()


def test_a_subject_pronoun_is_no_filler_elsewhere() -> None:
    # "HE" is the haematoxylin-eosin stain: only a finding's question drops "he"
    assert _answer(SKIN, "he jaundice") == {"Skin/Inspection"}
    assert _answer(SKIN, "HE stain") == _answer(SKIN, "H&E stain")


@pytest.mark.parametrize(("request_text", "expected"), [
    ("hepatomegaly", {"Abdominal_Examination/Liver"}),
    ("check for hepatomegaly", {"Abdominal_Examination/Liver"}),
    ("splenomegaly", {"Abdominal_Examination/Spleen"}),
    ("any organomegaly?", {"Abdominal_Examination/Liver", "Abdominal_Examination/Spleen"}),
    ("hepatosplenomegaly", {"Abdominal_Examination/Liver", "Abdominal_Examination/Spleen"}),
    ("goitre", {"Neck_Examination/Thyroid_Gland"}),
    ("is there a goiter?", {"Neck_Examination/Thyroid_Gland"}),
])
def test_an_enlarged_organ_is_its_organs_examination(request_text: str, expected: set[str]) -> None:
    assert _answer(ORGANS, request_text) == expected


@pytest.mark.parametrize("request_text", ["hepatomegaly", "splenomegaly", "organomegaly"])
def test_an_enlarged_organ_in_a_palpations_text(request_text: str) -> None:
    # the palpation states the liver edge and the spleen; the motor examination only mentions the liver
    assert _answer(PALPATION, request_text) == {"Abdominal_Examination/Palpation"}


def test_an_organ_the_record_never_examines_is_not_available() -> None:
    assert _answer(SKIN, "hepatomegaly") == set()
    assert _answer(PALPATION, "goitre") == set()


@pytest.mark.parametrize("request_text", ["脾大", "肝脾肿大", "脾肿大"])
def test_an_enlarged_organ_in_chinese(request_text: str) -> None:
    assert _answer(ZH, request_text) == {"腹部查体/触诊"}

"""Tests joined in one request that the splitter keeps whole (round 16 part D, the lead).

The splitter keeps "A and B" whole where one side names nothing the lexicon reads as an examination (so that
炎症及溶血指标 and "Temperature and Pain" stay names), and never splits at "/", "+", "with", "or" or 加 (BUN/Cr, CT or
MRI). Over two of each English fixture case's own names joined as clinicians join them, 11 % of "A and B" and 36 % of
"A/B" lost records (Chinese: 12 % of A和B, 87 % of A加B). Now a request kept whole that found nothing, or found only
some parts' records, asks each part too — unless a found record is named by every part (the request is its name), or
a part is only a modality, a specimen, or a site that belongs to the other part ("CT or MRI of the head", "CT of the
chest and abdomen").
"""

from __future__ import annotations

import pytest

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.lookup.context_words import parts
from dxgym.agents.lookup.evaluate import resolved_names, synthetic_case
from dxgym.agents.lookup.split import split_requests

LOOKUP = ExamLookup(semantic=False)
CASE = synthetic_case([
    ("Vital_Signs", "Blood_Pressure", "physical_examination", "128/76"),
    ("Vital_Signs", "Respiratory_Rate", "physical_examination", "18"),
    ("Hand_Examination", "Neurovascular_Assessment", "physical_examination", "intact"),
    ("Sensation", "Temperature_and_Pain", "physical_examination", "reduced over the left hand"),
    ("Vital_Signs", "Temperature", "physical_examination", "36.8 C"),
    ("Imaging", "CT_Chest", "imaging", "no mass"),
    ("Abdominal_Examination", "Palpation", "physical_examination", "soft"),
], "joined-parts:en")
CASE_ZH = synthetic_case([
    ("心肺查体", "心脏", "physical_examination", "心律齐"),
    ("心肺查体", "肺部", "physical_examination", "双肺呼吸音清"),
    ("生命体征", "体温(T)", "physical_examination", "36.8℃"),
    ("一般情况", "神志", "physical_examination", "清楚"),
], "joined-parts:zh")


@pytest.mark.parametrize(("request_text", "expected"), [
    ("blood pressure and neurovascular assessment",
     {"Vital_Signs/Blood_Pressure", "Hand_Examination/Neurovascular_Assessment"}),
    ("respiratory rate/neurovascular assessment",
     {"Vital_Signs/Respiratory_Rate", "Hand_Examination/Neurovascular_Assessment"}),
    ("temperature and pain", {"Sensation/Temperature_and_Pain"}),  # a record's own name: never the temperature too
    ("CT of the chest and abdomen", {"Imaging/CT_Chest"}),  # the abdomen belongs to the CT: never its examination
])
def test_parts_of_a_joined_request(request_text: str, expected: set[str]) -> None:
    got = {n for item in split_requests(request_text) for n in resolved_names(LOOKUP, CASE, item)}
    assert got == expected


@pytest.mark.parametrize(("request_text", "expected"), [
    ("心脏加肺部", {"心肺查体/心脏", "心肺查体/肺部"}),
    ("体温(T)加神志", {"生命体征/体温(T)", "一般情况/神志"}),
    ("体温和神志都查一下", {"生命体征/体温(T)", "一般情况/神志"}),
])
def test_parts_of_a_joined_chinese_request(request_text: str, expected: set[str]) -> None:
    got = {n for item in split_requests(request_text) for n in resolved_names(LOOKUP, CASE_ZH, item)}
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("CBC and CMP", ("CBC", "CMP")),
    ("心电图+心肌酶", ("心电图", "心肌酶")),
    ("CT/MRI", ()),
    ("CT or MRI of the head", ()),
    ("CT of the chest and abdomen", ()),
    ("胸部CT和MRI", ()),
])
def test_what_is_read_as_parts(text: str, expected: tuple[str, ...]) -> None:
    assert parts(text) == expected

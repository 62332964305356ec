"""Round 60 (docs/verifier.md): a limb by another of its names or in another place; a 伴 whose second part repeats the
first's end; a Chinese reference that is itself a past condition. Pairs written for the rules, not taken from a set."""

from __future__ import annotations

import pytest

from dxgym.agents.verifiers.limb_words import limb_form
from dxgym.agents.verifiers.rule import judge


@pytest.mark.parametrize(("reference", "prediction"), [
    ("Left lower extremity deep vein thrombosis", "Left lower limb deep vein thrombosis"),
    ("Deep vein thrombosis of left lower extremity", "Left leg deep vein thrombosis"),
    ("Left lower extremity deep vein thrombosis", "Left leg DVT"),
    ("Cellulitis of right lower limb", "Right leg cellulitis"),
    ("2型糖尿病伴糖尿病酮症酸中毒", "2型糖尿病酮症酸中毒"),
    ("2型糖尿病酮症酸中毒", "2型糖尿病伴糖尿病酮症酸中毒"),
    ("2型糖尿病伴糖尿病肾病", "2型糖尿病肾病"),
    ("陈旧性心肌梗死", "Old myocardial infarction"),
    ("冠心病 陈旧性心肌梗死", "Old MI"),
])
def test_right(reference: str, prediction: str) -> None:
    assert judge(reference, prediction)[0], judge(reference, prediction)


@pytest.mark.parametrize(("reference", "prediction"), [
    ("Left lower extremity deep vein thrombosis", "Right leg DVT"),
    ("Cellulitis of right lower limb", "Right arm cellulitis"),
    ("Left lower extremity deep vein thrombosis", "Left leg cellulitis"),
    ("2型糖尿病伴糖尿病酮症酸中毒", "1型糖尿病酮症酸中毒"),
    ("2型糖尿病伴糖尿病酮症", "2型糖尿病酮症酸中毒"),
    ("急性心肌梗死", "Old myocardial infarction"),
    ("肺结核", "Old pulmonary tuberculosis"),
])
def test_wrong(reference: str, prediction: str) -> None:
    assert not judge(reference, prediction)[0], judge(reference, prediction)


@pytest.mark.parametrize(("text", "form"), [
    ("Left leg deep vein thrombosis", "Deep vein thrombosis of left lower limb"),
    ("Deep vein thrombosis of the left lower extremity", "Deep vein thrombosis of left lower limb"),
    ("Right arm cellulitis", "Cellulitis of right upper limb"),
    ("Restless legs syndrome", None),
    ("Leg length discrepancy", None),
    ("ARM", None),
    ("下肢深静脉血栓形成", None),
])
def test_limb_form(text: str, form: str | None) -> None:
    assert limb_form(text) == form


@pytest.mark.parametrize(("reference", "prediction", "right"), [
    # round 63: a Chinese reference's bracketed qualifier dropped, its core read by every reading (the glossary's too)
    ("急性细菌性痢疾（普通型）", "Acute bacillary dysentery", True),
    ("急性细菌性痢疾（中毒型）", "Acute bacillary dysentery", True),
    ("急性细菌性痢疾（普通型）", "Acute amoebic dysentery", False),
    ("主动脉夹层（Stanford A型）", "Stanford type B aortic dissection", False),  # the bracket's kind is kept (round 57)
])
def test_a_bracketed_qualifier_dropped_reads_the_core(reference: str, prediction: str, right: bool) -> None:
    assert judge(reference, prediction)[0] is right, judge(reference, prediction)


@pytest.mark.parametrize(("reference", "prediction", "right"), [
    # round 66: the reference's leading qualifier written inside the answer's bracket, read back in front of its name
    ("急性细菌性痢疾（普通型）", "细菌性痢疾（急性普通型）", True),
    ("慢性乙型病毒性肝炎（中度）", "乙型病毒性肝炎（慢性，中度）", True),
    ("急性细菌性痢疾（普通型）", "细菌性痢疾（慢性普通型）", False),  # another acuity
    ("急性细菌性痢疾（普通型）", "细菌性痢疾（急性中毒型）", False),  # another type: judged again in full
    ("急性细菌性痢疾（普通型）", "细菌性痢疾（普通型）", False),  # the acuity dropped, not moved
])
def test_a_leading_qualifier_inside_the_answers_bracket(reference: str, prediction: str, right: bool) -> None:
    assert judge(reference, prediction)[0] is right, judge(reference, prediction)

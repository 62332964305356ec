"""Round 39 (docs/verifier.md): ICD-10-CM's "site unspecified" titles, and 假性 / 副 in Chinese names.

Each reading beside the sibling, the broader name or the other condition it must still refuse.
"""

from __future__ import annotations

import pytest
from verdicts import rule_correct

from dxgym.agents.verifiers.site_unspecified import names_a_kind, site_specified

_correct = rule_correct


@pytest.mark.parametrize(("reference", "prediction"), [
    ("Peptic ulcer disease", "Duodenal ulcer"),
    ("Peptic ulcer disease", "Gastric ulcer"),
    ("消化性溃疡", "胃溃疡"),
    ("消化性溃疡", "十二指肠溃疡"),
    ("Peptic ulcer disease", "Duodenal ulcer with hemorrhage"),
    ("Perforated peptic ulcer", "Perforated duodenal ulcer"),
    ("Bleeding peptic ulcer", "Bleeding gastric ulcer"),
    ("消化性溃疡伴出血", "十二指肠球部溃疡伴出血"),
    ("Heart failure", "Left ventricular failure"),
    ("心力衰竭", "左心衰竭"),
])
def test_a_named_site_or_kind_is_more_specific(reference: str, prediction: str) -> None:
    assert _correct(reference, prediction)


@pytest.mark.parametrize(("reference", "prediction"), [
    ("Duodenal ulcer", "Peptic ulcer disease"),  # the reverse stays broader
    ("Gastric ulcer", "Peptic ulcer"),
    ("Duodenal ulcer", "Gastric ulcer"),  # two sites are two conditions
    ("Peptic ulcer disease", "Gastritis"),  # another head word in the block
    ("Perforated peptic ulcer", "Bleeding duodenal ulcer"),  # the sibling's other subcategory
    ("Left ventricular failure", "Heart failure"),
    ("Parkinson disease", "Parkinsonism"),
])
def test_the_broader_name_or_another_condition_is_refused(reference: str, prediction: str) -> None:
    assert not _correct(reference, prediction)


def test_the_title_readings_themselves() -> None:
    assert site_specified("K26", "K27") and site_specified("K28", "K27") and site_specified("I21.09", "I21.3")
    assert not site_specified("K29", "K27") and not site_specified("K27", "K25")
    assert not site_specified("I21.4", "I21.3")  # NSTEMI does not hold the STEMI's name
    assert site_specified("K26.4", "K27.4") and not site_specified("K26.5", "K27.4")
    assert names_a_kind("I50.1", "I50") and names_a_kind("A19.2", "A19")
    assert not names_a_kind("G20.C", "G20")  # another head word
    assert not names_a_kind("K29.7", "K29")  # no word of its own
    assert not names_a_kind("N20.9", "N20")  # the category's title places its name


@pytest.mark.parametrize(("reference", "prediction"), [
    ("痛风", "假性痛风"),
    ("肠梗阻", "假性肠梗阻"),
    ("动脉瘤", "假性动脉瘤"),
    ("腹主动脉瘤", "腹主动脉假性动脉瘤"),
    ("近视", "假性近视"),
    ("甲状旁腺功能减退症", "假性甲状旁腺功能减退症"),
    ("胰腺囊肿", "胰腺假性囊肿"),
    ("性早熟", "假性性早熟"),
    ("流感", "副流感"),
    ("伤寒", "副伤寒"),
])
def test_a_false_or_para_form_is_another_condition(reference: str, prediction: str) -> None:
    assert not _correct(reference, prediction)


@pytest.mark.parametrize(("reference", "prediction"), [
    ("假性痛风", "假性痛风"),
    ("假性动脉瘤", "股动脉假性动脉瘤"),
    ("副伤寒", "副伤寒"),
    ("痛风", "痛风性关节炎（急性）"),
    ("Pseudogout", "假性痛风"),
])
def test_the_prefix_on_both_sides_or_neither_still_matches(reference: str, prediction: str) -> None:
    assert _correct(reference, prediction)


@pytest.mark.parametrize(("reference", "prediction", "correct"), [
    ("2型糖尿病性周围神经病变", "2型糖尿病伴周围神经病变", True),
    ("2型糖尿病伴周围神经病变", "2型糖尿病性周围神经病变", True),
    ("2型糖尿病伴视网膜病变", "2型糖尿病性视网膜病变", True),
    ("糖尿病性肾病", "糖尿病伴肾病", True),
    ("出血性脑梗死", "出血伴脑梗死", False),  # 出血性 names a kind, not a join: no name ending in 病 before it
    ("2型糖尿病伴周围神经病变", "1型糖尿病性周围神经病变", False),
    ("2型糖尿病伴周围神经病变", "2型糖尿病性肾病", False),
])
def test_a_disease_made_an_adjective_is_the_same_join(reference: str, prediction: str, correct: bool) -> None:
    # round 41: 伴 on one side, 性 on the other, after a name ending in 病
    assert _correct(reference, prediction) is correct

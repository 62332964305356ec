"""Round 7b (issue 14, docs/verifier.md): Chinese names read by their parts, and the vetoes that close
fresh_zh4 / fresh_en4's false accepts. Each reading sits beside the false accept it could open."""

from __future__ import annotations

import pytest

from dxgym.agents.verifiers.rule import judge
from dxgym.agents.verifiers.zh_parts import abbreviates


@pytest.mark.parametrize(("reference", "prediction", "correct"), [
    # a shared part, the rest one table condition (急性 shared) ... but not the opposite acuity
    ("急性有机磷农药中毒", "急性有机磷杀虫药中毒", True),
    ("急性有机磷农药中毒", "慢性有机磷农药中毒", False),
    # a shared trailing part, the rest an abbreviation from its own characters ... not another valve
    ("风湿性心脏病二尖瓣狭窄", "风心病二尖瓣狭窄", True),
    ("风湿性心脏病二尖瓣狭窄", "风心病主动脉瓣狭窄", False),
    # histology in brackets after the head word ... not another histology
    ("乙状结肠腺癌", "乙状结肠癌（腺癌）", True),
    ("肺癌（鳞癌）", "肺鳞癌", True),
    ("肺鳞癌", "肺癌（腺癌）", False),
    # 先天性 left out where ICD-10-CM files the name as congenital ... not where the bare name is also acquired
    ("先天性房间隔缺损", "房间隔缺损", True),
    ("先天性巨结肠", "巨结肠", False),
    # kind and site qualifiers put into the reference's name ... not a denial
    ("结核性胸膜炎", "结核性化脓性胸膜炎", True),
    ("结核性胸膜炎", "右侧结核性渗出性胸膜炎", True),  # two runs put in: a side and a kind
    # the organ's disease word left out before a lesion of its part ... not another valve
    ("风湿性心脏病二尖瓣狭窄", "风湿性二尖瓣狭窄", True),
    ("风湿性心脏病二尖瓣狭窄", "风湿性主动脉瓣狭窄", False),
    ("结核性胸膜炎", "非结核性胸膜炎", False),
])
def test_chinese_names_by_parts(reference: str, prediction: str, correct: bool) -> None:
    assert judge(reference, prediction)[0] is correct


@pytest.mark.parametrize(("reference", "prediction"), [
    ("急性有机磷农药中毒", "Acute organophosphorus pesticide poisoning"),  # S00-T88.txt, round 7b row
    ("Cluster headache", "Histamine headache"),  # G00-G99.txt, round 7b row
])
def test_round7b_names(reference: str, prediction: str) -> None:
    assert judge(reference, prediction)[0]


def test_abbreviation_from_own_characters() -> None:
    assert abbreviates("风心病", "风湿性心脏病")
    assert not abbreviates("肝癌", "肝内胆管癌")  # 内 and 胆管 give nothing: not an abbreviation
    assert not abbreviates("肺癌", "肺腺癌")
    assert abbreviates("慢阻肺", "慢性阻塞性肺疾病")  # a closing 疾病 left out
    assert abbreviates("心梗", "心肌梗死")
    assert not abbreviates("肾炎", "肾小球肾炎")  # 小球 gives nothing
    assert not abbreviates("胃溃", "胃溃疡")  # the full name must be two characters longer


@pytest.mark.parametrize(("reference", "prediction", "correct"), [
    # fresh_zh4's false accepts: names a table lists beside a narrower condition (data/broader_names.tsv)
    ("甲状腺功能亢进症", "甲状腺毒症", False),
    ("甲状腺功能亢进症", "Thyrotoxicosis", False),
    ("获得性免疫缺陷综合征", "HIV感染", False),
    ("获得性免疫缺陷综合征", "HIV infection", False),
    ("获得性免疫缺陷综合征", "艾滋病", True),
    # a real word read as a slip ... while a slip still reads
    ("肾病综合征", "Nephritic syndrom", False),
    ("Nephrotic syndrome", "Nephrotic syndrom", True),
    # a Chinese cause the English answer does not name ... the translation itself still reads
    ("维生素D缺乏性佝偻病", "X-linked hypophosphatemic rickets", False),
    ("维生素D缺乏性佝偻病", "Vitamin D deficiency rickets", True),
    ("左下肺肺炎", "Left lower lobe pneumonia", True),
    # fresh_en4's: a named sibling (EGPA for GPA) ... while a word in front of a short name narrows it
    ("Granulomatosis with polyangiitis", "EGPA", False),
    ("Granulomatosis with polyangiitis", "Eosinophilic granulomatosis with polyangiitis", False),
    ("Pneumonia", "Pneumococcal pneumonia", True),
    ("Rheumatoid arthritis", "Seropositive rheumatoid arthritis", True),
    ("Disc herniation", "Cervical disc herniation", True),
])
def test_false_accepts_closed(reference: str, prediction: str, correct: bool) -> None:
    assert judge(reference, prediction)[0] is correct

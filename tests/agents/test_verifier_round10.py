"""Issue 14, verifier round 10 (Chinese predictions, `agents/verifiers/round10_zh.py`): names listed broader than
a condition the table files under one code with it, a subclinical form, an implied qualifier left out, and more
sourced 简称 / 俗称 / 旧称 (`data/*_13.tsv`). Each rule is shown beside the pair that must stay as it was: the
false accept it could open (a sibling, a look-alike, a dropped type) or the right verdict it could close."""

from __future__ import annotations

import pytest
from verdicts import rule_correct

from dxgym.agents.verifiers.round10_zh import (
    _broader_rows,
    _spelt_out,
    broader_name_13,
    implied_qualifier_dropped,
    joiner_only,
    subclinical_form,
)

_correct = rule_correct


@pytest.mark.parametrize(
    ("reference", "prediction", "correct"),
    [
        # a name that covers more than the reference is broader, whatever code the table shares ...
        ("急性脑梗死", "脑卒中", False),
        ("脑梗死", "中风", False),
        ("非酒精性脂肪性肝病", "脂肪肝", False),
        ("维生素D缺乏性佝偻病", "佝偻病", False),
        ("细菌性肝脓肿", "肝脓肿", False),
        ("中枢性尿崩症", "尿崩症", False),
        ("桥本甲状腺炎", "自身免疫性甲状腺炎", False),
        ("Autoimmune hepatitis type 1", "自身免疫性肝炎", False),
        # ... while the listed kind is more specific than the broad name, the same name stays the same, and a
        # sibling stays another condition
        ("脑卒中", "脑梗死", True),
        ("脑卒中", "中风", True),
        ("肝脓肿", "细菌性肝脓肿", True),
        ("阿米巴肝脓肿", "细菌性肝脓肿", False),
        ("脑梗死", "脑出血", False),
        ("尿崩症", "中枢性尿崩症", True),
        # a subclinical form is short of the condition ...
        ("甲状腺功能减退症", "亚临床甲减", False),
        ("甲状腺功能减退症", "亚临床甲状腺功能减退症", False),
        ("Hypothyroidism", "Subclinical hypothyroidism", False),
        # ... while a subacute course is a kind, and a subclinical reference keeps its own name
        ("甲状腺炎", "亚急性甲状腺炎", True),
        ("亚临床甲状腺功能减退症", "亚临床甲减", True),
        ("Subclinical hypothyroidism", "亚临床甲减", True),
        # 营养性 is implied by a deficiency the rest names ...
        ("营养性维生素D缺乏性佝偻病", "维生素D缺乏性佝偻病", True),
        ("营养性缺铁性贫血", "缺铁性贫血", True),
        ("营养性巨幼细胞贫血", "巨幼细胞贫血", True),
        # ... while the rest itself dropped, or a sibling of the rest, stays wrong, and a type not listed stays
        ("营养性维生素D缺乏性佝偻病", "佝偻病", False),
        ("营养性维生素D缺乏性佝偻病", "维生素D依赖性佝偻病", False),
        ("营养性缺铁性贫血", "贫血", False),
        ("营养性巨幼细胞贫血", "恶性贫血", False),
        ("细菌性肝脓肿", "肝脓肿", False),
        # sourced common names, whole or inside a table name ...
        ("急性阑尾炎", "急性盲肠炎", True),
        ("吉兰-巴雷综合征", "格林巴利", True),
        ("Guillain-Barré syndrome", "格林巴利", True),
        ("幽门螺杆菌感染", "Hp感染", True),
        ("慢性肾脏病5期", "尿毒症", True),
        ("急性结膜炎", "红眼病", True),
        ("鱼鳞病", "蛇皮病", True),
        # ... beside their look-alikes and siblings
        ("急性阑尾炎", "阑尾周围脓肿", False),
        ("慢性肾脏病4期", "尿毒症", False),
        ("急性肾损伤", "尿毒症", False),
        ("过敏性结膜炎", "红眼病", False),
        ("Guillain-Barré syndrome", "重症肌无力", False),
        # an English abbreviation inside a Chinese name is spelt out, a repeat merged ...
        ("糖尿病酮症酸中毒", "2型糖尿病DKA", True),
        ("温抗体型自身免疫性溶血性贫血", "温抗体型AIHA", True),
        ("乙型肝炎肝硬化（失代偿期）", "HBV相关肝硬化（失代偿期）", True),
        # ... and judged in full: another type, a sibling, and what came before the answer's condition stay wrong
        ("1型糖尿病", "2型糖尿病DKA", False),
        ("糖尿病高渗状态", "2型糖尿病DKA", False),
        ("冷抗体型自身免疫性溶血性贫血", "温抗体型AIHA", False),
        ("血栓性血小板减少性紫癜", "ITP性紫癜", False),
        ("急性心肌梗死", "AMI后心力衰竭", False),
        ("丙型肝炎肝硬化", "HBV相关肝硬化", False),
        # one 伴 joining the same two parts on one side only is one name, either way round ...
        ("2型糖尿病周围神经病变", "2型糖尿病伴周围神经病变", True),
        ("2型糖尿病伴周围神经病变", "2型糖尿病周围神经病变", True),
        ("慢性阻塞性肺疾病伴急性加重", "慢性阻塞性肺疾病急性加重", True),
        # ... while another type or another complication stays wrong
        ("2型糖尿病伴周围神经病变", "1型糖尿病周围神经病变", False),
        ("2型糖尿病周围神经病变", "1型糖尿病伴周围神经病变", False),
        ("2型糖尿病伴周围神经病变", "2型糖尿病周围血管病变", False),
    ],
)
def test_round10_pairs(reference: str, prediction: str, correct: bool) -> None:
    assert _correct(reference, prediction) is correct


def test_round10_readings_leave_unrelated_pairs() -> None:
    assert broader_name_13("脑出血", "脑卒中") is None
    assert subclinical_form("亚临床甲减", "亚临床甲减") is None
    assert subclinical_form("亚急性甲状腺炎", "甲状腺炎") is None
    assert joiner_only("肺炎伴胸腔积液", "胸腔积液伴肺炎") is None
    assert joiner_only("2型糖尿病伴周围神经病变", "2型糖尿病不伴周围神经病变") is None
    assert joiner_only("急性下后壁心肌梗死", "急性下壁心肌梗死") is None
    assert _spelt_out("AMI后心力衰竭") == () and _spelt_out("DKA") == ()
    assert implied_qualifier_dropped("细菌性肝脓肿", "肝脓肿", lambda r, p, pairs: ("same", r, p)) is None


def test_round10_data_files() -> None:
    from dxgym.agents.verifiers.zh_common_names import _rows
    from dxgym.emr_fixtures.diagnosis_terms import terms_for_chinese

    plain, over = _rows("zh_common_names_13.tsv")
    assert len(plain) >= 10 and set(over) == {"红眼病", "尿毒症"}
    assert not any(terms_for_chinese(short) for short in plain)
    assert len(_broader_rows()) == 7

"""Issue 14, verifier round 9: vetoes by structure (the opposite place, "X-like" / 类X, a slip that could aim at
two words, an English kind name's row) and the sourced table of Chinese 简称 / 俗称 / 旧称
(`agents/verifiers/data/zh_common_names.tsv`). Each rule is shown on pairs written for it beside the pair that
must stay as it was: the false accept the rule could open, or the right verdict it could close."""

from __future__ import annotations

import pytest
from verdicts import rule_correct

from dxgym.agents.verifiers.round9_vetoes import ambiguous_slip, like_form, opposite_place
from dxgym.agents.verifiers.zh_common_names import _rows

_correct = rule_correct


@pytest.mark.parametrize(
    ("reference", "prediction", "correct"),
    [
        # the opposite place in an organ is another site, in either language ...
        ("外侧半月板损伤", "内侧半月板损伤", False),
        ("内侧半月板损伤", "外侧半月板损伤", False),
        ("左膝内侧半月板撕裂", "左膝外侧半月板撕裂", False),
        ("外踝骨折", "内踝骨折", False),
        ("前交叉韧带断裂", "后交叉韧带断裂", False),
        ("Medial meniscus tear", "Lateral meniscus tear", False),
        ("Tear of medial meniscus of right knee", "Tear of lateral meniscus of right knee", False),
        # ... while a place left out or added stays as DESIGN's first row judges it
        ("左膝内侧半月板撕裂", "左膝半月板撕裂", True),
        ("半月板损伤", "内侧半月板损伤", True),
        # "X-like" / 类X resembles the reference and is not it ...
        ("百日咳", "类百日咳综合征", False),
        ("肺癌", "肺类癌", False),
        ("Pertussis", "Pertussis-like syndrome", False),
        ("Systemic lupus erythematosus", "Lupus-like syndrome", False),
        # ... while a 类 both names hold, or the reference's own name with a word added, is untouched
        ("类风湿关节炎", "类风湿性关节炎", True),
        ("百日咳", "百日咳综合征", True),
        # a slip one letter from two ICD-10-CM words names neither ...
        ("Hypercalcemia", "Hypercalemia", False),
        ("Hyperkalemia", "Hypercalemia", False),
        # ... while a slip with one aim, or two forms of one stem, or a spelling variant stays a slip
        ("Retropharyngeal abscess", "Retropharyngeal abcess", True),
        ("Diabetes mellitus", "Diabetis mellitus", True),
        ("Hyperkalemia", "Hyperkalaemia", True),
        # an English kind name's row is broader than it (a dropped severity) ...
        ("Cooley anemia", "Beta thalassemia", False),
        ("Postpartum pituitary necrosis", "Hypopituitarism", False),
        # ... while the kind's own names, and the kind for its row, stay right
        ("Cooley anemia", "Beta thalassemia major", True),
        ("Postpartum pituitary necrosis", "Sheehan syndrome", True),
        ("Beta thalassemia", "Cooley anemia", True),
        # a Chinese common name written out, then judged in full ...
        ("慢性支气管炎", "慢支", True),
        ("低钾血症", "血钾过低", True),
        ("自身免疫性肝炎", "自免肝", True),
        ("Autoimmune hepatitis", "自免肝", True),
        ("股骨转子间骨折", "粗隆间骨折", True),
        ("库欣综合征", "库兴综合征", True),
        ("卵巢子宫内膜异位囊肿", "巧囊", True),
        ("急性闭角型青光眼", "急闭青", True),
        ("湿性年龄相关性黄斑变性", "湿性老黄", True),
        ("胫骨结节骨软骨炎", "奥斯古德病", True),
        ("左侧卵巢子宫内膜异位囊肿", "巧囊", True),
        # ... which makes it no sibling's name, and the reference's family stays broader
        ("急性支气管炎", "慢支", False),
        ("低钠血症", "血钾过低", False),
        ("高钾血症", "血钾过低", False),
        ("原发性胆汁性胆管炎", "自免肝", False),
        ("股骨颈骨折", "粗隆间骨折", False),
        ("库欣病", "库兴综合征", False),
        ("卵巢囊肿", "巧囊", False),
        ("卵巢畸胎瘤", "巧囊", False),
        ("慢性闭角型青光眼", "急闭青", False),
        ("干性年龄相关性黄斑变性", "湿性老黄", False),
        # an "over" row (the textbook's other name, filed by the table at a neighbour) reads one way only ...
        ("子宫内膜癌", "子宫体癌", True),
        ("肝性脑病", "肝昏迷", True),
        ("幼年特发性关节炎", "幼年类风湿关节炎", True),
        ("卵巢子宫内膜异位囊肿", "巧克力囊肿", True),
        ("重症急性胰腺炎", "急性出血坏死性胰腺炎", True),
        ("稳定型心绞痛", "劳力性心绞痛", True),
        # ... and bridges to no other condition
        ("子宫肉瘤", "子宫体癌", False),
        ("肝衰竭", "肝昏迷", False),
        ("轻症急性胰腺炎", "急性出血坏死性胰腺炎", False),
        ("不稳定型心绞痛", "劳力性心绞痛", False),
        ("变异型心绞痛", "劳力型心绞痛", False),
    ],
)
def test_round9_pairs(reference: str, prediction: str, correct: bool) -> None:
    assert _correct(reference, prediction) is correct


def test_vetoes_leave_unrelated_pairs() -> None:
    assert opposite_place("内痔", "内痔出血") is None
    assert like_form("类风湿关节炎", "类风湿关节炎") is None
    assert like_form("Ⅱ类错颌畸形", "错颌畸形") is None
    assert ambiguous_slip("Retropharyngeal abscess", "Retropharyngeal abcess") is None


def test_common_names_table_holds_only_what_the_table_lacks() -> None:
    from dxgym.emr_fixtures.diagnosis_terms import terms_for_chinese

    plain, over = _rows()
    assert len(plain) >= 80 and set(over) == {"子宫体癌", "肝昏迷", "幼年类风湿关节炎", "巧克力囊肿", "卵巢巧克力囊肿",
                                             "急性出血坏死性胰腺炎", "劳力性心绞痛"}
    assert not any(terms_for_chinese(short) for short in plain)

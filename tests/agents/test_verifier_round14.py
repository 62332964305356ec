"""Verifier round 14 (the lead, issue 14): brackets in Chinese discharge diagnoses.

- A bracket opening with a joining word is a condition with another, written in brackets:
  2型糖尿病（伴周围神经病变） is 2型糖尿病伴周围神经病变 — before, the answer was split inside the bracket
  ("2型糖尿病（" and "周围神经病变）") and matched nothing.
- Separators inside a bracket do not split the answer: 继发性肺结核（右上肺，涂阳，初治） is one condition with
  three qualifiers, not "three or more conditions".
- Bracketed qualifiers are read one per comma: a bracket holding all of the reference's qualifiers and one more is a
  more specific name; each side naming a type or stage the other lacks is still another condition.
Each beside the false accept it could open.
"""

from __future__ import annotations

import pytest

from dxgym.agents.verifiers.answer_forms import parse_answer
from dxgym.agents.verifiers.rule import judge


@pytest.mark.parametrize(("reference", "prediction", "right"), [
    ("2型糖尿病伴周围神经病变", "2型糖尿病（伴周围神经病变）", True),
    ("2型糖尿病 伴周围神经病变", "2型糖尿病（伴周围神经病变）", True),
    ("2型糖尿病", "2型糖尿病（伴周围神经病变）", True),  # the primary, as for 2型糖尿病伴周围神经病变
    ("2型糖尿病伴周围神经病变", "2型糖尿病（伴视网膜病变）", False),  # another complication
    ("1型糖尿病", "2型糖尿病（伴周围神经病变）", False),  # another type
    ("继发性肺结核", "继发性肺结核（右上肺，涂阳，初治）", True),
    ("继发性肺结核", "原发性肺结核（右上肺，涂阳，初治）", False),
    ("慢性心力衰竭（NYHA Ⅲ级）", "慢性心力衰竭（射血分数降低型，NYHA Ⅲ级）", True),
    ("慢性心力衰竭（NYHA Ⅲ级）", "慢性心力衰竭（射血分数降低型，NYHA Ⅱ级）", False),  # another class
    ("主动脉夹层（Stanford A型）", "主动脉夹层（Stanford A型，DeBakey Ⅰ型）", True),
    ("主动脉夹层（Stanford A型）", "主动脉夹层（Stanford B型）", False),
    ("主动脉夹层（Stanford A型）", "主动脉夹层（Stanford B型，DeBakey Ⅲ型）", False),
])
def test_bracketed_names(reference: str, prediction: str, right: bool) -> None:
    assert judge(reference, prediction)[0] is right, judge(reference, prediction)


def test_brackets_do_not_split_and_top_level_lists_still_do() -> None:
    assert parse_answer("继发性肺结核（右上肺，涂阳，初治）").kind == "single"
    assert parse_answer("2型糖尿病（伴周围神经病变）").conditions == ("2型糖尿病", "周围神经病变")
    assert parse_answer("肺炎，慢性阻塞性肺疾病，支气管哮喘").kind == "multiple"  # three named conditions
    assert parse_answer("Pneumonia, COPD, asthma").kind == "multiple"

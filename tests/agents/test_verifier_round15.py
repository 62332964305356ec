"""Verifier round 15 (the lead, issue 14): a risk stratum beside a Chinese or English diagnosis.

- The same characters are the same answer whatever brackets, spaces or punctuation stand between them:
  高血压病3级 很高危 (reference) against 高血压病3级（很高危） was refused as "qualifiers differ" while the other
  direction was accepted.
- Two named risk strata that differ are two conditions as written: 高血压病3级（低危） for 高血压病3级（很高危）
  was accepted as "same Chinese name" (the bracket was read as an optional remark).
Each beside the false accept it could open.
"""

from __future__ import annotations

import pytest

from dxgym.agents.verifiers.rule import judge


@pytest.mark.parametrize(("reference", "prediction", "right"), [
    ("高血压病3级 很高危", "高血压病3级（很高危）", True),
    ("高血压病3级（很高危）", "高血压病3级 很高危", True),
    ("高血压病3级 很高危", "高血压病 3级　很高危", True),  # a full-width space
    ("高血压病3级（很高危）", "高血压病3级(很高危)", True),
    ("高血压病3级 很高危", "高血压病2级（很高危）", False),  # another grade
    ("高血压病3级 很高危", "高血压病3级（高危）", False),  # another stratum
    ("高血压病3级（很高危）", "高血压病3级（低危）", False),
    ("高血压病3级（很高危）", "高血压病3级（中危）", False),
    ("Essential hypertension, grade 3, very high risk", "高血压病3级（高危）", False),
    ("Essential hypertension, grade 3, very high risk", "Essential hypertension, grade 3, high risk", False),
    ("急性肺血栓栓塞症（中高危）", "急性肺血栓栓塞症（中低危）", False),  # ESC intermediate-high / -low
    ("急性肺血栓栓塞症", "急性肺血栓栓塞症（中高危）", True),  # a stratum added to a reference without one
])
def test_risk_strata(reference: str, prediction: str, right: bool) -> None:
    assert judge(reference, prediction)[0] is right, judge(reference, prediction)


@pytest.mark.parametrize(("reference", "prediction"), [
    ("高血压病3级（很高危）", "高血压病3级？"),  # a question is a hedge, same characters or not
    ("高血压病3级 很高危", "排除高血压病3级 很高危"),  # a negation
    ("高血压病3级 很高危", "高血压病3级 很高危 或 继发性高血压"),  # alternatives
])
def test_same_characters_do_not_outrank_the_answer_form(reference: str, prediction: str) -> None:
    assert judge(reference, prediction)[0] is False, judge(reference, prediction)


def test_a_stratum_word_inside_a_condition_name_is_not_a_stratum() -> None:
    """高危型 HPV, 高危妊娠 and 高危儿 name conditions; only their own wording decides."""
    from dxgym.agents.verifiers.rule import _risks

    assert _risks("高危型HPV感染") == frozenset() and _risks("高危妊娠") == frozenset()
    assert _risks("高血压病3级（极高危）") == _risks("高血压病3级 很高危") == frozenset({"very high"})

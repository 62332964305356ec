"""Round 25 part O (the lead): the mental state examination's domains, and the gait asked by the walk.

A symptom asked of the mental state examination (有没有幻听, "hallucinations", 自杀的想法) is the record of its domain
(感知觉 / Perception, 自杀观念); "watch her walk", 走路的样子 is the gait examination. Lexicon data only
(`catalogue_round25.tsv`, `compounds_round25.tsv`). Each "answers" case fails on round 24's code."""

from __future__ import annotations

import pytest

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.lookup.evaluate import resolved_names, synthetic_case

LOOKUP = ExamLookup(semantic=False)

MENTAL = synthetic_case([
    ("X/精神检查/感知觉", "精神检查", "感知觉", "other", "可疑幻听，未引出错觉"),
    ("X/精神检查/思维内容", "精神检查", "思维内容", "other", "被害妄想"),
    ("X/精神检查/思维形式", "精神检查", "思维形式", "other", "思维奔逸"),
    ("X/精神检查/自杀观念", "精神检查", "自杀观念", "other", "有自杀想法，无计划"),
    ("X/精神检查/自知力", "精神检查", "自知力", "other", "部分存在"),
    ("X/神经系统检查/步态", "神经系统检查", "步态", "physical_examination", "宽基底步态"),
    ("X/Mental_Status_Examination/Perception", "Mental_Status_Examination", "Perception", "other",
     "No hallucinations"),
    ("X/Neurological_Examination/Gait", "Neurological_Examination", "Gait", "physical_examination", "Shuffling"),
], "round25-mental")


@pytest.mark.parametrize(("request_text", "expected"), [
    ("有没有幻听", {"精神检查/感知觉", "Mental_Status_Examination/Perception"}),
    ("问问她有没有幻觉", {"精神检查/感知觉", "Mental_Status_Examination/Perception"}),
    ("hallucinations", {"精神检查/感知觉", "Mental_Status_Examination/Perception"}),
    ("问一下她有没有自杀的想法", {"精神检查/自杀观念"}),
    ("有没有妄想", {"精神检查/思维内容"}),  # thought content, never the form beside it
    ("watch her walk", {"神经系统检查/步态", "Neurological_Examination/Gait"}),
    ("看看她走路的样子", {"神经系统检查/步态", "Neurological_Examination/Gait"}),
])
def test_a_symptom_or_action_finds_its_examinations_record(request_text: str, expected: set[str]) -> None:
    assert resolved_names(LOOKUP, MENTAL, request_text) == expected


def test_a_walk_test_is_not_the_gait() -> None:
    assert resolved_names(LOOKUP, MENTAL, "6 minute walk test") == set()

"""A Chinese scale asked by its subject (round 8b, helper lookup10).

Chinese scales and questionnaires are named subject + kind: 耳鸣残疾评估量表 (Tinnitus Handicap Inventory), 焦虑自评
量表 (SAS), 汉密尔顿抑郁量表, 匹兹堡睡眠质量指数, 蒙特利尔认知评估 (《精神科评定量表手册》; the instruments' Chinese
versions). A request names the subject and the kind only (耳鸣量表, 抑郁量表, 睡眠评分, 认知评估): when no tier found
anything, the records whose own name holds the subject (two characters or more) and ends with a word for a scale are
the answer. A record that holds the subject but is no scale (耳声发射 for 耳鸣) is never one.
"""

from __future__ import annotations

import re

from dxgym.agents.lookup.index import CaseIndex
from dxgym.agents.lookup.query import Query
from dxgym.agents.lookup.reading import cjk

# words for a scale (《精神科评定量表手册》: 量表, 问卷, 评分, 指数, 评估 as instruments are named)
_KINDS = ("量表", "问卷", "评分", "指数", "评估", "评定")
_PAREN = re.compile(r"[(（].*?[)）]")


def by_subject(idx: CaseIndex, q: Query) -> dict:
    words = q.exact_keys[-1].split() if q.exact_keys else []
    if not words or not all(cjk(w) for w in words):
        return {}
    text = "".join(words)
    kind = next((k for k in _KINDS if text.endswith(k)), None)
    if kind is None or len(text) - len(kind) < 2:
        return {}
    subject = text[: -len(kind)]
    found = {}
    for i, rec in enumerate(idx.case.examinations):
        name = _PAREN.sub("", rec.source_key.rsplit("/", 1)[-1])
        if subject in name and name.endswith(_KINDS) and name != subject:
            found[i] = "lexicon"
    return found

"""A scale the case holds only as its group's record (round 9, helper lookup11).

Round 9 reads PHQ-9 and GAD-7 as their own scales, never the screening group they sit in. A case may record a scale
only under its group's name ("Depression_Screening", 抑郁筛查): a request for a scale of that group with no record of its
own is then that record — the group's record of the scale's subject, never a sibling group's (the anxiety or ADHD
screen beside it). The groups are the rating scales grouped by subject (`dep_scales`, `anx_scales` in
catalogue_round9.tsv): a mental status examination holds the MoCA's domains without being a MoCA, and a study inside a
broader study (video EEG inside EEG) is never answered by the broader one.
"""

from __future__ import annotations

from dxgym.agents.lookup import nesting
from dxgym.agents.lookup.index import CaseIndex
from dxgym.agents.lookup.query import Query
from dxgym.emr_fixtures.lexicon import Lexicon

# the rating scales grouped by subject (catalogue_round9.tsv; APA, USPSTF, 《精神科评定量表手册》)
SUBJECT_GROUPS = frozenset({"dep_scales", "anx_scales"})


def _groups(cid: str, lex: Lexicon) -> list[str]:
    return [p for p, _ in lex.concepts[cid].member_of if p in SUBJECT_GROUPS]


def by_group(idx: CaseIndex, q: Query, lex: Lexicon) -> dict:
    """Records named by the group of each scale asked, when every concept asked is a scale."""
    if not q.concepts or not all(cid in nesting.scales() for cid, _ in q.concepts):
        return {}
    found = {}
    for cid, _ in q.concepts:
        for group in _groups(cid, lex):
            for _, i in idx.record_concepts.get(group, ()):
                found[i] = "lexicon"
    return found

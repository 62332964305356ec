"""A Chinese sound slip against the case's own words (round 22, the lead).

The spelling tier fixes a slip against the lexicon's Chinese terms, and against a group or record name that is
all Chinese, whole (`zh_sound.slip_fix`). A sign the lexicon does not know is often written only in the findings
text (浮髌试验阳性), and a record's name may hold Latin letters around its Chinese (T&T嗅觉测试); a slip of either
(浮膑试验, 嗅觉测式) found nothing. This reads the runs of Chinese in the case's group and record names and its
physical-examination text: a request of 3–12 Chinese characters that is one such run's window but for one
character, which sounds like the one typed, is asked again as fixed — when exactly one fix exists.
"""

from __future__ import annotations

import re

from dxgym.agents.lookup.index import CaseIndex
from dxgym.agents.lookup.query import Query
from dxgym.agents.lookup.reading import cjk
from dxgym.emr_fixtures.zh_sound import MAX_LEN, slip_fix, slip_index

_RUN = re.compile(r"[\u3400-\u9fff]{3,}")  # runs of three or more `reading.cjk` characters


def _texts(x: CaseIndex) -> list[str]:
    """The case's group and record names and its physical-examination text."""
    return [*(r.group for r in x.case.examinations), *(r.name for r in x.case.examinations),
            *(x.case.examinations[i].result for i in x.physical)]


def holds(idx: CaseIndex, typed: str) -> bool:
    """Do the case's own words hold `typed` as written (then it is the case's word, not a slip)?"""
    return typed in idx.derived("case_slips:text", lambda x: "\n".join(_texts(x)))


def _windows(idx: CaseIndex, n: int) -> dict[str, frozenset[str]]:
    """The slip index (`zh_sound.slip_index`) over every n-character window of the case's Chinese runs."""
    def build(x: CaseIndex) -> dict[str, frozenset[str]]:
        windows = {run[a:a + n] for t in _texts(x) for run in _RUN.findall(t) for a in range(len(run) - n + 1)}
        return slip_index(windows)
    return idx.derived(f"case_slips:{n}", build)


def fixed(idx: CaseIndex, toks: tuple[str, ...], q: Query) -> str | None:
    """The request with its one sound slip against the case's words fixed, else None. Only a request of Chinese
    characters alone, part of it unread by the lexicon (a slip is a character the lexicon could not read)."""
    if not q.content or not 3 <= len(toks) <= MAX_LEN or not all(len(t) == 1 and cjk(t) for t in toks):
        return None
    return slip_fix("".join(toks), _windows(idx, len(toks)))

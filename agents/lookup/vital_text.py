"""Round 61 (issue 14): a vital sign written with its value inside an examination's text.

Chinese admission notes write the vital signs as one line in one record (生命体征: "T 36.6℃，P 84次/分，R 18次/分，BP
132/84mmHg"), English notes likewise ("HR 112 bpm, RR 24/min, SpO2 91% on air"). A request for one of them found no
record of its name: 体温, 心率, 呼吸 and SpO2 answered nothing on 14 or 15 of the 15 fixture and tuning cases written so,
and SpO2 answered a blood gas's SaO2 where the vitals line states the oximeter's. For a request naming only vital signs
(the lexicon's `vitals` members), the examination records whose text writes the vital with its value and unit
(`vital_text_round61.tsv`) answer where nothing else was found, and beside a laboratory record found for it; a
plain blood pressure takes it instead of a postural test's readings (round 62).
"""

from __future__ import annotations

import re
from functools import cache

from dxgym.agents.lookup.query import Query
from dxgym.agents.lookup.vocab import rows

_STATED_IN = ("physical_examination", "other")


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    return {cid: re.compile(pattern) for cid, pattern in rows("vital_text_round61.tsv")}


def asks_vitals(q: Query) -> bool:
    """Does the request name vital signs and nothing else?"""
    return bool(q.concepts) and not q.content and all(cid in _patterns() for cid, _ in q.concepts)


def stated(idx, q: Query) -> dict:
    """Records whose text states an asked vital sign with its value and unit."""
    if not asks_vitals(q):
        return {}
    patterns = [_patterns()[cid] for cid, _ in q.concepts]
    found = [i for i, rec in enumerate(idx.case.examinations)
             if rec.category in _STATED_IN and rec.result and any(p.search(str(rec.result)) for p in patterns)]
    # the vitals line's own record where one states it; a heart's or an ECG's rate only where none does
    own = [i for i in found if _VITALS_NAME.search(idx.case.examinations[i].source_key.rsplit("/", 1)[-1])]
    return dict.fromkeys(own or found, "lexicon")


_VITALS_NAME = re.compile(r"生命体征|生命征|一般生命|(?i:vital|observations|\bobs\b)")


# an artery's pulse, a limb's pressure, a posture's reading: not the vitals line's unless the request asks it so
_ARTERY = re.compile(r"动脉|(?i:carotid|brachial|radial|femoral|popliteal|pedis|tibial|pedal)")
_AT_A_LIMB = re.compile(r"上肢|下肢|四肢|左|右|双侧|(?i:\b(?:arms?|legs?|left|right|thighs?|ankles?|limbs?)\b)")
_POSTURAL = re.compile(r"卧位|立位|坐位|卧立|体位|(?i:orthostatic|postural|lying|standing|supine|sitting)")


def found_elsewhere_only(idx, found: dict, request: str) -> bool:
    """Was the vital found only in a laboratory record, or only in a postural test's readings the request does not
    ask for (a plain blood pressure is the vitals line's, not the lying and standing readings')?"""
    exams = idx.case.examinations
    if _AT_A_LIMB.search(request) or _ARTERY.search(request):
        return False  # a limb's pressure (下肢血压, "left arm BP") or an artery's pulse is not the vitals line's reading
    if _POSTURAL.search(request):
        return all(exams[i].category == "laboratory" for i in found)
    return all(exams[i].category == "laboratory" or _POSTURAL.search(exams[i].source_key) for i in found)


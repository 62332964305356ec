"""A measure taken per limb, asked at the arms or at the legs, in either language (round 65).

A case may file one measure per limb (Blood_Pressure/{Right_Arm, Left_Arm, Right_Leg, Left_Leg}; 血压/{左上肢, 右下肢});
a request naming the arms or the legs ("BP in both legs", 双上肢血压, 下肢血压) found every limb's record, because the
lexicon reads 上肢 / 下肢 as sites that a vital sign does not take. Where the records found name limbs of both kinds in
their paths and the request names one kind only, the records of that kind are the answer. Names: "arm", "upper limb",
"upper extremity", 上肢, 上臂, 手臂, 臂 for the arm; "leg", "lower limb", "lower extremity", "thigh", 下肢, 大腿, 小腿, 腿 for the
leg (Bates' Guide; 《诊断学》 第9版 四肢检查). A request naming both, or neither, and records naming one kind only, are
left as found.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dxgym.agents.lookup.index import CaseIndex
from dxgym.emr_fixtures.lexicon import tokens

_ARM = r"arms?|upper limbs?|upper extremit(?:y|ies)|上 肢|上 臂|手 臂|臂"
_LEG = r"legs?|lower limbs?|lower extremit(?:y|ies)|thighs?|下 肢|大 腿|小 腿|腿"
_KINDS = {"arm": re.compile(rf"(?<![a-z])(?:{_ARM})(?![a-z])"), "leg": re.compile(rf"(?<![a-z])(?:{_LEG})(?![a-z])")}


@lru_cache(maxsize=8192)  # a pure function of the request's words
def asked(toks: tuple[str, ...]) -> str | None:
    """The one kind of limb the request names ("arm" or "leg"), else None."""
    text = " ".join(toks)
    kinds = [k for k, pat in _KINDS.items() if pat.search(text)]
    return kinds[0] if len(kinds) == 1 else None


@lru_cache(maxsize=65_536)  # source keys repeat across requests
def _limb_of(source_key: str) -> frozenset[str]:
    text = " ".join(tokens(source_key))  # the request's own tokenisation: Right_Arm -> "right arm", 左上肢 -> "左 上 肢"
    return frozenset(k for k, pat in _KINDS.items() if pat.search(text))


def narrow(idx: CaseIndex, toks: tuple[str, ...], found: dict) -> dict:
    """`found` kept to the records of the limb asked, where it holds records of both kinds of limb."""
    kind = asked(toks)
    if kind is None or len(found) < 2:
        return found
    limbs = {i: _limb_of(idx.case.examinations[i].source_key) for i in found}
    if not any(kind not in s and s for s in limbs.values()):
        return found
    kept = {i: t for i, t in found.items() if kind in limbs[i]}
    return kept or found


def wants(toks: tuple[str, ...], q, lex) -> bool:
    """Could `narrow` change an answer to this request? (read once per request text: `plan`)"""
    return asked(toks) is not None

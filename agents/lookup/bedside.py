"""An instrumented test battery and the bedside examination of the same function (round 8b, helper lookup10).

Vestibular function is tested two ways: by instruments in a laboratory (videonystagmography, caloric testing, the
video head impulse test) and by the examiner at the bedside (head impulse, Dix-Hallpike, Fukuda stepping, Romberg;
Bárány Society; Halmagyi et al., Front Neurol 2017, "The video head impulse test"; 《耳鼻咽喉头颈外科学》 第9版,
前庭功能检查 vs 专科检查). The lexicon files both under one study (`vestibular`, its members `caloric`, `hit`), so
"VNG" found the bedside head impulse record and 前庭功能查体 the laboratory's VNG. This module narrows what the tiers
found for a request naming a study:

- a request that says it is an examination (查体, 体格检查, "physical exam", bedside / 床旁) gets the physical
  examination's records: those below a path segment holding every word that names the study (专科检查 /
  前庭及平衡功能 for 前庭功能查体), else the physical records found;
- a request for a battery (a study other studies are members of) without such a word gets its instrumented records,
  not the bedside manoeuvres that share a member's name, where both were found;
- a request naming a video recording (video, 视频) is never a bedside record (a video head impulse test is not the
  bedside head impulse test: "not available" where only that is held).
"""

from __future__ import annotations

from functools import cache, lru_cache

from dxgym.agents.lookup import nesting
from dxgym.agents.lookup.query import Query
from dxgym.agents.lookup.reading import read
from dxgym.emr_fixtures.lexicon import Lexicon

_VIDEO = frozenset({"video", "videonystagmography"})
_BEDSIDE = frozenset({"bedside"})
_PHYSICAL = "physical_examination"


@cache
def _batteries(lex: Lexicon) -> frozenset[str]:
    """Studies other studies are members of (vestibular: caloric, head impulse; audiometry: its tests)."""
    return frozenset(
        p
        for c in lex.concepts.values()
        if c.kind == "study"
        for p, _ in c.member_of
        if p in lex.concepts and lex.concepts[p].kind == "study"
    )


@lru_cache(maxsize=8192)
def _marked(toks: tuple[str, ...], lex: Lexicon) -> bool:
    if _BEDSIDE.intersection(toks) or "床 旁" in " ".join(toks):
        return True
    return any("pe" in span.concepts for span in read(toks, lex).spans)


def narrow(idx, toks: tuple[str, ...], q: Query, found: dict, lex: Lexicon) -> dict:
    if not found or not q.concepts or any(lex.concepts[c].kind != "study" for c, _ in q.concepts):
        return found
    exams = idx.case.examinations
    physical = [i for i in found if exams[i].category == _PHYSICAL]
    if _VIDEO.intersection(toks) or "视 频" in " ".join(toks):
        return {i: t for i, t in found.items() if exams[i].category != _PHYSICAL}
    if _marked(toks, lex):
        words = nesting._named(toks, lex)
        below = [
            i
            for i in idx.physical
            if words
            and any(words <= set(nesting._segment_words(seg)) for seg in exams[i].source_key.split("/")[:-1])
        ]
        if below:
            return {i: found.get(i, "lexicon") for i in below}
        return {i: found[i] for i in physical} or found
    if physical and len(physical) < len(found) and any(c in _batteries(lex) for c, _ in q.concepts):
        return {i: t for i, t in found.items() if exams[i].category != _PHYSICAL}
    return found


def wants(toks: tuple[str, ...], q: Query, lex: Lexicon) -> bool:
    """Could `narrow` change an answer to this request? (read once per request text: `plan`)"""
    return bool(q.concepts) and all(lex.concepts[c].kind == "study" for c, _ in q.concepts)

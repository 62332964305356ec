"""A finding asked by a word that names it, where the case files records named for it beside others (round 67).

The lexicon reads a finding's word as its manoeuvre ("bruits", "murmurs", "crackles" are auscultation), so a request
naming a site and the finding ("listen over the carotids for bruits") found every record of that site the manoeuvre
could reach: the carotid pulses beside the carotid bruits. Where some of the physical-examination records found name
the finding's word as a path segment of its own (Bruits/Carotid/Right) and others do not, the records named for it
are the answer.
Only words the lexicon reads as a manoeuvre alone (never a site word: "listen to the heart" keeps the heart sounds and
the murmurs), Latin words of four letters or more, singular or plural alike; the records must all be examination
ones; a request joining two things ("tone and power") is left as found.
"""

from __future__ import annotations

from functools import lru_cache

from dxgym.agents.lookup.covered import _stem
from dxgym.agents.lookup.index import CaseIndex
from dxgym.agents.lookup.query import FILLER
from dxgym.emr_fixtures.lexicon import Lexicon, key, tokens

_JOINED = frozenset({"and", "or", "with", "plus", "vs", "versus", "including", "和", "及", "与", "并", "或"})


@lru_cache(maxsize=8192)  # a pure function of the request's words
def _finding_words(toks: tuple[str, ...], lex: Lexicon) -> frozenset[str]:
    if _JOINED.intersection(toks):
        return frozenset()  # two things asked ("tone and power"): each keeps its records
    out = set()
    for t in toks:
        if len(t) < 4 or not t.isascii() or not t.isalpha() or t in FILLER:
            continue
        term = lex.terms.get(key(t))
        if term is not None and term.concepts and all(c.startswith("man_") for c in term.concepts):
            out.add(_stem(t))
    return frozenset(out)


@lru_cache(maxsize=65_536)  # source keys repeat across requests
def _path_words(source_key: str) -> frozenset[str]:
    """The path's segments below its top that are one word each (Bruits, Murmurs), stemmed: a segment naming a
    finding with a qualifier (Rebound_Tenderness) is another finding, never the plain one."""
    out = set()
    for segment in source_key.split("/")[1:]:
        words = tokens(segment.replace("_", " "))
        if len(words) == 1:
            out.add(_stem(words[0]))
    return frozenset(out)


def narrow(idx: CaseIndex, toks: tuple[str, ...], found: dict, lex: Lexicon) -> dict:
    """`found` kept to the records whose path names the finding asked, where some do and some do not."""
    words = _finding_words(toks, lex)
    exams = idx.case.examinations
    if len(found) < 2 or not words or any(exams[i].category != "physical_examination" for i in found):
        return found
    named = {i for i in found if words & _path_words(exams[i].source_key)}
    if not named or len(named) == len(found):
        return found
    return {i: t for i, t in found.items() if i in named}


def wants(toks: tuple[str, ...], q, lex: Lexicon) -> bool:
    """Could `narrow` change an answer to this request? (read once per request text: `plan`)"""
    return bool(_finding_words(toks, lex))

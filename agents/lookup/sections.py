"""A manoeuvre asked of a section whose findings nest below it (round 8b, helper lookup10).

`nesting.nested` finds a section's records at any depth for a section-only request (骶髂关节查体). A request that
names the section and a manoeuvre (按一下骶髂关节有没有压痛: the sacroiliac joints, palpation / tenderness) found only what the
section's own group names, or the manoeuvre in other sections. Where none of what they found names the manoeuvre: the physical
examination records below a path segment that names the asked sites (and no other site but the general or specialty
examination's), which the manoeuvre names below that segment or in their own name (专科查体/骶髂关节/压痛/左).
Bates' Guide and 《诊断学》 order each region's examination by manoeuvre (inspection, palpation, percussion,
auscultation; 视触叩听), so a region's palpation findings are the records filed under palpation or tenderness there.
"""

from __future__ import annotations

from functools import lru_cache

from dxgym.agents.lookup.nesting import _CONTAINERS, _segment_sites
from dxgym.agents.lookup.query import Query, parse
from dxgym.agents.lookup.screen import screen
from dxgym.emr_fixtures.lexicon import Lexicon


@lru_cache(maxsize=16384)
def _segment_manoeuvres(seg: str, lex: Lexicon) -> frozenset[str]:
    toks = screen(seg.replace("_", " "))
    return parse(toks, lex).manoeuvres if toks else frozenset()


def manoeuvre_below(idx, q: Query, lex: Lexicon, found: dict) -> dict:
    """`found`, or, where none of its records names the manoeuvre asked, the asked section's records below it that
    name it (when there are any)."""
    if not (q.exam_sites and q.manoeuvres) or q.concepts or q.imaging is not None:
        return found
    exams = idx.case.examinations
    if any(
        idx.record_man.get(i, frozenset()) & q.manoeuvres
        or any(_segment_manoeuvres(s, lex) & q.manoeuvres for s in exams[i].source_key.split("/"))
        for i in found
    ):
        return found  # the tiers found the manoeuvre's own records: "strength in the legs" stays the legs'
    out, sections = {}, set()
    for i in idx.physical:
        segs = exams[i].source_key.split("/")
        for at, seg in enumerate(segs[:-1]):
            named = _segment_sites(seg, lex) - _CONTAINERS
            if named and named <= q.exam_sites:
                if any(_segment_manoeuvres(s, lex) & q.manoeuvres for s in segs[at + 1 :]):
                    out[i] = "lexicon"
                    sections |= named
                break
    narrower = q.exam_sites - sections  # a site asked inside the section ("palpate the neck for lymph nodes")
    if narrower and any(idx.record_sites.get(i, frozenset()) & narrower for i in found):
        return found  # the tiers found that site's records: the nodes, not the neck's tenderness (round 28)
    return out or found


def wants_manoeuvre_below(toks: tuple[str, ...], q: Query, lex: Lexicon) -> bool:
    """Could `manoeuvre_below` change an answer to this request? (read once per request text: `plan`)"""
    return bool(q.exam_sites and q.manoeuvres) and not q.concepts and q.imaging is None

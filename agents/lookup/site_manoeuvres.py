"""A manoeuvre of a site filed as one segment naming both (round 11, helper lookup14).

Bates' Guide and 《诊断学》 name a region's examination by its manoeuvre, and records are often filed under one segment
that names the site and the manoeuvre together (Neck_Examination/Thyroid_Palpation/Right_Lobe, 腹部触诊/压痛). Round 8b's
`sections.manoeuvre_below` finds a site's section with the manoeuvre in a segment below it; a single segment naming both
was read by neither, so "palpate the thyroid" / 甲状腺触诊 answered the thyroid-status section (tremor, lid lag, pulse)
beside it. Now, for a request naming examination sites and a manoeuvre, where none of what the tiers found names the
manoeuvre: the examination records below a path segment that names only asked sites and an asked manoeuvre (and no
test, picture or other word), when there are any. Only the four manoeuvres a region's examination is ordered by
(inspection, palpation, percussion, auscultation) and a site other than the nervous system's: a "Reflexes" or "Gait"
segment is a section of the neurological examination, not one manoeuvre of one site.
"""

from __future__ import annotations

from functools import lru_cache

from dxgym.agents.lookup.nesting import _CONTAINERS
from dxgym.agents.lookup.query import Query, parse
from dxgym.agents.lookup.screen import screen
from dxgym.emr_fixtures.lexicon import Lexicon

# the four manoeuvres a region's examination is ordered by (视触叩听): only these name a region's records by one segment
_CLASSIC = frozenset({"man_insp", "man_palp", "man_perc", "man_ausc"})


@lru_cache(maxsize=16384)
def _segment(seg: str, lex: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """(sites, manoeuvres) a path segment names, where it names nothing else."""
    toks = screen(seg.replace("_", " "))
    if toks is None:
        return frozenset(), frozenset()
    q = parse(toks, lex)
    if q.concepts or q.imaging is not None or q.content or q.spec:
        return frozenset(), frozenset()
    return q.exam_sites - _CONTAINERS - {"site_neuro"}, q.manoeuvres & _CLASSIC


def wants(toks: tuple[str, ...], q: Query, lex: Lexicon) -> bool:
    """Could this step change an answer? A request naming sites and a manoeuvre, no test or picture (request-only)."""
    return bool(q.exam_sites and q.manoeuvres & _CLASSIC) and not q.concepts and q.imaging is None


def narrow(idx, q: Query, lex: Lexicon, found: dict) -> dict:
    """`found`, or, where none of it names the manoeuvre, the records below a segment naming an asked site and manoeuvre."""
    if not (q.exam_sites and q.manoeuvres & _CLASSIC) or q.concepts or q.imaging is not None:
        return found
    exams = idx.case.examinations
    if any(idx.record_man.get(i, frozenset()) & q.manoeuvres
           or any(_segment(s, lex)[1] & q.manoeuvres for s in exams[i].source_key.split("/")) for i in found):
        return found
    out = {}
    for i in idx.physical:
        for seg in exams[i].source_key.split("/"):
            sites, mans = _segment(seg, lex)
            if sites and sites <= q.exam_sites and mans & q.manoeuvres:
                out[i] = "lexicon"
                break
    return out or found

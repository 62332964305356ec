"""A bedside manoeuvre asked is never a laboratory, imaging or pathology record (round 51, the lead; drafted in round 48).

"feel the right temporal artery" took the temporal artery biopsy and its ultrasound: the request's words name the
artery, the partial-name tier found every record whose name holds them, and nothing asked what kind of record a hand
or a stethoscope makes. Palpation, auscultation and percussion are the examiner's own senses (Bates' Guide, chapter 4,
"the techniques of examination"; 《诊断学》 第9版 第三篇 体格检查: 触诊、叩诊、听诊): their findings are filed with the
physical examination, never with a laboratory, imaging or pathology report. So where the request names one of those
three manoeuvres, the records of those three kinds go; examination records and "other" (an ECG, a CTG, a bedside
score) stay. Inspection is left out — "look at the chest X-ray" asks a picture — and so are Chinese requests, whose
manoeuvre characters sit inside test names (听力 is audiometry)."""

from __future__ import annotations

from dxgym.agents.lookup.query import Query

_BEDSIDE = frozenset({"man_palp", "man_ausc", "man_perc"})
_REPORTS = frozenset({"laboratory", "imaging", "pathology"})


def wants(toks: tuple[str, ...], q: Query) -> bool:
    """Could this step change an answer? A Latin request naming palpation, auscultation or percussion (request-only)."""
    return bool(q.manoeuvres & _BEDSIDE) and all(t.isascii() for t in toks)


def narrow(idx, toks: tuple[str, ...], q: Query, found: dict) -> dict:
    """`found` without its laboratory, imaging and pathology records, for a request naming a bedside manoeuvre."""
    if not found or not wants(toks, q):
        return found
    exams = idx.case.examinations
    return {i: tier for i, tier in found.items() if exams[i].category not in _REPORTS}

"""One test made at the bedside or with an instrument (round 9, helper lookup11).

The lexicon reads formal perimetry (Humphrey, Goldmann, 视野计) and visual fields by confrontation (对照法) as one test,
so "Humphrey视野" took the eye examination's 视野(对照法) and "confrontation fields" the perimetry report. They are two
measurements (Bates', AAO, 《眼科学》: `data/methods.tsv`). A request naming one method now gets only records of that
method: a record's method is what its path names, else its category (an examination record is bedside, any other
instrumented). A request naming no method ("visual fields", 视野) answers whichever the case holds.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache

from dxgym.agents.lookup.vocab import holds, names, rows
from dxgym.emr_fixtures.lexicon import tokens
from dxgym.emr_fixtures.models import ExamRecord

_BEDSIDE, _INSTRUMENT = "bedside", "instrument"


@cache
def _methods() -> dict[str, tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]]]:
    return {row[0]: (names(row[1]), names(row[2])) for row in rows("methods.tsv") if len(row) >= 3}


@lru_cache(maxsize=16_384)  # requests and record paths repeat
def _method(toks: tuple[str, ...], cid: str) -> str | None:
    bedside, instrument = _methods()[cid]
    if any(holds(toks, n) for n in instrument):
        return _INSTRUMENT
    if any(holds(toks, n) for n in bedside):
        return _BEDSIDE
    return None


def narrow(toks: tuple[str, ...], concepts: Sequence[tuple[str, str | None]], found: dict,
           exams: Sequence[ExamRecord]) -> dict:
    """`found` without the records of the other method than the one the request names."""
    table = _methods()
    cid = next((c for c, _ in concepts if c in table), None)
    if cid is None or not found:
        return found
    asked = _method(toks, cid)
    if asked is None:
        return found

    def method(i: int) -> str:
        rec = exams[i]
        return _method(tokens(rec.source_key), cid) or (_BEDSIDE if rec.category == "physical_examination" else _INSTRUMENT)

    return {i: t for i, t in found.items() if method(i) == asked}


def wants(toks: tuple[str, ...], q, lex) -> bool:
    """Could `narrow` change an answer to this request? (read once per request text: `plan`)"""
    table = _methods()
    cid = next((c for c, _ in q.concepts if c in table), None)
    return cid is not None and _method(toks, cid) is not None

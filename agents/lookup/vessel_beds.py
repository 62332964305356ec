"""An angiogram asked of one vascular bed is never another bed's (round 10, helper lookup13).

The lexicon reads some angiograms by modality alone: 脑血管造影, "cerebral angiography" and DSA are the DSA modality
with no site, so a case holding only a coronary angiogram answered a cerebral one (a near miss: another site, the
same modality). Now (`data/vessel_beds_round10.tsv`: the territories angiography is requested and reported by, ACR
Appropriateness Criteria and 《医学影像学》), for a request that reads as an angiogram and names a bed, a record found
whose path names only other beds goes; a record naming no bed, or the one asked, stays. Names are read as whole
tokens, longest first (头颈 is head and neck, not the neck alone).
"""

from __future__ import annotations

from functools import lru_cache

from dxgym.agents.lookup.query import Query
from dxgym.agents.lookup.scale_variants import _named
from dxgym.agents.lookup.vocab import names, rows
from dxgym.emr_fixtures.lexicon import tokens

_ANGIO = frozenset({"mod_angio", "dsa"})


@lru_cache(maxsize=1)
def _beds() -> dict[str, tuple[tuple[tuple[str, ...], frozenset[str]], ...]]:
    """{first token: ((name, beds it names), ...)}."""
    out: dict[str, list] = {}
    for row in rows("vessel_beds_round10.tsv"):
        beds = frozenset(row[0].split(","))
        for cell in row[1:3]:
            for name in names(cell):
                out.setdefault(name[0], []).append((name, beds))
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=8192)  # a pure function of the request's words
def _asked(toks: tuple[str, ...]) -> frozenset[str]:
    return _named(toks, _beds())


def wants(toks: tuple[str, ...], q: Query) -> bool:
    """Request-only: an angiogram asked of a named bed."""
    return bool(q.imaging and not _ANGIO.isdisjoint(q.imaging[0]) and _asked(toks))



@lru_cache(maxsize=16_384)  # record keys repeat across requests
def _bed_of(source_key: str) -> frozenset[str]:
    return _named(tokens(source_key.split("/", 1)[-1]), _beds())


def narrow(idx, toks: tuple[str, ...], q: Query, found: dict) -> dict:
    """`found` without the records of another vascular bed than the one asked."""
    if not found or not wants(toks, q):
        return found
    asked = _asked(toks)
    exams = idx.case.examinations
    return {i: t for i, t in found.items() if not (bed := _bed_of(exams[i].source_key)) or bed & asked}

"""A study measured at several sites, asked at one (round 8b, helper lookup10).

Some studies report one result per site: a DXA scan per region (lumbar spine, total hip, femoral neck, distal radius;
ISCD Official Positions 2019; 《骨质疏松症诊疗指南》 2022: 腰椎、全髋、股骨颈、桡骨远端1/3). A request naming the study and a
site ("bone density at the forearm", 左股骨颈骨密度) found the study whole. Here: where the study's records found
name body sites of their own and the request names a site, the records whose own name names a site in the same region
(the site, one inside it or one it lies in); the others are other sites' results. Nothing narrows when no found record
names that region (the study answers as before), and a study whose records name no site is never narrowed.
"""

from __future__ import annotations

from functools import lru_cache

from dxgym.agents.lookup.query import Query, related
from dxgym.agents.lookup.reading import read, read_name
from dxgym.emr_fixtures.lexicon import Lexicon

_GENERAL = frozenset({"site_general", "site_local"})


def _sites_of(spans, lex: Lexicon) -> frozenset[str]:
    return frozenset(c for s in spans for c in s.concepts if lex.concepts[c].kind == "site") - _GENERAL


@lru_cache(maxsize=65536)
def _record_sites(name: str, lex: Lexicon) -> frozenset[str]:
    return _sites_of(read_name(name, lex).spans, lex)


@lru_cache(maxsize=8192)
def _asked_sites(toks: tuple[str, ...], lex: Lexicon) -> frozenset[str]:
    """Sites the request names by themselves (not the sites a study's own term carries: a slit lamp's eye)."""
    return _sites_of(
        [s for s in read(toks, lex).spans if all(lex.concepts[c].kind == "site" for c in s.concepts)], lex
    )


def narrow(idx, toks: tuple[str, ...], q: Query, found: dict, lex: Lexicon) -> dict:
    if len(found) < 2 or not q.concepts or any(lex.concepts[c].kind != "study" for c, _ in q.concepts):
        return found
    exams = idx.case.examinations
    if len({exams[i].group for i in found}) != 1:
        return found
    asked = _asked_sites(toks, lex)
    if not asked:
        return found
    held = {i: _record_sites(exams[i].source_key.rsplit("/", 1)[-1].replace("_", " "), lex) for i in found}
    if sum(bool(s) for s in held.values()) < 2:
        return found
    kept = {i: found[i] for i, s in held.items() if s and related(s, asked)}
    return kept or found


def wants(toks: tuple[str, ...], q: Query, lex: Lexicon) -> bool:
    """Could `narrow` change an answer to this request? (read once per request text: `plan`)"""
    return (bool(q.concepts) and all(lex.concepts[c].kind == "study" for c, _ in q.concepts)
            and bool(_asked_sites(toks, lex)))

"""A test "of the" specimen: the specimen a clinician's phrase names after the test (round 15 part B, helper lookupna).

`specimen_named` reads a request whose query names its specimen (`Query.spec`). A phrase that names the test first and
the specimen after a linking word — "Gram stain of the sputum", "culture of the sputum" — is read by the query as two
tests: the stain, whose specimen it leaves open, and the sputum examination (a test of a fluid, with a specimen of its
own), so no specimen was asked and the joint aspirate's Gram stain answered it. LOINC gives each specimen its own
code ("Gram stain [Morphology] in Sputum" against "… in Synovial fluid"); 《诊断学》 第9版 treats 痰液检查 and
关节腔积液检查 as separate examinations. Now, where the request ends in "of / in / from (the) <specimen>" and the query
reads two tests, one of them that specimen's own examination, a found record whose path states specimens, none of
them the one asked, goes — as `specimen_named` would for "sputum Gram stain" read whole. A record stating no
specimen, or the one asked, stays; a request with any other specimen word, or a third test, is not narrowed. Unlike
`specimen_named`, a record whose own name the request holds ("Gram_Stain") is not kept for that alone: the phrase
names the test and then its specimen, it joins no second test.
"""

from __future__ import annotations

from functools import lru_cache

from dxgym.agents.lookup.query import Query
from dxgym.agents.lookup.specimen_named import _named, without_other_specimens
from dxgym.emr_fixtures.lexicon import Lexicon

_LINKS = frozenset({"of", "in", "from", "on"})
_ARTICLES = frozenset({"the", "a", "an"})


@lru_cache(maxsize=8192)  # a pure function of the request's words
def asked(toks: tuple[str, ...], q: Query, lex: Lexicon) -> str | None:
    """The specimen named after a linking word at the end of the request, where the query reads two tests, one of
    them that specimen's own examination, and no other specimen is named; else None."""
    if q.spec is not None or len(q.concepts) != 2:
        return None
    for j, t in enumerate(toks):
        if t not in _LINKS:
            continue
        k = j + 1 + (j + 1 < len(toks) and toks[j + 1] in _ARTICLES)
        tail = toks[k:]
        if not tail or len(tail) > 4:
            continue
        term = lex.terms.get(" ".join(tail))
        if term is None or term.weak:
            continue
        specs = {lex.concepts[c].spec for c in term.concepts if lex.concepts[c].kind != "analyte" and lex.concepts[c].spec}
        if len(specs) != 1 or _named(toks, lex) != specs:
            continue
        spec = next(iter(specs))
        if sum(1 for c, s in q.concepts if lex.concepts[c].spec == spec and c in term.concepts) != 1:
            continue
        return spec
    return None


def wants(toks: tuple[str, ...], q: Query, lex: Lexicon) -> bool:
    """Could this step change an answer? Only a request ending in "of the <specimen>" (request-only)."""
    return asked(toks, q, lex) is not None


def narrow(idx, toks: tuple[str, ...], q: Query, found: dict, lex: Lexicon) -> dict:
    """`found` without the records stating only other specimens than the one the phrase names."""
    return without_other_specimens(idx, toks, found, asked(toks, q, lex) if found else None, lex, by_name=False)

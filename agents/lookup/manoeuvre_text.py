"""A manoeuvre asked at a site: never a finding whose text is another manoeuvre's (round 15 part B, helper lookupna).

A region's examination is ordered by four manoeuvres (inspection, palpation, percussion, auscultation; Bates' Guide,
《诊断学》 第9版 视触叩听). Where a section files its findings by manoeuvre (Abdominal_Examination / Palpation) and the
asked one is not among them, the tiers answer with the section's other records (`tiers._findings`: the records of other
manoeuvres go, the rest stay), so "percussion of the abdomen" was answered by Liver "Palpable 3 cm below the right costal
margin" and Spleen "Palpable 2 cm ...", findings of the palpation the case records. Now, for a request naming one of
the four manoeuvres and an examination site (no test, no picture): a record that names no manoeuvre, in a section where
a sibling record is named by one of the four, goes when its result text, read by the lexicon, names one or more of the
four and not the one asked. A record whose text names the asked manoeuvre, or none (a pulse, 脐部 "脐带未脱"), stays.
"""

from __future__ import annotations

from functools import lru_cache

from dxgym.agents.lookup.query import Query, parse
from dxgym.emr_fixtures.lexicon import Lexicon, tokens

_BASIC = frozenset({"man_insp", "man_palp", "man_perc", "man_ausc"})


def wants(toks: tuple[str, ...], q: Query, lex: Lexicon) -> bool:
    """Could this step change an answer? A request naming one of the four manoeuvres and a site, no test or picture."""
    return len(q.manoeuvres & _BASIC) == 1 and bool(q.exam_sites) and not q.concepts and q.imaging is None


@lru_cache(maxsize=16_384)
def _text_manoeuvres(result: str, lex: Lexicon) -> frozenset[str]:
    toks = tokens(result[:600])
    return parse(toks, lex).manoeuvres & _BASIC if toks else frozenset()


def narrow(idx, q: Query, lex: Lexicon, found: dict) -> dict:
    """`found` less the unnamed findings of a manoeuvre-filed section whose text is only another manoeuvre's."""
    if not found or not wants((), q, lex):
        return found
    asked = q.manoeuvres & _BASIC
    exams = idx.case.examinations
    by_manoeuvre = {exams[i].source_key.rsplit("/", 1)[0] for i, m in idx.record_man.items() if m & _BASIC}
    drop = set()
    for i in found:
        rec = exams[i]
        if (rec.category != "physical_examination" or idx.record_man.get(i)
                or rec.source_key.rsplit("/", 1)[0] not in by_manoeuvre):
            continue
        named = _text_manoeuvres(str(rec.result or ""), lex)
        if named and not named & asked:
            drop.add(i)
    return {i: t for i, t in found.items() if i not in drop} if drop else found

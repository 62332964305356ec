"""A bare analyte is its default specimen's where the case holds it there (round 9, helper lookup11).

Records of other samples often carry an analyte's bare name: a bronchoalveolar lavage's "Lymphocytes", an aspirate's
"Glucose", filed under a segment naming the sample rather than in a laboratory group that states it. The exact tier
took them for "lymphocytes" beside the blood count's. A request that names no specimen asks for the analyte in its
default specimen (the lexicon's `spec`: lymphocytes are the blood's; round 8b's rule that "BAL neutrophils" is never
the blood count's, seen from the other side): where the hits hold that specimen's record, a hit whose path states
another specimen goes. Where the case holds the analyte only in another sample, that record still answers.
"""

from __future__ import annotations

from functools import lru_cache

from dxgym.agents.lookup.index import CaseIndex, _stated_spec, segment_concepts
from dxgym.agents.lookup.joined import procedures
from dxgym.agents.lookup.query import Query
from dxgym.emr_fixtures.lexicon import Lexicon

_SAMPLED = "sampled"  # a specimen taken through a procedure or a biopsy (not a blood draw)


def _specimen(idx: CaseIndex, i: int, lex: Lexicon) -> str | None:
    """The specimen record i states: the index's, else the first its path's segments below the top name. A record
    that states no specimen, or blood only by the index's default, filed below a procedure that samples tissue or fluid (a
    bronchoscopy's washings, an endoscopy's biopsies, a marrow aspirate, a fine-needle aspirate), is that sample's
    (round 24): a bare "eosinophil count" is never the oesophageal biopsy's eosinophils beside the blood count's."""
    stated = idx.record_spec[i]
    path = idx.case.examinations[i].source_key.split("/")
    segments = path[1:]
    # the top segment too: a Chinese record may file the procedure there (经皮肾穿刺活检/免疫荧光/C3; round 28)
    if stated in (None, "blood") and any(_samples(lex, seg) for seg in path[:-1]) and not any(
        _segment_spec(lex, seg) == "blood" for seg in segments
    ):
        return _SAMPLED
    if stated is not None:
        return stated
    return next((s for s in (_segment_spec(lex, seg) for seg in segments) if s), None)


@lru_cache(maxsize=16_384)
def _samples(lex: Lexicon, segment: str) -> bool:
    """Does a path segment name a procedure that samples tissue or fluid, or a biopsy (`joined.procedures`' studies,
    the biopsy modality)?"""
    return any(c == "mod_biopsy" or (lex.concepts[c].kind == "study" and c in procedures())
               for c in segment_concepts(segment.replace("_", " "), lex))


@lru_cache(maxsize=16_384)  # path segments repeat across requests and cases
def _segment_spec(lex: Lexicon, segment: str) -> str | None:
    return _stated_spec(lex, segment.replace("_", " "))


def narrow(idx: CaseIndex, q: Query, found: dict, lex: Lexicon) -> dict:
    """`found` without the other samples' records of a bare analyte the case holds in its default specimen."""
    if q.spec is not None or len(found) < 2 or not q.concepts:
        return found
    defaults = set()
    for cid, _ in q.concepts:
        concept = lex.concepts[cid]
        if concept.kind != "analyte" or concept.spec is None:
            return found
        defaults.add(concept.spec)
    specimen = {i: _specimen(idx, i, lex) for i in found}
    if not any(s in defaults for s in specimen.values()):
        return found
    return {i: t for i, t in found.items() if specimen[i] is None or specimen[i] in defaults}


def wants(toks: tuple[str, ...], q: Query, lex: Lexicon) -> bool:
    """Could `narrow` change an answer to this request? (read once per request text: `plan`)"""
    return (q.spec is None and bool(q.concepts)
            and all(lex.concepts[c].kind == "analyte" and lex.concepts[c].spec is not None for c, _ in q.concepts))

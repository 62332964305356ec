"""The fluid a joint puncture draws is synovial fluid, never blood (round 15 part B, helper lookupna).

A Chinese source files a joint aspirate's tests under the puncture: 右膝关节穿刺液检查 / 革兰染色. The lexicon reads that
segment as a puncture (biopsy) of the knee and no specimen, so the path stated none, the index took its laboratory
records for blood (an analyte's default), and a Gram stain of blood, CSF, pleural fluid or sputum (血革兰染色,
"CSF Gram stain") was answered by the joint's stain. The fluid a puncture of a joint draws is synovial fluid
(《诊断学》 第9版 关节腔积液检查: 关节腔穿刺液; LOINC System "Snv fld"); pleural and ascitic punctures (胸腔 / 腹腔穿刺液)
are already read as their fluids. Now, for a request naming its specimen (`specimen_named`'s reading: one test, one
specimen, no other specimen word; or `specimen_phrase`'s: "Gram stain of the sputum"), a found record goes when a segment of its path names a puncture fluid (穿刺液,
抽吸液) of a joint, the specimen asked is not synovial fluid, and the path states the asked specimen nowhere. A request
naming synovial / joint fluid, or none, keeps it; a knee puncture asked (膝关节穿刺) is not narrowed (no specimen).
"""

from __future__ import annotations

from functools import lru_cache

from dxgym.agents.lookup.query import Query, parse
from dxgym.agents.lookup.screen import screen
from dxgym.agents.lookup.specimen_named import _asked, _stated
from dxgym.agents.lookup.specimen_phrase import asked as _phrase_asked
from dxgym.emr_fixtures.lexicon import Lexicon

_JOINTS = frozenset({"site_ankle", "site_elbow", "site_hip", "site_knee", "site_shoulder", "site_wrist"})
_FLUID = ("穿刺液", "抽吸液")


@lru_cache(maxsize=16_384)  # path segments repeat across requests and cases
def _joint_fluid(segment: str, lex: Lexicon) -> bool:
    """Does a path segment name the fluid drawn by a puncture of a joint (右膝关节穿刺液检查)?"""
    if not any(f in segment for f in _FLUID):
        return False
    toks = screen(segment.replace("_", " "))
    if toks is None:
        return False
    q = parse(toks, lex)
    return "关节腔" in segment or (q.imaging is not None and bool(q.imaging[1] & _JOINTS))


def _spec(toks: tuple[str, ...], q: Query, lex: Lexicon) -> str | None:
    """The one specimen the request names: read whole (脑脊液革兰染色) or after the test ("Gram stain of the sputum")."""
    return _asked(toks, q, lex) or _phrase_asked(toks, q, lex)


def wants(toks: tuple[str, ...], q: Query, lex: Lexicon) -> bool:
    """Could this step change an answer? A request naming one specimen other than synovial fluid (request-only)."""
    spec = _spec(toks, q, lex)
    return spec is not None and spec != "synovial"


def narrow(idx, toks: tuple[str, ...], q: Query, found: dict, lex: Lexicon) -> dict:
    """`found` without a joint puncture fluid's records, for a request naming another specimen."""
    if not found or not wants(toks, q, lex):
        return found
    spec = _spec(toks, q, lex)
    exams = idx.case.examinations
    drop = {i for i in found if exams[i].category != "imaging" and spec not in _stated(lex, exams[i].source_key)
            and any(_joint_fluid(seg, lex) for seg in exams[i].source_key.split("/"))}
    return {i: t for i, t in found.items() if i not in drop} if drop else found

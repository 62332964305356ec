"""A blood pressure by its posture (round 9, helper lookup11).

Orthostatic blood pressure is charted per posture (血压/卧位, 血压/立位(3分钟), Blood_Pressure_Standing; Bates', 《诊断学》),
and a plain blood pressure beside it is another measurement. Before, 卧立位血压 found nothing on per-posture records (only
a record named for the orthostatic test answered), "standing BP" took the supine reading too, and "BP" took every
postural reading beside the plain one. Now, for a request reading as a blood pressure (`data/postures.tsv`):

- one naming postures (立位血压, "lying and standing BP", orthostatic / 体位性 = every posture) is the blood-pressure records
  whose path names one of them — never a plain reading; where none names one, a record of the orthostatic test itself;
- a plain one ("BP", 血压) is the plain readings where the case holds one, else whichever postural ones it holds.

Records of other tests found beside it are left as they are.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, lru_cache

from dxgym.agents.lookup.index import CaseIndex
from dxgym.agents.lookup.query import Query
from dxgym.agents.lookup.vocab import holds, names, rows
from dxgym.emr_fixtures.lexicon import tokens

_BP, _ORTHOSTATIC = "bp", "orthostatic"


@cache
def _postures() -> tuple[tuple[str, tuple[tuple[str, ...], ...], frozenset[str]], ...]:
    """(posture, names, postures it covers); rows covering several first, so 卧立位 is read before its 立位."""
    out = []
    for row in rows("postures.tsv"):
        pid, en, zh, covers = (row + ("",) * 4)[:4]
        out.append((pid, names(en) + names(zh), frozenset(c for c in covers.split("|") if c) or frozenset({pid})))
    return tuple(sorted(out, key=lambda r: -len(r[2])))


def _all() -> frozenset[str]:
    return frozenset().union(*(r[2] for r in _postures()))


@lru_cache(maxsize=16_384)  # requests and record paths repeat
def _named(toks: tuple[str, ...]) -> frozenset[str]:
    """The postures these tokens name (a row covering several wins over the single ones inside it)."""
    found: set[str] = set()
    for _, spellings, covers in _postures():
        if any(holds(toks, n) for n in spellings):
            if len(covers) > 1:
                return covers
            found |= covers
    return frozenset(found)


@lru_cache(maxsize=8192)  # a pure function of the request's reading, asked twice a lookup
def _asked(concepts: tuple[tuple[str, str | None], ...]) -> frozenset[str]:
    """The blood-pressure concepts (plain or orthostatic) the request reads, or an empty set."""
    return frozenset(c for c, _ in concepts if c in (_BP, _ORTHOSTATIC))


def narrow(idx: CaseIndex, toks: tuple[str, ...], q: Query, found: dict, bp_records: Callable[[], dict]) -> dict:
    """`found` with its blood-pressure records kept to the postures asked (`bp_records`: the case's BP records)."""
    asked = _asked(q.concepts)
    if not asked:
        return found
    exams = idx.case.examinations
    pressures = set(bp_records()) | set(found)
    # a reading's own name says its posture (卧立位血压/立位1分钟 is the standing one: round 65), else its path (the
    # orthostatic test's own record: every posture)
    posture = {i: _named(tokens(exams[i].source_key.rsplit("/", 1)[-1])) or _named(tokens(exams[i].source_key))
               for i in pressures}
    wanted = _named(toks) or (_all() if _ORTHOSTATIC in asked else None)
    others = {i: t for i, t in found.items() if i not in pressures}
    if wanted:  # the readings of exactly the postures asked, else any record of one of them (the test's own)
        keep = {i for i in pressures if posture[i] and posture[i] <= wanted} or {i for i in pressures if posture[i] & wanted}
        return {**others, **{i: found.get(i, "lexicon") for i in sorted(keep)}}
    plain = {i for i in found if i in pressures and not posture[i]}
    if plain:
        return {**others, **{i: found[i] for i in sorted(plain)}}
    return found


def wants(toks: tuple[str, ...], q: Query, lex) -> bool:
    """Could `narrow` change an answer to this request? (read once per request text: `plan`)"""
    return bool(_asked(q.concepts))

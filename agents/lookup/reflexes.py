"""A named reflex is its own records, never another reflex's (round 11, helper lookup14).

Records file the reflexes by name below a reflexes segment (Lower_Limbs/Reflexes/Ankle/Left, 神经系统/腱反射/膝/右,
Plantar_Responses/Left); the lexicon reads "ankle jerk", 跟腱反射 or "Babinski" as the reflex manoeuvre of the nervous
system, so the tiers answered whichever record's own name held "reflex" — the gag reflex for an ankle jerk. Now
(`data/reflexes_round11.tsv`, Bates' Guide and 《诊断学》): for a request naming one or more reflexes, the examination
records whose path names one of them (a word of the reflex beside a reflex word, or a self-naming word such as
plantar or Babinski) are the answer where the case holds any; where it holds none, a record found that names only
another reflex goes (a near miss), and one naming no reflex (a section's findings, a general 腱反射 / "Reflexes"
record, which reports every tendon reflex) stays in both cases: the lead's probe after the merge found 跟腱反射 losing
the 腱反射 record on two tuning cases.
"""

from __future__ import annotations

from functools import cache, lru_cache

from dxgym.agents.lookup.query import Query
from dxgym.agents.lookup.vocab import NamedIn, holds, names, rows
from dxgym.emr_fixtures.lexicon import tokens

_Name = tuple[str, ...]
_REFLEX_WORDS = (("reflex",), ("reflexes",), ("jerk",), ("jerks",), ("反", "射"))
# words that name a reflex with no reflex word beside them ("Plantar_Responses", "Gag", 巴宾斯基征)
_SELF_NAMING = (("plantar",), ("plantars",), ("babinski",), ("gag",), ("巴", "宾", "斯", "基"), ("巴", "氏"),
                ("病", "理", "征"))  # the pathological signs' record (病理征) holds the Babinski sign (round 31)
# a section of the pathological signs names the plantar row only as a record of its own: below it, 霍夫曼征 is another sign
_SECTION_WORDS = (("病", "理", "征"), ("病", "理", "反", "射"))
_SIDES = frozenset({("左",), ("右",), ("左", "侧"), ("右", "侧"), ("双", "侧"), ("left",), ("right",), ("bilateral",)})


@cache
def _table() -> tuple[tuple[str, tuple[_Name, ...], tuple[_Name, ...]], ...]:
    return tuple((row[0], names(row[1]), names(row[2])) for row in rows("reflexes_round11.tsv") if len(row) >= 3)


@cache
def _asked_in() -> NamedIn:
    return NamedIn((rid, asked) for rid, asked, _words in _table())


@lru_cache(maxsize=8192)  # a pure function of the request's words
def _asked(toks: _Name) -> frozenset[str]:
    return _asked_in()(toks)


def wants(toks: tuple[str, ...], q: Query) -> bool:
    """Could this step change an answer? Only where the request names a reflex (request-only)."""
    return bool(_asked(toks)) and not q.concepts and q.imaging is None


_CLONUS = (("clonus",), ("阵", "挛"))  # ankle clonus (踝阵挛) is a sign of its own, filed beside the reflexes


@lru_cache(maxsize=16_384)  # record keys repeat across requests
def _segments(source_key: str) -> tuple[tuple[str, ...], ...]:
    """A record's path below its top, segment by segment, as tokens (read by `_named` and `_of_tendons`)."""
    return tuple(tokens(seg) for seg in source_key.split("/")[1:])


@lru_cache(maxsize=16_384)  # record keys repeat across requests
def _named(source_key: str) -> frozenset[str]:
    """The reflexes a record's path names (a clonus record names clonus, no reflex: 踝阵挛 is not the ankle jerk)."""
    segments = list(_segments(source_key))
    while len(segments) > 1 and segments[-1] in _SIDES:
        segments.pop()  # 病理征 / 右: the section's own record on one side
    segments = [seg for seg in segments[:-1] if not any(holds(seg, w) for w in _SECTION_WORDS)] + segments[-1:]
    toks = tuple(t for seg in segments for t in seg)
    if any(holds(tokens(source_key.rsplit("/", 1)[-1]), w) for w in _CLONUS):
        return frozenset({"clonus"})
    if not any(holds(toks, w) for w in _REFLEX_WORDS + _SELF_NAMING):
        return frozenset()
    return frozenset(rid for rid, _asked_names, words in _table() if any(holds(toks, w) for w in words))


# The tendon (deep, stretch) reflexes (Bates' Guide, "The Nervous System": biceps, triceps, brachioradialis, knee,
# ankle, the jaw jerk; 《诊断学》 第9版 深反射). The plantar response is a superficial reflex and the Babinski sign a
# pathological one (浅反射 跖反射, 病理反射 巴宾斯基征), the gag and corneal reflexes a cranial nerve's: a record of the
# tendon reflexes (腱反射, 深反射, Deep_Tendon_Reflexes, DTRs) does not report them.
_TENDON = frozenset({"ankle", "knee", "biceps", "triceps", "supinator", "jaw"})
_TENDON_WORDS = (("tendon",), ("dtr",), ("dtrs",), ("深", "反", "射"))


@lru_cache(maxsize=16_384)
def _of_tendons(source_key: str) -> bool:
    """Does a record's path name the tendon reflexes as such (a segment 腱反射 whole: 跟腱反射 is the ankle jerk)?"""
    return any(seg == ("腱", "反", "射") or any(holds(seg, w) for w in _TENDON_WORDS) for seg in _segments(source_key))


def narrow(idx, toks: tuple[str, ...], q: Query, found: dict) -> dict:
    """The asked reflexes' records where the case holds any, else `found` less the records naming another reflex."""
    if not wants(toks, q):
        return found
    asked = _asked(toks)
    exams = idx.case.examinations
    own = {i: "lexicon" for i in idx.physical if _named(exams[i].source_key) & asked}
    if own:  # the asked reflexes' own records, and any general reflex record the tiers found
        kept = {i: t for i, t in found.items() if i in own or not _named(exams[i].source_key)}
        if not asked & _TENDON:  # the tendon reflexes' record reports them, never the plantar or gag (round 31)
            kept = {i: t for i, t in kept.items() if i in own or not _of_tendons(exams[i].source_key)}
        return {**kept, **{i: t for i, t in own.items() if i not in found}}
    return {i: t for i, t in found.items() if (not (n := _named(exams[i].source_key)) or n & asked)
            and (asked & _TENDON or not _of_tendons(exams[i].source_key))}

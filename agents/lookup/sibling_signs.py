"""A named sign is never another named sign's record (round 9, helper lookup11).

The lexicon reads several named bedside tests as one manoeuvre of a section (Romberg, finger-nose and heel-shin tests
are all "coordination"; Kernig and Brudzinski the meningeal signs). Where the case holds no record of the sign asked,
the section answered — including records named for the other tests of it: "Romberg's test" took Finger_Nose_Test and
Heel_Shin_Test. A record named exactly for another named sign (`data/signs_bilingual*.tsv`, any of its names, in
either language) is another test's result, so it goes; a record of the section that names no sign (Coordination,
Meningeal_Signs) stays, as before (round 6's withdrawn rule: a section may report the sign without naming it), and so
does a record filed under the sign asked (脑膜刺激征/克氏征 for 脑膜刺激征, a collective sign).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from dxgym.agents.lookup import sign_names
from dxgym.agents.lookup.query import Query
from dxgym.emr_fixtures.lexicon import key
from dxgym.emr_fixtures.models import ExamRecord


@lru_cache(maxsize=16_384)  # path segments repeat across requests and cases
def _sign_of(name: str) -> frozenset[str] | None:
    """All names of the sign a record is named for exactly (any spelling), or None."""
    names = sign_names._names()
    for spelt in sign_names._spellings(key(name.replace("_", " "))):
        if spelt in names:
            return frozenset(names[spelt])
    return None


def _qualifies(names: frozenset[str], asked: set[str]) -> bool:
    """Is a name of this sign the asked sign's name with a qualifier before it (anterior drawer test, 前抽屉试验)?"""
    return any(n.endswith(" " + a) for n in names for a in asked)


@lru_cache(maxsize=8192)  # a pure function of the request's words, asked again on every lookup of them
def _asked(exact_keys: tuple[str, ...]) -> frozenset[str]:
    """Every name of the sign the request names (`sign_names.candidates`), or an empty set."""
    names = sign_names._names()
    return frozenset(n for c, _ in sign_names._candidates(exact_keys) for n in names.get(c, ()))


def narrow(q: Query, found: dict, exams: Sequence[ExamRecord]) -> dict:
    """`found` without records named for a named sign other than the one asked."""
    if not found:
        return found
    asked = _asked(q.exact_keys)  # a sign the lexicon names, else none
    if not asked:
        return found
    keep = {}
    for i, tier in found.items():
        signs = [s for s in map(_sign_of, exams[i].source_key.split("/")[1:]) if s is not None]
        # filed under the sign asked (脑膜刺激征/克氏征 for 脑膜刺激征), one of its qualified forms (前抽屉试验 for
        # 抽屉试验, as `signs.qualified` reads them), or named for no sign: kept
        if not signs or any(s & asked or _qualifies(s, asked) for s in signs):
            keep[i] = tier
    return keep


def wants(toks: tuple[str, ...], q: Query, lex) -> bool:
    """Could `narrow` change an answer to this request? (read once per request text: `plan`)"""
    return bool(_asked(q.exact_keys))

"""Chinese one-character slips typed by a near sound (round 10, helper lookup13).

The spelling tier fixes a character typed for another of the same reading (血红蛋百, 纯音侧听: `zh_sound`). Typists
of many regions also merge sounds that standard Mandarin keeps apart: the retroflex and the dental initials (zh / z,
ch / c, sh / s), the nasal finals (-ng / -n) and n / l — the pairs the national putonghua test names as the commonest
regional confusions (《普通话水平测试实施纲要》, 2004: 平翘舌音, 前后鼻音, 鼻音与边音). So 照影 (zhào) for 造影 (zào) was
read as nothing. Here, only where every tier before found nothing: one character of a run of Chinese characters the
lexicon does not read whole (the slip may be a character it reads on its own: 照 of 照影) is replaced by the one character that makes the run a lexicon term and reads alike after those
merges — where exactly one does, and the lexicon then reads the whole request (the spelling tier's conditions).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from dxgym.agents.lookup import tiers
from dxgym.agents.lookup.query import Query
from dxgym.agents.lookup.reading import cjk
from dxgym.emr_fixtures.lexicon import Lexicon
from dxgym.emr_fixtures.zh_sound import readings

_NEVER = frozenset("癌炎瘤")  # what a condition is: never a slip for one another (as `zh_sound`)


def _merged(reading: str) -> str:
    for retroflex, dental in (("zh", "z"), ("ch", "c"), ("sh", "s")):
        if reading.startswith(retroflex):
            reading = dental + reading[2:]
            break
    if reading.startswith("l"):
        reading = "n" + reading[1:]
    return reading[:-1] if reading.endswith("ng") else reading


@lru_cache(maxsize=65_536)
def _near(ch: str) -> frozenset[str]:
    return frozenset(_merged(r) for r in readings(ch))


def wants(toks: tuple[str, ...], q: Query) -> bool:
    """Request-only: a Chinese character the lexicon does not read."""
    return any(len(t) == 1 and cjk(t) for t in q.content)



@lru_cache(maxsize=8192)  # a pure function of the request's words (the lexicon is one per process)
def _fixed(toks: tuple[str, ...], content: frozenset[str], lex: Lexicon) -> tuple[str, ...] | None:
    masks = tiers._zh_masks(lex)
    for start, window in tiers.cjk_runs(toks):
        if content.isdisjoint(window):  # a run the lexicon reads whole is no slip (间接胆红素)
            continue
        text = "".join(window)
        for i, ch in enumerate(window):
            near = _near(ch)
            fills = [f for f in masks.get(f"{text[:i]}?{text[i + 1:]}", ())
                     if f != ch and not (f in _NEVER and ch in _NEVER) and near & _near(f)]
            if len(fills) == 1 and (out := tiers.read_whole(toks, start + i, fills[0], lex)) is not None:
                return out
    return None


def match(toks: tuple[str, ...], q: Query, lex: Lexicon, find: Callable[[tuple[str, ...]], dict]) -> dict:
    """The records `find` gives for the request with its near-sound slip fixed, each as the spelling tier's."""
    if not wants(toks, q):
        return {}
    fixed = _fixed(toks, frozenset(q.content), lex)
    return {} if fixed is None else dict.fromkeys(find(fixed), "fuzzy")

"""An instrument's Latin name with a Chinese head word (Sokal评分, Wells评分, Glasgow量表): the name with the English head
word (round 16, helper lookup18).

Chinese clinicians write an eponymous or abbreviated score by its Latin name and a Chinese head word (《内科学》 第9版:
Sokal评分, Child-Pugh分级, Wells评分, Glasgow昏迷评分; 《诊断学》 量表 / 评分 / 指数 / 分级 / 分期), and an English
source files the same score as Sokal_Score, Glasgow_Coma_Scale. The lexicon reads neither the eponym nor the mixed
name, so nothing was found. Where the whole lookup found nothing and the request is Latin words followed by one such
head word, it is asked again with each English head word of that meaning (never the Latin words alone: an
eponym bare reaches the fuzzy tiers, which bend it to a common word).
"""

from __future__ import annotations

from functools import lru_cache

# Chinese head word (as its characters) -> the English head words of the same meaning (《诊断学》, WHO ICF glossary)
_HEADS: dict[tuple[str, ...], tuple[str, ...]] = {
    ("评", "分"): ("score",),
    ("积", "分"): ("score",),
    ("评", "分", "表"): ("score", "scale"),
    ("量", "表"): ("scale", "score"),
    ("指", "数"): ("index",),
    ("分", "级"): ("grade", "classification", "score"),
    ("分", "期"): ("stage", "staging"),
    ("分", "类"): ("classification",),
}


@lru_cache(maxsize=8192)  # a pure function of the request's tokens
def alternatives(toks: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The request with its trailing Chinese head word in English; () where it has none, or where the words before it
    are not all Latin."""
    for head, english in _HEADS.items():
        n = len(head)
        if len(toks) > n and toks[-n:] == head:
            name = toks[:-n]
            if not all(t.isascii() and t.isalnum() for t in name) or not any(t.isalpha() and len(t) > 1 for t in name):
                return ()
            return tuple((*name, e) for e in english)
    return ()

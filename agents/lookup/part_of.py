"""A part of a study asked "on / in / of" the study: that part's records, not the whole study (round 16, helper
lookup18).

Clinicians ask one reading of a study by its part and the study it belongs to: "the baseline rate on the CTG", "the
spleen on the ultrasound", "depth of invasion on the biopsy", "blasts in the marrow", "histology of the biopsy"
(Bates' Guide and the RCPath / RCOG reporting datasets name a report's fields so: the CTG's baseline rate,
variability, accelerations and decelerations; a biopsy's histological type and depth of invasion; the aspirate's
differential and the trephine's reticulin). The lexicon reads the study after the preposition (CTG, ultrasound,
marrow, biopsy) and the tiers answer every record of it; the part's words, which the lexicon may not read at all
(baseline, depth, invasion, reticulin), were dropped.

Now, where two or more records were found below one study (their paths share a prefix deeper than the top
section), the part's content words (before the last "on" / "in", else the first "of"; less filler, sides, and the
words asking for a value) that the shared prefix does not hold, and that a path segment below the prefix holds for
some found records but not all: those records. A part no found record names (a value word, a near miss) leaves the
answer unchanged; the step only narrows.

A Chinese request names the part before 的 (左侧卵巢的超声, 骨髓的原始细胞): its tokens are characters, so there a found
record's segment below the shared prefix is kept where the segment's whole name (two characters or more, Chinese, no
generic part: 结果, 所见, a side alone) is in the request's text before its last 的, for some found records but not
all. Never without 的: a study's own name holds its parts' names (姿势与步态 holds 步态, 电子鼻咽喉镜 鼻咽), which a
draft that read the whole request took for a part asked (newcases5 / 6 zh, caught before commit).
"""

from __future__ import annotations

from functools import lru_cache

from dxgym.agents.lookup.covered import _VALUE, _latin, _stem
from dxgym.agents.lookup.query import FILLER, Query
from dxgym.emr_fixtures.lexicon import tokens

_SIDES = frozenset({"left", "right", "bilateral", "both", "lt", "rt", "l", "r"})
# words that describe what is read of a part, never a part's name
_READING = frozenset("size percentage percent grade rate ratio amount number degree presence appearance".split())


@lru_cache(maxsize=8192)  # a pure function of the request's words
def part_words(toks: tuple[str, ...]) -> frozenset[str]:
    """The stemmed content words of the part asked, or an empty set where the request names no part of a study."""
    if not _latin(toks):
        return frozenset()
    k = next((k for k in range(len(toks) - 1, 0, -1) if toks[k] in ("on", "in")), None)
    if k is None:
        k = next((k for k in range(1, len(toks) - 1) if toks[k] == "of"), None)
    if k is None or k + 1 >= len(toks):
        return frozenset()
    return frozenset(_stem(t) for t in toks[:k] if t not in FILLER and t not in _VALUE and t not in _SIDES
                     and t not in _READING and not t.isdigit())


_ZH_GENERIC = frozenset("结果 所见 结论 诊断 印象 描述 检查 报告 左侧 右侧 双侧 其他 数值 参考范围".split())


@lru_cache(maxsize=8192)
def zh_part(toks: tuple[str, ...]) -> str:
    """A Chinese request's text before its last 的; "" where it has none, or for a Latin request."""
    if _latin(toks):
        return ""
    text = "".join(toks)
    k = text.rfind("的")
    return text[:k] if k > 0 else ""


def wants(toks: tuple[str, ...], q: Query) -> bool:
    """Could this step change an answer? A Latin request naming a part before "on" / "in" / "of" a study, or a
    Chinese request naming two characters or more before 的."""
    return bool(part_words(toks)) or len(zh_part(toks)) >= 2


def _cjk(s: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in s)


def _segments(idx) -> list[tuple[tuple[str, ...], tuple[frozenset[str], ...]]]:
    """Each record's path segments (below the top section): raw, as stemmed word sets, and as joined token text
    (a Chinese segment's name, for `zh_part`; "" where it is generic or not Chinese)."""
    out = []
    for rec in idx.case.examinations:
        segs = tuple(rec.source_key.split("/")[1:])
        texts = tuple("".join(tokens(s)) for s in segs)
        out.append((segs, tuple(frozenset(_stem(t) for t in tokens(s)) for s in segs),
                    tuple(t if len(t) >= 2 and _cjk(t) and t not in _ZH_GENERIC else "" for t in texts)))
    return out


def narrow(idx, toks: tuple[str, ...], found: dict) -> dict:
    words, zh = part_words(toks), zh_part(toks)
    if (not words and len(zh) < 2) or len(found) < 2:
        return found
    table = idx.derived("part_of", _segments)
    paths = [table[i] for i in found]
    depth = 0
    first = paths[0][0]
    while depth < len(first) and all(len(p[0]) > depth and p[0][depth] == first[depth] for p in paths):
        depth += 1
    if depth == 0:  # no study in common: the records of two studies are not parts of one
        return found
    if zh:
        keep = {i: t for i, t in found.items() if any(seg and seg in zh for seg in table[i][2][depth:])}
        return keep if keep and len(keep) < len(found) else found
    shared = frozenset().union(*paths[0][1][:depth])
    asked = words - shared
    if not asked:
        return found
    keep = {i: t for i, t in found.items() if any(seg & asked for seg in table[i][1][depth:])}
    return keep if keep and len(keep) < len(found) else found

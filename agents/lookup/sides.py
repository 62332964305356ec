"""Laterality: a side named in a request selects that side's records.

Paired organs and limbs are examined and imaged side by side, and records name the side they hold in
their path (``Ankle_Brachial_Pressure_Index/Left``, ``Right_Lower_Limb_Examination``, ``右膝关节MRI平扫``,
``肾区叩击痛/右``). The reading treats side words as filler (a side names no test), so a request for
"left knee MRI" reads as a knee MRI and would find the right knee's. This module narrows what the tiers
found: a request naming one side (left / right, L / R, 左 / 右) never gets the records of the other side
only because they are that test; records of both sides (bilateral, 双侧, 双下肢) and records that name no side
stay. A request naming both sides, or none, is not narrowed (a record held per side answers a sideless
request with both sides).
"""

from __future__ import annotations

import re
from functools import lru_cache

LEFT, RIGHT, BOTH = "L", "R", "B"

_LATIN = {"left": LEFT, "lt": LEFT, "right": RIGHT, "rt": RIGHT, "bilateral": BOTH, "both": BOTH}
# single letters name a side only before another word ("L knee", "R eye"), never alone
_LETTERS = {"l": LEFT, "r": RIGHT}
# Chinese drug names that begin with 左 / 右 (laevo- / dextro- isomers: 左氧氟沙星, 左甲状腺素, 右美沙芬 ...)
_ISOMERS = re.compile(r"左氧|左旋|右旋|左甲状腺素|右美沙芬|左西替利嗪|左乙拉西坦|左卡尼汀")
_ZH_SIDE = re.compile(r"[左右双]")
_WORD = re.compile(r"[a-z]+")


def _zh_sides(text: str) -> set[str]:
    text = _ISOMERS.sub("", text)
    return {{"左": LEFT, "右": RIGHT, "双": BOTH}[ch] for ch in _ZH_SIDE.findall(text)}


@lru_cache(maxsize=8192)
def request_side(toks: tuple[str, ...]) -> str | None:
    """The one side a (screened) request names, or None (none, or both)."""
    sides: set[str] = set()
    for n, t in enumerate(toks):
        if t in _LATIN:
            sides.add(_LATIN[t])
        elif t in _LETTERS and n + 1 < len(toks) and toks[n + 1].isalpha() and len(toks[n + 1]) > 1:
            sides.add(_LETTERS[t])
    sides |= _zh_sides("".join(t for t in toks if not t.isascii()))
    if BOTH in sides or len(sides) != 1:
        return None
    return sides.pop()


@lru_cache(maxsize=65536)
def record_side(source_key: str) -> str | None:
    """The side a record's path names: its deepest segment that names one (a segment naming two sides, or
    a bilateral one, is both sides)."""
    for seg in reversed(source_key.split("/")):
        low = seg.lower()
        sides = {_LATIN[w] for w in _WORD.findall(low) if w in ("left", "right", "bilateral")}
        sides |= _zh_sides(seg)
        if sides:
            return sides.pop() if len(sides) == 1 else BOTH
    return None


def narrow(toks: tuple[str, ...], found: dict, keys) -> dict:
    """`found` (record index -> tier) less the records of the side opposite to the one the request names.

    `keys(i)` gives record i's source key."""
    side = request_side(toks)
    if side is None or not found:
        return found
    return {i: t for i, t in found.items() if record_side(keys(i)) in (None, BOTH, side)}


def wants(toks: tuple[str, ...], q, lex) -> bool:
    """Could `narrow` change an answer to this request? (read once per request text: `plan`)"""
    return request_side(toks) is not None

"""How Chinese characters sound, for telling a typing slip from another word.

Chinese is typed by sound (pinyin input methods), so a slip is a character read like the one meant
(旦 for 蛋, 归 for 规, 梗塞 typed 耿塞); a character that sounds different is another word. Used by the
examination lookup and the verifier, each over its own vocabulary (`slip_index`, `slip_fix`).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from pypinyin import Style, pinyin

MIN_LEN, MAX_LEN = 2, 12


@lru_cache(maxsize=65536)
def readings(ch: str) -> frozenset[str]:
    """Every toneless reading of one character (heteronyms too)."""
    return frozenset(p for options in pinyin(ch, style=Style.NORMAL, heteronym=True) for p in options)


# Characters that name what a condition is (cancer, inflammation, tumour): never read as a slip for one
# another, even where an old reading is shared (癌 was once read yán, like 炎). Another character typed for
# one of them is a slip like any other (淋巴留 for 淋巴瘤).
_NEVER_SLIPPED = frozenset("癌炎瘤")


def sounds_alike(typed: str, meant: str) -> bool:
    if typed in _NEVER_SLIPPED and meant in _NEVER_SLIPPED:
        return False
    return bool(readings(typed) & readings(meant))


def slip_index(names: Iterable[str]) -> dict[str, frozenset[str]]:
    """Each name of `MIN_LEN`-`MAX_LEN` characters with one character masked ("?") -> the characters
    that fill the mask in some name (血清铁?白 -> {蛋})."""
    out: dict[str, set[str]] = {}
    for name in names:
        if MIN_LEN <= len(name) <= MAX_LEN:
            for i, ch in enumerate(name):
                out.setdefault(f"{name[:i]}?{name[i + 1:]}", set()).add(ch)
    return {k: frozenset(v) for k, v in out.items()}


def sound_fills(text: str, i: int, index: dict[str, frozenset[str]]) -> list[str]:
    """The characters that make `text` a name of the index in place of `text[i]` and sound like it."""
    ch = text[i]
    return [f for f in index.get(f"{text[:i]}?{text[i + 1:]}", ()) if f != ch and sounds_alike(ch, f)]


def slip_fix(text: str, index: dict[str, frozenset[str]]) -> str | None:
    """`text` with one character replaced so that it is a name of the index, when exactly one
    character that sounds like the one typed fills that place; None when no such single fix exists."""
    found = None
    for i in range(len(text)):
        fills = sound_fills(text, i, index)
        if len(fills) > 1:
            return None  # two characters sound like it: no telling which was meant
        if fills:
            if found is not None:
                return None  # two different fixes: no telling which was meant
            found = f"{text[:i]}{fills[0]}{text[i + 1:]}"
    return found

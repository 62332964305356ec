"""The plain scan asked: never a record that states it was made with contrast only (round 15 part B, helper lookupna).

`contrast` keeps a contrast study from a plain scan. The converse near miss stayed open: 腹部CT平扫 ("non-contrast CT
abdomen", "unenhanced CT") asked on a case holding only 全腹部增强CT was answered by the enhanced study. 平扫 is the
unenhanced scan and 增强扫描 the scan after intravenous contrast (《医学影像学》 第8版; ACR manual on contrast media): a
record that names only the enhanced phase states what was made, so a request for the plain scan is "not available"
there. A record naming both phases (平扫+增强, "with and without contrast") or neither stays; a request that names no
phase, or both, is not narrowed; only imaging records are read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from dxgym.agents.lookup.contrast import _PLAIN_LATIN, _WORDS, _ZH_NEEDS

_ENHANCED_LATIN = re.compile(r"\b(with contrast|contrast enhanced|enhanced|post contrast|postcontrast|"
                             r"ct angiography|ct angiogram|cta|ctpa|ctu|mra|mrcp)\b")
_BOTH_LATIN = re.compile(r"\b(with and without contrast|without and with contrast|pre and post contrast)\b")


def _latin(text: str) -> str:
    return " ".join(_WORDS.findall(text.lower().replace("_", " ")))


@lru_cache(maxsize=8192)
def asks_plain(toks: tuple[str, ...]) -> bool:
    """Does a (screened) request ask for the plain scan only?"""
    zh = "".join(t for t in toks if not t.isascii())
    latin = " ".join(t for t in toks if t.isascii())
    plain = "平扫" in zh or bool(_PLAIN_LATIN.search(latin)) or "non contrast" in latin
    enhanced = any(z in zh for z in _ZH_NEEDS) or bool(_ENHANCED_LATIN.search(latin.replace("unenhanced", "")))
    return plain and not enhanced and not _BOTH_LATIN.search(latin)


@lru_cache(maxsize=65536)
def enhanced_only(source_key: str) -> bool:
    """Does a record's path say it was made with contrast, and not also without?"""
    if "平扫" in source_key:
        return False
    if any(z in source_key for z in _ZH_NEEDS):
        return True
    text = _latin(source_key)
    if _BOTH_LATIN.search(text) or _PLAIN_LATIN.search(text):
        return False
    return bool(re.search(r"\b(with contrast|contrast enhanced|post contrast|postcontrast)\b", text)) or bool(
        re.search(r"\benhanced\b", text.replace("unenhanced", "")))


def narrow(toks: tuple[str, ...], imaging, found: dict, exams: Sequence) -> dict:
    """`found` less the imaging records made with contrast only, for a request that asks for the plain scan."""
    if imaging is None or not found or not asks_plain(toks):
        return found
    return {i: t for i, t in found.items() if exams[i].category != "imaging" or not enhanced_only(exams[i].source_key)}


def wants(toks: tuple[str, ...], q) -> bool:
    """Could `narrow` change an answer to this request? (read once per request text: `plan`)"""
    return q.imaging is not None and asks_plain(toks)

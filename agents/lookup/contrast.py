"""Contrast: a study that needs contrast is never answered by a scan made without it.

CT urography, CT angiography (CTA, CTPA, CT venography) and any study asked as enhanced / with contrast (增强, 造影)
are contrast-enhanced examinations (ACR–SPR practice parameters for CT urography, 2019, and for CT angiography;
《医学影像学》 第8版: 平扫 is the unenhanced scan, 增强扫描 and CT尿路造影 (CTU) / CT血管成像 (CTA) need intravenous
contrast). A record that states it was made without contrast only (泌尿系CT平扫, "Non_Contrast_CT_Abdomen",
"unenhanced") does not hold them: a request for one is "not available" there, where it had been answered by the
region's plain scan. A record naming both phases (鞍区MRI平扫+增强) or neither stays; a request that states no
contrast, or asks for the plain scan, is not narrowed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

_NEEDS = frozenset("ctu cta ctpa ctv urography urogram angiography angiogram venography enhanced contrast".split())
_NEGATORS = frozenset("non no without un".split())
_ZH_NEEDS = ("增强", "造影", "血管成像")
_PLAIN_LATIN = re.compile(r"\b(non ?contrast|noncontrast|unenhanced|without contrast|plain ct|plain mri)\b")
_WORDS = re.compile(r"[a-z]+")


@lru_cache(maxsize=8192)
def needs_contrast(toks: tuple[str, ...]) -> bool:
    """Does a (screened) request ask for a contrast-enhanced study?"""
    if any(t in _NEGATORS for t in toks) or "平扫" in "".join(toks):
        return False
    return any(t in _NEEDS for t in toks) or any(z in "".join(t for t in toks if not t.isascii()) for z in _ZH_NEEDS)


@lru_cache(maxsize=65536)
def plain_only(source_key: str) -> bool:
    """Does a record's path say it was made without contrast, and not also with it?"""
    if any(z in source_key for z in _ZH_NEEDS):
        return False
    if "平扫" in source_key:
        return True
    text = " ".join(_WORDS.findall(source_key.lower().replace("_", " ")))
    return bool(_PLAIN_LATIN.search(text)) and not re.search(r"\b(with contrast|enhanced|contrast enhanced)\b",
                                                                text.replace("unenhanced", ""))


def narrow(toks: tuple[str, ...], imaging, found: dict, exams: Sequence) -> dict:
    """`found` less the imaging records made without contrast only, for a request that needs contrast."""
    if imaging is None or not found or not needs_contrast(toks):
        return found
    return {i: t for i, t in found.items() if exams[i].category != "imaging" or not plain_only(exams[i].source_key)}


def wants(toks: tuple[str, ...], q, lex) -> bool:
    """Could `narrow` change an answer to this request? (read once per request text: `plan`)"""
    return q.imaging is not None and needs_contrast(toks)

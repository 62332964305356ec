"""One tokeniser for lexicon terms, record names and requests, so all three meet on equal terms.

Latin text is folded (NFKC, lower case, accents and apostrophes dropped, `_ - / ( ) ,` as spaces) and
split on non-alphanumerics; every CJK character is its own token, so Chinese terms and requests
are matched by the same n-gram lookup as English ones without a segmenter.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from dxgym.emr_fixtures.lexicon.data_rows import rows

_GREEK = {"α": " alpha ", "β": " beta ", "γ": " gamma ", "δ": " delta ", "μ": " micro "}
_APOSTROPHES = re.compile(r"['’‘`´]")
# a CJK ideograph, or a run of Latin letters / digits (kept whole: "hba1c", "pco2", "t4")
_TOKEN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[a-z0-9]+")


def fold(text: str) -> str:
    """NFKC, lower case, Greek letters spelled out, accents and apostrophes removed."""
    text = unicodedata.normalize("NFKC", text).lower()
    for greek, latin in _GREEK.items():
        if greek in text:
            text = text.replace(greek, latin)
    text = _APOSTROPHES.sub("", text)
    if not text.isascii():
        decomposed = unicodedata.normalize("NFD", text)
        text = "".join(c for c in decomposed if not unicodedata.combining(c))
        text = unicodedata.normalize("NFC", text)
    return text


# A duration after a number ("24 hr", "24h", "72 hrs") is hours, one spelling for all (a timed collection's
# period, LOINC's timing axis "24H"): "hr" after a number is never the heart rate.
_HOURS = frozenset({"h", "hr", "hrs", "hour", "hours"})
_NUMBER_HOURS = re.compile(r"^(\d+)(h|hr|hrs|hour|hours)$")


def _timed(toks: list[str]) -> tuple[str, ...]:
    out: list[str] = []
    for t in toks:
        m = _NUMBER_HOURS.match(t) if t[0].isdigit() else None
        if m:
            out += [m[1], "hour"]
        elif t in _HOURS and out and out[-1].isdigit():
            out.append("hour")
        else:
            out.append(t)
    return tuple(out)


_SPELLING = tuple((re.compile(pattern), repl) for pattern, repl in rows("spelling_uk_us.tsv"))
# a cheap test before the rules: every British spelling they read holds one of these
_BRITISH = re.compile(r"ae|oe|our|re$|isation")


@lru_cache(maxsize=65536)
def _american(tok: str) -> str:
    """One Latin token in American spelling (data/spelling_uk_us.tsv): "oesophageal" and "esophageal", "anaemia" and
    "anemia", "catheterisation" and "catheterization" are one token each (round 32)."""
    if not _BRITISH.search(tok):
        return tok
    for pattern, repl in _SPELLING:
        tok = pattern.sub(repl, tok)
    return tok


@lru_cache(maxsize=65536)
def tokens(text: str) -> tuple[str, ...]:
    """The token sequence of `text` (cached: record names and requests repeat); hours after a number
    spelt one way (`_timed`)."""
    toks = [_american(t) for t in _TOKEN.findall(fold(text))]
    if any(t[0].isdigit() for t in toks):
        return _timed(toks)
    return tuple(toks)


def key(text: str) -> str:
    """A whitespace-joined token string: the form every lexicon and exact-name lookup uses."""
    return " ".join(tokens(text))

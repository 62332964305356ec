"""Blood gases: which vessel, and only one sample.

A blood gas is one syringe analysed at once (pH, pCO2, pO2 and what the analyser adds). An arterial blood
gas (ABG, 动脉血气) and a venous one (VBG, 静脉血气) are different samples with different meanings (pO2
above all), so a request naming one vessel is never answered by the other's record; a request naming
neither ("blood gas", 血气分析) takes either. And since it is one sample, a blood gas is never composed
from analytes of other panels (a lactate and a renal panel's bicarbonate): a record that holds no blood
gas answers an ABG with "not available". The lexicon reads all these names as the one panel `abg`; this
module narrows what the tiers found for it.
"""

from __future__ import annotations

import re
from functools import lru_cache

GAS = "abg"
ARTERIAL, VENOUS = "A", "V"
_LATIN = {"abg": ARTERIAL, "abgs": ARTERIAL, "arterial": ARTERIAL, "vbg": VENOUS, "vbgs": VENOUS, "venous": VENOUS}
_ZH = (("动脉", ARTERIAL), ("静脉", VENOUS))
_WORD = re.compile(r"[a-z0-9]+")
_GAS_WORDS = frozenset({"gas", "gases", "abg", "abgs", "vbg", "vbgs", "bga"})


def _vessels(words: list[str], zh: str) -> set[str]:
    out = {_LATIN[w] for w in words if w in _LATIN}
    out |= {v for name, v in _ZH if name in zh}
    return out


@lru_cache(maxsize=4096)
def request_vessel(toks: tuple[str, ...]) -> str | None:
    found = _vessels(list(toks), "".join(t for t in toks if not t.isascii()))
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=65536)
def record_gas(source_key: str) -> tuple[bool, str | None]:
    """(is the record part of a blood gas, the vessel its path names)."""
    words = _WORD.findall(source_key.lower().replace("_", " "))
    # the lung's gas transfer (TLCO / DLCO, a lung function test: ERS/ATS standards for single-breath carbon monoxide
    # uptake in the lung, Graham et al., Eur Respir J 2017) is no blood gas (round 12)
    words = [w for j, w in enumerate(words) if not (w in _GAS_WORDS and words[j + 1:j + 2] == ["transfer"])]
    is_gas = bool(_GAS_WORDS.intersection(words)) or "血气" in source_key
    found = _vessels(words, source_key)
    return is_gas, (found.pop() if len(found) == 1 else None)


def narrow(toks: tuple[str, ...], concepts, found: dict, keys) -> dict:
    """`found` less, for a blood-gas request, the other vessel's gas records and analytes of other panels; and for
    a request for another panel (electrolytes, 生化, a renal panel), the gas's analytes it would be composed of."""
    if not found or not concepts:
        return found
    if not any(cid == GAS for cid, _ in concepts):
        if any(t == "panel" for t in found.values()) and any(_kind(cid) == "panel" for cid, _ in concepts):
            # the bicarbonate, anion gap or glucose a gas analyser reports are that sample's, not a serum panel's
            return {i: t for i, t in found.items() if t != "panel" or not record_gas(keys(i))[0]}
        return found
    want = request_vessel(toks)
    out = {}
    for i, tier in found.items():
        is_gas, vessel = record_gas(keys(i))
        if not is_gas:
            if tier == "panel":
                continue  # a member analyte of another panel: not this sample
        elif want is not None and vessel is not None and vessel != want:
            continue
        out[i] = tier
    return out


@lru_cache(maxsize=4096)
def _kind(cid: str) -> str:
    from dxgym.emr_fixtures.lexicon import load_lexicon

    return load_lexicon().concepts[cid].kind


# Arteries and veins: an arterial study (动脉彩超, arterial duplex) is not a venous one (静脉彩超, venous duplex).
_ART = frozenset({"arterial", "artery", "arteries"})
_VEN = frozenset({"venous", "vein", "veins"})


def _kinds(words, zh: str) -> set[str]:
    out = set()
    if _ART.intersection(words) or "动脉" in zh:
        out.add(ARTERIAL)
    if _VEN.intersection(words) or "静脉" in zh:
        out.add(VENOUS)
    return out


@lru_cache(maxsize=65536)
def _record_kinds(source_key: str) -> frozenset[str]:
    """Arteries, veins or both that a record's path names."""
    return frozenset(_kinds(_WORD.findall(source_key.lower().replace("_", " ")), source_key))


def narrow_vessel_studies(toks: tuple[str, ...], imaging, found: dict, keys) -> dict:
    """`found` less, for an imaging request naming arteries or veins only, the records naming the other only."""
    if imaging is None or not found:
        return found
    asked = _kinds(toks, "".join(t for t in toks if not t.isascii()))
    if len(asked) != 1:
        return found
    out = {}
    for i, tier in found.items():
        held = _record_kinds(keys(i))
        if held and not held & asked:
            continue
        out[i] = tier
    return out


def wants(toks: tuple[str, ...], q, lex) -> bool:
    """Could `narrow` change an answer to this request? (read once per request text: `plan`)"""
    return any(cid == GAS or _kind(cid) == "panel" for cid, _ in q.concepts)


def wants_vessel_studies(toks: tuple[str, ...], q, lex) -> bool:
    """Could `narrow_vessel_studies` change an answer to this request? (read once per request text: `plan`)"""
    return q.imaging is not None and len(_kinds(toks, "".join(t for t in toks if not t.isascii()))) == 1


# Round 65: a saturation by pulse oximetry (SpO2, 指脉氧, 经皮血氧) is the bedside probe's reading, not an arterial
# sample's (SaO2 on a blood gas; BTS guideline for oxygen use in adults, O'Driscoll et al., Thorax 2017: "SpO2 ... by
# pulse oximetry", "SaO2 ... by arterial blood gas"): a request naming the probe never takes a blood gas record where
# the case holds the probe's reading too.
_OXIMETRY = re.compile(r"(?<![a-z])(?:spo2|pulse ox\w*|oximet\w*|sats)(?![a-z])|指 脉 氧|经 皮|脉 氧|指 氧")


@lru_cache(maxsize=4096)
def asks_oximetry(toks: tuple[str, ...]) -> bool:
    return bool(_OXIMETRY.search(" ".join(toks)))


def narrow_oximetry(toks: tuple[str, ...], found: dict, keys) -> dict:
    """`found` less its blood gas records, for a pulse-oximetry request, where it holds a record of no blood gas."""
    if not asks_oximetry(toks) or len(found) < 2:
        return found
    kept = {i: t for i, t in found.items() if not record_gas(keys(i))[0]}
    return kept or found


def wants_oximetry(toks: tuple[str, ...], q, lex) -> bool:
    """Could `narrow_oximetry` change an answer to this request? (read once per request text: `plan`)"""
    return asks_oximetry(toks)

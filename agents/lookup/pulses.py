"""Pulses by artery: a pulse asked by its artery is that artery's record, not the whole vascular section.

The peripheral pulses are palpated artery by artery (Bates' Guide, "The Peripheral Vascular System": carotid,
brachial, radial, femoral, popliteal, dorsalis pedis and posterior tibial pulses; 《诊断学》 周围血管检查: 颈动脉、
肱动脉、桡动脉、股动脉、腘动脉、足背动脉、胫后动脉), and records that itemise them name the artery in their path
(``Pulses/Femoral/Left``, ``动脉搏动/腘动脉/左``). The reading files a pulse named by its artery under the vascular
examination (extra_terms_pulses.tsv), so "femoral pulse" / 股动脉搏动 found every record of that section: its
inspection, temperature, capillary refill and the other arteries. This module narrows what the tiers found: when
a physical-examination record found names an artery the request names, the physical-examination records that do
not name it go (another artery's pulse, a Doppler signal at another artery, the section's other parts); a section
that does not itemise its pulses by artery is left whole, and laboratory or imaging records are never touched.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

# artery -> (English words in order, Chinese name)
ARTERIES: dict[str, tuple[tuple[str, ...], str]] = {
    "carotid": (("carotid",), "颈动脉"),
    "brachial": (("brachial",), "肱动脉"),
    "radial": (("radial",), "桡动脉"),
    "ulnar": (("ulnar",), "尺动脉"),
    "femoral": (("femoral",), "股动脉"),
    "popliteal": (("popliteal",), "腘动脉"),
    "dorsalis_pedis": (("dorsalis", "pedis"), "足背动脉"),
    "posterior_tibial": (("posterior", "tibial"), "胫后动脉"),
}
_WORD = re.compile(r"[a-z]+")
# round 64: the foot's pulses by the foot's name ("pedal pulses", "foot pulses": Bates — the dorsalis pedis and
# posterior tibial pulses are the foot's)
_FOOT = frozenset({"pedal", "foot", "feet"})
_FOOT_ARTERIES = frozenset({"dorsalis_pedis", "posterior_tibial"})


def _named(words: tuple[str, ...], chinese: str) -> frozenset[str]:
    out = set()
    for artery, (en, zh) in ARTERIES.items():
        if zh in chinese or any(words[i : i + len(en)] == en for i in range(len(words) - len(en) + 1)):
            out.add(artery)
    return frozenset(out)


@lru_cache(maxsize=8192)
def asked(toks: tuple[str, ...]) -> frozenset[str]:
    """The arteries a (screened) request names; a pulse of the foot ("pedal pulses", "foot pulses") names both of the
    foot's arteries (a record's path naming the foot names none: Oedema / Pedal is no pulse)."""
    words = tuple(t for t in toks if t.isascii())
    feet = _FOOT_ARTERIES if _FOOT & set(words) and {"pulse", "pulses"} & set(words) else frozenset()
    return _named(words, "".join(t for t in toks if not t.isascii())) | feet


@lru_cache(maxsize=65536)
def held(source_key: str) -> frozenset[str]:
    """The arteries a record's path names."""
    return _named(tuple(_WORD.findall(source_key.lower())), source_key)


def narrow(toks: tuple[str, ...], q, found: dict, exams: Sequence) -> dict:
    """`found` (record index -> tier) with its physical-examination records narrowed to the asked artery's;
    `exams` are the case's examination records.

    A bedside request (no test or imaging read: a pulse, "feel the popliteal artery") naming an artery gets the
    physical-examination records whose path names it: those the tiers found, or where they found none of them,
    all of them (a section that files the artery under a heading the lexicon cannot read, 动脉搏动/腘动脉). Where no record names it, found records
    naming only other arteries go, and records naming none stay (a section that does not itemise its pulses)."""
    want = asked(toks)
    if not want:
        return found
    exam = {i for i in found if exams[i].category == "physical_examination"}
    # a pulse read as the rate ("feel the radial pulse") is still the artery's where records name it (round 64)
    pulse_only = not q.concepts or {c for c, _ in q.concepts} <= {"hr"}
    bedside = pulse_only and q.imaging is None and (exam or q.manoeuvres or q.exam_sites)
    named = [i for i, e in enumerate(exams) if e.category == "physical_examination" and held(e.source_key) & want]
    if named and bedside:
        # those the tiers found, where any is the artery's (a carotid bruit: the bruit, not the carotid pulse)
        named = [i for i in named if i in found] or named
        return {**{i: t for i, t in found.items() if i not in exam}, **{i: found.get(i, "lexicon") for i in named}}
    return {i: t for i, t in found.items() if i not in exam or not held(exams[i].source_key) or held(exams[i].source_key) & want}


def wants(toks: tuple[str, ...], q, lex) -> bool:
    """Could `narrow` change an answer to this request? (read once per request text: `plan`)"""
    return bool(asked(toks))

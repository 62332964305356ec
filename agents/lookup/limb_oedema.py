"""Oedema of the legs asked by any of its names: the records that file it (round 60).

"Ankle oedema", "leg swelling", "pedal edema", "pitting oedema of the feet", "swollen ankles", 双下肢水肿, 看看腿肿不肿
all ask one sign: dependent oedema of the legs (Talley & O'Connor; 《诊断学》 水肿). Cases file it as an `Oedema` group
with a record per site (Pedal, Sacral, Periorbital), per leg (`Peripheral_Oedema/Right_Leg`), under the legs
(`Lower_Limbs/Oedema`, 四肢/双下肢水肿) or once with no site (`Extremities/Edema`, 一般情况/水肿). The lexicon read each
name by its own words, so one case's "pedal edema" found nothing where another's found every oedema record, the
periorbital and the sacral ones too. Read before the tiers, a request that names oedema and a leg and only asking words
answers: the physical-examination records that file oedema at the legs, else those that file it at no site — never
oedema of another site (eyelids, sacrum, scrotum, hands, a lung on a film). Where a case files none, the tiers answer.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from dxgym.agents.lookup.vocab import rows
from dxgym.emr_fixtures.models import CaseRecord

_TOKEN = re.compile(r"[a-z]+")
_CJK = re.compile(r"[\u3400-\u9fff]")


@cache
def _words() -> dict[str, tuple[str, ...]]:
    return {role: tuple(words.split("|")) for role, words in rows("limb_oedema_round60.tsv")}


@cache
def _en(role: str) -> frozenset[str]:
    return frozenset(_words()[role])


# the limb's own words, a site only beside "lower" ("lower limb oedema"; "limb" alone is an arm too)
_LIMB = frozenset({"limb", "limbs", "extremity", "extremities"})


def _names_the_legs(words: set[str]) -> bool:
    """Do the words name the legs: a word of the legs other than a limb's, or "lower" with a limb's word?"""
    return bool(words & (_en("lower") - {"lower"} - _LIMB)) or ("lower" in words and bool(words & _LIMB))


def _strip(text: str, role: str) -> str:
    for word in sorted(_words()[role], key=len, reverse=True):
        text = text.replace(word, "")
    return text


def _side(tokens: set[str] | str) -> str | None:
    """left / right where one side alone is named."""
    if isinstance(tokens, str):
        sides = {s for s, zh in (("left", "左"), ("right", "右")) if zh in tokens}
    else:
        sides = {s for s in ("left", "right") if s in tokens}
    return next(iter(sides)) if len(sides) == 1 else None


@lru_cache(maxsize=8192)
def asked(request: str) -> tuple[str | None] | None:
    """(the side asked, if one) where the request asks oedema of the legs and nothing else; None otherwise."""
    text = request.strip().lower()
    if _CJK.search(text):
        if re.search(r"[a-z]", text):
            return None
        left = text
        if not any(w in left for w in _words()["finding_zh"]) or not any(w in left for w in _words()["lower_zh"]):
            return None
        side = _side(left)
        for role in ("lower_zh", "finding_zh", "side_zh", "generic_zh", "filler_zh"):
            left = _strip(left, role)
        return (side,) if not _CJK.search(left) and not re.search(r"\w", left) else None
    tokens = set(_TOKEN.findall(text.replace("-", " ")))
    if {"calf", "calves"} & tokens:  # calf swelling is one leg's swelling, measured (a clot), not dependent oedema
        return None
    if not tokens & _en("finding") or not _names_the_legs(tokens):
        return None
    allowed = _en("finding") | _en("lower") | _en("side") | _en("filler")
    return (_side(tokens),) if tokens <= allowed else None


def _place(segment_tokens: list[set[str]], at: int) -> str | None:
    """'lower', 'none' or None (another site) for a record whose path segment `at` names oedema."""
    lower, generic, side = _en("lower"), _en("generic") | _en("finding"), _en("side")
    own = set().union(*segment_tokens[at:]) - generic - side
    above = [s - side for s in segment_tokens[:at]]
    if own - lower or "upper" in own:
        return None
    if own:
        return "lower"
    for seg in above:
        if seg and seg <= generic:
            continue
        if seg & (lower - {"lower"}) or ("lower" in seg and seg & _LIMB):  # a path's Limbs / Extremities is the legs'
            return "lower" if not seg - lower - generic else None
        if seg - generic - _LIMB:
            return None
    return "none"


def _place_zh(segments: list[str], at: int) -> str | None:
    own = _strip(_strip(_strip(segments[at], "finding_zh"), "side_zh"), "generic_zh")
    lower_left = _strip(own, "lower_zh")
    if _CJK.search(lower_left):
        return None
    if own:
        return "lower"
    for seg in segments[:at]:
        if any(w in seg for w in _words()["lower_zh"]):
            return "lower"
    return "none"


def records(request: str, case: CaseRecord) -> list[int] | None:
    """The case's records that answer a request for oedema of the legs, or None where the request is not one or
    the case files no such record."""
    parsed = asked(request)
    if parsed is None:
        return None
    (side,) = parsed
    found: dict[str, list[tuple[int, str]]] = {"lower": [], "none": []}
    for i, rec in enumerate(case.examinations):
        if rec.category != "physical_examination":
            continue
        segments = rec.source_key.split("/")[1:] or [rec.name]
        if _CJK.search(rec.source_key):
            at = next((k for k, s in enumerate(segments) if any(w in s for w in _words()["finding_zh"])), None)
            place = None if at is None else _place_zh(segments, at)
        else:
            toks = [set(_TOKEN.findall(s.lower().replace("_", " "))) for s in segments]
            at = next((k for k, t in enumerate(toks) if t & _en("finding")), None)
            place = None if at is None else _place(toks, at)
        if place:
            found[place].append((i, rec.source_key))
    chosen = found["lower"] or found["none"] or _stated(case)
    if side and chosen:
        sides = [(i, _key_side(k)) for i, k in chosen]
        if any(s for _, s in sides):  # records per leg: the asked leg's
            return [i for i, s in sides if s == side] or None
    return [i for i, _ in chosen] or None


def _key_side(source_key: str) -> str | None:
    """The one side a record's path names, if it names one."""
    return _side(source_key if _CJK.search(source_key) else set(_TOKEN.findall(source_key.lower().replace("_", " "))))


_CLAUSE = re.compile(r"[.;。；\n]")


def _stated(case: CaseRecord) -> list[tuple[int, str]]:
    """Where no record files oedema: the physical-examination records whose findings text states it at the legs in
    one clause ("no ankle oedema", "双下肢无水肿"), present or denied — the record that answers the question."""
    out = []
    lower_zh = _words()["lower_zh"]
    for i, rec in enumerate(case.examinations):
        if rec.category != "physical_examination" or not rec.result:
            continue
        for clause in _CLAUSE.split(str(rec.result)):
            low = clause.lower()
            toks = set(_TOKEN.findall(low.replace("-", " ")))
            english = toks & (_en("finding") - {"swelling", "swollen"}) and toks & (_en("lower") - {"lower"})
            chinese = any(w in clause for w in ("水肿", "浮肿", "凹陷性肿胀", "可凹性肿胀")) and any(w in clause for w in lower_zh)
            if english or chinese:
                out.append((i, rec.source_key))
                break
    return out


"""Blood gases of other samples: the umbilical cord's and a capillary's (round 8b, helper lookup10).

A cord gas is the placenta's blood, sampled from the clamped cord at birth (ACOG Committee Opinion 348); a capillary
gas is heel-prick or fingertip blood (AARC clinical practice guideline, Capillary blood gas sampling, 2013). Each is a
sample of its own, like the arterial and the venous gas (`gases.py`), so:

- a request naming a sample (cord / umbilical / 脐, capillary / 末梢 / 毛细血管) is answered only by blood-gas records
  whose path names that sample ("capillary blood gas" on a case holding a cord gas and an ABG: not available);
- a request naming no sample is never answered by a cord gas (the newborn's own ABG is not the cord's), nor by a
  capillary gas unless the case holds no other blood gas and the request names no vessel (round 9b);
- within the sample, a vessel asked (arterial cord pH) keeps the other vessel's records out, as `gases.narrow` does
  for a blood gas by name.
"""

from __future__ import annotations

from functools import lru_cache

from dxgym.agents.lookup.gases import _WORD, record_gas, request_vessel

CORD, CAPILLARY = "cord", "capillary"
_EN = {"cord": CORD, "umbilical": CORD, "capillary": CAPILLARY, "cbg": CAPILLARY}
_ZH = (("脐", CORD), ("末梢", CAPILLARY), ("毛细血管", CAPILLARY))


def _samples(words, zh: str) -> frozenset[str]:
    return frozenset({_EN[w] for w in words if w in _EN} | {s for name, s in _ZH if name in zh})


@lru_cache(maxsize=65536)
def _record(source_key: str) -> tuple[bool, frozenset[str], str | None]:
    """(is the record part of a blood gas, the samples its path names, the vessel its path names)."""
    is_gas, vessel = record_gas(source_key)
    if not is_gas:
        return False, frozenset(), None
    return True, _samples(_WORD.findall(source_key.lower().replace("_", " ")), source_key), vessel


def _gas_records(idx) -> frozenset[int]:
    """The case's blood-gas records (built once per case index: most cases hold none, and then nothing narrows)."""
    return idx.derived("gas_records", lambda i: frozenset(
        j for j, r in enumerate(i.case.examinations) if _record(r.source_key)[0]))


def narrow(idx, toks: tuple[str, ...], found: dict) -> dict:
    """`found` less the blood-gas records of a sample the request does not name (or, naming one, of the others)."""
    gas = _gas_records(idx) if found else frozenset()
    if not gas or gas.isdisjoint(found):
        return found
    exams = idx.case.examinations
    asked = _samples(toks, "".join(t for t in toks if not t.isascii()))
    vessel = request_vessel(toks) if asked else None
    # round 9b: a blood gas asked by no sample and no vessel (血气分析, "blood gas") is the capillary gas where that is
    # the case's only blood gas (an infant's usual gas); beside an arterial or venous gas it stays out
    named_vessel = request_vessel(toks) is not None
    capillary_only = all(_record(exams[j].source_key)[1] == frozenset({CAPILLARY}) for j in gas)
    out = {}
    for i, tier in found.items():
        if i in gas:
            _, held, v = _record(exams[i].source_key)
            if held != asked or (asked and vessel is not None and v is not None and v != vessel):
                if not (capillary_only and not asked and not named_vessel):
                    continue
        out[i] = tier
    return out

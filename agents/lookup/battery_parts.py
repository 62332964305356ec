"""A part of a lung function battery asked by name is not another part's record where the case holds none of it
(round 13, helper lookup16).

A lung function battery has three parts, each its own measurement (ATS/ERS 2005: spirometry, the single-breath gas
transfer, the lung volumes). Round 12's gas-transfer mend (`gases.record_gas`) let "spirometry" on a case holding only
a transfer factor (Gas_Transfer/TLCO, KCO) answer it: a near miss answered by its neighbour. Round 12's axis splitting
the battery (`variant_axes`, withdrawn) cost held-out recall: a source that files FEV1, FVC and DLCO side by side as
one flat panel answers "spirometry" with the panel. So this step is narrow: where the request names a part (and not
the battery: "PFTs", "lung function tests", 肺功能 ask every part) and NO record found is of the part asked, the found
records of the battery's other parts go (the request is not available, or another test it names answers). Where any
record found is of the part asked, nothing goes: a flat panel answers whole. Records naming no part stay (a chest
film beside "spirometry + CXR"). Names in `data/battery_parts_round13.tsv`, whole tokens, longest first.
"""

from __future__ import annotations

from functools import lru_cache

from dxgym.agents.lookup.query import Query
from dxgym.agents.lookup.scale_variants import _key_toks, _named
from dxgym.agents.lookup.vocab import names, rows

_Name = tuple[str, ...]
_ByFirst = dict[str, tuple[tuple[_Name, frozenset[str]], ...]]


@lru_cache(maxsize=1)
def _tables() -> tuple[_ByFirst, _ByFirst]:
    """({first token: ((name, parts), ...)} read on a request, the same read on a record's path)."""
    on_request: dict[str, list] = {}
    on_record: dict[str, list] = {}
    for row in rows("battery_parts_round13.tsv"):
        part, where = row[0], (row[3] if len(row) > 3 else "")
        for cell in row[1:3]:
            for name in names(cell):
                entry = (name, frozenset({part}))
                if where != "record":
                    on_request.setdefault(name[0], []).append(entry)
                if where != "request" and part != "^":
                    on_record.setdefault(name[0], []).append(entry)
    return ({k: tuple(v) for k, v in on_request.items()}, {k: tuple(v) for k, v in on_record.items()})


@lru_cache(maxsize=8192)  # a pure function of the request's words
def _asked(toks: _Name) -> frozenset[str]:
    """The parts the request names; none where it names the battery itself (every part asked)."""
    named = _named(toks, _tables()[0])
    return frozenset() if "^" in named else named


def wants(toks: tuple[str, ...], q: Query) -> bool:
    """Could this step change an answer? Only where the request names a part of the battery, not the battery."""
    return bool(_asked(toks))


@lru_cache(maxsize=16_384)
def _record_parts(source_key: str) -> frozenset[str]:
    return _named(_key_toks(source_key), _tables()[1])


def narrow(idx, toks: tuple[str, ...], q: Query, found: dict) -> dict:
    """`found` without the other parts' records, where it holds no record of the part asked."""
    asked = _asked(toks)
    if not found or not asked:
        return found
    exams = idx.case.examinations
    parts = {i: _record_parts(exams[i].source_key) for i in found}
    if any(p & asked for p in parts.values()):
        return found  # the case holds the part asked: a flat panel answers whole
    return {i: tier for i, tier in found.items() if not parts[i]}

"""One test's variant along an axis is never another variant's record (round 11, helper lookup14).

Round 10's `scale_variants` told apart instruments that one lexicon concept holds together. The same near miss comes
from any test the lexicon reads by its stem with the variant unread: a dose (the 1-mg overnight, the low-dose and the
high-dose dexamethasone suppression tests), a posture (卧位醛固酮 on a case holding only the upright aldosterone; a
supine film against an erect one), a twin (the first twin's CTG on a case holding only the second's), a pathogen's
method (a PCR against a serology or a culture) and the needle EMG against the junction studies beside it (repetitive
nerve stimulation, single-fibre EMG). Now (`data/variant_axes_round11.tsv`, each block with its source): where the
request names a variant of an axis and a record it found names only other variants of that axis, the record goes. A
record that names no variant of the axis (a plain 醛固酮, a report's 结论) or the one asked stays; so does every record
where the request names none, and a record whose report names the variant asked (an EMG report that records the
repetitive stimulation it made answers a request for that). Names are whole tokens, longest first ("single fibre EMG" is not the needle EMG in it).
Round 12 (helper lookup15) adds axes at the end of the same file. Its lung-function axis (spirometry, gas transfer, lung
volumes, with the battery's name asking every part) cost held-out recall in its first measure (a flat PFT panel asked by
one part's name) and was withdrawn before the second (docs/heldout_measures.md, round 12).
"""

from __future__ import annotations

from functools import lru_cache

from dxgym.agents.lookup.query import Query
from dxgym.agents.lookup.scale_variants import _named, asked_in
from dxgym.agents.lookup.vocab import names, rows
from dxgym.emr_fixtures.lexicon import tokens

_Name = tuple[str, ...]
_ByFirst = dict[str, tuple[tuple[_Name, frozenset[str]], ...]]


@lru_cache(maxsize=1)
def _axes() -> tuple[tuple[tuple[_Name, ...], _ByFirst, _ByFirst], ...]:
    """Each axis: (names the request must also hold, or none), {first token: ((name, variants it names), ...)} read
    on a record, and the same read on a request (a fifth column overrides what a name asks)."""
    table: dict[str, tuple[list[_Name], dict, dict]] = {}
    for row in rows("variant_axes_round11.tsv"):
        axis, variant = row[0], row[1]
        asks = row[4] if len(row) > 4 and row[4] else variant
        anchors, on_record, on_request = table.setdefault(axis, ([], {}, {}))
        for cell in row[2:4]:
            for name in names(cell):
                if variant == "*":
                    anchors.append(name)
                else:
                    on_record.setdefault(name[0], []).append((name, frozenset(variant.split(","))))
                    on_request.setdefault(name[0], []).append((name, frozenset(asks.split(","))))
    return tuple((tuple(a), {k: tuple(v) for k, v in r.items()}, {k: tuple(v) for k, v in q.items()})
                 for a, r, q in table.values())


@lru_cache(maxsize=1)
def _on_request() -> tuple[tuple[tuple[_Name, ...], _ByFirst], ...]:
    """Each axis as a request reads it: (anchors, {first token: ((name, variants it asks), ...)})."""
    return tuple((anchors, on_request) for anchors, _on_record, on_request in _axes())


@lru_cache(maxsize=8192)  # a pure function of the request's words
def _asked(toks: _Name) -> tuple[tuple[int, frozenset[str]], ...]:
    """(axis, variants asked) for each axis whose variant the request names."""
    return asked_in(toks, _on_request())


def wants(toks: tuple[str, ...], q: Query) -> bool:
    """Could this step change an answer? Only where the request names a variant of an axis (request-only)."""
    return bool(_asked(toks))


@lru_cache(maxsize=16_384)
def _text_toks(result: str) -> _Name:
    return tokens(result[:2000])


def narrow(idx, toks: tuple[str, ...], q: Query, found: dict) -> dict:
    """`found` without the records that name only another variant of an axis the request names a variant of."""
    if not found or not wants(toks, q):
        return found
    axes = _axes()
    exams = idx.case.examinations
    keep = {}
    for i, tier in found.items():
        # the key read whole (round 30): a top that is a procedure (骨髓穿刺 / 骨髓培养, a culture of the aspirate) names a
        # variant, so 骨髓活检 (the trephine) is not it; a section's top (Test_Results, 检验) names none of any axis
        rec = tokens(exams[i].source_key)
        if all(not (named := _named(rec, axes[g][1])) or named & asked
               or _named(_text_toks(exams[i].result), axes[g][1]) & asked for g, asked in _asked(toks)):
            keep[i] = tier
    return keep

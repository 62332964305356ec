"""An instrument asked is never another instrument's record, where one lexicon concept holds both (round 10, lookup13).

The lexicon reads several scores and scales as one concept (`concepts.tsv`: the modified Rankin Scale with the Barthel
Index, SOFA with qSOFA, CHADS2 with CHA2DS2-VASc, CURB-65 with the PSI, NEWS with MEWS and PEWS, TIMI / GRACE / HEART,
NYHA with Killip, ECOG with Karnofsky, CIWA with COWS, AUDIT with CAGE, PANSS with BPRS, DAS28 with CDAI / SDAI /
BASDAI / SLEDAI, the Ashworth with the Tardieu scale) so that a request for one finds a record filed under any of them.
On a case that holds only the other instrument that answers a near miss: "qSOFA" took the SOFA record, "Barthel
index" the mRS. Now (`data/scale_variants_round10.tsv`, each block with its source): where the request names an
instrument of such a group and a record it found names only other instruments of that group, the record goes. A
record that names no instrument of the group (Severity_Scores, 评分) or names the one asked as well stays; so does
every record where the request names none (the group asked by its concept's general name, "early warning score").
The Apgar score's minutes work the same way, only where the request names the Apgar score: a 5-minute Apgar is
never the 1-minute record.

Names are read as whole tokens, longest first, so "quick SOFA" asks the qSOFA and not the SOFA inside it.
"""

from __future__ import annotations

from functools import lru_cache

from dxgym.agents.lookup.query import Query
from dxgym.agents.lookup.vocab import holds, names, rows
from dxgym.emr_fixtures.lexicon import tokens

_Name = tuple[str, ...]


@lru_cache(maxsize=1)
def _groups() -> tuple[tuple[tuple[_Name, ...], dict[str, tuple[tuple[_Name, frozenset[str]], ...]]], ...]:
    """Each group: (names the request must also hold, or none), {first token: ((name, variants it names), ...)}."""
    table: dict[str, tuple[list[_Name], dict[str, list[tuple[_Name, frozenset[str]]]]]] = {}
    for row in rows("scale_variants_round10.tsv"):
        group, variant = row[0], row[1]
        anchors, by_first = table.setdefault(group, ([], {}))
        for cell in row[2:4]:
            for name in names(cell):
                if variant == "*":
                    anchors.append(name)
                else:
                    by_first.setdefault(name[0], []).append((name, frozenset(variant.split(","))))
    return tuple((tuple(a), {k: tuple(v) for k, v in b.items()}) for a, b in table.values())


def _named(toks: _Name, by_first: dict) -> frozenset[str]:
    """The variants a token sequence names: whole-token matches, longest first, none overlapping another."""
    spans = []
    for start, tok in enumerate(toks):
        for name, variants in by_first.get(tok, ()):
            if toks[start:start + len(name)] == name:
                spans.append((-len(name), start, variants))
    if not spans:
        return frozenset()
    taken: set[int] = set()
    out: set[str] = set()
    for neg, start, variants in sorted(spans, key=lambda s: (s[0], s[1])):
        cover = range(start, start - neg)
        if taken.isdisjoint(cover):
            taken.update(cover)
            out |= variants
    return frozenset(out)


def asked_in(toks: _Name, groups) -> tuple[tuple[int, frozenset[str]], ...]:
    """(group, variants asked) for each (anchors, {first token: names}) group whose variant the request names, where
    the request also holds one of the group's anchors (if it has any). Round 11's `variant_axes` reads its axes so."""
    out = []
    for g, (anchors, by_first) in enumerate(groups):
        asked = _named(toks, by_first)
        if asked and (not anchors or any(holds(toks, a) for a in anchors)):
            out.append((g, asked))
    return tuple(out)


@lru_cache(maxsize=8192)  # a pure function of the request's words
def _asked(toks: _Name) -> tuple[tuple[int, frozenset[str]], ...]:
    """(group, variants asked) for each group whose instrument the request names."""
    return asked_in(toks, _groups())


def wants(toks: tuple[str, ...], q: Query) -> bool:
    """Could this step change an answer? Only where the request names an instrument of a group (request-only)."""
    return bool(_asked(toks))



@lru_cache(maxsize=16_384)  # record keys repeat across requests
def _key_toks(source_key: str) -> _Name:
    return tokens(source_key.split("/", 1)[-1])


def narrow(idx, toks: tuple[str, ...], q: Query, found: dict) -> dict:
    """`found` without the records that name only another instrument of a group the request names one of."""
    if not found or not wants(toks, q):
        return found
    groups = _groups()
    exams = idx.case.examinations
    keep = {}
    for i, tier in found.items():
        rec = _key_toks(exams[i].source_key)
        if all(not (named := _named(rec, groups[g][1])) or named & asked for g, asked in _asked(toks)):
            keep[i] = tier
    return keep

"""A test asked "to" one allergen: never another allergen's record of the panel (round 16, helper lookup18).

A skin prick test or a specific IgE study is read allergen by allergen (the GA²LEN standard panel: mites, cat, dog,
pollens, moulds, each beside a histamine and a saline control; 《变态反应学》: 尘螨, 猫毛, 烟曲霉 …), and a case files each
allergen as a record of its own. The lexicon reads "skin prick test to cat dander" or 尘螨特异性IgE as the study and
leaves the allergen unread, so a case tested for house dust mite and Aspergillus answered with every record of the
panel, or with the Aspergillus IgE: a near miss (the allergen asked was never tested). Now a request naming an
allergen (`allergens_round16.tsv`) loses every found record whose own name names another allergen and none asked, and,
under a parent that files two or more allergens' records (a panel), every record naming no allergen (its controls).
A request naming no allergen, or records naming none outside a panel (a galactomannan), are unchanged.
"""

from __future__ import annotations

from functools import cache, lru_cache

from dxgym.agents.lookup.vocab import NamedIn, names, rows
from dxgym.emr_fixtures.lexicon import tokens


@cache
def _table() -> NamedIn:
    return NamedIn((row[0], names(row[1]) + names(row[2])) for row in rows("allergens_round16.tsv"))


@lru_cache(maxsize=8192)  # a pure function of the request's tokens
def asked(toks: tuple[str, ...]) -> frozenset[str]:
    return _table()(toks)


def wants(toks: tuple[str, ...]) -> bool:
    """Could this step change an answer? A request naming an allergen."""
    return bool(asked(toks))


def _named(idx) -> tuple[list[frozenset[str]], frozenset[str]]:
    """Each record's allergens (by its own name), and the parents that file two or more allergens' records."""
    table = _table()
    each, by_parent = [], {}
    for rec in idx.case.examinations:
        found = table(tuple(tokens(rec.source_key.rsplit("/", 1)[-1])))
        each.append(found)
        if found:
            by_parent.setdefault(rec.source_key.rsplit("/", 1)[0], set()).update(found)
    return each, frozenset(p for p, a in by_parent.items() if len(a) >= 2)


def narrow(idx, toks: tuple[str, ...], found: dict) -> dict:
    want = asked(toks)
    if not want or not found:
        return found
    each, panels = idx.derived("allergens", _named)
    exams = idx.case.examinations
    keep = {}
    for i, t in found.items():
        mine = each[i]
        if mine and not mine & want:
            continue  # another allergen's record
        if not mine and exams[i].source_key.rsplit("/", 1)[0] in panels:
            continue  # a panel's control, or a part naming no allergen
        keep[i] = t
    return keep

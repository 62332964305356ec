"""A group that names two panels, asked for one (round 8b, helper lookup10).

Reports file two panels under one heading: 免疫球蛋白及补体 (IgG, IgA, IgM beside C3, C4), "Urea and electrolytes",
肝肾功能. The group is read as both panels, so a request for one panel (免疫球蛋白, "complement") found the whole group.
Here: where a panel asked was found through such a group, the group's records whose own name is an analyte of the
group's other panel only (a member of it, not of the panel asked) are left out. Records whose name the lexicon cannot
read, or that belong to both panels, stay. Panel membership is the lexicon's (LOINC panels and the clinical
laboratories' profiles named on concepts.tsv's rows).
"""

from __future__ import annotations

from functools import lru_cache

from dxgym.agents.lookup import joined
from dxgym.agents.lookup.query import Query
from dxgym.agents.lookup.reading import read_name
from dxgym.emr_fixtures.lexicon import Lexicon


@lru_cache(maxsize=65536)
def _panels(name: str, lex: Lexicon) -> frozenset[str]:
    ids = [c for s in read_name(name, lex).spans for c in s.concepts]
    return frozenset(c for c in ids if lex.concepts[c].kind == "panel")


@lru_cache(maxsize=65536)
def _member_of(name: str, lex: Lexicon) -> frozenset[str] | None:
    """The panels the analytes a record's own name reads belong to; None when it reads no analyte."""
    ids = [c for s in read_name(name, lex).spans for c in s.concepts if lex.concepts[c].kind == "analyte"]
    if not ids:
        return None
    return frozenset(p for c in ids for p, _ in lex.concepts[c].member_of)


def _two_panel_groups(idx, lex: Lexicon) -> frozenset[str]:
    """The case's groups read as two panels or more (built once per case index)."""
    return idx.derived("two_panel_groups", lambda i: frozenset(
        g for g in {r.group for r in i.case.examinations} if len(_panels(g, lex)) >= 2))


def narrow(idx, q: Query, found: dict, lex: Lexicon) -> dict:
    if len(found) < 2 or not q.concepts:
        return found
    asked = {c for c, _ in q.concepts if lex.concepts[c].kind == "panel"}
    if not asked or len(asked) != len(q.concepts):
        return found
    exams = idx.case.examinations
    two = _two_panel_groups(idx, lex)
    if not two or not any(exams[i].group in two for i in found):
        return found
    out = {}
    for i, tier in found.items():
        others = _panels(exams[i].group, lex) - asked
        if others and asked & _panels(exams[i].group, lex):
            member = _member_of(exams[i].source_key.rsplit("/", 1)[-1].replace("_", " "), lex)
            if member is not None and member & others and not member & asked:
                continue
        out[i] = tier
    return out or found


def wants(toks: tuple[str, ...], q: Query, lex: Lexicon) -> bool:
    """Could `narrow` change an answer to this request? (read once per request text: `plan`) Never for a tap asked as
    the procedure (腰穿: `joined.procedure`), which holds every test filed inside it, the other panel's too."""
    return (bool(q.concepts) and all(lex.concepts[c].kind == "panel" for c, _ in q.concepts)
            and not any(c in joined.procedures() and joined.names_the_procedure(c, toks) for c, _ in q.concepts))

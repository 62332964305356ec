"""A score written inside an examination's or an assessment's text in a form none of its names stands alone in
(round 9, helper lookup11).

Round 8 found a score by its names in a record's text ("GCS 15"). Records also write a score's name glued to its value
("GCS13分", "NIHSS8分"), by its components alone ("E3V4M5"), or in a short form of its own ("Glasgow 13/15", "mRS 2";
`data/score_forms.tsv`, each with its source). This tier runs where round 8's did and found nothing: examination and
assessment records only (never a laboratory value), the record whose text states it, never its section whole. A glued
name counts only as the text writes the abbreviation (capitals for three letters or fewer, as in round 8).
"""

from __future__ import annotations

import re
from functools import cache

from dxgym.agents.lookup import nesting
from dxgym.agents.lookup.query import Query
from dxgym.agents.lookup.vocab import rows
from dxgym.emr_fixtures.lexicon import Lexicon

_STATED_IN = ("physical_examination", "other")


@cache
def _forms() -> dict[str, tuple[re.Pattern[str], ...]]:
    out: dict[str, list[re.Pattern[str]]] = {}
    for row in rows("score_forms.tsv"):
        out.setdefault(row[0], []).append(re.compile(row[1]))
    return {k: tuple(v) for k, v in out.items()}


def _glued(name: str, toks: tuple[str, ...]) -> bool:
    """Does a token write this one-word Latin name with its value glued on ("gcs13")?"""
    n = len(name)
    return any(len(t) > n and t.startswith(name) and t[n:].isdigit() for t in toks)


def stated(idx, q: Query, lex: Lexicon) -> dict:
    """Records whose text states the asked score glued to its value, by its components or in its own short form."""
    if not q.concepts or not all(cid in nesting.scales() for cid, _ in q.concepts):
        return {}
    ids = [cid for cid, _ in q.concepts]
    words = [k for cid in ids for k in nesting.names_of(lex, cid) if " " not in k and k.isascii() and k.isalpha()]
    patterns = [p for cid in ids for p in _forms().get(cid, ())]
    exams = idx.case.examinations
    found = {}
    for i, rec in enumerate(exams):
        if rec.category not in _STATED_IN:
            continue
        toks = idx.result_tokens(i)
        if any(_glued(w, toks) and nesting.as_written(f" {w} ", rec.result) for w in words) or any(
                p.search(rec.result) for p in patterns):
            found[i] = "lexicon"
    return found

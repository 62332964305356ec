"""A qualified analyte answers only its own qualifier (round 9, helper lookup11).

The lexicon reads "fasting glucose", 随机血糖 and 餐后血糖 all as glucose, so each took whatever glucose record the case
held: a random glucose request was answered by 空腹血糖, a fasting one by 餐后2小时血糖. The timing of a sample (fasting,
random, post-prandial; ADA, LOINC, 《诊断学》: `data/qualifiers.tsv`) is part of what is measured. Now a request naming
one qualifier never gets a record whose path names another; where records name the one asked, those alone answer, else
the unqualified ones do (a record "Glucose" states no timing). A bare request answers whichever the case holds.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache

from dxgym.agents.lookup.vocab import NamedIn, names, rows
from dxgym.emr_fixtures.lexicon import tokens
from dxgym.emr_fixtures.models import ExamRecord


@cache
def _qualifiers() -> tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]:
    # round 15 part B (helper lookupna): qualifiers_round15na.tsv adds the 2-hour sample's names (OGTT, 服糖后2小时)
    return tuple((row[0], names(row[1]) + names(row[2] if len(row) > 2 else ""))
                 for f in ("qualifiers.tsv", "qualifiers_round15na.tsv") for row in rows(f))


@cache
def _named_in() -> NamedIn:
    return NamedIn(_qualifiers())


@lru_cache(maxsize=16_384)  # requests and record paths repeat
def _named(toks: tuple[str, ...]) -> frozenset[str]:
    return _named_in()(toks)


def narrow(toks: tuple[str, ...], concepts: Sequence[tuple[str, str | None]], found: dict,
           exams: Sequence[ExamRecord]) -> dict:
    """`found` without records of a qualifier other than the one the request names (laboratory tests only)."""
    if not concepts or len(found) < 1:
        return found
    asked = _named(toks)
    if len(asked) != 1:
        return found
    stated = {i: _named(tokens(exams[i].source_key)) for i in found if exams[i].category == "laboratory"}
    own = {i for i, q in stated.items() if q == asked}
    other = {i for i, q in stated.items() if q and q != asked}
    # records stating no timing give way to those stating the one asked — unless the request names another test
    # beside it ("2-hour glucose + HbA1c": the splitter keeps a "+" join whole), whose records state none either
    alone = len({cid for cid, _ in concepts}) == 1
    drop = other | ({i for i, q in stated.items() if not q} if own and alone else set())
    return {i: t for i, t in found.items() if i not in drop} if drop else found


def wants(toks: tuple[str, ...], q, lex) -> bool:
    """Could `narrow` change an answer to this request? (read once per request text: `plan`)"""
    return bool(q.concepts) and len(_named(toks)) == 1

"""A test asked by a name its group shares, and bedside measures asked of a report (round 9b, helper lookup12).

- **One test of a group, by a name the group's term also holds**: "GAD-7" reads both the GAD-7 and the screening
  questionnaires it belongs to (`screen_mood` lists "gad 7" among its names), so the group's other member, a PHQ-9,
  answered it. Where a request reads a test and a group that test is a member of, the group's other members' records
  are no answer (a near miss, not the sibling); the test's own records and the group's unitemised ones stay.
- **Vital signs and growth are the patient's** (Bates' Guide, "Beginning the Physical Examination": vital signs;
  WHO Child Growth Standards: length, weight, head circumference): a blood pressure or a length asked is never a
  pressure or a length measured inside an imaging study (an echocardiogram's estimated PA systolic pressure, an
  ultrasound's pyloric channel length).
"""

from __future__ import annotations

from functools import cache, lru_cache

from dxgym.agents.lookup.index import CaseIndex
from dxgym.agents.lookup.query import Query
from dxgym.emr_fixtures.lexicon import Lexicon

_BEDSIDE_PANELS = frozenset({"vitals", "anthro"})


def _reading(idx: CaseIndex, cid: str) -> set[int]:
    out = {i for _, i in idx.record_concepts.get(cid, ())}
    out.update(i for _, recs in idx.group_concepts.get(cid, ()) for i in recs)
    return out


@cache
def _members(lex: Lexicon, groups: frozenset[str]) -> tuple[str, ...]:
    """The concepts that are members of any of `groups`."""
    return tuple(c.id for c in lex.concepts.values() if any(m in groups for m, _ in c.member_of))


@lru_cache(maxsize=16384)
def _plan(lex: Lexicon, concepts: tuple) -> tuple[tuple[str, ...], frozenset[str], bool]:
    """(the asked tests whose group is asked too, those groups, does it ask a vital sign or growth measure) for one
    reading: a function of the request alone, so worked out once."""
    asked = {c for c, _ in concepts}
    tests = tuple(c for c in asked if any(m in asked for m, _ in lex.concepts[c].member_of))
    groups = frozenset(m for c in tests for m, _ in lex.concepts[c].member_of if m in asked)
    bedside = any(c in _BEDSIDE_PANELS or any(m in _BEDSIDE_PANELS for m, _ in lex.concepts[c].member_of) for c in asked)
    return tests, groups, bedside


def narrow(idx: CaseIndex, q: Query, lex: Lexicon, found: dict) -> dict:
    """`found` narrowed as the module says."""
    if not found or not q.concepts:
        return found
    tests, groups, bedside = _plan(lex, q.concepts)
    if tests:
        own = set().union(*(_reading(idx, c) for c in tests))
        siblings = set().union(*(_reading(idx, s) for s in _members(lex, groups) if s not in tests))
        found = {i: t for i, t in found.items() if i in own or i not in siblings}
    if bedside:
        imaged = idx.derived("imaged", lambda x: frozenset(i for _, _, recs in x.imaging for i in recs))
        found = {i: t for i, t in found.items() if i not in imaged}
    return found


def wants(toks: tuple[str, ...], q: Query, lex: Lexicon) -> bool:
    """Could `narrow` change an answer to this request? (read once per request text: `plan`)"""
    if not q.concepts:
        return False
    tests, _, bedside = _plan(lex, q.concepts)
    return bool(tests) or bool(bedside)

"""`vocab.NamedIn` finds exactly the keys whose names a token sequence holds, as trying every name with `holds` does.

Why: reflexes, qualifiers and tracers find a request's names through this first-token index (565e2b1, a speed
change); an answer may never differ from the plain scan it replaced."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dxgym.agents.lookup.vocab import NamedIn, holds

WORDS = ["knee", "jerk", "ankle", "reflex", "biceps", "left", "right", "膝", "反", "射", "踝", "阵", "挛", "gag", "plantar"]
name = st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(tuple)
table = st.lists(st.tuples(st.integers(0, 20), st.lists(name, max_size=4)), max_size=12)


@settings(max_examples=400, deadline=None, derandomize=True)
@given(table=table, toks=st.lists(st.sampled_from(WORDS), max_size=8).map(tuple))
def test_named_in_is_the_plain_scan(table, toks) -> None:
    plain = frozenset(key for key, spellings in table if any(holds(toks, n) for n in spellings))
    assert NamedIn(table)(toks) == plain


def test_a_name_must_be_held_whole_and_in_order() -> None:
    found = NamedIn([("knee", [("knee", "jerk")]), ("ankle", [("ankle", "jerk"), ("踝", "阵", "挛")])])
    assert found(("left", "knee", "jerk")) == {"knee"}
    assert found(("jerk", "knee")) == frozenset()  # out of order
    assert found(("kneejerk",)) == frozenset()  # not whole tokens
    assert found(("踝", "阵", "挛")) == {"ankle"}

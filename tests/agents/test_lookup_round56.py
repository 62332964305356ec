"""Round 56 (docs/heldout_measures.md): Chinese ward shorthand for a panel — 血常, 尿常, 便常, 电解.

病程记录 and 医嘱 write 血常规 / 尿常规 / 便常规 / 电解质 short ("复查血常、电解"); the lexicon read none of the four, so
each answered nothing where the full name answered the panel. Records here are written for the rule
(`synthetic_case`), not taken from a set."""

from __future__ import annotations

import pytest

from dxgym.agents.lookup import ExamLookup, split_requests
from dxgym.agents.lookup.evaluate import synthetic_case

LOOKUP = ExamLookup(semantic=False)
LAB = "laboratory"
CASE = synthetic_case([
    ("血常规", "白细胞计数", LAB, "12.1×10^9/L"),
    ("血常规", "血红蛋白", LAB, "98 g/L"),
    ("尿常规", "尿蛋白", LAB, "++"),
    ("电解质", "钾", LAB, "3.1 mmol/L"),
    ("电解质", "钠", LAB, "131 mmol/L"),
], "round56:zh")


def _answer(request: str) -> set[str]:
    return {h.source_key.split("/", 1)[1] for item in split_requests(request)
            for h in LOOKUP.resolve(item, CASE, semantic=False)}


@pytest.mark.parametrize(("short", "full"), [("血常", "血常规"), ("尿常", "尿常规"), ("电解", "电解质"),
                                             ("查个血常", "血常规")])
def test_shorthand_is_the_panel(short: str, full: str) -> None:
    assert _answer(short) == _answer(full) != set()


def test_two_shorthands_in_one_order() -> None:
    assert _answer("复查血常、电解") == _answer("血常规") | _answer("电解质")


def test_shorthand_for_a_panel_the_case_lacks_is_not_available() -> None:
    assert _answer("便常") == set()

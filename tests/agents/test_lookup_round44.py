"""Round 44 (docs/heldout_measures.md): names the tagger read as a shorter, other test.

血乳酸脱氢酶 read as 血乳酸 (the lactate) plus 脱氢酶; 血降钙素 as 血 plus 钙 (the calcium), the lexicon holding no
calcitonin. Each beside the test its shorter name still asks.
"""

from __future__ import annotations

import pytest

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.lookup.evaluate import resolved_names, synthetic_case
from dxgym.emr_fixtures.lexicon import concepts_in

LOOKUP = ExamLookup(semantic=False)
LABS = synthetic_case([
    ("生化", "乳酸脱氢酶(LDH)", "laboratory", "480 U/L"),
    ("血气分析", "乳酸", "laboratory", "3.2 mmol/L"),
    ("生化", "钙(Ca)", "laboratory", "2.30 mmol/L"),
    ("肿瘤标志物", "降钙素", "laboratory", "350 pg/mL"),
    ("炎症指标", "降钙素原(PCT)", "laboratory", "0.08 ng/mL"),
], "round44:labs")


@pytest.mark.parametrize(("text", "concepts"), [
    ("血乳酸脱氢酶", ("ldh",)),
    ("血清乳酸脱氢酶", ("ldh",)),
    ("血乳酸", ("lactate",)),
    ("血降钙素", ("calcitonin",)),
    ("serum calcitonin", ("calcitonin",)),
    ("血清降钙素原", ("pct",)),  # procalcitonin's own name, longest first
    ("procalcitonin", ("pct",)),
    ("CT level", ("mod_ct",)),  # never calcitonin by its initials
])
def test_the_longer_name_is_read_whole(text: str, concepts: tuple[str, ...]) -> None:
    assert concepts_in(text) == concepts


@pytest.mark.parametrize(("request_text", "expected"), [
    ("血乳酸脱氢酶", {"生化/乳酸脱氢酶(LDH)"}),
    ("血乳酸", {"血气分析/乳酸"}),
    ("血降钙素", {"肿瘤标志物/降钙素"}),
    ("serum calcitonin", {"肿瘤标志物/降钙素"}),
    ("血清降钙素原", {"炎症指标/降钙素原(PCT)"}),
    ("血钙", {"生化/钙(Ca)"}),
])
def test_each_finds_its_own_record(request_text: str, expected: set[str]) -> None:
    assert resolved_names(LOOKUP, LABS, request_text) == expected

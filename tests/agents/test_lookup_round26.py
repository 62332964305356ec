"""Round 26 part P (the lead): a request joined by "and" that found nothing is asked half by half.

The splitter keeps two sites together ("CT of the chest and abdomen" is one study), so "examine the palms and soles"
reached the lookup whole and found nothing, though each half names a record. Such a request is now asked one half at a
time; a request that finds its records whole is never split. The "answers" cases fail on round 25's code."""

from __future__ import annotations

import pytest

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.lookup.evaluate import resolved_names, synthetic_case

LOOKUP = ExamLookup(semantic=False)

HALVES = synthetic_case([
    ("X/Skin_Examination/Palms", "Skin_Examination", "Palms", "physical_examination", "Copper-coloured macules"),
    ("X/Skin_Examination/Soles", "Skin_Examination", "Soles", "physical_examination", "Scaly macules"),
    ("X/Skin_Examination/Trunk", "Skin_Examination", "Trunk", "physical_examination", "Clear"),
    ("X/Blood_Tests/Urea_and_Electrolytes/Sodium", "Urea_and_Electrolytes", "Sodium", "laboratory", "138 mmol/L"),
    ("X/Blood_Tests/Urea_and_Electrolytes/Urea", "Urea_and_Electrolytes", "Urea", "laboratory", "6.1 mmol/L"),
], "round26-halves")


@pytest.mark.parametrize(("request_text", "expected"), [
    ("examine the palms and soles", {"Skin_Examination/Palms", "Skin_Examination/Soles"}),
    ("look at the palms and the soles", {"Skin_Examination/Palms", "Skin_Examination/Soles"}),
])
def test_a_joined_request_that_found_nothing_is_asked_half_by_half(request_text: str, expected: set[str]) -> None:
    assert resolved_names(LOOKUP, HALVES, request_text) == expected


def test_a_term_spanning_and_is_never_split() -> None:
    assert resolved_names(LOOKUP, HALVES, "urea and electrolytes") == {
        "Blood_Tests/Urea_and_Electrolytes/Sodium", "Blood_Tests/Urea_and_Electrolytes/Urea"}


def test_a_pair_with_one_half_missing_is_no_answer() -> None:
    # as round 8b's coordinated signs: no retina is held, so the pair is not read half by half
    assert resolved_names(LOOKUP, HALVES, "examine the palms and the retina") == set()

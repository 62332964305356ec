"""Round 33 part F (the lead): the fingernails are not the toenails.

A request for the fingernails (指甲) is never the toenails' record, nor the reverse; a request for the nails names
neither and gets both. The "answers" cases fail on round 32's code; the guards hold on both."""

from __future__ import annotations

import pytest

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.lookup.evaluate import resolved_names, synthetic_case

LOOKUP = ExamLookup(semantic=False)

NAILS = synthetic_case([
    ("P/Nail_Examination/Right_Hand", "Nail_Examination", "Right_Hand", "physical_examination", "Pitting, onycholysis"),
    ("P/Nail_Examination/Left_Hand", "Nail_Examination", "Left_Hand", "physical_examination", "Pitting"),
    ("P/Nail_Examination/Toenails", "Nail_Examination", "Toenails", "physical_examination", "Subungual hyperkeratosis"),
], "round33-nails")

HANDS = {"Nail_Examination/Right_Hand", "Nail_Examination/Left_Hand"}


@pytest.mark.parametrize("request_text", ["examine the fingernails", "look at his fingernails", "看看指甲"])
def test_the_fingernails_are_never_the_toenails(request_text: str) -> None:
    assert resolved_names(LOOKUP, NAILS, request_text) == HANDS


def test_the_toenails_are_never_the_fingernails() -> None:
    assert resolved_names(LOOKUP, NAILS, "examine the toenails") == {"Nail_Examination/Toenails"}


def test_the_nails_asked_are_every_nail_record() -> None:
    assert resolved_names(LOOKUP, NAILS, "look at the nails") == HANDS | {"Nail_Examination/Toenails"}

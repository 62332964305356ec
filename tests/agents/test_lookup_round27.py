"""Round 27 part Q (the lead): the allergen a specific-IgE or skin prick test is made against is a variant axis.

A test asked against one allergen the case does not hold (艾蒿特异性IgE, "skin prick test to cat dander") had taken the
other allergens' results and the controls; now it is not available, while the allergen held, and the panel asked
whole, answer as before. The "not available" cases fail on round 26's code."""

from __future__ import annotations

import pytest

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.lookup.evaluate import resolved_names, synthetic_case

LOOKUP = ExamLookup(semantic=False)

ALLERGY = synthetic_case([
    ("X/Skin_Prick_Test/House_Dust_Mite", "Skin_Prick_Test", "House_Dust_Mite", "other", "8 mm wheal"),
    ("X/Skin_Prick_Test/Grass_Pollen", "Skin_Prick_Test", "Grass_Pollen", "other", "0 mm"),
    ("X/Skin_Prick_Test/Histamine_Control", "Skin_Prick_Test", "Histamine_Control", "other", "5 mm"),
    ("X/检验/过敏原特异性IgE/屋尘螨", "过敏原特异性IgE", "屋尘螨", "laboratory", "12.4 kUA/L"),
    ("X/检验/过敏原特异性IgE/链格孢霉", "过敏原特异性IgE", "链格孢霉", "laboratory", "<0.35 kUA/L"),
], "round27-allergens")


@pytest.mark.parametrize("request_text", ["skin prick test to cat dander", "猫毛过敏原皮肤点刺试验", "艾蒿特异性IgE"])
def test_an_allergen_the_case_does_not_hold_is_not_available(request_text: str) -> None:
    assert resolved_names(LOOKUP, ALLERGY, request_text) == set()


@pytest.mark.parametrize(("request_text", "expected"), [
    ("skin prick test to house dust mite", {"Skin_Prick_Test/House_Dust_Mite"}),
    ("尘螨特异性IgE", {"检验/过敏原特异性IgE/屋尘螨"}),
    ("skin prick test", {"Skin_Prick_Test/House_Dust_Mite", "Skin_Prick_Test/Grass_Pollen",
                         "Skin_Prick_Test/Histamine_Control"}),
])
def test_the_allergen_held_or_the_whole_panel_answers(request_text: str, expected: set[str]) -> None:
    assert resolved_names(LOOKUP, ALLERGY, request_text) == expected

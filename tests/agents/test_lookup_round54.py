"""Round 54 (docs/heldout_measures.md): a site asked with only a finding's state beside it is still that site.

"raised JVP" and "elevated jugular venous pressure" answered nothing where "JVP" answered the JVP record (82 of 82
cases in the lead's battery): the state word was read as an unknown test name beside the site. Words that say what a
finding was ("raised", "reduced", "brisk", "absent"; `reading.STATE_WORDS`) no longer stop a site being asked. Records
here are written for the rule (`synthetic_case`), not taken from a set."""

from __future__ import annotations

import pytest

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.lookup.evaluate import synthetic_case

LOOKUP = ExamLookup(semantic=False)
PE = "physical_examination"
CASE = synthetic_case([
    ("Cardiovascular_Examination", "JVP", PE, "Raised 5 cm above the sternal angle"),
    ("Cardiovascular_Examination", "Heart_Sounds", PE, "S1 S2, no murmur"),
    ("Neck_Examination", "Thyroid_Gland", PE, "Not enlarged"),
    ("Neck_Ultrasound", "Findings", "imaging", "No lymphadenopathy"),
], "round54:jvp")


def _answer(request: str) -> set[str]:
    return {h.source_key.split("/", 1)[1] for h in LOOKUP.resolve(request, CASE, semantic=False)}


@pytest.mark.parametrize("request_text", ["raised JVP", "elevated JVP", "elevated jugular venous pressure",
                                          "is the JVP raised?", "JVP"])
def test_a_state_beside_a_site_still_asks_the_site(request_text: str) -> None:
    assert _answer(request_text) == {"Cardiovascular_Examination/JVP"}


def test_a_test_word_beside_a_site_still_asks_the_test() -> None:
    # a modality beside the site is a picture of it, never the bedside record
    assert _answer("JVP ultrasound") == {"Neck_Ultrasound/Findings"}


def test_an_unknown_word_beside_a_site_is_not_the_site() -> None:
    # "swelling" is no state: a finding the record does not state is not the neck's examination
    assert _answer("neck swelling") == set()

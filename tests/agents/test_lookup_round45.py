"""Round 45 (docs/heldout_measures.md): a finding asked at a site, in the text of a record named by the finding alone.

泌尿系查体 / 水肿: "眼睑及双下肢无水肿" answers 双下肢水肿 — asked only where nothing else was found, and only where the
record's text names the site; never a record named for another thing, nor one whose text does not say the site.
"""

from __future__ import annotations

import pytest

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.lookup.evaluate import resolved_names, synthetic_case
from dxgym.agents.lookup.sited_findings import split

LOOKUP = ExamLookup(semantic=False)
NOTE = synthetic_case([
    ("泌尿系查体", "肾区", "physical_examination", "双肾区无叩击痛"),
    ("泌尿系查体", "水肿", "physical_examination", "眼睑及双下肢无水肿"),
    ("皮肤关节", "关节", "physical_examination", "无关节红肿压痛"),
], "round45:note")
ENGLISH = synthetic_case([
    ("General_Examination", "Edema", "physical_examination", "Pitting edema of both ankles to mid-shin"),
    ("Abdominal_Examination", "Inspection", "physical_examination", "Flat"),
], "round45:english")


@pytest.mark.parametrize("request_text", ["双下肢水肿", "下肢水肿", "双下肢有无水肿", "眼睑水肿"])
def test_the_site_named_in_the_findings_text_finds_the_record(request_text: str) -> None:
    assert resolved_names(LOOKUP, NOTE, request_text) == {"泌尿系查体/水肿"}


@pytest.mark.parametrize("request_text", ["颈部水肿", "腹壁水肿"])
def test_a_site_the_text_does_not_name_finds_nothing(request_text: str) -> None:
    assert resolved_names(LOOKUP, NOTE, request_text) == set()


def test_english_reads_the_same_way() -> None:
    assert resolved_names(LOOKUP, ENGLISH, "ankle edema") == {"General_Examination/Edema"}
    assert resolved_names(LOOKUP, ENGLISH, "scalp edema") == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("双下肢水肿", ("双下肢", "水肿")),
    ("双下肢有无水肿", ("双下肢", "水肿")),
    ("leg swelling", ("leg", "swelling")),
    ("水肿", None),  # no site
    ("心脏杂音", None),  # not a finding any site can hold
    ("nodema", None),
])
def test_what_splits(text: str, expected) -> None:
    assert split(text) == expected

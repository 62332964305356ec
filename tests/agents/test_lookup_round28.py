"""Round 28 part S (the lead): a manoeuvre of a site.

A palpation verb reads as the palpation manoeuvre, and a finding such as tenderness implies it, so "feel the thyroid"
scored a neck section's Laryngeal_Tenderness (a palpation finding of another structure) above Thyroid_Gland (the
asked site's own record), and "palpate the neck for lymph nodes" found the nodes only for the section's palpation
findings to replace them. Now the asked site's own record answers where the manoeuvre is held only as a finding of
something else, and a site asked inside a section keeps its records. A record of the manoeuvre alone (听诊 for
甲状腺血管杂音) keeps its place. Each "answers" case fails on round 27's code."""

from __future__ import annotations

import pytest

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.lookup.evaluate import resolved_names, synthetic_case

LOOKUP = ExamLookup(semantic=False)

NECK = synthetic_case([
    ("X/Neck_Examination/Inspection", "Neck_Examination", "Inspection", "physical_examination", "No scars"),
    ("X/Neck_Examination/Laryngeal_Tenderness", "Neck_Examination", "Laryngeal_Tenderness", "physical_examination",
     "Mild tenderness over the thyroid cartilage"),
    ("X/Neck_Examination/Cervical_Lymph_Nodes/Right", "Neck_Examination", "Cervical_Lymph_Nodes / Right",
     "physical_examination", "One 1 cm mobile node"),
    ("X/Neck_Examination/Cervical_Lymph_Nodes/Left", "Neck_Examination", "Cervical_Lymph_Nodes / Left",
     "physical_examination", "None palpable"),
    ("X/Neck_Examination/Thyroid_Gland", "Neck_Examination", "Thyroid_Gland", "physical_examination",
     "Smooth, not enlarged"),
], "round28-neck")

NECK_ZH = synthetic_case([
    ("X/颈部查体/甲状腺", "颈部查体", "甲状腺", "physical_examination", "Ⅱ度肿大，质软"),
    ("X/颈部查体/听诊", "颈部查体", "听诊", "physical_examination", "甲状腺区可闻及血管杂音"),
    ("X/颈部查体/气管压痛", "颈部查体", "气管压痛", "physical_examination", "无"),
], "round28-neck-zh")

GRIP = synthetic_case([
    ("X/专科查体/握力/右手", "握力", "右手", "physical_examination", "18 kg"),
    ("X/专科查体/关节计数/压痛关节数", "关节计数", "压痛关节数", "physical_examination", "6"),
], "round28-grip")


@pytest.mark.parametrize(("request_text", "expected"), [
    ("feel the thyroid", {"Neck_Examination/Thyroid_Gland"}),
    ("palpate the thyroid", {"Neck_Examination/Thyroid_Gland"}),
    ("摸摸甲状腺", {"Neck_Examination/Thyroid_Gland"}),
    ("palpate the neck for lymph nodes",
     {"Neck_Examination/Cervical_Lymph_Nodes/Right", "Neck_Examination/Cervical_Lymph_Nodes/Left"}),
    ("摸一下颈部淋巴结",
     {"Neck_Examination/Cervical_Lymph_Nodes/Right", "Neck_Examination/Cervical_Lymph_Nodes/Left"}),
    ("feel the left side of the neck for nodes", {"Neck_Examination/Cervical_Lymph_Nodes/Left"}),
])
def test_the_asked_site_answers_not_another_structures_palpation_finding(request_text: str, expected: set[str]) -> None:
    assert resolved_names(LOOKUP, NECK, request_text) == expected


def test_the_section_is_still_palpated_where_no_site_inside_it_is_asked() -> None:
    assert resolved_names(LOOKUP, NECK, "palpate the neck") == {"Neck_Examination/Laryngeal_Tenderness"}


def test_a_record_of_the_manoeuvre_alone_keeps_it() -> None:
    assert resolved_names(LOOKUP, NECK_ZH, "甲状腺血管杂音") == {"颈部查体/听诊"}


def test_only_a_sites_own_record_in_a_section_of_sites_counts_as_the_site() -> None:
    # Thyroid_Gland in a neck examination is the thyroid's own record; 握力 / 右手 is grip strength measured at the
    # hand, never the hand's examination
    neck, grip = LOOKUP.index(NECK), LOOKUP.index(GRIP)
    assert {NECK.examinations[i].name for i in neck.site_named} >= {"Thyroid_Gland"}
    assert "Laryngeal_Tenderness" not in {NECK.examinations[i].name for i in neck.site_named}
    assert not grip.site_named

"""Rounds 36 and 37 (the lead): a site's attributes are felt; a finding sought by any of its names; an immunoglobulin
panel's records by class; a sign asked by how it is elicited.

The "answers" cases fail on the code before each part; the guards hold on both."""

from __future__ import annotations

import pytest

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.lookup.evaluate import resolved_names, synthetic_case

LOOKUP = ExamLookup(semantic=False)

# round 36 P: palpation of a site whose own segment files a palpation finding beside the site's attributes
LIVER = synthetic_case([
    ("P/Abdominal_Examination/Liver/Edge", "Abdominal_Examination", "Liver / Edge", "physical_examination",
     "Firm, irregular, 3 cm below the costal margin"),
    ("P/Abdominal_Examination/Liver/Span", "Abdominal_Examination", "Liver / Span", "physical_examination", "16 cm"),
    ("P/Abdominal_Examination/Liver/Tenderness", "Abdominal_Examination", "Liver / Tenderness", "physical_examination",
     "Mild"),
    ("P/Cardiovascular/Apex_Beat", "Cardiovascular", "Apex_Beat", "physical_examination", "Displaced"),
    ("P/Cardiovascular/Peripheral_Oedema", "Cardiovascular", "Peripheral_Oedema", "physical_examination", "Pitting"),
], "round36-liver")
LIVER_ALL = {"Abdominal_Examination/Liver/Edge", "Abdominal_Examination/Liver/Span",
             "Abdominal_Examination/Liver/Tenderness"}


@pytest.mark.parametrize("request_text", ["palpate the liver", "feel the liver", "摸一下肝脏"])
def test_palpating_a_site_is_every_attribute_filed_under_it(request_text: str) -> None:
    assert resolved_names(LOOKUP, LIVER, request_text) == LIVER_ALL


def test_a_record_naming_another_thing_is_not_the_sites_palpation() -> None:
    # Peripheral_Oedema is the oedema's record, not the heart's, though filed under Cardiovascular
    assert resolved_names(LOOKUP, LIVER, "palpate the heart") == {"Cardiovascular/Apex_Beat"}


# round 36 Q: a finding sought, by its name in the other language
AIRWAY = synthetic_case([
    ("P/Voice_and_Airway/Stridor", "Voice_and_Airway", "Stridor", "physical_examination", "Biphasic"),
    ("P/General_Appearance/Petechiae", "General_Appearance", "Petechiae", "physical_examination", "On the shins"),
    ("P/Respiratory_Examination", "Physical_Examination_Findings", "Respiratory_Examination", "physical_examination",
     "Clear"),
], "round36-airway")


@pytest.mark.parametrize(("request_text", "record"), [
    ("听一下有没有喘鸣", "Voice_and_Airway/Stridor"),
    ("看看皮肤有没有出血点", "General_Appearance/Petechiae"),
])
def test_a_finding_sought_is_found_by_its_name_in_the_other_language(request_text: str, record: str) -> None:
    assert resolved_names(LOOKUP, AIRWAY, request_text) == {record}


# round 37 G: an immunoglobulin panel's record named by its class
IMMUNO = synthetic_case([
    ("L/Immunoglobulins/IgA", "Immunoglobulins", "IgA", "laboratory", "0.3 g/L"),
    ("L/Immunoglobulins/IgG", "Immunoglobulins", "IgG", "laboratory", "11 g/L"),
    ("L/Coeliac_Serology/Anti-tTG_IgA", "Coeliac_Serology", "Anti-tTG_IgA", "laboratory", "Negative"),
], "round37-immuno")


@pytest.mark.parametrize(("request_text", "record"), [
    ("serum IgA", "Immunoglobulins/IgA"),
    ("血清IgA", "Immunoglobulins/IgA"),
    ("免疫球蛋白G", "Immunoglobulins/IgG"),
])
def test_a_serum_immunoglobulin_is_its_panels_record_of_that_class(request_text: str, record: str) -> None:
    assert resolved_names(LOOKUP, IMMUNO, request_text) == {record}


def test_an_antibody_of_a_class_is_never_the_immunoglobulin_level() -> None:
    assert resolved_names(LOOKUP, IMMUNO, "anti-tTG IgA") == {"Coeliac_Serology/Anti-tTG_IgA"}


# round 37 D: a sign asked by how it is elicited
SIGNS = synthetic_case([
    ("P/Hands/Tinel_Sign/Right", "Hands", "Tinel_Sign / Right", "physical_examination", "Positive"),
    ("P/Hands/Tinel_Sign/Left", "Hands", "Tinel_Sign / Left", "physical_examination", "Negative"),
    ("P/Jugular_Venous_Pressure/Hepatojugular_Reflux", "Jugular_Venous_Pressure", "Hepatojugular_Reflux",
     "physical_examination", "Sustained rise"),
    ("P/面神经/示齿", "面神经", "示齿", "physical_examination", "口角右偏"),
    ("P/Neurological_Examination/Reflexes", "Neurological_Examination", "Reflexes", "physical_examination",
     "Brisk throughout"),
], "round37-signs")


@pytest.mark.parametrize(("request_text", "records"), [
    ("tap over the right carpal tunnel", {"Hands/Tinel_Sign/Right"}),
    ("press over the liver and watch the neck veins", {"Jugular_Venous_Pressure/Hepatojugular_Reflux"}),
    ("让他龇牙看看", {"面神经/示齿"}),
])
def test_a_sign_described_by_its_manoeuvre_is_its_record(request_text: str, records: set[str]) -> None:
    assert resolved_names(LOOKUP, SIGNS, request_text) == records


@pytest.mark.parametrize("request_text", ["touch the cornea with a wisp of cotton", "touch the skin with cotton wool"])
def test_a_described_sign_the_case_has_no_record_named_for_is_not_available(request_text: str) -> None:
    # the corneal reflex's name reads as the reflexes; a description is answered only by a record named for the sign
    assert resolved_names(LOOKUP, SIGNS, request_text) == set()

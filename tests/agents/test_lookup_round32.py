"""Round 32 (the lead): one spelling, and the vocabulary of endoscopies and function tests.

Part U: every Latin token is read in American spelling (`data/spelling_uk_us.tsv`), so a request spelt one way meets a
record spelt the other by name ("pediatric early warning score" is the Paediatric_Early_Warning_Score's exact name,
no longer a lexicon guess). Part V: laryngeal videostroboscopy (频闪喉镜) and dermoscopy (皮肤镜) are examinations of
their own — a stroboscopy asked is never the flexible nasendoscopy beside it; "gas transfer" is the DLCO; 心导管 and
"cardiac catheter" are the cardiac catheterisation. The "answers" cases fail on round 31's code; the guards hold on
both."""

from __future__ import annotations

import pytest

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.lookup.evaluate import resolved_names, synthetic_case
from dxgym.emr_fixtures.lexicon import tokens

LOOKUP = ExamLookup(semantic=False)

SPELT = synthetic_case([
    ("X/Paediatric_Early_Warning_Score", "Paediatric_Early_Warning_Score", "Paediatric_Early_Warning_Score", "other", "3"),
    ("X/Oesophageal_pH_Study/DeMeester_Score", "Oesophageal_pH_Study", "DeMeester_Score", "other", "38.2"),
    ("X/Faecal_Elastase", "Faecal_Elastase", "Faecal_Elastase", "laboratory", "450 ug/g"),
], "round32-spelt")

SCOPES = synthetic_case([
    ("X/Videostroboscopy/Left_Vocal_Cord", "Videostroboscopy", "Left_Vocal_Cord", "other", "Reduced mucosal wave"),
    ("X/Videostroboscopy/Glottic_Closure", "Videostroboscopy", "Glottic_Closure", "other", "Hourglass closure"),
    ("X/Flexible_Nasendoscopy/Vocal_Cords", "Flexible_Nasendoscopy", "Vocal_Cords", "other", "Mobile, left cord nodule"),
    ("X/Dermoscopy/Left_Forearm", "Dermoscopy", "Left_Forearm", "other", "Atypical pigment network"),
    ("X/Pulmonary_Function_Tests/DLCO", "Pulmonary_Function_Tests", "DLCO", "other", "52% predicted"),
    ("X/Pulmonary_Function_Tests/FEV1", "Pulmonary_Function_Tests", "FEV1", "other", "88% predicted"),
    ("X/Cardiac_Catheterisation/Right_Heart/Pulmonary_Artery_Pressure", "Cardiac_Catheterisation",
     "Right_Heart / Pulmonary_Artery_Pressure", "other", "mean 38 mmHg"),
], "round32-scopes")


# ---- U: one spelling
@pytest.mark.parametrize(("british", "american"), [
    ("Oesophageal manometry", "esophageal manometry"), ("anaemia", "anemia"), ("haemoglobin", "hemoglobin"),
    ("hypokalaemia", "hypokalemia"), ("cardiac catheterisation", "cardiac catheterization"),
    ("paediatric", "pediatric"), ("faecal calprotectin", "fecal calprotectin"), ("diarrhoea", "diarrhea"),
    ("tumour markers", "tumor markers"), ("single fibre EMG", "single fiber EMG"), ("coeliac serology", "celiac serology"),
])
def test_a_british_and_an_american_spelling_are_one_token(british: str, american: str) -> None:
    assert tokens(british) == tokens(american)


@pytest.mark.parametrize(("word", "read"), [
    ("aerobic", ("aerobic",)), ("four hours", ("four", "hours")), ("poor", ("poor",)), ("aeruginosa", ("aeruginosa",)),
    ("manoeuvre", ("manoeuvre",)), ("phoenix", ("phoenix",)),
])
def test_words_that_only_look_british_keep_their_letters(word: str, read: tuple[str, ...]) -> None:
    assert tokens(word) == read


@pytest.mark.parametrize(("request_text", "key"), [
    ("pediatric early warning score", "X/Paediatric_Early_Warning_Score"),
    ("esophageal pH study", "X/Oesophageal_pH_Study/DeMeester_Score"),
    ("fecal elastase", "X/Faecal_Elastase"),
])
def test_a_record_spelt_the_other_way_is_found_by_its_name(request_text: str, key: str) -> None:
    assert [(h.source_key, h.tier) for h in LOOKUP.resolve(request_text, SPELT)] == [(key, "exact")]


# ---- V: endoscopies and function tests
@pytest.mark.parametrize("request_text", ["频闪喉镜", "动态喉镜", "laryngeal stroboscopy"])
def test_a_stroboscopy_is_never_the_nasendoscopy(request_text: str) -> None:
    assert resolved_names(LOOKUP, SCOPES, request_text) == {
        "Videostroboscopy/Left_Vocal_Cord", "Videostroboscopy/Glottic_Closure"}


def test_the_nasendoscopy_asked_is_still_the_nasendoscopy() -> None:
    assert resolved_names(LOOKUP, SCOPES, "nasendoscopy") == {"Flexible_Nasendoscopy/Vocal_Cords"}


def test_dermoscopy_in_chinese() -> None:
    assert resolved_names(LOOKUP, SCOPES, "皮肤镜") == {"Dermoscopy/Left_Forearm"}


def test_gas_transfer_is_the_dlco() -> None:
    assert resolved_names(LOOKUP, SCOPES, "gas transfer") == {"Pulmonary_Function_Tests/DLCO"}


@pytest.mark.parametrize("request_text", ["心导管", "cardiac catheter"])
def test_the_catheter_named_is_the_catheterisation(request_text: str) -> None:
    assert resolved_names(LOOKUP, SCOPES, request_text) == {
        "Cardiac_Catheterisation/Right_Heart/Pulmonary_Artery_Pressure"}

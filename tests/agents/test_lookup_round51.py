"""Round 51 (docs/heldout_measures.md): an echocardiogram's parts are ultrasound, and a bedside manoeuvre is never a
report's record.

"cardiac MRI" and "PET-CT" answered the transthoracic and transoesophageal echo records, which named an approach and
no modality; "feel the right temporal artery" took the artery's biopsy and ultrasound. The cases are the lead's
(tests/agents/data/lookup/round51/README.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.lookup.evaluate import read_case_folder

LOOKUP = ExamLookup(semantic=False)
CASES = read_case_folder(Path(__file__).with_name("data") / "lookup" / "round51", "round51:en")
ENDOCARDITIS, CIRRHOSIS, ARTERITIS = CASES["round51:en:1"], CASES["round51:en:2"], CASES["round51:en:4"]
_TTE = {"Echocardiography/Transthoracic/Findings", "Echocardiography/Transthoracic/Ejection_Fraction"}
_TEE = {"Echocardiography/Transoesophageal/Vegetation", "Echocardiography/Transoesophageal/Regurgitation",
        "Echocardiography/Transoesophageal/Abscess"}


def _answer(case, request: str) -> set[str]:
    return {h.source_key.split("/", 1)[1] for h in LOOKUP.resolve(request, case, semantic=False)}


@pytest.mark.parametrize("request_text", ["cardiac MRI", "MRI heart", "PET-CT"])
def test_an_echo_part_is_no_other_modality(request_text: str) -> None:
    assert _answer(ENDOCARDITIS, request_text) == set()


@pytest.mark.parametrize(("request_text", "expected"), [
    ("TEE", _TEE),
    ("transthoracic echocardiogram", _TTE),
    ("echocardiogram", _TTE | _TEE),
    ("cardiac ultrasound", _TTE | _TEE),
])
def test_echo_requests_still_find_their_parts(request_text: str, expected: set[str]) -> None:
    assert _answer(ENDOCARDITIS, request_text) == expected


def test_a_felt_artery_is_no_biopsy_or_scan() -> None:
    assert not {k.split("/")[0] for k in _answer(ARTERITIS, "feel the right temporal artery")} & {
        "Temporal_Artery_Biopsy", "Temporal_Artery_Ultrasound"}


@pytest.mark.parametrize(("case", "request_text", "expected"), [
    # the bedside records themselves still answer
    (ARTERITIS, "palpate the temporal arteries", {"Head_and_Neck/Temporal_Arteries/Right",
                                                 "Head_and_Neck/Temporal_Arteries/Left"}),
    (ENDOCARDITIS, "listen to the lungs", {"Respiratory_Examination/Auscultation/Breath_Sounds",
                                          "Respiratory_Examination/Auscultation/Added_Sounds"}),
    (CIRRHOSIS, "shifting dullness", {"Abdominal_Examination/Percussion/Shifting_Dullness"}),
    # and a report asked without a manoeuvre is still the report
    (ARTERITIS, "temporal artery ultrasound", {"Temporal_Artery_Ultrasound/Right", "Temporal_Artery_Ultrasound/Left"}),
])
def test_bedside_and_report_requests_keep_their_own_records(case, request_text: str, expected: set[str]) -> None:
    assert _answer(case, request_text) == expected

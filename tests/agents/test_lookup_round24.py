"""Round 24 part N (the lead): a record filed below a procedure that samples tissue or fluid is that sample's.

A bare analyte asks for its default specimen (round 9: `specimens`). Records filed below a biopsy or an endoscopy state
no specimen of their own (Upper_GI_Endoscopy / Biopsies / Mid_Oesophagus / Eosinophils), so "eosinophil count" took the
oesophageal biopsy's beside the blood count's. Such a record is now the sample's; where the case holds the analyte only
there, it still answers. Each "blood only" case fails on round 23's code."""

from __future__ import annotations

import pytest

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.lookup.evaluate import resolved_names, synthetic_case

LOOKUP = ExamLookup(semantic=False)

SAMPLED = synthetic_case([
    ("X/Blood_Tests/Full_Blood_Count/Eosinophils", "Full_Blood_Count", "Eosinophils", "laboratory", "0.9 x10^9/L"),
    ("X/Blood_Tests/Serum_Thyroglobulin", "Blood_Tests", "Serum_Thyroglobulin", "laboratory", "12 ng/mL"),
    ("X/Upper_GI_Endoscopy/Biopsies/Mid_Oesophagus/Eosinophils", "Upper_GI_Endoscopy", "Eosinophils", "other",
     "40 per high-power field"),
    ("X/Fine_Needle_Aspiration/Right_Level_III_Node/Thyroglobulin_Washout", "Fine_Needle_Aspiration",
     "Thyroglobulin_Washout", "laboratory", "> 500 ng/mL"),
], "round24-sampled")

ONLY_SAMPLED = synthetic_case([
    ("X/Blood_Tests/Full_Blood_Count/Haemoglobin", "Full_Blood_Count", "Haemoglobin", "laboratory", "128 g/L"),
    ("X/Upper_GI_Endoscopy/Biopsies/Mid_Oesophagus/Eosinophils", "Upper_GI_Endoscopy", "Eosinophils", "other",
     "40 per high-power field"),
], "round24-only-sampled")


@pytest.mark.parametrize(("request_text", "expected"), [
    ("eosinophil count", {"Blood_Tests/Full_Blood_Count/Eosinophils"}),
    ("thyroglobulin", {"Blood_Tests/Serum_Thyroglobulin"}),
])
def test_a_bare_analyte_is_the_bloods_not_a_sampled_records(request_text: str, expected: set[str]) -> None:
    assert resolved_names(LOOKUP, SAMPLED, request_text) == expected


def test_an_analyte_held_only_in_a_sample_still_answers() -> None:
    assert resolved_names(LOOKUP, ONLY_SAMPLED, "eosinophil count") == {
        "Upper_GI_Endoscopy/Biopsies/Mid_Oesophagus/Eosinophils"}

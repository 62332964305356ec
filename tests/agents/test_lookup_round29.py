"""Round 29 part R′ (the lead): a specimen never taken through a procedure.

A request naming blood, urine, stool or sputum by its own specimen words ("serum galactomannan", 血嗜酸性粒细胞计数)
or by a panel it names (FBC) is never a record filed below a sampling procedure — a bronchoscopy's washings, an
endoscopy's biopsies, a pleural aspiration, a renal biopsy's immunofluorescence, the procedure perhaps the record's
top segment — nor one stating another specimen. The specimen is never read from a test's default one (round 28's
part R did, and failed its measure): a study that is done on blood by default may be done on a procedure's sample.
Each "blood only" case fails on round 28's code."""

from __future__ import annotations

import pytest

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.lookup.evaluate import resolved_names, synthetic_case

LOOKUP = ExamLookup(semantic=False)

SAMPLED = synthetic_case([
    ("X/Blood_Tests/Full_Blood_Count/Eosinophils", "Full_Blood_Count", "Eosinophils", "laboratory", "0.9 x10^9/L"),
    ("X/Blood_Tests/Full_Blood_Count/Haemoglobin", "Full_Blood_Count", "Haemoglobin", "laboratory", "128 g/L"),
    # a nested record's name holds its path below the group, as the AgentClinic importer writes it
    ("X/Upper_GI_Endoscopy/Biopsies/Mid_Oesophagus/Eosinophils", "Upper_GI_Endoscopy",
     "Biopsies / Mid_Oesophagus / Eosinophils", "other", "40 per high-power field"),
    ("X/Bronchoscopy/Bronchial_Washings/Galactomannan", "Bronchoscopy", "Bronchial_Washings / Galactomannan",
     "laboratory", "1.9 index"),
], "round29-sampled")

BIOPSY_TOP = synthetic_case([
    ("检验/补体/C3", "补体", "C3", "laboratory", "0.52 g/L"),
    ("检验/补体/C4", "补体", "C4", "laboratory", "0.08 g/L"),
    ("经皮肾穿刺活检(右肾)/免疫荧光/C3", "经皮肾穿刺活检(右肾)", "免疫荧光 / C3", "pathology", "系膜区颗粒状沉积 ++"),
], "round29-biopsy-top")

MARROW = synthetic_case([
    ("X/Bone_Marrow_Examination/Cytogenetics/FISH_BCR-ABL1", "Bone_Marrow_Examination", "Cytogenetics / FISH_BCR-ABL1",
     "laboratory", "BCR-ABL1 fusion in 92% of nuclei"),
], "round29-marrow")


@pytest.mark.parametrize(("request_text", "expected"), [
    ("血嗜酸性粒细胞计数", {"Blood_Tests/Full_Blood_Count/Eosinophils"}),
    ("blood eosinophils", {"Blood_Tests/Full_Blood_Count/Eosinophils"}),
    ("FBC", {"Blood_Tests/Full_Blood_Count/Eosinophils", "Blood_Tests/Full_Blood_Count/Haemoglobin"}),
])
def test_a_named_blood_test_is_never_a_sampled_record(request_text: str, expected: set[str]) -> None:
    assert resolved_names(LOOKUP, SAMPLED, request_text) == expected


@pytest.mark.parametrize("request_text", ["serum galactomannan", "血清半乳甘露聚糖"])
def test_a_blood_test_held_only_in_a_procedures_sample_is_not_available(request_text: str) -> None:
    assert resolved_names(LOOKUP, SAMPLED, request_text) == set()


def test_the_procedure_may_be_the_records_top_segment() -> None:
    assert resolved_names(LOOKUP, BIOPSY_TOP, "serum complement levels") == {"补体/C3", "补体/C4"}


def test_the_sample_still_answers_where_it_is_asked() -> None:
    assert resolved_names(LOOKUP, SAMPLED, "bronchial washings galactomannan") == {
        "Bronchoscopy/Bronchial_Washings/Galactomannan"}


def test_a_tests_default_specimen_names_no_specimen() -> None:
    # BCR-ABL1 is a blood test by default, yet done here on the marrow: the request named no specimen
    assert resolved_names(LOOKUP, MARROW, "BCR-ABL1 FISH") == {"Bone_Marrow_Examination/Cytogenetics/FISH_BCR-ABL1"}

"""Round 59 (docs/heldout_measures.md): a finding asked at a site, stated at that site inside a record's text.

"leg swelling", "swelling of the legs", "pitting oedema of the legs" and "ankle swelling" found nothing where the
record says "Mild pitting edema in both legs" under Extremities / Inspection_and_Palpation: round 45 read a sited
finding only in a record named by the finding alone. A limb's swelling is its oedema as notes write it. Records here
are written for the rule (`synthetic_case`), not taken from a set."""

from __future__ import annotations

import pytest

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.lookup.evaluate import resolved_names, synthetic_case

LOOKUP = ExamLookup(semantic=False)
PE, LAB = "physical_examination", "laboratory"
CASE = synthetic_case([
    ("Extremities", "Inspection_and_Palpation", PE, "Mild pitting edema in both legs. Capillary refill < 2 s."),
    ("Head_and_Neck", "Inspection", PE, "Periorbital edema noted; no lymphadenopathy"),
    ("Musculoskeletal", "Inspection", PE, "Noticeable swelling in the right knee. Hands normal."),
    ("Cardiovascular", "Auscultation", PE, "S1 S2 normal, no murmurs"),
    ("Urinalysis", "Protein", LAB, "3+ (leg swelling noted by the lab? never read)"),
], "round59:en")
CASE_ZH = synthetic_case([
    ("四肢", "视诊", PE, "双下肢凹陷性水肿(++)，双小腿皮肤色素沉着"),
    ("关节", "膝关节", PE, "右膝关节轻度肿胀，浮髌试验阴性"),
    ("腹部", "触诊", PE, "腹软，无压痛"),
], "round59:zh")


@pytest.mark.parametrize("request_text", [
    "leg swelling", "swelling of the legs", "pitting oedema of the legs", "leg oedema", "双下肢肿胀", "双下肢水肿",
])
def test_a_limbs_swelling_is_its_oedema_stated_in_the_text(request_text: str) -> None:
    assert resolved_names(LOOKUP, CASE, request_text) == {"Extremities/Inspection_and_Palpation"}


@pytest.mark.parametrize(("case", "request_text", "want"), [
    (CASE, "swelling of the knee", {"Musculoskeletal/Inspection"}),
    (CASE, "eyelid swelling", {"Head_and_Neck/Inspection"}),
    (CASE_ZH, "leg swelling", {"四肢/视诊"}),
    (CASE_ZH, "swelling of the knee", {"关节/膝关节"}),
])
def test_a_finding_at_a_site_in_one_clause(case, request_text: str, want: set[str]) -> None:
    assert resolved_names(LOOKUP, case, request_text) == want


@pytest.mark.parametrize(("case", "request_text"), [
    (CASE, "hand swelling"),  # "Hands normal." is another clause than the knee's swelling
    (CASE, "neck swelling"),  # no clause names the neck (round 60 reads an ankle's swelling as the legs' oedema)
    (CASE_ZH, "abdominal swelling"),
    (CASE_ZH, "shoulder swelling"),
])
def test_a_site_no_clause_states_the_finding_at_is_not_available(case, request_text: str) -> None:
    assert resolved_names(LOOKUP, case, request_text) == set()

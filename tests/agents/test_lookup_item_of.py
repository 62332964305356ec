"""An item asked "on", "in", "from" or "of" a panel or procedure the case holds (round 16 part D, the lead).

"Lymphocytes on the CBC" returned every record of the blood count, because the request's words cover the panel too.
The lead's probe over the shipped fixture cases' nested records ("<item> on <panel>", built from the records' own
names, the answer known by construction) kept 0.71 precision against 0.93 for "<panel> <item>"; now 0.84 (the rest
are names the splitter reads as two requests). `item_of` keeps the records both halves find when asked alone, where
that is a part of the answer.
"""

from __future__ import annotations

import pytest

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.lookup.evaluate import resolved_names, synthetic_case
from dxgym.emr_fixtures.fixtures import load_fixture_cases

LOOKUP = ExamLookup(semantic=False)
CASE = synthetic_case([
    ("X/Complete_Blood_Count/Hemoglobin", "Complete_Blood_Count", "Hemoglobin", "laboratory", "12.1 g/dL"),
    ("X/Complete_Blood_Count/Differential/Lymphocytes", "Differential", "Lymphocytes", "laboratory", "21 %"),
    ("X/Complete_Blood_Count/Differential/Neutrophils", "Differential", "Neutrophils", "laboratory", "70 %"),
    ("X/Complete_Blood_Count/Platelets", "Complete_Blood_Count", "Platelets", "laboratory", "250"),
    ("X/Abdominal_Examination/Palpation", "Abdominal_Examination", "Palpation", "physical_examination", "soft"),
    ("X/Abdominal_Examination/Auscultation", "Abdominal_Examination", "Auscultation", "physical_examination", "normal"),
    ("X/Chest_Examination/Palpation", "Chest_Examination", "Palpation", "physical_examination", "normal expansion"),
], "item-of")


@pytest.mark.parametrize(("request_text", "expected"), [
    ("lymphocytes on the CBC", {"Complete_Blood_Count/Differential/Lymphocytes"}),
    ("CBC", {"Complete_Blood_Count/Hemoglobin", "Complete_Blood_Count/Differential/Lymphocytes",
             "Complete_Blood_Count/Differential/Neutrophils", "Complete_Blood_Count/Platelets"}),
    ("palpation of the abdomen", {"Abdominal_Examination/Palpation"}),  # unchanged: the answer was that already
    ("complete blood count (CBC)", {"Complete_Blood_Count/Hemoglobin", "Complete_Blood_Count/Differential/Lymphocytes",
                                    "Complete_Blood_Count/Differential/Neutrophils", "Complete_Blood_Count/Platelets"}),
])
def test_an_item_of_a_panel_written_for_it(request_text: str, expected: set[str]) -> None:
    assert resolved_names(LOOKUP, CASE, request_text) == expected


@pytest.mark.parametrize("request_text", ["lymphocytes on the CBC", "Lymphocytes from the complete blood count",
                                          "lymphocytes in the CBC", "Lymphocytes (Complete Blood Count)"])
def test_an_item_of_a_fixture_panel(request_text: str) -> None:
    """agentclinic:medqa:16 files its differential under the blood count; the item asked of it is that item alone
    (before: the blood count's five records)."""
    case = next(c for c in load_fixture_cases() if c.case_id == "agentclinic:medqa:16")
    got = {h.source_key for h in LOOKUP.resolve(request_text, case, semantic=False)}
    assert got == {"Test_Results/Complete_Blood_Count/Differential_Count/Lymphocytes"}

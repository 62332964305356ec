"""Body sites as lexicon data (a site's member_of names the regions it lies in): a request for a site finds
records of that site and of sites inside it, a broader region finds its narrower sites, but a sibling
(cervical vs lumbar spine, bladder vs kidney, wrist vs hand) never stands in for another. Synthetic case."""

from __future__ import annotations

import pytest

from dxgym.agents.lookup import ExamLookup
from dxgym.emr_fixtures.models import CaseRecord, Diagnosis, ExamRecord, SourceRef

_RECORDS = [
    ("Imaging", "MRI lumbar spine", "imaging"),
    ("Imaging", "MRI cervical spine", "imaging"),
    ("Imaging", "Renal ultrasound", "imaging"),
    ("Imaging", "Bladder scan", "imaging"),
    ("Imaging", "Wrist X-ray", "imaging"),
    ("Imaging", "Hand X-ray", "imaging"),
    ("Physical_Examination", "Knee examination", "physical_examination"),
    ("Physical_Examination", "Abdominal examination", "physical_examination"),
]
CASE = CaseRecord(
    case_id="test:sites", source="test", source_ref=SourceRef(source="test", file="-", id="sites"),
    licence="test", language="en", split="test", chief_complaint="-", present_illness="-",
    examinations=tuple(
        ExamRecord(name=n, group=g, category=c, relevant=True, result="reported", source_key=f"{g}/{n}")
        for g, n, c in _RECORDS
    ),
    diagnoses=(Diagnosis(name="(not used)", primary=True),),
)
_LOOKUP = ExamLookup(semantic=False)


@pytest.mark.parametrize(("request_text", "expected"), [
    ("lumbar MRI", {"MRI lumbar spine"}),
    ("颈椎MRI", {"MRI cervical spine"}),
    ("spine MRI", {"MRI lumbar spine", "MRI cervical spine"}),  # the region holds both
    ("bladder ultrasound", {"Bladder scan"}),
    ("renal ultrasound", {"Renal ultrasound"}),
    ("urinary tract ultrasound", {"Bladder scan", "Renal ultrasound"}),
    ("wrist x ray", {"Wrist X-ray"}),
    ("hand x ray", {"Hand X-ray"}),
    ("lower limb exam", {"Knee examination"}),
    ("musculoskeletal exam", {"Knee examination"}),
    ("liver exam", {"Abdominal examination"}),
    ("elbow x ray", set()),  # a site the record lacks is not the imaging section
    ("pancreas ultrasound", set()),
])
def test_sites_narrow_and_widen_but_never_sideways(request_text: str, expected: set[str]) -> None:
    assert {h.name for h in _LOOKUP.resolve(request_text, CASE)} == expected

"""Round 52 (docs/heldout_measures.md, docs/verifier.md): acute heart failure's kinds.

急性左心衰竭 for 急性心力衰竭 was "no match": the table listed acute left ventricular failure as a kind of left
ventricular failure only. Each reading beside the broader answer, the other side and the other tempo it must refuse."""

from __future__ import annotations

import pytest
from verdicts import rule_correct

_correct = rule_correct


@pytest.mark.parametrize(("reference", "prediction"), [
    ("急性心力衰竭", "急性左心衰竭"),
    ("急性心力衰竭", "急性左心衰"),
    ("Acute heart failure", "Acute left ventricular failure"),
    ("Acute heart failure", "急性左心衰竭"),
    ("急性心力衰竭", "急性右心衰竭"),
    ("慢性心力衰竭急性加重", "Acute on chronic heart failure"),
    ("慢性心力衰竭急性加重", "慢性心力衰竭急性失代偿"),
    ("Acute on chronic heart failure", "Acute decompensation of chronic heart failure"),
    ("Heart failure", "Acute on chronic heart failure"),
])
def test_a_kind_of_acute_heart_failure_is_more_specific(reference: str, prediction: str) -> None:
    assert _correct(reference, prediction)


@pytest.mark.parametrize(("reference", "prediction"), [
    ("急性左心衰竭", "急性心力衰竭"),  # broader
    ("Acute left ventricular failure", "Acute heart failure"),
    ("慢性心力衰竭急性加重", "急性心力衰竭"),
    ("Acute on chronic heart failure", "Chronic heart failure"),
    ("急性左心衰竭", "急性右心衰竭"),  # the other side
    ("Acute heart failure", "Chronic heart failure"),  # the other tempo
    ("急性心力衰竭", "排除急性左心衰竭"),  # ruled out
    ("Cardiogenic shock", "Acute heart failure"),
    # listed as a kind, but the tempo veto (acute vs chronic) reads first: kept conservative
    ("Acute heart failure", "Acute on chronic heart failure"),
])
def test_broader_other_side_or_ruled_out_stays_wrong(reference: str, prediction: str) -> None:
    assert not _correct(reference, prediction)

"""ICD-10-CM coding of diagnosis names (emr_fixtures.coding) and the curated term table."""

from __future__ import annotations

import pytest
import simple_icd_10_cm as icd

from dxgym.emr_fixtures import diagnosis_terms
from dxgym.emr_fixtures.coding import CodeAssignment, assign_icd10, normalise_name, specialty_for


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Myasthenia gravis", "G70.0"),  # the category, not a leaf about exacerbation
        ("Myasthenia gravis with acute exacerbation", "G70.01"),  # unless the name says more
        ("MYASTHENIA GRAVIS.", "G70.0"),
        ("Gravis, myasthenia", "G70.0"),
        ("myasthenia gravus", "G70.0"),  # one slip in a long word
        ("Pneumonia, bacterial", "J15.9"),
        ("Type 2 diabetes mellitus", "E11"),
        ("T2DM", "E11"),
        ("RDS", "P22.0"),
        ("Haemophilia A", "D66"),
        ("Hirschsprung’s disease", "Q43.1"),
        ("Benign Paroxysmal Positional Vertigo (BPPV)", "H81.1"),
        ("Lung cancer", "C34"),
        ("Chronic lymphocytic leukaemia", "C91.1"),
        ("重症肌无力", "G70.0"),
        ("2型糖尿病", "E11"),
        ("Epidermoid cyst", "L72.0"),  # not K09.8, an oral cyst
    ],
)
def test_assign(name: str, code: str) -> None:
    assignment = assign_icd10(name)
    assert (assignment.icd10, assignment.method) == (code, "name_match")


@pytest.mark.parametrize(
    "name",
    ["Endometriosis of the soul", "foo bar", "Meigs syndrome", "Normal behavior", "diabetes", "MS", "未知疾病", ""],
)
def test_no_confident_code(name: str) -> None:
    assert assign_icd10(name) == type(assign_icd10(name))(None, "none")


def test_misspelling_never_crosses_a_suffix() -> None:
    assert assign_icd10("Endometritis").icd10 != "N80"  # -itis is not -osis


def test_normalise() -> None:
    assert normalise_name("Hirschsprung’s Diseases") == normalise_name("hirschsprung disease")
    assert normalise_name("Oesophageal haemorrhage") == "esophageal hemorrhage"
    assert "nonsmall" in normalise_name("non-small cell lung cancer")


def test_specialty() -> None:
    assert specialty_for("G70.0") == "neurology"
    assert specialty_for("C34") == "oncology"
    assert specialty_for(None) == "unknown"


def test_table_codes_exist_in_icd10cm() -> None:
    for term in diagnosis_terms.terms():
        for code in filter(None, (term.code, term.scope)):
            assert icd.is_valid_item(code), f"{term.en}: {code} is not an ICD-10-CM code or block"


def test_unseen_names_are_not_guessed() -> None:
    """Names nothing matches confidently get no code, never a guess (speed is `dxgym bench`'s business)."""
    for i in range(200):
        assert assign_icd10(f"Unseen diagnosis number {i}") == CodeAssignment(None, "none")

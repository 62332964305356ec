"""Issue 14, lookup round 6: each rule beside the false hit it must not open (synthetic records, so no row of
any labelled set is restated here)."""

from __future__ import annotations

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.lookup.evaluate import resolved_names, synthetic_case
from dxgym.agents.lookup.split import split_requests
from dxgym.emr_fixtures.lexicon import tokens
from dxgym.emr_fixtures.models import CaseRecord

_LOOKUP = ExamLookup(semantic=False)
PE, LAB = "physical_examination", "laboratory"


def _case(*records: tuple[str, str, str, str]) -> CaseRecord:
    return synthetic_case(records, "test:round6")


def _names(case: CaseRecord, request: str) -> set[str]:
    return resolved_names(_LOOKUP, case, request)


_TAP = _case(
    ("Labs/Chemistry", "LDH", LAB, "210 U/L"),
    ("Labs/Blood_Count", "Neutrophils", LAB, "7.1 x10^9/L"),
    ("Pericardiocentesis", "Pericardial_Fluid_Analysis/LDH", LAB, "900 U/L"),
    ("Pericardiocentesis", "Pericardial_Fluid_Analysis/Glucose", LAB, "3.0 mmol/L"),
    ("Pericardiocentesis", "Adenosine_Deaminase", LAB, "62 U/L"),
    ("Pericardiocentesis", "Cytology", LAB, "No malignant cells"),
    ("Paracentesis", "Ascitic_Fluid_Analysis/Neutrophils", LAB, "420 cells/mm^3"),
    ("Vital_Signs", "Heart_Rate", PE, "96 bpm"),
)


def test_pericardial_fluid_is_a_specimen_and_a_bare_analyte_is_blood() -> None:
    assert _names(_TAP, "LDH") == {"Labs/Chemistry/LDH"}  # not the tap's LDH too
    assert _names(_TAP, "乳酸脱氢酶") == {"Labs/Chemistry/LDH"}
    assert _names(_TAP, "pericardial fluid LDH") == {"Pericardiocentesis/Pericardial_Fluid_Analysis/LDH"}
    assert _names(_TAP, "心包积液LDH") == {"Pericardiocentesis/Pericardial_Fluid_Analysis/LDH"}
    assert _names(_TAP, "pericardial fluid cytology") == {"Pericardiocentesis/Cytology"}
    assert _names(_TAP, "pericardial fluid ADA") == {"Pericardiocentesis/Adenosine_Deaminase"}
    assert _names(_TAP, "ADA") == set()  # serum ADA: the record holds only the fluid's
    assert len(_names(_TAP, "pericardiocentesis")) == 4  # the tap whole


def test_a_measure_word_after_an_analyte_names_the_analyte() -> None:
    assert _names(_TAP, "ascitic PMN count") == {"Paracentesis/Ascitic_Fluid_Analysis/Neutrophils"}
    assert _names(_TAP, "neutrophil percentage") == {"Labs/Blood_Count/Neutrophils"}
    assert _names(_TAP, "neutrophil elastase") == set()  # any other word still makes another test


def test_hours_after_a_number_are_never_the_heart_rate() -> None:
    assert tokens("24 hr urine") == tokens("24h urine") == tokens("24 hours urine") == ("24", "hour", "urine")
    assert tokens("HR 24") == ("hr", "24")
    assert _names(_TAP, "24 hr urine metanephrines") == set()
    assert _names(_TAP, "HR") == {"Vital_Signs/Heart_Rate"}


def test_a_ratio_with_one_read_analyte_is_still_a_ratio() -> None:
    case = _case(("Blood_Tests", "Aldosterone_Renin_Ratio", LAB, "45"),
                 ("Blood_Tests", "Plasma_Renin_Activity", LAB, "0.2 ng/mL/h"))
    assert _names(case, "aldosteron renin ratio") == {"Blood_Tests/Aldosterone_Renin_Ratio"}  # misspelt analyte
    assert _names(case, "renin") == {"Blood_Tests/Plasma_Renin_Activity"}
    assert _names(case, "renin xyzzy ratio") == set()  # a ratio of something unread is not renin either


def test_a_lumped_record_still_answers_a_named_sign() -> None:
    case = _case(("Neurological_Examination", "Meningeal_Signs", PE, "Neck supple, Kernig negative"))
    assert _names(case, "kernig sign") == {"Neurological_Examination/Meningeal_Signs"}


def test_initials_of_a_record_name() -> None:
    case = _case(("Physical_Examination_Findings", "Jugular_Venous_Pressure", PE, "Raised, 8 cm"),
                 ("Physical_Examination_Findings", "Capillary_Refill", PE, "2 s"))
    assert _names(case, "JVP") == {"Physical_Examination_Findings/Jugular_Venous_Pressure"}
    assert _names(case, "JVD") == set()  # every letter must be a word's initial
    assert _names(case, "CR") == set()  # two letters are too few to read as initials
    assert _names(case, "JVP waveform") == set()  # only a request that is the abbreviation alone


def test_upper_case_us_is_ultrasound_not_the_pronoun() -> None:
    assert split_requests("US abdomen") == ["US abdomen"]
    assert split_requests("let us see the CBC") == ["CBC"]

"""Issue 14, lookup round 5: each rule beside the false hit it must not open (synthetic records, so no row of
any labelled set is restated here)."""

from __future__ import annotations

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.lookup.evaluate import resolved_names, synthetic_case
from dxgym.emr_fixtures.models import CaseRecord

_LOOKUP = ExamLookup(semantic=False)


def _case(*records: tuple[str, str, str, str]) -> CaseRecord:
    return synthetic_case(records, "test:round5")


def _names(case: CaseRecord, request: str) -> set[str]:
    return resolved_names(_LOOKUP, case, request)


PE = "physical_examination"
_SIGNS = _case(
    ("Knee_Examination", "Special_Tests", PE, "Lachmann test positive; anterior drawer negative"),
    ("Neurological_Examination", "Upper_Limbs / Tremor", PE, "Fine postural tremor"),
    ("Skin_Examination", "Inspection", PE, "A violaceous papule on the shin"),
    ("Skin_Examination", "Palpation", PE, "Firm, non-tender"),
    ("Direct_Coombs_Test", "Result", "laboratory", "Negative"),
    ("肾功能", "血肌酐", "laboratory", "88 μmol/L"),
)


def test_a_misspelt_sign_or_name_is_read_against_the_case_words() -> None:
    # the findings misspell the sign, the request spells it right (and the reverse); a record's own name misspelt
    assert _names(_SIGNS, "Lachman test") == {"Knee_Examination/Special_Tests"}
    assert _names(_SIGNS, "tremmor") == {"Neurological_Examination/Upper_Limbs / Tremor"}
    # a Chinese one-character slip typed by sound against the case's own record name (肌/机 ji)
    assert _names(_SIGNS, "血机酐") == {"肾功能/血肌酐"}


def test_misspelling_rule_does_not_bend_other_words() -> None:
    assert _names(_SIGNS, "indirect coombs test") == set()  # a different first letter is another test
    assert _names(_SIGNS, "Lachman") == {"Knee_Examination/Special_Tests"}
    assert _names(_SIGNS, "posterior drawer test") == set()  # every other word must match as written
    assert _names(_SIGNS, "tremors of the jaw") == set()  # ... and the probe is the whole request
    assert _names(_SIGNS, "血机") == set()  # too short to be read as a slip
    assert _names(_SIGNS, "尿肌酐") == set()  # a character the lexicon reads is not a slip


def test_three_letter_swap() -> None:
    case = _case(("Chest_X-ray", "Findings", "imaging", "Clear lungs"), ("头颅MRA", "所见", "imaging", "未见异常"))
    assert _names(case, "chest xray") == {"Chest_X-ray/Findings"}
    assert _names(case, "chest x-rya") == {"Chest_X-ray/Findings"}
    assert _names(case, "头颅MAR") == {"头颅MRA/所见"}
    assert _names(case, "头颅MRI") == set()  # an MRI is not an MRA: a real word is never swapped


def test_limb_components_of_the_neurological_examination() -> None:
    case = _case(
        ("Neurological_Examination", "Motor / Upper_Extremities", PE, "4/5"),
        ("Neurological_Examination", "Motor / Lower_Extremities", PE, "5/5"),
        ("Neurological_Examination", "Sensation", PE, "Intact"),
        ("Leg_Examination", "Inspection", PE, "No edema"),
    )
    assert _names(case, "strength in the legs") == {"Neurological_Examination/Motor / Lower_Extremities"}
    assert _names(case, "grip strength") == {"Neurological_Examination/Motor / Upper_Extremities",
                                             "Neurological_Examination/Motor / Lower_Extremities"}
    assert _names(case, "inspect the legs") == {"Leg_Examination/Inspection"}  # not a neurological component


def test_a_pulse_on_a_limb_is_the_vascular_examination() -> None:
    case = _case(
        ("Vital_Signs", "Pulse", PE, "88 bpm"),
        ("Foot_Examination", "Pulses", PE, "Dorsalis pedis palpable"),
        ("Foot_Examination", "Inspection", PE, "Callus"),
    )
    assert _names(case, "pedal pulses") == {"Foot_Examination/Pulses"}
    assert _names(case, "pulses in the feet") == {"Foot_Examination/Pulses"}
    assert _names(case, "pulse") == {"Vital_Signs/Pulse"}  # the pulse alone stays the heart rate
    assert _names(case, "heart rate") == {"Vital_Signs/Pulse"}


def test_examination_verb_and_object() -> None:
    case = _case(
        ("Neurological_Examination", "Fontanelle", PE, "Soft"),
        ("Abdomen", "Inspection", PE, "Flat"),
        ("Abdomen", "Palpation", PE, "Soft"),
    )
    assert _names(case, "feel the fontanelle") == {"Neurological_Examination/Fontanelle"}
    assert _names(case, "assess the fontanelle") == {"Neurological_Examination/Fontanelle"}
    # a part the lexicon reads is still narrowed by the manoeuvre, never found by name as the whole group
    assert _names(case, "palpate the abdomen") == {"Abdomen/Palpation"}
    assert _names(case, "feel the spleen") == {"Abdomen/Palpation"}
    # a finding named in one record, asked with a manoeuvre: that manoeuvre's record of the section
    assert _names(_SIGNS, "palpate the papule") == {"Skin_Examination/Palpation"}
    assert _names(_SIGNS, "papule") == {"Skin_Examination/Inspection"}
    assert _names(_SIGNS, "percuss the papule") == {"Skin_Examination/Inspection"}  # no percussion record


def test_leg_vessel_studies_and_cultures() -> None:
    case = _case(
        ("Doppler_Ultrasound_Lower_Limb", "Findings", "imaging", "No DVT"),
        ("Leg_Ultrasound", "Findings", "imaging", "Baker cyst"),
        ("Wound_Culture", "Findings", "laboratory", "No growth"),
    )
    assert _names(case, "下肢血管彩超") == {"Doppler_Ultrasound_Lower_Limb/Findings"}
    assert _names(case, "venous duplex") == {"Doppler_Ultrasound_Lower_Limb/Findings"}
    assert _names(case, "leg ultrasound") == {"Leg_Ultrasound/Findings"}
    assert _names(case, "urine culture") == set()  # a bacterial culture of a wound is not a urine culture
    eye = _case(("General_Examination", "Eyes", PE, "Scleral icterus"), ("General_Examination", "Skin", PE, "Jaundice"))
    assert _names(eye, "sclera") == {"General_Examination/Eyes"}
    assert _names(eye, "conjunctiva") == {"General_Examination/Eyes"}


def test_a_disease_name_is_never_bent_into_a_record_name() -> None:
    case = _case(("Tuberculin_Skin_Test", "Result", "laboratory", "12 mm"),
                 ("Chest_Examination", "Auscultation", PE, "Bronchial breathing, pneumonitis suspected"))
    assert _names(case, "tuberculin") == {"Tuberculin_Skin_Test/Result"}
    assert _names(case, "tuberculosis") == set()
    assert _names(case, "pneumonia") == set()  # nor into a disease word of the findings

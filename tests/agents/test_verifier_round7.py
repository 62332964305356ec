"""Issue 14, verifier round 7: known false accepts closed by structure (a table row named apart from the
reference, AIDS as a stage of HIV disease, endometriosis at its own unspecified code) and slips read against
the reference itself (a Chinese character typed by its sound, a moved or doubled letter, initials of a
prefixed word's parts). Each rule is shown on pairs written for it (not the sets' rows) beside the pair that
must stay wrong: the false accept the rule could open."""

from __future__ import annotations

import pytest
from verdicts import rule_correct

_correct = rule_correct


@pytest.mark.parametrize(
    ("reference", "prediction", "correct"),
    [
        # a table row named apart from the reference (one of its own names shares no word with the
        # reference's names) is another condition, not the reference plus a qualifier
        ("Measles", "German measles", False),
        ("Rubella", "German measles", True),
        ("Granulomatosis with polyangiitis", "Eosinophilic granulomatosis with polyangiitis", False),
        ("Granulomatosis with polyangiitis", "EGPA", False),
        ("Granulomatosis with polyangiitis", "Wegener granulomatosis", True),
        ("Eosinophilic granulomatosis with polyangiitis", "Churg-Strauss syndrome", True),
        # ... but a row whose names all hold the reference's word, or a listed kind, stays a kind of it
        ("Pneumonia", "Pneumococcal pneumonia", True),
        ("Hemophilia", "Hemophilia C", True),
        ("Hemophilia", "Hemophilia B", True),
        ("Hemophilia A", "Hemophilia C", False),
        ("Hemophilia B", "Hemophilia", False),
        # AIDS is the advanced stage of HIV disease: a kind of it, not a synonym
        ("AIDS", "Acute HIV infection", False),
        ("艾滋病", "急性HIV感染", False),
        ("获得性免疫缺陷综合征", "HIV感染", False),
        ("AIDS", "HIV infection", False),
        ("HIV infection", "AIDS", True),
        ("HIV感染", "艾滋病", True),
        ("AIDS", "艾滋病", True),
        ("艾滋病", "获得性免疫缺陷综合征", True),
        ("Acquired immunodeficiency syndrome", "AIDS", True),
        # two names of one row hold no "acquired form" against each other; an acquired form still differs
        ("Hemophilia A", "Acquired hemophilia", False),
        # adenomyosis is coded N80.03 under N80 but is not endometriosis; endometriosis is N80.9 and keeps its kinds
        ("Endometriosis", "Adenomyosis", False),
        ("Endometriosis", "子宫腺肌病", False),
        ("子宫内膜异位症", "子宫腺肌病", False),
        ("Endometriosis", "Ovarian endometrioma", True),
        ("Endometriosis", "Deep infiltrating endometriosis", True),
        ("子宫内膜异位症", "卵巢子宫内膜异位囊肿", True),
        # the curated "> kinds" with ICD codes of their own are more specific (DESIGN: a type added);
        # siblings and the broader name stay wrong
        ("Tension-type headache", "Chronic tension-type headache", True),
        ("Episodic tension-type headache", "Chronic tension-type headache", False),
        ("Chronic tension-type headache", "Tension-type headache", False),
        ("Cluster headache", "Episodic cluster headache", True),
        ("Episodic cluster headache", "Chronic cluster headache", False),
        ("Post-traumatic stress disorder", "Acute PTSD", True),
        ("Acute PTSD", "Acute stress disorder", False),
        ("帕金森病", "帕金森病伴异动症", True),
        ("帕金森病伴异动症", "帕金森病", False),
        ("Rubella", "Rubella arthritis", True),
        ("Rubella arthritis", "Rubella", False),
        ("Transient ischemic attack", "Vertebrobasilar TIA", True),
        ("Carotid territory TIA", "Vertebrobasilar TIA", False),
        ("Roseola infantum", "HHV-6 encephalitis", False),
        # a kind the table names on its own (an eponym) against its row's name: broader, whatever code both share
        ("Sheehan syndrome", "Hypopituitarism", False),
        ("Hypopituitarism", "Sheehan syndrome", True),
        ("Left lower lobe pneumonia", "Pneumonia", True),
    ],
)
def test_rows_named_apart_and_stages(reference: str, prediction: str, correct: bool) -> None:
    assert _correct(reference, prediction) is correct


@pytest.mark.parametrize(
    ("reference", "prediction", "correct"),
    [
        # one Chinese character typed by its sound, read against the reference itself
        ("耵聍栓塞", "耵咛栓塞", True),
        ("新生儿缺氧缺血性脑病", "新生儿缺氧缺血性恼病", True),
        ("肠系膜上动脉栓塞", "肠系膜上动脉栓赛", True),
        # never 癌 / 炎 / 瘤 for one another, a type, number or side character, a name of its own, a short name
        ("慢性萎缩性胃炎", "慢性萎缩性胃癌", False),
        ("乙型病毒性脑炎", "甲型病毒性脑炎", False),
        ("左侧股骨颈骨折", "右侧股骨颈骨折", False),
        ("急性心肌梗死", "急性心肌梗塞", True),
        # a moved or doubled letter, or one letter slipped under a fuzzy ICD code
        ("Crohn disease", "Chron's disease", True),
        ("Scabies", "Scabbies", True),
        ("Serotonin syndrome", "Serotonine syndrome", True),
        # ... never another real word or the opposite prefix
        ("Hyperkalemia", "Hypokalemia", False),
        ("Hypercalcemia", "Hypocalcemia", False),
        ("Scabies", "Rabies", False),
        ("Ileus", "Ilues", False),
        # a prefixed word's two parts give two initials inside a name of several words
        ("Autoimmune hemolytic anemia", "AIHA", True),
        ("自身免疫性溶血性贫血", "AIHA", True),
        ("Neuromyelitis optica", "NMO", True),
        ("Hemolytic anemia", "AIHA", False),
        ("Hyperthyroidism", "HT", False),
        ("Endocarditis", "EC", False),
    ],
)
def test_slips_and_initials(reference: str, prediction: str, correct: bool) -> None:
    assert _correct(reference, prediction) is correct


@pytest.mark.parametrize(
    ("reference", "prediction", "correct"),
    [
        # "X disease", "X syndrome", "X disorder" swapped where ICD-10-CM gives one code or the answer names
        # nothing of its own; where ICD codes them apart they stay apart
        ("Raynaud disease", "Raynaud syndrome", True),
        ("Gaucher disease", "Gaucher syndrome", True),
        ("Bipolar disorder", "Bipolar disease", True),
        ("Cushing disease", "Cushing syndrome", False),
        ("Parkinson disease", "Parkinson syndrome", False),
        # a table name inside a longer Chinese name written as another name of the same row, the rest kept
        ("风湿性心脏病二尖瓣狭窄", "风心病二尖瓣狭窄", True),
        ("慢性阻塞性肺疾病急性加重", "慢阻肺急性加重", True),
        ("急性心肌梗死伴心源性休克", "急性心梗伴心源性休克", True),
        ("风湿性心脏病二尖瓣狭窄", "冠心病二尖瓣狭窄", False),
        ("慢性阻塞性肺疾病急性加重", "慢性支气管炎急性加重", False),
        ("急性心肌梗死伴心源性休克", "急性心梗伴感染性休克", False),
        # glossary words with their sources (人卫版 textbooks): read through the English and back
        ("卵巢子宫内膜异位囊肿", "Ovarian endometrioma", True),
        ("卵巢子宫内膜异位囊肿", "卵巢巧克力囊肿", True),
        ("卵巢子宫内膜异位囊肿", "卵巢黄体囊肿", False),
        ("膜周部室间隔缺损", "Perimembranous ventricular septal defect", True),
        ("膜周部室间隔缺损", "Muscular ventricular septal defect", False),
        ("肺脓肿", "肺脓疡", True),
        ("肺脓肿", "肝脓疡", False),
    ],
)
def test_heads_swapped_names_and_glossary(reference: str, prediction: str, correct: bool) -> None:
    assert _correct(reference, prediction) is correct


@pytest.mark.parametrize(
    ("reference", "prediction", "correct"),
    [
        # a karyotype in ISCN notation names its disorder (ICD-10-CM Q90-Q99 titles); its commas are no list
        ("Klinefelter syndrome", "47,XXY", True),
        ("Turner syndrome", "45,X", True),
        ("Turner syndrome", "45,X karyotype (monosomy X)", True),
        ("Down syndrome", "47,XY,+21", True),
        ("唐氏综合征", "47,XX,+21", True),
        ("Edwards syndrome", "Trisomy 18 (47,XY,+18)", True),
        ("Down syndrome", "47,XY,+18", False),
        ("Klinefelter syndrome", "47,XYY", False),
        ("Turner syndrome", "47,XXY", False),
        ("Klinefelter syndrome", "47,XXY/46,XY", False),
        ("Sepsis", "Pneumonia, 45, sepsis", False),
    ],
)
def test_karyotypes(reference: str, prediction: str, correct: bool) -> None:
    assert _correct(reference, prediction) is correct


@pytest.mark.parametrize(
    ("reference", "prediction", "correct"),
    [
        # "X due to Y" also reads as one name with the cause as its qualifier, when X alone is broader than the
        # reference and "Y X" is the reference's own name
        ("Diabetic nephropathy", "Nephropathy due to diabetes", True),
        ("Alcoholic cirrhosis", "Cirrhosis due to alcohol", True),
        ("Ischemic cardiomyopathy", "Cardiomyopathy due to ischemia", True),
        ("Hypertensive heart disease", "Heart disease due to hypertension", True),
        # another cause, or a cause that would rescue another primary, stays wrong (DESIGN's second row)
        ("Diabetic nephropathy", "Nephropathy due to hypertension", False),
        ("Alcoholic cirrhosis", "Cirrhosis due to hepatitis C", False),
        ("Double aortic arch", "Vascular ring due to double aortic arch", False),
        ("Bacterial pneumonia", "Pneumonia due to a virus", False),
    ],
)
def test_cause_as_qualifier(reference: str, prediction: str, correct: bool) -> None:
    assert _correct(reference, prediction) is correct


@pytest.mark.parametrize(
    ("reference", "prediction", "correct"),
    [
        # ICD-10-CM files acromegaly and pituitary gigantism under one code (E22.0), but neither is a kind of the
        # other: growth-hormone excess before or after the growth plates close. Found by the lead on fresh_en4
        # (round 7's blind set) after the kinds were read by name: the row no longer lists gigantism as a kind.
        ("Acromegaly", "巨人症", False),
        ("Acromegaly", "pituitary gigantism", False),
        ("肢端肥大症", "巨人症", False),
        ("Acromegaly", "肢端肥大症", True),
    ],
)
def test_gigantism_is_not_a_kind_of_acromegaly(reference: str, prediction: str, correct: bool) -> None:
    assert _correct(reference, prediction) is correct

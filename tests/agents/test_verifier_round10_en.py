"""Issue 14, verifier round 10, English predictions (`en_joins14`): a Chinese reference's table name and its
translated qualifiers joined by "with" / "in" / "due to" / a comma, valve leak words read as one, and misspelling
matches vetoed across an opposing prefix or into another abbreviation. Each rule is shown beside the pair that
must stay wrong: the false accept it could open (a sibling, a look-alike)."""

from __future__ import annotations

import pytest
from verdicts import rule_correct

from dxgym.agents.verifiers.en_joins14 import joined_table_name, not_a_slip, valve_lesion_respelt

_correct = rule_correct


@pytest.mark.parametrize(
    ("reference", "prediction", "correct"),
    [
        # the table name and its qualifiers, joined by a word of no condition
        ("慢性粒细胞白血病慢性期", "CML in chronic phase", True),
        ("慢性粒细胞白血病慢性期", "Chronic myeloid leukaemia in chronic phase", True),
        ("慢性粒细胞白血病慢性期", "CML in accelerated phase", False),  # another phase
        ("慢性粒细胞白血病急变期", "CML in chronic phase", False),
        ("癫痫全面性强直-阵挛发作", "Epilepsy with generalized tonic-clonic seizures", True),
        ("癫痫全面性强直-阵挛发作", "Epilepsy with focal seizures", False),  # another seizure type
        ("癫痫全面性强直-阵挛发作", "Epilepsy with absence seizures", False),
        ("癫痫全面性强直-阵挛发作", "Epilepsy with tonic-clonic seizures", False),  # "generalized" dropped
        ("癫痫失神发作", "Epilepsy with absence seizures", True),
        ("癫痫失神发作", "Epilepsy with generalized tonic-clonic seizures", False),
        ("宫缩乏力性产后出血", "Postpartum hemorrhage due to uterine atony", True),  # 宫缩乏力性 read as its stem
        ("宫缩乏力性产后出血", "Postpartum hemorrhage due to placenta accreta", False),  # another cause
        ("宫缩乏力性产后出血", "Uterine atony with postpartum hemorrhage", False),  # DESIGN: judged by the first
        ("支气管哮喘急性发作", "Asthma, acute exacerbation", True),
        ("支气管哮喘急性发作", "COPD with acute exacerbation", False),  # another condition
        # a second condition after the join holds words the reference lacks
        ("妊娠期高血压", "Essential hypertension in pregnancy", False),
        ("妊娠期糖尿病", "Pre-existing diabetes mellitus in pregnancy", False),
        ("肺炎链球菌肺炎", "Pneumonia due to Haemophilus influenzae", False),
        ("酒精性肝硬化", "Cirrhosis due to hepatitis B", False),
        ("重度子痫前期", "Pre-eclampsia, mild", False),
        ("高血压病3级 很高危", "Hypertension grade 3, high risk", False),
        ("慢性肾脏病5期", "Chronic kidney disease, stage 4", False),
    ],
)
def test_table_name_and_qualifiers_joined(reference: str, prediction: str, correct: bool) -> None:
    assert _correct(reference, prediction) is correct


def test_joined_reading_needs_a_join_and_a_chinese_reference() -> None:
    assert joined_table_name("慢性粒细胞白血病慢性期", "CML chronic phase") is None  # round 9's reading, not this one
    assert joined_table_name("Chronic myeloid leukemia", "CML in chronic phase") is None
    assert joined_table_name("慢性粒细胞白血病慢性期", "CML in chronic or accelerated phase") is None


@pytest.mark.parametrize(
    ("reference", "prediction", "correct"),
    [
        # insufficiency, incompetence and regurgitation name one leak (ICD-10-CM I34.0 / I35.1 / I36.1 / I37.1)
        ("Mitral regurgitation", "Mitral insufficiency", True),
        ("Mitral regurgitation", "Mitral valve incompetence", True),
        ("Aortic regurgitation", "Aortic valve insufficiency", True),
        ("Tricuspid regurgitation", "Tricuspid insufficiency", True),
        ("Pulmonary valve regurgitation", "Pulmonic insufficiency", True),
        ("二尖瓣关闭不全", "Mitral regurgitation", True),
        ("二尖瓣关闭不全", "Mitral incompetence", True),
        # ... stenosis, prolapse and another valve stay other conditions, a dropped "rheumatic" stays broader
        ("Mitral regurgitation", "Mitral valve prolapse", False),
        ("Mitral regurgitation", "Tricuspid insufficiency", False),
        ("Mitral regurgitation", "Mitral stenosis", False),
        ("Aortic regurgitation", "Aortic stenosis", False),
        ("二尖瓣关闭不全", "Mitral stenosis", False),
        ("主动脉瓣关闭不全", "Mitral regurgitation", False),
        ("Rheumatic mitral regurgitation", "Mitral insufficiency", False),
        # bare "pulmonary insufficiency" is the lung's
        ("Pulmonary regurgitation", "Pulmonary insufficiency", False),
    ],
)
def test_valve_leak_words(reference: str, prediction: str, correct: bool) -> None:
    assert _correct(reference, prediction) is correct


def test_valve_rewrite_only_where_the_words_differ() -> None:
    assert valve_lesion_respelt("Mitral regurgitation", "Mitral regurgitation") is None
    assert valve_lesion_respelt("Mitral stenosis", "Mitral insufficiency") is None
    assert valve_lesion_respelt("二尖瓣关闭不全", "Mitral regurgitation") == ("二尖瓣关闭不全", "Mitral valve insufficiency")


@pytest.mark.parametrize(
    ("reference", "prediction", "correct"),
    [
        # an opposing prefix is no slip: compensated / decompensated
        ("乙型肝炎肝硬化失代偿期", "Compensated hepatitis B cirrhosis", False),
        ("乙型肝炎肝硬化失代偿期", "Decompensated hepatitis B cirrhosis", True),
        ("Decompensated cirrhosis", "Compensated cirrhosis", False),
        # another abbreviation one letter away is no slip
        ("急性ST段抬高型心肌梗死", "Acute NSTEMI", False),
        ("急性ST段抬高型心肌梗死", "Acute STEMI", True),
        ("ST elevation myocardial infarction", "Acute NSTEMI", False),
        ("Acute myocardial infarction", "Acute NSTEMI", True),  # a kind of the reference, no slip involved
        # real slips stay slips
        ("Diabetes insipidus", "Diabtes insipidus", True),
        ("Decompensated heart failure", "Decompensated heart failur", True),
    ],
)
def test_no_slip_across_a_prefix_or_into_an_abbreviation(reference: str, prediction: str, correct: bool) -> None:
    assert _correct(reference, prediction) is correct


def test_not_a_slip_reasons() -> None:
    assert not_a_slip("乙型肝炎肝硬化失代偿期", "Compensated hepatitis B cirrhosis")
    assert not_a_slip("Acute STEMI", "Acute NSTEMI")
    assert not_a_slip("Aortic stenosis", "Ortic stenosis") is None  # "ortic" is no ICD-10-CM word
    assert not_a_slip("Diabetes insipidus", "Diabtes insipidus") is None


@pytest.mark.parametrize(
    ("reference", "prediction", "correct"),
    [
        # a reference coded to its category's "without rupture" default only because it says nothing of one
        ("Abdominal aortic aneurysm", "Ruptured abdominal aortic aneurysm", True),
        ("Abdominal aortic aneurysm", "Ruptured AAA", True),
        ("Thoracic aortic aneurysm", "Ruptured thoracic aortic aneurysm", True),
        ("腹主动脉瘤", "Ruptured abdominal aortic aneurysm", True),
        # ... another site stays another condition, a reference that says "without" / unruptured keeps it
        ("Abdominal aortic aneurysm", "Ruptured thoracic aortic aneurysm", False),
        ("Thoracic aortic aneurysm", "Ruptured abdominal aortic aneurysm", False),
        ("腹主动脉瘤", "Ruptured thoracic aortic aneurysm", False),
        ("Abdominal aortic aneurysm without rupture", "Ruptured abdominal aortic aneurysm", False),
        ("Unruptured abdominal aortic aneurysm", "Ruptured abdominal aortic aneurysm", False),
        ("腹主动脉瘤未破裂", "Ruptured abdominal aortic aneurysm", False),
        # ... and the kind's reference is not answered by the default
        ("Ruptured abdominal aortic aneurysm", "Abdominal aortic aneurysm", False),
    ],
)
def test_a_categorys_without_default(reference: str, prediction: str, correct: bool) -> None:
    assert _correct(reference, prediction) is correct


@pytest.mark.parametrize(
    ("reference", "prediction", "correct"),
    [
        # "of / in the newborn" and "newborn X" are "neonatal X" (ICD-10-CM P36 / P59 write both)
        ("新生儿高胆红素血症", "Hyperbilirubinemia of the newborn", True),
        ("新生儿黄疸", "Jaundice of the newborn", True),
        ("Neonatal jaundice", "Newborn jaundice", True),
        ("Neonatal hypoglycemia", "Hypoglycemia in the newborn", True),
        # ... another condition of the newborn stays another condition
        ("新生儿低血糖", "Hyperglycemia of the newborn", False),
        ("新生儿黄疸", "Kernicterus of the newborn", False),
        ("Neonatal sepsis", "Pneumonia of the newborn", False),
        ("Transient tachypnea of the newborn", "Respiratory distress syndrome of the newborn", False),
        # opposite prefixes are no slip (hypo / hyper), British spelling or not
        ("新生儿低血糖", "Neonatal hyperglycaemia", False),
        ("新生儿低血糖", "Neonatal hypoglycaemia", True),
        ("Macrocytic anemia", "Microcytic anaemia", False),  # micro / macro: no slip, ICD-10-CM word or not
        ("Hypokalemia", "Hyperkalaemia", False),
        ("Hypertrophic cardiomyopathy", "Hypertropic cardiomyopathy", True),  # a real slip stays one
    ],
)
def test_of_the_newborn_and_opposite_prefixes(reference: str, prediction: str, correct: bool) -> None:
    assert _correct(reference, prediction) is correct


@pytest.mark.parametrize(
    ("reference", "prediction", "correct"),
    [
        # another row's abbreviation one letter from the reference row's own is another condition
        ("急性ST段抬高型心肌梗死", "Acute inferior NSTEMI", False),
        ("急性ST段抬高型心肌梗死", "Acute inferior STEMI", True),
        ("急性非ST段抬高型心肌梗死", "NSTEMI", True),
        # ... the row's own abbreviations, with a number or a type, stay right
        ("Spinal muscular atrophy type 1", "SMA type 1", True),
        ("Multiple endocrine neoplasia type 1", "MEN1", True),
        ("急性早幼粒细胞白血病", "AML-M3", True),
        # the upper limb is not the lower
        ("下肢深静脉血栓形成", "Upper extremity DVT", False),
        ("下肢深静脉血栓形成", "Left leg DVT", True),
        ("下肢深静脉血栓形成", "Left femoral DVT", True),
        ("Lower extremity deep vein thrombosis", "Upper extremity deep vein thrombosis", False),
        ("Lower extremity deep vein thrombosis", "Left lower extremity deep vein thrombosis", True),
    ],
)
def test_abbreviation_sibling_and_limbs(reference: str, prediction: str, correct: bool) -> None:
    assert _correct(reference, prediction) is correct

"""Round 8 (issue 14, docs/verifier.md): readings that reach names no row joins. Each rule sits beside the
false accept it could open (a sibling, a look-alike), written for the rule, not taken from any set."""

from __future__ import annotations

import pytest

from dxgym.agents.verifiers.families import family_kind, privative_flipped
from dxgym.agents.verifiers.rule import judge
from dxgym.agents.verifiers.zh_short import short_form


@pytest.mark.parametrize(("reference", "prediction", "correct"), [
    # a kind of a family ICD-10-CM codes elsewhere, in either language and by any of the kind's names ...
    ("Nonalcoholic fatty liver disease", "NASH", True),
    ("NAFLD", "Metabolic dysfunction-associated steatohepatitis", True),
    ("非酒精性脂肪性肝病", "非酒精性脂肪性肝炎", True),
    ("Acute coronary syndrome", "STEMI", True),
    ("Acute coronary syndrome", "Unstable angina", True),
    ("Interstitial lung disease", "Idiopathic pulmonary fibrosis", True),
    # ... but the family for its kind is broader, and a sibling outside the family is not a kind
    ("NASH", "Nonalcoholic fatty liver disease", False),
    ("Unstable angina", "Acute coronary syndrome", False),
    ("Idiopathic pulmonary fibrosis", "Interstitial lung disease", False),
    ("Acute coronary syndrome", "Stable angina", False),
    ("Nonalcoholic fatty liver disease", "Alcoholic hepatitis", False),
    ("非酒精性脂肪性肝病", "酒精性脂肪性肝炎", False),
])
def test_condition_families(reference: str, prediction: str, correct: bool) -> None:
    assert judge(reference, prediction)[0] is correct


@pytest.mark.parametrize(("reference", "prediction"), [
    # words-plus-qualifiers read "alcoholic" inside "nonalcoholic": the privative names the opposite kind
    ("Nonalcoholic fatty liver disease", "Alcoholic fatty liver"),
    ("Nonalcoholic fatty liver disease", "Alcoholic steatohepatitis"),
    ("Non-Hodgkin lymphoma", "Hodgkin lymphoma"),
    ("Toxic multinodular goiter", "Nontoxic multinodular goiter"),
])
def test_privative_non_is_another_condition(reference: str, prediction: str) -> None:
    assert privative_flipped(reference, prediction)
    assert judge(reference, prediction)[0] is False


def test_privative_keeps_the_same_name() -> None:
    assert privative_flipped("Non-Hodgkin lymphoma", "Non Hodgkin's lymphoma") is None
    assert judge("Nonalcoholic fatty liver disease", "Non-alcoholic fatty liver disease")[0] is True


def test_family_needs_every_reading_a_kind() -> None:
    """The family rule reads codes, not words: a reference read only as a kind (narrower) is no family."""
    assert family_kind([], []) is None


@pytest.mark.parametrize(("reference", "prediction", "correct"), [
    # a 简称 from the full name's leading characters, words shortened, nothing known for the full name
    ("胎盘早剥", "胎盘早期剥离", True),
    # an organ after an organ written by the first's initial, the naming source coding both alike
    ("肛瘘", "肛管直肠瘘", True),
    ("肛管直肠瘘", "肛瘘", True),
    ("肛管直肠周围脓肿", "肛周脓肿", True),
    # ... never a position put in (肺外 is extrapulmonary), one character put in, a broader or narrower
    # code, a skipped kind qualifier with nothing to say the two are one, whole words dropped
    ("肺结核", "肺外结核", False),
    ("胫骨干骨折", "胫腓骨干骨折", False),
    ("肝内胆管癌", "肝癌", False),
    ("慢性阻塞性肺疾病", "慢性肺病", False),
    ("肾输尿管结石", "肾结石", False),
])
def test_chinese_short_forms(reference: str, prediction: str, correct: bool) -> None:
    assert judge(reference, prediction)[0] is correct


def test_short_form_reasons() -> None:
    assert short_form("胎盘早剥", "胎盘早期剥离")
    assert short_form("肛瘘", "肛管直肠瘘")
    assert short_form("肝内胆管癌", "肝癌") is None
    assert short_form("肛瘘", "肛瘘") is None
    assert short_form("肠脓肿", "肠系膜脓肿") is None  # 肠系膜 is a term of its own: the mesentery
    assert short_form("肺结核", "肺外结核") is None


@pytest.mark.parametrize(("reference", "prediction", "correct"), [
    # the Chinese name spells the English name word for word through the glossary ...
    ("Acute epidural hematoma", "急性硬膜外血肿", True),
    # ... a word changed, dropped or added is never bridged (acuity, site, the organ's condition)
    ("Chronic epidural hematoma", "急性硬膜外血肿", False),
    ("Acute subdural hematoma", "急性硬膜外血肿", False),
    ("Acute epidural hematoma", "硬膜外血肿伴颅骨骨折", False),
])
def test_chinese_spelt_through_glossary(reference: str, prediction: str, correct: bool) -> None:
    assert judge(reference, prediction)[0] is correct


@pytest.mark.parametrize(("reference", "prediction", "correct"), [
    # a 型 / 性 kind qualifier written before the head word rather than the whole name, side kept ...
    ("左侧Colles骨折", "左桡骨远端伸直型骨折", True),
    ("右桡骨远端伸直型骨折", "Right Colles fracture", True),
    ("急性化脓性阑尾炎", "化脓性急性阑尾炎", True),
    # ... but the other side, the other kind (屈曲型 is Smith's) and another qualifier stay wrong
    ("右桡骨远端伸直型骨折", "Left Colles fracture", False),
    ("左侧Colles骨折", "左桡骨远端屈曲型骨折", False),
    ("右桡骨远端伸直型骨折", "右侧Smith骨折", False),
    ("急性化脓性阑尾炎", "坏疽性急性阑尾炎", False),
])
def test_chinese_kind_qualifier_moved(reference: str, prediction: str, correct: bool) -> None:
    assert judge(reference, prediction)[0] is correct


@pytest.mark.parametrize(("reference", "prediction", "correct"), [
    # a kind the table lists under a row, its own names (eponym <-> descriptive) read as the kind ...
    ("Sheehan syndrome", "Postpartum pituitary necrosis", True),
    ("Beta thalassemia major", "Cooley anemia", True),
    ("Hypopituitarism", "Postpartum pituitary necrosis", True),  # a kind: more specific
    # ... the row for its kind stays broader, and a sibling kind of the same code stays another condition
    ("Postpartum pituitary necrosis", "Hypopituitarism", False),
    ("Sheehan syndrome", "Kallmann syndrome", False),
    ("Postpartum pituitary necrosis", "Hypogonadotropic hypogonadism with anosmia", False),
    ("Cooley anemia", "Thalassemia intermedia", False),
])
def test_names_of_a_listed_kind(reference: str, prediction: str, correct: bool) -> None:
    assert judge(reference, prediction)[0] is correct


@pytest.mark.parametrize(("reference", "prediction", "correct"), [
    # one word that is no ICD-10-CM word spelt as the ICD-10-CM word it is a variant of ...
    ("Marfan syndrome", "Marphan syndrome", True),
    ("Multiple myeloma", "Multiple myelomas", True),
    ("Multiple myeloma", "Multiple myelomata", True),
    ("Nephritic syndrome", "Nefritic syndrome", True),
    # ... the respelt pair is judged in full: a variant naming a sibling stays that sibling, and a word no
    # variant rule reaches stays unread
    ("Nephrotic syndrome", "Nefritic syndrome", False),
    ("Marfan syndrome", "Marchan syndrome", False),
])
def test_spelling_variants(reference: str, prediction: str, correct: bool) -> None:
    assert judge(reference, prediction)[0] is correct


def test_a_slip_of_uncertain_aim_gets_no_variant() -> None:
    """"hypercalemia" is one letter from hypercalcemia: no c/k variant is read from it."""
    from dxgym.agents.verifiers.en_variants import spelling_variants

    assert spelling_variants("Hypercalemia") == ()
    assert spelling_variants("Marphan syndrome") == ("marfan syndrome",)


@pytest.mark.parametrize(("reference", "prediction", "correct"), [
    # a Chinese name at one spinal region is not an English name at another (words-plus-qualifiers read
    # "cervical disc herniation" as the reference's disc herniation plus a qualifier) ...
    ("腰椎间盘突出症", "Cervical disc herniation", False),
    # ... the same region, a region inside it, and the cervix or the neck are untouched
    ("腰椎间盘突出症", "Lumbar disc herniation", True),
    ("腰椎间盘突出症", "Lumbosacral disc herniation", True),
    ("颈椎病", "Cervical spondylosis", True),
    ("宫颈癌", "Cervical cancer", True),
])
def test_spinal_region_across_languages(reference: str, prediction: str, correct: bool) -> None:
    assert judge(reference, prediction)[0] is correct


@pytest.mark.parametrize(("reference", "prediction", "correct"), [
    # a tumour named by the hormone it secretes, at its site, is the condition that excess is ...
    ("Cushing disease", "ACTH-secreting pituitary adenoma", True),
    ("Cushing syndrome", "ACTH-secreting pituitary adenoma", True),  # Cushing disease: a kind of it
    ("库欣病", "ACTH-secreting pituitary adenoma", True),
    ("Primary aldosteronism", "Aldosterone-producing adrenal adenoma", True),
    ("Acromegaly", "GH-secreting pituitary adenoma", True),
    # ... not at another site (ectopic ACTH), with no site, of another kind or hormone, or another subtype
    ("Cushing disease", "Ectopic ACTH-secreting tumor", False),
    ("Cushing disease", "ACTH-secreting tumor", False),
    ("Cushing disease", "Cortisol-secreting adrenal adenoma", False),
    ("Primary aldosteronism", "Aldosterone-producing adrenocortical carcinoma", False),
    ("Acromegaly", "Prolactin-secreting pituitary adenoma", False),
    ("Cushing disease", "GH-secreting pituitary adenoma", False),
    ("Idiopathic hyperaldosteronism", "Aldosterone-producing adenoma", False),
])
def test_hormone_secreting_tumours(reference: str, prediction: str, correct: bool) -> None:
    assert judge(reference, prediction)[0] is correct

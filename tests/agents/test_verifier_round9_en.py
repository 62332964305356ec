"""Issue 14, verifier round 9, English predictions: a Chinese reference's English name with its words in
other grammatical forms, and a Chinese reference read as a table name plus qualifiers the glossary translates
(`en_names9`). Each rule is shown on pairs written for it beside the pair that must
stay wrong: the false accept the rule could open."""

from __future__ import annotations

import pytest
from verdicts import rule_correct

from dxgym.agents.verifiers.en_names9 import participle_noun, translate_qualifiers

_correct = rule_correct


@pytest.mark.parametrize(
    ("reference", "prediction", "correct"),
    [
        # a participle read as its ICD-10-CM noun, "from" no word of the condition: the glossary's words, each once
        ("食管胃底静脉曲张破裂出血", "Bleeding from ruptured esophagogastric varices", True),
        ("食管胃底静脉曲张破裂出血", "Hemorrhage from ruptured esophagogastric varices", True),
        # ... nothing dropped or bridged: without the rupture it is broader, another site another condition
        ("食管胃底静脉曲张破裂出血", "Bleeding from esophagogastric varices", False),
        ("食管胃底静脉曲张破裂出血", "Bleeding from ruptured esophageal varices", False),
        ("食管胃底静脉曲张破裂出血", "Bleeding from ruptured gastric varices", False),
        # "from" reads only where every other word matches: a cause named by "due to" stays the answer form's
        ("食管胃底静脉曲张破裂出血", "Bleeding due to portal hypertension", False),
        # the glossary's words with this module's qualifiers, where the glossary alone cannot translate the name
        ("胃窦低分化腺癌", "Poorly differentiated adenocarcinoma of the gastric antrum", True),
        ("胃窦低分化腺癌", "Well differentiated adenocarcinoma of the gastric antrum", False),
        ("胃窦低分化腺癌", "Poorly differentiated adenocarcinoma of the gastric body", False),
        ("胃窦低分化腺癌", "Adenocarcinoma of the gastric antrum", False),
        # another organ or another lesion stays another condition
        ("胃溃疡穿孔", "Perforated duodenal ulcer", False),
        ("十二指肠溃疡出血", "Perforated duodenal ulcer", False),
    ],
)
def test_word_forms_of_the_glossary_translation(reference: str, prediction: str, correct: bool) -> None:
    assert _correct(reference, prediction) is correct


def test_participle_noun_reads_only_icd_nouns() -> None:
    assert participle_noun("perforated") == "perforation"
    assert participle_noun("ruptured") == "rupture"
    assert participle_noun("obstructed") == "obstruction"
    # no ICD-10-CM noun: the word stays as written
    assert participle_noun("bed") == "bed"


@pytest.mark.parametrize(
    ("reference", "prediction", "correct"),
    [
        # the table's English name (Organophosphate poisoning) plus the glossary's qualifiers, in any order
        ("急性重度有机磷农药中毒", "Acute severe organophosphate poisoning", True),
        ("急性重度有机磷农药中毒", "Severe acute organophosphate poisoning", True),
        # ... another severity is another condition, a dropped one is broader
        ("急性重度有机磷农药中毒", "Acute mild organophosphate poisoning", False),
        ("急性重度有机磷农药中毒", "Acute organophosphate poisoning", False),
        # a qualifier after the name (`data/zh_qualifiers_12.tsv`: the CML phases)
        ("慢性粒细胞白血病慢性期", "Chronic myeloid leukemia, chronic phase", True),
        ("慢性粒细胞白血病慢性期", "Chronic myeloid leukemia, accelerated phase", False),
        ("慢性粒细胞白血病慢性期", "Chronic myeloid leukemia, blast phase", False),
        ("慢性粒细胞白血病慢性期", "Chronic myeloid leukemia", False),
        ("慢性粒细胞白血病慢性期", "Chronic lymphocytic leukemia, chronic phase", False),
        # a grade by rule (N级 = grade N) and a risk stratum: every one must be there, and the same
        ("高血压病3级 很高危", "Essential hypertension, grade 3, very high risk", True),
        ("高血压病3级 很高危", "Grade 3 hypertension, very high risk", True),
        ("高血压病3级 很高危", "Essential hypertension, grade 2, very high risk", False),
        ("高血压病3级 很高危", "Essential hypertension, grade 3, high risk", False),
        ("高血压病3级 很高危", "Essential hypertension, grade 3", False),
        # a side translated is a side kept
        ("左侧卵巢囊肿", "Right ovarian cyst", False),
    ],
)
def test_table_name_with_translated_qualifiers(reference: str, prediction: str, correct: bool) -> None:
    assert _correct(reference, prediction) is correct


def test_translate_qualifiers() -> None:
    assert translate_qualifiers("3级很高危") == "grade 3 very high risk"
    assert translate_qualifiers("慢性期") == "chronic phase"
    assert translate_qualifiers("低分化") == "poorly differentiated"
    # a piece neither the table nor the glossary holds: no reading
    assert translate_qualifiers("很奇怪") is None


@pytest.mark.parametrize(
    ("reference", "prediction", "correct"),
    [
        # two qualifier runs, each leaving a right answer when the other is left out: a kind twice narrowed
        ("Infective endocarditis", "Staphylococcus aureus tricuspid valve endocarditis", True),
        ("感染性心内膜炎", "Staphylococcus aureus tricuspid valve endocarditis", True),
        # ... another head noun, an opposite kind, another side, a past condition stay wrong
        ("Infective endocarditis", "Staphylococcus aureus tricuspid valve stenosis", False),
        ("Infective endocarditis", "Nonbacterial thrombotic mitral endocarditis", False),
        ("Right inguinal hernia", "Left indirect inguinal hernia", False),
        ("Old myocardial infarction", "Acute anterior myocardial infarction", False),
        ("Type 2 diabetes mellitus", "Type 1 diabetes mellitus with ketoacidosis", False),
    ],
)
def test_two_kinds_at_once(reference: str, prediction: str, correct: bool) -> None:
    assert _correct(reference, prediction) is correct

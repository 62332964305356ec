"""Issue 14, verifier round 9, English predictions: a Chinese reference's English name with its words in
other grammatical forms (`en_names9`). Each rule is shown on pairs written for it beside the pair that must
stay wrong: the false accept the rule could open."""

from __future__ import annotations

import pytest
from verdicts import rule_correct

from dxgym.agents.verifiers.en_names9 import participle_noun

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

"""Round 9 (issue 14), English predictions: a Chinese reference's English name read with its words' other forms.

Round 8's `glossary_names` accepts an English answer that holds exactly the words of the Chinese reference's
glossary translation (急性硬膜外血肿 = "Acute epidural hematoma"). English writes the same words in two
grammatical forms that the exact comparison keeps apart: a past participle used as an adjective and its
noun ("ruptured varices" / "varices rupture", "perforated" / "perforation", "obstructed" / "obstruction"),
and the preposition "from" naming where a bleeding or discharge comes from, which is no word of the
condition ("Bleeding from ruptured esophagogastric varices" is 食管胃底静脉曲张破裂出血).

The reading is by structure, with ICD-10-CM's own words as its dictionary (`coding.icd_words`: titles and
inclusion terms): a word ending in -ed is read as the ICD-10-CM noun it is the participle of, -ed -> -ion
(perforated -> perforation, obstructed -> obstruction) or -d dropped (ruptured -> rupture, fractured ->
fracture), only where that noun is an ICD-10-CM word. Both sides are read the same way, and then every word
must match both ways, each as often, as in round 8: nothing is added, dropped or bridged, so another type,
severity, site or cause stays another condition. Only a Chinese reference against an English answer (the
verifier's English predictions); names that join two conditions are left to the answer-form rules.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from dxgym.agents.verifiers.en_structure import canonical
from dxgym.emr_fixtures import vocabulary
from dxgym.emr_fixtures.coding import icd_words, normalise_name
from dxgym.emr_fixtures.diagnosis_terms import has_chinese

_JOINED = re.compile(r"\b(?:with|without|due|and|or|secondary|caused)\b|[伴并及和或]|合并|所致|引起|继发")
_IGNORED = frozenset({"of", "the", "a", "an", "from"})


@lru_cache(maxsize=16384)
def participle_noun(word: str) -> str:
    """The ICD-10-CM noun a past participle names (perforated -> perforation, ruptured -> rupture), else the word."""
    if len(word) < 6 or not word.endswith("ed"):
        return word
    words = icd_words()
    for noun in (word[:-2] + "ion", word[:-1]):
        if noun in words:
            return noun
    return word


def _words(english: str) -> Counter[str]:
    return Counter(participle_noun(w) for w in canonical(normalise_name(english)).split() if w not in _IGNORED)


@lru_cache(maxsize=65536)
def spelt_with_word_forms(reference: str, prediction: str) -> str | None:
    """The reason the English answer spells the Chinese reference's glossary translation with its words in
    other grammatical forms, if it does (see the module)."""
    if not has_chinese(reference) or has_chinese(prediction):
        return None
    if _JOINED.search(reference) or _JOINED.search(prediction.lower()):
        return None
    english = vocabulary.translate_zh(reference)
    if not english or _JOINED.search(english):
        return None
    ours, theirs = _words(english), _words(prediction)
    if len(ours) < 2 or ours != theirs:
        return None
    return f"the Chinese name read word for word through the glossary, its words in other forms ({english})"

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

**A table name with its qualifiers translated** (`qualified_table_name`). A Chinese reference that is a table
name N with a qualifier run before it and / or after it (急性|重度|有机磷农药中毒, 慢性粒细胞白血病|慢性期,
胃窦低分化|腺癌) is read as N's own English names (the table row's, in either language one condition) plus the
glossary translation of the qualifier runs: the answer must hold exactly those words, each as often. The
glossary translates only the qualifiers; the condition keeps the table's English names, which the glossary's
word-for-word rendering of the whole may miss (有机磷农药中毒 is the row "Organophosphate poisoning", not
"organophosphate pesticide poisoning"). A qualifier the glossary cannot translate reads nothing, and an
answer without it (a dropped type, phase or severity) stays broader. Qualifier runs the glossary lacks are in
`data/zh_qualifiers_12.tsv` (differentiation grade, the CML phases, hypertension's risk strata, ILAE's
generalized / focal, each with its source), and a number before 级 / 期 is read as "grade N" / "stage N".

**Two kinds at once** (`two_kinds_at_once`). An English answer that no reading matches at all, holding two
qualifier runs each of which, with the other left out, leaves an answer the verifier judges right (the
reference or a kind of it), is that kind twice narrowed: "Staphylococcus aureus tricuspid valve endocarditis"
is right for infective endocarditis because "Staphylococcus aureus endocarditis" and "tricuspid valve
endocarditis" both are. Each shorter answer is judged in full, so a past, negated, other-side or other-kind
qualifier in either run keeps the answer wrong; it is read only where the whole answer met no reading (a
reading that rejected it, for a sibling or an opposite, stands).
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path

from dxgym.agents.verifiers.en_structure import canonical
from dxgym.emr_fixtures import vocabulary
from dxgym.emr_fixtures.answer_memos import answer_memo
from dxgym.emr_fixtures.coding import icd_words, normalise_name
from dxgym.emr_fixtures.diagnosis_terms import abbreviations, has_chinese, terms_for_chinese, zh_key

_JOINED = re.compile(r"\b(?:with|without|due|and|or|secondary|caused)\b|[伴并及和或]|合并|所致|引起|继发")
_IGNORED = frozenset({"of", "the", "a", "an", "from"})
_QUALIFIERS = Path(__file__).with_name("data") / "zh_qualifiers_12.tsv"
_NUMBERED = re.compile(r"(\d+)([级期])")


@lru_cache(maxsize=1)
def _qualifier_table() -> dict[str, str]:
    rows = [line.split("\t") for line in _QUALIFIERS.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    return {zh_key(zh): en.strip() for zh, en, *_source in rows}


@lru_cache(maxsize=16384)
def translate_qualifiers(run: str) -> str | None:
    """A Chinese qualifier run in English, piece by piece (this module's table, N级 / N期, then the glossary),
    or None unless its pieces cover it entirely; fewest pieces win."""
    table = _qualifier_table()
    best: list[list[str] | None] = [[]] + [None] * len(run)
    for end in range(1, len(run) + 1):
        for start in range(end):
            head = best[start]
            if head is None or (best[end] is not None and len(head) + 1 >= len(best[end])):
                continue
            piece = run[start:end]
            numbered = _NUMBERED.fullmatch(piece)
            english = table.get(piece) or (
                f"{'grade' if numbered.group(2) == '级' else 'stage'} {numbered.group(1)}" if numbered
                else vocabulary.translate_zh(piece))
            if english:
                best[end] = [*head, english]
    words = best[len(run)]
    return " ".join(words) if words else None


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


@answer_memo()
def spelt_with_word_forms(reference: str, prediction: str) -> str | None:
    """The reason the English answer spells the Chinese reference's glossary translation with its words in
    other grammatical forms, if it does (see the module)."""
    if not has_chinese(reference) or has_chinese(prediction):
        return None
    if _JOINED.search(reference) or _JOINED.search(prediction.lower()):
        return None
    # the glossary, else its words with this module's qualifiers (胃窦|低分化|腺癌: "poorly differentiated")
    english = vocabulary.translate_zh(reference) or translate_qualifiers(zh_key(reference))
    if not english or _JOINED.search(english):
        return None
    ours, theirs = _words(english), _words(prediction)
    if len(ours) < 2 or ours != theirs:
        return None
    return f"the Chinese name read word for word through the glossary, its words in other forms ({english})"


def table_name_parts(key: str) -> Iterator[tuple[int, int, list[str]]]:
    """Each part `key[start:end]` of a Chinese name (never the whole) that names exactly one table row, the
    longest first from each start, with that row's English names — an abbreviation only where the table gives
    it this one meaning. What is left either side is the qualifiers (`qualified_table_name`, and round 10's
    `en_joins14.joined_table_name`)."""
    for start in range(len(key) - 1):
        for end in range(len(key), start + 1, -1):
            if start == 0 and end == len(key):
                continue
            found = terms_for_chinese(key[start:end])
            if len(found) != 1:
                continue
            term = found[0]
            yield start, end, [name for name in (term.en, *term.synonyms)
                               if not name.isupper() or len(abbreviations().get(normalise_name(name), ())) == 1]


@answer_memo()
def qualified_table_name(reference: str, prediction: str) -> str | None:
    """The reason the English answer is the Chinese reference's table name with its qualifiers translated by
    the glossary, if it is (see the module)."""
    if not has_chinese(reference) or has_chinese(prediction):
        return None
    if _JOINED.search(reference) or _JOINED.search(prediction.lower()):
        return None
    theirs = _words(prediction)
    key = zh_key(reference)
    if len(theirs) < 2 or not key:
        return None
    for start, end, names in table_name_parts(key):
        before, after = key[:start], key[end:]
        qualifiers = [translate_qualifiers(part) if part else "" for part in (before, after)]
        if any(part and not english for part, english in zip((before, after), qualifiers, strict=True)):
            continue
        if any(_JOINED.search(english) for english in qualifiers):
            continue
        extra = _words(" ".join(qualifiers))
        for name in names:
            if _words(name) + extra == theirs:
                return (f"the table name {key[start:end]} ({name}) with its qualifiers translated by the "
                        f"glossary ({' / '.join(q for q in qualifiers if q)})")
    return None


_IN_TWO_KINDS = threading.local()  # set while the shorter answers are judged (per thread: verdicts run in pools)


def two_kinds_at_once(reference: str, prediction: str,
                      judge: Callable[[str, str], tuple[bool, str, str]]) -> str | None:
    """The two shorter answers, each right, that show the answer is a kind of the reference, if there are
    (see the module). Runs of one to three words; the shorter answers are judged without this reading."""
    if has_chinese(prediction) or getattr(_IN_TWO_KINDS, "on", False):
        return None
    words = prediction.split()
    if not 3 <= len(words) <= 8:
        return None
    _IN_TWO_KINDS.on = True
    try:
        kept: list[tuple[int, int, str]] = []
        for size in (1, 2, 3):
            for start in range(len(words) - size):  # the last word is the head noun: never left out
                shorter = " ".join(words[:start] + words[start + size:])
                correct, _reason, _tier = judge(reference, shorter)
                if not correct:
                    continue
                for other_start, other_end, other in kept:
                    if other_end <= start or start + size <= other_start:
                        return f"{shorter} / {other}"
                kept.append((start, start + size, shorter))
    finally:
        _IN_TWO_KINDS.on = False
    return None

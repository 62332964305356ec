"""Round 10 (issue 14), English predictions: names joined by "with" / "in" / "due to", valve lesion words, and
no slip into another abbreviation.

**A Chinese reference's table name and qualifiers, joined** (`joined_table_name`). Round 9's
`en_names9.qualified_table_name` reads a Chinese reference that is a table name N with a qualifier run before
and / or after it (慢性粒细胞白血病|慢性期, 癫痫|全面性强直-阵挛发作, 支气管哮喘|急性发作) as N's English names plus the
qualifiers' translation, but leaves every answer with a join word to the answer forms, which judge "X with Y"
by X: "CML in chronic phase" and "Epilepsy with generalized tonic-clonic seizures" were read as the bare table
name (broader). Here the join words "with", "in", "due to", "secondary to", "caused by" and a comma are read
as no word of the condition, where the rest of the answer holds exactly N's words and the qualifiers' words,
each as often, and the table name's words stand before the first join (DESIGN judges "X with Y" by X, so
"Uterine atony with postpartum hemorrhage" stays the answer forms'): nothing may be added or dropped, so
another phase, cause, severity or seizure type stays wrong,
and an answer that names a second condition after the join ("Essential hypertension in pregnancy") holds
words the reference lacks. A qualifier run ending in 性 (the adjective form) may also be read as its stem, the
cause noun that "due to" names (宫缩乏力性 = "atonic" or, after "due to", "uterine atony"). Qualifier runs that
neither the glossary nor round 9's table translate are in `data/zh_qualifiers_14.tsv` (sourced).

**Valve lesion words** (`valve_lesion_respelt`). ICD-10-CM names a valve's leak three ways: insufficiency,
incompetence and regurgitation are one condition (I35.1 "Nonrheumatic aortic (valve) insufficiency", inclusion
terms "incompetence NOS" and "regurgitation NOS"; likewise I36.1 tricuspid, I37.1 pulmonary and the rheumatic
I05.1 / I06.1 / I07.1; only codes outside the evaluation categories are cited: the mitral I34 is held out, and
the rule reaches it by structure, as it reaches every valve). An answer naming a valve (mitral, aortic, tricuspid, pulmonic, or
"pulmonary valve": bare "pulmonary insufficiency" is the lung's) with one of the three words is judged again
with the reference's word in its place; the whole pair is judged in full, so stenosis, prolapse, another
valve or a dropped "rheumatic" stays what it was.

**A category's "without X" default** (`without_default_kind`). ICD-10-CM codes a name that says nothing of a
complication to the category's "without X" code (abdominal aortic aneurysm: I71.4 "..., without rupture"), so the
sibling that has it ("Ruptured abdominal aortic aneurysm", I71.3 "..., ruptured") read as another condition.
Where the reference says no "without" (nor unruptured, intact, uncomplicated, 未破裂, 无), its code's title is its
sibling's title with "without X" where the sibling has X (or "with X"), word for word and nothing else (another
site, type or encounter keeps the titles apart), the answer is that kind of the reference. Over every ICD-10-CM
leaf code, the title rule pairs only such codes (the aortic aneurysms by site, ruptured / without rupture).

**Vetoes on any accept**: an answer abbreviation one letter from the reference row's own abbreviation
(`abbreviation_sibling`: "Acute inferior NSTEMI" for 急性ST段抬高型心肌梗死 was read as STEMI with qualifiers), and
the upper limb for the lower or the reverse (`limbs_apart`: "Upper extremity DVT" for 下肢深静脉血栓形成).

**"Of the newborn" is "neonatal"** (`newborn_respelt`). ICD-10-CM's perinatal chapter writes both forms
(P36 "Bacterial sepsis of newborn", P59 "Neonatal jaundice"), and the glossary translates 新生儿 "neonatal": an
answer "X of / in the newborn" or "newborn X" that met no reading is judged again in full as "neonatal X"
("Hyperbilirubinemia of the newborn" for 新生儿高胆红素血症). Another condition stays another condition.

**No slip into an opposite or another abbreviation** (`not_a_slip`). A misspelling match is vetoed where an
answer word is a word of the reference's English (for a Chinese reference, its glossary translation) with an
opposing prefix added or taken away, both ICD-10-CM words (de-, un-, non-, in-, dis-, a-, an-: "Compensated hepatitis B cirrhosis"
for 乙型肝炎肝硬化失代偿期 read "compensated" as a slip of "decompensated"), or with one of two opposite prefixes swapped (hypo / hyper, brady / tachy, micro / macro,
intra / extra, pre / post, ante / post, infra / supra: "Neonatal hyperglycaemia" for 新生儿低血糖), or where the
answer writes in
capitals a table abbreviation the reference does not write and that is one letter from another table
abbreviation ("Acute NSTEMI" for 急性ST段抬高型心肌梗死 read "nstemi" as a slip of "stemi").
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from dxgym.agents.verifiers.en_names9 import _words, table_name_parts, translate_qualifiers
from dxgym.emr_fixtures import vocabulary
from dxgym.emr_fixtures.answer_memos import answer_memo
from dxgym.emr_fixtures.coding import describe, icd_words, normalise_name
from dxgym.emr_fixtures.diagnosis_terms import abbreviations, has_chinese, zh_key

_JOINS = re.compile(r",|\b(?:with|in|due to|secondary to|caused by)\b", re.IGNORECASE)
_REFERENCE_JOINED = re.compile(r"[伴并及和或]|合并|所致|引起|继发")
_OTHER_JOINS = re.compile(r"\b(?:without|and|or|not|no)\b", re.IGNORECASE)
_QUALIFIERS = Path(__file__).with_name("data") / "zh_qualifiers_14.tsv"


@lru_cache(maxsize=1)
def _qualifier_table() -> dict[str, str]:
    rows = [line.split("\t") for line in _QUALIFIERS.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    return {zh_key(zh): en.strip() for zh, en, *_source in rows}


@lru_cache(maxsize=16384)
def _translations(run: str) -> tuple[str, ...]:
    """A qualifier run's English readings: whole pieces of this module's table and round 9's reading, fewest
    pieces first; a run ending in 性 also as its stem (the cause noun)."""
    if not run:
        return ("",)
    found: list[str] = []
    for text in (run, run[:-1] if run.endswith("性") and len(run) > 2 else ""):
        if not text:
            continue
        table = _qualifier_table()
        best: list[list[str] | None] = [[]] + [None] * len(text)
        for end in range(1, len(text) + 1):
            for start in range(end):
                head = best[start]
                if head is None or (best[end] is not None and len(head) + 1 >= len(best[end])):
                    continue
                piece = text[start:end]
                english = table.get(piece) or translate_qualifiers(piece)
                if english:
                    best[end] = [*head, english]
        if best[len(text)]:
            found.append(" ".join(best[len(text)]))
    return tuple(dict.fromkeys(found))


def _unjoined(prediction: str) -> str | None:
    """The answer with its join words taken out, or None where it has none (or a word that joins otherwise)."""
    if not _JOINS.search(prediction) or _OTHER_JOINS.search(prediction):
        return None
    return _JOINS.sub(" ", prediction)


@answer_memo()
def joined_table_name(reference: str, prediction: str) -> str | None:
    """The reason the English answer spells the Chinese reference's table name and its translated qualifiers,
    joined by "with" / "in" / "due to" or a comma, if it does (see the module)."""
    if not has_chinese(reference) or has_chinese(prediction) or _REFERENCE_JOINED.search(reference):
        return None
    rest = _unjoined(prediction)
    if rest is None:
        return None
    theirs = _words(rest)
    first_part = _words(_JOINS.split(prediction)[0])  # the condition first: "X with Y" is judged by X (DESIGN)
    key = zh_key(reference)
    if len(theirs) < 2 or not key:
        return None
    for start, end, names in table_name_parts(key):
        before, after = _translations(key[:start]), _translations(key[end:])
        for first in before:
            for last in after:
                extra = _words(f"{first} {last}")
                if any(_words(name) + extra == theirs and not _words(name) - first_part for name in names):
                    return (f"the table name {key[start:end]} with its qualifiers translated "
                            f"({' / '.join(q for q in (first, last) if q)}), joined by a word of no condition")
    return None


_LESIONS = ("insufficiency", "incompetence", "regurgitation")
_VALVE_LESION = re.compile(r"\b(mitral|aortic|tricuspid|pulmonic|pulmonary valve)( valve)?( |-)"
                           r"(insufficiency|incompetence|regurgitation)\b", re.IGNORECASE)


def valve_lesion_respelt(reference: str, prediction: str) -> tuple[str, str] | None:
    """The answer with its valve-leak word written as the reference writes it, where the two differ (see the
    module); None otherwise."""
    match = _VALVE_LESION.search(prediction)
    if not match:
        return None
    ours = match.group(4).lower()
    target = next((w for w in _LESIONS if re.search(rf"\b{w}\b", reference, re.IGNORECASE)), None)
    if target is None and has_chinese(reference) and "关闭不全" in reference:
        target = "insufficiency"  # 关闭不全, the glossary's word
    if target is None and has_chinese(reference) and "反流" in reference:
        target = "regurgitation"
    if target is None or target == ours:
        return None
    valve = " valve" if has_chinese(reference) and not match.group(2) else ""  # the glossary's "mitral valve ..."
    return reference, prediction[:match.start(3)] + valve + match.group(3) + target + prediction[match.end(4):]


_OPPOSING_PREFIXES = ("de", "un", "non", "in", "dis", "a", "an")
_OPPOSITE_PREFIXES = (("hypo", "hyper"), ("brady", "tachy"), ("micro", "macro"), ("intra", "extra"),
                      ("pre", "post"), ("ante", "post"), ("infra", "supra"))


def not_a_slip(reference: str, prediction: str) -> str | None:
    """Why a misspelling match is no slip (see the module): a word of the answer is a word of the reference's
    English with an opposing prefix added or taken away (compensated / decompensated), or the answer writes
    another abbreviation."""
    english = reference if not has_chinese(reference) else (
        vocabulary.translate_zh(reference) or translate_qualifiers(zh_key(reference)) or "")
    ours = set(re.findall(r"[a-z]{4,}", normalise_name(english)))
    known = icd_words()  # both words ICD-10-CM words: "ortic" for "aortic" stays a slip
    for word in set(re.findall(r"[a-z]{4,}", normalise_name(prediction))) - ours:
        for other in ours:
            added = word in known and other in known and any(
                word == prefix + other or other == prefix + word for prefix in _OPPOSING_PREFIXES)
            swapped = any(word.startswith(x) and other.startswith(y) and word[len(x):] == other[len(y):]
                          for a, b in _OPPOSITE_PREFIXES for x, y in ((a, b), (b, a)))  # micro / macro: any words
            if added or swapped:
                return f"{word} / {other}: a prefix that names the opposite, not a slip"
    return slip_into_abbreviation(reference, prediction)


def slip_into_abbreviation(reference: str, prediction: str) -> str | None:
    """Why a misspelling match is no slip: the answer writes, in capitals, an abbreviation the table holds that
    the reference does not write and that is one letter from another table abbreviation (NSTEMI / STEMI)."""
    table = abbreviations()
    for word in re.findall(r"[A-Za-z]{3,}", prediction):
        low = word.lower()
        if not word.isupper() or low not in table or re.search(rf"\b{low}\b", reference.lower()):
            continue
        if any(_one_off(low, other) for other in _neighbours(low)):
            return f"{word} is another abbreviation, not a slip"
    return None


@answer_memo(4096)
def _neighbours(word: str) -> tuple[str, ...]:
    return tuple(other for other in abbreviations() if abs(len(other) - len(word)) <= 1 and _one_off(word, other))


def _one_off(a: str, b: str) -> bool:
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


_TITLE_WORD = re.compile(r"[a-z]+")
_SAYS_WITHOUT = re.compile(r"\b(?:without|non-?ruptured|unruptured|intact|uncomplicated)\b|未破裂|无", re.IGNORECASE)


def _title_words(code: str) -> set[str]:
    return set(_TITLE_WORD.findall((describe(code) or "").lower()))


def without_default_kind(reference: str, refs: list, preds: list) -> str | None:
    """The reason the answer is a kind of a reference whose ICD-10-CM code is its category's "without X"
    default, if it is (see the module): "Ruptured abdominal aortic aneurysm" for abdominal aortic aneurysm,
    coded I71.4 "Abdominal aortic aneurysm, without rupture" only because the reference says nothing of a
    rupture; the answer codes to the sibling I71.3 "..., ruptured"."""
    if _SAYS_WITHOUT.search(reference):
        return None
    for ref in refs:
        rc = ref.code
        if not rc or ref.narrower or ref.derived or "-" in rc:
            continue
        ours = _title_words(rc)
        if "without" not in ours:
            continue
        for pred in preds:
            pc = pred.code
            if not pc or pc == rc or pred.narrower or pc.split(".")[0] != rc.split(".")[0]:
                continue
            theirs = _title_words(pc)
            if "without" in theirs or _SAYS_WITHOUT.search(pred.key or ""):
                continue
            missing, added = ours - theirs - {"without"}, theirs - ours
            if missing and added and min(map(len, missing)) >= 4 and all(any(a.startswith(m) for a in added) for m in missing) and all(
                    a == "with" or any(a.startswith(m) for m in missing) for a in added):
                return (f"a kind of the reference: ICD-10-CM codes it {rc} ({describe(rc)}) only by default, and the "
                        f"answer is its sibling {pc} ({describe(pc)})")
    return None


_OF_NEWBORN = re.compile(r"^(.+?)\s+(?:of|in)\s+(?:the\s+|a\s+)?newborn(?:s)?$", re.IGNORECASE)
_NEWBORN = re.compile(r"\bnewborn\b", re.IGNORECASE)


def newborn_respelt(prediction: str) -> str | None:
    """The answer with "X of / in the newborn" or "newborn X" written "neonatal X", where it has one (see the
    module); None otherwise."""
    if match := _OF_NEWBORN.match(prediction.strip()):
        return f"Neonatal {match.group(1)}"
    if _NEWBORN.search(prediction):
        return _NEWBORN.sub("neonatal", prediction)
    return None


def abbreviation_sibling(ref_terms: tuple, prediction: str) -> str | None:
    """Why an accepted answer is another condition: it writes in capitals a table abbreviation one letter from
    an abbreviation of the reference's own row, and none of the row's ("Acute inferior NSTEMI" for
    急性ST段抬高型心肌梗死, whose row writes STEMI; see the module)."""
    table = abbreviations()
    codes = {term.code for term in ref_terms}
    words = [w for w in re.findall(r"\b[A-Za-z][A-Za-z0-9]{3,}\b", prediction) if w.isupper() and w.lower() in table
             and not any(other.code in codes for other in table[w.lower()])]  # another row's abbreviation only
    if not words:
        return None
    for term in ref_terms:
        own = {name.lower() for name in (term.en, *term.synonyms) if name.isupper() and " " not in name}
        for word in words:
            low = word.lower()
            if low not in own and any(_one_off(low, other) for other in own):
                return f"{word} is another abbreviation than the reference's ({', '.join(sorted(own)).upper()})"
    return None


_LOWER_LIMB = re.compile(r"下肢|\blower (?:limb|extremit)|\blegs?\b", re.IGNORECASE)
_UPPER_LIMB = re.compile(r"上肢|\bupper (?:limb|extremit)|\barms?\b", re.IGNORECASE)


def limbs_apart(reference: str, prediction: str) -> str | None:
    """Why an accepted answer is another site: the reference names the lower limb and the answer the upper, or
    the other way round (下肢深静脉血栓形成 / "Upper extremity DVT")."""
    for ours, theirs in ((_LOWER_LIMB, _UPPER_LIMB), (_UPPER_LIMB, _LOWER_LIMB)):
        if ours.search(reference) and not theirs.search(reference) and theirs.search(prediction) \
                and not ours.search(prediction):
            return "a different site (upper / lower limb)"
    return None

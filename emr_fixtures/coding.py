"""ICD-10-CM coding of diagnosis names and the specialty derived from it.

Sources carry names, not codes, so a code is assigned by name matching against `simple-icd-10-cm`
(descriptions and inclusion terms) and a curated table of clinical names and abbreviations
(`emr_fixtures.diagnosis_terms`). Matching is exact after normalisation, then a conservative fuzzy
step that only forgives spelling and word order; when nothing matches confidently the answer is
`None` — a wrong code is worse than none. The least specific code that names the condition wins
(G70.0 "Myasthenia gravis", not a leaf about exacerbation) unless the name itself is more specific.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from dxgym.emr_fixtures import coding_core, diagnosis_terms, vocabulary
from dxgym.emr_fixtures.answer_memos import answer_memo
from dxgym.emr_fixtures.models import IcdMethod
from dxgym.emr_fixtures.names import normalise_name


class _LazyIcd:
    """`simple_icd_10_cm` parses its whole XML release on import (~4 s): load it on first use only,
    so `dxgym --help` and processes that never code a diagnosis start fast."""

    def __getattr__(self, name: str):
        import simple_icd_10_cm

        return getattr(simple_icd_10_cm, name)


icd = _LazyIcd()

# ICD-10 chapter (by first letter / code range) -> short specialty name.
_CHAPTERS: tuple[tuple[str, str, str], ...] = (
    ("A00", "B99", "infectious disease"),
    ("C00", "D49", "oncology"),
    ("D50", "D89", "hematology"),
    ("E00", "E89", "endocrinology"),
    ("F01", "F99", "psychiatry"),
    ("G00", "G99", "neurology"),
    ("H00", "H59", "ophthalmology"),
    ("H60", "H95", "otolaryngology"),
    ("I00", "I99", "cardiology"),
    ("J00", "J99", "pulmonology"),
    ("K00", "K95", "gastroenterology"),
    ("L00", "L99", "dermatology"),
    ("M00", "M99", "rheumatology"),
    ("N00", "N99", "nephrology"),
    ("O00", "O9A", "obstetrics"),
    ("P00", "P96", "neonatology"),
    ("Q00", "Q99", "congenital"),
    ("R00", "R99", "symptoms"),
    ("S00", "T88", "injury"),
    ("V00", "Y99", "external causes"),
    ("Z00", "Z99", "health services"),
)


@dataclass(frozen=True)
class CodeAssignment:
    icd10: str | None
    method: IcdMethod


# Fillers that say "no more detail": ", unspecified ...", " NOS", "Unspecified X".
_FILLER_RE = re.compile(r"(?:,\s*(?:unspecified|not elsewhere classified|site not specified)\b.*|\s+NOS\b.*)$")
_LEADING_FILLER_RE = re.compile(r"^unspecified\s+", re.IGNORECASE)


def _variants(description: str) -> list[str]:
    """The ways a description may be written: as is, without parentheticals, fillers or inversion."""
    raw = description.replace("[", "(").replace("]", ")")
    forms = [raw, re.sub(r"\s*\([^)]*\)", "", raw)]
    out: list[str] = []
    for form in forms:
        out.append(form)
        base = _LEADING_FILLER_RE.sub("", _FILLER_RE.sub("", form)).strip(" ,")
        if base and base != form:
            out.append(base)
    for form in list(out):
        head, sep, tail = form.partition(", ")
        if sep and "," not in tail and len(tail.split()) <= 3:
            out.append(f"{tail} {head}")  # "Pneumonia, bacterial" -> "bacterial pneumonia"
    return [n for n in dict.fromkeys(normalise_name(f) for f in out) if n]


def _code_key(code: str) -> tuple[int, str]:
    return (len(code), code)


@lru_cache(maxsize=1)
def _name_index() -> dict[str, str]:
    """Normalised name -> least specific code naming it; exact terms beat derived variants."""
    exact: dict[str, str] = {}
    derived: dict[str, str] = {}
    for code in icd.get_all_codes(with_dots=True):
        if icd.is_chapter_or_block(code) or icd.is_extended_subcategory(code):
            continue
        # an evaluation concept keeps its title (references must code) but not its inclusion terms
        inclusion = () if vocabulary.is_held_out(code) else icd.get_inclusion_term(code)
        for term in (icd.get_description(code), *inclusion):
            for i, name in enumerate(_variants(term)):
                target = exact if i == 0 else derived
                if name not in target or _code_key(code) < _code_key(target[name]):
                    target[name] = code
    return {**derived, **exact}


_STOP = frozenset({"the", "of", "an"})
_SUFFIXES = ("itis", "osis", "oma", "emia", "pathy", "plasia", "trophy", "algia", "iasis", "ectasis", "ism")


def content_key(name: str) -> tuple[str, ...]:
    """A normalised name as a sorted tuple of its words, so word order never matters."""
    return tuple(sorted(t for t in name.split() if t not in _STOP))


def is_misspelling(a: str, b: str) -> bool:
    """A small slip between two long words that keeps the medical suffix (-itis vs -osis never)."""
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or any(ch.isdigit() for ch in a + b):
        return False
    short, long = sorted((a, b), key=len)
    if long in ("a" + short, "an" + short):  # a privative prefix is the opposite: achalasia / chalasia
        return False
    ends_a = {s for s in _SUFFIXES if a.endswith(s)}
    ends_b = {s for s in _SUFFIXES if b.endswith(s)}
    if ends_a and ends_b and ends_a != ends_b:  # two suffixes: two conditions (-itis vs -osis)
        return False
    if (ends_a or ends_b) and not (ends_a and ends_b) and len(a) != len(b):
        # a suffix against none: a letter slipped inside it ("appendicitus"), or one added or dropped
        # ("pheochromocytma", "dermatomyosits") when the slipped word is no ICD-10-CM word of its own
        bare, whole = (b, a) if ends_a else (a, b)
        slips = 2 if min(len(a), len(b)) >= 12 else 1  # "dermatomyosit(s)": the plural's s read off a slip
        # "pericardits" reaches here as "pericardit": normalising read its last s as a plural
        plural_read_off = bare[-1:] != "s" and OSA.distance(bare + "s", whole) <= 1
        if min(len(a), len(b)) < 9 or bare in icd_words() or (OSA.distance(a, b) > slips and not plural_read_off):
            return False
    limit = 2 if min(len(a), len(b)) >= 9 else 1
    # optimal string alignment: a swap of two letters ("myastehnia") is one slip, as a typist makes it
    if OSA.distance(a, b, score_cutoff=limit) <= limit:
        return True
    # a word ending in s whose slip normalising read as a plural ("measels" -> "measel" against "measles")
    if a.endswith("s") != b.endswith("s"):
        short, long = (b, a) if a.endswith("s") else (a, b)
        return OSA.distance(short + "s", long, score_cutoff=limit) <= limit
    return False


@lru_cache(maxsize=1)
def _key_index() -> dict[tuple[str, ...], str]:
    """Word-order-free index over the same names, least specific code first."""
    index: dict[tuple[str, ...], str] = {}
    for name, code in _name_index().items():
        key = content_key(name)
        if key not in index or _code_key(code) < _code_key(index[key]):
            index[key] = code
    return index


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[str, ...]:
    return tuple(sorted({t for key in _key_index() for t in key}))


@lru_cache(maxsize=1)
def _vocabulary_set() -> frozenset[str]:
    return frozenset(_vocabulary())


def icd_words() -> frozenset[str]:
    """Every word of ICD-10-CM's titles and inclusion terms, normalised."""
    return _vocabulary_set()


@answer_memo()
def correct_word(word: str) -> str | None:
    """The one ICD-10-CM word this word misspells, or None when there is none or several."""
    if len(word) < 5:
        return None
    hits = process.extract(word, _vocabulary(), scorer=OSA.distance, score_cutoff=2, limit=8)
    fits = [w for w, _d, _i in hits if is_misspelling(word, w)]
    if not fits:
        return None
    best = min(OSA.distance(word, w) for w in fits)
    closest = [w for w in fits if OSA.distance(word, w) == best]
    return closest[0] if len(closest) == 1 else None


@answer_memo()
def _fuzzy_code(name: str) -> str | None:
    """Forgive word order and a small misspelling per word; nothing else."""
    vocab = _vocabulary_set()
    words: list[str] = []
    for token in content_key(name):
        fixed = token if token in vocab else correct_word(token)
        if fixed is None:
            return None
        words.append(fixed)
    return _key_index().get(tuple(sorted(words))) if words else None


def _candidates(name: str) -> list[str]:
    """The name, without a trailing "(ABBR)", and its comma-inverted form, normalised."""
    forms = [name, diagnosis_terms.strip_parenthetical(name)]
    for form in list(forms):
        head, sep, tail = form.partition(", ")
        if sep and "," not in tail:
            forms.append(f"{tail} {head}")
    return [n for n in dict.fromkeys(normalise_name(f) for f in forms) if n]


def _is_code(code: str | None) -> bool:
    return bool(code) and icd.is_valid_item(code) and (
        not icd.is_chapter_or_block(code) or coding_core.category_as_block(code, icd))


@answer_memo()
def assign_icd10(name: str) -> CodeAssignment:
    """Code a diagnosis name (English, or Chinese through the curated table), or say "none" rather than guess;
    a name that does not code is tried without its side, lobe and numbered stage or grade (`coding_core`)."""
    found = _assign_plain(name)
    if found.icd10 is None:
        core = coding_core.code_core(name, lambda form: _assign_plain(form).icd10, vocabulary.is_held_out)
        if core:
            return CodeAssignment(core, "name_match")
    return found


@answer_memo()
def _assign_plain(name: str) -> CodeAssignment:
    if diagnosis_terms.has_chinese(name):
        english = diagnosis_terms.english_for_chinese(name)
        if english is None:
            agreed = coding_core.shared_code([t.code or None for t in diagnosis_terms.terms_for_chinese(name)])
            if agreed and _is_code(agreed) and not vocabulary.is_held_out(agreed):
                return CodeAssignment(agreed, "name_match")
            codes = {e.code for e in vocabulary.zh_names(name)}
            code = codes.pop() if len(codes) == 1 else None
            return CodeAssignment(code, "name_match") if _is_code(code) else CodeAssignment(None, "none")
        name = english
    keys = _candidates(name)
    for key in keys:
        curated = diagnosis_terms.curated_code(key)
        if curated is not None:  # a curated entry decides, even when it says "no single code"
            return CodeAssignment(curated, "name_match") if _is_code(curated) else CodeAssignment(None, "none")
        code = _name_index().get(key) or _vocabulary_code(key)
        if code:
            return CodeAssignment(code, "name_match")
    for key in keys:
        code = _fuzzy_code(key)
        if code:
            return CodeAssignment(code, "name_match")
    return CodeAssignment(None, "none")


def _vocabulary_code(key: str) -> str | None:
    """The one code the terminology vocabulary (DDXPlus, MIMIC-IV, CMeKG English names) gives a name."""
    codes = {e.code for e in vocabulary.en_names(key)}
    code = codes.pop() if len(codes) == 1 else None
    return code if _is_code(code) else None


@answer_memo()
def is_known_name(text: str) -> bool:
    """Whether `text` is, as a whole, one condition's name in some vocabulary: the curated table,
    ICD-10-CM titles and inclusion terms, or the terminology vocabulary (CMeKG, DDXPlus, MIMIC-IV)."""
    text = text.strip()
    if not text:
        return False
    if diagnosis_terms.has_chinese(text):
        return bool(diagnosis_terms.terms_for_chinese(text) or vocabulary.zh_names(text))
    key = normalise_name(text)
    return bool(diagnosis_terms.terms_for_key(key) or vocabulary.en_names(key) or key in _name_index())


def is_icd_name(key: str) -> bool:
    """True when a normalised name is an ICD-10-CM description or inclusion term (or a plain variant)."""
    return key in _name_index()


def description_keys(icd10: str) -> frozenset[str]:
    """The normalised ways the code's own description may be written."""
    return frozenset(_variants(icd.get_description(icd10))) if icd.is_valid_item(icd10) else frozenset()


def describe(icd10: str) -> str | None:
    """The ICD-10-CM description of a code, or None for a code the release does not hold."""
    return icd.get_description(icd10) if icd.is_valid_item(icd10) else None


def is_same_or_narrower(code: str, reference: str) -> bool:
    """True when `code` is `reference` or sits under it in the ICD-10-CM hierarchy."""
    if not (icd.is_valid_item(code) and icd.is_valid_item(reference)):
        return False
    return icd.add_dot(code) == icd.add_dot(reference) or icd.is_descendant(code, reference)


def specialty_for(icd10: str | None) -> str:
    if not icd10:
        return "unknown"
    head = icd10.replace(".", "")[:3].upper()
    for lo, hi, name in _CHAPTERS:
        if lo <= head <= hi:
            return name
    return "unknown"

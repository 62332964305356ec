"""Round 7b (issue 14): Chinese names read as their parts, and two vetoes on wording matches.

Each reading is checked on the two names' characters and the verifier's own readings of their parts, so it
holds for names no table lists:

- a shared part and synonyms for the rest: 急性有机磷农药中毒 = 急性有机磷杀虫药中毒 (急性 shared, 有机磷农药中毒 and
  有机磷杀虫药中毒 one table condition), 风心病二尖瓣狭窄 = 风湿性心脏病二尖瓣狭窄 (二尖瓣狭窄 shared);
- a Chinese abbreviation formed from the name's own characters (风心病 for 风湿性心脏病, 慢阻肺 for
  慢性阻塞性肺疾病): each glossary word of the full name gives its first character, in order, and the
  abbreviation ends as the full name ends;
- a histology in brackets after the name's head word (乙状结肠癌（腺癌） = 乙状结肠腺癌);
- 先天性 left out of a name ICD-10-CM files only as congenital (its code in chapter Q: 房间隔缺损);
- the reference's Chinese name with kind or site qualifiers put in (结核性胸膜炎 -> 右侧结核性渗出性胸膜炎), when
  the answer is no table condition of its own.

Vetoes on "its words plus qualifiers" (an English answer holding the reference's words): a word read as a
slip of the reference's that is a real ICD-10-CM word of its own ("nephritic" for nephrotic syndrome), or a Chinese reference whose glossary translation names a cause the answer does not
(X-linked hypophosphatemic rickets for 维生素D缺乏性佝偻病). And names that a table lists beside a narrower
condition but that are broader (`data/broader_names.tsv`, sourced per row): 甲状腺毒症 for 甲亢, HIV感染 for AIDS.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from dxgym.agents.verifiers.zh_rewrites import NAME_AND_BRACKET
from dxgym.emr_fixtures import vocabulary
from dxgym.emr_fixtures.coding import icd_words, is_misspelling, normalise_name
from dxgym.emr_fixtures.diagnosis_terms import has_chinese, terms_for_chinese, zh_key

Read = Callable[[str], Sequence[Any]]

# A part that denies, reverses or moves the condition is never a synonym's part.
_DENIAL = re.compile(r"[非无未没否不]|排除|除外|后遗症|携带|获得性|迟发性|后$|前病变")
_PLACES = frozenset("left right bilateral upper lower middle lobe lung lungs side anterior posterior".split())
_GENERIC = frozenset({"the", "of", "an", "a", "disease", "syndrome", "with", "due", "to", "and", "in"})


@lru_cache(maxsize=1)
def _glossary_words() -> tuple[str, ...]:
    path = Path(__file__).parents[2] / "emr_fixtures" / "data" / "zh_en_glossary.tsv"
    words = {line.split("\t", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")}
    return tuple(sorted((w for w in words if len(w) >= 2), key=len, reverse=True))


@lru_cache(maxsize=1)
def _glossary_set() -> frozenset[str]:
    """Every glossary word, single characters (肺, 脑) included."""
    path = Path(__file__).parents[2] / "emr_fixtures" / "data" / "zh_en_glossary.tsv"
    return frozenset(line.split("\t", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))


# A head word an abbreviation may leave out at the end: 慢性|阻塞性|肺|疾病 -> 慢阻肺.
_HEAD_LEFT_OUT = frozenset({"疾病", "病"})


def abbreviates(short: str, full: str) -> bool:
    """`short` is a Chinese abbreviation formed from `full`'s own characters: `full` cuts into two or more
    glossary words (a word may close with 性), each giving its first character in order, the last word giving
    its first and possibly its last, or a closing head word 疾病 / 病 left out (风湿性|心脏病 -> 风心病;
    慢性|阻塞性|肺|疾病 -> 慢阻肺)."""
    if not (2 <= len(short) <= 4 and len(full) >= len(short) + 2) or short[0] != full[0]:
        return False
    words = _glossary_set()

    def fits(at: int, left: str, count: int) -> bool:
        if at == len(full):
            return not left and count >= 2
        if not left:
            return False
        for end in range(len(full), at, -1):
            word = full[at:end]
            if full[at] != left[0] or word == full or not (word in words or (word[-1] == "性" and word[:-1] in words)):
                continue
            if end == len(full) and count >= 1 and left in (word[0], word[0] + word[-1]):
                return True
            if end < len(full) and full[end:] in _HEAD_LEFT_OUT and count >= 1 and left == word[0]:
                return True
            if fits(end, left[1:], count + 1):
                return True
        return False

    return fits(0, short, 0)


def _same_part(a: str, b: str) -> bool:
    """Two parts that name one condition: table names of one row (looked up, not read: a part is read at
    every cut, so only the table's own names count), or one the other's abbreviation."""
    if len(a) < 2 or len(b) < 2 or _DENIAL.search(a) or _DENIAL.search(b):
        return False
    if abbreviates(a, b) or abbreviates(b, a):
        return True
    return bool(set(terms_for_chinese(a)) & set(terms_for_chinese(b)))


def shared_part_synonyms(reference: str, prediction: str, read: Read | None = None) -> str | None:
    """Two Chinese names sharing a leading or trailing part of two or more characters, the rest of each one
    condition (or one the abbreviation of the other). Every cut is looked up in the table; the longest shared
    part is also read by the verifier (`read`: a misspelt or terminology-only name), once each way."""
    a, b = zh_key(reference), zh_key(prediction)
    if a == b or not (has_chinese(a) and has_chinese(b)) or _DENIAL.search(a) or _DENIAL.search(b):
        return None
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    for i in range(n, 1, -1):
        if _same_part(a[i:], b[i:]):
            return "the same Chinese name (a shared qualifier, the rest one condition)"
    m = 0
    while m < min(len(a), len(b)) and a[-1 - m] == b[-1 - m]:
        m += 1
    for i in range(m, 1, -1):
        if _same_part(a[:-i], b[:-i]):
            return "the same Chinese name (a shared part, the rest one condition)"
    if read is not None:
        for x, y in ((a[n:], b[n:]) if n >= 2 else ("", ""), (a[:-m], b[:-m]) if m >= 2 else ("", "")):
            if len(x) >= 2 and len(y) >= 2 and not (_DENIAL.search(x) or _DENIAL.search(y)) and _read_terms(read, x) & _read_terms(read, y):
                return "the same Chinese name (a shared part, the rest one condition)"
    return None


def _read_terms(read: Read, text: str) -> set[Any]:
    """The table conditions `text` reads as by name (not as a kind of one, not through a synonym)."""
    return {t for r in read(text) if not r.narrower and not r.derived for t in r.terms}


def _histology_in_brackets(inline: str, bracketed: str) -> bool:
    m = NAME_AND_BRACKET.match(bracketed.strip())
    if not m or not has_chinese(m.group(1)) or len(m.group(2)) > 8:
        return False
    base, q, whole = zh_key(m.group(1)), zh_key(m.group(2)), zh_key(inline)
    if len(base) < 2 or len(q) < 2 or q[-1] != base[-1] or _DENIAL.search(q):
        return False
    return whole == base[:-1] + q


def _congenital_only(read: Read, long: str, short: str) -> bool:
    if long not in ("先天性" + short, "先天" + short) or len(short) < 3:
        return False
    return any(r.code and str(r.code).startswith("Q") for r in read(short) if not r.narrower and not r.derived)


def _two_runs_added(a: str, b: str) -> bool:
    """`b` is `a` with a run put in front of or after it and one inside it, each a place, side, stage or kind
    qualifier (结核性胸膜炎 -> 右结核性渗出性胸膜炎: 右 and 渗出性), cut at each place inside `a`."""
    from dxgym.agents.verifiers.rule import _ZH_KIND_QUALIFIER, _zh_site_phrase

    for i in range(2, len(a) - 1):
        left, right = a[:i], a[i:]
        j, k = b.find(left), b.rfind(right)
        if j < 0 or k < j + len(left) + 1:
            continue
        runs = [r for r in (b[:j], b[j + len(left):k], b[k + len(right):]) if r]
        if all(_zh_site_phrase(r) or _ZH_KIND_QUALIFIER.match(r) for r in runs):
            return True
    return False


def _kind_added(read: Read, reference: str, prediction: str) -> bool:
    from dxgym.agents.verifiers.rule import _ZH_ACQUIRED, _zh_added_qualifiers

    a, b = zh_key(reference), zh_key(prediction)
    if len(a) < 3 or not terms_for_chinese(reference) or _DENIAL.search(b.replace(a, "")) or _ZH_ACQUIRED.search(b):
        return False
    if _zh_added_qualifiers(a, b) not in ("site", "kind") and not _two_runs_added(a, b):
        return False
    preds = read(prediction)
    return bool(preds) and all(r.narrower or not (r.terms or r.code or r.source) for r in preds)


# An organ's own disease word, written between a cause and a lesion of a part of that organ and left out:
# 风湿性心脏病二尖瓣狭窄 = 风湿性二尖瓣狭窄 (rheumatic heart disease, mitral stenosis: rheumatic mitral stenosis).
_ORGAN_DISEASE = ("心脏病", "心病")


def _organ_disease_dropped(read: Read, long: str, short: str) -> bool:
    """`long` is `short` with an organ's disease word inside, and `short` a table condition in the same ICD-10-CM
    block as the cause plus that word (I05.0 rheumatic mitral stenosis beside I09.9 rheumatic heart disease)."""
    from dxgym.emr_fixtures.coding import icd

    for word in _ORGAN_DISEASE:
        at = long.find(word)
        if at < 2 or long[:at] + long[at + len(word):] != short or at + len(word) >= len(long):
            continue
        outer = {r.code for r in read(long[:at + len(word)]) if r.code and not r.narrower and not r.derived}
        inner = {r.code for r in read(short) if r.code and not r.narrower and not r.derived}
        for rc in outer:
            for pc in inner:
                if "-" in str(rc) + str(pc) or not (icd.is_valid_item(str(rc)) and icd.is_valid_item(str(pc))):
                    continue
                blocks = [{x for x in icd.get_ancestors(str(c)) if icd.is_block(x)} for c in (rc, pc)]
                if blocks[0] & blocks[1]:
                    return True
    return False


def same_condition_by_parts(reference: str, prediction: str, read: Read) -> str | None:
    """Why two Chinese names are one condition read by their parts, or None."""
    if not (has_chinese(reference) and has_chinese(prediction)):
        return None
    if _histology_in_brackets(reference, prediction) or _histology_in_brackets(prediction, reference):
        return "the same Chinese name (its histology in brackets)"
    a, b = zh_key(reference), zh_key(prediction)
    if _congenital_only(read, a, b) or _congenital_only(read, b, a):
        return "the same condition (先天性 left out of a condition ICD-10-CM files as congenital)"
    if _organ_disease_dropped(read, a, b) or _organ_disease_dropped(read, b, a):
        return "the same condition (the organ's disease word left out before a lesion of its part)"
    if _kind_added(read, reference, prediction):
        return "more specific than the reference (its Chinese name plus kind or site qualifiers)"
    for short, full in ((b, a), (a, b)):  # a whole name and its abbreviation, the abbreviation no other name
        if (abbreviates(short, full) and terms_for_chinese(full) and not terms_for_chinese(short)
                and not vocabulary.zh_names(short)):
            return "the same condition (a Chinese abbreviation formed from the name's own characters)"
    return shared_part_synonyms(reference, prediction, read)


_WORDS_PLUS = "more specific than the reference (its words plus qualifiers)"


def veto(ref: Any, pred: Any, reason: str) -> str | None:
    """Why a "words plus qualifiers" match between two readings is another condition, or None."""
    if not reason.startswith(_WORDS_PLUS):
        return None
    ref_words, pred_words = set(ref.key.split()), set(pred.key.split())
    for p in pred_words - ref_words:  # "nephritic" read as a slip of "nephrotic": two real words
        slipped = [r for r in ref_words - pred_words if len(r) == len(p) and is_misspelling(r, p)]
        if slipped and p in icd_words() and all(r in icd_words() for r in slipped):
            return f"a different condition ({p} is a word of its own, not a slip of {slipped[0]})"
    if _named_sibling(ref, pred):
        return "a different condition (its own table entry: the reference's name with a word that makes another disease)"
    if ref.zh and not pred.zh and not ref.derived:
        english = vocabulary.translate_zh(ref.zh)
        if english:
            wanted = set(normalise_name(english).split()) - _GENERIC
            held = set(pred.key.split())
            missing = {w for w in wanted if not any(w == h or is_misspelling(w, h) for h in held)}
            if len(missing - _PLACES) >= 2:  # a cause of two words or more ("vitamin d deficiency")
                return "a different condition (the reference's Chinese name names what the answer does not)"
    return None


_SPINE = frozenset({"cervical", "thoracic", "lumbar", "sacral", "lumbosacral"})


def _named_sibling(ref: Any, pred: Any) -> bool:
    """The answer is a table condition of its own whose name is the reference's with one word in front, coded in
    another ICD-10-CM category and listed as no kind of it: EGPA ("eosinophilic granulomatosis with
    polyangiitis") for granulomatosis with polyangiitis. Not a place ("cervical disc herniation"), nor a kind of a
    name of one or two words, which a word in front narrows (pneumococcal pneumonia, seropositive rheumatoid
    arthritis)."""
    from dxgym.agents.verifiers.en_structure import ORGANS

    if pred.narrower or ref.narrower or not (pred.terms and ref.terms) or set(pred.terms) & set(ref.terms):
        return False
    for pt in pred.terms:
        for rt in ref.terms:
            pn, rn = normalise_name(pt.en), normalise_name(rt.en)
            word = pn[: -len(rn)].strip() if pn.endswith(" " + rn) else ""
            if (word and " " not in word and len(rn.split()) >= 3 and word not in ORGANS and word not in _SPINE and pt.code and rt.code
                    and str(pt.code)[:3] != str(rt.code)[:3]
                    and normalise_name(pt.en) not in {normalise_name(k) for k in rt.kinds}):
                return True
    return False


@lru_cache(maxsize=1)
def _broader_names() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    path = Path(__file__).parent / "data" / "broader_names.tsv"
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))
    return tuple((frozenset(_key(n) for n in r["broader"].split(";")),
                  frozenset(_key(n) for n in r["narrower"].split(";"))) for r in rows)


def _key(text: str) -> str:
    text = text.strip()
    return zh_key(text) if has_chinese(text) else normalise_name(text)


def broader_name(reference: str, prediction: str) -> str | None:
    """The answer is a name listed as broader than the reference (`data/broader_names.tsv`)."""
    r, p = _key(reference), _key(prediction)
    for broader, narrower in _broader_names():
        if p in broader and r in narrower:
            return "broader than the reference (a name that covers more than the reference's condition)"
    return None

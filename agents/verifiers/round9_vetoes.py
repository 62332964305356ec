"""Round 9 (issue 14): vetoes on matches that read two conditions as one, by structure.

- **The opposite place in an organ.** Two names alike but for a place word and its opposite (内侧 / 外侧
  半月板损伤, 内踝 / 外踝骨折, 近端 / 远端, 前交叉 / 后交叉韧带; "medial" / "lateral", "anterior" / "posterior")
  name two sites. DESIGN's first row lets an answer leave a site out, never change it. One side naming the
  place and the other none stays as the other rules judge it.
- **"X-like" is not X.** 类百日咳综合征 (a pertussis-like syndrome, caused by other agents), 类癌 (carcinoid, not a
  carcinoma), "lupus-like syndrome": a 类 put before the reference's own characters, or "-like" after its
  word, names a condition resembling the reference, not a kind of it. A 类 after a number (Ⅱ类) is a class.
- **A slip that could aim at two words.** "Hypercalemia" is one letter from hypercalcemia and from
  hyperkalemia: the answer does not say which it meant, so it is no slip of either. A word that is no
  ICD-10-CM word and lies one edit from the reference's word and from another ICD-10-CM word that makes the
  answer another known name, the two not forms of one stem (diabetis: diabetes / diabetic share their stem;
  abcess: "access" names no condition), is read as no slip.
"""

from __future__ import annotations

import re

from rapidfuzz import process
from rapidfuzz.distance import OSA

from dxgym.emr_fixtures.answer_memos import answer_memo
from dxgym.emr_fixtures.coding import _vocabulary, icd_words, is_known_name, normalise_name
from dxgym.emr_fixtures.diagnosis_terms import has_chinese, zh_key

# Opposite places, each pair written as it stands in a name (内侧 / 外侧 but not bare 内 / 外, which 内科 and
# 外伤 hold in other senses).
_ZH_PLACES = (("内侧", "外侧"), ("内踝", "外踝"), ("内上髁", "外上髁"), ("内收", "外展"), ("近端", "远端"),
              ("前交叉", "后交叉"), ("前壁", "后壁"), ("前叶", "后叶"), ("内翻", "外翻"),
              ("内斜", "外斜"), ("内痔", "外痔"))
_EN_PLACES = (("medial", "lateral"), ("anterior", "posterior"), ("proximal", "distal"), ("internal", "external"),
              ("valgus", "varus"), ("esotropia", "exotropia"), ("inversion", "eversion"))


_EN_PLACE_WORDS = frozenset(w for pair in _EN_PLACES for w in pair)


def opposite_place(reference: str, prediction: str) -> str | None:
    """The answer names a place opposite to the reference's (see the module), if it does.

    Why sets: it runs on every pair the verifier judges, and almost no reference names a place; an English name
    after `normalise_name` is words joined by single spaces, so a whole word is a member of its split."""
    if has_chinese(reference) and has_chinese(prediction):
        r = zh_key(reference)
        if not any(a in r or b in r for a, b in _ZH_PLACES):
            return None
        p = zh_key(prediction)
        for a, b in _ZH_PLACES:
            for x, y in ((a, b), (b, a)):
                if x in r and y in p and y not in r and x not in p:
                    return f"a different condition (the opposite place: {x} / {y})"
        return None
    rw = _EN_PLACE_WORDS.intersection(normalise_name(reference).split())
    if not rw:
        return None
    pw = _EN_PLACE_WORDS.intersection(normalise_name(prediction).split())
    for a, b in _EN_PLACES:
        for x, y in ((a, b), (b, a)):
            if x in rw and y in pw and y not in rw and x not in pw:
                return f"a different condition (the opposite place: {x} / {y})"
    return None


_ZH_LIKE = re.compile(r"(?<![0-9IVXⅠ-Ⅻivxⅰ-ⅻ一二三四五])类([\u4e00-\u9fff]{1,2})")
_EN_LIKE = re.compile(r"\b([a-z]{4,})[- ]like\b")


def like_form(reference: str, prediction: str) -> str | None:
    """The answer names a condition resembling the reference ("X-like", 类X), not the reference (see the
    module), if it does."""
    if has_chinese(reference) and has_chinese(prediction):
        r, p = zh_key(reference), zh_key(prediction)
        for m in _ZH_LIKE.finditer(p):
            if m.group(1) in r and m.group(0) not in r:
                return f"a different condition (类{m.group(1)}: resembling the reference, not it)"
        return None
    if has_chinese(reference + prediction):
        return None
    r, p = reference.lower(), prediction.lower()
    for m in _EN_LIKE.finditer(p):
        if m.group(1)[:5] in r and not _EN_LIKE.search(r):
            return f"a different condition ({m.group(0)}: resembling the reference, not it)"
    return None


@answer_memo(8192)
def _aims(word: str) -> frozenset[str]:
    hits = process.extract(word, _vocabulary(), scorer=OSA.distance, score_cutoff=1, limit=8)
    return frozenset(w for w, _d, _i in hits if w != word)


def _one_stem(words: frozenset[str]) -> bool:
    ordered = sorted(words)
    first = ordered[0]
    return all(len(_common_prefix(first, w)) >= min(len(first), len(w)) - 3 for w in ordered[1:])


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def ambiguous_slip(reference: str, prediction: str) -> str | None:
    """A misspelt answer word that is one edit from two ICD-10-CM words of different stems (see the module)."""
    if has_chinese(reference + prediction):
        return None
    known = icd_words()
    ref_words = set(normalise_name(reference).split())
    for word in normalise_name(prediction).split():
        if len(word) < 5 or word in known or word in ref_words:
            continue
        aims = _aims(word)
        text = normalise_name(prediction)
        # another aim must name a condition of its own: "abcess" is no slip toward "access"
        others = {a for a in aims - ref_words if is_known_name(re.sub(rf"\b{word}\b", a, text))}
        if aims & ref_words and others and not _one_stem(aims & ref_words | others):
            return f"no slip of the reference ({word} is one letter from {', '.join(sorted(aims))})"
    return None

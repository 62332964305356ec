"""Round 8 (issue 14): English spelling variants and plurals that normalising does not reach.

`normalise_name` already reads ae / oe, -our, hyphens and the regular -s plural alike. This reads the rest, one
word at a time, only where the word as written is no ICD-10-CM word and the variant is one:

- Classical plurals: -omas / -omata -> -oma (myelomas), -ses -> -sis (metastases), -ae -> -a, -i -> -us,
  -ices -> -ix / -ex, -a -> -um (diverticula).
- Greek "ph" written "f" and the reverse (Marphan, sulfa / sulpha), -tre / -ter, -yse / -yze, -ise / -ize,
  c / k (leucocyte, leukocyte).

Each variant of one side is judged again in full with the other side, so a variant never bridges another
word: it only spells the one word as ICD-10-CM does. A word one letter away from another ICD-10-CM word
than its variants ("hypercalemia": hypercalcemia) is a slip of uncertain aim, and gets no variant.
"""

from __future__ import annotations

import re

from rapidfuzz import process
from rapidfuzz.distance import OSA

from dxgym.emr_fixtures.answer_memos import answer_memo
from dxgym.emr_fixtures.coding import _vocabulary, icd_words

_PLURALS = (("omata", "oma"), ("omas", "oma"), ("ses", "sis"), ("ices", "ix"), ("ices", "ex"), ("ae", "a"),
            ("i", "us"), ("a", "um"))
_SPELLINGS = (("ph", "f"), ("f", "ph"), ("tre", "ter"), ("yse", "yze"), ("ise", "ize"), ("c", "k"), ("k", "c"))
_WORD = re.compile(r"[A-Za-z]{4,}")


def _word_variants(word: str) -> list[str]:
    lower = word.lower()
    out: list[str] = []
    for end, singular in _PLURALS:
        if lower.endswith(end) and len(lower) > len(end) + 3:
            out.append(lower[: -len(end)] + singular)
    for a, b in _SPELLINGS:
        start = lower.find(a)
        while start >= 0:
            out.append(lower[:start] + b + lower[start + len(a):])
            start = lower.find(a, start + 1)
    return out


@answer_memo()
def spelling_variants(text: str) -> tuple[str, ...]:
    """`text` with one word that is no ICD-10-CM word written as the ICD-10-CM word it is a variant of (see the
    module); empty when no word has one."""
    known = icd_words()
    found: list[str] = []
    for m in _WORD.finditer(text):
        word = m.group(0)
        if word.lower() in known:
            continue
        variants = [v for v in _word_variants(word) if v in known]
        near = {w for w, _d, _i in process.extract(word.lower(), _vocabulary(), scorer=OSA.distance, score_cutoff=1,
                                                   limit=8)} if variants else set()
        if variants and near <= set(variants):
            found.extend(text[: m.start()] + v + text[m.end():] for v in variants)
    return tuple(dict.fromkeys(found))

"""Round 8 (issue 14): a Chinese 简称 formed from a subsequence of its full name's characters.

A short name is read as its full name's 简称 when both conditions below hold, so an abbreviation no table
lists still reaches its condition, and a sibling that merely shares characters does not:

1. **Form.** The full name cuts into two or more words (glossary words, a glossary word closed by 性, or
   two-character words), and the short name is, in order, a non-empty leading part of each word: so it
   starts as the full name starts. At least one kept word is shortened (only dropping whole words is
   leaving out a qualifier, read elsewhere, not abbreviating). At most one inner word is skipped, and only a
   kind qualifier closed by 性 (冠状动脉|粥样硬化性|心脏病 -> 冠心病) or an organ right after an organ,
   the pair written by the first's initial (肛管|直肠|瘘 -> 肛瘘). Words holding a denial, side, number,
   type, stage or grade by number, or a position (内外上下前后旁) are never shortened or skipped.
2. **Evidence that the two are one condition.** Either the short name is a table name, the full name is
   read as nothing at all (no table row or kind, no source's name), nothing is skipped, and two or more
   words are shortened, each a plain word, not a glossary term of its own (胎盘早剥 / 胎盘早期剥离: 早期 -> 早,
   剥离 -> 剥; not 肺外|结核 -> 肺结核, where 肺外 is a term and 外 a position, nor 胫腓|骨干骨折 -> 胫骨干骨折,
   one character put in being a qualifier added, not an abbreviation); or both are names that the
   Chinese clinical naming source (cmekg, `diagnosis_names_zh.tsv`) codes alike while the table codes them
   as two siblings of one ICD-10-CM category, neither above the other (肛瘘 K60.3 and 肛管直肠瘘 K60.3 in
   cmekg; the table's anal K60.30 and anorectal K60.50). A table reading of one above the other
   (肝癌 C22 above 肝内胆管癌 C22.1) is a broader name and stays one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dxgym.agents.verifiers.en_structure import ORGANS, canonical
from dxgym.agents.verifiers.zh_parts import _glossary_set
from dxgym.emr_fixtures import vocabulary
from dxgym.emr_fixtures.answer_memos import answer_memo
from dxgym.emr_fixtures.diagnosis_terms import has_chinese, terms_for_chinese, zh_key

# A word that denies, sides or numbers (a type, stage or grade): never shortened or skipped.
_FIXED = re.compile(r"[非无未没否不左右双单一二三四五六七八九十甲乙丙丁ⅠⅡⅢⅣ0-9内外上下前后旁]|排除|除外")


@lru_cache(maxsize=4096)
def _is_organ(word: str) -> bool:
    english = vocabulary._glossary().get(word)
    return bool(english) and any(w in ORGANS for w in canonical(english.lower()).split())


def _word_ok(word: str) -> bool:
    words = _glossary_set()
    return word in words or (word[-1] == "性" and word[:-1] in words) or len(word) == 2


def _forms(short: str, full: str) -> list[tuple[str | None, tuple[str, ...]]]:
    """Each way `short` is formed from `full` (see the module): the skipped word (None for none) and the
    words shortened."""
    found: list[tuple[str | None, tuple[str, ...]]] = []

    def walk(at: int, left: str, count: int, shortened: tuple[str, ...], skipped: str | None, prev: str) -> None:
        if at == len(full):
            if not left and count >= 2 and shortened:
                found.append((skipped, shortened))
            return
        for end in range(at + 1, len(full) + 1):
            word = full[at:end]
            if word == full or not _word_ok(word):
                continue
            # kept: a non-empty leading part of the word
            for k in range(1, len(word) + 1):
                if left.startswith(word[:k]) and not (k < len(word) and _FIXED.search(word)):
                    walk(end, left[k:], count + 1, shortened + ((word,) if k < len(word) else ()), skipped, word)
            # skipped: one inner word, a 性 qualifier or an organ after an organ shortened to its initial
            if (skipped is None and at > 0 and end < len(full) and not _FIXED.search(word)
                    and ((word.endswith("性") and len(word) >= 3) or (_is_organ(word) and _is_organ(prev)
                                                                   and full[at - len(prev):at] == prev))):
                walk(end, left, count, shortened, word, word)

    walk(0, short, 0, (), None, "")
    return found


def _read_as_anything(name: str) -> bool:
    from dxgym.agents.verifiers.rule import _readings_of

    return any(r.terms or r.code for r in _readings_of(name))


def _vocab_codes(name: str) -> frozenset[str]:
    return frozenset(str(v.code) for v in vocabulary.zh_names(name) if v.code)


def _siblings(a: str, b: str) -> bool:
    """Two table codes in one ICD-10-CM category, neither the other's ancestor."""
    return a[:3] == b[:3] and not (a.startswith(b) or b.startswith(a))


@answer_memo()
def short_form(reference: str, prediction: str) -> str | None:
    """The reason one Chinese name is the other's 简称 (either way round), if it is (see the module)."""
    a, b = zh_key(reference), zh_key(prediction)
    if a == b or not (has_chinese(a) and has_chinese(b)):
        return None
    short, full = (a, b) if len(a) < len(b) else (b, a)
    if not (2 <= len(short) <= 6 and len(full) > len(short) and short[0] == full[0]):
        return None
    if not all("\u4e00" <= c <= "\u9fff" for c in short + full):
        return None
    forms = _forms(short, full)
    if not forms:
        return None
    s_rows, f_rows = terms_for_chinese(short), terms_for_chinese(full)
    f_vocab, s_vocab = _vocab_codes(full), _vocab_codes(short)
    glossary = _glossary_set()
    plain = any(skipped is None and len(words) >= 2 and not any(w in glossary for w in words) for skipped, words in forms)
    if plain and s_rows and not f_rows and not f_vocab and not _read_as_anything(full):
        return f"{short} is the 简称 of {full} (its words' leading characters)"
    pairs = [(s.code, f.code) for s in s_rows for f in f_rows]
    if pairs and s_vocab & f_vocab and all(s and f and "-" not in s + f and _siblings(s, f) for s, f in pairs):
        return f"{short} is the 简称 of {full} (one condition in the Chinese naming source)"
    return None

"""The curated diagnosis table: clinical names, abbreviations and Chinese names, with ICD-10-CM codes.

ICD-10-CM's own wording ("Malignant neoplasm of bronchus and lung") is not how clinicians write
("lung cancer", "肺癌"), so coding and the rule verifier both consult this table before the ICD
index. It lives in `emr_fixtures` because importers code names and may not import `agents`.
Data: `diagnosis_terms.txt` beside this file (format in its header).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).with_name("diagnosis_terms.txt")
_CJK = re.compile(r"[\u3400-\u9fff]")
_TRAILING_PAREN = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")


@dataclass(frozen=True)
class Term:
    """One condition: its code (None when no single code is right), English name, synonyms, Chinese names."""

    code: str | None
    en: str
    synonyms: tuple[str, ...]
    zh: tuple[str, ...]
    kinds: tuple[str, ...] = ()  # narrower names ("> emphysema" under COPD): a kind of this condition
    scope: str | None = None  # what the verifier treats as this condition in ICD ("A15-A19" for TB)

    @property
    def names(self) -> tuple[str, ...]:
        return (self.en, *self.synonyms)


def has_chinese(text: str) -> bool:
    return bool(_CJK.search(text))


def strip_parenthetical(name: str) -> str:
    """'Benign paroxysmal positional vertigo (BPPV)' -> 'Benign paroxysmal positional vertigo'."""
    stripped = _TRAILING_PAREN.sub("", name)
    return stripped or name


def zh_key(text: str) -> str:
    """Chinese names compared without spaces, punctuation or width differences."""
    text = text.replace("Ⅱ", "II").replace("Ⅰ", "I").replace("Ⅲ", "III")
    return re.sub(r"[\s\-－·・,，.。:：;；\"“”'‘’()（）\[\]【】/／]", "", text).lower()


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split(";") if part.strip())


@lru_cache(maxsize=1)
def terms() -> tuple[Term, ...]:
    rows: list[Term] = []
    for number, line in enumerate(_DATA.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("|")]
        if len(cells) != 4 or not cells[1]:
            raise ValueError(f"{_DATA.name} line {number}: expected 4 '|'-separated cells")
        code_cell, _, scope = cells[0].partition("/")
        code = None if code_cell.strip() in ("", "-") else code_cell.strip()
        names = _split(cells[2])
        synonyms = tuple(n for n in names if not n.startswith(">"))
        kinds = tuple(n[1:].strip() for n in names if n.startswith(">"))
        rows.append(Term(code, cells[1], synonyms, _split(cells[3]), kinds, scope.strip() or code))
    return tuple(rows)


@lru_cache(maxsize=1)
def _by_name() -> dict[str, tuple[Term, ...]]:
    from emr_fixtures.coding import normalise_name  # coding imports this module at load

    index: dict[str, list[Term]] = {}
    for term in terms():
        for name in term.names:
            bucket = index.setdefault(normalise_name(name), [])
            if term not in bucket:
                bucket.append(term)
    return {k: tuple(v) for k, v in index.items()}


@lru_cache(maxsize=1)
def _by_kind() -> dict[str, tuple[Term, ...]]:
    from emr_fixtures.coding import normalise_name

    index: dict[str, list[Term]] = {}
    for term in terms():
        for name in term.kinds:
            index.setdefault(normalise_name(name), []).append(term)
    return {k: tuple(v) for k, v in index.items()}


def broader_terms_for_key(key: str) -> tuple[Term, ...]:
    """Terms that `key` names a kind of ("emphysema" -> COPD)."""
    return _by_kind().get(key, ())


@lru_cache(maxsize=1)
def _by_zh() -> dict[str, tuple[Term, ...]]:
    index: dict[str, list[Term]] = {}
    for term in terms():
        for name in term.zh:
            bucket = index.setdefault(zh_key(name), [])
            if term not in bucket:
                bucket.append(term)
    return {k: tuple(v) for k, v in index.items()}


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, tuple[Term, ...]]:
    """Capitalised abbreviations (as written in the table, normalised) -> the terms they may stand for."""
    from emr_fixtures.coding import normalise_name

    index: dict[str, list[Term]] = {}
    for term in terms():
        for name in term.synonyms:
            if re.fullmatch(r"[A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*", name):
                index.setdefault(normalise_name(name), []).append(term)
    return {k: tuple(v) for k, v in index.items()}


def terms_for_key(key: str) -> tuple[Term, ...]:
    """Terms whose English name or synonym normalises to `key` (a `normalise_name` result)."""
    return _by_name().get(key, ())


def terms_for_chinese(text: str) -> tuple[Term, ...]:
    return _by_zh().get(zh_key(text), ())


def english_for_chinese(text: str) -> str | None:
    """The English name of a Chinese diagnosis in the table (exact, after punctuation), else None."""
    found = terms_for_chinese(text) or terms_for_chinese(strip_parenthetical(text))
    return found[0].en if len(found) == 1 else None


def curated_code(key: str) -> str | None:
    """The code the table gives a normalised name: a code, "" when it says no single code, None when absent.

    Names that several rows share (ambiguous abbreviations) give None: they cannot code alone.
    """
    found = terms_for_key(key)
    if len(found) != 1:
        return None
    return found[0].code or ""


@lru_cache(maxsize=1)
def zh_names_longest_first() -> tuple[tuple[str, Term], ...]:
    """Every Chinese name (as `zh_key`) with its term, longest first, for finding names inside text."""
    pairs = [(zh_key(name), term) for term in terms() for name in term.zh]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))

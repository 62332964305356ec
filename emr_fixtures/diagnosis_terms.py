"""The curated diagnosis table: clinical names, abbreviations and Chinese names, with ICD-10-CM codes.

ICD-10-CM's own wording ("Malignant neoplasm of bronchus and lung") is not how clinicians write
("lung cancer", "肺癌"), so coding and the rule verifier both consult this table before the ICD
index. It lives in `emr_fixtures` because importers code names and may not import `agents`.
Data: `diagnosis_terms.txt` beside this file (format in its header), then the per-chapter files in
`data/diagnosis_terms/` (same format; written from ICD-10-CM independently of every evaluation set),
which add conditions and names but never change what the curated table says (see `_beside`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from dxgym.emr_fixtures.names import normalise_name

_DATA = Path(__file__).with_name("diagnosis_terms.txt")
_CHAPTERS = Path(__file__).with_name("data") / "diagnosis_terms"
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
    zh_kinds: tuple[str, ...] = ()  # narrower Chinese names ("> 胃腺癌" under 胃癌)

    @property
    def names(self) -> tuple[str, ...]:
        return (self.en, *self.synonyms)


def has_chinese(text: str) -> bool:
    return bool(_CJK.search(text))


def strip_parenthetical(name: str) -> str:
    """'Benign paroxysmal positional vertigo (BPPV)' -> 'Benign paroxysmal positional vertigo'."""
    stripped = _TRAILING_PAREN.sub("", name)
    return stripped or name


# Interchangeable Chinese spellings of one word, written the second way before comparing:
# 梗塞 / 梗死 (infarction), 先兆子痫 / 子痫前期 (pre-eclampsia, old and current term), 乙肝 / 乙型肝炎,
# 丙肝 / 丙型肝炎, X型病毒性肝炎 / X型肝炎, 继发型 / 继发性 and 原发型 / 原发性 (the TB classification writes 型), 综合症 / 综合征,
# 左侧 / 左 and 右侧 / 右, 泌乳素 / 催乳素, 甲低 / 甲减.
_ZH_SPELLINGS: tuple[tuple[str, str], ...] = (
    ("梗塞", "梗死"),
    ("先兆子痫", "子痫前期"),
    ("乙肝", "乙型肝炎"),
    ("丙肝", "丙型肝炎"),
    ("继发型", "继发性"),
    ("原发型", "原发性"),
    ("黏", "粘"),  # 黏膜 / 粘膜, 黏连 / 粘连: the standard and the common character
    ("综合症", "综合征"),  # 症 for 征: the commonest miswriting of "syndrome"
    ("型病毒性肝炎", "型肝炎"),  # 乙型病毒性肝炎 = 乙型肝炎 (the full and the usual name of viral hepatitis B)
    ("左侧", "左"),  # 左侧股骨颈骨折 = 左股骨颈骨折: the side, written long or short
    ("右侧", "右"),
    ("泌乳素", "催乳素"),  # prolactin: 泌乳素 (clinical usage) and 催乳素 (the textbook name)
    ("甲低", "甲减"),  # hypothyroidism, short: 甲低 and 甲减 are both written
)


# 部 after a place ("part"): 胃窦部 = 胃窦, 十二指肠球部 = 十二指肠球 (not 部分, a word of its own).
_ZH_PART = re.compile(r"(?<=[\u4e00-\u9fff])部(?=[\u4e00-\u9fff])(?!分)")
# 型 after a word is written 性 as often (扩张型 / 扩张性心肌病, 单纯型 / 单纯性): one spelling. Not after a
# number or a letter (2型, Ⅱ型, 乙型, Stanford A型: a numbered type) nor in 血型 (blood group).
_ZH_TYPE_WORD = re.compile(r"(?<=[\u4e00-\u9fff])(?<![一二三四五六七八九十甲乙丙丁戊血])型")
# 并, 合并 and 并发 between a condition and its complication read as 伴 (with): not 并发症 (a complication).
_ZH_AND = re.compile(r"合?并(?:发(?!症))?(?![发殖症])")


def zh_key(text: str) -> str:
    """Chinese names compared without spaces, punctuation, width or interchangeable spellings."""
    text = unicodedata.normalize("NFKC", text)  # Ⅷ -> VIII, full-width letters and digits -> ASCII
    for variant, canonical in _ZH_SPELLINGS:
        text = text.replace(variant, canonical)
    text = _ZH_TYPE_WORD.sub("性", _ZH_PART.sub("", _ZH_AND.sub("伴", text)))
    return re.sub(r"[\s\-－·・,，.。:：;；\"“”'‘’()（）\[\]【】/／]", "", text).lower()


def zh_suffix_variants(key: str) -> tuple[str, ...]:
    """A `zh_key` with the trailing 症 / 病 swapped or dropped (支气管扩张症 = 支气管扩张, 脓皮症 = 脓皮病)."""
    if len(key) < 4:
        return ()
    if key[-1] in "症病":
        stem = key[:-1]
        return (stem, stem + ("病" if key[-1] == "症" else "症"))
    return (key + "症", key + "病")


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split(";") if part.strip())


def read_term_file(path: Path) -> list[Term]:
    """The rows of one term file (the curated table's format), in file order."""
    rows: list[Term] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("|")]
        if len(cells) != 4 or not cells[1]:
            raise ValueError(f"{path.name} line {number}: expected 4 '|'-separated cells")
        code_cell, _, scope = cells[0].partition("/")
        code = None if code_cell.strip() in ("", "-") else code_cell.strip()
        names = _split(cells[2])
        synonyms = tuple(n for n in names if not n.startswith(">"))
        kinds = tuple(n[1:].strip() for n in names if n.startswith(">"))
        zh_names = _split(cells[3])
        zh = tuple(n for n in zh_names if not n.startswith(">"))
        zh_kinds = tuple(n[1:].strip() for n in zh_names if n.startswith(">"))
        rows.append(Term(code, cells[1], synonyms, zh, kinds, scope.strip() or code, zh_kinds))
    return rows


def chapter_files() -> tuple[Path, ...]:
    """The per-chapter term files (`data/diagnosis_terms/*.txt`, README there), in code order."""
    return tuple(sorted(_CHAPTERS.glob("*.txt")))


_ABBREVIATION = re.compile(r"[A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*")


def _plain(names: tuple[str, ...]) -> tuple[str, ...]:
    """The names that are not abbreviations (an abbreviation may stand for several conditions)."""
    return tuple(n for n in names if not _ABBREVIATION.fullmatch(n))


def _beside(curated: list[Term], extra: list[Term]) -> list[Term]:
    """The curated table with the chapter rows joined to it, without changing what any name means.

    A chapter row naming a condition already held — its standard name or one of its plain names (not an
    abbreviation) is a held row's name — is that condition: its new names join the held row (the chapter files are written with
    more synonyms and Chinese names than the curated rows carry; dropping them lost the names). A row
    whose code alone a held row has is left out: the held row is a named form inside that code
    (situational syncope under R55), not the condition the chapter row names. From the other rows every
    name already taken — as a name or as a narrower kind — is dropped, so no name gains a second meaning
    and no curated name becomes a kind of a new row. A row without a code ("-": a histological type or a
    group ICD codes only by site) keeps its names but no kinds: its kinds span several codes, and two of
    them would read as one condition; it passes no kinds to a held row either.
    """
    rows = list(curated)
    codes = {t.code for t in rows if t.code}
    by_name: dict[str, set[int]] = {}  # plain names (not abbreviations: those may stand for several)
    for index, held in enumerate(rows):
        for name in _plain(held.names):
            by_name.setdefault(normalise_name(name), set()).add(index)
    en_taken = {normalise_name(n) for t in rows for n in (*t.names, *t.kinds)}
    zh_taken = {zh_key(n) for t in rows for n in (*t.zh, *t.zh_kinds)}

    def new_en(names: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(n for n in names if normalise_name(n) not in en_taken))

    def new_zh(names: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(n for n in names if zh_key(n) not in zh_taken))

    for term in extra:
        held = set().union(*(by_name.get(normalise_name(n), set()) for n in _plain(term.names)))
        if len(held) > 1:
            continue  # its names are spread over several held conditions: it is none of them alone
        coded = term.code is not None
        if held:
            index = held.pop()
            target = rows[index]
            kinds_ok = coded and target.code is not None
            joined = Term(target.code, target.en, (*target.synonyms, *new_en(term.names)),
                          (*target.zh, *new_zh(term.zh)),
                          (*target.kinds, *new_en(term.kinds)) if kinds_ok else target.kinds,
                          target.scope,
                          (*target.zh_kinds, *new_zh(term.zh_kinds)) if kinds_ok else target.zh_kinds)
            rows[index] = joined
        elif term.code in codes:
            # a held row has its code and names a form inside it (situational syncope, R55): one code
            # would make the two one condition (keeping such rows without their code was tried in round 4
            # and withdrawn as a precaution when held-out Chinese accuracy fell: docs/verifier.md)
            continue
        else:
            index = len(rows)
            joined = Term(term.code, term.en, new_en(term.synonyms), new_zh(term.zh),
                          new_en(term.kinds) if coded else (), term.scope,
                          new_zh(term.zh_kinds) if coded else ())
            rows.append(joined)
            if joined.code:
                codes.add(joined.code)
        for name in _plain(joined.names):
            by_name.setdefault(normalise_name(name), set()).add(index)
        # a chapter row's kinds stay open to a later row of their own ("> femoral neck fracture" under
        # hip fracture, then the femoral neck fracture row with its Chinese name)
        en_taken |= {normalise_name(n) for n in joined.names}
        zh_taken |= {zh_key(n) for n in joined.zh}
    return rows


@lru_cache(maxsize=1)
def terms() -> tuple[Term, ...]:
    curated = read_term_file(_DATA)
    extra = [t for path in chapter_files() for t in read_term_file(path)]
    return tuple(_beside(curated, extra))


@lru_cache(maxsize=1)
def _by_name() -> dict[str, tuple[Term, ...]]:
    index: dict[str, list[Term]] = {}
    for term in terms():
        for name in term.names:
            bucket = index.setdefault(normalise_name(name), [])
            if term not in bucket:
                bucket.append(term)
    return {k: tuple(v) for k, v in index.items()}


@lru_cache(maxsize=1)
def _by_kind() -> dict[str, tuple[Term, ...]]:
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
    index: dict[str, list[Term]] = {}
    for term in terms():
        for name in term.synonyms:
            if _ABBREVIATION.fullmatch(name):
                index.setdefault(normalise_name(name), []).append(term)
    return {k: tuple(v) for k, v in index.items()}


def terms_for_key(key: str) -> tuple[Term, ...]:
    """Terms whose English name or synonym normalises to `key` (a `normalise_name` result)."""
    return _by_name().get(key, ())


@lru_cache(maxsize=1)
def _by_zh_kind() -> dict[str, tuple[Term, ...]]:
    index: dict[str, list[Term]] = {}
    for term in terms():
        for name in term.zh_kinds:
            index.setdefault(zh_key(name), []).append(term)
    return {k: tuple(v) for k, v in index.items()}


def terms_for_chinese(text: str) -> tuple[Term, ...]:
    """Terms with this Chinese name, allowing the trailing 症 / 病 to be swapped or dropped."""
    key = zh_key(text)
    index = _by_zh()
    found = index.get(key, ())
    for variant in () if found else zh_suffix_variants(key):
        found = index.get(variant, ())
        if found:
            break
    return found


def broader_terms_for_chinese(text: str) -> tuple[Term, ...]:
    """Terms that a Chinese name is a kind of ("胃腺癌" -> 胃癌)."""
    key = zh_key(text)
    index = _by_zh_kind()
    return index.get(key, ()) or next((index[v] for v in zh_suffix_variants(key) if v in index), ())


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

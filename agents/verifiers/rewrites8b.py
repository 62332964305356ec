"""Round 8b (issue 14): names rewritten to a table name, a combination's primary, an eponym's remnant.

Each reading is a mechanism, not a pair: it rewrites a name that no table row holds into one that a row
does, and the verifier judges the rewritten pair by its usual rules (so a rewritten answer is right only
where the table's own name would be):

- an English name with "the" inside ("avascular necrosis of the femoral head"): the table writes most
  "X of the Y" names without the article, and ICD-10-CM titles do too ("Idiopathic aseptic necrosis of
  pelvis and femur");
- a Chinese name with 症 / 病 swapped inside it, before a type or grade (糖原贮积症V型 for 糖原贮积病V型;
  the table already reads the two as one at a name's end);
- a Chinese name with 综合征 put after a table name that names nothing of its own (二尖瓣脱垂综合征: ICD-10-CM
  I34.1 files "floppy mitral valve syndrome" under the prolapse itself);
- a Latin abbreviation inside a Chinese name written out, or back (抗N-甲基-D-天冬氨酸受体脑炎 = 抗NMDA受体脑炎;
  `data/zh_latin_abbreviations.tsv`, sourced);
- a Chinese condition with its cause in brackets after it, read as the cause's name put in front
  (产后出血（子宫收缩乏力） = 子宫收缩乏力性产后出血, any name of the cause's one table row).

A reference naming a chapter row without a code ("-") holds the kinds that row lists in its file as narrower
answers (Eosinophilic granuloma of bone for Langerhans cell histiocytosis), read one way only: the loader keeps
no kinds for such rows, since two of them under different codes would read as one condition.

A combination row's name ("2型糖尿病合并糖尿病肾病", "Type 2 diabetes mellitus with diabetic nephropathy")
answers as DESIGN's "X with Y" form does: its primary is the first condition, and the second never rescues
a wrong first. And a reference matched only through a one-word remnant of a synonym ("Fallot syndrome" ->
fallot) holds no "qualified" answer that drops the words of every full name (Trilogy of Fallot is not a kind
of tetralogy of Fallot).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from dxgym.emr_fixtures import vocabulary
from dxgym.emr_fixtures.coding import is_known_name, normalise_name
from dxgym.emr_fixtures.diagnosis_terms import (
    broader_terms_for_chinese,
    has_chinese,
    terms_for_chinese,
    terms_for_key,
    zh_key,
)

Judge = Callable[[str, str], tuple[bool, str, str]]

_THE = re.compile(r"(?i)\b(of|in|on|to)\s+the\s+")
_TYPE_AFTER = re.compile(r"[0-9a-zA-Zⅰ-ⅻⅠ-Ⅻ]+[型级期度]$")
_BRACKETED = re.compile(r"^(?P<name>[^（(]+)[（(](?P<cause>[^）)]+)[）)]$")


def _zh_named(text: str) -> bool:
    return bool(terms_for_chinese(text) or broader_terms_for_chinese(text))


def _en_named(text: str) -> bool:
    return bool(terms_for_key(normalise_name(text)))


def _english(text: str) -> str | None:
    """Rewrite "X of the Y" as "X of Y" where only the second is a table name."""
    if has_chinese(text) or _en_named(text):
        return None
    bare = _THE.sub(r"\1 ", text)
    return bare if bare != text and _en_named(bare) else None


def _chinese(text: str) -> str | None:
    """The Chinese rewrites of the module's list, each only where the text names no row and the result does."""
    if not has_chinese(text) or _zh_named(text):
        return None
    key = zh_key(text)
    typed = _TYPE_AFTER.search(key)
    if typed:  # 症 / 病 swapped just before the type (糖原贮积症V型)
        stem = key[: typed.start()]
        if stem and stem[-1] in "症病":
            swapped = stem[:-1] + ("病" if stem[-1] == "症" else "症") + key[typed.start() :]
            if _zh_named(swapped):
                return swapped
    if key.endswith("综合征") and len(key) >= 6 and len(terms_for_chinese(key[:-3])) == 1:
        return key[:-3]
    for short, full in _latin_abbreviations():  # 抗N-甲基-D-天冬氨酸受体脑炎 -> 抗NMDA受体脑炎, and back
        for a, b in ((full, short), (short, full)):
            if a in key and _zh_named(swapped := key.replace(a, b, 1)):
                return swapped
    bracket = _BRACKETED.match(text.strip())
    if bracket:
        name, cause = bracket.group("name").strip(), bracket.group("cause").strip()
        rows = terms_for_chinese(cause)
        if len(rows) == 1 and _zh_named(name):
            for written in dict.fromkeys((cause, *rows[0].zh)):
                for joined in (f"{written}性{name}", f"{written}{name}"):
                    if _zh_named(joined):
                        return joined
    return None


def _names_nothing(zh: str) -> bool:
    return not (_zh_named(zh) or vocabulary.zh_names(zh) or is_known_name(zh))


def rewritten_pair(reference: str, prediction: str) -> tuple[str, str] | None:
    """The pair with each side rewritten to a table name by the module's readings, if either side was; an
    answer that is the reference with 综合征 put after it, naming nothing of its own, is read as the reference."""
    ref = _english(reference) or _chinese(reference) or reference
    pred = _english(prediction) or _chinese(prediction) or prediction
    if (
        has_chinese(reference)
        and len(zh_key(reference)) >= 3
        and zh_key(prediction) == zh_key(reference) + "综合征"
        and _names_nothing(prediction)
    ):
        pred = reference
    return None if (ref, pred) == (reference, prediction) else (ref, pred)


_JOINED_ZH = re.compile(r"合并|伴有?")
_JOINED_EN = re.compile(r"(?i)\s+with\s+")


def combination_primary(reference: str, prediction: str, judge: Judge) -> str | None:
    """A combination row's name ("X with Y") answers as its first condition X: why it is wrong where X is wrong
    and Y alone would be right. Only where both parts are table conditions of their own and the reference names
    neither the whole nor X (DESIGN: the second never rescues a wrong first)."""
    joined = _JOINED_ZH if has_chinese(prediction) else _JOINED_EN
    parts = joined.split(prediction.strip(), maxsplit=1)
    if len(parts) != 2 or not all(p.strip() for p in parts):
        return None
    first, second = (p.strip() for p in parts)
    named = _zh_named if has_chinese(prediction) else _en_named
    if not (named(prediction) and named(first) and named(second)):
        return None
    if judge(reference, first)[0] or not judge(reference, second)[0]:
        return None
    whole = (
        terms_for_chinese(prediction)
        if has_chinese(prediction)
        else terms_for_key(normalise_name(prediction))
    )
    mine = (
        terms_for_chinese(reference) if has_chinese(reference) else terms_for_key(normalise_name(reference))
    )
    if set(whole) & set(mine):
        return None
    return f"the answer's primary condition ({first}) is not the reference; its second never rescues it"


_GENERIC = frozenset({"of", "the", "and", "with", "disease", "syndrome", "disorder", "s"})


def eponym_remnant(ref: Any, pred: Any, reason: str) -> str | None:
    """Veto "its words plus qualifiers" read through a derived one-word reading of the reference (a synonym
    like "Fallot syndrome" leaves only the eponym) when the answer lacks a word of every full name of the
    reference's row that has two or more words of its own."""
    if not (
        reason.startswith("more specific than the reference (its words plus qualifiers)")
        and ref.derived
        and ref.terms
        and not ref.zh
    ):
        return None
    remnant = set(ref.key.split()) - _GENERIC
    if len(remnant) != 1:
        return None
    # the remnant is a person's name: written with a capital inside some name of the row ("Tetralogy of Fallot")
    eponym = next(iter(remnant))
    if not any(
        w[:1].isupper() and normalise_name(w) == eponym
        for t in ref.terms
        for n in t.names
        for w in n.split()[1:]
    ):
        return None
    words = set(pred.key.split())
    full = [set(normalise_name(n).split()) - _GENERIC for t in ref.terms for n in t.names]
    full = [w for w in full if len(w) >= 2]
    if full and not any(w <= words for w in full):
        return "another condition named after the same person (the answer drops the words of the reference's name)"
    return None


@lru_cache(maxsize=1)
def _latin_abbreviations() -> tuple[tuple[str, str], ...]:
    """(abbreviation, Chinese full form), both as `zh_key`s (`data/zh_latin_abbreviations.tsv`)."""
    path = Path(__file__).parent / "data" / "zh_latin_abbreviations.tsv"
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.reader((line for line in handle if not line.startswith("#")), delimiter="\t"))
    return tuple((zh_key(r[0]), zh_key(r[1])) for r in rows[1:] if len(r) >= 2)


@lru_cache(maxsize=1)
def _lookalikes() -> frozenset[frozenset[str]]:
    path = Path(__file__).parent / "data" / "zh_lookalikes.tsv"
    with path.open(encoding="utf-8") as handle:
        rows = [r for r in csv.reader((line for line in handle if not line.startswith("#")), delimiter="\t")]
    return frozenset(frozenset(r[:2]) for r in rows[1:] if len(r) >= 2)


def looks_alike(typed: str, meant: str) -> bool:
    """Two characters one component apart (`data/zh_lookalikes.tsv`): 孟 typed for 盂 in 肾盂肾炎."""
    return frozenset((typed, meant)) in _lookalikes()


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


_INSIDE_OUTSIDE = re.compile(r"^[\u4e00-\u9fff]{1,2}[内外](?!科)")


def qualified_siblings(reference: str, prediction: str) -> str | None:
    """A Chinese answer that the table lists as a kind of the reference's row is no narrower form of the
    reference when both are one shorter name of that row qualified two ways, neither inside the other:
    胆总管结石 and 肝内胆管结石 both qualify 胆管结石 (common duct / intrahepatic); the kind narrows the row's
    broader name, not the reference's."""
    if not (has_chinese(reference) and has_chinese(prediction)):
        return None
    r, p = zh_key(reference), zh_key(prediction)
    if _subsequence(r, p):
        return None
    for term in set(terms_for_chinese(reference)) & set(broader_terms_for_chinese(prediction)):
        for name in term.zh:
            n = zh_key(name)
            if not (3 <= len(n) < len(r) and n != p and _subsequence(n, r) and _subsequence(n, p)):
                continue
            # the kind places the condition inside or outside an organ (肝内, 肝外), the reference elsewhere:
            # a cause put in front (肺炎克雷伯菌肝脓肿 for 细菌性肝脓肿) stays a kind
            if _INSIDE_OUTSIDE.match(p) and not _INSIDE_OUTSIDE.match(r):
                return f"another form of {name} than the reference's (qualified another way)"
    return None


@lru_cache(maxsize=1)
def _uncoded_kinds() -> dict[str, frozenset[str]]:
    """Each name of a chapter row without a code ("-") -> the kinds that row lists, as written in its file.

    The loader keeps no kinds for such rows (two of them, under different codes, would read as one condition);
    here they are read one way only: the row's own name as the reference, one of its kinds as the answer."""
    from dxgym.emr_fixtures.diagnosis_terms import chapter_files, read_term_file

    index: dict[str, set[str]] = {}
    for path in chapter_files():
        for row in read_term_file(path):
            if row.code is not None or not (row.kinds or row.zh_kinds):
                continue
            kinds = {normalise_name(k) for k in row.kinds} | {zh_key(k) for k in row.zh_kinds}
            for name in row.names:
                index.setdefault(normalise_name(name), set()).update(kinds)
            for name in row.zh:
                index.setdefault(zh_key(name), set()).update(kinds)
    return {k: frozenset(v) for k, v in index.items()}


def _key(text: str) -> str:
    return zh_key(text) if has_chinese(text) else normalise_name(text)


def _rows(text: str) -> tuple[Any, ...]:
    return terms_for_chinese(text) if has_chinese(text) else terms_for_key(normalise_name(text))


def uncoded_kind(reference: str, prediction: str) -> str | None:
    """An answer naming a kind that an uncoded row lists, for a reference naming that row (Eosinophilic granuloma
    of bone for Langerhans cell histiocytosis): more specific. The answer is read by its own row's names, in
    either language; never the other way (the row for one of its kinds is broader)."""
    kinds = _uncoded_kinds().get(_key(reference))
    mine = _rows(reference)
    if not kinds or not mine or any(t.code is not None for t in mine):
        return None
    rows = _rows(prediction)
    if len(rows) > 1 or set(rows) & set(mine):
        return None
    names = {_key(prediction)} | (
        {normalise_name(n) for n in rows[0].names} | {zh_key(n) for n in rows[0].zh} if rows else set()
    )
    kind = next((k for k in names if k in kinds), None)
    return f"more specific than the reference (a kind its table row lists: {kind})" if kind else None

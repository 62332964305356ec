"""Round 9 (issue 14): the common short, popular and former Chinese names of diagnoses (简称 / 俗称 / 旧称).

`data/zh_common_names.tsv` lists, from stated sources (the 人卫版 textbooks 内科学 / 外科学 / 儿科学 / 妇产科学 /
神经病学 / 传染病学 / 皮肤性病学 / 眼科学 / 耳鼻咽喉头颈外科学 / 精神病学, and 全国科学技术名词审定委员会《医学名词》),
each such name beside the full name the source gives it. The rows were written from the sources and checked
against the naming table, not taken from any evaluation pair: a name the table already holds was left out
(the table decides it), so the file holds only what the table lacks.

A side whose whole name is a listed name is read as its full name, and the pair is judged again in full, so
every other rule (side, stage, denial, broader, sibling) still holds; a listed name inside a longer name is
written out only where the result is a table name. This runs only where no other reading matched.

A few rows are marked "over": the source gives the name as the full name's other or former name while the
table files it under a neighbouring code (子宫体癌: 人卫版《妇产科学》 names 子宫内膜癌 "又称子宫体癌", the table
C54; 肝昏迷: 《内科学》 "肝性脑病，过去称为肝昏迷", the table K72.91). Those are read as the full name only
where the other side is judged right against the full name, and never the other way round (a reference
子宫体癌 keeps its own reading).
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

from dxgym.emr_fixtures import vocabulary
from dxgym.emr_fixtures.coding import is_known_name
from dxgym.emr_fixtures.diagnosis_terms import has_chinese, terms_for_chinese, zh_key

FirstRight = Callable[[str, str, Iterable[tuple[str | None, str | None]]], "tuple[str, str, str] | None"]
_DATA = Path(__file__).parent / "data"
TABLE = "zh_common_names.tsv"  # round 9's table; round 10's (`round10_zh`) reads its own through the same code


@lru_cache(maxsize=4)
def _rows(table: str = TABLE) -> tuple[dict[str, str], dict[str, str]]:
    """(plain: short name -> full name, over: short name -> full name), keyed by `zh_key`."""
    plain: dict[str, str] = {}
    over: dict[str, str] = {}
    with (_DATA / table).open(encoding="utf-8") as handle:
        for row in csv.reader((line for line in handle if line.strip() and not line.startswith("#")),
                              delimiter="\t"):
            short, full, flag = row[0].strip(), row[1].strip(), (row[3].strip() if len(row) > 3 else "")
            key = zh_key(short)
            if flag == "over":
                over[key] = full
            elif not (terms_for_chinese(short) or vocabulary.zh_names(short) or is_known_name(short)):
                plain[key] = full
    return plain, over


@lru_cache(maxsize=4)
def _longest_first(table: str = TABLE) -> tuple[str, ...]:
    return tuple(sorted((short for short in _rows(table)[0] if len(short) >= 2), key=len, reverse=True))


def _written_out(text: str, table: str = TABLE) -> str | None:
    """`text` with its listed name written out: the whole text, or one listed name inside it where the result
    is a table name."""
    plain, _ = _rows(table)
    key = zh_key(text)
    if key in plain:
        return plain[key]
    for short in _longest_first(table):
        if short in key and short != key:
            longer = key.replace(short, plain[short], 1)
            if terms_for_chinese(longer):
                return longer
    return None


def by_common_name(reference: str, prediction: str, first_right: FirstRight, table: str = TABLE) -> str | None:
    """The reason the pair is right with either side's common name (of `table`) written out (see the module), if it is."""
    if not (has_chinese(reference) or has_chinese(prediction)):
        return None
    r2 = _written_out(reference, table) if has_chinese(reference) else None
    p2 = _written_out(prediction, table) if has_chinese(prediction) else None
    _, over = _rows(table)
    p3 = over.get(zh_key(prediction)) if has_chinese(prediction) else None
    hit = first_right(reference, prediction, ((reference, p2), (r2, prediction), (r2, p2), (reference, p3)))
    if hit is None:
        return None
    reason, r, p = hit
    return f"{reason} (a common Chinese name written out: {p if r == reference else r})"

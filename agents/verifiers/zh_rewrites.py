"""Chinese diagnosis names rewritten without changing the condition, read before any table lookup.

Three ways a Chinese clinician writes the same name, each checked on the two names' characters alone
(no table can hold every qualified name): a qualifier moved into brackets (急性胆囊炎（结石性）=
急性结石性胆囊炎), a cause written as a clause (药物所致肝损伤 = 药物性肝损伤, 肠粘连所致肠梗阻 =
粘连性肠梗阻), and a part of an organ for the organ (胃窦溃疡 is a gastric ulcer at a site).
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

from dxgym.emr_fixtures.answer_memos import answer_memo
from dxgym.emr_fixtures.diagnosis_terms import zh_key

# A name with a trailing bracket: 主动脉夹层（Stanford A型）, 急性胆囊炎（结石性） (the one pattern the verifier reads
# brackets with).
NAME_AND_BRACKET = re.compile(r"^(.*?)[(（]([^()（）]+)[)）]\s*$")
_QUALIFIER_END = "性型度期级"
# "P所致Q", "P引起的Q", "P导致的Q", "P相关Q", "P相关性Q": Q caused by P.
_CAUSE_CLAUSE = re.compile(r"^(?P<cause>.{1,12}?)(?:所致的?|引起的?|导致的?|相关性?)(?P<head>.{2,})$")
# Acuity and primacy are not causes: 急性 / 慢性 / 原发性 stay part of the name.
_NOT_CAUSES = frozenset({"急", "慢", "原发", "继发", "特发", "先天", "获得", "亚急", "复发", "多发", "弥漫"})


@lru_cache(maxsize=1)
def _sub_sites() -> tuple[tuple[str, str], ...]:
    path = Path(__file__).parent / "data" / "zh_sub_sites.tsv"
    with path.open(encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        pairs = [(r["part"], r["organ"]) for r in rows]
    return tuple(sorted(pairs, key=lambda p: len(p[0]), reverse=True))


@answer_memo()
def organ_for_parts(key: str) -> str:
    """`key` with each part of an organ written as the organ (胃窦溃疡 -> 胃溃疡)."""
    for part, organ in _sub_sites():
        key = key.replace(part, organ)
    return key


def _bracket_moved(inline: str, bracketed: str) -> bool:
    """`bracketed` is "Base（Q）" and `inline` is Base with Q written inside it."""
    m = NAME_AND_BRACKET.match(bracketed.strip())
    # a qualifier of at most eight characters — a kind, type, severity, stage or grade (结石性, 腹型, 重度, Ⅲ期) —
    # after a name holding no bracket of its own
    if not m or re.search(r"[(（]", m.group(1)) or len(m.group(2)) > 8:
        return False
    base, q, whole = zh_key(m.group(1)), zh_key(m.group(2)), zh_key(inline)
    if q[-1:] not in _QUALIFIER_END:
        # the bracket repeats the name's head word after its qualifier: 肩关节脱位（前脱位） = 肩关节前脱位
        head = next((base[-n:] for n in range(min(len(base), len(q)) - 1, 1, -1) if q.endswith(base[-n:])), "")
        if not head or not 1 <= len(q) - len(head) <= 4:
            return False
        q = q[:-len(head)]
    return bool(base and q) and any(whole == base[:i] + q + base[i:] for i in range(len(base)))


def _cause_as_clause(named: str, clause: str) -> bool:
    """`clause` is "P所致Q" and `named` is Q with "S性" inside it, S a cause word that P names."""
    m = _CAUSE_CLAUSE.match(zh_key(clause))
    if not m:
        return False
    cause, head, whole = m.group("cause"), m.group("head"), zh_key(named)
    for j, ch in enumerate(whole):
        if ch != "性":
            continue
        for size in range(1, 5):  # the cause word before this 性: 肾, 药物, 肾实质
            stem = whole[max(0, j - size):j]
            if len(stem) < size or "性" in stem or any(stem.startswith(n) for n in _NOT_CAUSES):
                break
            if stem[0] in cause and whole[:j - size] + whole[j + 1:] == head:
                return True
    return False


def same_name_rewritten(reference: str, prediction: str) -> str | None:
    """Why two Chinese names are one condition written two ways, or None."""
    if _bracket_moved(reference, prediction) or _bracket_moved(prediction, reference):
        return "the same Chinese name (its qualifier in brackets)"
    if _cause_as_clause(reference, prediction) or _cause_as_clause(prediction, reference):
        return "the same Chinese name (its cause written as a clause)"
    return None

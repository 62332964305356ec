"""Round 57 (issue 14): a Chinese reference that names its category before its clinical type is that type.

Chinese records write a diagnosis as its category then its type (《病历书写基本规范》: 病因诊断, then the
病理解剖 / 功能诊断): 冠状动脉粥样硬化性心脏病 不稳定型心绞痛, 先天性心脏病 室间隔缺损, 心律失常 阵发性心房颤动. The
whole reads as one coded condition or as the category alone, so "Unstable angina" or 室间隔缺损 was "broader than
the reference" — yet the type entails the category (unstable angina is coronary heart disease's acute form; a
ventricular septal defect is a congenital heart disease). The answer is judged against the type, where the type
is filed inside the category's ICD-10-CM range (`data/zh_category_heads.tsv`); the category alone stays broader,
and a condition coded outside the range (冠心病 心房颤动: two conditions) is never read as the type.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from dxgym.emr_fixtures.diagnosis_terms import has_chinese, zh_key

Judge = Callable[[str, str], tuple[bool, str, str]]
Read = Callable[[str], Sequence[Any]]


@lru_cache(maxsize=1)
def _heads() -> tuple[tuple[str, str, str], ...]:
    path = Path(__file__).parent / "data" / "zh_category_heads.tsv"
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))
    # longest first: 冠状动脉粥样硬化性心脏病 before 心脏病-like shorter heads
    return tuple(sorted(((zh_key(r["head"]), r["lo"], r["hi"]) for r in rows), key=lambda h: -len(h[0])))


def type_after_category(reference: str, read: Read) -> tuple[str, str] | None:
    """(category, type) when the Chinese reference is a listed category followed by a condition the verifier
    reads with a code inside the category's range, else None."""
    if not has_chinese(reference):
        return None
    key = zh_key(reference)
    for head, lo, hi in _heads():
        rest = key[len(head):]
        if not key.startswith(head) or len(rest) < 2:
            continue
        codes = [r.code for r in read(rest) if r.code and not r.narrower and not r.derived and "-" not in r.code]
        if codes and all(lo <= c[:3] <= hi for c in codes):
            return head, rest
    return None


def type_named(reference: str, prediction: str, judge: Judge, read: Read) -> str | None:
    """Why the answer is right as the reference's clinical type, or None."""
    split = type_after_category(reference, read)
    if split is None:
        return None
    head, kind = split
    correct, reason, _ = judge(kind, prediction)
    if not correct:
        return None
    return f"{reason} (the reference's type {kind}, written after its category {head})"

"""ICD-10-CM coding of diagnosis names and the specialty derived from it.

A first, exact-name version: a case-insensitive index of every ICD-10-CM description and
inclusion term in `simple-icd-10-cm`. Specialty is the ICD chapter of the code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import simple_icd_10_cm as icd

from emr_fixtures.models import IcdMethod

# ICD-10 chapter (by first letter / code range) -> short specialty name.
_CHAPTERS: tuple[tuple[str, str, str], ...] = (
    ("A00", "B99", "infectious disease"),
    ("C00", "D49", "oncology"),
    ("D50", "D89", "hematology"),
    ("E00", "E89", "endocrinology"),
    ("F01", "F99", "psychiatry"),
    ("G00", "G99", "neurology"),
    ("H00", "H59", "ophthalmology"),
    ("H60", "H95", "otolaryngology"),
    ("I00", "I99", "cardiology"),
    ("J00", "J99", "pulmonology"),
    ("K00", "K95", "gastroenterology"),
    ("L00", "L99", "dermatology"),
    ("M00", "M99", "rheumatology"),
    ("N00", "N99", "nephrology"),
    ("O00", "O9A", "obstetrics"),
    ("P00", "P96", "neonatology"),
    ("Q00", "Q99", "congenital"),
    ("R00", "R99", "symptoms"),
    ("S00", "T88", "injury"),
    ("V00", "Y99", "external causes"),
    ("Z00", "Z99", "health services"),
)


@dataclass(frozen=True)
class CodeAssignment:
    icd10: str | None
    method: IcdMethod


def normalise_name(text: str) -> str:
    text = text.lower().replace("’", "'")
    text = re.sub(r"[^\w\s']", " ", text)
    return re.sub(r"\s+", " ", text).strip()


@lru_cache(maxsize=1)
def _name_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for code in icd.get_all_codes(with_dots=True):
        if icd.is_chapter_or_block(code):
            continue
        names = [icd.get_description(code), *icd.get_inclusion_term(code)]
        for name in names:
            index.setdefault(normalise_name(name), code)
    return index


def assign_icd10(name: str) -> CodeAssignment:
    code = _name_index().get(normalise_name(name))
    return CodeAssignment(code, "name_match") if code else CodeAssignment(None, "none")


def specialty_for(icd10: str | None) -> str:
    if not icd10:
        return "unknown"
    head = icd10.replace(".", "")[:3].upper()
    for lo, hi, name in _CHAPTERS:
        if lo <= head <= hi:
            return name
    return "unknown"

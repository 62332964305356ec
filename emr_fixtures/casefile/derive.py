"""What a casefile may leave out, and what it then means: the one definition the reader applies and
the writer checks before omitting a field (so export -> import -> export is byte-identical).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from types import SimpleNamespace
from typing import Any

from dxgym.emr_fixtures.coding import specialty_for
from dxgym.emr_fixtures.importers.common import pointer
from dxgym.emr_fixtures.models import Category
from dxgym.emr_fixtures.revealing import reveals

SOURCE = "casefile"
LICENCE = "unspecified: the author's own terms apply (a casefile imported by the user)"
SECTION_CATEGORY: dict[str, Category | None] = {"physical_examination": "physical_examination",
                                                "auxiliary_examinations": None}
DEFAULT_AUX_CATEGORY: Category = "laboratory"


def case_id(stem: str) -> str:
    return f"{SOURCE}:{stem}"


def source(case_id: str) -> str:
    """`{source}:…` ids name their source; others are the casefile's own."""
    return case_id.split(":", 1)[0] if ":" in case_id else SOURCE


def source_ref(source: str, file: str, stem: str) -> dict[str, object]:
    return {"source": source, "file": file, "row": None, "id": stem}


def specialty(icd10: str | None) -> str:
    return specialty_for(icd10)


_AGE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(岁|years?|yrs?|-year-old|y)?\s*$", re.I)


def age_years(age: str | None) -> float | None:
    """"58岁", "58 years", "58" -> 58.0; anything else (months, "newborn") must be given."""
    m = _AGE.match(age or "")
    return float(m.group(1)) if m else None


def icd_method(icd10: str | None, project_written: bool) -> str:
    """A code the author wrote is the project's (project-written cases) or the source's (anyone else's)."""
    if icd10 is None:
        return "none"
    return "project" if project_written else "source"


def analyte(name: str) -> str:
    return name.split(" / ")[-1]


def source_key(section: str, group: str, name: str, taken: set[str]) -> str:
    """`section/group/name` (a nested name `A / B` as a path; a result named as its group: the group),
    numbered `/2`, `/3` … when a test repeats."""
    base = pointer(section, group) if name == group else pointer(section, group, *name.split(" / "))
    key, n = base, 1
    while key in taken:
        n += 1
        key = f"{base}/{n}"
    return key


_RANGE = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*[-~～–]\s*(-?\d+(?:\.\d+)?)\s*$")
_UPPER = re.compile(r"^\s*[<≤]=?\s*(\d+(?:\.\d+)?)\s*$")
_LOWER = re.compile(r"^\s*[>≥]=?\s*(\d+(?:\.\d+)?)\s*$")


def flag(value: float | str | None, reference_range: str | None) -> str | None:
    """H / L from a numeric range ("3.5-9.5", "<10", ">90"); "abnormal" for a qualitative mismatch."""
    if not reference_range or value is None:
        return None
    if isinstance(value, str):
        return None if value == reference_range else "abnormal"
    if m := _RANGE.match(reference_range):
        lo, hi = float(m.group(1)), float(m.group(2))
        return "H" if value > hi else "L" if value < lo else None
    if m := _UPPER.match(reference_range):
        return "H" if value > float(m.group(1)) else None
    if m := _LOWER.match(reference_range):
        return "L" if value < float(m.group(1)) else None
    return None


_ARROW = {"zh": {"H": " ↑", "L": " ↓"}, "en": {}}


def result(raw_value: str, unit: str | None, flag: str | None, language: str) -> str:
    """The result as a record states it: the value as written, its unit, and (in Chinese) ↑ / ↓."""
    return raw_value + (f" {unit}" if unit else "") + _ARROW.get(language, {}).get(flag or "", "")


def reveals_diagnosis(record: Mapping[str, Any] | Any, diagnoses: Iterable[Mapping[str, Any] | Any]) -> bool:
    """Whether the import matcher flags a result as naming the case's diagnosis (issue 13)."""
    def ns(x: Any, *names: str) -> Any:
        return SimpleNamespace(**{n: x[n] for n in names}) if isinstance(x, Mapping) else x

    return reveals(ns(record, "name", "result"), [ns(d, "name", "icd10") for d in diagnoses])

"""A compact notation for authoring the project's Chinese cases (read by `build_zh_fixtures`).

An original case is a `Case`; its examinations are `Group`s of one-line records:

    "白细胞计数(WBC) | 12.6 | ×10^9/L | 3.5-9.5"      structured lab value, flag derived from the range
    "尿蛋白(PRO) | 2+ | | 阴性"                        qualitative value, flag "abnormal" when it differs
    "C反应蛋白(CRP) | 86.2 | mg/L | 0-10 | H"          explicit flag (use "-" for none)
    "所见 | 右下肺野见斑片状高密度影……"                free-text result

A translation is a `Translation` of an English fixture case: its records are given in the English
case's record order as "名称: 结果" (a nested English name `A / B` is written `甲 / 乙`), so a reviewer
can read both side by side; the builder zips them and refuses a count mismatch.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dxgym.emr_fixtures.models import Category, ExamValue

PE_SECTION = "体格检查"
AUX_SECTION = "辅助检查"


@dataclass(frozen=True)
class Line:
    name: str
    result: str
    value: ExamValue | None


@dataclass(frozen=True)
class Group:
    name: str
    category: Category
    lines: tuple[str, ...]

    @property
    def section(self) -> str:
        return PE_SECTION if self.category == "physical_examination" else AUX_SECTION


def pe(name: str, *lines: str) -> Group:
    return Group(name, "physical_examination", lines)


def lab(name: str, *lines: str) -> Group:
    return Group(name, "laboratory", lines)


def img(name: str, *lines: str) -> Group:
    return Group(name, "imaging", lines)


def path(name: str, *lines: str) -> Group:
    return Group(name, "pathology", lines)


def other(name: str, *lines: str) -> Group:
    return Group(name, "other", lines)


def vitals(T: float, P: int, R: int, BP: str, W: float | str | None = None, *extra: str) -> Group:
    """体格检查 T/P/R/BP/W as the report's appendix A writes them; `extra` adds lines (SpO2, 身高)."""
    lines = [
        f"体温(T) | {T} | ℃",
        f"脉搏(P) | {P} | 次/分",
        f"呼吸(R) | {R} | 次/分",
        f"血压(BP) | {BP} | mmHg",
    ]
    if W is not None:
        lines.append(f"体重(W) | {W} | kg")
    return pe("生命体征", *lines, *extra)


@dataclass(frozen=True)
class Dx:
    name: str
    icd10: str
    primary: bool = False


@dataclass(frozen=True)
class Case:
    """One original case. `avoid` lists synonyms of the diagnosis the history must not contain."""

    row: int
    sex: str
    age: int | tuple[str, float]
    occupation: str
    admitted: str
    chief_complaint: str
    present_illness: str
    past_history: str
    personal_history: str
    marital_reproductive_history: str
    family_history: str
    examinations: tuple[Group, ...]
    diagnosis: tuple[str, str]
    secondary: tuple[tuple[str, str | None], ...] = ()
    avoid: tuple[str, ...] = ()


@dataclass(frozen=True)
class Translation:
    """A faithful Chinese translation of the English fixture case `agentclinic:medqa:{src}`."""

    row: int
    src: int
    sex: str | None
    age: tuple[str, float]
    demographics_text: str
    chief_complaint: str
    present_illness: str
    past_history: str
    personal_history: str
    history: dict[str, str]
    groups: dict[str, str]
    records: tuple[str, ...]
    # (Chinese name, ICD-10): the build takes the English source's code and method when it has one
    diagnosis: tuple[str, str]
    occupation: str | None = None
    categories: dict[str, Category] = field(default_factory=dict)
    avoid: tuple[str, ...] = ()


_RANGE = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*[-~～–]\s*(-?\d+(?:\.\d+)?)\s*$")
_UPPER = re.compile(r"^\s*[<≤]=?\s*(\d+(?:\.\d+)?)\s*$")
_LOWER = re.compile(r"^\s*[>≥]=?\s*(\d+(?:\.\d+)?)\s*$")
_NUMBER = re.compile(r"^-?\d+(?:\.\d+)?$")


def derive_flag(value: float | str, reference_range: str | None) -> str | None:
    """H / L from a numeric range ("3.5-9.5", "<10", ">90"); "abnormal" for a qualitative mismatch."""
    if not reference_range:
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


_ARROW = {"H": " ↑", "L": " ↓"}


def parse_line(text: str) -> Line:
    parts = [p.strip() for p in text.split("|")]
    if len(parts) == 2:
        name, result = parts
        if not name or not result:
            raise ValueError(f"empty name or result in {text!r}")
        return Line(name, result, None)
    if len(parts) not in (3, 4, 5):
        raise ValueError(f"a record line has 2 to 5 fields: {text!r}")
    name, raw, unit = parts[0], parts[1], parts[2] or None
    reference_range = (parts[3] if len(parts) > 3 else "") or None
    value: float | str = float(raw) if _NUMBER.match(raw) else raw
    flag = derive_flag(value, reference_range)
    if len(parts) == 5:
        flag = None if parts[4] == "-" else parts[4]
    result = raw + (f" {unit}" if unit else "") + _ARROW.get(flag or "", "")
    return Line(
        name,
        result,
        ExamValue(analyte=name, value=value, unit=unit, reference_range=reference_range, flag=flag),
    )

"""Helpers shared by importers: RFC 6901 keys, value parsing, the error every importer raises."""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from dxgym.emr_fixtures.models import Category, ExamValue


class ImportRecordError(ValueError):
    """A bad record: names the file, the line (1-based) or resource id, the field and the problem."""

    def __init__(self, file: str, where: str, field: str, problem: str):
        self.file, self.where, self.field, self.problem = file, where, field, problem
        super().__init__(f"{file}: {where}: field '{field}': {problem}")


def source_hash(source: Any) -> str:
    """sha256 of one source record (a JSON object, a CSV row as a list of cells), read as data, not text:
    the same record written with other whitespace or key order hashes the same."""
    text = json.dumps(source, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


_COLLECTION = re.compile(r"[^\w.-]+")


def collection_name(name: str) -> str:
    """A file stem or `--collection` value as the middle part of `{source}:{collection}:{row}`."""
    cleaned = _COLLECTION.sub("_", name.strip()).strip("_")
    if not cleaned:
        raise ValueError(f"--collection {name!r} is empty once spaces and ':' are removed")
    return cleaned


def pointer(*segments: object) -> str:
    """Join path segments RFC 6901 style (`~` -> `~0`, `/` -> `~1`; jsonpointer), without the leading "/"."""
    from jsonpointer import JsonPointer

    return JsonPointer.from_parts([str(s) for s in segments]).path[1:]


_IMAGING = re.compile(
    r"x[-_ ]?ray|radiograph|\bct\b|_ct\b|ct_|mri|ultraso|sonograph|echocardio|doppler|mammogra|angiogra|"
    r"scan|imaging|fluoroscop|barium|pet\b|venogra|cholangio|enema|dexa|hida|urogra|cystogra",
    re.I,
)
_PATHOLOGY = re.compile(r"biops|histolog|patholog|cytolog|smear|aspirate|marrow|scraping|frozen_section", re.I)
_OTHER = re.compile(
    r"electrocardio|\becg\b|\bekg\b|electromyo|\bemg\b|electroenceph|\beeg\b|audiom|hearing|spirom|"
    r"pulmonary_function|endoscop|colonoscop|cystoscop|anoscop|bronchoscop|laryngoscop|consult|"
    r"assessment|score|test_of|tilt|stress_test|nerve_conduction|slit_lamp|fundoscop|tonometr|visual",
    re.I,
)


def category_for_test(group: str) -> Category:
    """Category of an auxiliary-test group from its name (physical examination is known by section)."""
    if _PATHOLOGY.search(group):
        return "pathology"
    if _IMAGING.search(group):
        return "imaging"
    if _OTHER.search(group):
        return "other"
    return "laboratory"


_NUM = re.compile(r"^\s*([<>]=?\s*)?(-?\d[\d,]*(?:\.\d+)?)\s*([^\d\s(][^(;,]*?)?\s*(?:\(([^)]*)\))?\s*$")
_HIGH = re.compile(r"\b(elevated|high|increased|raised|above)\b", re.I)
_LOW = re.compile(r"\b(low|reduced|decreased|below|depressed)\b", re.I)
_ABN = re.compile(r"\b(abnormal|positive|present)\b", re.I)


def parse_value(analyte: str, text: str) -> ExamValue | None:
    """Structured value from texts like '50 mmHg (elevated)' or '12,000/mm3'; None when not numeric."""
    m = _NUM.match(text)
    if not m:
        return None
    prefix, number, unit, note = m.groups()
    try:
        value: float | str = float(number.replace(",", ""))
    except ValueError:  # pragma: no cover - the regex admits only numbers
        return None
    if prefix:
        value = f"{prefix.strip()}{number}"
    flag = None
    if note:
        if _HIGH.search(note):
            flag = "H"
        elif _LOW.search(note):
            flag = "L"
        elif _ABN.search(note):
            flag = "abnormal"
        elif re.search(r"\bnormal\b", note, re.I):
            flag = "normal"
    return ExamValue(analyte=analyte, value=value, unit=(unit or "").strip() or None, flag=flag)

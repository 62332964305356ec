"""Results that state the diagnosis: flagged at import as `reveals_diagnosis` (DESIGN, "The episode").

A barium enema "compatible with Hirschsprung disease" is legitimate evidence, but a case whose
results name its answer measures reading, not diagnosis: such records are flagged, counted in
`db stats`, left out of training exports unless asked, and reported apart in evaluation.

A record reveals a diagnosis when its name or result names one of the case's diagnoses: the name
itself, a synonym or Chinese name from the curated table the rule verifier reads
(`diagnosis_terms`), or the ICD-10-CM description of its code (`coding.description_keys`) — the
verifier's own normalisation and tables. English names match as whole words after `normalise_name`;
Chinese names as substrings. A mention the text itself negates ("no evidence of pneumonia",
未见肺炎) does not reveal it. Abbreviations under four letters are not matched ("MG" is also a unit).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from dxgym.emr_fixtures import diagnosis_terms as terms_table
from dxgym.emr_fixtures.coding import description_keys, normalise_name
from dxgym.emr_fixtures.models import CaseRecord, Diagnosis, ExamRecord

MIN_NAME_CHARS = 4  # English keys shorter than this are abbreviations too ambiguous to flag on
_NEGATION_EN = re.compile(r"\b(?:no|not|without|negative for|rule out|ruled out|absence of|free of|exclude[sd]?)\s+"
                          r"(?:\w+\s+){0,3}$")
_NEGATION_ZH = re.compile(r"(?:无|未见|未发现|排除|否认|不支持|非)[^，。；,;]{0,6}$")


@lru_cache(maxsize=4096)
def _diagnosis_keys(name: str, icd10: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """(normalised English keys, Chinese names) that name one diagnosis."""
    english: set[str] = set()
    chinese: set[str] = set()
    names = {name, terms_table.strip_parenthetical(name)}
    if terms_table.has_chinese(name):
        chinese.update(n for n in names if n)
        for term in terms_table.terms_for_chinese(name):
            chinese.update(term.zh)
            names.update(term.names)
    key = normalise_name(terms_table.strip_parenthetical(name))
    for term in terms_table.terms_for_key(key) if key else ():
        names.update(term.names)
        chinese.update(term.zh)
    for n in names:
        if n and not terms_table.has_chinese(n):
            english.add(normalise_name(n))
    if icd10:
        english.update(description_keys(icd10))
    english = {k for k in english if len(k.replace(" ", "")) >= MIN_NAME_CHARS}
    chinese = {z for z in chinese if len(z) >= 2}
    return frozenset(english), frozenset(chinese)


@lru_cache(maxsize=4096)
def _case_keys(diagnoses: tuple[tuple[str, str | None], ...]) -> tuple[dict[str, tuple[str, ...]], tuple[str, ...]]:
    """Every diagnosis's English keys, indexed by first word, and Chinese names: one set for a case.

    Why indexed: a key can only occur where its first word does, so a record costs one set lookup a
    word instead of one scan a key; a MIMIC-IV import flags millions of records (issue 16).
    """
    english: set[str] = set()
    chinese: set[str] = set()
    for name, icd10 in diagnoses:
        en, zh = _diagnosis_keys(name, icd10)
        english |= en
        chinese |= zh
    first: dict[str, list[str]] = {}
    for key in sorted(english):
        first.setdefault(key.split(" ", 1)[0], []).append(key)
    return {word: tuple(keys) for word, keys in first.items()}, tuple(sorted(chinese))


def _names_in(text: str, first: dict[str, tuple[str, ...]], chinese: Iterable[str]) -> bool:
    if not text:
        return False
    normalised = normalise_name(text)
    words = f" {normalised} "
    for token in first.keys() & set(normalised.split()):
        for key in first[token]:
            at = words.find(f" {key} ")
            while at >= 0:
                if not _NEGATION_EN.search(words[:at + 1]):
                    return True
                at = words.find(f" {key} ", at + 1)
    for name in chinese:
        at = text.find(name)
        while at >= 0:
            if not _NEGATION_ZH.search(text[:at]):
                return True
            at = text.find(name, at + 1)
    return False


def _keys_for(diagnoses: Iterable[Diagnosis | Any]) -> tuple[dict[str, tuple[str, ...]], tuple[str, ...]]:
    return _case_keys(tuple((d.name, d.icd10) for d in diagnoses))


def _record_text(record: ExamRecord | Any) -> str:
    return f"{record.name.replace('_', ' ')}: {record.result}"


def reveals(record: ExamRecord | Any, diagnoses: Iterable[Diagnosis | Any]) -> bool:
    """True when the record's name or result names one of `diagnoses` (not negated)."""
    return _names_in(_record_text(record), *_keys_for(diagnoses))


def flag_revealing(case: CaseRecord) -> CaseRecord:
    """The case with `reveals_diagnosis` set on each record that names one of its diagnoses.

    A flag already set (by a source, or a person) is kept; the matcher only adds flags.
    """
    keys = _keys_for(case.diagnoses)
    flags = [e.reveals_diagnosis or _names_in(_record_text(e), *keys) for e in case.examinations]
    if all(f == e.reveals_diagnosis for f, e in zip(flags, case.examinations, strict=True)):
        return case
    exams = tuple(e if f == e.reveals_diagnosis else e.model_copy(update={"reveals_diagnosis": f})
                  for f, e in zip(flags, case.examinations, strict=True))
    return case.model_copy(update={"examinations": exams})


def revealing_records(case: CaseRecord) -> int:
    return sum(e.reveals_diagnosis for e in case.examinations)

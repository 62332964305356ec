"""The terminology vocabulary: diagnosis names from real terminologies, with provenance per entry.

Beside the curated table (`diagnosis_terms`, clinicians' names and abbreviations) and ICD-10-CM's own
titles and inclusion terms (read by `coding` from `simple-icd-10-cm`), this serves names built by
`build_diagnosis_vocab` from CMeKG (Chinese names and aliases with their ICD-10 codes), DDXPlus and
MIMIC-IV (`data/diagnosis_names_*.tsv`; licences in `data/DATA_LICENSES.md`). The ICD-10 categories
in `data/diagnosis_vocab_heldout.txt` are evaluation concepts: no vocabulary holds their names.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from dxgym.emr_fixtures.answer_memos import answer_memo
from dxgym.emr_fixtures.diagnosis_terms import (
    zh_key,
    zh_suffix_variants,
)
from dxgym.emr_fixtures.names import normalise_name

_DATA = Path(__file__).with_name("data")


@dataclass(frozen=True)
class VocabName:
    """One name of a condition: its ICD-10-CM codes, `kind` ("name" or "alias"), an English name, its source."""

    name: str
    codes: tuple[str, ...]
    kind: str
    en: str
    source: str

    @property
    def code(self) -> str | None:
        """The one code this name stands for, or None when the source gave several."""
        return self.codes[0] if len(self.codes) == 1 else None


def _rows(name: str) -> list[dict[str, str]]:
    with (_DATA / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


@lru_cache(maxsize=1)
def held_out_categories() -> frozenset[str]:
    """ICD-10-CM categories whose names are kept out of every vocabulary (the harvested evaluation's concepts)."""
    text = (_DATA / "diagnosis_vocab_heldout.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def is_held_out(code: str) -> bool:
    return code.replace(".", "")[:3].upper() in held_out_categories()


@lru_cache(maxsize=1)
def _zh_index() -> dict[str, tuple[VocabName, ...]]:
    index: dict[str, list[VocabName]] = {}
    for row in _rows("diagnosis_names_zh.tsv"):
        entry = VocabName(row["zh"], tuple(row["icd10cm"].split(",")), row["kind"], row["en"], row["source"])
        index.setdefault(zh_key(entry.name), []).append(entry)
    # a main name beats an alias written the same way (an alias may be a looser, broader name)
    return {k: tuple(sorted(v, key=lambda e: e.kind != "name")) for k, v in index.items()}


@lru_cache(maxsize=1)
def _en_index() -> dict[str, tuple[VocabName, ...]]:
    index: dict[str, list[VocabName]] = {}
    for row in _rows("diagnosis_names_en.tsv"):
        entry = VocabName(row["en"], (row["icd10cm"],), "name", row["en"], row["source"])
        index.setdefault(normalise_name(entry.name), []).append(entry)
    return {k: tuple(v) for k, v in index.items()}


@answer_memo()
def zh_names(text: str) -> tuple[VocabName, ...]:
    """Vocabulary entries with this Chinese name (after `zh_key`, allowing the trailing 症 / 病 to vary)."""
    key = zh_key(text)
    index = _zh_index()
    found = index.get(key, ())
    if not found:
        found = next((index[v] for v in zh_suffix_variants(key) if v in index), ())
    if len({e.codes for e in found if e.kind == "name"}) == 1:  # one main name decides over aliases
        found = tuple(e for e in found if e.kind == "name")
    return found


def en_names(key: str) -> tuple[VocabName, ...]:
    """Vocabulary entries whose English name normalises to `key`."""
    return _en_index().get(key, ())


@lru_cache(maxsize=1)
def zh_names_longest_first() -> tuple[tuple[str, VocabName], ...]:
    """Every Chinese main name (as `zh_key`, three characters or more), longest first, for finding a
    name inside a longer answer (急性下壁心肌梗死 holds 心肌梗死)."""
    pairs = [(k, e) for k, entries in _zh_index().items() for e in entries if e.kind == "name" and len(k) >= 3]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


@lru_cache(maxsize=1)
def _glossary() -> dict[str, str]:
    rows = [line.split("\t") for line in (_DATA / "zh_en_glossary.tsv").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    return {zh_key(zh): en.strip() for zh, en in rows[1:]}


@answer_memo()
def translate_zh(text: str) -> str | None:
    """An English reading of a Chinese diagnosis name composed word by word from the glossary
    (无菌性脑膜炎 -> "aseptic meningitis"), or None unless its words cover the name entirely.
    Fewest words win, so a listed compound (肝硬化) beats its parts."""
    key = zh_key(text)
    glossary = _glossary()
    longest = max(map(len, glossary))
    best: list[list[str] | None] = [[]] + [None] * len(key)
    for end in range(1, len(key) + 1):
        for start in range(max(0, end - longest), end):
            word = glossary.get(key[start:end])
            head = best[start]
            if word is not None and head is not None and (best[end] is None or len(head) + 1 < len(best[end])):
                best[end] = [*head, word]
    words = best[len(key)]
    return " ".join(words) if words else None

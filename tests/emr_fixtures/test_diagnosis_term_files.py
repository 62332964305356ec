"""The authored bilingual diagnosis-term files (`emr_fixtures/data/diagnosis_terms/*.txt`) are well formed.

Every file in the folder is checked the same way: rows parse into four cells, codes exist in
ICD-10-CM, no row repeats a name, no plain name stands for two codes across the folder (only
capitalised abbreviations may be ambiguous), and no name belongs to an ICD-10-CM category held out
for the harvested verifier evaluation (else those pairs would score 1.0 by construction).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
import simple_icd_10_cm as icd

from dxgym.emr_fixtures import diagnosis_terms, vocabulary
from dxgym.emr_fixtures.diagnosis_terms import has_chinese, zh_key
from dxgym.emr_fixtures.names import normalise_name

FOLDER = Path(diagnosis_terms.__file__).with_name("data") / "diagnosis_terms"
FILES = sorted(FOLDER.glob("*.txt"))
# the loader's test for an abbreviation (`diagnosis_terms.abbreviations`)
_ABBREVIATION = re.compile(r"[A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*")


@dataclass(frozen=True)
class Row:
    where: str
    code: str
    scope: str
    en: tuple[str, ...]  # the standard name first, then synonyms; "> kind" entries keep their marker
    zh: tuple[str, ...]

    def plain_en(self) -> list[str]:
        return [n for n in self.en if not n.startswith(">")]

    def plain_zh(self) -> list[str]:
        return [n for n in self.zh if not n.startswith(">")]


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split(";") if part.strip())


@cache
def rows() -> tuple[Row, ...]:
    out = []
    for path in FILES:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip() or line.startswith("#"):
                continue
            cells = [c.strip() for c in line.split("|")]
            where = f"{path.name}:{number}"
            assert len(cells) == 4 and cells[1], f"{where}: expected 4 '|'-separated cells and a name"
            code, _, scope = cells[0].partition("/")
            out.append(Row(where, code.strip(), (scope or code).strip(), (cells[1], *_split(cells[2])),
                           _split(cells[3])))
    return tuple(out)


def _bare(name: str) -> str:
    return name.lstrip(">").strip()


def test_the_folder_holds_term_files_with_a_stated_source_and_licence() -> None:
    assert FILES, f"no term files in {FOLDER}"
    for path in FILES:
        header = "\n".join(line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("#"))
        assert "ICD-10-CM" in header and "Licence" in header, f"{path.name}: the header states source and licence"
    assert len(rows()) >= 100


def test_every_row_parses_and_keeps_its_languages_apart() -> None:
    for row in rows():
        assert row.zh, f"{row.where}: a row gives at least one Chinese name"
        for name in row.en:
            assert _bare(name) and not has_chinese(name), f"{row.where}: English cell holds {name!r}"
        for name in row.zh:
            assert has_chinese(name), f"{row.where}: Chinese cell holds {name!r}"


def test_every_code_exists_in_icd_10_cm() -> None:
    for row in rows():
        for code in {row.code, row.scope} - {"-"}:
            assert icd.is_valid_item(code), f"{row.where}: {code} is not an ICD-10-CM code"


def test_no_row_repeats_a_name() -> None:
    for row in rows():
        english = [normalise_name(_bare(n)) for n in row.en]
        chinese = [zh_key(_bare(n)) for n in row.zh]
        for names in (english, chinese):
            repeated = {n for n in names if names.count(n) > 1}
            assert not repeated, f"{row.where}: {sorted(repeated)} named twice"


def test_no_plain_name_stands_for_two_codes() -> None:
    codes: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in rows():
        for name in row.plain_en():
            if not _ABBREVIATION.fullmatch(name):
                codes[("en", normalise_name(name))].add(row.code)
        for name in row.plain_zh():
            codes[("zh", zh_key(name))].add(row.code)
    ambiguous = {name: sorted(found) for name, found in codes.items() if len(found) > 1}
    assert not ambiguous, f"names under several codes (only capitalised abbreviations may be): {ambiguous}"


@cache
def _held_out_icd_names() -> dict[str, str]:
    """Normalised titles and inclusion terms of the held-out categories -> their code."""
    names = {}
    for code in icd.get_all_codes(with_dots=True):
        if not icd.is_chapter_or_block(code) and vocabulary.is_held_out(code):
            for name in (icd.get_description(code), *icd.get_inclusion_term(code)):
                names[normalise_name(name)] = code
    return names


def test_no_row_names_a_held_out_evaluation_concept() -> None:
    held = _held_out_icd_names()
    assert held, "the held-out categories name something"
    for row in rows():
        for code in {row.code, row.scope} - {"-"}:
            if not icd.is_chapter_or_block(code):
                assert not vocabulary.is_held_out(code), f"{row.where}: {code} is a held-out evaluation category"
        for name in row.en:
            key = normalise_name(_bare(name))
            assert key not in held, f"{row.where}: {name!r} names held-out {held[key]}"


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_a_file_per_chapter_range_named_by_its_codes(path: Path) -> None:
    first, _, last = path.stem.partition("-")
    assert re.fullmatch(r"[A-Z][0-9][0-9A-Z]", first) and re.fullmatch(r"[A-Z][0-9][0-9A-Z]", last), path.name
    for row in rows():
        if row.where.startswith(path.name + ":") and row.code != "-":
            category = row.code[:3]
            assert first <= category <= last, f"{row.where}: {row.code} outside {path.stem}"


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_each_file_is_loadable_by_the_term_table_loader(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The verifier's loader reads these rows as it reads diagnosis_terms.txt (same cells, kinds, scope)."""
    monkeypatch.setattr(diagnosis_terms, "_DATA", path)
    diagnosis_terms.terms.cache_clear()
    try:
        loaded = diagnosis_terms.terms()
    finally:
        diagnosis_terms.terms.cache_clear()
    file_rows = [r for r in rows() if r.where.startswith(path.name + ":")]
    assert len(loaded) == len(file_rows)
    assert all(term.zh for term in loaded)


def test_every_header_says_the_list_is_independent_of_the_evaluation_sets() -> None:
    for path in FILES:
        header = " ".join(line.lstrip("#").strip() for line in path.read_text(encoding="utf-8").splitlines()
                          if line.startswith("#"))
        assert "independent of every evaluation set" in header, path.name

"""The project-written diagnosis term files (`emr_fixtures/data/diagnosis_terms/*.txt`), checked as data.

Each file holds one ICD-10-CM chapter range in `diagnosis_terms.txt`'s row format. A wrong row costs
more than a missing one (a false synonym is a false accept in the reward), so every row must parse,
name real ICD-10-CM codes inside its file's range and outside the held-out evaluation categories, and
no name may stand for two conditions unless it is an abbreviation (the loader treats those as ambiguous).
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

import pytest
import simple_icd_10_cm as icd

from dxgym.emr_fixtures import vocabulary
from dxgym.emr_fixtures.diagnosis_terms import zh_key
from dxgym.emr_fixtures.names import normalise_name

FOLDER = Path(vocabulary.__file__).with_name("data") / "diagnosis_terms"
FILES = sorted(FOLDER.glob("*.txt"))
_RANGE = re.compile(r"^([A-Z]\d\d)-([A-Z]\d\d)$")
_ABBREVIATION = re.compile(r"[A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*")  # as diagnosis_terms.abbreviations()
_CJK = re.compile(r"[\u3400-\u9fff]")


class Row:
    def __init__(self, path: Path, number: int, line: str) -> None:
        self.where = f"{path.name}:{number}"
        self.cells = [c.strip() for c in line.split("|")]
        self.code, self.en, synonyms, chinese = (self.cells + ["", "", "", ""])[:4]

        def split(cell: str) -> list[str]:
            return [part.strip() for part in cell.split(";") if part.strip()]

        self.en_names = [self.en, *split(synonyms)]
        self.zh_names = split(chinese)

    @property
    def identity(self) -> tuple[str, str]:
        return self.code, self.en


@lru_cache(maxsize=1)
def rows() -> tuple[Row, ...]:
    found = []
    for path in FILES:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip() and not line.startswith("#"):
                found.append(Row(path, number, line))
    return tuple(found)


def _plain(name: str) -> bool:
    return not name.startswith(">")


def _bare(name: str) -> str:
    return name[1:].strip() if name.startswith(">") else name


def test_folder_holds_chapter_files_with_provenance() -> None:
    assert FILES, f"no term files in {FOLDER}"
    for path in FILES:
        assert _RANGE.match(path.stem), f"{path.name}: name a file by its code range, e.g. A00-B99.txt"
        header = "\n".join(line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("#"))
        for needed in ("Source", "ICD-10-CM", "independent of every evaluation set", "CC BY 4.0"):
            assert needed in header, f"{path.name}: the header must state {needed!r}"


def test_every_row_parses() -> None:
    for row in rows():
        assert len(row.cells) == 4, f"{row.where}: expected 4 '|'-separated cells, got {len(row.cells)}"
        assert row.en and row.code, f"{row.where}: a row needs a code (or '-') and an English name"
        assert row.zh_names, f"{row.where}: a row needs at least one Chinese name"
        assert all(_plain(n) for n in row.zh_names[:1]), f"{row.where}: the first Chinese name is the standard one"
        for name in row.en_names:
            assert not _CJK.search(name), f"{row.where}: Chinese text among the English names: {name}"
            assert _bare(name), f"{row.where}: an empty '>' entry"
        for name in row.zh_names:
            assert _CJK.search(name), f"{row.where}: a Chinese name without Chinese: {name}"


def test_codes_exist_lie_in_the_file_range_and_are_not_held_out() -> None:
    for path in FILES:
        low, high = _RANGE.match(path.stem).groups()
        for row in (r for r in rows() if r.where.startswith(path.name + ":")):
            if row.code == "-":
                continue
            for code in row.code.split("/"):
                assert icd.is_valid_item(code), f"{row.where}: {code} is not an ICD-10-CM code or block"
                for end in code.split("-"):
                    assert low <= end[:3] <= high, f"{row.where}: {code} lies outside {path.stem}"
                    assert not vocabulary.is_held_out(end), f"{row.where}: {code} is an evaluation (held-out) category"


def test_no_name_twice_within_a_row() -> None:
    for row in rows():
        en = [normalise_name(_bare(n)) for n in row.en_names]
        zh = [zh_key(_bare(n)) for n in row.zh_names]
        for keys in (en, zh):
            repeated = sorted({k for k in keys if keys.count(k) > 1})
            assert not repeated, f"{row.where}: {repeated} listed twice"


def test_a_plain_name_stands_for_one_condition_unless_it_is_an_abbreviation() -> None:
    owners: dict[tuple[str, str], dict[tuple[str, str], str]] = defaultdict(dict)
    for row in rows():
        for name in filter(_plain, row.en_names):
            if not _ABBREVIATION.fullmatch(name):
                owners[("en", normalise_name(name))][row.identity] = row.where
        for name in filter(_plain, row.zh_names):
            owners[("zh", zh_key(name))][row.identity] = row.where
    clashes = {key[1]: sorted(where.values()) for key, where in owners.items() if len(where) > 1}
    assert not clashes, f"names listed as plain synonyms of two conditions: {clashes}"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_each_file_is_loadable_by_the_term_table_loader(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The verifier's loader reads these rows as it reads diagnosis_terms.txt (same cells, kinds, scope)."""
    from dxgym.emr_fixtures import diagnosis_terms

    monkeypatch.setattr(diagnosis_terms, "_DATA", path)
    diagnosis_terms.terms.cache_clear()
    try:
        loaded = diagnosis_terms.terms()
    finally:
        diagnosis_terms.terms.cache_clear()
    file_rows = [r for r in rows() if r.where.startswith(path.name + ":")]
    assert len(loaded) == len(file_rows)
    assert all(term.zh for term in loaded)

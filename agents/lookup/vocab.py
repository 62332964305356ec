"""Rows of the round-9 vocabulary files (`emr_fixtures/lexicon/data/*.tsv`), read as the lexicon reads its own.

Why a reader here: round 9's rules keep their vocabulary as data files beside the lexicon's, but the lexicon
loader knows only its own file families; each rule module reads its file once through this."""

from __future__ import annotations

import csv
from collections.abc import Hashable, Iterable
from functools import cache, lru_cache
from importlib import resources

from dxgym.emr_fixtures.lexicon import tokens


@cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The file's rows (comment lines and blank lines skipped), each cell stripped."""
    text = resources.files("dxgym.emr_fixtures.lexicon").joinpath("data", name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return tuple(tuple(c.strip() for c in row) for row in csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def names(cell: str) -> tuple[tuple[str, ...], ...]:
    """A `|`-separated cell of names, each as its token sequence (Chinese one character a token)."""
    return tuple(t for t in (tokens(n) for n in cell.split("|") if n.strip()) if t)


@lru_cache(maxsize=16_384)  # the same requests' tokens and the tables' names are joined over and over
def _padded(toks: tuple[str, ...]) -> str:
    return f" {' '.join(toks)} "


def holds(toks: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """Does the token sequence hold this name as consecutive tokens? (a substring search over the joined tokens)"""
    return _padded(name) in _padded(toks)


class NamedIn:
    """Which keys' names a token sequence holds (`holds`), found through the names' first tokens instead of
    trying every name of a table on every request: a request of three words looks at a handful of names."""

    def __init__(self, table: Iterable[tuple[Hashable, Iterable[tuple[str, ...]]]]) -> None:
        self._by_first: dict[str, list[tuple[Hashable, tuple[str, ...]]]] = {}
        for key, spellings in table:
            for name in spellings:
                if name:
                    self._by_first.setdefault(name[0], []).append((key, name))

    def __call__(self, toks: tuple[str, ...]) -> frozenset:
        by_first = self._by_first
        return frozenset(key for tok in set(toks) for key, name in by_first.get(tok, ()) if holds(toks, name))

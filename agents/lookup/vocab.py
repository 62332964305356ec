"""Rows of the round-9 vocabulary files (`emr_fixtures/lexicon/data/*.tsv`), read as the lexicon reads its own.

Why a reader here: round 9's rules keep their vocabulary as data files beside the lexicon's, but the lexicon
loader knows only its own file families; each rule module reads its file once through this."""

from __future__ import annotations

import csv
from functools import cache
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


def holds(toks: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """Does the token sequence hold this name as consecutive tokens? (a substring search over the joined tokens)"""
    return f" {' '.join(name)} " in f" {' '.join(toks)} "

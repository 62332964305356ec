"""The one reader of the lexicon's data files (TSV, `#` comments): the loader and the tokeniser's spelling rules
read through it, so a file is parsed one way whoever reads it."""

from __future__ import annotations

import csv
from importlib import resources


def rows(name: str) -> list[list[str]]:
    """The rows of `data/<name>`, comment and blank lines left out, cells split on tabs with no quoting."""
    text = resources.files("dxgym.emr_fixtures.lexicon").joinpath("data", name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return [row for row in csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)]

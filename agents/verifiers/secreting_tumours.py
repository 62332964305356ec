"""Round 8 (issue 14): a tumour named by the hormone it secretes names the condition that excess is.

"ACTH-secreting pituitary adenoma" is what Cushing disease is, "aldosterone-producing adrenal adenoma" is Conn
syndrome (a kind of primary aldosteronism). The pairs are data (`data/secreting_tumours.tsv`, sourced per
row): a hormone, the site its tumour must be named at (empty: none needed), the tumour words, and the code.
An English answer reads as that code only when it names the hormone as secreted or produced, the site, and a
tumour word, and nothing else but side and size words; the code must then be the reference's or under it.
A tumour at another site (ectopic ACTH), of another kind (adrenocortical carcinoma) or of another hormone
(cortisol-secreting adrenal adenoma) has no row.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).parent / "data" / "secreting_tumours.tsv"
_SECRETING = re.compile(r"^(?P<hormone>[a-z ]+?)[- ](?:secreting|producing)\s+(?P<rest>.+)$")
_FREE = frozenset({"left", "right", "bilateral", "benign", "functioning", "functional", "small", "large", "an", "a"})


@dataclass(frozen=True)
class _Row:
    hormones: frozenset[str]
    sites: frozenset[str]
    tumours: tuple[str, ...]
    code: str


@lru_cache(maxsize=1)
def _rows() -> tuple[_Row, ...]:
    lines = [line for line in _DATA.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
    return tuple(_Row(frozenset(h.strip() for h in r["hormone"].split(";")),
                      frozenset(s.strip() for s in r["site"].split(";")),
                      tuple(t.strip() for t in r["tumour"].split(";")), r["code"].strip())
                 for r in csv.DictReader(lines, delimiter="\t"))


def tumour_code(text: str) -> str | None:
    """The code of the condition a hormone-secreting tumour named in `text` is, if it names one (see the module)."""
    m = _SECRETING.match(re.sub(r"\s+", " ", text.strip().lower()))
    if not m:
        return None
    hormone, rest = m.group("hormone").strip(), m.group("rest")
    for row in _rows():
        if hormone not in row.hormones:
            continue
        for tumour in row.tumours:
            if not rest.endswith(tumour):
                continue
            words = [w for w in rest[: -len(tumour)].split() if w not in _FREE]
            if (not words and "" in row.sites) or (len(words) == 1 and words[0] in row.sites - {""}):
                return row.code
    return None


def names_reference_condition(reference_codes: Iterable[str], prediction: str) -> str | None:
    """The reason the answer's secreting tumour is the reference's condition (its code or one under it), if so."""
    code = tumour_code(prediction)
    if not code:
        return None
    for rc in reference_codes:
        if code == rc or code.startswith(rc):
            return f"the hormone-secreting tumour that the reference's condition is ({code})"
    return None

"""Pins the blind verifier set `fresh.jsonl` (issue 14, 5(b)) and checks its schema.

The set was committed before any fix it judges and is never edited afterwards: the digest test
makes any edit fail. Scoring the verifier on it lives elsewhere; this file only guards the data.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from pathlib import Path

import pytest

FRESH = Path(__file__).parent / "data" / "verifier" / "fresh.jsonl"
FROZEN_SHA256 = "74b1c525667f6c3b0a1132bf8b03c9dfa8cf73a9142fbac09fd88c145ec3803e"
KEYS = {"reference", "prediction", "label", "lang", "kind", "note"}
TRUE_KINDS = {
    "synonym",
    "abbreviation",
    "eponym",
    "zh_translation",
    "en_translation",
    "zh_reword",
    "misspelling",
    "more_specific",
    "case_punct",
    "with_secondary",
}
FALSE_KINDS = {
    "sibling",
    "related_different",
    "broader",
    "negated",
    "hedge",
    "three_conditions",
    "wrong_primary",
    "history_of",
}
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return [json.loads(line) for line in FRESH.read_text(encoding="utf-8").splitlines()]


def test_fresh_set_is_frozen() -> None:
    digest = hashlib.sha256(FRESH.read_bytes()).hexdigest()
    assert digest == FROZEN_SHA256, (
        "fresh.jsonl changed after its commit; it is a blind evaluation set and is never edited "
        "(write a new set instead)"
    )


def test_fresh_set_schema(rows: list[dict]) -> None:
    for n, row in enumerate(rows, 1):
        assert set(row) == KEYS, (n, row)
        assert isinstance(row["label"], bool), (n, row)
        assert row["lang"] in {"en", "zh"}, (n, row)
        assert row["lang"] == ("zh" if CJK.search(row["prediction"]) else "en"), (n, row)
        assert row["kind"] in (TRUE_KINDS if row["label"] else FALSE_KINDS), (n, row)
        for key in ("reference", "prediction", "note"):
            assert isinstance(row[key], str) and row[key].strip() == row[key] != "", (n, key)


def test_fresh_set_has_no_duplicate_pairs(rows: list[dict]) -> None:
    pairs = Counter((row["reference"], row["prediction"]) for row in rows)
    assert [pair for pair, count in pairs.items() if count > 1] == []


def test_fresh_set_shape(rows: list[dict]) -> None:
    """The proportions the README states: about 60 % true, about 45 % Chinese predictions."""
    assert len(rows) == 755
    assert len({row["reference"] for row in rows}) == 155
    assert sum(row["label"] for row in rows) == 466
    assert sum(row["lang"] == "zh" for row in rows) == 345

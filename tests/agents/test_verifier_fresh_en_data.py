"""Schema and integrity of the blind verifier set with English references (fresh_en.jsonl).

The set is frozen: its SHA-256 is pinned so that nobody edits rows after tuning against them
(a set fixed to its misses becomes a training set). This file checks the data only; scoring the
verifier on it belongs to whoever measures a change, once, and reports the figure as measured.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

FRESH_EN = Path(__file__).parent / "data" / "verifier" / "fresh_en.jsonl"
FRESH_EN_SHA256 = "cf86bdd384fa801c87cf52e35503886d35ebd706ee731f3626ac754c5c55ae8b"
KEYS = ["reference", "prediction", "label", "lang", "kind", "note"]
TRUE_KINDS = {"synonym", "abbreviation", "eponym", "zh_translation", "misspelling", "more_specific",
              "case_punct", "with_secondary", "reworded"}
FALSE_KINDS = {"sibling", "related_different", "broader", "negated", "hedge", "three_conditions",
               "wrong_primary", "history_of"}
CHINESE = re.compile(r"[\u3400-\u9fff\uff1f]")
# Diagnoses other sets already use; this set was written without them.
AVOIDED = ("myasthenia", "hirschsprung", "diffuse large b-cell", "progressive multifocal")


def _rows() -> list[dict]:
    return [json.loads(line) for line in FRESH_EN.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_fresh_en_is_unchanged_since_its_commit() -> None:
    assert hashlib.sha256(FRESH_EN.read_bytes()).hexdigest() == FRESH_EN_SHA256


def test_fresh_en_rows_follow_the_schema() -> None:
    rows = _rows()
    assert len(rows) >= 700
    seen: set[tuple[str, str]] = set()
    for row in rows:
        assert list(row) == KEYS, row
        assert isinstance(row["label"], bool), row
        for key in ("reference", "prediction", "note"):
            assert isinstance(row[key], str) and row[key] and row[key] == row[key].strip(), row
        assert not CHINESE.search(row["reference"]), row
        assert row["lang"] == ("zh" if CHINESE.search(row["prediction"]) else "en"), row
        assert row["kind"] in (TRUE_KINDS if row["label"] else FALSE_KINDS), row
        assert row["reference"] != row["prediction"], row
        text = f"{row['reference']} {row['prediction']}".lower()
        assert not any(name in text for name in AVOIDED), row
        key = (row["reference"], row["prediction"])
        assert key not in seen, key
        seen.add(key)


def test_fresh_en_mix_matches_its_readme() -> None:
    rows = _rows()
    true = sum(row["label"] for row in rows)
    chinese = sum(row["lang"] == "zh" for row in rows)
    references = {row["reference"] for row in rows}
    assert (len(rows), true, chinese, len(references)) == (718, 431, 215, 144)
    per_reference = [sum(row["reference"] == ref for row in rows) for ref in references]
    assert min(per_reference) >= 3
    for ref in references:
        labels = {row["label"] for row in rows if row["reference"] == ref}
        assert labels == {True, False}, ref

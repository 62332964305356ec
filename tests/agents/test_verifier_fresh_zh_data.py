"""Schema and integrity of the blind verifier set with Chinese references (fresh_zh.jsonl).

The set is frozen: its SHA-256 is pinned so that nobody edits rows after tuning against them
(a set fixed to its misses becomes a training set). Nothing here runs the verifier: the set
measures it, so its labels must never be derived from its output. Scoring is added by the lead.
See tests/agents/data/verifier/README.md, section `fresh_zh.jsonl`.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from pathlib import Path

FRESH_ZH = Path(__file__).parent / "data" / "verifier" / "fresh_zh.jsonl"
# Committed before any fix it judges. A changed digest means someone edited the measure:
# restore the file instead of updating the digest.
FRESH_ZH_SHA256 = "6367a71efa4ed3bd54e12eecd71911c1e65ace823b1ff0cfeb9fdac6ff284ef6"
KEYS = {"reference", "prediction", "label", "lang", "kind", "note"}
TRUE_KINDS = {"en_translation", "abbreviation", "zh_reword", "misspelling", "more_specific",
              "less_site", "with_secondary", "case_punct"}
FALSE_KINDS = {"sibling", "related_different", "broader", "negated", "hedge", "three_conditions",
               "wrong_primary", "history_of"}
CJK = re.compile(r"[\u4e00-\u9fff]")


def _rows() -> list[dict]:
    return [json.loads(line) for line in FRESH_ZH.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_fresh_zh_is_unchanged_since_its_commit() -> None:
    assert hashlib.sha256(FRESH_ZH.read_bytes()).hexdigest() == FRESH_ZH_SHA256


def test_fresh_zh_rows_follow_the_schema() -> None:
    seen: set[tuple[str, str]] = set()
    for row in _rows():
        assert set(row) == KEYS, row
        assert isinstance(row["label"], bool), row
        for key in ("reference", "prediction", "note"):
            assert isinstance(row[key], str) and row[key].strip() == row[key] and row[key], row
        assert CJK.search(row["reference"]), row
        assert row["lang"] == ("zh" if CJK.search(row["prediction"]) else "en"), row
        assert row["kind"] in (TRUE_KINDS if row["label"] else FALSE_KINDS), row
        assert row["prediction"] != row["reference"], row
        key = (row["reference"], row["prediction"])
        assert key not in seen, key
        seen.add(key)


def test_fresh_zh_keeps_the_shape_its_readme_promises() -> None:
    rows = _rows()
    assert len(rows) == 856
    assert len({row["reference"] for row in rows}) == 148
    labels = Counter(row["label"] for row in rows)
    assert labels[True] == 511 and labels[False] == 345
    langs = Counter(row["lang"] for row in rows)
    assert langs["en"] == 355 and langs["zh"] == 501
    assert {row["kind"] for row in rows} == TRUE_KINDS | FALSE_KINDS

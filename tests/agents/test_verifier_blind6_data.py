"""Schema and integrity of round 9's blind verifier sets (fresh_en6 / fresh_zh6).

Each set is frozen at its commit, before any fix it judges: its SHA-256 is pinned so nobody edits rows
after tuning against them. Nothing here runs the verifier: the sets measure it, so their labels never
come from its output. See tests/agents/data/verifier/README.md, section fresh_en6 / fresh_zh6 (round 9).
Modelled on tests/agents/test_verifier_blind5_data.py, which pins rounds 5-8.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data" / "verifier"
CJK = re.compile(r"[\u4e00-\u9fff]")
KEYS = ["reference", "prediction", "label", "lang", "kind", "note"]  # in this order
ROUND9_SHAPES = frozenset({"abbreviation", "misspelling"})  # round 9: a wrong row keeps its shape
ROUND9_FORMS = frozenset({"hedge", "negated", "history_of", "wrong_primary", "broader"})
# name -> (digest at its commit, rows, references, true rows, true kinds, reference language, false kinds)
SETS: dict[str, tuple[str, int, int, int, frozenset[str], str, frozenset[str]]] = {
    "fresh_en6.jsonl": ("21442946fac3497eb1a36dab860c1521221f7ee7f698e3d31b08cf7298777f88", 300, 120, 177,
                        ROUND9_SHAPES | {"more_specific", "synonym", "zh_translation"}, "en",
                        ROUND9_SHAPES | ROUND9_FORMS | {"synonym", "zh_translation"}),
    "fresh_zh6.jsonl": ("aeea376481fd5f13608e03e6f45c539d2b13196d71f057736292aee211c14c0d", 300, 120, 179,
                        ROUND9_SHAPES | {"more_specific", "en_translation", "zh_reword", "zh_synonym"}, "zh",
                        ROUND9_SHAPES | ROUND9_FORMS | {"en_translation", "zh_reword", "zh_synonym"}),
}


def _rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("name", sorted(SETS))
def test_set_is_unchanged_since_its_commit(name: str) -> None:
    # restore the file rather than update the digest: a set edited after tuning is a training set
    assert hashlib.sha256((DATA / name).read_bytes()).hexdigest() == SETS[name][0]


@pytest.mark.parametrize("name", sorted(SETS))
def test_rows_follow_the_schema_and_the_promised_shape(name: str) -> None:
    _, n_rows, n_refs, n_true, true_kinds, ref_lang, false_kinds = SETS[name]
    rows = _rows(name)
    seen: set[tuple[str, str]] = set()
    for row in rows:
        assert list(row) == KEYS, row
        assert isinstance(row["label"], bool), row
        for key in ("reference", "prediction", "note"):
            assert isinstance(row[key], str) and row[key].strip() == row[key] and row[key], row
        assert bool(CJK.search(row["reference"])) == (ref_lang == "zh"), row
        assert row["lang"] == ("zh" if CJK.search(row["prediction"]) else "en"), row
        assert row["kind"] in (true_kinds if row["label"] else false_kinds), row
        assert row["note"].startswith("wrong:") != row["label"], row
        assert row["prediction"] != row["reference"], row
        key = (row["reference"], row["prediction"])
        assert key not in seen, key
        seen.add(key)
    assert len(rows) == n_rows and len({r["reference"] for r in rows}) == n_refs
    assert Counter(r["label"] for r in rows)[True] == n_true

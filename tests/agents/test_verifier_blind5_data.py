"""Schema and integrity of rounds 5-9's, round 39's, round 60's and round 65's blind verifier sets (fresh_zh2 / fresh_en2,
fresh_zh3 / fresh_en3, fresh_en4 / fresh_zh4, fresh_en5 / fresh_zh5, fresh_en6 / fresh_zh6, fresh_en7 / fresh_zh7,
fresh_en8 / fresh_zh8, fresh_en9 / fresh_zh9).

Each set is frozen at its commit, before any fix it judges: its SHA-256 is pinned so nobody edits rows
after tuning against them. Nothing here runs the verifier: the sets measure it, so their labels never
come from its output (tests/agents/test_verifier_fresh.py scores them). See
tests/agents/data/verifier/README.md, sections fresh_zh2, fresh_en2, round 6, round 7, round 8, round 9 and
round 39 (round 9's and round 39's sets also keep their keys in order and mark every wrong row's note "wrong:").
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
KEYS = {"reference", "prediction", "label", "lang", "kind", "note"}
FALSE_KINDS = {"sibling", "related_different", "broader", "negated", "hedge", "three_conditions",
               "wrong_primary", "history_of"}
ROUND6_SHAPES = frozenset({"abbreviation", "misspelling", "primary_secondary"})  # round 6: a wrong row keeps its shape
ROUND6_FORMS = frozenset({"hedge", "multiple", "negation"})
ROUND7_SHAPES = frozenset({"abbreviation", "misspelling"})  # round 7: a wrong row keeps its shape too
ROUND7_FORMS = frozenset({"hedge", "negated", "history_of", "wrong_primary", "broader"})
ROUND8_SHAPES = ROUND7_SHAPES  # round 8 keeps round 7's shapes and answer forms
ROUND8_FORMS = ROUND7_FORMS
ROUND9_SHAPES, ROUND9_FORMS = ROUND7_SHAPES, ROUND7_FORMS  # round 9 keeps them too, with a stricter row form
ROUND39_SHAPES, ROUND39_FORMS = ROUND9_SHAPES, ROUND9_FORMS  # round 39 keeps round 9's kinds and row form
STRICT = frozenset({"fresh_en6.jsonl", "fresh_zh6.jsonl", "fresh_en7.jsonl", "fresh_zh7.jsonl", "fresh_en8.jsonl",
                    "fresh_zh8.jsonl", "fresh_en9.jsonl", "fresh_zh9.jsonl"})  # keys in KEY_ORDER; a wrong row's note says "wrong:"
KEY_ORDER = ["reference", "prediction", "label", "lang", "kind", "note"]
# name -> (digest at its commit, rows, references, true rows, true kinds, reference language, false kinds)
SETS: dict[str, tuple[str, int, int, int, frozenset[str], str, frozenset[str]]] = {
    "fresh_zh2.jsonl": ("6e0109cbede881bed909c0b2696255f2eb825b85fc3d9e6928cf7a003162cadf", 667, 139, 360,
                        frozenset({"en_translation", "abbreviation", "zh_reword", "misspelling", "more_specific",
                                   "less_site", "with_secondary", "case_punct"}), "zh", FALSE_KINDS),
    "fresh_en2.jsonl": ("e97e7b2a39e0b7e1428453db0680f589e1f9b69e3ba0c4053ee192104e719b63", 650, 130, 358,
                        frozenset({"zh_translation", "synonym", "abbreviation", "misspelling", "more_specific",
                                   "less_site", "with_secondary", "case_punct"}), "en", FALSE_KINDS),
    "fresh_en3.jsonl": ("de33ba3d2939342e139358e457cedb6a9675d07ac7aaa808a66ba1f5d6eacb26", 301, 121, 180,
                        ROUND6_SHAPES | {"more_specific", "reword", "synonym", "zh_translation"}, "en",
                        ROUND6_SHAPES | ROUND6_FORMS | {"reword", "synonym", "zh_translation"}),
    "fresh_zh3.jsonl": ("50a6ceff2af43442d278dd2d6a3ecfb12133ff53605146a2dbc71855fca93f9c", 300, 121, 177,
                        ROUND6_SHAPES | {"more_specific", "en_translation", "zh_reword", "zh_synonym"}, "zh",
                        ROUND6_SHAPES | ROUND6_FORMS | {"en_translation", "zh_reword", "zh_synonym"}),
    "fresh_en4.jsonl": ("cb11b1daae428acaf582f95982083bd18962a0f897f359785083dd7ae2fda387", 300, 120, 180,
                        ROUND7_SHAPES | {"more_specific", "synonym", "zh_translation"}, "en",
                        ROUND7_SHAPES | ROUND7_FORMS | {"synonym", "zh_translation"}),
    "fresh_zh4.jsonl": ("bbc29080bf3255de95966ce30487f797991f782079c9bce0dffd8fdd792dd3bb", 300, 120, 178,
                        ROUND7_SHAPES | {"more_specific", "en_translation", "zh_reword", "zh_synonym"}, "zh",
                        ROUND7_SHAPES | ROUND7_FORMS | {"en_translation", "zh_reword", "zh_synonym"}),
    "fresh_en5.jsonl": ("dfd9f57674e3be15455f2bfdea0da9fc398d51de8379f09cf6d4a4ef1bf90956", 300, 120, 180,
                        ROUND8_SHAPES | {"more_specific", "synonym", "zh_translation"}, "en",
                        ROUND8_SHAPES | ROUND8_FORMS | {"synonym", "zh_translation"}),
    "fresh_zh5.jsonl": ("7184fd16588a76548e7cb7556f988804922509221b19f676d2f4f872c164cf12", 300, 120, 180,
                        ROUND8_SHAPES | {"more_specific", "en_translation", "zh_reword", "zh_synonym"}, "zh",
                        ROUND8_SHAPES | ROUND8_FORMS | {"en_translation", "zh_reword", "zh_synonym"}),
    "fresh_en6.jsonl": ("21442946fac3497eb1a36dab860c1521221f7ee7f698e3d31b08cf7298777f88", 300, 120, 177,
                        ROUND9_SHAPES | {"more_specific", "synonym", "zh_translation"}, "en",
                        ROUND9_SHAPES | ROUND9_FORMS | {"synonym", "zh_translation"}),
    "fresh_zh6.jsonl": ("aeea376481fd5f13608e03e6f45c539d2b13196d71f057736292aee211c14c0d", 300, 120, 179,
                        ROUND9_SHAPES | {"more_specific", "en_translation", "zh_reword", "zh_synonym"}, "zh",
                        ROUND9_SHAPES | ROUND9_FORMS | {"en_translation", "zh_reword", "zh_synonym"}),
    "fresh_en7.jsonl": ("4f94abdbb9fb8e4f7daad2b08b827283f9cd5c5e78ef862a77e832b8bb3b29bd", 299, 120, 179,
                        ROUND39_SHAPES | {"more_specific", "synonym", "zh_translation"}, "en",
                        ROUND39_SHAPES | ROUND39_FORMS | {"synonym", "zh_translation"}),
    "fresh_zh7.jsonl": ("9ea95bef6ee2a0611c4b89abceaf7520730298fca1cc2a9bb6f3e70eceaf7ea0", 300, 120, 180,
                        ROUND39_SHAPES | {"more_specific", "en_translation", "zh_reword", "zh_synonym"}, "zh",
                        ROUND39_SHAPES | ROUND39_FORMS | {"en_translation", "zh_reword", "zh_synonym"}),
    # round 60 (helper blindv60): round 39's kinds and row form
    "fresh_en8.jsonl": ("b7dc3ef198de0989668aa41101ca7b2999aff57d7cbb97d892ed49c29b2593b7", 300, 120, 180,
                        ROUND39_SHAPES | {"more_specific", "synonym", "zh_translation"}, "en",
                        ROUND39_SHAPES | ROUND39_FORMS | {"synonym", "zh_translation"}),
    "fresh_zh8.jsonl": ("1d77dfbfc029c8a2460011f0d705e633ff4406041408f4968a8cb730cc38e6b1", 300, 120, 180,
                        ROUND39_SHAPES | {"more_specific", "en_translation", "zh_reword", "zh_synonym"}, "zh",
                        ROUND39_SHAPES | ROUND39_FORMS | {"en_translation", "zh_reword", "zh_synonym"}),
    # round 65 (helper blindv65): round 39's kinds and row form; kept blind (only aggregates read)
    "fresh_en9.jsonl": ("65c82f274d4243e0562a4a91407d7344bb51029364a864adde7aa268ca3bfd24", 300, 120, 180,
                        ROUND39_SHAPES | {"more_specific", "synonym", "zh_translation"}, "en",
                        ROUND39_SHAPES | ROUND39_FORMS | {"synonym", "zh_translation"}),
    "fresh_zh9.jsonl": ("2da446b214fd1bbf17cb28366165984802af8c7f2b39581dc1d07edbe1dab595", 300, 120, 180,
                        ROUND39_SHAPES | {"more_specific", "en_translation", "zh_reword", "zh_synonym"}, "zh",
                        ROUND39_SHAPES | ROUND39_FORMS | {"en_translation", "zh_reword", "zh_synonym"}),
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
        assert set(row) == KEYS, row
        if name in STRICT:
            assert list(row) == KEY_ORDER and row["note"].startswith("wrong:") != row["label"], row
        assert isinstance(row["label"], bool), row
        for key in ("reference", "prediction", "note"):
            assert isinstance(row[key], str) and row[key].strip() == row[key] and row[key], row
        assert bool(CJK.search(row["reference"])) == (ref_lang == "zh"), row
        assert row["lang"] == ("zh" if CJK.search(row["prediction"]) else "en"), row
        assert row["kind"] in (true_kinds if row["label"] else false_kinds), row
        key = (row["reference"], row["prediction"])
        assert key not in seen, key
        seen.add(key)
    assert len(rows) == n_rows and len({r["reference"] for r in rows}) == n_refs
    assert Counter(r["label"] for r in rows)[True] == n_true

"""Category-wide orders: requests that name no test ("all labs", "imaging", 全部检查).

DESIGN ("Examination metrics"): such an order reveals nothing — the observation asks the policy to
name the tests — and counts as one wasted request. It lives in `agents` (re-exported by `envs.orders`) because
the lookup reads it too: a category order is never a section's records (`lookup.segment_named`), and `agents`
never import `envs`. Without this rule "laboratory tests" would
reveal whatever group a record happens to call `Blood_Work`, and "everything" would be the cheapest
way to a perfect recall. The phrases are data (`agents/data/category_orders.json`): an item is a
category order when it is optional quantifiers ("all", "routine", 全部, 常规 ...) followed by one
category noun ("labs", "imaging studies", 化验, 影像学检查 ...). Named panels (CBC, LFTs, 血常规) and
named studies are orders and never match.
"""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from importlib import resources

_SEPARATORS = re.compile(r"[\s_\-/.,;:!?'\"()\[\]{}，。；：！？、（）“”‘’]+")


@cache
def _table() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    raw = json.loads(resources.files("dxgym.agents").joinpath("data", "category_orders.json").read_text(encoding="utf-8"))
    return {
        lang: (frozenset(raw[lang]["quantifiers"]), frozenset(raw[lang]["nouns"]))
        for lang in ("en", "zh")
    }


def _english(tokens: list[str]) -> bool:
    quantifiers, nouns = _table()["en"]
    while len(tokens) > 1 and tokens[-1] in quantifiers and " ".join(tokens) not in nouns:
        tokens = tokens[:-1]  # "everything available", "all imaging studies please"
    for i, token in enumerate(tokens):
        if " ".join(tokens[i:]) in nouns:
            return True
        if token not in quantifiers:
            return False
    return False


def _chinese(text: str) -> bool:
    quantifiers, nouns = _table()["zh"]
    longest = sorted(quantifiers, key=len, reverse=True)
    while text:
        if text in nouns:
            return True
        prefix = next((q for q in longest if text.startswith(q)), None)
        if prefix is None:
            return False
        text = text[len(prefix):]
    return False


@lru_cache(maxsize=4096)
def is_category_order(item: str) -> bool:
    """True when `item` names a category of examinations but no test, in English or Chinese."""
    text = item.casefold().replace("’", "'").replace("＿", "_")
    if any("\u4e00" <= ch <= "\u9fff" for ch in text):
        english = _SEPARATORS.sub(" ", re.sub(r"[\u4e00-\u9fff]+", " ", text)).split()
        quantifiers, _ = _table()["en"]
        # Chinese with at most English quantifiers around it ("all 化验"): judge the Chinese part
        if any(t not in quantifiers for t in english):
            return False
        return _chinese("".join(re.findall(r"[\u4e00-\u9fff]+", text)))
    tokens = _SEPARATORS.sub(" ", text).split()
    return bool(tokens) and _english(tokens)

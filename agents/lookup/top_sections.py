"""A request that is a source's top section's whole name: every record below it (round 15, helper lookup17).

Chinese sources file each examination section at the top of the path (精神检查/思维, 精神检查/情感活动/情绪, 量表评估/…,
前庭功能床旁检查/…): the psychiatric interview's mental state examination (《精神病学》 第8版 精神检查: 一般表现, 感知觉,
思维, 情感, 意志行为, 自知力), the scales section, a bedside battery. `paths` reads every segment below the top (the
top is Test_Results / 辅助检查 in most sources, an order that names no test), so a request naming such a section whole
("精神检查") was read by the lexicon as one concept of it (cognition) and found one record below it and a scale of
another section (MoCA). Now a request whose tokens are exactly a top segment's
answers every record below that segment — never a category order (辅助检查, 检验, 影像, "test results": DESIGN's orders
that name no test, `agents/orders.py`), nor the physical examination whole (体格检查, 查体, "physical examination":
the bedside sections are asked one by one), nor a generic segment (`segment_named`'s list).
"""

from __future__ import annotations

from dxgym.agents.lookup.query import Query
from dxgym.agents.lookup.segment_named import _GENERIC
from dxgym.agents.orders import is_category_order
from dxgym.emr_fixtures.lexicon import tokens

_PHYSICAL = ("查体", "体格", "physical")


def wants(toks: tuple[str, ...], q: Query) -> bool:
    """Could this step change an answer? A Chinese request of 2-12 characters that is no category order (sources that
    file sections at the top of the path are Chinese; English ones file Test_Results / Physical_Examination_Findings)."""
    return (2 <= len(toks) <= 12 and not any(t.isascii() for t in toks)
            and not is_category_order(" ".join(toks)))


def _tops(idx) -> dict[tuple[str, ...], tuple[int, ...]]:
    out: dict[tuple[str, ...], list[int]] = {}
    for i, rec in enumerate(idx.case.examinations):
        top = rec.source_key.split("/", 1)[0]
        if "/" not in rec.source_key or any(w in top.lower() for w in _PHYSICAL):
            continue
        key = tokens(top)
        if wants(key, None) and key not in _GENERIC:
            out.setdefault(key, []).append(i)
    return {k: tuple(v) for k, v in out.items()}


def narrow(idx, toks: tuple[str, ...], found: dict) -> dict:
    hold = idx.derived("top_sections", _tops).get(toks)  # the table holds no category order
    if not hold or set(found) == set(hold):
        return found
    return dict.fromkeys(hold, "lexicon")

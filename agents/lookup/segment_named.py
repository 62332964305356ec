"""A request that is a path segment's whole name is the records below it (round 11, helper lookup14).

Records are filed under section segments the lexicon does not read as any test (内分泌功能/…, 胎儿监护/…): a request
naming such a section whole ("内分泌功能", or with a trailing 检查 / 检测 / "tests" / "examination", the words
《诊断学》 and the ward's order sheets put after a section's name) found nothing, though its name is the segment's. Now,
only where every tier found nothing: the records below a path segment whose tokens are exactly the request's (less
that trailing word), where the segment has at least two tokens and is no generic word (a side, a result, a finding)
nor a site's name alone (round 8's rule: 肾脏 filing a renal panel is a site, not a test's name), nor a category
order (辅助检查, 实验室检查, "lab tests": DESIGN's orders that name no test, `agents/orders.py`; the consultation never
sends one to the lookup, and the lookup must not answer one with every record below a top-level section either).
"""

from __future__ import annotations

from collections import defaultdict

from dxgym.agents.lookup.query import Query
from dxgym.agents.orders import is_category_order
from dxgym.emr_fixtures.lexicon import tokens

_TRAILING = (("检", "查"), ("检", "测"), ("tests",), ("test",), ("examination",), ("exam",), ("results",))
_GENERIC = frozenset(map(tuple, (tokens(w) for w in (
    "left side", "right side", "result value", "reference range", "所见", "结论", "结果", "左侧", "右侧", "双侧", "其他",
    "test results", "physical examination findings", "physical examination"))))


def _cores(toks: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    out = [toks]
    for w in _TRAILING:
        if len(toks) > len(w) and toks[-len(w):] == w:
            out.append(toks[: -len(w)])
    return tuple(c for c in out if len(c) >= 2 and c not in _GENERIC and c not in _TRAILING)


def wants(toks: tuple[str, ...], q: Query) -> bool:
    """Could this step change an answer? A request of two or more tokens that is not a site's name alone (round 8:
    a segment naming a site, 肾脏, is no test's name) nor a category order; it acts only where nothing was found."""

    return (bool(_cores(toks)) and not (q.exam_sites and not q.content and not q.concepts and not q.manoeuvres)
            and not is_category_order(" ".join(toks)))


def _segments(idx) -> dict[tuple[str, ...], tuple[int, ...]]:
    """Each path segment's tokens (below the top name) -> the records below it."""
    out: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, rec in enumerate(idx.case.examinations):
        for seg in rec.source_key.split("/")[:-1]:
            out[tokens(seg)].append(i)
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items() if k}


def match(idx, toks: tuple[str, ...]) -> dict:
    """The records below a segment named whole by the request, or nothing."""
    segments = idx.derived("segment_named", _segments)
    for core in _cores(toks):
        found = segments.get(core)
        if found:
            return dict.fromkeys(found, "lexicon")
    return {}

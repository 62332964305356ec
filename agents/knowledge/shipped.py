"""The shipped knowledge base: JSONL documents in `agents/knowledge/data/`, indexed on first use.

The index is cached under `$XDG_CACHE_HOME/dxgym/kb/<content hash>/`, built once under a file lock
and written atomically, so many workers starting together build it once and later processes only
load it (tens of milliseconds). A changed source file or tokeniser gives a new hash, hence a rebuild.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from dxgym.agents.knowledge.documents import Document, read_jsonl
from dxgym.agents.knowledge.index import KnowledgeBase, content_hash
from dxgym.agents.knowledge.tokenise import cache_root

DATA_DIR = Path(__file__).parent / "data"


def shipped_files() -> list[Path]:
    """The shipped document files, in a fixed order (part of the cache key)."""
    return sorted(DATA_DIR.glob("*.jsonl"))


def shipped_documents() -> list[Document]:
    return [doc for file in shipped_files() for doc in read_jsonl(file)]


def default_index_dir() -> Path:
    return cache_root() / "kb" / content_hash(shipped_files())[:20]


def open_shipped_kb(cache_dir: Path | None = None) -> KnowledgeBase:
    """Load the cached index of the shipped documents, building and caching it when missing."""
    from filelock import FileLock

    folder = cache_dir or default_index_dir()
    if (folder / "manifest.json").exists():
        return KnowledgeBase.load(folder)
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        with FileLock(str(folder) + ".lock", timeout=600):
            if (folder / "manifest.json").exists():
                return KnowledgeBase.load(folder)
            kb = KnowledgeBase.from_documents(shipped_documents())
            kb.save(folder)
            return kb
    except OSError:  # read-only or full cache: still answer, just without caching
        return KnowledgeBase.from_documents(shipped_documents())


@lru_cache(maxsize=1)
def load_default_kb() -> KnowledgeBase:
    """The shipped knowledge base, once per process."""
    return open_shipped_kb()

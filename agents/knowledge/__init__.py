"""dxgym.agents.knowledge: the knowledge base a policy searches during a consultation.

BM25 (bm25s) over passages of open sources (DDXPlus, Symptom Ontology, ICD-10-CM), none chosen by
looking at the cases, or over a user's own documents. Names resolve lazily so
importing the package costs nothing until a knowledge base is used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dxgym.agents.knowledge.documents import Document, KnowledgeInputError
    from dxgym.agents.knowledge.index import KnowledgeBase, build_kb
    from dxgym.agents.knowledge.shipped import load_default_kb

__all__ = ["Document", "KnowledgeBase", "KnowledgeInputError", "build_kb", "load_default_kb"]

_WHERE = {
    "Document": "dxgym.agents.knowledge.documents",
    "KnowledgeInputError": "dxgym.agents.knowledge.documents",
    "KnowledgeBase": "dxgym.agents.knowledge.index",
    "build_kb": "dxgym.agents.knowledge.index",
    "load_default_kb": "dxgym.agents.knowledge.shipped",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        import importlib

        return getattr(importlib.import_module(_WHERE[name]), name)
    raise AttributeError(name)

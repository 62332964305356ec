"""Is the knowledge base a prior on the answer? Own-diagnosis top-k hit rates against a same-chapter baseline.

Issue 13: a knowledge base with one document per fixture diagnosis puts each case's own answer in
its search results whatever the policy asks. The check: search with the case's chief complaint and
present illness (as a policy's first search would) and ask whether a top-k passage is about the
case's own diagnosis — its ICD-10 category — against the same for other cases' diagnoses of the same
ICD chapter (the expected rate for a random one, averaged over every eligible other case). A KB of
general knowledge finds the own diagnosis somewhat more often (symptoms do point at diseases); one
built around the answer key finds it far more often. The bound: own − other ≤ `MAX_EXCESS`.

A passage is about the category its document names first (`icd10cm:G70` -> G70; a summary or DDXPlus
condition "(ICD-10 J44.1 ..." -> J44); Symptom Ontology passages name none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from dxgym.agents.types import KnowledgeSearch, Passage
from dxgym.emr_fixtures.coding import specialty_for
from dxgym.emr_fixtures.models import CaseRecord

MAX_EXCESS = 0.10
_CODE = re.compile(r"\b([A-TV-Z][0-9][0-9AB])(?:\.[0-9A-Z]{1,4})?\b")


def category(code: str | None) -> str | None:
    """The 3-character ICD-10 category of a code ("G70.00" -> "G70")."""
    return code.replace(".", "")[:3].upper() if code else None


def passage_category(passage: Passage) -> str | None:
    """The ICD-10 category a passage's document is about, if it names one first."""
    if passage.doc_id.startswith("icd10cm:"):
        return passage.doc_id.split(":", 1)[1][:3]
    head = f"{passage.title} {passage.text[:200]}"
    found = _CODE.search(head)
    return found.group(1) if found else None


def search_categories(kb: KnowledgeSearch, case: CaseRecord, k: int = 5) -> set[str]:
    """Categories among the top-k passages for the case's complaint and present illness, searched as the
    consultation searches (the case's language where the KB has passages in it, else every language)."""
    query = f"{case.chief_complaint} {case.present_illness}".strip()
    languages = getattr(kb, "languages", None)
    language = case.language if languages is None or case.language in languages else None
    return {c for c in (passage_category(p) for p in kb.search(query, k=k, language=language)) if c}


def hit_rates(kb: KnowledgeSearch, cases: Sequence[CaseRecord], pool: Sequence[CaseRecord], k: int = 5) -> dict[str, Any]:
    """Own-diagnosis top-k hit rate over `cases`, and the rate for other `pool` cases' diagnoses of the same
    ICD chapter (over the cases that have such another case)."""
    own_hits: list[float] = []
    paired_own: list[float] = []
    other_hits: list[float] = []
    for case in cases:
        mine = category(case.primary_diagnosis.icd10)
        if mine is None:
            continue
        found = search_categories(kb, case, k)
        own_hits.append(float(mine in found))
        chapter = specialty_for(case.primary_diagnosis.icd10)
        others = {category(o.primary_diagnosis.icd10) for o in pool
                  if o.primary_diagnosis.icd10 and specialty_for(o.primary_diagnosis.icd10) == chapter}
        others.discard(mine)
        others.discard(None)
        if others:
            paired_own.append(float(mine in found))
            other_hits.append(sum(o in found for o in others) / len(others))

    def mean(values: list[float]) -> float:
        return round(sum(values) / len(values), 4) if values else 0.0

    return {
        "k": k,
        "cases": len(own_hits),
        "own_hit_rate": mean(own_hits),
        "paired_cases": len(paired_own),
        "own_hit_rate_paired": mean(paired_own),
        "other_same_chapter_hit_rate": mean(other_hits),
        "excess": round(mean(paired_own) - mean(other_hits), 4),
    }

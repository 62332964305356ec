"""The shipped knowledge base is not the answer key (issue 13; figures in docs/knowledge_base.md).

Searching with a test case's chief complaint and present illness must not find the case's own
diagnosis (its ICD-10 category) in the top 5 more than 10 points more often than it finds another
case's diagnosis of the same ICD chapter.
"""

from __future__ import annotations

import pytest

from dxgym.agents.knowledge.index import KnowledgeBase
from dxgym.agents.knowledge.shipped import load_default_kb
from dxgym.agents.types import Passage
from dxgym.emr_fixtures.fixtures import load_fixture_cases
from dxgym.evaluation.kb_prior import MAX_EXCESS, hit_rates, passage_category

CASES = load_fixture_cases()


@pytest.mark.parametrize("split", ["test", "val", "train"])
def test_own_diagnosis_is_not_found_much_more_often_than_another_of_its_chapter(split: str) -> None:
    rates = hit_rates(load_default_kb(), [c for c in CASES if c.split == split], CASES)
    assert rates["cases"] >= 16 and rates["paired_cases"] >= 0.9 * rates["cases"]
    assert rates["excess"] <= MAX_EXCESS, rates


def test_the_check_catches_a_knowledge_base_built_around_the_answer_key() -> None:
    """One document per test-split diagnosis, written from its name (as the removed summaries were)."""
    from dxgym.agents.knowledge.documents import Document

    test = [c for c in CASES if c.split == "test"]
    docs = [Document(f"key:{i}", c.primary_diagnosis.name,
                     f"{c.primary_diagnosis.name} (ICD-10 {c.primary_diagnosis.icd10}). {c.chief_complaint}.",
                     "answer-key", "none", c.language) for i, c in enumerate(test)]
    rates = hit_rates(KnowledgeBase.from_documents(docs), test, CASES)
    assert rates["excess"] > MAX_EXCESS, rates


def test_passage_categories() -> None:
    def p(doc_id: str, title: str, text: str) -> Passage:
        return Passage(passage_id=doc_id + "#p0", doc_id=doc_id, title=title, source="s", licence="l", text=text)

    assert passage_category(p("icd10cm:G70", "G70 Myasthenia", "...")) == "G70"
    assert passage_category(p("ddxplus:copd", "COPD", "Acute COPD exacerbation (ICD-10 J44.1; French: ...)")) == "J44"
    assert passage_category(p("symp:1", "cough (symptom)", "Cough. A kind of: respiratory symptom.")) is None

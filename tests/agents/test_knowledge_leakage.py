"""No leakage: the knowledge base holds no patient data, so no search can return a case's record.

For every fixture case, queries built from the case's own text (chief complaint, present illness,
examination results) must return no passage that reproduces that text: no shared 8-word shingle
(English) or 12-character run (Chinese) with the case's history and results, and no case id.
The whole knowledge base is also checked against every case, whatever a search would rank.
"""

from __future__ import annotations

import re

import pytest

from dxgym.agents.knowledge.index import KnowledgeBase
from dxgym.agents.knowledge.shipped import load_default_kb
from dxgym.emr_fixtures.fixtures import load_fixture_cases
from dxgym.emr_fixtures.models import CaseRecord

CASES = load_fixture_cases()
_CJK = re.compile(r"[\u3400-\u9fff]")


def _case_text(case: CaseRecord) -> str:
    parts = [
        case.chief_complaint,
        case.present_illness,
        case.past_history,
        case.personal_history,
        case.marital_reproductive_history,
        case.family_history,
        *case.history.values(),
    ]
    parts += [e.result for e in case.examinations]
    return "\n".join(p for p in parts if p)


def shingles(text: str) -> set[str]:
    """8-word English shingles and 12-character Chinese runs (punctuation and spacing ignored)."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    out = {" ".join(words[i : i + 8]) for i in range(len(words) - 7)}
    chars = "".join(_CJK.findall(text))
    out |= {chars[i : i + 12] for i in range(len(chars) - 11)}
    return out


def _queries(case: CaseRecord) -> list[str]:
    results = "; ".join(e.result for e in case.examinations)
    return [q for q in (case.chief_complaint, case.present_illness[:400], results[:400]) if q.strip()]


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_default_kb()


def test_the_fixtures_are_all_checked() -> None:
    assert len(CASES) >= 107 and {c.language for c in CASES} == {"en", "zh"}


@pytest.mark.parametrize("case", CASES, ids=[c.case_id for c in CASES])
def test_searches_built_from_a_case_never_return_its_record(kb: KnowledgeBase, case: CaseRecord) -> None:
    forbidden = shingles(_case_text(case))
    assert forbidden  # the check has teeth
    for query in _queries(case):
        for passage in kb.search(query, k=10):
            assert case.case_id not in passage.text and case.case_id not in passage.passage_id
            shared = shingles(passage.text) & forbidden
            assert not shared, (passage.passage_id, sorted(shared)[:3])


def test_no_passage_reproduces_any_case(kb: KnowledgeBase) -> None:
    forbidden: set[str] = set()
    for case in CASES:
        forbidden |= shingles(_case_text(case))
    ids = [case.case_id for case in CASES]
    leaks = [p.passage_id for p in kb.passages if shingles(p.text) & forbidden]
    assert not leaks
    assert not [p.passage_id for p in kb.passages if any(i in p.text for i in ids)]


def test_the_shingle_check_catches_a_copied_record() -> None:
    case = next(c for c in CASES if c.language == "en" and len(c.present_illness.split()) > 12)
    zh = next(c for c in CASES if c.language == "zh" and len(c.present_illness) > 20)
    assert shingles("Background. " + case.present_illness) & shingles(_case_text(case))
    assert shingles("背景：" + zh.present_illness) & shingles(_case_text(zh))

"""Examination metrics, written once (DESIGN, "Examination metrics"): the reward and evaluation both call this.

The exam term is computed over groups of *auxiliary* examinations (laboratory, imaging, pathology,
other), as DiagGym and MedR-Bench score examination recommendation, and over what was *revealed*:

- precision = relevant groups revealed / (groups revealed + distinct requests for things the record lacks)
- recall    = relevant groups revealed / relevant groups

A request is one item after a multi-test action is split. Asking for one analyte reveals that record
and counts its group. A request that reveals ten groups puts ten groups in the denominator, so a
catalogue or a broad order cannot buy precision. A category-wide order that names no test ("all labs",
全部检查) reveals nothing and counts as one wasted request, as does a request the record lacks and an
order refused because it would pass the episode's budget (issue 17);
repeated requests count once (by normalised text). Physical-examination sections are revealed when
asked but scored apart (`physical_recall`), never in the exam term: one "physical examination" request
used to earn two thirds of the oracle's exam reward on any case.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RequestResolution:
    """One requested item and what it revealed.

    `groups`: auxiliary groups (laboratory, imaging, pathology, other) its hits belong to;
    `sections`: physical-examination sections it revealed; both empty: the record lacks it, it was
    a category-wide order (`category_order`) that names no test, or it was refused (`refused`).
    """

    item: str
    groups: frozenset[str]
    sections: frozenset[str] = frozenset()
    category_order: bool = False
    refused: str | None = None  # "budget": it would have spent past the budget; nothing shown (issue 17)

    @property
    def revealed(self) -> bool:
        return bool(self.groups or self.sections)


@dataclass(frozen=True, slots=True)
class ExamMetrics:
    precision: float
    recall: float
    f1: float
    distinct_requests: int  # every distinct request (what a per-test cost counts)
    relevant: int  # relevant auxiliary groups
    relevant_obtained: int  # of those, revealed
    revealed: int  # auxiliary groups revealed, relevant or not
    wasted: int  # distinct requests that revealed nothing (absent from the record, or category orders)
    sections_relevant: int = 0  # physical-examination sections (their own metric)
    sections_revealed: int = 0  # relevant sections revealed
    physical_recall: float = 1.0


def normalise_request(item: str) -> str:
    return " ".join(item.casefold().split())


def _key(r: RequestResolution) -> object:
    return (r.groups, r.sections) if r.revealed else ("absent", normalise_request(r.item))


def distinct_requests(requests: Iterable[RequestResolution]) -> int:
    """Requests counted once per distinct revealed set, or per distinct text when they revealed nothing."""
    return len({_key(r) for r in requests})


def wasted_requests(requests: Iterable[RequestResolution]) -> int:
    """Distinct requests (by normalised text) that revealed nothing: absent from the record, or category orders."""
    return len({normalise_request(r.item) for r in requests if not r.revealed})


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0


def exam_metrics(
    requests: Iterable[RequestResolution],
    relevant_groups: Iterable[str],
    relevant_sections: Iterable[str] = (),
) -> ExamMetrics:
    """The exam term's precision / recall / F1 (module docstring) and the physical-examination recall.

    With no relevant auxiliary group and nothing ordered or wasted, all three are 1 (nothing was
    needed, nothing wasted); with relevant groups and nothing revealed, precision is 0: skipping the
    work-up earns nothing.
    """
    requests = list(requests)
    relevant = frozenset(relevant_groups)
    revealed = frozenset().union(*(r.groups for r in requests)) if requests else frozenset()
    sections = frozenset().union(*(r.sections for r in requests)) if requests else frozenset()
    hit = len(relevant & revealed)
    wasted = wasted_requests(requests)
    denominator = len(revealed) + wasted
    if denominator:
        precision = hit / denominator
    else:
        precision = 0.0 if relevant else 1.0
    recall = hit / len(relevant) if relevant else 1.0
    pe_relevant = frozenset(relevant_sections)
    pe_hit = len(pe_relevant & sections)
    return ExamMetrics(
        precision=precision,
        recall=recall,
        f1=_f1(precision, recall),
        distinct_requests=distinct_requests(requests),
        relevant=len(relevant),
        relevant_obtained=hit,
        revealed=len(revealed),
        wasted=wasted,
        sections_relevant=len(pe_relevant),
        sections_revealed=pe_hit,
        physical_recall=pe_hit / len(pe_relevant) if pe_relevant else 1.0,
    )


def micro_exam(rows: Iterable[ExamMetrics]) -> dict[str, float]:
    """Precision / recall / F1 pooled over episodes (counts summed), the micro figures of a run."""
    rows = list(rows)
    hit = sum(r.relevant_obtained for r in rows)
    denominator = sum(r.revealed + r.wasted for r in rows)
    relevant = sum(r.relevant for r in rows)
    p = hit / denominator if denominator else 0.0
    rec = hit / relevant if relevant else 0.0
    return {"precision": p, "recall": rec, "f1": _f1(p, rec)}

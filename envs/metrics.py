"""Examination precision / recall / F1 over groups (DESIGN, "Examination metrics").

Kept apart from rewards so `evaluation/` reports exactly the figure the reward used. A request
is one item after splitting; what it obtained is the set of groups its hits belong to (an
analyte request obtains its group). Requests that obtained the same groups are one request
("CBC" and "full blood count" twice is one); requests that obtained nothing are distinct by
their normalised text and count against precision.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RequestResolution:
    """One requested item and the groups its hits belong to (empty: not in the record, or refused)."""

    item: str
    groups: frozenset[str]
    refused: str | None = None  # "budget": refused before anything was shown; a wasted request


@dataclass(frozen=True, slots=True)
class ExamMetrics:
    precision: float
    recall: float
    f1: float
    distinct_requests: int
    relevant: int
    relevant_obtained: int


def normalise_request(item: str) -> str:
    return " ".join(item.casefold().split())


def distinct_requests(requests: Iterable[RequestResolution]) -> int:
    """Requests counted once per distinct obtained-group set, or per distinct text when nothing matched."""
    keys: set[object] = set()
    for r in requests:
        keys.add(r.groups if r.groups else ("absent", normalise_request(r.item)))
    return len(keys)


def exam_metrics(requests: Iterable[RequestResolution], relevant_groups: Iterable[str]) -> ExamMetrics:
    """Precision = relevant groups obtained / distinct requests; recall = relevant obtained / relevant.

    With no relevant groups and no requests everything is 1 (nothing was needed, nothing wasted);
    with no requests precision is 0 (there is nothing to be precise about, and it must not reward
    skipping the work-up).
    """
    requests = list(requests)
    relevant = frozenset(relevant_groups)
    obtained = frozenset().union(*(r.groups for r in requests)) if requests else frozenset()
    hit = len(relevant & obtained)
    n = distinct_requests(requests)
    if not relevant and n == 0:
        return ExamMetrics(1.0, 1.0, 1.0, 0, 0, 0)
    precision = min(1.0, hit / n) if n else 0.0
    recall = hit / len(relevant) if relevant else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0
    return ExamMetrics(precision, recall, f1, n, len(relevant), hit)

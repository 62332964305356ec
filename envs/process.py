"""Process metrics of one episode: how the diagnosis was reached, which accuracy alone hides.

Why these: premature closure (committing with no request; MINT finds over half of answers within two
turns), over-ordering and repeated orders (VivaBench), evidence coverage before the answer (EviMed's
information coverage), and the collapse of multi-turn GRPO into one long monologue (Healthcare AI GYM).
A pure function of the episode record's turns and outcome, computed once when the record is built,
so `summary.json`, the report and the training alarms read the same numbers. `None` where a figure
does not apply (no diagnosis, no relevant group).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from dxgym.envs.metrics import normalise_request

PROCESS_KEYS = (
    "premature_diagnosis", "turns_to_diagnosis", "evidence_coverage", "requests", "repeated_requests",
    "absent_requests", "category_refusals", "budget_refusals", "cost_usd",
)


def process_metrics(turns: Sequence[Any], outcome: Any, cost_usd: float) -> dict[str, float | None]:
    """The episode's process figures (keys: `PROCESS_KEYS`).

    `turns` are `TurnRecord`s and `outcome` an `OutcomeRecord` (duck-typed: `envs.records` imports this).
    """
    seen: set[str] = set()
    repeated = 0
    diagnosis_turn: int | None = None
    for turn in turns:
        for item in turn.requests:
            key = normalise_request(item)
            repeated += key in seen
            seen.add(key)
        if turn.action_type == "diagnosis":
            diagnosis_turn = turn.index
    requests = outcome.requests
    committed = outcome.diagnosis is not None
    relevant = set(outcome.relevant_groups)
    coverage = len(relevant & set(outcome.obtained_groups)) / len(relevant) if committed and relevant else None
    return {
        "premature_diagnosis": float(committed and not requests) if committed else None,
        "turns_to_diagnosis": float(diagnosis_turn) if diagnosis_turn is not None else None,
        "evidence_coverage": round(coverage, 6) if coverage is not None else None,
        "requests": float(outcome.distinct_requests),
        "repeated_requests": float(repeated),
        "absent_requests": float(sum(1 for r in requests
                                     if not r.groups and not r.sections and not r.refused and not r.category_order)),
        # a category-wide order ("all labs") answered with a request to name the tests (issue 13)
        "category_refusals": float(sum(1 for r in requests if r.category_order)),
        "budget_refusals": float(sum(1 for r in requests if r.refused == "budget")),
        "cost_usd": round(float(cost_usd), 2),
    }

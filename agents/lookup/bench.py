"""Per-request latency of the deterministic tiers (`python -m dxgym.agents.lookup.bench`; `dxgym bench` may call it).

Times `resolve` on every split item of the labelled request sets against their cases: once cold
(fresh agent: indexes and parses built on first use) and then warm, reporting p50 / p99 in µs.
"""

from __future__ import annotations

import time
from pathlib import Path

from dxgym.agents.lookup.agent import ExamLookup
from dxgym.agents.lookup.evaluate import load_rows
from dxgym.agents.lookup.split import split_requests

DATA = Path(__file__).resolve().parents[2] / "tests" / "agents" / "data" / "lookup"


def _pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def bench(rounds: int = 20) -> dict[str, float]:
    from dxgym.emr_fixtures.fixtures import load_fixture_cases

    cases = {c.case_id: c for c in load_fixture_cases()}
    rows = [r for name in ("eval.jsonl", "calibration.jsonl") if (DATA / name).exists() for r in load_rows(DATA / name)]
    work = [(cases[r["case_id"]], item) for r in rows if r["case_id"] in cases for item in split_requests(r["request"])]
    lookup = ExamLookup()
    clock = time.perf_counter_ns
    cold: list[float] = []
    for case, item in work:
        t = clock()
        lookup.resolve(item, case)
        cold.append((clock() - t) / 1000)
    warm: list[float] = []
    for _ in range(rounds):
        for case, item in work:
            t = clock()
            lookup.resolve(item, case)
            warm.append((clock() - t) / 1000)
    return {
        "lookup_requests": len(work),
        "lookup_cold_p50_us": round(_pct(cold, 0.5), 1),
        "lookup_cold_p99_us": round(_pct(cold, 0.99), 1),
        "lookup_p50_us": round(_pct(warm, 0.5), 1),
        "lookup_p99_us": round(_pct(warm, 0.99), 1),
        "lookup_max_us": round(max(warm), 1),
    }


if __name__ == "__main__":
    import json

    print(json.dumps(bench()))

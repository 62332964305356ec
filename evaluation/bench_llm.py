"""dxgym's deterministic lookup side by side with an LLM examination agent, in one run (`dxgym bench`).

MedR-Bench and AgentClinic answer each examination request with an LLM call. dxgym's optional LLM
lookup tier (`agents.lookup.llm_tier.LLMTier`) is that design: one chat completion per request,
constrained to the case's own examination names. Here the same requests are answered both ways —
`ExamLookup.resolve` in-process and `LLMTier.aresolve` against a real vLLM server (the one at
`--llm-url`, or the tiny local model served by `agents.serving`) — and the ratio of their p50s is
printed. A tiny model on CPU is far cheaper per token than a real clinical LLM on any hardware, so
the ratio is a LOWER bound on what an LLM examination agent costs.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Iterator, Sequence
from typing import Any

from dxgym.emr_fixtures.models import CaseRecord
from dxgym.evaluation.bench_common import percentile
from dxgym.evaluation.bench_lookup import Work, exam_name_workload, labelled_workload, time_resolve

CAVEAT = ("LOWER bound: a tiny model on CPU answers each request far faster than a real clinical LLM would; "
          "an LLM examination agent costs at least this ratio more per request")
SAMPLE = 40


def sample_workload(cases: Sequence[CaseRecord], n: int = SAMPLE) -> Work:
    """An evenly spaced, deterministic sample of the lookup workload (labelled requests, else exam names)."""
    work = labelled_workload({c.case_id: c for c in cases}) or exam_name_workload(cases)
    step = max(1, len(work) // n)
    return work[::step][:n]


def _served_model(url: str) -> str:
    import httpx

    response = httpx.get(url.rstrip("/") + "/models", timeout=10.0)
    response.raise_for_status()
    return str(response.json()["data"][0]["id"])


@contextlib.contextmanager
def local_server() -> Iterator[str]:
    """Start the tiny local model under vLLM (agents.serving) for the comparison; yields its base URL."""
    from dxgym.agents.serving import VLLMServer, VLLMServerConfig, build_tiny_model

    config = VLLMServerConfig(model=str(build_tiny_model()), max_model_len=4096, max_num_seqs=4, kv_cache_gib=1,
                              omp_threads=1, startup_timeout_s=300.0)
    with VLLMServer(config) as server:
        yield server.base_url


async def _time_llm(tier: Any, work: Work) -> tuple[list[float], int]:
    samples: list[float] = []
    errors = 0
    for case, item in work:
        started = time.perf_counter_ns()
        await tier.aresolve(item, case)
        samples.append((time.perf_counter_ns() - started) / 1000)
        errors += tier.last_error is not None
    return samples, errors


def bench_llm_lookup(cases: Sequence[CaseRecord], url: str | None) -> dict[str, Any]:
    """p50 of both lookups over the same requests and their ratio; starts a local server when `url` is None."""
    from dxgym.agents.lookup import ExamLookup
    from dxgym.agents.lookup.llm_tier import LLMTier
    from dxgym.agents.policies import OpenAIPolicy

    work = sample_workload(cases)
    det = time_resolve(ExamLookup(), work, rounds=20)["warm"]
    with contextlib.ExitStack() as stack:
        base_url = url or stack.enter_context(local_server())
        policy = OpenAIPolicy(model=_served_model(base_url), base_url=base_url, max_tokens=48, temperature=0.0,
                              timeout=120.0, max_retries=0, concurrency=1, seed=0)
        tier = LLMTier(policy)
        asyncio.run(_time_llm(tier, work[:2]))  # first calls compile / warm the server: not a request's cost
        llm, errors = asyncio.run(_time_llm(tier, work))
    det_p50, llm_p50 = percentile(det, 50), percentile(llm, 50)
    out: dict[str, Any] = {
        "llm_lookup_requests_count": len(work),
        "llm_lookup_p50_ms": round(llm_p50 / 1000, 2),
        "llm_lookup_p99_ms": round(percentile(llm, 99) / 1000, 2),
        "llm_lookup_errors_count": errors,
        "deterministic_lookup_same_requests_p50_us": round(det_p50, 1),
        "llm_vs_deterministic_p50_x": round(llm_p50 / det_p50) if det_p50 > 0 else 0,
        "_notes": [f"LLM lookup tier against {'the local tiny model (agents.serving)' if url is None else url}: "
                   f"{CAVEAT}"],
    }
    if errors == len(work):
        out["_unavailable"] = f"every LLM request failed (last: {tier.last_error})"
    return out

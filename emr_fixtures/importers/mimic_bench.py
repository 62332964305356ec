"""MIMIC-IV import figures for `dxgym bench`, each measured in a fresh Python process.

- `bench_mimic_read`: read-and-filter speed: the labevents scan of a generated 10-million-row
  labevents (MIMIC-IV's schema, half the rows inside the window; `mimic_generate`) with the window
  and the admission selection pushed into the scan. Target >= 500,000 rows/s.
- `bench_mimic_import`: the whole import of that folder into a fresh SQLite file, through the path
  `dxgym db import --format mimic-iv` takes (one transaction, batches of whole cases): wall time,
  peak resident memory, rows read and rows written. Targets < 5 min, < 1 GB.
- `bench_mimic_labevents_memory`: the MIMIC-IV demo read with several fetch chunks (issue 10's
  < 500 MB figure).

Why a fresh process: the peak resident set size (VmHWM, interpreter and libraries included) must
belong to the import alone. The generated folder is cached (`$XDG_CACHE_HOME/dxgym/bench/`), so only
the first run pays the minute of generating it.
"""

from __future__ import annotations

import gzip
import json
import math
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from dxgym.emr_fixtures.errors import DxgymError

TARGET_PEAK_RSS_BYTES = 500 * 1024 * 1024  # the demo (issue 10)
BENCH_LAB_ROWS = 10_000_000
FULL_MIMIC_LAB_ROWS = 118_171_367  # MIMIC-IV 2.2 hosp/labevents
FULL_MIMIC_ADMISSIONS = 431_231
_DEFAULT = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "mimic-iv-demo" / "hosp"


def cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(os.environ.get("DXGYM_BENCH_CACHE") or Path(user_cache_dir("dxgym")) / "bench")


def _rows(path: Path) -> int:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt") as handle:  # type: ignore[operator]
        return sum(1 for _ in handle) - 1


def _peak_rss_bytes() -> int:
    """This process's peak RSS. Linux keeps `ru_maxrss` across fork and exec (a child would report its
    parent's peak), so read the address space's own high-water mark, VmHWM, where there is one."""
    status = Path("/proc/self/status")
    if status.is_file():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * (1 if sys.platform == "darwin" else 1024)


def _demo(folder: Path, chunk_size: int) -> dict[str, Any]:
    """Every case of the demo built and dropped, as a batch import does."""
    from dxgym.emr_fixtures.importers import mimic
    from dxgym.emr_fixtures.importers.mimic_scan import find

    labevents = find(folder, "labevents")
    if labevents is None:
        raise DxgymError(f"{folder}: no labevents.csv(.gz)")
    rows = _rows(labevents)
    start = time.perf_counter()
    cases = exams = 0
    stats: dict[str, Any] = {}
    for case in mimic.read(folder, chunk_size=chunk_size, stats=stats):
        cases += 1
        exams += len(case.examinations)
    rss = _peak_rss_bytes()
    return {
        "chunk_size": chunk_size, "labevents_rows": rows, "labevents_chunks": math.ceil(
            stats.get("labevents_kept_rows", rows) / chunk_size), "labevents_kept_rows": stats.get("labevents_kept_rows"),
        "cases": cases, "examinations": exams, "peak_rss_bytes": rss,
        "target_peak_rss_bytes": TARGET_PEAK_RSS_BYTES, "within_target": rss < TARGET_PEAK_RSS_BYTES,
        "elapsed_ms": round((time.perf_counter() - start) * 1000),
    }


def _read(folder: Path) -> dict[str, Any]:
    """The scans alone (admissions selected, labevents read and filtered), no cases built."""
    from dxgym.emr_fixtures.importers import mimic
    from dxgym.emr_fixtures.importers.emr import selection_from
    from dxgym.emr_fixtures.importers.mimic_scan import Scan
    from dxgym.emr_fixtures.progress import QUIET
    from dxgym.emr_fixtures.timeaxis import Window

    stats: dict[str, Any] = {}
    scan = Scan(folder)
    try:
        mimic._load(scan, None, Window(), selection_from({}), stats, QUIET)
    finally:
        scan.close()
    return {**stats, "peak_rss_bytes": _peak_rss_bytes()}


def _import(folder: Path, out: Path) -> dict[str, Any]:
    """`dxgym db import FOLDER --format mimic-iv` into a new SQLite file: one transaction."""
    from dxgym.emr_fixtures.db import init_db
    from dxgym.emr_fixtures.importers import mimic
    from dxgym.emr_fixtures.store import import_cases

    url = init_db(f"sqlite:///{out}")
    stats: dict[str, Any] = {}
    start = time.perf_counter()
    report = import_cases(url, mimic.read(folder, stats=stats))
    elapsed = time.perf_counter() - start
    return {**stats, **report.as_dict(), "elapsed_s": elapsed, "peak_rss_bytes": _peak_rss_bytes(),
            "sqlite_bytes": out.stat().st_size}


def _child(kind: str, *args: str) -> dict[str, Any]:
    proc = subprocess.run([sys.executable, "-m", __name__, kind, *args], capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise DxgymError(f"MIMIC-IV bench ({kind}) failed: {(proc.stderr.strip().splitlines() or ['?'])[-1]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def generated_folder(lab_rows: int | None = None) -> tuple[Path, dict[str, Any]]:
    from dxgym.emr_fixtures.importers.mimic_generate import generate

    lab_rows = lab_rows or BENCH_LAB_ROWS
    folder = cache_dir() / f"mimic-iv-synthetic-{lab_rows}"
    return folder, generate(folder, lab_rows)


def bench_mimic_labevents_memory(chunk_size: int = 10_000, path: Path | str | None = None) -> dict[str, Any]:
    """Import the MIMIC-IV demo (default: ../shared/data/mimic-iv-demo/hosp) in a fresh process; memory figures."""
    folder = Path(path) if path is not None else _DEFAULT
    if not folder.is_dir():
        raise DxgymError(f"{folder}: not a MIMIC-IV hosp folder")
    return _child("demo", str(folder), str(chunk_size))


def bench_mimic_read(lab_rows: int | None = None) -> dict[str, Any]:
    """Rows per second of the labevents read-and-filter on a generated folder (generated once, then cached)."""
    folder, manifest = generated_folder(lab_rows)
    raw = _child("read", str(folder))
    return {"manifest": manifest, **raw, "rows_per_s": manifest["lab_rows"] / raw["labevents_scan_s"]}


def bench_mimic_import(lab_rows: int | None = None, demo: Path | None = None) -> dict[str, Any]:
    """The whole import of a generated folder into SQLite, and the projected time for full MIMIC-IV."""
    folder, manifest = generated_folder(lab_rows)
    with tempfile.TemporaryDirectory(prefix="dxgym-bench-mimic-import-") as tmp:
        raw = _child("import", str(folder), str(Path(tmp) / "mimic.sqlite"))
    from dxgym.emr_fixtures.importers.mimic_generate import table_rows

    rows_read = sum(table_rows(manifest["admissions"], manifest["lab_rows"]).values())
    written = raw["cases"] + raw["examinations"] + raw["diagnoses"]
    per_record = (raw["elapsed_s"] - raw["labevents_scan_s"]) / max(1, raw["examinations"])
    kept_fraction = manifest["lab_rows_in_window"] / manifest["lab_rows"]
    if demo is not None:  # the real share of lab rows inside the window, from the MIMIC-IV demo
        demo_read = _child("read", str(demo))
        kept_fraction = demo_read["labevents_kept_rows"] / _rows(next(demo.glob("labevents.csv*")))
    full_records = FULL_MIMIC_LAB_ROWS * kept_fraction
    projected = FULL_MIMIC_LAB_ROWS / (manifest["lab_rows"] / raw["labevents_scan_s"]) + full_records * per_record
    return {"manifest": manifest, **raw, "rows_read": rows_read, "rows_written": written, "kept_fraction": kept_fraction,
            "per_record_s": per_record, "full_projected_s": projected, "full_records": full_records}


if __name__ == "__main__":
    kind, *rest = sys.argv[1:]
    if kind == "demo":
        result = _demo(Path(rest[0]), int(rest[1]))
    elif kind == "read":
        result = _read(Path(rest[0]))
    else:
        result = _import(Path(rest[0]), Path(rest[1]))
    print(json.dumps(result, default=str))

"""Peak memory of a MIMIC-IV import with labevents streamed in several chunks (issue 10's < 500 MB figure).

Measured in a fresh Python process so the figure belongs to the import alone: peak resident set size
(VmHWM, interpreter and libraries included) and the peak of Python allocations (tracemalloc).
Every case is built and dropped, as a batch import does.
"""

from __future__ import annotations

import gzip
import json
import math
import resource
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

from dxgym.emr_fixtures.errors import DxgymError

TARGET_PEAK_RSS_BYTES = 500 * 1024 * 1024
_DEFAULT = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "mimic-iv-demo" / "hosp"


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


def _child(folder: Path, chunk_size: int) -> dict[str, Any]:
    from dxgym.emr_fixtures.importers import mimic
    from dxgym.emr_fixtures.importers.mimic_spill import find

    labevents = find(folder, "labevents")
    if labevents is None:
        raise DxgymError(f"{folder}: no labevents.csv(.gz)")
    rows = _rows(labevents)
    tracemalloc.start()
    start = time.perf_counter()
    cases = exams = 0
    for case in mimic.read(folder, chunk_size=chunk_size, progress=False):
        cases += 1
        exams += len(case.examinations)
    elapsed = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = _peak_rss_bytes()
    return {
        "chunk_size": chunk_size, "labevents_rows": rows, "labevents_chunks": math.ceil(rows / chunk_size),
        "cases": cases, "examinations": exams, "peak_rss_bytes": rss, "tracemalloc_peak_bytes": peak,
        "target_peak_rss_bytes": TARGET_PEAK_RSS_BYTES, "within_target": rss < TARGET_PEAK_RSS_BYTES,
        "elapsed_ms": round(elapsed * 1000),
    }


def bench_mimic_labevents_memory(chunk_size: int = 10_000, path: Path | str | None = None) -> dict[str, Any]:
    """Import the MIMIC-IV demo (default: ../shared/data/mimic-iv-demo/hosp) in a fresh process; memory figures."""
    folder = Path(path) if path is not None else _DEFAULT
    if not folder.is_dir():
        raise DxgymError(f"{folder}: not a MIMIC-IV hosp folder")
    proc = subprocess.run([sys.executable, "-m", __name__, str(folder), str(chunk_size)],
                          capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise DxgymError(f"memory bench failed: {(proc.stderr.strip().splitlines() or ['?'])[-1]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    print(json.dumps(_child(Path(sys.argv[1]), int(sys.argv[2]))))

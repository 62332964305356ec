"""The cases dxgym ships: converted AgentClinic cases and the project's own Chinese cases.

Files live in `emr_fixtures/data/` in the project's JSONL format (one `CaseRecord` per line).
`load_fixture_cases()` needs no database: tests, scripted policies and benchmarks use it directly;
the embedded default database is built from the same files.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from dxgym.emr_fixtures.models import CaseRecord

DATA_DIR = Path(__file__).parent / "data"


def fixture_files() -> list[Path]:
    return sorted(DATA_DIR.glob("cases_*.jsonl"))


def fixtures_hash() -> str:
    digest = hashlib.sha256()
    for path in fixture_files():
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def read_fixture_file(path: Path) -> list[CaseRecord]:
    with path.open(encoding="utf-8") as handle:
        return [CaseRecord.model_validate_json(line) for line in handle if line.strip()]


@lru_cache(maxsize=1)
def load_fixture_cases() -> tuple[CaseRecord, ...]:
    return tuple(case for path in fixture_files() for case in read_fixture_file(path))


def fixture_case(case_id: str) -> CaseRecord:
    for case in load_fixture_cases():
        if case.case_id == case_id:
            return case
    raise KeyError(case_id)

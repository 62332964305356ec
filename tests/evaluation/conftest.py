"""Shared parts for the evaluation tests: the embedded default's test split and finished runs.

Runs are session-scoped: an evaluation of the test split takes seconds, and several tests read
the same run directory (report, summary, transcripts) without changing it.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # oracle_server


def run(policy: str, out: Path, **settings: object) -> dict:
    from dxgym.evaluation.runner import EvalSettings, run_eval, select_cases

    spec = EvalSettings(policy=policy, split="test", **settings)  # type: ignore[arg-type]
    result = asyncio.run(run_eval(spec, select_cases(spec, None), out, progress=False))
    return result.summary


@pytest.fixture(scope="session")
def test_cases():
    from dxgym.emr_fixtures.store import load_cases

    return load_cases(None, split="test")


@pytest.fixture(scope="session")
def oracle_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("runs") / "oracle"
    run("oracle", out)
    return out


@pytest.fixture(scope="session")
def random_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two rollouts a case: exercises pass@k, invalid actions, truncation, and mixed outcomes."""
    out = tmp_path_factory.mktemp("runs") / "random"
    run("random", out, rollouts=2)
    return out

"""The reliability suite's shared parts: the real lookup / verifier / fixture cases, and the counts it ran.

Why counts: "it passed" says little about a fuzzing or fault-injection suite unless it also says how
much it threw at the system; every test adds to `reliability_counts` and the totals are printed in
pytest's terminal summary (visible in the README's test command without `-s`).
"""

from __future__ import annotations

from collections import Counter

import pytest

from dxgym.emr_fixtures.fixtures import load_fixture_cases

COUNTS: Counter[str] = Counter()


@pytest.fixture(scope="session")
def reliability_counts() -> Counter[str]:
    return COUNTS


@pytest.fixture(scope="session")
def fixture_cases():
    return load_fixture_cases()


@pytest.fixture(scope="session")
def exam_lookup():
    from dxgym.agents.lookup import ExamLookup

    return ExamLookup()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not COUNTS:
        return
    terminalreporter.section("reliability suite: what it ran")
    for what, n in COUNTS.items():  # in the order the tests ran
        terminalreporter.write_line(f"{n:>10,}  {what}")

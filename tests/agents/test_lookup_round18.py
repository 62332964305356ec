"""Short forms clinicians type for a test's name (round 18 part G, the lead; `extra_terms_round18.tsv`).

The lead's probes asked every fixture case's own records by ward and charting shorthand (血RT for 血常规, 肺功 beside
肝功 / 肾功, 心电, 脑电, D-D; "U/A", "utox", "heme panel"); each found nothing before. Each request below fails on
round 17's code, and the neighbours it must not take stay as they were."""

from __future__ import annotations

import pytest

from dxgym.agents.lookup import ExamLookup
from dxgym.emr_fixtures.fixtures import load_fixture_cases

LOOKUP = ExamLookup(semantic=False)
_CASES = {c.case_id: c for c in load_fixture_cases()}


def _found(case_id: str, request: str) -> set[str]:
    return {h.source_key for h in LOOKUP.resolve(request, _CASES[case_id], semantic=False)}


@pytest.mark.parametrize(("case_id", "short", "full"), [
    ("dxgym:cases_zh:16", "血RT", "血常规"),
    ("dxgym:cases_zh:16", "血Rt", "血常规"),
    ("dxgym:cases_zh:6", "尿RT", "尿常规"),
    ("dxgym:cases_zh:7", "便RT", "便常规"),
    ("dxgym:cases_zh:3", "肺功", "肺功能"),
    ("dxgym:cases_zh:9", "心电", "心电图"),
    ("agentclinic:medqa:45:zh", "脑电", "脑电图"),
    ("dxgym:cases_zh:19", "D-D", "D-二聚体"),
    ("agentclinic:medqa:28", "U/A", "urinalysis"),
    ("agentclinic:medqa:100", "utox", "urine toxicology screen"),
    ("agentclinic:medqa:87", "heme panel", "complete blood count"),
])
def test_a_short_form_finds_what_the_full_name_finds(case_id: str, short: str, full: str) -> None:
    want = _found(case_id, full)
    assert want and _found(case_id, short) == want


def test_a_short_form_takes_no_neighbour() -> None:
    """心电 is the resting ECG: a case holding an ECG and no Holter answers 动态心电图 "not available"; a case holding
    both keeps them apart."""
    assert _found("dxgym:cases_zh:9", "动态心电图") == set()
    assert _found("dxgym:cases_zh:9", "心电") == {"辅助检查/心电图/结论"}

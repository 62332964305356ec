"""`dxgym audit reward`: the exploit battery over the shipped splits and over cases nobody tuned on.

`data/unseen_agentclinic.jsonl` holds eight AgentClinic-shaped cases written for this test (issue 13),
never used to tune the lookup lexicon, the category-order list or the metric: the exam figures of
issue 13's "Done when" are asserted on them as well as on the shipped splits.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from dxgym.emr_fixtures.importers.agentclinic import read
from dxgym.evaluation.audit import audit

UNSEEN = Path(__file__).parent / "data" / "unseen_agentclinic.jsonl"


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "dxgym", "audit", "reward", *args], capture_output=True, text=True,
                          timeout=600)


@pytest.fixture(scope="module")
def unseen() -> dict:
    return audit(list(read(UNSEEN)))


def test_exploits_earn_little_exam_reward_on_unseen_cases(unseen: dict) -> None:
    p = unseen["policies"]
    assert p["oracle"]["exam"] == pytest.approx(0.5)
    assert p["physical_exam_only"]["exam"] <= 0.05  # issue 13: was +0.332
    assert p["category_orders"]["exam"] <= 0.05
    assert p["catalogue_30"]["exam"] <= 0.15
    assert p["probe_not_available"]["exam"] <= p["catalogue_30"]["exam"] + 1e-9
    assert p["repeat_one"]["exam"] == pytest.approx(p["one_request"]["exam"])  # repeats add nothing
    assert p["no_request_guess"]["exam"] == 0.0 and p["no_request_guess"]["correct_rate"] == 1.0
    # the over-long rollout is the oracle less the full length penalty
    assert p["overlong_rollout"]["components"]["length"] == pytest.approx(-0.5)
    assert p["overlong_rollout"]["gap_to_oracle"] == pytest.approx(-0.5)


def test_exploits_earn_little_exam_reward_on_the_heldout_set() -> None:
    """The held-out set (`tests/agents/data/heldout/`, 34 en + 26 zh cases written apart and frozen) measured,
    never tuned on: the exam gates hold there too, in both languages."""
    from dxgym.emr_fixtures.importers.jsonl import read as read_jsonl

    folder = Path(__file__).parents[1] / "agents" / "data" / "heldout"
    for cases in (list(read(folder / "cases_en.jsonl")), list(read_jsonl(folder / "cases_zh.jsonl"))):
        p = audit(cases)["policies"]
        assert p["oracle"]["exam"] == pytest.approx(0.5)
        assert p["physical_exam_only"]["exam"] <= 0.05 and p["category_orders"]["exam"] <= 0.05
        assert p["catalogue_30"]["exam"] <= 0.15
        assert p["repeat_one"]["exam"] == pytest.approx(p["one_request"]["exam"])


def test_unseen_injection_and_hedge_answers_are_never_correct(unseen: dict) -> None:
    for name, row in unseen["policies"].items():
        if name.startswith("answers:"):
            assert row["correct_rate"] == 0.0, (name, row["correct_examples"])
    assert unseen["passed"], unseen["failures"]


def test_audit_passes_on_the_shipped_splits() -> None:
    result = _cli("--json")
    document = json.loads(result.stdout)
    assert result.returncode == 0, document["failures"]
    assert document["passed"] and document["gated"] and document["cases"] >= 140
    oracle = document["policies"]["oracle"]
    for name in ("physical_exam_only", "category_orders"):
        assert document["policies"][name]["exam"] <= 0.05
    assert document["policies"]["catalogue_30"]["exam"] <= 0.15
    assert oracle["exam"] == pytest.approx(0.5) and oracle["correct_rate"] == 1.0
    assert document["cases_without_relevant_auxiliary"] >= 1  # counted apart, left out of the exam means
    assert set(oracle["components"]) >= {"correctness", "exam_f1", "format", "no_diagnosis", "length"}


def test_the_gate_fails_a_leaky_reward(tmp_path: Path) -> None:
    """With the old exam metric's behaviour (physical examination scored), the audit must fail."""
    from dxgym.emr_fixtures.fixtures import load_fixture_cases
    from dxgym.evaluation import audit as audit_module

    cases = [c for c in load_fixture_cases() if c.split == "test"][:6]

    class LeakyLookup:  # answers every request with every record of the case, physical examination as a lab
        def resolve(self, request, case):
            from dxgym.agents.types import ExamHit

            return [ExamHit(name=e.name, group=e.group, category="laboratory", result=e.result, tier="exact",
                            source_key=e.source_key) for e in case.examinations]

    document = audit_module.audit(cases, lookup=LeakyLookup())
    assert not document["passed"]
    assert any(f.startswith("physical_exam_only") for f in document["failures"])


def test_split_and_errors() -> None:
    result = _cli("--split", "test", "--json")
    document = json.loads(result.stdout)
    assert document["cases"] < 60 and result.returncode == (0 if document["passed"] else 1)
    bad = _cli("--split", "nope")
    assert bad.returncode == 2 and "unknown split" in bad.stderr and "Traceback" not in bad.stderr

"""The lookup's per-request plan (`agents/lookup/plan.py`) skips only narrowing steps that could not change an answer.

Each step's `wants` predicate must be True whenever its step could act; a predicate that says no too often would
silently change answers. Checked against a lookup whose plans run every step: the same answers on every fixture
case for the labelled requests, asked of their own case and of other cases (where most steps meet records they were
not written for): the fixtures and the newcases2–5 sets."""

from __future__ import annotations

import dataclasses
import random

import pytest

from dxgym.agents.lookup import ExamLookup, plan
from dxgym.agents.lookup.bench import DATA
from dxgym.agents.lookup.evaluate import load_rows, read_case_folder
from dxgym.emr_fixtures.fixtures import load_fixture_cases

_SETS = {"newcases2": ("en1", "en2", "zh"), "newcases3": ("en", "zh"), "newcases4": ("en", "zh"), "newcases5": ("en", "zh")}


class _EveryStep(plan.PlanCache):
    """Plans that run every narrowing step."""

    def get(self, request, lex):
        p = super().get(request, lex)
        return None if p is None else dataclasses.replace(p, steps=frozenset(plan.STEPS))


@pytest.fixture(scope="module")
def work():
    cases = {c.case_id: c for c in load_fixture_cases()}
    rows = [r for name in ("eval.jsonl", "calibration.jsonl") for r in load_rows(DATA / name)]
    for name, parts in _SETS.items():  # the newer sets' cases: per-side, per-posture, per-specimen records
        for part in parts:
            cases.update(read_case_folder(DATA / name / part, f"{name}:{part}"))
            rows += load_rows(DATA / name / part / "lookup.jsonl")
    rnd = random.Random(14)
    pool = list(cases.values())
    out = []
    for r in rows:
        if r["case_id"] in cases:
            out.append((cases[r["case_id"]], r["request"]))
        out.extend((c, r["request"]) for c in rnd.sample(pool, 2))
    return out


def test_plans_change_no_answer(work) -> None:
    planned = ExamLookup(semantic=False)
    every = ExamLookup(semantic=False)
    every._plans = _EveryStep(every._queries)
    differ = [(c.case_id, req) for c, req in work
              if [h.source_key for h in planned.resolve(req, c)] != [h.source_key for h in every.resolve(req, c)]]
    assert len(work) > 7000
    assert not differ, f"{len(differ)} answers change when every step runs, e.g. {differ[:5]}"


def test_plans_skip_steps(work) -> None:
    """The plan is not vacuous: most requests skip most steps (else it would save nothing)."""
    lookup = ExamLookup(semantic=False)
    plans = [p for _, req in work if (p := lookup._plans.get(req, lookup._lex)) is not None]
    skipped = sum(len(plan.STEPS) - len(p.steps) for p in plans) / (len(plans) * len(plan.STEPS))
    assert skipped > 0.5


def test_refused_requests_have_no_plan() -> None:
    lookup = ExamLookup(semantic=False)
    assert lookup._plans.get("", lookup._lex) is None
    assert lookup._plans.get("x" * 10_000, lookup._lex) is None
    assert lookup._plans.get(None, lookup._lex) is None  # type: ignore[arg-type]
    assert lookup.resolve(None, load_fixture_cases()[0]) == []  # type: ignore[arg-type]


def test_plan_cache_is_bounded() -> None:
    lookup = ExamLookup(semantic=False)
    cache = plan.PlanCache(lookup._queries, size=16)
    for i in range(100):
        cache.get(f"haemoglobin {i}", lookup._lex)
    assert len(cache._data) == 16

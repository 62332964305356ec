"""Run-level metrics: pass@k, bootstrap intervals, the macro / micro examination figures."""

from __future__ import annotations

import itertools
import json
import math
from pathlib import Path

import pytest

from dxgym.evaluation.metrics import bootstrap_ci, pass_at_k
from dxgym.evaluation.rundir import read_episodes


@pytest.mark.parametrize(("n", "c", "k"), [(5, 0, 1), (5, 2, 1), (5, 2, 3), (4, 4, 2), (6, 1, 6), (3, 1, 2)])
def test_pass_at_k_is_the_probability_that_a_k_subset_holds_a_success(n: int, c: int, k: int) -> None:
    samples = [True] * c + [False] * (n - c)
    subsets = list(itertools.combinations(range(n), k))
    brute = sum(any(samples[i] for i in s) for s in subsets) / len(subsets)
    assert math.isclose(pass_at_k(n, c, k), brute)


def test_bootstrap_interval_is_seeded_and_brackets_the_mean() -> None:
    values = [1.0] * 30 + [0.0] * 20
    low, high = bootstrap_ci(values, seed=3)
    assert (low, high) == bootstrap_ci(values, seed=3)
    assert low < 0.6 < high and high - low < 0.35
    assert bootstrap_ci([1.0] * 10) == (1.0, 1.0)


def test_macro_and_micro_exam_figures_match_the_records(random_run: Path) -> None:
    """Per-episode mean (MedR-Bench / DiagGym) and pooled counts, from the records' own outcomes."""
    from dxgym.envs.metrics import exam_metrics

    s = json.loads((random_run / "summary.json").read_text(encoding="utf-8"))
    records = list(read_episodes(random_run / "episodes.jsonl"))
    per = [exam_metrics(r.outcome.resolutions(), r.outcome.relevant_groups, r.outcome.relevant_sections)
           for r in records]
    assert math.isclose(s["exam"]["precision"]["mean"], sum(m.precision for m in per) / len(per), abs_tol=1e-6)
    assert math.isclose(s["exam"]["recall"]["mean"], sum(m.recall for m in per) / len(per), abs_tol=1e-6)
    hit = sum(m.relevant_obtained for m in per)
    # precision's denominator: auxiliary groups revealed plus requests that revealed nothing (DESIGN)
    assert math.isclose(s["exam"]["micro"]["precision"], hit / sum(m.revealed + m.wasted for m in per), abs_tol=1e-6)
    assert math.isclose(s["exam"]["micro"]["recall"], hit / sum(m.relevant for m in per), abs_tol=1e-6)
    # reward components average to the mean reward, and the rates are over episodes
    assert math.isclose(sum(s["reward_components"].values()), s["reward"]["mean"], abs_tol=1e-5)
    fmt_errors = sum(r.outcome.invalid_actions > 0 for r in records) / len(records)
    assert math.isclose(s["rates"]["format_error"], fmt_errors, abs_tol=1e-6)
    assert sum(s["stop_reasons"].values()) == len(records) == sum(s["turns_histogram"].values())
    assert sum(b["n_episodes"] for b in s["by_language"].values()) == len(records)


def test_accuracy_is_reported_apart_for_cases_whose_results_name_the_diagnosis(oracle_run: Path) -> None:
    """Issue 13: `accuracy_revealing` beside `accuracy`, over the cases flagged `reveals_diagnosis`."""
    s = json.loads((oracle_run / "summary.json").read_text(encoding="utf-8"))
    config = json.loads((oracle_run / "config.json").read_text(encoding="utf-8"))
    revealing = {c["case_id"] for c in config["cases"] if c["revealing"]}
    assert s["n_revealing_cases"] == len(revealing) > 0  # the shipped test split holds some
    assert s["accuracy_revealing"]["mean"] == 1.0 and s["accuracy_non_revealing"]["mean"] == 1.0  # the oracle
    assert "accuracy" in s

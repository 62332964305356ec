"""Prices, budgets and process metrics (issue 17): every record priced, every episode costed, orders past
the budget refused and counted as wasted requests."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path

import pytest

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.verifiers import RuleVerifier
from dxgym.emr_fixtures.fixtures import fixture_case, load_fixture_cases
from dxgym.envs.consultation import Consultation, ConsultationConfig
from dxgym.envs.episode import run_episode
from dxgym.envs.metrics import exam_metrics
from dxgym.envs.policy_spec import make_policy
from dxgym.envs.pricing import SOURCES, PriceTableError, coverage, load_price_table
from dxgym.envs.rewards import RewardConfig

CASE = "agentclinic:medqa:29"  # CBC, blood cultures, ... ; no chest CT, no brain MRI


def test_every_row_names_its_source_and_cms_rows_say_where_their_figure_was_read() -> None:
    table = load_price_table()
    assert {r.source for r in table.rows.values()} <= set(SOURCES)
    cms = [r for r in table.rows.values() if r.source.startswith("cms-")]
    assert len(cms) >= 5
    for row in cms:
        assert row.code.startswith("CPT ") and "(" in row.note and "." in row.note, row  # a CPT code and a reference
    assert table.visit_usd > 0


def test_shipped_records_are_priced_and_the_unpriced_are_counted() -> None:
    report = coverage(load_fixture_cases())
    assert report["records"] > 2_000
    assert report["priced_by_group"] + report["priced_by_record"] + report["category_default"] == report["records"]
    assert report["priced_fraction"] >= 0.95, report
    assert report["category_default"] > 0 and report["unpriced_groups"]  # counted, not hidden


def test_a_group_is_charged_once_and_an_absent_order_by_what_it_names() -> None:
    c = Consultation(fixture_case(CASE), ExamLookup())
    c.reset()
    visit = c.prices.visit_usd
    c.step("<request>CBC</request>")
    after_cbc = c.cost_usd
    assert after_cbc > visit
    c.step("<request>hemoglobin; full blood count</request>")  # the CBC again, in other words: no new charge
    assert c.cost_usd == pytest.approx(after_cbc + visit)
    c.step("<request>brain MRI</request>")  # not in this record, still an order
    mri = load_price_table().rows["concept:mod_mri+site_head"].usd
    assert c.cost_usd == pytest.approx(after_cbc + 2 * visit + mri)


def test_episode_records_itemise_their_cost() -> None:
    case = fixture_case(CASE)
    record = asyncio.run(run_episode(case, make_policy("oracle", case), lookup=ExamLookup(), verifier=RuleVerifier()))
    assert record.cost_usd > 0
    assert sum(t.cost_usd for t in record.turns) == pytest.approx(record.cost_usd)
    visit = load_price_table().visit_usd
    for turn in record.turns:
        assert turn.cost_usd == pytest.approx(visit + sum(ch.usd for ch in turn.charges))
    assert record.process["premature_diagnosis"] == 0.0 and record.process["evidence_coverage"] == 1.0
    assert record.process["cost_usd"] == record.cost_usd


def test_an_order_past_the_budget_is_refused_says_what_remains_and_is_a_wasted_request() -> None:
    case = fixture_case(CASE)
    free = Consultation(case, ExamLookup())
    free.reset()
    free.step("<request>CBC; chest CT</request>")
    c = Consultation(case, ExamLookup(), ConsultationConfig(budget_usd=200.0))
    prompt = c.reset() and c.messages[0].content
    assert "$200.00" in prompt  # the budget is stated in the system prompt
    step = c.step("<request>CBC; chest CT</request>")
    assert "[chest CT] order refused" in step.observation
    left = 200.0 - c.cost_usd
    assert f"${left:,.2f} of the $200.00 budget remains" in step.observation
    assert c.cost_usd <= 200.0
    refused = [r for r in c.requests if r.refused]
    assert [r.item for r in refused] == ["chest CT"] and not refused[0].groups
    # refused and absent alike count against precision; the refusal is its own count in the process
    exam = exam_metrics(c.requests, c.relevant_groups)
    assert exam.distinct_requests == 2
    again = c.step("<request>chest CT</request>")
    assert "order refused" in again.observation
    c.step(r"<diagnosis>\boxed{Disseminated gonococcal infection}</diagnosis>")
    from dxgym.envs.records import build_record

    record = build_record(c, policy="test")
    assert record.process["budget_refusals"] == 1.0 and record.process["repeated_requests"] == 1.0
    assert record.turns[0].refused == ["chest CT"]
    assert record.cost_usd <= 200.0 + 2 * load_price_table().visit_usd  # visits still happen


def test_cost_term_is_priced_in_dollars_and_stated_in_the_prompt() -> None:
    case = fixture_case(CASE)
    config = RewardConfig(cost_weight=1.0)
    record = asyncio.run(run_episode(case, make_policy("oracle", case), lookup=ExamLookup(), verifier=RuleVerifier(),
                                     reward_config=config))
    assert record.reward_components["cost"] == pytest.approx(-record.cost_usd / 1000, abs=1e-9)
    assert "Costs: every turn is a physician visit" in record.messages[0]["content"]
    plain = asyncio.run(run_episode(case, make_policy("oracle", case), lookup=ExamLookup(), verifier=RuleVerifier()))
    assert "Costs:" not in plain.messages[0]["content"] and plain.reward_components["cost"] == 0.0


def test_scripted_exploit_ordering_everything_costs_more_than_the_work_up() -> None:
    """GRPO would order everything if orders were free of cost; with a cost weight request-all loses reward
    to its bill, beyond the exam term's own penalty."""
    case = fixture_case(CASE)
    verifier = RuleVerifier()
    oracle = asyncio.run(run_episode(case, make_policy("oracle", case), lookup=ExamLookup(), verifier=verifier))
    shotgun = asyncio.run(run_episode(case, make_policy("request-all", case), lookup=ExamLookup(), verifier=verifier))
    assert shotgun.cost_usd > oracle.cost_usd
    costed = asyncio.run(run_episode(case, make_policy("request-all", case), lookup=ExamLookup(), verifier=verifier,
                                     reward_config=RewardConfig(cost_weight=0.5)))
    assert costed.cost_usd == shotgun.cost_usd
    assert costed.reward_components["cost"] == pytest.approx(-0.5 * shotgun.cost_usd / 1000)
    assert costed.reward < shotgun.reward


def test_price_table_file_replaces_the_table_and_a_bad_one_is_one_line(tmp_path: Path) -> None:
    good = tmp_path / "prices.tsv"
    rows = ["visit\t1.00\t\testimate\t", "unrecognised\t2.00\t\testimate\t"]
    rows += [f"category:{c}\t3.00\t\testimate\t" for c in
             ("laboratory", "imaging", "pathology", "other", "physical_examination")]
    good.write_text("\n".join(rows) + "\n", encoding="utf-8")
    c = Consultation(fixture_case(CASE), ExamLookup(), ConsultationConfig(price_table=str(good)))
    c.reset()
    step = c.step("<request>CBC</request>")
    revealed = sum(len(e.hits) for e in step.events if hasattr(e, "hits"))
    assert revealed >= 2
    # a visit, and every record at its category default: with no concept rows, no group has a price
    assert c.cost_usd == pytest.approx(1.0 + 3.0 * revealed)
    bad = tmp_path / "bad.tsv"
    bad.write_text("visit\tcheap\t\testimate\t\n", encoding="utf-8")
    with pytest.raises(PriceTableError, match="not a number"):
        load_price_table(str(bad))
    proc = subprocess.run([sys.executable, "-m", "dxgym", "play", CASE, "--price-table", str(bad)],
                          input="quit\n", capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and "not a number" in proc.stderr and "Traceback" not in proc.stderr


def test_eval_budget_refuses_and_summaries_carry_cost_and_process(tmp_path: Path) -> None:
    out = tmp_path / "run"
    proc = subprocess.run([sys.executable, "-m", "dxgym", "eval", "--policy", "request-all", "-n", "4",
                           "--budget", "300", "--out", str(out), "--json"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    summary = json.loads(proc.stdout)
    assert set(summary["cost_usd"]) >= {"mean", "ci_low", "ci_high"} and summary["cost_usd"]["mean"] > 0
    assert summary["process"]["budget_refusals_per_episode"] > 0
    assert summary["run"]["budget_usd"] == 300.0
    lines = (out / "episodes.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == 4 and all("cost_usd" in r and r["process"] for r in records)
    assert any(t["refused"] for r in records for t in r["turns"])
    html = (out / "report.html").read_text(encoding="utf-8")
    assert 'data-key="process/budget_refusals_per_episode"' in html and 'data-key="cost_usd/mean"' in html


def test_play_takes_a_budget_and_shows_the_cost() -> None:
    proc = subprocess.run([sys.executable, "-m", "dxgym", "play", CASE, "--budget", "150", "--out", "/dev/null"],
                          input="CBC\nchest CT\ndx disseminated gonococcal infection\n", capture_output=True,
                          text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "[chest CT] order refused" in proc.stdout and "budget remains" in proc.stdout
    assert "Cost: $" in proc.stdout


def test_the_gymnasium_env_takes_the_budget_in_its_config() -> None:
    import gymnasium as gym

    import dxgym  # noqa: F401  (registers the env ids)

    env = gym.make("dxgym/Diagnosis-v0", config=ConsultationConfig(budget_usd=150.0),
                   reward_config=RewardConfig(cost_weight=1.0))
    env.reset(seed=0, options={"case_id": CASE})
    obs, *_ = env.step("<request>chest CT</request>")
    assert "order refused" in obs and "$150.00 budget" in obs
    obs, reward, terminated, _, info = env.step(r"<diagnosis>\boxed{Disseminated gonococcal infection}</diagnosis>")
    assert terminated and info["reward_components"]["cost"] < 0

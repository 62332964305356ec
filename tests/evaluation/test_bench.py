"""`dxgym bench` works and reports honestly: shapes, units, targets, not-available reasons (no timing asserts).

Speed is what the benchmark measures, never what a test asserts; these tests run each section on a
few cases to check that it produces figures whose names carry their units and that a section that
cannot run says why instead of sinking the report.
"""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from dxgym.emr_fixtures.fixtures import load_fixture_cases
from dxgym.evaluation import bench_env, bench_lookup
from dxgym.evaluation.bench import BenchReport
from dxgym.evaluation.bench_common import TARGETS, Section, percentile, run_section, unit_of

UNIT = re.compile(r"_(us|ms|s|per_s|kb|mb|bytes|x|count)$")  # _mb: issue 15's worker_rss_mb


@pytest.fixture(scope="module")
def few_cases():
    cases = load_fixture_cases()
    return [*cases[:3], next(c for c in cases if c.language == "zh")]


def test_percentile_is_nearest_rank():
    values = list(range(1, 101))
    assert percentile(values, 50) == 50 and percentile(values, 99) == 99 and percentile(values, 100) == 100
    assert percentile([7.0], 99) == 7.0


def test_lookup_section_figures(few_cases):
    figures = bench_lookup.bench_lookup(few_cases, rounds=1)
    figures.pop("_notes")
    assert figures["lookup_exam_names_requests_count"] > 0
    assert figures["lookup_p50_us"] > 0 and figures["lookup_p99_us"] >= figures["lookup_p50_us"]
    assert all(UNIT.search(k) for k in figures), figures


def test_semantic_lookup_section_figures():
    cases = load_fixture_cases()
    figures = bench_lookup.bench_semantic(cases[:20], rounds=1)
    notes = figures.pop("_notes")
    assert "multilingual-e5" in notes[0]
    assert figures["semantic_lookup_requests_count"] > 0
    assert figures["semantic_lookup_cold_p50_us"] > 0 and figures["semantic_lookup_case_names_p50_ms"] > 0
    assert all(UNIT.search(k) for k in figures), figures
    assert "semantic_lookup_p50_us" in TARGETS


def test_environment_and_memory_sections(few_cases):
    steps = bench_env.bench_steps(few_cases, rounds=1)
    steps.pop("_notes")
    assert steps["env_episodes_count"] == len(few_cases) * len(bench_env.POLICIES) * 2
    assert steps["env_steps_per_s"] > 0 and steps["env_steps_table_lookup_per_s"] > 0
    assert 0 < steps["reward_score_p50_us"] <= steps["reward_score_p99_us"]  # issue 14's figure is reported
    memory = bench_env.bench_memory(few_cases, counts=(1, 50))
    memory.pop("_notes")
    assert 0 < memory["consultation_50_kb"] < memory["consultation_mid_episode_50_kb"]
    assert all(UNIT.search(k) for k in [*steps, *memory])


def test_a_failing_section_is_reported_not_raised():
    def broken() -> dict:
        raise RuntimeError("no PostgreSQL here\nsecond line")

    section = run_section("case_loading", broken)
    assert section.unavailable == "RuntimeError: no PostgreSQL here" and not section.figures


def test_report_document_checks_targets():
    report = BenchReport(mode="quick", sections=[
        Section("lookup", {"lookup_p50_us": 20.0, "lookup_p99_us": 2_000.0}),
        Section("agent_loop", unavailable="training extras not installed"),
    ])
    document = report.to_json()
    assert document["targets"]["lookup_p50_us"] == {"target": "< 50 µs", "source": "DESIGN", "pass": True}
    assert document["targets"]["lookup_p99_us"]["pass"] is False
    assert document["not_available"] == {"agent_loop": "training extras not installed"}
    assert unit_of("env_steps_per_s") == "/s" and unit_of("consultation_1000_kb") == "KB"
    assert all(UNIT.search(k) for k in TARGETS)


def test_cli_is_registered():
    import dxgym

    result = CliRunner().invoke(dxgym.app, ["bench", "--help"])
    assert result.exit_code == 0
    for option in ("--quick", "--json", "--out", "--llm-url"):
        assert option in result.output


def test_mimic_sections_on_a_small_generated_folder(tmp_path, monkeypatch):
    """The MIMIC-IV sections' figures, on 30,000 generated lab rows instead of 10 million (no speed asserted)."""
    from dxgym.emr_fixtures.importers import mimic_bench
    from dxgym.evaluation import bench

    monkeypatch.setenv("DXGYM_BENCH_CACHE", str(tmp_path))
    monkeypatch.setattr(mimic_bench, "BENCH_LAB_ROWS", 30_000)
    read = bench._mimic_read()
    read.pop("_notes")
    assert read["mimic_read_labevents_rows_count"] == 30_000
    assert abs(read["mimic_read_kept_rows_count"] - 15_000) < 200 and read["mimic_read_rows_per_s"] > 0
    imported = bench._mimic_import()
    notes = imported.pop("_notes")
    assert imported["mimic_import_examinations_count"] == read["mimic_read_kept_rows_count"]
    assert imported["mimic_import_rows_written_count"] > imported["mimic_import_examinations_count"]
    assert imported["mimic_import_rows_read_count"] > 30_000 and imported["mimic_import_peak_rss_bytes"] > 0
    assert imported["mimic_full_projected_s"] > 0 and "full MIMIC-IV projection" in notes[1]
    assert all(UNIT.search(k) for k in (*read, *imported)), (read, imported)
    for key in ("mimic_read_rows_per_s", "mimic_import_10m_s", "mimic_import_peak_rss_bytes"):
        assert key in TARGETS
    report = BenchReport(mode="full", sections=[Section("mimic_read", figures=read),
                                                Section("mimic_import", figures=imported)])
    assert set(report.to_json()["targets"]) >= {"mimic_read_rows_per_s", "mimic_import_10m_s",
                                                "mimic_import_peak_rss_bytes"}

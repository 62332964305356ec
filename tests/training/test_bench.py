"""`bench_agent_loop_overhead` runs and reports figures whose names carry their unit (not timed here)."""

from __future__ import annotations


def test_bench_reports_overhead_per_turn():
    from dxgym.training.bench import bench_agent_loop_overhead

    result = bench_agent_loop_overhead(turns=3, episodes=2)
    assert result["agent_loop_turns_per_episode"] == 3
    assert result["agent_loop_episodes"] == 2
    for key in ("agent_loop_overhead_ms_per_turn", "agent_loop_overhead_p50_ms_per_turn",
                "consultation_step_us_per_turn", "verl_instantiate_ms_per_episode"):
        assert result[key] > 0


def test_extra_fields_stay_compact():
    """Issue 15: the batch carries a compact form, not the episode record (a size, not a speed)."""
    from dxgym.training.bench import bench_agent_loop_overhead

    result = bench_agent_loop_overhead(turns=4, episodes=2)
    assert 0 < result["agent_loop_extra_fields_bytes"] < 4096
    assert result["agent_loop_episode_record_bytes"] > 4 * result["agent_loop_extra_fields_bytes"]


def test_worker_probe_over_a_generated_database(tmp_path):
    """A fresh process touches 1,536 cases of a generated database lazily: figures with units, all fetched."""
    from dxgym.training.bench_workers import TOUCHED, generated_database, run_probe

    path = generated_database(2_000, cache_dir=tmp_path)
    assert generated_database(2_000, cache_dir=tmp_path) == path  # cached: built once
    figures = run_probe(f"sqlite:///{path}", 2_000)
    assert figures["prefetched"] == TOUCHED - 201
    assert figures["first_case_ms"] > 0 and figures["warm_p50_us"] > 0 and figures["cold_p50_us"] > 0
    assert figures["rss_mb"] > 0

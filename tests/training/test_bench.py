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

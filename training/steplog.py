"""Per-step figures of a verl run: its console log joined with dxgym's `episodes.jsonl`.

verl's console logger prints one `step:N - key:value - ...` line a step (under Ray, prefixed with
the actor's name); its V1 trainer logs the mean score and timings there but not the reward function's
other fields, so the per-step means of the reward's components come from the episode records, whose
`seed` is the training step. The environment's share of a step is the time the agent loops spent in
the consultation (the episodes' `timing.env_s`, summed: a worker's trajectories share one event loop,
so their environment time adds up) over the step's wall time, per agent-loop worker.

    python -m dxgym.training.steplog train.log [--episodes episodes.jsonl] [--expect-steps 2] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import math
import re
import statistics
import sys
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_STEP = re.compile(r"(?:^|\s)(step:\d+ - .*)$")
_NUMBER = re.compile(r"^(?:np\.\w+\()?(-?[0-9.eE+-]+|nan|inf)\)?$")


def _number(text: str) -> float | None:
    match = _NUMBER.match(text.strip())
    if not match:
        return None
    try:
        return float(match.group(1))
    except ValueError:
        return None


def read_steps(log: str | Path) -> dict[int, dict[str, float]]:
    """Every numeric field of every `step:N` line in a verl console log, by step."""
    steps: dict[int, dict[str, float]] = {}
    with open(log, encoding="utf-8", errors="replace") as handle:
        for raw in handle:
            match = _STEP.search(_ANSI.sub("", raw.rstrip("\n")))
            if not match:
                continue
            fields: dict[str, float] = {}
            for part in match.group(1).split(" - "):
                key, sep, value = part.partition(":")
                number = _number(value) if sep else None
                if number is not None:
                    fields[key.strip()] = number
            if "step" in fields:
                steps[int(fields["step"])] = fields
    return steps


@dataclass
class StepFigures:
    """One training step: verl's own figures and the means over its rollouts' episode records."""

    step: int
    rollouts: int = 0
    reward: float = math.nan  # verl's critic/score/mean
    accuracy: float = math.nan
    exam_f1: float = math.nan
    format_error_rate: float = math.nan  # invalid actions per assistant turn
    diagnosis_rate: float = math.nan
    response_tokens: float = math.nan  # the policy's tokens per rollout (L)
    step_s: float = math.nan
    generation_s: float = math.nan
    environment_s: float = math.nan  # summed over the step's rollouts
    environment_share: float = math.nan  # of the step's wall time, per agent-loop worker
    grad_norm: float = math.nan
    rollout_probs_diff_max: float = math.nan  # rollout vs trainer token probability, after the weight sync
    rollout_probs_diff_mean: float = math.nan
    components: dict[str, float] = field(default_factory=dict)


def _mean(values: list[float]) -> float:
    return statistics.fmean(values) if values else math.nan


def read_episodes(path: str | Path) -> dict[int, list[dict[str, Any]]]:
    """Episode records (as dicts) by training step (`seed`)."""
    by_step: dict[int, list[dict[str, Any]]] = defaultdict(list)
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                by_step[int(record["seed"])].append(record)
    return by_step


def step_figures(log: str | Path, episodes: str | Path | None = None, workers: int = 1) -> list[StepFigures]:
    """The figures of every step the log has, joined with its episodes where given."""
    steps = read_steps(log)
    by_step = read_episodes(episodes) if episodes and Path(episodes).exists() else {}
    out: list[StepFigures] = []
    for n in sorted(steps):
        fields = steps[n]
        figures = StepFigures(step=n, reward=fields.get("critic/score/mean", math.nan),
                              step_s=fields.get("timing_s/step", math.nan), generation_s=fields.get("timing_s/gen", math.nan),
                              grad_norm=fields.get("actor/grad_norm", math.nan),
                              rollout_probs_diff_max=fields.get("training/rollout_probs_diff_max", math.nan),
                              rollout_probs_diff_mean=fields.get("training/rollout_probs_diff_mean", math.nan))
        records = by_step.get(n, [])
        if records:
            figures.rollouts = len(records)
            figures.accuracy = _mean([float(bool(r["verdict"] and r["verdict"]["correct"])) for r in records])
            figures.exam_f1 = _mean([_exam_f1(r) for r in records])
            turns = sum(max(r["outcome"]["turns"], 1) for r in records)
            figures.format_error_rate = sum(r["outcome"]["invalid_actions"] for r in records) / turns
            figures.diagnosis_rate = _mean([float(r["outcome"]["diagnosis"] is not None) for r in records])
            figures.response_tokens = _mean([float(r["usage"]["completion_tokens"]) for r in records])
            figures.environment_s = sum(float(r["timing"].get("env_s", 0.0)) for r in records)
            if figures.step_s > 0:
                figures.environment_share = figures.environment_s / workers / figures.step_s
            names = sorted({k for r in records for k in r["reward_components"]})
            figures.components = {k: _mean([r["reward_components"].get(k, 0.0) for r in records]) for k in names}
        out.append(figures)
    return out


def _exam_f1(record: dict[str, Any]) -> float:
    """The exam component over its default weight: F1 as the record's own scoring computed it."""
    from dxgym.envs.rewards import RewardConfig

    value = record["reward_components"].get("exam_f1")
    return float(value) / RewardConfig().exam_f1_weight if value is not None else math.nan


def render(figures: list[StepFigures]) -> str:
    lines = []
    for f in figures:
        lines.append(
            f"step {f.step}: reward mean {f.reward:+.3f}, accuracy {f.accuracy:.2f}, exam F1 {f.exam_f1:.2f}, "
            f"format errors {f.format_error_rate:.2f}/turn, {f.response_tokens:.0f} policy tokens/rollout | "
            f"step {f.step_s:.1f} s, generation {f.generation_s:.1f} s ({_share(f.generation_s, f.step_s)}), "
            f"environment {f.environment_s * 1000:.1f} ms ({f.environment_share:.2%} of the step) | "
            f"grad_norm {f.grad_norm:.3g}, rollout/trainer prob diff max {f.rollout_probs_diff_max:.2g}"
        )
    return "\n".join(lines)


def _share(part: float, whole: float) -> str:
    return f"{part / whole:.0%}" if whole and not math.isnan(part) else "?"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("log", type=Path)
    parser.add_argument("--episodes", type=Path, help="the run's episodes.jsonl")
    parser.add_argument("--workers", type=int, default=1, help="agent-loop workers (rollout.agent.num_workers)")
    parser.add_argument("--expect-steps", type=int, default=0, help="fail unless the log has this many steps")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    figures = step_figures(args.log, args.episodes, args.workers)
    print(render(figures))
    if args.json:
        args.json.write_text(json.dumps([asdict(f) for f in figures], indent=1) + "\n", encoding="utf-8")
    if len(figures) < args.expect_steps:
        print(f"expected {args.expect_steps} training steps in {args.log}, found {len(figures)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

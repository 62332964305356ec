"""The CPU learning curve's figures: per-step curves (PNG), their numbers (JSON) and the verdict.

The curve counts when the mean reward of the last five steps exceeds that of the first five by more
than the step-to-step spread: the standard deviation of the change in mean reward from one step to
the next, i.e. how much the curve moves on its own between neighbouring steps. With fewer than ten
steps there is no verdict (`learned` is null).

    python -m dxgym.training.learning_curve train.log --episodes episodes.jsonl --out DIR [--expect-steps N]
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from dxgym.training.steplog import StepFigures, step_figures

WINDOW = 5
CURVES = (
    ("reward", "mean reward"),
    ("accuracy", "accuracy"),
    ("exam_f1", "exam F1"),
    ("format_error_rate", "format errors / turn"),
    ("response_tokens", "policy tokens / rollout"),
    ("diagnosis_rate", "rollouts committing a diagnosis"),
)


def summarise(figures: list[StepFigures]) -> dict[str, Any]:
    """First-five and last-five mean reward, the gain, the step-to-step spread, and whether gain > spread."""
    rewards = [f.reward for f in figures if not math.isnan(f.reward)]
    out: dict[str, Any] = {"steps": len(figures), "first5_mean_reward": None, "last5_mean_reward": None,
                           "gain": None, "step_to_step_spread": None, "learned": None}
    if len(rewards) >= 2:
        steps = [b - a for a, b in zip(rewards, rewards[1:], strict=False)]
        out["step_to_step_spread"] = statistics.stdev(steps) if len(steps) >= 2 else abs(steps[0])
    if len(rewards) >= 2 * WINDOW:
        first, last = statistics.fmean(rewards[:WINDOW]), statistics.fmean(rewards[-WINDOW:])
        out.update(first5_mean_reward=first, last5_mean_reward=last, gain=last - first)
        out["learned"] = out["gain"] > out["step_to_step_spread"]
    for key, _ in CURVES[1:]:
        values = [getattr(f, key) for f in figures]
        if len(values) >= 2 * WINDOW:
            out[f"first5_{key}"] = _mean(values[:WINDOW])
            out[f"last5_{key}"] = _mean(values[-WINDOW:])
    return out


def _mean(values: list[float]) -> float | None:
    kept = [v for v in values if not math.isnan(v)]
    return statistics.fmean(kept) if kept else None


def plot(figures: list[StepFigures], summary: dict[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    steps = [f.step for f in figures]
    fig, grid = plt.subplots(2, 3, figsize=(12, 6), constrained_layout=True)
    axes = list(grid.flat)
    for ax, (key, label) in zip(axes, CURVES, strict=True):
        ax.plot(steps, [getattr(f, key) for f in figures], marker=".", linewidth=1.2)
        ax.set_title(label, fontsize=10)
        ax.set_xlabel("GRPO step")
        ax.grid(alpha=0.3)
    if summary.get("gain") is not None:
        first, last = summary["first5_mean_reward"], summary["last5_mean_reward"]
        axes[0].axhline(first, color="grey", linestyle=":", linewidth=1, label=f"first 5: {first:+.3f}")
        axes[0].axhline(last, color="tab:green", linestyle="--", linewidth=1, label=f"last 5: {last:+.3f}")
        axes[0].legend(fontsize=8, loc="lower right")
    fig.suptitle("dxgym GRPO on CPU (verl 0.9.1, tiny warm-started model, rule verifier, "
                 f"{summary['steps']} steps)", fontsize=10)
    fig.savefig(path, dpi=110)
    plt.close(fig)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("log", type=Path)
    parser.add_argument("--episodes", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--expect-steps", type=int, default=0)
    parser.add_argument("--model", default="", help="the warm-started model (recorded in the JSON)")
    args = parser.parse_args(argv)
    figures = step_figures(args.log, args.episodes)
    summary = summarise(figures)
    document = {"summary": summary, "model": args.model, "steps": [asdict(f) for f in figures]}
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "curve.json").write_text(json.dumps(document, indent=1) + "\n", encoding="utf-8")
    plot(figures, summary, args.out / "curve.png")
    for f in figures:
        print(f"step {f.step:>3}: reward {f.reward:+.3f}  accuracy {f.accuracy:.2f}  exam F1 {f.exam_f1:.2f}  "
              f"format errors {f.format_error_rate:.2f}/turn  {f.response_tokens:.0f} tokens  ({f.step_s:.0f} s)")
    if summary["gain"] is not None:
        print(f"first five steps {summary['first5_mean_reward']:+.3f}, last five {summary['last5_mean_reward']:+.3f}: "
              f"gain {summary['gain']:+.3f} against a step-to-step spread of {summary['step_to_step_spread']:.3f} "
              f"-> {'learned' if summary['learned'] else 'NOT above the spread'}")
    print(f"wrote {args.out / 'curve.json'} and {args.out / 'curve.png'}")
    if len(figures) < args.expect_steps:
        print(f"expected {args.expect_steps} steps in {args.log}, found {len(figures)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

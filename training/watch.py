"""Collapse alarms for multi-turn GRPO: the policy stops asking and starts talking.

Why: under plain multi-turn GRPO a policy can degrade into one long monologue — response length
grows while tool use falls (Healthcare AI GYM, 2026) — and mean reward can stay flat while it
happens. The reward function logs four signals per sample (`collapse_signals`), which verl averages
per step; `dxgym train watch RUN_DIR` reads the run's `episodes.jsonl` (the training step is each
record's `seed`) as it grows, and warns when, over the last `window` steps, requests per episode
fall while assistant tokens per turn rise, both by a real margin and both as monotone trends
(Kendall's tau, scipy), so noise around a steady run stays quiet. It draws the four trends.
"""

from __future__ import annotations

import json
import math
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SIGNALS = ("assistant_tokens_per_turn", "requests_per_episode", "premature_diagnosis_rate", "single_turn_share")


def collapse_signals(turns: int, completion_tokens: int, distinct_requests: int, committed: bool) -> dict[str, float]:
    """One episode's contribution to the per-step collapse signals (means over a step are the signals)."""
    return {
        "assistant_tokens_per_turn": completion_tokens / turns if turns else 0.0,
        "requests_per_episode": float(distinct_requests),
        "premature_diagnosis_rate": float(committed and distinct_requests == 0),
        "single_turn_share": float(turns <= 1),
    }


def signals_of(record: Mapping[str, Any]) -> dict[str, float]:
    """`collapse_signals` of one episode record as stored (a parsed JSON line)."""
    out = record.get("outcome") or {}
    return collapse_signals(int(out.get("turns") or 0), int((record.get("usage") or {}).get("completion_tokens") or 0),
                            int(out.get("distinct_requests") or 0), out.get("diagnosis") is not None)


@dataclass
class StepSeries:
    """Per-step means of the signals, in step order."""

    steps: list[int] = field(default_factory=list)
    values: dict[str, list[float]] = field(default_factory=lambda: {k: [] for k in SIGNALS})
    episodes: list[int] = field(default_factory=list)


def step_series(records: Iterable[Mapping[str, Any]]) -> StepSeries:
    sums: dict[int, dict[str, float]] = defaultdict(lambda: dict.fromkeys(SIGNALS, 0.0))
    counts: dict[int, int] = defaultdict(int)
    for record in records:
        step = int(record.get("seed") or 0)
        for key, value in signals_of(record).items():
            sums[step][key] += value
        counts[step] += 1
    series = StepSeries()
    for step in sorted(counts):
        series.steps.append(step)
        series.episodes.append(counts[step])
        for key in SIGNALS:
            series.values[key].append(sums[step][key] / counts[step])
    return series


@dataclass(frozen=True)
class Alarm:
    first_step: int
    last_step: int
    requests_change: float  # relative change over the window (fitted), e.g. -0.45
    tokens_change: float  # e.g. +0.80
    requests_tau: float
    tokens_tau: float

    def message(self) -> str:
        return (f"collapse warning: steps {self.first_step}-{self.last_step}: requests per episode "
                f"{self.requests_change:+.0%} while assistant tokens per turn {self.tokens_change:+.0%} "
                f"(Kendall tau {self.requests_tau:+.2f} / {self.tokens_tau:+.2f}): the policy is asking less and "
                f"talking more, the multi-turn GRPO collapse")


def _trend(xs: list[int], ys: list[float]) -> tuple[float, float, float]:
    """(relative change from the fitted start to the fitted end, Kendall tau, its p-value)."""
    from scipy import stats

    slope, intercept, _, _ = stats.theilslopes(ys, xs)
    start = intercept + slope * xs[0]
    end = intercept + slope * xs[-1]
    scale = max(abs(start), 1e-9)
    tau = stats.kendalltau(xs, ys)
    p = float(tau.pvalue) if not math.isnan(tau.pvalue) else 1.0
    return (end - start) / scale, float(tau.statistic) if not math.isnan(tau.statistic) else 0.0, p


def detect(series: StepSeries, *, window: int = 10, min_drop: float = 0.2, min_rise: float = 0.2,
           alpha: float = 0.05) -> Alarm | None:
    """An alarm when, over the last `window` steps, requests fell by at least `min_drop` and tokens per
    turn rose by at least `min_rise` (Theil–Sen fits), each a monotone trend at level `alpha` (Kendall)."""
    if len(series.steps) < max(window, 4):
        return None
    xs = series.steps[-window:]
    req, req_tau, req_p = _trend(xs, series.values["requests_per_episode"][-window:])
    tok, tok_tau, tok_p = _trend(xs, series.values["assistant_tokens_per_turn"][-window:])
    if req <= -min_drop and tok >= min_rise and req_p < alpha and tok_p < alpha and req_tau < 0 < tok_tau:
        return Alarm(xs[0], xs[-1], req, tok, req_tau, tok_tau)
    return None


class EpisodeTail:
    """Reads the complete lines appended to a JSONL file since the last read (a torn last line waits)."""

    def __init__(self, path: Path) -> None:
        self.path, self.offset = path, 0

    def read(self) -> list[dict[str, Any]]:
        if not self.path.exists():
            return []
        with self.path.open("rb") as handle:
            handle.seek(self.offset)
            data = handle.read()
        end = data.rfind(b"\n") + 1
        self.offset += end
        out = []
        for line in data[:end].splitlines():
            if line.strip():
                try:
                    out.append(json.loads(line))
                except ValueError:
                    continue  # a line another writer is still completing cannot be here; skip corruption
        return out


def plot(series: StepSeries, target: Path, alarm: Alarm | None = None) -> Path:
    """The four signals against the step, the alarm's window shaded."""
    from dxgym.evaluation.charts import PALETTE, _plt

    plt = _plt()
    fig, axes = plt.subplots(2, 2, figsize=(9.0, 5.6), sharex=True)
    titles = {"assistant_tokens_per_turn": "assistant tokens per turn", "requests_per_episode": "requests per episode",
              "premature_diagnosis_rate": "premature-diagnosis rate", "single_turn_share": "single-turn episodes"}
    for ax, key, colour in zip(axes.flat, SIGNALS, PALETTE, strict=False):
        ax.plot(series.steps, series.values[key], marker="o", ms=3, color=colour)
        ax.set_title(titles[key])
        if alarm is not None:
            ax.axvspan(alarm.first_step, alarm.last_step, color="#dc2626", alpha=0.12)
        ax.grid(color="#e2e8f0")
    for ax in axes[-1]:
        ax.set_xlabel("training step")
    fig.suptitle("Collapse watch" + (" — WARNING: asking less, talking more" if alarm else ""), fontweight="bold")
    fig.tight_layout()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.tmp.png")
    fig.savefig(tmp, dpi=110, facecolor="white")
    plt.close(fig)
    tmp.replace(target)
    return target


def watch(path: Path, *, window: int = 10, follow: bool = False, poll_s: float = 5.0, stop_after_s: float | None = None,
          plot_to: Path | None = None, on_alarm: Callable[[Alarm], None] | None = None) -> tuple[StepSeries, Alarm | None]:
    """Read `path` (once, or following it as it grows), detect, plot; returns the series and the last alarm."""
    tail = EpisodeTail(path)
    records: list[dict[str, Any]] = []
    started = time.monotonic()
    alarm: Alarm | None = None
    reported: tuple[int, int] | None = None
    while True:
        new = tail.read()
        if new or not records:
            records += new
            series = step_series(records)
            alarm = detect(series, window=window)
            if alarm is not None and (alarm.first_step, alarm.last_step) != reported and on_alarm is not None:
                on_alarm(alarm)
                reported = (alarm.first_step, alarm.last_step)
            if plot_to is not None and series.steps:
                plot(series, plot_to, alarm)
        if not follow or (stop_after_s is not None and time.monotonic() - started >= stop_after_s):
            return step_series(records), alarm
        time.sleep(poll_s)

"""Report charts: matplotlib (Agg) figures returned as base64 PNG, so report.html stays one file.

Why PNG and not SVG or a JS library: a PNG data URI renders identically everywhere, including
offline clinical networks and mail clients, costs tens of kilobytes, and can be decoded and
checked for blankness in a test. matplotlib is imported inside `_plt` only: `dxgym --help` and
the episode loop never pay for it. Chinese labels (specialties, case text) need a CJK font that a
minimal Linux machine lacks, so the charts use Noto Sans CJK SC as shipped by the `mplfonts` wheel
(SIL Open Font License), registered with matplotlib by path and placed after DejaVu Sans: Latin text
keeps its look and matplotlib falls back glyph by glyph to the CJK font.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Mapping, Sequence
from functools import cache
from importlib import resources
from typing import Any

CJK_FONT_FILE = "NotoSansCJKsc-Regular.otf"  # in the mplfonts wheel, under mplfonts/fonts/

PALETTE = ("#0f766e", "#2563eb", "#d97706", "#be185d", "#7c3aed", "#475569", "#059669", "#dc2626")
POSITIVE, NEGATIVE, INK, GRID = "#0f766e", "#dc2626", "#1e293b", "#e2e8f0"


@cache
def cjk_font() -> tuple[str, str]:
    """(family name, file) of the CJK font the charts fall back to, registered with matplotlib once."""
    import logging

    from matplotlib import font_manager

    # the font has one weight; bold titles use it as it is, which matplotlib would log on every chart
    logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)
    path = str(resources.files("mplfonts").joinpath("fonts", CJK_FONT_FILE))
    font_manager.fontManager.addfont(path)
    return font_manager.FontProperties(fname=path).get_name(), path


def _plt() -> Any:
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    family, _ = cjk_font()
    plt.rcParams.update({
        "font.family": ["DejaVu Sans", family],  # a list, not "sans-serif": the alias resolves to one font
        "font.size": 9.5, "axes.edgecolor": "#94a3b8", "axes.labelcolor": INK, "xtick.color": INK,
        "ytick.color": INK, "axes.spines.top": False, "axes.spines.right": False, "axes.titleweight": "bold",
        "axes.titlesize": 11, "axes.titlelocation": "left", "figure.dpi": 110,
    })
    return plt


def _png(fig: Any) -> str:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", bbox_inches="tight", facecolor="white")
    _plt().close(fig)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def _errors(blocks: Sequence[Mapping[str, float]]) -> list[list[float]]:
    """matplotlib's asymmetric error bars from {mean, ci_low, ci_high} blocks."""
    return [[max(0.0, b["mean"] - b["ci_low"]) for b in blocks], [max(0.0, b["ci_high"] - b["mean"]) for b in blocks]]


def accuracy_by_group(breakdown: Mapping[str, Mapping[str, Any]], title: str) -> str:
    """Horizontal bars of accuracy per group with bootstrap 95% whiskers; labels carry n."""
    plt = _plt()
    names = sorted(breakdown, key=lambda k: (-breakdown[k]["n_cases"], k))
    blocks = [breakdown[k]["accuracy"] for k in names]
    fig, ax = plt.subplots(figsize=(6.4, 0.42 * len(names) + 1.2))
    y = list(range(len(names)))[::-1]
    ax.barh(y, [b["mean"] for b in blocks], xerr=_errors(blocks), color=PALETTE[0], alpha=0.85,
            error_kw={"ecolor": INK, "capsize": 3, "lw": 1})
    ax.set_yticks(y, [f"{k} (n={breakdown[k]['n_cases']})" for k in names])
    for yi, b in zip(y, blocks, strict=True):
        ax.text(min(b["ci_high"], 1.0) + 0.02, yi, f"{b['mean']:.2f}", va="center", fontsize=8.5, color=INK)
    ax.set_xlim(0, 1.15)
    ax.set_xlabel("diagnosis accuracy (95% interval)")
    ax.grid(axis="x", color=GRID)
    ax.set_axisbelow(True)
    ax.set_title(title)
    return _png(fig)


def exam_prf(exam: Mapping[str, Any]) -> str:
    """Examination precision / recall / F1: per-episode means (with intervals) beside pooled (micro)."""
    plt = _plt()
    keys = ("precision", "recall", "f1")
    macro = [exam[k] for k in keys]
    micro = [exam["micro"][k] for k in keys]
    fig, ax = plt.subplots(figsize=(6.4, 3.4))
    x = range(len(keys))
    width = 0.38
    ax.bar([i - width / 2 for i in x], [b["mean"] for b in macro], width, yerr=_errors(macro), color=PALETTE[0],
           label="per-episode mean (MedR-Bench / DiagGym)", error_kw={"ecolor": INK, "capsize": 3, "lw": 1})
    ax.bar([i + width / 2 for i in x], micro, width, color=PALETTE[1], label="pooled (micro)")
    for i, (a, b) in enumerate(zip(macro, micro, strict=True)):
        ax.text(i - width / 2, a["ci_high"] + 0.02, f"{a['mean']:.2f}", ha="center", fontsize=8.5)
        ax.text(i + width / 2, b + 0.02, f"{b:.2f}", ha="center", fontsize=8.5)
    ax.set_xticks(list(x), ["precision", "recall", "F1"])
    ax.set_ylim(0, 1.18)
    ax.grid(axis="y", color=GRID)
    ax.set_axisbelow(True)
    ax.legend(frameon=False, fontsize=8.5, loc="upper center", bbox_to_anchor=(0.5, -0.1), ncols=2)
    ax.set_title("Examination precision / recall / F1 (over groups)")
    return _png(fig)


def turns_histogram(histogram: Mapping[str, int], max_turns: int | None = None) -> str:
    """Episodes by number of assistant turns."""
    plt = _plt()
    counts = {int(k): v for k, v in histogram.items()}
    top = max([*counts, max_turns or 0, 1])
    xs = list(range(1, top + 1))
    fig, ax = plt.subplots(figsize=(6.4, 3.0))
    ax.bar(xs, [counts.get(x, 0) for x in xs], color=PALETTE[2], width=0.7)
    if 0 in counts:
        ax.bar([0], [counts[0]], color=PALETTE[5], width=0.7)
    ax.set_xticks(sorted({0, *xs}) if 0 in counts else xs)
    ax.set_xlabel("assistant turns in the episode")
    ax.set_ylabel("episodes")
    ax.grid(axis="y", color=GRID)
    ax.set_axisbelow(True)
    ax.set_title("Turns per episode")
    return _png(fig)


def reward_components(components: Mapping[str, float], total: float) -> str:
    """Mean weighted contribution of each reward component; they sum to the mean reward."""
    plt = _plt()
    names = list(components)
    values = [components[n] for n in names]
    fig, ax = plt.subplots(figsize=(6.4, 0.36 * len(names) + 1.4))
    y = list(range(len(names)))[::-1]
    ax.barh(y, values, color=[POSITIVE if v >= 0 else NEGATIVE for v in values], alpha=0.85)
    ax.axvline(0, color=INK, lw=0.8)
    ax.set_yticks(y, names)
    span = max([abs(v) for v in values] + [abs(total), 0.1])
    for yi, v in zip(y, values, strict=True):
        ax.text(v + (0.02 * span if v >= 0 else -0.02 * span), yi, f"{v:+.3f}", va="center",
                ha="left" if v >= 0 else "right", fontsize=8.5)
    ax.set_xlim(-1.25 * span, 1.25 * span)
    ax.set_xlabel(f"mean contribution (total reward {total:+.3f})")
    ax.grid(axis="x", color=GRID)
    ax.set_axisbelow(True)
    ax.set_title("Reward components")
    return _png(fig)


def breakdown_pair(by_language: Mapping[str, Mapping[str, Any]], by_source: Mapping[str, Mapping[str, Any]]) -> str:
    """Accuracy and examination F1 by language and by source, side by side."""
    plt = _plt()
    fig, axes = plt.subplots(1, 2, figsize=(8.4, 3.2), sharey=True)
    for ax, (title, data) in zip(axes, (("by language", by_language), ("by source", by_source)), strict=True):
        names = sorted(data)
        x = range(len(names))
        width = 0.38
        acc = [data[k]["accuracy"] for k in names]
        ax.bar([i - width / 2 for i in x], [a["mean"] for a in acc], width, yerr=_errors(acc), color=PALETTE[0],
               label="accuracy", error_kw={"ecolor": INK, "capsize": 3, "lw": 1})
        ax.bar([i + width / 2 for i in x], [data[k]["exam_f1"] for k in names], width, color=PALETTE[1],
               label="exam F1")
        ax.set_xticks(list(x), [f"{k}\n(n={data[k]['n_cases']})" for k in names])
        ax.set_ylim(0, 1.15)
        ax.grid(axis="y", color=GRID)
        ax.set_axisbelow(True)
        ax.set_title(title)
    handles, names = axes[0].get_legend_handles_labels()
    fig.legend(handles, names, frameon=False, fontsize=8.5, loc="upper center", bbox_to_anchor=(0.5, -0.02), ncols=2)
    return _png(fig)


# --- comparisons ------------------------------------------------------------------------------


def compare_headline(names: Sequence[str], summaries: Sequence[Mapping[str, Any]]) -> str:
    """Accuracy and examination P / R / F1 of several runs, grouped by metric."""
    plt = _plt()
    metrics = [("accuracy", lambda s: s["accuracy"]), ("exam precision", lambda s: s["exam"]["precision"]),
               ("exam recall", lambda s: s["exam"]["recall"]), ("exam F1", lambda s: s["exam"]["f1"])]
    fig, ax = plt.subplots(figsize=(8.4, 3.6))
    width = 0.8 / len(names)
    for j, (name, summary) in enumerate(zip(names, summaries, strict=True)):
        blocks = [get(summary) for _, get in metrics]
        xs = [i - 0.4 + width * (j + 0.5) for i in range(len(metrics))]
        ax.bar(xs, [b["mean"] for b in blocks], width * 0.92, yerr=_errors(blocks), label=name,
               color=PALETTE[j % len(PALETTE)], error_kw={"ecolor": INK, "capsize": 2, "lw": 0.8})
    ax.set_xticks(range(len(metrics)), [m for m, _ in metrics])
    ax.set_ylim(0, 1.2)
    ax.grid(axis="y", color=GRID)
    ax.set_axisbelow(True)
    ax.legend(frameon=False, fontsize=8.5, ncols=min(4, len(names)), loc="upper center", bbox_to_anchor=(0.5, -0.08))
    ax.set_title("Headline metrics (95% intervals)")
    return _png(fig)


def _grouped_barh(labels: Sequence[str], categories: Sequence[str], series: Sequence[Sequence[float]], *,
                  row_height: float, title: str, xlim: tuple[float, float] | None = None,
                  zero_line: bool = False) -> str:
    """One horizontal bar per run within each category, runs told apart by colour."""
    plt = _plt()
    fig, ax = plt.subplots(figsize=(8.4, row_height * len(categories) * max(2, len(series)) + 1.4))
    height = 0.8 / len(series)
    base = list(range(len(categories)))[::-1]
    for j, (label, vals) in enumerate(zip(labels, series, strict=True)):
        ys = [b + 0.4 - height * (j + 0.5) for b in base]
        ax.barh(ys, vals, height * 0.92, label=label, color=PALETTE[j % len(PALETTE)])
    if zero_line:
        ax.axvline(0, color=INK, lw=0.8)
    ax.set_yticks(base, categories)
    if xlim is not None:
        ax.set_xlim(*xlim)
    ax.grid(axis="x", color=GRID)
    ax.set_axisbelow(True)
    ax.legend(frameon=False, fontsize=8.5, loc="upper center", bbox_to_anchor=(0.5, -0.1), ncols=min(4, len(series)))
    ax.set_title(title)
    return _png(fig)


def compare_specialty(names: Sequence[str], summaries: Sequence[Mapping[str, Any]]) -> str:
    """Accuracy per specialty for several runs."""
    specialties = sorted({k for s in summaries for k in s["by_specialty"]})
    series = [[s["by_specialty"].get(k, {}).get("accuracy", {}).get("mean", 0.0) for k in specialties]
              for s in summaries]
    return _grouped_barh(names, specialties, series, row_height=0.14, xlim=(0, 1.05),
                         title="Diagnosis accuracy by specialty")


def compare_components(names: Sequence[str], summaries: Sequence[Mapping[str, Any]]) -> str:
    """Mean reward components for several runs."""
    comps = sorted({k for s in summaries for k in s["reward_components"]})
    series = [[s["reward_components"].get(k, 0.0) for k in comps] for s in summaries]
    labels = [f"{name} (total {s['reward']['mean']:+.2f})" for name, s in zip(names, summaries, strict=True)]
    return _grouped_barh(labels, comps, series, row_height=0.13, zero_line=True,
                         title="Reward components (mean weighted contribution)")


# --- accuracy against cost ---------------------------------------------------------------------


def pareto_front(points: Sequence[tuple[float, float]]) -> list[int]:
    """Indices of the points no other point beats on both axes (lower cost, higher accuracy), by cost."""
    order = sorted(range(len(points)), key=lambda i: (points[i][0], -points[i][1]))
    front: list[int] = []
    best = float("-inf")
    for i in order:
        if points[i][1] > best:
            front.append(i)
            best = points[i][1]
    return front


def accuracy_cost(names: Sequence[str], summaries: Sequence[Mapping[str, Any]]) -> str:
    """Every run's accuracy against its mean cost per case (95% intervals on both), Pareto front drawn."""
    plt = _plt()
    acc = [s["accuracy"] for s in summaries]
    cost = [s["cost_usd"] for s in summaries]
    points = [(c["mean"], a["mean"]) for c, a in zip(cost, acc, strict=True)]
    front = pareto_front(points)
    fig, ax = plt.subplots(figsize=(8.4, 4.4))
    for j, (name, (x, y)) in enumerate(zip(names, points, strict=True)):
        ax.errorbar([x], [y], xerr=_errors([cost[j]]), yerr=_errors([acc[j]]), fmt="o", ms=7,
                    color=PALETTE[j % len(PALETTE)], ecolor=PALETTE[j % len(PALETTE)], elinewidth=1, capsize=3,
                    label=name, zorder=3)
        ax.annotate(name, (x, y), textcoords="offset points", xytext=(6, 6 if j % 2 == 0 else -14), fontsize=8.5,
                    color=INK)  # alternate above and below: runs at the same point stay legible
    fx = [points[i][0] for i in front]
    fy = [points[i][1] for i in front]
    ax.step(fx, fy, where="post", color=INK, lw=1.2, ls="--", label="Pareto front", zorder=2)
    ax.set_xlabel("mean cost per case (US dollars: visits and orders)")
    ax.set_ylabel("diagnosis accuracy")
    ax.set_ylim(-0.02, 1.08)
    ax.set_xlim(left=0)
    ax.grid(color=GRID)
    ax.set_axisbelow(True)
    ax.legend(frameon=False, fontsize=8.5, loc="upper center", bbox_to_anchor=(0.5, -0.14), ncols=min(4, len(names) + 1))
    ax.set_title("Accuracy against cost per case")
    return _png(fig)


def process_bars(process: Mapping[str, Any]) -> str:
    """Per-episode process figures: how the diagnoses were reached."""
    plt = _plt()
    items = [
        ("premature diagnosis (rate)", process["premature_diagnosis"]["mean"]),
        ("evidence coverage", process["evidence_coverage"]),
        ("single-turn episodes (rate)", process["single_turn_rate"]),
        ("requests / episode", process["requests_per_episode"]),
        ("repeated requests / episode", process["repeated_requests_per_episode"]),
        ("requests the record lacks / episode", process["absent_requests_per_episode"]),
        ("category orders refused / episode", process["category_refusals_per_episode"]),
        ("orders past the budget / episode", process["budget_refusals_per_episode"]),
    ]
    fig, ax = plt.subplots(figsize=(6.4, 0.36 * len(items) + 1.2))
    y = list(range(len(items)))[::-1]
    values = [v for _, v in items]
    ax.barh(y, values, color=[PALETTE[0]] * 3 + [PALETTE[1]] * 5, alpha=0.85)
    ax.set_yticks(y, [k for k, _ in items])
    top = max(values + [1.0])
    for yi, v in zip(y, values, strict=True):
        ax.text(v + 0.01 * top, yi, f"{v:.2f}", va="center", fontsize=8.5)
    ax.set_xlim(0, top * 1.15)
    ax.grid(axis="x", color=GRID)
    ax.set_axisbelow(True)
    ax.set_title("How the diagnoses were reached")
    return _png(fig)


def top_examinations(top: Mapping[str, Mapping[str, int]], n_episodes: int) -> str:
    """The examinations ordered most: groups revealed and requests the record lacked (the labels are
    the records' and the policy's own words, Chinese for Chinese cases)."""
    plt = _plt()
    panels = [("revealed from the record", top["revealed"], PALETTE[0]),
              ("not available in the record", top["not_available"], PALETTE[3])]
    rows = max(1, max(len(p[1]) for p in panels))
    fig, axes = plt.subplots(1, 2, figsize=(9.6, 0.3 * rows + 1.5))
    for ax, (title, counts, colour) in zip(axes, panels, strict=True):
        names = list(counts)
        y = list(range(len(names)))[::-1]
        ax.barh(y, [counts[k] for k in names], color=colour, alpha=0.85)
        ax.set_yticks(y, [k.replace("_", " ")[:40] for k in names])
        ax.set_xlim(0, max(1, n_episodes))
        ax.set_xlabel("episodes")
        ax.grid(axis="x", color=GRID)
        ax.set_axisbelow(True)
        ax.set_title(title, fontsize=10)
        if not names:
            ax.text(0.5, 0.5, "none", transform=ax.transAxes, ha="center", va="center", color=INK)
    fig.suptitle("Most-ordered examinations", fontweight="bold", x=0.02, ha="left")
    fig.tight_layout()
    return _png(fig)

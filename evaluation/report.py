"""report.html: one self-contained page per run, and a side-by-side page for several runs.

Why rebuilt from the run directory alone: `dxgym report DIR` must work on a laptop that has the
run's files but not its database or model, so everything comes from config.json (settings and
case metadata), episodes.jsonl and the summary recomputed from it. Every figure in a table
carries `data-key` (its JSON Pointer in summary.json, RFC 6901 via `jsonpointer`, without the
leading "/") so a test — or a reader — can check the page against the JSON. Imports go one way:
the runner imports this module; this module reads runs through `evaluation.runs` only.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import jsonpointer

from dxgym.evaluation import charts
from dxgym.evaluation.metrics import CaseMeta, sort_records
from dxgym.evaluation.paired import PairedResult, compare_runs, format_p
from dxgym.evaluation.rundir import REPORT, write_text_atomic
from dxgym.evaluation.runs import load_run, summary_for
from dxgym.evaluation.transcript import episode_view

MAX_TRANSCRIPTS = 400  # beyond this the page gets slow to open; the JSONL holds the rest


def fmt(value: Any) -> str:
    """How every figure is printed: integers as they are, fractions to three decimals."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return f"{value:.3f}"
    return "–" if value is None else str(value)


def key_path(*parts: str) -> str:
    """A summary value's `data-key`: its RFC 6901 JSON Pointer without the leading "/"."""
    return jsonpointer.JsonPointer.from_parts([str(p) for p in parts]).path[1:]


def lookup_key(summary: Mapping[str, Any], path: str) -> Any:
    """The summary value a `data-key` names."""
    return jsonpointer.resolve_pointer(summary, "/" + path)


@dataclass(frozen=True)
class Cell:
    """A figure with the summary key it came from."""

    key: str
    text: str
    low: Cell | None = None
    high: Cell | None = None


def cell(summary: Mapping[str, Any], *parts: str) -> Cell:
    path = key_path(*parts)
    return Cell(path, fmt(lookup_key(summary, path)))


def interval_cell(summary: Mapping[str, Any], *parts: str) -> Cell:
    """A {mean, ci_low, ci_high} block as one cell with its interval."""
    mean = cell(summary, *parts, "mean")
    return Cell(mean.key, mean.text, cell(summary, *parts, "ci_low"), cell(summary, *parts, "ci_high"))


@dataclass(frozen=True)
class Row:
    label: str
    value: Cell
    note: str = ""


def _accuracy_note(s: Mapping[str, Any]) -> str:
    if s["accuracy"].get("method") == "case-bootstrap":
        return "verdict correct; case-clustered bootstrap 95% interval (rollouts of a case resampled together)"
    return "verdict correct; Wilson 95% interval"


def summary_rows(s: Mapping[str, Any]) -> list[tuple[str, list[Row]]]:
    """The summary table, in sections."""
    k = s["rollouts"]
    passes = [Row(f"pass@{n}", cell(s, "pass_at_k", n), "unbiased estimator over rollouts") for n in s["pass_at_k"]]
    return [
        ("Diagnosis", [
            Row("Accuracy", interval_cell(s, "accuracy"), _accuracy_note(s)),
            *([Row("Accuracy, cases whose results name the diagnosis", interval_cell(s, "accuracy_revealing"),
                   f"{s['n_revealing_cases']} case(s) with a result flagged reveals_diagnosis"),
               Row("Accuracy, other cases", interval_cell(s, "accuracy_non_revealing"))]
              if s.get("n_revealing_cases") else []),
            Row("Mean verdict score", cell(s, "score")),
            *(passes if k > 1 else []),
        ]),
        ("Examinations (auxiliary groups; physical examination apart)", [
            Row("Precision", interval_cell(s, "exam", "precision"), "relevant auxiliary groups revealed / (groups revealed + requests that revealed nothing); per-episode mean"),
            Row("Recall", interval_cell(s, "exam", "recall"), "relevant auxiliary groups revealed / relevant auxiliary groups"),
            Row("F1", interval_cell(s, "exam", "f1"), "per episode, then averaged (MedR-Bench / DiagGym)"),
            Row("Precision (pooled)", cell(s, "exam", "micro", "precision"), "micro: counts summed over episodes"),
            Row("Recall (pooled)", cell(s, "exam", "micro", "recall")),
            Row("F1 (pooled)", cell(s, "exam", "micro", "f1")),
            Row("Examinations per episode", cell(s, "exam", "examinations_per_episode"), "distinct requests"),
            Row("Relevant groups per episode", cell(s, "exam", "relevant_per_episode")),
        ]),
        ("Episode", [
            Row("Turns (mean)", cell(s, "turns", "mean")),
            Row("Turns (median)", cell(s, "turns", "median")),
            Row("Turns (max)", cell(s, "turns", "max")),
            Row("Reward", interval_cell(s, "reward"), "sum of the weighted components"),
            Row("Format-error rate", cell(s, "rates", "format_error"), "episodes with at least one invalid action"),
            Row("Invalid actions per episode", cell(s, "rates", "invalid_actions_per_episode")),
            Row("Truncation rate", cell(s, "rates", "truncation"), "max_turns or length budget reached"),
            Row("No-diagnosis rate", cell(s, "rates", "no_diagnosis")),
            Row("Error rate", cell(s, "rates", "error"), "the policy raised (endpoint failures)"),
        ]),
        ("Cost", [
            Row("Prompt tokens per episode", cell(s, "tokens", "prompt_mean")),
            Row("Completion tokens per episode", cell(s, "tokens", "completion_mean")),
            Row("Completion tokens (total)", cell(s, "tokens", "completion_total")),
            Row("Token counts estimated", cell(s, "tokens", "estimated_fraction"), "fraction of episodes"),
            Row("Cost per case (USD)", interval_cell(s, "cost_usd"), "a physician visit per turn plus every order, at the price table's prices"),
        ]),
        ("Process", [
            Row("Premature diagnosis", interval_cell(s, "process", "premature_diagnosis"), "committed with no examination requested; rate over diagnosed episodes"),
            Row("Turns to diagnosis (mean)", cell(s, "process", "turns_to_diagnosis", "mean")),
            Row("Turns to diagnosis (median)", cell(s, "process", "turns_to_diagnosis", "median")),
            Row("Evidence coverage", cell(s, "process", "evidence_coverage"), "relevant groups seen before the diagnosis / relevant groups"),
            Row("Requests per episode", cell(s, "process", "requests_per_episode"), "distinct requests"),
            Row("Repeated requests per episode", cell(s, "process", "repeated_requests_per_episode"), "asked again"),
            Row("Requests the record lacks per episode", cell(s, "process", "absent_requests_per_episode")),
            Row("Category orders refused per episode", cell(s, "process", "category_refusals_per_episode"), "\u201call labs\u201d and the like: the tests must be named"),
            Row("Orders past the budget per episode", cell(s, "process", "budget_refusals_per_episode")),
            Row("Single-turn episodes", cell(s, "process", "single_turn_rate"), "the collapse GRPO can fall into"),
        ]),
        ("Judge", [
            Row("Judge fallbacks", cell(s, "judge", "fallbacks"), "judge failed; the rule verifier answered"),
            Row("Fallback rate", cell(s, "judge", "fallback_rate")),
            Row("Judge parse errors", cell(s, "judge", "parse_errors")),
        ]),
    ]


@dataclass(frozen=True)
class BreakdownRow:
    name: str
    cells: tuple[Cell, ...]


BREAKDOWN_HEADERS = ("cases", "episodes", "accuracy", "exam precision", "exam recall", "exam F1", "turns", "reward")


def breakdown_rows(s: Mapping[str, Any], section: str) -> list[BreakdownRow]:
    rows = []
    data = s[section]
    for name in sorted(data, key=lambda n: (-data[n]["n_cases"], n)):
        cells = (
            cell(s, section, name, "n_cases"), cell(s, section, name, "n_episodes"),
            interval_cell(s, section, name, "accuracy"), cell(s, section, name, "exam_precision"),
            cell(s, section, name, "exam_recall"), cell(s, section, name, "exam_f1"),
            cell(s, section, name, "turns"), cell(s, section, name, "reward"),
        )
        rows.append(BreakdownRow(name, cells))
    return rows


@dataclass(frozen=True)
class Chart:
    id: str
    title: str
    caption: str
    png: str


def run_charts(s: Mapping[str, Any]) -> list[Chart]:
    run = s.get("run", {})
    return [
        Chart("accuracy-by-specialty", "Accuracy by specialty",
              "Specialty is the ICD-10 chapter of the primary diagnosis; whiskers are 95% intervals (Wilson; case bootstrap with several rollouts a case).",
              charts.accuracy_by_group(s["by_specialty"], "Diagnosis accuracy by specialty")),
        Chart("exam-prf", "Examination precision and recall",
              "Over examination groups (lab panels, imaging studies, examination sections).",
              charts.exam_prf(s["exam"])),
        Chart("turns", "Turns", "Assistant turns per episode, the diagnosis turn included.",
              charts.turns_histogram(s["turns_histogram"], run.get("max_turns"))),
        Chart("reward-components", "Reward components",
              "Mean weighted contribution of each component; they sum to the mean reward.",
              charts.reward_components(s["reward_components"], s["reward"]["mean"])),
        Chart("breakdown", "Language and source", "Accuracy and examination F1 by case language and by source.",
              charts.breakdown_pair(s["by_language"], s["by_source"])),
        Chart("process", "Process", "How the diagnoses were reached: rates (green) and counts per episode (blue).",
              charts.process_bars(s["process"])),
        Chart("examinations", "Most-ordered examinations",
              "Groups revealed and requests the record did not hold, by episodes, in the records' and the policy's own words.",
              charts.top_examinations(s["top_examinations"], s["n_episodes"])),
    ]


@cache
def _environment() -> Any:
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

    env = Environment(loader=PackageLoader("dxgym.evaluation", "templates"), autoescape=select_autoescape(["html", "j2"]),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["fmt"] = fmt
    return env


def _settings_rows(document: Mapping[str, Any], summary: Mapping[str, Any]) -> list[tuple[str, str]]:
    run = summary.get("run", {})
    versions = document.get("versions", {})
    rows = [(k.replace("_", " "), fmt(v)) for k, v in run.items()]
    rows += [("cases", fmt(summary["n_cases"])), ("episodes", fmt(summary["n_episodes"])),
             ("policy errors (not scored)", fmt(summary.get("n_errors", 0)))]
    rows += [(f"version: {k}", str(v)) for k, v in versions.items()]
    return rows


def render_run(out: Path) -> str:
    """The HTML of one run's report."""
    document, records = load_run(out)
    summary = summary_for(out)
    metas = {m["case_id"]: CaseMeta.from_dict(m) for m in document.get("cases", [])}
    ordered = sort_records(records)
    shown = [episode_view(r, metas.get(r.case_id)) for r in ordered[:MAX_TRANSCRIPTS]]
    run = summary["run"]
    headline = [
        ("Accuracy", interval_cell(summary, "accuracy")),
        ("Exam F1", interval_cell(summary, "exam", "f1")),
        ("Exam precision", interval_cell(summary, "exam", "precision")),
        ("Mean turns", cell(summary, "turns", "mean")),
        ("Cost per case (USD)", interval_cell(summary, "cost_usd")),
        ("Reward", interval_cell(summary, "reward")),
    ]
    return _environment().get_template("report.html.j2").render(
        title=f"{run.get('policy')} · {run.get('split')}",
        summary=summary,
        headline=headline,
        settings=_settings_rows(document, summary),
        sections=summary_rows(summary),
        breakdowns=[(title, breakdown_rows(summary, key)) for title, key in
                    (("By specialty", "by_specialty"), ("By language", "by_language"), ("By source", "by_source"))],
        headers=BREAKDOWN_HEADERS,
        components=[(name, cell(summary, "reward_components", name)) for name in summary["reward_components"]],
        stop_reasons=[(name, cell(summary, "stop_reasons", name)) for name in summary["stop_reasons"]],
        charts=run_charts(summary),
        episodes=shown,
        episodes_total=len(ordered),
    )


def write_report(out: Path, target: Path | None = None) -> Path:
    target = target or out / REPORT
    write_text_atomic(target, render_run(out))
    return target


# --- comparisons ------------------------------------------------------------------------------

# (label, summary path, which direction is better: +1 higher, -1 lower, 0 neither)
COMPARE_METRICS: tuple[tuple[str, tuple[str, ...], int], ...] = (
    ("Accuracy", ("accuracy", "mean"), 1),
    ("Exam precision", ("exam", "precision", "mean"), 1),
    ("Exam recall", ("exam", "recall", "mean"), 1),
    ("Exam F1", ("exam", "f1", "mean"), 1),
    ("Exam F1 (pooled)", ("exam", "micro", "f1"), 1),
    ("Examinations per episode", ("exam", "examinations_per_episode"), 0),
    ("Turns (mean)", ("turns", "mean"), 0),
    ("Reward", ("reward", "mean"), 1),
    ("Format-error rate", ("rates", "format_error"), -1),
    ("Truncation rate", ("rates", "truncation"), -1),
    ("No-diagnosis rate", ("rates", "no_diagnosis"), -1),
    ("Completion tokens per episode", ("tokens", "completion_mean"), 0),
    ("Cost per case (USD)", ("cost_usd", "mean"), -1),
    ("Premature diagnosis", ("process", "premature_diagnosis", "mean"), -1),
    ("Evidence coverage", ("process", "evidence_coverage"), 1),
    ("Repeated requests per episode", ("process", "repeated_requests_per_episode"), -1),
    ("Requests the record lacks per episode", ("process", "absent_requests_per_episode"), -1),
    ("Judge fallbacks", ("judge", "fallbacks"), -1),
)


@dataclass(frozen=True)
class CompareRow:
    label: str
    values: tuple[Cell, ...]
    deltas: tuple[tuple[str, str], ...]  # (text, css class) for runs 2..n against run 1
    p_values: tuple[str, ...] = ()  # the paired test's p for each delta ("" where none applies)


def _delta(a: Any, b: Any, better: int) -> tuple[str, str]:
    if not isinstance(a, int | float) or not isinstance(b, int | float):
        return "–", ""
    d = float(b) - float(a)
    if abs(d) < 5e-4:
        return "±0.000", "same"
    cls = "" if better == 0 else ("up" if d * better > 0 else "down")
    return f"{d:+.3f}", cls


def paired_against_first(dirs: Sequence[Path]) -> list[list[PairedResult]]:
    """For runs 2..n: the paired tests of each against run 1 on their shared episodes."""
    base = load_run(dirs[0])[1]
    return [compare_runs(base, load_run(d)[1]) for d in dirs[1:]]


def render_comparison(dirs: Sequence[Path], target: Path,
                      paired: Sequence[Sequence[PairedResult]] | None = None) -> str:
    """The HTML comparing several runs; deltas are against the first, with paired p-values."""
    summaries = [summary_for(d) for d in dirs]
    names = _run_names(dirs, summaries)
    paired = paired if paired is not None else paired_against_first(dirs)
    rows = []
    for label, path, better in COMPARE_METRICS:
        values = tuple(cell(s, *path) for s in summaries)
        raw = [lookup_key(s, key_path(*path)) for s in summaries]
        ps = tuple(next((format_p(r.p_value) for r in results if r.label == label and r.n_pairs), "")
                   for results in paired)
        rows.append(CompareRow(label, values, tuple(_delta(raw[0], r, better) for r in raw[1:]), ps))
    specialties = sorted({k for s in summaries for k in s["by_specialty"]})
    spec_rows = []
    for sp in specialties:
        vals = []
        for s in summaries:
            block = s["by_specialty"].get(sp)
            vals.append(cell(s, "by_specialty", sp, "accuracy", "mean") if block else Cell("", "–"))
        raw = [s["by_specialty"].get(sp, {}).get("accuracy", {}).get("mean") for s in summaries]
        spec_rows.append(CompareRow(sp, tuple(vals), tuple(_delta(raw[0], r, 1) for r in raw[1:])))
    chart_list = [
        Chart("compare-headline", "Headline metrics", "Bars are means; whiskers are 95% intervals (Wilson for accuracy with one rollout a case, case bootstrap otherwise).",
              charts.compare_headline(names, summaries)),
        Chart("compare-specialty", "Accuracy by specialty", "Specialty is the ICD-10 chapter of the primary diagnosis.",
              charts.compare_specialty(names, summaries)),
        Chart("compare-components", "Reward components", "Mean weighted contribution of each component.",
              charts.compare_components(names, summaries)),
        Chart("accuracy-cost", "Accuracy against cost",
              "Every run's accuracy against its mean cost per case (95% intervals); the dashed line is the Pareto "
              "front: no run is both cheaper and more accurate than a run on it.",
              charts.accuracy_cost(names, summaries)),
    ]
    links = []
    for d in dirs:
        report = d / REPORT
        links.append(os.path.relpath(report, target.parent) if report.exists() else None)
    runs = [{"name": n, "dir": str(d), "link": link, "summary": s, "n": s["n_episodes"]}
            for n, d, link, s in zip(names, dirs, links, summaries, strict=True)]
    return _environment().get_template("compare.html.j2").render(
        title=" vs ".join(names), runs=runs, rows=rows, spec_rows=spec_rows, charts=chart_list,
    )


def _run_names(dirs: Sequence[Path], summaries: Sequence[Mapping[str, Any]]) -> list[str]:
    """Short names: the policy, unless two runs share it (then the directory name)."""
    policies = [str(s.get("run", {}).get("policy", d.name)) for d, s in zip(dirs, summaries, strict=True)]
    if len(set(policies)) == len(policies):
        return policies
    return [d.name or str(d) for d in dirs]


def write_comparison(dirs: Sequence[Path], target: Path,
                     paired: Sequence[Sequence[PairedResult]] | None = None) -> Path:
    write_text_atomic(target, render_comparison(dirs, target, paired))
    return target

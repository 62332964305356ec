"""`dxgym demo`: the scripted baselines over the embedded default's test split, a report each and
a comparison — the first thing to run after installing.

Why these four: together they bracket what the environment measures. `oracle` is the ceiling
(every relevant examination by its record name, the reference diagnosis); `oracle-paraphrase`
asks in clinicians' words, so its gap to the oracle is what the lookup agent and the verifier
lose; `request-all` orders a fixed catalogue (recall without judgement, so low precision);
`random` is the floor. Each run lives in its own directory under `out`, replaced on every demo
(only the run files dxgym writes are removed), so a demo never resumes stale episodes.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from dxgym.emr_fixtures.cli_common import console, esc
from dxgym.envs.policy_spec import SCRIPTED
from dxgym.evaluation.runner import EvalSettings, run_eval, select_cases

COMPARISON = "comparison.html"


def run_demo(out: Path, db: str | None = None, *, policies: tuple[str, ...] = SCRIPTED,
             show: bool = True) -> dict[str, dict[str, Any]]:
    """Run each policy over the test split (every language); returns summaries by policy."""
    from dxgym.evaluation.report import write_comparison

    summaries: dict[str, dict[str, Any]] = {}
    dirs: list[Path] = []
    cases = None
    for policy in policies:
        settings = EvalSettings(policy=policy, split="test")
        cases = cases or select_cases(settings, db)
        run_dir = out / policy
        result = asyncio.run(run_eval(settings, cases, run_dir, fresh=True, progress=show))
        summaries[policy] = result.summary
        dirs.append(run_dir)
    comparison = write_comparison(dirs, out / COMPARISON)
    if show:
        _print_table(summaries, dirs, comparison)
    return summaries


def _print_table(summaries: dict[str, dict[str, Any]], dirs: list[Path], comparison: Path) -> None:
    from rich import box
    from rich.table import Table

    table = Table(title="dxgym demo · scripted baselines on the test split", title_justify="left",
                  box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=True)
    for col in ("policy", "acc", "95% CI", "exam P", "R", "F1", "turns", "reward"):
        table.add_column(col, justify="left" if col == "policy" else "right", no_wrap=True)
    for policy, s in summaries.items():
        acc = s["accuracy"]
        table.add_row(
            policy, f"{acc['mean']:.3f}", f"{acc['ci_low']:.2f}–{acc['ci_high']:.2f}",
            f"{s['exam']['precision']['mean']:.3f}", f"{s['exam']['recall']['mean']:.3f}",
            f"{s['exam']['f1']['mean']:.3f}", f"{s['turns']['mean']:.2f}", f"{s['reward']['mean']:+.3f}",
        )
    console.print(table)
    n = next(iter(summaries.values()))["n_cases"] if summaries else 0
    console.print(f"{n} test cases (all languages) per policy. Reports:", highlight=False)
    for run_dir in dirs:
        console.print(f"  {esc(run_dir / 'report.html')}", highlight=False, soft_wrap=True)
    console.print(f"  {esc(comparison)}  (side by side)", highlight=False, soft_wrap=True)

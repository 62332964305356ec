"""`dxgym eval`, `dxgym report`, `dxgym mcq build|eval`, `dxgym demo`: thin shells over
`evaluation.runner`, `evaluation.report`, `evaluation.mcq` and `evaluation.demo`.

User errors (a bad policy spec, an unknown split, an empty selection, a run directory that holds
another run) are one line on stderr and a non-zero exit; heavy imports happen inside commands.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Annotated

import typer

from dxgym.emr_fixtures.cli_common import (
    DbOption,
    JsonOption,
    console,
    err_console,
    esc,
    fail,
    print_json,
    text,
)
from dxgym.emr_fixtures.errors import DxgymError

mcq_app = typer.Typer(name="mcq", help="MedReMCQ-style multiple-choice benchmark: build and score.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    """Add `eval`, `report`, `demo` and the `mcq` group to the root app."""
    app.command("eval")(eval_command)
    app.command("report")(report_command)
    app.command("demo")(demo_command)
    app.add_typer(mcq_app)


def eval_command(
    policy: Annotated[str, typer.Option("--policy", "-p", help="oracle, oracle-paraphrase, request-all, random, openai:MODEL@URL, hf:PATH.", show_default=False)],
    out: Annotated[Path, typer.Option("--out", "-o", help="Run directory (config.json, episodes.jsonl, summary.json, report.html).", show_default=False)],
    split: Annotated[str, typer.Option("--split", "-s", help="train, val or test.")] = "test",
    n: Annotated[int | None, typer.Option("-n", help="Evaluate a seeded sample of N cases.", show_default=False, min=1)] = None,
    rollouts: Annotated[int, typer.Option("--rollouts", "-k", help="Rollouts a case (pass@k).", min=1)] = 1,
    concurrency: Annotated[int, typer.Option("--concurrency", "-c", help="Episodes in flight at once.", min=1)] = 8,
    verifier: Annotated[str, typer.Option("--verifier", help="rule or vrm.")] = "rule",
    judge: Annotated[str | None, typer.Option("--judge", help="The VRM judge: openai:MODEL@URL.", show_default=False)] = None,
    reveal_physical_exam: Annotated[bool, typer.Option("--reveal-physical-exam", help="Physical examination in the summary (MedR-Bench's setting).")] = False,
    lang: Annotated[str | None, typer.Option("--lang", help="Only cases in this language: en or zh.", show_default=False)] = None,
    tools: Annotated[bool, typer.Option("--tools", help="Offer tool calls instead of tags.")] = False,
    knowledge: Annotated[bool, typer.Option("--knowledge", help="Give the policy the shipped knowledge base to search.")] = False,
    max_turns: Annotated[int | None, typer.Option("--max-turns", help="Assistant turns before truncation.", show_default=False, min=1)] = None,
    budget: Annotated[float | None, typer.Option("--budget", min=0, help="US dollars a case for visits and orders; an order past it is refused (a wasted request).", show_default=False)] = None,
    price_table: Annotated[Path | None, typer.Option("--price-table", help="A price TSV replacing the shipped table (envs/data/prices.tsv).", show_default=False)] = None,
    cost_weight: Annotated[float, typer.Option("--cost-weight", min=0, help="Reward lost per $1,000 spent (0: cost is reported, not rewarded; replaces --test-cost).")] = 0.0,
    seed: Annotated[int, typer.Option("--seed", help="Seeds case sampling and scripted policies.")] = 0,
    resume: Annotated[bool, typer.Option("--resume", help="Continue the run in --out, skipping finished episodes (episodes that ended in a policy error are run again).")] = False,
    max_error_rate: Annotated[float, typer.Option("--max-error-rate", min=0.0, max=1.0, help="Exit non-zero when more than this fraction of episodes ended in a policy error (they are never scored).")] = 0.1,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Run a policy over a split and write a run directory with a report.

    A model endpoint is checked before the first episode (a dead one is one line, exit 2, nothing
    written); endpoint errors during the run are recorded as `error` episodes, left out of every
    figure, and fail the command above --max-error-rate."""
    from dxgym.agents.policies.spec import redact
    from dxgym.envs.consultation import ConsultationConfig
    from dxgym.envs.pricing import load_price_table
    from dxgym.envs.rewards import RewardConfig
    from dxgym.evaluation.runner import EvalSettings, run_eval, select_cases

    try:
        if price_table is not None:
            load_price_table(str(price_table))  # a bad table: one line before anything is written
        consultation = ConsultationConfig(reveal_physical_exam=reveal_physical_exam, budget_usd=budget,
                                          price_table=str(price_table.resolve()) if price_table else None,
                                          cost_notice=cost_weight > 0,
                                          **({"max_turns": max_turns} if max_turns else {}))
        settings = EvalSettings(
            policy=policy, split=split, language=lang, n=n, rollouts=rollouts, verifier=verifier, judge=judge,
            tools=tools, knowledge=knowledge, seed=seed, consultation=consultation,
            reward=RewardConfig(cost_weight=cost_weight),
        )
        cases = select_cases(settings, db)
        result = asyncio.run(run_eval(settings, cases, out, concurrency=concurrency, resume=resume))
    except DxgymError as exc:
        raise fail(str(exc), 2) from None
    s = result.summary
    failed = s.get("n_errors", 0)
    if failed:  # a failed policy call is recorded as data, but must never pass for a wrong answer
        err_console.print(
            f"[yellow]warning:[/yellow] {failed} of {s['n_episodes']} episodes ended in a policy error "
            f"(stop_reason 'error' in {esc(out / 'episodes.jsonl')}); they are not scored — --resume retries them",
            highlight=False, soft_wrap=True,
        )
    if as_json:
        print_json(s)
    else:
        acc = s["accuracy"]
        accuracy = (f"accuracy {acc['mean']:.3f} [{acc['ci_low']:.3f}, {acc['ci_high']:.3f}]"
                    if s.get("n_scored", s["n_episodes"]) else "accuracy – (no scored episode)")
        console.print(
            f"{esc(redact(settings.policy))}: {accuracy} · "
            f"exam P/R/F1 {s['exam']['precision']['mean']:.3f}/{s['exam']['recall']['mean']:.3f}/{s['exam']['f1']['mean']:.3f} · "
            f"turns {s['turns']['mean']:.2f} · cost ${s['cost_usd']['mean']:,.0f} a case · "
            f"{s['n_episodes']} episodes ({result.skipped} resumed)",
            highlight=False, soft_wrap=True,
        )
        console.print(f"report: {esc(out / 'report.html')}", highlight=False, soft_wrap=True)
    if s["n_episodes"] and failed / s["n_episodes"] > max_error_rate:
        raise fail(f"{failed} of {s['n_episodes']} episodes ({failed / s['n_episodes']:.0%}) ended in a policy error, "
                   f"more than --max-error-rate {max_error_rate:g}; the run is not a measurement of the model", 1)


def report_command(
    runs: Annotated[list[Path], typer.Argument(help="One run directory (rebuild its report) or several (compare them).", show_default=False)],
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Where to write the HTML (default: DIR/report.html, or ./comparison.html).", show_default=False)] = None,
    as_json: JsonOption = False,
) -> None:
    """Rebuild a run's report.html, or compare runs side by side: deltas against the first, each with
    a paired p-value (McNemar for accuracy, paired bootstrap otherwise), and accuracy against cost."""
    from dxgym.emr_fixtures.safe_write import check_output_file
    from dxgym.evaluation.paired import format_p
    from dxgym.evaluation.report import paired_against_first, write_comparison, write_report
    from dxgym.evaluation.rundir import CONFIG, EPISODES, SUMMARY, read_episodes
    from dxgym.evaluation.runner import finish_run

    try:
        for run in runs:
            if not run.is_dir():
                raise DxgymError(f"{run} is not a run directory")
            if not (run / CONFIG).exists():
                raise DxgymError(f"{run} is not a run directory: no {CONFIG}")
            if next(read_episodes(run / EPISODES), None) is None:  # says so, instead of accuracy 0.0 from nothing
                raise DxgymError(f"{run} holds no episodes ({EPISODES} is missing or empty): there is nothing to report")
        if out is not None:
            check_output_file(out, what="the report", inputs=[(run / name, f"a file of run {run}")
                                                               for run in runs for name in (CONFIG, EPISODES, SUMMARY)])
        if len(runs) == 1:
            finish_run(runs[0], write_report=False)  # summary.json from the log as it stands
            target = write_report(runs[0], out)
            paired = []
        else:
            paired = paired_against_first(runs)
            target = write_comparison(runs, out or Path("comparison.html"), paired)
    except DxgymError as exc:
        raise fail(str(exc), 2) from None
    if as_json:
        print_json({"report": str(target), "paired": [
            {"a": str(runs[0]), "b": str(run), "tests": [
                {"metric": r.label, "test": r.test, "n_pairs": r.n_pairs, "delta": round(r.delta, 6),
                 "ci_low": None if r.ci_low is None else round(r.ci_low, 6),
                 "ci_high": None if r.ci_high is None else round(r.ci_high, 6), "p_value": round(r.p_value, 6)}
                for r in results]} for run, results in zip(runs[1:], paired, strict=True)]})
        return
    for run, results in zip(runs[1:], paired, strict=True):
        console.print(f"{esc(run)} against {esc(runs[0])} ({results[0].n_pairs} paired episodes):", highlight=False,
                      soft_wrap=True)
        for r in results:
            console.print(f"  {esc(r.label):<22} Δ {r.delta:+10.3f}   p = {format_p(r.p_value):>6}   ({esc(r.test)})",
                          highlight=False, soft_wrap=True)
    console.print(f"report: {esc(target)}", highlight=False, soft_wrap=True)


def demo_command(
    out: Annotated[Path, typer.Option("--out", "-o", help="Directory for the runs and reports.")] = Path("runs/demo"),
    db: DbOption = None,
) -> None:
    """Run the scripted baselines over the test split and write a report per policy and a comparison."""
    from dxgym.evaluation.demo import run_demo

    try:
        run_demo(out, db)
    except DxgymError as exc:
        raise fail(str(exc), 2) from None


@mcq_app.command("build")
def mcq_build(
    out: Annotated[Path, typer.Option("--out", "-o", help="JSONL file of questions.", show_default=False)],
    split: Annotated[str, typer.Option("--split", "-s", help="train, val or test.")] = "test",
    seed: Annotated[int, typer.Option("--seed", help="Seeds option choice and order.")] = 0,
    lang: Annotated[str | None, typer.Option("--lang", help="Only cases in this language.", show_default=False)] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Turn a split's cases into examination-selection and preliminary-diagnosis questions (A–F)."""
    from dxgym.emr_fixtures.safe_write import check_output_file, is_stdout
    from dxgym.evaluation.mcq import build_questions, write_questions

    try:
        if as_json and is_stdout(out):
            raise DxgymError("--json prints to stdout, where `--out -` writes the questions; drop one of them")
        check_output_file(out, what="the question file", allow_stdout=True)  # before any work
        questions = build_questions(db, split=split, seed=seed, language=lang)
        write_questions(out, questions)
    except DxgymError as exc:
        raise fail(str(exc), 2) from None
    counts: dict[str, int] = {}
    for q in questions:
        counts[q.task] = counts.get(q.task, 0) + 1
    if as_json:
        print_json({"out": str(out), "questions": len(questions), "by_task": counts})
    else:
        parts = ", ".join(f"{v} {k}" for k, v in sorted(counts.items()))
        (err_console if is_stdout(out) else console).print(
            f"{len(questions)} questions ({parts}) -> {esc(out)}", highlight=False, soft_wrap=True)


@mcq_app.command("eval")
def mcq_eval(
    file: Annotated[Path, typer.Argument(help="Questions from `dxgym mcq build`.", show_default=False)],
    policy: Annotated[str, typer.Option("--policy", "-p", help="oracle, random, openai:MODEL@URL, hf:PATH.", show_default=False)],
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Directory for answers.jsonl and summary.json.", show_default=False)] = None,
    seed: Annotated[int, typer.Option("--seed", help="Seeds the random policy.")] = 0,
    concurrency: Annotated[int, typer.Option("--concurrency", "-c", help="Questions in flight at once.", min=1)] = 8,
    as_json: JsonOption = False,
) -> None:
    """Answer every question with a policy and score by micro-F1 over selected options."""
    from dxgym.agents.policies.spec import redact
    from dxgym.evaluation.mcq import evaluate_file

    try:
        summary = asyncio.run(evaluate_file(file, policy, out=out, seed=seed, concurrency=concurrency))
    except DxgymError as exc:
        raise fail(str(exc), 2) from None
    if as_json:
        print_json(summary)
        return
    from rich.table import Table

    table = Table(title=text(f"MCQ · {redact(policy)}"), title_justify="left")
    for col in ("task", "questions", "micro-F1", "precision", "recall", "exact match", "unparsed"):
        table.add_column(col, justify="left" if col == "task" else "right")
    for task, block in [("all", summary["overall"]), *summary["by_task"].items()]:
        table.add_row(task, str(block["n"]), f"{block['micro_f1']:.3f}", f"{block['precision']:.3f}",
                      f"{block['recall']:.3f}", f"{block['exact_match']:.3f}", str(block["unparsed"]))
    console.print(table)
    if out is not None:
        console.print(f"answers: {esc(out / 'answers.jsonl')}", highlight=False, soft_wrap=True)

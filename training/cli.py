"""The `dxgym train` command group: export, select, check-config, config-dir.

Commands import verl, pyarrow and the training modules inside their bodies, so `dxgym --help`
stays fast and works without the `train` extra.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Annotated

import typer

from dxgym.emr_fixtures.cli_common import DbOption, JsonOption, console, err_console, esc, fail, print_json

train_app = typer.Typer(
    name="train",
    no_args_is_help=True,
    help="GRPO training on verl: export verl's parquet, select cases by pass rate, check the trainer config.",
)


@train_app.command("export")
def export(
    out: Annotated[Path, typer.Option("--out", help="Parquet file to write.")],
    split: Annotated[str, typer.Option("--split", help="train, val or test (ignored with --case-ids: ids decide).")] = "train",
    db: DbOption = None,
    case_ids: Annotated[
        Path | None, typer.Option("--case-ids", help="Only these ids, in this order (e.g. `train select`'s kept.txt).")
    ] = None,
    reveal_physical_exam: Annotated[
        bool, typer.Option("--reveal-physical-exam", help="Physical examination in the summary (MedR-Bench setting).")
    ] = False,
    language: Annotated[str | None, typer.Option("--lang", "--language", help="Only cases in this language (en, zh).")] = None,
    include_revealing: Annotated[bool, typer.Option(
        "--include-revealing", help="Keep cases whose results name their diagnosis (left out by default).")] = False,
    order: Annotated[str, typer.Option(
        "--order", help="Row order: 'given' (case-id order, or --case-ids' order) or 'hardest-first' (by the pass "
        "counts `train select` wrote; needs --case-ids, and prints data.shuffle=false for the launch).")] = "given",
    as_json: JsonOption = False,
) -> None:
    """Write verl's RLHF parquet: one row per case (prompt, reference, case id); workers load the cases.

    Cases with a result that names their diagnosis (`reveals_diagnosis`) are left out unless
    --include-revealing.
    """
    from dxgym.emr_fixtures.models import SPLITS
    from dxgym.emr_fixtures.safe_write import check_output_file
    from dxgym.training.data import export_parquet
    from dxgym.training.selection import ORDERS, hardest_first, read_ids

    if case_ids is None and split not in SPLITS:
        raise fail(f"unknown split {split!r} (use {', '.join(SPLITS)})", 2)
    if order not in ORDERS:
        raise fail(f"unknown --order {order!r} (use {', '.join(ORDERS)})", 2)
    if order == "hardest-first" and case_ids is None:
        raise fail("--order hardest-first needs --case-ids from `dxgym train select` (its pass counts order the "
                   "cases); a whole split has no difficulty to order by", 2)
    inputs = [(case_ids, "the --case-ids file")] if case_ids is not None else []
    check_output_file(out, what="the parquet file", inputs=inputs)  # a directory, FIFO or input: refused first
    try:
        ids = read_ids(case_ids) if case_ids is not None else None
        if order == "hardest-first" and case_ids is not None and ids is not None:
            ids = hardest_first(ids, case_ids)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise fail(f"cannot read --case-ids {case_ids}: {getattr(exc, 'strerror', None) or exc}") from None
    if ids is not None and not ids:
        raise fail(f"--case-ids {case_ids} lists no case id; {out} was not written")
    # no cases (an unknown --lang, say) is an error raised before anything is written
    left_out: list[str] = []
    n = export_parquet(out, split=None if ids is not None else split, db=db, case_ids=ids,
                       reveal_physical_exam=reveal_physical_exam, language=language,
                       include_revealing=include_revealing, left_out=left_out)
    # verl shuffles by default (data.shuffle: true in the shipped settings); an ordered export is a
    # curriculum only if the launch keeps the order
    overrides = ["data.shuffle=false"] if order == "hardest-first" else []
    if as_json:
        print_json({"rows": n, "out": str(out), "left_out_revealing": len(left_out), "order": order,
                    "launch_overrides": overrides})
    else:
        note = f" ({len(left_out)} case(s) whose results name the diagnosis left out)" if left_out else ""
        console.print(f"wrote {n} rows to {esc(out)}{note}", highlight=False)
        if overrides:
            console.print(f"launch overrides: {' '.join(overrides)} (keeps the hardest-first order)", highlight=False)


@train_app.command("select")
def select(
    policy: Annotated[str, typer.Option("--policy", help="Policy spec: openai:MODEL@URL, hf:PATH, or a scripted one.")],
    samples: Annotated[int, typer.Option("--samples", min=2, help="Answers per case (N).")],
    out: Annotated[Path, typer.Option("--out", help="Kept case ids, hardest first, one a line (+ OUT.json).")],
    split: Annotated[str, typer.Option("--split")] = "train",
    db: DbOption = None,
    verifier: Annotated[str, typer.Option("--verifier", help="rule or vrm.")] = "rule",
    judge: Annotated[str | None, typer.Option("--judge", help="The VRM's endpoint: openai:MODEL@URL.")] = None,
    concurrency: Annotated[int, typer.Option("--concurrency", min=1, help="Episodes in flight.")] = 8,
    max_turns: Annotated[int, typer.Option("--max-turns", min=1)] = 8,
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="Only the first N cases (a trial run).")] = None,
    as_json: JsonOption = False,
) -> None:
    """The report's RL data selection: N answers per case, drop always/never solved, order hardest first."""
    from dxgym.agents.verifiers import make_verifier
    from dxgym.emr_fixtures.models import SPLITS
    from dxgym.emr_fixtures.store import load_cases
    from dxgym.envs.consultation import ConsultationConfig
    from dxgym.training.selection import pass_counts, select_cases, write_selection

    if split not in SPLITS:
        raise fail(f"unknown split {split!r} (use {', '.join(SPLITS)})", 2)
    cases = load_cases(db, split=split)[:limit]
    if not cases:
        raise fail(f"no cases in split {split!r}")
    counts = asyncio.run(
        pass_counts(cases, policy, samples, verifier=make_verifier(verifier, judge),
                    config=ConsultationConfig(max_turns=max_turns), concurrency=concurrency)
    )
    selection = select_cases(counts)
    stats = write_selection(selection, out)
    summary = {"cases": len(counts), "kept": len(selection.kept), "dropped_always_solved": len(selection.always_solved),
               "dropped_never_solved": len(selection.never_solved), "out": str(out), "stats": str(stats)}
    if as_json:
        print_json(summary)
    else:
        console.print(
            f"kept {summary['kept']} of {summary['cases']} cases (always solved {summary['dropped_always_solved']}, "
            f"never solved {summary['dropped_never_solved']}) -> {esc(out)}, counts in {esc(stats)}", highlight=False,
        )


@train_app.command(
    "check-config", context_settings={"allow_extra_args": True, "ignore_unknown_options": True},
)
def check_config_cmd(
    ctx: typer.Context,
    multi_node: Annotated[bool, typer.Option("--multi-node", help="Check the multi-node config (grpo_multi_node).")] = False,
    smoke: Annotated[bool, typer.Option("--smoke", help="Check the GPU smoke config (grpo_smoke).")] = False,
    config_name: Annotated[str | None, typer.Option("--config-name", help="Another config in training/config.")] = None,
    as_json: JsonOption = False,
) -> None:
    """Compose verl's trainer config with dxgym's (and OVERRIDES...) on this machine; fail naming any bad key."""
    from dxgym.training.check_config import check_config

    if multi_node and smoke:
        raise fail("choose one of --multi-node and --smoke")
    setting = "multi" if multi_node else "smoke" if smoke else "single"
    report = check_config(list(ctx.args), setting=setting, config_name=config_name)
    if as_json:
        print_json({"ok": report.ok, "config": report.config_name, "errors": report.errors, "summary": report.summary})
    elif report.ok:
        console.print(f"[green]ok[/green] {esc(report.config_name)}: " + esc(json.dumps(report.summary)), highlight=False)
    else:
        for error in report.errors:
            err_console.print(f"[red]error:[/red] {esc(error)}", highlight=False, soft_wrap=True)
    if not report.ok:
        raise typer.Exit(1)


@train_app.command("watch")
def watch_cmd(
    run_dir: Annotated[Path, typer.Argument(help="The run directory holding episodes.jsonl (or the JSONL file itself).")],
    window: Annotated[int, typer.Option("--window", min=4, help="Steps the trends are fitted over.")] = 10,
    follow: Annotated[bool, typer.Option("--follow", "-f", help="Keep reading as the file grows (Ctrl-C to stop).")] = False,
    poll: Annotated[float, typer.Option("--poll", min=0.1, help="Seconds between reads with --follow.")] = 5.0,
    stop_after: Annotated[float | None, typer.Option("--stop-after", min=0, help="Stop following after this many seconds.")] = None,
    plot_to: Annotated[Path | None, typer.Option("--plot", help="Where to draw the trends (default RUN_DIR/collapse_watch.png).")] = None,
    as_json: JsonOption = False,
) -> None:
    """Warn when requests per episode fall while assistant tokens per turn rise (the multi-turn GRPO collapse)."""
    from dxgym.training.watch import SIGNALS, watch

    path = run_dir / "episodes.jsonl" if run_dir.is_dir() else run_dir
    if not path.exists() and not follow:
        raise fail(f"no episodes to watch: {path} does not exist (DXGYM_EPISODES_PATH of the run)", 2)
    target = plot_to or (path.parent / "collapse_watch.png")

    def warn(alarm) -> None:  # type: ignore[no-untyped-def]
        err_console.print(f"[yellow]warning:[/yellow] {alarm.message()}", highlight=False, soft_wrap=True)

    try:
        series, alarm = watch(path, window=window, follow=follow, poll_s=poll, stop_after_s=stop_after,
                              plot_to=target, on_alarm=warn)
    except KeyboardInterrupt:
        raise typer.Exit(0) from None
    if as_json:
        print_json({"steps": len(series.steps), "episodes": sum(series.episodes), "plot": str(target),
                    "alarm": None if alarm is None else alarm.message(),
                    "last": {k: round(series.values[k][-1], 4) for k in SIGNALS} if series.steps else {}})
    else:
        state = "COLLAPSE WARNING" if alarm else "no collapse signal"
        console.print(f"{len(series.steps)} steps, {sum(series.episodes)} episodes: {state}; trends: {target}",
                      highlight=False, soft_wrap=True)


@train_app.command("config-dir")
def config_dir() -> None:
    """Print the directory of dxgym's verl configs (for `--config-path` in launch scripts)."""
    from dxgym.training.verl_config import CONFIG_DIR

    typer.echo(str(CONFIG_DIR))


def register(app: typer.Typer) -> None:
    """Add this package's commands and command groups to the root `dxgym` app."""
    app.add_typer(train_app, name="train")

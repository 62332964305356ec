"""`dxgym play` and `dxgym replay`: clinicians work a case at the terminal, and read recorded episodes.

Thin shells: `play` builds the same lookup agent, verifier and consultation config every other
shell uses and hands them to `envs.play.play_case` (which runs `envs.episode.run_episode`);
`replay` reads `EpisodeRecord` lines and hands one to `envs.replay`. Heavy imports happen inside
the commands so `dxgym --help` stays fast.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from dxgym.emr_fixtures.cli_common import DbOption, fail

_SPLITS = ("train", "val", "test")
_LANGS = ("en", "zh")


def play(
    case_id: Annotated[str | None, typer.Argument(help="Case to play (default: a random case, seeded).",
                                                   show_default=False)] = None,
    split: Annotated[str | None, typer.Option("--split", help="Draw the random case from this split: "
                                              "train, val or test.", show_default=False)] = None,
    lang: Annotated[str | None, typer.Option("--lang", help="Draw the random case in this language: en or zh.",
                                             show_default=False)] = None,
    reveal_physical_exam: Annotated[bool, typer.Option("--reveal-physical-exam", help="Show the physical "
                                                       "examination in the summary (MedR-Bench's setting).")] = False,
    out: Annotated[Path | None, typer.Option("--out", help="Append the episode record to this JSONL file "
                                             "(default: $XDG_DATA_HOME/dxgym/play/episodes.jsonl).",
                                             show_default=False)] = None,
    seed: Annotated[int | None, typer.Option("--seed", help="Seed for the random case (and the record's seed).",
                                             show_default=False)] = None,
    max_turns: Annotated[int | None, typer.Option("--max-turns", min=1, help="Turns before the case is closed "
                                                  "(default: the consultation's).", show_default=False)] = None,
    budget: Annotated[float | None, typer.Option("--budget", min=0, help="US dollars for visits and orders; an "
                                                 "order past it is refused.", show_default=False)] = None,
    price_table: Annotated[Path | None, typer.Option("--price-table", help="A price TSV replacing the shipped "
                                                     "table (envs/data/prices.tsv).", show_default=False)] = None,
    db: DbOption = None,
) -> None:
    """Work a case as a clinician: ask for examinations in plain words, then commit with [bold]dx[/bold].

    On a terminal the consultation is interactive (type [bold]help[/bold]); piped, it reads one command per
    line and prints plain text. The play-through is recorded as an ordinary episode (policy "clinician").
    """
    from dxgym.agents.lookup import ExamLookup
    from dxgym.agents.verifiers import RuleVerifier
    from dxgym.emr_fixtures.safe_write import check_append_target
    from dxgym.emr_fixtures.store import get_case, load_cases
    from dxgym.envs.consultation import ConsultationConfig
    from dxgym.envs.play import LazyKnowledge, default_out_path, pick_case, play_case, random_seed
    from dxgym.envs.play_ui import PlainTerminal, RichTerminal

    if split is not None and split not in _SPLITS:
        raise fail(f"--split must be one of {', '.join(_SPLITS)}, not {split!r}", 2)
    if lang is not None and lang not in _LANGS:
        raise fail(f"--lang must be en or zh, not {lang!r}", 2)
    if sys.stdin is None:  # started with stdin closed (`<&-`): nobody can play, and nothing is written
        raise fail("stdin is closed: play reads the clinician's commands from it", 2)
    # the record file is checked before the case starts, so a play-through is never lost at the end
    out = check_append_target(out or default_out_path(), what="the episode record file (--out)")
    if case_id is not None:
        case = get_case(db, case_id)  # CaseNotFound -> one line, suggesting the closest id
        seed = 0 if seed is None else seed
    else:
        cases = load_cases(db, split=split, language=lang)
        if not cases:
            raise fail(f"no cases match split={split or 'any'} language={lang or 'any'}", 2)
        seed = random_seed() if seed is None else seed
        case = pick_case(cases, seed)
    from dxgym.envs.pricing import load_price_table

    if price_table is not None:
        load_price_table(str(price_table))  # a bad table: one line before the case starts
    config = ConsultationConfig(reveal_physical_exam=reveal_physical_exam, budget_usd=budget,
                                price_table=str(price_table) if price_table else None,
                                **({"max_turns": max_turns} if max_turns else {}))
    terminal = RichTerminal() if sys.stdin.isatty() else PlainTerminal()
    result = play_case(case, terminal, lookup=ExamLookup(), verifier=RuleVerifier(), config=config, seed=seed,
                       out=out, knowledge=LazyKnowledge())
    if result.write_error:
        raise typer.Exit(1)


def replay(
    episodes: Annotated[Path, typer.Argument(help="An episodes JSONL file (from play, evaluation or training).",
                                             show_default=False)],
    episode: Annotated[str | None, typer.Option("--episode", help="Which episode: its position in the file "
                                                "(1 = first) or its episode_id.", show_default=False)] = None,
    case: Annotated[str | None, typer.Option("--case", help="The first episode of this case.",
                                             show_default=False)] = None,
    show_thinking: Annotated[bool, typer.Option("--show-thinking", help="Show <think> reasoning in full.")] = False,
    plain: Annotated[bool, typer.Option("--plain", help="Print the whole episode as plain text, no paging "
                                        "(observations exactly as the environment produced them).")] = False,
) -> None:
    """Step through a recorded episode: each turn's text, parsed action, observation and matched tiers,
    then the reward breakdown. On a terminal press Enter for each turn."""
    from dxgym.envs.replay import ReplayError, print_plain, print_rich, select_episode

    if episode is not None and case is not None:
        raise fail("give --episode or --case, not both", 2)
    try:
        record, note = select_episode(episodes, episode=episode, case_id=case)
    except ReplayError as exc:
        raise fail(str(exc), 2) from None
    if note:
        from dxgym.emr_fixtures.safe_text import show_controls

        sys.stderr.write(show_controls(note) + "\n")
    if plain or not (sys.stdin.isatty() and sys.stdout.isatty()):
        print_plain(record, sys.stdout, show_thinking=show_thinking)
    else:
        print_rich(record, show_thinking=show_thinking)


def register(app: typer.Typer) -> None:
    """Add `play` and `replay` to the root `dxgym` app."""
    app.command("play")(play)
    app.command("replay")(replay)

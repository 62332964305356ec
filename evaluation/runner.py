"""The evaluation runner: any policy over a split, bounded concurrency, resumable.

Why it is thin: the episode (`envs.episode.run_episode`) and its reward (`envs.rewards`) are the
one core; the runner only chooses cases, builds policies, bounds concurrency with a semaphore,
appends each finished record to `episodes.jsonl` (see `evaluation.rundir` for the crash story),
and summarises. The summary is recomputed from the whole log at the end, sorted by
(case id, rollout index), so a resumed run ends with the same `summary.json` as an
uninterrupted one.

`config.json` holds everything that shapes the records (policy, split, verifier, consultation and
reward configs, seed, the selected cases with their metadata, code versions). A directory that
holds another configuration is refused; one that holds this configuration is continued only
with `resume=True`.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dxgym.agents.policies.spec import redact
from dxgym.agents.types import KnowledgeSearch, LookupAgent, Policy, Verifier
from dxgym.emr_fixtures.errors import DxgymError
from dxgym.emr_fixtures.models import SPLITS, CaseRecord
from dxgym.emr_fixtures.safe_write import check_output_dir
from dxgym.envs.episode import run_episode
from dxgym.envs.policy_spec import SCRIPTED, make_policy
from dxgym.envs.records import EpisodeRecord, prompts_version
from dxgym.evaluation.metrics import CaseMeta
from dxgym.evaluation.progress import EvalProgress
from dxgym.evaluation.rundir import (
    CONFIG,
    EPISODES,
    REPORT,
    RUN_FILES,
    SUMMARY,
    EpisodeWriter,
    RunDirError,
    read_episodes,
    read_json,
    write_json_atomic,
)
from dxgym.evaluation.runs import EvalSettings, load_run, summary_for  # noqa: F401  (re-exported)

CONFIG_SCHEMA = "dxgym.eval.config/1"


def case_meta(case: CaseRecord) -> CaseMeta:
    return CaseMeta(case.case_id, case.language, case.specialty, case.source, case.primary_diagnosis.name,
                    revealing=any(e.reveals_diagnosis for e in case.examinations))


def select_cases(settings: EvalSettings, db: str | None) -> list[CaseRecord]:
    """The split's cases (follow-up visits skipped), optionally one language, optionally a seeded
    sample of n, in natural case-id order."""
    from dxgym.emr_fixtures.store import load_cases

    if settings.split not in SPLITS:
        raise DxgymError(f"unknown split {settings.split!r}; expected one of {', '.join(SPLITS)}")
    if settings.language not in (None, "en", "zh"):
        raise DxgymError(f"unknown language {settings.language!r}; expected en or zh")
    cases = load_cases(db, split=settings.split, language=settings.language)
    if not cases:
        lang = f" in language {settings.language!r}" if settings.language else ""
        raise DxgymError(f"no cases in split {settings.split!r}{lang} (is the database empty?)")
    if settings.n is not None and settings.n < len(cases):
        chosen = set(random.Random(f"select:{settings.seed}").sample([c.case_id for c in cases], settings.n))
        cases = [c for c in cases if c.case_id in chosen]
    return cases


def config_document(settings: EvalSettings, cases: Sequence[CaseRecord]) -> dict[str, Any]:
    """config.json: settings (keys masked), versions, and the selected cases' metadata."""
    data = settings.model_dump(mode="json")
    data["policy"] = redact(settings.policy)
    if settings.judge:
        data["judge"] = redact(settings.judge)
    return {
        "schema": CONFIG_SCHEMA,
        "settings": data,
        "versions": {"dxgym": _dxgym_version(), "prompts": prompts_version()},
        "cases": [_meta_dict(case_meta(c)) for c in cases],
    }


def _dxgym_version() -> str:
    from importlib import metadata

    try:
        return metadata.version("dxgym")
    except metadata.PackageNotFoundError:
        return "unknown"


def _meta_dict(meta: CaseMeta) -> dict[str, str | bool]:
    return {k: getattr(meta, k) for k in ("case_id", "language", "specialty", "source", "diagnosis", "revealing")}


def _differences(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    keys: list[str] = []
    for section in ("schema", "settings", "versions", "cases"):
        a, b = old.get(section), new.get(section)
        if isinstance(a, dict) and isinstance(b, dict):
            keys += [f"{section}.{k}" for k in sorted(set(a) | set(b)) if a.get(k) != b.get(k)]
        elif a != b:
            keys.append(section)
    return keys


def prepare_run_dir(out: Path, document: dict[str, Any], *, resume: bool, fresh: bool = False) -> None:
    """Create or check the run directory. `fresh` (the demo's own directories) replaces a previous
    run's files; otherwise another configuration is refused, and this one continues only on resume."""
    out.mkdir(parents=True, exist_ok=True)
    config_path = out / CONFIG
    if fresh:
        for name in RUN_FILES:
            (out / name).unlink(missing_ok=True)
    if config_path.exists():
        old = read_json(config_path)
        diff = _differences(old, document)
        if diff:
            raise RunDirError(
                f"{out} holds a run with a different configuration ({', '.join(diff[:6])}"
                f"{', …' if len(diff) > 6 else ''}); choose another --out"
            )
        episodes = out / EPISODES
        if not resume and episodes.exists() and episodes.stat().st_size > 0:
            raise RunDirError(f"{out} already holds episodes of this run; pass --resume to continue it")
    elif (out / EPISODES).exists() and (out / EPISODES).stat().st_size > 0:
        raise RunDirError(f"{out} holds {EPISODES} but no {CONFIG}; choose another --out")
    else:
        write_json_atomic(config_path, document)


def rollout_seed(seed: int, rollout_index: int) -> int:
    """The seed a rollout's policy gets: the run seed for rollout 0, distinct seeds for the others."""
    return seed + 1_000_003 * rollout_index


@dataclass
class EvalResult:
    out: Path
    summary: dict[str, Any]
    ran: int
    skipped: int


class _Runtime:
    """The shared parts of a run: lookup, verifier, knowledge base, and the policy factory."""

    def __init__(self, settings: EvalSettings, first_case: CaseRecord) -> None:
        from dxgym.agents.lookup import ExamLookup
        from dxgym.agents.verifiers import make_verifier

        self.settings = settings
        self.lookup: LookupAgent = ExamLookup()
        self.verifier: Verifier = make_verifier(settings.verifier, settings.judge)
        self.knowledge: KnowledgeSearch | None = None
        if settings.knowledge:
            from dxgym.agents.knowledge import load_default_kb

            self.knowledge = load_default_kb()
        self.scripted = settings.policy.strip() in SCRIPTED
        # build one now: a bad spec fails before anything is written or run
        probe = make_policy(settings.policy, first_case, settings.seed)
        self._shared: Policy | None = None if self.scripted else probe
        if not self.scripted:  # a dead endpoint or a missing model is a failed run, found before any episode
            from dxgym.agents.policies.preflight import preflight

            preflight(probe)

    def policy(self, case: CaseRecord, rollout_index: int) -> Policy:
        """Scripted policies are test instruments built per case; a model policy is shared (one client)."""
        if self.scripted:
            return make_policy(self.settings.policy, case, rollout_seed(self.settings.seed, rollout_index))
        assert self._shared is not None
        return self._shared


def planned(cases: Sequence[CaseRecord], rollouts: int) -> list[tuple[CaseRecord, int]]:
    return [(c, k) for c in cases for k in range(rollouts)]


async def run_eval(
    settings: EvalSettings,
    cases: Sequence[CaseRecord],
    out: Path,
    *,
    concurrency: int = 8,
    resume: bool = False,
    fresh: bool = False,
    progress: bool = True,
    plain_progress: bool | None = None,
    on_record: Callable[[EpisodeRecord], None] | None = None,
    write_report: bool = True,
) -> EvalResult:
    """Run every (case, rollout) not yet in `out/episodes.jsonl`, then write summary and report."""
    if concurrency < 1:
        raise DxgymError("--concurrency must be at least 1")
    check_output_dir(out, what="the run directory (--out)")
    document = config_document(settings, cases)
    runtime = _Runtime(settings, cases[0])
    prepare_run_dir(out, document, resume=resume, fresh=fresh)
    logged = list(read_episodes(out / EPISODES))
    # an episode that ended in a policy error is not done: a resumed run tries it again (the error
    # record stays in the log; the summary takes the retry's record in its place)
    done_records = [r for r in logged if r.stop_reason != "error"]
    done = {(r.case_id, r.rollout_index) for r in done_records}
    todo = [(c, k) for c, k in planned(cases, settings.rollouts) if (c.case_id, k) not in done]
    skipped = len(planned(cases, settings.rollouts)) - len(todo)
    retried = len({(r.case_id, r.rollout_index) for r in logged if r.stop_reason == "error"} - done)
    if retried and progress:
        import sys

        sys.stderr.write(f"retrying {retried} episode{'s' if retried != 1 else ''} that ended in a policy error\n")
    semaphore = asyncio.Semaphore(concurrency)
    correct_so_far = sum(1 for r in done_records if r.verdict and r.verdict.correct)
    bar = EvalProgress(redact(settings.policy), skipped + len(todo), done=skipped, correct=correct_so_far,
                       plain=plain_progress) if progress else None

    async def one(writer: EpisodeWriter, case: CaseRecord, k: int) -> None:
        async with semaphore:
            record = await run_episode(
                case, runtime.policy(case, k), lookup=runtime.lookup, verifier=runtime.verifier,
                config=settings.consultation, reward_config=settings.reward,
                seed=rollout_seed(settings.seed, k), rollout_index=k, knowledge=runtime.knowledge,
                tools=settings.tools,
            )
        writer.write(record)  # synchronous, in the loop's one thread: the single writer
        if bar is not None:
            bar.advance(bool(record.verdict and record.verdict.correct))
        if on_record is not None:
            on_record(record)

    with EpisodeWriter(out / EPISODES) as writer:
        if bar is not None:
            with bar:
                await _gather(writer, todo, one)
        else:
            await _gather(writer, todo, one)
    summary = finish_run(out, write_report=write_report)
    return EvalResult(out=out, summary=summary, ran=len(todo), skipped=skipped)


async def _gather(writer: EpisodeWriter, todo: Sequence[tuple[CaseRecord, int]],
                  one: Callable[[EpisodeWriter, CaseRecord, int], Any]) -> None:
    async with asyncio.TaskGroup() as group:
        for case, k in todo:
            group.create_task(one(writer, case, k))


def finish_run(out: Path, *, write_report: bool = True) -> dict[str, Any]:
    """Write summary.json (and report.html) from the log as it stands."""
    summary = summary_for(out)
    write_json_atomic(out / SUMMARY, summary)
    if write_report:
        from dxgym.evaluation.report import write_report as render

        render(out, out / REPORT)
    return summary

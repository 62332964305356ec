"""`dxgym train select`: the report's RL data selection (WiNGPT-3.0 §4.1).

Generate N answers per case with the current model, remove the cases it always or never solves
(they give GRPO no signal: every rollout in the group gets the same reward, so every advantage is
zero), and order the rest from the fewest correct answers to the most. Each answer is a full
consultation through `envs.episode.run_episode`, scored by the same verifier training uses.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dxgym.emr_fixtures import safe_write
from dxgym.emr_fixtures.errors import DxgymError
from dxgym.emr_fixtures.models import CaseRecord
from dxgym.emr_fixtures.store import natural_key
from dxgym.envs.consultation import ConsultationConfig
from dxgym.envs.episode import run_episode
from dxgym.envs.policy_spec import SCRIPTED, make_policy


class SelectionFailed(DxgymError):
    """Episodes that ended in a policy error: counting them as wrong answers would drop their cases."""


@dataclass(frozen=True)
class PassCount:
    case_id: str
    correct: int
    samples: int


@dataclass(frozen=True)
class Selection:
    """Kept ids hardest first; dropped ids by reason; every count."""

    kept: list[str]
    always_solved: list[str]
    never_solved: list[str]
    counts: list[PassCount]

    def to_json(self) -> dict[str, Any]:
        return {
            "kept": self.kept,
            "dropped_always_solved": self.always_solved,
            "dropped_never_solved": self.never_solved,
            "pass_counts": {c.case_id: {"correct": c.correct, "samples": c.samples} for c in self.counts},
        }


def select_cases(counts: Sequence[PassCount]) -> Selection:
    """Drop all-correct and all-wrong cases; order the rest by correct answers, then case id."""
    kept = [c for c in counts if 0 < c.correct < c.samples]
    kept.sort(key=lambda c: (c.correct, natural_key(c.case_id)))
    return Selection(
        kept=[c.case_id for c in kept],
        always_solved=[c.case_id for c in counts if c.samples and c.correct == c.samples],
        never_solved=[c.case_id for c in counts if c.correct == 0],
        counts=list(counts),
    )


async def pass_counts(
    cases: Sequence[CaseRecord],
    policy_spec: str,
    samples: int,
    *,
    verifier: Any = None,
    config: ConsultationConfig | None = None,
    concurrency: int = 8,
) -> list[PassCount]:
    """N episodes per case (seeds 0..N-1), counting verdicts that are correct.

    Raises:
        SelectionFailed: an episode ended with stop_reason "error" (an unreachable endpoint, say);
            a failed call is not a wrong answer, so no count is returned.
    """
    from dxgym.agents.verifiers import RuleVerifier
    from dxgym.training.cases import shared_lookup

    verifier = verifier or RuleVerifier()
    shared = None if policy_spec.strip() in SCRIPTED else make_policy(policy_spec)
    if shared is not None:  # a dead endpoint is a failed selection, not "never solved" for every case
        from dxgym.agents.policies.preflight import preflight

        preflight(shared)
    gate = asyncio.Semaphore(max(1, concurrency))

    failures: list[str] = []

    async def one(case: CaseRecord, seed: int) -> bool:
        async with gate:
            policy = shared or make_policy(policy_spec, case, seed=seed)
            record = await run_episode(case, policy, lookup=shared_lookup(), verifier=verifier, config=config,
                                       seed=seed, rollout_index=seed)
            if record.stop_reason == "error":
                failures.append(f"{case.case_id} (seed {seed}): {record.error}")
            return bool(record.verdict and record.verdict.correct)

    results = await asyncio.gather(*(one(c, s) for c in cases for s in range(samples)))
    if failures:
        raise SelectionFailed(
            f"{len(failures)} of {len(results)} episodes failed in the policy, first {failures[0]}; "
            "nothing was selected (check the policy endpoint)"
        )
    counts = []
    for i, case in enumerate(cases):
        counts.append(PassCount(case.case_id, sum(results[i * samples : (i + 1) * samples]), samples))
    return counts


def write_selection(selection: Selection, out: str | Path) -> Path:
    """Kept ids, one a line, to `out`; the whole selection as JSON next to it (`<out>.json`)."""
    out = Path(out)
    safe_write.write_text(out, "".join(f"{i}\n" for i in selection.kept))
    stats = out.with_name(out.name + ".json")
    safe_write.write_text(stats, json.dumps(selection.to_json(), ensure_ascii=False, indent=1) + "\n")
    return stats


def read_ids(path: str | Path) -> list[str]:
    """Case ids from a kept-ids file (blank lines and `#` comments skipped)."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [s.strip() for s in lines if s.strip() and not s.lstrip().startswith("#")]


__all__ = ["PassCount", "Selection", "SelectionFailed", "pass_counts", "read_ids", "select_cases", "write_selection"]


ORDERS = ("given", "hardest-first")


def hardest_first(ids: Sequence[str], path: str | Path) -> list[str]:
    """`ids` from the fewest correct answers to the most, by the pass counts `write_selection` left next to
    the ids file (`<path>.json`); without that file, the file's own order (selection writes it hardest first)."""
    stats = Path(path).with_name(Path(path).name + ".json")
    if not stats.is_file():
        return list(ids)
    counts = json.loads(stats.read_text(encoding="utf-8")).get("pass_counts", {})
    missing = [i for i in ids if i not in counts]
    if missing:
        raise ValueError(f"{stats} has no pass count for {missing[0]!r}")
    return sorted(ids, key=lambda i: (counts[i]["correct"] / max(counts[i]["samples"], 1), natural_key(i)))

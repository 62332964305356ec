"""What a run is (`EvalSettings`) and how its summary is recomputed from its directory.

Why its own module: the runner writes runs and the report reads them; both need the settings and
`summary_for`, and neither may import the other both ways. The runner imports this module and the
report; the report imports only this module.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from dxgym.agents.policies.spec import redact
from dxgym.envs.consultation import ConsultationConfig
from dxgym.envs.records import EpisodeRecord
from dxgym.envs.rewards import REMOVED_FIELDS, RewardConfig
from dxgym.evaluation.metrics import CaseMeta, summarise
from dxgym.evaluation.rundir import CONFIG, EPISODES, read_episodes, read_json


class EvalSettings(BaseModel):
    """What a run is: every field shapes the records, so two runs agree only if these agree."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    policy: str
    split: str
    language: str | None = None
    n: int | None = Field(None, ge=1)
    rollouts: int = Field(1, ge=1)
    verifier: str = "rule"
    judge: str | None = None
    tools: bool = False
    knowledge: bool = False
    seed: int = 0
    consultation: ConsultationConfig = ConsultationConfig()
    reward: RewardConfig = RewardConfig()

    def public(self) -> dict[str, Any]:
        """The settings a summary states (credentials in URLs masked)."""
        return {
            "policy": redact(self.policy), "split": self.split, "language": self.language, "n": self.n,
            "rollouts": self.rollouts, "verifier": self.verifier, "judge": redact(self.judge) if self.judge else None,
            "tools": self.tools, "knowledge": self.knowledge, "seed": self.seed,
            "reveal_physical_exam": self.consultation.reveal_physical_exam,
            "max_turns": self.consultation.max_turns,
            "budget_usd": self.consultation.budget_usd,
            "cost_weight": self.reward.cost_weight,
        }


def load_run(out: Path) -> tuple[dict[str, Any], list[EpisodeRecord]]:
    """A run directory's config document and its records (torn tail ignored)."""
    return read_json(out / CONFIG), list(read_episodes(out / EPISODES))


def summary_for(out: Path) -> dict[str, Any]:
    """Recompute a run's summary from its log (the function both a run and `dxgym report` use)."""
    document, records = load_run(out)
    raw = dict(document["settings"])
    if isinstance(raw.get("reward"), dict):  # a run made before issue 17 named per-count costs; they shaped only its rewards
        raw["reward"] = {k: v for k, v in raw["reward"].items() if k not in REMOVED_FIELDS}
    settings = EvalSettings.model_validate(raw)
    cases = {m["case_id"]: CaseMeta.from_dict(m) for m in document.get("cases", [])}
    return summarise(records, cases, run=settings.public(), rollouts=settings.rollouts, seed=settings.seed)

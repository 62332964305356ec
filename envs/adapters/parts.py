"""What every adapter shell is built from: the settings a user gives, the parts they make, and
`LiveEpisode`, a consultation that a shell steps from outside.

Why here and once: the verifiers environment, the OpenEnv server and the TRL rollout all take the
same options (split, database, tools, knowledge search, turn and token budgets, verifier), build
the same lookup agent, verifier and knowledge base as `dxgym eval`, and end every episode through
`envs.episode.finish_episode` (`envs.rewards.ascore` + `envs.records.build_record`). A shell owns
only its transport: datasets and rubrics, HTTP sessions, token ids.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from dxgym.agents.types import AssistantTurn, KnowledgeSearch, LookupAgent, ToolSpec, Verifier
from dxgym.emr_fixtures.errors import CaseNotFound, DxgymError
from dxgym.emr_fixtures.models import SPLITS, CaseRecord
from dxgym.envs import DEFAULT_MAX_TURNS
from dxgym.envs.case_pool import CasePool
from dxgym.envs.consultation import Consultation, ConsultationConfig, StepResult
from dxgym.envs.episode import finish_episode
from dxgym.envs.protocol import tool_specs
from dxgym.envs.records import EpisodeRecord
from dxgym.envs.rewards import Reward, RewardConfig


class ShellSettings(BaseModel):
    """A shell's options; defaults match `dxgym eval`'s."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    db: str | None = None  # database URL; None: DXGYM_DATABASE_URL, else the embedded default
    split: str | None = None  # train / val / test; None: every split
    language: Literal["en", "zh"] | None = None
    case_ids: tuple[str, ...] | None = None  # exactly these cases (in natural id order)
    include_follow_up: bool = False
    tools: bool = False  # OpenAI tool calls instead of tagged text
    knowledge: bool = False  # the shipped knowledge base behind <search> / search_knowledge
    max_turns: int = Field(DEFAULT_MAX_TURNS, ge=1)
    max_response_tokens: int | None = Field(None, ge=1)  # assistant-token budget -> "length_budget"
    budget_usd: float | None = Field(None, ge=0)  # dollars a case; an order past it is refused (issue 17)
    price_table: str | None = None  # a price TSV replacing the shipped table
    reveal_physical_exam: bool = False
    verifier: str = "rule"  # rule or vrm
    judge: str | None = None  # the VRM judge's policy spec (openai:MODEL@URL)
    reward: RewardConfig = RewardConfig()

    def consultation_config(self) -> ConsultationConfig:
        return ConsultationConfig(max_turns=self.max_turns, tools=self.tools, max_response_tokens=self.max_response_tokens,
                                  reveal_physical_exam=self.reveal_physical_exam, budget_usd=self.budget_usd,
                                  price_table=self.price_table, cost_notice=self.reward.cost_weight > 0)


@dataclass(frozen=True, slots=True)
class ShellParts:
    """The shared, read-only parts behind every episode of a shell (one set per process)."""

    settings: ShellSettings
    pool: CasePool
    lookup: LookupAgent
    verifier: Verifier
    knowledge: KnowledgeSearch | None
    config: ConsultationConfig

    @property
    def reward_config(self) -> RewardConfig:
        return self.settings.reward

    @property
    def tools(self) -> list[ToolSpec] | None:
        """The protocol's tool schemas in tools mode (search only with a knowledge base), else None."""
        return tool_specs(self.knowledge is not None) if self.settings.tools else None

    def consultation(self, case: CaseRecord) -> Consultation:
        """A consultation of `case` as every shell builds it: its prompt offers what these parts hold (a
        knowledge base or not) and states the reward terms this shell scores by."""
        return Consultation(case, self.lookup, self.config, self.knowledge, self.reward_config.prompt_terms())


def load_shell_cases(settings: ShellSettings) -> list[CaseRecord]:
    """The settings' cases from the EMR (read-only), follow-up visits skipped unless asked; a bad
    split, an unknown case id or an empty selection is a `DxgymError`."""
    from dxgym.emr_fixtures.store import load_cases

    if settings.split is not None and settings.split not in SPLITS:
        raise DxgymError(f"unknown split {settings.split!r}; expected one of {', '.join(SPLITS)}")
    cases = load_cases(settings.db, split=settings.split, language=settings.language, case_ids=settings.case_ids,
                       include_follow_up=settings.include_follow_up, read_only=True)
    if settings.case_ids is not None:
        found = {c.case_id for c in cases}
        missing = [c for c in settings.case_ids if c not in found]
        if missing:
            raise CaseNotFound(missing[0])
    if not cases:
        raise DxgymError(f"no cases match split={settings.split!r} language={settings.language!r} "
                         "(is the database empty?)")
    return cases


def build_parts(settings: ShellSettings, cases: list[CaseRecord] | None = None) -> ShellParts:
    """Load the cases (unless given) and build the lookup agent, verifier and knowledge base; a bad
    price table is a `DxgymError` here, before any episode."""
    from dxgym.agents.lookup import ExamLookup
    from dxgym.agents.verifiers import make_verifier
    from dxgym.envs.pricing import load_price_table

    if settings.price_table is not None:
        load_price_table(settings.price_table)

    knowledge: KnowledgeSearch | None = None
    if settings.knowledge:
        from dxgym.agents.knowledge import load_default_kb

        knowledge = load_default_kb()
    pool = CasePool(cases if cases is not None else load_shell_cases(settings))
    return ShellParts(settings=settings, pool=pool, lookup=ExamLookup(), knowledge=knowledge,
                      verifier=make_verifier(settings.verifier, settings.judge),
                      config=settings.consultation_config())


def opening_messages(parts: ShellParts, case: CaseRecord) -> list[dict]:
    """A case's first prompt (system prompt and summary, OpenAI shapes): a dataset row's prompt."""
    consultation = parts.consultation(case)
    consultation.reset()
    return consultation.openai_messages()


def warm_up(parts: ShellParts) -> None:
    """Load what the first episodes would otherwise load mid-request (the rule verifier's coding tables,
    which the VRM falls back to), so a server's first answers are as fast as its later ones."""
    from dxgym.agents.types import VerifyRequest
    from dxgym.agents.verifiers import RuleVerifier

    rule = RuleVerifier()
    cases = parts.pool.cases
    for case, other in zip(cases[:2], cases[1:3], strict=False):
        rule.verify_sync(VerifyRequest(reference=case.primary_diagnosis.name, prediction=other.primary_diagnosis.name,
                                       language="zh" if case.language == "zh" else "en"))


class LiveEpisode:
    """One consultation that a shell steps from outside (the shell makes the model calls) and that
    is scored exactly once, by `finish`."""

    __slots__ = ("parts", "consultation", "summary", "policy", "seed", "rollout_index", "reward", "record",
                 "_started")

    def __init__(self, parts: ShellParts, case: CaseRecord, *, policy: str, seed: int = 0,
                 rollout_index: int = 0) -> None:
        self.parts = parts
        self.consultation = parts.consultation(case)
        self.summary = self.consultation.reset()
        self.policy, self.seed, self.rollout_index = policy, seed, rollout_index
        self.reward: Reward | None = None
        self.record: EpisodeRecord | None = None
        self._started = time.perf_counter()

    @property
    def done(self) -> bool:
        return self.consultation.done

    def messages(self) -> list[dict]:
        """The transcript in OpenAI shapes: what the policy is shown next."""
        return self.consultation.openai_messages()

    async def step(self, turn: AssistantTurn | str) -> StepResult:
        return await self.consultation.astep(turn)

    async def finish(self, *, error: str | None = None, stop_reason: str = "aborted") -> EpisodeRecord:
        """End the consultation if it is still open (`error` -> stop reason "error", else `stop_reason`),
        score it through `envs.rewards` and build its record; later calls return the same record."""
        if self.record is None:
            if not self.consultation.done:
                self.consultation.end("error" if error else stop_reason)
            self.reward, self.record = await finish_episode(
                self.consultation, self.parts.verifier, self.parts.reward_config, policy=self.policy,
                seed=self.seed, rollout_index=self.rollout_index, error=error, started=self._started,
            )
        return self.record

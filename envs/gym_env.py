"""The gymnasium shell over `Consultation`: text in, text out, one case an episode."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, SupportsFloat

import gymnasium as gym

from dxgym.agents.types import AssistantTurn, KnowledgeSearch, LookupAgent, Verifier
from dxgym.emr_fixtures.models import CaseRecord
from dxgym.envs.consultation import Consultation, ConsultationConfig, StepResult
from dxgym.envs.protocol import MAX_ACTION_CHARS
from dxgym.envs.rewards import Reward, RewardConfig, score
from dxgym.envs.spaces import UnicodeText

OBSERVATION_MAX_CHARS = 262_144
ACTION_MAX_CHARS = 32_768  # the space's bound (and sample length); longer actions still get feedback

CaseSource = Sequence[CaseRecord] | str | None


def load_case_pool(
    cases: CaseSource, *, split: str | None = None, language: str | None = None, include_follow_up: bool = False
) -> tuple[CaseRecord, ...]:
    """Cases from a list, a database URL, or (None) the shipped fixtures; follow-up visits skipped unless asked."""
    if isinstance(cases, str):
        from dxgym.emr_fixtures.store import load_cases

        pool: Sequence[CaseRecord] = load_cases(
            cases, split=split, language=language, include_follow_up=include_follow_up, read_only=True
        )
    else:
        if cases is None:
            from dxgym.emr_fixtures.fixtures import load_fixture_cases

            cases = load_fixture_cases()
        pool = [
            c for c in cases
            if (include_follow_up or not c.follow_up)
            and (split is None or c.split == split)
            and (language is None or c.language == language)
        ]
    return tuple(pool)


class DiagnosisEnv(gym.Env[str, str]):
    """A patient consultation: order examinations, search the knowledge base, commit to a diagnosis.

    ## Description
    Each episode is one case from an EMR (the shipped fixture cases by default). The agent reads
    an initial consultation summary, asks for examinations over several turns — each answered
    from this patient's record by the examination-lookup agent — and commits to a diagnosis,
    which a verifier scores against the record's final diagnosis. This class is a thin shell
    over `envs.consultation.Consultation`; the verl agent loop, the CLI and the evaluation
    runner drive the same core.

    ## Action Space
    `UnicodeText(32768)`: one assistant reply as text, in the protocol of `envs.protocol`
    (`<request>a; b</request>`, `<search>q</search>`, `<diagnosis>\\boxed{Dx}</diagnosis>`,
    optional `<think>…</think>`). `step` also accepts an `agents.types.AssistantTurn` carrying
    OpenAI tool calls. Anything unreadable (any string at all, of any length) is an invalid
    action: it gets a feedback observation and uses a turn; it never raises.

    ## Observation Space
    `UnicodeText(262144)`: the initial summary after `reset`, then per turn the requested
    results (with units, reference ranges and flags; "not available in this patient's record"
    for what the record lacks), the numbered knowledge-base passages, or protocol feedback — in
    the case's language (English or Chinese).

    ## Rewards
    0 on every step but the last; on the last, `envs.rewards.score`: correctness (verdict
    score, ×1.0) + examination F1 over groups (×0.5) − 0.1 per invalid action (at most 0.5) −
    0.5 without a committed diagnosis − the cosine length penalty beyond 8,192 response tokens
    (+ optional dollar-cost and citation terms; see `RewardConfig`).

    ## Episode End
    Terminated when a diagnosis is committed. Truncated after `max_turns` turns (default 8,
    also registered as `max_episode_steps`) or when the response-token budget is spent.

    ## Information
    Every step: `case_id`, `turn`, `action_type` (`request`, `search`, `diagnosis`, `invalid`,
    or `None` after reset), `valid_action`. At the end also `stop_reason`, `verdict` (a dict,
    or `None` with no diagnosis), `reward_components`, `metrics`, `is_success`. No timings:
    `info` is deterministic.

    ## Arguments
    `cases` (a list of `CaseRecord`, a database URL, or `None` for the fixtures), `split`,
    `language`, `include_follow_up`, `config` (`ConsultationConfig`), `reward_config`,
    `max_turns` and `reveal_physical_exam` (shortcuts into `config`), `lookup` (default
    `agents.lookup.ExamLookup()`), `verifier` (default the deterministic
    `agents.verifiers.RuleVerifier()`), `knowledge` (a knowledge base for `<search>`),
    `render_mode` (`"ansi"` or `"human"`). `reset(options={"case_id": ...})` picks a case by id;
    `options={"split": ..., "index": ...}` the index-th case of a split; otherwise a case is
    drawn with `self.np_random`.

    ## Version History
    * v0: initial version (`dxgym/Diagnosis-v0`; `dxgym/DiagnosisMedRBench-v0` reveals the
      physical examination in the summary, as MedR-Bench does).
    """

    metadata = {"render_modes": ["ansi", "human"], "render_fps": 4}

    def __init__(
        self,
        cases: CaseSource = None,
        *,
        split: str | None = None,
        language: str | None = None,
        include_follow_up: bool = False,
        config: ConsultationConfig | None = None,
        reward_config: RewardConfig | None = None,
        max_turns: int | None = None,
        reveal_physical_exam: bool | None = None,
        lookup: LookupAgent | None = None,
        verifier: Verifier | None = None,
        knowledge: KnowledgeSearch | None = None,
        render_mode: str | None = None,
    ) -> None:
        if render_mode is not None and render_mode not in self.metadata["render_modes"]:
            raise ValueError(f"render_mode must be one of {self.metadata['render_modes']}, got {render_mode!r}")
        updates: dict[str, Any] = {}
        if max_turns is not None:
            updates["max_turns"] = max_turns
        if reveal_physical_exam is not None:
            updates["reveal_physical_exam"] = reveal_physical_exam
        self.reward_config = reward_config or RewardConfig()
        if self.reward_config.cost_weight > 0:
            updates["cost_notice"] = True  # a costed reward is stated in the prompt
        self.config = (config or ConsultationConfig()).model_copy(update=updates)
        self._source, self._split, self._language = cases, split, language
        self._include_follow_up = include_follow_up
        self._pool: tuple[CaseRecord, ...] | None = None
        if lookup is None:
            from dxgym.agents.lookup import ExamLookup

            lookup = ExamLookup()
        if verifier is None:
            from dxgym.agents.verifiers import RuleVerifier

            verifier = RuleVerifier()
        self.lookup, self.verifier, self.knowledge = lookup, verifier, knowledge
        self.render_mode = render_mode
        self.observation_space = UnicodeText(OBSERVATION_MAX_CHARS)
        self.action_space = UnicodeText(ACTION_MAX_CHARS)
        self.consultation: Consultation | None = None
        self.last_reward: Reward | None = None
        self._last_observation = ""

    # --- cases -----------------------------------------------------------------------------

    @property
    def cases(self) -> tuple[CaseRecord, ...]:
        """The case pool, loaded on first use (so constructing an env never touches a database)."""
        if self._pool is None:
            self._pool = load_case_pool(self._source, split=self._split, language=self._language,
                                        include_follow_up=self._include_follow_up)
            if not self._pool:
                raise ValueError("no cases match this environment's case source and filters")
        return self._pool

    def _choose(self, options: dict[str, Any] | None) -> CaseRecord:
        options = options or {}
        if "case_id" in options:
            for case in self.cases:
                if case.case_id == options["case_id"]:
                    return case
            from dxgym.emr_fixtures.errors import CaseNotFound

            raise CaseNotFound(str(options["case_id"]))
        pool = self.cases
        if "split" in options:
            pool = tuple(c for c in pool if c.split == options["split"])
            if not pool:
                raise ValueError(f"no cases in split {options['split']!r}")
        if "index" in options:
            index = int(options["index"])
            if not 0 <= index < len(pool):
                raise IndexError(f"case index {index} out of range 0..{len(pool) - 1}")
            return pool[index]
        return pool[int(self.np_random.integers(len(pool)))]

    # --- gymnasium API ---------------------------------------------------------------------

    def reset(self, *, seed: int | None = None, options: dict[str, Any] | None = None) -> tuple[str, dict[str, Any]]:
        super().reset(seed=seed)
        case = self._choose(options)
        self.consultation = Consultation(case, self.lookup, self.config, self.knowledge,
                                         self.reward_config.prompt_terms())
        self.last_reward = None
        self._last_observation = self.consultation.reset()
        info = {"case_id": case.case_id, "turn": 0, "action_type": None, "valid_action": True}
        if self.render_mode == "human":
            self.render()
        return self._last_observation, info

    def step(self, action: str | AssistantTurn) -> tuple[str, SupportsFloat, bool, bool, dict[str, Any]]:
        result = self._live().step(self._turn(action))
        return self._conclude(result, self.score)

    async def areset(self, *, seed: int | None = None, options: dict[str, Any] | None = None) -> tuple[str, dict[str, Any]]:
        return self.reset(seed=seed, options=options)

    async def astep(self, action: str | AssistantTurn) -> tuple[str, SupportsFloat, bool, bool, dict[str, Any]]:
        """`step` for async shells: awaits async lookup tiers and the verifier (a judge may do I/O)."""
        from dxgym.envs.rewards import ascore

        consultation = self._live()
        result = await consultation.astep(self._turn(action))
        reward = None
        if consultation.done:
            reward = await ascore(consultation.outcome(), self.verifier, self.reward_config)
        return self._conclude(result, lambda: reward)

    def render(self) -> str | None:
        if self.render_mode is None:
            gym.logger.warn("render() called without a render_mode; pass render_mode='ansi' or 'human'")
            return None
        text = self._transcript()
        if self.render_mode == "ansi":
            return text
        print(text)
        return None

    # --- helpers ---------------------------------------------------------------------------

    def score(self) -> Reward:
        """Score the finished consultation through the verifier's sync wrapper (a judge runs to completion)."""
        return score(self._live(allow_done=True).outcome(), self.verifier, self.reward_config)

    def _live(self, allow_done: bool = False) -> Consultation:
        if self.consultation is None:
            raise gym.error.ResetNeeded("call reset() before step()")
        if self.consultation.done and not allow_done:
            raise gym.error.ResetNeeded("the episode has ended; call reset()")
        return self.consultation

    @staticmethod
    def _turn(action: Any) -> AssistantTurn | str:
        if isinstance(action, AssistantTurn | str):
            return action
        if isinstance(action, bytes):
            return action[:MAX_ACTION_CHARS].decode("utf-8", "replace")
        return ""  # not text at all: parsed as an empty (invalid) reply

    def _conclude(self, result: StepResult, get_reward: Any) -> tuple[str, float, bool, bool, dict[str, Any]]:
        consultation = self._live(allow_done=True)
        self._last_observation = result.observation
        info: dict[str, Any] = {
            "case_id": consultation.case.case_id,
            "turn": consultation.turn,
            "action_type": result.action.kind,
            "valid_action": result.action.kind != "invalid",
        }
        reward = 0.0
        if result.terminated or result.truncated:
            final: Reward = get_reward()
            self.last_reward = final
            reward = final.total
            info.update(
                stop_reason=consultation.stop_reason,
                verdict=final.verdict.model_dump() if final.verdict else None,
                reward_components=dict(final.components),
                metrics=dict(final.metrics),
                is_success=bool(final.verdict and final.verdict.correct),
            )
        if self.render_mode == "human":
            self.render()
        return result.observation, reward, result.terminated, result.truncated, info

    def _transcript(self) -> str:
        if self.consultation is None:
            return ""
        lines = []
        for m in self.consultation.messages[1:]:
            body = m.content or ""
            if m.tool_calls:
                body += "".join(f"\n→ {c.function.name}({c.function.arguments})" for c in m.tool_calls)
            lines.append(f"[{m.role}] {body}")
        return "\n\n".join(lines)


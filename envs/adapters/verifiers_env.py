"""dxgym as a `verifiers` multi-turn environment: `vf-eval dxgym -a '{"split": "test"}'`.

verifiers' evaluation entry point (`vf-eval`) imports the module named by the environment id and
calls its `load_environment(**env_args)`; `dxgym.load_environment` forwards here. Each rollout is a
dxgym consultation (`parts.LiveEpisode`): the model sees exactly the consultation's transcript
(system prompt, summary, observations — the messages `dxgym eval` sends), each reply is stepped
through `Consultation.astep`, and the episode ends where the consultation ends (diagnosis,
`max_turns`, token budget). The rubric is `envs.rewards`: one reward function per component (weight
1, so verifiers' reward is dxgym's total) and the reward's diagnostics as weight-0 metrics; the full
`EpisodeRecord` is kept in the state column `dxgym_record` (`vf-eval ... -C dxgym_record`).

API: verifiers' v0 `MultiTurnEnv` / `Rubric`, shipped as `verifiers.legacy` (aliased at the top
level) in verifiers 0.3.x; verifiers 0.4 removed it, hence the `verifiers>=0.3.1,<0.4` pin.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import verifiers as vf
from datasets import Dataset

from dxgym.agents.types import AssistantTurn, FunctionCall, ToolCall, Usage
from dxgym.envs.adapters.parts import LiveEpisode, ShellParts, ShellSettings, build_parts, opening_messages
from dxgym.envs.rewards import COMPONENTS, RewardConfig, score

RECORD_COLUMN = "dxgym_record"
_EPISODE = "dxgym_episode"  # the live episode, in the rollout state until cleanup


def load_environment(
    split: str | None = "test",
    db: str | None = None,
    tools: bool = False,
    knowledge: bool = False,
    max_turns: int | None = None,
    *,
    language: str | None = None,
    case_ids: list[str] | None = None,
    max_response_tokens: int | None = None,
    budget_usd: float | None = None,
    price_table: str | None = None,
    cost_weight: float = 0.0,
    reveal_physical_exam: bool = False,
    verifier: str = "rule",
    judge: str | None = None,
    **kwargs: Any,
) -> DxgymEnv:
    """A verifiers environment over a split of the EMR (one dataset row per case, natural id order).

    Args:
        split: train, val or test (None: every split).
        db: database URL (default: `DXGYM_DATABASE_URL`, else the embedded default).
        tools: offer the protocol's OpenAI tools instead of tagged text.
        knowledge: give the policy the shipped knowledge base (`<search>` / `search_knowledge`).
        max_turns: assistant turns before the consultation is truncated (default 8).
        case_ids: exactly these cases (e.g. the ones a `dxgym eval` run chose).
        max_response_tokens: assistant-token budget for the whole episode (`length_budget`).
        budget_usd, price_table: dollars a case (an order past it is refused) and a price TSV replacing
            the shipped one, as `dxgym eval --budget / --price-table`.
        cost_weight: reward lost per $1,000 spent (`RewardConfig.cost_weight`; 0: reported, not rewarded).
        verifier, judge: `rule`, or `vrm` with a judge spec `openai:MODEL@URL`.
        **kwargs: passed on to `verifiers.MultiTurnEnv` (e.g. `timeout_seconds`).
    """
    settings = ShellSettings(
        split=split, db=db, language=language, case_ids=tuple(case_ids) if case_ids is not None else None,
        tools=tools, knowledge=knowledge, max_response_tokens=max_response_tokens, budget_usd=budget_usd,
        price_table=price_table, reward=RewardConfig(cost_weight=cost_weight),
        reveal_physical_exam=reveal_physical_exam, verifier=verifier, judge=judge,
        **({"max_turns": max_turns} if max_turns is not None else {}),
    )
    return DxgymEnv(build_parts(settings), **kwargs)


def _dataset(parts: ShellParts) -> Dataset:
    """One row per case: the consultation's opening messages and the case id (never the diagnosis)."""
    rows = []
    for index, case in enumerate(parts.pool.cases):
        rows.append({"prompt": opening_messages(parts, case), "answer": "", "example_id": index,
                     "info": json.dumps({"case_id": case.case_id, "language": case.language, "split": case.split})})
    return Dataset.from_list(rows)


def _metric_names(parts: ShellParts) -> list[str]:
    """The reward's diagnostic names, read off `envs.rewards.score` itself (an empty, ended episode:
    nothing is verified, so no judge is called)."""
    empty = parts.consultation(parts.pool.cases[0])
    empty.reset()
    empty.end("aborted")
    return list(score(empty.outcome(), parts.verifier, parts.reward_config).metrics)


def _reader(section: str, name: str) -> Any:
    async def read(state: vf.State) -> float:
        return float(state[RECORD_COLUMN][section][name])

    read.__name__ = name
    return read


class DxgymRubric(vf.Rubric):
    """`envs.rewards` as a rubric: every component a reward function (weight 1; they sum to dxgym's
    total) and every diagnostic a metric (weight 0; one named like a component, the unweighted
    `exam_f1`, is left to the component). The episode was scored once, at its end; these functions
    only read that score."""

    def __init__(self, metric_names: list[str]) -> None:
        super().__init__(funcs=[_reader("reward_components", c) for c in COMPONENTS], weights=[1.0] * len(COMPONENTS))
        for name in metric_names:
            self.add_metric(_reader("metrics", name))


class DxgymEnv(vf.MultiTurnEnv):
    """A dxgym consultation per rollout (see the module docstring)."""

    def __init__(self, parts: ShellParts, **kwargs: Any) -> None:
        self.parts = parts
        tool_defs = [t.function for t in parts.tools] if parts.tools else None
        metrics = [m for m in _metric_names(parts) if m not in COMPONENTS]
        kwargs.setdefault("max_turns", parts.config.max_turns + 1)  # a guard: the consultation ends first
        super().__init__(dataset=_dataset(parts), rubric=DxgymRubric(metrics), tool_defs=tool_defs,
                         env_id="dxgym", **kwargs)
        self._rollouts: Counter[str] = Counter()

    async def setup_state(self, state: vf.State) -> vf.State:
        info = state["info"] if isinstance(state["info"], dict) else json.loads(state["info"])
        case = self.parts.pool.get(info["case_id"])
        sampling = state.get("sampling_args") or {}
        index = self._rollouts[case.case_id]
        self._rollouts[case.case_id] += 1
        state[_EPISODE] = LiveEpisode(self.parts, case, policy=f"verifiers:{state['model']}",
                                      seed=int(sampling.get("seed") or 0), rollout_index=index)
        return state

    async def get_prompt_messages(self, state: vf.State) -> vf.Messages:
        """The consultation's own transcript, after stepping the last reply (if any)."""
        episode: LiveEpisode = state[_EPISODE]
        if state["trajectory"]:
            last = state["trajectory"][-1]
            observation = await self.env_response(last["completion"], state)
            if episode.done:
                state["final_env_response"] = observation
        return episode.messages()

    async def env_response(self, messages: vf.Messages, state: vf.State, **kwargs: Any) -> vf.Messages:
        """Step the consultation with the model's last reply; return what it appended (its answer)."""
        episode: LiveEpisode = state[_EPISODE]
        before = len(episode.consultation.messages)
        await episode.step(_turn(messages, state["trajectory"][-1]["response"]))
        return episode.messages()[before + 1 :]  # after the assistant message itself

    @vf.cleanup
    async def finish_episode(self, state: vf.State) -> None:
        """Score the episode once it has ended, however it ended; keep the record, drop the live object."""
        episode: LiveEpisode | None = state.pop(_EPISODE, None)
        if episode is None:
            return
        error = state.get("error")
        reason = None if error is None else f"{type(error).__name__}: {str(error)[:500]}"
        if reason is None and state.get("timed_out"):
            reason = "rollout timed out"
        stop = "length_budget" if state.get("prompt_too_long") else "aborted"
        record = await episode.finish(error=reason, stop_reason=stop)
        assert episode.reward is not None
        state[RECORD_COLUMN] = {**json.loads(record.to_json_line()), "metrics": dict(episode.reward.metrics)}


def _turn(completion: vf.Messages, response: Any) -> AssistantTurn:
    """The model's reply (verifiers' message and response objects) as a dxgym `AssistantTurn`."""
    message = completion[-1] if completion else None
    content = getattr(message, "content", None) or ""
    if not isinstance(content, str):  # content parts: keep the text
        content = "".join(getattr(p, "text", "") or "" for p in content)
    calls = tuple(ToolCall(id=c.id, function=FunctionCall(name=c.name, arguments=c.arguments or ""))
                  for c in (getattr(message, "tool_calls", None) or ()))
    usage = getattr(response, "usage", None)
    return AssistantTurn(content=content, tool_calls=calls, usage=None if usage is None else Usage(
        prompt_tokens=usage.prompt_tokens or 0, completion_tokens=usage.completion_tokens or 0))

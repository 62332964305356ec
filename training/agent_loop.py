"""`DxAgentLoop`: one `Consultation` per verl sample, token ids in and token ids out.

verl 0.9 has no Interaction API; a custom `AgentLoopBase` is the supported route
(`shared/notes/verl-0.9.md`). Per trajectory:

1. the case is looked up by `extra_info.case_id` in this process's lazy case store (`training.cases`:
   a bounded cache, the ids of one batch fetched together);
2. the consultation's own system prompt and summary are tokenised with `ct_build_initial_tokens`;
3. each turn the policy generates through `server_manager.generate` (one `request_id` per
   trajectory, so the router keeps it on one replica and reuses the prefix cache); its tokens are
   merged with `ct_merge_assistant_token` (mask 1, logprobs kept) and decoded only to step the
   consultation; the observation comes back as a user turn merged with `ct_merge_context_msg`
   (mask 0), so the final ids equal the chat template of the whole conversation;
4. it stops at the diagnosis, at `max_turns` (inside `Consultation`), or at a token budget
   (`length_budget`): the policy's own tokens reaching B, the length penalty's budget
   (`reward_kwargs.length_budget`: the report's penalty is full there), or the whole response
   (`rollout.response_length`, observations included) running out. A turn the budget cuts off is
   not parsed as an action, but its tokens count: L is every assistant token of the episode.

What the reward function needs travels compactly in `extra_fields` (`training.fields`); the reward
side replays the turns and writes the full record. Registered by `training/config/agent_loop.yaml`
as `dxgym_consultation`.
"""

from __future__ import annotations

import json
import time
from typing import Any, NamedTuple
from uuid import uuid4

from cachetools import LRUCache
from verl.experimental.agent_loop.agent_loop import AgentLoopBase, AgentLoopMetrics, AgentLoopOutput

from dxgym.agents.types import AssistantTurn, KnowledgeSearch, Usage
from dxgym.envs.consultation import Consultation, ConsultationConfig
from dxgym.envs.rewards import RewardConfig
from dxgym.training import cases
from dxgym.training.fields import RecordingKnowledge, episode_fields
from dxgym.training.reward import trainer_reward_config

AGENT_NAME = "dxgym_consultation"
_STOP_TOKENS = ("<|im_end|>", "<|endoftext|>", "<|eot_id|>", "<end_of_turn>")
_PROMPT_CACHE_SIZE = 4096



class _Settings(NamedTuple):
    config: Any
    response_length: int  # rollout.response_length: every response token, observations included
    assistant_budget: int  # B: the policy's own tokens (reward_kwargs.length_budget)
    prompt_length: int
    model_path: str
    template_key: str


# verl builds one loop object per trajectory; what depends only on the worker's config and
# tokenizer is computed once per process (OmegaConf interpolation lookups cost ~0.1 ms each).
_settings: dict[int, _Settings] = {}
_stop_ids: dict[int, tuple[Any, frozenset[int]]] = {}
# The initial prompt of a case is the same for all `rollout.n` rollouts of it: tokenise it once.
_prompts: LRUCache[tuple[Any, ...], list[int]] = LRUCache(maxsize=_PROMPT_CACHE_SIZE)  # cachetools (verl needs it)


def _knowledge_base() -> Any:
    """The shipped knowledge base, loaded once per worker process (`load_default_kb` caches it)."""
    from dxgym.agents.knowledge import load_default_kb

    return load_default_kb()


def _scalar(value: Any, default: int = 0) -> int:
    """verl hands per-row values over as numpy scalars or 0-d arrays; None means absent."""
    if value is None:
        return default
    return int(value.item() if hasattr(value, "item") else value)


class DxAgentLoop(AgentLoopBase):
    """Drive one dxgym consultation with the policy being trained.

    Args (besides verl's, from the agent-loop YAML):
        max_turns: assistant turns before the consultation is truncated.
        db: case source (database URL, or `fixtures`); default `DXGYM_DATABASE_URL`, else the embedded SQLite.
        reveal_physical_exam: default for rows whose `extra_info` does not say (MedR-Bench setting).
        policy_name: the `policy` written in episode records (default `verl:<model path>`).
        knowledge: offer the shipped knowledge base (`<search>`); the system prompt says so only then.
        reward: `RewardConfig` fields the reward function is given, so the system prompt states the
            same terms (e.g. a configured `test_cost`).
    """

    def __init__(
        self,
        *args: Any,
        max_turns: int = 8,
        db: str | None = None,
        reveal_physical_exam: bool = False,
        policy_name: str | None = None,
        knowledge: bool = False,
        reward: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        kwargs.pop("tools", None)  # verl always passes its tool list; dxgym's actions are tagged text
        kwargs.pop("name", None)  # the YAML entry's own name, passed through by hydra.instantiate
        super().__init__(*args, **kwargs)
        self.max_turns = int(max_turns)
        self.db = db
        self.reveal_physical_exam = bool(reveal_physical_exam)
        # the knowledge base the consultation may search (None: no `<search>` in the prompt)
        self.knowledge: KnowledgeSearch | None = _knowledge_base() if knowledge else None
        self.terms = RewardConfig(**dict(reward or {})).prompt_terms()
        cached = _settings.get(id(self.config))
        if cached is None or cached.config is not self.config:
            model_path = self.config.actor_rollout_ref.model.get("path", "model")
            template = json.dumps(dict(self.apply_chat_template_kwargs or {}), sort_keys=True, default=str)
            cached = _settings[id(self.config)] = _Settings(
                self.config, int(self.rollout_config.response_length),
                trainer_reward_config(self.config).length_budget, int(self.rollout_config.prompt_length),
                str(model_path), template,
            )
        self.response_length = cached.response_length
        self.assistant_budget = cached.assistant_budget
        self._prompt_length, self._template_key = cached.prompt_length, cached.template_key
        self.policy_name = policy_name or f"verl:{cached.model_path}"
        self._stop_ids = _stop_token_ids(self.tokenizer)

    async def run(self, sampling_params: dict[str, Any], **kwargs: Any) -> AgentLoopOutput:
        started = time.perf_counter()
        extra_info = kwargs.get("extra_info") or {}
        case = await cases.aget_case(str(extra_info["case_id"]), self.db)
        reveal = extra_info.get("reveal_physical_exam")
        config = ConsultationConfig(
            max_turns=self.max_turns,
            reveal_physical_exam=self.reveal_physical_exam if reveal is None else bool(reveal),
            max_response_tokens=self.assistant_budget,  # a finished turn that reaches B ends the episode
        )
        knowledge = RecordingKnowledge(self.knowledge) if self.knowledge is not None else None
        consultation = Consultation(case, cases.shared_lookup(), config, knowledge, self.terms)
        consultation.reset()
        messages: list[dict[str, Any]] = consultation.openai_messages()
        ids = await self._initial_tokens(messages, case.case_id, config.reveal_physical_exam)

        request_id = uuid4().hex
        mask: list[int] = []
        logprobs: list[float] | None = None
        server_fields: dict[str, Any] = {}
        generate_s = env_s = 0.0
        preempted = -1
        said = 0  # the policy's tokens so far (mask 1)
        stepped: list[AssistantTurn] = []
        cut: AssistantTurn | None = None  # an assistant turn the budget cut off before it ended

        while not consultation.done:
            room = min(self.assistant_budget - said, self.response_length - len(mask))
            params = {**sampling_params, "max_tokens": max(1, room)}
            t0 = time.perf_counter()
            out = await self.server_manager.generate(request_id=request_id, prompt_ids=ids, sampling_params=params)
            generate_s += time.perf_counter() - t0
            preempted = _merge_server_fields(server_fields, out, preempted)

            if logprobs is None and not mask and out.log_probs is not None:
                logprobs = []
            step_logprobs = None
            if logprobs is not None:
                step_logprobs = list(out.log_probs) if out.log_probs is not None else [0.0] * len(out.token_ids)
            prompt_tokens = len(ids)
            merged, mask, logprobs = await self.ct_merge_assistant_token(
                ids, out.token_ids, mask, logprobs, assistant_logprobs=step_logprobs
            )
            ids = merged.token_ids
            said += len(out.token_ids)
            text = self.tokenizer.decode(out.token_ids, skip_special_tokens=True)
            messages = [*messages, {"role": "assistant", "content": text}]
            turn = AssistantTurn(content=text, usage=Usage(prompt_tokens=prompt_tokens,
                                                           completion_tokens=len(out.token_ids)))

            t0 = time.perf_counter()
            spent = said >= self.assistant_budget or len(mask) >= self.response_length
            if spent and (not out.token_ids or out.token_ids[-1] not in self._stop_ids):
                cut = turn  # cut mid-turn: not an action the policy finished, but its tokens count
                consultation.end("length_budget", cut=turn)
                env_s += time.perf_counter() - t0
                break
            stepped.append(turn)
            result = await consultation.astep(turn)  # ends it at B itself (max_response_tokens)
            env_s += time.perf_counter() - t0
            if consultation.done:
                break
            if spent:  # a finished turn, but no room left in the response for the answer to it
                consultation.end("length_budget")
                break
            previous, messages = messages, [*messages, {"role": "user", "content": result.observation}]
            merged, mask, logprobs = await self.ct_merge_context_msg(previous, messages, ids, mask, logprobs)
            ids = merged.token_ids
            if len(mask) >= self.response_length:  # the observation itself overflowed the response
                consultation.end("length_budget")

        prompt_len = len(ids) - len(mask)
        budget = self.response_length
        response_ids = ids[prompt_len:][:budget]
        fields = episode_fields(
            consultation,
            turns=stepped,
            cut=cut,
            solution=self.tokenizer.decode(response_ids, skip_special_tokens=True),  # verl's `solution_str`
            policy=self.policy_name,
            seed=_scalar(kwargs.get("global_steps")),  # seed = training step, rollout index = session:
            rollout_index=_scalar(kwargs.get("session_id")),  # episode ids are derived, not random
            db=self.db,
            searches=knowledge.results if knowledge is not None else (),
            timing=(time.perf_counter() - started, generate_s, env_s),
        )
        return AgentLoopOutput(
            prompt_ids=ids[:prompt_len],
            response_ids=response_ids,
            response_mask=mask[:budget],
            response_logprobs=logprobs[:budget] if logprobs is not None else None,
            num_turns=len(messages) - 1,  # user, assistant and observation turns (verl's convention)
            metrics=AgentLoopMetrics(generate_sequences=generate_s, tool_calls=env_s, num_preempted=preempted),
            extra_fields={**server_fields, **fields},
        )

    async def ct_merge_assistant_token(
        self,
        runtime_token_ids: list[int],
        assistant_token_ids: list[int],
        response_mask: list[int],
        response_logprobs: list[float] | None = None,
        assistant_logprobs: list[float] | None = None,
    ) -> Any:
        """verl's merge, run inline: the base class hops to a thread for what is a list concatenation,
        and the hop costs more than the work (about half of the per-turn overhead budget)."""
        builder = self.continuous_token_builder
        merged = builder.merge_assistant_tokens(runtime_token_ids, assistant_token_ids)
        mask, logprobs = builder.align_response_metadata(
            merged, response_mask, response_logprobs, assistant_logprobs=assistant_logprobs
        )
        return merged, mask, logprobs

    async def _initial_tokens(self, messages: list[dict[str, Any]], case_id: str, reveal: bool) -> list[int]:
        """`ct_build_initial_tokens`, memoised per (tokenizer, template options, case, settings, prompt terms)."""
        key = (id(self.tokenizer), self._template_key, self._prompt_length, case_id, reveal,
               self.knowledge is not None, self.terms)
        ids = _prompts.get(key)
        if ids is None:
            ids = _prompts[key] = await self.ct_build_initial_tokens(messages)
        return list(ids)


def _stop_token_ids(tokenizer: Any) -> frozenset[int]:
    """Ids that end a turn; a turn cut by the budget ends with none of them."""
    cached = _stop_ids.get(id(tokenizer))
    if cached is None or cached[0] is not tokenizer:
        unk = tokenizer.unk_token_id
        ids = {tokenizer.convert_tokens_to_ids(t) for t in _STOP_TOKENS}
        ids = {i for i in ids if isinstance(i, int) and i != unk}
        if tokenizer.eos_token_id is not None:
            ids.add(int(tokenizer.eos_token_id))
        cached = _stop_ids[id(tokenizer)] = (tokenizer, frozenset(ids))
    return cached[1]


def _merge_server_fields(fields: dict[str, Any], out: Any, preempted: int) -> int:
    """Keep the server's extra fields (weight versions for V1 staleness control), as ToolAgentLoop does."""
    extra = dict(out.extra_fields or {})
    if not fields:
        fields.update(extra)
    elif extra.get("max_global_steps") is not None:
        fields["max_global_steps"] = extra["max_global_steps"]
    if out.num_preempted is not None:
        preempted = max(preempted, 0) + int(out.num_preempted)
    return preempted

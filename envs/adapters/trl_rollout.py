"""dxgym for TRL's `GRPOTrainer`, through its rollout-function interface.

    rollout = DxgymRollout(build_parts(ShellSettings(split="train")), tokenizer)
    trainer = GRPOTrainer(model=model, processing_class=tokenizer, args=GRPOConfig(...),
                          train_dataset=rollout.dataset(), rollout_func=rollout,
                          reward_funcs=rollout.reward_funcs())

Why `rollout_func` and not `environment_factory`: with an environment factory TRL owns the turn loop
and shows the environment only parsed tool calls — a reply without one ends the episode unseen, so
dxgym's tagged-text protocol, its feedback on unreadable actions, the format and no-diagnosis terms and
the token-exact length penalty cannot work, and tool calls parse only for chat templates TRL knows. A
rollout function owns generation: each prompt's consultation (`parts.LiveEpisode`) is played turn by
turn with the trainer's own model, as verl's agent loop does — the policy's tokens are trained on
(mask 1), the consultation's observations are appended as chat-template turns and masked out (mask 0,
TRL's `env_mask`), and each episode is scored once through `envs.rewards`.

Rewards: one reward function per `envs.rewards` component (weight 1 each, so TRL's `reward` is dxgym's
total), so TRL logs `rewards/<component>/mean` every step. Generation uses `transformers`' `generate`
on the trainer's model (turns of all live episodes batched); TRL's vLLM mode is not wired here.
Tagged text only: tool calls would need a response parser for the model's chat template.
"""

from __future__ import annotations

import asyncio
import copy
import hashlib
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from dxgym.agents.types import AssistantTurn, Usage
from dxgym.emr_fixtures.errors import DxgymError
from dxgym.emr_fixtures.models import CaseRecord
from dxgym.envs.adapters.parts import LiveEpisode, ShellParts, opening_messages
from dxgym.envs.records import write_jsonl
from dxgym.envs.rewards import COMPONENTS

COMPONENTS_FIELD = "dxgym_reward_components"  # the rollout's extra field the reward functions read


def _key(messages: Sequence[dict[str, Any]]) -> str:
    return hashlib.sha256(json.dumps([[m["role"], m.get("content")] for m in messages],
                                     ensure_ascii=False).encode()).hexdigest()


class DxgymRollout:
    """A TRL `rollout_func`: plays one dxgym consultation per prompt (see the module docstring).

    Args:
        parts: the shell's cases, lookup agent, verifier, knowledge base and configs.
        tokenizer: the policy's tokenizer (with its chat template).
        max_turn_tokens: new tokens a turn at most (the whole episode is bounded by the trainer's
            `max_completion_length`, observations included; spending it ends the episode as `length_budget`).
        records: append every finished episode's `EpisodeRecord` to this JSONL file.
    """

    def __init__(self, parts: ShellParts, tokenizer: Any, *, max_turn_tokens: int = 512,
                 records: str | Path | None = None) -> None:
        if parts.settings.tools:
            raise DxgymError("the TRL shell plays tagged text; build its parts with tools=False")
        self.parts, self.tokenizer, self.max_turn_tokens = parts, tokenizer, max_turn_tokens
        self.records = Path(records) if records is not None else None
        self.episodes_played = 0
        self._by_prompt: dict[str, CaseRecord] = {}
        self._rows: list[dict[str, Any]] = []
        for case in parts.pool.cases:
            messages = opening_messages(parts, case)
            key = _key(messages)
            if key in self._by_prompt:  # the prompt is all TRL hands back: it must name one case
                raise DxgymError(f"cases {self._by_prompt[key].case_id} and {case.case_id} open with identical "
                                 "prompts; leave one out")
            self._by_prompt[key] = case
            self._rows.append({"prompt": messages, "case_id": case.case_id})
        self._loop = asyncio.new_event_loop()  # one loop for the process: a judge's client lives on it

    # --- what the trainer is given -------------------------------------------------------------

    def dataset(self) -> Any:
        """A `datasets.Dataset`: one conversational prompt per case (the consultation's opening)."""
        from datasets import Dataset

        return Dataset.from_list(self._rows)

    @staticmethod
    def reward_funcs() -> list[Callable[..., list[float]]]:
        """One TRL reward function per `envs.rewards` component, named after it."""
        return [_component_reader(name) for name in COMPONENTS]

    def __call__(self, prompts: list[list[dict[str, Any]]], trainer: Any) -> dict[str, list[Any]]:
        """TRL's rollout-function contract: one completion per prompt (prompts arrive repeated
        `num_generations` times): token ids, sampling logprobs, the observation mask, and the reward
        components of each finished episode."""
        return self._loop.run_until_complete(self._play(prompts, trainer))

    # --- the episodes ----------------------------------------------------------------------------

    async def _play(self, prompts: list[list[dict[str, Any]]], trainer: Any) -> dict[str, list[Any]]:
        budget = int(trainer.args.max_completion_length)
        model_name = getattr(getattr(trainer.model, "config", None), "_name_or_path", "") or "model"
        episodes = []
        for index, prompt in enumerate(prompts):
            case = self._by_prompt.get(_key(prompt))
            if case is None:
                raise DxgymError("a prompt that is not the opening of any case of this rollout's dataset")
            episodes.append(LiveEpisode(self.parts, case, policy=f"trl:{model_name}",
                                        seed=int(trainer.state.global_step), rollout_index=index))
        prompt_ids = [self._template(e.messages(), generation_prompt=True) for e in episodes]
        completion: list[list[int]] = [[] for _ in episodes]
        mask: list[list[int]] = [[] for _ in episodes]
        logprobs: list[list[float]] = [[] for _ in episodes]
        live = list(range(len(episodes)))
        while live:
            room = {i: budget - len(completion[i]) for i in live}
            contexts = [prompt_ids[i] + completion[i] for i in live]
            generated = self._generate(trainer, contexts, min(self.max_turn_tokens, max(room.values())))
            finished: list[int] = []
            for i, (ids, lps) in zip(live, generated, strict=True):
                ids, lps = ids[: room[i]], lps[: room[i]]
                completion[i] += ids
                mask[i] += [1] * len(ids)
                logprobs[i] += lps
                ended = bool(ids) and ids[-1] in self._eos_ids(trainer)
                if not ended and len(completion[i]) >= budget:  # cut mid-turn: not an action
                    episodes[i].consultation.end("length_budget")
                    finished.append(i)
                    continue
                text = self.tokenizer.decode(ids, skip_special_tokens=True)
                before = len(episodes[i].consultation.messages)
                await episodes[i].step(AssistantTurn(content=text, usage=Usage(
                    prompt_tokens=len(prompt_ids[i]) + len(completion[i]) - len(ids), completion_tokens=len(ids))))
                if episodes[i].done:
                    finished.append(i)
                    continue
                answer = self._observation_ids(episodes[i].messages()[before:], closed=ended)
                space = budget - len(completion[i])
                completion[i] += answer[:space]
                mask[i] += [0] * min(len(answer), space)
                logprobs[i] += [0.0] * min(len(answer), space)
                if len(answer) >= space:  # no room left to answer the observation
                    episodes[i].consultation.end("length_budget")
                    finished.append(i)
            live = [i for i in live if i not in finished]
        records = await asyncio.gather(*(e.finish() for e in episodes))
        self.episodes_played += len(records)
        if self.records is not None:
            write_jsonl(self.records, records)
        return {"prompt_ids": prompt_ids, "completion_ids": completion, "logprobs": logprobs, "env_mask": mask,
                COMPONENTS_FIELD: [dict(r.reward_components) for r in records]}

    # --- tokens ----------------------------------------------------------------------------------

    def _template(self, messages: list[dict[str, Any]], *, generation_prompt: bool) -> list[int]:
        return list(self.tokenizer.apply_chat_template(messages, tokenize=True, return_dict=False,
                                                       add_generation_prompt=generation_prompt))

    def _observation_ids(self, turn: list[dict[str, Any]], *, closed: bool) -> list[int]:
        """The tokens that follow the policy's reply in the chat template: the end of its turn (when the
        reply did not end it), the observation message(s) and the next generation prompt. Found by
        rendering the reply's turn with and without what follows (TRL's own way for tool results)."""
        assistant, answer = turn[0], turn[1:]
        prefix = self._template([{"role": "user", "content": "x"}, assistant], generation_prompt=False)
        full = self._template([{"role": "user", "content": "x"}, assistant, *answer], generation_prompt=True)
        eos = self.tokenizer.eos_token_id
        cut = max(i for i, t in enumerate(prefix) if t == eos) + 1 if eos in prefix else len(prefix)
        if full[:cut] != prefix[:cut]:
            raise DxgymError("the chat template does not keep earlier turns as a prefix; multi-turn training "
                             "needs one that does")
        return ([] if closed else [eos]) + full[cut:]

    def _eos_ids(self, trainer: Any) -> set[int]:
        ids = getattr(trainer, "eos_token_ids", None) or [self.tokenizer.eos_token_id]
        return set(ids)

    def _generate(self, trainer: Any, contexts: list[list[int]], max_new: int) -> list[tuple[list[int], list[float]]]:
        """One turn for every live episode, batched: (new token ids up to and including EOS, their logprobs)."""
        import torch
        from trl.models import unwrap_model_for_generation

        pad = self.tokenizer.pad_token_id
        width = max(len(c) for c in contexts)
        input_ids = torch.tensor([[pad] * (width - len(c)) + c for c in contexts])
        attention = torch.tensor([[0] * (width - len(c)) + [1] * len(c) for c in contexts])
        config = copy.deepcopy(trainer.generation_config)
        config.max_new_tokens = max_new
        device = trainer.accelerator.device
        with unwrap_model_for_generation(trainer.model_wrapped, trainer.accelerator,
                                         generation_kwargs=trainer.generation_kwargs) as model, torch.no_grad():
            out = model.generate(input_ids=input_ids.to(device), attention_mask=attention.to(device),
                                 generation_config=config, return_dict_in_generate=True, output_scores=True)
        new = out.sequences[:, width:].cpu()
        scores = torch.stack(out.scores, dim=1).float().log_softmax(-1).cpu()  # (batch, new, vocab)
        eos = self._eos_ids(trainer)
        results = []
        for row in range(new.size(0)):
            ids = new[row].tolist()
            end = next((k + 1 for k, t in enumerate(ids) if t in eos), len(ids))
            ids = ids[:end]
            results.append((ids, [float(scores[row, k, t]) for k, t in enumerate(ids)]))
        return results


def _component_reader(name: str) -> Callable[..., list[float]]:
    def read(prompts: list[Any], completions: list[Any], **kwargs: Any) -> list[float]:
        return [float(c[name]) for c in kwargs[COMPONENTS_FIELD]]

    read.__name__ = name
    return read

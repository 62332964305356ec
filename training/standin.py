"""Stand-ins for verl's `server_manager`: test and benchmark instruments, never used in training.

verl's agent loop calls `server_manager.generate(request_id, prompt_ids=..., sampling_params=...)`
and gets a `TokenOutput`. On a CPU machine there is no vLLM replica, so:

- `LocalModelServer` generates with a local transformers causal LM. Each call either follows a
  scripted reply (its token ids, scored by the model by teacher forcing, so ids and logprobs are
  real) or, once the script runs out, decodes greedily from the model. The script steers a tiny
  random model through a request and a diagnosis; greedy decoding gives a malformed episode.
- `FixedTokenServer` answers instantly with pre-tokenised replies, so a benchmark measures the
  agent loop's own overhead with generation excluded.

Both honour `max_tokens` and stop after the tokenizer's end-of-turn token, as vLLM does.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

END_OF_TURN = ("<|im_end|>", "<|eot_id|>", "<end_of_turn>")


def end_of_turn_id(tokenizer: Any) -> int:
    """The id that ends an assistant turn in this tokenizer's chat template."""
    vocab = tokenizer.get_vocab()
    for token in END_OF_TURN:
        if token in vocab:
            return int(vocab[token])
    if tokenizer.eos_token_id is None:
        raise ValueError("the tokenizer has neither an end-of-turn token nor an eos token")
    return int(tokenizer.eos_token_id)


def _token_output(token_ids: list[int], log_probs: list[float] | None) -> Any:
    from verl.workers.rollout.replica import TokenOutput

    return TokenOutput(token_ids=token_ids, log_probs=log_probs, stop_reason="completed", num_preempted=0)


class LocalModelServer:
    """Generate with a local causal LM, following `script` turn by turn per request id.

    Args:
        model, tokenizer: a transformers causal LM and its tokenizer (CPU is fine).
        script: replies by turn index; `None` (or running out) means greedy decoding.
        max_free_tokens: cap on greedily decoded tokens per turn.
    """

    def __init__(self, model: Any, tokenizer: Any, script: Sequence[str | None] = (), max_free_tokens: int = 24):
        self.model = model
        self.tokenizer = tokenizer
        self.script = list(script)
        self.max_free_tokens = max_free_tokens
        self.eot = end_of_turn_id(tokenizer)
        self.turns: dict[str, int] = defaultdict(int)
        self.calls: list[dict[str, Any]] = []  # what the loop sent, for assertions

    async def generate(self, request_id: str, *, prompt_ids: list[int], sampling_params: dict[str, Any],
                       **_: Any) -> Any:
        turn = self.turns[request_id]
        self.turns[request_id] += 1
        self.calls.append({"request_id": request_id, "prompt_ids": list(prompt_ids), "sampling_params": dict(sampling_params)})
        limit = int(sampling_params.get("max_tokens") or 1 << 30)
        reply = self.script[turn] if turn < len(self.script) else None
        if reply is not None:
            tokens = [*self.tokenizer.encode(reply, add_special_tokens=False), self.eot][:limit]
        else:
            tokens = self._greedy(prompt_ids, min(limit, self.max_free_tokens))
        self.calls[-1]["token_ids"] = tokens
        want_logprobs = bool(sampling_params.get("logprobs"))
        return _token_output(tokens, self._logprobs(prompt_ids, tokens) if want_logprobs else None)

    def _greedy(self, prompt_ids: list[int], n: int) -> list[int]:
        import torch

        with torch.no_grad():
            out = self.model.generate(
                torch.tensor([prompt_ids]), max_new_tokens=n, do_sample=False, eos_token_id=self.eot,
                pad_token_id=self.tokenizer.pad_token_id,
            )
        return [int(t) for t in out[0, len(prompt_ids):]]

    def _logprobs(self, prompt_ids: list[int], tokens: list[int]) -> list[float]:
        """Log-probabilities the model gives `tokens` after `prompt_ids` (teacher forcing)."""
        import torch

        if not tokens:
            return []
        with torch.no_grad():
            logits = self.model(torch.tensor([prompt_ids + tokens])).logits[0]
        scores = torch.log_softmax(logits[len(prompt_ids) - 1 : -1].float(), dim=-1)
        return scores.gather(1, torch.tensor(tokens).unsqueeze(1)).squeeze(1).tolist()


class FixedTokenServer:
    """Answer instantly with pre-tokenised replies (turn k of every request gets reply k)."""

    def __init__(self, tokenizer: Any, replies: Sequence[str]):
        eot = end_of_turn_id(tokenizer)
        self.replies = [[*tokenizer.encode(r, add_special_tokens=False), eot] for r in replies]
        self.turns: dict[str, int] = defaultdict(int)

    async def generate(self, request_id: str, *, prompt_ids: list[int], sampling_params: dict[str, Any],
                       **_: Any) -> Any:
        turn = self.turns[request_id]
        self.turns[request_id] += 1
        tokens = self.replies[min(turn, len(self.replies) - 1)]
        tokens = tokens[: int(sampling_params.get("max_tokens") or len(tokens))]
        return _token_output(tokens, [0.0] * len(tokens) if sampling_params.get("logprobs") else None)

    def forget(self, request_id: str) -> None:
        self.turns.pop(request_id, None)

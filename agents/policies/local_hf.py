"""A policy that runs a small transformers causal LM in-process (extra `local`).

Why: quick local checks and tiny-model experiments without a server. Generation runs in a worker
thread (one at a time, behind a lock: a model's forward pass is not re-entrant) so the event loop
stays free. torch and transformers are imported only when the policy is first used. Tool calls are
read from Qwen/Hermes-style `<tool_call>{"name": ..., "arguments": ...}</tool_call>` blocks, the
format the chat templates of such models (and dxgym's tiny model) write.
"""

from __future__ import annotations

import asyncio
import json
import re
import threading
from typing import Any

from dxgym.agents.types import AssistantTurn, ChatMessage, FunctionCall, ToolCall, ToolSpec, Usage

_TOOL_CALL = re.compile(r"<tool_call>\s*(\{.*?\})\s*</tool_call>", re.DOTALL)


def parse_hermes_tool_calls(text: str) -> tuple[str, tuple[ToolCall, ...]]:
    """Split generated text into content and tool calls; malformed blocks stay in the content."""
    calls: list[ToolCall] = []
    kept: list[str] = []
    position = 0
    for match in _TOOL_CALL.finditer(text):
        try:
            payload = json.loads(match.group(1))
            name = payload["name"]
            arguments = payload.get("arguments", {})
        except (ValueError, KeyError, TypeError):
            continue
        if not isinstance(name, str):
            continue
        kept.append(text[position : match.start()])
        position = match.end()
        args = arguments if isinstance(arguments, str) else json.dumps(arguments, ensure_ascii=False)
        calls.append(ToolCall(id=f"call_{len(calls)}", function=FunctionCall(name=name, arguments=args)))
    kept.append(text[position:])
    return "".join(kept).strip(), tuple(calls)


class LocalHFPolicy:
    """`Policy` over a local transformers model directory (`hf:PATH`)."""

    def __init__(
        self,
        path: str,
        *,
        mode: str = "text",
        max_new_tokens: int = 256,
        temperature: float = 0.0,
        seed: int = 0,
        device: str = "cpu",
    ) -> None:
        self.path = path
        self.mode = mode
        self.max_new_tokens = max_new_tokens
        self.temperature = temperature
        self.seed = seed
        self.device = device
        self.name = f"hf:{path}"
        self._lock = threading.Lock()
        self._model: Any = None
        self._tokenizer: Any = None

    def load(self) -> None:
        """Load tokenizer and model now (a pre-flight check: a bad path fails before any episode)."""
        with self._lock:
            self._load()

    def _load(self) -> None:
        if self._model is not None:
            return
        from transformers import AutoModelForCausalLM, AutoTokenizer

        self._tokenizer = AutoTokenizer.from_pretrained(self.path)
        self._model = AutoModelForCausalLM.from_pretrained(self.path).to(self.device).eval()

    def _generate(self, messages: list[dict[str, Any]], tools: list[dict[str, Any]] | None) -> AssistantTurn:
        import torch

        with self._lock:
            self._load()
            tok = self._tokenizer
            encoded = tok.apply_chat_template(
                messages, tools=tools, add_generation_prompt=True, return_tensors="pt", return_dict=True
            )
            input_ids = encoded["input_ids"].to(self.device)
            attention = encoded.get("attention_mask")
            torch.manual_seed(self.seed)
            sampling = self.temperature > 0
            with torch.no_grad():
                output = self._model.generate(
                    input_ids=input_ids,
                    attention_mask=attention.to(self.device) if attention is not None else None,
                    max_new_tokens=self.max_new_tokens,
                    do_sample=sampling,
                    temperature=self.temperature if sampling else None,
                    top_p=None,
                    top_k=None,
                    pad_token_id=tok.pad_token_id if tok.pad_token_id is not None else tok.eos_token_id,
                )
            new_tokens = output[0, input_ids.shape[1] :]
            text = tok.decode(new_tokens, skip_special_tokens=False)
            for special in (tok.eos_token, tok.pad_token):
                if special:
                    text = text.split(special)[0]
        content, calls = parse_hermes_tool_calls(text) if tools else (text, ())
        usage = Usage(prompt_tokens=int(input_ids.shape[1]), completion_tokens=int(new_tokens.shape[0]))
        return AssistantTurn(content=content, tool_calls=calls, usage=usage)

    async def act(self, messages: list[ChatMessage], tools: list[ToolSpec] | None = None) -> AssistantTurn:
        payload = [m.to_openai() for m in messages]
        tool_payload = [t.model_dump(mode="json") for t in tools] if (tools and self.mode == "tools") else None
        return await asyncio.to_thread(self._generate, payload, tool_payload)

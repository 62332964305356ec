"""A policy (and judge client) over any OpenAI-compatible chat endpoint — `vllm serve` in practice.

Why it looks like this:
- One `AsyncOpenAI` client per (event loop, base URL, API key) in a process: thousands of GRPO
  rollouts share one connection pool. The loop is part of the key because an httpx pool and an
  `asyncio.Semaphore` are bound to the loop that first used them (sync wrappers run their own).
- Bounded concurrency (a semaphore), a hard per-request deadline (`asyncio.timeout` around the
  client's own timeout, so a server that drips bytes cannot hang an episode), and bounded retries
  by tenacity, exponential backoff with full jitter so a thousand rollouts that failed together do
  not retry together (the client's own retries are off: they would not respect the deadline), so
  that every failure ends as a `PolicyError` with a recordable reason.
- vLLM-only parameters (`structured_outputs`, `top_k`, `chat_template_kwargs`, ...) travel in
  `extra_body`; vLLM ≥ 0.12 takes `structured_outputs={"regex"|"grammar"|"choice"|"json": ...}`.
- Tool mode sends the shell's tool schemas with `tool_choice` ("auto", "required", "none" or a
  function name, sent as the named form). vLLM 0.32 answers "auto" / "required" / named choices
  only when served with `--tool-call-parser` (HTTP 400 otherwise); a named choice or `strict`
  tools make vLLM constrain the arguments to the schema.
"""

from __future__ import annotations

import asyncio
import os
import weakref
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from dxgym.agents.policies.errors import PolicyError, is_retryable, reason_for
from dxgym.agents.policies.spec import redact
from dxgym.agents.types import AssistantTurn, ChatMessage, FunctionCall, ToolCall, ToolSpec, Usage

Mode = Literal["text", "tools"]

_CLIENTS: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[tuple[str, str], Any]] = (
    weakref.WeakKeyDictionary()
)


def api_key_from_env() -> str:
    """`DXGYM_API_KEY`, else `OPENAI_API_KEY`, else "EMPTY" (what `vllm serve` accepts by default)."""
    return os.environ.get("DXGYM_API_KEY") or os.environ.get("OPENAI_API_KEY") or "EMPTY"


def shared_client(base_url: str, api_key: str) -> Any:
    """The process's `AsyncOpenAI` for this endpoint and key on the running loop (created once)."""
    from openai import AsyncOpenAI

    loop = asyncio.get_running_loop()
    per_loop = _CLIENTS.setdefault(loop, {})
    key = (base_url, api_key)
    client = per_loop.get(key)
    if client is None:
        # Retries and deadlines are ours (see module docstring): the client must not add its own.
        client = AsyncOpenAI(base_url=base_url, api_key=api_key, max_retries=0, timeout=600.0)
        per_loop[key] = client
    return client


@dataclass
class OpenAIPolicy:
    """`Policy` over an OpenAI-compatible endpoint; also the VRM's judge client."""

    model: str
    base_url: str = ""  # empty: DXGYM_BASE_URL, else OPENAI_BASE_URL
    mode: Mode = "text"
    temperature: float = 0.0
    max_tokens: int = 1024
    timeout: float = 60.0  # a whole request, generation included: long
    connect_timeout: float = 5.0  # opening the connection: short, so a dead host is found quickly
    preflight_timeout: float = 10.0  # `preflight`'s GET /models: a listener that never answers is found here
    max_retries: int = 2
    concurrency: int = 16
    extra_body: dict[str, Any] | None = None
    tool_choice: str | dict[str, Any] | None = "auto"
    strict_tools: bool = False
    seed: int | None = None
    backoff_s: float = 0.25
    api_key: str | None = None
    name: str = ""
    _semaphores: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] = field(
        default_factory=weakref.WeakKeyDictionary, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        if not self.base_url:
            self.base_url = os.environ.get("DXGYM_BASE_URL") or os.environ.get("OPENAI_BASE_URL") or ""
        if not self.base_url:
            raise ValueError("OpenAIPolicy needs base_url (or DXGYM_BASE_URL / OPENAI_BASE_URL)")
        if self.mode not in ("text", "tools"):
            raise ValueError(f"mode must be 'text' or 'tools', not {self.mode!r}")
        if (self.concurrency < 1 or self.max_retries < 0
                or not all(t > 0 for t in (self.timeout, self.connect_timeout, self.preflight_timeout))):
            raise ValueError("concurrency >= 1, max_retries >= 0 and every timeout > 0 are required")
        if not self.name:
            self.name = redact(f"openai:{self.model}@{self.base_url}")  # the name is recorded

    def with_options(self, **changes: Any) -> OpenAIPolicy:
        """A copy with some settings changed (same endpoint, same shared client)."""
        changes.setdefault("name", self.name)
        return replace(self, **changes)

    def _timeouts(self) -> Any:
        import httpx

        return httpx.Timeout(self.timeout, connect=min(self.connect_timeout, self.timeout))

    def _semaphore(self) -> asyncio.Semaphore:
        loop = asyncio.get_running_loop()
        sem = self._semaphores.get(loop)
        if sem is None:
            sem = self._semaphores[loop] = asyncio.Semaphore(self.concurrency)
        return sem

    def _request(self, messages: list[ChatMessage], tools: list[ToolSpec] | None) -> dict[str, Any]:
        request: dict[str, Any] = {
            "model": self.model,
            "messages": [m.to_openai() for m in messages],
            "temperature": self.temperature,
            "max_tokens": self.max_tokens,
        }
        if self.seed is not None:
            request["seed"] = self.seed
        if self.mode == "tools" and tools:
            request["tools"] = [self._tool(t) for t in tools]
            if self.tool_choice is not None:
                request["tool_choice"] = _tool_choice(self.tool_choice)
        if self.extra_body:
            request["extra_body"] = dict(self.extra_body)
        return request

    def _tool(self, tool: ToolSpec) -> dict[str, Any]:
        spec = tool.model_dump(mode="json")
        if self.strict_tools:
            spec["function"] = {**spec["function"], "strict": True}
        return spec

    async def act(self, messages: list[ChatMessage], tools: list[ToolSpec] | None = None) -> AssistantTurn:
        """One assistant turn; raises `PolicyError` (with `.reason`) once retries are spent."""
        from tenacity import AsyncRetrying, retry_if_exception, stop_after_attempt, wait_random_exponential

        request = self._request(messages, tools)
        client = shared_client(self.base_url, self.api_key or api_key_from_env())
        attempts = 0
        retrying = AsyncRetrying(
            stop=stop_after_attempt(self.max_retries + 1),
            wait=wait_random_exponential(multiplier=self.backoff_s, max=4.0),
            retry=retry_if_exception(_retryable),
            reraise=True,
        )
        try:
            async for attempt in retrying:
                with attempt:
                    attempts = attempt.retry_state.attempt_number
                    async with self._semaphore():
                        async with asyncio.timeout(self.timeout + 1.0):
                            response = await client.chat.completions.create(**request, timeout=self._timeouts())
                    return _to_turn(response)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # every failure becomes a recorded reason
            raise PolicyError(reason_for(exc), _short(exc), attempts) from exc
        raise PolicyError("error", "no attempt was made", attempts)  # pragma: no cover - tenacity always tries once


def _retryable(exc: BaseException) -> bool:
    return isinstance(exc, Exception) and is_retryable(reason_for(exc))


def _tool_choice(choice: str | dict[str, Any]) -> str | dict[str, Any]:
    if isinstance(choice, dict) or choice in ("auto", "required", "none"):
        return choice
    return {"type": "function", "function": {"name": choice}}


def _short(exc: BaseException | None) -> str:
    text = f"{type(exc).__name__}: {exc}" if exc is not None else ""
    return text[:300]


def _to_turn(response: Any) -> AssistantTurn:
    """Convert a chat completion into an `AssistantTurn`; a malformed body raises ValueError."""
    choices = getattr(response, "choices", None)
    if not choices:
        raise ValueError("response has no choices")
    message = choices[0].message
    calls = tuple(
        ToolCall(
            id=call.id or f"call_{index}",
            function=FunctionCall(name=call.function.name, arguments=call.function.arguments or ""),
        )
        for index, call in enumerate(message.tool_calls or ())
        if getattr(call, "function", None) is not None
    )
    usage = None
    if getattr(response, "usage", None) is not None:
        usage = Usage(
            prompt_tokens=response.usage.prompt_tokens or 0,
            completion_tokens=response.usage.completion_tokens or 0,
        )
    return AssistantTurn(content=message.content or "", tool_calls=calls, usage=usage)

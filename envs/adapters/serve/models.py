"""The OpenEnv wire types of `dxgym serve`: OpenEnv's `Action` / `Observation` / `State` and its
`ResetRequest`, extended with the consultation's fields.

Why explicit observation fields: OpenEnv clients read the fields of the observation model (the
generic `metadata` travels only in newer servers), and the tool-call turn needs the messages the
environment appended (one tool message per call), not only their joined text. Nothing here can carry
the case's diagnosis: the observation holds what the consultation showed, and at the end the reward
and its components — never the verdict's reason, which names the reference.
"""

from __future__ import annotations

from typing import Any

from openenv.core.env_server.types import Action, Observation, ResetRequest, State
from pydantic import BaseModel, ConfigDict, Field

from dxgym.envs.protocol import MAX_ACTION_CHARS

MAX_TOOL_CALLS = 64  # a turn's tool calls; more is not a consultation turn but a flood


class WireFunction(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(max_length=200)
    arguments: str = Field("", max_length=MAX_ACTION_CHARS)  # a JSON string, as OpenAI sends it


class WireToolCall(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(max_length=200)
    type: str = "function"
    function: WireFunction


class DxgymAction(Action):
    """One assistant turn: tagged text (`<request>…</request>`, `<search>…</search>`,
    `<diagnosis>\\boxed{…}</diagnosis>`) and/or OpenAI tool calls. Unreadable text is not an error:
    it costs a turn and gets feedback, as in every dxgym shell."""

    message: str = Field("", max_length=MAX_ACTION_CHARS)
    tool_calls: list[WireToolCall] = Field(default_factory=list, max_length=MAX_TOOL_CALLS)


class DxgymObservation(Observation):
    """What the consultation showed after a reset or a step (`done` / `reward` are OpenEnv's)."""

    text: str = ""  # the summary after reset; results, passages or feedback after a step
    messages: list[dict[str, Any]] = Field(default_factory=list)  # the messages this call appended (OpenAI shapes)
    tools: list[dict[str, Any]] | None = None  # after reset in tools mode: the protocol's tool schemas
    case_id: str = ""
    language: str = "en"
    turn: int = 0
    turns_left: int = 0
    action_type: str | None = None  # request / search / diagnosis / invalid; None after reset
    valid_action: bool = True
    terminated: bool = False  # a diagnosis was committed
    truncated: bool = False  # turns or token budget spent
    stop_reason: str | None = None
    reward_components: dict[str, float] | None = None  # at the end: envs.rewards' weighted components
    correct: bool | None = None  # at the end, when a diagnosis was verified


class DxgymState(State):
    """A session's episode: which case, how far, and how it ended (never the case's content)."""

    case_id: str | None = None
    language: str | None = None
    turn: int = 0
    max_turns: int = 0
    done: bool = False
    stop_reason: str | None = None
    tools: bool = False
    knowledge: bool = False


class DxgymResetRequest(ResetRequest):
    """OpenEnv's reset (`seed`, `episode_id`) plus how to pick the case; unknown fields are refused."""

    model_config = ConfigDict(extra="forbid")

    case_id: str | None = Field(None, max_length=512)
    split: str | None = Field(None, max_length=32)
    index: int | None = Field(None, ge=0)

"""`DxgymEnvironment`: OpenEnv's `Environment` over one `LiveEpisode` at a time.

One instance per server session; all instances of a server share the read-only `ShellParts` (case
pool, lookup agent, verifier, knowledge base), so a session costs one consultation. The async
methods are the server's path (a judge verifier does I/O); the sync ones run them to completion for
callers outside an event loop.
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Coroutine
from typing import Any, TypeVar

import numpy as np
from openenv.core.env_server.interfaces import Environment
from openenv.core.env_server.types import EnvironmentMetadata

from dxgym.agents.types import AssistantTurn, FunctionCall, ToolCall
from dxgym.emr_fixtures.errors import DxgymError
from dxgym.envs.adapters.parts import LiveEpisode, ShellParts
from dxgym.envs.adapters.serve.models import DxgymAction, DxgymObservation, DxgymState

T = TypeVar("T")


class EpisodeStateError(DxgymError):
    """A step before any reset, or after the episode ended (HTTP 409)."""


class DxgymEnvironment(Environment[DxgymAction, DxgymObservation, DxgymState]):
    """A dxgym consultation per session: reset picks a case, step applies one assistant turn."""

    SUPPORTS_CONCURRENT_SESSIONS = True

    def __init__(self, parts: ShellParts, *, policy: str = "openenv") -> None:
        super().__init__()
        self.parts = parts
        self.policy = policy
        self.episode: LiveEpisode | None = None
        self._episode_id: str | None = None
        self._steps = 0
        self._rng = np.random.default_rng(secrets.randbits(64))

    # --- OpenEnv API -------------------------------------------------------------------------

    async def reset_async(self, seed: int | None = None, episode_id: str | None = None, *,
                          case_id: str | None = None, split: str | None = None, index: int | None = None,
                          **kwargs: Any) -> DxgymObservation:
        """Start an episode on the case named by `case_id`, or the `index`-th of `split`, or one
        drawn at random (with `seed`, reproducibly). An unknown case is a `CaseNotFound`."""
        rng = np.random.default_rng(seed) if seed is not None else self._rng
        case = self.parts.pool.choose({"case_id": case_id, "split": split, "index": index}, rng)
        self.episode = LiveEpisode(self.parts, case, policy=self.policy, seed=seed or 0)
        self._episode_id = episode_id or secrets.token_hex(8)
        self._steps = 0
        consultation = self.episode.consultation
        tools = self.parts.tools
        return DxgymObservation(
            text=self.episode.summary, messages=self.episode.messages(), case_id=case.case_id,
            language=case.language, turns_left=consultation.turns_left,
            tools=[t.model_dump(mode="json") for t in tools] if tools else None,
        )

    async def step_async(self, action: DxgymAction, timeout_s: float | None = None,
                         **kwargs: Any) -> DxgymObservation:
        """Apply one assistant turn; at the end, score it through `envs.rewards` (once)."""
        episode = self.episode
        if episode is None:
            raise EpisodeStateError("no episode in this session yet: reset first")
        if episode.done:
            raise EpisodeStateError("this episode has ended: reset to start another")
        consultation = episode.consultation
        before = len(consultation.messages)
        result = await episode.step(_turn(action))
        self._steps += 1
        observation = DxgymObservation(
            text=result.observation, messages=episode.messages()[before + 1 :],
            case_id=consultation.case.case_id, language=consultation.case.language, turn=consultation.turn,
            turns_left=consultation.turns_left, action_type=result.action.kind,
            valid_action=result.action.kind != "invalid", terminated=result.terminated,
            truncated=result.truncated, stop_reason=consultation.stop_reason,
        )
        if episode.done:
            record = await episode.finish()
            observation.done = True
            observation.reward = record.reward
            observation.reward_components = dict(record.reward_components)
            observation.correct = record.verdict.correct if record.verdict is not None else None
        return observation

    def reset(self, seed: int | None = None, episode_id: str | None = None, **kwargs: Any) -> DxgymObservation:
        return _run(self.reset_async(seed, episode_id, **kwargs))

    def step(self, action: DxgymAction, timeout_s: float | None = None, **kwargs: Any) -> DxgymObservation:
        return _run(self.step_async(action, timeout_s, **kwargs))

    @property
    def state(self) -> DxgymState:
        settings = self.parts.settings
        base = {"episode_id": self._episode_id, "step_count": self._steps, "max_turns": settings.max_turns,
                "tools": settings.tools, "knowledge": settings.knowledge}
        if self.episode is None:
            return DxgymState(**base)
        consultation = self.episode.consultation
        return DxgymState(**base, case_id=consultation.case.case_id, language=consultation.case.language,
                          turn=consultation.turn, done=consultation.done, stop_reason=consultation.stop_reason)

    def get_metadata(self) -> EnvironmentMetadata:
        from dxgym import __version__

        return EnvironmentMetadata(
            name="dxgym",
            description="A clinical consultation: read the summary, order examinations (answered from this "
            "patient's record only), optionally search a knowledge base, commit to one diagnosis.",
            version=__version__,
        )


def _turn(action: DxgymAction) -> AssistantTurn:
    calls = tuple(ToolCall(id=c.id, function=FunctionCall(name=c.function.name, arguments=c.function.arguments))
                  for c in action.tool_calls)
    return AssistantTurn(content=action.message, tool_calls=calls)


def _run(coro: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine from synchronous code (outside an event loop; inside one, await the async method)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    coro.close()
    raise RuntimeError("called from a running event loop: await reset_async / step_async instead")

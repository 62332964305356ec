"""`DxgymEnvClient`: OpenEnv's `EnvClient` for a `dxgym serve` server.

One client is one session (a WebSocket, OpenEnv's persistent-session transport):

    async with DxgymEnvClient("http://127.0.0.1:8000", token=TOKEN) as env:
        result = await env.reset(case_id="agentclinic:medqa:0")
        result = await env.step(DxgymAction(message="<request>CBC</request>"))

`.sync()` gives the blocking form. A server at its session limit refuses the handshake with 429, a
wrong token with 401; both surface as `ConnectionError` naming the status.
"""

from __future__ import annotations

from typing import Any

from openenv.core.client_types import StepResult
from openenv.core.env_client import EnvClient

from dxgym.envs.adapters.serve.models import DxgymAction, DxgymObservation, DxgymState


class DxgymEnvClient(EnvClient[DxgymAction, DxgymObservation, DxgymState]):
    """A session on a `dxgym serve` server (see the module docstring)."""

    def __init__(self, base_url: str, *, token: str | None = None, **kwargs: Any) -> None:
        headers = dict(kwargs.pop("headers", None) or {})
        if token:
            headers["Authorization"] = f"Bearer {token}"
        super().__init__(base_url=base_url, headers=headers or None, **kwargs)

    def _step_payload(self, action: DxgymAction) -> dict[str, Any]:
        if isinstance(action, str):  # plain tagged text is an action too
            action = DxgymAction(message=action)
        return action.model_dump(mode="json", exclude={"metadata"})

    def _parse_result(self, payload: dict[str, Any]) -> StepResult[DxgymObservation]:
        observation = DxgymObservation(**payload.get("observation", {}), done=payload.get("done", False),
                                       reward=payload.get("reward"))
        return StepResult(observation=observation, reward=payload.get("reward"), done=bool(payload.get("done")))

    def _parse_state(self, payload: dict[str, Any]) -> DxgymState:
        return DxgymState(**payload)

"""Model policies: OpenAI-compatible endpoints (`openai:MODEL@URL`) and local transformers (`hf:PATH`).

`from_spec` is what `envs.policy_spec.make_policy` calls for these two spec kinds; the scripted
policies live in `envs`. torch / transformers are imported only by `LocalHFPolicy` when used.
"""

from __future__ import annotations

from typing import Any

from dxgym.agents.policies.errors import PolicyError, reason_for
from dxgym.agents.policies.local_hf import LocalHFPolicy
from dxgym.agents.policies.openai_policy import OpenAIPolicy, api_key_from_env, shared_client
from dxgym.agents.policies.spec import (
    OPENAI_OPTIONS,
    PolicySpec,
    PolicySpecError,
    coerce_options,
    parse_policy_spec,
)
from dxgym.agents.types import Policy

__all__ = [
    "LocalHFPolicy",
    "OpenAIPolicy",
    "PolicyError",
    "PolicySpec",
    "PolicySpecError",
    "api_key_from_env",
    "from_spec",
    "parse_policy_spec",
    "reason_for",
    "shared_client",
]


def openai_from_spec(spec: str | PolicySpec, **overrides: Any) -> OpenAIPolicy:
    """An `OpenAIPolicy` from `openai:MODEL@URL[#options]`; keyword overrides win over options."""
    parsed = parse_policy_spec(spec) if isinstance(spec, str) else spec
    if parsed.kind != "openai":
        raise PolicySpecError(f"not an openai: spec: {spec!r}")
    settings = coerce_options(parsed.options, OPENAI_OPTIONS)
    settings.update(overrides)
    try:
        return OpenAIPolicy(model=parsed.model, base_url=parsed.base_url, **settings)
    except ValueError as exc:  # an option out of range, from the user's spec string
        raise PolicySpecError(f"policy spec options: {exc}") from None


def from_spec(spec: str, **overrides: Any) -> Policy:
    """A model policy from its spec string (`openai:MODEL@URL[#options]` or `hf:PATH`)."""
    parsed = parse_policy_spec(spec)
    if parsed.kind == "hf":
        return LocalHFPolicy(parsed.path, **overrides)
    return openai_from_spec(parsed, **overrides)

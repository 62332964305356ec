"""Policy spec strings -> policies: `oracle`, `oracle-paraphrase`, `request-all`, `random`,
`openai:MODEL@BASE_URL`, `hf:PATH`.

The scripted policies live in `envs.scripted`; model policies live in `agents.policies` and are
imported only when asked for, so an episode with a scripted policy never loads an HTTP client
or torch.
"""

from __future__ import annotations

from typing import Any

from dxgym.agents.types import Policy
from dxgym.emr_fixtures.errors import DxgymError
from dxgym.emr_fixtures.models import CaseRecord
from dxgym.envs.scripted import OraclePolicy, ParaphraseOraclePolicy, RandomPolicy, RequestAllPolicy

SCRIPTED = ("oracle", "oracle-paraphrase", "request-all", "random")


class BadPolicySpec(DxgymError):
    """A policy spec string that names no policy."""


def split_openai_spec(rest: str) -> tuple[str, str | None]:
    """`MODEL@http://host/v1` -> (MODEL, URL), splitting at the `@` before the URL scheme
    (model names may contain `@` themselves); no URL -> (MODEL, None)."""
    cut = max(rest.rfind("@http://"), rest.rfind("@https://"))
    if cut < 0:
        return rest, None
    return rest[:cut], rest[cut + 1 :]


def make_policy(spec: str, case: CaseRecord | None = None, seed: int = 0, **options: Any) -> Policy:
    """Build the policy a spec names.

    Args:
        spec: `oracle`, `oracle-paraphrase`, `request-all`, `random`, `openai:MODEL[@BASE_URL]`, `hf:PATH`.
        case: required by the oracles (test instruments built with the case in hand).
        seed: seeds the scripted policies' choices.
        options: overrides for the model policy (e.g. `mode="tools"`), passed to `agents.policies.from_spec`.
    """
    spec = spec.strip()
    if spec in ("oracle", "oracle-paraphrase"):
        if case is None:
            raise BadPolicySpec(f"policy {spec!r} needs the case: it is a test instrument built with the case in hand")
        return OraclePolicy(case, seed) if spec == "oracle" else ParaphraseOraclePolicy(case, seed)
    if spec == "request-all":
        return RequestAllPolicy(case, seed)
    if spec == "random":
        return RandomPolicy(case, seed)
    if spec.startswith(("openai:", "hf:")):
        if spec.startswith("openai:") and not split_openai_spec(spec[len("openai:") :])[0]:
            raise BadPolicySpec(f"policy {spec!r} names no model; expected openai:MODEL@BASE_URL")
        if spec == "hf:":
            raise BadPolicySpec(f"policy {spec!r} names no model path; expected hf:PATH")
        from dxgym.agents.policies import from_spec  # parses `#options` too; imports clients only now

        return from_spec(spec, **options)
    raise BadPolicySpec(
        f"unknown policy {spec!r}; expected one of {', '.join(SCRIPTED)}, openai:MODEL@BASE_URL or hf:PATH"
    )

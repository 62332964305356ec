"""Checking a model policy before the first episode: a dead endpoint is a failed run, not a bad model.

Why: every policy call failure is recorded as an `error` episode, which is right for a server that
flaps mid-run, but a run against nothing at all — connection refused, a host that does not resolve,
a listener that never answers, a model folder that does not exist — used to finish "successfully"
with accuracy 0.000 and a report. `preflight` finds those in seconds: for an OpenAI-compatible
endpoint a `GET {base_url}/models` with a short connect timeout and a bounded wait (a message on
stderr if the wait is noticeable), for a local model loading it. Any HTTP answer proves the server is
alive (some proxies have no /models); a 401 / 403 is a key the server refuses; a model list that lacks
the requested model names what it does serve.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from dxgym.agents.policies.local_hf import LocalHFPolicy
from dxgym.agents.policies.openai_policy import OpenAIPolicy, api_key_from_env
from dxgym.agents.policies.spec import redact
from dxgym.emr_fixtures.errors import DxgymError

NOTICE_AFTER_S = 1.0


class PolicyUnavailable(DxgymError):
    """A model policy that cannot answer at all (found before any episode)."""


def _stderr(message: str) -> None:
    import sys

    sys.stderr.write(message + "\n")
    sys.stderr.flush()


def _reason(exc: BaseException) -> str:
    import httpx

    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if isinstance(exc, httpx.ConnectTimeout):
        return "the connection timed out"
    if isinstance(exc, httpx.TimeoutException):
        return "no answer in time (a listener that never responds?)"
    if isinstance(exc, httpx.ConnectError):
        lowered = text.lower()
        if "refused" in lowered:
            return "connection refused (is the server running?)"
        if "name or service not known" in lowered or "nodename nor servname" in lowered or "resolution" in lowered:
            return f"the host name does not resolve ({text})"
        return f"cannot connect ({text})"
    return text


def check_openai(policy: OpenAIPolicy, notify: Callable[[str], None] = _stderr) -> None:
    """`GET {base_url}/models`, bounded by the policy's connect and pre-flight timeouts."""
    import httpx

    where = redact(policy.base_url)
    timer = threading.Timer(NOTICE_AFTER_S, notify, args=(
        f"waiting for the policy endpoint {where} to answer GET /models "
        f"(gives up after {policy.preflight_timeout:g} s)…",))
    timer.daemon = True
    timer.start()
    try:
        response = httpx.get(
            f"{policy.base_url}/models",
            headers={"Authorization": f"Bearer {policy.api_key or api_key_from_env()}"},
            timeout=httpx.Timeout(policy.preflight_timeout, connect=min(policy.connect_timeout, policy.preflight_timeout)),
        )
    except httpx.HTTPError as exc:
        raise PolicyUnavailable(f"policy endpoint {where} is unreachable: {_reason(exc)}; no episode was run") from None
    finally:
        timer.cancel()
    if response.status_code in (401, 403):
        raise PolicyUnavailable(f"policy endpoint {where} refused the API key (HTTP {response.status_code}); "
                                "set DXGYM_API_KEY or OPENAI_API_KEY")
    if response.status_code != 200:
        return  # alive; this server just has no model list to check against
    served = _served_models(response)
    if served and policy.model not in served:
        raise PolicyUnavailable(f"policy endpoint {where} does not serve model {policy.model!r} "
                                f"(it serves: {', '.join(sorted(served)[:10])})")


def _served_models(response: Any) -> set[str]:
    try:
        data = response.json().get("data")
        return {m["id"] for m in data if isinstance(m, dict) and isinstance(m.get("id"), str)}
    except (ValueError, AttributeError, TypeError):
        return set()


def check_local(policy: LocalHFPolicy) -> None:
    """Load the local model now (it would be loaded for the first episode anyway)."""
    path = policy.path
    hub_id = path.count("/") == 1 and not path.startswith((".", "/", "~"))  # org/name, maybe in the HF cache
    if not hub_id and not Path(path).expanduser().exists():
        raise PolicyUnavailable(f"hf:{path}: no such model folder")
    try:
        policy.load()
    except Exception as exc:  # noqa: BLE001 - any failure to load is the user's model folder, said in one line
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise PolicyUnavailable(f"cannot load hf:{policy.path}: {first}") from None


def preflight(policy: object, notify: Callable[[str], None] = _stderr) -> None:
    """Raise `PolicyUnavailable` when a model policy cannot answer; scripted policies always can."""
    if isinstance(policy, OpenAIPolicy):
        check_openai(policy, notify)
    elif isinstance(policy, LocalHFPolicy):
        check_local(policy)

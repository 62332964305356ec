"""Model policy spec strings: `openai:MODEL@BASE_URL[#options]` and `hf:PATH`.

Why split at the `@` that precedes the URL scheme: model names may contain `@` (`org/model@rev`)
and URLs may carry `user:pass@host`; the first `@` followed by `scheme://` is the separator.
Options after `#` (a fragment never reaches a server, so it cannot clash with the URL) set
client settings from a CLI string: `openai:m@http://h:8000/v1#mode=tools&max_tokens=64`.
Scripted specs (`oracle`, `random`, ...) are `envs`' business: `envs.policy_spec.make_policy`
handles them and delegates these two kinds here.
"""

from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import parse_qsl

from dxgym.emr_fixtures.errors import DxgymError

_OPENAI = re.compile(r"^(?P<model>.*?)@(?P<url>[A-Za-z][A-Za-z0-9+.\-]*://.+)$")
_CREDENTIALS = re.compile(r"(://)[^/@\s]+@")


def redact(spec: str) -> str:
    """`openai:m@http://user:key@host/v1` -> `openai:m@http://***@host/v1`: keys never reach a file or a log."""
    return _CREDENTIALS.sub(r"\1***@", spec)

# Options a spec fragment may set on `OpenAIPolicy`, with their types.
OPENAI_OPTIONS: dict[str, type] = {
    "mode": str,
    "temperature": float,
    "max_tokens": int,
    "timeout": float,
    "max_retries": int,
    "connect_timeout": float,
    "preflight_timeout": float,
    "concurrency": int,
    "tool_choice": str,
    "seed": int,
    "strict_tools": bool,
}


class PolicySpecError(DxgymError):
    """A policy spec string that cannot be parsed."""


@dataclass(frozen=True)
class PolicySpec:
    kind: Literal["openai", "hf"]
    model: str = ""
    base_url: str = ""
    path: str = ""
    options: dict[str, str] = field(default_factory=dict)


def parse_policy_spec(spec: str) -> PolicySpec:
    """Parse `openai:MODEL@BASE_URL[#k=v&...]` or `hf:PATH`.

    `openai:MODEL` alone takes its URL from `DXGYM_BASE_URL` or `OPENAI_BASE_URL`.
    """
    kind, sep, rest = spec.partition(":")
    if not sep or kind not in ("openai", "hf"):
        raise PolicySpecError(f"not a model policy spec (want openai:MODEL@URL or hf:PATH): {spec!r}")
    if kind == "hf":
        if not rest:
            raise PolicySpecError("hf: spec needs a path: hf:PATH")
        return PolicySpec(kind="hf", path=rest)
    body, _, fragment = rest.partition("#")
    match = _OPENAI.match(body)
    if match:
        model, url = match.group("model"), match.group("url")
    else:
        model = body
        url = os.environ.get("DXGYM_BASE_URL") or os.environ.get("OPENAI_BASE_URL") or ""
        if not url:
            raise PolicySpecError(
                f"openai spec needs a base URL: openai:MODEL@http://host:port/v1 (got {spec!r})"
            )
    if not model:
        raise PolicySpecError(f"openai spec needs a model name before '@': {redact(spec)!r}")
    check_base_url(url)
    options = dict(parse_qsl(fragment, keep_blank_values=True)) if fragment else {}
    return PolicySpec(kind="openai", model=model, base_url=url.rstrip("/"), options=options)


def check_base_url(url: str) -> None:
    """An endpoint URL a client can reach: http(s), a host, a numeric port (else one line, before any episode)."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError as exc:
        raise PolicySpecError(f"bad policy URL {redact(url)!r}: {exc}") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise PolicySpecError(f"policy URL {redact(url)!r} has scheme {parts.scheme!r}; use http:// or https://")
    if not parts.hostname:
        raise PolicySpecError(f"policy URL {redact(url)!r} names no host")


def coerce_options(options: dict[str, str], allowed: dict[str, type]) -> dict[str, Any]:
    """Typed values for known option names; an unknown name is a user error."""
    out: dict[str, Any] = {}
    for key, raw in options.items():
        if key not in allowed:
            raise PolicySpecError(f"unknown spec option {key!r} (known: {', '.join(sorted(allowed))})")
        kind = allowed[key]
        try:
            if kind is bool:
                out[key] = raw.lower() in ("1", "true", "yes", "on")
            else:
                out[key] = kind(raw)
        except ValueError as exc:
            raise PolicySpecError(f"spec option {key}={raw!r} is not a {kind.__name__}") from exc
        if kind is float and not math.isfinite(out[key]):
            raise PolicySpecError(f"spec option {key}={raw!r} is not a finite number")
    return out

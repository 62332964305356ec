"""Why a model call failed, in words a record can keep.

Shells and the VRM need a short, stable reason ("timeout", "http_500", "connection_error",
"bad_response") rather than a client library's exception class, so a failure is recorded and a
fallback named instead of an episode crashing or a judge failure silently scoring 0.
"""

from __future__ import annotations


class PolicyError(RuntimeError):
    """A model call that failed after its bounded retries; `reason` is the recordable cause."""

    def __init__(self, reason: str, detail: str = "", attempts: int = 1) -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail
        self.attempts = attempts


def reason_for(exc: BaseException) -> str:
    """Map an exception from a model call to a recordable reason."""
    if isinstance(exc, PolicyError):
        return exc.reason
    try:
        import openai
    except ImportError:  # pragma: no cover - openai is a core dependency
        openai = None  # type: ignore[assignment]
    if isinstance(exc, TimeoutError):
        return "timeout"
    if openai is not None:
        if isinstance(exc, openai.APITimeoutError):
            return "timeout"
        if isinstance(exc, openai.APIConnectionError):
            return "connection_error"
        if isinstance(exc, openai.APIStatusError):
            return f"http_{exc.status_code}"
        if isinstance(exc, openai.APIResponseValidationError):
            return "bad_response"
    if isinstance(exc, ValueError):  # malformed / truncated JSON in a response body
        return "bad_response"
    return f"error_{type(exc).__name__}"


def is_retryable(reason: str) -> bool:
    """Transient failures are retried; a 4xx other than 408/409/429 is the request's own fault."""
    if reason in ("timeout", "connection_error", "bad_response"):
        return True
    if reason.startswith("http_"):
        code = int(reason.removeprefix("http_"))
        return code >= 500 or code in (408, 409, 429)
    return False

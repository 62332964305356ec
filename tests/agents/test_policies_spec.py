"""Spec strings for model policies: `openai:MODEL@URL[#options]`, `hf:PATH` (pure, no server)."""

from __future__ import annotations

import json

import pytest

from dxgym.agents.policies import (
    LocalHFPolicy,
    OpenAIPolicy,
    PolicySpecError,
    from_spec,
    parse_policy_spec,
)
from dxgym.agents.policies.errors import is_retryable


def test_openai_spec_splits_at_the_at_before_the_scheme() -> None:
    spec = parse_policy_spec("openai:org/model@v2@http://user:pw@127.0.0.1:8000/v1/")
    assert spec.kind == "openai"
    assert spec.model == "org/model@v2"
    assert spec.base_url == "http://user:pw@127.0.0.1:8000/v1"


def test_openai_spec_options_in_the_fragment() -> None:
    policy = from_spec("openai:m@https://host/v1#mode=tools&max_tokens=16&temperature=0.5")
    assert isinstance(policy, OpenAIPolicy)
    assert (policy.mode, policy.max_tokens, policy.temperature) == ("tools", 16, 0.5)
    assert policy.base_url == "https://host/v1"
    assert policy.name == "openai:m@https://host/v1"


def test_openai_spec_extra_body_is_a_percent_encoded_json_object() -> None:
    from urllib.parse import quote

    body = {"structured_outputs": {"regex": "<request>(CBC|ECG)+</request>"}, "top_k": 1}
    policy = from_spec("openai:m@http://h/v1#temperature=0&extra_body=" + quote(json.dumps(body)))
    assert isinstance(policy, OpenAIPolicy) and policy.extra_body == body
    for bad in ("[1,%202]", "%7Bnot%20json", "3"):
        with pytest.raises(PolicySpecError, match="JSON object"):
            from_spec(f"openai:m@http://h/v1#extra_body={bad}")


def test_openai_spec_without_url_uses_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DXGYM_BASE_URL", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    with pytest.raises(PolicySpecError):
        parse_policy_spec("openai:m")
    monkeypatch.setenv("DXGYM_BASE_URL", "http://127.0.0.1:9/v1")
    assert parse_policy_spec("openai:m").base_url == "http://127.0.0.1:9/v1"


@pytest.mark.parametrize(
    "bad", ["openai:", "openai:@http://h/v1", "hf:", "oracle", "vllm:m@http://h", "openai:m@http://h#nope=1"]
)
def test_bad_specs_are_user_errors(bad: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DXGYM_BASE_URL", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    with pytest.raises(PolicySpecError):
        from_spec(bad)


def test_hf_spec_is_lazy() -> None:
    policy = from_spec("hf:/no/such/model")
    assert isinstance(policy, LocalHFPolicy)  # nothing loaded until the first act()
    assert policy.name == "hf:/no/such/model"


def test_api_key_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from dxgym.agents.policies import api_key_from_env

    monkeypatch.delenv("DXGYM_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    assert api_key_from_env() == "EMPTY"
    monkeypatch.setenv("OPENAI_API_KEY", "b")
    assert api_key_from_env() == "b"
    monkeypatch.setenv("DXGYM_API_KEY", "a")
    assert api_key_from_env() == "a"


def test_retry_policy() -> None:
    assert is_retryable("timeout") and is_retryable("http_503") and is_retryable("http_429")
    assert not is_retryable("http_400") and not is_retryable("http_404") and not is_retryable("error_KeyError")

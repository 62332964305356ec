"""OpenAIPolicy and LocalHFPolicy against the real thing: the session's vLLM server and the tiny model."""

from __future__ import annotations

import asyncio
import json
import re

import pytest
from dxgym_vllm import ConstrainedTinyPolicy

from dxgym.agents.policies import LocalHFPolicy, OpenAIPolicy, PolicyError, from_spec, shared_client
from dxgym.agents.serving import VLLMServer
from dxgym.agents.types import AssistantTurn, ChatMessage, Policy, ToolSpec

pytestmark = pytest.mark.timeout(600)

MESSAGES = [
    ChatMessage(role="system", content="You are a physician. Request examinations or commit to a diagnosis."),
    ChatMessage(role="user", content="A 35-year-old woman reports double vision that worsens in the evening."),
]
TOOLS = [
    ToolSpec(
        function={
            "name": "request_examinations",
            "description": "Order examinations.",
            "parameters": {
                "type": "object",
                "properties": {"names": {"type": "array", "items": {"type": "string"}}},
                "required": ["names"],
                "additionalProperties": False,
            },
        }
    ),
    ToolSpec(
        function={
            "name": "submit_diagnosis",
            "description": "Commit to the final diagnosis.",
            "parameters": {
                "type": "object",
                "properties": {"diagnosis": {"type": "string"}},
                "required": ["diagnosis"],
                "additionalProperties": False,
            },
        }
    ),
]


def test_is_a_policy(tiny_policy: OpenAIPolicy) -> None:
    assert isinstance(tiny_policy, Policy)
    assert tiny_policy.name.startswith("openai:dxgym-tiny@http://127.0.0.1:")


async def test_text_mode_with_a_structured_output_regex(tiny_policy: OpenAIPolicy) -> None:
    regex = r"<request>(CBC|Chest X-Ray|Acetylcholine receptor antibodies)</request>"
    policy = tiny_policy.with_options(extra_body={"structured_outputs": {"regex": regex}})
    turn = await policy.act(MESSAGES, None)
    assert re.fullmatch(regex, turn.content), turn.content
    assert turn.tool_calls == ()
    assert turn.usage is not None and turn.usage.prompt_tokens > 10 and turn.usage.completion_tokens > 0
    assert not turn.usage.estimated  # counted by the endpoint


async def test_choice_constraint_and_determinism(tiny_policy: OpenAIPolicy) -> None:
    policy = tiny_policy.with_options(extra_body={"structured_outputs": {"choice": ["\\boxed{0}", "\\boxed{1}"]}})
    first = await policy.act(MESSAGES, None)
    second = await policy.act(MESSAGES, None)
    assert first.content in ("\\boxed{0}", "\\boxed{1}")
    assert first.content == second.content  # temperature 0, fixed seed


async def test_text_mode_ignores_tools(tiny_policy: OpenAIPolicy) -> None:
    policy = tiny_policy.with_options(extra_body={"structured_outputs": {"choice": ["<request>CBC</request>"]}})
    turn = await policy.act(MESSAGES, TOOLS)  # text mode: tools are not sent
    assert turn.content == "<request>CBC</request>" and turn.tool_calls == ()


async def test_tool_mode_named_tool_choice_gives_schema_valid_arguments(
    tiny_policy: OpenAIPolicy, whitespace_bias: dict[str, int]
) -> None:
    policy = tiny_policy.with_options(mode="tools", max_tokens=96)
    constrained = ConstrainedTinyPolicy(policy, ["CBC", "Electromyography"], 1, whitespace_bias)
    request_turn = await constrained.act(MESSAGES, TOOLS)
    assert len(request_turn.tool_calls) == 1
    call = request_turn.tool_calls[0]
    assert call.function.name == "request_examinations" and call.id
    names = json.loads(call.function.arguments)["names"]
    assert 1 <= len(names) <= 2 and set(names) <= {"CBC", "Electromyography"}

    diagnosis_turn = await constrained.act(MESSAGES, TOOLS)
    (call,) = diagnosis_turn.tool_calls
    assert call.function.name == "submit_diagnosis"
    diagnosis = json.loads(call.function.arguments)["diagnosis"]
    assert isinstance(diagnosis, str) and diagnosis.strip()


async def test_tool_mode_auto_goes_through_the_tool_parser(tiny_policy: OpenAIPolicy) -> None:
    # tool_choice "auto" is accepted because the server runs with --tool-call-parser hermes;
    # a random model rarely writes a call, so only the turn's shape is asserted.
    turn = await tiny_policy.with_options(mode="tools", max_tokens=16).act(MESSAGES, TOOLS)
    assert isinstance(turn, AssistantTurn)


async def test_bounded_concurrency_and_one_shared_client(tiny_policy: OpenAIPolicy) -> None:
    policy = tiny_policy.with_options(
        concurrency=2, extra_body={"structured_outputs": {"choice": ["\\boxed{0}", "\\boxed{1}"]}}
    )
    turns = await asyncio.gather(*(policy.act(MESSAGES, None) for _ in range(6)))
    assert all(t.content in ("\\boxed{0}", "\\boxed{1}") for t in turns)
    assert shared_client(policy.base_url, "EMPTY") is shared_client(tiny_policy.base_url, "EMPTY")


async def test_http_400_is_recorded_not_retried(tiny_policy: OpenAIPolicy) -> None:
    policy = tiny_policy.with_options(max_tokens=100_000)  # beyond --max-model-len: vLLM answers 400
    with pytest.raises(PolicyError) as info:
        await policy.act(MESSAGES, None)
    assert info.value.reason == "http_400" and info.value.attempts == 1


async def test_from_spec_against_the_server(vllm_server: VLLMServer) -> None:
    policy = from_spec(vllm_server.spec + "#max_tokens=8&temperature=0")
    assert isinstance(policy, OpenAIPolicy) and policy.max_tokens == 8
    turn = await policy.act(MESSAGES, None)
    assert turn.usage is not None and 0 < turn.usage.completion_tokens <= 8


async def test_local_hf_policy_on_the_tiny_model(tiny_model_path: str) -> None:
    policy = LocalHFPolicy(tiny_model_path, max_new_tokens=8)
    turn = await policy.act(MESSAGES, None)
    assert isinstance(turn, AssistantTurn)
    assert turn.usage is not None and turn.usage.prompt_tokens > 10 and 0 < turn.usage.completion_tokens <= 8
    again = await policy.act(MESSAGES, None)
    assert again.content == turn.content  # greedy decoding is deterministic


def test_hermes_tool_call_parsing() -> None:
    from dxgym.agents.policies.local_hf import parse_hermes_tool_calls

    text = 'thinking <tool_call>\n{"name": "submit_diagnosis", "arguments": {"diagnosis": "mg"}}\n</tool_call>'
    content, calls = parse_hermes_tool_calls(text)
    assert content == "thinking"
    assert calls[0].function.name == "submit_diagnosis"
    assert json.loads(calls[0].function.arguments) == {"diagnosis": "mg"}
    assert parse_hermes_tool_calls("<tool_call>{not json}</tool_call>")[1] == ()

"""The action protocol: both formats parse to the same actions; nothing raises."""

from __future__ import annotations

import json

import pytest

from dxgym.agents.types import FunctionCall, ToolCall
from dxgym.envs.protocol import (
    MAX_ACTION_CHARS,
    DiagnosisAction,
    InvalidAction,
    RequestAction,
    SearchAction,
    feedback_text,
    parse_action,
    system_prompt,
    tool_specs,
)


def call(name: str, arguments: str | dict, id: str = "call_0") -> ToolCall:
    args = arguments if isinstance(arguments, str) else json.dumps(arguments)
    return ToolCall(id=id, function=FunctionCall(name=name, arguments=args))


def test_request_tag_splits_items():
    action = parse_action("<think>weakness, ptosis</think>\n<request>CBC; chest x-ray</request>")
    assert isinstance(action, RequestAction)
    assert action.items == ("CBC", "chest x-ray")


def test_request_tool_matches_text():
    text = parse_action("<request>CBC; chest x-ray</request>")
    tool = parse_action("", [call("request_examinations", {"names": ["CBC", "chest x-ray"]})])
    assert isinstance(tool, RequestAction) and tool.items == text.items
    assert tool.call_index == (0, 0)


def test_several_request_calls_merge():
    action = parse_action("", [call("request_examinations", {"names": ["CBC"]}, "a"),
                              call("request_examinations", {"names": ["ECG"]}, "b")])
    assert isinstance(action, RequestAction)
    assert action.items == ("CBC", "ECG") and action.call_index == (0, 1)


def test_search_tag_and_tool():
    assert parse_action("<search>myasthenia   gravis</search>") == SearchAction("myasthenia gravis")
    assert parse_action("", [call("search_knowledge", {"query": "myasthenia gravis"})]) == SearchAction(
        "myasthenia gravis")


@pytest.mark.parametrize(
    ("text", "diagnosis", "citations"),
    [
        ("<diagnosis>\\boxed{Myasthenia gravis}</diagnosis>", "Myasthenia gravis", ()),
        ("<diagnosis>\\boxed{Myasthenia gravis}</diagnosis> [1][3]", "Myasthenia gravis", ("1", "3")),
        ("<diagnosis>\\boxed{Myasthenia gravis} [2, 4]</diagnosis>", "Myasthenia gravis", ("2", "4")),
        ("<diagnosis>Myasthenia gravis</diagnosis>", "Myasthenia gravis", ()),
        ("<think>x</think>So the answer is \\boxed{Myasthenia gravis}", "Myasthenia gravis", ()),
        ("\\boxed{wrong} then \\boxed{Graves' disease {hyperthyroid}}", "Graves' disease {hyperthyroid}", ()),
        ("<diagnosis>\\boxed{重症肌无力}</diagnosis>", "重症肌无力", ()),
        ("reasoning without tags</think><diagnosis>\\boxed{Asthma}</diagnosis>", "Asthma", ()),
    ],
)
def test_diagnosis_forms(text, diagnosis, citations):
    action = parse_action(text)
    assert action == DiagnosisAction(diagnosis, citations)


def test_diagnosis_tool_with_citations():
    action = parse_action("", [call("submit_diagnosis", {"diagnosis": "Asthma", "citations": ["kb:a#1", 3]})])
    assert action == DiagnosisAction("Asthma", ("kb:a#1", "3"))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "I think it is probably asthma.",
        "<request>CBC",
        "<think>never closed <request>CBC</request>",
        "<request><diagnosis>\\boxed{x}</diagnosis></request>",
        "<request>CBC</request><search>x</search>",
        "<request>CBC</request><request>ECG</request>",
        "</request>",
        "<request>   ;  ; </request>",
        "<search>   </search>",
        "<diagnosis>\\boxed{}</diagnosis>",
        "<diagnosis></diagnosis>",
        "\\boxed{unterminated",
        "CBC\x00 please",
        "<request>" + "x" * 300 + "</request>",
        "Je voudrais une numération formule sanguine.",
        "请给我做个检查",
        "\ud800 lone surrogate",
        "<" * 100_000,
        "<request>" * 50_000,
        "\\boxed{" * 50_000,
        "[" * 100_000,
        "x" * (MAX_ACTION_CHARS + 1),
    ],
)
def test_invalid_text_never_raises(text):
    action = parse_action(text)
    assert isinstance(action, InvalidAction), action
    assert action.reason and len(action.reason) < 300


@pytest.mark.parametrize(
    "calls",
    [
        [call("order_labs", {"names": ["CBC"]})],
        [call("request_examinations", "{not json")],
        [call("request_examinations", "[1, 2]")],
        [call("request_examinations", {"names": "CBC"})],
        [call("request_examinations", {"names": [1, 2]})],
        [call("request_examinations", {"names": []})],
        [call("request_examinations", {})],
        [call("request_examinations", {"names": ["CBC"], "urgent": True})],
        [call("search_knowledge", {"query": 5})],
        [call("search_knowledge", {"query": ""})],
        [call("submit_diagnosis", {"diagnosis": None})],
        [call("submit_diagnosis", {"diagnosis": "x", "citations": "1"})],
        [call("submit_diagnosis", {"diagnosis": "x", "citations": [True]})],
        [call("submit_diagnosis", {"dx": "asthma"})],
        [call("submit_diagnosis", {"diagnosis": "asthma"}), call("request_examinations", {"names": ["CBC"]})],
        [call("request_examinations", "[" * 100_000)],
        [call("request_examinations", "\x00")],
    ],
)
def test_invalid_tool_calls_never_raise(calls):
    action = parse_action(None, calls)
    assert isinstance(action, InvalidAction), action


def test_tool_call_wins_over_text():
    action = parse_action("<diagnosis>\\boxed{x}</diagnosis>", [call("search_knowledge", {"query": "q"})])
    assert action == SearchAction("q")


def test_item_cap_drops_the_rest():
    text = "<request>" + "; ".join(f"test {i}" for i in range(20)) + "</request>"
    action = parse_action(text, max_items=5)
    assert isinstance(action, RequestAction)
    assert len(action.items) == 5 and action.dropped == 15


def test_tool_specs_are_openai_function_tools():
    names = [spec.function["name"] for spec in tool_specs()]
    assert names == ["request_examinations", "search_knowledge", "submit_diagnosis"]
    for spec in tool_specs():
        assert spec.type == "function"
        assert spec.function["parameters"]["type"] == "object"


@pytest.mark.parametrize("tools", [False, True])
def test_system_prompts_explain_the_protocol_in_both_languages(tools):
    en, zh = system_prompt("en", tools), system_prompt("zh", tools)
    marker = "request_examinations" if tools else "<request>"
    assert marker in en and marker in zh
    assert "诊断" in zh and "diagnosis" in en
    assert feedback_text("en", tools) and feedback_text("zh", tools)

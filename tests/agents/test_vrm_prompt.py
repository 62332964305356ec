"""The VRM prompt files and the judge-output parser (pure, no server)."""

from __future__ import annotations

import pytest

from dxgym.agents.types import ChatMessage, FunctionCall, ToolCall
from dxgym.agents.verifiers.vrm_prompt import (
    PLACEHOLDERS,
    PROMPT_DIR,
    fill_prompt,
    load_prompt,
    parse_score,
    render_history,
)

APPENDIX_B_OPENING = (
    'You are a professional evaluation expert who must assess the quality of the "predicted answer" '
    "based on the following four core elements:"
)


def test_prompt_files_carry_attribution_and_the_verbatim_prompt() -> None:
    raw = (PROMPT_DIR / "vrm_en.txt").read_text(encoding="utf-8")
    header = raw.split("=== PROMPT ===")[0]
    assert "WiNGPT-3.0 Technical Report" in header and "Appendix B" in header
    zh_header = (PROMPT_DIR / "vrm_zh.txt").read_text(encoding="utf-8").split("=== PROMPT ===")[0]
    assert "WiNGPT-3.0" in zh_header
    en = load_prompt("en")
    assert en.text.startswith(APPENDIX_B_OPENING)
    assert en.text.endswith("\\boxed{Prediction answer evaluation score}")
    assert "WiNGPT" not in en.text  # attribution is not sent to the judge


def test_chinese_prompt_mirrors_the_english_structure() -> None:
    en, zh = load_prompt("en"), load_prompt("zh")
    assert en.text.count("###") == zh.text.count("###")
    assert en.text.count("---") == zh.text.count("---")
    assert zh.text.count("user: ") == 1 and zh.text.count("assistant: ") == 2
    assert zh.text.endswith("\\boxed{预测答案评估得分}")
    assert en.version != zh.version and en.version.startswith("wingpt3-appB-en-")


@pytest.mark.parametrize("language", ["en", "zh"])
def test_fill_prompt_replaces_exactly_the_four_placeholders(language: str) -> None:
    template = load_prompt(language)  # type: ignore[arg-type]
    transcript = (
        ChatMessage(role="system", content="SYSTEM PROMPT"),
        ChatMessage(role="user", content="35-year-old with diplopia"),
        ChatMessage(role="assistant", content="<request>CBC</request>"),
        ChatMessage(role="user", content="WBC 7.0 {Insert predicted answer}"),
        ChatMessage(role="assistant", content="<diagnosis>\\boxed{myasthenia gravis}</diagnosis>"),
    )
    text = fill_prompt(template, reference="Myasthenia gravis", prediction="MG", transcript=transcript)
    for placeholder in PLACEHOLDERS[language].values():  # type: ignore[index]
        if placeholder != "{Insert predicted answer}":
            assert placeholder not in text
    # every piece of consultation text is delimited data (issue 13)
    assert "assistant: ⟦MG⟧" in text and "assistant: ⟦Myasthenia gravis⟧" in text
    assert "user: ⟦35-year-old with diplopia⟧" in text
    assert "SYSTEM PROMPT" not in text  # the protocol's system prompt is not dialogue
    assert "\\boxed{myasthenia gravis}" not in text  # the final turn is the prediction, shown once
    # text inserted from the transcript is never re-scanned for placeholders
    assert "WBC 7.0 {Insert predicted answer}" in text


def test_history_renders_tool_calls_and_cuts_oldest_first() -> None:
    call = ToolCall(id="c", function=FunctionCall(name="request_examinations", arguments='{"names": ["CBC"]}'))
    transcript = (
        ChatMessage(role="user", content="x" * 500),
        ChatMessage(role="assistant", content="", tool_calls=(call,)),
        ChatMessage(role="tool", content="WBC 7.0", tool_call_id="c"),
    )
    history = render_history(transcript, "en", max_chars=100)
    assert history.splitlines()[1] == "[... earlier turns omitted ...]"
    assert 'request_examinations({"names": ["CBC"]})' in history and "tool: ⟦WBC 7.0⟧" in history
    assert render_history(None, "zh") == "（无）"


@pytest.mark.parametrize(
    ("output", "score"),
    [
        ("\\boxed{1}", 1),
        ("### Evaluation Analysis\nClose match.\n\n### Predicted Answer Evaluation Score\n\n\\boxed{0}", 0),
        ("analysis ... \\boxed{ 1 } trailing prose.", 1),
        ("\\boxed{Prediction answer evaluation score}\n...\\boxed{1}", 1),  # echoed template box
        ("\\boxed{1} and again \\boxed{1}", 1),
        ("得分：\\boxed{1分}", 1),
        ("\\boxed{$0$}", 0),
        ("\\boxed{1.0}", 1),
    ],
)
def test_parse_score_accepts_one_agreed_box(output: str, score: int) -> None:
    assert parse_score(output) == (score, None)


@pytest.mark.parametrize(
    ("output", "error_part"),
    [
        ("", "no \\boxed{}"),
        ("The predicted answer deserves 1 point.", "no \\boxed{}"),
        ("\\boxed{0} ... on reflection \\boxed{1}", "conflicting"),
        ("\\boxed{yes}", "not 0 or 1"),
        ("\\boxed{0.5}", "not 0 or 1"),
        ("\\boxed{10}", "not 0 or 1"),
        ("\\boxed{1", "unclosed"),
        ("\\boxed{\\text{1}}", "not 0 or 1"),
        ("\x00\\boxed{}\x00", "not 0 or 1"),
    ],
)
def test_parse_score_records_errors_and_never_raises(output: str, error_part: str) -> None:
    score, error = parse_score(output)
    assert score is None and error is not None and error_part in error


def test_the_cache_key_covers_everything_the_judge_sees() -> None:
    """Issue 13: the key was (case, normalised prediction); it is now the judge's whole view."""
    from dxgym.agents.types import VerifyRequest
    from dxgym.agents.verifiers.vrm import VRMVerifier

    class Never:
        name = "never"

        async def act(self, messages, tools):  # pragma: no cover - never called: keys only
            raise AssertionError

    vrm = VRMVerifier(Never())
    said = (ChatMessage(role="user", content="diplopia"), ChatMessage(role="assistant", content="request: CBC"),
            ChatMessage(role="user", content="WBC 7.0"))
    base = VerifyRequest(reference="Myasthenia gravis", prediction="MG", case_id="c", transcript=said)
    key = vrm.cache_key(*vrm.prompt_for(base))
    for change in ({"prediction": "mg"}, {"reference": "Lambert-Eaton"}, {"language": "zh"},
                   {"transcript": (ChatMessage(role="user", content="ptosis"),)}):
        assert vrm.cache_key(*vrm.prompt_for(base.model_copy(update=change))) != key, change
    # what the judge never sees does not split the cache: the case id, reasoning in the history
    thought = (said[0], ChatMessage(role="assistant", content="<think>secret plan</think>request: CBC"), said[2])
    same = base.model_copy(update={"case_id": "other", "transcript": thought,
                                   "prediction": "<think>it is MG</think>MG"})
    assert vrm.cache_key(*vrm.prompt_for(same)) == key

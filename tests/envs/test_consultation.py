"""The `Consultation` core: summary, observations, turns, truncation, search, citations, outcome."""

from __future__ import annotations

import tracemalloc

import pytest

from dxgym.agents.types import AssistantTurn, FunctionCall, ToolCall, Usage
from dxgym.envs.consultation import (
    ActionRejected,
    Consultation,
    ConsultationConfig,
    ConsultationOver,
    DiagnosisCommitted,
    RequestResolved,
)
from dxgym.envs.render import HIDDEN_HISTORY_KEYS


def test_summary_has_history_and_hides_examinations(en_case, lookup):
    summary = Consultation(en_case, lookup).reset()
    assert en_case.chief_complaint in summary
    assert en_case.present_illness in summary
    assert "Review of systems" in summary
    assert en_case.history["objective"] not in summary
    for exam in en_case.examinations:
        assert exam.result not in summary
    assert en_case.primary_diagnosis.name.lower() not in summary.lower()


def test_reveal_physical_exam_shows_it_in_the_summary(en_case, lookup):
    summary = Consultation(en_case, lookup, ConsultationConfig(reveal_physical_exam=True)).reset()
    pe = [e for e in en_case.examinations if e.category == "physical_examination"]
    lab = [e for e in en_case.examinations if e.category != "physical_examination"]
    assert pe and all(e.result in summary for e in pe)
    assert not any(e.result in summary for e in lab)


def test_summaries_never_contain_the_diagnosis(cases, lookup):
    for case in cases:
        if case.follow_up:
            continue
        summary = Consultation(case, lookup).reset().casefold()
        # the primary diagnosis; secondary ones (known comorbidities) may stand in the past history
        assert case.primary_diagnosis.name.casefold() not in summary, case.case_id
        for key in HIDDEN_HISTORY_KEYS:
            if key in case.history:
                assert case.history[key].casefold() not in summary


def test_group_request_returns_the_group_with_results(en_case, lookup):
    c = Consultation(en_case, lookup)
    c.reset()
    result = c.step("<request>Neurological_Examination</request>")
    neuro = [e for e in en_case.examinations if e.group == "Neurological_Examination"]
    for exam in neuro:
        assert exam.result in result.observation
    assert not result.terminated and not result.truncated
    # a physical-examination section is revealed, and counted apart from the auxiliary groups
    assert c.obtained_sections == {"Neurological_Examination"} and c.obtained_groups == frozenset()


def test_absent_examination_is_not_available_never_normal(en_case, lookup):
    c = Consultation(en_case, lookup)
    c.reset()
    obs = c.step("<request>bone marrow biopsy</request>").observation
    assert "not available in this patient's record" in obs
    assert "normal" not in obs.lower().replace("not available", "")
    assert c.outcome().requests[0].groups == frozenset()


def test_chinese_case_is_answered_in_chinese(zh_case, lookup):
    c = Consultation(zh_case, lookup)
    summary = c.reset()
    assert "主诉" in summary
    obs = c.step("<request>骨髓穿刺活检; 冠状动脉造影</request>").observation
    assert "该患者病历中无此项检查结果" in obs or "检查结果" in obs


def test_repeated_request_counts_once(en_case, lookup):
    c = Consultation(en_case, lookup)
    c.reset()
    c.step("<request>Chest_CT</request>")
    second = c.step("<request>Chest_CT</request>")
    assert [e.repeated for e in second.events if isinstance(e, RequestResolved)] == [True]
    assert len(c.outcome().requests) == 1


def test_invalid_action_uses_a_turn_and_explains(en_case, lookup):
    c = Consultation(en_case, lookup)
    c.reset()
    result = c.step("I am not sure yet.")
    assert result.action.kind == "invalid"
    assert any(isinstance(e, ActionRejected) for e in result.events)
    assert "<request>" in result.observation and "Turns left: 7" in result.observation
    assert c.turn == 1 and c.outcome().invalid_actions == 1


def test_max_turns_truncates(en_case, lookup):
    c = Consultation(en_case, lookup, ConsultationConfig(max_turns=2))
    c.reset()
    assert not c.step("<request>Chest_CT</request>").truncated
    last = c.step("<request>Electromyography</request>")
    assert last.truncated and not last.terminated
    assert c.stop_reason == "max_turns" and c.outcome().diagnosis is None
    with pytest.raises(ConsultationOver):
        c.step("<diagnosis>\\boxed{x}</diagnosis>")


def test_diagnosis_terminates(en_case, lookup):
    c = Consultation(en_case, lookup)
    c.reset()
    result = c.step("<diagnosis>\\boxed{Myasthenia gravis}</diagnosis>")
    assert result.terminated and c.stop_reason == "diagnosis"
    assert any(isinstance(e, DiagnosisCommitted) for e in result.events)
    assert c.outcome().diagnosis == "Myasthenia gravis"


def test_length_budget_truncates(en_case, lookup):
    c = Consultation(en_case, lookup, ConsultationConfig(max_response_tokens=50))
    c.reset()
    result = c.step(AssistantTurn(content="<request>Chest_CT</request>", usage=Usage(completion_tokens=60)))
    assert result.truncated and c.stop_reason == "length_budget"


def test_token_counts_from_usage_else_estimated(en_case, lookup):
    c = Consultation(en_case, lookup)
    c.reset()
    c.step(AssistantTurn(content="<request>Chest_CT</request>", usage=Usage(prompt_tokens=500, completion_tokens=9)))
    assert c.usage == Usage(prompt_tokens=500, completion_tokens=9, estimated=False)
    c.step("<request>Electromyography</request>")
    assert c.usage.estimated and c.usage.completion_tokens > 9


def test_tool_call_turn_gets_one_tool_message_per_call(en_case, lookup):
    c = Consultation(en_case, lookup, ConsultationConfig(tools=True))
    c.reset()
    calls = (
        ToolCall(id="a", function=FunctionCall(name="request_examinations", arguments='{"names": ["Chest_CT"]}')),
        ToolCall(id="b", function=FunctionCall(name="request_examinations", arguments='{"names": ["Electromyography"]}')),
    )
    c.step(AssistantTurn(tool_calls=calls))
    tool_messages = [m for m in c.messages if m.role == "tool"]
    assert [m.tool_call_id for m in tool_messages] == ["a", "b"]
    assert "thymoma" in tool_messages[0].content and "repetitive stimulation" in tool_messages[1].content
    assert c.messages[0].role == "system" and "request_examinations" in c.messages[0].content


def test_include_thinking_false_strips_reasoning(en_case, lookup):
    c = Consultation(en_case, lookup, ConsultationConfig(include_thinking=False))
    c.reset()
    c.step("<think>secret musing</think><request>Chest_CT</request>")
    assert "secret musing" not in c.messages[2].content


def test_search_without_knowledge_base_is_feedback_not_a_format_error(en_case, lookup):
    c = Consultation(en_case, lookup)
    c.reset()
    result = c.step("<search>myasthenia</search>")
    assert result.action.kind == "search" and "No knowledge base" in result.observation
    assert c.outcome().invalid_actions == 0


def test_search_cite_and_diagnose(en_case, lookup, tmp_path):
    from dxgym.agents.knowledge import index

    (tmp_path / "mg.md").write_text(
        "# Myasthenia gravis\n\nMyasthenia gravis causes fatigable ptosis, diplopia and proximal weakness; "
        "acetylcholine receptor antibodies and decrement on repetitive nerve stimulation confirm it.\n",
        encoding="utf-8")
    (tmp_path / "asthma.md").write_text("# Asthma\n\nAsthma causes wheeze and reversible airflow obstruction.\n",
                                        encoding="utf-8")
    kb = index.build_kb([tmp_path])
    c = Consultation(en_case, lookup, ConsultationConfig(max_searches=1), knowledge=kb)
    c.reset()
    shown = c.step("<search>fatigable ptosis diplopia</search>")
    assert "[1]" in shown.observation and "passage_id" in shown.observation
    assert "limit" in c.step("<search>again</search>").observation
    first = c.outcome().passages_shown[0]
    c.step("<diagnosis>\\boxed{Myasthenia gravis}</diagnosis> [1][7]")
    out = c.outcome()
    assert out.citations == (first.passage_id, "7")
    assert out.searches == ("fatigable ptosis diplopia",)


async def test_step_and_astep_agree(en_case, lookup):
    actions = ["<request>Chest_CT; CBC; Vital signs</request>", "nonsense", "<diagnosis>\\boxed{MG}</diagnosis>"]
    a, b = Consultation(en_case, lookup), Consultation(en_case, lookup)
    a.reset(), b.reset()
    for action in actions:
        assert a.step(action).observation == (await b.astep(action)).observation
    assert a.outcome() == b.outcome()


def test_a_live_consultation_is_small(cases, lookup):
    """DESIGN: < 20 KB a live consultation (the case itself is shared, not copied)."""
    case = cases[0]
    warm = Consultation(case, lookup)
    warm.reset()
    warm.step("<request>CBC; Chest_CT; vital signs</request>")
    tracemalloc.start()
    before = tracemalloc.take_snapshot()
    live = Consultation(case, lookup)
    live.reset()
    live.step("<request>CBC; Chest_CT; vital signs</request>")
    after = tracemalloc.take_snapshot()
    tracemalloc.stop()
    size = sum(stat.size_diff for stat in after.compare_to(before, "filename"))
    print(f"live consultation after one request turn: {size} bytes")
    assert size < 20_000


@pytest.mark.parametrize("use_astep", [False, True])
def test_a_turn_sends_at_most_semantic_per_turn_misses_to_the_semantic_tier(en_case, use_astep):
    """Requests the deterministic tiers answer spend nothing; of those they miss, only the first
    `semantic_per_turn` reach the semantic tier (a hang guard for rollout workers); every item is answered."""
    import asyncio

    from dxgym.agents.lookup import ExamLookup

    asked: list[str] = []

    class CountingTier:
        def match(self, request, case):
            asked.append(request)
            return ()

    lookup = ExamLookup(semantic=False, memo_size=0)
    lookup.semantic = CountingTier()  # type: ignore[assignment]
    known = list(dict.fromkeys(e.group.replace("_", " ") for e in en_case.examinations))[:2]  # read by the deterministic tiers
    assert all(lookup.resolve(k, en_case, semantic=False) for k in known)
    unread = [f"made up test {n}" for n in range(7)]
    consultation = Consultation(en_case, lookup, ConsultationConfig(semantic_per_turn=3))
    consultation.reset()
    action = "<request>" + "; ".join([*known, *unread, "made up test 0"]) + "</request>"  # a repeat: one item
    result = asyncio.run(consultation.astep(action)) if use_astep else consultation.step(action)
    assert asked == unread[:3]
    resolved = [e for e in result.events if isinstance(e, RequestResolved)]
    assert len(resolved) == 9 and all(e.hits for e in resolved[:2])


def test_a_memoised_answer_without_the_semantic_tier_never_stands_in_for_a_full_one(en_case):
    from dxgym.agents.lookup import ExamLookup
    from dxgym.agents.lookup.agent import SemanticAllowance

    asked: list[str] = []

    class CountingTier:
        def match(self, request, case):
            asked.append(request)
            return ()

    lookup = ExamLookup(semantic=False)
    lookup.semantic = CountingTier()  # type: ignore[assignment]
    spent = SemanticAllowance(0)
    assert lookup.resolve_cached("made up test", en_case, semantic=spent) == [] and asked == []
    assert lookup.resolve_cached("made up test", en_case, semantic=SemanticAllowance(0)) == [] and asked == []
    lookup.resolve_cached("made up test", en_case, semantic=SemanticAllowance(1))  # asks the tier now
    lookup.resolve_cached("made up test", en_case)  # ... and its full answer is memoised
    assert asked == ["made up test"]


def test_a_lookup_told_no_semantic_never_embeds(en_case):
    from dxgym.agents.lookup import ExamLookup

    lookup = ExamLookup(semantic=False)

    class Exploding:
        def match(self, request, case):
            raise AssertionError("the semantic tier was asked")

    lookup.semantic = Exploding()  # type: ignore[assignment]
    assert lookup.resolve("a blood test nobody has named", en_case, semantic=False) == []
    with pytest.raises(AssertionError, match="semantic tier was asked"):
        lookup.resolve("a blood test nobody has named", en_case)

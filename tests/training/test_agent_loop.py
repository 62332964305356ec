"""`DxAgentLoop` driven by a tiny local transformers model standing in for verl's server manager.

Real verl (config, Continuous-Token helpers, `AgentLoopOutput`), real token ids. The stand-in
follows a scripted reply per turn (token ids of the script, logprobs from the model) or decodes
greedily from the random model, which gives a malformed episode. The loop's `extra_fields` carry a
compact form (contract changed by issue 15: the full record is rebuilt on the reward side), so the
record is read here the way the reward function reads it: replayed from the fields and the response.
"""

from __future__ import annotations

import pytest

from dxgym.training.fields import FIELD_KEYS
from dxgym.training.standin import LocalModelServer

EN_SCRIPT = (
    "<think>Weakness that worsens with use.</think><request>CBC; chest CT</request>",
    "<request>neurological examination</request>",
)


def _diagnosis(case) -> str:
    return f"<diagnosis>\\boxed{{{case.primary_diagnosis.name}}}</diagnosis>"


def _template_ids(tokenizer, messages) -> list[int]:
    out = tokenizer.apply_chat_template(messages, tokenize=True, add_generation_prompt=False)
    return list(out["input_ids"] if hasattr(out, "keys") else out)


def _segments(mask: list[int]) -> list[tuple[int, int, int]]:
    """Runs of equal mask values: (value, start, end)."""
    runs: list[tuple[int, int, int]] = []
    start = 0
    for i in range(1, len(mask) + 1):
        if i == len(mask) or mask[i] != mask[start]:
            runs.append((mask[start], start, i))
            start = i
    return runs


@pytest.mark.parametrize("which", ["en_case", "zh_case"])
async def test_request_then_diagnosis(which, request, tiny, verl_config, run_loop, replayed):
    model, tokenizer = tiny
    case = request.getfixturevalue(which)
    groups = sorted(case.relevant_groups)
    script = [f"<request>{groups[0].replace('_', ' ')}</request>", f"<request>{groups[-1].replace('_', ' ')}</request>",
              _diagnosis(case)] if which == "zh_case" else [*EN_SCRIPT, _diagnosis(case)]
    server = LocalModelServer(model, tokenizer, script)

    out = await run_loop(verl_config, server, tokenizer, case, session_id=3, global_steps=7)

    _, record = await replayed(out, tokenizer)
    assert record["stop_reason"] == "diagnosis"
    assert record["outcome"]["diagnosis"] == case.primary_diagnosis.name
    assert [m["role"] for m in record["messages"]] == ["system", "user", "assistant", "user", "assistant", "user", "assistant"]
    assert record["verdict"] is None and record["reward"] is None  # the reward function completes it
    assert record["seed"] == 7 and record["rollout_index"] == 3
    assert out.num_turns == 6

    # one request id for the whole trajectory (sticky routing), and every turn's prompt is a prefix of the final ids
    ids = out.prompt_ids + out.response_ids
    assert len({c["request_id"] for c in server.calls}) == 1
    for call in server.calls:
        assert ids[: len(call["prompt_ids"])] == call["prompt_ids"]
    assert server.calls[0]["prompt_ids"] == out.prompt_ids

    # the final ids are the chat template of the whole conversation (the template's newline after the
    # last <|im_end|> is the only difference: the model stops at <|im_end|>)
    full = _template_ids(tokenizer, record["messages"])
    assert ids == full[: len(ids)]
    assert full[len(ids):] == tokenizer.encode("\n", add_special_tokens=False)

    # masks: exactly the policy's tokens are 1; observations (and boundary tokens) are 0
    mask = out.response_mask
    assert len(mask) == len(out.response_ids) == len(out.response_logprobs)
    policy_runs = [(s, e) for v, s, e in _segments(mask) if v == 1]
    eot = server.eot
    expected = [[*tokenizer.encode(text, add_special_tokens=False), eot] for text in script]
    assert [out.response_ids[s:e] for s, e in policy_runs] == expected
    observations = [tokenizer.decode(out.response_ids[s:e]) for v, s, e in _segments(mask) if v == 0]
    user_turns = [m["content"] for m in record["messages"][3::2]]
    for text, observation in zip(user_turns, observations, strict=True):
        assert text in observation
    # logprobs: the model's for policy tokens, 0 elsewhere
    assert all(lp == 0.0 for lp, m in zip(out.response_logprobs, mask, strict=True) if m == 0)
    assert all(lp < 0.0 for lp, m in zip(out.response_logprobs, mask, strict=True) if m == 1)

    assert set(out.extra_fields) == set(FIELD_KEYS)
    assert len(out.extra_fields["dxgym_episode"]) < 4096  # compact: the record is rebuilt by the reward side
    assert [r["item"] for r in record["outcome"]["requests"]]
    assert record["usage"]["completion_tokens"] == sum(out.response_mask)  # L: every policy token
    assert out.metrics.tool_calls > 0 and out.metrics.generate_sequences > 0


async def test_truncated_at_length_budget(tiny, en_case, config_with, run_loop, replayed):
    model, tokenizer = tiny
    budget = 60
    config = config_with(actor_rollout_ref__rollout__response_length=budget)
    server = LocalModelServer(model, tokenizer, [*EN_SCRIPT, _diagnosis(en_case)])

    out = await run_loop(config, server, tokenizer, en_case)

    _, record = await replayed(out, tokenizer)
    assert record["stop_reason"] == "length_budget"
    assert record["outcome"]["diagnosis"] is None
    assert len(out.response_ids) == len(out.response_mask) == budget
    # every generation was asked for no more than what was left of the budget
    spent = 0
    for call in server.calls:
        spent = len(call["prompt_ids"]) - len(out.prompt_ids)
        assert call["sampling_params"]["max_tokens"] == budget - spent
    assert set(out.extra_fields) == set(FIELD_KEYS)


async def test_turn_cut_by_budget_is_not_stepped(tiny, en_case, config_with, run_loop, replayed):
    """A reply cut mid-way by the budget is recorded but not parsed as an action (no format penalty);
    its tokens count (L is every assistant token)."""
    model, tokenizer = tiny
    long_reply = "<think>" + "weakness " * 200 + "</think>" + _diagnosis(en_case)
    server = LocalModelServer(model, tokenizer, [long_reply])

    out = await run_loop(config_with(actor_rollout_ref__rollout__response_length=50), server, tokenizer, en_case)

    _, record = await replayed(out, tokenizer)
    assert record["stop_reason"] == "length_budget"
    assert record["turns"] == [] and record["outcome"]["invalid_actions"] == 0
    assert record["messages"][-1]["role"] == "assistant"  # what the policy said is kept
    assert record["messages"][-1]["content"] == tokenizer.decode(out.response_ids, skip_special_tokens=True)
    assert out.response_mask == [1] * 50
    assert record["usage"]["completion_tokens"] == 50


async def test_malformed_episode_from_the_model(tiny, en_case, config_with, run_loop, replayed):
    """No script: the random model's own greedy output, which never parses, until max_turns."""
    model, tokenizer = tiny
    server = LocalModelServer(model, tokenizer, [], max_free_tokens=12)
    config = config_with(actor_rollout_ref__rollout__response_length=4096)

    out = await run_loop(config, server, tokenizer, en_case)

    _, record = await replayed(out, tokenizer)
    assert record["stop_reason"] == "max_turns"
    assert {t["action_type"] for t in record["turns"]} == {"invalid"}
    assert record["outcome"]["invalid_actions"] == len(record["turns"]) == 8
    assert record["outcome"]["diagnosis"] is None and record["outcome"]["requests"] == []
    policy_runs = [out.response_ids[s:e] for v, s, e in _segments(out.response_mask) if v == 1]
    assert policy_runs == [c["token_ids"] for c in server.calls]  # the model's own tokens, each turn, mask 1
    assert set(out.extra_fields) == set(FIELD_KEYS)


async def test_reveal_physical_exam_follows_the_row(tiny, en_case, verl_config, run_loop, replayed):
    model, tokenizer = tiny
    hidden = await run_loop(verl_config, LocalModelServer(model, tokenizer, [_diagnosis(en_case)]), tokenizer, en_case)
    shown = await run_loop(verl_config, LocalModelServer(model, tokenizer, [_diagnosis(en_case)]), tokenizer, en_case,
                           reveal=True)
    assert len(shown.prompt_ids) > len(hidden.prompt_ids)
    consultation, record = await replayed(shown, tokenizer)
    assert record["stop_reason"] == "diagnosis" and consultation.config.reveal_physical_exam


async def test_unknown_case_fails_loudly(tiny, en_case, verl_config, row_kwargs):
    from dxgym.emr_fixtures.errors import CaseNotFound
    from dxgym.training.verl_config import instantiate_agent_loop

    model, tokenizer = tiny
    loop = instantiate_agent_loop(verl_config, LocalModelServer(model, tokenizer, []), tokenizer, db="fixtures")
    row = row_kwargs(en_case)
    row["extra_info"] = {**row["extra_info"], "case_id": "agentclinic:medqa:999999"}
    with pytest.raises(CaseNotFound):
        await loop.run({"logprobs": True}, **row)


def _small_budget(config_with, threshold: int, budget: int, response: int = 4096):
    return config_with(actor_rollout_ref__rollout__response_length=response,
                       reward__custom_reward_function__reward_kwargs__length_threshold=threshold,
                       reward__custom_reward_function__reward_kwargs__length_budget=budget)


async def test_assistant_tokens_reaching_b_get_the_full_length_penalty(tiny, en_case, config_with, run_loop,
                                                                        replayed, score_output):
    """Issue 13: B is the policy's own token budget (observations do not count); a turn cut there counts."""
    model, tokenizer = tiny
    long_reply = "<think>" + "weakness " * 200 + "</think>" + _diagnosis(en_case)
    first = len(tokenizer.encode(EN_SCRIPT[1], add_special_tokens=False)) + 1  # + end of turn
    budget = first + 15
    config = _small_budget(config_with, threshold=first, budget=budget)
    server = LocalModelServer(model, tokenizer, [EN_SCRIPT[1], long_reply])

    out = await run_loop(config, server, tokenizer, en_case)

    _, record = await replayed(out, tokenizer)
    assert record["stop_reason"] == "length_budget"
    assert [t["action_type"] for t in record["turns"]] == ["request"]  # the cut turn is not an action
    assert sum(out.response_mask) == budget == record["usage"]["completion_tokens"]
    assert len(out.response_mask) > budget  # the observation of turn 1 rode in the response, outside B
    assert [c["sampling_params"]["max_tokens"] for c in server.calls] == [budget, budget - first]
    result = await score_output(out, tokenizer, config, en_case)
    assert result["reward_length"] == pytest.approx(-0.5)
    assert result["response_tokens"] == budget


async def test_finished_turn_reaching_b_ends_the_episode(tiny, en_case, config_with, run_loop, replayed, score_output):
    """A turn that ends exactly at B is stepped (its request resolved) and the episode ends there."""
    model, tokenizer = tiny
    first = [*tokenizer.encode(EN_SCRIPT[0], add_special_tokens=False)]
    budget = len(first) + 1  # + the end-of-turn token
    config = _small_budget(config_with, threshold=budget - 4, budget=budget)
    server = LocalModelServer(model, tokenizer, [EN_SCRIPT[0], _diagnosis(en_case)])

    out = await run_loop(config, server, tokenizer, en_case)

    _, record = await replayed(out, tokenizer)
    assert record["stop_reason"] == "length_budget" and len(server.calls) == 1
    assert [t["action_type"] for t in record["turns"]] == ["request"]
    result = await score_output(out, tokenizer, config, en_case)
    assert result["reward_length"] == pytest.approx(-0.5) and result["reward_no_diagnosis"] == -0.5


async def test_between_t_and_b_the_penalty_is_partial(tiny, en_case, config_with, run_loop, score_output):
    model, tokenizer = tiny
    server = LocalModelServer(model, tokenizer, [*EN_SCRIPT, _diagnosis(en_case)])
    probe = await run_loop(_small_budget(config_with, 1_000, 2_000), server, tokenizer, en_case)
    length = sum(probe.response_mask)  # the scripted episode's assistant tokens
    config = _small_budget(config_with, threshold=length - 10, budget=length + 10)

    out = await run_loop(config, LocalModelServer(model, tokenizer, [*EN_SCRIPT, _diagnosis(en_case)]), tokenizer,
                         en_case)

    result = await score_output(out, tokenizer, config, en_case)
    assert result["acc"] == 1.0 and result["response_tokens"] == length
    assert result["reward_length"] == pytest.approx(-0.25)  # halfway from T to B: half the cosine's 0.5

"""`dxgym replay`: recorded episodes (from play, from `run_episode` with the oracle, with tools,
with thinking, with knowledge-base citations) read back turn by turn. The plain form must carry
every observation exactly as the environment produced it, so the checks are byte comparisons
against the record's own messages, with the block delimiters around them."""

from __future__ import annotations

import asyncio
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from rich.console import Console
from typer.testing import CliRunner

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.types import AssistantTurn
from dxgym.agents.verifiers import RuleVerifier
from dxgym.emr_fixtures.fixtures import fixture_case
from dxgym.envs import play_cli
from dxgym.envs.consultation import ConsultationConfig
from dxgym.envs.episode import run_episode
from dxgym.envs.play import play_case
from dxgym.envs.play_ui import PlainTerminal
from dxgym.envs.records import EpisodeRecord, read_jsonl, write_jsonl
from dxgym.envs.replay import print_rich, split_turns

DXGYM = str(Path(sys.executable).with_name("dxgym"))
EN_CASE = "agentclinic:medqa:29"
ZH_CASE = "dxgym:cases_zh:2"


class Script:
    """A policy that says fixed lines: enough to record thinking, searches and citations."""

    def __init__(self, name: str, lines: list[str]) -> None:
        self.name = name
        self.lines = list(lines)

    async def act(self, messages, tools) -> AssistantTurn:
        return AssistantTurn(content=self.lines.pop(0))


def episode(case_id: str, policy, *, tools: bool = False, knowledge=None) -> EpisodeRecord:
    from dxgym.envs.policy_spec import make_policy

    case = fixture_case(case_id)
    if isinstance(policy, str):
        policy = make_policy(policy, case)
    return asyncio.run(run_episode(case, policy, lookup=ExamLookup(), verifier=RuleVerifier(), tools=tools,
                                   knowledge=knowledge))


def clinician_record(tmp_path: Path) -> Path:
    """A real play-through (the same `play_case` the CLI runs), with its record written to a file."""
    out = tmp_path / "played.jsonl"
    stdin = io.StringIO("CBC, blood cultures\nchest x-ray\ndx disseminated gonococcal infection\n")
    play_case(fixture_case(EN_CASE), PlainTerminal(stdin, io.StringIO()), lookup=ExamLookup(),
              verifier=RuleVerifier(), config=ConsultationConfig(), out=out)
    return out


def assert_observations_exact(output: str, record: EpisodeRecord) -> None:
    """Every observation message appears verbatim between `observation:` and the next block line,
    the summary verbatim after its header, and each turn once."""
    _, turns = split_turns(record)
    assert output.count("\n--- turn ") == len(turns) == len(record.turns)
    summary = record.messages[1]["content"]
    assert f"--- user\n{summary}\n--- turn 1\n" in output
    observed = [m["content"] for m in record.messages[2:] if m["role"] in ("user", "tool")]
    assert observed, "the episode has observations to check"
    for content in observed:
        block = f"observation:\n{content}\n"
        at = output.find(block)
        assert at >= 0, content[:80]
        following = output[at + len(block) :]
        assert following.startswith(("--- turn ", "=== reward", "observation:\n"))


def replay(app: typer.Typer, *args: str):
    return CliRunner().invoke(app, ["replay", *args])


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    root = typer.Typer()
    play_cli.register(root)
    return root


def test_plain_replay_of_a_play_record_is_byte_exact(tmp_path: Path, isolated_data_home: Path) -> None:
    path = clinician_record(tmp_path)
    [record] = list(read_jsonl(path))
    env = {**os.environ, "XDG_DATA_HOME": str(isolated_data_home), "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run([DXGYM, "replay", str(path), "--plain"], capture_output=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr.decode()
    output = done.stdout.decode("utf-8")
    assert "\x1b[" not in output
    assert_observations_exact(output, record)
    assert "policy clinician" in output
    assert "action: request: CBC | blood cultures" in output
    assert "  tier: chest x-ray -> not available" in output
    assert "action: diagnosis: disseminated gonococcal infection" in output
    assert "verdict: correct" in output and "  correctness: +1.000" in output


@pytest.mark.parametrize("tools", [False, True], ids=["text", "tools"])
@pytest.mark.parametrize("case_id", [EN_CASE, ZH_CASE])
def test_plain_replay_of_an_oracle_episode(app: typer.Typer, tmp_path: Path, case_id: str, tools: bool) -> None:
    record = episode(case_id, "oracle", tools=tools)
    path = tmp_path / "episodes.jsonl"
    write_jsonl(path, [record])
    result = replay(app, str(path), "--plain")
    assert result.exit_code == 0, result.output
    assert_observations_exact(result.stdout, record)
    assert "action: request: " in result.stdout and "  tier: " in result.stdout
    assert f"reward: {record.reward:+.3f}" in result.stdout
    if tools:
        assert "tool call request_examinations(" in result.stdout


def test_thinking_is_folded_unless_asked(app: typer.Typer, tmp_path: Path) -> None:
    reasoning = "wrist pain, pustules and fever in a young man: think gonococcal " * 3
    record = episode(EN_CASE, Script("script", [
        f"<think>{reasoning}</think><request>CBC</request>",
        "<think>done</think><diagnosis>\\boxed{disseminated gonococcal infection}</diagnosis>",
    ]))
    path = tmp_path / "thinking.jsonl"
    write_jsonl(path, [record])
    folded = replay(app, str(path), "--plain").stdout
    assert reasoning not in folded
    assert f"<think>[{len(reasoning)} characters of reasoning folded; --show-thinking shows them]</think>" in folded
    shown = replay(app, str(path), "--plain", "--show-thinking").stdout
    assert f"<think>{reasoning}</think><request>CBC</request>" in shown
    assert_observations_exact(folded, record)


def test_request_search_cite_and_diagnose_replays_with_cited_passages(app: typer.Typer, tmp_path: Path) -> None:
    """Issue 9: request -> search -> diagnosis with citations, over the shipped knowledge base."""
    from dxgym.agents.knowledge import load_default_kb

    record = episode(ZH_CASE, Script("script", [
        "<request>血常规</request>",
        "<search>community acquired pneumonia</search>",  # the shipped KB is English since issue 13
        "<diagnosis>\\boxed{社区获得性肺炎}</diagnosis> [1]",
    ]), knowledge=load_default_kb())
    assert [t.action_type for t in record.turns] == ["request", "search", "diagnosis"]
    assert record.turns[0].hits, "the request resolved against the record"
    cited = record.turns[-1].citations
    assert len(cited) == 1 and cited[0] == record.turns[1].passages[0]
    assert record.verdict is not None and record.verdict.correct
    path = tmp_path / "search.jsonl"
    write_jsonl(path, [record])
    output = replay(app, str(path), "--plain").stdout
    assert "action: search: community acquired pneumonia" in output
    assert f"action: diagnosis: 社区获得性肺炎 (cites {cited[0]})" in output
    search_observation = record.messages[5]["content"]
    block = next(b for b in search_observation.split("\n\n") if f"(passage_id: {cited[0]};" in b)
    assert f"  cited {cited[0]}:\n{block}\n" in output
    assert_observations_exact(output, record)


def test_choosing_an_episode(app: typer.Typer, tmp_path: Path) -> None:
    first, second = episode(EN_CASE, "oracle"), episode(ZH_CASE, "oracle")
    path = tmp_path / "two.jsonl"
    write_jsonl(path, [first, second])
    by_number = replay(app, str(path), "--plain", "--episode", "2")
    assert by_number.exit_code == 0 and f"episode {second.episode_id}" in by_number.stdout
    by_id = replay(app, str(path), "--plain", "--episode", first.episode_id[:10])
    assert f"episode {first.episode_id}" in by_id.stdout
    by_case = replay(app, str(path), "--plain", "--case", ZH_CASE)
    assert f"episode {second.episode_id}" in by_case.stdout
    default = replay(app, str(path), "--plain")
    assert f"episode {first.episode_id}" in default.stdout and "2 episodes" in default.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.jsonl"], "no such file"),
        (["bad.jsonl"], "line 2 is not an episode record"),
        (["good.jsonl", "--episode", "3"], "no episode 3"),
        (["good.jsonl", "--episode", "ffffffffffff"], "no episode with id"),
        (["good.jsonl", "--case", "agentclinic:medqa:999"], "no episode of case"),
        (["good.jsonl", "--case", EN_CASE, "--episode", "1"], "not both"),
        (["empty.jsonl"], "holds no episodes"),
    ],
)
def test_errors_are_one_line(app: typer.Typer, tmp_path: Path, args: list[str], message: str) -> None:
    record = episode(EN_CASE, "oracle")
    write_jsonl(tmp_path / "good.jsonl", [record])
    (tmp_path / "bad.jsonl").write_text(record.to_json_line() + "\n{\"not\": \"a record\"}\n", encoding="utf-8")
    (tmp_path / "empty.jsonl").write_text("\n", encoding="utf-8")
    result = replay(app, str(tmp_path / args[0]), *args[1:])
    assert result.exit_code != 0
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stdout == ""


def test_rich_replay_pages_turn_by_turn() -> None:
    record = episode(ZH_CASE, "oracle")
    prompts: list[str] = []
    console = Console(record=True, width=140, force_terminal=False)
    print_rich(record, console=console, ask=lambda p: prompts.append(p) or "")
    text = console.export_text()
    assert len(prompts) == len(record.turns) == 2
    assert "turn 1 · request" in text and "turn 2 · diagnosis" in text
    assert "白细胞计数(WBC)" in text and "reward" in text
    skipped: list[str] = []
    console = Console(record=True, width=140, force_terminal=False)
    print_rich(record, console=console, ask=lambda p: skipped.append(p) or "q")
    assert len(skipped) == 1 and "turn 1 ·" not in console.export_text()

"""`dxgym play` driven through a pipe, as scripts and CI drive it: the real console script in a
subprocess, one command per line, plain text out. Each expected result is what the consultation
core itself answers for the same request, so the test checks that play shows the environment's
text unchanged (and a few literal facts about it: units, flags, reference ranges, absent items)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from dxgym.agents.lookup import ExamLookup
from dxgym.emr_fixtures.fixtures import fixture_case
from dxgym.envs.consultation import Consultation
from dxgym.envs.play import Command, LazyKnowledge, action_text, parse_command, pick_case
from dxgym.envs.records import EpisodeRecord, read_jsonl

DXGYM = str(Path(sys.executable).with_name("dxgym"))
EN_CASE = "agentclinic:medqa:29"  # disseminated gonococcal infection: flagged CBC, an absent chest x-ray
ZH_CASE = "dxgym:cases_zh:2"  # 社区获得性肺炎: units, reference ranges and flags in Chinese


@pytest.fixture(scope="module")
def env(isolated_data_home: Path) -> dict[str, str]:
    """The tests' own XDG data home (the embedded EMR is built there), UTF-8 pipes."""
    out = {k: v for k, v in os.environ.items() if k != "DXGYM_DATABASE_URL"}
    out.update(XDG_DATA_HOME=str(isolated_data_home), PYTHONIOENCODING="utf-8", LC_ALL="C.UTF-8")
    return out


def play(env: dict[str, str], *args: str, stdin: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([DXGYM, "play", *args], input=stdin, capture_output=True, text=True, encoding="utf-8",
                          env=env, timeout=300)


def core_answers(case_id: str, lines: list[str]) -> tuple[str, list[str]]:
    """(summary, observations) the consultation core gives for these request lines."""
    consultation = Consultation(fixture_case(case_id), ExamLookup())
    summary = consultation.reset()
    return summary, [consultation.step(action_text(parse_command(line))).observation for line in lines]


def only_record(path: Path) -> EpisodeRecord:
    records = list(read_jsonl(path))
    assert len(records) == 1
    return records[0]


def replayed_messages(record: EpisodeRecord) -> list[dict]:
    """The record's assistant turns fed to a fresh consultation: a valid protocol transcript gives
    back the same messages. Play offers the knowledge base, so its prompt offers search (issue 13)."""
    consultation = Consultation(fixture_case(record.case_id), ExamLookup(), knowledge=LazyKnowledge())
    consultation.reset()
    for message in record.messages:
        if message["role"] == "assistant":
            consultation.step(message["content"])
    return consultation.openai_messages()


def test_english_case_piped(env: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "episodes.jsonl"
    requests = ["CBC, blood cultures", "chest x-ray"]
    done = play(env, EN_CASE, "--out", str(out), stdin="\n".join([requests[0], "history", requests[1],
                                                                   "dx disseminated gonococcal infection"]) + "\n")
    assert done.returncode == 0, done.stderr
    text = done.stdout
    assert "\x1b[" not in text  # piped: no ANSI
    summary, observations = core_answers(EN_CASE, requests)
    assert summary in text
    assert "Chief complaint: Pain in the left wrist" in text
    for observation in observations:
        assert observation in text
    assert "  - WBC: 15,000 /μL (elevated) [H]" in text  # matched record name, unit, abnormal flag
    assert "[chest x-ray] not available in this patient's record" in text  # never "normal"
    assert "1. CBC, blood cultures  ->  <request>CBC; blood cultures</request>" in text  # history
    assert "Verdict: correct" in text
    assert "Reference diagnosis: Disseminated Gonococcal Infection" in text
    assert "Ended by: diagnosis; Turns: 3" in text
    assert "  correctness: +1.000" in text and "  exam_f1: " in text
    assert "In the record, never requested:" in text and "* Vital Signs" in text
    assert f"Episode record written to: {out}" in text

    record = only_record(out)
    assert record.policy == "clinician" and record.stop_reason == "diagnosis" and record.case_id == EN_CASE
    assert record.verdict is not None and record.verdict.correct
    assert record.outcome.diagnosis == "disseminated gonococcal infection"
    assert [m["content"] for m in record.messages if m["role"] == "assistant"] == [
        "<request>CBC; blood cultures</request>",
        "<request>chest x-ray</request>",
        "<diagnosis>\\boxed{disseminated gonococcal infection}</diagnosis>",
    ]
    assert record.turns[1].not_available == ["chest x-ray"]
    assert [m["content"] for m in record.messages if m["role"] == "user"][1:] == observations
    assert replayed_messages(record) == record.messages
    assert "Complete_Blood_Count" in record.outcome.obtained_groups


def test_chinese_case_piped(env: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "episodes.jsonl"
    requests = ["血常规和胸部CT", "头颅MRI"]
    done = play(env, ZH_CASE, "--out", str(out),
                stdin="\n".join(["帮助", requests[0], requests[1], "诊断：社区获得性肺炎"]) + "\n")
    assert done.returncode == 0, done.stderr
    text = done.stdout
    summary, observations = core_answers(ZH_CASE, requests)
    assert summary in text and "主诉：发热、咳嗽、咳痰3天，右侧胸痛1天" in text
    assert "用日常用语开具检查" in text  # help in the case's language
    for observation in observations:
        assert observation in text
    assert "  - 白细胞计数(WBC): 16.8 ×10^9/L ↑ (参考范围 3.5-9.5) [H]" in text  # unit, range, flag
    assert "[头颅MRI] 该患者病历中无此项检查结果" in text
    assert "判定: 正确" in text and "参考诊断: 社区获得性肺炎" in text
    assert "病例记录已写入" in text

    record = only_record(out)
    assert record.policy == "clinician" and record.stop_reason == "diagnosis"
    assert record.verdict is not None and record.verdict.correct
    assert [m["content"] for m in record.messages if m["role"] == "assistant"][0] == "<request>血常规; 胸部CT</request>"
    assert record.turns[1].not_available == ["头颅MRI"]
    assert replayed_messages(record) == record.messages


def test_end_of_input_aborts_and_writes_the_default_record(env: dict[str, str], isolated_data_home: Path) -> None:
    default = isolated_data_home / "dxgym" / "play" / "episodes.jsonl"
    before = len(list(read_jsonl(default))) if default.exists() else 0
    done = play(env, "--lang", "zh", "--split", "test", "--seed", "7", stdin="血常规\n")
    assert done.returncode == 0, done.stderr
    assert f"病例记录已写入: {default}" in done.stdout
    records = list(read_jsonl(default))
    assert len(records) == before + 1
    record = records[-1]
    case = fixture_case(record.case_id)
    assert (case.language, case.split, record.seed) == ("zh", "test", 7)
    assert record.stop_reason == "aborted" and record.outcome.diagnosis is None and record.verdict is None
    assert record.reward_components["no_diagnosis"] == -0.5
    assert record.policy == "clinician" and len(record.turns) == 1


def test_unknown_case_is_one_line(env: dict[str, str]) -> None:
    done = play(env, "agentclinic:medqa:999999", stdin="")
    assert done.returncode != 0
    assert len(done.stderr.strip().splitlines()) == 1 and "agentclinic:medqa:999999" in done.stderr


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("CBC, chest x-ray", Command("request", "CBC, chest x-ray")),
        ("dx pneumonia", Command("diagnosis", "pneumonia")),
        ("DX: pneumonia [1]", Command("diagnosis", "pneumonia [1]")),
        ("诊断：社区获得性肺炎", Command("diagnosis", "社区获得性肺炎")),
        ("诊断性穿刺", Command("request", "诊断性穿刺")),  # a keyword needs a separator
        ("dxa", Command("request", "dxa")),
        ("search diplopia causes", Command("search", "diplopia causes")),
        ("检索 复视", Command("search", "复视")),
        ("  ", Command("empty")),
        ("HELP", Command("help")),
        ("历史", Command("history")),
        ("退出", Command("quit")),
    ],
)
def test_parse_command(line: str, expected: Command) -> None:
    assert parse_command(line) == expected


def test_commands_become_protocol_actions() -> None:
    assert action_text(Command("request", "CBC, chest x-ray")) == "<request>CBC; chest x-ray</request>"
    assert action_text(Command("request", "血常规和胸部CT")) == "<request>血常规; 胸部CT</request>"
    assert action_text(Command("diagnosis", "pneumonia")) == "<diagnosis>\\boxed{pneumonia}</diagnosis>"
    assert action_text(Command("diagnosis", "pneumonia [1][3]")) == "<diagnosis>\\boxed{pneumonia} [1][3]</diagnosis>"
    assert action_text(Command("search", "diplopia")) == "<search>diplopia</search>"


def test_pick_case_is_seeded() -> None:
    from dxgym.emr_fixtures.fixtures import load_fixture_cases

    cases = load_fixture_cases()
    assert pick_case(cases, 11) == pick_case(cases, 11)
    assert len({pick_case(cases, s).case_id for s in range(20)}) > 1

"""`dxgym play` in a real pseudo-terminal (pexpect): the rich face, a whole case, and Ctrl-C /
Ctrl-D ending the case cleanly with the record still written (stop_reason "aborted")."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pexpect
import pytest

from dxgym.envs.records import read_jsonl

DXGYM = str(Path(sys.executable).with_name("dxgym"))
CASE = "agentclinic:medqa:29"
TIMEOUT = 120  # a cold start on a busy 2-core machine


@pytest.fixture
def spawn(isolated_data_home: Path):
    children: list = []

    def start(*args: str):
        env = {k: v for k, v in os.environ.items() if k != "DXGYM_DATABASE_URL"}
        env.update(XDG_DATA_HOME=str(isolated_data_home), LC_ALL="C.UTF-8", TERM="xterm-256color")
        env.pop("NO_COLOR", None)
        child = pexpect.spawn(DXGYM, ["play", *args], env=env, encoding="utf-8", timeout=TIMEOUT,
                              dimensions=(60, 160))
        children.append(child)
        return child

    yield start
    for child in children:
        if child.isalive():
            child.terminate(force=True)


def test_whole_case_in_a_terminal(spawn, tmp_path: Path) -> None:
    out = tmp_path / "episodes.jsonl"
    child = spawn(CASE, "--out", str(out))
    child.expect_exact("Initial consultation summary")
    child.expect_exact("Pain in the left wrist")
    child.expect_exact("[1]> ")
    child.sendline("CBC, chest x-ray")
    child.expect_exact("WBC")
    child.expect_exact("[H]")
    child.expect_exact("not available in this patient's record")
    child.expect_exact("[2]> ")
    child.sendline("help")
    child.expect_exact("dx <diagnosis>")
    child.expect_exact("[2]> ")
    child.sendline("history")
    child.expect_exact("<request>CBC; chest x-ray</request>")
    child.expect_exact("[2]> ")
    child.sendline("dx disseminated gonococcal infection")
    child.expect_exact("Case closed")
    child.expect_exact("correct")
    child.expect_exact("Episode record written to")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    [record] = list(read_jsonl(out))
    assert record.stop_reason == "diagnosis" and record.policy == "clinician"
    assert record.verdict is not None and record.verdict.correct
    assert len(record.turns) == 2  # help and history cost no turn


@pytest.mark.parametrize("key", ["ctrl-c", "ctrl-d"])
def test_interrupt_ends_cleanly_and_writes_the_record(spawn, tmp_path: Path, key: str) -> None:
    out = tmp_path / "episodes.jsonl"
    child = spawn(CASE, "--out", str(out))
    child.expect_exact("[1]> ")
    child.sendline("CBC")
    child.expect_exact("WBC")
    child.expect_exact("[2]> ")
    if key == "ctrl-c":
        child.sendintr()
    else:
        child.sendeof()
    child.expect_exact("Case closed")
    child.expect_exact("aborted")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert "Traceback" not in (child.before or "")
    [record] = list(read_jsonl(out))
    assert record.stop_reason == "aborted" and record.outcome.diagnosis is None
    assert len(record.turns) == 1 and record.turns[0].requests == ["CBC"]

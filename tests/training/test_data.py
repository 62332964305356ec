"""Parquet export read back through verl's `RLHFDataset`, and pass-rate data selection."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from dxgym.emr_fixtures.revealing import flag_revealing
from dxgym.training.data import AGENT_NAME, export_parquet
from dxgym.training.selection import PassCount, pass_counts, read_ids, select_cases, write_selection


@pytest.fixture
def fixture_db(sqlite_url, cases):
    from dxgym.emr_fixtures.store import import_cases

    import_cases(sqlite_url, cases)
    return sqlite_url


def _dataset(path, tokenizer, verl_config, **data):
    from omegaconf import OmegaConf
    from verl.utils.dataset.rl_dataset import RLHFDataset

    plain = OmegaConf.to_container(verl_config, resolve=True)["data"]
    config = OmegaConf.create({**plain, "filter_overlong_prompts_workers": 1, **data})
    return RLHFDataset(data_files=str(path), tokenizer=tokenizer, config=config)


def test_export_loads_through_rlhf_dataset(tmp_path, fixture_db, tiny, verl_config, cases):
    _, tokenizer = tiny
    out = tmp_path / "train.parquet"
    n = export_parquet(out, split="train", db=fixture_db)
    # issue 13: cases whose results name their diagnosis are left out by default
    train = [c for c in map(flag_revealing, cases) if c.split == "train" and not c.follow_up
             and not any(e.reveals_diagnosis for e in c.examinations)]
    assert n == len(train)

    dataset = _dataset(out, tokenizer, verl_config, cache_dir=str(tmp_path / "cache"))
    assert len(dataset) == n  # filter_overlong_prompts is on: every prompt fits max_prompt_length
    item = dataset[0]
    case = next(c for c in train if c.case_id == item["extra_info"]["case_id"])
    assert item["data_source"] == "dxgym"
    assert item["agent_name"] == AGENT_NAME
    assert [m["role"] for m in item["raw_prompt"]] == ["system", "user"]
    assert case.primary_diagnosis.name not in item["raw_prompt"][1]["content"]
    assert item["reward_model"] == {"style": "rule", "ground_truth": case.primary_diagnosis.name}
    assert item["extra_info"]["split"] == "train" and item["extra_info"]["language"] == case.language
    assert item["index"] == item["extra_info"]["index"] == 0
    assert "examinations" not in json.dumps(item["extra_info"])  # the case itself stays in the database


def test_export_by_ids_keeps_their_order_and_reveals_the_exam(tmp_path, fixture_db, cases):
    import pyarrow.parquet as pq

    # revealing cases need --include-revealing even when listed (issue 13)
    ids = [c.case_id for c in map(flag_revealing, cases) if c.split == "train"
           and not any(e.reveals_diagnosis for e in c.examinations)][:3][::-1]
    out = tmp_path / "kept.parquet"
    export_parquet(out, split=None, db=fixture_db, case_ids=ids, reveal_physical_exam=True)
    rows = pq.read_table(out).to_pylist()
    assert [r["extra_info"]["case_id"] for r in rows] == ids
    assert all(r["extra_info"]["reveal_physical_exam"] for r in rows)


def test_cli_export(tmp_path, fixture_db):
    import dxgym

    out = tmp_path / "val.parquet"
    result = CliRunner().invoke(dxgym.app, ["train", "export", "--split", "val", "--out", str(out), "--db", fixture_db,
                                            "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["rows"] > 0 and out.exists()


def test_export_leaves_revealing_cases_out_unless_asked(tmp_path, fixture_db, cases):
    import pyarrow.parquet as pq

    import dxgym

    revealing = {c.case_id for c in map(flag_revealing, cases) if c.split == "train" and not c.follow_up
                 and any(e.reveals_diagnosis for e in c.examinations)}
    assert revealing  # the shipped train split holds some (a barium enema "compatible with Hirschsprung disease")
    runs = {}
    for flag in ([], ["--include-revealing"]):
        out = tmp_path / f"train{len(flag)}.parquet"
        result = CliRunner().invoke(dxgym.app, ["train", "export", "--split", "train", "--out", str(out),
                                                "--db", fixture_db, "--json", *flag])
        assert result.exit_code == 0, result.output
        runs[bool(flag)] = (json.loads(result.stdout), {r["extra_info"]["case_id"] for r in pq.read_table(out).to_pylist()})
    (default, ids), (kept, all_ids) = runs[False], runs[True]
    assert not ids & revealing and revealing <= all_ids and all_ids - ids == revealing
    assert default["left_out_revealing"] == len(revealing) and kept["left_out_revealing"] == 0


def test_selection_drops_uninformative_cases_and_orders_hardest_first():
    counts = [PassCount("a:1", 4, 4), PassCount("a:2", 0, 4), PassCount("a:3", 3, 4), PassCount("a:4", 1, 4),
              PassCount("a:10", 1, 4)]
    selection = select_cases(counts)
    assert selection.kept == ["a:4", "a:10", "a:3"]
    assert selection.always_solved == ["a:1"] and selection.never_solved == ["a:2"]


async def test_pass_counts_with_scripted_policies(cases, tmp_path):
    few = [c for c in cases if c.split == "train"][:3]
    oracle = await pass_counts(few, "oracle", 2)
    assert [c.correct for c in oracle] == [2, 2, 2]
    babble = await pass_counts(few, "random", 2)
    assert all(c.correct == 0 for c in babble)
    selection = select_cases(oracle)
    stats = write_selection(selection, tmp_path / "kept.txt")
    assert read_ids(tmp_path / "kept.txt") == [] and json.loads(stats.read_text())["dropped_always_solved"]


def test_cli_select(tmp_path, fixture_db):
    import dxgym

    out = tmp_path / "kept.txt"
    result = CliRunner().invoke(dxgym.app, ["train", "select", "--policy", "oracle", "--samples", "2", "--limit", "2",
                                            "--out", str(out), "--db", fixture_db, "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["cases"] == 2 and summary["kept"] == 0 and summary["dropped_always_solved"] == 2
    assert json.loads((tmp_path / "kept.txt.json").read_text())["pass_counts"]


def test_cli_select_refuses_to_count_policy_failures_as_wrong_answers(tmp_path, fixture_db):
    """An endpoint that is down, or that fails every request, is not a model that never solves: nothing
    is selected, one line, non-zero. (Issue 20: a dead endpoint is now found by the pre-flight check,
    before any episode; one that answers the check but fails the completions still ends in
    `SelectionFailed`.)"""
    from misbehaving_http import MisbehavingServer

    import dxgym
    from dxgym.agents.serving.vllm_server import free_port

    out = tmp_path / "kept.txt"
    policy = f"openai:m@http://127.0.0.1:{free_port()}/v1#max_retries=0&timeout=5"
    result = CliRunner().invoke(dxgym.app, ["train", "select", "--policy", policy, "--samples", "2", "--limit", "1",
                                            "--out", str(out), "--db", fixture_db])
    assert result.exit_code != 0 and not out.exists()
    assert "unreachable" in str(result.exception) and "no episode was run" in str(result.exception)
    with MisbehavingServer() as server:
        failing = f"openai:m@{server.url('500')}#max_retries=0&timeout=5"
        result = CliRunner().invoke(dxgym.app, ["train", "select", "--policy", failing, "--samples", "2",
                                                "--limit", "1", "--out", str(out), "--db", fixture_db])
    assert result.exit_code != 0 and not out.exists()
    assert "episodes failed in the policy" in str(result.exception) and "http_500" in str(result.exception)


def test_cli_export_unreadable_case_ids(tmp_path, fixture_db):
    import dxgym

    result = CliRunner().invoke(dxgym.app, ["train", "export", "--out", str(tmp_path / "x.parquet"), "--db", fixture_db,
                                            "--case-ids", str(tmp_path / "missing.txt")])
    assert result.exit_code == 2 and "cannot read --case-ids" in result.output
    assert not isinstance(result.exception, FileNotFoundError)


def test_cli_export_hardest_first_orders_by_pass_counts_and_says_shuffle_false(tmp_path, fixture_db, cases):
    import pyarrow.parquet as pq

    import dxgym

    # cases whose results name their diagnosis are left out of exports by default (issue 13): pick others
    ids = [c.case_id for c in cases if c.split == "train" and not any(e.reveals_diagnosis for e in c.examinations)][:3]
    selection = select_cases([PassCount(ids[0], 3, 4), PassCount(ids[1], 1, 4), PassCount(ids[2], 2, 4)])
    kept = tmp_path / "kept.txt"
    write_selection(selection, kept)
    kept.write_text("".join(f"{i}\n" for i in ids))  # a hand-edited file: the pass counts still decide
    out = tmp_path / "train.parquet"
    runner = CliRunner()
    result = runner.invoke(dxgym.app, ["train", "export", "--out", str(out), "--db", fixture_db, "--case-ids",
                                       str(kept), "--order", "hardest-first"])
    assert result.exit_code == 0, result.output
    assert "data.shuffle=false" in result.stdout
    assert [r["extra_info"]["case_id"] for r in pq.read_table(out).to_pylist()] == [ids[1], ids[2], ids[0]]

    given = runner.invoke(dxgym.app, ["train", "export", "--out", str(out), "--db", fixture_db, "--case-ids",
                                      str(kept), "--json"])
    assert json.loads(given.stdout)["launch_overrides"] == []
    assert [r["extra_info"]["case_id"] for r in pq.read_table(out).to_pylist()] == ids

    no_counts = runner.invoke(dxgym.app, ["train", "export", "--out", str(tmp_path / "x.parquet"), "--db", fixture_db,
                                          "--split", "train", "--order", "hardest-first"])
    assert no_counts.exit_code == 2 and "needs --case-ids" in no_counts.output
    assert not (tmp_path / "x.parquet").exists()

"""`dxgym kb`: a user's Markdown folder becomes a searchable KB with one command; JSON shape; errors.

Commands run in-process through `dxgym.main` (the console entry point), so user errors are seen
exactly as a user sees them: one line on stderr, a non-zero exit, no traceback.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

import dxgym

KEYS = {"passage_id", "doc_id", "title", "source", "licence", "text", "score"}


def run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "argv", ["dxgym", *args])
    code = 0
    try:
        dxgym.main()
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def guidelines(tmp_path: Path) -> Path:
    folder = tmp_path / "guidelines"
    (folder / "resp").mkdir(parents=True)
    (folder / "resp" / "asthma.md").write_text(
        "# Asthma\n\n## Diagnosis\nSpirometry shows reversible airflow obstruction; "
        "peak flow varies from day to day.\n\n## Treatment\nInhaled corticosteroids are the mainstay.\n",
        encoding="utf-8",
    )
    (folder / "cardio.md").write_text(
        "# Heart failure\n\nBreathlessness, orthopnoea and ankle oedema; BNP is raised.\n\n"
        "# 心力衰竭\n\n呼吸困难、端坐呼吸和下肢水肿，脑钠肽升高。\n",
        encoding="utf-8",
    )
    return folder


def test_a_markdown_folder_becomes_a_searchable_kb(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], guidelines: Path, tmp_path: Path
) -> None:
    out_dir = tmp_path / "my-kb"
    code, out, err = run(monkeypatch, capsys, "kb", "index", str(guidelines), "--out", str(out_dir))
    assert code == 0, err
    assert "indexed 4 documents" in out

    code, out, err = run(
        monkeypatch,
        capsys,
        "kb",
        "search",
        "reversible airflow obstruction spirometry",
        "--kb",
        str(out_dir),
        "--json",
    )
    assert code == 0, err
    results = json.loads(out)
    assert results and all(set(r) == KEYS for r in results)
    assert results[0]["passage_id"] == "resp/asthma/diagnosis#p0"
    assert results[0]["title"] == "Asthma › Diagnosis"
    assert results[0]["source"] == "asthma.md"

    code, out, _ = run(
        monkeypatch, capsys, "kb", "search", "端坐呼吸 水肿", "--kb", str(out_dir), "--lang", "zh", "--json"
    )
    assert code == 0 and [r["doc_id"] for r in json.loads(out)] == ["cardio/心力衰竭"]

    code, out, _ = run(monkeypatch, capsys, "kb", "search", "peak flow", "--kb", str(out_dir))
    assert code == 0 and "[1] Asthma › Diagnosis" in out and "asthma.md" in out


def test_search_of_the_shipped_kb_json_shape(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        monkeypatch, capsys, "kb", "search", "myasthenia gravis ptosis", "--k", "3", "--json"
    )
    assert code == 0, err
    results = json.loads(out)
    assert len(results) == 3 and all(set(r) == KEYS for r in results)
    assert results[0]["doc_id"] in {"ddxplus:myasthenia-gravis", "icd10cm:G70"}  # open sources only (issue 13)
    assert isinstance(results[0]["score"], float)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["kb", "index", "{tmp}/missing", "--out", "{tmp}/o"], "no such file or folder"),
        (["kb", "index", "{tmp}/empty", "--out", "{tmp}/o"], "no .jsonl, .md or .txt files"),
        (["kb", "search", "asthma", "--kb", "{tmp}/empty"], "no knowledge-base index"),
        (["kb", "search", "asthma", "--lang", "fr"], "--lang must be en or zh"),
    ],
)
def test_user_errors_are_one_line_without_traceback(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    args: list[str],
    message: str,
) -> None:
    (tmp_path / "empty").mkdir()
    code, out, err = run(monkeypatch, capsys, *[a.replace("{tmp}", str(tmp_path)) for a in args])
    assert code != 0
    assert message in err and "Traceback" not in err + out
    assert len(err.strip().splitlines()) == 1

"""`dxgym demo`: the README's first command works on a fresh install (the embedded default builds
itself in the isolated data home) and writes a report per baseline plus a comparison."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner


def test_demo_runs_the_baselines_and_writes_reports(tmp_path: Path) -> None:
    import dxgym

    out = tmp_path / "demo"
    result = CliRunner().invoke(dxgym.app, ["demo", "--out", str(out)])
    assert result.exit_code == 0, result.output
    for policy in ("oracle", "oracle-paraphrase", "request-all", "random"):
        assert (out / policy / "report.html").exists() and policy in result.output
        assert str(out / policy / "report.html") in result.output.replace("\n", "")
    assert (out / "comparison.html").exists()
    oracle = json.loads((out / "oracle" / "summary.json").read_text())
    random_ = json.loads((out / "random" / "summary.json").read_text())
    assert oracle["accuracy"]["mean"] == 1.0 > random_["accuracy"]["mean"]
    assert set(oracle["by_language"]) == {"en", "zh"}  # all languages of the test split
    again = CliRunner().invoke(dxgym.app, ["demo", "--out", str(out)])  # re-runnable: replaces its own runs
    assert again.exit_code == 0, again.output
    assert json.loads((out / "oracle" / "summary.json").read_text()) == oracle

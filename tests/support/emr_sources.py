"""Helpers for the EMR importer tests: the test copies of the shared data, the `db` CLI, and checks
every importer's cases must pass (summary never names its own diagnosis; lookups by common names;
scripted episodes)."""

from __future__ import annotations

import asyncio
import json
import re
from dataclasses import dataclass
from pathlib import Path

import typer
from typer.testing import CliRunner, Result

from dxgym.emr_fixtures.errors import DxgymError
from dxgym.emr_fixtures.models import CaseRecord

DATA = Path(__file__).resolve().parents[1] / "data"
# the project's shared data sits beside the checkout (a worktree is one level deeper)
SHARED = next((p / "shared" / "data" for p in Path(__file__).resolve().parents[3:5] if (p / "shared" / "data").is_dir()),
              Path(__file__).resolve().parents[3] / "shared" / "data")
BUNDLES = DATA / "synthea" / "fhir_r4_bundles"
NDJSON = DATA / "synthea" / "bulk_ndjson"
SYNTHEA_CSV = DATA / "synthea" / "csv_v3"
MIMIC = DATA / "mimic-iv-demo" / "hosp"
AGENTCLINIC = DATA / "agentclinic" / "agentclinic_medqa.jsonl"


def emr_app() -> typer.Typer:
    """The `db` / `cases` commands alone, so these tests do not depend on other packages' CLIs."""
    from dxgym.emr_fixtures.cli import register

    app = typer.Typer()
    register(app)
    return app


@dataclass
class CliResult:
    exit_code: int
    stdout: str
    output: str  # stdout, stderr and the one-line error `dxgym.main` prints for a user error


def run_cli(*args: str) -> CliResult:
    """Run like `dxgym.main`: a `DxgymError` becomes 'error: …' and exit code 2."""
    result: Result = CliRunner().invoke(emr_app(), [str(a) for a in args])
    if isinstance(result.exception, DxgymError):
        return CliResult(2, result.stdout, f"{result.output}error: {result.exception}\n")
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return CliResult(result.exit_code, result.stdout, result.output)


def import_json(url: str, path: Path, fmt: str, *extra: str) -> dict[str, int]:
    """`db import PATH --format F --json`; prints the counts the issue asks to see."""
    result = run_cli("db", "import", str(path), "--format", fmt, "--db", url, "--json", *extra)
    assert result.exit_code == 0, result.output
    counts = json.loads(result.stdout.strip().splitlines()[-1])
    print(f"{fmt} {path.name}: {counts['cases']} cases, {counts['examinations']} examinations, "
          f"{counts['diagnoses']} diagnoses")
    return counts


def summary_text(case: CaseRecord) -> str:
    parts = [case.chief_complaint, case.present_illness, case.past_history, case.personal_history,
             case.marital_reproductive_history, case.family_history, *case.history.values(),
             case.demographics.text or ""]
    return " ".join(parts)


def names_diagnosis(case: CaseRecord) -> bool:
    """Independent of the importers' own guard: case-insensitive, punctuation-insensitive containment."""
    def norm(s: str) -> str:
        return " " + re.sub(r"[^a-z0-9]+", " ", s.lower()).strip() + " "
    return norm(case.primary_diagnosis.name) in norm(summary_text(case))


def assert_no_leaks(cases: list[CaseRecord]) -> None:
    leaking = [c.case_id for c in cases if not c.follow_up and names_diagnosis(c)]
    assert not leaking, f"summaries naming their own diagnosis: {leaking[:5]}"


def lookup_hits(case: CaseRecord, request: str) -> list:
    from dxgym.agents.lookup import ExamLookup

    return ExamLookup().resolve(request, case)


def play(case: CaseRecord, spec: str):
    from dxgym.agents.lookup import ExamLookup
    from dxgym.agents.verifiers import make_verifier
    from dxgym.envs.episode import run_episode
    from dxgym.envs.policy_spec import make_policy

    return asyncio.run(run_episode(case, make_policy(spec, case=case), lookup=ExamLookup(),
                                   verifier=make_verifier("rule")))

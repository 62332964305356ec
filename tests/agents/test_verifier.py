"""Rule verifier behaviour: the rules each verdict names, the Verdict contract, make_verifier, the CLI."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from dxgym.agents.types import Verdict, Verifier, VerifyRequest
from dxgym.agents.verifiers import RuleVerifier, make_verifier
from dxgym.agents.verifiers.answer_forms import parse_answer
from dxgym.agents.verifiers.normalise import clean
from dxgym.emr_fixtures.errors import DxgymError


def _verify(reference: str, prediction: str, language: str = "en") -> Verdict:
    return RuleVerifier().verify_sync(VerifyRequest(reference=reference, prediction=prediction, language=language))


@pytest.mark.parametrize(
    ("reference", "prediction"),
    [
        ("Myasthenia gravis", "MG"),
        ("Myasthenia gravis", r"\boxed{Myasthenia Gravis}"),
        ("Myasthenia gravis", "Final diagnosis: myasthenia gravis [1][3]"),
        ("Myasthenia gravis", "重症肌无力"),
        ("重症肌无力", "myasthenia gravis"),
        ("Myasthenia gravis", "G70.01"),  # a code under the reference's
        ("Pneumonia", "Pneumonia, bacterial"),
        ("Pneumonia", "Community-acquired pneumonia"),
        ("社区获得性肺炎", "CAP"),
        ("Type 2 diabetes mellitus", "T2DM"),
        ("急性心肌梗死", "急性下壁心肌梗死"),
        ("Hemorrhoids", "haemorrhoids"),
        ("Hirschsprung disease", "Hirschsprung's disease"),
    ],
)
def test_correct(reference: str, prediction: str) -> None:
    verdict = _verify(reference, prediction)
    assert verdict.correct and verdict.score == 1.0, verdict.reason


@pytest.mark.parametrize(
    ("reference", "prediction", "reason"),
    [
        ("Myasthenia gravis", "Lambert-Eaton syndrome", "different"),
        ("Type 2 diabetes mellitus with diabetic nephropathy", "diabetes", "broader"),
        ("Community-acquired pneumonia", "pneumonia", "broader"),
        ("Hemophilia A", "Hemophilia", "broader"),
        ("Myasthenia gravis", "not myasthenia gravis", "negated"),
        ("Myasthenia gravis", "rule out MG", "negated"),
        ("Myasthenia gravis", "排除重症肌无力", "negated"),
        ("Myasthenia gravis", "MG or Lambert-Eaton", "hedged"),
        ("Myasthenia gravis", "possible MG vs thymoma", "hedged"),
        ("Myasthenia gravis", "考虑重症肌无力或Lambert-Eaton综合征", "hedged"),
        ("Myasthenia gravis", "", "empty"),
        ("Endometritis", "Endometriosis", "different"),
        ("Small cell lung cancer", "non-small cell lung cancer", "another kind of Lung cancer"),
        ("Acute mesenteric ischemia", "Chronic mesenteric ischemia", "acute vs chronic"),
    ],
)
def test_wrong_with_reason(reference: str, prediction: str, reason: str) -> None:
    verdict = _verify(reference, prediction)
    assert not verdict.correct and verdict.score == 0.0
    assert reason in verdict.reason


def test_verdict_contract() -> None:
    verdict = _verify("Asthma", "bronchial asthma")
    assert verdict.verifier == "rule" and verdict.prompt_version is None
    assert verdict.fallback is None and verdict.parse_error is None
    assert set(verdict.model_dump()) == {"correct", "score", "reason", "verifier", "prompt_version", "fallback", "parse_error", "tier"}
    assert verdict.tier == "table"  # the contract gained `tier`: which rule tier decided (issue 14)


async def test_async_matches_sync() -> None:
    verifier = RuleVerifier()
    request = VerifyRequest(reference="Leprosy", prediction="Hansen's disease")
    assert await verifier.verify(request) == verifier.verify_sync(request)


def test_is_a_verifier_and_deterministic() -> None:
    verifier = make_verifier("rule")
    assert isinstance(verifier, Verifier)
    request = VerifyRequest(reference="Tuberculosis", prediction="miliary TB")
    assert verifier.verify_sync(request) == RuleVerifier().verify_sync(request)


def test_make_verifier_rejects_unknown_and_vrm_without_judge() -> None:
    with pytest.raises(DxgymError):
        make_verifier("oracle")
    with pytest.raises(DxgymError):
        make_verifier("vrm", None)


def test_clean_and_commitment() -> None:
    assert clean(r"<diagnosis>\boxed{\text{Asthma}}</diagnosis>") == "Asthma"
    assert clean("The most likely diagnosis is asthma.") == "asthma"
    assert clean("诊断：哮喘。") == "哮喘"
    # `commitment` became `answer_forms.parse_answer` (DESIGN's answer-form table)
    assert parse_answer("Myasthenia gravis, not Lambert-Eaton syndrome").committed
    assert not parse_answer("Differential: MG, LEMS, botulism").committed


# --- CLI -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def cli():
    import typer

    from dxgym.agents.verifiers.cli import register

    app = typer.Typer()
    register(app)

    @app.command("noop")
    def _noop() -> None:  # a second command keeps typer from flattening `verify`
        """Unused."""

    return app


def test_cli_json(cli) -> None:
    result = CliRunner().invoke(cli, ["verify", "--reference", "Myasthenia gravis", "--prediction", "MG", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["correct"] is True and data["verifier"] == "rule"
    assert set(data) == {"correct", "score", "reason", "verifier", "prompt_version", "fallback", "parse_error", "tier"}


def test_cli_human(cli) -> None:
    result = CliRunner().invoke(cli, ["verify", "-r", "Asthma", "-p", "COPD"])
    assert result.exit_code == 0 and "wrong" in result.stdout


def test_cli_batch_one_line_per_input(cli, tmp_path) -> None:
    path = tmp_path / "pairs.jsonl"
    path.write_text(
        '{"reference": "Asthma", "prediction": "哮喘", "language": "zh"}\n'
        "not json\n"
        '{"reference": "Asthma"}\n'
        '{"reference": "Asthma", "prediction": "COPD"}\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["verify", "--batch", str(path), "--json"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 4
    assert lines[0]["correct"] is True
    assert "error" in lines[1] and "line 2" in lines[1]["error"]
    assert "error" in lines[2]
    assert lines[3]["correct"] is False


def test_cli_usage_errors_exit_non_zero(cli, tmp_path) -> None:
    assert CliRunner().invoke(cli, ["verify", "--reference", "Asthma"]).exit_code != 0
    assert CliRunner().invoke(cli, ["verify", "--batch", str(tmp_path / "missing.jsonl")]).exit_code != 0


def test_cli_reference_from_the_record(cli) -> None:
    """`--case` (and a batch line's `case_id`) take the reference and language from the EMR named by --db."""
    runner = CliRunner()
    good = runner.invoke(cli, ["verify", "--case", "agentclinic:medqa:0", "--prediction", "myasthenia gravis", "--json"])
    assert good.exit_code == 0, good.output
    assert json.loads(good.stdout)["correct"] is True
    wrong = runner.invoke(cli, ["verify", "--case", "agentclinic:medqa:0", "--prediction", "asthma", "--json"])
    assert json.loads(wrong.stdout)["correct"] is False
    unknown = runner.invoke(cli, ["verify", "--case", "no:such:case", "--prediction", "asthma"])
    assert unknown.exit_code != 0 and isinstance(unknown.exception, DxgymError)
    both = runner.invoke(cli, ["verify", "--case", "agentclinic:medqa:0", "-r", "Asthma", "-p", "asthma"])
    assert both.exit_code != 0


def test_cli_batch_reference_from_the_record(cli, tmp_path) -> None:
    path = tmp_path / "pairs.jsonl"
    path.write_text('{"case_id": "agentclinic:medqa:0", "prediction": "myasthenia gravis"}\n'
                    '{"case_id": "no:such:case", "prediction": "asthma"}\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["verify", "--batch", str(path), "--json"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines[0]["correct"] is True
    assert "no case with id" in lines[1]["error"]

"""DESIGN's answer-form table, row by row, through the parser and the rule verifier."""

from __future__ import annotations

import subprocess
import sys

import pytest

from dxgym.agents.types import VerifyRequest
from dxgym.agents.verifiers import RuleVerifier
from dxgym.agents.verifiers.answer_forms import parse_answer


def _correct(reference: str, prediction: str) -> bool:
    return RuleVerifier().verify_sync(VerifyRequest(reference=reference, prediction=prediction)).correct


@pytest.mark.parametrize(
    ("answer", "kind", "primary"),
    [
        ("Pneumonia", "single", "Pneumonia"),
        ("Left lower lobe pneumonia", "single", "Left lower lobe pneumonia"),
        ("Likely pneumonia", "single", "pneumonia"),
        ("Pneumonia (most likely)", "single", "Pneumonia"),
        ("Hand, foot and mouth disease", "single", "Hand, foot and mouth disease"),
        ("Type 2 diabetes mellitus with diabetic nephropathy", "single", "Type 2 diabetes mellitus with diabetic nephropathy"),
        ("Myocardial infarction, anterior wall", "single", "Myocardial infarction, anterior wall"),
        ("非霍奇金淋巴瘤", "single", "非霍奇金淋巴瘤"),
        ("无菌性脑膜炎", "single", "无菌性脑膜炎"),
        ("非酒精性脂肪性肝病", "single", "非酒精性脂肪性肝病"),
        ("不完全性肠梗阻", "single", "不完全性肠梗阻"),
        ("Myasthenia gravis; thymoma", "primary", "Myasthenia gravis"),
        ("Myasthenia gravis with thymoma", "primary", "Myasthenia gravis"),
        ("重症肌无力伴胸腺瘤", "primary", "重症肌无力"),
        ("2型糖尿病并周围神经病变", "primary", "2型糖尿病"),
        ("Pneumonia due to asthma", "primary", "Pneumonia"),
        ("COPD or asthma", "hedged", None),
        ("LEMS vs MG", "hedged", None),
        ("COPD/asthma", "hedged", None),
        ("Possible pneumonia, likely asthma", "hedged", None),
        ("Pneumonia (most likely), also consider asthma", "hedged", None),
        ("Consider pulmonary embolism", "hedged", None),
        ("Differential: MG, LEMS, botulism", "hedged", None),
        ("Pneumonia?", "hedged", None),
        ("肺炎或哮喘", "hedged", None),
        ("可能是肺炎或支气管炎", "hedged", None),
        ("肺结核待排", "hedged", None),
        ("与肺癌鉴别", "hedged", None),
        ("Pneumonia, asthma, COPD", "multiple", None),
        ("肺炎、哮喘、慢阻肺", "multiple", None),
        ("No pneumonia", "negated", None),
        ("Not pneumonia", "negated", None),
        ("Pneumonia ruled out", "negated", None),
        ("Rule out pneumonia", "negated", None),
        ("没有肺炎", "negated", None),
        ("排除肺炎", "negated", None),
        ("非肺炎", "negated", None),
        ("无肺炎", "negated", None),
        ("", "empty", None),
    ],
)
def test_forms(answer: str, kind: str, primary: str | None) -> None:
    form = parse_answer(answer)
    assert form.kind == kind, form
    assert form.primary == primary
    assert form.committed == (kind in ("single", "primary"))
    assert (form.reason is None) == form.committed


def test_the_second_condition_never_rescues_a_wrong_primary() -> None:
    assert _correct("Myasthenia gravis", "Myasthenia gravis; thymoma")
    assert not _correct("Thymoma", "Myasthenia gravis; thymoma")
    assert not _correct("Thymoma", "Myasthenia gravis with thymoma")
    assert not _correct("胸腺瘤", "重症肌无力伴胸腺瘤")
    assert not _correct("Asthma", "Pneumonia due to asthma")


@pytest.mark.parametrize(
    "answer",
    ["Pneumonia or asthma", "Pneumonia (most likely), also consider asthma", "Pneumonia?", "Pneumonia, asthma, COPD",
     "No pneumonia", "Pneumonia ruled out", "肺炎或哮喘", "肺炎待排", "没有肺炎", "排除肺炎", "非肺炎"],
)
def test_uncommitted_answers_naming_the_reference_are_wrong(answer: str) -> None:
    verdict = RuleVerifier().verify_sync(VerifyRequest(reference="Pneumonia", prediction=answer))
    assert not verdict.correct and verdict.tier == "answer_form", verdict


def _cli(reference: str, prediction: str) -> dict:
    import json

    done = subprocess.run([sys.executable, "-m", "dxgym", "verify", "-r", reference, "-p", prediction, "--json"],
                          capture_output=True, text=True, timeout=300, check=True)
    return json.loads(done.stdout)


def test_cli_done_when_lines() -> None:
    """Issue 14: 非 / 无 inside a disease name are not negations; 没有 / 排除 are."""
    for reference, prediction in [("Non-Hodgkin lymphoma", "非霍奇金淋巴瘤"), ("Aseptic meningitis", "无菌性脑膜炎"),
                                  ("Nonalcoholic fatty liver disease", "非酒精性脂肪性肝病")]:
        verdict = _cli(reference, prediction)
        assert verdict["correct"] is True, verdict
        assert verdict["tier"] in ("table", "icd", "wording"), verdict
    for prediction in ("没有肺炎", "排除肺炎"):
        verdict = _cli("Pneumonia", prediction)
        assert verdict["correct"] is False and verdict["tier"] == "answer_form", verdict

"""Issue 14, verifier round 3: rules that generalise beyond the vocabulary, each with the pair that
shows it and the pair that must stay wrong (the false accept the rule could open)."""

from __future__ import annotations

import pytest

from dxgym.agents.types import VerifyRequest
from dxgym.agents.verifiers import RuleVerifier
from dxgym.agents.verifiers.answer_forms import parse_answer


def _correct(reference: str, prediction: str) -> bool:
    return RuleVerifier().verify_sync(VerifyRequest(reference=reference, prediction=prediction)).correct


@pytest.mark.parametrize(
    "answer",
    ["history of pneumonia", "Past medical history of pneumonia", "Pneumonia, resolved", "resolved pneumonia",
     "Denies pneumonia", "Pneumonia (excluded)", "Pneumonia: no", "既往肺炎", "肺炎病史", "肺炎（已排除）"],
)
def test_a_past_denied_or_excluded_condition_is_not_a_diagnosis(answer: str) -> None:
    form = parse_answer(answer)
    assert form.kind == "negated" and not form.committed
    assert not _correct("Pneumonia", answer)


@pytest.mark.parametrize("answer", ["Old myocardial infarction", "Resolving pneumonia", "Pneumonia (confirmed)"])
def test_old_and_resolving_conditions_stay_diagnoses(answer: str) -> None:
    assert parse_answer(answer).committed


@pytest.mark.parametrize(
    ("reference", "prediction", "correct"),
    [
        # an index-style inversion of one known name is that name, not two conditions
        ("Community-acquired pneumonia", "Pneumonia, community acquired", True),
        ("Pneumonia", "Pneumonia, sepsis", True),  # still a primary and a secondary
        # a bracketed Chinese qualifier reads in front of the name
        ("2型糖尿病", "糖尿病（2型）", True),
        ("2型糖尿病", "糖尿病（1型）", False),
        ("乙型病毒性肝炎", "乙肝", True),
        ("乙型病毒性肝炎", "丙肝", False),
        # a slip inside a medical suffix, never a swap of suffixes
        ("Glomerulonephritis", "glomerulonephritus", True),
        ("Keratitis", "Keratosis", False),
        # poisoning, overdose and toxicity of one drug are one condition; intoxication is not folded
        ("Acetaminophen toxicity", "Paracetamol overdose", True),
        ("Acetaminophen toxicity", "Tylenol overdose", True),
        ("Lithium toxicity", "Lithium poisoning", True),
        ("Salicylate toxicity", "Aspirin overdose", True),
        ("Digoxin toxicity", "Lithium toxicity", False),
        ("Fibromyalgia", "Fibromyalgia syndrome", True),
        ("Myasthenia gravis", "Congenital myasthenic syndrome", False),
        # a late effect and a drug-induced form ICD codes apart are other conditions
        ("急性脑梗死", "脑梗死后遗症", False),
        ("Systemic lupus erythematosus", "Drug-induced lupus", False),
        ("系统性红斑狼疮", "药物性狼疮", False),
        ("Akathisia", "Drug-induced akathisia", True),
        # Chinese qualifiers put in: a site or stage keeps the condition; a kind-naming adjective is more
        # specific within one ICD block, and never across blocks
        ("急性ST段抬高型心肌梗死", "急性前壁ST段抬高型心肌梗死", True),
        ("肺结核", "左上肺结核", True),
        ("急性阑尾炎", "急性坏疽性阑尾炎伴穿孔", True),
        ("肺炎", "狼疮性肺炎", False),
        ("急性ST段抬高型心肌梗死", "急性非ST段抬高型心肌梗死", False),
        # one Chinese character typed by its sound; a character that sounds different is another word
        ("心肌梗死", "心机梗死", True),
        ("帕金森病", "怕金森病", True),
        ("肾盂肾炎", "肾小球肾炎", False),
        ("肺结核", "肺结节", False),
        # a category that holds siblings does not make them kinds of one of them
        ("Atrial fibrillation", "Atrial flutter", False),
        ("心房颤动", "阵发性心房颤动", True),
        ("Obsessive-compulsive disorder", "Hoarding disorder", False),
        ("Atrial septal defect", "Patent foramen ovale", False),
        ("Sickle cell disease", "Sickle cell trait", False),
        ("Dermatomyositis", "Polymyositis", False),
    ],
)
def test_round_three_rules(reference: str, prediction: str, correct: bool) -> None:
    assert _correct(reference, prediction) is correct

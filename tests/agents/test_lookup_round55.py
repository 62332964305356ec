"""Round 55 (docs/heldout_measures.md): more bedside signs asked by how they are elicited.

`described_signs.tsv` held 49 descriptions; the lead read Bates' Guide and Talley & O'Connor's examination chapters
through again for every sign they describe by its doing ("flex the hip and straighten the knee" is Kernig's sign, "a
tuning fork on the forehead" Weber's test, "pinch the skin" the turgor), with 《诊断学》 / 《神经病学》 for the Chinese. A
description is of a bedside act: where the sign's name also names a report's record (Electromyography/Tongue), the
examination's record answers. Records here are written for the rule (`synthetic_case`), not taken from a set."""

from __future__ import annotations

import pytest

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.lookup.evaluate import synthetic_case

LOOKUP = ExamLookup(semantic=False)
PE = "physical_examination"
CASE = synthetic_case([
    ("Meningism", "Kernig_Sign", PE, "Negative"),
    ("Meningism", "Brudzinski_Sign", PE, "Negative"),
    ("Cranial_Nerve_Examination", "Tongue", PE, "Deviates to the left on protrusion"),
    ("Electromyography", "Tongue", "other", "Fibrillation potentials"),
    ("Tuning_Fork_Tests", "Weber_Test", PE, "Lateralises to the right"),
    ("Tuning_Fork_Tests", "Rinne_Test", PE, "Air conduction > bone conduction bilaterally"),
    ("Lower_Limbs", "Vibration_Sense", PE, "Absent to the knees"),
    ("Hydration", "Skin_Turgor", PE, "Reduced"),
    ("Chest_Examination", "Chest_Expansion", PE, "Reduced on the left"),
], "round55:signs")
ZH = synthetic_case([
    ("脑膜刺激征", "布鲁津斯基征", PE, "阴性"),
    ("神经系统查体", "伸舌", PE, "居中"),
    ("皮肤", "皮肤弹性", PE, "差"),
], "round55:zh")


def _answer(case, request: str) -> set[str]:
    return {h.source_key.split("/", 1)[1] for h in LOOKUP.resolve(request, case, semantic=False)}


@pytest.mark.parametrize(("request_text", "expected"), [
    ("flex the hip and straighten the knee", {"Meningism/Kernig_Sign"}),
    ("bend the neck forward and watch the hips", {"Meningism/Brudzinski_Sign"}),
    ("tuning fork on the forehead", {"Tuning_Fork_Tests/Weber_Test"}),
    ("tuning fork on the mastoid", {"Tuning_Fork_Tests/Rinne_Test"}),
    ("tuning fork on the big toe", {"Lower_Limbs/Vibration_Sense"}),
    ("pinch the skin on the back of the hand", {"Hydration/Skin_Turgor"}),
    ("hands on the chest and take a deep breath", {"Chest_Examination/Chest_Expansion"}),
])
def test_a_sign_asked_by_its_doing(request_text: str, expected: set[str]) -> None:
    assert _answer(CASE, request_text) == expected


def test_a_described_act_is_the_examinations_record_not_a_reports() -> None:
    assert _answer(CASE, "ask her to stick out her tongue") == {"Cranial_Nerve_Examination/Tongue"}
    # the name asked by itself is still both
    assert _answer(CASE, "tongue") >= {"Cranial_Nerve_Examination/Tongue", "Electromyography/Tongue"}


@pytest.mark.parametrize(("request_text", "expected"), [
    ("屈颈看有没有屈髋屈膝", {"脑膜刺激征/布鲁津斯基征"}),
    ("让他伸舌", {"神经系统查体/伸舌"}),
    ("捏起皮肤看弹性", {"皮肤/皮肤弹性"}),
])
def test_a_sign_asked_by_its_doing_in_chinese(request_text: str, expected: set[str]) -> None:
    assert _answer(ZH, request_text) == expected


def test_a_description_of_a_sign_the_case_lacks_is_not_available() -> None:
    assert _answer(ZH, "tuning fork on the forehead") == set()

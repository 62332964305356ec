"""Round 23 part M (the lead): a diagnostic tap asked as the procedure holds every test filed below it.

The lexicon reads a lumbar puncture, arthrocentesis, thoracentesis and paracentesis as their fluid's panel, so 腰穿 found
only the records that read as the CSF panel's members: the tap's chloride, PCR, antibodies and Gram stain were left
out. Asked in words that name the tap (穿, puncture, tap, -centesis, aspiration), it is every record below the tap's
path segment; asked as the fluid's routine (脑脊液常规, "CSF analysis") it stays that routine's records.
Each "whole tap" case but 关节腔穿刺 (here the segment's own name, found whole before) fails on round 22's code."""

from __future__ import annotations

import pytest

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.lookup.evaluate import resolved_names, synthetic_case

LOOKUP = ExamLookup(semantic=False)

TAPS = synthetic_case([
    ("X/腰椎穿刺/初压", "初压", "初压", "other", "240 mmH2O"),
    ("X/腰椎穿刺/脑脊液常规/外观", "脑脊液常规", "外观", "laboratory", "无色透明"),
    ("X/腰椎穿刺/脑脊液常规/白细胞计数", "脑脊液常规", "白细胞计数", "laboratory", "60×10^6/L"),
    ("X/腰椎穿刺/脑脊液生化/蛋白", "脑脊液生化", "蛋白", "laboratory", "0.8 g/L"),
    ("X/腰椎穿刺/脑脊液生化/氯化物", "脑脊液生化", "氯化物", "laboratory", "118 mmol/L"),
    ("X/腰椎穿刺/脑脊液自身免疫性脑炎抗体/抗NMDAR抗体", "脑脊液自身免疫性脑炎抗体", "抗NMDAR抗体", "laboratory", "阳性 1:10"),
    ("X/腰椎穿刺/脑脊液病原学/HSV-1 DNA(PCR)", "脑脊液病原学", "HSV-1 DNA(PCR)", "laboratory", "阴性"),
    ("X/关节腔穿刺(右膝)/关节液常规/白细胞计数", "关节液常规", "白细胞计数", "laboratory", "52000/μL"),
    ("X/关节腔穿刺(右膝)/关节液革兰染色", "关节液革兰染色", "关节液革兰染色", "laboratory", "革兰阳性球菌"),
    ("X/关节腔穿刺(右膝)/关节液细菌培养", "关节液细菌培养", "关节液细菌培养", "laboratory", "金黄色葡萄球菌"),
    ("X/血常规/白细胞计数(WBC)", "血常规", "白细胞计数(WBC)", "laboratory", "13.1×10^9/L"),
], "round23-taps")

LP = {"腰椎穿刺/初压", "腰椎穿刺/脑脊液常规/外观", "腰椎穿刺/脑脊液常规/白细胞计数", "腰椎穿刺/脑脊液生化/蛋白",
      "腰椎穿刺/脑脊液生化/氯化物", "腰椎穿刺/脑脊液自身免疫性脑炎抗体/抗NMDAR抗体", "腰椎穿刺/脑脊液病原学/HSV-1 DNA(PCR)"}
JOINT = {"关节腔穿刺(右膝)/关节液常规/白细胞计数", "关节腔穿刺(右膝)/关节液革兰染色", "关节腔穿刺(右膝)/关节液细菌培养"}


@pytest.mark.parametrize(("request_text", "expected"), [
    ("腰穿", LP),
    ("腰穿结果", LP),
    ("lumbar puncture", LP),
    ("关节腔穿刺", JOINT),
    ("arthrocentesis", JOINT),
])
def test_a_tap_asked_as_the_procedure_is_every_test_filed_in_it(request_text: str, expected: set[str]) -> None:
    assert resolved_names(LOOKUP, TAPS, request_text) == expected


@pytest.mark.parametrize(("request_text", "expected"), [
    ("脑脊液常规", {"腰椎穿刺/脑脊液常规/外观", "腰椎穿刺/脑脊液常规/白细胞计数"}),  # the fluid's routine: its own records
    ("关节液培养", {"关节腔穿刺(右膝)/关节液细菌培养"}),  # one test of the tap: that test
])
def test_the_fluids_routine_or_one_test_stays_itself(request_text: str, expected: set[str]) -> None:
    assert resolved_names(LOOKUP, TAPS, request_text) == expected

"""Round 42 (docs/lookup.md): Chinese questions about one analyte's value.

"钾是多少" asks the potassium (a one-character analyte is a name left to ask once the question is read off);
"胆碱酯酶水平" asks the record named 胆碱酯酶 (水平 and its kin are the form of a laboratory result), never an antibody
of a class ("IgM水平" is the serum IgM); 血氧分压 is the arterial PaO2, not the oximeter's 血氧. Round 43
left bare 胆碱酯酶 out of the serum cholinesterase's names: it names every cholinesterase (whole blood, red cell, serum). Each beside the
request it must still leave alone.
"""

from __future__ import annotations

import pytest

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.lookup.context_words import without
from dxgym.agents.lookup.evaluate import resolved_names, synthetic_case
from dxgym.emr_fixtures.lexicon import concepts_in

LOOKUP = ExamLookup(semantic=False)
LABS = synthetic_case([
    ("电解质", "钾(K)", "laboratory", "3.1 mmol/L"),
    ("电解质", "钠(Na)", "laboratory", "138 mmol/L"),
    ("电解质", "钙(Ca)", "laboratory", "2.21 mmol/L"),
    ("生化", "胆碱酯酶", "laboratory", "1200 U/L"),
    ("自身免疫性脑炎抗体", "抗LGI1抗体", "laboratory", "阳性 1:100"),
    ("病原学检查", "肺炎支原体抗体IgM", "laboratory", "阳性"),
    ("血气分析", "氧分压", "laboratory", "58 mmHg"),
    ("血气分析", "二氧化碳分压", "laboratory", "32 mmHg"),
    ("生命体征", "血氧饱和度", "physical_examination", "91%（未吸氧）"),
], "round42:labs")


@pytest.mark.parametrize(("request_text", "expected"), [
    ("钾是多少", {"电解质/钾(K)"}),
    ("钠是多少", {"电解质/钠(Na)"}),
    ("钙怎样", {"电解质/钙(Ca)"}),
    ("胆碱酯酶水平", {"生化/胆碱酯酶"}),
    ("胆碱酯酶", {"生化/胆碱酯酶"}),  # by the record's own name: bare 胆碱酯酶 names every cholinesterase (round 43)
    ("抗LGI1抗体水平", {"自身免疫性脑炎抗体/抗LGI1抗体"}),
    ("血氧分压", {"血气分析/氧分压"}),
    ("动脉血氧分压", {"血气分析/氧分压"}),
    ("动脉血二氧化碳分压", {"血气分析/二氧化碳分压"}),
    ("血氧", {"生命体征/血氧饱和度"}),  # the oximeter's reading stays its own
])
def test_a_question_about_one_analyte_finds_it(request_text: str, expected: set[str]) -> None:
    assert resolved_names(LOOKUP, LABS, request_text) == expected


def test_an_immunoglobulin_class_with_its_level_is_not_an_antibody() -> None:
    # IgM水平 asks the serum IgM; this case has only a pathogen's IgM antibody, so nothing answers
    assert resolved_names(LOOKUP, LABS, "IgM水平") == set()
    assert without("IgM水平") is None and without("血清IgG水平") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("钾是多少", ("钾", "-")),
    ("钾水平", ("钾", "test")),
    ("胆碱酯酶水平", ("胆碱酯酶", "test")),
    ("测听", None),  # 听 is a manoeuvre, not an analyte: no name would be left
    ("心是多少", None),  # a site
    ("血是多少", None),  # a specimen
])
def test_what_is_read_off(text: str, expected) -> None:
    assert without(text) == expected


def test_the_full_blood_gas_names_are_the_arterial_tensions() -> None:
    assert concepts_in("动脉血氧分压") == ("po2",) and concepts_in("血氧分压") == ("po2",)
    assert concepts_in("血氧饱和度") == ("spo2",)


def test_bare_cholinesterase_names_no_one_specimen() -> None:
    assert concepts_in("胆碱酯酶") == () and concepts_in("血清胆碱酯酶") == ("che",)
    case = synthetic_case([("中毒相关检查", "全血胆碱酯酶活力", "laboratory", "1800 U/L"),
                           ("中毒相关检查", "红细胞胆碱酯酶", "laboratory", "降低"),
                           ("生化", "血清胆碱酯酶", "laboratory", "2100 U/L")], "round43:che")
    assert resolved_names(LOOKUP, case, "血清胆碱酯酶") == {"生化/血清胆碱酯酶"}

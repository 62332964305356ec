"""An item asked of a panel in Chinese (round 17 part F, the lead): 血常规中的白细胞, 肝功能的AST, 白细胞（血常规）.

Round 16's `item_of` read only English prepositions. The lead's probe over the Chinese fixture cases' panels (every
record <category>/<panel>/<item> of a panel with two items or more, asked as "P的I", "P中的I", "P里的I", "I（P）", the
answer known by construction) found "P的I" at precision 0.61 (the whole panel) and "P中的I" at recall 0.92 (nothing
found); now 0.99 / 0.99 and 0.99 / 0.99. Each case below fails on round 16's code."""

from __future__ import annotations

import pytest

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.lookup.evaluate import resolved_names, synthetic_case
from dxgym.emr_fixtures.fixtures import load_fixture_cases

LOOKUP = ExamLookup(semantic=False)
_CASES = {c.case_id: c for c in load_fixture_cases()}


def _found(case_id: str, request: str) -> set[str]:
    return {h.source_key for h in LOOKUP.resolve(request, _CASES[case_id], semantic=False)}


@pytest.mark.parametrize(("case_id", "request_text", "expected"), [
    # the whole panel before
    ("dxgym:cases_zh:16", "血常规的单核细胞百分比(MONO%)", {"辅助检查/血常规/单核细胞百分比(MONO%)"}),
    ("dxgym:cases_zh:5", "肝功能的天门冬氨酸氨基转移酶(AST)", {"辅助检查/肝功能/天门冬氨酸氨基转移酶(AST)"}),
    ("dxgym:cases_zh:16", "血小板（血常规）", {"辅助检查/血常规/血小板计数(PLT)"}),
    ("dxgym:cases_zh:16", "痰真菌涂片（痰病原学检查）", {"辅助检查/痰病原学检查/痰真菌涂片"}),
    # nothing before
    ("dxgym:cases_zh:14", "皮肤黏膜中的出血点", {"体格检查/皮肤黏膜/出血点"}),
    ("dxgym:cases_zh:7", "一般情况里的神志", {"体格检查/一般情况/神志"}),
    # another section's record before: the vital signs' respiratory rate, not the general condition's breathing
    ("dxgym:cases_zh:9", "一般情况中的呼吸", {"体格检查/一般情况/呼吸"}),
])
def test_an_item_of_a_chinese_panel_is_that_item(case_id: str, request_text: str, expected: set[str]) -> None:
    assert _found(case_id, request_text) == expected


@pytest.mark.parametrize(("case_id", "request_text"), [
    ("dxgym:cases_zh:5", "肝功能"), ("dxgym:cases_zh:5", "肝功能的结果"), ("dxgym:cases_zh:16", "血常规的结果")])
def test_the_panel_or_its_results_stay_the_whole_panel(case_id: str, request_text: str) -> None:
    """"The results of the liver panel" names no item: every record of the panel, as the bare name."""
    whole = _found(case_id, request_text.removesuffix("的结果"))
    assert len(whole) >= 5 and _found(case_id, request_text) == whole


def test_an_item_the_panel_lacks_is_not_available() -> None:
    """dxgym:cases_zh:16's blood count holds no neutrophil count: "血常规的中性粒细胞" is not available, never the five
    records of the blood count (round 16: all five). The same in English."""
    assert _found("dxgym:cases_zh:16", "血常规的中性粒细胞") == set()
    assert _found("agentclinic:medqa:16", "eosinophils on the CBC") == set()
    assert _found("agentclinic:medqa:16", "neutrophils on the CBC") == {
        "Test_Results/Complete_Blood_Count/Differential_Count/Neutrophils"}


CASE = synthetic_case([
    ("X/血常规/白细胞计数(WBC)", "血常规", "白细胞计数(WBC)", "laboratory", "12.1×10^9/L"),
    ("X/血常规/血红蛋白(Hb)", "血常规", "血红蛋白(Hb)", "laboratory", "118 g/L"),
    ("X/血常规/血小板计数(PLT)", "血常规", "血小板计数(PLT)", "laboratory", "250×10^9/L"),
    ("X/尿常规/白细胞", "尿常规", "白细胞", "laboratory", "3-5/HP"),
    ("X/尿常规/尿蛋白", "尿常规", "尿蛋白", "laboratory", "阴性"),
], "item-of-zh")


@pytest.mark.parametrize(("request_text", "expected"), [
    ("血常规中的白细胞", {"血常规/白细胞计数(WBC)"}),
    ("尿常规里的白细胞", {"尿常规/白细胞"}),
    ("尿常规里面的白细胞", {"尿常规/白细胞"}),
    ("白细胞（尿常规）", {"尿常规/白细胞"}),
    ("血常规的血红蛋白", {"血常规/血红蛋白(Hb)"}),
])
def test_an_analyte_of_two_specimens_asked_of_one(request_text: str, expected: set[str]) -> None:
    """A white cell count is held in the blood count and in the urine: the panel named decides which."""
    assert resolved_names(LOOKUP, CASE, request_text) == expected

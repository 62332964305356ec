"""A category-wide order names no test and reveals nothing in every shell (DESIGN, "Examination metrics").

The consultation never sent such an order to the lookup, but `ExamLookup.resolve` itself answered it, so
`dxgym lookup`, the evaluation runner and the held-out scorer showed records the environment never would:
相关化验 returned a case's Blood_Tests. The lookup now refuses them as the consultation does, and the category
nouns cover the usual names of the categories in both languages (round 15, the lead).
"""

from __future__ import annotations

import json

import pytest

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.orders import is_category_order
from dxgym.emr_fixtures.fixtures import fixture_case, load_fixture_cases

ORDERS = ["相关化验", "各项化验", "化验检查", "化验单", "实验室检查结果", "辅助检查结果", "理化检查", "辅检", "特殊检查",
          "入院化验", "术前检查", "lab data", "laboratory values", "lab workup", "imaging investigations",
          "supplementary examinations", "auxiliary examination", "admission labs", "medical imaging"]
NAMED = ["血常规", "肝功能", "生化", "胸部CT", "CBC", "biochemistry", "chest x-ray", "urinalysis", "physical examination",
         "体格检查", "x-rays", "blood culture", "lab"]  # the last: a category noun of old, still one


@pytest.mark.parametrize("item", ORDERS)
def test_orders_are_category_orders(item: str) -> None:
    assert is_category_order(item)


@pytest.mark.parametrize("item", NAMED[:-1])
def test_named_tests_and_sections_are_not(item: str) -> None:
    assert not is_category_order(item)


def test_the_lookup_answers_no_category_order_on_any_fixture_case() -> None:
    lookup = ExamLookup()
    cases = load_fixture_cases()
    answered = {(item, c.case_id) for item in ORDERS + ["labs", "all labs", "imaging", "全部检查", "实验室检查"]
                for c in cases if lookup.resolve(item, c)}
    assert answered == set()
    # the same cases still answer their named tests (the refusal is the order's, not the case's)
    assert any(lookup.resolve("CBC", c) for c in cases) and any(lookup.resolve("血常规", c) for c in cases)


def test_the_cli_shows_what_the_consultation_shows(sqlite_url: str) -> None:
    from typer.testing import CliRunner

    import dxgym
    from dxgym.emr_fixtures.store import import_cases

    case = fixture_case("agentclinic:medqa:0")
    import_cases(sqlite_url, [case])
    assert ExamLookup().resolve("Acetylcholine receptor antibodies", case)
    res = CliRunner().invoke(dxgym.app, ["lookup", case.case_id, "相关化验", "--json", "--db", sqlite_url])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["hits"] == []

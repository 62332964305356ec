"""Examination precision / recall / F1, as DESIGN's "Examination metrics" defines them (issue 13).

Contract changed by issue 13: precision's denominator is auxiliary groups revealed plus distinct
requests that revealed nothing (it was distinct requests), and physical-examination sections are a
metric of their own, not part of the exam term.
"""

from __future__ import annotations

import pytest

from dxgym.envs.metrics import RequestResolution, distinct_requests, exam_metrics, micro_exam
from dxgym.envs.orders import is_category_order


def r(item: str, *groups: str, sections: tuple[str, ...] = (), category: bool = False) -> RequestResolution:
    return RequestResolution(item, frozenset(groups), frozenset(sections), category)


def test_perfect_work_up():
    m = exam_metrics([r("CBC", "CBC"), r("CXR", "Chest_X-Ray")], {"CBC", "Chest_X-Ray"})
    assert (m.precision, m.recall, m.f1) == (1.0, 1.0, 1.0)


def test_absent_request_counts_against_precision():
    m = exam_metrics([r("CBC", "CBC"), r("PET scan")], {"CBC"})
    assert m.precision == 0.5 and m.recall == 1.0
    assert m.f1 == pytest.approx(2 / 3)


def test_same_group_twice_counts_once():
    # "CBC" then "full blood count", or an analyte of the panel: one group revealed
    m = exam_metrics([r("CBC", "CBC"), r("full blood count", "CBC"), r("WBC", "CBC")], {"CBC", "LFT"})
    assert m.distinct_requests == 1 and m.revealed == 1
    assert (m.precision, m.recall) == (1.0, 0.5)


def test_repeated_absent_text_counts_once_but_different_absent_texts_count_each():
    assert distinct_requests([r("PET"), r("pet "), r("SPECT")]) == 2
    assert exam_metrics([r("PET"), r("pet "), r("SPECT")], {"CBC"}).wasted == 2


def test_irrelevant_group_lowers_precision():
    m = exam_metrics([r("CBC", "CBC"), r("ECG", "ECG")], {"CBC"})
    assert m.precision == 0.5 and m.recall == 1.0


def test_one_request_revealing_many_groups_counts_every_group_it_revealed():
    # the old definition divided by distinct requests: one broad request bought full precision
    m = exam_metrics([r("blood", "CBC", "LFT", "Lipids", "TSH")], {"CBC"})
    assert m.revealed == 4 and m.precision == 0.25


def test_physical_examination_is_revealed_but_not_in_the_exam_term():
    pe = r("physical examination", sections=("Vital_Signs", "Neurological_Examination"))
    m = exam_metrics([pe], {"CBC"}, {"Vital_Signs", "Neurological_Examination", "Skin"})
    assert (m.precision, m.recall, m.f1) == (0.0, 0.0, 0.0)
    assert m.wasted == 0  # it revealed something: not a request for what the record lacks
    assert m.physical_recall == pytest.approx(2 / 3) and m.sections_revealed == 2
    # and it does not dilute a good work-up either
    both = exam_metrics([pe, r("CBC", "CBC")], {"CBC"}, {"Vital_Signs"})
    assert both.f1 == 1.0 and both.physical_recall == 1.0


def test_a_category_order_reveals_nothing_and_is_one_wasted_request():
    m = exam_metrics([r("all labs", category=True), r("all labs", category=True), r("CBC", "CBC")], {"CBC"})
    assert m.wasted == 1 and m.precision == 0.5


def test_no_requests():
    assert exam_metrics([], {"CBC"}).f1 == 0.0
    assert exam_metrics([], set()).f1 == 1.0  # nothing needed, nothing wasted
    assert exam_metrics([r("ECG", "ECG")], set()).f1 == 0.0  # nothing needed, something wasted


def test_micro_pools_counts():
    a = exam_metrics([r("CBC", "CBC"), r("PET")], {"CBC"})
    b = exam_metrics([r("ECG", "ECG")], {"CBC", "ECG"})
    assert micro_exam([a, b]) == pytest.approx({"precision": 2 / 3, "recall": 2 / 3, "f1": 2 / 3})


@pytest.mark.parametrize("item", [
    "all labs", "laboratory tests", "Laboratory_Studies", "Blood_Work", "blood tests", "imaging", "imaging studies",
    "all tests", "everything", "full work-up", "complete workup", "all available tests", "order all the labs",
    "radiology", "investigations", "全部检查", "所有化验", "实验室检查", "影像学检查", "完善相关检查", "辅助检查",
    "all 化验",
])
def test_category_orders_are_recognised(item: str) -> None:
    assert is_category_order(item)


@pytest.mark.parametrize("item", [
    "CBC", "complete blood count", "full blood count", "basic metabolic panel", "liver function tests", "LFTs",
    "chest x-ray", "CT scan", "urinalysis", "physical examination", "general examination", "vital signs",
    "血常规", "肝功能", "全血细胞计数", "体格检查", "胸部CT", "ECG", "blood culture", "thyroid function tests",
])
def test_named_tests_and_panels_are_orders(item: str) -> None:
    assert not is_category_order(item)

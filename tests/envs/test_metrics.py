"""Examination precision / recall / F1 over groups, as DESIGN's "Examination metrics" defines them."""

from __future__ import annotations

import pytest

from dxgym.envs.metrics import RequestResolution, distinct_requests, exam_metrics


def r(item: str, *groups: str) -> RequestResolution:
    return RequestResolution(item, frozenset(groups))


def test_perfect_work_up():
    m = exam_metrics([r("CBC", "CBC"), r("CXR", "Chest_X-Ray")], {"CBC", "Chest_X-Ray"})
    assert (m.precision, m.recall, m.f1) == (1.0, 1.0, 1.0)


def test_absent_request_counts_against_precision():
    m = exam_metrics([r("CBC", "CBC"), r("PET scan")], {"CBC"})
    assert m.precision == 0.5 and m.recall == 1.0
    assert m.f1 == pytest.approx(2 / 3)


def test_same_group_twice_counts_once():
    # "CBC" then "full blood count", or an analyte of the panel: one request for metrics
    m = exam_metrics([r("CBC", "CBC"), r("full blood count", "CBC"), r("WBC", "CBC")], {"CBC", "LFT"})
    assert m.distinct_requests == 1
    assert (m.precision, m.recall) == (1.0, 0.5)


def test_repeated_absent_text_counts_once_but_different_absent_texts_count_each():
    assert distinct_requests([r("PET"), r("pet "), r("SPECT")]) == 2


def test_irrelevant_group_lowers_precision():
    m = exam_metrics([r("CBC", "CBC"), r("ECG", "ECG")], {"CBC"})
    assert m.precision == 0.5 and m.recall == 1.0


def test_no_requests():
    assert exam_metrics([], {"CBC"}).f1 == 0.0
    assert exam_metrics([], set()).f1 == 1.0

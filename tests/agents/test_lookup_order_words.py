"""Chinese order words before a test name (round 15 part C, the lead): 完善血常规 is an order for 血常规.

A Chinese plan orders tests as 完善…, 予…, 建议行…, 拟行…, 择期行…, 明日…. The splitter read off 请, 急查, 复查 and 安排
but not these, and the lookup then missed about half of the Chinese fixture cases' laboratory and imaging records when
asked with one of them in front (678 of 1,291). The words are data (`order_words_zh.tsv`, with its source).
"""

from __future__ import annotations

import pytest

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.lookup.split import split_requests
from dxgym.emr_fixtures.fixtures import load_fixture_cases

WORDS = ["完善", "予", "予以", "建议", "建议完善", "拟行", "择期", "明日", "需完善", "进一步完善", "补查", "立即", "送检",
         "入院时"]
TAILS = ["水平", "结果如何", "怎么样", "多少", "有没有异常", "也查一下"]


@pytest.mark.parametrize(("text", "items"), [
    ("完善血常规、肝肾功能、胸部CT", ["血常规", "肝功能", "肾功能", "胸部CT"]),  # 肝肾功能: two tests (round 21)
    ("予心电监护", ["心电监护"]),
    ("建议行胃镜检查", ["胃镜检查"]),
    ("拟行腰椎穿刺", ["腰椎穿刺"]),
    ("需要完善甲功五项", ["甲功五项"]),
    ("完善", ["完善"]),  # a word alone stays as written: nothing is ordered, nothing vanishes
    ("行为评估", ["行为评估"]),  # 行 starts a name here and is not read off
    ("补体C3", ["补体C3"]),
    ("β-羟丁酸水平", ["β-羟丁酸"]),
    ("血常规结果如何", ["血常规"]),
    ("把尿常规也查一下", ["尿常规"]),
    ("床旁胸片", ["床旁胸片"]),  # 床旁 and 急诊 begin record names (床旁超声, 急诊生化): not read off
    ("水平", ["水平"]),
])
def test_order_words_are_read_off_the_front(text: str, items: list[str]) -> None:
    assert split_requests(text) == items


def _answered(lookup: ExamLookup, cases, prefix: str, suffix: str = "") -> dict[tuple[str, str], frozenset[str]]:
    out = {}
    for case in cases:
        for e in case.examinations:
            if e.category in ("laboratory", "imaging", "other", "pathology"):
                name = e.source_key.rsplit("/", 1)[-1]
                out[case.case_id, name] = frozenset(
                    h.source_key for item in split_requests(prefix + name + suffix) for h in lookup.resolve(item, case))
    return out


def test_an_order_word_answers_as_the_bare_name_does() -> None:
    """On every Chinese fixture case's laboratory and imaging names, each order word answers as the bare name does."""
    lookup = ExamLookup(semantic=False)
    cases = [c for c in load_fixture_cases() if c.language == "zh"]
    plain = _answered(lookup, cases, "")
    assert sum(bool(v) for v in plain.values()) > 500
    plain = {k: v for k, v in plain.items() if v}  # names the bare request answers (not 结果, 所见 alone)
    for word in WORDS:
        got = _answered(lookup, cases, word)
        assert {k: got[k] for k in plain} == plain, word
    for word in TAILS:
        got = _answered(lookup, cases, "", word)
        assert {k: got[k] for k in plain} == plain, word


@pytest.mark.parametrize(("text", "items"), [
    ("尿酸(UA)", ["尿酸(UA)"]),  # a record's own name keeps its bracket (it was cut to "尿酸(UA")
    ("肌酐（Cr）", ["肌酐（Cr）"]),
    ("(CBC)", ["CBC"]),
    ("CBC)", ["CBC"]),
    ("(血常规", ["血常规"]),
    ("()", []),  # nothing but brackets: no item (an empty item once looped for ever)
    (")", []),
    ("（", []),
    ("CBC, ), (", ["CBC"]),
])
def test_brackets_are_cut_only_where_they_have_no_partner(text: str, items: list[str]) -> None:
    assert split_requests(text) == items


def test_a_record_asked_by_its_whole_own_name_is_that_record() -> None:
    """尿酸(UA) is serum uric acid; 尿 and UA alone read as urine, so the lookup answered five Chinese fixture cases'
    own record name with their urinalysis. A bare analyte still means the blood one, and 尿白细胞 the urine one."""
    lookup = ExamLookup(semantic=False)
    cases = [c for c in load_fixture_cases() if any(e.name.endswith("尿酸(UA)") for e in c.examinations)]
    assert len(cases) >= 5
    for case in cases:
        want = {e.source_key for e in case.examinations if e.source_key.endswith("尿酸(UA)")}
        assert {h.source_key for h in lookup.resolve("尿酸(UA)", case)} == want, case.case_id
        assert {h.source_key for h in lookup.resolve("尿酸", case)} == want, case.case_id

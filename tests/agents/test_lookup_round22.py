"""Round 22 (the lead): Chinese sound slips and Chinese specimen words, from the tuning sets' Chinese misses.

Part K. Chinese is typed by sound, so a slip is a character read like the one meant (`zh_sound`).
- A request the lexicon reads whole once one slip is fixed is read as fixed before any tier that reads part of it
  (心肺运动实验 took the heart-rate record by its 心); never where the case's own words hold the run as typed
  (鼓膜 is the case's record, not a slip of 角膜).
- A slip against the case's own Chinese words: its findings text (浮膑试验 where the knee's text says 浮髌试验) or
  the Chinese inside a name with Latin letters (嗅觉测式 against T&T嗅觉测试).
Each "answers" case fails on round 21's code."""

from __future__ import annotations

import pytest

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.lookup.evaluate import resolved_names, synthetic_case

LOOKUP = ExamLookup(semantic=False)

SLIPS = synthetic_case([
    ("X/心脏查体/听诊/心率心律", "心脏查体/听诊", "心率心律", "physical_examination", "心率88次/分，律齐"),
    ("X/特殊检查/心肺运动试验/峰值摄氧量", "特殊检查/心肺运动试验", "峰值摄氧量", "other", "18 ml/kg/min"),
    ("X/特殊检查/心肺运动试验/结论", "特殊检查/心肺运动试验", "结论", "other", "运动耐量中度下降"),
    ("X/量表评估/汉密尔顿焦虑量表(HAMA)", "量表评估", "汉密尔顿焦虑量表(HAMA)", "other", "21分"),
    ("X/量表评估/广泛性焦虑量表(GAD-7)", "量表评估", "广泛性焦虑量表(GAD-7)", "other", "12分"),
    ("X/专科检查/耳部/右耳/鼓膜", "专科检查/耳部/右耳", "鼓膜", "physical_examination", "鼓膜完整，标志清"),
    ("X/专科检查/眼部/角膜", "专科检查/眼部", "角膜", "physical_examination", "角膜透明"),
    ("X/关节检查/膝关节/右侧", "关节检查/膝关节", "右侧", "physical_examination", "右膝肿胀，浮髌试验阳性"),
    ("X/关节检查/肩关节", "关节检查", "肩关节", "physical_examination", "活动自如"),
    ("X/特殊检查/T&T嗅觉测试", "特殊检查", "T&T嗅觉测试", "other", "嗅觉减退"),
], "round22-slips")


def _tiers(request: str) -> set[str]:
    return {h.tier for h in LOOKUP.resolve(request, SLIPS)}


@pytest.mark.parametrize(("request_text", "expected"), [
    ("心肺运动实验", {"特殊检查/心肺运动试验/峰值摄氧量", "特殊检查/心肺运动试验/结论"}),  # 实 for 试: never the heart rate by its 心
    ("汉密儿顿焦虑量表", {"量表评估/汉密尔顿焦虑量表(HAMA)"}),  # 儿 for 尔: the Hamilton scale, not every anxiety scale
    ("浮膑试验", {"关节检查/膝关节/右侧"}),  # 膑 for 髌, against the findings text
    ("嗅觉测式", {"特殊检查/T&T嗅觉测试"}),  # 式 for 试, against the Chinese of a name with Latin letters
])
def test_a_chinese_sound_slip_is_read_as_fixed(request_text: str, expected: set[str]) -> None:
    assert resolved_names(LOOKUP, SLIPS, request_text) == expected
    assert _tiers(request_text) == {"fuzzy"}  # the spelling tier answered, and says so


@pytest.mark.parametrize(("request_text", "expected"), [
    ("看一下鼓膜", {"专科检查/耳部/右耳/鼓膜"}),  # the case's own word: never bent into 角膜
    ("鼓膜", {"专科检查/耳部/右耳/鼓膜"}),
    ("心肺运动试验", {"特殊检查/心肺运动试验/峰值摄氧量", "特殊检查/心肺运动试验/结论"}),  # spelt right: the lexicon's, as before
])
def test_a_word_the_case_holds_is_not_a_slip(request_text: str, expected: set[str]) -> None:
    assert resolved_names(LOOKUP, SLIPS, request_text) == expected
    assert "fuzzy" not in _tiers(request_text)


@pytest.mark.parametrize("request_text", [
    "嗅觉测写",  # 写 (xiě) does not sound like 试 (shì): another word, not a slip
    "浮宁试验",  # 宁 (níng) is not 髌 (bìn)
])
def test_a_character_that_sounds_different_is_not_a_slip(request_text: str) -> None:
    assert resolved_names(LOOKUP, SLIPS, request_text) == set()

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


# Part L. Chinese specimen words: a stool routine's 隐血 is the faecal occult blood (the lexicon's own 大便隐血), a
# specimen joined to its analyte by 里 / 中, 灌洗液 as the lavage fluid, 比例 as a result's form word, and a record
# whose group names no specimen takes its parent's (a lavage's 细胞分类 is the lavage fluid's, not the blood's).
SPECIMENS = synthetic_case([
    ("X/检验/血常规/白细胞计数(WBC)", "血常规", "白细胞计数(WBC)", "laboratory", "11.2×10^9/L"),
    ("X/检验/血常规/嗜酸性粒细胞计数(EOS#)", "血常规", "嗜酸性粒细胞计数(EOS#)", "laboratory", "0.9×10^9/L"),
    ("X/检验/粪便检查/大便常规/白细胞", "大便常规", "白细胞", "laboratory", "10-15/HP"),
    ("X/检验/粪便检查/大便常规/隐血", "大便常规", "隐血", "laboratory", "阳性"),
    ("X/检验/尿常规/隐血", "尿常规", "隐血", "laboratory", "阴性"),
    ("X/支气管镜检查/支气管肺泡灌洗(右上叶尖段)/细胞分类/嗜酸性粒细胞", "细胞分类", "嗜酸性粒细胞", "laboratory", "32%"),
    ("X/支气管镜检查/支气管肺泡灌洗(右上叶尖段)/灌洗液真菌培养", "支气管肺泡灌洗(右上叶尖段)", "灌洗液真菌培养", "laboratory",
     "阴性"),
], "round22-specimens")


@pytest.mark.parametrize(("request_text", "expected"), [
    ("大便隐血", {"检验/粪便检查/大便常规/隐血"}),  # the stool's occult blood, never the urine's
    ("粪便隐血试验", {"检验/粪便检查/大便常规/隐血"}),
    ("尿隐血", {"检验/尿常规/隐血"}),  # the urine's, as before
    ("大便里白细胞多少", {"检验/粪便检查/大便常规/白细胞"}),  # 大便 asks no test alone: read run together with its analyte
    ("大便中的白细胞", {"检验/粪便检查/大便常规/白细胞"}),
    ("灌洗液嗜酸性粒细胞比例", {"支气管镜检查/支气管肺泡灌洗(右上叶尖段)/细胞分类/嗜酸性粒细胞"}),
    ("肺泡灌洗液嗜酸性粒细胞", {"支气管镜检查/支气管肺泡灌洗(右上叶尖段)/细胞分类/嗜酸性粒细胞"}),
    ("嗜酸性粒细胞", {"检验/血常规/嗜酸性粒细胞计数(EOS#)"}),  # bare: the blood's, never the lavage's
    ("白细胞", {"检验/血常规/白细胞计数(WBC)"}),
])
def test_a_specimens_words_find_its_own_records(request_text: str, expected: set[str]) -> None:
    assert resolved_names(LOOKUP, SPECIMENS, request_text) == expected


def test_an_analytes_twin_in_another_specimen_comes_from_the_lexicon() -> None:
    from dxgym.agents.lookup.specimen_twins import twin
    from dxgym.emr_fixtures.lexicon import load_lexicon
    lex = load_lexicon()
    assert twin(lex, "ublood", "stool") == "fobt"  # 大便 + 隐血 is a term of the faecal occult blood
    assert twin(lex, "ublood", "urine") == "ublood"
    assert twin(lex, "tp", "urine") == "tp"  # a blood analyte in urine stays itself: never the 24-hour collection

"""Words around a test's name that say when, where, how urgently or in what form (round 16 part D, the lead).

"troponin on admission", "bedside echo", "CBC asap", "electrolyte panel", 床旁超声, 预约胸片, 血常规回报了吗: the lookup
missed a name asked inside such words wherever the first ask found nothing. The lead's probe wrapped every shipped
fixture case's own record names in them: 6,315 of 90,593 English and 6,572 of 54,540 Chinese wrapped names lost their
records. A request that finds nothing is now asked again without them (`context_words.tsv`, with its sources); a word
of form (panel, levels; exam, assessment) keeps the second answer to that form.
"""

from __future__ import annotations

from collections import defaultdict

import pytest

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.lookup.context_words import without
from dxgym.agents.lookup.evaluate import resolved_names, synthetic_case
from dxgym.agents.lookup.split import split_requests
from dxgym.agents.lookup.vocab import rows
from dxgym.emr_fixtures.fixtures import load_fixture_cases

LOOKUP = ExamLookup(semantic=False)
CASE = synthetic_case([
    ("Blood_Tests", "Serum_Electrolytes", "laboratory", "Na 138, K 4.1"),
    ("Blood_Tests", "Troponin_I", "laboratory", "0.02 ng/mL"),
    ("Vital_Signs", "Temperature", "physical_examination", "37.9 C"),
    ("Abdominal_Examination", "Palpation", "physical_examination", "soft, non-tender"),
    ("Imaging", "Chest_X-Ray", "imaging", "clear lung fields"),
    ("Point_of_Care", "Bedside_Glucose", "laboratory", "6.1 mmol/L"),
    ("Blood_Tests", "Plasma_Glucose", "laboratory", "6.4 mmol/L"),
], "context-words:en")
CASE_ZH = synthetic_case([
    ("检验", "血常规", "laboratory", "WBC 9.1"),
    ("影像", "胸片", "imaging", "双肺纹理增多"),
    ("特殊检查", "床旁心电图", "other", "窦性心律"),
    ("特殊检查", "动态心电图", "other", "偶发房早"),
    ("检验", "妊娠试验", "laboratory", "阴性"),
    ("评估", "格拉斯哥评分", "physical_examination", "15分"),
], "context-words:zh")


@pytest.mark.parametrize(("request_text", "expected"), [
    ("troponin on admission", {"Blood_Tests/Troponin_I"}),
    ("serum electrolytes asap", {"Blood_Tests/Serum_Electrolytes"}),
    ("serum electrolytes panel", {"Blood_Tests/Serum_Electrolytes"}),
    ("baseline chest x-ray", {"Imaging/Chest_X-Ray"}),
    ("chest x-ray in ED", {"Imaging/Chest_X-Ray"}),
    ("temperature at presentation", {"Vital_Signs/Temperature"}),
    ("temperature panel", set()),  # a test's form asked of a bedside finding: not that finding
    ("bedside glucose", {"Point_of_Care/Bedside_Glucose"}),  # a record named with the word: its own name first
])
def test_a_name_inside_context_words(request_text: str, expected: set[str]) -> None:
    assert resolved_names(LOOKUP, CASE, request_text) == expected


@pytest.mark.parametrize(("request_text", "expected"), [
    ("预约胸片", {"影像/胸片"}),
    ("床边胸片", {"影像/胸片"}),
    ("血常规回报了吗", {"检验/血常规"}),
    ("血常规是多少", {"检验/血常规"}),
    ("床旁心电图", {"特殊检查/床旁心电图"}),  # its own name: never the Holter beside it
    ("动态心电图", {"特殊检查/动态心电图"}),  # 动态 names another test (a Holter): never read off
])
def test_a_chinese_name_inside_context_words(request_text: str, expected: set[str]) -> None:
    got = {h.source_key.split("/", 1)[-1] for item in split_requests(request_text)
           for h in LOOKUP.resolve(item, CASE_ZH, semantic=False)}
    assert got == expected


@pytest.mark.parametrize(("request_text", "expected"), [
    ("妊娠测试", {"检验/妊娠试验"}),  # a test's name ending as clinicians also write it
    ("格拉斯哥分级", {"评估/格拉斯哥评分"}),
    ("血常规检测", {"检验/血常规"}),
])
def test_a_chinese_name_ending_in_another_word(request_text: str, expected: set[str]) -> None:
    got = {h.source_key.split("/", 1)[-1] for item in split_requests(request_text)
           for h in LOOKUP.resolve(item, CASE_ZH, semantic=False)}
    assert got == expected


def test_abdominal_exam_finds_a_record_named_abdominal_examination() -> None:
    case = synthetic_case([("Kidney_Examination", "Abdominal_Examination", "physical_examination", "soft"),
                           ("Kidney_Examination", "Costovertebral_Angle_Tenderness", "physical_examination", "none")],
                          "context-words:exam")
    assert resolved_names(LOOKUP, case, "abdominal exam") == {"Kidney_Examination/Abdominal_Examination"}


@pytest.mark.parametrize(("text", "expected"), [
    ("CBC asap", ("CBC", "-")),
    ("thyroid panel", ("thyroid", "test")),
    ("abdominal exam", ("abdominal", "exam")),
    ("测听", None),  # no name would be left
    ("CBC", None),
    ("thyroid panel exam", None),  # a test's form and an examination's both: nothing read
])
def test_what_is_read_off(text: str, expected) -> None:
    assert without(text) == expected


def test_the_word_list_is_well_formed() -> None:
    seen = set()
    for words, lang, place, gate, gloss in rows("context_words.tsv"):
        assert lang in ("en", "zh") and place in ("lead", "tail", "swap", "generic") and gloss
        assert gate in ("-", "test", "exam", "named", "level") and (gate not in ("named", "level") or place == "tail")
        for w in words.split("|"):
            assert w.strip() == w and w and (lang, place, w) not in seen
            seen.add((lang, place, w))


def _generic() -> set[str]:
    parents = defaultdict(set)
    for case in load_fixture_cases():
        for r in case.examinations:
            segs = r.source_key.split("/")
            for i in range(1, len(segs)):
                parents[segs[i].lower()].add(segs[i - 1].lower())
    return {s for s, p in parents.items() if len(p) >= 3}  # filed under many parents: Inspection, Level, Result


@pytest.mark.parametrize(("lang", "templates", "most_lost"), [
    ("en", ["{x} on admission", "baseline {x}", "{x} asap", "bedside {x}", "follow-up {x}", "{x} in ED"], 16),
    ("zh", ["预约{x}", "床旁{x}", "{x}回报了吗", "{x}是多少", "术前{x}", "门诊{x}"], 35),
])
def test_fixture_names_inside_context_words_keep_their_records(lang: str, templates: list[str], most_lost: int) -> None:
    """Every shipped fixture case's own record names (less generic ones), wrapped: at most a few lose records (before
    round 16: 153 of 1,241 English names a word, 93–553 of 1,010 Chinese)."""
    generic = _generic()
    cases = [c for c in load_fixture_cases() if c.language == lang]
    for template in templates:
        lost = 0
        for case in cases:
            names = {s.replace("_", " ") for r in case.examinations for s in r.source_key.split("/")[1:]
                     if s.lower() not in generic}
            for name in names:
                bare = {h.source_key for i in split_requests(name) for h in LOOKUP.resolve(i, case, semantic=False)}
                if bare:
                    got = {h.source_key for i in split_requests(template.format(x=name))
                           for h in LOOKUP.resolve(i, case, semantic=False)}
                    lost += bool(bare - got)
        assert lost <= most_lost, (template, lost)

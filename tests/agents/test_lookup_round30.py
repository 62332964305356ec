"""Round 30 (the lead): a request the record lacks is never answered with its neighbour.

Part N: a record's top segment can be the procedure that took its sample (骨髓穿刺 / 骨髓培养 is a culture of the
aspirate, never the trephine 骨髓活检 asks for); a section that files its findings by manoeuvre and holds no record
of the asked percussion or auscultation did not record it (its Pulses or 脐部 are not the heart's percussion); a
culture class named ("bacterial culture", 细菌培养) asks that class only, never the fungal culture beside it.
Part I: an imaging study whose records are each named by a site (关节超声 / 右膝, 左膝, 右腕), asked for a site inside
its region, answers with that site's records, and none where it holds none.
Each "answers" and "not available" case fails on round 29's code; the guards hold on both."""

from __future__ import annotations

import pytest

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.lookup.evaluate import resolved_names, synthetic_case

LOOKUP = ExamLookup(semantic=False)

MARROW_ASPIRATE = synthetic_case([
    ("骨髓穿刺/骨髓涂片/增生程度", "骨髓涂片", "增生程度", "laboratory", "增生明显活跃"),
    ("骨髓穿刺/骨髓流式细胞术", "骨髓流式细胞术", "骨髓流式细胞术", "laboratory", "未见异常表型细胞"),
    ("骨髓穿刺/骨髓培养", "骨髓培养", "骨髓培养", "laboratory", "培养5天无细菌生长"),
], "round30-marrow-aspirate")

MARROW_TREPHINE = synthetic_case([
    ("骨髓活检术/病理", "骨髓活检术", "病理", "pathology", "造血组织增生，网状纤维染色 MF-1"),
], "round30-marrow-trephine")

HEART = synthetic_case([
    ("P/Cardiovascular_Examination/Pulses", "Cardiovascular_Examination", "Pulses", "physical_examination",
     "Radial pulses equal, regular"),
    ("P/Cardiovascular_Examination/Heart_Auscultation", "Cardiovascular_Examination", "Heart_Auscultation",
     "physical_examination", "S1 S2 normal, soft ejection systolic murmur at the left sternal edge"),
    ("P/Cardiovascular_Examination/Palpation", "Cardiovascular_Examination", "Palpation", "physical_examination",
     "Apex beat undisplaced"),
], "round30-heart")

ABDOMEN_ZH = synthetic_case([
    ("体格检查/腹部查体/触诊", "腹部查体", "触诊", "physical_examination", "腹软，无压痛，肝脾肋下未触及"),
    ("体格检查/腹部查体/脐部", "腹部查体", "脐部", "physical_examination", "脐部无渗出，无红肿"),
], "round30-abdomen-zh")

ABDOMEN_TEXT = synthetic_case([
    ("P/Abdominal_Examination/Palpation", "Abdominal_Examination", "Palpation", "physical_examination",
     "Soft, mild epigastric tenderness"),
    ("P/Abdominal_Examination/Other", "Abdominal_Examination", "Other", "physical_examination",
     "Shifting dullness present, bowel sounds sluggish"),
], "round30-abdomen-text")

SPUTUM = synthetic_case([
    ("检验/痰液检查/痰真菌培养", "痰液检查", "痰真菌培养", "laboratory", "白色念珠菌生长"),
    ("检验/痰液检查/痰涂片", "痰液检查", "痰涂片", "laboratory", "革兰阳性球菌少量"),
], "round30-sputum")

JOINTS = synthetic_case([
    ("影像/关节超声/右膝", "关节超声", "右膝", "imaging", "髌上囊少量积液"),
    ("影像/关节超声/左膝", "关节超声", "左膝", "imaging", "滑膜增厚，可见血流信号"),
    ("影像/关节超声/右腕", "关节超声", "右腕", "imaging", "腕关节滑膜炎"),
], "round30-joints")

ABDOMINAL_US = synthetic_case([
    ("影像/腹部超声/肝脏", "腹部超声", "肝脏", "imaging", "肝脏大小形态正常"),
    ("影像/腹部超声/脾脏", "腹部超声", "脾脏", "imaging", "脾厚45mm，肋下可及"),
], "round30-abdominal-us")

ABDOMINAL_US_REPORT = synthetic_case([
    ("影像/腹部超声/肝脏", "腹部超声", "肝脏", "imaging", "肝脏大小形态正常"),
    ("影像/腹部超声/结论", "腹部超声", "结论", "imaging", "脾大"),
], "round30-abdominal-us-report")


# ---- N: the sampling procedure on top
def test_a_culture_of_the_aspirate_is_not_the_trephine() -> None:
    assert resolved_names(LOOKUP, MARROW_ASPIRATE, "骨髓活检") == set()


def test_the_trephine_still_answers_the_trephine() -> None:
    assert resolved_names(LOOKUP, MARROW_TREPHINE, "骨髓活检") == {"病理"}


def test_the_aspirate_asked_is_still_every_aspirate_record() -> None:
    assert resolved_names(LOOKUP, MARROW_ASPIRATE, "骨髓穿刺") == {
        "骨髓涂片/增生程度", "骨髓流式细胞术", "骨髓培养"}


# ---- N: percussion or auscultation a section itemised by manoeuvre did not record
@pytest.mark.parametrize("request_text", ["percuss the heart", "percussion of the heart", "心脏叩诊"])
def test_percussion_a_section_did_not_record_is_not_available(request_text: str) -> None:
    assert resolved_names(LOOKUP, HEART, request_text) == set()


@pytest.mark.parametrize("request_text", ["腹部叩诊", "腹部听诊", "listen to the abdomen"])
def test_a_chinese_section_itemised_by_manoeuvre_holds_no_percussion_or_auscultation(request_text: str) -> None:
    assert resolved_names(LOOKUP, ABDOMEN_ZH, request_text) == set()


def test_the_held_manoeuvre_still_answers() -> None:
    assert resolved_names(LOOKUP, HEART, "listen to the heart") == {"Cardiovascular_Examination/Heart_Auscultation"}
    assert resolved_names(LOOKUP, ABDOMEN_ZH, "腹部触诊") == {"腹部查体/触诊"}


def test_a_record_whose_text_names_the_percussion_answers_it() -> None:
    assert resolved_names(LOOKUP, ABDOMEN_TEXT, "percuss the abdomen") == {"Abdominal_Examination/Other"}


def test_inspection_keeps_the_section_whole() -> None:
    # what was seen is often filed by what it was (脐部), so inspection is never narrowed this way
    assert resolved_names(LOOKUP, ABDOMEN_ZH, "腹部视诊") == {"腹部查体/脐部"}


# ---- N: a culture class named asks that class only
@pytest.mark.parametrize("request_text", ["痰细菌培养", "sputum bacterial culture"])
def test_a_bacterial_culture_is_not_the_fungal_one(request_text: str) -> None:
    assert resolved_names(LOOKUP, SPUTUM, request_text) == set()


@pytest.mark.parametrize("request_text", ["痰培养", "痰真菌培养"])
def test_the_plain_word_and_the_class_held_still_answer(request_text: str) -> None:
    assert resolved_names(LOOKUP, SPUTUM, request_text) == {"痰液检查/痰真菌培养"}


# ---- I: a study itemised by site
@pytest.mark.parametrize("request_text", ["left wrist ultrasound", "左腕超声"])
def test_a_site_the_study_holds_on_the_other_side_only_is_not_available(request_text: str) -> None:
    assert resolved_names(LOOKUP, JOINTS, request_text) == set()


def test_the_site_asked_is_its_own_records() -> None:
    assert resolved_names(LOOKUP, JOINTS, "腕关节超声") == {"关节超声/右腕"}
    assert resolved_names(LOOKUP, JOINTS, "膝关节超声") == {"关节超声/右膝", "关节超声/左膝"}
    assert resolved_names(LOOKUP, ABDOMINAL_US, "B超看看脾脏大小") == {"腹部超声/脾脏"}


def test_an_organ_the_study_did_not_report_is_not_available() -> None:
    assert resolved_names(LOOKUP, ABDOMINAL_US, "胰腺B超") == set()


def test_the_studys_own_region_is_the_study_whole() -> None:
    assert resolved_names(LOOKUP, JOINTS, "关节超声") == {"关节超声/右膝", "关节超声/左膝", "关节超声/右腕"}
    assert resolved_names(LOOKUP, ABDOMINAL_US, "腹部B超") == {"腹部超声/肝脏", "腹部超声/脾脏"}


def test_a_study_with_a_report_record_is_not_itemised() -> None:
    # a conclusion names no site: the study may report the pancreas there, so it stays whole
    assert resolved_names(LOOKUP, ABDOMINAL_US_REPORT, "胰腺B超") == {"腹部超声/肝脏", "腹部超声/结论"}

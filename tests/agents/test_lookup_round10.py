"""Issue 14, lookup round 10 (helper lookup13): each rule beside the false hit it could open (synthetic records, so
no row of any labelled set is restated here)."""

from __future__ import annotations

from dxgym.agents.lookup import (
    ExamLookup,
    near_slips,
    procedure_parts,
    report_parts,
    scale_variants,
    vessel_beds,
)
from dxgym.agents.lookup.evaluate import synthetic_case
from dxgym.agents.lookup.split import split_requests
from dxgym.emr_fixtures.lexicon import load_lexicon, tokens
from dxgym.emr_fixtures.models import CaseRecord

_LOOKUP = ExamLookup(semantic=False)
PE, LAB, IMG, PATH, OTHER = "physical_examination", "laboratory", "imaging", "pathology", "other"


def _case(*records: tuple[str, ...]) -> CaseRecord:
    return synthetic_case(records, "test:round10")


def _keys(case: CaseRecord, request: str) -> set[str]:
    return {h.source_key for item in split_requests(request) for h in _LOOKUP.resolve(item, case, semantic=False)}


def _query(request: str):
    return _LOOKUP._queries.get(tokens(request), load_lexicon())


# ---- an instrument asked is never another instrument of its concept (scale_variants) ------------------------------
_MRS = _case(("Test_Results/Scales/Modified_Rankin_Scale", "Scales", "Modified_Rankin_Scale", OTHER, "3"))
_BARTHEL = _case(("评估/量表/Barthel指数", "量表", "Barthel指数", OTHER, "45分"))
_SOFA = _case(("Test_Results/Severity_Scores/SOFA_Score", "Severity_Scores", "SOFA_Score", OTHER, "7"),
              ("Test_Results/Severity_Scores/APACHE_II", "Severity_Scores", "APACHE_II", OTHER, "18"))
_APGAR = _case(("Physical_Examination/Newborn/Apgar_1_min", "Newborn", "Apgar_1_min", PE, "6"),
               ("Physical_Examination/Newborn/Apgar_5_min", "Newborn", "Apgar_5_min", PE, "8"),
               ("Physical_Examination/Newborn/Weight", "Newborn", "Weight", PE, "3.2 kg"))


def test_a_scale_the_lexicon_files_with_another_is_never_the_other_s_record() -> None:
    assert _keys(_MRS, "Barthel index") == set()  # before: the mRS record (one concept holds both)
    assert _keys(_MRS, "Barthel指数") == set()
    assert _keys(_MRS, "mRS") == {"Test_Results/Scales/Modified_Rankin_Scale"}  # the instrument itself stays
    assert _keys(_MRS, "modified Rankin") == {"Test_Results/Scales/Modified_Rankin_Scale"}
    assert _keys(_BARTHEL, "改良Rankin量表") == set()
    assert _keys(_BARTHEL, "Barthel index") == {"评估/量表/Barthel指数"}  # across languages
    # quick SOFA is not the SOFA inside its name
    assert _keys(_SOFA, "qSOFA") == set()
    assert _keys(_SOFA, "quick SOFA") == set()
    assert _keys(_SOFA, "SOFA score") == {"Test_Results/Severity_Scores/SOFA_Score"}


def test_a_scale_asked_by_its_concept_s_general_name_keeps_every_instrument() -> None:
    case = _case(("Test_Results/Scores/NEWS2", "Scores", "NEWS2", OTHER, "5"),
                 ("Test_Results/Scores/PEWS", "Scores", "PEWS", OTHER, "2"))
    assert _keys(case, "early warning score") == {"Test_Results/Scores/NEWS2", "Test_Results/Scores/PEWS"}
    assert _keys(case, "MEWS") == set()
    assert _keys(case, "NEWS2") == {"Test_Results/Scores/NEWS2"}


def test_the_apgar_minute_asked_is_that_minute_s_record() -> None:
    one, five = "Physical_Examination/Newborn/Apgar_1_min", "Physical_Examination/Newborn/Apgar_5_min"
    assert _keys(_APGAR, "5-minute Apgar") == {five}
    assert _keys(_APGAR, "1分钟Apgar评分") == {one}
    assert _keys(_APGAR, "Apgar score") == {one, five}
    assert _keys(_APGAR, "Apgar scores at 1 and 5 minutes") == {one, five}  # both asked: both
    # a minute without the Apgar score narrows nothing
    assert not scale_variants.wants(tokens("weight at 5 minutes"), _query("weight at 5 minutes"))


def test_the_scale_step_wants_only_requests_naming_an_instrument() -> None:
    for text in ("qSOFA", "Barthel指数", "CHADS2", "Killip分级", "5 minute apgar"):
        assert scale_variants.wants(tokens(text), _query(text)), text
    for text in ("CBC", "chest x-ray", "early warning score", "腹部触诊", "apgar"):
        assert not scale_variants.wants(tokens(text), _query(text)), text


def test_names_missing_their_last_word_find_the_scale() -> None:
    case = _case(("评估/量表/Glasgow昏迷评分", "量表", "Glasgow昏迷评分", OTHER, "E3V4M5"),
                 ("评估/量表/改良Rankin量表", "量表", "改良Rankin量表", OTHER, "4"),
                 ("评估/量表/HAMD", "量表", "HAMD", OTHER, "21"))
    assert _keys(case, "Glasgow coma") == {"评估/量表/Glasgow昏迷评分"}
    assert _keys(case, "modified Rankin") == {"评估/量表/改良Rankin量表"}
    assert _keys(case, "Hamilton depression") == {"评估/量表/HAMD"}
    assert _keys(case, "Hamilton anxiety") == set()  # the false hit: the depression scale


# ---- a part of an endoscopy or a lavage (procedure_parts) --------------------------------------------------------
_GASTRO = _case(("检查结果/电子胃镜/镜下所见", "电子胃镜", "镜下所见", OTHER, "胃窦黏膜充血"),
                ("检查结果/电子胃镜/病理", "电子胃镜", "病理", PATH, "慢性浅表性胃炎"),
                ("检查结果/电子胃镜/快速尿素酶试验", "电子胃镜", "快速尿素酶试验", OTHER, "阳性"))
_BRONCH = _case(("Test_Results/Bronchoscopy/Findings", "Bronchoscopy", "Findings", OTHER, "Normal airways"),
                ("Test_Results/Bronchoscopy/BAL/Cell_Differential", "BAL", "Cell_Differential", LAB, "Lymphocytes 40%"),
                ("Test_Results/Bronchoscopy/BAL/CD4_CD8_Ratio", "BAL", "CD4_CD8_Ratio", LAB, "6.2"),
                ("Test_Results/Bronchoscopy/Transbronchial_Biopsy", "Bronchoscopy", "Transbronchial_Biopsy", PATH,
                 "Non-caseating granulomas"))


def test_an_endoscopy_s_biopsy_is_its_biopsy_records_only() -> None:
    assert _keys(_GASTRO, "胃镜活检") == {"检查结果/电子胃镜/病理"}  # before: the findings and the urease test too
    assert _keys(_GASTRO, "EGD biopsy") == {"检查结果/电子胃镜/病理"}
    assert _keys(_BRONCH, "bronchoscopy biopsy") == {"Test_Results/Bronchoscopy/Transbronchial_Biopsy"}
    assert len(_keys(_GASTRO, "gastroscopy with biopsy")) == 3  # the two joined: both asked, as before
    assert len(_keys(_GASTRO, "胃镜及活检")) == 3
    # the endoscopy alone is still all of it; one filed as a single report keeps that report
    assert len(_keys(_GASTRO, "胃镜")) == 3
    one = _case(("Test_Results/Colonoscopy", "Test_Results", "Colonoscopy", OTHER, "Ulcers; biopsies taken"))
    assert _keys(one, "colonoscopy biopsy") == {"Test_Results/Colonoscopy"}


def test_an_endobronchial_ultrasound_is_never_a_plain_bronchoscopy() -> None:
    assert _keys(_BRONCH, "EBUS") == set()  # before: every record of the bronchoscopy
    assert _keys(_BRONCH, "超声支气管镜") == set()
    ebus = _case(("Test_Results/EBUS_TBNA", "Test_Results", "EBUS_TBNA", PATH, "Station 7: granulomas"),
                 ("Test_Results/Bronchoscopy", "Test_Results", "Bronchoscopy", OTHER, "EBUS-guided TBNA of station 7"))
    assert _keys(ebus, "EBUS") == {"Test_Results/EBUS_TBNA", "Test_Results/Bronchoscopy"}  # named in its text too
    assert "Test_Results/Bronchoscopy/Findings" in _keys(_BRONCH, "bronchoscopy")  # the plain one asked: as before


def test_a_lavage_s_subset_asked_by_its_words_is_that_record() -> None:
    assert _keys(_BRONCH, "BAL CD4/CD8") == {"Test_Results/Bronchoscopy/BAL/CD4_CD8_Ratio"}
    assert "Test_Results/Bronchoscopy/BAL/Cell_Differential" not in _keys(_BRONCH, "BALF CD4/CD8")
    assert not procedure_parts.wants(tokens("CD4/CD8"), _query("CD4/CD8"))  # no procedure named
    assert not procedure_parts.wants(tokens("bronchoscopy"), _query("bronchoscopy"))


# ---- a Chinese slip by a near sound (near_slips) ----------------------------------------------------------------
_STUDIES = _case(("检查结果/冠状动脉造影", "检查结果", "冠状动脉造影", IMG, "前降支狭窄70%"),
                 ("检查结果/上消化道造影", "检查结果", "上消化道造影", IMG, "未见异常"),
                 ("检查结果/血常规/血红蛋白", "血常规", "血红蛋白", LAB, "110 g/L"))


def test_a_character_of_a_near_sound_is_read_as_the_term_it_makes() -> None:
    # 照 (zhào) for 造 (zào): the retroflex and dental initials merged; before: nothing
    assert _keys(_STUDIES, "冠脉照影") == {"检查结果/冠状动脉造影"}
    assert _keys(_STUDIES, "上消化道照影") == {"检查结果/上消化道造影"}
    assert _keys(_STUDIES, "血红蛋百") == {"检查结果/血常规/血红蛋白"}  # the same-sound tier is unchanged
    # a run the lexicon reads whole is never bent into another term; an unreadable run stays unread
    assert _keys(_STUDIES, "间接胆红素") == set()
    assert _keys(_STUDIES, "电游") == set()
    assert not near_slips.wants(tokens("冠脉造影"), _query("冠脉造影"))


# ---- an angiogram of one vascular bed (vessel_beds) -------------------------------------------------------------
def test_an_angiogram_of_one_bed_is_never_another_bed_s() -> None:
    assert _keys(_STUDIES, "脑血管造影") == set()  # before: the coronary angiogram (DSA read with no site)
    assert _keys(_STUDIES, "cerebral angiography") == set()
    assert _keys(_STUDIES, "冠脉造影") == {"检查结果/冠状动脉造影"}
    assert _keys(_STUDIES, "DSA") == {"检查结果/冠状动脉造影"}  # no bed named: as before
    case = _case(("Test_Results/CTA_Head_and_Neck", "Test_Results", "CTA_Head_and_Neck", IMG, "Normal"),
                 ("Test_Results/Cerebral_Angiography", "Test_Results", "Cerebral_Angiography", IMG, "Aneurysm"),
                 ("Test_Results/Coronary_Angiogram", "Test_Results", "Coronary_Angiogram", IMG, "Normal"))
    assert "Test_Results/CTA_Head_and_Neck" in _keys(case, "头颈部CTA")  # head and neck: both beds
    assert "Test_Results/Coronary_Angiogram" not in _keys(case, "cerebral angiography")
    assert vessel_beds.wants(tokens("脑血管造影"), _query("脑血管造影"))
    assert not vessel_beds.wants(tokens("head CT"), _query("head CT"))  # not an angiogram


# ---- named manoeuvres of Bates' and 《诊断学》 in both languages (signs_bilingual_round10.tsv) ---------------------
_HAND = _case(("Physical_Examination/Wrist/Phalen_Test", "Wrist", "Phalen_Test", PE, "Positive at 30 s"),
              ("Physical_Examination/Wrist/Tinel_Sign", "Wrist", "Tinel_Sign", PE, "Positive"),
              ("Physical_Examination/Wrist/Inspection", "Wrist", "Inspection", PE, "Thenar wasting"))
_SHOULDER = _case(("体格检查/专科检查/肩部/空罐试验", "肩部", "空罐试验", PE, "阳性"),
                  ("体格检查/专科检查/肩部/活动度", "肩部", "活动度", PE, "外展受限"))


def test_a_named_manoeuvre_is_found_by_its_name_in_the_other_language() -> None:
    assert _keys(_HAND, "屈腕试验") == {"Physical_Examination/Wrist/Phalen_Test"}  # before: nothing
    assert _keys(_HAND, "Phalen试验") == {"Physical_Examination/Wrist/Phalen_Test"}
    assert _keys(_SHOULDER, "empty can test") == {"体格检查/专科检查/肩部/空罐试验"}
    assert _keys(_SHOULDER, "Jobe试验") == {"体格检查/专科检查/肩部/空罐试验"}


def test_a_named_manoeuvre_the_case_lacks_is_not_available() -> None:
    # the false hits: the wrist's or the shoulder's other records
    assert _keys(_HAND, "Finkelstein test") == set()
    assert _keys(_HAND, "握拳尺偏试验") == set()
    assert _keys(_SHOULDER, "Hawkins征") == set()
    assert _keys(_SHOULDER, "Neer test") == set()


# ---- a section of a study's report (report_parts) ---------------------------------------------------------------
_REPORTS = _case(("辅助检查/影像/头颅MRI平扫/所见", "头颅MRI平扫", "所见", IMG, "双侧脑室扩大"),
                 ("辅助检查/影像/头颅MRI平扫/印象", "头颅MRI平扫", "印象", IMG, "交通性脑积水"),
                 ("辅助检查/肺功能/FEV1", "肺功能", "FEV1", OTHER, "2.1 L"),
                 ("辅助检查/肺功能/结论", "肺功能", "结论", OTHER, "限制性通气功能障碍"),
                 ("辅助检查/腹部超声", "辅助检查", "腹部超声", IMG, "未见异常"))


def test_a_report_section_asked_with_its_study_is_that_section() -> None:
    assert _keys(_REPORTS, "头颅MRI的结论") == {"辅助检查/影像/头颅MRI平扫/印象"}  # conclusion and impression: one section
    assert _keys(_REPORTS, "头颅MRI所见") == {"辅助检查/影像/头颅MRI平扫/所见"}
    assert _keys(_REPORTS, "brain MRI impression") == {"辅助检查/影像/头颅MRI平扫/印象"}
    assert _keys(_REPORTS, "肺功能结论") == {"辅助检查/肺功能/结论"}  # the false hit: FEV1 beside it
    # a study filed whole answers as the study; the study alone is still all of it
    assert _keys(_REPORTS, "腹部超声结论") == {"辅助检查/腹部超声"}
    assert len(_keys(_REPORTS, "头颅MRI")) == 2
    assert not report_parts.wants(tokens("结论"), _query("结论"))  # a section's name alone asks no study
    assert not report_parts.wants(tokens("头颅MRI"), _query("头颅MRI"))

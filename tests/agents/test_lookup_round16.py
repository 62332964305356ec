"""Issue 14, lookup round 16 part A (helper lookup18): each mechanism on records and requests of OTHER tests than the
tuning set's (synthetic records, so no row of any labelled set is restated here), beside the false hit it could open."""

from __future__ import annotations

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.lookup.evaluate import synthetic_case
from dxgym.agents.lookup.split import split_requests
from dxgym.emr_fixtures.models import CaseRecord

_LOOKUP = ExamLookup(semantic=False)
PE, LAB, IMG, PATH, OTHER = "physical_examination", "laboratory", "imaging", "pathology", "other"


def _case(*records: tuple[str, ...]) -> CaseRecord:
    return synthetic_case(records, "test:round16")


def _keys(case: CaseRecord, request: str) -> set[str]:
    return {h.source_key for item in split_requests(request) for h in _LOOKUP.resolve(item, case, semantic=False)}


# ---- a part asked on / in / of a study: that part's records (part_of) -------------------------------------------------
_STUDIES = _case(
    ("Test_Results/Echocardiogram/Left_Ventricle", "Echocardiogram", "Left_Ventricle", IMG, "EF 55%"),
    ("Test_Results/Echocardiogram/Right_Ventricle", "Echocardiogram", "Right_Ventricle", IMG, "Dilated, TAPSE 14 mm"),
    ("Test_Results/Echocardiogram/Mitral_Valve", "Echocardiogram", "Mitral_Valve", IMG, "Moderate regurgitation"),
    ("Test_Results/Echocardiogram/Pericardium", "Echocardiogram", "Pericardium", IMG, "No effusion"),
    ("Test_Results/Liver_Biopsy/Fibrosis_Stage", "Liver_Biopsy", "Fibrosis_Stage", PATH, "F3"),
    ("Test_Results/Liver_Biopsy/Steatosis", "Liver_Biopsy", "Steatosis", PATH, "30%"),
    ("Test_Results/Liver_Biopsy/Iron_Stain", "Liver_Biopsy", "Iron_Stain", PATH, "Grade 1"),
    ("影像/腹部超声/肝脏", "腹部超声", "肝脏", IMG, "回声增粗"),
    ("影像/腹部超声/胆囊", "腹部超声", "胆囊", IMG, "未见异常"),
    ("影像/腹部超声/脾脏", "腹部超声", "脾脏", IMG, "肋间厚4.5cm"),
)
_ECHO = {f"Test_Results/Echocardiogram/{n}" for n in ("Left_Ventricle", "Right_Ventricle", "Mitral_Valve", "Pericardium")}


def test_a_part_asked_on_a_study_is_that_parts_record() -> None:
    assert _keys(_STUDIES, "right ventricle on the echo") == {"Test_Results/Echocardiogram/Right_Ventricle"}
    assert _keys(_STUDIES, "mitral valve on the echocardiogram") == {"Test_Results/Echocardiogram/Mitral_Valve"}
    assert _keys(_STUDIES, "steatosis on the liver biopsy") == {"Test_Results/Liver_Biopsy/Steatosis"}
    assert _keys(_STUDIES, "iron stain of the liver biopsy") == {"Test_Results/Liver_Biopsy/Iron_Stain"}
    assert _keys(_STUDIES, "脾脏的超声") == {"影像/腹部超声/脾脏"}


def test_the_study_asked_whole_or_a_part_it_lacks_keeps_every_record() -> None:
    assert _keys(_STUDIES, "echocardiogram") == _ECHO
    assert _keys(_STUDIES, "腹部超声") == {"影像/腹部超声/肝脏", "影像/腹部超声/胆囊", "影像/腹部超声/脾脏"}
    # a reading word (size, grade) or a side names no part: the step never narrows on it
    from dxgym.agents.lookup import part_of
    assert part_of.part_words(("size", "on", "the", "echo")) == frozenset()
    assert part_of.part_words(("left", "on", "the", "echo")) == frozenset()
    assert part_of.part_words(("echocardiogram",)) == frozenset()


# ---- bronchial washings are a specimen of their own (catalogue_round16.tsv) ------------------------------------------
_WASH = _case(
    ("Test_Results/Blood_Tests/Full_Blood_Count/Neutrophils", "Blood_Tests", "Full_Blood_Count / Neutrophils", LAB,
     "7.1 x10^9/L"),
    ("Test_Results/Bronchoscopy/Bronchial_Washings/Neutrophils", "Bronchoscopy", "Bronchial_Washings / Neutrophils",
     LAB, "60%"),
    ("Test_Results/Bronchoscopy/Bronchial_Washings/Bacterial_Culture", "Bronchoscopy",
     "Bronchial_Washings / Bacterial_Culture", LAB, "Pseudomonas aeruginosa"),
    ("Test_Results/Sputum/Bacterial_Culture", "Sputum", "Bacterial_Culture", LAB, "Normal flora"),
    ("Test_Results/Bronchoalveolar_Lavage/Galactomannan", "Bronchoalveolar_Lavage", "Galactomannan", LAB, "1.4"),
)


def test_a_bare_analyte_is_the_bloods_never_the_bronchial_washings() -> None:
    assert _keys(_WASH, "neutrophil count") == {"Test_Results/Blood_Tests/Full_Blood_Count/Neutrophils"}
    assert _keys(_WASH, "neutrophils in the bronchial washings") == {
        "Test_Results/Bronchoscopy/Bronchial_Washings/Neutrophils"}
    assert _keys(_WASH, "bacterial culture of the bronchial washings") == {
        "Test_Results/Bronchoscopy/Bronchial_Washings/Bacterial_Culture"}


def test_serum_galactomannan_is_never_the_lavages() -> None:
    assert _keys(_WASH, "serum galactomannan") == set()
    assert _keys(_WASH, "血清半乳甘露聚糖") == set()
    assert _keys(_WASH, "galactomannan") == {"Test_Results/Bronchoalveolar_Lavage/Galactomannan"}


# ---- Chinese words that ask to be told or shown a result (order_words_zh.tsv) ------------------------------------
def test_tell_me_and_show_me_are_read_off_a_chinese_item() -> None:
    assert split_requests("把血钾和TSH告诉我") == ["血钾", "TSH"]
    assert split_requests("告诉我CRP、血沉") == ["CRP", "血沉"]
    assert split_requests("给我看看血常规") == ["血常规"]
    assert split_requests("告诉我") == ["告诉我"]  # the word alone stays as written


# ---- a Latin score name with a Chinese head word (head_words) ----------------------------------------------------
# eponyms the lexicon does not hold (Hasford 1998 and Khorana 2008 scores, the Forrest classification of ulcers)
_SCORES = _case(("Test_Results/Hasford_Score", "Test_Results", "Hasford_Score", OTHER, "Intermediate risk"),
                ("Test_Results/Khorana_Score", "Test_Results", "Khorana_Score", OTHER, "2"),
                ("Test_Results/Forrest_Classification", "Test_Results", "Forrest_Classification", OTHER, "IIa"))


def test_a_latin_name_with_a_chinese_head_word_finds_the_english_record() -> None:
    assert _keys(_SCORES, "Hasford评分") == {"Test_Results/Hasford_Score"}
    assert _keys(_SCORES, "Khorana评分") == {"Test_Results/Khorana_Score"}
    assert _keys(_SCORES, "Forrest分级") == {"Test_Results/Forrest_Classification"}
    # another score the case does not hold stays empty
    assert _keys(_SCORES, "Mallampati评分") == set()
    assert _keys(_SCORES, "Duke评分") == set()


# ---- a test to one allergen: never another allergen's record (allergens) -----------------------------------------
_SPT = _case(
    ("Test_Results/Skin_Prick_Test/Birch_Pollen", "Skin_Prick_Test", "Birch_Pollen", OTHER, "6 mm"),
    ("Test_Results/Skin_Prick_Test/Dog_Dander", "Skin_Prick_Test", "Dog_Dander", OTHER, "0 mm"),
    ("Test_Results/Skin_Prick_Test/Alternaria", "Skin_Prick_Test", "Alternaria", OTHER, "0 mm"),
    ("Test_Results/Skin_Prick_Test/Histamine_Control", "Skin_Prick_Test", "Histamine_Control", OTHER, "5 mm"),
    ("Test_Results/Skin_Prick_Test/Saline_Control", "Skin_Prick_Test", "Saline_Control", OTHER, "0 mm"),
    ("检验/过敏原检测/屋尘螨特异性IgE", "过敏原检测", "屋尘螨特异性IgE", LAB, "12.3 kUA/L"),
)
_PANEL = {f"Test_Results/Skin_Prick_Test/{n}" for n in
          ("Birch_Pollen", "Dog_Dander", "Alternaria", "Histamine_Control", "Saline_Control")}


def test_a_test_to_an_allergen_not_tested_is_not_available_the_one_tested_is() -> None:
    assert _keys(_SPT, "skin prick test to cat") == set()
    assert _keys(_SPT, "猫毛皮肤点刺试验") == set()
    assert _keys(_SPT, "skin prick test to peanut") == set()
    assert _keys(_SPT, "猫毛特异性IgE") == set()
    # beside it: the allergen tested, or the whole panel, is answered
    assert _keys(_SPT, "skin prick test to birch pollen") == {"Test_Results/Skin_Prick_Test/Birch_Pollen"}
    assert _keys(_SPT, "skin prick test") == _PANEL
    assert _keys(_SPT, "尘螨特异性IgE") == {"检验/过敏原检测/屋尘螨特异性IgE"}


# ---- a manoeuvre at a narrower site: that site's findings (tiers._findings, sections.manoeuvre_below) -----------
_PE = "Physical_Examination_Findings"
_ABDO = _case(
    (f"{_PE}/Abdominal_Examination/Liver/Span", "Abdominal_Examination", "Liver / Span", PE, "16 cm"),
    (f"{_PE}/Abdominal_Examination/Liver/Edge", "Abdominal_Examination", "Liver / Edge", PE, "Firm, irregular"),
    (f"{_PE}/Abdominal_Examination/Liver/Tenderness", "Abdominal_Examination", "Liver / Tenderness", PE, "Non-tender"),
    (f"{_PE}/Abdominal_Examination/Hepatic_Bruit", "Abdominal_Examination", "Hepatic_Bruit", PE, "Absent"),
    (f"{_PE}/Abdominal_Examination/Bowel_Sounds", "Abdominal_Examination", "Bowel_Sounds", PE, "Normal"),
    (f"{_PE}/Neck_Examination/Tracheal_Tenderness", "Neck_Examination", "Tracheal_Tenderness", PE, "None"),
    (f"{_PE}/Neck_Examination/Thyroid_Gland", "Neck_Examination", "Thyroid_Gland", PE, "Diffusely enlarged"),
    (f"{_PE}/Neck_Examination/Cervical_Lymph_Nodes/Left", "Neck_Examination", "Cervical_Lymph_Nodes / Left", PE,
     "Shotty"),
    (f"{_PE}/Neck_Examination/Cervical_Lymph_Nodes/Right", "Neck_Examination", "Cervical_Lymph_Nodes / Right", PE,
     "None palpable"),
)
_LIVER = {f"{_PE}/Abdominal_Examination/Liver/{n}" for n in ("Span", "Edge", "Tenderness")}
_NODES = {f"{_PE}/Neck_Examination/Cervical_Lymph_Nodes/{s}" for s in ("Left", "Right")}


def test_palpating_a_site_gives_its_findings_filed_beside_its_tenderness() -> None:
    assert _keys(_ABDO, "palpate the liver") == _LIVER
    assert _keys(_ABDO, "触诊肝脏") == _LIVER
    # a finding the request names is that finding alone; a bruit filed elsewhere is heard, never felt
    assert _keys(_ABDO, "feel for the liver edge") == {f"{_PE}/Abdominal_Examination/Liver/Edge"}


def test_palpating_a_narrower_site_of_the_neck_is_never_another_structures_tenderness() -> None:
    assert _keys(_ABDO, "摸一下甲状腺") == {f"{_PE}/Neck_Examination/Thyroid_Gland"}
    assert _keys(_ABDO, "palpate the neck for lymph nodes") == _NODES
    assert _keys(_ABDO, "feel the right side of the neck for lymph nodes") == {
        f"{_PE}/Neck_Examination/Cervical_Lymph_Nodes/Right"}


# ---- a finding looked for at a site, asked as a question (looked_for); signs across languages (signs_bilingual) ---
_ZH_PE = _case(
    ("体格检查/皮肤黏膜/瘀斑", "皮肤黏膜", "瘀斑", PE, "双下肢散在瘀斑"),
    ("体格检查/口腔/溃疡", "口腔", "溃疡", PE, "颊黏膜见2处溃疡"),
    ("体格检查/外阴/溃疡", "外阴", "溃疡", PE, "未见"),
    ("专科检查/外耳道/左耳", "外耳道", "左耳", PE, "外耳道见簇状疱疹"),
    ("体格检查/肺部/哮鸣音", "肺部", "哮鸣音", PE, "双肺可闻及散在哮鸣音"),
    ("体格检查/皮肤/紫癜", "皮肤", "紫癜", PE, "可触及性紫癜"),
)
_EN_PE = _case(
    (f"{_PE}/Skin/Purpura", "Skin", "Purpura", PE, "Palpable purpura over both shins"),
    (f"{_PE}/Skin/Ecchymoses", "Skin", "Ecchymoses", PE, "None"),
)


def test_a_finding_asked_as_a_question_is_that_finding() -> None:
    # asked at the body site where it is seen, filed under the skin (《诊断学》: 双下肢紫癜, 胸前瘀斑)
    assert _keys(_ZH_PE, "看看双下肢有没有紫癜") == {"体格检查/皮肤/紫癜"}
    assert _keys(_ZH_PE, "看看胸前有没有瘀斑") == {"体格检查/皮肤黏膜/瘀斑"}
    assert _keys(_ZH_PE, "看看小腿是否有瘀斑") == {"体格检查/皮肤黏膜/瘀斑"}
    assert _keys(_ZH_PE, "听一下有没有哮鸣音") == {"体格检查/肺部/哮鸣音"}
    # the site asked keeps its own record of a finding two sites hold
    assert _keys(_ZH_PE, "看看口腔有没有溃疡") == {"体格检查/口腔/溃疡"}
    # a finding the case holds only at an unrelated site is not the asked site's
    assert _keys(_ZH_PE, "看看口腔有没有疱疹") == set()


def test_a_sign_asked_in_chinese_finds_its_english_record() -> None:
    assert _keys(_EN_PE, "查一下有没有紫癜") == {f"{_PE}/Skin/Purpura"}
    assert _keys(_EN_PE, "瘀斑") == {f"{_PE}/Skin/Ecchymoses"}


# ---- the bacterial culture's own names ask the bacterial class only (variant_axes_round11.tsv) -------------------
_CULTURES = _case(("检验/痰液检查/痰真菌培养", "痰液检查", "痰真菌培养", LAB, "白色念珠菌"),
                  ("Test_Results/Urine/Fungal_Culture", "Urine", "Fungal_Culture", LAB, "No growth"))


def test_a_bacterial_culture_is_never_a_fungal_cultures_record() -> None:
    assert _keys(_CULTURES, "痰细菌培养") == set()
    assert _keys(_CULTURES, "bacterial culture of the urine") == set()
    # the plain word asks every class
    assert _keys(_CULTURES, "痰培养") == {"检验/痰液检查/痰真菌培养"}
    assert _keys(_CULTURES, "urine culture") == {"Test_Results/Urine/Fungal_Culture"}


# ---- tests the lexicon lacked, each from its source (catalogue_round16.tsv) --------------------------------------
_NAMED = _case(
    ("特殊检查/频闪喉镜/声门闭合", "频闪喉镜", "声门闭合", OTHER, "闭合不全"),
    ("特殊检查/电子喉镜/会厌", "电子喉镜", "会厌", OTHER, "未见异常"),
    ("Test_Results/Vaginal_Fluid/Ferning_Test", "Vaginal_Fluid", "Ferning_Test", LAB, "Positive"),
    ("Test_Results/Vaginal_Fluid/PAMG-1", "Vaginal_Fluid", "PAMG-1", LAB, "Positive"),
    ("Test_Results/Ultrasound/AFI", "Ultrasound", "AFI", IMG, "4.2 cm"),
    ("Test_Results/Voice/VHI-10", "Voice", "VHI-10", OTHER, "24"),
)


def test_tests_the_lexicon_lacked_are_found_by_their_names_in_either_language() -> None:
    assert _keys(_NAMED, "laryngeal videostroboscopy") == {"特殊检查/频闪喉镜/声门闭合"}
    assert _keys(_NAMED, "动态喉镜") == {"特殊检查/频闪喉镜/声门闭合"}
    assert _keys(_NAMED, "羊齿状结晶试验") == {"Test_Results/Vaginal_Fluid/Ferning_Test"}
    assert _keys(_NAMED, "AmniSure") == {"Test_Results/Vaginal_Fluid/PAMG-1"}
    assert _keys(_NAMED, "羊水指数") == {"Test_Results/Ultrasound/AFI"}
    assert _keys(_NAMED, "嗓音障碍指数") == {"Test_Results/Voice/VHI-10"}


# ---- a time point's analyte named whole; a fasting sample is time 0 (timings) ------------------------------------
_OGTT = "内分泌功能试验/OGTT及胰岛素释放试验(75g)"
_DYNAMIC = _case(*(
    (f"{_OGTT}/{t}/{a}", "内分泌功能试验", f"OGTT及胰岛素释放试验(75g) / {t} / {a}", LAB, v)
    for t in ("0分钟", "60分钟", "120分钟") for a, v in (("血糖", "6.1 mmol/L"), ("胰岛素", "12 mU/L"))
), ("Test_Results/Glucagon_Stimulation_Test/0_Minutes/C_Peptide", "Glucagon_Stimulation_Test",
    "0_Minutes / C_Peptide", LAB, "0.3 nmol/L"),
   ("Test_Results/Glucagon_Stimulation_Test/6_Minutes/C_Peptide", "Glucagon_Stimulation_Test",
    "6_Minutes / C_Peptide", LAB, "0.5 nmol/L"))


def test_a_time_points_analyte_asked_by_name_is_that_record() -> None:
    assert _keys(_DYNAMIC, "OGTT 2小时血糖") == {f"{_OGTT}/120分钟/血糖"}
    assert _keys(_DYNAMIC, "OGTT 1小时胰岛素") == {f"{_OGTT}/60分钟/胰岛素"}


def test_a_fasting_sample_is_the_dynamic_tests_time_zero() -> None:
    assert _keys(_DYNAMIC, "空腹胰岛素") == {f"{_OGTT}/0分钟/胰岛素"}
    assert _keys(_DYNAMIC, "fasting C-peptide") == {"Test_Results/Glucagon_Stimulation_Test/0_Minutes/C_Peptide"}

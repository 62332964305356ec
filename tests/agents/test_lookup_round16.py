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


def test_a_skin_prick_test_to_an_allergen_not_tested_is_not_available() -> None:
    assert _keys(_SPT, "skin prick test to cat") == set()
    assert _keys(_SPT, "猫毛皮肤点刺试验") == set()
    assert _keys(_SPT, "skin prick test to peanut") == set()
    assert _keys(_SPT, "猫毛特异性IgE") == set()


def test_the_allergen_tested_or_the_whole_panel_is_answered() -> None:
    assert _keys(_SPT, "skin prick test to birch pollen") == {"Test_Results/Skin_Prick_Test/Birch_Pollen"}
    assert _keys(_SPT, "skin prick test") == _PANEL
    assert _keys(_SPT, "尘螨特异性IgE") == {"检验/过敏原检测/屋尘螨特异性IgE"}

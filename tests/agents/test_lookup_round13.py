"""Issue 14, lookup round 13 (helper lookup16): each rule beside the false hit it could open (synthetic records, so
no row of any labelled set is restated here)."""

from __future__ import annotations

from dxgym.agents.lookup import ExamLookup, battery_parts, specimen_named
from dxgym.agents.lookup.evaluate import synthetic_case
from dxgym.agents.lookup.split import split_requests
from dxgym.emr_fixtures.lexicon import tokens
from dxgym.emr_fixtures.models import CaseRecord

_LOOKUP = ExamLookup(semantic=False)
PE, LAB, IMG, OTHER = "physical_examination", "laboratory", "imaging", "other"


def _case(*records: tuple[str, ...]) -> CaseRecord:
    return synthetic_case(records, "test:round13")


def _keys(case: CaseRecord, request: str) -> set[str]:
    return {h.source_key for item in split_requests(request) for h in _LOOKUP.resolve(item, case, semantic=False)}


# ---- a lung function battery's part asked (battery_parts) ----------------------------------------------------------
_TRANSFER_ONLY = _case(("T/Gas_Transfer/TLCO", "Gas_Transfer", "TLCO", LAB, "55% predicted"),
                       ("T/Gas_Transfer/KCO", "Gas_Transfer", "KCO", LAB, "60% predicted"),
                       ("T/Imaging/Chest_X-Ray", "Imaging", "Chest_X-Ray", IMG, "Clear"))
_FLAT = _case(("T/Pulmonary_Function_Tests/FEV1", "Pulmonary_Function_Tests", "FEV1", LAB, "2.1 L"),
              ("T/Pulmonary_Function_Tests/FVC", "Pulmonary_Function_Tests", "FVC", LAB, "3.0 L"),
              ("T/Pulmonary_Function_Tests/DLCO", "Pulmonary_Function_Tests", "DLCO", LAB, "48%"))


def test_a_battery_part_asked_where_the_case_holds_none_of_it_is_not_available() -> None:
    assert _keys(_TRANSFER_ONLY, "spirometry") == set()  # before: the transfer factor's records
    assert _keys(_TRANSFER_ONLY, "lung volumes") == set()
    assert _keys(_TRANSFER_ONLY, "肺通气功能") == set()
    # the false hits it could open: the part asked is held; the battery asked whole; another test beside it
    assert _keys(_TRANSFER_ONLY, "gas transfer") == {"T/Gas_Transfer/TLCO", "T/Gas_Transfer/KCO"}
    assert "T/Gas_Transfer/TLCO" in _keys(_TRANSFER_ONLY, "lung function tests")
    assert "T/Gas_Transfer/TLCO" in _keys(_TRANSFER_ONLY, "肺功能")
    assert "T/Imaging/Chest_X-Ray" in _keys(_TRANSFER_ONLY, "spirometry + chest x-ray")


def test_a_flat_panel_holding_the_part_asked_answers_whole() -> None:
    # held-out round 12: a source filing FEV1, FVC and DLCO side by side answers "spirometry" with the panel
    assert _keys(_FLAT, "spirometry") == {"T/Pulmonary_Function_Tests/FEV1", "T/Pulmonary_Function_Tests/FVC",
                                          "T/Pulmonary_Function_Tests/DLCO"}
    assert "T/Pulmonary_Function_Tests/DLCO" in _keys(_FLAT, "PFTs")


def test_the_battery_reading_is_request_only_and_whole_words() -> None:
    assert battery_parts._asked(tokens("spirometry")) == {"spiro"}
    assert battery_parts._asked(tokens("PFTs with DLCO")) == set()  # the battery named: every part
    assert battery_parts._asked(tokens("RV function on echo")) == set()  # RV read on records only
    assert battery_parts._asked(tokens("肺功能")) == set()
    assert battery_parts._asked(tokens("肺弥散功能")) == {"gas"}


# ---- a named specimen (specimen_named) ------------------------------------------------------------------------------
_SERUM_ONLY = _case(("检验/血清脱髓鞘抗体/AQP4-IgG", "血清脱髓鞘抗体", "AQP4-IgG", LAB, "阳性 1:100"),
                    ("Lab/Serum_Antibodies/AQP4_IgG", "Serum_Antibodies", "AQP4_IgG", LAB, "Positive"),
                    ("腰椎穿刺/脑脊液常规/白细胞计数", "脑脊液常规", "白细胞计数", LAB, "12"))
_URINE_TOX = _case(("T/Toxicology_Screen/Cocaine", "Toxicology_Screen", "Cocaine", LAB, "Negative"),
                   ("T/Other_Tests/Pregnancy_Test", "Other_Tests", "Pregnancy_Test", LAB, "Negative"))


def test_a_test_of_a_named_specimen_is_never_another_specimen_s_record() -> None:
    assert _keys(_SERUM_ONLY, "脑脊液AQP4抗体") == set()  # before: the serum antibody
    assert _keys(_SERUM_ONLY, "AQP4 antibody in CSF") == set()
    # the false hits: the specimen held; no specimen named; a record stating no specimen (its index falls back on the
    # analyte's default, blood); two specimens named (two tests)
    assert "检验/血清脱髓鞘抗体/AQP4-IgG" in _keys(_SERUM_ONLY, "血清AQP4抗体")
    assert "Lab/Serum_Antibodies/AQP4_IgG" in _keys(_SERUM_ONLY, "AQP4 antibody")
    assert _keys(_URINE_TOX, "urine drug screen") >= {"T/Toxicology_Screen/Cocaine"}
    assert _keys(_URINE_TOX, "urine pregnancy test") == {"T/Other_Tests/Pregnancy_Test"}
    # joined requests the splitter keeps whole: each test keeps its own record (a draft lost the first test's)
    joined = _case(("辅助检查/肝功能/白蛋白(ALB)", "肝功能", "白蛋白(ALB)", LAB, "30 g/L"),
                   ("辅助检查/尿常规/尿糖", "尿常规", "尿糖", LAB, "阴性"),
                   ("T/Joint_Aspiration_Left_Wrist/Analysis/Gram_Stain", "Analysis", "Gram_Stain", LAB, "No organisms"))
    assert "辅助检查/肝功能/白蛋白(ALB)" in _keys(joined, "白蛋白(ALB)+尿酸(UA)")
    assert "T/Joint_Aspiration_Left_Wrist/Analysis/Gram_Stain" in _keys(joined, "Gram Stain + Blood Pressure")
    hbc = _case(("辅助检查/乙肝五项/乙肝核心抗体(抗-HBc)", "乙肝五项", "乙肝核心抗体(抗-HBc)", LAB, "阳性"),
                ("辅助检查/腹水常规/多核细胞计数", "腹水常规", "多核细胞计数", LAB, "450"))
    # read as one test of ascites, but the request holds the antibody record's own name whole
    assert "辅助检查/乙肝五项/乙肝核心抗体(抗-HBc)" in _keys(hbc, "乙肝核心抗体(抗-HBc)加腹水多核细胞计数")
    lex = _LOOKUP._lex
    for joinedreq in ("血常规+尿常规", "serum and CSF oligoclonal bands"):
        p = _LOOKUP._plans.get(joinedreq, lex)
        assert not specimen_named.wants(p.toks, p.q, lex)


# ---- new variant axes: genes, catecholamines and their metabolites ---------------------------------------------------
_GENES = _case(*[(f"T/Germline_Genetic_Testing/{g}", "Germline_Genetic_Testing", g, LAB, "No variant") for g in
                 ("RET", "VHL", "SDHB")])
_CATECHOL = _case(("T/Plasma_Metanephrines/Normetanephrine", "Plasma_Metanephrines", "Normetanephrine", LAB, "2.1"),
                  ("T/Plasma_Metanephrines/Metanephrine", "Plasma_Metanephrines", "Metanephrine", LAB, "0.3"),
                  ("T/Urine_Catecholamines/Noradrenaline", "Urine_Catecholamines", "Noradrenaline", LAB, "900"))


def test_one_gene_asked_is_never_another_gene_s_result() -> None:
    assert _keys(_GENES, "SDHD gene testing") == set()  # before: every gene of the panel
    assert _keys(_GENES, "RET mutation analysis") == {"T/Germline_Genetic_Testing/RET"}
    # the false hit: the panel asked whole keeps every gene
    assert len(_keys(_GENES, "germline genetic testing")) == 3


def test_metanephrines_are_not_catecholamines_and_each_metanephrine_is_its_own() -> None:
    urine_only = _case(("T/Urine_Catecholamines/Noradrenaline", "Urine_Catecholamines", "Noradrenaline", LAB, "900"),
                       ("T/Urine_Catecholamines/Dopamine", "Urine_Catecholamines", "Dopamine", LAB, "2000"))
    assert _keys(urine_only, "urine metanephrines") == set()  # before: the urine catecholamines
    assert _keys(urine_only, "尿甲氧基肾上腺素") == set()  # 肾上腺素 inside the metabolite's name is not adrenaline
    assert _keys(_CATECHOL, "plasma normetanephrine") == {"T/Plasma_Metanephrines/Normetanephrine"}
    # the false hits: the panel named in the plural keeps both; the catecholamine asked keeps its record
    assert _keys(_CATECHOL, "plasma metanephrines") == {"T/Plasma_Metanephrines/Normetanephrine",
                                                        "T/Plasma_Metanephrines/Metanephrine"}
    assert _keys(_CATECHOL, "urinary noradrenaline") == {"T/Urine_Catecholamines/Noradrenaline"}


# ---- a procedure found by its exact name holds the tests filed inside it (joined.procedure) -------------------------
_BRONCH = _case(("支气管镜检查/镜下所见", "支气管镜检查", "镜下所见", OTHER, "管腔通畅"),
                ("支气管镜检查/支气管肺泡灌洗液/细胞分类", "支气管肺泡灌洗液", "细胞分类", LAB, "巨噬细胞82%"),
                ("支气管镜检查/支气管肺泡灌洗液/病原学", "支气管肺泡灌洗液", "病原学", LAB, "阴性"),
                ("专科检查/前鼻镜检查/右侧", "前鼻镜检查", "右侧", PE, "黏膜水肿"),
                ("鼻内镜检查/右侧鼻腔/中鼻道", "右侧鼻腔", "中鼻道", OTHER, "息肉"),
                ("鼻内镜检查/鼻咽部", "鼻内镜检查", "鼻咽部", OTHER, "光滑"))


def test_a_procedure_at_the_top_of_its_paths_holds_its_lavage() -> None:
    assert _keys(_BRONCH, "支气管镜") == {"支气管镜检查/镜下所见", "支气管镜检查/支气管肺泡灌洗液/细胞分类",
                                      "支气管镜检查/支气管肺泡灌洗液/病原学"}  # before: the survey only
    # the false hit: a part of it asked by name stays that part
    assert _keys(_BRONCH, "支气管肺泡灌洗液病原学") == {"支气管镜检查/支气管肺泡灌洗液/病原学"}


def test_nasal_endoscopy_is_not_anterior_rhinoscopy() -> None:
    assert _keys(_BRONCH, "鼻内镜") == {"鼻内镜检查/右侧鼻腔/中鼻道", "鼻内镜检查/鼻咽部"}  # before: 鼻咽部 only
    assert _keys(_BRONCH, "nasal endoscopy") == {"鼻内镜检查/右侧鼻腔/中鼻道", "鼻内镜检查/鼻咽部"}
    assert _keys(_BRONCH, "前鼻镜检查") == {"专科检查/前鼻镜检查/右侧"}  # the bedside look is never the endoscopy's


# ---- a set of limbs, or a limb without its side, before a parent filed limb by limb (joined.pair) ------------------
_POWER = _case(*[(f"神经系统检查/运动系统/肌力/{limb}", "肌力", limb, PE, "5级") for limb in ("右上肢", "左上肢", "右下肢", "左下肢")],
               ("神经系统检查/运动系统/肌张力", "运动系统", "肌张力", PE, "双下肢肌张力增高"),
               ("神经系统检查/颅神经/眼球运动", "颅神经", "眼球运动", PE, "各方向运动充分"))
_LIMBS = {f"神经系统检查/运动系统/肌力/{limb}" for limb in ("右上肢", "左上肢", "右下肢", "左下肢")}


def test_four_limbs_or_one_limb_asked_with_a_parent_filed_limb_by_limb() -> None:
    assert _keys(_POWER, "四肢肌力") == _LIMBS  # before: the eye movements' record
    assert _keys(_POWER, "右下肢肌力") == {"神经系统检查/运动系统/肌力/右下肢"}  # before: the eye movements' record
    assert _keys(_POWER, "双下肢肌力") == {"神经系统检查/运动系统/肌力/右下肢", "神经系统检查/运动系统/肌力/左下肢"}
    # the false hits: the parent alone keeps every limb; a parent not filed limb by limb is untouched by the rule
    assert _keys(_POWER, "肌力") == _LIMBS
    assert not _keys(_POWER, "下肢肌张力") & _LIMBS


# ---- more names (extra_terms_round13.tsv) -----------------------------------------------------------------------
_NAMES = _case(("T/Karyotype", "T", "Karyotype", LAB, "46,XY"),
               ("T/Genetic_Testing/JAK2_V617F", "Genetic_Testing", "JAK2_V617F", LAB, "Not detected"),
               ("T/Blood_Tests/Aldosterone_Renin/Aldosterone", "Aldosterone_Renin", "Aldosterone", LAB, "310 pmol/L"),
               ("T/Blood_Tests/Aldosterone_Renin/Renin", "Aldosterone_Renin", "Renin", LAB, "2.9"),
               ("T/Blood_Tests/Aldosterone_Renin/Ratio", "Aldosterone_Renin", "Ratio", LAB, "107"),
               ("T/Thoracic_Ultrasound/Right", "Thoracic_Ultrasound", "Right", IMG, "Large effusion"),
               ("T/Thoracic_Ultrasound/Left", "Thoracic_Ultrasound", "Left", IMG, "No effusion"),
               ("T/Abdominal_Ultrasound", "T", "Abdominal_Ultrasound", IMG, "Normal"))


def test_the_karyotype_the_aldosterone_renin_pair_and_a_hemithorax_by_their_names() -> None:
    assert _keys(_NAMES, "染色体核型分析") == {"T/Karyotype"}  # before: nothing (karyotype read as genetic testing only)
    assert _keys(_NAMES, "aldosterone to renin ratio") == {"T/Blood_Tests/Aldosterone_Renin/Aldosterone",
                                                           "T/Blood_Tests/Aldosterone_Renin/Renin",
                                                           "T/Blood_Tests/Aldosterone_Renin/Ratio"}  # before: nothing
    assert _keys(_NAMES, "ultrasound of the right hemithorax") == {"T/Thoracic_Ultrasound/Right"}  # before: nothing
    # the false hits: one hormone of the pair stays itself; the other side and the abdomen are not the hemithorax
    assert _keys(_NAMES, "aldosterone") == {"T/Blood_Tests/Aldosterone_Renin/Aldosterone"}
    assert "T/Genetic_Testing/JAK2_V617F" not in _keys(_NAMES, "染色体核型分析")
    assert "T/Karyotype" in _keys(_NAMES, "karyotype")

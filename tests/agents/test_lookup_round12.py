"""Issue 14, lookup round 12 (helper lookup15): each rule beside the false hit it could open (synthetic records, so
no row of any labelled set is restated here)."""

from __future__ import annotations

from dxgym.agents.lookup import ExamLookup, variant_axes
from dxgym.agents.lookup.evaluate import synthetic_case
from dxgym.agents.lookup.split import split_requests
from dxgym.emr_fixtures.lexicon import tokens
from dxgym.emr_fixtures.models import CaseRecord

_LOOKUP = ExamLookup(semantic=False)
PE, LAB, IMG, OTHER = "physical_examination", "laboratory", "imaging", "other"


def _case(*records: tuple[str, ...]) -> CaseRecord:
    return synthetic_case(records, "test:round12")


def _asked(request: str) -> set[str]:
    return {v for _axis, variants in variant_axes._asked(tokens(request)) for v in variants}


def _keys(case: CaseRecord, request: str) -> set[str]:
    return {h.source_key for item in split_requests(request) for h in _LOOKUP.resolve(item, case, semantic=False)}


# ---- new axes of variant_axes (rows at the end of variant_axes_round11.tsv) ----------------------------------------
_NODES = _case(("PE/Lymph_Nodes/Cervical/Left", "Cervical", "Left", PE, "1 cm, mobile"),
               ("PE/Lymph_Nodes/Inguinal", "Lymph_Nodes", "Inguinal", PE, "None"),
               ("PE/Lymph_Nodes/Axillary/Right", "Axillary", "Right", PE, "None palpable"),
               ("PE/Lymph_Nodes", "PE", "Lymph_Nodes", PE, "Small shotty nodes"),
               ("Lab/Full_Blood_Count/Haemoglobin", "Full_Blood_Count", "Haemoglobin", LAB, "120 g/L"))


def test_one_nodal_region_asked_is_never_another_region_s_record() -> None:
    axillary, cervical = "PE/Lymph_Nodes/Axillary/Right", "PE/Lymph_Nodes/Cervical/Left"
    got = _keys(_NODES, "examine the axillary lymph nodes")
    assert axillary in got and cervical not in got and "PE/Lymph_Nodes/Inguinal" not in got  # before: every region
    # the false hits it could open: no region asked keeps every region; two regions asked keep both; a record naming
    # no region stays; a test joined to the nodes keeps its records
    assert {axillary, cervical, "PE/Lymph_Nodes/Inguinal"} <= _keys(_NODES, "lymph nodes")
    assert _asked("cervical and axillary lymph nodes") == {"cervical", "axillary"}
    assert "PE/Lymph_Nodes" in got
    assert "Lab/Full_Blood_Count/Haemoglobin" in _keys(_NODES, "axillary lymph nodes + FBC")
    assert _asked("axillary temperature") == set()  # a region's word alone, no node: the axis does not apply


def test_one_salivary_gland_asked_is_never_another_gland() -> None:
    case = _case(("Physical_Examination_Findings/Salivary_Glands/Parotid/Left", "Parotid", "Left", PE, "Swollen"),
                 ("Physical_Examination_Findings/Salivary_Glands/Submandibular/Left", "Submandibular", "Left", PE,
                  "Normal"),
                 ("Tests/Labial_Minor_Salivary_Gland_Biopsy/Histology", "Labial_Minor_Salivary_Gland_Biopsy",
                  "Histology", LAB, "Focus score 2"))
    assert _asked("feel the parotid glands") == {"parotid"}  # the submandibular records found go
    assert _asked("parotid") == set()  # no gland word: the axis does not apply (a lymph node region shares a name)
    assert "Tests/Labial_Minor_Salivary_Gland_Biopsy/Histology" not in _keys(case, "parotid biopsy")
    assert _keys(case, "labial gland biopsy") == {"Tests/Labial_Minor_Salivary_Gland_Biopsy/Histology"}
    # no gland named: every gland
    assert {"Physical_Examination_Findings/Salivary_Glands/Parotid/Left",
            "Physical_Examination_Findings/Salivary_Glands/Submandibular/Left"} <= _keys(case, "salivary glands")


def test_a_named_nerve_s_conduction_is_never_another_nerve_s() -> None:
    case = _case(("T/Nerve_Conduction_Studies/Median_Sensory", "Nerve_Conduction_Studies", "Median_Sensory", LAB,
                  "Normal"),
                 ("T/Nerve_Conduction_Studies/Sural_Sensory/Right", "Sural_Sensory", "Right", LAB, "Absent"),
                 ("T/Nerve_Conduction_Studies/Conclusion", "Nerve_Conduction_Studies", "Conclusion", LAB,
                  "Length-dependent axonal neuropathy"))
    got = _keys(case, "right sural nerve conduction")
    assert "T/Nerve_Conduction_Studies/Median_Sensory" not in got  # before: the median nerve's study
    assert "T/Nerve_Conduction_Studies/Sural_Sensory/Right" in got
    assert "T/Nerve_Conduction_Studies/Median_Sensory" in _keys(case, "nerve conduction studies")  # none named


def test_saliva_at_rest_is_not_stimulated_saliva() -> None:
    case = _case(("T/Unstimulated_Whole_Saliva_Flow", "T", "Unstimulated_Whole_Saliva_Flow", LAB, "0.05 mL/min"))
    assert _keys(case, "stimulated salivary flow") == set()  # a near miss: before, the resting flow
    assert _keys(case, "unstimulated whole saliva flow") == {"T/Unstimulated_Whole_Saliva_Flow"}
    assert _keys(case, "salivary flow rate") == {"T/Unstimulated_Whole_Saliva_Flow"}


def test_a_direct_antiglobulin_reagent_asked_is_never_another_reagent() -> None:
    case = _case(("T/Direct_Antiglobulin_Test/Polyspecific", "Direct_Antiglobulin_Test", "Polyspecific", LAB,
                  "Positive"),
                 ("T/Direct_Antiglobulin_Test/Monospecific_IgG", "Direct_Antiglobulin_Test", "Monospecific_IgG",
                  LAB, "Positive 3+"),
                 ("T/Direct_Antiglobulin_Test/Eluate", "Direct_Antiglobulin_Test", "Eluate", LAB, "Pan-reactive"))
    assert _keys(case, "monospecific DAT") == {"T/Direct_Antiglobulin_Test/Monospecific_IgG"}
    assert len(_keys(case, "DAT")) == 3  # no reagent named: the whole test


def test_hearing_studies_and_facial_studies_are_each_their_own() -> None:
    case = _case(("特殊检查/声导抗/鼓室图", "声导抗", "鼓室图", OTHER, "A型"),
                 ("特殊检查/纯音测听/右耳", "纯音测听", "右耳", OTHER, "正常"),
                 ("特殊检查/神经电生理/瞬目反射", "神经电生理", "瞬目反射", OTHER, "R1潜伏期延长"),
                 ("特殊检查/神经电生理/面神经电图(ENoG)", "神经电生理", "面神经电图(ENoG)", OTHER, "患侧降低60%"),
                 ("特殊检查/神经电生理/面肌肌电图", "神经电生理", "面肌肌电图", OTHER, "可见纤颤电位"))
    assert "特殊检查/声导抗/鼓室图" not in _keys(case, "电测听")  # before: the tympanogram too
    assert "特殊检查/声导抗/鼓室图" in _keys(case, "声导抗")
    blink = _keys(case, "瞬目反射")
    assert "特殊检查/神经电生理/瞬目反射" in blink
    assert not blink & {"特殊检查/神经电生理/面神经电图(ENoG)", "特殊检查/神经电生理/面肌肌电图"}
    # a plain EMG asked is any of the facial studies (the false hit the axis could open: losing them)
    assert "特殊检查/神经电生理/面肌肌电图" in _keys(case, "肌电图")


def test_the_lung_bases_are_not_the_upper_zones() -> None:
    case = _case(("PE/Chest/Auscultation/Right_Lung/Upper_Zone", "Right_Lung", "Upper_Zone", PE, "Vesicular"),
                 ("PE/Chest/Auscultation/Right_Lung/Lower_Zone", "Right_Lung", "Lower_Zone", PE, "Fine crackles"))
    assert _keys(case, "listen to the lung bases") == {"PE/Chest/Auscultation/Right_Lung/Lower_Zone"}
    assert len(_keys(case, "auscultate the lungs")) == 2  # no zone named
    # "base excess" is not a lung base (the axis needs a lung word, and "base" alone is not a zone's name)
    gas = _case(("Lab/Blood_Gas/Base_Excess", "Blood_Gas", "Base_Excess", LAB, "-6"))
    assert _keys(gas, "base excess") == {"Lab/Blood_Gas/Base_Excess"}


def test_anterior_segment_oct_is_not_a_retinal_oct() -> None:
    case = _case(("T/Anterior_Segment_OCT", "T", "Anterior_Segment_OCT", IMG, "Iridotrabecular contact"))
    assert _keys(case, "AS-OCT") == {"T/Anterior_Segment_OCT"}
    assert _keys(case, "OCT RNFL") == set()  # a near miss: the posterior pole's scan
    assert _keys(case, "macular OCT") == set()


# ---- the newborn's primitive reflexes (rows at the end of reflexes_round11.tsv) --------------------------------------
def test_a_primitive_reflex_asked_is_never_another_reflex() -> None:
    case = _case(("神经系统检查/原始反射/拥抱反射", "原始反射", "拥抱反射", PE, "完全"),
                 ("神经系统检查/原始反射/吸吮反射", "原始反射", "吸吮反射", PE, "减弱"),
                 ("神经系统检查/原始反射/觅食反射", "原始反射", "觅食反射", PE, "存在"))
    assert _keys(case, "踏步反射") == set()  # before: every other primitive reflex
    assert _keys(case, "Moro reflex") == {"神经系统检查/原始反射/拥抱反射"}
    assert _keys(case, "拥抱反射") == {"神经系统检查/原始反射/拥抱反射"}
    assert len(_keys(case, "原始反射")) == 3  # the section asked: all of them


# ---- vocabulary: catalogue_round12.tsv, extra_terms_round12.tsv, signs_bilingual_round12.tsv ------------------------
def test_new_tests_are_found_by_either_language_and_never_a_neighbour() -> None:
    case = _case(("T/Ocular_Tests/Schirmer_Test/Left_Eye", "Schirmer_Test", "Left_Eye", OTHER, "3 mm"),
                 ("T/Ocular_Tests/Schirmer_Test/Right_Eye", "Schirmer_Test", "Right_Eye", OTHER, "4 mm"),
                 ("T/Ocular_Tests/Tear_Break-Up_Time", "Ocular_Tests", "Tear_Break-Up_Time", OTHER, "4 s"),
                 ("T/Optical_Coherence_Tomography/Right_Eye", "Optical_Coherence_Tomography", "Right_Eye", IMG,
                  "Normal RNFL"),
                 ("T/Headache_Impact_Test-6", "T", "Headache_Impact_Test-6", OTHER, "64"),
                 ("T/Haemolysis_Screen/Haptoglobin", "Haemolysis_Screen", "Haptoglobin", LAB, "<0.1 g/L"),
                 ("T/CT_Head", "T", "CT_Head", IMG, "Normal"))
    assert _keys(case, "泪液分泌试验") == {"T/Ocular_Tests/Schirmer_Test/Left_Eye", "T/Ocular_Tests/Schirmer_Test/Right_Eye"}
    assert _keys(case, "Schirmer test on the left eye") == {"T/Ocular_Tests/Schirmer_Test/Left_Eye"}
    assert _keys(case, "光学相干断层扫描") == {"T/Optical_Coherence_Tomography/Right_Eye"}  # before: nothing (read as CT)
    assert "T/CT_Head" not in _keys(case, "OCT")
    assert _keys(case, "HIT-6") == {"T/Headache_Impact_Test-6"}
    assert _keys(case, "结合珠蛋白") == {"T/Haemolysis_Screen/Haptoglobin"}
    # near misses stay unanswered: a CT is not an OCT; the tear break-up time is not the Schirmer test
    assert "T/Optical_Coherence_Tomography/Right_Eye" not in _keys(case, "CT head")
    assert "T/Ocular_Tests/Tear_Break-Up_Time" not in _keys(case, "Schirmer test")


def test_facial_grading_scales_are_two_instruments() -> None:
    case = _case(("评估/Sunnybrook面神经评定", "评估", "Sunnybrook面神经评定", OTHER, "42分"))
    assert _keys(case, "Sunnybrook面神经评分") == {"评估/Sunnybrook面神经评定"}
    assert _keys(case, "House-Brackmann分级") == set()


def test_the_swinging_torch_test_is_the_rapd_not_torch_serology() -> None:
    case = _case(("PE/Pupils/Relative_Afferent_Pupillary_Defect", "Pupils", "Relative_Afferent_Pupillary_Defect", PE,
                  "Left RAPD"),
                 ("Lab/TORCH_Screen", "Lab", "TORCH_Screen", LAB, "Negative"))
    assert _keys(case, "swinging torch test") == {"PE/Pupils/Relative_Afferent_Pupillary_Defect"}
    assert _keys(case, "TORCH screen") == {"Lab/TORCH_Screen"}


def test_a_facial_manoeuvre_or_mental_state_item_after_a_verb_of_asking() -> None:
    case = _case(("神经系统检查/面神经/鼓腮", "面神经", "鼓腮", PE, "左侧漏气"),
                 ("神经系统检查/面神经/示齿", "面神经", "示齿", PE, "口角右偏"),
                 ("精神检查/自知力", "精神检查", "自知力", OTHER, "缺乏"),
                 ("影像/自知力测验", "影像", "自知力测验", IMG, "-"))
    assert _keys(case, "让患者鼓腮") == {"神经系统检查/面神经/鼓腮"}
    assert _keys(case, "puff out the cheeks") == {"神经系统检查/面神经/鼓腮"}
    assert _keys(case, "评估一下自知力") == {"精神检查/自知力"}
    assert _keys(case, "insight") == {"精神检查/自知力"}
    # the sibling manoeuvre is never answered for the one asked
    assert "神经系统检查/面神经/示齿" not in _keys(case, "鼓腮")


# ---- the lung's gas transfer is no blood gas (gases.record_gas) ------------------------------------------------------
_PFT = _case(("T/Pulmonary_Function_Tests/Spirometry/FEV1", "Spirometry", "FEV1", LAB, "1.9 L (62%)"),
             ("T/Pulmonary_Function_Tests/Gas_Transfer/DLCO", "Gas_Transfer", "DLCO", LAB, "45% predicted"),
             ("T/Pulmonary_Function_Tests/Lung_Volumes/TLC", "Lung_Volumes", "TLC", LAB, "70% predicted"),
             ("T/Arterial_Blood_Gas/pO2", "Arterial_Blood_Gas", "pO2", LAB, "8.1 kPa"))


def test_a_lung_function_battery_holds_its_gas_transfer_and_never_a_blood_gas() -> None:
    battery = {"T/Pulmonary_Function_Tests/Spirometry/FEV1", "T/Pulmonary_Function_Tests/Gas_Transfer/DLCO",
               "T/Pulmonary_Function_Tests/Lung_Volumes/TLC"}
    assert battery <= _keys(_PFT, "肺功能")  # before: the gas transfer was taken for a blood gas and dropped
    assert battery <= _keys(_PFT, "pulmonary function tests")
    assert "T/Arterial_Blood_Gas/pO2" not in _keys(_PFT, "肺功能")
    assert _keys(_PFT, "ABG") == {"T/Arterial_Blood_Gas/pO2"}  # a blood gas is still never the transfer factor


def test_one_joint_asked_is_never_another_joint() -> None:
    case = _case(("影像/双手关节超声", "影像", "双手关节超声", IMG, "滑膜增生"),
                 ("关节腔穿刺(右膝)/关节液常规/白细胞计数", "关节液常规", "白细胞计数", LAB, "15000"))
    assert "影像/双手关节超声" not in _keys(case, "膝关节超声")  # a near miss: before, the hands' scan
    assert _keys(case, "关节超声") == {"影像/双手关节超声"}  # no joint named
    assert _asked("关节液常规指标") == set()  # 指 of 指标 is no finger: whole words only


def test_meningeal_signs_are_three_signs() -> None:
    case = _case(("PE/Neck_Examination/Neck_Stiffness", "Neck_Examination", "Neck_Stiffness", PE, "Present"))
    assert _keys(case, "Kernig's sign") == set()  # before: the neck stiffness record
    assert _keys(case, "查一下颈强直") == {"PE/Neck_Examination/Neck_Stiffness"}  # before: nothing
    assert _keys(case, "neck stiffness") == {"PE/Neck_Examination/Neck_Stiffness"}


# ---- DNA酶 is an enzyme's name, not a nucleic-acid form (reading._form_hits) ----------------------------------------
def test_dnase_in_chinese_is_the_antibody_not_a_nucleic_acid_test() -> None:
    case = _case(("T/Streptococcal_Serology/Anti-DNase_B", "Streptococcal_Serology", "Anti-DNase_B", LAB, "1200 U/mL"),
                 ("T/Hepatitis/HBV_DNA", "Hepatitis", "HBV_DNA", LAB, "<20 IU/mL"),
                 ("T/Hepatitis/HBsAg", "Hepatitis", "HBsAg", LAB, "Positive"))
    assert _keys(case, "抗DNA酶B") == {"T/Streptococcal_Serology/Anti-DNase_B"}  # before: nothing (read as a DNA test)
    # the false hit it could open: a DNA test is still never an antigen or antibody record
    assert _keys(case, "HBV DNA") == {"T/Hepatitis/HBV_DNA"}
    assert _keys(case, "乙肝病毒DNA") == {"T/Hepatitis/HBV_DNA"}

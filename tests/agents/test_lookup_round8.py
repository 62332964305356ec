"""Issue 14, lookup round 8: each rule beside the false hit it must not open (synthetic records, so no row of
any labelled set is restated here)."""

from __future__ import annotations

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.lookup.evaluate import synthetic_case
from dxgym.agents.lookup.pulses import asked, held
from dxgym.emr_fixtures.lexicon import tokens
from dxgym.emr_fixtures.models import CaseRecord

_LOOKUP = ExamLookup(semantic=False)
PE, LAB, IMG = "physical_examination", "laboratory", "imaging"


def _case(*records: tuple[str, ...]) -> CaseRecord:
    return synthetic_case(records, "test:round8")


def _names(case: CaseRecord, request: str) -> set[str]:
    """Source keys found (a 4-tuple record is keyed `X/<group>/<name>`)."""
    return {h.source_key for h in _LOOKUP.resolve(request, case, semantic=False)}


_VASC = "PE/Peripheral_Vascular_Examination"
_PULSES = _case(
    (f"{_VASC}/Pulses/Femoral/Left", "Peripheral_Vascular_Examination", "Pulses / Femoral / Left", PE, "Palpable"),
    (f"{_VASC}/Pulses/Femoral/Right", "Peripheral_Vascular_Examination", "Pulses / Femoral / Right", PE, "Palpable"),
    (f"{_VASC}/Pulses/Dorsalis_Pedis/Left", "Peripheral_Vascular_Examination", "Pulses / Dorsalis_Pedis / Left", PE, "Absent"),
    (f"{_VASC}/Temperature/Left_Leg", "Peripheral_Vascular_Examination", "Temperature / Left_Leg", PE, "Cold"),
    (f"{_VASC}/Capillary_Refill/Left_Toes", "Peripheral_Vascular_Examination", "Capillary_Refill / Left_Toes", PE, "5 s"),
    (f"{_VASC}/Handheld_Doppler/Left_Posterior_Tibial", "Peripheral_Vascular_Examination",
     "Handheld_Doppler / Left_Posterior_Tibial", PE, "No signal"),
    ("查体/专科检查/动脉搏动/腘动脉/左", "专科检查", "动脉搏动 / 腘动脉 / 左", PE, "减弱"),
    ("Imaging/Lower_Limb_Arterial_Duplex", "Imaging", "Lower_Limb_Arterial_Duplex", IMG, "Occluded SFA"),
)


def test_a_pulse_asked_by_its_artery_is_that_arterys_record() -> None:
    assert asked(tokens("股动脉搏动")) == {"femoral"} and asked(tokens("posterior tibial pulse")) == {"posterior_tibial"}
    assert held("X/Pulses/Dorsalis_Pedis/Left") == {"dorsalis_pedis"} and not held("X/Temperature/Left_Leg")
    femoral = {f"{_VASC}/Pulses/Femoral/{s}" for s in ("Left", "Right")}
    assert _names(_PULSES, "femoral pulses") == femoral  # not the temperature, refill, Doppler or other arteries
    assert _names(_PULSES, "左侧股动脉搏动") == {f"{_VASC}/Pulses/Femoral/Left"}
    # an artery filed under a heading the lexicon cannot read is still found by its name
    assert _names(_PULSES, "摸一下左侧腘动脉") == {"查体/专科检查/动脉搏动/腘动脉/左"}


def test_a_pulse_narrowing_never_touches_studies_or_an_unitemised_section() -> None:
    assert _names(_PULSES, "arterial duplex") == {"Imaging/Lower_Limb_Arterial_Duplex"}
    flat = _case(("Peripheral_Vascular_Examination", "Pulses", PE, "All peripheral pulses palpable"),
                 ("Vital_Signs", "Heart_Rate", PE, "80"))
    assert _names(flat, "femoral pulse") == {"X/Peripheral_Vascular_Examination/Pulses"}  # not itemised: kept whole


def test_handheld_doppler_is_a_bedside_measure_not_a_duplex_study() -> None:
    assert _names(_PULSES, "handheld doppler") == {f"{_VASC}/Handheld_Doppler/Left_Posterior_Tibial"}
    bedside_only = _case((f"{_VASC}/Handheld_Doppler/Left_Dorsalis_Pedis", "Peripheral_Vascular_Examination",
                          "Handheld_Doppler / Left_Dorsalis_Pedis", PE, "No signal"))
    assert _names(bedside_only, "arterial duplex") == set()
    assert _names(bedside_only, "carotid duplex") == set()
    assert _names(bedside_only, "下肢动脉彩超") == set()


def test_capillary_refill_by_record_or_in_a_findings_text() -> None:
    assert _names(_PULSES, "capillary refill time") == {f"{_VASC}/Capillary_Refill/Left_Toes"}
    text = _case(("Extremities", "Extremities", PE, "Warm, capillary refill < 2 seconds"),
                 ("Skin", "Skin", PE, "No rash"))
    assert _names(text, "毛细血管充盈时间") == {"X/Extremities/Extremities"}
    assert _names(_case(("Skin", "Skin", PE, "No rash")), "capillary refill time") == set()


_KNEE = _case(
    ("专科情况/右膝关节/特殊检查/前抽屉试验", "专科情况", "前抽屉试验", PE, "阳性"),
    ("专科情况/右膝关节/特殊检查/后抽屉试验", "专科情况", "后抽屉试验", PE, "阴性"),
    ("专科情况/右膝关节/特殊检查/Lachman试验", "专科情况", "Lachman试验", PE, "阳性"),
    ("专科情况/腹部/腹壁静脉曲张", "专科情况", "腹壁静脉曲张", PE, "无"),
    ("Knee_Examination/Anterior_Drawer_Test", "Knee_Examination", "Anterior_Drawer_Test", PE, "Positive"),
)


def test_a_sign_asked_without_its_direction_is_each_direction_recorded() -> None:
    drawers = {"专科情况/右膝关节/特殊检查/前抽屉试验", "专科情况/右膝关节/特殊检查/后抽屉试验"}
    assert _names(_KNEE, "抽屉试验") == drawers
    assert _names(_KNEE, "drawer test") == {"Knee_Examination/Anterior_Drawer_Test"}
    chinese_only = _case(*[r for r in (
        ("专科情况/右膝关节/特殊检查/前抽屉试验", "专科情况", "前抽屉试验", PE, "阳性"),
        ("专科情况/右膝关节/特殊检查/后抽屉试验", "专科情况", "后抽屉试验", PE, "阴性"))])
    assert _names(chinese_only, "drawer test") == drawers  # the English name, through the bilingual sign names
    assert _names(chinese_only, "posterior drawer") == {"专科情况/右膝关节/特殊检查/后抽屉试验"}
    assert _names(_KNEE, "前抽屉试验") == {"专科情况/右膝关节/特殊检查/前抽屉试验"}  # one direction asked: not the other
    assert _names(_KNEE, "静脉曲张") == set()  # 腹壁 is a site, not a qualifier: another finding


def test_a_sign_asked_with_the_site_it_is_filed_under() -> None:
    assert _names(_KNEE, "右膝Lachman试验") == {"专科情况/右膝关节/特殊检查/Lachman试验"}
    assert _names(_KNEE, "肩Lachman试验") == set()  # the path names no shoulder
    assert _names(_KNEE, "pivot shift") == set()  # not recorded: no other knee test stands in


_EYES = _case(
    ("PE/Eye_Examination/Pupils/Left_Eye", "Eye_Examination", "Pupils / Left_Eye", PE, "3 mm, brisk"),
    ("PE/Eye_Examination/Pupils/Right_Eye", "Eye_Examination", "Pupils / Right_Eye", PE, "3 mm, brisk"),
    ("PE/Eye_Examination/Visual_Acuity", "Eye_Examination", "Visual_Acuity", PE, "6/6"),
    ("PE/Neurological_Examination/Mental_State", "Neurological_Examination", "Mental_State", PE, "Alert, GCS 15"),
)


def test_the_pupillary_reflex_is_read_off_the_pupils() -> None:
    pupils = {"PE/Eye_Examination/Pupils/Left_Eye", "PE/Eye_Examination/Pupils/Right_Eye"}
    assert _names(_EYES, "pupil reactions") == pupils
    assert _names(_EYES, "瞳孔对光反射") == pupils
    assert _names(_EYES, "RAPD") == set()  # its own test: a pupils record that does not state it is not it
    rapd = _case(("Eyes", "Pupils", PE, "Left RAPD present"))
    assert _names(rapd, "relative afferent pupillary defect") == {"X/Eyes/Pupils"}


def test_a_bedside_scale_stated_in_a_findings_text() -> None:
    assert _names(_EYES, "Glasgow coma scale") == {"PE/Neurological_Examination/Mental_State"}
    assert _names(_EYES, "格拉斯哥评分") == {"PE/Neurological_Examination/Mental_State"}
    assert _names(_EYES, "NIHSS") == set()  # another scale: not stated


def test_neighbouring_laboratory_tests_split() -> None:
    c1 = _case(("Complement", "C1_Esterase_Inhibitor_Antigen", LAB, "0.08 g/L"),
               ("Complement", "C1_Esterase_Inhibitor_Function", LAB, "30 %"))
    assert _names(c1, "C1 inhibitor level") == {"X/Complement/C1_Esterase_Inhibitor_Antigen"}
    assert _names(c1, "functional C1 inhibitor") == {"X/Complement/C1_Esterase_Inhibitor_Function"}
    cortisol = _case(("皮质醇节律", "血皮质醇(8:00)", LAB, "500 nmol/L"), ("尿液", "24小时尿游离皮质醇", LAB, "900 nmol/24h"))
    assert _names(cortisol, "24h尿游离皮质醇") == {"X/尿液/24小时尿游离皮质醇"}
    assert _names(cortisol, "urinary free cortisol") == {"X/尿液/24小时尿游离皮质醇"}
    assert _names(_case(("皮质醇节律", "血皮质醇(8:00)", LAB, "500")), "24 hour urine cortisol") == set()


def test_the_preoperative_infection_screen_is_a_group_name() -> None:
    screen = _case(("术前传染病筛查", "乙肝表面抗原(HBsAg)", LAB, "阴性"), ("术前传染病筛查", "HIV抗体", LAB, "阴性"),
                   ("乙肝五项", "乙肝表面抗原(HBsAg)", LAB, "阳性"))
    assert _names(screen, "术前四项") == {"X/术前传染病筛查/乙肝表面抗原(HBsAg)", "X/术前传染病筛查/HIV抗体"}
    assert _names(_case(("乙肝五项", "乙肝表面抗原(HBsAg)", LAB, "阳性")), "术前四项") == set()


def test_tibia_and_fibula_are_a_site_of_their_own() -> None:
    xr = _case(("Imaging", "X-Ray_Right_Tibia_and_Fibula", IMG, "Fracture"), ("Imaging", "X-Ray_Right_Knee", IMG, "Normal"),
               ("Coagulation", "Fibrinogen", LAB, "3.1 g/L"))
    assert _names(xr, "tib/fib x-ray") == {"X/Imaging/X-Ray_Right_Tibia_and_Fibula"}
    assert _names(xr, "胫腓骨X线") == {"X/Imaging/X-Ray_Right_Tibia_and_Fibula"}
    assert _names(xr, "fibrinogen") == {"X/Coagulation/Fibrinogen"}


def test_endoscopy_and_scale_names() -> None:
    case = _case(("内镜", "胃镜", "other", "慢性浅表性胃炎"), ("内镜", "结肠镜", "other", "未见异常"),
                 ("评分", "APACHE II评分", "other", "18分"))
    assert _names(case, "无痛胃镜") == {"X/内镜/胃镜"}
    assert _names(case, "电子肠镜") == {"X/内镜/结肠镜"}
    assert _names(case, "APACHE Ⅱ评分") == {"X/评分/APACHE II评分"}
    assert _names(case, "bronchoscopy") == set()


def test_a_routine_filed_in_parts_is_one_test_by_its_name() -> None:
    ua = _case(("检查结果/尿常规/干化学/尿pH", "干化学", "尿pH", LAB, "5.5"),
               ("检查结果/尿常规/尿沉渣/红细胞形态", "尿沉渣", "红细胞形态", LAB, "均一型"),
               ("检查结果/血常规/红细胞计数", "血常规", "红细胞计数", LAB, "4.3"),
               ("检查结果/肾脏/肾功能/肌酐", "肾功能", "肌酐", LAB, "96"))
    assert _names(ua, "尿常规") == {"检查结果/尿常规/干化学/尿pH", "检查结果/尿常规/尿沉渣/红细胞形态"}
    assert _names(ua, "血常规") == {"检查结果/血常规/红细胞计数"}  # not the urine's red cells
    assert _names(ua, "肾脏") == set()  # a segment naming a site, not a test, is no test's name


def test_a_contrast_study_is_never_a_plain_scan() -> None:
    plain = _case(("影像/泌尿系CT平扫/所见", "泌尿系CT平扫", "所见", IMG, "左输尿管结石"),
                  ("Imaging/Non_Contrast_CT_Head", "Imaging", "Non_Contrast_CT_Head", IMG, "No bleed"))
    assert _names(plain, "CTU") == set()
    assert _names(plain, "CT尿路造影") == set()
    assert _names(plain, "CTA head") == set()
    assert _names(plain, "泌尿系CT") == {"影像/泌尿系CT平扫/所见"}  # no contrast asked: the plain scan answers
    assert _names(plain, "CT head") == {"Imaging/Non_Contrast_CT_Head"}
    both = _case(("影像/鞍区MRI平扫+增强/所见", "鞍区MRI平扫+增强", "所见", IMG, "垂体微腺瘤"))
    assert _names(both, "增强MRI") == {"影像/鞍区MRI平扫+增强/所见"}  # both phases held


def test_the_pituitary_is_a_site_inside_the_head() -> None:
    case = _case(("影像/鞍区MRI平扫+增强/所见", "鞍区MRI平扫+增强", "所见", IMG, "垂体微腺瘤"),
                 ("Imaging", "MRI_Lumbar_Spine", IMG, "Normal"))
    assert _names(case, "pituitary MRI") == {"影像/鞍区MRI平扫+增强/所见"}
    assert _names(case, "垂体MRI") == {"影像/鞍区MRI平扫+增强/所见"}
    # a head MRI lies around it (the lexicon's regions: a part finds its region's study, as a knee finds a limb's)
    assert _names(_case(("Imaging", "MRI_Brain", IMG, "Normal")), "pituitary MRI") == {"X/Imaging/MRI_Brain"}


_ZH_LABS = _case(
    ("便常规+隐血", "颜色性状", LAB, "黄色软便"), ("便常规+隐血", "粪便隐血试验(OB)", LAB, "阳性"),
    ("腹水常规", "李凡他试验(Rivalta)", LAB, "阳性"),
    ("血尿酸", "尿酸(UA)", LAB, "420 μmol/L"),
    ("血脂及白蛋白", "总胆固醇(TC)", LAB, "5.2"), ("血脂及白蛋白", "白蛋白(ALB)", LAB, "38"),
    ("血糖血脂", "空腹血糖(GLU)", LAB, "5.1"), ("血糖血脂", "甘油三酯(TG)", LAB, "1.2"),
    ("血糖", "随机血糖", LAB, "7.8"), ("血糖", "糖化血红蛋白(HbA1c)", LAB, "6.1%"),
    ("G6PD", "葡萄糖-6-磷酸脱氢酶(G6PD)活性", LAB, "减低"),
    ("动脉血气分析", "碳酸氢根(HCO3-)", LAB, "18"), ("动脉血气分析", "pH", LAB, "7.31"),
    ("尿常规", "白细胞管型", LAB, "0-1/LP"),
)


def test_chinese_partial_words_do_not_open_other_records() -> None:
    # 隐血 of a stool routine is the stool's, the Rivalta test of an ascitic routine the ascites'
    assert _names(_ZH_LABS, "尿常规") == {"X/尿常规/白细胞管型"}
    assert _names(_ZH_LABS, "胸腔穿刺") == set()
    assert _names(_ZH_LABS, "腹水常规") == {"X/腹水常规/李凡他试验(Rivalta)"}
    # 尿酸(UA): the record's own abbreviation of its head, not urinalysis
    assert _names(_ZH_LABS, "尿液分析") == {"X/尿常规/白细胞管型"}
    assert _names(_ZH_LABS, "尿酸") == {"X/血尿酸/尿酸(UA)"}
    # 葡萄糖-6-磷酸脱氢酶 is no glucose; a cell cast is no cell count
    assert "X/G6PD/葡萄糖-6-磷酸脱氢酶(G6PD)活性" not in _names(_ZH_LABS, "葡萄糖")
    assert _names(_ZH_LABS, "G6PD") == {"X/G6PD/葡萄糖-6-磷酸脱氢酶(G6PD)活性"}
    assert _names(_ZH_LABS, "白细胞管型") == {"X/尿常规/白细胞管型"}
    assert _names(_ZH_LABS, "红细胞管型") == set()  # the other cell's casts
    assert _names(_ZH_LABS, "管型") == {"X/尿常规/白细胞管型"}


def test_a_group_named_by_two_tests_holds_each_under_its_name() -> None:
    assert _names(_ZH_LABS, "白蛋白") == {"X/血脂及白蛋白/白蛋白(ALB)"}  # not the cholesterol beside it
    assert _names(_ZH_LABS, "血脂") == {"X/血脂及白蛋白/总胆固醇(TC)", "X/血糖血脂/甘油三酯(TG)"}  # not the glucose
    glucose = _names(_ZH_LABS, "glucose")  # the group named 血糖 less its HbA1c; 血糖血脂's glucose only
    assert glucose == {"X/血糖/随机血糖", "X/血糖血脂/空腹血糖(GLU)"}
    assert "X/血糖/糖化血红蛋白(HbA1c)" in _names(_ZH_LABS, "血糖")  # its own name asked: the whole group
    assert _names(_case(("Glucose", "Value", LAB, "5.5"), ("Glucose", "Reference_Range", LAB, "3.9-6.1")), "glucose") == {
        "X/Glucose/Value", "X/Glucose/Reference_Range"}  # no record names a test: the group is the glucose


def test_a_serum_panel_is_never_composed_of_a_blood_gas() -> None:
    assert _names(_ZH_LABS, "电解质") == set()
    assert _names(_ZH_LABS, "碳酸氢根") == {"X/动脉血气分析/碳酸氢根(HCO3-)"}  # asked by name it is found
    assert _names(_ZH_LABS, "血气分析") == {"X/动脉血气分析/碳酸氢根(HCO3-)", "X/动脉血气分析/pH"}


def test_a_bruit_is_heard_over_a_vessel() -> None:
    case = _case(("颈部查体", "听诊", PE, "甲状腺区可闻及血管杂音"), ("心脏查体", "听诊", PE, "各瓣膜区未闻及杂音"))
    assert _names(case, "甲状腺血管杂音") == {"X/颈部查体/听诊"}
    assert _names(case, "心脏杂音") == {"X/心脏查体/听诊"}


def test_a_section_named_imaging_holds_no_biopsy() -> None:
    case = _case(("影像", "腹部CT", IMG, "未见异常"), ("Imaging", "CT_Abdomen", IMG, "Normal"),
                 ("内镜检查", "胃镜活检病理", "pathology", "慢性萎缩性胃炎"))
    assert _names(case, "病理") == {"X/内镜检查/胃镜活检病理"}
    assert _names(case, "biopsy") == {"X/内镜检查/胃镜活检病理"}
    assert _names(case, "腹部CT") == {"X/影像/腹部CT"}  # the imaging section's study, by its name
    # the section's own name is a category order (DESIGN): nothing, in the lookup as in the consultation (round 15)
    assert _names(case, "影像") == set()
    assert _names(_case(("Imaging", "CT_Abdomen", IMG, "Normal")), "biopsy") == set()


def test_a_score_stated_in_an_assessment_or_an_examination() -> None:
    case = _case(("Assessment", "Risk_Scores", "other", "CURB-65 score 3; Wells score 1.5"),
                 ("Blood_Tests", "Urea", LAB, "9.1 mmol/L"), ("Vital_Signs", "BP", PE, "90/60"))
    assert _names(case, "CURB-65") == {"X/Assessment/Risk_Scores"}
    assert _names(case, "Wells score") == {"X/Assessment/Risk_Scores"}
    assert _names(case, "Child-Pugh") == set()  # not stated: not available, never the assessment whole
    assert _names(_case(("Liver", "Panel_Comment", LAB, "MELD 18")), "MELD") == set()  # not a laboratory text


def test_a_short_scale_abbreviation_counts_only_as_written() -> None:
    case = _case(("General", "Appearance", PE, "Mrs. Chen is alert"), ("Neuro", "Disability", PE, "MRS 3 at discharge"))
    assert _names(case, "modified rankin scale") == {"X/Neuro/Disability"}  # not "Mrs. Chen"


def test_an_arterys_records_found_by_the_tiers_come_first() -> None:
    case = _case(("PE/Neck/Carotid_Pulse", "Neck", "Carotid_Pulse", PE, "Normal upstroke"),
                 ("PE/Neck/Carotid_Bruit", "Neck", "Carotid_Bruit", PE, "Left carotid bruit"),
                 ("PE/Neck/Thyroid", "Neck", "Thyroid", PE, "Not enlarged"))
    assert _names(case, "carotid bruit") == {"PE/Neck/Carotid_Bruit"}  # not the carotid pulse

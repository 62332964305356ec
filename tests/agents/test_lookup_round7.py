"""Issue 14, lookup round 7: each rule beside the false hit it must not open (synthetic records, so no row of
any labelled set is restated here)."""

from __future__ import annotations

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.lookup.evaluate import resolved_names, synthetic_case
from dxgym.emr_fixtures.models import CaseRecord

_LOOKUP = ExamLookup(semantic=False)
PE, LAB, IMG = "physical_examination", "laboratory", "imaging"


def _case(*records: tuple[str, str, str, str]) -> CaseRecord:
    return synthetic_case(records, "test:round7")


def _names(case: CaseRecord, request: str) -> set[str]:
    return resolved_names(_LOOKUP, case, request)


_TTE = _case(("Transthoracic_Echocardiogram", "Findings", IMG, "EF 55%, no vegetation seen"),
             ("Abdominal_Ultrasound", "Findings", IMG, "Normal liver"))
_PLAIN_ECHO = _case(("Echocardiogram", "Findings", IMG, "EF 40%"))
_TEE = _case(("经食管超声心动图(TEE)", "所见", IMG, "二尖瓣赘生物"), ("腹部彩超", "所见", IMG, "肝脏未见异常"))


def test_an_echocardiogram_is_answered_by_its_approach() -> None:
    for ask in ("TEE", "transesophageal echocardiogram", "经食道超声心动图", "食道超声"):
        assert _names(_TTE, ask) == set(), ask  # a TEE is not the transthoracic study
        assert _names(_PLAIN_ECHO, ask) == set(), ask  # nor a plain echocardiogram (made transthoracically)
    for ask in ("TTE", "transthoracic echo", "echo", "echocardiogram", "心脏彩超"):
        assert _names(_TTE, ask) == {"Transthoracic_Echocardiogram/Findings"}, ask
        assert _names(_PLAIN_ECHO, ask) == {"Echocardiogram/Findings"}, ask
    for ask in ("TEE", "食道超声", "经食管超声", "echo", "超声心动图"):
        assert _names(_TEE, ask) == {"经食管超声心动图(TEE)/所见"}, ask  # and never the abdominal ultrasound
    assert _names(_TEE, "TTE") == set()
    assert _names(_TEE, "腹部超声") == {"腹部彩超/所见"}


_BULLOUS = _case(
    ("Direct_Immunofluorescence", "Direct_Immunofluorescence", LAB, "linear IgG along the BMZ"),
    ("Indirect_Immunofluorescence", "Indirect_Immunofluorescence", LAB, "IgG on the roof"),
    ("Pemphigoid_Serology", "Anti-BP180_ELISA", LAB, "142 U/mL"),
    ("Pemphigoid_Serology", "Anti-BP230_ELISA", LAB, "38 U/mL"),
)


def test_direct_and_indirect_immunofluorescence_are_different_tests() -> None:
    for ask in ("DIF", "direct immunofluorescence", "直接免疫荧光"):
        assert _names(_BULLOUS, ask) == {"Direct_Immunofluorescence/Direct_Immunofluorescence"}, ask
    for ask in ("IIF", "indirect immunofluorescence", "间接免疫荧光"):
        assert _names(_BULLOUS, ask) == {"Indirect_Immunofluorescence/Indirect_Immunofluorescence"}, ask
    only_iif = _case(("Indirect_Immunofluorescence", "Indirect_Immunofluorescence", LAB, "IgG on the roof"))
    assert _names(only_iif, "DIF") == set()


def test_each_pemphigoid_antigen_is_its_own_elisa() -> None:
    assert _names(_BULLOUS, "BP180") == {"Pemphigoid_Serology/Anti-BP180_ELISA"}
    assert _names(_BULLOUS, "anti-BP230 antibodies") == {"Pemphigoid_Serology/Anti-BP230_ELISA"}
    assert _names(_BULLOUS, "BP230抗体") == {"Pemphigoid_Serology/Anti-BP230_ELISA"}
    both = {"Pemphigoid_Serology/Anti-BP180_ELISA", "Pemphigoid_Serology/Anti-BP230_ELISA"}
    assert _names(_BULLOUS, "pemphigoid antibodies") >= both
    only_230 = _case(("Pemphigoid_Serology", "Anti-BP230_ELISA", LAB, "38 U/mL"))
    assert _names(only_230, "BP180") == set()


def _filed(*records: tuple[str, str, str, str, str]) -> CaseRecord:
    """A case holding these (source_key, group, name, category, result) records: the path may file a record
    under a sub-group its name does not repeat."""
    return synthetic_case(records, "test:round7")


_LP = _filed(
    ("辅助检查/腰椎穿刺/脑脊液压力", "腰椎穿刺", "脑脊液压力", LAB, "320 mmH2O"),
    ("辅助检查/腰椎穿刺/脑脊液常规/外观", "腰椎穿刺", "外观", LAB, "浑浊"),
    ("辅助检查/腰椎穿刺/脑脊液常规/白细胞计数", "腰椎穿刺", "白细胞计数", LAB, "3860 ×10^6/L"),
    ("辅助检查/腰椎穿刺/脑脊液生化/葡萄糖", "腰椎穿刺", "葡萄糖", LAB, "0.8 mmol/L"),
    ("辅助检查/腰椎穿刺/脑脊液培养", "腰椎穿刺", "脑脊液培养", LAB, "肺炎链球菌"),
    ("辅助检查/血常规/白细胞计数", "血常规", "白细胞计数", LAB, "12.1 ×10^9/L"),
)


def test_a_sub_group_of_the_record_path_is_answered_alone() -> None:
    routine = {"辅助检查/腰椎穿刺/脑脊液常规/外观", "辅助检查/腰椎穿刺/脑脊液常规/白细胞计数"}
    assert _keys(_LP, "脑脊液常规") == routine  # not the tap's chemistry, culture and pressure
    assert _keys(_LP, "脑脊液生化") == {"辅助检查/腰椎穿刺/脑脊液生化/葡萄糖"}
    assert len(_keys(_LP, "脑脊液")) == 5  # the fluid itself: the whole tap
    assert _keys(_LP, "白细胞计数") == {"辅助检查/血常规/白细胞计数"}  # a bare analyte stays the blood's
    assert _keys(_LP, "外观") == set() or "辅助检查/腰椎穿刺/脑脊液常规/外观" in _keys(_LP, "外观")
    flat = _case(("腰椎穿刺", "脑脊液常规", LAB, "白细胞 3860"), ("腰椎穿刺", "脑脊液培养", LAB, "阴性"))
    assert _names(flat, "脑脊液常规") == {"腰椎穿刺/脑脊液常规"}


def _keys(case: CaseRecord, request: str) -> set[str]:
    return {h.source_key for h in _LOOKUP.resolve(request, case, semantic=False)}


_SIGNS = _case(
    ("Cardiovascular", "Pulsus_Paradoxus", PE, "18 mmHg"),
    ("Neurological_Examination", "Asterixis", PE, "Present"),
    ("Neurological_Examination", "Mental_Status", PE, "Drowsy"),
    ("Abdominal_Examination", "Palpation", PE, "Soft; succussion splash absent"),
)
_ZH_SIGNS = _case(("神经系统查体", "扑翼样震颤", PE, "阳性"), ("心脏查体", "听诊", PE, "律齐"))


def test_a_named_sign_reaches_its_name_in_the_other_language() -> None:
    assert _names(_SIGNS, "奇脉") == {"Cardiovascular/Pulsus_Paradoxus"}
    assert _names(_SIGNS, "扑翼样震颤") == {"Neurological_Examination/Asterixis"}
    assert _names(_SIGNS, "振水音") == {"Abdominal_Examination/Palpation"}  # named in the findings text
    assert _names(_ZH_SIGNS, "asterixis") == {"神经系统查体/扑翼样震颤"}
    assert _names(_ZH_SIGNS, "flapping tremor") == {"神经系统查体/扑翼样震颤"}
    # a sign the record does not state stays not available, in either language
    assert _names(_SIGNS, "交替脉") == set()
    assert _names(_SIGNS, "pulsus alternans") == set()
    assert _names(_ZH_SIGNS, "pulsus paradoxus") == set()
    assert _names(_SIGNS, "脉搏") != {"Cardiovascular/Pulsus_Paradoxus"}  # a pulse is not a named sign
    # a sign the lexicon reads only in part is never that part's section (震颤 alone is a cardiac thrill)
    heart = _case(("心脏查体", "触诊", PE, "心尖区可触及震颤"), ("神经系统查体", "神志", PE, "嗜睡"))
    assert _names(heart, "扑翼样震颤") == set()
    assert _names(heart, "震颤") == {"心脏查体/触诊"}


def test_a_sign_named_with_a_read_word_is_not_that_word() -> None:
    vitals = _case(("Vital_Signs", "Heart_Rate", PE, "88 bpm"), ("Neurological_Examination", "Reflexes", PE, "2+"))
    assert _names(vitals, "collapsing pulse") == set()  # not the pulse rate
    assert _names(vitals, "hepatojugular reflex") == set()  # not the tendon reflexes
    assert _names(vitals, "pulse") == {"Vital_Signs/Heart_Rate"}
    assert _names(vitals, "reflexes") == {"Neurological_Examination/Reflexes"}
    aortic = _case(("Cardiovascular_Examination", "Pulse", PE, "Collapsing pulse, wide pulse pressure"))
    assert _names(aortic, "水冲脉") == {"Cardiovascular_Examination/Pulse"}  # its English name in the findings


def test_jvp_is_the_jugular_veins_record_and_a_site_section_before_its_region() -> None:
    neck = _case(("Neck_Examination", "Trachea", PE, "Central"), ("Neck_Examination", "Jugular_Veins", PE, "Distended"),
                 ("Cardiovascular_Examination", "Auscultation", PE, "Muffled heart sounds"))
    for ask in ("JVP", "jugular venous pressure", "颈静脉", "neck veins"):
        assert _names(neck, ask) == {"Neck_Examination/Jugular_Veins"}, ask
    own = _case(("Jugular_Venous_Pressure", "Jugular_Venous_Pressure", PE, "Raised 12 cm"),
                ("Cardiovascular_Examination", "Inspection", PE, "No apex visible"),
                ("Cardiovascular_Examination", "Auscultation", PE, "Soft S1 S2"))
    assert _names(own, "JVP") == {"Jugular_Venous_Pressure/Jugular_Venous_Pressure"}  # not the cardiac section too
    assert len(_names(own, "cardiovascular exam")) == 3  # the region asked is still every section in it
    cardiac = _case(("Cardiovascular_Examination", "Cardiovascular_Examination", PE, "JVP not raised, HS dual"))
    assert _names(cardiac, "JVP") == {"Cardiovascular_Examination/Cardiovascular_Examination"}
    itemised = _case(("Neck_Examination", "Trachea", PE, "Central"), ("Neck_Examination", "Thyroid", PE, "Normal"))
    assert _names(itemised, "JVP") == set()  # a neck section that lists its parts without the veins


def test_a_form_inside_another_tests_term_is_that_tests() -> None:
    bank = _case(("Blood_Group_and_Antibody_Screen", "Blood_Group_and_Antibody_Screen", LAB, "O Rh positive; screen negative"))
    for ask in ("blood group", "血型", "antibody screen"):
        assert _names(bank, ask) == {"Blood_Group_and_Antibody_Screen/Blood_Group_and_Antibody_Screen"}, ask
    insulin = _case(("Insulin_Antibodies", "Insulin_Antibodies", LAB, "negative"))
    assert _names(insulin, "insulin") == set()  # an antibody to a substance is still not the substance


def test_muscle_enzymes_are_a_group_name_never_the_liver_panel() -> None:
    myo = _case(("Muscle_Enzymes", "CK", LAB, "8400 U/L"), ("Muscle_Enzymes", "Aldolase", LAB, "22 U/L"),
                ("Liver_Function_Tests", "AST", LAB, "310 U/L"), ("Cardiac_Markers", "Troponin_I", LAB, "0.02"))
    assert _names(myo, "肌酶") == {"Muscle_Enzymes/CK", "Muscle_Enzymes/Aldolase"}
    assert _names(myo, "muscle enzymes") == {"Muscle_Enzymes/CK", "Muscle_Enzymes/Aldolase"}
    assert "Cardiac_Markers/Troponin_I" in _names(myo, "心肌酶")  # the cardiac panel (its CK member is 心肌酶谱's own)
    lft_only = _case(("Liver_Function_Tests", "AST", LAB, "310 U/L"), ("Liver_Function_Tests", "ALT", LAB, "200 U/L"))
    assert _names(lft_only, "肌酶") == set()


def test_a_form_word_may_be_spelt_any_way_of_its_form() -> None:
    lyme = _case(("Lyme_Serology", "ELISA_Screening", LAB, "positive"), ("Lyme_Serology", "Western_Blot_IgM", LAB, "3 bands"))
    both = {"Lyme_Serology/ELISA_Screening", "Lyme_Serology/Western_Blot_IgM"}
    assert _names(lyme, "lyme titres") == both  # the lexicon spells the term with "titre" / "antibodies"
    assert _names(lyme, "lyme antibodies") == both
    assert _names(lyme, "lyme pcr") == set()  # another form is another test
    hsv = _case(("Serology", "HSV_IgG", LAB, "positive"))
    assert _names(hsv, "toxoplasma titers") == set()  # respelling never invents an organism


def test_a_fluid_panels_sub_group_is_read_in_that_fluid() -> None:
    tap = _filed(
        ("辅助检查/腹腔穿刺/腹水常规/外观", "腹腔穿刺", "外观", LAB, "微浊"),
        ("辅助检查/腹腔穿刺/腹水常规/白细胞计数", "腹腔穿刺", "白细胞计数", LAB, "1280 ×10^6/L"),
        ("辅助检查/腹腔穿刺/腹水生化/总蛋白", "腹腔穿刺", "总蛋白", LAB, "14 g/L"),
        ("辅助检查/腹腔穿刺/腹水培养", "腹腔穿刺", "腹水培养", LAB, "大肠埃希菌"),
    )
    assert _keys(tap, "腹水常规") == {"辅助检查/腹腔穿刺/腹水常规/外观", "辅助检查/腹腔穿刺/腹水常规/白细胞计数"}
    assert len(_keys(tap, "腹腔穿刺")) == 4  # the tap itself: every record


def test_named_studies_and_sites_of_round_7() -> None:
    mrcp = _case(("MRCP", "Findings", IMG, "Dilated CBD"), ("Abdominal_CT", "Findings", IMG, "Normal"))
    assert _names(mrcp, "磁共振胰胆管成像") == {"MRCP/Findings"}
    assert _names(mrcp, "MRI abdomen") == set()  # an MRCP is not any abdominal MRI request's answer... nor a CT
    oedema = _case(("Oedema_Assessment", "Periorbital", PE, "Puffy lids"), ("Oedema_Assessment", "Lower_Limbs", PE, "Pitting"))
    assert _names(oedema, "眼睑水肿") == {"Oedema_Assessment/Periorbital"}
    assert _names(oedema, "leg oedema") == {"Oedema_Assessment/Lower_Limbs"}


def test_a_studys_part_named_by_the_unread_words() -> None:
    kidney = _case(("Renal_Biopsy", "Light_Microscopy", LAB, "crescents"), ("Renal_Biopsy", "Electron_Microscopy", LAB, "deposits"),
                   ("Renal_Biopsy", "Immunofluorescence", LAB, "linear IgG"))
    assert _names(kidney, "electron microscopy of the biopsy") == {"Renal_Biopsy/Electron_Microscopy"}
    assert len(_names(kidney, "renal biopsy")) == 3  # the study asked whole is every part
    assert len(_names(kidney, "biopsy")) == 3
    assert _names(kidney, "biopsy of the lesion") == set()  # unread words naming another target stay not held


def test_a_purpose_clause_names_what_is_sought_in_the_test() -> None:
    from dxgym.agents.lookup.split import split_requests

    assert split_requests("please send a urinalysis to look for blood and protein") == ["urinalysis"]
    assert split_requests("CBC and LFTs to look for anaemia") == ["CBC", "LFTs"]
    assert split_requests("check the urine to look for protein") != ["urine"]  # a specimen alone is no test
    urine = _case(("Urinalysis", "Protein", LAB, "2+"), ("Urinalysis", "Blood", LAB, "1+"),
                  ("Serum_Chemistry", "Total_Protein", LAB, "62 g/L"))
    hits = {h.source_key.split("/", 1)[-1] for item in split_requests("send a urinalysis to look for blood and protein")
            for h in _LOOKUP.resolve(item, urine, semantic=False)}
    assert hits == {"Urinalysis/Protein", "Urinalysis/Blood"}  # never the serum protein


def test_a_chinese_test_name_without_its_test_word_and_intracranial_pressure() -> None:
    culture = _case(("血培养", "培养结果", LAB, "金黄色葡萄球菌"), ("血培养", "药敏试验", LAB, "苯唑西林敏感"),
                    ("腰椎穿刺", "脑脊液压力", LAB, "320 mmH2O"))
    assert _names(culture, "药敏") == {"血培养/药敏试验"}
    assert _names(culture, "药敏试验") == {"血培养/药敏试验"}
    assert _names(culture, "颅压") == {"腰椎穿刺/脑脊液压力"}
    one = _case(("其他", "X试验", LAB, "阴性"))
    assert _names(one, "X") == set()  # one character left is no name

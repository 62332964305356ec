"""Write cases_zh.jsonl: 4 new Chinese inpatient cases (newcases10 / zh), one CaseRecord per line.

Cases written inline, from clinical knowledge (人卫版 妇产科学 / 神经病学 / 内科学 / 儿科学 / 诊断学).
Each record is built from its source-key path: name = last segment, group = the parent segment (or the name
itself when the parent is a top-level container), so layouts differ case by case (containers, nesting depth,
per-side and per-site records, procedures holding several test groups). No path segment contains "/".
The `Case` helper is newcases7/zh's with this set's containers.
Run: .venv/bin/python make_cases.py
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from dxgym.evaluation.lookup_sets import ZhCase, write_zh_cases, zh_case_base, zh_dx

HERE = Path(__file__).resolve().parent
SET = "newcases10"
TOP = {"入院查体", "专科检查", "妇科检查", "检验", "影像", "评估", "特殊检查", "内分泌功能试验", "神经系统检查",
       "精神检查", "腰椎穿刺", "胸部查体", "支气管镜检查", "骨髓穿刺(髂后上棘)"}


# The builder, fixed fields and writer are every Chinese part's (dxgym.evaluation.lookup_sets).
Case = partial(ZhCase, TOP, lab_style="ref")
base = partial(zh_case_base, "newcases10")
dx = zh_dx


# ---------------------------------------------------------------- row 0: 多囊卵巢综合征 (gynaecological endocrinology)
def case0() -> dict:
    c = Case()
    c.pe("入院查体/生命体征", "T 36.6℃，P 84次/分，R 18次/分，BP 132/84mmHg")
    a = "入院查体/人体测量"
    c.pe(f"{a}/身高", "162cm")
    c.pe(f"{a}/体重", "78kg")
    c.pe(f"{a}/BMI", "29.7kg/m²")
    c.pe(f"{a}/腰围", "92cm")
    c.pe(f"{a}/臀围", "104cm")
    c.pe("入院查体/皮肤/黑棘皮征", "颈后及双侧腋窝皮肤褶皱处见灰褐色天鹅绒样色素沉着，触之柔软", reveals=False)
    c.pe("入院查体/皮肤/痤疮", "面颊及下颌部散在炎性丘疹及脓疱，背部少许粉刺")
    c.pe("入院查体/皮肤/紫纹", "腹部及大腿未见宽大紫纹")
    c.pe("入院查体/皮肤/多毛", "上唇、下颌、脐下正中线及大腿内侧终毛增多")
    c.pe("入院查体/甲状腺", "甲状腺Ⅰ度肿大，质软，未触及结节，无压痛")
    c.pe("入院查体/乳房", "双乳发育正常，挤压双侧乳头无溢乳")
    c.pe("入院查体/心肺腹", "心肺听诊未见异常；腹软，无压痛，肝脾肋下未触及")
    g = "妇科检查"
    c.pe(f"{g}/外阴", "已婚未产型，阴毛浓密呈菱形分布，阴蒂无增大")
    c.pe(f"{g}/阴道", "通畅，黏膜正常，分泌物少量白色")
    c.pe(f"{g}/宫颈", "光滑，无举痛")
    c.pe(f"{g}/子宫", "前位，正常大小，质中，活动好，无压痛")
    c.pe(f"{g}/附件/右侧", "右附件区稍增厚，未触及明显包块，无压痛")
    c.pe(f"{g}/附件/左侧", "左附件区未触及包块，无压痛")
    c.other("评估/改良Ferriman-Gallwey评分", "12分（上唇2、下颌2、胸部1、上腹1、下腹3、大腿2、上臂1）")
    c.other("评估/HOMA-IR", "5.2（胰岛素抵抗）")
    c.other("评估/PHQ-9抑郁筛查量表", "9分（轻度抑郁）")
    c.other("评估/GAD-7焦虑量表", "6分（轻度焦虑）")
    lab = "检验"
    s = f"{lab}/性激素六项(月经第3天)"
    c.lab(f"{s}/卵泡刺激素(FSH)", 5.8, "IU/L", None, "3.5-12.5")
    c.lab(f"{s}/黄体生成素(LH)", 16.4, "IU/L", "H", "2.4-12.6")
    c.lab(f"{s}/雌二醇(E2)", 186, "pmol/L", None, "90-720")
    c.lab(f"{s}/孕酮(P)", 0.9, "nmol/L", None, "0.6-4.8")
    c.lab(f"{s}/睾酮(T)", 2.9, "nmol/L", "H", "0.3-1.7")
    c.lab(f"{s}/催乳素(PRL)", 14.2, "ng/mL", None, "4.8-23.3")
    ad = f"{lab}/雄激素相关指标"
    c.lab(f"{ad}/性激素结合球蛋白(SHBG)", 18, "nmol/L", "L", "26-110")
    c.lab(f"{ad}/游离雄激素指数(FAI)", 16.1, "%", "H", "<5")
    c.lab(f"{ad}/硫酸脱氢表雄酮(DHEA-S)", 6.2, "μmol/L", None, "2.7-9.2")
    c.lab(f"{ad}/雄烯二酮(A4)", 3.4, "ng/mL", "H", "0.3-3.3")
    c.lab(f"{ad}/17α-羟孕酮(17-OHP)", 1.1, "ng/mL", None, "<2.0")
    c.lab(f"{lab}/抗米勒管激素(AMH)", 9.8, "ng/mL", "H", "1.2-6.9")
    ca = f"{lab}/血皮质醇及ACTH(8:00)"
    c.lab(f"{ca}/皮质醇", 412, "nmol/L", None, "133-537")
    c.lab(f"{ca}/促肾上腺皮质激素(ACTH)", 28, "pg/mL", None, "7.2-63.3")
    t = f"{lab}/甲状腺功能"
    c.lab(f"{t}/TSH", 2.1, "mIU/L", None, "0.27-4.2")
    c.lab(f"{t}/FT3", 4.9, "pmol/L", None, "3.1-6.8")
    c.lab(f"{t}/FT4", 15.6, "pmol/L", None, "12-22")
    c.text_lab(f"{lab}/血β-HCG", "<1.2 mIU/mL（阴性）")
    lp = f"{lab}/血脂"
    c.lab(f"{lp}/总胆固醇(TC)", 5.6, "mmol/L", "H", "<5.2")
    c.lab(f"{lp}/甘油三酯(TG)", 2.4, "mmol/L", "H", "<1.7")
    c.lab(f"{lp}/高密度脂蛋白胆固醇(HDL-C)", 0.92, "mmol/L", "L", ">1.04")
    c.lab(f"{lp}/低密度脂蛋白胆固醇(LDL-C)", 3.7, "mmol/L", "H", "<3.4")
    c.lab(f"{lab}/肝功能/ALT", 56, "U/L", "H", "7-40")
    c.lab(f"{lab}/肝功能/AST", 38, "U/L", "H", "13-35")
    c.lab(f"{lab}/糖化血红蛋白(HbA1c)", 6.0, "%", "H", "4.0-6.0")
    o = "内分泌功能试验/OGTT及胰岛素释放试验(75g)"
    for t_, glu, ins in (("0分钟", 5.9, 21.5), ("30分钟", 10.2, 142), ("60分钟", 11.4, 198),
                         ("120分钟", 9.1, 176), ("180分钟", 6.0, 64)):
        c.lab(f"{o}/{t_}/血糖", glu, "mmol/L", None, None, style="plain")
        c.lab(f"{o}/{t_}/胰岛素", ins, "μU/mL", None, None, style="plain")
    c.other(f"{o}/结论", "糖耐量异常（空腹血糖受损合并IGT），胰岛素分泌高峰延迟，高胰岛素血症")
    c.other("内分泌功能试验/孕激素撤退试验", "地屈孕酮10mg bid×10天，停药后第5天有撤退性出血（阳性）")
    u = "影像/经阴道超声"
    c.img(f"{u}/子宫", "前位，大小48mm×42mm×38mm，肌层回声均匀")
    c.img(f"{u}/子宫内膜", "厚8mm，回声均匀")
    c.img(f"{u}/右侧卵巢", "大小42mm×30mm，体积约13mL，单切面见卵泡约16个，直径2-8mm，呈项链征", reveals=True)
    c.img(f"{u}/左侧卵巢", "大小38mm×27mm，体积约11mL，单切面见卵泡约14个，直径2-7mm")
    c.img("影像/肝脏超声", "肝实质回声增强，近场细密，远场衰减，考虑轻度脂肪肝")
    c.other("特殊检查/心电图", "窦性心律，正常心电图")
    rec = base(0, "gynaecological endocrinology",
               {"sex": "女", "age": "24岁", "age_years": 24.0, "occupation": "文员", "text": "女，24岁，文员"},
               chief_complaint="月经稀发5年，多毛、痤疮加重2年，婚后未避孕未孕1年",
               present_illness="患者初潮13岁，18岁起月经周期延长至40-90天，经期5天，量中。近2年上唇、下颌毛发增多，面部痤疮反复，"
                               "体重增加约12kg。婚后1年未避孕未孕。末次月经为孕激素撤退后月经。无溢乳、头痛、视物模糊，无怕热多汗。",
               past_history="否认高血压、糖尿病史；否认糖皮质激素及抗癫痫药使用史；否认药物过敏史。",
               personal_history="不吸烟，不饮酒，久坐工作。",
               marital_reproductive_history="已婚1年，G0P0。",
               family_history="母亲患2型糖尿病，姐姐月经不规律。",
               diagnoses=[dx("多囊卵巢综合征", "E28.2", True), dx("胰岛素抵抗", "E88.8"), dx("糖耐量异常", "R73.0"),
                          dx("非酒精性脂肪性肝病", "K76.0"), dx("血脂异常", "E78.5")])
    rec["examinations"] = c.exams
    return rec


# ---------------------------------------------------------------- row 1: 抗NMDA受体脑炎 (neurology / psychiatry)
def case1() -> dict:
    c = Case()
    v = "入院查体/生命体征"
    c.pe(f"{v}/体温", "38.1℃")
    c.pe(f"{v}/心率", "126次/分")
    c.pe(f"{v}/呼吸", "22次/分")
    c.pe(f"{v}/血压", "148/92mmHg")
    c.pe("入院查体/皮肤", "全身皮肤未见皮疹，无针眼，多汗")
    c.pe("入院查体/心肺", "心率126次/分，律齐，未闻及杂音；双肺呼吸音清")
    c.pe("入院查体/腹部", "腹软，下腹部未触及包块，肝脾肋下未触及")
    n = "神经系统检查"
    c.pe(f"{n}/意识", "嗜睡与躁动交替，呼之可睁眼，言语含糊不能对答")
    c.pe(f"{n}/瞳孔/右侧", "直径3mm，直接及间接对光反射灵敏")
    c.pe(f"{n}/瞳孔/左侧", "直径3mm，直接及间接对光反射灵敏")
    c.pe(f"{n}/眼球运动", "可见自发双眼水平游动，无凝视麻痹")
    c.pe(f"{n}/口面部不自主运动", "持续咀嚼样、舔唇样口面部运动", reveals=True)
    c.pe(f"{n}/肢体不自主运动", "双上肢间断舞蹈-手足徐动样动作，左侧为著")
    c.pe(f"{n}/肌张力", "四肢肌张力稍增高，无齿轮样强直")
    c.pe(f"{n}/肌力", "检查不合作，四肢可见自主活动，未见瘫痪")
    c.pe(f"{n}/腱反射", "双侧肱二头肌、膝腱反射对称活跃")
    c.pe(f"{n}/病理征/巴宾斯基征/右侧", "阴性")
    c.pe(f"{n}/病理征/巴宾斯基征/左侧", "可疑阳性")
    c.pe(f"{n}/脑膜刺激征/颈强直", "颈软，无抵抗")
    c.pe(f"{n}/脑膜刺激征/克尼格征", "阴性")
    c.pe(f"{n}/脑膜刺激征/布鲁津斯基征", "阴性")
    m = "精神检查"
    c.pe(f"{m}/定向力", "时间、地点定向障碍")
    c.pe(f"{m}/感知觉", "可疑幻视，诉“看到墙上有人”")
    c.pe(f"{m}/思维", "言语零乱，可疑被害妄想")
    c.pe(f"{m}/情感", "情绪不稳，时而哭泣时而发笑")
    c.pe(f"{m}/意志行为", "冲动、拔管，需约束")
    c.pe(f"{m}/记忆", "近记忆明显减退，无法复述3个词")
    c.other("评估/格拉斯哥昏迷评分(GCS)", "E3V3M6，12分")
    c.other("评估/改良Rankin量表(mRS)", "5分")
    c.other("评估/自身免疫性脑炎严重程度量表(CASE)", "12分")
    c.other("评估/简易精神状态检查(MMSE)", "不合作，无法完成")
    lab = "检验"
    b = f"{lab}/血常规"
    c.lab(f"{b}/白细胞计数(WBC)", 11.8, "×10^9/L", "H", "3.5-9.5")
    c.lab(f"{b}/血红蛋白(HGB)", 128, "g/L", None, "115-150")
    c.lab(f"{b}/血小板计数(PLT)", 246, "×10^9/L", None, "125-350")
    c.lab(f"{lab}/血糖", 6.1, "mmol/L", None, "3.9-6.1")
    c.lab(f"{lab}/电解质/钠(Na)", 134, "mmol/L", "L", "137-147")
    c.lab(f"{lab}/电解质/钾(K)", 3.8, "mmol/L", None, "3.5-5.3")
    c.lab(f"{lab}/肌酸激酶(CK)", 1860, "U/L", "H", "40-200")
    c.lab(f"{lab}/肝功能/白蛋白(ALB)", 38, "g/L", "L", "40-55")
    c.lab(f"{lab}/肝功能/ALT", 32, "U/L", None, "7-40")
    ab = f"{lab}/血清自身免疫性脑炎抗体"
    c.text_lab(f"{ab}/抗NMDAR抗体", "阳性（1:10，CBA法）", reveals=True)
    c.text_lab(f"{ab}/抗LGI1抗体", "阴性")
    c.text_lab(f"{ab}/抗CASPR2抗体", "阴性")
    c.text_lab(f"{ab}/抗GABABR抗体", "阴性")
    c.text_lab(f"{ab}/抗AMPAR抗体", "阴性")
    tm = f"{lab}/肿瘤标志物"
    c.lab(f"{tm}/CA125", 42, "U/mL", "H", "<35")
    c.lab(f"{tm}/甲胎蛋白(AFP)", 3.1, "ng/mL", None, "<7")
    c.lab(f"{tm}/癌胚抗原(CEA)", 1.2, "ng/mL", None, "<5")
    c.lab(f"{lab}/甲状腺功能/TSH", 1.6, "mIU/L", None, "0.27-4.2")
    c.lab(f"{lab}/甲状腺功能/FT4", 17.2, "pmol/L", None, "12-22")
    c.text_lab(f"{lab}/甲状腺功能/抗甲状腺过氧化物酶抗体(TPOAb)", "12 IU/mL（阴性）")
    c.text_lab(f"{lab}/血β-HCG", "阴性")
    c.text_lab(f"{lab}/感染筛查/HIV抗体", "阴性")
    c.text_lab(f"{lab}/感染筛查/梅毒TPPA", "阴性")
    lpp = "腰椎穿刺"
    c.other(f"{lpp}/初压", "190mmH2O")
    c.text_lab(f"{lpp}/脑脊液常规/外观", "无色透明")
    c.text_lab(f"{lpp}/脑脊液常规/白细胞计数", "36×10^6/L（淋巴细胞92%）")
    c.text_lab(f"{lpp}/脑脊液常规/红细胞计数", "0")
    c.text_lab(f"{lpp}/脑脊液生化/蛋白", "0.52g/L ↑")
    c.text_lab(f"{lpp}/脑脊液生化/葡萄糖", "3.6mmol/L")
    c.text_lab(f"{lpp}/脑脊液生化/氯化物", "122mmol/L")
    c.text_lab(f"{lpp}/脑脊液自身免疫性脑炎抗体/抗NMDAR抗体", "阳性（1:32，CBA法）", reveals=True)
    c.text_lab(f"{lpp}/寡克隆区带", "脑脊液特异性寡克隆区带阳性（Ⅱ型）")
    c.text_lab(f"{lpp}/脑脊液病原学/HSV-1 DNA(PCR)", "阴性")
    c.text_lab(f"{lpp}/脑脊液病原学/宏基因组二代测序(mNGS)", "未检出致病微生物")
    mr = "影像/头颅MRI平扫+增强"
    c.img(f"{mr}/T2-FLAIR", "双侧内侧颞叶及右侧岛叶皮层轻度FLAIR高信号")
    c.img(f"{mr}/DWI", "未见弥散受限")
    c.img(f"{mr}/增强扫描", "未见异常强化")
    c.img(f"{mr}/印象", "双侧内侧颞叶轻度异常信号，结合临床考虑边缘系统受累")
    c.img("影像/盆腔MRI", "右侧附件区3.4cm×2.8cm囊实性肿块，内含脂肪信号，考虑成熟性囊性畸胎瘤", reveals=True)
    c.img("影像/胸部CT平扫", "双肺未见明确病变，纵隔未见肿大淋巴结")
    e = "特殊检查/视频脑电图(24小时)"
    c.other(f"{e}/背景活动", "弥漫性δ、θ慢波为主，枕区优势节律消失")
    c.other(f"{e}/特征性波形", "可见极度δ刷（extreme delta brush）")
    c.other(f"{e}/癫痫样放电", "未见明确癫痫样放电及电发作")
    c.other("特殊检查/心电图", "窦性心动过速，126次/分")
    rec = base(1, "neurology",
               {"sex": "女", "age": "22岁", "age_years": 22.0, "occupation": "大学生", "text": "女，22岁，大学生"},
               chief_complaint="发热、头痛1周，精神行为异常5天，意识障碍伴不自主运动2天",
               present_illness="患者1周前受凉后低热、头痛，自服感冒药。5天前出现失眠、情绪不稳、言语杂乱，怀疑同学害她，"
                               "曾被送至精神专科医院。2天前出现反应迟钝、言语减少，口部不停咀嚼，双上肢不自主舞动，伴大汗、心悸，"
                               "1次四肢抽搐约1分钟。无外伤，无毒物接触。",
               past_history="既往体健；否认精神疾病史；否认药物过敏史。",
               personal_history="不吸烟，不饮酒，否认吸毒。",
               marital_reproductive_history="未婚，无性生活史，月经规律。",
               family_history="无特殊。",
               diagnoses=[dx("抗NMDA受体脑炎", "G04.8", True), dx("右侧卵巢成熟性囊性畸胎瘤", "D27"),
                          dx("症状性癫痫发作", "G40.9")])
    rec["examinations"] = c.exams
    return rec


# ---------------------------------------------------------------- row 2: 变应性支气管肺曲霉病 (respiratory)
def case2() -> dict:
    c = Case()
    c.pe("入院查体/生命体征", "T 36.9℃，P 92次/分，R 22次/分，BP 126/78mmHg，SpO2 93%（未吸氧）")
    c.pe("入院查体/鼻腔", "双侧下鼻甲黏膜苍白水肿，未见息肉")
    c.pe("入院查体/杵状指", "无杵状指")
    c.pe("入院查体/心脏", "心率92次/分，律齐，P2不亢进，未闻及杂音")
    c.pe("入院查体/双下肢水肿", "无")
    p = "胸部查体"
    c.pe(f"{p}/视诊", "桶状胸不明显，呼吸稍促，未见三凹征")
    c.pe(f"{p}/语音震颤", "右上肺语音震颤稍增强")
    c.pe(f"{p}/叩诊", "右上肺叩诊稍浊，余肺清音")
    h = f"{p}/听诊"
    c.pe(f"{h}/右肺/上肺野", "呼吸音减低，可闻及少许湿啰音")
    c.pe(f"{h}/右肺/下肺野", "散在呼气相哮鸣音")
    c.pe(f"{h}/左肺/上肺野", "呼吸音清")
    c.pe(f"{h}/左肺/下肺野", "散在呼气相哮鸣音")
    c.other("评估/哮喘控制测试(ACT)", "13分（未控制）")
    c.other("评估/mMRC呼吸困难分级", "2级")
    lab = "检验"
    b = f"{lab}/血常规"
    c.lab(f"{b}/白细胞计数(WBC)", 10.6, "×10^9/L", "H", "3.5-9.5")
    c.lab(f"{b}/嗜酸性粒细胞计数(EOS#)", 1.82, "×10^9/L", "H", "0.02-0.52")
    c.lab(f"{b}/嗜酸性粒细胞百分比(EOS%)", 17.2, "%", "H", "0.4-8.0")
    c.lab(f"{b}/血红蛋白(HGB)", 146, "g/L", None, "130-175")
    im = f"{lab}/过敏原及曲霉免疫学检查"
    c.lab(f"{im}/血清总IgE", 3260, "IU/mL", "H", "<100", )
    c.lab(f"{im}/烟曲霉特异性IgE", 8.6, "kUA/L", "H", "<0.35")
    c.lab(f"{im}/烟曲霉特异性IgG", 152, "mgA/L", "H", "<40")
    c.text_lab(f"{lab}/血清半乳甘露聚糖(GM试验)", "0.28（阴性，<0.5）")
    c.lab(f"{lab}/炎症指标/C反应蛋白(CRP)", 18.4, "mg/L", "H", "<10")
    c.lab(f"{lab}/炎症指标/降钙素原(PCT)", 0.06, "ng/mL", None, "<0.05")
    g = f"{lab}/动脉血气分析(未吸氧)"
    c.lab(f"{g}/pH", 7.44, "", None, "7.35-7.45")
    c.lab(f"{g}/PaO2", 66, "mmHg", "L", "80-100")
    c.lab(f"{g}/PaCO2", 35, "mmHg", None, "35-45")
    sp = f"{lab}/痰液检查"
    c.text_lab(f"{sp}/痰涂片找真菌", "可见分枝状有隔菌丝")
    c.text_lab(f"{sp}/痰真菌培养", "烟曲霉生长")
    c.text_lab(f"{sp}/痰涂片嗜酸性粒细胞", "嗜酸性粒细胞增多，可见Charcot-Leyden结晶")
    c.text_lab(f"{lab}/肝功能", "ALT 22U/L，AST 19U/L，ALB 41g/L")
    f = "特殊检查/肺功能"
    c.other(f"{f}/通气功能/FEV1", "1.92L，占预计值58%")
    c.other(f"{f}/通气功能/FVC", "3.36L，占预计值80%")
    c.other(f"{f}/通气功能/一秒率(FEV1%FVC)", "57%")
    c.other(f"{f}/支气管舒张试验/FEV1改善率", "吸入沙丁胺醇400μg后FEV1增加16%")
    c.other(f"{f}/支气管舒张试验/FEV1改善绝对值", "310mL")
    c.other(f"{f}/支气管舒张试验/结论", "支气管舒张试验阳性")
    c.other(f"{f}/弥散功能(DLCO)", "占预计值86%")
    c.other("特殊检查/呼出气一氧化氮(FeNO)", "68ppb ↑")
    c.other("特殊检查/烟曲霉皮肤点刺试验", "速发型阳性（风团6mm，组胺对照5mm）", reveals=True)
    c.other("特殊检查/心电图", "窦性心律，顺钟向转位")
    br = "支气管镜检查"
    c.other(f"{br}/镜下所见", "右上叶尖段及后段支气管开口见黄褐色黏液栓阻塞，清除后黏膜充血水肿，管腔通畅")
    l = f"{br}/支气管肺泡灌洗(右上叶尖段)"  # noqa: E741
    c.text_lab(f"{l}/细胞分类/巨噬细胞", "52%")
    c.text_lab(f"{l}/细胞分类/淋巴细胞", "10%")
    c.text_lab(f"{l}/细胞分类/中性粒细胞", "8%")
    c.text_lab(f"{l}/细胞分类/嗜酸性粒细胞", "30% ↑")
    c.text_lab(f"{l}/灌洗液GM试验", "1.1（阳性）")
    c.text_lab(f"{l}/灌洗液真菌培养", "烟曲霉生长")
    c.text_lab(f"{br}/黏液栓病理", "黏液内大量嗜酸性粒细胞及Charcot-Leyden结晶，见少量锐角分支有隔菌丝，未见组织侵袭", reveals=True)
    ct = "影像/胸部HRCT"
    c.img(f"{ct}/所见", "双肺上叶为主中心性支气管扩张，右上叶支气管内高密度黏液栓（指套征），周围斑片影", reveals=True)
    c.img(f"{ct}/印象", "中心性支气管扩张伴黏液嵌塞，符合变应性支气管肺曲霉病表现")
    c.img("影像/鼻窦CT", "双侧上颌窦黏膜轻度增厚")
    rec = base(2, "respiratory",
               {"sex": "男", "age": "45岁", "age_years": 45.0, "occupation": "仓库管理员", "text": "男，45岁，仓库管理员"},
               chief_complaint="反复喘息10年，咳嗽、咳棕褐色痰栓伴喘息加重2月",
               present_illness="患者10年前诊断支气管哮喘，间断吸入布地奈德/福莫特罗，控制欠佳。2月前起咳嗽加重，咳出棕褐色条索状痰栓，"
                               "伴喘息、活动后气短，偶有低热，抗生素治疗2周无效。无咯血、盗汗，体重无明显变化。",
               past_history="支气管哮喘10年；过敏性鼻炎15年；否认结核病史；否认药物过敏史。",
               personal_history="工作环境为潮湿仓库；吸烟10年，已戒烟5年；不饮酒。",
               marital_reproductive_history="已婚，育1子。",
               family_history="母亲有哮喘。",
               diagnoses=[dx("变应性支气管肺曲霉病", "B44.8", True), dx("支气管哮喘（未控制）", "J45.9"),
                          dx("中心性支气管扩张", "J47"), dx("过敏性鼻炎", "J30.4")])
    rec["examinations"] = c.exams
    return rec


# ---------------------------------------------------------------- row 3: 儿童免疫性血小板减少症 (paediatric haematology)
def case3() -> dict:
    c = Case()
    v = "入院查体/生命体征"
    c.pe(f"{v}/体温", "36.7℃")
    c.pe(f"{v}/心率", "108次/分")
    c.pe(f"{v}/呼吸", "24次/分")
    c.pe(f"{v}/血压", "96/58mmHg")
    c.pe("入院查体/体重", "17kg")
    sk = "入院查体/皮肤黏膜"
    c.pe(f"{sk}/皮肤出血点", "躯干、四肢散在针尖大小出血点，压之不褪色", reveals=False)
    c.pe(f"{sk}/瘀斑/右下肢", "右小腿前侧2处瘀斑，最大3cm×2cm")
    c.pe(f"{sk}/瘀斑/左下肢", "左小腿1处瘀斑2cm×2cm")
    c.pe(f"{sk}/口腔黏膜", "颊黏膜见2个小血疱，牙龈无渗血")
    c.pe(f"{sk}/鼻腔", "双侧鼻腔未见活动性出血，左侧鼻前庭少许血痂")
    c.pe(f"{sk}/球结膜", "无出血")
    c.pe(f"{sk}/黄疸及苍白", "无黄疸，无明显苍白")
    ln = "入院查体/浅表淋巴结"
    c.pe(f"{ln}/颈部/右侧", "可触及2枚黄豆大小淋巴结，质软，活动，无压痛")
    c.pe(f"{ln}/颈部/左侧", "可触及1枚黄豆大小淋巴结，质软，活动")
    c.pe(f"{ln}/腋窝", "双侧未触及肿大淋巴结")
    c.pe(f"{ln}/腹股沟", "双侧未触及肿大淋巴结")
    c.pe("入院查体/胸骨压痛", "无")
    c.pe("入院查体/心肺", "心音有力，律齐，未闻及杂音；双肺呼吸音清")
    c.pe("入院查体/腹部/肝脏", "肋下未触及")
    c.pe("入院查体/腹部/脾脏", "肋下未触及")
    c.pe("入院查体/关节", "各关节无肿胀及活动受限")
    c.pe("入院查体/神经系统", "神志清楚，颈软，四肢肌力正常，病理征阴性")
    c.pe("入院查体/束臂试验", "阳性（前臂直径2.5cm圆内新鲜出血点12个）")
    c.pe("入院查体/眼底/右眼", "视盘边界清，视网膜未见出血")
    c.pe("入院查体/眼底/左眼", "视盘边界清，视网膜未见出血")
    c.other("评估/出血严重程度分级(Buchanan)", "2级（轻度：皮肤较多出血点及瘀斑，无黏膜活动性出血）")
    lab = "检验"
    b = f"{lab}/血常规"
    c.lab(f"{b}/白细胞计数(WBC)", 8.4, "×10^9/L", None, "4.0-12.0")
    c.lab(f"{b}/中性粒细胞计数", 3.1, "×10^9/L", None, "1.5-8.0")
    c.lab(f"{b}/淋巴细胞计数", 4.6, "×10^9/L", None, "1.5-6.5")
    c.lab(f"{b}/血红蛋白(HGB)", 121, "g/L", None, "110-140")
    c.lab(f"{b}/血小板计数(PLT)", 9, "×10^9/L", "L", "100-400")
    c.lab(f"{b}/平均血小板体积(MPV)", 12.1, "fL", "H", "7.4-10.4")
    c.lab(f"{b}/网织红细胞百分比", 1.0, "%", None, "0.5-1.5")
    c.text_lab(f"{lab}/外周血涂片", "血小板少见，可见大血小板；红细胞形态正常，未见破碎红细胞；未见幼稚细胞")
    cg = f"{lab}/凝血功能"
    c.lab(f"{cg}/凝血酶原时间(PT)", 11.6, "s", None, "10-14")
    c.lab(f"{cg}/INR", 0.98, "", None, "0.8-1.2")
    c.lab(f"{cg}/活化部分凝血活酶时间(APTT)", 32, "s", None, "25-40")
    c.lab(f"{cg}/纤维蛋白原(FIB)", 2.6, "g/L", None, "2-4")
    lv = f"{lab}/肝功能"
    c.lab(f"{lv}/ALT", 16, "U/L", None, "7-40")
    c.lab(f"{lv}/总胆红素(TBIL)", 7.2, "μmol/L", None, "3.4-17.1")
    c.lab(f"{lab}/肾功能/肌酐(Cr)", 31, "μmol/L", None, "27-62")
    c.text_lab(f"{lab}/直接抗人球蛋白试验(DAT)", "阴性")
    ig = f"{lab}/免疫球蛋白"
    c.lab(f"{ig}/IgG", 9.8, "g/L", None, "5.0-13.0")
    c.lab(f"{ig}/IgA", 0.9, "g/L", None, "0.3-2.0")
    c.lab(f"{ig}/IgM", 1.1, "g/L", None, "0.4-2.0")
    c.text_lab(f"{lab}/抗核抗体(ANA)", "阴性")
    vr = f"{lab}/病毒学检查"
    c.text_lab(f"{vr}/EB病毒抗体/VCA-IgM", "阴性")
    c.text_lab(f"{vr}/EB病毒抗体/VCA-IgG", "阳性")
    c.text_lab(f"{vr}/EB病毒抗体/EBNA-IgG", "阳性")
    c.text_lab(f"{vr}/巨细胞病毒IgM", "阴性")
    c.text_lab(f"{vr}/微小病毒B19-IgM", "阴性")
    c.text_lab(f"{vr}/乙肝表面抗原(HBsAg)", "阴性")
    c.text_lab(f"{vr}/HIV抗体", "阴性")
    u = f"{lab}/尿常规"
    c.text_lab(f"{u}/隐血", "阴性")
    c.text_lab(f"{u}/红细胞(镜检)", "0-1/HP")
    c.text_lab(f"{u}/蛋白", "阴性")
    c.text_lab(f"{lab}/大便隐血", "阴性")
    c.text_lab(f"{lab}/血型", "A型，RhD阳性")
    bm = "骨髓穿刺(髂后上棘)"
    s = f"{bm}/骨髓涂片"
    c.text_lab(f"{s}/增生程度", "增生活跃")
    c.text_lab(f"{s}/粒红比", "2.8:1")
    c.text_lab(f"{s}/原始细胞", "原始+幼稚淋巴细胞1%")
    c.text_lab(f"{s}/巨核细胞计数", "全片巨核细胞186个（增多）", reveals=True)
    c.text_lab(f"{s}/巨核细胞分类/颗粒型", "78%")
    c.text_lab(f"{s}/巨核细胞分类/产板型", "4%（减少）")
    c.text_lab(f"{s}/巨核细胞分类/裸核", "18%")
    c.text_lab(f"{bm}/骨髓流式细胞术", "未见异常幼稚细胞群")
    c.img("影像/腹部超声/肝脏", "肝脏大小形态正常，回声均匀")
    c.img("影像/腹部超声/脾脏", "脾脏厚2.1cm，肋下未探及")
    c.img("影像/头颅CT平扫", "颅内未见出血及占位")
    c.img("影像/胸部X线片", "双肺纹理清晰，未见实变，心影不大")
    c.other("特殊检查/心电图", "窦性心律，正常儿童心电图")
    rec = base(3, "paediatric haematology",
               {"sex": "男", "age": "4岁", "age_years": 4.0, "occupation": "幼儿园", "text": "男，4岁"},
               chief_complaint="皮肤出血点及瘀斑3天，鼻出血1次",
               present_illness="患儿3周前“上呼吸道感染”，自愈。3天前家长发现其躯干、四肢散在针尖样出血点，渐增多，双小腿碰撞后瘀斑，"
                               "1天前左侧鼻出血1次，压迫5分钟止血。无发热、骨痛、乏力，无血尿、黑便，无头痛、呕吐。近期无疫苗接种及特殊用药。",
               past_history="既往体健，按时预防接种；否认出血性疾病史；否认药物过敏史。",
               personal_history="G1P1，足月顺产，生长发育同同龄儿。",
               marital_reproductive_history="",
               family_history="否认家族出血性疾病及血小板减少病史。",
               diagnoses=[dx("免疫性血小板减少症（新诊断）", "D69.3", True)])
    rec["examinations"] = c.exams
    return rec


def main() -> None:
    write_zh_cases(HERE, [case0(), case1(), case2(), case3()])


if __name__ == "__main__":
    main()

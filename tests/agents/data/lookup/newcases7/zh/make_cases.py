"""Write cases_zh.jsonl: 4 new Chinese inpatient cases (newcases7 / zh), one CaseRecord per line.

Cases written inline, from clinical knowledge (人卫版 内科学 / 儿科学 / 神经病学 / 精神病学 / 诊断学).
Each record is built from its source-key path: name = last segment, group = the parent segment (or the name
itself when the parent is a top-level container), so layouts differ case by case (containers, nesting depth,
per-side and per-site records, procedures holding several test groups). No path segment contains "/".
Run: .venv/bin/python make_cases.py
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from dxgym.evaluation.lookup_sets import ZhCase, write_zh_cases, zh_case_base, zh_dx

HERE = Path(__file__).resolve().parent
TOP = {"入院查体", "专科查体", "检验", "影像", "评估", "特殊检查", "出生情况", "神经系统检查", "专科检查",
       "精神检查", "量表评估", "眼科检查", "听力筛查"}


# The builder, fixed fields and writer are every Chinese part's (dxgym.evaluation.lookup_sets).
Case = partial(ZhCase, TOP, lab_style="ref")
base = partial(zh_case_base, "newcases7")
dx = zh_dx


# ---------------------------------------------------------------- row 0: 类风湿关节炎 (rheumatology)
def case0() -> dict:
    c = Case()
    v = "入院查体/生命体征"
    c.pe(f"{v}/体温", "36.8℃")
    c.pe(f"{v}/脉搏", "88次/分")
    c.pe(f"{v}/呼吸", "19次/分")
    c.pe(f"{v}/血压", "128/76mmHg")
    c.pe("入院查体/皮肤/类风湿结节", "右肘鹰嘴下方伸侧可触及1.5cm×1.2cm皮下结节，质韧，无压痛，与皮肤无粘连")
    c.pe("入院查体/肺部", "双下肺背侧可闻及Velcro啰音")
    c.pe("入院查体/心脏", "心率88次/分，律齐，未闻及杂音及心包摩擦音")
    h = "专科查体/双手"
    c.pe(f"{h}/右手/视诊", "右手第2、3掌指关节及近端指间关节梭形肿胀，尺侧偏斜不明显")
    c.pe(f"{h}/右手/掌指关节(MCP)", "第2、3掌指关节压痛（+）、肿胀（+）")
    c.pe(f"{h}/右手/近端指间关节(PIP)", "第2、3、4近端指间关节压痛（+），第2、3肿胀（+）")
    c.pe(f"{h}/左手/视诊", "左手第2掌指关节及第3近端指间关节肿胀")
    c.pe(f"{h}/左手/掌指关节(MCP)", "第2掌指关节压痛（+）、肿胀（+）")
    c.pe(f"{h}/左手/近端指间关节(PIP)", "第3近端指间关节压痛（+）、肿胀（+）")
    c.pe(f"{h}/掌指关节挤压试验", "双侧阳性")
    c.pe("专科查体/腕关节/右侧", "右腕关节肿胀，压痛（+），背伸受限（背伸30°）")
    c.pe("专科查体/腕关节/左侧", "左腕关节压痛（+），无明显肿胀，活动度正常")
    c.pe("专科查体/膝关节/右膝/视诊", "右膝关节肿胀，皮温稍高，无发红")
    c.pe("专科查体/膝关节/右膝/浮髌试验", "阳性")
    c.pe("专科查体/膝关节/左膝", "左膝关节无肿胀压痛，浮髌试验阴性")
    c.pe("专科查体/握力/右手", "12kg")
    c.pe("专科查体/握力/左手", "18kg")
    c.pe("专科查体/关节计数/压痛关节数(28个关节)", "11个")
    c.pe("专科查体/关节计数/肿胀关节数(28个关节)", "8个")
    c.other("评估/DAS28-ESR", "6.1分（高疾病活动度）", reveals=True)
    c.other("评估/健康评估问卷残疾指数(HAQ-DI)", "1.625分")
    c.other("评估/患者总体评价(VAS)", "72mm")
    lab = "检验"
    b = f"{lab}/血常规"
    c.lab(f"{b}/白细胞计数(WBC)", 8.9, "×10^9/L", None, "3.5-9.5")
    c.lab(f"{b}/血红蛋白(HGB)", 102, "g/L", "L", "115-150")
    c.lab(f"{b}/血小板计数(PLT)", 412, "×10^9/L", "H", "125-350")
    c.lab(f"{lab}/炎症指标/红细胞沉降率(ESR)", 68, "mm/h", "H", "0-20")
    c.lab(f"{lab}/炎症指标/C反应蛋白(CRP)", 42.5, "mg/L", "H", "<10")
    a = f"{lab}/自身抗体"
    c.lab(f"{a}/类风湿因子(RF)", 186, "IU/mL", "H", "<20")
    c.lab(f"{a}/抗环瓜氨酸肽抗体(抗CCP抗体)", ">500", "U/mL", "H", "<17")
    c.text_lab(f"{a}/抗核抗体(ANA)", "1:100，颗粒型（弱阳性）")
    c.text_lab(f"{a}/抗SSA抗体", "阴性")
    lv = f"{lab}/肝功能"
    c.lab(f"{lv}/ALT", 18, "U/L", None, "7-40")
    c.lab(f"{lv}/AST", 21, "U/L", None, "13-35")
    c.lab(f"{lv}/白蛋白(ALB)", 34.2, "g/L", "L", "40-55")
    c.lab(f"{lab}/肾功能/肌酐(Cr)", 58, "μmol/L", None, "41-73")
    c.lab(f"{lab}/肾功能/尿素(Urea)", 4.6, "mmol/L", None, "2.6-7.5")
    inf = f"{lab}/感染筛查"
    c.text_lab(f"{inf}/乙肝表面抗原(HBsAg)", "阴性")
    c.text_lab(f"{inf}/丙肝抗体(抗HCV)", "阴性")
    c.text_lab(f"{inf}/T-SPOT.TB", "阴性")
    j = "关节腔穿刺(右膝)"
    c.other(f"{j}/抽液量及外观", "抽出淡黄色微浑浊关节液25mL，黏度降低")
    c.text_lab(f"{j}/关节液常规/白细胞计数", "12.6×10^9/L")
    c.text_lab(f"{j}/关节液常规/中性粒细胞比例", "72%")
    c.text_lab(f"{j}/偏振光显微镜晶体检查", "未见尿酸钠及焦磷酸钙晶体")
    c.text_lab(f"{j}/关节液细菌培养", "培养5天无细菌生长")
    c.img("影像/双手正位X线片/右手", "右手第2、3掌指关节周围软组织肿胀，关节旁骨质疏松，第2掌骨头桡侧见小骨侵蚀，关节间隙稍窄")
    c.img("影像/双手正位X线片/左手", "左手关节旁骨质疏松，未见明确骨侵蚀")
    c.img("影像/双手关节超声", "双侧第2掌指关节及右腕滑膜增厚，能量多普勒2级血流信号，右第2掌骨头骨侵蚀")
    c.img("影像/胸部HRCT", "双下肺胸膜下网格影及磨玻璃影，未见蜂窝影，考虑间质性肺病（NSIP型可能）")
    pf = "特殊检查/肺功能"
    c.other(f"{pf}/FVC", "占预计值82%")
    c.other(f"{pf}/DLCO", "占预计值61%")
    c.other(f"{pf}/结论", "轻度限制性通气功能障碍，弥散功能中度减低")
    c.other("特殊检查/心电图", "窦性心律，正常心电图")
    c.other("特殊检查/Schirmer试验/右眼", "5分钟 8mm")
    c.other("特殊检查/Schirmer试验/左眼", "5分钟 11mm")
    rec = base(0, "rheumatology",
               {"sex": "女", "age": "52岁", "age_years": 52.0, "occupation": "超市收银员",
                "text": "女，52岁，超市收银员"},
               chief_complaint="双手多关节肿痛伴晨僵8月，右膝肿痛1月",
               present_illness="患者8月前无诱因出现双手近端指间关节、掌指关节对称性肿痛，伴晨僵，持续约2小时，活动后减轻。"
                               "自服止痛药效果欠佳，渐累及双腕。1月前右膝肿痛，行走困难。近3月活动后轻度气短，偶有干咳。"
                               "伴乏力、体重下降约4kg，眼干，无口干，无皮疹、光过敏、口腔溃疡，无发热。",
               past_history="否认结核、肝炎病史；否认药物过敏史。",
               personal_history="不吸烟，不饮酒。",
               marital_reproductive_history="已婚，G2P1，已绝经2年。",
               family_history="母亲有“关节变形”，具体不详。",
               diagnoses=[dx("类风湿关节炎（高疾病活动度）", "M05.8", True), dx("类风湿关节炎相关间质性肺病", "J99.0"),
                          dx("轻度贫血（慢性病性贫血可能）", "D63.8")])
    rec["examinations"] = c.exams
    return rec


# ---------------------------------------------------------------- row 1: 新生儿缺氧缺血性脑病 (neonatology)
def case1() -> dict:
    c = Case()
    ap = "出生情况/Apgar评分"
    c.other(f"{ap}/1分钟", "3分（肤色、呼吸、肌张力、反射各减分）")
    c.other(f"{ap}/5分钟", "5分")
    c.other(f"{ap}/10分钟", "7分")
    v = "入院查体/生命体征"
    c.pe(f"{v}/体温", "36.2℃（箱温）")
    c.pe(f"{v}/心率", "118次/分")
    c.pe(f"{v}/呼吸", "42次/分")
    c.pe(f"{v}/血压", "62/38mmHg")
    c.pe(f"{v}/经皮血氧饱和度", "95%（头罩吸氧）")
    c.pe("入院查体/一般情况", "嗜睡，刺激后可睁眼，哭声弱，皮肤稍苍白，无黄染")
    c.pe("入院查体/头围", "34cm")
    c.pe("入院查体/前囟", "2.0cm×2.0cm，平软，张力不高")
    c.pe("入院查体/心脏", "心率118次/分，律齐，心音稍低钝，未闻及杂音")
    c.pe("入院查体/肺部", "双肺呼吸音清，未闻及啰音")
    c.pe("入院查体/腹部", "腹软，肝右肋下1cm，脾未及，肠鸣音减弱")
    c.pe("入院查体/毛细血管再充盈时间", "3秒")
    n = "神经系统检查"
    c.pe(f"{n}/意识", "嗜睡")
    c.pe(f"{n}/肌张力/上肢", "减低，围巾征肘过中线")
    c.pe(f"{n}/肌张力/下肢", "减低，腘窝角约150°")
    r = f"{n}/原始反射"
    c.pe(f"{r}/拥抱反射", "不完全（仅上肢外展，无内收拥抱动作）")
    c.pe(f"{r}/吸吮反射", "减弱")
    c.pe(f"{r}/觅食反射", "减弱")
    c.pe(f"{r}/握持反射/右手", "减弱")
    c.pe(f"{r}/握持反射/左手", "减弱")
    c.pe(f"{n}/瞳孔/右侧", "直径2mm，对光反射存在但迟钝")
    c.pe(f"{n}/瞳孔/左侧", "直径2mm，对光反射存在但迟钝")
    c.pe(f"{n}/惊厥", "生后4小时出现右上肢节律性抽动约1分钟，伴口角抽动")
    c.other("评估/Sarnat分期", "Ⅱ期（中度）", reveals=True)
    c.other("评估/Thompson评分", "11分")
    lab = "检验"
    ub = f"{lab}/脐动脉血气分析"
    c.lab(f"{ub}/pH", 6.94, "", "L", "7.25-7.35")
    c.lab(f"{ub}/碱剩余(BE)", -18.2, "mmol/L", "L", "-3~+3")
    c.lab(f"{ub}/乳酸", 12.6, "mmol/L", "H", "<4")
    b = f"{lab}/血常规"
    c.lab(f"{b}/白细胞计数(WBC)", 22.4, "×10^9/L", None, "15-20")
    c.lab(f"{b}/血红蛋白(HGB)", 158, "g/L", None, "145-225")
    c.lab(f"{b}/血小板计数(PLT)", 132, "×10^9/L", "L", "150-400")
    c.lab(f"{lab}/血糖", 2.4, "mmol/L", "L", "2.6-7.0")
    e = f"{lab}/电解质"
    c.lab(f"{e}/钠(Na)", 131, "mmol/L", "L", "135-145")
    c.lab(f"{e}/钾(K)", 5.2, "mmol/L", None, "3.5-5.5")
    c.lab(f"{e}/钙(Ca)", 1.82, "mmol/L", "L", "2.0-2.7")
    m = f"{lab}/心肌损伤标志物"
    c.lab(f"{m}/CK-MB", 86, "U/L", "H", "<25")
    c.lab(f"{m}/肌钙蛋白I(cTnI)", 0.42, "ng/mL", "H", "<0.1")
    c.lab(f"{lab}/肝肾功能/ALT", 96, "U/L", "H", "<40")
    c.lab(f"{lab}/肝肾功能/肌酐(Cr)", 98, "μmol/L", "H", "27-88")
    k = f"{lab}/凝血功能"
    c.lab(f"{k}/PT", 18.6, "s", "H", "11-15")
    c.lab(f"{k}/APTT", 52, "s", "H", "25-45")
    c.lab(f"{k}/纤维蛋白原(FIB)", 1.3, "g/L", "L", "1.5-4.0")
    ae = "特殊检查/振幅整合脑电图(aEEG)"
    c.other(f"{ae}/背景活动", "中度异常：不连续电压，下边界<5μV，上边界>10μV")
    c.other(f"{ae}/睡眠-觉醒周期", "未见成熟睡眠-觉醒周期")
    c.other(f"{ae}/惊厥发作", "可见单次电发作（与右上肢抽动同步）")
    c.other("特殊检查/超声心动图", "动脉导管未闭（1.8mm，左向右分流），三尖瓣轻度反流，估测肺动脉压32mmHg")
    c.img("影像/颅脑超声", "双侧脑室周围白质回声稍增强，脑室无扩大，未见颅内出血")
    mr = "影像/头颅MRI(生后第5天)"
    c.img(f"{mr}/平扫T1WI及T2WI", "双侧基底节、丘脑T1WI信号稍高，内囊后肢高信号消失")
    c.img(f"{mr}/DWI", "双侧丘脑腹外侧及额顶叶皮层下白质弥散受限")
    c.img(f"{mr}/印象", "符合新生儿缺氧缺血性脑病改变（基底节-丘脑型为主）", reveals=True)
    c.other("眼科检查/眼底检查/右眼", "视网膜少量点状出血")
    c.other("眼科检查/眼底检查/左眼", "未见明显异常")
    c.other("听力筛查/耳声发射(OAE)/右耳", "通过")
    c.other("听力筛查/耳声发射(OAE)/左耳", "通过")
    rec = base(1, "neonatology",
               {"sex": "男", "age": "生后6小时", "age_years": 0.0, "occupation": None,
                "text": "男，生后6小时，G1P1，孕39+4周，出生体重3350g"},
               chief_complaint="生后窒息复苏后反应差6小时，抽搐1次",
               present_illness="患儿系G1P1，孕39+4周，因“胎心减慢、羊水Ⅲ度粪染”急诊剖宫产娩出。出生时无自主呼吸、全身苍白、肌张力低，"
                               "经气管插管正压通气及胸外按压后5分钟出现自主呼吸。生后反应差、吃奶差，生后4小时出现右上肢抽动1次，"
                               "约1分钟自行缓解，为进一步治疗转入NICU。",
               past_history="母孕期规律产检，孕晚期无妊娠期高血压、糖尿病；产时母亲体温正常，胎膜早破2小时。",
               personal_history="生后未开奶，已排胎便。",
               family_history="父母体健，非近亲结婚，否认家族遗传病史。",
               diagnoses=[dx("新生儿缺氧缺血性脑病（中度）", "P91.6", True), dx("新生儿重度窒息", "P21.0"),
                          dx("新生儿惊厥", "P90"), dx("新生儿低血糖", "P70.4"), dx("新生儿低钙血症", "P71.1")])
    rec["examinations"] = c.exams
    return rec


# ---------------------------------------------------------------- row 2: 特发性面神经麻痹 (neurology / ENT)
def case2() -> dict:
    c = Case()
    c.pe("入院查体/生命体征", "T 36.5℃，P 76次/分，R 17次/分，BP 126/80mmHg")
    c.pe("入院查体/心肺腹", "心肺听诊未见异常，腹软无压痛")
    n = "神经系统检查"
    c.pe(f"{n}/意识及高级神经功能", "神清语利，定向力、计算力正常")
    f = f"{n}/面神经"
    c.pe(f"{f}/静态观察", "左侧额纹消失，左眼睑裂增宽，左侧鼻唇沟变浅，口角右偏")
    c.pe(f"{f}/抬眉/右侧", "正常")
    c.pe(f"{f}/抬眉/左侧", "不能抬眉，额纹消失")
    c.pe(f"{f}/闭眼/右侧", "闭合有力")
    c.pe(f"{f}/闭眼/左侧", "用力闭眼仍露白约2mm")
    c.pe(f"{f}/Bell征", "左侧阳性")
    c.pe(f"{f}/鼓腮", "左侧漏气")
    c.pe(f"{f}/示齿", "口角向右歪斜，左侧示齿不能")
    c.pe(f"{n}/舌前2-3味觉/右侧", "正常")
    c.pe(f"{n}/舌前2-3味觉/左侧", "减退")
    c.pe(f"{n}/听觉过敏", "左耳听觉过敏（+）")
    c.pe(f"{n}/其余颅神经", "眼球运动充分，无眼震，面部针刺觉对称，角膜反射存在，软腭上抬对称，伸舌居中")
    c.pe(f"{n}/四肢肌力及肌张力", "四肢肌力5级，肌张力正常")
    c.pe(f"{n}/腱反射", "双侧肱二头肌、膝反射对称（++）")
    c.pe(f"{n}/病理征", "双侧巴宾斯基征阴性")
    c.pe(f"{n}/共济运动", "指鼻试验、跟膝胫试验稳准，Romberg征阴性")
    c.pe(f"{n}/脑膜刺激征", "颈软，克氏征、布氏征阴性")
    e = "专科检查"
    c.pe(f"{e}/耳廓及外耳道/右耳", "未见异常")
    c.pe(f"{e}/耳廓及外耳道/左耳", "左耳廓及外耳道未见疱疹，乳突区轻压痛")
    c.pe(f"{e}/鼓膜/右耳", "完整，标志清")
    c.pe(f"{e}/鼓膜/左耳", "完整，标志清，无充血")
    c.pe(f"{e}/腮腺", "双侧腮腺区未触及肿块")
    c.pe(f"{e}/口咽", "口腔黏膜及软腭未见疱疹")
    c.other("评估/House-Brackmann分级", "Ⅳ级", reveals=True)
    c.other("评估/Sunnybrook面神经评定", "38分")
    c.other("特殊检查/纯音测听/右耳", "各频率气导、骨导听阈≤20dB HL")
    c.other("特殊检查/纯音测听/左耳", "各频率气导、骨导听阈≤20dB HL")
    da = "特殊检查/声导抗"
    c.other(f"{da}/鼓室图", "双耳A型")
    c.other(f"{da}/镫骨肌反射/右侧", "同侧、对侧均可引出")
    c.other(f"{da}/镫骨肌反射/左侧", "左侧同侧及对侧刺激均未引出")
    c.other("特殊检查/Schirmer试验/右眼", "5分钟 15mm")
    c.other("特殊检查/Schirmer试验/左眼", "5分钟 7mm")
    ep = "特殊检查/神经电生理"
    c.other(f"{ep}/面神经电图(ENoG)", "左侧复合肌肉动作电位波幅较右侧下降72%（发病第7天）")
    c.other(f"{ep}/瞬目反射", "刺激左侧眶上神经，左侧R1、R2及右侧R2'未引出；刺激右侧，左侧R2'未引出")
    c.other(f"{ep}/面肌肌电图", "左额肌、口轮匝肌可见少量纤颤电位，自主收缩募集减少")
    lab = "检验"
    b = f"{lab}/血常规"
    c.lab(f"{b}/白细胞计数(WBC)", 6.8, "×10^9/L", None, "3.5-9.5")
    c.lab(f"{b}/血红蛋白(HGB)", 148, "g/L", None, "130-175")
    c.lab(f"{b}/血小板计数(PLT)", 221, "×10^9/L", None, "125-350")
    c.lab(f"{lab}/空腹血糖", 5.2, "mmol/L", None, "3.9-6.1")
    c.lab(f"{lab}/糖化血红蛋白(HbA1c)", 5.4, "%", None, "4.0-6.0")
    s = f"{lab}/病原学检查"
    c.text_lab(f"{s}/水痘-带状疱疹病毒IgM", "阴性")
    c.text_lab(f"{s}/单纯疱疹病毒IgM", "阴性")
    c.text_lab(f"{s}/HIV抗体", "阴性")
    c.text_lab(f"{s}/梅毒螺旋体抗体(TPPA)", "阴性")
    mr = "影像/头颅MRI增强(含内听道)"
    c.img(f"{mr}/所见", "左侧面神经迷路段及膝状神经节区轻度强化，内听道及桥小脑角区未见占位，脑实质未见异常信号")
    c.img(f"{mr}/印象", "左侧面神经炎性强化，符合特发性面神经麻痹；未见桥小脑角占位")
    rec = base(2, "neurology",
               {"sex": "男", "age": "35岁", "age_years": 35.0, "occupation": "软件工程师",
                "text": "男，35岁，软件工程师"},
               chief_complaint="左侧口角歪斜、左眼闭合不全5天",
               present_illness="患者5天前熬夜、吹空调后晨起刷牙时发现左侧口角漏水，照镜见口角右偏，左眼闭不紧、流泪，"
                               "伴左耳后疼痛，左耳听声刺耳，进食时左侧舌头味觉变淡。症状于48小时内加重至目前程度。"
                               "无耳部疱疹，无听力下降、眩晕，无肢体无力麻木，无复视、吞咽困难，无发热。",
               past_history="否认高血压、糖尿病史；否认中耳炎、腮腺疾病及头面部外伤史；否认蜱虫叮咬史；否认药物过敏史。",
               personal_history="吸烟5年，每日5支；偶饮酒。",
               marital_reproductive_history="已婚，育有1子。",
               family_history="否认家族遗传病史。",
               diagnoses=[dx("特发性面神经麻痹（左侧，Bell麻痹）", "G51.0", True)])
    rec["examinations"] = c.exams
    return rec


# ---------------------------------------------------------------- row 3: 双相情感障碍，躁狂发作 (psychiatry)
def case3() -> dict:
    c = Case()
    v = "入院查体/生命体征"
    c.pe(f"{v}/体温", "36.7℃")
    c.pe(f"{v}/脉搏", "98次/分")
    c.pe(f"{v}/呼吸", "20次/分")
    c.pe(f"{v}/血压", "136/84mmHg")
    c.pe("入院查体/身高体重", "身高176cm，体重70kg，BMI 22.6kg/m²")
    c.pe("入院查体/皮肤", "前臂未见注射痕迹及自伤瘢痕")
    c.pe("入院查体/甲状腺", "甲状腺未触及肿大，未闻及血管杂音")
    c.pe("入院查体/心肺腹", "心率98次/分，律齐；双肺呼吸音清；腹软无压痛")
    ns = "入院查体/神经系统"
    c.pe(f"{ns}/颅神经", "未见异常")
    c.pe(f"{ns}/肌力及肌张力", "四肢肌力5级，肌张力正常，无齿轮样强直")
    c.pe(f"{ns}/腱反射", "对称（++）")
    c.pe(f"{ns}/病理征", "双侧巴宾斯基征阴性")
    c.pe(f"{ns}/震颤", "双手平举未见震颤")
    g = "精神检查/一般表现"
    c.other(f"{g}/意识", "清晰")
    c.other(f"{g}/定向力", "时间、地点、人物定向完整")
    c.other(f"{g}/接触及仪态", "主动接触，衣着鲜艳，佩戴多枚饰品，自来熟，好管闲事")
    k = "精神检查/认知活动"
    c.other(f"{k}/感知觉", "未引出幻觉及感知综合障碍")
    c.other(f"{k}/思维形式", "语量多、语速快，难以打断，思维奔逸，音联意联明显")
    c.other(f"{k}/思维内容", "夸大观念：称自己“能开十家上市公司”“是天选之人”，未达妄想程度；否认被害、关系妄想")
    c.other(f"{k}/注意力", "随境转移明显")
    c.other(f"{k}/记忆与智能", "粗测记忆力、计算力正常，智能与受教育程度相符")
    c.other("精神检查/情感活动", "情感高涨，易激惹，被阻止时发脾气，情感与环境协调", reveals=True)
    c.other("精神检查/意志行为", "意志增强，活动增多，整日忙碌，购物挥霍，睡眠需求减少（每晚2-3小时）")
    c.other("精神检查/自知力", "无自知力，否认有病")
    q = "量表评估"
    c.other(f"{q}/杨氏躁狂评定量表(YMRS)", "32分（重度躁狂）", reveals=True)
    c.other(f"{q}/简明精神病评定量表(BPRS)", "42分")
    c.other(f"{q}/汉密尔顿抑郁量表(HAMD-17)", "5分")
    c.other(f"{q}/心境障碍问卷(MDQ)", "11项阳性，阳性筛查")
    c.other(f"{q}/哥伦比亚自杀严重程度评定量表(C-SSRS)", "近1月无自杀意念及行为")
    lab = "检验"
    b = f"{lab}/血常规"
    c.lab(f"{b}/白细胞计数(WBC)", 7.6, "×10^9/L", None, "3.5-9.5")
    c.lab(f"{b}/血红蛋白(HGB)", 152, "g/L", None, "130-175")
    c.lab(f"{b}/血小板计数(PLT)", 248, "×10^9/L", None, "125-350")
    lv = f"{lab}/肝功能"
    c.lab(f"{lv}/ALT", 32, "U/L", None, "9-50")
    c.lab(f"{lv}/AST", 28, "U/L", None, "15-40")
    c.lab(f"{lv}/总胆红素(TBIL)", 14.2, "μmol/L", None, "5-21")
    rf = f"{lab}/肾功能"
    c.lab(f"{rf}/肌酐(Cr)", 82, "μmol/L", None, "57-111")
    c.lab(f"{rf}/尿素(Urea)", 5.1, "mmol/L", None, "3.1-8.0")
    c.lab(f"{rf}/估算肾小球滤过率(eGFR)", 112, "mL/min/1.73m²", None, ">90")
    c.lab(f"{lab}/电解质/钾(K)", 3.9, "mmol/L", None, "3.5-5.3")
    c.lab(f"{lab}/电解质/钠(Na)", 140, "mmol/L", None, "137-147")
    t = f"{lab}/甲状腺功能"
    c.lab(f"{t}/FT3", 5.1, "pmol/L", None, "3.1-6.8")
    c.lab(f"{t}/FT4", 17.4, "pmol/L", None, "12-22")
    c.lab(f"{t}/TSH", 1.8, "mIU/L", None, "0.27-4.2")
    c.lab(f"{lab}/空腹血糖", 5.0, "mmol/L", None, "3.9-6.1")
    lp = f"{lab}/血脂"
    c.lab(f"{lp}/总胆固醇(TC)", 4.6, "mmol/L", None, "<5.2")
    c.lab(f"{lp}/甘油三酯(TG)", 1.2, "mmol/L", None, "<1.7")
    ut = f"{lab}/尿液毒品筛查"
    c.text_lab(f"{ut}/甲基苯丙胺", "阴性")
    c.text_lab(f"{ut}/氯胺酮", "阴性")
    c.text_lab(f"{ut}/吗啡", "阴性")
    c.text_lab(f"{ut}/大麻(THC)", "阴性")
    inf = f"{lab}/感染筛查"
    c.text_lab(f"{inf}/HIV抗体", "阴性")
    c.text_lab(f"{inf}/梅毒螺旋体抗体(TPPA)", "阴性")
    c.text_lab(f"{inf}/乙肝表面抗原(HBsAg)", "阴性")
    c.other("特殊检查/心电图", "窦性心律，心率96次/分，QTc 412ms")
    c.other("特殊检查/脑电图", "轻度异常脑电图（θ波稍增多），未见痫样放电")
    c.img("影像/头颅MRI平扫", "脑实质未见明显异常信号，脑室系统无扩大")
    rec = base(3, "psychiatry",
               {"sex": "男", "age": "26岁", "age_years": 26.0, "occupation": "销售",
                "text": "男，26岁，销售"},
               chief_complaint="兴奋话多、睡眠减少、花钱增多2周",
               present_illness="患者2周前无明显诱因出现兴奋话多，整日打电话谈“项目”，自称能力超群，每晚仅睡2-3小时仍精力充沛。"
                               "1周内刷信用卡消费8万余元，与同事争吵，被单位劝退。家人劝阻时易发脾气、摔东西。"
                               "3年前曾有持续约2月的情绪低落、兴趣减退、失眠，未就诊，自行缓解。否认饮酒及使用毒品，病前无发热、头部外伤。",
               past_history="否认甲亢、癫痫及颅脑外伤史；否认糖皮质激素及抗抑郁药使用史；否认药物过敏史。",
               personal_history="大专文化，未婚；吸烟6年，每日10支；偶饮酒。",
               marital_reproductive_history="未婚。",
               family_history="舅舅曾诊断“双相情感障碍”。",
               diagnoses=[dx("双相情感障碍，目前为不伴精神病性症状的躁狂发作", "F31.1", True)])
    rec["examinations"] = c.exams
    return rec


def main() -> None:
    write_zh_cases(HERE, [case0(), case1(), case2(), case3()])


if __name__ == "__main__":
    main()

"""Write cases_zh.jsonl: 4 new Chinese inpatient cases (newcases12 / zh), one CaseRecord per line.

Cases written inline, from clinical knowledge (人卫版 神经病学 / 内科学 / 急诊医学 / 儿科学 / 诊断学; 中国颅内静脉血栓形成
诊断和治疗指南 2019, 中国肝豆状核变性诊治指南 2021, 急性有机磷农药中毒诊治临床专家共识 2016, 中枢性性早熟诊断与治疗专家共识 2022).
Each record is built from its source-key path: name = last segment, group = the parent segment (or the name
itself when the parent is a top-level container), so layouts differ case by case (containers, nesting depth,
per-side and per-limb records, serial measurements, procedures holding several test groups). No path segment
contains "/". The `Case` helper is the shared one (`dxgym.evaluation.lookup_sets.ZhCase`) with this set's containers.
Run: .venv/bin/python make_cases.py
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from dxgym.evaluation.lookup_sets import ZhCase, write_zh_cases, zh_case_base, zh_dx

HERE = Path(__file__).resolve().parent
SET = "newcases12"
TOP = {"体格检查", "入院查体", "神经系统查体", "神经系统检查", "眼科检查", "实验室检查", "化验", "检验", "影像学检查", "影像",
       "量表评估", "评分", "评估", "特殊检查", "腰椎穿刺", "肝穿刺活检", "胃镜检查"}


# The builder, fixed fields and writer are every Chinese part's (dxgym.evaluation.lookup_sets).
Case = partial(ZhCase, TOP, lab_style="ref")
base = partial(zh_case_base, "newcases12")
dx = zh_dx


# ---------------------------------------------------------------- row 0: 颅内静脉窦血栓形成 (neurology)
def case0() -> dict:
    c = Case()
    v = "体格检查/生命体征"
    c.pe(f"{v}/体温", "36.8℃")
    c.pe(f"{v}/脉搏", "76次/分")
    c.pe(f"{v}/呼吸", "18次/分")
    c.pe(f"{v}/血压", "138/86mmHg")
    c.pe("体格检查/心肺", "双肺呼吸音清，心率76次/分，律齐，未闻及杂音")
    c.pe("体格检查/腹部", "腹软，无压痛，肝脾肋下未触及")
    c.pe("体格检查/双下肢", "双下肢无水肿，双侧小腿周径对称，无压痛")
    n = "神经系统查体"
    c.pe(f"{n}/意识与高级皮层功能", "嗜睡，呼之能应，定向力正常，言语流利")
    cn = f"{n}/脑神经"
    c.pe(f"{cn}/瞳孔/右眼", "直径3mm，直接及间接对光反射灵敏")
    c.pe(f"{cn}/瞳孔/左眼", "直径3mm，直接及间接对光反射灵敏")
    c.pe(f"{cn}/眼底/右眼", "视乳头边界模糊，隆起约2D，视网膜静脉迂曲扩张，未见自发静脉搏动")
    c.pe(f"{cn}/眼底/左眼", "视乳头边界模糊，隆起约3D，盘周线状出血")
    c.pe(f"{cn}/眼球运动", "右眼外展露白约2mm，向右侧注视时复视，余方向运动充分，无眼震")
    c.pe(f"{cn}/面神经", "双侧额纹、鼻唇沟对称，示齿口角无偏斜")
    c.pe(f"{cn}/视野(对诊法)", "双眼视野粗测未见明显缺损")
    mp = f"{n}/运动系统/肌力"
    c.pe(f"{mp}/右上肢", "5级")
    c.pe(f"{mp}/右下肢", "5级")
    c.pe(f"{mp}/左上肢", "4级")
    c.pe(f"{mp}/左下肢", "4+级")
    c.pe(f"{n}/运动系统/肌张力", "四肢肌张力正常")
    c.pe(f"{n}/腱反射", "左侧肱二头肌、膝腱反射较右侧活跃（+++），右侧（++）")
    c.pe(f"{n}/病理征", "左侧巴宾斯基征阳性，右侧阴性；双侧Chaddock征阴性")
    c.pe(f"{n}/共济运动", "双侧指鼻试验、跟膝胫试验稳准")
    c.pe(f"{n}/感觉系统", "深浅感觉对称存在")
    mg = f"{n}/脑膜刺激征"
    c.pe(f"{mg}/颈强直", "颈部抵抗，颏胸距2横指")
    c.pe(f"{mg}/克尼格征", "阴性")
    c.pe(f"{mg}/布鲁津斯基征", "阴性")
    c.other("量表评估/格拉斯哥昏迷评分(GCS)", "14分（E3V5M6）")
    c.other("量表评估/美国国立卫生研究院卒中量表(NIHSS)", "3分（左上肢2分，左下肢1分）")
    c.other("量表评估/改良Rankin量表(mRS)", "发病前0分")
    lab = "实验室检查"
    b = f"{lab}/血常规"
    c.lab(f"{b}/白细胞计数(WBC)", 9.8, "×10^9/L", "H", "3.5-9.5")
    c.lab(f"{b}/血红蛋白(HGB)", 118, "g/L", None, "115-150")
    c.lab(f"{b}/红细胞压积(HCT)", 0.36, "", None, "0.35-0.45")
    c.lab(f"{b}/血小板计数(PLT)", 286, "×10^9/L", None, "125-350")
    cg = f"{lab}/凝血功能"
    c.lab(f"{cg}/凝血酶原时间(PT)", 11.6, "s", None, "10-14")
    c.lab(f"{cg}/国际标准化比值(INR)", 0.98, "", None, "0.8-1.2")
    c.lab(f"{cg}/活化部分凝血活酶时间(APTT)", 27.4, "s", None, "25-37")
    c.lab(f"{cg}/纤维蛋白原(FIB)", 4.3, "g/L", "H", "2-4")
    c.lab(f"{cg}/D-二聚体", 2.84, "mg/L FEU", "H", "<0.5")
    th = f"{lab}/易栓症筛查"
    c.lab(f"{th}/蛋白C活性", 92, "%", None, "70-140")
    c.lab(f"{th}/蛋白S活性", 48, "%", "L", "63-135")
    c.lab(f"{th}/抗凝血酶Ⅲ活性", 96, "%", None, "80-120")
    c.text_lab(f"{th}/狼疮抗凝物", "阴性（标准化比值1.05）")
    c.text_lab(f"{th}/抗心磷脂抗体", "IgG、IgM均阴性")
    c.text_lab(f"{th}/抗β2糖蛋白1抗体", "阴性")
    c.lab(f"{th}/同型半胱氨酸(Hcy)", 11.2, "μmol/L", None, "<15")
    bc = f"{lab}/血生化"
    c.lab(f"{bc}/谷丙转氨酶(ALT)", 22, "U/L", None, "7-40")
    c.lab(f"{bc}/肌酐(Cr)", 58, "μmol/L", None, "41-81")
    c.lab(f"{bc}/钾(K)", 3.9, "mmol/L", None, "3.5-5.3")
    c.lab(f"{bc}/钠(Na)", 138, "mmol/L", None, "137-147")
    c.lab(f"{bc}/葡萄糖(GLU)", 5.4, "mmol/L", None, "3.9-6.1")
    c.text_lab(f"{lab}/尿妊娠试验", "阴性")
    c.text_lab(f"{lab}/甲状腺功能", "TSH 1.62mIU/L，FT3 4.5pmol/L，FT4 15.8pmol/L，均正常")
    c.text_lab(f"{lab}/抗核抗体谱", "ANA 1:100（弱阳性，颗粒型），抗dsDNA、抗Sm、抗SSA/SSB均阴性")
    lp = "腰椎穿刺"
    c.other(f"{lp}/初压", "320mmH2O（侧卧位）")
    c.text_lab(f"{lp}/脑脊液常规/外观", "无色清亮")
    c.text_lab(f"{lp}/脑脊液常规/白细胞计数", "6×10^6/L")
    c.text_lab(f"{lp}/脑脊液常规/红细胞计数", "120×10^6/L")
    c.text_lab(f"{lp}/脑脊液生化/蛋白", "0.52g/L ↑")
    c.text_lab(f"{lp}/脑脊液生化/葡萄糖", "3.2mmol/L")
    c.text_lab(f"{lp}/脑脊液生化/氯化物", "124mmol/L")
    c.text_lab(f"{lp}/脑脊液细胞学", "少量淋巴细胞，未见肿瘤细胞")
    ct = "影像学检查/头颅CT平扫"
    c.img(f"{ct}/所见", "右侧额顶叶皮层下片状低密度影内见斑片状高密度出血灶；上矢状窦走行区条索状高密度（条索征）")
    c.img(f"{ct}/印象", "右侧额顶叶出血性梗死可能，上矢状窦高密度，请结合静脉成像")
    mr = "影像学检查/头颅MRI"
    c.img(f"{mr}/T1WI及T2WI", "右侧额顶叶皮层及皮层下长T1长T2信号，其内混杂短T1出血信号；上矢状窦流空信号消失")
    c.img(f"{mr}/DWI", "病灶内片状高低混杂信号，ADC值不均")
    c.img(f"{mr}/SWI", "右侧额顶叶多发低信号出血灶；上矢状窦及右侧皮层静脉呈低信号（血栓）")
    c.img(f"{mr}/增强扫描", "上矢状窦内充盈缺损，呈空三角征")
    c.img(f"{mr}/印象", "上矢状窦血栓形成伴右侧额顶叶静脉性梗死及出血")
    c.img("影像学检查/磁共振静脉成像(MRV)", "上矢状窦中后段、右侧横窦及乙状窦未显影，左侧横窦代偿性增粗", reveals=True)
    c.img("影像学检查/胸部X线片", "心肺膈未见明显异常")
    s = "特殊检查"
    c.other(f"{s}/脑电图", "右侧额顶区中幅θ、δ慢波活动增多，未见明确痫样放电")
    c.other(f"{s}/心电图", "窦性心律，正常心电图")
    c.other(f"{s}/双下肢深静脉超声", "双下肢深静脉血流通畅，未见血栓")
    rec = base(0, "neurology",
               {"sex": "女", "age": "31岁", "age_years": 31.0, "occupation": "会计", "text": "女，31岁，会计"},
               chief_complaint="头痛进行性加重10天，左侧肢体无力伴抽搐1次1天",
               present_illness="患者10天前无诱因出现全头胀痛，晨起及咳嗽时加重，伴恶心、呕吐胃内容物数次，自服止痛药无效。"
                               "5天前出现视物模糊、向右看时视物成双。1天前突发左侧肢体抽搐约2分钟，继之左侧肢体乏力，家属送入急诊。",
               past_history="多囊卵巢综合征2年，口服炔雌醇环丙孕酮片8个月；否认高血压、糖尿病史；否认药物过敏史。",
               personal_history="不吸烟，不饮酒。近1月加班频繁，饮水少。",
               marital_reproductive_history="已婚，G1P0，1年前人工流产1次。",
               family_history="母亲45岁时患“下肢静脉血栓”。",
               diagnoses=[dx("颅内静脉窦血栓形成（上矢状窦、右侧横窦及乙状窦）", "I67.6", True),
                          dx("静脉性脑梗死伴出血转化（右侧额顶叶）", "I63.6"), dx("症状性癫痫发作", "G40.9"),
                          dx("颅内高压综合征", "G93.2")])
    rec["examinations"] = c.exams
    return rec


# ---------------------------------------------------------------- row 1: 肝豆状核变性 (hepatology)
def case1() -> dict:
    c = Case()
    c.pe("入院查体/生命体征", "T 36.6℃，P 88次/分，R 18次/分，BP 112/70mmHg")
    c.pe("入院查体/皮肤巩膜", "皮肤及巩膜轻度黄染，未见皮下出血点")
    c.pe("入院查体/肝掌及蜘蛛痣", "可见肝掌，前胸见2枚蜘蛛痣")
    c.pe("入院查体/腹部", "腹平软，无压痛，肝肋下未触及，脾肋下3cm，质中，移动性浊音阴性")
    c.pe("入院查体/双下肢", "双下肢轻度凹陷性水肿")
    ns = "神经系统检查"
    c.pe(f"{ns}/构音", "言语含糊，语速慢，构音障碍")
    c.pe(f"{ns}/面部表情", "面部表情减少，不自主张口，流涎")
    c.pe(f"{ns}/震颤", "双上肢平举时可见粗大姿势性震颤，呈“扑翼样”，右侧为著；静止时轻微")
    mt = f"{ns}/肌张力"
    c.pe(f"{mt}/右上肢", "齿轮样增高")
    c.pe(f"{mt}/左上肢", "轻度增高")
    c.pe(f"{mt}/双下肢", "正常")
    c.pe(f"{ns}/指鼻试验/右侧", "欠稳准，伴意向性震颤")
    c.pe(f"{ns}/指鼻试验/左侧", "稳准")
    c.pe(f"{ns}/快速轮替动作", "右手笨拙、缓慢")
    c.pe(f"{ns}/书写", "字体变小，笔画抖动")
    c.pe(f"{ns}/步态", "行走时右上肢摆臂减少，起步稍缓，转身需多步")
    c.pe(f"{ns}/病理征", "双侧巴宾斯基征阴性")
    c.other("眼科检查/角膜K-F环(裂隙灯)", "裂隙灯下双眼角膜后弹力层周边见棕绿色色素环（K-F环阳性）", reveals=True)
    c.other("眼科检查/视力", "右眼1.0，左眼1.0")
    c.other("评分/Leipzig评分", "6分（K-F环2分，神经症状2分，血清铜蓝蛋白<0.1g/L 2分；≥4分可确诊）", reveals=True)
    c.other("评分/Child-Pugh评分", "8分，B级")
    c.other("评分/统一肝豆状核变性评定量表(UWDRS)神经部分", "28分")
    lab = "化验"
    b = f"{lab}/血常规"
    c.lab(f"{b}/白细胞计数(WBC)", 2.9, "×10^9/L", "L", "3.5-9.5")
    c.lab(f"{b}/血红蛋白(HGB)", 104, "g/L", "L", "130-175")
    c.lab(f"{b}/血小板计数(PLT)", 68, "×10^9/L", "L", "125-350")
    c.lab(f"{b}/网织红细胞百分比(RET%)", 3.2, "%", "H", "0.5-1.5")
    lv = f"{lab}/肝功能"
    c.lab(f"{lv}/谷丙转氨酶(ALT)", 68, "U/L", "H", "9-50")
    c.lab(f"{lv}/谷草转氨酶(AST)", 112, "U/L", "H", "15-40")
    c.lab(f"{lv}/总胆红素(TBIL)", 42, "μmol/L", "H", "0-21")
    c.lab(f"{lv}/直接胆红素(DBIL)", 14, "μmol/L", "H", "0-8")
    c.lab(f"{lv}/白蛋白(ALB)", 31, "g/L", "L", "40-55")
    c.lab(f"{lv}/碱性磷酸酶(ALP)", 46, "U/L", None, "45-125")
    c.lab(f"{lv}/γ-谷氨酰转移酶(GGT)", 58, "U/L", None, "10-60")
    c.lab(f"{lab}/凝血功能/PT", 16.8, "s", "H", "11-14")
    c.lab(f"{lab}/凝血功能/INR", 1.42, "", "H", "0.8-1.2")
    cu = f"{lab}/铜代谢"
    c.lab(f"{cu}/血清铜蓝蛋白", 0.06, "g/L", "L", "0.2-0.6")
    c.lab(f"{cu}/血清铜", 6.2, "μmol/L", "L", "11-22")
    c.lab(f"{lab}/24小时尿/尿量", 1850, "mL/24h", None, "1000-2000")
    c.lab(f"{lab}/24小时尿/尿铜", 486, "μg/24h", "H", "<40")
    c.lab(f"{lab}/24小时尿/尿蛋白定量", 0.12, "g/24h", None, "<0.15")
    c.text_lab(f"{lab}/溶血相关/直接抗人球蛋白试验(Coombs)", "阴性")
    c.lab(f"{lab}/溶血相关/乳酸脱氢酶(LDH)", 286, "U/L", "H", "120-250")
    c.lab(f"{lab}/溶血相关/结合珠蛋白", 0.18, "g/L", "L", "0.3-2.0")
    hv = f"{lab}/肝炎病毒标志物"
    c.text_lab(f"{hv}/乙肝表面抗原(HBsAg)", "阴性")
    c.text_lab(f"{hv}/丙肝抗体(抗HCV)", "阴性")
    c.text_lab(f"{hv}/戊肝抗体IgM", "阴性")
    c.text_lab(f"{lab}/自身免疫性肝病抗体", "ANA、AMA-M2、抗SMA、抗LKM-1、抗SLA均阴性")
    c.lab(f"{lab}/甲胎蛋白(AFP)", 6.8, "ng/mL", None, "<7")
    c.text_lab(f"{lab}/ATP7B基因检测", "c.2333G>T（p.Arg778Leu）与c.2975C>T（p.Pro992Leu）复合杂合致病变异", reveals=True)
    hb = "肝穿刺活检"
    c.path_(f"{hb}/组织病理", "肝细胞气球样变及脂肪变性，汇管区纤维组织增生并桥接，假小叶形成（G2S4）")
    c.path_(f"{hb}/罗丹宁铜染色", "肝细胞内见散在铜颗粒沉积（阳性）")
    c.text_lab(f"{hb}/肝铜定量", "386μg/g肝干重 ↑（参考值 <50）", reveals=True)
    c.other("胃镜检查", "食管下段见3条轻度曲张静脉，直径约5mm，红色征阴性；门脉高压性胃病（轻度）")
    us = "影像/腹部超声"
    c.img(f"{us}/肝脏", "肝脏体积缩小，表面不光滑，实质回声增粗呈结节样")
    c.img(f"{us}/脾脏", "脾厚52mm，肋下30mm")
    c.img(f"{us}/门静脉", "门静脉主干内径14mm，血流向肝")
    c.img(f"{us}/腹水", "未见腹水")
    mr = "影像/头颅MRI"
    c.img(f"{mr}/所见", "双侧豆状核、丘脑及脑干对称性T2WI高信号，中脑呈“熊猫脸”征")
    c.img(f"{mr}/印象", "双侧基底节、丘脑及脑干对称性异常信号，符合肝豆状核变性脑部改变")
    c.other("特殊检查/肝脏瞬时弹性成像", "肝脏硬度值（LSM）21.6kPa，受控衰减参数（CAP）226dB/m")
    c.other("特殊检查/心电图", "窦性心律，正常心电图")
    rec = base(1, "hepatology",
               {"sex": "男", "age": "17岁", "age_years": 17.0, "occupation": "高中生", "text": "男，17岁，高中生"},
               chief_complaint="双手抖动、说话含糊半年，皮肤发黄1月",
               present_illness="患者半年前开始写字时右手抖动，逐渐加重，持物不稳，说话含糊不清、流涎，学习成绩下降，情绪易激惹。"
                               "1月前家属发现皮肤、眼白发黄，伴乏力、纳差，无发热、腹痛。当地医院查“转氨酶升高、血小板减少”转入。",
               past_history="2年前体检发现“转氨酶轻度升高”，未诊治；否认肝炎、输血史；否认药物过敏史。",
               personal_history="不吸烟、不饮酒，无特殊药物及毒物接触史。",
               marital_reproductive_history="未婚。",
               family_history="父母非近亲结婚；姐姐19岁时因“肝硬化”去世，原因未明。",
               diagnoses=[dx("肝豆状核变性（脑型+肝型）", "E83.0", True), dx("肝硬化失代偿期（Child-Pugh B级）", "K74.6"),
                          dx("脾功能亢进", "D73.1"), dx("食管静脉曲张（轻度）", "I85.9")])
    rec["examinations"] = c.exams
    return rec


# ---------------------------------------------------------------- row 2: 急性重度有机磷农药中毒 (emergency medicine / toxicology)
def case2() -> dict:
    c = Case()
    v = "体格检查/生命体征"
    c.pe(f"{v}/体温", "36.2℃")
    c.pe(f"{v}/心率", "52次/分")
    c.pe(f"{v}/呼吸", "28次/分")
    c.pe(f"{v}/血压", "92/54mmHg")
    c.pe(f"{v}/血氧饱和度", "88%（面罩吸氧5L/min）")
    c.pe("体格检查/神志", "昏睡，压眶有反应")
    c.pe("体格检查/瞳孔/右侧", "直径1.0mm，针尖样，对光反射消失", reveals=True)
    c.pe("体格检查/瞳孔/左侧", "直径1.0mm，针尖样，对光反射消失", reveals=True)
    c.pe("体格检查/皮肤", "全身皮肤湿冷，大汗淋漓，口唇发绀")
    c.pe("体格检查/口腔及气味", "口腔大量白色泡沫样分泌物，呼出气及呕吐物有浓烈大蒜样气味", reveals=True)
    c.pe("体格检查/双肺", "双肺满布湿啰音及痰鸣音")
    c.pe("体格检查/心脏", "心率52次/分，律齐，未闻及杂音")
    c.pe("体格检查/腹部", "腹软，肠鸣音亢进，约12次/分")
    c.pe("体格检查/肌束震颤", "胸大肌、双侧腓肠肌及面部可见肌束颤动")
    c.pe("体格检查/四肢肌力", "四肢肌力4级，屈颈肌力3级")
    c.pe("体格检查/腱反射", "四肢腱反射减弱")
    c.other("评估/格拉斯哥昏迷评分(GCS)", "9分（E2V2M5）")
    c.other("评估/APACHE Ⅱ评分", "21分")
    c.other("评估/中毒严重度评分(PSS)", "3分（重度）")
    lab = "检验"
    ache = f"{lab}/全血胆碱酯酶活力"
    c.text_lab(f"{ache}/入院时", "18%（正常值80%-100%）↓", reveals=True)
    c.text_lab(f"{ache}/治疗后24小时", "26% ↓")
    c.text_lab(f"{ache}/治疗后72小时", "41% ↓")
    b = f"{lab}/血常规"
    c.lab(f"{b}/白细胞计数(WBC)", 16.4, "×10^9/L", "H", "3.5-9.5")
    c.lab(f"{b}/中性粒细胞百分比(NEUT%)", 88, "%", "H", "40-75")
    c.lab(f"{b}/血红蛋白(HGB)", 152, "g/L", None, "130-175")
    c.lab(f"{b}/血小板计数(PLT)", 204, "×10^9/L", None, "125-350")
    bc = f"{lab}/血生化"
    c.lab(f"{bc}/钾(K)", 3.2, "mmol/L", "L", "3.5-5.3")
    c.lab(f"{bc}/钠(Na)", 136, "mmol/L", "L", "137-147")
    c.lab(f"{bc}/葡萄糖(GLU)", 11.6, "mmol/L", "H", "3.9-6.1")
    c.lab(f"{bc}/肌酐(Cr)", 96, "μmol/L", None, "57-111")
    c.lab(f"{bc}/谷丙转氨酶(ALT)", 48, "U/L", None, "9-50")
    c.lab(f"{bc}/血淀粉酶(AMY)", 312, "U/L", "H", "35-135")
    c.lab(f"{bc}/肌酸激酶(CK)", 642, "U/L", "H", "50-310")
    mk = f"{lab}/心肌损伤标志物"
    c.lab(f"{mk}/肌钙蛋白I(cTnI)", 0.08, "ng/mL", "H", "<0.04")
    c.lab(f"{mk}/肌酸激酶同工酶(CK-MB)", 12.4, "ng/mL", "H", "<5")
    g = f"{lab}/动脉血气分析(面罩吸氧5L每分)"
    c.lab(f"{g}/pH", 7.28, "", "L", "7.35-7.45")
    c.lab(f"{g}/PaO2", 58, "mmHg", "L", "80-100")
    c.lab(f"{g}/PaCO2", 48, "mmHg", "H", "35-45")
    c.lab(f"{g}/HCO3-", 21.8, "mmol/L", "L", "22-27")
    c.lab(f"{g}/乳酸(Lac)", 4.2, "mmol/L", "H", "0.5-1.6")
    tox = f"{lab}/毒物检测"
    c.text_lab(f"{tox}/血液", "检出敌敌畏（二氯松），浓度2.6μg/mL", reveals=True)
    c.text_lab(f"{tox}/首次洗胃液", "检出敌敌畏")
    c.text_lab(f"{lab}/血乙醇浓度", "未检出")
    c.text_lab(f"{lab}/尿常规", "尿糖+，尿酮体阴性，尿蛋白阴性，隐血阴性")
    ecg = "特殊检查/心电图"
    c.other(f"{ecg}/心律", "窦性心动过缓，心率52次/分")
    c.other(f"{ecg}/QTc间期", "QTc 486ms（延长）")
    c.other(f"{ecg}/ST-T", "Ⅱ、Ⅲ、aVF导联T波低平")
    c.other("特殊检查/床旁肺部超声", "双下肺多发B线，右下肺背侧见片状实变伴支气管充气征")
    ct = "影像/胸部CT"
    c.img(f"{ct}/所见", "双肺下叶背段及后基底段斑片状实变影及磨玻璃影，气管及右主支气管内见少许分泌物")
    c.img(f"{ct}/印象", "双下肺吸入性肺炎")
    c.img("影像/头颅CT", "脑实质未见明显异常密度影，脑室系统无扩张")
    rec = base(2, "emergency medicine / toxicology",
               {"sex": "男", "age": "46岁", "age_years": 46.0, "occupation": "菜农", "text": "男，46岁，菜农"},
               chief_complaint="口服农药后呕吐、大汗、意识模糊2小时",
               present_illness="患者2小时前与家人争吵后自服“敌敌畏”约100mL，随即恶心、呕吐数次，呕吐物有大蒜味，继之大汗、流涎、"
                               "腹痛、腹泻，呼吸急促，渐出现意识模糊。家属发现后送至当地卫生院清水洗胃约5000mL，转入我院急诊。",
               past_history="否认高血压、糖尿病史；否认精神疾病史；否认药物过敏史。",
               personal_history="吸烟20年，每日1包；偶饮酒。",
               marital_reproductive_history="已婚，育1子。",
               family_history="无特殊。",
               diagnoses=[dx("急性重度有机磷农药中毒（敌敌畏）", "T60.0", True), dx("急性呼吸衰竭", "J96.0"),
                          dx("吸入性肺炎", "J69.0"), dx("低钾血症", "E87.6")])
    rec["examinations"] = c.exams
    return rec


# ---------------------------------------------------------------- row 3: 中枢性性早熟 (paediatric endocrinology)
def case3() -> dict:
    c = Case()
    c.pe("体格检查/生命体征", "T 36.5℃，P 90次/分，R 20次/分，BP 102/64mmHg")
    gr = "体格检查/生长发育"
    c.pe(f"{gr}/身高", "136.2cm（+2.1SD）")
    c.pe(f"{gr}/体重", "32kg")
    c.pe(f"{gr}/BMI", "17.3kg/m²")
    c.pe(f"{gr}/近1年生长速率", "9.2cm/年")
    sx = "体格检查/第二性征"
    c.pe(f"{sx}/乳房/右侧", "乳核直径约3cm，乳晕增大着色，乳房隆起（Tanner B3）")
    c.pe(f"{sx}/乳房/左侧", "乳核直径约2cm，质韧，轻压痛（Tanner B2）")
    c.pe(f"{sx}/阴毛", "未见阴毛（PH1）")
    c.pe(f"{sx}/腋毛", "未见")
    c.pe(f"{sx}/外阴", "大小阴唇稍着色，可见少量白色分泌物")
    c.pe("体格检查/皮肤", "未见咖啡牛奶斑，无痤疮")
    c.pe("体格检查/甲状腺", "甲状腺未触及肿大")
    c.pe("体格检查/神经系统", "神志清，对答切题，四肢活动自如，病理征未引出")
    c.other("评估/Tanner分期", "B3 PH1（右侧B3、左侧B2）")
    c.other("评估/预测成年身高", "150.5cm（B-P法），遗传靶身高157.5cm")
    lab = "检验"
    sh = f"{lab}/性激素基础值"
    c.lab(f"{sh}/黄体生成素(LH)", 0.62, "IU/L", None, "<0.83（青春前期）")
    c.lab(f"{sh}/卵泡刺激素(FSH)", 3.84, "IU/L", None, "")
    c.lab(f"{sh}/雌二醇(E2)", 86, "pmol/L", "H", "<73（青春前期）")
    c.lab(f"{sh}/泌乳素(PRL)", 9.6, "ng/mL", None, "3-25")
    c.text_lab(f"{lab}/甲状腺功能", "TSH 2.4mIU/L，FT4 14.2pmol/L，均正常")
    c.lab(f"{lab}/胰岛素样生长因子1(IGF-1)", 412, "ng/mL", "H", "88-341（同龄）")
    ad = f"{lab}/肾上腺雄激素"
    c.lab(f"{ad}/17-羟孕酮(17-OHP)", 0.9, "ng/mL", None, "<2.0")
    c.lab(f"{ad}/硫酸脱氢表雄酮(DHEAS)", 42, "μg/dL", None, "<70")
    tm = f"{lab}/肿瘤标志物"
    c.lab(f"{tm}/甲胎蛋白(AFP)", 2.1, "ng/mL", None, "<7")
    c.lab(f"{tm}/β-人绒毛膜促性腺激素(β-HCG)", 0.5, "IU/L", None, "<5")
    gn = "特殊检查/GnRH激发试验(曲普瑞林)"
    c.text_lab(f"{gn}/LH峰值", "8.6IU/L（60分钟）", reveals=True)
    c.text_lab(f"{gn}/FSH峰值", "12.4IU/L（60分钟）")
    c.text_lab(f"{gn}/LH峰值与FSH峰值比值", "0.69")
    c.text_lab(f"{gn}/结论", "LH峰值≥5IU/L且LH/FSH峰值比>0.6，提示下丘脑-垂体-性腺轴已启动", reveals=True)
    c.img("影像/左手腕骨龄片", "骨龄约10岁（G-P图谱法），较实际年龄（7岁6月）提前2.5岁")
    pu = "影像/盆腔超声"
    c.img(f"{pu}/子宫", "子宫体积4.6mL，宫体/宫颈比1.2，内膜线可见，厚约2mm")
    c.img(f"{pu}/右侧卵巢", "容积3.2mL，内见≥4mm卵泡5个，最大6mm")
    c.img(f"{pu}/左侧卵巢", "容积2.6mL，内见≥4mm卵泡4个，最大5mm")
    mr = "影像/垂体MRI(平扫+增强)"
    c.img(f"{mr}/所见", "垂体高度7mm，上缘稍膨隆，信号均匀，强化均匀；下丘脑及鞍上未见占位，垂体柄居中")
    c.img(f"{mr}/印象", "垂体饱满（符合青春期改变），未见下丘脑错构瘤及鞍区占位")
    c.img("影像/肾上腺超声", "双侧肾上腺区未见明显占位")
    rec = base(3, "paediatric endocrinology",
               {"sex": "女", "age": "7岁6月", "age_years": 7.5, "occupation": "小学生", "text": "女，7岁6月"},
               chief_complaint="发现双侧乳房增大8月，身高增长加快半年",
               present_illness="患儿8月前家长发现右侧乳房有硬结，轻触痛，随后左侧亦出现，逐渐增大。近半年身高增长明显快于同龄儿，"
                               "近1月内裤可见少量白色分泌物，无阴道出血。无头痛、呕吐、视力下降，无多饮多尿。否认误服避孕药、接触含激素护肤品。",
               past_history="既往体健，按时预防接种；否认颅脑外伤、脑炎史。",
               personal_history="G1P1，足月顺产，出生体重3.3kg，生长发育同同龄儿。",
               marital_reproductive_history="",
               family_history="母亲初潮11岁，身高158cm；父亲身高170cm。",
               diagnoses=[dx("中枢性性早熟（特发性）", "E30.1", True)])
    rec["examinations"] = c.exams
    return rec


def main() -> None:
    write_zh_cases(HERE, [case0(), case1(), case2(), case3()])


if __name__ == "__main__":
    main()

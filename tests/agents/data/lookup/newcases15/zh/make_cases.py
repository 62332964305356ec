"""Write cases_zh.jsonl: 4 new Chinese inpatient cases (newcases15 / zh), one CaseRecord per line.

Cases written inline by helper blind15zh, from clinical knowledge (人卫版 传染病学 / 内科学 / 诊断学 / 儿科学 / 外科学 /
妇产科学; 肾综合征出血热防治专家共识 2021, 自身免疫性肝炎诊断和治疗指南 2021, 儿童急性血源性骨髓炎诊疗相关共识,
妊娠期高血糖诊治指南 2022). Each record is built from its source-key path: name = last segment, group = the parent
segment (or the name itself when the parent is a top-level container), so layouts differ case by case:
row 0 splits the vital signs and gives every bedside sign its own record, with per-side renal-angle percussion and a
per-kidney ultrasound; row 1 writes the vital signs as ONE record and every sign inside section text, with the liver
panel, immunoglobulins and autoantibodies as own records; row 2 writes the vital signs as ONE record and the left
(affected) leg split into its own sign records while the right leg is ONE record, with a knee tap and an operation;
row 3 splits the maternal vital signs and gives the obstetric examination and pelvimetry their own records.
No path segment contains "/". The builder is the shared one (`dxgym.evaluation.lookup_sets.ZhCase`).
Run: .venv/bin/python make_cases.py
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from dxgym.evaluation.lookup_sets import ZhCase, write_zh_cases, zh_case_base, zh_dx

HERE = Path(__file__).resolve().parent
SET = "newcases15"
TOP = {"入院查体", "体格检查", "专科检查", "一般检查", "产科检查", "病情观察", "化验", "检验", "实验室检查", "评分",
       "关节穿刺", "手术", "病理", "影像", "影像学检查", "内镜检查", "特殊检查", "胎儿监护"}

Case = partial(ZhCase, TOP, lab_style="ref")
base = partial(zh_case_base, SET)
dx = zh_dx


# ---------------------------------------------------------------- row 0: 肾综合征出血热 (infectious disease)
def case0() -> dict:
    c = Case()
    p = "入院查体"
    v = f"{p}/生命体征"
    c.pe(f"{v}/体温", "37.6℃")
    c.pe(f"{v}/脉搏", "62次/分")
    c.pe(f"{v}/呼吸", "24次/分")
    c.pe(f"{v}/血压", "168/98mmHg")
    c.pe(f"{p}/一般情况", "急性病容，神志清楚，精神萎靡，呈“醉酒貌”，烦躁，查体合作")
    sk = f"{p}/皮肤黏膜"
    c.pe(f"{sk}/皮肤充血", "颜面、颈部及上胸部皮肤弥漫性充血潮红，压之褪色")
    c.pe(f"{sk}/出血点", "双侧腋下可见条索状、抓痕样出血点；软腭散在针尖样出血点；左肘静脉穿刺处见约3cm×4cm瘀斑")
    c.pe(f"{sk}/束臂试验", "阳性")
    c.pe(f"{sk}/水肿", "眼睑及颜面部轻度浮肿")
    c.pe(f"{p}/球结膜", "双眼球结膜充血、水肿（++），呈水泡样")
    c.pe(f"{p}/浅表淋巴结", "全身浅表淋巴结未触及肿大")
    c.pe(f"{p}/咽部", "咽部充血，双侧扁桃体无肿大")
    c.pe(f"{p}/胸部", "胸廓对称，双下肺叩诊稍浊，双肺呼吸音粗，双肺底可闻及少许湿啰音；心界不大，心率62次/分，律齐，各瓣膜听诊区"
                     "未闻及杂音及心包摩擦音")
    ab = f"{p}/腹部"
    c.pe(f"{ab}/触诊", "腹软，上腹部及脐周轻压痛，无反跳痛及肌紧张")
    c.pe(f"{ab}/肝脾触诊", "肝肋下未触及，脾肋下1cm，质软")
    c.pe(f"{ab}/移动性浊音", "可疑阳性")
    c.pe(f"{ab}/肠鸣音", "3次/分")
    rk = f"{p}/肾区叩击痛"
    c.pe(f"{rk}/左侧", "阳性（++）")
    c.pe(f"{rk}/右侧", "阳性（+）")
    c.pe(f"{p}/四肢", "双下肢轻度凹陷性水肿，四肢关节无红肿")
    c.pe(f"{p}/神经系统", "神志清，颈软，克氏征、布氏征阴性；四肢肌力5级；双侧巴宾斯基征阴性；扑翼样震颤阴性")
    c.other("病情观察/24小时出入量", "入量1850mL，尿量320mL（近2日尿量分别为380mL、320mL）")
    lab = "化验"
    b = f"{lab}/血常规"
    c.lab(f"{b}/白细胞计数(WBC)", 18.6, "×10^9/L", "H", "3.5-9.5")
    c.lab(f"{b}/中性粒细胞百分比(NEUT%)", 62.4, "%", None, "40-75")
    c.lab(f"{b}/淋巴细胞百分比(LYM%)", 30.8, "%", None, "20-50")
    c.lab(f"{b}/异型淋巴细胞", 14, "%", "H", "0-2")
    c.lab(f"{b}/血红蛋白(HGB)", 158, "g/L", None, "130-175")
    c.lab(f"{b}/红细胞压积(HCT)", 47.6, "%", None, "40-50")
    c.lab(f"{b}/血小板计数(PLT)", 28, "×10^9/L", "L", "125-350")
    u = f"{lab}/尿常规"
    c.text_lab(f"{u}/尿蛋白", "（3+）")
    c.text_lab(f"{u}/尿隐血", "（2+）")
    c.text_lab(f"{u}/尿红细胞", "镜检15-20/HP")
    c.text_lab(f"{u}/尿白细胞", "镜检3-5/HP")
    c.text_lab(f"{u}/尿比重", "1.010")
    c.text_lab(f"{u}/管型及膜状物", "颗粒管型2-3/LP，尿沉渣中可见膜状物")
    c.lab(f"{lab}/尿β2-微球蛋白", 12.6, "mg/L", "H", "<0.3")
    kf = f"{lab}/肾功能"
    c.lab(f"{kf}/尿素(BUN)", 26.4, "mmol/L", "H", "3.1-8.0")
    c.lab(f"{kf}/肌酐(Cr)", 512, "μmol/L", "H", "57-111")
    c.lab(f"{kf}/尿酸(UA)", 628, "μmol/L", "H", "208-428")
    c.lab(f"{kf}/胱抑素C(CysC)", 3.46, "mg/L", "H", "0.51-1.09")
    c.text_lab(f"{lab}/电解质", "K 5.9mmol/L↑，Na 128mmol/L↓，Cl 93mmol/L↓，Ca 1.94mmol/L↓，P 2.18mmol/L↑，Mg 1.12mmol/L")
    c.text_lab(f"{lab}/肝功能", "ALT 92U/L↑，AST 146U/L↑，TBil 16.8μmol/L，TP 52g/L↓，ALB 27.6g/L↓")
    c.text_lab(f"{lab}/心肌酶谱", "CK 436U/L↑，CK-MB 21U/L，LDH 612U/L↑，α-HBDH 428U/L↑")
    c.lab(f"{lab}/血淀粉酶", 156, "U/L", "H", "35-135")
    c.text_lab(f"{lab}/凝血功能", "PT 14.2s，APTT 48.6s↑，TT 21.4s↑，FIB 1.52g/L↓，D-二聚体 3.86mg/L FEU↑，FDP 16.2mg/L↑")
    c.lab(f"{lab}/C反应蛋白(CRP)", 38.2, "mg/L", "H", "0-10")
    c.lab(f"{lab}/降钙素原(PCT)", 1.86, "ng/mL", "H", "<0.05")
    c.text_lab(f"{lab}/动脉血气分析", "pH 7.28，PaO2 76mmHg，PaCO2 29mmHg，HCO3- 13.6mmol/L，BE -11.2mmol/L，Lac 1.8mmol/L（未吸氧）")
    hv = f"{lab}/汉坦病毒抗体"
    c.text_lab(f"{hv}/IgM", "阳性", reveals=True)
    c.text_lab(f"{hv}/IgG", "阳性（1:160）")
    c.text_lab(f"{lab}/钩端螺旋体抗体(显微凝集试验)", "阴性")
    c.text_lab(f"{lab}/血培养", "双侧双瓶培养5天无细菌生长")
    c.text_lab(f"{lab}/感染四项", "HBsAg阴性，抗-HCV阴性，抗-HIV阴性，梅毒螺旋体抗体阴性")
    c.img("影像/胸部CT平扫", "双肺纹理增多、模糊，双肺门周围对称性磨玻璃影，考虑肺水肿；双侧少量胸腔积液；心影不大")
    ur = "影像/泌尿系彩超"
    c.img(f"{ur}/左肾", "左肾大小约12.6cm×6.4cm，体积增大，皮质增厚、回声增强，皮髓质分界欠清，肾周见宽约0.6cm液性暗区")
    c.img(f"{ur}/右肾", "右肾大小约12.2cm×6.1cm，皮质回声增强，皮髓质分界欠清，肾周未见明显积液")
    c.img(f"{ur}/膀胱", "膀胱充盈差，壁不厚，腔内未见异常回声")
    c.img("影像/腹部彩超", "肝脏稍大，实质回声均匀；胆囊壁水肿增厚呈“双边征”，腔内未见结石；脾脏稍大，厚4.3cm；胰腺未见异常；"
                        "肝肾隐窝及盆腔少量积液")
    c.other("特殊检查/心电图", "窦性心律，心率60次/分；T波高尖（V2-V4导联）；QT间期正常")
    rec = base(0, "infectious disease",
               {"sex": "男", "age": "42岁", "age_years": 42.0, "occupation": "农民", "text": "男，42岁，农民"},
               chief_complaint="发热、头痛、腰痛6天，尿量减少2天",
               present_illness="患者6天前秋收后出现发热，体温最高39.8℃，伴头痛、腰痛、眼眶痛及全身酸痛，恶心，无咳嗽咳痰。自服退热药，"
                               "3天前体温降至正常后出现头晕、乏力，当地诊所测血压82/50mmHg，予补液后回升。2天前出现尿量明显减少，"
                               "每日约300-400mL，伴腹胀、呃逆，双侧腋下出现出血点。当地查血小板31×10^9/L，肌酐398μmol/L，转入我院。"
                               "居住地近期有家鼠出没。",
               past_history="既往体健；否认高血压、糖尿病、肾脏病史；否认肝炎、结核病史；否认药物过敏史；按计划免疫接种，"
                            "未接种肾综合征出血热疫苗。",
               personal_history="吸烟20年，10支/日；偶饮酒。家住农村，家中有粮仓。",
               marital_reproductive_history="已婚，育1子1女。",
               family_history="无特殊。",
               diagnoses=[dx("肾综合征出血热（重型，少尿期）", "A98.5", True), dx("急性肾损伤3期", "N17.9"),
                          dx("血小板减少症", "D69.6"), dx("高钾血症", "E87.5"), dx("代谢性酸中毒", "E87.2"),
                          dx("双侧少量胸腔积液", "J91")])
    rec["examinations"] = c.exams
    return rec


# ---------------------------------------------------------------- row 1: 自身免疫性肝炎 (gastroenterology / hepatology)
def case1() -> dict:
    c = Case()
    p = "体格检查"
    c.pe(f"{p}/生命体征", "T 36.9℃，P 84次/分，R 18次/分，BP 118/74mmHg")
    c.pe(f"{p}/身高体重", "身高160cm，体重56kg，BMI 21.9kg/m²")
    c.pe(f"{p}/一般情况", "慢性病容，神志清楚，精神稍差，自主体位，查体合作")
    c.pe(f"{p}/皮肤巩膜", "全身皮肤及巩膜中度黄染；肝掌阳性，颈部及前胸见2枚蜘蛛痣；未见皮疹、出血点及瘀斑")
    c.pe(f"{p}/浅表淋巴结", "全身浅表淋巴结未触及肿大")
    c.pe(f"{p}/头颈部", "头颅无畸形，睑结膜无苍白，角膜未见K-F环；颈软，颈静脉无怒张；甲状腺Ⅰ度弥漫性肿大，质韧，无结节及压痛，"
                       "未闻及血管杂音")
    c.pe(f"{p}/胸部", "胸廓对称，无男性化乳房；双肺呼吸音清，未闻及干湿啰音；心界不大，心率84次/分，律齐，各瓣膜听诊区未闻及杂音")
    c.pe(f"{p}/腹部", "腹平坦，未见腹壁静脉曲张；腹软，右上腹轻压痛，无反跳痛；肝肋下未触及，剑突下2cm，质中；脾肋下2cm，质中，"
                     "无触痛；墨菲征阴性；肝区叩击痛阳性；移动性浊音阴性；肠鸣音4次/分")
    c.pe(f"{p}/四肢关节", "双手近端指间关节及双腕关节无肿胀、压痛；双下肢无水肿")
    c.pe(f"{p}/神经系统", "神志清，定向力、计算力正常；扑翼样震颤阴性；四肢肌力、肌张力正常；病理征未引出")
    lab = "检验"
    c.text_lab(f"{lab}/血常规", "WBC 3.4×10^9/L↓，NEUT% 58%，HGB 112g/L↓，MCV 92fL，PLT 96×10^9/L↓")
    lf = f"{lab}/肝功能"
    c.lab(f"{lf}/丙氨酸氨基转移酶(ALT)", 386, "U/L", "H", "7-40")
    c.lab(f"{lf}/天门冬氨酸氨基转移酶(AST)", 412, "U/L", "H", "13-35")
    c.lab(f"{lf}/碱性磷酸酶(ALP)", 168, "U/L", "H", "35-100")
    c.lab(f"{lf}/γ-谷氨酰转移酶(GGT)", 124, "U/L", "H", "7-45")
    c.lab(f"{lf}/总胆红素(TBil)", 68.4, "μmol/L", "H", "0-21")
    c.lab(f"{lf}/直接胆红素(DBil)", 41.2, "μmol/L", "H", "0-8")
    c.lab(f"{lf}/总蛋白(TP)", 86, "g/L", "H", "65-85")
    c.lab(f"{lf}/白蛋白(ALB)", 36.2, "g/L", None, "40-55")
    c.lab(f"{lf}/球蛋白(GLB)", 49.8, "g/L", "H", "20-40")
    c.lab(f"{lf}/总胆汁酸(TBA)", 86, "μmol/L", "H", "0-10")
    c.text_lab(f"{lab}/肾功能", "BUN 4.2mmol/L，Cr 56μmol/L，UA 286μmol/L")
    c.text_lab(f"{lab}/电解质", "K 3.8mmol/L，Na 138mmol/L，Cl 104mmol/L，Ca 2.18mmol/L")
    c.text_lab(f"{lab}/空腹血糖", "5.2mmol/L")
    cg = f"{lab}/凝血功能"
    c.lab(f"{cg}/凝血酶原时间(PT)", 14.8, "s", "H", "10-14")
    c.lab(f"{cg}/国际标准化比值(INR)", 1.26, "", "H", "0.8-1.2")
    c.lab(f"{cg}/活化部分凝血活酶时间(APTT)", 35.6, "s", None, "25-37")
    c.lab(f"{cg}/纤维蛋白原(FIB)", 1.86, "g/L", "L", "2-4")
    ig = f"{lab}/免疫球蛋白"
    c.lab(f"{ig}/IgG", 28.6, "g/L", "H", "8.6-17.4")
    c.lab(f"{ig}/IgA", 3.2, "g/L", None, "1.0-4.2")
    c.lab(f"{ig}/IgM", 1.4, "g/L", None, "0.3-2.2")
    c.lab(f"{lab}/IgG4", 0.62, "g/L", None, "0.03-2.01")
    c.text_lab(f"{lab}/补体", "C3 0.72g/L↓（0.9-1.8），C4 0.14g/L（0.1-0.4）")
    aa = f"{lab}/自身抗体"
    c.text_lab(f"{aa}/抗核抗体(ANA)", "阳性，1:1000，均质型", reveals=True)
    c.text_lab(f"{aa}/抗平滑肌抗体(ASMA)", "阳性，1:100")
    c.text_lab(f"{aa}/抗肝肾微粒体1型抗体(抗LKM-1)", "阴性")
    c.text_lab(f"{aa}/抗可溶性肝抗原抗体(抗SLA-LP)", "阴性")
    c.text_lab(f"{aa}/抗线粒体抗体M2亚型(AMA-M2)", "阴性")
    c.text_lab(f"{aa}/抗双链DNA抗体(抗dsDNA)", "阴性")
    c.text_lab(f"{lab}/病毒性肝炎标志物", "HBsAg阴性，抗-HBs阳性，抗-HBc阴性；抗-HCV阴性；抗-HAV IgM阴性；抗-HEV IgM阴性")
    c.text_lab(f"{lab}/EB病毒及巨细胞病毒DNA", "血浆EBV-DNA及CMV-DNA均<500copies/mL")
    tf = f"{lab}/甲状腺功能"
    c.lab(f"{tf}/游离三碘甲状腺原氨酸(FT3)", 3.6, "pmol/L", None, "3.1-6.8")
    c.lab(f"{tf}/游离甲状腺素(FT4)", 12.8, "pmol/L", None, "12-22")
    c.lab(f"{tf}/促甲状腺激素(TSH)", 7.82, "mIU/L", "H", "0.27-4.2")
    c.lab(f"{tf}/甲状腺过氧化物酶抗体(TPOAb)", 486, "IU/mL", "H", "<34")
    c.lab(f"{tf}/甲状腺球蛋白抗体(TgAb)", 212, "IU/mL", "H", "<115")
    c.lab(f"{lab}/血清铜蓝蛋白", 0.28, "g/L", None, "0.2-0.6")
    c.lab(f"{lab}/24小时尿铜", 38, "μg/24h", None, "<100")
    c.text_lab(f"{lab}/铁代谢", "血清铁 28.6μmol/L，铁蛋白 486ng/mL↑，转铁蛋白饱和度 42%")
    c.lab(f"{lab}/甲胎蛋白(AFP)", 12.4, "ng/mL", "H", "<7")
    c.text_lab(f"{lab}/尿常规", "尿胆红素（2+），尿胆原（+），尿蛋白阴性，镜检未见红、白细胞")
    c.text_lab(f"{lab}/粪便常规+隐血", "黄色软便，镜检阴性，隐血试验阴性")
    c.other("评分/AIH简化诊断评分(IAIHG 2008)", "8分（ANA≥1:80 2分，IgG>1.1倍正常上限2分，肝组织学典型2分，排除病毒性肝炎2分），确诊AIH")
    c.other("评分/Child-Pugh分级", "A级，6分（TBil 2分，ALB 1分，PT延长1分，无腹水1分，无肝性脑病1分）")
    c.img("影像/腹部彩超", "肝脏形态饱满，包膜欠光滑，实质回声增粗、分布不均；门静脉主干内径13mm，血流向肝；脾厚4.6cm，长径12.8cm；"
                        "胆囊大小正常，壁毛糙，腔内见一枚约1.2cm强回声伴声影，随体位移动；胰腺及双肾未见异常；腹腔未见积液")
    c.img("影像/肝脏瞬时弹性成像(FibroScan)", "肝脏硬度值（LSM）16.8kPa，受控衰减参数（CAP）218dB/m")
    mr = "影像/上腹部MRI(平扫+增强)及MRCP"
    c.img(f"{mr}/平扫", "肝脏边缘稍呈波浪状，肝右叶比例缩小、尾状叶增大，肝实质信号欠均匀，未见局灶性异常信号；脾大")
    c.img(f"{mr}/增强", "增强后肝实质强化欠均匀，呈网格状延迟强化，未见异常强化结节；门静脉主干及分支通畅，胃底食管周围未见明显迂曲血管")
    c.img(f"{mr}/MRCP", "肝内外胆管走行自然，未见串珠样狭窄或扩张；胆总管内径5mm；胆囊内见一枚约1.2cm充盈缺损")
    c.img(f"{mr}/印象", "肝硬化早期表现，脾大；胆管系统未见原发性硬化性胆管炎征象；胆囊结石")
    c.img("影像/胸部正位片", "双肺纹理清晰，未见实质性病变；心影不大；双侧膈面光滑")
    c.img("影像/甲状腺彩超", "甲状腺双侧叶弥漫性增大，实质回声减低、不均，呈网格样改变，CDFI示血流信号稍丰富；未见结节")
    c.other("内镜检查/胃镜", "食管黏膜光滑，未见静脉曲张；胃底未见曲张静脉；胃窦黏膜红白相间，以红为主；十二指肠球部及降部未见异常。"
                           "诊断：慢性非萎缩性胃炎；Hp快速尿素酶试验阴性")
    lb = "病理/肝穿刺活检"
    c.path_(f"{lb}/镜下所见", "汇管区及纤维间隔大量淋巴细胞、浆细胞浸润，中重度界面炎，可见肝细胞玫瑰花环样排列及穿入现象；纤维间隔形成，"
                          "局部见假小叶；小胆管未见破坏及减少，未见肉芽肿；铜染色及铁染色阴性")
    c.path_(f"{lb}/免疫组化", "CD38（浆细胞）++，CD138+，IgG阳性浆细胞增多，IgG4阳性浆细胞<5个/HPF；CK7示小胆管存在，无胆管缺失")
    c.path_(f"{lb}/病理诊断", "慢性肝炎伴显著界面炎及浆细胞浸润，符合自身免疫性肝炎（G3S4）", reveals=True)
    c.other("特殊检查/心电图", "窦性心律，正常心电图")
    c.other("特殊检查/骨密度(DXA)", "腰椎L1-L4 T值 -1.6，左股骨颈 T值 -1.4，提示骨量减少")
    rec = base(1, "gastroenterology",
               {"sex": "女", "age": "52岁", "age_years": 52.0, "occupation": "退休职工", "text": "女，52岁，退休职工"},
               chief_complaint="乏力、纳差2月，尿黄、眼黄3周",
               present_illness="患者2月前无明显诱因出现乏力、纳差，厌油腻，未重视。3周前出现尿色加深如浓茶，继而眼黄、皮肤黄，伴皮肤瘙痒，"
                               "无发热、腹痛、陶土样便。外院查ALT 412U/L，TBil 62μmol/L，予保肝治疗2周，转氨酶无明显下降。病程中"
                               "偶有双手关节酸痛，体重下降约3kg。近半年未服用中草药、保健品及其他可疑肝损药物。",
               past_history="否认病毒性肝炎病史；否认输血史；否认糖尿病、高血压史；否认手术外伤史；否认药物过敏史。",
               personal_history="不吸烟，不饮酒。",
               marital_reproductive_history="已婚，G2P1，50岁绝经。",
               family_history="母亲患“甲状腺功能减退症”。",
               diagnoses=[dx("自身免疫性肝炎（1型）伴肝硬化代偿期", "K75.4", True),
                          dx("桥本甲状腺炎（亚临床甲状腺功能减退）", "E06.3"), dx("胆囊结石", "K80.2"),
                          dx("慢性非萎缩性胃炎", "K29.5"), dx("骨量减少", "M85.8")])
    rec["examinations"] = c.exams
    return rec


# ---------------------------------------------------------------- row 2: 急性血源性骨髓炎 (paediatric orthopaedics)
def case2() -> dict:
    c = Case()
    p = "体格检查"
    c.pe(f"{p}/生命体征", "T 39.1℃，P 126次/分，R 26次/分，BP 100/62mmHg，体重28kg")
    c.pe(f"{p}/一般情况", "急性热病容，神志清楚，精神差，哭闹，被动体位，左下肢呈屈膝保护位")
    c.pe(f"{p}/皮肤黏膜", "全身皮肤无皮疹、黄染及出血点；左小腿前方见一约1cm×1.5cm陈旧擦伤，已结痂，周围无红肿")
    c.pe(f"{p}/浅表淋巴结", "左侧腹股沟可触及2枚肿大淋巴结，约1.5cm×1cm，有触痛，活动度可；余浅表淋巴结未触及肿大")
    c.pe(f"{p}/头颈部", "咽部轻度充血，双侧扁桃体Ⅰ度肿大，无脓性分泌物；颈软")
    c.pe(f"{p}/心肺", "双肺呼吸音清，未闻及干湿啰音；心率126次/分，律齐，心音有力，各瓣膜听诊区未闻及杂音")
    c.pe(f"{p}/腹部", "腹平软，无压痛，肝脾肋下未触及，肠鸣音正常")
    sp = "专科检查"
    c.pe(f"{sp}/步态", "左下肢不能负重，拒绝行走，需抱入病房")
    ll = f"{sp}/左下肢"
    c.pe(f"{ll}/视诊", "左小腿上段前内侧弥漫性肿胀，皮肤稍红，浅静脉稍充盈，无破溃及窦道")
    c.pe(f"{ll}/皮温", "左胫骨近端局部皮温明显高于对侧")
    c.pe(f"{ll}/压痛", "左胫骨近端干骺端深压痛（+++），局限于胫骨结节下方内侧，叩击痛阳性")
    c.pe(f"{ll}/膝关节", "左膝关节轻度肿胀，浮髌试验阳性；主动活动受限，被动屈伸0°-70°，极度屈曲时疼痛加重")
    c.pe(f"{ll}/髋关节", "左髋无压痛，被动活动正常，4字试验阴性")
    c.pe(f"{ll}/足背动脉及末梢循环", "左足背动脉搏动可触及，足趾末梢血运、感觉正常")
    c.pe(f"{sp}/右下肢", "右下肢无肿胀，皮温正常，胫骨无压痛；右膝浮髌试验阴性，关节活动正常；右足背动脉搏动正常")
    c.pe(f"{sp}/双下肢周径及长度", "胫骨结节下5cm周径：左27.5cm，右25cm；双下肢等长")
    c.pe(f"{sp}/脊柱及上肢", "脊柱无畸形及压痛叩痛；双上肢关节无红肿，活动正常")
    lab = "化验"
    b = f"{lab}/血常规"
    c.lab(f"{b}/白细胞计数(WBC)", 21.4, "×10^9/L", "H", "4.3-11.3")
    c.lab(f"{b}/中性粒细胞百分比(NEUT%)", 86.5, "%", "H", "31-70")
    c.lab(f"{b}/淋巴细胞百分比(LYM%)", 9.8, "%", "L", "23-59")
    c.lab(f"{b}/血红蛋白(HGB)", 104, "g/L", "L", "118-156")
    c.lab(f"{b}/血小板计数(PLT)", 468, "×10^9/L", "H", "167-453")
    c.lab(f"{lab}/C反应蛋白(CRP)", 142, "mg/L", "H", "0-8")
    c.lab(f"{lab}/红细胞沉降率(ESR)", 68, "mm/h", "H", "0-20")
    c.lab(f"{lab}/降钙素原(PCT)", 3.42, "ng/mL", "H", "<0.05")
    c.text_lab(f"{lab}/生化", "ALT 24U/L，AST 31U/L，ALB 33.8g/L↓，BUN 4.6mmol/L，Cr 38μmol/L，K 3.9mmol/L，Na 134mmol/L↓，"
                            "Glu 5.6mmol/L，CK 86U/L")
    c.text_lab(f"{lab}/凝血功能", "PT 13.2s，APTT 34.8s，FIB 6.24g/L↑，D-二聚体 1.26mg/L FEU↑")
    c.text_lab(f"{lab}/血培养", "双侧双瓶，需氧瓶22小时报阳：金黄色葡萄球菌（甲氧西林敏感，MSSA），对苯唑西林、头孢唑林、克林霉素敏感，"
                              "对青霉素耐药；厌氧瓶无生长")
    c.lab(f"{lab}/抗链球菌溶血素O(ASO)", 86, "IU/mL", None, "<200")
    c.text_lab(f"{lab}/尿常规", "尿蛋白阴性，酮体（+），镜检未见红、白细胞")
    jt = "关节穿刺"
    c.other(f"{jt}/关节液外观", "左膝关节髌上囊穿刺，抽出淡黄色微浑浊液体18mL，黏稠度降低，无脓性")
    c.text_lab(f"{jt}/关节液常规", "白细胞计数12.6×10^9/L，多核细胞68%，红细胞少量")
    jb = f"{jt}/关节液生化"
    c.text_lab(f"{jb}/葡萄糖", "4.1mmol/L")
    c.text_lab(f"{jb}/总蛋白", "34g/L")
    c.text_lab(f"{jt}/关节液革兰染色", "未见细菌")
    c.text_lab(f"{jt}/关节液细菌培养", "培养72小时无细菌生长")
    op = "手术/左胫骨近端钻孔开窗引流术"
    c.other(f"{op}/术中所见", "掀开骨膜见骨膜下脓肿，抽出黄白色稠厚脓液约12mL；胫骨近端干骺端钻孔4枚，开窗1.0cm×2.0cm，髓腔内见脓液"
                           "及炎性肉芽组织，未见死骨")
    c.text_lab(f"{op}/脓液细菌培养+药敏", "金黄色葡萄球菌（MSSA），药敏同血培养分离株", reveals=True)
    c.path_(f"{op}/骨组织病理", "送检骨组织及髓腔肉芽组织见大量中性粒细胞浸润、骨小梁坏死及破骨细胞活跃，符合急性化脓性骨髓炎")
    xr = "影像/胫腓骨X线正侧位"
    c.img(f"{xr}/左侧", "左胫骨近端周围软组织肿胀，肌间隙模糊；骨质未见明确破坏，未见骨膜反应")
    c.img(f"{xr}/右侧", "右胫腓骨骨质及软组织未见异常")
    mr = "影像/左胫骨MRI(平扫+增强)"
    c.img(f"{mr}/平扫", "左胫骨近端干骺端骨髓腔内见片状长T1、长T2信号，STIR呈明显高信号，范围约6.2cm，未累及骨骺；内侧骨膜下见梭形"
                       "长T2液性信号，厚约0.6cm；周围软组织水肿；左膝关节腔少量积液")
    c.img(f"{mr}/增强", "骨髓病变不均匀强化，骨膜下液性区周边环形强化，中心无强化；关节滑膜轻度强化")
    c.img(f"{mr}/印象", "左胫骨近端急性骨髓炎伴骨膜下脓肿形成；左膝关节少量积液，反应性滑膜炎可能", reveals=True)
    c.img("影像/左膝关节彩超", "左膝髌上囊积液，最大深度1.1cm，透声稍差；滑膜稍增厚；左胫骨近端内侧骨膜下见0.6cm低回声区")
    c.img("影像/胸部X线片", "双肺纹理清晰，未见实变及结节影；心影不大")
    c.other("特殊检查/超声心动图", "心脏结构及功能未见异常，各瓣膜未见赘生物，LVEF 68%")
    c.other("特殊检查/心电图", "窦性心动过速，心率128次/分")
    c.other("评分/Wong-Baker面部表情疼痛评分", "6分（左小腿活动时8分）")
    rec = base(2, "paediatric orthopaedics",
               {"sex": "男", "age": "9岁", "age_years": 9.0, "occupation": "小学生", "text": "男，9岁，小学生"},
               chief_complaint="左膝下方疼痛、跛行4天，发热3天",
               present_illness="患儿4天前踢球后出现左膝下方疼痛，行走跛行，家长以为扭伤，予外敷药物无好转。3天前出现发热，体温最高39.6℃，"
                               "伴寒战，疼痛加重，夜间哭闹，不能负重行走。2周前左小腿前方曾擦伤。外院查血常规WBC 18.6×10^9/L，"
                               "左膝X线片未见骨折，予“头孢克肟”口服2天，仍发热，转入我院。",
               past_history="既往体健；按计划预防接种；否认结核接触史；否认手术外伤史；否认药物过敏史。",
               personal_history="G1P1，足月顺产，生长发育与同龄儿相仿。",
               marital_reproductive_history="未婚。",
               family_history="父母体健，无遗传病史。",
               diagnoses=[dx("左胫骨近端急性血源性骨髓炎（金黄色葡萄球菌）", "M86.0", True), dx("左胫骨骨膜下脓肿", "M86.0"),
                          dx("金黄色葡萄球菌菌血症", "A41.0"), dx("左膝关节反应性滑膜炎", "M65.9"), dx("轻度贫血", "D64.9")])
    rec["examinations"] = c.exams
    return rec


# ---------------------------------------------------------------- row 3: 妊娠期糖尿病 (obstetrics)
def case3() -> dict:
    c = Case()
    p = "一般检查"
    c.pe(f"{p}/体温", "36.6℃")
    c.pe(f"{p}/脉搏", "92次/分")
    c.pe(f"{p}/呼吸", "20次/分")
    c.pe(f"{p}/血压", "126/78mmHg")
    c.pe(f"{p}/身高体重", "身高162cm，现体重84kg，孕前体重68kg（孕前BMI 25.9kg/m²），孕期增重16kg")
    c.pe(f"{p}/一般情况", "神志清楚，营养良好，轻度气促，步入病房，查体合作")
    c.pe(f"{p}/皮肤", "腹部及大腿见妊娠纹，颈后及腋下皮肤未见黑棘皮；无黄染及皮疹")
    c.pe(f"{p}/甲状腺", "甲状腺Ⅰ度肿大，质软，无结节")
    c.pe(f"{p}/心肺", "双肺呼吸音清，未闻及啰音；心率92次/分，律齐，心尖区可闻及2/6级收缩期吹风样杂音（生理性）")
    c.pe(f"{p}/腹部", "腹部膨隆，明显大于孕周，腹壁紧张，肝脾触诊不满意，无压痛；液波震颤阳性")
    c.pe(f"{p}/双下肢", "双下肢轻度凹陷性水肿（+），双侧对称")
    ob = "产科检查"
    c.pe(f"{ob}/宫高", "39cm")
    c.pe(f"{ob}/腹围", "112cm")
    c.pe(f"{ob}/胎方位", "LOA，胎体触诊不清")
    c.pe(f"{ob}/胎心率", "146次/分，规则")
    c.pe(f"{ob}/先露及衔接", "头先露，浮，未衔接")
    c.pe(f"{ob}/宫缩", "偶有不规律宫缩，强度弱")
    pv = f"{ob}/骨盆外测量"
    c.pe(f"{pv}/髂棘间径", "24cm")
    c.pe(f"{pv}/髂嵴间径", "27cm")
    c.pe(f"{pv}/骶耻外径", "19cm")
    c.pe(f"{pv}/坐骨结节间径", "8.5cm")
    c.pe(f"{ob}/阴道检查", "外阴见少量白色豆渣样分泌物；宫颈居中，质中，长约2cm，宫口未开，先露S-3，胎膜未破")
    c.other("评分/宫颈Bishop评分", "3分")
    lab = "实验室检查"
    og = f"{lab}/75g口服葡萄糖耐量试验(OGTT，孕25周)"
    c.lab(f"{og}/空腹血糖", 5.4, "mmol/L", "H", "<5.1")
    c.lab(f"{og}/服糖后1小时血糖", 11.2, "mmol/L", "H", "<10.0")
    c.lab(f"{og}/服糖后2小时血糖", 9.1, "mmol/L", "H", "<8.5", )
    c.text_lab(f"{lab}/血糖谱(入院后)", "空腹5.9mmol/L，早餐后2小时8.8mmol/L，午餐前5.6mmol/L，午餐后2小时9.2mmol/L，晚餐后2小时8.4mmol/L，"
                                     "睡前7.2mmol/L，凌晨3点5.1mmol/L")
    c.lab(f"{lab}/糖化血红蛋白(HbA1c)", 6.3, "%", "H", "4-6")
    c.text_lab(f"{lab}/血常规", "WBC 9.8×10^9/L，NEUT% 76%，HGB 108g/L↓，MCV 84fL，PLT 214×10^9/L")
    u = f"{lab}/尿常规"
    c.text_lab(f"{u}/尿糖", "（2+）")
    c.text_lab(f"{u}/尿酮体", "（±）")
    c.text_lab(f"{u}/尿蛋白", "阴性")
    c.text_lab(f"{u}/尿白细胞", "镜检2-4/HP")
    c.text_lab(f"{u}/尿比重", "1.022")
    c.text_lab(f"{lab}/肝肾功能", "ALT 18U/L，AST 22U/L，TBA 4.2μmol/L，ALB 31.6g/L↓，BUN 3.2mmol/L，Cr 48μmol/L，UA 342μmol/L")
    c.text_lab(f"{lab}/血脂", "TC 6.8mmol/L，TG 4.2mmol/L，LDL-C 3.9mmol/L，HDL-C 1.6mmol/L")
    tf = f"{lab}/甲状腺功能"
    c.lab(f"{tf}/促甲状腺激素(TSH)", 4.86, "mIU/L", "H", "0.3-3.6(孕晚期)")
    c.lab(f"{tf}/游离甲状腺素(FT4)", 11.8, "pmol/L", None, "9.8-18.6(孕晚期)")
    c.lab(f"{tf}/甲状腺过氧化物酶抗体(TPOAb)", 168, "IU/mL", "H", "<34")
    c.text_lab(f"{lab}/凝血功能", "PT 10.6s，APTT 27.2s，FIB 4.8g/L，D-二聚体 1.62mg/L FEU")
    c.text_lab(f"{lab}/阴道分泌物常规", "清洁度Ⅲ度，假丝酵母菌芽生孢子及假菌丝（+），滴虫阴性，线索细胞阴性")
    c.text_lab(f"{lab}/B族链球菌筛查(阴道及直肠拭子)", "培养阴性")
    c.text_lab(f"{lab}/感染筛查", "HBsAg阴性，抗-HCV阴性，抗-HIV阴性，梅毒TPPA阴性")
    c.text_lab(f"{lab}/血型", "O型，RhD阳性")
    c.other("胎儿监护/无应激试验(NST)", "反应型：胎心基线145次/分，20分钟内胎动3次，伴胎心加速>15次/分、持续>15秒，变异正常")
    us = "影像/产科超声(孕35+2周)"
    c.img(f"{us}/胎儿生物测量", "BPD 9.1cm，HC 32.8cm，AC 34.6cm，FL 6.9cm；估计胎儿体重约3420g（>第90百分位）")
    c.img(f"{us}/羊水", "羊水指数（AFI）27.6cm，最大羊水池深度9.4cm，提示羊水过多", reveals=True)
    c.img(f"{us}/胎盘", "胎盘位于子宫前壁，厚4.6cm，成熟度Ⅱ级，下缘距宫颈内口>7cm")
    c.img(f"{us}/脐动脉血流", "S/D 2.3，PI 0.86，RI 0.56")
    c.img(f"{us}/胎儿结构", "颅脑、颜面、脊柱、四肢及腹部脏器未见明显结构异常；胎儿胃泡可见")
    c.img("影像/胎儿超声心动图(孕26周)", "胎儿心脏四腔心切面对称，室间隔厚3.2mm（稍厚），未见结构异常")
    c.other("特殊检查/心电图", "窦性心律，心率90次/分，大致正常心电图")
    c.other("特殊检查/眼底检查", "双眼视网膜未见微血管瘤、出血及渗出")
    rec = base(3, "obstetrics",
               {"sex": "女", "age": "31岁", "age_years": 31.0, "occupation": "公司职员", "text": "女，31岁，公司职员"},
               chief_complaint="停经35+3周，发现血糖升高10周，腹胀、活动后气促1周",
               present_illness="平素月经规律，末次月经推算孕周准确。早孕期空腹血糖4.9mmol/L。孕25周行75g OGTT异常，诊断“妊娠期糖尿病”，"
                               "予饮食运动指导，未规律监测血糖。孕32周起自测空腹血糖6.0-6.4mmol/L，餐后2小时血糖9-10mmol/L，未就诊。"
                               "近1周腹部增大明显，伴腹胀、活动后气促，外阴瘙痒、白带增多。无头痛、视物模糊，无阴道流血流液，"
                               "自觉胎动正常。",
               past_history="否认孕前糖尿病、高血压、甲状腺疾病史；否认手术外伤史；否认药物过敏史。",
               personal_history="不吸烟，不饮酒。",
               marital_reproductive_history="已婚，G2P0，5年前人工流产1次。",
               family_history="父亲患2型糖尿病。",
               diagnoses=[dx("妊娠期糖尿病（A2级）", "O24.4", True), dx("羊水过多", "O40"),
                          dx("孕2产0，孕35+3周，LOA", "Z33"), dx("大于胎龄儿", "O36.6"),
                          dx("妊娠合并亚临床甲状腺功能减退", "O99.2"), dx("外阴阴道假丝酵母菌病", "B37.3"),
                          dx("妊娠合并轻度贫血", "O99.0")])
    rec["examinations"] = c.exams
    return rec


def main() -> None:
    write_zh_cases(HERE, [case0(), case1(), case2(), case3()])


if __name__ == "__main__":
    main()

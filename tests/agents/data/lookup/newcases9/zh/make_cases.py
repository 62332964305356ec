"""Write cases_zh.jsonl: 4 new Chinese inpatient cases (newcases9 / zh), one CaseRecord per line.

Cases written inline, from clinical knowledge (人卫版 内科学 / 耳鼻咽喉头颈外科学 / 精神病学 / 诊断学).
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
TOP = {"入院查体", "专科查体", "检验", "影像", "评估", "特殊检查", "专科检查", "精神检查", "量表评估",
       "体格检查", "前庭功能床旁检查"}


# The builder, fixed fields and writer are every Chinese part's (dxgym.evaluation.lookup_sets).
Case = partial(ZhCase, TOP, lab_style="ref")
base = partial(zh_case_base, "newcases9")
dx = zh_dx


# ---------------------------------------------------------------- row 0: 皮肌炎 (rheumatology / dermatology)
def case0() -> dict:
    c = Case()
    v = "入院查体/生命体征"
    c.pe(f"{v}/体温", "37.4℃")
    c.pe(f"{v}/脉搏", "92次/分")
    c.pe(f"{v}/呼吸", "22次/分")
    c.pe(f"{v}/血压", "118/72mmHg")
    c.pe(f"{v}/指脉氧饱和度", "94%（未吸氧）")
    s = "入院查体/皮肤"
    c.pe(f"{s}/向阳疹", "双上睑紫红色水肿性斑疹", reveals=True)
    c.pe(f"{s}/Gottron征/右手", "右手第2-5掌指关节及近端指间关节伸侧紫红色扁平丘疹，表面少许鳞屑")
    c.pe(f"{s}/Gottron征/左手", "左手第2、3掌指关节伸侧紫红色丘疹")
    c.pe(f"{s}/V字征", "颈前V形区红斑")
    c.pe(f"{s}/披肩征", "双肩及上背部暗红斑")
    c.pe(f"{s}/技工手", "双手示指桡侧及拇指尺侧皮肤粗糙、皲裂")
    c.pe(f"{s}/甲周", "甲周红斑，甲襞毛细血管扩张")
    c.pe("入院查体/浅表淋巴结", "全身浅表淋巴结未触及肿大")
    c.pe("入院查体/肺部", "双下肺可闻及Velcro啰音")
    c.pe("入院查体/心脏", "心率92次/分，律齐，未闻及杂音")
    c.pe("入院查体/腹部", "腹软，无压痛，肝脾肋下未及")
    m = "专科查体/肌力"
    c.pe(f"{m}/颈屈肌", "3级")
    c.pe(f"{m}/三角肌/右侧", "3+级")
    c.pe(f"{m}/三角肌/左侧", "3级")
    c.pe(f"{m}/髂腰肌/右侧", "3级")
    c.pe(f"{m}/髂腰肌/左侧", "3级")
    c.pe(f"{m}/股四头肌/右侧", "4-级")
    c.pe(f"{m}/股四头肌/左侧", "4-级")
    c.pe(f"{m}/远端肌群", "双手握力、足背屈及跖屈5级")
    c.pe("专科查体/肌肉压痛", "双上臂及大腿近端肌群压痛（+）")
    c.pe("专科查体/腱反射", "双侧肱二头肌、膝反射（+），对称")
    c.pe("专科查体/蹲起试验", "不能独立由蹲位站起")
    c.pe("专科查体/吞咽功能/洼田饮水试验", "2级（分2次咽下，无呛咳）")
    c.other("评估/徒手肌力测定(MMT-8)", "98/150分")
    c.other("评估/皮肤型皮肌炎疾病面积和严重程度指数(CDASI)", "活动度评分24分")
    lab = "检验"
    e = f"{lab}/肌酶谱"
    c.lab(f"{e}/肌酸激酶(CK)", 3860, "U/L", "H", "40-200")
    c.lab(f"{e}/肌酸激酶同工酶(CK-MB)", 62, "U/L", "H", "<25")
    c.lab(f"{e}/乳酸脱氢酶(LDH)", 612, "U/L", "H", "120-250")
    c.lab(f"{e}/肌红蛋白(Mb)", 980, "ng/mL", "H", "<70")
    c.lab(f"{e}/醛缩酶", 18.6, "U/L", "H", "<7.6")
    b = f"{lab}/血常规"
    c.lab(f"{b}/白细胞计数(WBC)", 6.2, "×10^9/L", None, "3.5-9.5")
    c.lab(f"{b}/淋巴细胞计数(LY)", 0.62, "×10^9/L", "L", "1.1-3.2")
    c.lab(f"{b}/血红蛋白(HGB)", 121, "g/L", None, "115-150")
    c.lab(f"{b}/血小板计数(PLT)", 236, "×10^9/L", None, "125-350")
    lv = f"{lab}/肝功能"
    c.lab(f"{lv}/ALT", 96, "U/L", "H", "7-40")
    c.lab(f"{lv}/AST", 168, "U/L", "H", "13-35")
    c.lab(f"{lv}/白蛋白(ALB)", 33.1, "g/L", "L", "40-55")
    c.lab(f"{lab}/肾功能/肌酐(Cr)", 46, "μmol/L", None, "41-73")
    c.lab(f"{lab}/炎症指标/红细胞沉降率(ESR)", 36, "mm/h", "H", "0-20")
    c.lab(f"{lab}/炎症指标/C反应蛋白(CRP)", 12.4, "mg/L", "H", "<10")
    c.lab(f"{lab}/炎症指标/血清铁蛋白", 820, "ng/mL", "H", "13-150")
    c.text_lab(f"{lab}/抗核抗体(ANA)", "1:320，胞浆型")
    ab = f"{lab}/肌炎抗体谱"
    c.text_lab(f"{ab}/抗Jo-1抗体", "阴性")
    c.text_lab(f"{ab}/抗MDA5抗体", "阴性")
    c.text_lab(f"{ab}/抗Mi-2抗体", "阴性")
    c.text_lab(f"{ab}/抗TIF1-γ抗体", "阳性（+++）", reveals=True)
    c.text_lab(f"{ab}/抗NXP2抗体", "阴性")
    c.text_lab(f"{ab}/抗Ro-52抗体", "阳性（+）")
    t = f"{lab}/肿瘤标志物"
    c.lab(f"{t}/CEA", 2.1, "ng/mL", None, "<5")
    c.lab(f"{t}/CA125", 18, "U/mL", None, "<35")
    c.lab(f"{t}/CA19-9", 12, "U/mL", None, "<37")
    c.lab(f"{t}/CA15-3", 9.8, "U/mL", None, "<25")
    u = f"{lab}/尿常规"
    c.text_lab(f"{u}/尿蛋白", "阴性")
    c.text_lab(f"{u}/尿潜血", "阴性")
    em = "特殊检查/肌电图"
    c.other(f"{em}/右侧三角肌", "可见纤颤电位及正锐波，运动单位电位时限缩短、波幅降低，早募集")
    c.other(f"{em}/右侧股四头肌", "少量自发电位，短时限低波幅多相电位增多")
    c.other(f"{em}/神经传导", "所测运动及感觉神经传导速度、波幅正常")
    c.other(f"{em}/结论", "肌源性损害（近端肌为主，伴活动性改变）")
    pf = "特殊检查/肺功能"
    c.other(f"{pf}/FVC", "占预计值78%")
    c.other(f"{pf}/DLCO", "占预计值64%")
    c.other("特殊检查/心电图", "窦性心律，正常心电图")
    c.other("特殊检查/胃镜", "慢性非萎缩性胃炎，未见肿物")
    c.other("特殊检查/乳腺钼靶", "双乳BI-RADS 2类")
    bx = "肌肉活检(左侧股四头肌)"
    c.other(f"{bx}/HE染色", "肌束周边萎缩，血管周围少量淋巴细胞浸润，散在坏死再生肌纤维")
    c.other(f"{bx}/免疫组化/MHC-I", "束周肌纤维膜表达上调")
    c.other(f"{bx}/免疫组化/MAC(C5b-9)", "毛细血管壁沉积")
    c.other(f"{bx}/病理诊断", "符合皮肌炎病理改变", reveals=True)
    c.img("影像/胸部HRCT", "双下肺胸膜下斑片状磨玻璃影及网格影，考虑间质性肺病（NSIP型）")
    c.img("影像/双大腿MRI(STIR序列)/右大腿", "股四头肌及内收肌群弥漫性水肿样高信号，肌筋膜受累")
    c.img("影像/双大腿MRI(STIR序列)/左大腿", "股四头肌及内收肌群水肿样高信号，较右侧为著")
    c.img("影像/全腹部增强CT", "肝胆胰脾及双肾未见明显异常，盆腔未见肿块")
    rec = base(0, "rheumatology",
               {"sex": "女", "age": "54岁", "age_years": 54.0, "occupation": "会计", "text": "女，54岁，会计"},
               chief_complaint="眼睑紫红斑3月，四肢近端无力2月，加重伴活动后气短2周",
               present_illness="患者3月前出现双上睑紫红色水肿性红斑，继之颈前、双肩背部及双手指关节伸侧红斑，日晒后加重。"
                               "2月前出现上楼、蹲起困难，梳头抬臂费力，伴肌肉酸痛，渐加重。近2周活动后气短，偶有干咳，进食偶有哽噎感。"
                               "伴低热、乏力，体重下降3kg。无关节肿痛、雷诺现象、口眼干。",
               past_history="否认高血压、糖尿病史；否认他汀类药物使用史；否认药物过敏史。",
               personal_history="不吸烟，不饮酒。",
               marital_reproductive_history="已婚，G1P1，已绝经3年。",
               family_history="母亲患“乳腺癌”。",
               diagnoses=[dx("皮肌炎（抗TIF1-γ抗体阳性）", "M33.1", True), dx("皮肌炎相关间质性肺病", "J99.1")])
    rec["examinations"] = c.exams
    return rec


# ---------------------------------------------------------------- row 1: 梅尼埃病（右侧） (otolaryngology)
def case1() -> dict:
    c = Case()
    c.pe("体格检查/生命体征", "T 36.4℃，P 72次/分，R 16次/分，BP 132/84mmHg")
    c.pe("体格检查/心肺腹", "心肺听诊未见异常，腹软无压痛")
    for side, pinna, drum in (("右耳", "未见异常", "完整，标志清，光锥存在"), ("左耳", "未见异常", "完整，标志清，光锥存在")):
        c.pe(f"专科检查/耳部/{side}/耳廓", pinna)
        c.pe(f"专科检查/耳部/{side}/外耳道", "通畅，无耵聍及分泌物")
        c.pe(f"专科检查/耳部/{side}/鼓膜", drum)
    c.pe("专科检查/鼻咽喉", "鼻腔、咽喉未见明显异常")
    tf = "专科检查/音叉试验"
    c.pe(f"{tf}/Rinne试验/右耳", "阳性（气导>骨导，均缩短）")
    c.pe(f"{tf}/Rinne试验/左耳", "阳性")
    c.pe(f"{tf}/Weber试验", "偏向左耳")
    c.pe(f"{tf}/Schwabach试验", "右耳骨导缩短")
    vb = "前庭功能床旁检查"
    c.pe(f"{vb}/自发性眼震", "发作间期未见自发性眼震")
    c.pe(f"{vb}/凝视性眼震", "未见")
    c.pe(f"{vb}/甩头试验/右侧", "阴性，无纠正性扫视")
    c.pe(f"{vb}/甩头试验/左侧", "阴性")
    c.pe(f"{vb}/Dix-Hallpike试验/右侧", "未诱发眼震及眩晕")
    c.pe(f"{vb}/Dix-Hallpike试验/左侧", "未诱发眼震及眩晕")
    c.pe(f"{vb}/Romberg试验", "阴性")
    c.pe(f"{vb}/Fukuda原地踏步试验", "50步后向右偏转约30°")
    c.pe(f"{vb}/摇头眼震", "摇头后可见短暂左向水平眼震")
    n = "体格检查/神经系统"
    c.pe(f"{n}/颅神经", "面纹对称，眼球运动充分，面部感觉对称，伸舌居中")
    c.pe(f"{n}/共济运动", "指鼻试验、跟膝胫试验稳准，轮替动作正常")
    c.pe(f"{n}/病理征", "双侧巴宾斯基征阴性")
    c.other("评估/眩晕残障程度评定量表(DHI)", "58分（中度残障）")
    c.other("评估/耳鸣残疾评估量表(THI)", "46分")
    pta = "特殊检查/纯音测听"
    c.other(f"{pta}/右耳/气导平均听阈", "52dB HL（0.5、1、2、4kHz平均）")
    c.other(f"{pta}/右耳/骨导", "与气导一致，无气骨导差")
    c.other(f"{pta}/右耳/听力曲线", "低频下降型感音神经性聋", reveals=True)
    c.other(f"{pta}/左耳", "各频率听阈≤20dB HL")
    c.other("特殊检查/言语测听/右耳言语识别率", "72%")
    ia = "特殊检查/声导抗"
    c.other(f"{ia}/鼓室图/右耳", "A型")
    c.other(f"{ia}/鼓室图/左耳", "A型")
    c.other(f"{ia}/镫骨肌反射", "双侧引出，右侧阈值升高，未见衰减")
    g = "特殊检查/甘油试验"
    c.other(f"{g}/服甘油前", "右耳0.25-1kHz听阈 55、60、55dB HL")
    c.other(f"{g}/服甘油后3小时", "右耳0.25-1kHz听阈 40、45、40dB HL")
    c.other(f"{g}/结论", "阳性（≥2个相邻频率听阈改善≥15dB）")
    ec = "特殊检查/耳蜗电图(ECochG)"
    c.other(f"{ec}/右耳", "-SP/AP 0.52（增大）")
    c.other(f"{ec}/左耳", "-SP/AP 0.28")
    vf = "特殊检查/前庭功能检查"
    c.other(f"{vf}/冷热试验", "右侧水平半规管反应减弱，单侧减弱(UW) 34%")
    c.other(f"{vf}/视频头脉冲试验(vHIT)/右侧水平半规管", "增益0.86，未见扫视波")
    c.other(f"{vf}/视频头脉冲试验(vHIT)/左侧水平半规管", "增益0.94")
    c.other(f"{vf}/颈性前庭诱发肌源性电位(cVEMP)/右耳", "波幅降低，不对称比42%")
    c.other(f"{vf}/颈性前庭诱发肌源性电位(cVEMP)/左耳", "正常引出")
    lab = "检验"
    b = f"{lab}/血常规"
    c.lab(f"{b}/白细胞计数(WBC)", 5.9, "×10^9/L", None, "3.5-9.5")
    c.lab(f"{b}/血红蛋白(HGB)", 138, "g/L", None, "115-150")
    c.lab(f"{b}/血小板计数(PLT)", 241, "×10^9/L", None, "125-350")
    c.lab(f"{lab}/空腹血糖", 5.3, "mmol/L", None, "3.9-6.1")
    lp = f"{lab}/血脂"
    c.lab(f"{lp}/总胆固醇(TC)", 5.8, "mmol/L", "H", "<5.2")
    c.lab(f"{lp}/低密度脂蛋白胆固醇(LDL-C)", 3.7, "mmol/L", "H", "<3.4")
    th = f"{lab}/甲状腺功能"
    c.lab(f"{th}/FT4", 15.2, "pmol/L", None, "12-22")
    c.lab(f"{th}/TSH", 2.4, "mIU/L", None, "0.27-4.2")
    c.text_lab(f"{lab}/梅毒螺旋体抗体(TPPA)", "阴性")
    mr = "影像/内耳钆造影MRI(3D-FLAIR)"
    c.img(f"{mr}/右侧", "耳蜗及前庭可见内淋巴间隙扩大（前庭重度积水）", reveals=True)
    c.img(f"{mr}/左侧", "未见内淋巴积水")
    c.img(f"{mr}/内听道及桥小脑角", "双侧内听道对称，未见占位")
    rec = base(1, "otolaryngology",
               {"sex": "女", "age": "46岁", "age_years": 46.0, "occupation": "小学教师", "text": "女，46岁，小学教师"},
               chief_complaint="反复发作性眩晕伴右耳听力下降、耳鸣1年，再发3天",
               present_illness="患者1年来反复发作旋转性眩晕5次，每次持续2-6小时，伴恶心呕吐、右耳闷胀感及低调耳鸣，"
                               "发作时右耳听力下降，发作后部分恢复。3天前再发眩晕约4小时，右耳听力下降较前明显，耳鸣持续。"
                               "无头痛、复视、言语不清、肢体无力，无耳痛、流脓，发作与体位变化无关。",
               past_history="否认中耳炎、耳外伤及耳毒性药物使用史；否认偏头痛史；否认药物过敏史。",
               personal_history="不吸烟，不饮酒，喜咸食。",
               marital_reproductive_history="已婚，育有1女。",
               family_history="否认家族耳聋史。",
               diagnoses=[dx("梅尼埃病（右侧，确定的）", "H81.0", True), dx("高脂血症", "E78.5")])
    rec["examinations"] = c.exams
    return rec


# ---------------------------------------------------------------- row 2: 肢端肥大症 (endocrinology / pituitary)
def case2() -> dict:
    c = Case()
    v = "入院查体/生命体征"
    c.pe(f"{v}/体温", "36.6℃")
    c.pe(f"{v}/脉搏", "84次/分")
    c.pe(f"{v}/呼吸", "18次/分")
    c.pe(f"{v}/血压", "156/96mmHg")
    c.pe("入院查体/身高体重", "身高178cm，体重92kg，BMI 29.0kg/m²")
    c.pe("入院查体/面容", "眉弓及颧骨突出，鼻翼增宽，口唇肥厚，下颌前突，牙列稀疏，咬合错位", reveals=True)
    c.pe("入院查体/舌", "舌体肥大，边缘可见齿痕")
    c.pe("入院查体/手足", "双手足宽厚增大，手指粗短，近2年鞋码由42增至45")
    c.pe("入院查体/皮肤", "皮肤粗厚、油腻多汗，颈部及腋下多发皮赘")
    c.pe("入院查体/甲状腺", "甲状腺Ⅱ度肿大，质软，可触及右叶一约1.5cm结节，随吞咽活动，未闻及血管杂音")
    c.pe("入院查体/心脏", "心界向左下扩大，心率84次/分，律齐，未闻及杂音")
    c.pe("入院查体/肺部", "双肺呼吸音清")
    c.pe("入院查体/腹部", "腹软，肝肋下1cm，脾未及")
    c.pe("入院查体/外生殖器", "睾丸容积双侧各约15mL，质地略软")
    eye = "专科检查/眼科检查"
    c.pe(f"{eye}/视力/右眼", "0.8")
    c.pe(f"{eye}/视力/左眼", "1.0")
    c.pe(f"{eye}/视野(对照法)", "双眼颞上象限视野缺损可疑")
    c.pe(f"{eye}/瞳孔", "双侧等大等圆，直径3mm，对光反射灵敏")
    c.pe(f"{eye}/眼底", "双侧视盘边界清，色淡红")
    wr = "专科检查/腕管检查"
    c.pe(f"{wr}/Tinel征/右侧", "阳性，叩击右腕掌侧放射至示、中指")
    c.pe(f"{wr}/Tinel征/左侧", "阴性")
    c.pe(f"{wr}/Phalen试验", "右侧阳性（40秒出现麻木），左侧阴性")
    lab = "检验"
    c.lab(f"{lab}/生长激素(GH,随机)", 18.6, "ng/mL", "H", "<2.0")
    c.lab(f"{lab}/胰岛素样生长因子-1(IGF-1)", 812, "ng/mL", "H", "88-246（年龄匹配）", )
    og = f"{lab}/口服葡萄糖生长激素抑制试验(OGTT-GH)"
    for t, glu, gh in (("0分钟", 6.8, 16.2), ("30分钟", 11.4, 14.8), ("60分钟", 13.2, 13.1), ("120分钟", 11.9, 12.4)):
        c.lab(f"{og}/{t}/血糖", glu, "mmol/L", None, None)
        c.lab(f"{og}/{t}/生长激素", gh, "ng/mL", None, None)
    c.other(f"{og}/结论", "GH谷值12.4ng/mL，未被抑制至<1.0ng/mL；同时OGTT 2小时血糖11.9mmol/L，达糖尿病诊断标准", reveals=True)
    p = f"{lab}/垂体前叶功能"
    c.lab(f"{p}/催乳素(PRL)", 28.4, "ng/mL", "H", "4.0-15.2")
    c.lab(f"{p}/促甲状腺激素(TSH)", 1.12, "mIU/L", None, "0.27-4.2")
    c.lab(f"{p}/游离甲状腺素(FT4)", 13.6, "pmol/L", None, "12-22")
    c.lab(f"{p}/促肾上腺皮质激素(ACTH,8am)", 32, "pg/mL", None, "7.2-63.3")
    c.lab(f"{p}/皮质醇(8am)", 386, "nmol/L", None, "133-537")
    c.lab(f"{p}/黄体生成素(LH)", 2.1, "IU/L", None, "1.7-8.6")
    c.lab(f"{p}/卵泡刺激素(FSH)", 3.4, "IU/L", None, "1.5-12.4")
    c.lab(f"{p}/睾酮(T)", 7.2, "nmol/L", "L", "8.6-29")
    c.lab(f"{lab}/糖化血红蛋白(HbA1c)", 7.1, "%", "H", "4.0-6.0")
    el = f"{lab}/电解质"
    c.lab(f"{el}/钾(K)", 4.1, "mmol/L", None, "3.5-5.3")
    c.lab(f"{el}/钙(Ca)", 2.46, "mmol/L", None, "2.11-2.52")
    c.lab(f"{el}/磷(P)", 1.62, "mmol/L", "H", "0.85-1.51")
    lp = f"{lab}/血脂"
    c.lab(f"{lp}/甘油三酯(TG)", 2.6, "mmol/L", "H", "<1.7")
    c.lab(f"{lp}/低密度脂蛋白胆固醇(LDL-C)", 3.1, "mmol/L", None, "<3.4")
    c.lab(f"{lab}/肾功能/肌酐(Cr)", 78, "μmol/L", None, "57-111")
    c.lab(f"{lab}/尿钙(24小时)", 8.6, "mmol/24h", "H", "2.5-7.5")
    c.other("特殊检查/多导睡眠监测(PSG)/呼吸暂停低通气指数(AHI)", "32次/小时（重度）")
    c.other("特殊检查/多导睡眠监测(PSG)/最低血氧饱和度", "78%")
    c.other("特殊检查/超声心动图", "左心室向心性肥厚（室间隔厚13mm），LVEF 62%，左室舒张功能减低")
    c.other("特殊检查/心电图", "窦性心律，左心室高电压")
    c.other("特殊检查/结肠镜", "乙状结肠见2枚0.5cm管状腺瘤，已内镜下切除")
    c.other("特殊检查/Humphrey视野检查/右眼", "颞上象限相对性视野缺损")
    c.other("特殊检查/Humphrey视野检查/左眼", "未见明确视野缺损")
    c.other("评估/Epworth嗜睡量表(ESS)", "14分")
    pm = "影像/垂体MRI动态增强"
    c.img(f"{pm}/所见", "鞍内及鞍上见2.2cm×1.8cm×1.9cm占位，T2WI等信号，增强后强化低于正常垂体，视交叉轻度受压上抬，右侧海绵窦未受累（Knosp 1级）")
    c.img(f"{pm}/印象", "垂体大腺瘤，结合临床符合生长激素腺瘤", reveals=True)
    c.img("影像/甲状腺超声", "甲状腺弥漫性增大，右叶中部1.4cm×1.1cm囊实性结节，C-TIRADS 3类")
    c.img("影像/双手正位X线片", "双手指骨远端丛状增生，掌指骨增粗，软组织增厚")
    rec = base(2, "endocrinology",
               {"sex": "男", "age": "45岁", "age_years": 45.0, "occupation": "出租车司机", "text": "男，45岁，出租车司机"},
               chief_complaint="面容改变、手足增大5年，头痛伴视物模糊半年",
               present_illness="患者5年来逐渐出现面容变丑、鼻唇增厚、下颌前突，戒指及鞋子渐不合适，多汗。"
                               "近半年反复双颞部胀痛，右眼视物模糊，右手示、中指夜间麻木。夜间鼾声大，白天嗜睡。"
                               "1月前体检发现血糖、血压升高。性欲减退。无多饮多尿，无溢乳。",
               past_history="发现高血压1月，未规律服药；否认结核、肝炎病史；否认药物过敏史。",
               personal_history="吸烟20年，每日20支；少量饮酒。",
               marital_reproductive_history="已婚，育有1子1女。",
               family_history="否认家族内分泌肿瘤史。",
               diagnoses=[dx("肢端肥大症（垂体生长激素大腺瘤）", "E22.0", True), dx("继发性糖尿病", "E13.9"),
                          dx("继发性高血压", "I15.2"), dx("阻塞性睡眠呼吸暂停（重度）", "G47.3"),
                          dx("右侧腕管综合征", "G56.0")])
    rec["examinations"] = c.exams
    return rec


# ---------------------------------------------------------------- row 3: 抑郁症 (psychiatry)
def case3() -> dict:
    c = Case()
    c.pe("入院查体/生命体征", "T 36.5℃，P 68次/分，R 16次/分，BP 102/64mmHg")
    c.pe("入院查体/身高体重", "身高160cm，体重46kg，BMI 18.0kg/m²（近3月下降5kg）")
    c.pe("入院查体/皮肤/左前臂", "左前臂屈侧见多道平行线状划痕，部分结痂，未见感染")
    c.pe("入院查体/皮肤/右前臂", "未见划痕及瘢痕")
    c.pe("入院查体/甲状腺", "甲状腺未触及肿大及结节")
    c.pe("入院查体/心肺腹", "心率68次/分，律齐；双肺呼吸音清；腹软无压痛")
    ns = "入院查体/神经系统"
    c.pe(f"{ns}/颅神经", "未见异常")
    c.pe(f"{ns}/肌力及肌张力", "四肢肌力5级，肌张力正常")
    c.pe(f"{ns}/腱反射", "对称（++）")
    c.pe(f"{ns}/病理征", "双侧巴宾斯基征阴性")
    g = "精神检查"
    c.other(f"{g}/一般表现", "意识清晰，定向力完整，衣着整洁，接触被动，语量少、语速慢、声音低，对答切题")
    c.other(f"{g}/感知觉", "未引出幻觉、错觉及感知综合障碍")
    c.other(f"{g}/思维", "思维迟缓，联想困难；自责自罪观念，认为“拖累家人”“一无是处”；未引出妄想")
    c.other(f"{g}/情感活动/情绪", "情绪低落，愁眉苦脸，交谈中数次流泪，晨重夜轻", reveals=True)
    c.other(f"{g}/情感活动/兴趣", "兴趣减退，既往爱好（跑步、追剧）均不愿进行，快感缺失")
    c.other(f"{g}/情感活动/焦虑", "伴坐立不安、心慌，担心病治不好")
    c.other(f"{g}/意志行为", "意志减退，卧床时间多，不能上班，生活需督促")
    c.other(f"{g}/自杀观念", "反复出现“活着没意思”的想法，2周前曾有割腕行为，近1周有自杀计划（囤积药物），否认当前意图")
    c.other(f"{g}/认知功能", "注意力不集中，近记忆力粗测减退，计算力正常")
    c.other(f"{g}/自知力", "部分存在，承认情绪有问题，但认为“治也没用”")
    q = "量表评估"
    c.other(f"{q}/汉密尔顿抑郁量表(HAMD-24)", "36分（重度抑郁）", reveals=True)
    c.other(f"{q}/汉密尔顿焦虑量表(HAMA)", "21分（肯定有明显焦虑）")
    c.other(f"{q}/患者健康问卷(PHQ-9)", "23分（重度）")
    c.other(f"{q}/广泛性焦虑量表(GAD-7)", "13分（中度）")
    c.other(f"{q}/护士用自杀风险评估量表(NGASR)", "13分（极高风险）")
    c.other(f"{q}/匹兹堡睡眠质量指数(PSQI)", "17分")
    c.other(f"{q}/蒙特利尔认知评估量表(MoCA)", "26分")
    lab = "检验"
    b = f"{lab}/血常规"
    c.lab(f"{b}/白细胞计数(WBC)", 5.1, "×10^9/L", None, "3.5-9.5")
    c.lab(f"{b}/血红蛋白(HGB)", 118, "g/L", None, "115-150")
    c.lab(f"{b}/平均红细胞体积(MCV)", 92, "fL", None, "82-100")
    c.lab(f"{b}/血小板计数(PLT)", 212, "×10^9/L", None, "125-350")
    lv = f"{lab}/肝功能"
    c.lab(f"{lv}/ALT", 14, "U/L", None, "7-40")
    c.lab(f"{lv}/AST", 18, "U/L", None, "13-35")
    c.lab(f"{lv}/白蛋白(ALB)", 38.6, "g/L", "L", "40-55")
    c.lab(f"{lab}/肾功能/肌酐(Cr)", 52, "μmol/L", None, "41-73")
    c.lab(f"{lab}/肾功能/尿素(Urea)", 3.8, "mmol/L", None, "2.6-7.5")
    el = f"{lab}/电解质"
    c.lab(f"{el}/钠(Na)", 138, "mmol/L", None, "137-147")
    c.lab(f"{el}/钾(K)", 3.6, "mmol/L", None, "3.5-5.3")
    th = f"{lab}/甲状腺功能"
    c.lab(f"{th}/FT3", 4.2, "pmol/L", None, "3.1-6.8")
    c.lab(f"{th}/FT4", 14.8, "pmol/L", None, "12-22")
    c.lab(f"{th}/TSH", 3.1, "mIU/L", None, "0.27-4.2")
    c.lab(f"{th}/抗甲状腺过氧化物酶抗体(TPOAb)", 12, "IU/mL", None, "<34")
    c.lab(f"{lab}/维生素B12", 268, "pmol/L", None, "133-675")
    c.lab(f"{lab}/叶酸", 9.6, "nmol/L", None, ">7.0")
    c.lab(f"{lab}/空腹血糖", 4.6, "mmol/L", None, "3.9-6.1")
    c.text_lab(f"{lab}/血人绒毛膜促性腺激素(β-hCG)", "<1.2mIU/mL（阴性）")
    c.other("特殊检查/心电图", "窦性心律，QTc 428ms")
    c.other("特殊检查/脑电图", "正常范围脑电图")
    c.other("特殊检查/事件相关电位(P300)", "潜伏期稍延长，波幅正常低限")
    c.img("影像/头颅MRI平扫", "脑实质未见明显异常信号")
    rec = base(3, "psychiatry",
               {"sex": "女", "age": "34岁", "age_years": 34.0, "occupation": "银行职员", "text": "女，34岁，银行职员"},
               chief_complaint="情绪低落、兴趣减退4月，加重伴消极观念1月",
               present_illness="患者4月前工作调动后逐渐出现情绪低落，高兴不起来，对以往爱好失去兴趣，自觉脑子变慢、"
                               "注意力不集中，工作频繁出错。入睡困难、早醒（凌晨3-4点醒后难再睡），食欲差，3月体重下降5kg。"
                               "近1月自觉“拖累家人”，反复想死，2周前用小刀划左前臂，近1周偷偷囤积安眠药被家人发现。"
                               "病程中无情绪高涨、话多、精力旺盛表现。否认饮酒及精神活性物质使用。",
               past_history="否认甲状腺疾病、颅脑外伤及癫痫史；否认激素类药物使用史；否认药物过敏史。",
               personal_history="本科文化，性格内向、追求完美；不吸烟，不饮酒。",
               marital_reproductive_history="已婚，育有1子（5岁），末次月经2周前。",
               family_history="母亲有“抑郁症”病史。",
               diagnoses=[dx("抑郁症（重度抑郁发作，不伴精神病性症状）", "F32.2", True), dx("非自杀性自伤", "R45.8")])
    rec["examinations"] = c.exams
    return rec


def main() -> None:
    write_zh_cases(HERE, [case0(), case1(), case2(), case3()])


if __name__ == "__main__":
    main()

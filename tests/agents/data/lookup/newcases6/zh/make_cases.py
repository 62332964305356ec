"""Write cases_zh.jsonl: 4 new Chinese inpatient cases (newcases6 / zh), one CaseRecord per line.

Cases written inline, from clinical knowledge (人卫版 内科学 / 耳鼻咽喉头颈外科学 / 妇产科学 / 外科学 / 诊断学).
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
TOP = {"入院查体", "实验室检查", "骨髓检查", "影像学检查", "特殊检查", "体格检查", "检验", "影像", "评估", "查体",
       "量表评估", "专科检查", "产科检查", "胎儿监护", "内分泌功能"}


# The builder, fixed fields and writer are every Chinese part's (dxgym.evaluation.lookup_sets).
Case = partial(ZhCase, TOP, lab_style="ref")
base = partial(zh_case_base, "newcases6")
dx = zh_dx


# ---------------------------------------------------------------- row 0: 阻塞性睡眠呼吸暂停低通气综合征 (ENT / respiratory)
def case0() -> dict:
    c = Case()
    v = "入院查体/生命体征"
    c.pe(f"{v}/体温", "36.6℃")
    c.pe(f"{v}/脉搏", "84次/分")
    c.pe(f"{v}/呼吸", "18次/分")
    c.pe(f"{v}/血压", "152/98mmHg")
    c.pe("入院查体/身高体重/身高", "172cm")
    c.pe("入院查体/身高体重/体重", "98kg")
    c.pe("入院查体/身高体重/BMI", "33.1kg/m²")
    c.pe("入院查体/颈围", "44cm")
    c.pe("入院查体/腰围", "112cm")
    c.pe("入院查体/心脏", "心率84次/分，律齐，各瓣膜听诊区未闻及杂音")
    c.pe("入院查体/肺部", "双肺呼吸音清，未闻及干湿啰音")
    c.pe("入院查体/双下肢水肿", "无")
    n = "专科检查/鼻腔"
    c.pe(f"{n}/外鼻", "外鼻无畸形")
    c.pe(f"{n}/前鼻镜/右侧", "右侧下鼻甲肥大，黏膜慢性充血，收缩后改善")
    c.pe(f"{n}/前鼻镜/左侧", "左侧下鼻甲轻度肥大，鼻道无脓性分泌物")
    c.pe(f"{n}/鼻中隔", "鼻中隔右偏，呈C形")
    o = "专科检查/口咽"
    c.pe(f"{o}/改良Mallampati分级", "Ⅳ级（仅见硬腭）")
    c.pe(f"{o}/扁桃体/右侧", "Ⅱ度肥大")
    c.pe(f"{o}/扁桃体/左侧", "Ⅱ度肥大")
    c.pe(f"{o}/软腭及悬雍垂", "软腭低垂，悬雍垂粗长，咽腔狭窄")
    c.pe(f"{o}/Friedman舌位", "Ⅲ级")
    c.pe("专科检查/下颌", "下颌后缩，咬合关系基本正常")
    c.pe("专科检查/甲状腺", "甲状腺未触及肿大，未触及结节")
    ps = "特殊检查/多导睡眠监测(PSG)"
    c.other(f"{ps}/呼吸暂停低通气指数(AHI)", "48.6次/小时（阻塞性为主，中枢性占3%）", reveals=True)
    c.other(f"{ps}/最低血氧饱和度", "71%（SpO2<90%时间占总睡眠时间的18%）")
    c.other(f"{ps}/氧减指数(ODI)", "45.2次/小时")
    c.other(f"{ps}/睡眠结构", "睡眠效率78%，N3期占4%，REM期占12%，微觉醒指数38次/小时")
    c.other(f"{ps}/体位分析", "仰卧位AHI 62次/小时，侧卧位AHI 31次/小时")
    c.other(f"{ps}/结论", "重度阻塞性睡眠呼吸暂停低通气综合征，伴中度低氧血症", reveals=True)
    en = "特殊检查/电子鼻咽喉镜"
    c.other(f"{en}/鼻咽", "鼻咽部光滑，腺样体无残留")
    c.other(f"{en}/口咽", "软腭平面前后径狭窄，舌根淋巴组织增生")
    c.other(f"{en}/喉咽及喉", "会厌形态正常，双声带光滑、运动对称")
    c.other(f"{en}/Müller试验", "腭咽平面塌陷约75%，舌根平面塌陷约50%")
    pf = "特殊检查/肺功能"
    c.other(f"{pf}/FVC", "占预计值88%")
    c.other(f"{pf}/FEV1", "占预计值86%")
    c.other(f"{pf}/FEV1-FVC", "79%")
    c.other(f"{pf}/结论", "肺通气功能大致正常")
    c.other("特殊检查/心电图", "窦性心律，左室高电压")
    c.other("特殊检查/超声心动图", "左室壁稍厚（室间隔11mm），LVEF 63%，肺动脉收缩压估测28mmHg")
    lab = "实验室检查"
    g = f"{lab}/动脉血气分析"
    c.lab(f"{g}/pH", 7.41, "", None, "7.35-7.45")
    c.lab(f"{g}/PaO2", 78, "mmHg", "L", "80-100")
    c.lab(f"{g}/PaCO2", 43, "mmHg", None, "35-45")
    c.lab(f"{g}/HCO3-", 26.5, "mmol/L", None, "22-27")
    b = f"{lab}/血常规"
    c.lab(f"{b}/白细胞计数(WBC)", 7.2, "×10^9/L", None, "3.5-9.5")
    c.lab(f"{b}/血红蛋白(HGB)", 172, "g/L", None, "130-175")
    c.lab(f"{b}/红细胞压积(HCT)", 51.5, "%", "H", "40-50")
    c.lab(f"{b}/血小板计数(PLT)", 236, "×10^9/L", None, "125-350")
    lp = f"{lab}/血脂"
    c.lab(f"{lp}/总胆固醇(TC)", 5.9, "mmol/L", "H", "<5.2")
    c.lab(f"{lp}/甘油三酯(TG)", 2.8, "mmol/L", "H", "<1.7")
    c.lab(f"{lp}/低密度脂蛋白胆固醇(LDL-C)", 3.8, "mmol/L", "H", "<3.4")
    c.lab(f"{lp}/高密度脂蛋白胆固醇(HDL-C)", 0.92, "mmol/L", "L", ">1.0")
    c.lab(f"{lab}/空腹血糖", 6.6, "mmol/L", "H", "3.9-6.1")
    c.lab(f"{lab}/糖化血红蛋白(HbA1c)", 6.2, "%", "H", "4.0-6.0")
    t = f"{lab}/甲状腺功能"
    c.lab(f"{t}/FT3", 4.6, "pmol/L", None, "3.1-6.8")
    c.lab(f"{t}/FT4", 16.2, "pmol/L", None, "12-22")
    c.lab(f"{t}/TSH", 2.1, "mIU/L", None, "0.27-4.2")
    im = "影像学检查"
    c.img(f"{im}/上气道CT/所见", "腭咽平面最小横截面积38mm²，舌咽平面最小横截面积72mm²，咽侧壁软组织增厚")
    c.img(f"{im}/上气道CT/印象", "上气道多平面狭窄，以腭咽平面为著")
    c.img(f"{im}/头影测量(X线头颅侧位片)", "SNB角74°，下颌后缩，舌骨下移（MP-H 24mm）")
    s = "量表评估"
    c.other(f"{s}/Epworth嗜睡量表(ESS)", "16分（显著日间嗜睡）")
    c.other(f"{s}/STOP-Bang问卷", "7分（高风险）")
    rec = base(0, "otolaryngology",
               {"sex": "男", "age": "48岁", "age_years": 48.0, "occupation": "出租车司机",
                "text": "男，48岁，出租车司机"},
               chief_complaint="夜间打鼾10年，加重伴憋醒、白天嗜睡2年",
               present_illness="患者10年前起夜间睡眠打鼾，鼾声响亮，体重增加后加重。2年前家属发现其夜间反复呼吸停止，"
                               "每次10余秒后憋醒，夜尿2-3次，晨起口干、头痛，白天嗜睡，开车等红灯时曾打盹。"
                               "近1年记忆力下降、易怒。无发热咳嗽，无胸痛，无下肢水肿。",
               past_history="高血压病史3年，未规律服药；否认糖尿病史；否认鼻部手术史；否认药物过敏史。",
               personal_history="吸烟20年，每日15支；每晚饮白酒约100mL。",
               marital_reproductive_history="已婚，育有1女。",
               family_history="父亲打鼾，患高血压。",
               diagnoses=[dx("阻塞性睡眠呼吸暂停低通气综合征（重度）", "G47.3", True), dx("高血压病2级", "I10"),
                          dx("肥胖症", "E66.9"), dx("鼻中隔偏曲", "J34.2")])
    rec["examinations"] = c.exams
    return rec


# ---------------------------------------------------------------- row 1: 重型再生障碍性贫血 (haematology)
def case1() -> dict:
    c = Case()
    pe = "体格检查"
    c.pe(f"{pe}/生命体征", "T 37.6℃，P 108次/分，R 20次/分，BP 112/64mmHg")
    c.pe(f"{pe}/一般情况", "神志清，重度贫血貌，精神差")
    sk = f"{pe}/皮肤黏膜"
    c.pe(f"{sk}/皮肤出血点", "双下肢及躯干散在针尖样出血点，左上臂见2cm×3cm瘀斑")
    c.pe(f"{sk}/睑结膜", "睑结膜苍白")
    c.pe(f"{sk}/口腔黏膜", "颊黏膜见2处血疱，牙龈少许渗血，咽部轻度充血")
    c.pe(f"{pe}/浅表淋巴结", "全身浅表淋巴结未触及肿大")
    c.pe(f"{pe}/胸骨压痛", "无")
    c.pe(f"{pe}/肺部", "双肺呼吸音清，未闻及啰音")
    c.pe(f"{pe}/心脏", "心率108次/分，律齐，心尖区2/6级收缩期吹风样杂音")
    c.pe(f"{pe}/腹部/肝脏", "肝肋下未触及")
    c.pe(f"{pe}/腹部/脾脏", "脾肋下未触及")
    c.pe(f"{pe}/眼底/右眼", "视网膜见数处火焰状出血")
    c.pe(f"{pe}/眼底/左眼", "视网膜未见出血")
    c.pe(f"{pe}/束臂试验", "阳性（5cm直径圆内新出血点>10个）")
    c.pe(f"{pe}/肛周", "肛周无红肿、无脓肿")
    lab = "检验"
    b = f"{lab}/血常规"
    c.lab(f"{b}/白细胞计数(WBC)", 1.1, "×10^9/L", "L", "3.5-9.5")
    c.lab(f"{b}/中性粒细胞绝对值(ANC)", 0.15, "×10^9/L", "L", "1.8-6.3")
    c.lab(f"{b}/淋巴细胞绝对值", 0.86, "×10^9/L", "L", "1.1-3.2")
    c.lab(f"{b}/血红蛋白(HGB)", 52, "g/L", "L", "115-150")
    c.lab(f"{b}/平均红细胞体积(MCV)", 101, "fL", "H", "82-100")
    c.lab(f"{b}/血小板计数(PLT)", 6, "×10^9/L", "L", "125-350")
    r = f"{lab}/网织红细胞"
    c.lab(f"{r}/网织红细胞百分比", 0.2, "%", "L", "0.5-1.5")
    c.lab(f"{r}/网织红细胞绝对值", 3.6, "×10^9/L", "L", "24-84")
    c.text_lab(f"{lab}/外周血涂片", "三系减少，未见原始及幼稚细胞，未见破碎红细胞，成熟红细胞形态大致正常")
    h = f"{lab}/溶血相关检查"
    c.lab(f"{h}/乳酸脱氢酶(LDH)", 186, "U/L", None, "120-250")
    c.lab(f"{h}/间接胆红素(IBIL)", 8.2, "μmol/L", None, "<17")
    c.lab(f"{h}/结合珠蛋白", 0.92, "g/L", None, "0.3-2.0")
    c.text_lab(f"{h}/直接抗人球蛋白试验(Coombs)", "阴性")
    p = f"{lab}/PNH克隆检测(外周血流式)"
    c.text_lab(f"{p}/FLAER", "粒细胞FLAER缺失克隆0.3%，单核细胞0.5%（小PNH克隆）")
    c.text_lab(f"{p}/CD55", "红细胞CD55缺失<1%")
    c.text_lab(f"{p}/CD59", "红细胞CD59缺失<1%")
    fe = f"{lab}/铁代谢"
    c.lab(f"{fe}/血清铁", 38.6, "μmol/L", "H", "7.8-32.2")
    c.lab(f"{fe}/铁蛋白", 486, "ng/mL", "H", "13-150")
    c.lab(f"{fe}/转铁蛋白饱和度", 72, "%", "H", "20-50")
    c.lab(f"{lab}/叶酸", 9.8, "ng/mL", None, ">3.9")
    c.lab(f"{lab}/维生素B12", 420, "pg/mL", None, "211-911")
    lv = f"{lab}/肝功能"
    c.lab(f"{lv}/ALT", 22, "U/L", None, "7-40")
    c.lab(f"{lv}/AST", 18, "U/L", None, "13-35")
    c.lab(f"{lv}/总胆红素(TBIL)", 11.4, "μmol/L", None, "3.4-20.5")
    v = f"{lab}/病毒学检查"
    c.text_lab(f"{v}/乙肝表面抗原(HBsAg)", "阴性")
    c.text_lab(f"{v}/丙肝抗体(抗HCV)", "阴性")
    c.text_lab(f"{v}/EB病毒DNA", "<500 copies/mL")
    c.text_lab(f"{v}/巨细胞病毒DNA", "<500 copies/mL")
    k = f"{lab}/凝血功能"
    c.lab(f"{k}/PT", 12.0, "s", None, "9.4-12.5")
    c.lab(f"{k}/APTT", 31.6, "s", None, "25.1-36.5")
    c.lab(f"{k}/纤维蛋白原(FIB)", 3.6, "g/L", None, "2.0-4.0")
    c.lab(f"{lab}/C反应蛋白(CRP)", 18.4, "mg/L", "H", "<5")
    c.text_lab(f"{lab}/HLA高分辨分型", "已完成，同胞兄长HLA 10/10相合")
    bm = "骨髓检查/骨髓穿刺(左髂后上棘)"
    c.text_lab(f"{bm}/骨髓涂片/增生程度", "骨髓增生极度低下，油滴多，骨髓小粒空虚", reveals=True)
    c.text_lab(f"{bm}/骨髓涂片/粒系", "粒系比例明显减低，以成熟阶段为主")
    c.text_lab(f"{bm}/骨髓涂片/红系", "红系比例明显减低")
    c.text_lab(f"{bm}/骨髓涂片/巨核细胞", "全片未见巨核细胞")
    c.text_lab(f"{bm}/骨髓涂片/非造血细胞", "淋巴细胞、浆细胞、组织嗜碱细胞等非造血细胞比例增高（78%）")
    c.text_lab(f"{bm}/染色体核型分析", "46,XX[20]，未见克隆性异常")
    c.text_lab(f"{bm}/髓系肿瘤相关基因突变", "未检出ASXL1、RUNX1、TP53等致病突变")
    c.text_lab("骨髓检查/骨髓穿刺(胸骨)/骨髓涂片", "增生减低，巨核细胞未见，非造血细胞比例增高")
    bx = "骨髓检查/骨髓活检(右髂后上棘)"
    c.text_lab(f"{bx}/病理", "造血组织容积约5%，脂肪组织显著增多，未见异常细胞浸润", reveals=True)
    c.text_lab(f"{bx}/网状纤维染色", "MF-0级")
    im = "影像"
    c.img(f"{im}/胸部CT", "双肺未见明显渗出及结节，纵隔未见肿大淋巴结")
    c.img(f"{im}/腹部彩超", "肝脾不大，胆囊、胰腺未见异常")
    c.other("评估/WHO出血分级", "2级（皮肤黏膜出血、眼底出血）")
    rec = base(1, "hematology",
               {"sex": "女", "age": "24岁", "age_years": 24.0, "occupation": "研究生",
                "text": "女，24岁，研究生"},
               chief_complaint="乏力、皮肤出血点1月，发热2天",
               present_illness="患者1月前出现乏力、活动后心悸，双下肢散在出血点，刷牙时牙龈出血，月经量增多。"
                               "2天前出现发热，体温最高38.2℃，伴咽痛。外院血常规示三系减少（WBC 1.3×10^9/L，HGB 58g/L，"
                               "PLT 8×10^9/L），收入院。病程中无黄疸、酱油色尿，无骨痛，无关节痛、皮疹。",
               past_history="3月前曾患“病毒性肝炎”？否认；否认苯、油漆及放射线接触史；否认氯霉素等用药史；否认药物过敏史。",
               personal_history="不吸烟，不饮酒。",
               marital_reproductive_history="未婚，月经规律，近1月经量增多。",
               family_history="父母体健，有1兄体健；否认家族血液病史。",
               diagnoses=[dx("重型再生障碍性贫血", "D61.9", True), dx("粒细胞缺乏伴发热", "D70"),
                          dx("急性咽炎", "J02.9")])
    rec["examinations"] = c.exams
    return rec


# ---------------------------------------------------------------- row 2: 妊娠期肝内胆汁淤积症 (obstetrics)
def case2() -> dict:
    c = Case()
    v = "入院查体/生命体征"
    c.pe(f"{v}/体温", "36.7℃")
    c.pe(f"{v}/脉搏", "88次/分")
    c.pe(f"{v}/呼吸", "18次/分")
    c.pe(f"{v}/血压", "118/72mmHg")
    c.pe("入院查体/皮肤/抓痕", "四肢及腹部散在抓痕，手掌、足底明显，未见原发皮疹")
    c.pe("入院查体/皮肤/黄疸", "皮肤巩膜无明显黄染")
    c.pe("入院查体/心肺", "心肺听诊未见异常")
    c.pe("入院查体/腹部", "膨隆如孕周，无压痛，肝脾触诊不满意，肝区无叩痛")
    c.pe("入院查体/双下肢水肿", "双下肢轻度水肿（+）")
    ob = "产科检查"
    c.pe(f"{ob}/宫高", "31cm")
    c.pe(f"{ob}/腹围", "96cm")
    l4 = f"{ob}/四步触诊"
    c.pe(f"{l4}/第一步", "宫底部触及软而宽、形态不规则的胎臀")
    c.pe(f"{l4}/第二步", "胎背位于母体腹部左侧")
    c.pe(f"{l4}/第三步", "耻骨联合上方触及圆而硬的胎头，可推动")
    c.pe(f"{l4}/第四步", "胎先露未入盆")
    c.pe(f"{ob}/胎心率", "142次/分，规律，位于左下腹")
    c.pe(f"{ob}/宫缩", "无规律宫缩")
    pv = f"{ob}/骨盆外测量"
    c.pe(f"{pv}/髂棘间径", "24cm")
    c.pe(f"{pv}/髂嵴间径", "27cm")
    c.pe(f"{pv}/骶耻外径", "19cm")
    c.pe(f"{pv}/坐骨结节间径", "9cm")
    c.pe(f"{ob}/阴道检查", "宫颈质中，居中，宫颈管消退约30%，宫口未开，先露头S-3，胎膜未破")
    c.pe(f"{ob}/宫颈Bishop评分", "3分")
    lab = "实验室检查"
    c.lab(f"{lab}/血清总胆汁酸(TBA)", 46.8, "μmol/L", "H", "<10")
    lv = f"{lab}/肝功能"
    c.lab(f"{lv}/ALT", 186, "U/L", "H", "7-40")
    c.lab(f"{lv}/AST", 124, "U/L", "H", "13-35")
    c.lab(f"{lv}/总胆红素(TBIL)", 18.6, "μmol/L", None, "3.4-20.5")
    c.lab(f"{lv}/直接胆红素(DBIL)", 7.8, "μmol/L", "H", "<6.8")
    c.lab(f"{lv}/γ-谷氨酰转移酶(GGT)", 32, "U/L", None, "7-45")
    c.lab(f"{lv}/碱性磷酸酶(ALP)", 286, "U/L", "H", "35-100（非孕期）")
    c.lab(f"{lv}/白蛋白(ALB)", 32.4, "g/L", "L", "40-55")
    b = f"{lab}/血常规"
    c.lab(f"{b}/白细胞计数(WBC)", 9.6, "×10^9/L", None, "3.5-9.5")
    c.lab(f"{b}/血红蛋白(HGB)", 112, "g/L", None, "110-150")
    c.lab(f"{b}/血小板计数(PLT)", 196, "×10^9/L", None, "125-350")
    k = f"{lab}/凝血功能"
    c.lab(f"{k}/PT", 11.2, "s", None, "9.4-12.5")
    c.lab(f"{k}/APTT", 28.4, "s", None, "25.1-36.5")
    c.lab(f"{k}/纤维蛋白原(FIB)", 4.6, "g/L", "H", "2.0-4.0")
    hv = f"{lab}/肝炎病毒标志物"
    c.text_lab(f"{hv}/HBsAg", "阴性")
    c.text_lab(f"{hv}/抗HCV", "阴性")
    c.text_lab(f"{hv}/抗HEV-IgM", "阴性")
    og = f"{lab}/75g口服葡萄糖耐量试验(OGTT,孕25周)"
    c.lab(f"{og}/空腹血糖", 4.6, "mmol/L", None, "<5.1")
    c.lab(f"{og}/1小时血糖", 8.9, "mmol/L", None, "<10.0")
    c.lab(f"{og}/2小时血糖", 7.4, "mmol/L", None, "<8.5")
    u = f"{lab}/尿常规"
    c.text_lab(f"{u}/尿蛋白", "阴性")
    c.text_lab(f"{u}/尿糖", "阴性")
    c.text_lab(f"{u}/尿胆原", "正常")
    c.text_lab(f"{u}/尿胆红素", "阴性")
    fm = "胎儿监护"
    c.other(f"{fm}/无应激试验(NST)", "反应型：基线142次/分，20分钟内胎动伴加速3次，变异中等")
    c.other(f"{fm}/胎儿生物物理评分(BPP)", "8/8分")
    c.other(f"{fm}/自数胎动", "每2小时约12次")
    im = "影像"
    us = f"{im}/产科超声"
    c.img(f"{us}/胎位", "单活胎，头位")
    c.img(f"{us}/生物学测量", "双顶径85mm，头围310mm，腹围298mm，股骨长65mm，估计胎儿体重2350g")
    c.img(f"{us}/羊水指数", "12.6cm")
    c.img(f"{us}/胎盘", "胎盘附着于子宫后壁，Ⅱ级，下缘距宫颈内口>7cm")
    c.img(f"{us}/脐动脉血流", "S/D 2.4，PI 0.92，无舒张末期血流缺失")
    c.img(f"{us}/大脑中动脉血流", "MCA-PSV 46cm/s（1.0 MoM）")
    c.img(f"{im}/肝胆胰脾彩超", "肝脏大小形态正常，肝内外胆管无扩张，胆囊未见结石，胆汁淤积不明显")
    c.other("评估/瘙痒程度评分(VAS)", "7分（夜间加重）")
    rec = base(2, "obstetrics",
               {"sex": "女", "age": "30岁", "age_years": 30.0, "occupation": "会计",
                "text": "女，30岁，会计，G2P0，孕34+2周"},
               chief_complaint="停经34+2周，皮肤瘙痒2周，发现肝功能异常1天",
               present_illness="患者平素月经规律，停经后定期产检，早孕期NT、唐氏筛查低风险，孕25周OGTT正常。2周前出现手掌、"
                               "足底瘙痒，渐蔓延至四肢及腹部，夜间加重影响睡眠，无皮疹。1天前产检查ALT 186U/L、"
                               "总胆汁酸46.8μmol/L收入院。自觉胎动如常，无腹痛、阴道流血流液，无头痛视物模糊，无恶心呕吐、陶土样便。",
               past_history="否认肝炎、胆石症病史；否认高血压、糖尿病史；否认药物过敏史。",
               personal_history="不吸烟，不饮酒。",
               marital_reproductive_history="已婚，G2P0，2年前孕8周自然流产1次。",
               family_history="母亲孕期曾有“皮肤瘙痒”，具体不详。",
               diagnoses=[dx("妊娠期肝内胆汁淤积症（重度）", "O26.6", True), dx("孕2产0，孕34+2周，头位", "Z34.0")])
    rec["examinations"] = c.exams
    return rec


# ---------------------------------------------------------------- row 3: 库欣综合征（左肾上腺皮质腺瘤） (endocrine surgery)
def case3() -> dict:
    c = Case()
    c.pe("查体/生命体征/体温", "36.5℃")
    c.pe("查体/生命体征/脉搏", "86次/分")
    c.pe("查体/生命体征/血压/右上肢", "162/102mmHg")
    c.pe("查体/生命体征/血压/左上肢", "158/100mmHg")
    c.pe("查体/身高体重", "身高158cm，体重72kg，BMI 28.8kg/m²")
    c.pe("查体/体型", "向心性肥胖，满月脸、多血质外貌，锁骨上窝脂肪垫及水牛背，四肢相对细瘦", reveals=True)
    s = "查体/皮肤"
    c.pe(f"{s}/紫纹", "下腹部、双侧大腿内侧及腋前可见宽大紫红色皮纹，最宽处1.2cm", reveals=True)
    c.pe(f"{s}/痤疮", "面部、前胸散在痤疮")
    c.pe(f"{s}/多毛", "上唇细须，Ferriman-Gallwey评分9分")
    c.pe(f"{s}/瘀斑", "双前臂可见多处瘀斑，皮肤菲薄")
    c.pe("查体/甲状腺", "甲状腺不大，未触及结节")
    c.pe("查体/心肺", "心率86次/分，律齐，双肺呼吸音清")
    c.pe("查体/腹部", "腹部膨隆，腹软，无压痛，双肾区无叩痛，未触及包块")
    c.pe("查体/双下肢水肿", "双下肢轻度凹陷性水肿")
    m = "查体/肌力"
    c.pe(f"{m}/近端肌力", "双侧屈髋、肩外展肌力4级，远端肌力5级")
    c.pe(f"{m}/蹲起试验", "不扶物不能从下蹲位站起")
    c.pe("查体/视野(对照法)", "双眼视野粗测正常")
    e = "内分泌功能"
    cr = f"{e}/血皮质醇节律"
    c.lab(f"{cr}/8时", 612, "nmol/L", "H", "133-537")
    c.lab(f"{cr}/16时", 586, "nmol/L", "H", "68-327")
    c.lab(f"{cr}/0时", 574, "nmol/L", "H", "<50（睡眠状态）")
    c.lab(f"{e}/血浆ACTH(8时)", "<1.1", "pmol/L", "L", "1.6-13.9")
    c.lab(f"{e}/24小时尿游离皮质醇(UFC)", 1246, "nmol/24h", "H", "100-379")
    c.text_lab(f"{e}/午夜唾液皮质醇", "18.6nmol/L ↑（参考值<4.3）")
    c.text_lab(f"{e}/1mg过夜地塞米松抑制试验", "次晨血皮质醇528nmol/L（未被抑制，>50nmol/L）")
    ld = f"{e}/大剂量地塞米松抑制试验(8mg)"
    c.lab(f"{ld}/基线24小时UFC", 1210, "nmol/24h", "H", "100-379")
    c.lab(f"{ld}/服药后24小时UFC", 1168, "nmol/24h", "H", "100-379")
    c.text_lab(f"{ld}/结论", "未被抑制（下降3.5%）")
    ra = f"{e}/肾素-醛固酮"
    c.lab(f"{ra}/醛固酮(立位)", 142, "pg/mL", None, "30-353")
    c.lab(f"{ra}/肾素活性(立位)", 1.8, "ng/mL/h", None, "0.93-6.56")
    c.lab(f"{ra}/醛固酮-肾素比值(ARR)", 7.9, "", None, "<30")
    cm = f"{e}/血浆甲氧基肾上腺素类物质"
    c.lab(f"{cm}/甲氧基肾上腺素(MN)", 0.21, "nmol/L", None, "<0.5")
    c.lab(f"{cm}/甲氧基去甲肾上腺素(NMN)", 0.48, "nmol/L", None, "<0.9")
    c.lab(f"{e}/硫酸脱氢表雄酮(DHEA-S)", 0.9, "μmol/L", "L", "2.2-9.2")
    lab = "检验"
    bc = f"{lab}/生化"
    c.lab(f"{bc}/钾", 3.1, "mmol/L", "L", "3.5-5.3")
    c.lab(f"{bc}/钠", 145, "mmol/L", None, "137-147")
    c.lab(f"{bc}/空腹葡萄糖", 7.4, "mmol/L", "H", "3.9-6.1")
    c.lab(f"{bc}/肌酐", 58, "μmol/L", None, "41-81")
    c.lab(f"{bc}/总胆固醇", 6.3, "mmol/L", "H", "<5.2")
    c.lab(f"{bc}/甘油三酯", 2.4, "mmol/L", "H", "<1.7")
    c.lab(f"{lab}/糖化血红蛋白(HbA1c)", 7.1, "%", "H", "4.0-6.0")
    b = f"{lab}/血常规"
    c.lab(f"{b}/白细胞计数(WBC)", 11.8, "×10^9/L", "H", "3.5-9.5")
    c.lab(f"{b}/中性粒细胞百分比", 82, "%", "H", "40-75")
    c.lab(f"{b}/淋巴细胞百分比", 12, "%", "L", "20-50")
    c.lab(f"{b}/嗜酸性粒细胞百分比", 0.2, "%", "L", "0.4-8.0")
    c.lab(f"{b}/血红蛋白(HGB)", 148, "g/L", None, "115-150")
    im = "影像"
    ct = f"{im}/肾上腺增强CT"
    c.img(f"{ct}/左侧肾上腺", "左侧肾上腺外侧支见3.2cm×2.8cm类圆形结节，平扫CT值8HU，增强均匀强化，绝对廓清率68%",
          reveals=True)
    c.img(f"{ct}/右侧肾上腺", "右侧肾上腺体部及内外侧支变细（萎缩）")
    c.img(f"{ct}/印象", "左侧肾上腺腺瘤（富脂），右侧肾上腺萎缩", reveals=True)
    c.img(f"{im}/垂体MRI增强", "垂体形态及信号未见异常，未见微腺瘤")
    c.img(f"{im}/胸腰椎正侧位片", "胸腰椎骨质疏松，L1椎体轻度楔形变")
    dx_ = "特殊检查/骨密度(DXA)"
    c.other(f"{dx_}/腰椎L1-L4", "T值 -2.8，Z值 -2.6")
    c.other(f"{dx_}/左股骨颈", "T值 -1.9")
    c.other("特殊检查/心电图", "窦性心律，ST-T改变（Ⅱ、Ⅲ、aVF导联T波低平），可见U波")
    c.other("特殊检查/眼科检查", "双眼眼压正常，晶状体透明，眼底动脉硬化Ⅰ期")
    q = "量表评估"
    c.other(f"{q}/患者健康问卷(PHQ-9)", "12分（中度抑郁症状）")
    c.other(f"{q}/库欣生活质量量表(CushingQoL)", "38分")
    rec = base(3, "endocrine surgery",
               {"sex": "女", "age": "36岁", "age_years": 36.0, "occupation": "小学教师",
                "text": "女，36岁，小学教师"},
               chief_complaint="体重增加、面部变圆1年半，血压升高8月，双下肢乏力3月",
               present_illness="患者1年半前起体重增加约12kg，以腹部为主，面部变圆变红，皮肤变薄易瘀青，下腹及大腿出现紫红色条纹。"
                               "8月前发现血压升高，最高170/105mmHg，服药控制欠佳。3月前出现上楼、下蹲后起立困难，月经稀少，"
                               "情绪低落、失眠。外院血糖偏高、血钾3.0mmol/L，收入内分泌外科。无头痛、视物模糊，无阵发性心悸大汗。",
               past_history="否认糖皮质激素类药物（含外用、关节腔注射及中药）使用史；否认结核病史；否认药物过敏史。",
               personal_history="不吸烟，不饮酒。",
               marital_reproductive_history="已婚，G1P1；近1年月经稀发。",
               family_history="否认家族内分泌疾病史。",
               diagnoses=[dx("库欣综合征（左肾上腺皮质腺瘤，ACTH非依赖性）", "E24.8", True),
                          dx("继发性高血压", "I15.2"), dx("类固醇性糖尿病", "E13.9"), dx("低钾血症", "E87.6"),
                          dx("骨质疏松症", "M81.9")])
    rec["examinations"] = c.exams
    return rec


def main() -> None:
    write_zh_cases(HERE, [case0(), case1(), case2(), case3()])


if __name__ == "__main__":
    main()

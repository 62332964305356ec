"""Write cases_zh.jsonl: 4 new Chinese inpatient cases (newcases4 / zh), one CaseRecord per line.

Cases written inline, from clinical knowledge (人卫版 外科学 / 内科学 / 耳鼻咽喉头颈外科学 / 神经病学 / 诊断学).
Each record is built from its source-key path: name = last segment, group = the parent segment (or the name
itself when the parent is a top-level container), so layouts differ case by case (containers, nesting depth,
per-side and per-site records). No path segment contains "/" (source keys are RFC 6901-style paths).
Run: .venv/bin/python make_cases.py
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from dxgym.evaluation.lookup_sets import ZhCase, write_zh_cases, zh_case_base, zh_dx

HERE = Path(__file__).resolve().parent
TOP = {"体格检查", "专科检查", "辅助检查", "实验室检查", "影像学检查", "特殊检查", "入院评估", "听力学检查",
       "前庭功能检查", "量表评估", "内镜检查", "生命体征", "查体", "专科查体", "疾病评估", "眼科会诊", "影像学",
       "入院查体", "神经系统检查", "神经心理评估", "检验", "影像", "电生理"}


# The builder, fixed fields and writer are every Chinese part's (dxgym.evaluation.lookup_sets).
Case = partial(ZhCase, TOP, lab_style="plain")
base = partial(zh_case_base, "newcases4")
dx = zh_dx


# ---------------------------------------------------------------- row 0: 原发性甲状旁腺功能亢进症 (endocrine surgery)
def case0() -> dict:
    c = Case()
    v = "体格检查/生命体征"
    c.pe(f"{v}/体温", "36.6℃")
    c.pe(f"{v}/脉搏", "78次/分")
    c.pe(f"{v}/呼吸", "18次/分")
    c.pe(f"{v}/血压", "146/88mmHg")
    c.pe("体格检查/一般情况", "神志清楚，精神欠佳，体型偏瘦（BMI 20.3 kg/m²），步入病房，查体合作")
    c.pe("体格检查/皮肤黏膜", "皮肤干燥，弹性稍差，无黄染、皮疹及出血点")
    c.pe("体格检查/头颈部/甲状腺", "甲状腺未触及肿大，双侧叶未触及明确结节，质软，无压痛，随吞咽上下活动，未闻及血管杂音")
    c.pe("体格检查/头颈部/颈部淋巴结", "双侧颈部未触及肿大淋巴结")
    c.pe("体格检查/头颈部/气管", "气管居中")
    c.pe("体格检查/胸部/肺部", "双肺呼吸音清，未闻及干湿啰音")
    c.pe("体格检查/胸部/心脏", "心率78次/分，律齐，各瓣膜听诊区未闻及病理性杂音")
    c.pe("体格检查/腹部", "腹平软，无压痛及反跳痛，肝脾肋下未触及，肠鸣音3次/分")
    c.pe("体格检查/肾区叩击痛/左侧", "阳性（+）")
    c.pe("体格检查/肾区叩击痛/右侧", "阴性")
    c.pe("体格检查/脊柱四肢/脊柱", "胸腰段轻度后凸，T12、L1棘突叩痛（+），无放射痛")
    c.pe("体格检查/脊柱四肢/下肢水肿", "双下肢无水肿")
    c.pe("体格检查/神经系统/肌力", "双下肢近端肌力4+级，远端5级；双上肢肌力5级")
    c.pe("体格检查/神经系统/腱反射", "双侧膝反射、跟腱反射对称减弱（+）")
    c.pe("体格检查/神经系统/病理征", "双侧巴宾斯基征阴性")
    c.pe("专科检查/颈部外形", "颈部对称，无手术瘢痕，无颈静脉怒张，未见异常搏动")
    c.pe("专科检查/发音", "发音清晰，无声嘶，饮水无呛咳")
    c.pe("专科检查/低钙体征/面神经叩击征(Chvostek征)", "双侧阴性")
    c.pe("专科检查/低钙体征/束臂加压试验(Trousseau征)", "阴性（血压袖带加压至收缩压以上3分钟未诱发手足搐搦）")
    lab = "辅助检查/实验室检查"
    R = "ref"
    c.lab(f"{lab}/血常规/白细胞计数(WBC)", 6.1, "×10^9/L", None, "3.5-9.5", style=R)
    c.lab(f"{lab}/血常规/血红蛋白(HGB)", 112, "g/L", "L", "115-150", style=R)
    c.lab(f"{lab}/血常规/血小板计数(PLT)", 228, "×10^9/L", None, "125-350", style=R)
    g = f"{lab}/血生化"
    c.lab(f"{g}/总钙(Ca)", 3.02, "mmol/L", "H", "2.11-2.52", style=R)
    c.lab(f"{g}/白蛋白校正钙", 3.06, "mmol/L", "H", "2.11-2.52", style=R)
    c.lab(f"{g}/无机磷(P)", 0.62, "mmol/L", "L", "0.85-1.51", style=R)
    c.lab(f"{g}/镁(Mg)", 0.82, "mmol/L", None, "0.75-1.02", style=R)
    c.lab(f"{g}/碱性磷酸酶(ALP)", 218, "U/L", "H", "50-135", style=R)
    c.lab(f"{g}/白蛋白(ALB)", 38.5, "g/L", "L", "40-55", style=R)
    c.lab(f"{g}/丙氨酸氨基转移酶(ALT)", 18, "U/L", None, "7-40", style=R)
    c.lab(f"{g}/肌酐(Cr)", 98, "μmol/L", "H", "41-81", style=R)
    c.lab(f"{g}/估算肾小球滤过率(eGFR)", 54, "mL/min/1.73m²", "L", ">90", style=R)
    c.lab(f"{g}/尿素(Urea)", 6.8, "mmol/L", None, "2.6-7.5", style=R)
    c.lab(f"{g}/尿酸(UA)", 412, "μmol/L", "H", "155-357", style=R)
    c.lab(f"{g}/钾(K)", 3.7, "mmol/L", None, "3.5-5.3", style=R)
    c.lab(f"{g}/钠(Na)", 140, "mmol/L", None, "137-147", style=R)
    c.lab(f"{g}/氯(Cl)", 109, "mmol/L", "H", "99-108", style=R)
    c.lab(f"{g}/葡萄糖(GLU)", 5.2, "mmol/L", None, "3.9-6.1", style=R)
    b = f"{lab}/静脉血气分析"
    c.lab(f"{b}/pH", 7.35, "", None, "7.32-7.43", style=R)
    c.lab(f"{b}/离子钙(iCa)", 1.52, "mmol/L", "H", "1.10-1.34", style=R)
    c.lab(f"{b}/乳酸(Lac)", 1.1, "mmol/L", None, "0.5-2.2", style=R)
    c.lab(f"{lab}/甲状旁腺激素(PTH)", 286, "pg/mL", "H", "15-65", style=R)
    m = f"{lab}/骨代谢标志物"
    c.lab(f"{m}/25-羟维生素D[25(OH)D]", 16.8, "ng/mL", "L", "30-100", style=R)
    c.lab(f"{m}/N端骨钙素(N-MID)", 68.2, "ng/mL", "H", "15-46", style=R)
    c.lab(f"{m}/β-胶原降解产物(β-CTX)", 1.42, "ng/mL", "H", "<0.57", style=R)
    c.lab(f"{m}/总Ⅰ型胶原氨基端延长肽(P1NP)", 156, "ng/mL", "H", "20-76", style=R)
    t = f"{lab}/甲状腺功能"
    c.lab(f"{t}/FT3", 4.6, "pmol/L", None, "3.1-6.8", style=R)
    c.lab(f"{t}/FT4", 15.2, "pmol/L", None, "12-22", style=R)
    c.lab(f"{t}/TSH", 2.14, "mIU/L", None, "0.27-4.2", style=R)
    c.lab(f"{t}/TgAb", 12, "IU/mL", None, "<115", style=R)
    c.lab(f"{t}/TPOAb", 9, "IU/mL", None, "<34", style=R)
    c.lab(f"{lab}/降钙素", 2.1, "pg/mL", None, "<6.4", style=R)
    mn = f"{lab}/血浆游离甲氧基肾上腺素类物质"
    c.lab(f"{mn}/甲氧基肾上腺素(MN)", 0.18, "nmol/L", None, "<0.5", style=R)
    c.lab(f"{mn}/甲氧基去甲肾上腺素(NMN)", 0.42, "nmol/L", None, "<0.9", style=R)
    u = f"{lab}/24小时尿生化"
    c.lab(f"{u}/24小时尿量", 2650, "mL")
    c.lab(f"{u}/尿钙", 9.8, "mmol/24h", "H", "2.5-7.5", style=R)
    c.lab(f"{u}/尿磷", 28.4, "mmol/24h", None, "22-48", style=R)
    c.lab(f"{u}/尿肌酐", 7.6, "mmol/24h", None, "5.3-15.9", style=R)
    q = f"{lab}/尿常规"
    c.text_lab(f"{q}/尿比重", "1.008 ↓")
    c.text_lab(f"{q}/尿pH", "6.5")
    c.text_lab(f"{q}/尿蛋白", "阴性")
    c.text_lab(f"{q}/尿潜血", "1+")
    c.text_lab(f"{q}/尿白细胞", "阴性")
    c.text_lab(f"{q}/结晶", "少量草酸钙结晶")
    k = f"{lab}/凝血功能"
    c.lab(f"{k}/PT", 11.4, "s", None, "9.4-12.5", style=R)
    c.lab(f"{k}/INR", 0.99, "", None, "0.8-1.2", style=R)
    c.lab(f"{k}/APTT", 28.6, "s", None, "25.1-36.5", style=R)
    c.lab(f"{k}/FIB", 2.9, "g/L", None, "2.0-4.0", style=R)
    sp = "辅助检查/特殊检查"
    c.other(f"{sp}/心电图", "窦性心律，心率76次/分，QTc 372ms（偏短），未见ST-T改变")
    c.other(f"{sp}/电子喉镜", "会厌、杓会厌襞光滑；双侧声带光滑，运动对称，闭合良好；声门下未见异常")
    d = f"{sp}/骨密度测定(DXA)"
    c.other(f"{d}/腰椎(L1-L4)", "BMD 0.842 g/cm²，T值 -2.1")
    c.other(f"{d}/左股骨颈", "BMD 0.598 g/cm²，T值 -2.6")
    c.other(f"{d}/左全髋", "BMD 0.702 g/cm²，T值 -2.2")
    c.other(f"{d}/左前臂(桡骨远端33%)", "BMD 0.561 g/cm²，T值 -3.4（以皮质骨为主部位骨量减少最明显）")
    im = "辅助检查/影像学检查"
    c.img(f"{im}/甲状腺及颈部彩超/甲状腺", "甲状腺双侧叶大小正常，实质回声均匀，未见明显结节")
    c.img(f"{im}/甲状腺及颈部彩超/甲状旁腺区",
          "甲状腺右叶下极背侧见约1.8cm×1.1cm×0.9cm椭圆形低回声结节，边界清，内见极性血流信号，考虑甲状旁腺来源（腺瘤可能）",
          reveals=True)
    c.img(f"{im}/甲状腺及颈部彩超/颈部淋巴结", "双侧颈部未见异常肿大淋巴结")
    s = f"{im}/甲状旁腺双时相显像(99mTc-MIBI)"
    c.img(f"{s}/早期相(15分钟)", "甲状腺双叶显影，右叶下极见一放射性浓聚灶")
    c.img(f"{s}/延迟相(2小时)", "甲状腺影基本消退，右叶下极浓聚灶持续存在")
    c.img(f"{s}/结论", "右下甲状旁腺功能亢进病灶，腺瘤可能性大", reveals=True)
    c.img(f"{im}/泌尿系彩超", "左肾多发强回声，最大约0.8cm，后伴声影；右肾见一约0.4cm强回声；双肾未见积水，输尿管未见扩张")
    c.img(f"{im}/双手正位片", "双手骨质密度减低，第2、3中节指骨桡侧骨膜下骨吸收，未见骨折")
    c.img(f"{im}/颅骨侧位片", "颅骨内外板模糊，颅骨呈颗粒状（椒盐样）骨质吸收")
    c.img(f"{im}/胸部正位片", "两肺未见明显实质性病变，心影不大")
    a = "入院评估"
    c.other(f"{a}/NRS疼痛评分", "3分（腰背部骨痛）")
    c.other(f"{a}/Caprini血栓风险评估", "3分（中危）")
    c.other(f"{a}/Barthel指数", "95分（轻度依赖）")
    c.other(f"{a}/Morse跌倒风险评估", "35分（中度风险）")
    rec = base(0, "endocrine surgery",
               {"sex": "女", "age": "58岁", "age_years": 58.0, "occupation": "退休教师",
                "text": "女，58岁，退休教师"},
               chief_complaint="反复左侧腰痛2年，乏力、骨痛伴口干多尿3月，发现血钙升高2周",
               present_illness="患者2年前因左侧腰部绞痛外院诊断“左肾结石”，行体外冲击波碎石，此后仍反复腰部隐痛。"
                               "3月前出现全身乏力、腰背部及双膝骨痛，口干、多饮、夜尿3-4次，伴便秘、食欲减退、记忆力下降、情绪低落。"
                               "2周前体检发现血钙3.0mmol/L，门诊查PTH明显升高收入院。病程中无手足麻木抽搐，无声嘶，体重下降约4kg。",
               past_history="否认高血压、糖尿病史；否认颈部放射线照射史；否认长期服用噻嗪类利尿剂及锂剂；否认药物过敏史。",
               personal_history="无烟酒嗜好。",
               marital_reproductive_history="已婚，G2P1，52岁绝经。",
               family_history="否认家族中类似疾病、垂体瘤、胰腺内分泌肿瘤及甲状腺髓样癌史。",
               diagnoses=[dx("原发性甲状旁腺功能亢进症（右下甲状旁腺腺瘤）", "E21.0", True), dx("双肾结石", "N20.0"),
                          dx("骨质疏松症", "M81.0")])
    rec["examinations"] = c.exams
    return rec


# ---------------------------------------------------------------- row 1: 突发性聋 (otolaryngology)
def case1() -> dict:
    c = Case()
    c.pe("体格检查/生命体征", "T 36.5℃，P 76次/分，R 18次/分，BP 138/86mmHg")
    c.pe("体格检查/一般情况", "神志清楚，精神焦虑，自动体位，步态稍不稳")
    c.pe("体格检查/心肺腹", "双肺呼吸音清，未闻及啰音；心率76次/分，律齐，无杂音；腹软，无压痛，肝脾未触及")
    for side, tm in (("右耳", "鼓膜完整，标志清楚，光锥存在，无充血、内陷"), ("左耳", "鼓膜完整，标志清楚，光锥存在")):
        c.pe(f"专科检查/耳部/{side}/耳廓", "无畸形，无牵拉痛，耳屏无压痛")
        c.pe(f"专科检查/耳部/{side}/外耳道", "通畅，少许耵聍，无红肿及分泌物")
        c.pe(f"专科检查/耳部/{side}/鼓膜", tm)
    c.pe("专科检查/耳部/乳突区", "双侧乳突区无红肿及压痛")
    c.pe("专科检查/鼻部", "外鼻无畸形，鼻中隔轻度左偏，双下鼻甲不大，各鼻道未见脓性分泌物")
    c.pe("专科检查/咽喉部", "咽部无充血，双侧扁桃体Ⅰ度，无脓点；会厌无充血，发音清晰")
    f = "专科检查/音叉试验(256Hz)"
    c.pe(f"{f}/林纳试验(RT)/右耳", "阳性（气导>骨导，气导、骨导时间均明显缩短）")
    c.pe(f"{f}/林纳试验(RT)/左耳", "阳性（气导>骨导）")
    c.pe(f"{f}/韦伯试验(WT)", "偏向左侧（健侧）")
    c.pe(f"{f}/施瓦巴赫试验(ST)/右耳", "缩短")
    c.pe(f"{f}/施瓦巴赫试验(ST)/左耳", "与正常人相同")
    v = "专科检查/前庭及平衡功能"
    c.pe(f"{v}/自发性眼震", "裸眼可见向左水平略带扭转性Ⅰ度眼震")
    c.pe(f"{v}/床旁甩头试验/向右", "可见纠正性扫视（阳性）")
    c.pe(f"{v}/床旁甩头试验/向左", "阴性")
    c.pe(f"{v}/闭目直立试验(Romberg)", "睁眼站立稳，闭目后向右侧倾倒倾向")
    c.pe(f"{v}/原地踏步试验(Fukuda)", "50步后向右偏转约50°")
    c.pe(f"{v}/过指试验", "双手示指向右偏")
    c.pe(f"{v}/Dix-Hallpike试验/右侧", "未诱发位置性眼震及眩晕")
    c.pe(f"{v}/Dix-Hallpike试验/左侧", "未诱发位置性眼震及眩晕")
    c.pe("专科检查/神经系统/面神经功能", "双侧额纹、鼻唇沟对称，闭眼有力，House-Brackmann Ⅰ级")
    c.pe("专科检查/神经系统/指鼻试验", "双侧稳准")
    c.pe("专科检查/神经系统/其余颅神经", "双侧瞳孔等大等圆，对光反射灵敏，眼球运动充分，角膜反射存在，伸舌居中")
    lab = "实验室检查"
    R = "ref"
    c.lab(f"{lab}/血常规/WBC", 7.2, "×10^9/L", None, "3.5-9.5", style=R)
    c.lab(f"{lab}/血常规/NEUT%", 64.3, "%", None, "40-75", style=R)
    c.lab(f"{lab}/血常规/HGB", 148, "g/L", None, "130-175", style=R)
    c.lab(f"{lab}/血常规/PLT", 215, "×10^9/L", None, "125-350", style=R)
    k = f"{lab}/凝血功能"
    c.lab(f"{k}/凝血酶原时间(PT)", 11.9, "s", None, "9.4-12.5", style=R)
    c.lab(f"{k}/活化部分凝血活酶时间(APTT)", 27.3, "s", None, "25.1-36.5", style=R)
    c.lab(f"{k}/纤维蛋白原(FIB)", 4.32, "g/L", "H", "2.0-4.0", style=R)
    c.lab(f"{k}/D-二聚体", 0.21, "mg/L FEU", None, "<0.55", style=R)
    p = f"{lab}/血脂四项"
    c.lab(f"{p}/总胆固醇(TC)", 6.12, "mmol/L", "H", "<5.2", style=R)
    c.lab(f"{p}/甘油三酯(TG)", 2.43, "mmol/L", "H", "<1.7", style=R)
    c.lab(f"{p}/高密度脂蛋白胆固醇(HDL-C)", 0.98, "mmol/L", "L", ">1.04", style=R)
    c.lab(f"{p}/低密度脂蛋白胆固醇(LDL-C)", 4.05, "mmol/L", "H", "<3.4", style=R)
    c.lab(f"{lab}/空腹血糖(FPG)", 5.8, "mmol/L", None, "3.9-6.1", style=R)
    c.lab(f"{lab}/糖化血红蛋白(HbA1c)", 5.7, "%", None, "4.0-6.0", style=R)
    h = f"{lab}/肝肾功能"
    c.lab(f"{h}/ALT", 34, "U/L", None, "9-50", style=R)
    c.lab(f"{h}/AST", 26, "U/L", None, "15-40", style=R)
    c.lab(f"{h}/肌酐", 81, "μmol/L", None, "57-111", style=R)
    c.lab(f"{h}/尿素", 5.1, "mmol/L", None, "3.1-8.0", style=R)
    c.lab(f"{h}/尿酸", 446, "μmol/L", "H", "208-428", style=R)
    c.lab(f"{h}/钾", 4.0, "mmol/L", None, "3.5-5.3", style=R)
    c.lab(f"{lab}/同型半胱氨酸(Hcy)", 16.2, "μmol/L", "H", "<15", style=R)
    i = f"{lab}/感染筛查"
    c.text_lab(f"{i}/梅毒螺旋体特异性抗体(TPPA)", "阴性")
    c.text_lab(f"{i}/快速血浆反应素试验(RPR)", "阴性")
    c.text_lab(f"{i}/HIV抗体", "阴性")
    c.text_lab(f"{i}/乙肝表面抗原(HBsAg)", "阴性")
    c.text_lab(f"{lab}/抗核抗体(ANA)", "阴性（<1:100）")
    a = "听力学检查/纯音测听"
    c.other(f"{a}/右耳/气导阈值", "250Hz 65、500Hz 70、1kHz 75、2kHz 80、4kHz 85、8kHz 90 dB HL")
    c.other(f"{a}/右耳/骨导阈值", "250Hz 60、500Hz 65、1kHz 70、2kHz 75、4kHz >70 dB HL（未引出）")
    c.other(f"{a}/右耳/平均听阈", "77.5 dB HL（0.5、1、2、4kHz平均）")
    c.other(f"{a}/左耳/气导阈值", "250Hz 15、500Hz 15、1kHz 20、2kHz 20、4kHz 25、8kHz 30 dB HL")
    c.other(f"{a}/左耳/骨导阈值", "250Hz 10、500Hz 15、1kHz 15、2kHz 20、4kHz 25 dB HL")
    c.other(f"{a}/左耳/平均听阈", "20 dB HL")
    c.other(f"{a}/结论", "右耳重度感音神经性聋（全频下降型），左耳听力正常", reveals=True)
    t = "听力学检查/声导抗"
    c.other(f"{t}/鼓室图/右耳", "A型，峰压 -10 daPa，声顺 0.6 ml")
    c.other(f"{t}/鼓室图/左耳", "A型，峰压 0 daPa，声顺 0.7 ml")
    c.other(f"{t}/镫骨肌反射/右耳刺激", "同侧、对侧均未引出")
    c.other(f"{t}/镫骨肌反射/左耳刺激", "同侧、对侧均引出，阈值正常")
    c.other("听力学检查/畸变产物耳声发射(DPOAE)/右耳", "1-8kHz各频率均未引出")
    c.other("听力学检查/畸变产物耳声发射(DPOAE)/左耳", "各频率均引出，幅值正常")
    c.other("听力学检查/听性脑干反应(ABR)/右耳", "反应阈85 dB nHL；95 dB nHL仅引出V波，潜伏期6.1ms")
    c.other("听力学检查/听性脑干反应(ABR)/左耳", "反应阈25 dB nHL；Ⅰ、Ⅲ、Ⅴ波分化好，Ⅰ-Ⅴ波间期4.0ms")
    n = "前庭功能检查/视频眼震图(VNG)"
    c.other(f"{n}/自发性眼震", "向左水平眼震，慢相角速度3°/s，固视抑制正常")
    c.other(f"{n}/凝视试验", "左视时眼震增强，右视时未见眼震")
    c.other(f"{n}/位置试验", "各位置未见位置性眼震")
    c.other(f"{n}/冷热试验", "右侧水平半规管反应减弱，半规管轻瘫（CP）值38%，优势偏向（DP）12%")
    c.other("前庭功能检查/视频头脉冲试验(vHIT)/右侧水平半规管", "增益0.62，可见隐性及显性扫视")
    c.other("前庭功能检查/视频头脉冲试验(vHIT)/左侧水平半规管", "增益0.95，未见扫视")
    s = "量表评估"
    c.other(f"{s}/耳鸣残疾评估量表(THI)", "52分（中度）")
    c.other(f"{s}/眩晕障碍量表(DHI)", "38分（轻度）")
    c.other(f"{s}/焦虑自评量表(SAS)", "54分（轻度焦虑）")
    c.other(f"{s}/匹兹堡睡眠质量指数(PSQI)", "12分（睡眠质量差）")
    c.other("心电图", "窦性心律，正常心电图")
    c.other("内镜检查/电子鼻咽喉镜", "鼻咽部黏膜光滑，双侧咽隐窝对称，咽鼓管咽口清晰，未见新生物；双侧声带光滑，运动正常")
    im = "影像学检查"
    c.img(f"{im}/内听道MRI平扫+增强(含内耳水成像)/所见",
          "双侧内听道对称，未见占位；双侧内耳膜迷路显示清晰，增强后未见异常强化；面听神经束走行正常；脑实质未见异常信号")
    c.img(f"{im}/内听道MRI平扫+增强(含内耳水成像)/印象", "双侧内听道及内耳MRI未见明显异常")
    c.img(f"{im}/颈部血管彩超/颈动脉", "双侧颈动脉内中膜增厚，左侧颈动脉分叉处见6mm×2mm强回声斑块，未见狭窄")
    c.img(f"{im}/颈部血管彩超/椎动脉", "双侧椎动脉血流通畅，右侧管径较细（2.8mm），血流速度正常")
    c.img(f"{im}/胸部正位片", "心肺膈未见明显异常")
    rec = base(1, "otolaryngology",
               {"sex": "男", "age": "45岁", "age_years": 45.0, "occupation": "软件工程师",
                "text": "男，45岁，软件工程师"},
               chief_complaint="右耳听力突然下降伴耳鸣3天，眩晕1天",
               present_illness="患者3天前连续加班熬夜后晨起发现右耳听力明显下降，伴持续性高调“嗡嗡”样耳鸣及耳闷胀感，"
                               "接听电话需换至左耳。1天前出现眩晕，感周围物体旋转，伴恶心，无呕吐，持续数小时后减轻为头晕、行走不稳。"
                               "无耳痛、耳流脓，无发热，无面瘫，无头痛及肢体麻木无力。发病前无感冒史及噪声暴露史。",
               past_history="高脂血症2年，未服药；否认高血压、糖尿病史；否认耳毒性药物使用史；否认耳部手术史；否认药物过敏史。",
               personal_history="吸烟15年，每日10支；偶饮酒；长期熬夜。",
               marital_reproductive_history="已婚，育有1子。",
               family_history="否认家族遗传性耳聋史。",
               diagnoses=[dx("右侧突发性聋（全频下降型）", "H91.21", True), dx("高脂血症", "E78.5")])
    rec["examinations"] = c.exams
    return rec


# ---------------------------------------------------------------- row 2: 强直性脊柱炎 (rheumatology)
def case2() -> dict:
    c = Case()
    c.pe("生命体征/体温", "36.9℃")
    c.pe("生命体征/脉搏", "82次/分")
    c.pe("生命体征/呼吸", "18次/分")
    c.pe("生命体征/血压", "122/74mmHg")
    c.pe("查体/一般情况", "神志清楚，步态稍僵硬，腰部活动时痛苦面容")
    c.pe("查体/皮肤黏膜", "未见银屑病样皮损及结节红斑，指（趾）甲无顶针样改变")
    c.pe("查体/眼部", "右眼睫状充血，畏光、流泪；左眼未见异常")
    c.pe("查体/口腔", "无口腔溃疡")
    c.pe("查体/心脏/心脏听诊", "心率82次/分，律齐，主动脉瓣听诊区未闻及舒张期杂音")
    c.pe("查体/肺部/肺部听诊", "双肺呼吸音清，未闻及干湿啰音")
    c.pe("查体/腹部", "腹软，无压痛，肝脾未触及")
    s = "专科查体/脊柱"
    c.pe(f"{s}/视诊", "腰椎生理前凸变浅，胸椎后凸无明显增加，椎旁肌轻度紧张")
    c.pe(f"{s}/压痛及叩痛", "L4-S1棘突及椎旁压痛（+），叩痛（+）")
    c.pe(f"{s}/活动度", "腰椎前屈70°，后伸10°，左右侧屈各约20°，均受限伴疼痛")
    m = "专科查体/脊柱活动度测量"
    c.pe(f"{m}/枕墙距", "0cm")
    c.pe(f"{m}/耳屏墙距/左", "12.0cm")
    c.pe(f"{m}/耳屏墙距/右", "12.5cm")
    c.pe(f"{m}/改良Schober试验", "3.2cm（<4cm，阳性）")
    c.pe(f"{m}/指地距", "28cm")
    c.pe(f"{m}/胸廓活动度", "2.8cm（第4肋间隙最大吸气与最大呼气胸围之差）")
    c.pe(f"{m}/腰椎侧屈/左", "9.0cm")
    c.pe(f"{m}/腰椎侧屈/右", "8.5cm")
    c.pe(f"{m}/颈椎旋转/左", "65°")
    c.pe(f"{m}/颈椎旋转/右", "60°")
    c.pe(f"{m}/踝间距", "95cm")
    j = "专科查体/骶髂关节"
    c.pe(f"{j}/压痛/左", "压痛（+）")
    c.pe(f"{j}/压痛/右", "压痛（++）")
    c.pe(f"{j}/“4”字试验(Patrick试验)/左", "阳性，诱发左骶髂部疼痛")
    c.pe(f"{j}/“4”字试验(Patrick试验)/右", "阳性，诱发右骶髂部及右腹股沟区疼痛")
    c.pe(f"{j}/骨盆挤压试验", "阳性")
    c.pe(f"{j}/骨盆分离试验", "阳性")
    c.pe(f"{j}/床边试验(Gaenslen试验)/左", "阴性")
    c.pe(f"{j}/床边试验(Gaenslen试验)/右", "阳性")
    p = "专科查体/外周关节"
    c.pe(f"{p}/右髋关节", "无肿胀，屈曲110°，内旋15°（受限，伴腹股沟区疼痛）")
    c.pe(f"{p}/左髋关节", "活动正常，无压痛")
    c.pe(f"{p}/膝踝关节", "双膝、双踝无肿胀压痛，浮髌试验阴性")
    c.pe(f"{p}/手足小关节", "双手、双足小关节无肿胀及压痛")
    e = "专科查体/附着点"
    c.pe(f"{e}/右跟腱附着点", "压痛（+），局部轻度肿胀")
    c.pe(f"{e}/左跟腱附着点", "无压痛")
    c.pe(f"{e}/足底筋膜附着点", "右侧跟骨结节压痛（+），左侧（-）")
    lab = "实验室检查"
    R = "ref"
    c.lab(f"{lab}/血常规/白细胞(WBC)", 7.8, "×10^9/L", None, "3.5-9.5", style=R)
    c.lab(f"{lab}/血常规/血红蛋白(Hb)", 126, "g/L", "L", "130-175", style=R)
    c.lab(f"{lab}/血常规/血小板(PLT)", 362, "×10^9/L", "H", "125-350", style=R)
    c.lab(f"{lab}/红细胞沉降率(ESR)", 46, "mm/h", "H", "0-15", style=R)
    c.lab(f"{lab}/C反应蛋白(CRP)", 32.6, "mg/L", "H", "<10", style=R)
    c.text_lab(f"{lab}/HLA-B27", "阳性（流式细胞术）")
    c.lab(f"{lab}/类风湿因子(RF)", "<20", "IU/mL", None, "<20", style=R)
    c.text_lab(f"{lab}/抗环瓜氨酸肽抗体(抗CCP)", "阴性（<7 U/mL）")
    c.text_lab(f"{lab}/抗核抗体(ANA)", "阴性")
    g = f"{lab}/免疫球蛋白及补体"
    c.lab(f"{g}/IgG", 13.8, "g/L", None, "7.0-16.0", style=R)
    c.lab(f"{g}/IgA", 4.62, "g/L", "H", "0.7-4.0", style=R)
    c.lab(f"{g}/IgM", 1.1, "g/L", None, "0.4-2.3", style=R)
    c.lab(f"{g}/补体C3", 1.42, "g/L", None, "0.9-1.8", style=R)
    c.lab(f"{g}/补体C4", 0.31, "g/L", None, "0.1-0.4", style=R)
    h = f"{lab}/肝功能"
    c.lab(f"{h}/ALT", 21, "U/L", None, "9-50", style=R)
    c.lab(f"{h}/AST", 19, "U/L", None, "15-40", style=R)
    c.lab(f"{h}/ALP", 128, "U/L", "H", "45-125", style=R)
    c.lab(f"{h}/ALB", 39.2, "g/L", "L", "40-55", style=R)
    r = f"{lab}/肾功能"
    c.lab(f"{r}/肌酐", 72, "μmol/L", None, "57-111", style=R)
    c.lab(f"{r}/尿素", 4.6, "mmol/L", None, "3.1-8.0", style=R)
    c.lab(f"{r}/尿酸", 352, "μmol/L", None, "208-428", style=R)
    c.text_lab(f"{lab}/尿常规", "尿蛋白阴性，潜血阴性，白细胞阴性，比重1.018")
    i = f"{lab}/感染筛查"
    c.text_lab(f"{i}/T-SPOT.TB", "阴性（A抗原 0 SFCs，B抗原 1 SFCs）")
    b = f"{i}/乙肝两对半"
    c.text_lab(f"{b}/HBsAg", "阴性")
    c.text_lab(f"{b}/HBsAb", "阳性（126 mIU/mL）")
    c.text_lab(f"{b}/HBeAg", "阴性")
    c.text_lab(f"{b}/HBeAb", "阴性")
    c.text_lab(f"{b}/HBcAb", "阴性")
    c.text_lab(f"{i}/丙肝抗体(抗-HCV)", "阴性")
    c.text_lab(f"{i}/HIV抗体", "阴性")
    c.text_lab(f"{i}/梅毒螺旋体抗体", "阴性")
    a = "疾病评估"
    c.other(f"{a}/晨僵时间", "约60分钟")
    c.other(f"{a}/BASDAI", "5.6分（疾病活动）")
    c.other(f"{a}/ASDAS-CRP", "3.7（高疾病活动度）")
    c.other(f"{a}/BASFI", "4.2分")
    c.other(f"{a}/BASMI", "4.4分")
    f = "特殊检查/肺功能"
    c.other(f"{f}/FVC", "3.52L（占预计值79%）")
    c.other(f"{f}/FEV1", "3.05L（占预计值82%）")
    c.other(f"{f}/一秒率(FEV1%FVC)", "86.6%")
    c.other(f"{f}/DLCO", "占预计值88%")
    c.other(f"{f}/结论", "轻度限制性通气功能障碍，弥散功能正常")
    c.other("特殊检查/心电图", "窦性心律，正常心电图")
    c.img("特殊检查/超声心动图", "主动脉根部内径32mm，各瓣膜形态及活动未见异常，未见主动脉瓣反流，LVEF 65%")
    o = "眼科会诊"
    c.pe(f"{o}/视力/右眼", "0.6")
    c.pe(f"{o}/视力/左眼", "1.0")
    c.pe(f"{o}/眼压/右眼", "14mmHg")
    c.pe(f"{o}/眼压/左眼", "15mmHg")
    c.pe(f"{o}/裂隙灯检查/右眼",
         "睫状充血（++），角膜后细小灰白色KP（+），房水闪辉（++），前房细胞（++），虹膜纹理清，无后粘连，晶状体透明")
    c.pe(f"{o}/裂隙灯检查/左眼", "结膜无充血，角膜透明，KP（-），前房清，晶状体透明")
    c.pe(f"{o}/眼底", "双眼视盘边界清，色淡红，黄斑中心凹反光可见")
    c.pe(f"{o}/会诊意见", "右眼急性前葡萄膜炎", reveals=True)
    im = "影像学"
    c.img(f"{im}/骶髂关节MRI(T1WI+STIR)/所见",
          "双侧骶髂关节面下骨髓水肿（STIR高信号），右侧为著，伴关节面侵蚀及局部脂肪沉积")
    c.img(f"{im}/骶髂关节MRI(T1WI+STIR)/诊断", "双侧骶髂关节炎（活动期），符合中轴型脊柱关节炎改变", reveals=True)
    c.img(f"{im}/骶髂关节CT/所见", "双侧骶髂关节面毛糙，多发小囊状骨侵蚀，关节面下骨质硬化，关节间隙局部增宽")
    c.img(f"{im}/骶髂关节CT/诊断", "双侧骶髂关节炎（右侧Ⅲ级，左侧Ⅱ级）", reveals=True)
    c.img(f"{im}/骨盆正位片", "双侧骶髂关节面模糊；双髋关节间隙未见狭窄，股骨头形态正常")
    c.img(f"{im}/腰椎正侧位片", "腰椎生理曲度变直，L1-L3椎体前缘“方形变”，未见韧带骨赘形成")
    c.img(f"{im}/跟腱超声/右侧", "右跟腱跟骨附着处增厚（6.8mm），回声减低，附着点骨皮质不规则，CDFI见点状血流信号")
    c.img(f"{im}/跟腱超声/左侧", "未见明显异常")
    c.img(f"{im}/胸部CT平扫", "双肺未见明显异常，纵隔未见肿大淋巴结")
    rec = base(2, "rheumatology",
               {"sex": "男", "age": "27岁", "age_years": 27.0, "occupation": "仓库管理员",
                "text": "男，27岁，仓库管理员"},
               chief_complaint="反复腰骶部疼痛伴晨僵4年，右足跟痛3月，右眼红痛1周",
               present_illness="患者4年前无明显诱因出现腰骶部及臀部交替性钝痛，夜间及久坐后加重，晨起腰背僵硬约1小时，活动后减轻，"
                               "服用布洛芬可缓解，未规律诊治。3月前出现右足跟疼痛，晨起下地时明显。1周前出现右眼红、痛、畏光、流泪，"
                               "视物模糊。病程中无腹泻、黏液脓血便，无尿道炎症状，无皮疹、口腔溃疡。",
               past_history="既往体健，否认结核、肝炎病史，否认外伤史，否认药物过敏史。",
               personal_history="吸烟8年，每日10支；不饮酒。",
               marital_reproductive_history="未婚。",
               family_history="父亲有“腰椎强直”病史，未明确诊断。",
               diagnoses=[dx("强直性脊柱炎", "M45.9", True), dx("右眼急性前葡萄膜炎", "H20.01"),
                          dx("右跟腱附着点炎", "M76.61")])
    rec["examinations"] = c.exams
    return rec


# ---------------------------------------------------------------- row 3: 阿尔茨海默病 (neurology, cognitive)
def case3() -> dict:
    c = Case()
    v = "入院查体/生命体征"
    c.pe(f"{v}/体温", "36.4℃")
    c.pe(f"{v}/脉搏", "68次/分")
    c.pe(f"{v}/呼吸", "16次/分")
    c.pe(f"{v}/血压/卧位", "138/78mmHg")
    c.pe(f"{v}/血压/立位(3分钟)", "132/76mmHg")
    c.pe("入院查体/一般情况", "神志清楚，衣着整洁，表情稍淡漠，对答尚切题但反复询问同一问题")
    c.pe("入院查体/内科查体/颈动脉听诊", "双侧颈动脉听诊区未闻及血管杂音")
    c.pe("入院查体/内科查体/心脏", "心率68次/分，律齐，各瓣膜听诊区未闻及杂音")
    c.pe("入院查体/内科查体/肺部", "双肺呼吸音清，未闻及干湿啰音")
    c.pe("入院查体/内科查体/腹部", "腹软，无压痛，肝脾未触及")
    n = "神经系统检查"
    c.pe(f"{n}/高级皮层功能/意识", "清醒，GCS评分15分（E4V5M6）")
    c.pe(f"{n}/高级皮层功能/定向力", "时间定向差（说错年份、月份），地点定向部分正确，人物定向正常")
    c.pe(f"{n}/高级皮层功能/记忆力", "近记忆明显减退（5分钟后回忆3个词0个），远记忆相对保留")
    c.pe(f"{n}/高级皮层功能/计算力", "100连续减7，减2次后出错")
    c.pe(f"{n}/高级皮层功能/语言", "言语流利，找词困难，命名轻度障碍，复述及理解正常")
    c.pe(f"{n}/颅神经/瞳孔及对光反射", "双侧瞳孔等大等圆，直径3mm，直接、间接对光反射灵敏")
    c.pe(f"{n}/颅神经/眼球运动", "各方向运动充分，无眼震，无复视")
    c.pe(f"{n}/颅神经/面神经", "双侧额纹、鼻唇沟对称，示齿口角无偏斜")
    c.pe(f"{n}/颅神经/听力", "双耳粗测听力稍减退（左耳为著）")
    c.pe(f"{n}/颅神经/后组颅神经", "饮水无呛咳，咽反射存在，伸舌居中")
    c.pe(f"{n}/运动系统/肌容积", "四肢肌容积正常，无萎缩")
    c.pe(f"{n}/运动系统/肌力", "四肢肌力5级")
    c.pe(f"{n}/运动系统/肌张力", "四肢肌张力正常，无齿轮样强直")
    c.pe(f"{n}/运动系统/不自主运动", "未见震颤及其他不自主运动")
    c.pe(f"{n}/运动系统/步态", "步基正常，步幅稍小，转身稳，双上肢摆臂对称")
    c.pe(f"{n}/反射/腱反射", "双侧肱二头肌、肱三头肌、膝、跟腱反射对称（++）")
    c.pe(f"{n}/反射/踝阵挛", "双侧阴性")
    c.pe(f"{n}/反射/病理反射/巴宾斯基征/左", "阴性")
    c.pe(f"{n}/反射/病理反射/巴宾斯基征/右", "阴性")
    c.pe(f"{n}/反射/病理反射/霍夫曼征/左", "阴性")
    c.pe(f"{n}/反射/病理反射/霍夫曼征/右", "阴性")
    c.pe(f"{n}/反射/原始反射/掌颏反射", "右侧阳性，左侧阴性")
    c.pe(f"{n}/反射/原始反射/吸吮反射", "阴性")
    c.pe(f"{n}/反射/原始反射/强握反射", "阴性")
    c.pe(f"{n}/共济运动/指鼻试验", "双侧稳准")
    c.pe(f"{n}/共济运动/跟膝胫试验", "双侧稳准")
    c.pe(f"{n}/共济运动/快速轮替动作", "双侧灵活")
    c.pe(f"{n}/共济运动/闭目难立征(Romberg征)", "阴性")
    c.pe(f"{n}/感觉系统", "深浅感觉对称存在，双踝震动觉稍减退")
    c.pe(f"{n}/脑膜刺激征", "颈软，克氏征、布氏征阴性")
    p = "神经心理评估/简易精神状态检查(MMSE)"
    c.other(f"{p}/总分", "19/30（文化程度：高中）")
    c.other(f"{p}/定向力", "6/10")
    c.other(f"{p}/即刻记忆", "3/3")
    c.other(f"{p}/注意力和计算力", "3/5")
    c.other(f"{p}/延迟回忆", "0/3")
    c.other(f"{p}/语言", "7/8")
    c.other(f"{p}/视空间(临摹)", "0/1")
    q = "神经心理评估"
    c.other(f"{q}/蒙特利尔认知评估(MoCA)", "13/30（已校正教育年限）")
    c.other(f"{q}/画钟试验(CDT)", "1/3（数字位置错误，指针不能正确指示11:10）")
    c.other(f"{q}/临床痴呆评定量表(CDR)", "1分（轻度痴呆）")
    c.other(f"{q}/日常生活能力量表(ADL)", "32分（工具性日常生活能力受损）")
    c.other(f"{q}/汉密尔顿抑郁量表(HAMD-17)", "7分（无抑郁）")
    c.other(f"{q}/神经精神问卷(NPI)", "8分（淡漠、易激惹）")
    c.other(f"{q}/Hachinski缺血指数量表", "2分")
    lab = "辅助检查/检验"
    R = "ref"
    c.lab(f"{lab}/血常规/WBC", 5.4, "×10^9/L", None, "3.5-9.5", style=R)
    c.lab(f"{lab}/血常规/HGB", 128, "g/L", None, "115-150", style=R)
    c.lab(f"{lab}/血常规/PLT", 196, "×10^9/L", None, "125-350", style=R)
    g = f"{lab}/生化全套"
    c.lab(f"{g}/ALT", 16, "U/L", None, "7-40", style=R)
    c.lab(f"{g}/AST", 21, "U/L", None, "13-35", style=R)
    c.lab(f"{g}/白蛋白", 41.3, "g/L", None, "40-55", style=R)
    c.lab(f"{g}/肌酐", 64, "μmol/L", None, "41-81", style=R)
    c.lab(f"{g}/尿素", 5.6, "mmol/L", None, "2.6-7.5", style=R)
    c.lab(f"{g}/葡萄糖", 5.4, "mmol/L", None, "3.9-6.1", style=R)
    c.lab(f"{g}/钠", 139, "mmol/L", None, "137-147", style=R)
    c.lab(f"{g}/钾", 4.2, "mmol/L", None, "3.5-5.3", style=R)
    c.lab(f"{g}/钙", 2.32, "mmol/L", None, "2.11-2.52", style=R)
    c.lab(f"{g}/总胆固醇", 5.48, "mmol/L", "H", "<5.2", style=R)
    c.lab(f"{g}/低密度脂蛋白胆固醇", 3.61, "mmol/L", "H", "<3.4", style=R)
    t = f"{lab}/甲状腺功能"
    c.lab(f"{t}/FT3", 4.1, "pmol/L", None, "3.1-6.8", style=R)
    c.lab(f"{t}/FT4", 14.6, "pmol/L", None, "12-22", style=R)
    c.lab(f"{t}/TSH", 3.02, "mIU/L", None, "0.27-4.2", style=R)
    c.lab(f"{lab}/维生素B12", 312, "pg/mL", None, "197-771", style=R)
    c.lab(f"{lab}/叶酸", 8.6, "ng/mL", None, ">3.9", style=R)
    c.lab(f"{lab}/同型半胱氨酸", 13.8, "μmol/L", None, "<15", style=R)
    c.lab(f"{lab}/糖化血红蛋白", 6.1, "%", "H", "4.0-6.0", style=R)
    c.text_lab(f"{lab}/梅毒血清学/TPPA", "阴性")
    c.text_lab(f"{lab}/梅毒血清学/TRUST", "阴性")
    c.text_lab(f"{lab}/HIV抗体", "阴性")
    c.text_lab(f"{lab}/APOE基因分型", "ε3/ε4（携带1个ε4等位基因）")
    lp = "辅助检查/腰椎穿刺"
    c.other(f"{lp}/压力", "初压140 mmH2O")
    c.text_lab(f"{lp}/脑脊液常规/外观", "无色透明")
    c.lab(f"{lp}/脑脊液常规/白细胞计数", 2, "×10^6/L", None, "0-8", style=R)
    c.lab(f"{lp}/脑脊液常规/红细胞计数", 0, "×10^6/L")
    c.lab(f"{lp}/脑脊液生化/蛋白", 0.38, "g/L", None, "0.15-0.45", style=R)
    c.lab(f"{lp}/脑脊液生化/葡萄糖", 3.4, "mmol/L", None, "2.5-4.5", style=R)
    c.lab(f"{lp}/脑脊液生化/氯化物", 124, "mmol/L", None, "120-132", style=R)
    ad = f"{lp}/脑脊液AD标志物"
    c.lab(f"{ad}/Aβ1-42", 482, "pg/mL", "L", ">650", style=R)
    c.lab(f"{ad}/Aβ42与Aβ40比值", 0.041, "", "L", ">0.069", style=R)
    c.lab(f"{ad}/磷酸化tau蛋白(p-tau181)", 86, "pg/mL", "H", "<61", style=R)
    c.lab(f"{ad}/总tau蛋白(t-tau)", 612, "pg/mL", "H", "<400", style=R)
    c.other("辅助检查/电生理/脑电图", "背景α节律减慢（8Hz），双侧颞区散在θ波，未见癫痫样放电")
    c.other("辅助检查/电生理/心电图", "窦性心律，正常心电图")
    im = "辅助检查/影像"
    c.img(f"{im}/头颅MRI平扫+海马冠状位/所见",
          "双侧海马及内嗅皮层明显萎缩（MTA评分左3分、右3分），双侧颞顶叶脑沟增宽，侧脑室颞角扩大；"
          "脑白质散在点状T2高信号（Fazekas 1级）；DWI未见新发梗死，SWI未见微出血")
    c.img(f"{im}/头颅MRI平扫+海马冠状位/印象", "双侧海马萎缩（MTA 3级）；脑白质轻度缺血性改变")
    c.img(f"{im}/18F-FDG PET脑代谢显像/所见", "双侧颞顶叶皮层及后扣带回、楔前叶葡萄糖代谢减低，左侧为著；额叶、基底节及小脑代谢正常")
    c.img(f"{im}/18F-FDG PET脑代谢显像/印象", "符合阿尔茨海默病代谢模式", reveals=True)
    c.img(f"{im}/颈部血管彩超", "双侧颈动脉内中膜增厚，未见斑块及狭窄；双侧椎动脉血流通畅")
    c.img(f"{im}/胸部CT平扫", "双肺未见明显异常")
    rec = base(3, "neurology",
               {"sex": "女", "age": "71岁", "age_years": 71.0, "occupation": "退休会计",
                "text": "女，71岁，退休会计"},
               chief_complaint="记忆力减退3年，加重伴外出迷路6月",
               present_illness="患者3年前起家属发现其记忆力下降，常忘记刚说过的话、物品放置位置，反复询问同一问题，"
                               "但能独立完成家务。近1年算账、使用手机支付困难，做饭忘关火。6月前两次外出买菜后迷路，需他人送回。"
                               "近半年话少，兴趣下降，偶因小事发脾气。无肢体无力、震颤，无幻视，无跌倒，无尿失禁，症状呈缓慢进行性加重，"
                               "无阶梯样加重。",
               past_history="高血压病史8年，服用氨氯地平，血压控制可；否认糖尿病、脑卒中及头部外伤史；否认药物过敏史。",
               personal_history="高中文化，无烟酒嗜好。",
               marital_reproductive_history="已婚，育有1子1女。",
               family_history="母亲70余岁时出现“老年痴呆”。",
               diagnoses=[dx("阿尔茨海默病（轻度痴呆期）", "G30.1", True), dx("高血压病2级", "I10")])
    rec["examinations"] = c.exams
    return rec


def main() -> None:
    write_zh_cases(HERE, [case0(), case1(), case2(), case3()])


if __name__ == "__main__":
    main()

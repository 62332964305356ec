"""Write cases_zh.jsonl: 4 new Chinese inpatient cases (newcases8 / zh), one CaseRecord per line.

Cases written inline, from clinical knowledge (人卫版 内科学 / 儿科学 / 小儿外科学 / 神经病学 / 耳鼻咽喉头颈外科学 / 诊断学).
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
TOP = {"体格检查", "专科检查", "检验", "影像", "评估", "特殊检查", "一般查体", "入院查体", "神经系统检查"}


# The builder, fixed fields and writer are every Chinese part's (dxgym.evaluation.lookup_sets).
Case = partial(ZhCase, TOP, lab_style="ref")
base = partial(zh_case_base, "newcases8")
dx = zh_dx


# ---------------------------------------------------------------- row 0: 抗肾小球基底膜病 (nephrology)
def case0() -> dict:
    c = Case()
    v = "体格检查/生命体征"
    c.pe(f"{v}/体温", "37.4℃")
    c.pe(f"{v}/脉搏", "104次/分")
    c.pe(f"{v}/呼吸", "26次/分")
    c.pe(f"{v}/血压", "162/96mmHg")
    c.pe(f"{v}/指脉氧饱和度", "88%（未吸氧）")
    s = "体格检查/皮肤黏膜"
    c.pe(f"{s}/睑结膜", "苍白")
    c.pe(f"{s}/皮疹", "全身未见皮疹、紫癜及网状青斑")
    c.pe("体格检查/鼻腔及外耳", "鼻腔黏膜无结痂、溃疡，鼻梁无塌陷，外耳道无异常")
    c.pe("体格检查/关节", "四肢关节无红肿压痛")
    c.pe("体格检查/心脏", "心率104次/分，律齐，未闻及杂音及心包摩擦音")
    c.pe("体格检查/肺部/右肺", "右中下肺可闻及吸气相湿啰音")
    c.pe("体格检查/肺部/左肺", "左下肺可闻及湿啰音")
    c.pe("体格检查/腹部/移动性浊音", "阴性")
    c.pe("体格检查/腹部/肾区叩击痛/右侧", "阴性")
    c.pe("体格检查/腹部/肾区叩击痛/左侧", "阴性")
    c.pe("体格检查/双下肢水肿", "双踝部轻度凹陷性水肿（+）")
    c.other("评估/急性肾损伤KDIGO分期", "3期")
    lab = "检验"
    b = f"{lab}/血常规"
    c.lab(f"{b}/白细胞计数(WBC)", 10.8, "×10^9/L", "H", "3.5-9.5")
    c.lab(f"{b}/血红蛋白(HGB)", 78, "g/L", "L", "130-175")
    c.lab(f"{b}/血小板计数(PLT)", 236, "×10^9/L", None, "125-350")
    u = f"{lab}/尿常规"
    c.text_lab(f"{u}/尿蛋白", "2+")
    c.text_lab(f"{u}/尿潜血", "3+")
    c.text_lab(f"{u}/尿沉渣红细胞", "320个/μL（异形红细胞>80%）")
    c.text_lab(f"{u}/管型", "可见红细胞管型")
    c.lab(f"{lab}/24小时尿蛋白定量", 1.86, "g/24h", "H", "<0.15")
    k = f"{lab}/肾功能"
    c.lab(f"{k}/肌酐(Cr)", 612, "μmol/L", "H", "57-111")
    c.lab(f"{k}/尿素(Urea)", 28.4, "mmol/L", "H", "3.1-8.0")
    c.lab(f"{k}/估算肾小球滤过率(eGFR)", 8, "mL/min/1.73m²", "L", ">90")
    c.lab(f"{k}/血钾(K)", 5.8, "mmol/L", "H", "3.5-5.3")
    c.lab(f"{lab}/血清白蛋白(ALB)", 32.1, "g/L", "L", "40-55")
    g = f"{lab}/动脉血气分析"
    c.lab(f"{g}/pH", 7.29, "", "L", "7.35-7.45")
    c.lab(f"{g}/PaO2", 56, "mmHg", "L", "80-100")
    c.lab(f"{g}/PaCO2", 31, "mmHg", "L", "35-45")
    c.lab(f"{g}/HCO3-", 15.2, "mmol/L", "L", "22-27")
    im = f"{lab}/免疫学检查"
    c.lab(f"{im}/抗肾小球基底膜抗体(抗GBM抗体)", 286, "RU/mL", "H", "<20")
    an = f"{im}/抗中性粒细胞胞浆抗体(ANCA)"
    c.text_lab(f"{an}/间接免疫荧光(IIF)", "阴性")
    c.lab(f"{an}/MPO-ANCA", 2.1, "RU/mL", None, "<20")
    c.lab(f"{an}/PR3-ANCA", 1.4, "RU/mL", None, "<20")
    c.text_lab(f"{im}/抗核抗体(ANA)", "阴性")
    c.lab(f"{lab}/补体/C3", 1.02, "g/L", None, "0.9-1.8")
    c.lab(f"{lab}/补体/C4", 0.24, "g/L", None, "0.1-0.4")
    br = "支气管镜检查"
    c.other(f"{br}/镜下所见", "各级支气管管腔通畅，黏膜轻度充血，右中叶及双下叶支气管内可见少量陈旧性血性分泌物")
    bal = f"{br}/支气管肺泡灌洗液"
    c.text_lab(f"{bal}/外观", "右中叶依次灌洗3次回收液呈逐渐加深的血性")
    c.text_lab(f"{bal}/细胞分类", "巨噬细胞82%，淋巴细胞10%，中性粒细胞7%，嗜酸性粒细胞1%")
    c.text_lab(f"{bal}/含铁血黄素巨噬细胞(普鲁士蓝染色)", "阳性，约占巨噬细胞45%")
    c.text_lab(f"{bal}/病原学", "细菌、真菌培养阴性，抗酸染色阴性")
    rb = "经皮肾穿刺活检(右肾)"
    c.other(f"{rb}/穿刺情况", "B超引导下取右肾下极组织2条，术后镜下血尿，无肾周血肿")
    c.text_lab(f"{rb}/光镜", "肾小球21个，其中新月体18个（细胞性14个，细胞纤维性4个），毛细血管袢节段性纤维素样坏死，鲍曼囊壁断裂")
    fl = f"{rb}/免疫荧光"
    c.text_lab(f"{fl}/IgG", "+++，沿肾小球毛细血管袢线样沉积", reveals=True)
    c.text_lab(f"{fl}/IgA", "阴性")
    c.text_lab(f"{fl}/IgM", "阴性")
    c.text_lab(f"{fl}/C3", "+，线样沉积")
    c.text_lab(f"{rb}/电镜", "未见电子致密物沉积，肾小球基底膜断裂")
    c.text_lab(f"{rb}/病理诊断", "新月体性肾小球肾炎（Ⅰ型，抗GBM型），细胞性新月体为主", reveals=True)
    c.img("影像/泌尿系超声/右肾", "大小11.4cm×5.6cm，皮质回声增强，皮髓分界欠清")
    c.img("影像/泌尿系超声/左肾", "大小11.6cm×5.5cm，皮质回声增强")
    c.img("影像/胸部CT平扫", "双肺弥漫分布磨玻璃影及斑片状实变影，以肺门周围及中下肺为主，考虑弥漫性肺泡出血")
    c.other("特殊检查/超声心动图", "各房室大小正常，LVEF 64%，未见心包积液")
    c.other("特殊检查/心电图", "窦性心动过速，T波高尖")
    rec = base(0, "nephrology",
               {"sex": "男", "age": "58岁", "age_years": 58.0, "occupation": "油漆工", "text": "男，58岁，油漆工"},
               chief_complaint="咳嗽、咯血伴气促2周，尿少、乏力1周",
               present_illness="患者2周前出现咳嗽，痰中带血，渐为少量咯血，伴活动后气促；1周前出现尿量减少（约400mL/d），"
                               "尿色呈浓茶色，伴乏力、纳差、双踝水肿。无关节痛、皮疹、口腔溃疡，无鼻塞、流脓涕及听力下降。",
               past_history="否认高血压、糖尿病及肾病史；否认药物过敏史。",
               personal_history="吸烟30年，每日20支；从事油漆工作20年，有有机溶剂接触史。",
               marital_reproductive_history="已婚，育1女。",
               family_history="无特殊。",
               diagnoses=[dx("抗肾小球基底膜病（肺出血-肾炎综合征）", "M31.0", True), dx("急进性肾小球肾炎（Ⅰ型）", "N01.7"),
                          dx("弥漫性肺泡出血", "R04.8"), dx("急性肾损伤3期", "N17.9"), dx("高钾血症", "E87.5")])
    rec["examinations"] = c.exams
    return rec


# ---------------------------------------------------------------- row 1: 发育性髋关节发育不良 (paediatric orthopaedics)
def case1() -> dict:
    c = Case()
    g = "一般查体"
    c.pe(f"{g}/生命体征", "T 36.7℃，HR 126次/分，R 32次/分")
    c.pe(f"{g}/体重", "6.4kg")
    c.pe(f"{g}/身长", "63cm")
    c.pe(f"{g}/前囟", "1.5cm×1.5cm，平软")
    c.pe(f"{g}/心肺", "心音有力，律齐，未闻及杂音；双肺呼吸音清")
    c.pe(f"{g}/腹部", "腹软，肝脾未触及")
    sp = "专科检查"
    c.pe(f"{sp}/臀纹及大腿皮纹", "左侧大腿内侧皮纹较右侧多一条且加深，臀纹左侧偏高")
    c.pe(f"{sp}/双下肢长度", "仰卧位左下肢短缩约1cm")
    c.pe(f"{sp}/Galeazzi征(Allis征)", "阳性（屈髋屈膝并足时左膝低于右膝）")
    h = f"{sp}/髋关节"
    c.pe(f"{h}/右髋/屈髋外展角度", "屈髋90°外展80°")
    c.pe(f"{h}/右髋/Ortolani征", "阴性")
    c.pe(f"{h}/右髋/Barlow试验", "阴性")
    c.pe(f"{h}/左髋/屈髋外展角度", "屈髋90°外展仅50°，内收肌紧张", )
    c.pe(f"{h}/左髋/Ortolani征", "阳性，外展时可触及弹响复位感", reveals=True)
    c.pe(f"{h}/左髋/Barlow试验", "阳性（内收加压时股骨头向后脱出）")
    c.pe(f"{sp}/膝关节", "双膝无肿胀，活动正常")
    c.pe(f"{sp}/足部/右足", "外观正常，可被动背伸至中立位以上")
    c.pe(f"{sp}/足部/左足", "外观正常，无马蹄内翻畸形")
    c.pe(f"{sp}/脊柱及骶尾部", "脊柱无侧弯，骶尾部无小凹及毛发")
    c.pe(f"{sp}/斜颈检查", "胸锁乳突肌未触及包块，头颈活动自如")
    n = "神经系统检查"
    c.pe(f"{n}/四肢肌张力", "正常")
    c.pe(f"{n}/四肢自主活动", "四肢自主活动对称有力")
    c.pe(f"{n}/原始反射", "拥抱反射对称，握持反射存在")
    c.pe(f"{n}/腱反射", "双膝反射对称引出")
    c.other("评估/丹佛发育筛查测验(DDST)", "正常")
    us = "影像/髋关节超声(Graf法)"
    c.img(f"{us}/右髋/α角", "62°")
    c.img(f"{us}/右髋/β角", "52°")
    c.img(f"{us}/右髋/Graf分型", "Ⅰ型（成熟髋）")
    c.img(f"{us}/左髋/α角", "41°")
    c.img(f"{us}/左髋/β角", "82°")
    c.img(f"{us}/左髋/Graf分型", "Ⅳ型（股骨头脱位，盂唇内翻）", reveals=True)
    c.img(f"{us}/左髋/股骨头覆盖率", "18%")
    xr = "影像/骨盆正位X线片"
    c.img(f"{xr}/髋臼指数/右侧", "24°")
    c.img(f"{xr}/髋臼指数/左侧", "38°")
    c.img(f"{xr}/Shenton线", "左侧不连续")
    c.img(f"{xr}/股骨头骨化中心", "右侧可见小骨化中心，左侧未出现，位于Perkin方格外上象限")
    lab = "检验"
    c.lab(f"{lab}/血常规/白细胞计数(WBC)", 9.6, "×10^9/L", None, "5.0-12.0")
    c.lab(f"{lab}/血常规/血红蛋白(HGB)", 112, "g/L", None, "97-141")
    c.lab(f"{lab}/血常规/血小板计数(PLT)", 356, "×10^9/L", None, "100-400")
    c.lab(f"{lab}/C反应蛋白(CRP)", 1.2, "mg/L", None, "<8")
    co = f"{lab}/凝血功能"
    c.lab(f"{co}/凝血酶原时间(PT)", 11.8, "s", None, "9.4-12.5")
    c.lab(f"{co}/活化部分凝血活酶时间(APTT)", 34.2, "s", None, "25.1-36.5")
    c.lab(f"{co}/纤维蛋白原(FIB)", 2.4, "g/L", None, "2.0-4.0")
    c.lab(f"{lab}/25-羟维生素D", 62, "nmol/L", None, ">50")
    c.lab(f"{lab}/血钙", 2.48, "mmol/L", None, "2.2-2.7")
    rec = base(1, "paediatric orthopaedics",
               {"sex": "女", "age": "4月龄", "age_years": 0.33, "occupation": None, "text": "女婴，4月龄"},
               chief_complaint="发现双侧大腿皮纹不对称3周",
               present_illness="患儿系G1P1，足月臀位剖宫产，出生体重3.2kg。3周前家长换尿布时发现左侧大腿皮纹较右侧多，左腿外展受限，"
                               "换尿布时偶闻髋部“咔哒”声，无哭闹、发热，四肢活动自如。社区体检建议转诊。",
               past_history="无窒息抢救史，新生儿听力筛查通过。",
               personal_history="母乳喂养，常用襁褓包裹双下肢伸直位。",
               marital_reproductive_history="",
               family_history="母亲幼年曾诊断“髋关节发育不良”行支具治疗。",
               diagnoses=[dx("发育性髋关节发育不良（左侧，髋关节脱位）", "Q65.0", True)])
    rec["examinations"] = c.exams
    return rec


# ---------------------------------------------------------------- row 2: 视神经脊髓炎谱系疾病 (neurology)
def case2() -> dict:
    c = Case()
    v = "入院查体/生命体征"
    c.pe(f"{v}/体温", "36.6℃")
    c.pe(f"{v}/脉搏", "82次/分")
    c.pe(f"{v}/呼吸", "18次/分")
    c.pe(f"{v}/血压", "118/72mmHg")
    c.pe("入院查体/内科查体", "心肺腹查体未见明显异常，背部及臀部皮肤完整")
    n = "神经系统检查"
    c.pe(f"{n}/意识及高级皮层功能", "神清，言语流利，定向力、记忆力、计算力正常")
    cn = f"{n}/颅神经"
    c.pe(f"{cn}/视力/右眼", "指数/30cm")
    c.pe(f"{cn}/视力/左眼", "0.8")
    c.pe(f"{cn}/瞳孔/大小及对光反射", "双瞳等大等圆，直径3mm，右眼直接对光反射迟钝，间接对光反射存在")
    c.pe(f"{cn}/瞳孔/相对性传入性瞳孔障碍(RAPD)", "右眼阳性（交替光照试验）")
    c.pe(f"{cn}/眼底/右眼", "视盘轻度水肿，边界欠清")
    c.pe(f"{cn}/眼底/左眼", "视盘边界清，色淡红")
    c.pe(f"{cn}/眼球运动", "各方向运动充分，无眼震，眼球转动时右眼眶后痛")
    c.pe(f"{cn}/其余颅神经", "面部感觉对称，角膜反射存在，面纹对称，伸舌居中，咽反射存在")
    m = f"{n}/运动系统"
    c.pe(f"{m}/肌力/右上肢", "5级")
    c.pe(f"{m}/肌力/左上肢", "5级")
    c.pe(f"{m}/肌力/右下肢", "3级")
    c.pe(f"{m}/肌力/左下肢", "4-级")
    c.pe(f"{m}/肌张力", "双下肢肌张力增高（折刀样）")
    se = f"{n}/感觉系统"
    c.pe(f"{se}/感觉平面", "T6水平以下针刺觉减退")
    c.pe(f"{se}/深感觉", "双足振动觉及位置觉减退")
    r = f"{n}/反射"
    c.pe(f"{r}/肱二头肌反射", "双侧（++）")
    c.pe(f"{r}/膝反射/右侧", "（+++）")
    c.pe(f"{r}/膝反射/左侧", "（+++）")
    c.pe(f"{r}/踝阵挛", "右侧阳性，左侧未引出")
    c.pe(f"{r}/腹壁反射", "双侧中、下腹壁反射消失")
    c.pe(f"{r}/Babinski征/右侧", "阳性")
    c.pe(f"{r}/Babinski征/左侧", "阳性")
    c.pe(f"{n}/共济运动", "双侧指鼻试验稳准；跟膝胫试验因下肢无力完成欠佳；Romberg征无法配合")
    c.pe(f"{n}/Lhermitte征", "阴性")
    c.pe(f"{n}/脑膜刺激征", "颈软，Kernig征阴性，Brudzinski征阴性")
    c.pe(f"{n}/括约肌功能", "排尿费力，尿潴留，已留置导尿")
    c.other("评估/扩展残疾状态量表(EDSS)", "6.5分")
    lab = "检验"
    c.lab(f"{lab}/血常规/白细胞计数(WBC)", 6.8, "×10^9/L", None, "3.5-9.5")
    c.lab(f"{lab}/血常规/血红蛋白(HGB)", 128, "g/L", None, "115-150")
    ab = f"{lab}/血清中枢神经系统脱髓鞘抗体"
    c.text_lab(f"{ab}/AQP4-IgG(CBA法)", "阳性（1:100）", reveals=True)
    c.text_lab(f"{ab}/MOG-IgG(CBA法)", "阴性")
    au = f"{lab}/自身抗体"
    c.text_lab(f"{au}/抗核抗体(ANA)", "1:320，斑点型")
    c.text_lab(f"{au}/抗SSA抗体", "阳性")
    c.text_lab(f"{au}/抗SSB抗体", "阴性")
    t = f"{lab}/甲状腺功能"
    c.lab(f"{t}/FT4", 15.2, "pmol/L", None, "12-22")
    c.lab(f"{t}/TSH", 2.6, "mIU/L", None, "0.27-4.2")
    c.lab(f"{t}/甲状腺过氧化物酶抗体(TPOAb)", 186, "IU/mL", "H", "<34")
    c.lab(f"{lab}/维生素B12", 412, "pmol/L", None, "133-675")
    lp = "腰椎穿刺"
    c.other(f"{lp}/初压", "160mmH2O")
    c.text_lab(f"{lp}/脑脊液常规/外观", "无色透明")
    c.text_lab(f"{lp}/脑脊液常规/白细胞计数", "38×10^6/L（中性粒细胞18%）")
    c.text_lab(f"{lp}/脑脊液生化/蛋白", "0.86g/L")
    c.text_lab(f"{lp}/脑脊液生化/葡萄糖", "3.2mmol/L")
    c.text_lab(f"{lp}/脑脊液生化/氯", "124mmol/L")
    c.text_lab(f"{lp}/寡克隆区带/脑脊液", "阴性")
    c.text_lab(f"{lp}/寡克隆区带/血清", "阴性")
    c.text_lab(f"{lp}/IgG指数", "0.58")
    c.lab(f"{lab}/血糖", 5.1, "mmol/L", None, "3.9-6.1")
    c.other("特殊检查/视觉诱发电位(VEP)/右眼", "P100潜伏期延长（132ms），波幅明显降低")
    c.other("特殊检查/视觉诱发电位(VEP)/左眼", "P100潜伏期106ms，波幅正常")
    c.other("特殊检查/光学相干断层扫描(OCT)/右眼", "视盘周围视网膜神经纤维层增厚（急性期水肿）")
    c.other("特殊检查/光学相干断层扫描(OCT)/左眼", "RNFL厚度正常")
    c.other("特殊检查/Humphrey视野/右眼", "中心暗点，平均缺损-18.6dB")
    c.other("特殊检查/Humphrey视野/左眼", "大致正常")
    c.other("特殊检查/膀胱残余尿测定", "拔除导尿管后B超测残余尿220mL")
    c.img("影像/颈胸段脊髓MRI平扫+增强", "C7-T8髓内长T2信号，长度超过3个椎体节段，以中央灰质为主，横断面累及>1/2，增强斑片状强化；脊髓稍肿胀", reveals=True)
    c.img("影像/头颅MRI平扫", "双侧侧脑室旁少许点状T2高信号，第三脑室、延髓最后区未见异常")
    c.img("影像/眼眶MRI增强", "右侧视神经眶内段增粗，T2高信号并强化，未累及视交叉")
    rec = base(2, "neurology",
               {"sex": "女", "age": "36岁", "age_years": 36.0, "occupation": "教师", "text": "女，36岁，中学教师"},
               chief_complaint="右眼视力下降伴眼球转动痛10天，双下肢无力麻木、排尿困难5天",
               present_illness="患者10天前无诱因出现右眼视物模糊，眼球转动时疼痛，3天内视力降至仅能数指。5天前出现双下肢麻木无力，"
                               "自足部向上发展至胸部，右侧为重，伴束带感及排尿困难，需导尿。起病前2周有“感冒”史。无发热、头痛、抽搐。",
               past_history="2年前曾有顽固性呃逆、恶心2周，自行缓解；否认药物过敏史。",
               personal_history="不吸烟，不饮酒。",
               marital_reproductive_history="已婚，G1P1。",
               family_history="无特殊。",
               diagnoses=[dx("视神经脊髓炎谱系疾病（AQP4-IgG阳性）", "G36.0", True), dx("右眼视神经炎", "H46"),
                          dx("长节段横贯性脊髓炎", "G37.3"), dx("神经源性膀胱", "N31.9")])
    rec["examinations"] = c.exams
    return rec


# ---------------------------------------------------------------- row 3: 慢性鼻窦炎伴鼻息肉 (ENT)
def case3() -> dict:
    c = Case()
    c.pe("体格检查/生命体征", "T 36.5℃，P 76次/分，R 18次/分，BP 132/84mmHg")
    c.pe("体格检查/肺部", "双肺呼吸音粗，呼气相可闻及散在哮鸣音")
    c.pe("体格检查/心脏", "心率76次/分，律齐，无杂音")
    sp = "专科检查"
    c.pe(f"{sp}/外鼻", "外鼻无畸形，鼻背无增宽")
    c.pe(f"{sp}/前鼻镜检查/右侧", "鼻腔黏膜淡白水肿，总鼻道可见荔枝肉样新生物")
    c.pe(f"{sp}/前鼻镜检查/左侧", "中鼻道见半透明新生物，下鼻甲稍大")
    c.pe(f"{sp}/鼻窦区压痛", "双侧上颌窦、额窦区无压痛")
    c.pe(f"{sp}/口咽", "咽部黏膜稍充血，扁桃体Ⅰ度，咽后壁少量黏脓性分泌物附着")
    c.pe(f"{sp}/间接喉镜", "会厌抬举好，双侧声带光滑，运动对称")
    c.pe(f"{sp}/耳部/右耳", "外耳道通畅，鼓膜完整，标志清")
    c.pe(f"{sp}/耳部/左耳", "外耳道通畅，鼓膜稍内陷")
    c.pe(f"{sp}/颈部淋巴结", "未触及肿大淋巴结")
    e = "鼻内镜检查"
    c.other(f"{e}/右侧鼻腔/鼻中隔", "基本居中")
    c.other(f"{e}/右侧鼻腔/中鼻道", "息肉充满中鼻道并脱入总鼻道，达下鼻甲下缘，表面见黏脓性分泌物", reveals=True)
    c.other(f"{e}/右侧鼻腔/息肉评分", "3分")
    c.other(f"{e}/左侧鼻腔/鼻中隔", "向左轻度偏曲")
    c.other(f"{e}/左侧鼻腔/中鼻道", "息肉超出中鼻甲下缘")
    c.other(f"{e}/左侧鼻腔/息肉评分", "2分")
    c.other(f"{e}/鼻咽部", "鼻咽部光滑，咽隐窝对称，咽鼓管咽口通畅")
    c.other("评估/鼻腔鼻窦结局测试-22(SNOT-22)", "64分")
    c.other("评估/视觉模拟量表(VAS)/鼻塞", "8分")
    c.other("评估/视觉模拟量表(VAS)/嗅觉减退", "9分")
    c.other("特殊检查/T&T嗅觉测试", "嗅觉识别阈8分（嗅觉丧失）")
    c.other("特殊检查/鼻声反射", "双侧鼻腔最小横截面积减小，右侧0.21cm²，左侧0.38cm²")
    c.other("特殊检查/鼻阻力测定", "总鼻阻力0.62Pa/(cm³·s)，增高")
    pf = "特殊检查/肺功能"
    c.other(f"{pf}/FEV1", "占预计值72%")
    c.other(f"{pf}/一秒率(FEV1%FVC)", "64%")
    c.other(f"{pf}/支气管舒张试验", "阳性（FEV1改善18%，绝对值增加320mL）")
    c.other("特殊检查/呼出气一氧化氮(FeNO)", "68ppb")
    c.other("特殊检查/心电图", "窦性心律，正常心电图")
    lab = "检验"
    b = f"{lab}/血常规"
    c.lab(f"{b}/白细胞计数(WBC)", 7.9, "×10^9/L", None, "3.5-9.5")
    c.lab(f"{b}/嗜酸性粒细胞计数(EOS#)", 0.92, "×10^9/L", "H", "0.02-0.52")
    c.lab(f"{b}/嗜酸性粒细胞百分比(EOS%)", 11.6, "%", "H", "0.4-8.0")
    c.lab(f"{b}/血红蛋白(HGB)", 148, "g/L", None, "130-175")
    c.lab(f"{lab}/血清总IgE", 486, "IU/mL", "H", "<100")
    sige = f"{lab}/过敏原特异性IgE"
    c.text_lab(f"{sige}/屋尘螨", "0.12 kUA/L（0级）")
    c.text_lab(f"{sige}/猫毛皮屑", "阴性")
    c.text_lab(f"{sige}/链格孢霉", "阴性")
    co = f"{lab}/凝血功能"
    c.lab(f"{co}/PT", 11.6, "s", None, "9.4-12.5")
    c.lab(f"{co}/APTT", 30.8, "s", None, "25.1-36.5")
    c.lab(f"{lab}/肝功能/ALT", 24, "U/L", None, "9-50")
    c.lab(f"{lab}/肾功能/肌酐(Cr)", 78, "μmol/L", None, "57-111")
    c.img("影像/鼻窦CT平扫/所见", "双侧上颌窦、前后组筛窦、额窦及右侧蝶窦软组织密度影充填，筛窦为著，双侧窦口鼻道复合体阻塞，骨质未见破坏")
    c.img("影像/鼻窦CT平扫/Lund-Mackay评分", "19分")
    bx = "鼻息肉活检病理"
    c.text_lab(f"{bx}/镜下所见", "鼻腔黏膜组织水肿，间质大量嗜酸性粒细胞浸润，基底膜增厚")
    c.text_lab(f"{bx}/组织嗜酸性粒细胞计数", "约85个/HPF（>10%）")
    c.text_lab(f"{bx}/病理诊断", "（左中鼻道）嗜酸性粒细胞性鼻息肉", reveals=True)
    rec = base(3, "otolaryngology",
               {"sex": "男", "age": "45岁", "age_years": 45.0, "occupation": "工程师", "text": "男，45岁，工程师"},
               chief_complaint="双侧鼻塞、流脓涕伴嗅觉减退3年，加重半年",
               present_illness="患者3年前起出现双侧持续性鼻塞，流黏脓涕，渐进性嗅觉减退，近半年嗅觉完全丧失，夜间张口呼吸、打鼾。"
                               "曾多次口服抗生素及鼻喷激素，症状反复。有阵发性喘息2年，服用阿司匹林后曾出现喘息加重。",
               past_history="支气管哮喘2年，间断吸入布地奈德福莫特罗；否认鼻部手术史。",
               personal_history="不吸烟，少量饮酒。",
               marital_reproductive_history="已婚，育1子。",
               family_history="无特殊。",
               diagnoses=[dx("慢性鼻窦炎伴鼻息肉（双侧，嗜酸性粒细胞型）", "J33.9", True), dx("支气管哮喘", "J45.9"),
                          dx("鼻中隔偏曲", "J34.2")])
    rec["examinations"] = c.exams
    return rec


def main() -> None:
    write_zh_cases(HERE, [case0(), case1(), case2(), case3()])


if __name__ == "__main__":
    main()

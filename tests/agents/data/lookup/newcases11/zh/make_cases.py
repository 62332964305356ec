"""Write cases_zh.jsonl: 4 new Chinese inpatient cases (newcases11 / zh), one CaseRecord per line.

Cases written inline, from clinical knowledge (人卫版 内科学 / 传染病学 / 儿科学 / 诊断学; ESC 2023 心肌病指南,
中国炎症性肠病诊断与治疗共识, 中国恙虫病诊疗专家共识, 中国儿童全身型幼年特发性关节炎诊断与治疗建议).
Each record is built from its source-key path: name = last segment, group = the parent segment (or the name
itself when the parent is a top-level container), so layouts differ case by case (containers, nesting depth,
per-side and per-site records, procedures holding several test groups). No path segment contains "/".
The `Case` helper is newcases10/zh's with this set's containers.
Run: .venv/bin/python make_cases.py
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from dxgym.evaluation.lookup_sets import ZhCase, write_zh_cases, zh_case_base, zh_dx

HERE = Path(__file__).resolve().parent
SET = "newcases11"
TOP = {"入院查体", "体格检查", "专科检查", "心脏查体", "腹部查体", "肛周检查", "关节检查", "检验", "影像", "评估",
       "特殊检查", "结肠镜检查", "胃镜检查", "骨髓穿刺", "关节腔穿刺(右膝)"}


# The builder, fixed fields and writer are every Chinese part's (dxgym.evaluation.lookup_sets).
Case = partial(ZhCase, TOP, lab_style="ref")
base = partial(zh_case_base, "newcases11")
dx = zh_dx


# ---------------------------------------------------------------- row 0: 肥厚型梗阻性心肌病 (cardiology)
def case0() -> dict:
    c = Case()
    v = "入院查体/生命体征"
    c.pe(f"{v}/体温", "36.5℃")
    c.pe(f"{v}/脉搏", "68次/分")
    c.pe(f"{v}/呼吸", "16次/分")
    c.pe(f"{v}/血压/右上肢", "124/76mmHg")
    c.pe(f"{v}/血压/左上肢", "120/74mmHg")
    c.pe("入院查体/颈静脉", "颈静脉无怒张，肝颈静脉回流征阴性")
    c.pe("入院查体/颈动脉搏动", "双侧颈动脉搏动快速升支后回落，可触及双峰脉")
    c.pe("入院查体/肺部", "双肺呼吸音清，未闻及干湿啰音")
    c.pe("入院查体/腹部", "腹软，无压痛，肝脾肋下未触及")
    c.pe("入院查体/双下肢水肿", "双下肢无水肿")
    h = "心脏查体"
    c.pe(f"{h}/视诊", "心前区无隆起，心尖搏动位于左侧第5肋间锁骨中线内0.5cm")
    c.pe(f"{h}/触诊", "心尖搏动呈抬举样，可触及双重心尖搏动；胸骨左缘第3-4肋间可触及收缩期震颤")
    c.pe(f"{h}/叩诊", "心浊音界向左稍扩大")
    c.pe(f"{h}/听诊/心率心律", "心率68次/分，律齐")
    c.pe(f"{h}/听诊/心音", "S1正常，S2逆分裂，心尖部可闻及S4")
    m = f"{h}/听诊/杂音"
    c.pe(f"{m}/静息", "胸骨左缘第3-4肋间3/6级收缩中晚期喷射性杂音，不向颈部传导；心尖部2/6级收缩期吹风样杂音", reveals=True)
    c.pe(f"{m}/Valsalva动作", "Valsalva动作屏气期杂音增强至4/6级")
    c.pe(f"{m}/蹲踞位", "蹲踞时杂音减弱至2/6级")
    c.pe(f"{m}/由蹲位站立", "由蹲位迅速站立后杂音明显增强")
    c.other("评估/NYHA心功能分级", "Ⅲ级")
    c.other("评估/HCM心脏性猝死风险评分(HCM Risk-SCD)", "5年猝死风险4.8%（中危）")
    lab = "检验"
    b = f"{lab}/血常规"
    c.lab(f"{b}/白细胞计数(WBC)", 6.2, "×10^9/L", None, "3.5-9.5")
    c.lab(f"{b}/血红蛋白(HGB)", 148, "g/L", None, "130-175")
    c.lab(f"{b}/血小板计数(PLT)", 212, "×10^9/L", None, "125-350")
    c.lab(f"{lab}/N末端B型利钠肽原(NT-proBNP)", 1860, "pg/mL", "H", "<125")
    mk = f"{lab}/心肌损伤标志物"
    c.lab(f"{mk}/高敏肌钙蛋白T(hs-cTnT)", 0.021, "ng/mL", "H", "<0.014")
    c.lab(f"{mk}/肌酸激酶同工酶(CK-MB)", 2.1, "ng/mL", None, "<4.9")
    c.lab(f"{mk}/肌红蛋白(MYO)", 28, "ng/mL", None, "<72")
    r = f"{lab}/肾功能"
    c.lab(f"{r}/肌酐(Cr)", 86, "μmol/L", None, "57-111")
    c.lab(f"{r}/尿素(Urea)", 5.6, "mmol/L", None, "3.1-8.0")
    c.lab(f"{r}/估算肾小球滤过率(eGFR)", 88, "mL/min/1.73m²", None, ">90")
    e = f"{lab}/电解质"
    c.lab(f"{e}/钾(K)", 4.1, "mmol/L", None, "3.5-5.3")
    c.lab(f"{e}/钠(Na)", 140, "mmol/L", None, "137-147")
    c.lab(f"{e}/镁(Mg)", 0.86, "mmol/L", None, "0.75-1.02")
    c.lab(f"{lab}/甲状腺功能/TSH", 1.9, "mIU/L", None, "0.27-4.2")
    c.lab(f"{lab}/甲状腺功能/FT4", 16.4, "pmol/L", None, "12-22")
    c.text_lab(f"{lab}/血脂", "TC 4.9mmol/L，TG 1.4mmol/L，HDL-C 1.12mmol/L，LDL-C 3.0mmol/L")
    c.lab(f"{lab}/糖化血红蛋白(HbA1c)", 5.6, "%", None, "4.0-6.0")
    c.text_lab(f"{lab}/α-半乳糖苷酶A活性", "正常（法布雷病筛查阴性）")
    c.text_lab(f"{lab}/心肌病基因检测", "MYBPC3 c.1504C>T（p.Arg502Trp）杂合致病变异", reveals=True)
    s = "特殊检查"
    c.other(f"{s}/心电图", "窦性心律，左心室高电压，V4-V6导联ST段压低伴T波深倒置，Ⅰ、aVL导联病理性Q波")
    hol = f"{s}/动态心电图(24小时)"
    c.other(f"{hol}/基础心律", "窦性心律，平均心率66次/分，最慢48次/分，最快118次/分")
    c.other(f"{hol}/室性心律失常", "室性早搏1260次/24h，单形；非持续性室性心动过速1阵，3跳，频率160次/分")
    c.other(f"{hol}/房性心律失常", "房性早搏84次/24h，未见心房颤动")
    c.other(f"{hol}/ST-T", "未见动态ST-T改变")
    cp = f"{s}/心肺运动试验"
    c.other(f"{cp}/峰值摄氧量(peak VO2)", "18.6mL/kg/min（预计值62%）")
    c.other(f"{cp}/无氧阈(AT)", "11.2mL/kg/min")
    c.other(f"{cp}/运动血压反应", "运动中收缩压仅升高12mmHg（血压反应异常）")
    c.other(f"{cp}/结论", "中度运动耐量下降，运动血压反应异常，运动中未诱发心律失常")
    u = "影像/经胸超声心动图"
    c.img(f"{u}/左心室壁厚度/室间隔", "基底段22mm，中段18mm")
    c.img(f"{u}/左心室壁厚度/左室后壁", "11mm")
    c.img(f"{u}/二尖瓣", "前叶收缩期前向运动（SAM征），中度二尖瓣反流，反流束朝向后外侧")
    c.img(f"{u}/左室流出道压差/静息", "56mmHg", reveals=True)
    c.img(f"{u}/左室流出道压差/Valsalva激发", "98mmHg")
    c.img(f"{u}/左心房", "前后径46mm")
    c.img(f"{u}/左室射血分数", "72%")
    c.img(f"{u}/舒张功能", "E/e' 16，左室舒张功能减低")
    c.img(f"{u}/印象", "非对称性室间隔肥厚，静息左室流出道梗阻，符合肥厚型梗阻性心肌病")
    mr = "影像/心脏磁共振(CMR)"
    c.img(f"{mr}/所见", "室间隔基底-中段非对称性肥厚，最厚23mm，左室收缩功能正常，二尖瓣SAM征")
    c.img(f"{mr}/钆延迟强化(LGE)", "室间隔与右室前、后插入部斑片状延迟强化，约占左室心肌质量8%")
    c.img(f"{mr}/印象", "肥厚型心肌病（室间隔型）伴局灶心肌纤维化")
    c.img("影像/冠状动脉CTA", "左前降支中段浅表型心肌桥，冠状动脉未见明显狭窄")
    c.img("影像/胸部X线片", "心影稍大，双肺纹理清晰，未见肺淤血")
    rec = base(0, "cardiology",
               {"sex": "男", "age": "52岁", "age_years": 52.0, "occupation": "中学教师", "text": "男，52岁，中学教师"},
               chief_complaint="活动后胸闷、气短3年，加重伴活动中黑矇1次1月",
               present_illness="患者3年前起快步行走或爬2层楼后胸闷、气短，休息数分钟缓解。1月前饭后快步上楼时突发眼前发黑，"
                               "扶墙站立约10秒后缓解，无意识丧失、抽搐。近1月平地步行200米即感气短。无夜间阵发性呼吸困难。",
               past_history="否认高血压、糖尿病史；否认药物过敏史。",
               personal_history="不吸烟，少量饮酒。",
               marital_reproductive_history="已婚，育1女。",
               family_history="父亲48岁时猝死，原因未明；弟弟体检发现“心肌肥厚”。",
               diagnoses=[dx("肥厚型梗阻性心肌病", "I42.1", True), dx("心功能Ⅲ级（NYHA）", "I50.9"),
                          dx("非持续性室性心动过速", "I47.2")])
    rec["examinations"] = c.exams
    return rec


# ---------------------------------------------------------------- row 1: 克罗恩病 (gastroenterology)
def case1() -> dict:
    c = Case()
    c.pe("入院查体/生命体征", "T 37.8℃，P 96次/分，R 18次/分，BP 108/66mmHg")
    w = "入院查体/身高体重"
    c.pe(f"{w}/身高", "176cm")
    c.pe(f"{w}/体重", "52kg")
    c.pe(f"{w}/BMI", "16.8kg/m²")
    c.pe("入院查体/口腔", "双颊黏膜见2处阿弗他溃疡，直径约3mm")
    c.pe("入院查体/皮肤", "双胫前见3处直径1-2cm暗红色压痛性皮下结节（结节性红斑）")
    c.pe("入院查体/眼部", "双眼结膜无充血，巩膜无黄染")
    c.pe("入院查体/关节", "右膝关节轻度肿胀，无明显压痛，活动不受限")
    c.pe("入院查体/心肺", "心肺听诊未见异常")
    a = "腹部查体"
    c.pe(f"{a}/视诊", "舟状腹，未见胃肠型及蠕动波")
    c.pe(f"{a}/听诊", "肠鸣音6次/分，未闻及气过水声")
    c.pe(f"{a}/触诊/压痛", "右下腹压痛")
    c.pe(f"{a}/触诊/反跳痛及肌紧张", "无反跳痛及肌紧张")
    c.pe(f"{a}/触诊/腹部包块", "右下腹可触及约5cm×4cm包块，质韧，边界欠清，轻压痛，活动度差")
    c.pe(f"{a}/叩诊", "鼓音，移动性浊音阴性")
    p = "肛周检查"
    c.pe(f"{p}/视诊", "截石位6点距肛缘2cm见一瘘管外口，挤压有少量脓性分泌物；肛周见皮赘")
    c.pe(f"{p}/直肠指检", "进指7cm，肛管稍狭窄，未触及肿块，指套退出无血染")
    c.other("评估/克罗恩病活动指数(CDAI)", "286分（中度活动）")
    c.other("评估/营养风险筛查(NRS2002)", "4分（存在营养风险）")
    c.other("评估/蒙特利尔分型", "A2 L3 B3p（回结肠型，穿透型，伴肛周病变）")
    lab = "检验"
    b = f"{lab}/血常规"
    c.lab(f"{b}/白细胞计数(WBC)", 10.2, "×10^9/L", "H", "3.5-9.5")
    c.lab(f"{b}/血红蛋白(HGB)", 96, "g/L", "L", "130-175")
    c.lab(f"{b}/平均红细胞体积(MCV)", 74, "fL", "L", "82-100")
    c.lab(f"{b}/血小板计数(PLT)", 468, "×10^9/L", "H", "125-350")
    i = f"{lab}/炎症指标"
    c.lab(f"{i}/C反应蛋白(CRP)", 46, "mg/L", "H", "<10")
    c.lab(f"{i}/红细胞沉降率(ESR)", 52, "mm/h", "H", "0-15")
    lv = f"{lab}/肝功能"
    c.lab(f"{lv}/ALT", 18, "U/L", None, "9-50")
    c.lab(f"{lv}/白蛋白(ALB)", 29, "g/L", "L", "40-55")
    c.lab(f"{lv}/碱性磷酸酶(ALP)", 88, "U/L", None, "45-125")
    fe = f"{lab}/铁代谢"
    c.lab(f"{fe}/血清铁", 5.2, "μmol/L", "L", "10.6-36.7")
    c.lab(f"{fe}/铁蛋白", 22, "ng/mL", "L", "30-400")
    c.lab(f"{fe}/转铁蛋白饱和度", 8, "%", "L", "20-50")
    c.lab(f"{lab}/维生素B12", 168, "pmol/L", "L", "180-914")
    st = f"{lab}/粪便检查"
    c.text_lab(f"{st}/大便常规/性状", "黄色稀糊便")
    c.text_lab(f"{st}/大便常规/白细胞", "5-8/HP")
    c.text_lab(f"{st}/大便常规/红细胞", "2-3/HP")
    c.text_lab(f"{st}/大便常规/隐血", "阳性")
    c.text_lab(f"{st}/粪钙卫蛋白", "860μg/g ↑（参考值 <50）")
    c.text_lab(f"{st}/艰难梭菌毒素A+B", "阴性")
    c.text_lab(f"{st}/粪便细菌培养", "未检出沙门菌、志贺菌")
    c.text_lab(f"{lab}/炎症性肠病抗体/抗酿酒酵母抗体(ASCA)", "IgG阳性")
    c.text_lab(f"{lab}/炎症性肠病抗体/抗中性粒细胞胞浆抗体(pANCA)", "阴性")
    c.text_lab(f"{lab}/结核感染T细胞检测(T-SPOT.TB)", "阴性（A抗原0，B抗原1）")
    c.text_lab(f"{lab}/巨细胞病毒DNA(血浆)", "<500 copies/mL（阴性）")
    c.text_lab(f"{lab}/乙肝两对半", "HBsAg阴性，抗-HBs阳性，HBeAg阴性，抗-HBe阴性，抗-HBc阴性")
    c.other("胃镜检查", "食管未见异常；胃体小弯侧见竹节状外观，胃窦散在糜烂；十二指肠球部及降部未见异常")
    co = "结肠镜检查"
    c.other(f"{co}/进镜情况", "进镜至回肠末段约15cm，肠道准备良好（波士顿评分8分）")
    c.other(f"{co}/回肠末段", "多发纵行溃疡，部分呈铺路石样改变，肠腔轻度狭窄，内镜可通过", reveals=True)
    c.other(f"{co}/回盲瓣", "变形，见不规则溃疡")
    c.other(f"{co}/升结肠", "节段性分布纵行溃疡，溃疡间黏膜正常（跳跃性病变）")
    c.other(f"{co}/横结肠", "未见异常")
    c.other(f"{co}/降结肠及乙状结肠", "散在阿弗他溃疡")
    c.other(f"{co}/直肠", "黏膜光滑，血管纹理清晰，未见溃疡")
    c.path_(f"{co}/活检病理/回肠末段", "黏膜慢性活动性炎，隐窝结构扭曲，可见非干酪样上皮样肉芽肿", reveals=True)
    c.path_(f"{co}/活检病理/升结肠", "慢性活动性肠炎，局灶隐窝脓肿；抗酸染色阴性")
    c.other(f"{co}/简化克罗恩病内镜评分(SES-CD)", "14分")
    ct = "影像/CT小肠成像(CTE)"
    c.img(f"{ct}/所见", "回肠末段约20cm肠壁增厚达9mm，分层强化呈靶征，肠系膜血管增多呈梳状征；回肠-回肠间见窦道，近端小肠轻度扩张")
    c.img(f"{ct}/印象", "回肠末段克罗恩病（活动期）伴肠腔狭窄及肠间内瘘")
    mr = "影像/盆腔MRI(肛瘘)"
    c.img(f"{mr}/所见", "截石位6点见经括约肌瘘管，内口位于齿状线水平，未见脓腔")
    c.img(f"{mr}/印象", "经括约肌型肛瘘，未见肛周脓肿")
    c.img("影像/胸部CT平扫", "双肺未见活动性结核病灶及陈旧性病变")
    rec = base(1, "gastroenterology",
               {"sex": "男", "age": "22岁", "age_years": 22.0, "occupation": "大学生", "text": "男，22岁，大学生"},
               chief_complaint="反复腹痛、腹泻1年，肛周流脓3月，低热伴消瘦2月",
               present_illness="患者1年前起反复右下腹隐痛，进食后加重，伴腹泻3-5次/日，为黄色稀糊便，偶带少量血。3月前肛周间断流脓。"
                               "2月来午后低热，体温最高37.9℃，近1年体重下降10kg。曾按“肠炎”口服抗生素，效果不佳。无盗汗、咳嗽。",
               past_history="1年前曾行“肛周脓肿切开引流术”；否认结核病史及接触史；否认药物过敏史。",
               personal_history="吸烟3年，每日10支；不饮酒。",
               marital_reproductive_history="未婚。",
               family_history="无特殊。",
               diagnoses=[dx("克罗恩病（回结肠型，穿透型，活动期）", "K50.8", True), dx("肛瘘", "K60.3"),
                          dx("缺铁性贫血", "D50.9"), dx("中度营养不良", "E44.0")])
    rec["examinations"] = c.exams
    return rec


# ---------------------------------------------------------------- row 2: 恙虫病 (infectious diseases)
def case2() -> dict:
    c = Case()
    v = "体格检查/生命体征"
    c.pe(f"{v}/体温", "39.4℃")
    c.pe(f"{v}/脉搏", "108次/分")
    c.pe(f"{v}/呼吸", "24次/分")
    c.pe(f"{v}/血压", "96/58mmHg")
    c.pe(f"{v}/指脉氧饱和度", "93%（未吸氧）")
    c.pe("体格检查/神志", "神志清楚，精神萎靡，对答切题")
    sk = "体格检查/皮肤"
    c.pe(f"{sk}/焦痂", "右侧腹股沟皱褶处见直径约6mm圆形黑色焦痂，边缘稍隆起，周围红晕，无痛痒", reveals=True)
    c.pe(f"{sk}/皮疹", "躯干及四肢近端散在暗红色斑丘疹，压之褪色，无瘙痒")
    c.pe(f"{sk}/黄疸", "皮肤、巩膜轻度黄染")
    c.pe("体格检查/球结膜", "双侧球结膜充血")
    ln = "体格检查/浅表淋巴结"
    c.pe(f"{ln}/腹股沟/右侧", "可触及2.0cm×1.5cm肿大淋巴结，质软，压痛明显，活动")
    c.pe(f"{ln}/腹股沟/左侧", "未触及肿大淋巴结")
    c.pe(f"{ln}/腋窝", "双侧腋窝可触及数枚黄豆大小淋巴结，轻压痛")
    c.pe(f"{ln}/颈部", "未触及肿大淋巴结")
    c.pe("体格检查/肺部/叩诊", "双下肺叩诊稍浊")
    c.pe("体格检查/肺部/听诊", "双下肺可闻及少许湿啰音")
    c.pe("体格检查/心脏", "心率108次/分，律齐，各瓣膜听诊区未闻及杂音")
    ab = "体格检查/腹部"
    c.pe(f"{ab}/肝脏", "肝肋下2cm，质软，轻触痛")
    c.pe(f"{ab}/脾脏", "脾左肋下1cm可触及，质软")
    c.pe(f"{ab}/肝区叩痛", "阳性")
    c.pe("体格检查/双下肢水肿", "双下肢轻度凹陷性水肿")
    c.pe("体格检查/神经系统/颈强直", "颈软，无抵抗")
    c.pe("体格检查/神经系统/病理征", "双侧巴宾斯基征阴性")
    c.other("评估/qSOFA评分", "2分（呼吸≥22次/分，收缩压≤100mmHg）")
    c.other("评估/SOFA评分", "5分")
    lab = "检验"
    b = f"{lab}/血常规"
    c.lab(f"{b}/白细胞计数(WBC)", 3.1, "×10^9/L", "L", "3.5-9.5")
    c.lab(f"{b}/中性粒细胞百分比(NEUT%)", 78, "%", "H", "40-75")
    c.lab(f"{b}/淋巴细胞百分比(LYM%)", 14, "%", "L", "20-50")
    c.lab(f"{b}/血红蛋白(HGB)", 108, "g/L", "L", "115-150")
    c.lab(f"{b}/血小板计数(PLT)", 42, "×10^9/L", "L", "125-350")
    c.text_lab(f"{lab}/外周血涂片", "可见异型淋巴细胞约6%，未见原始细胞及破碎红细胞")
    c.lab(f"{lab}/炎症指标/C反应蛋白(CRP)", 88, "mg/L", "H", "<10")
    c.lab(f"{lab}/炎症指标/降钙素原(PCT)", 1.2, "ng/mL", "H", "<0.05")
    lv = f"{lab}/肝功能"
    c.lab(f"{lv}/ALT", 186, "U/L", "H", "7-40")
    c.lab(f"{lv}/AST", 242, "U/L", "H", "13-35")
    c.lab(f"{lv}/总胆红素(TBIL)", 38, "μmol/L", "H", "0-21")
    c.lab(f"{lv}/白蛋白(ALB)", 28, "g/L", "L", "40-55")
    c.lab(f"{lab}/肾功能/肌酐(Cr)", 118, "μmol/L", "H", "41-81")
    c.lab(f"{lab}/肾功能/尿素(Urea)", 9.8, "mmol/L", "H", "2.6-7.5")
    c.lab(f"{lab}/心肌酶谱/肌酸激酶(CK)", 420, "U/L", "H", "40-200")
    c.lab(f"{lab}/心肌酶谱/乳酸脱氢酶(LDH)", 680, "U/L", "H", "120-250")
    cg = f"{lab}/凝血功能"
    c.lab(f"{cg}/PT", 13.8, "s", None, "11-14")
    c.lab(f"{cg}/APTT", 42, "s", "H", "25-37")
    c.lab(f"{cg}/纤维蛋白原(FIB)", 1.4, "g/L", "L", "2-4")
    c.lab(f"{cg}/D-二聚体", 3.6, "mg/L FEU", "H", "<0.5")
    hl = f"{lab}/噬血相关指标"
    c.lab(f"{hl}/血清铁蛋白", 2860, "ng/mL", "H", "13-150")
    c.lab(f"{hl}/甘油三酯(TG)", 3.1, "mmol/L", "H", "<1.7")
    c.lab(f"{hl}/可溶性CD25(sIL-2R)", 4200, "U/mL", "H", "<6400")
    u = f"{lab}/尿常规"
    c.text_lab(f"{u}/尿蛋白", "++")
    c.text_lab(f"{u}/尿潜血", "+")
    c.text_lab(f"{u}/尿白细胞", "阴性")
    g = f"{lab}/动脉血气分析(鼻导管吸氧2L/min)"
    c.lab(f"{g}/pH", 7.46, "", "H", "7.35-7.45")
    c.lab(f"{g}/PaO2", 64, "mmHg", "L", "80-100")
    c.lab(f"{g}/PaCO2", 32, "mmHg", "L", "35-45")
    c.lab(f"{g}/乳酸(Lac)", 2.6, "mmol/L", "H", "0.5-1.6")
    c.text_lab(f"{lab}/血培养(双侧双套)", "需氧及厌氧瓶培养5天无细菌生长")
    pa = f"{lab}/病原学检查"
    c.text_lab(f"{pa}/外斐反应/OX19", "1:40")
    c.text_lab(f"{pa}/外斐反应/OX2", "1:40")
    c.text_lab(f"{pa}/外斐反应/OXK", "1:320（阳性）", reveals=True)
    c.text_lab(f"{pa}/恙虫病东方体IgM抗体", "阳性", reveals=True)
    c.text_lab(f"{pa}/血液宏基因组二代测序(mNGS)", "检出恙虫病东方体特异性序列12条", reveals=True)
    bm = "骨髓穿刺"
    c.text_lab(f"{bm}/骨髓涂片/增生程度", "增生活跃")
    c.text_lab(f"{bm}/骨髓涂片/粒系", "比例正常，中性粒细胞胞浆内可见中毒颗粒")
    c.text_lab(f"{bm}/骨髓涂片/红系", "比例稍低，形态大致正常")
    c.text_lab(f"{bm}/骨髓涂片/巨核细胞", "全片见巨核细胞42个，产板型减少")
    c.text_lab(f"{bm}/骨髓涂片/噬血细胞", "可见少量噬血细胞（<1%）")
    c.text_lab(f"{bm}/骨髓培养", "培养7天无细菌生长")
    ct = "影像/胸部CT"
    c.img(f"{ct}/所见", "双下肺胸膜下磨玻璃影及小叶间隔增厚，双侧少量胸腔积液，纵隔未见肿大淋巴结")
    c.img(f"{ct}/印象", "双下肺间质性炎症，双侧少量胸腔积液")
    us = "影像/腹部超声"
    c.img(f"{us}/肝脏", "肝脏增大，实质回声均匀")
    c.img(f"{us}/脾脏", "脾大，厚45mm")
    c.img(f"{us}/胆囊", "胆囊壁水肿增厚")
    c.other("特殊检查/心电图", "窦性心动过速，T波低平")
    rec = base(2, "infectious diseases",
               {"sex": "女", "age": "61岁", "age_years": 61.0, "occupation": "农民", "text": "女，61岁，农民"},
               chief_complaint="发热7天，皮疹3天，气促1天",
               present_illness="患者10月中旬在田间收割稻谷后，7天前出现畏寒、发热，体温最高40.1℃，伴头痛、全身肌肉酸痛、乏力。"
                               "3天前躯干出现皮疹，不痒。1天前活动后气促，尿量减少。当地诊所予头孢类抗生素静滴3天无效。",
               past_history="高血压病5年，服用氨氯地平；否认糖尿病史；否认药物过敏史。",
               personal_history="长期居住农村，常下田劳作，家中有鼠。",
               marital_reproductive_history="已婚，育2子1女。",
               family_history="无特殊。",
               diagnoses=[dx("恙虫病", "A75.3", True), dx("脓毒症", "A41.9"), dx("急性肝损伤", "K72.0"),
                          dx("血小板减少症", "D69.6"), dx("间质性肺炎", "J84.9")])
    rec["examinations"] = c.exams
    return rec


# ---------------------------------------------------------------- row 3: 全身型幼年特发性关节炎 (paediatric rheumatology)
def case3() -> dict:
    c = Case()
    c.pe("入院查体/生命体征", "T 39.2℃（每日1-2次高峰，热退后活动如常），P 128次/分，R 26次/分，BP 98/60mmHg")
    c.pe("入院查体/体重", "18kg")
    c.pe("入院查体/皮疹", "发热时躯干及四肢近端出现橙红色斑疹，热退后消退，无瘙痒")
    c.pe("入院查体/Koebner现象", "皮肤划痕处出现线状橙红色皮疹（阳性）")
    c.pe("入院查体/浅表淋巴结", "颈部、腋窝及腹股沟可触及多枚0.5-1.5cm淋巴结，质软，无压痛")
    c.pe("入院查体/心脏", "心率128次/分，律齐，心音稍低钝，未闻及杂音及心包摩擦音")
    c.pe("入院查体/肺部", "双肺呼吸音清，未闻及啰音")
    c.pe("入院查体/腹部/肝脏", "肝肋下3cm，质软，无触痛")
    c.pe("入院查体/腹部/脾脏", "脾肋下2cm，质软")
    j = "关节检查"
    c.pe(f"{j}/膝关节/右侧", "肿胀，皮温稍高，浮髌试验阳性，屈曲受限")
    c.pe(f"{j}/膝关节/左侧", "肿胀，压痛，浮髌试验阴性，活动轻度受限")
    c.pe(f"{j}/腕关节/右侧", "肿胀伴压痛，背伸受限")
    c.pe(f"{j}/腕关节/左侧", "无肿胀及压痛")
    c.pe(f"{j}/踝关节", "双踝无肿胀及压痛")
    c.pe(f"{j}/颞下颌关节", "张口无受限，无弹响")
    c.pe(f"{j}/颈椎", "活动自如，无压痛")
    c.pe(f"{j}/步态", "跛行，拒绝长距离行走")
    c.other("评估/幼年关节炎疾病活动评分(JADAS-27)", "18分（高疾病活动度）")
    c.other("评估/儿童健康评估问卷(CHAQ)", "1.25分")
    c.other("评估/面部表情疼痛量表(FPS-R)", "6分")
    lab = "检验"
    b = f"{lab}/血常规"
    c.lab(f"{b}/白细胞计数(WBC)", 24.8, "×10^9/L", "H", "4.3-11.3")
    c.lab(f"{b}/中性粒细胞百分比(NEUT%)", 86, "%", "H", "31-70")
    c.lab(f"{b}/血红蛋白(HGB)", 92, "g/L", "L", "112-149")
    c.lab(f"{b}/血小板计数(PLT)", 612, "×10^9/L", "H", "188-472")
    i = f"{lab}/炎症指标"
    c.lab(f"{i}/C反应蛋白(CRP)", 156, "mg/L", "H", "<10")
    c.lab(f"{i}/红细胞沉降率(ESR)", 96, "mm/h", "H", "0-20")
    c.lab(f"{i}/血清铁蛋白", 1860, "ng/mL", "H", "7-140")
    c.lab(f"{i}/降钙素原(PCT)", 0.4, "ng/mL", "H", "<0.05")
    lv = f"{lab}/肝功能"
    c.lab(f"{lv}/ALT", 42, "U/L", "H", "7-30")
    c.lab(f"{lv}/AST", 36, "U/L", None, "14-44")
    c.lab(f"{lv}/白蛋白(ALB)", 30, "g/L", "L", "39-54")
    c.lab(f"{lv}/乳酸脱氢酶(LDH)", 420, "U/L", "H", "110-295")
    cg = f"{lab}/凝血功能"
    c.lab(f"{cg}/PT", 12.6, "s", None, "11-14")
    c.lab(f"{cg}/APTT", 34, "s", None, "25-37")
    c.lab(f"{cg}/纤维蛋白原(FIB)", 5.8, "g/L", "H", "2-4")
    c.lab(f"{cg}/D-二聚体", 1.2, "mg/L FEU", "H", "<0.5")
    c.lab(f"{lab}/甘油三酯(TG)", 1.3, "mmol/L", None, "<1.7")
    au = f"{lab}/自身抗体"
    c.text_lab(f"{au}/抗核抗体(ANA)", "阴性")
    c.text_lab(f"{au}/类风湿因子(RF)", "<20 IU/mL（阴性）")
    c.text_lab(f"{au}/抗环瓜氨酸肽抗体(抗CCP)", "阴性")
    c.text_lab(f"{lab}/HLA-B27", "阴性")
    inf = f"{lab}/感染筛查"
    c.text_lab(f"{inf}/血培养", "双套培养5天无细菌生长")
    c.text_lab(f"{inf}/EB病毒DNA", "<500 copies/mL")
    c.text_lab(f"{inf}/抗链球菌溶血素O(ASO)", "112 IU/mL（正常）")
    c.text_lab(f"{inf}/结核感染T细胞检测(T-SPOT.TB)", "阴性")
    c.text_lab(f"{lab}/尿常规", "尿蛋白阴性，白细胞0-1/HP，红细胞阴性")
    jp = "关节腔穿刺(右膝)"
    c.text_lab(f"{jp}/关节液常规/外观", "黄色微浑，黏稠度降低")
    c.text_lab(f"{jp}/关节液常规/白细胞计数", "18.6×10^9/L")
    c.text_lab(f"{jp}/关节液常规/中性粒细胞百分比", "78%")
    c.text_lab(f"{jp}/关节液革兰染色", "未见细菌")
    c.text_lab(f"{jp}/关节液细菌培养", "培养72小时无细菌生长")
    bm = "骨髓穿刺"
    c.text_lab(f"{bm}/骨髓涂片", "增生明显活跃，粒系比例增高伴核左移，未见原始幼稚细胞增多，未见噬血细胞")
    c.text_lab(f"{bm}/骨髓流式细胞术", "未见异常幼稚细胞群")
    us = "影像/关节超声"
    c.img(f"{us}/右膝", "髌上囊积液深约8mm，滑膜增厚，能量多普勒示血流信号增多（2级）")
    c.img(f"{us}/左膝", "髌上囊积液深约5mm，滑膜轻度增厚")
    c.img(f"{us}/右腕", "桡腕关节滑膜增厚伴少量积液")
    c.img("影像/双膝X线片", "双膝周围软组织肿胀，骨质未见破坏，关节间隙正常")
    c.img("影像/超声心动图", "少量心包积液（左室后壁后方3mm），心脏结构及收缩功能未见异常，冠状动脉内径正常")
    ab = "影像/腹部超声"
    c.img(f"{ab}/肝脏", "肝脏增大，实质回声均匀")
    c.img(f"{ab}/脾脏", "脾脏增大，厚32mm")
    c.img(f"{ab}/腹腔淋巴结", "肠系膜根部见数枚小淋巴结，最大10mm×6mm")
    c.img("影像/胸部X线片", "双肺纹理稍多，心影不大")
    c.other("特殊检查/裂隙灯检查/右眼", "前房清，无闪辉及浮游细胞")
    c.other("特殊检查/裂隙灯检查/左眼", "前房清，无闪辉及浮游细胞")
    c.other("特殊检查/心电图", "窦性心动过速，未见ST-T改变")
    rec = base(3, "paediatric rheumatology",
               {"sex": "女", "age": "5岁", "age_years": 5.0, "occupation": "幼儿园", "text": "女，5岁"},
               chief_complaint="反复发热3周，皮疹2周，右膝肿痛10天",
               present_illness="患儿3周前无明显诱因出现发热，每日1-2次高峰，体温最高40℃，热退后精神可。2周前发热时躯干出现橙红色皮疹，"
                               "热退后消失。10天前右膝肿痛，行走跛行，近日右腕疼痛。外院予头孢类抗生素7天无效。无口腔溃疡、咳嗽、腹泻。",
               past_history="既往体健，按时预防接种；否认药物过敏史。",
               personal_history="G1P1，足月顺产，生长发育同同龄儿。",
               marital_reproductive_history="",
               family_history="否认风湿免疫性疾病家族史。",
               diagnoses=[dx("全身型幼年特发性关节炎", "M08.2", True)])
    rec["examinations"] = c.exams
    return rec


def main() -> None:
    write_zh_cases(HERE, [case0(), case1(), case2(), case3()])


if __name__ == "__main__":
    main()

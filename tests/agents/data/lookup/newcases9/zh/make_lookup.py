"""Write lookup.jsonl (newcases9 / zh): requests and labels written by hand, blind, against cases_zh.jsonl.

Each row: (row, request, expected keys, kind). `lang` is "zh" iff the request holds a CJK character.
A key stands for the record with that source_key and every record below it; [] = the record does not hold it.
Labels from clinical knowledge and the records as written (see README "Labelling conventions").
Run: .venv/bin/python make_lookup.py
"""
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
CJK = re.compile(r"[\u3400-\u9fff]")

# ---- row 0: 皮肌炎
SK = "入院查体/皮肤"
MS = "专科查体/肌力"
EN = "检验/肌酶谱"
AB = "检验/肌炎抗体谱"
BX = "肌肉活检(左侧股四头肌)"
R0 = [
    ("查一下向阳疹", [f"{SK}/向阳疹"], "manoeuvre"),
    ("看一下右手有没有Gottron征", [f"{SK}/Gottron征/右手"], "manoeuvre"),
    ("look for Gottron's papules", [f"{SK}/Gottron征"], "manoeuvre"),
    ("看看手上有没有技工手", [f"{SK}/技工手"], "manoeuvre"),
    ("披肩征", [f"{SK}/披肩征"], "manoeuvre"),
    ("查一下颈屈肌肌力", [f"{MS}/颈屈肌"], "manoeuvre"),
    ("左侧三角肌肌力", [f"{MS}/三角肌/左侧"], "manoeuvre"),
    ("查一下四肢肌力", [f"{MS}/三角肌", f"{MS}/髂腰肌", f"{MS}/股四头肌", f"{MS}/远端肌群"], "manoeuvre"),
    ("让她蹲下再自己站起来", ["专科查体/蹲起试验"], "manoeuvre"),
    ("做个洼田饮水试验", ["专科查体/吞咽功能/洼田饮水试验"], "manoeuvre"),
    ("听诊双肺", ["入院查体/肺部"], "manoeuvre"),
    ("MMT-8评分", ["评估/徒手肌力测定(MMT-8)"], "endoscopy_function"),
    ("CDASI score", ["评估/皮肤型皮肌炎疾病面积和严重程度指数(CDASI)"], "endoscopy_function"),
    ("肌酶谱", [EN], "panel"),
    ("肌酸激酶", [f"{EN}/肌酸激酶(CK)"], "analyte"),
    ("myoglobin", [f"{EN}/肌红蛋白(Mb)"], "analyte"),
    ("肌炎抗体谱", [AB], "panel"),
    ("抗TIF1-γ抗体", [f"{AB}/抗TIF1-γ抗体"], "analyte"),
    ("anti-Jo-1 antibody", [f"{AB}/抗Jo-1抗体"], "analyte"),
    ("肿瘤标志物", ["检验/肿瘤标志物"], "panel"),
    ("铁蛋白", ["检验/炎症指标/血清铁蛋白"], "analyte"),
    ("查一下肌酸激酶、乳酸脱氢酶和抗核抗体", [f"{EN}/肌酸激酶(CK)", f"{EN}/乳酸脱氢酶(LDH)", "检验/抗核抗体(ANA)"], "sentence"),
    ("肌电图", ["特殊检查/肌电图"], "endoscopy_function"),
    ("右侧三角肌的肌电图", ["特殊检查/肌电图/右侧三角肌"], "endoscopy_function"),
    ("做过胃镜吗", ["特殊检查/胃镜"], "endoscopy_function"),
    ("肌肉活检", [BX], "panel"),
    ("肌活检的免疫组化", [f"{BX}/免疫组化"], "panel"),
    ("大腿肌肉MRI", ["影像/双大腿MRI(STIR序列)"], "imaging"),
    ("左大腿MRI", ["影像/双大腿MRI(STIR序列)/左大腿"], "imaging"),
    ("肺部高分辨CT", ["影像/胸部HRCT"], "imaging"),
    ("肌酸激梅", [f"{EN}/肌酸激酶(CK)"], "typo"),
    # not held
    ("尿肌红蛋白", [], "near_miss"),
    ("抗PL-7抗体", [], "near_miss"),
    ("抗SRP抗体", [], "near_miss"),
    ("anti-HMGCR antibody", [], "near_miss"),
    ("肌肉超声", [], "near_miss"),
    ("结肠镜", [], "near_miss"),
    ("皮肤活检", [], "near_miss"),
    ("右侧股四头肌活检", [], "near_miss"),
    ("乳腺超声", [], "near_miss"),
    ("全身PET-CT", [], "near_miss"),
    ("肌钙蛋白", [], "near_miss"),
    ("支气管镜", [], "absent"),
    ("血培养", [], "absent"),
    ("anti-SAE antibody", [], "near_miss"),
    ("six-minute walk test", [], "near_miss"),
    ("aldolase", [f"{EN}/醛缩酶"], "analyte"),
]

# ---- row 1: 梅尼埃病（右侧）
EAR = "专科检查/耳部"
TF = "专科检查/音叉试验"
VB = "前庭功能床旁检查"
VF = "特殊检查/前庭功能检查"
R1 = [
    ("看一下右耳鼓膜", [f"{EAR}/右耳/鼓膜"], "manoeuvre"),
    ("看一下双耳鼓膜", [f"{EAR}/右耳/鼓膜", f"{EAR}/左耳/鼓膜"], "manoeuvre"),
    ("Rinne试验", [f"{TF}/Rinne试验"], "manoeuvre"),
    ("左耳林纳试验", [f"{TF}/Rinne试验/左耳"], "manoeuvre"),
    ("Weber test", [f"{TF}/Weber试验"], "manoeuvre"),
    ("音叉试验", [TF], "panel"),
    ("甩头试验", [f"{VB}/甩头试验"], "manoeuvre"),
    ("向右甩头看看有没有纠正性扫视", [f"{VB}/甩头试验/右侧"], "manoeuvre"),
    ("左侧Dix-Hallpike试验", [f"{VB}/Dix-Hallpike试验/左侧"], "manoeuvre"),
    ("闭目难立征", [f"{VB}/Romberg试验"], "manoeuvre"),
    ("Fukuda stepping test", [f"{VB}/Fukuda原地踏步试验"], "manoeuvre"),
    ("看看有没有自发性眼震", [f"{VB}/自发性眼震"], "manoeuvre"),
    ("摇头试验", [f"{VB}/摇头眼震"], "manoeuvre"),
    ("查一下指鼻试验", ["体格检查/神经系统/共济运动"], "manoeuvre"),
    ("眩晕残障程度评定量表", ["评估/眩晕残障程度评定量表(DHI)"], "endoscopy_function"),
    ("THI", ["评估/耳鸣残疾评估量表(THI)"], "abbreviation"),
    ("纯音测听", ["特殊检查/纯音测听"], "endoscopy_function"),
    ("右耳电测听", ["特殊检查/纯音测听/右耳"], "endoscopy_function"),
    ("audiogram", ["特殊检查/纯音测听"], "endoscopy_function"),
    ("声导抗", ["特殊检查/声导抗"], "endoscopy_function"),
    ("左耳鼓室图", ["特殊检查/声导抗/鼓室图/左耳"], "endoscopy_function"),
    ("甘油试验", ["特殊检查/甘油试验"], "endoscopy_function"),
    ("服甘油后3小时的听阈", ["特殊检查/甘油试验/服甘油后3小时"], "endoscopy_function"),
    ("耳蜗电图", ["特殊检查/耳蜗电图(ECochG)"], "endoscopy_function"),
    ("ECochG of the right ear", ["特殊检查/耳蜗电图(ECochG)/右耳"], "abbreviation"),
    ("双温试验", [f"{VF}/冷热试验"], "endoscopy_function"),
    ("vHIT", [f"{VF}/视频头脉冲试验(vHIT)"], "abbreviation"),
    ("右耳cVEMP", [f"{VF}/颈性前庭诱发肌源性电位(cVEMP)/右耳"], "endoscopy_function"),
    ("言语识别率", ["特殊检查/言语测听/右耳言语识别率"], "endoscopy_function"),
    ("内耳钆造影核磁", ["影像/内耳钆造影MRI(3D-FLAIR)"], "imaging"),
    ("血脂", ["检验/血脂"], "panel"),
    ("LDL", ["检验/血脂/低密度脂蛋白胆固醇(LDL-C)"], "abbreviation"),
    ("看一下冷热试验和耳蜗电图的结果", [f"{VF}/冷热试验", "特殊检查/耳蜗电图(ECochG)"], "sentence"),
    ("纯音侧听", ["特殊检查/纯音测听"], "typo"),
    # not held
    ("听性脑干反应", [], "near_miss"),
    ("ABR", [], "near_miss"),
    ("耳声发射", [], "near_miss"),
    ("眼性前庭诱发肌源性电位", [], "near_miss"),
    ("颞骨高分辨CT", [], "near_miss"),
    ("左耳言语识别率", [], "near_miss"),
    ("呋塞米试验", [], "near_miss"),
    ("旋转试验", [], "near_miss"),
    ("仰卧滚转试验", [], "near_miss"),
    ("糖化血红蛋白", [], "near_miss"),
    ("FT3", [], "near_miss"),
    ("瘘管试验", [], "absent"),
    ("颈部血管超声", [], "absent"),
    ("oVEMP", [], "near_miss"),
    ("otoacoustic emissions", [], "near_miss"),
    ("头颅CT", [], "absent"),
    ("caloric testing", [f"{VF}/冷热试验"], "endoscopy_function"),
]

# ---- row 2: 肢端肥大症
OG = "检验/口服葡萄糖生长激素抑制试验(OGTT-GH)"
PIT = "检验/垂体前叶功能"
EYE = "专科检查/眼科检查"
WR = "专科检查/腕管检查"
R2 = [
    ("随机生长激素", ["检验/生长激素(GH,随机)"], "analyte"),
    ("IGF-1", ["检验/胰岛素样生长因子-1(IGF-1)"], "abbreviation"),
    ("生长激素抑制试验", [OG], "panel"),
    ("GH suppression test", [OG], "panel"),
    ("抑制试验120分钟的生长激素", [f"{OG}/120分钟/生长激素"], "analyte"),
    ("催乳素", [f"{PIT}/催乳素(PRL)"], "analyte"),
    ("查一下LH、FSH和睾酮", [f"{PIT}/黄体生成素(LH)", f"{PIT}/卵泡刺激素(FSH)", f"{PIT}/睾酮(T)"], "sentence"),
    ("早上8点的皮质醇", [f"{PIT}/皮质醇(8am)"], "analyte"),
    ("ACTH", [f"{PIT}/促肾上腺皮质激素(ACTH,8am)"], "abbreviation"),
    ("24小时尿钙", ["检验/尿钙(24小时)"], "analyte"),
    ("血钙", ["检验/电解质/钙(Ca)"], "analyte"),
    ("血磷", ["检验/电解质/磷(P)"], "analyte"),
    ("糖化血红蛋白", ["检验/糖化血红蛋白(HbA1c)"], "analyte"),
    ("多导睡眠监测", ["特殊检查/多导睡眠监测(PSG)"], "endoscopy_function"),
    ("AHI", ["特殊检查/多导睡眠监测(PSG)/呼吸暂停低通气指数(AHI)"], "abbreviation"),
    ("心脏彩超", ["特殊检查/超声心动图"], "endoscopy_function"),
    ("肠镜", ["特殊检查/结肠镜"], "endoscopy_function"),
    ("右眼Humphrey视野", ["特殊检查/Humphrey视野检查/右眼"], "endoscopy_function"),
    ("Epworth嗜睡量表", ["评估/Epworth嗜睡量表(ESS)"], "endoscopy_function"),
    ("对照法查视野", [f"{EYE}/视野(对照法)"], "manoeuvre"),
    ("右眼视力", [f"{EYE}/视力/右眼"], "manoeuvre"),
    ("查眼底", [f"{EYE}/眼底"], "manoeuvre"),
    ("Tinel征", [f"{WR}/Tinel征"], "manoeuvre"),
    ("叩击右腕管看手指有没有麻木放射", [f"{WR}/Tinel征/右侧"], "manoeuvre"),
    ("Phalen's test", [f"{WR}/Phalen试验"], "manoeuvre"),
    ("摸摸甲状腺", ["入院查体/甲状腺"], "manoeuvre"),
    ("看一下舌头", ["入院查体/舌"], "manoeuvre"),
    ("垂体增强磁共振", ["影像/垂体MRI动态增强"], "imaging"),
    ("甲状腺B超", ["影像/甲状腺超声"], "imaging"),
    ("hand X-rays", ["影像/双手正位X线片"], "imaging"),
    ("胰岛素样生长因子1", ["检验/胰岛素样生长因子-1(IGF-1)"], "analyte"),
    ("催乳数", [f"{PIT}/催乳素(PRL)"], "typo"),
    # not held
    ("垂体CT", [], "near_miss"),
    ("IGFBP-3", [], "near_miss"),
    ("同步胰岛素释放试验", [], "near_miss"),
    ("24小时尿游离皮质醇", [], "near_miss"),
    ("甲状旁腺激素", [], "near_miss"),
    ("胃镜", [], "near_miss"),
    ("正中神经传导速度", [], "near_miss"),
    ("视觉诱发电位", [], "near_miss"),
    ("游离睾酮", [], "near_miss"),
    ("left eye OCT", [], "near_miss"),
    ("动态血压监测", [], "absent"),
    ("颈动脉超声", [], "absent"),
    ("insulin tolerance test", [], "near_miss"),
    ("nerve conduction studies", [], "near_miss"),
    ("生长抑素受体显像", [], "near_miss"),
]

# ---- row 3: 抑郁症
Q = "量表评估"
MSE = "精神检查"
TH = "检验/甲状腺功能"
R3 = [
    ("汉密尔顿抑郁量表", [f"{Q}/汉密尔顿抑郁量表(HAMD-24)"], "endoscopy_function"),
    ("HAMA", [f"{Q}/汉密尔顿焦虑量表(HAMA)"], "abbreviation"),
    ("PHQ-9评分", [f"{Q}/患者健康问卷(PHQ-9)"], "endoscopy_function"),
    ("GAD-7", [f"{Q}/广泛性焦虑量表(GAD-7)"], "endoscopy_function"),
    ("护士用自杀风险评估量表", [f"{Q}/护士用自杀风险评估量表(NGASR)"], "endoscopy_function"),
    ("匹兹堡睡眠质量指数", [f"{Q}/匹兹堡睡眠质量指数(PSQI)"], "endoscopy_function"),
    ("MoCA", [f"{Q}/蒙特利尔认知评估量表(MoCA)"], "abbreviation"),
    ("做了哪些量表", [Q], "section"),
    ("精神检查", [MSE], "section"),
    ("情感活动", [f"{MSE}/情感活动"], "section"),
    ("查一下自知力", [f"{MSE}/自知力"], "manoeuvre"),
    ("assess her insight", [f"{MSE}/自知力"], "manoeuvre"),
    ("问一下她有没有自杀的想法", [f"{MSE}/自杀观念"], "manoeuvre"),
    ("有没有幻听", [f"{MSE}/感知觉"], "manoeuvre"),
    ("看一下左前臂的划痕", ["入院查体/皮肤/左前臂"], "manoeuvre"),
    ("查一下腱反射", ["入院查体/神经系统/腱反射"], "manoeuvre"),
    ("查一下巴氏征", ["入院查体/神经系统/病理征"], "manoeuvre"),
    ("摸一下甲状腺", ["入院查体/甲状腺"], "manoeuvre"),
    ("甲功", [TH], "panel"),
    ("TPO抗体", [f"{TH}/抗甲状腺过氧化物酶抗体(TPOAb)"], "analyte"),
    ("查一下维生素B12和叶酸", ["检验/维生素B12", "检验/叶酸"], "sentence"),
    ("血hCG", ["检验/血人绒毛膜促性腺激素(β-hCG)"], "analyte"),
    ("心电图", ["特殊检查/心电图"], "endoscopy_function"),
    ("EEG", ["特殊检查/脑电图"], "abbreviation"),
    ("事件相关电位", ["特殊检查/事件相关电位(P300)"], "endoscopy_function"),
    ("头颅磁共振", ["影像/头颅MRI平扫"], "imaging"),
    ("血钠", ["检验/电解质/钠(Na)"], "analyte"),
    ("电解质", ["检验/电解质"], "panel"),
    ("汉密儿顿焦虑量表", [f"{Q}/汉密尔顿焦虑量表(HAMA)"], "typo"),
    # not held
    ("杨氏躁狂评定量表", [], "near_miss"),
    ("心境障碍问卷", [], "near_miss"),
    ("爱丁堡产后抑郁量表", [], "near_miss"),
    ("MMSE", [], "near_miss"),
    ("贝克抑郁量表", [], "near_miss"),
    ("多导睡眠监测", [], "near_miss"),
    ("视频脑电图", [], "near_miss"),
    ("头颅CT", [], "near_miss"),
    ("抗甲状腺球蛋白抗体", [], "near_miss"),
    ("同型半胱氨酸", [], "near_miss"),
    ("尿妊娠试验", [], "near_miss"),
    ("serum lithium level", [], "absent"),
    ("尿液毒品筛查", [], "absent"),
    ("地塞米松抑制试验", [], "absent"),
    ("YMRS", [], "near_miss"),
    ("urine drug screen", [], "absent"),
    ("valproate level", [], "absent"),
    ("血清皮质醇", [], "absent"),
    ("thyroid function tests", [TH], "panel"),
    ("Hamilton Depression Rating Scale", [f"{Q}/汉密尔顿抑郁量表(HAMD-24)"], "endoscopy_function"),
]

DROPPED = [
    # left out as readable two ways (never written into lookup.jsonl)
    (2, "垂体前叶功能", "whether the random GH, IGF-1 and the GH suppression test (outside the 垂体前叶功能 group) belong"),
    (2, "生长激素", "bare GH: the random GH alone, or also the four GH values of the suppression test"),
    (2, "OGTT / 糖耐量试验", "the glucose values of the GH suppression test alone, or the whole test with its GH values"),
    (2, "视野", "confrontation fields or Humphrey perimetry (both held)"),
    (1, "head impulse test", "bedside 甩头试验 or the video head impulse test (both held)"),
    (1, "前庭功能检查", "the laboratory vestibular group alone, or also the bedside vestibular tests"),
    (1, "看一下眼震", "whether the Dix-Hallpike and head-shake records belong beside spontaneous / gaze nystagmus"),
    (1, "内听道MRI", "the internal-auditory-canal record alone or the whole contrast inner-ear MRI"),
    (0, "nailfold capillaroscopy", "the 甲周 inspection record notes capillary dilatation: held or not"),
    (0, "CT chest", "whether the HRCT answers a plain chest CT request"),
    (3, "自杀风险评估", "the NGASR scale alone, or also the 自杀观念 item of the mental state examination"),
    (3, "抑郁自评量表", "Zung SDS (not held) or any self-rated depression scale such as the PHQ-9 (held)"),
]


def main() -> None:
    out = []
    for row, table in enumerate((R0, R1, R2, R3)):
        for request, keys, kind in table:
            out.append({"case_id": f"newcases9:zh:{row}", "request": request, "expected_keys": keys,
                        "lang": "zh" if CJK.search(request) else "en", "kind": kind})
    (HERE / "lookup.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8")
    print(len(out), "rows")


if __name__ == "__main__":
    main()

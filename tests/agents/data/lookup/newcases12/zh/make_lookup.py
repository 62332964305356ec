"""Write lookup.jsonl: the requests of newcases12 / zh with their hand labels.

Every request written fresh from clinical usage (how a ward doctor types an order or a question, in Chinese or
English) against this part's four cases, and labelled by hand against the records as written (`show.py` prints them).
A key stands for that record and every record below it; [] = not available (kinds near_miss / absent only).
`lang` is derived: "zh" exactly when the request holds a CJK character.
`DROPPED` lists the requests left out as readable two ways, with the reason. Run: .venv/bin/python make_lookup.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = "newcases12"
_CJK = re.compile(r"[\u3400-\u9fff]")

# ---------------------------------------------------------------- row 0: 颅内静脉窦血栓形成
N = "神经系统查体"
CN = f"{N}/脑神经"
MP = f"{N}/运动系统/肌力"
MG = f"{N}/脑膜刺激征"
L0 = "实验室检查"
TH = f"{L0}/易栓症筛查"
LP = "腰椎穿刺"
I0 = "影像学检查"
ROW0 = [
    ("看一下眼底", [f"{CN}/眼底"], "manoeuvre"),
    ("左眼视乳头水肿几个D", [f"{CN}/眼底/左眼"], "manoeuvre"),
    ("fundoscopy of the right eye", [f"{CN}/眼底/右眼"], "manoeuvre"),
    ("让她向右看，外展有没有露白", [f"{CN}/眼球运动"], "manoeuvre"),
    ("瞳孔等大吗，对光反射查一下", [f"{CN}/瞳孔"], "manoeuvre"),
    ("左侧肢体肌力查一下", [f"{MP}/左上肢", f"{MP}/左下肢"], "manoeuvre"),
    ("power in her left arm?", [f"{MP}/左上肢"], "manoeuvre"),
    ("左侧巴氏征引出来没有", [f"{N}/病理征"], "manoeuvre"),
    ("敲一下膝腱反射", [f"{N}/腱反射"], "manoeuvre"),
    ("脑膜刺激征", [MG], "manoeuvre"),
    ("克氏征", [f"{MG}/克尼格征"], "manoeuvre"),
    ("颈抵抗有没有", [f"{MG}/颈强直"], "manoeuvre"),
    ("指鼻、跟膝胫做一下", [f"{N}/共济运动"], "manoeuvre"),
    ("GCS几分", [f"量表评估/格拉斯哥昏迷评分(GCS)"], "endoscopy_function"),
    ("NIHSS评分", ["量表评估/美国国立卫生研究院卒中量表(NIHSS)"], "endoscopy_function"),
    ("发病前mRS", ["量表评估/改良Rankin量表(mRS)"], "endoscopy_function"),
    ("易栓全套", [TH], "panel"),
    ("蛋白S低不低", [f"{TH}/蛋白S活性"], "analyte"),
    ("lupus anticoagulant", [f"{TH}/狼疮抗凝物"], "analyte"),
    ("查个Hcy", [f"{TH}/同型半胱氨酸(Hcy)"], "analyte"),
    ("D二聚体多少", [f"{L0}/凝血功能/D-二聚体"], "analyte"),
    ("凝血全套", [f"{L0}/凝血功能"], "panel"),
    ("血糖", [f"{L0}/血生化/葡萄糖(GLU)"], "analyte"),
    ("脑脊液糖和氯", [f"{LP}/脑脊液生化/葡萄糖", f"{LP}/脑脊液生化/氯化物"], "analyte"),
    ("腰穿压力多少", [f"{LP}/初压"], "analyte"),
    ("做个腰穿", [LP], "panel"),
    ("脑脊液常规", [f"{LP}/脑脊液常规"], "panel"),
    ("CSF protein", [f"{LP}/脑脊液生化/蛋白"], "analyte"),
    ("WBC", [f"{L0}/血常规/白细胞计数(WBC)"], "abbreviation"),
    ("脑脊液里红细胞多少", [f"{LP}/脑脊液常规/红细胞计数"], "analyte"),
    ("磁共振静脉成像", [f"{I0}/磁共振静脉成像(MRV)"], "imaging"),
    ("MRV", [f"{I0}/磁共振静脉成像(MRV)"], "abbreviation"),
    ("头颅核磁", [f"{I0}/头颅MRI"], "imaging"),
    ("SWI上有没有出血", [f"{I0}/头颅MRI/SWI"], "imaging"),
    ("急诊头颅CT平扫", [f"{I0}/头颅CT平扫"], "imaging"),
    ("脑电图", ["特殊检查/脑电图"], "endoscopy_function"),
    ("双下肢静脉B超排一下血栓", ["特殊检查/双下肢深静脉超声"], "imaging"),
    ("明早复查凝血象和D-二聚体", [f"{L0}/凝血功能"], "sentence"),
    ("完善腰穿、脑电图、ANA", [LP, "特殊检查/脑电图", f"{L0}/抗核抗体谱"], "sentence"),
    ("神经系统查体", [N], "section"),
    ("疑栓症筛查", [TH], "typo"),
    ("同形半胱氨酸", [f"{TH}/同型半胱氨酸(Hcy)"], "typo"),
    ("APTT", [f"{L0}/凝血功能/活化部分凝血活酶时间(APTT)"], "abbreviation"),
    ("尿HCG做了吗", [f"{L0}/尿妊娠试验"], "analyte"),
    # not available
    ("血β-HCG定量", [], "near_miss"),
    ("DSA看静脉窦", [], "near_miss"),
    ("CT venogram", [], "near_miss"),
    ("头颅增强CT", [], "near_miss"),
    ("Humphrey视野", [], "near_miss"),
    ("凝血因子Ⅷ活性", [], "near_miss"),
    ("factor V Leiden", [], "near_miss"),
    ("脑脊液培养", [], "near_miss"),
    ("脑脊液寡克隆带", [], "near_miss"),
    ("颈内静脉超声", [], "near_miss"),
    ("upper limb venous doppler", [], "near_miss"),
    ("长程视频脑电图", [], "near_miss"),
    ("霍夫曼征", [], "near_miss"),
    ("脑脊液墨汁染色找隐球菌", [], "near_miss"),
    ("血脂", [], "absent"),
    ("右心声学造影", [], "absent"),
    ("JAK2 V617F", [], "absent"),
    ("糖化血红蛋白", [], "absent"),
]

# ---------------------------------------------------------------- row 1: 肝豆状核变性
NS = "神经系统检查"
L1 = "化验"
HB = "肝穿刺活检"
KF = "眼科检查/角膜K-F环(裂隙灯)"
ROW1 = [
    ("查一下K-F环", [KF], "endoscopy_function"),
    ("slit-lamp exam", [KF], "endoscopy_function"),
    ("铜蓝蛋白", [f"{L1}/铜代谢/血清铜蓝蛋白"], "analyte"),
    ("serum ceruloplasmin", [f"{L1}/铜代谢/血清铜蓝蛋白"], "analyte"),
    ("24小时尿铜多少", [f"{L1}/24小时尿/尿铜"], "analyte"),
    ("留24h尿", [f"{L1}/24小时尿"], "panel"),
    ("血铜", [f"{L1}/铜代谢/血清铜"], "analyte"),
    ("肝组织铜含量", [f"{HB}/肝铜定量"], "analyte"),
    ("肝穿", [HB], "panel"),
    ("罗丹宁染色阳性吗", [f"{HB}/罗丹宁铜染色"], "analyte"),
    ("有没有扑翼样震颤", [f"{NS}/震颤"], "manoeuvre"),
    ("check his handwriting", [f"{NS}/书写"], "manoeuvre"),
    ("让他走两步看看", [f"{NS}/步态"], "manoeuvre"),
    ("右手指鼻准不准", [f"{NS}/指鼻试验/右侧"], "manoeuvre"),
    ("双手快速轮替", [f"{NS}/快速轮替动作"], "manoeuvre"),
    ("四肢肌张力", [f"{NS}/肌张力"], "manoeuvre"),
    ("右上肢齿轮样强直", [f"{NS}/肌张力/右上肢"], "manoeuvre"),
    ("说话清不清楚，听听构音", [f"{NS}/构音"], "manoeuvre"),
    ("找找肝掌蜘蛛痣", ["入院查体/肝掌及蜘蛛痣"], "manoeuvre"),
    ("脾脏触诊", ["入院查体/腹部"], "manoeuvre"),
    ("巩膜黄不黄", ["入院查体/皮肤巩膜"], "manoeuvre"),
    ("Leipzig评分", ["评分/Leipzig评分"], "endoscopy_function"),
    ("Child-Pugh几级", ["评分/Child-Pugh评分"], "endoscopy_function"),
    ("UWDRS", ["评分/统一肝豆状核变性评定量表(UWDRS)神经部分"], "endoscopy_function"),
    ("胃镜看有无食管静脉曲张", ["胃镜检查"], "endoscopy_function"),
    ("FibroScan", ["特殊检查/肝脏瞬时弹性成像"], "endoscopy_function"),
    ("肝硬度值", ["特殊检查/肝脏瞬时弹性成像"], "endoscopy_function"),
    ("查个头部磁共振", ["影像/头颅MRI"], "imaging"),
    ("B超门静脉宽度", ["影像/腹部超声/门静脉"], "imaging"),
    ("肝功", [f"{L1}/肝功能"], "panel"),
    ("胆红素", [f"{L1}/肝功能/总胆红素(TBIL)", f"{L1}/肝功能/直接胆红素(DBIL)"], "analyte"),
    ("INR", [f"{L1}/凝血功能/INR"], "abbreviation"),
    ("网织红高不高", [f"{L1}/血常规/网织红细胞百分比(RET%)"], "analyte"),
    ("Coombs试验", [f"{L1}/溶血相关/直接抗人球蛋白试验(Coombs)"], "analyte"),
    ("haptoglobin", [f"{L1}/溶血相关/结合珠蛋白"], "analyte"),
    ("溶血指标", [f"{L1}/溶血相关"], "panel"),
    ("AMA-M2", [f"{L1}/自身免疫性肝病抗体"], "abbreviation"),
    ("ATP7B突变", [f"{L1}/ATP7B基因检测"], "analyte"),
    ("AFP", [f"{L1}/甲胎蛋白(AFP)"], "abbreviation"),
    ("铜兰蛋白", [f"{L1}/铜代谢/血清铜蓝蛋白"], "typo"),
    ("蜘珠痣", ["入院查体/肝掌及蜘蛛痣"], "typo"),
    ("完善铜蓝蛋白、24h尿铜、裂隙灯找K-F环", [f"{L1}/铜代谢/血清铜蓝蛋白", f"{L1}/24小时尿/尿铜", KF], "sentence"),
    ("神经系统检查", [NS], "section"),
    # not available
    ("青霉胺负荷后24小时尿铜", [], "near_miss"),
    ("spot urine copper", [], "near_miss"),
    ("非铜蓝蛋白结合铜", [], "near_miss"),
    ("上腹部增强CT", [], "near_miss"),
    ("肝脏MRI", [], "near_miss"),
    ("超声内镜", [], "near_miss"),
    ("甲肝抗体", [], "near_miss"),
    ("头颅MRA", [], "near_miss"),
    ("ATP7A基因", [], "near_miss"),
    ("铁蛋白", [], "absent"),
    ("血氨", [], "absent"),
    ("视觉诱发电位", [], "absent"),
    ("serum zinc", [], "absent"),
    ("骨密度", [], "absent"),
    ("腹水常规", [], "absent"),
]

# ---------------------------------------------------------------- row 2: 急性重度有机磷农药中毒
P2 = "体格检查"
L2 = "检验"
CHE = f"{L2}/全血胆碱酯酶活力"
ABG = f"{L2}/动脉血气分析(面罩吸氧5L每分)"
TOX = f"{L2}/毒物检测"
ROW2 = [
    ("胆碱酯酶", [CHE], "analyte"),
    ("入院时胆碱酯酶活力多少", [f"{CHE}/入院时"], "analyte"),
    ("ChE activity", [CHE], "abbreviation"),
    ("看看瞳孔", [f"{P2}/瞳孔"], "manoeuvre"),
    ("right pupil size", [f"{P2}/瞳孔/右侧"], "manoeuvre"),
    ("有没有肌颤", [f"{P2}/肌束震颤"], "manoeuvre"),
    ("闻一下呼气有没有大蒜味", [f"{P2}/口腔及气味"], "manoeuvre"),
    ("肺里湿啰音多不多", [f"{P2}/双肺"], "manoeuvre"),
    ("数一下肠鸣音", [f"{P2}/腹部"], "manoeuvre"),
    ("皮肤出汗湿冷吗", [f"{P2}/皮肤"], "manoeuvre"),
    ("屈颈肌力", [f"{P2}/四肢肌力"], "manoeuvre"),
    ("四肢腱反射", [f"{P2}/腱反射"], "manoeuvre"),
    ("SpO2", [f"{P2}/生命体征/血氧饱和度"], "abbreviation"),
    ("昏迷评分", ["评估/格拉斯哥昏迷评分(GCS)"], "endoscopy_function"),
    ("APACHE II", ["评估/APACHE Ⅱ评分"], "endoscopy_function"),
    ("中毒严重度评分", ["评估/中毒严重度评分(PSS)"], "endoscopy_function"),
    ("急查动脉血气", [ABG], "panel"),
    ("HCO3", [f"{ABG}/HCO3-"], "abbreviation"),
    ("二氧化碳分压", [f"{ABG}/PaCO2"], "analyte"),
    ("毒物筛查", [TOX], "panel"),
    ("洗胃液送检结果", [f"{TOX}/首次洗胃液"], "analyte"),
    ("血液毒物浓度", [f"{TOX}/血液"], "analyte"),
    ("淀粉酶", [f"{L2}/血生化/血淀粉酶(AMY)"], "analyte"),
    ("血钾低吗", [f"{L2}/血生化/钾(K)"], "analyte"),
    ("TnI", [f"{L2}/心肌损伤标志物/肌钙蛋白I(cTnI)"], "abbreviation"),
    ("QTc多长", ["特殊检查/心电图/QTc间期"], "endoscopy_function"),
    ("做个心电图", ["特殊检查/心电图"], "endoscopy_function"),
    ("床旁肺超", ["特殊检查/床旁肺部超声"], "imaging"),
    ("chest CT", ["影像/胸部CT"], "imaging"),
    ("头CT排除脑出血", ["影像/头颅CT"], "imaging"),
    ("GLU", [f"{L2}/血生化/葡萄糖(GLU)"], "abbreviation"),
    ("血常规", [f"{L2}/血常规"], "panel"),
    ("胆碱酯酶、血气、电解质每天复查",
     [CHE, ABG, f"{L2}/血生化/钾(K)", f"{L2}/血生化/钠(Na)"], "sentence"),
    ("酒精浓度", [f"{L2}/血乙醇浓度"], "analyte"),
    ("胆碱脂酶", [CHE], "typo"),
    ("血气分折", [ABG], "typo"),
    ("查体", [P2], "section"),
    ("CK", [f"{L2}/血生化/肌酸激酶(CK)"], "abbreviation"),
    # not available
    ("血清胆碱酯酶（拟胆碱酯酶）", [], "near_miss"),
    ("urine tox screen", [], "near_miss"),
    ("静脉血气", [], "near_miss"),
    ("肌钙蛋白T", [], "near_miss"),
    ("呕吐物毒物检测", [], "near_miss"),
    ("头颅MRI", [], "near_miss"),
    ("床旁胸片", [], "near_miss"),
    ("尿淀粉酶", [], "near_miss"),
    ("脂肪酶", [], "near_miss"),
    ("神经传导速度", [], "absent"),
    ("查PT、APTT", [], "absent"),
    ("降钙素原", [], "absent"),
    ("BNP", [], "absent"),
    ("床旁心超", [], "absent"),
    ("痰培养", [], "absent"),
    ("腹部B超", [], "absent"),
]

# ---------------------------------------------------------------- row 3: 中枢性性早熟
SX = "体格检查/第二性征"
L3 = "检验"
GN = "特殊检查/GnRH激发试验(曲普瑞林)"
ROW3 = [
    ("看看乳房发育", [f"{SX}/乳房"], "manoeuvre"),
    ("左侧乳核多大", [f"{SX}/乳房/左侧"], "manoeuvre"),
    ("examine the right breast", [f"{SX}/乳房/右侧"], "manoeuvre"),
    ("有阴毛吗", [f"{SX}/阴毛"], "manoeuvre"),
    ("查一下外阴", [f"{SX}/外阴"], "manoeuvre"),
    ("皮肤有没有咖啡牛奶斑", ["体格检查/皮肤"], "manoeuvre"),
    ("甲状腺触诊", ["体格检查/甲状腺"], "manoeuvre"),
    ("量个身高", ["体格检查/生长发育/身高"], "manoeuvre"),
    ("这一年长了多少厘米", ["体格检查/生长发育/近1年生长速率"], "manoeuvre"),
    ("Tanner分期", ["评估/Tanner分期"], "endoscopy_function"),
    ("预测成年身高", ["评估/预测成年身高"], "endoscopy_function"),
    ("GnRH激发试验", [GN], "endoscopy_function"),
    ("GnRH stimulation test", [GN], "endoscopy_function"),
    ("激发后LH峰值", [f"{GN}/LH峰值"], "analyte"),
    ("LH/FSH峰值比", [f"{GN}/LH峰值与FSH峰值比值"], "analyte"),
    ("基础LH", ["检验/性激素基础值/黄体生成素(LH)"], "analyte"),
    ("性激素", ["检验/性激素基础值"], "panel"),
    ("雌二醇", ["检验/性激素基础值/雌二醇(E2)"], "analyte"),
    ("E2", ["检验/性激素基础值/雌二醇(E2)"], "abbreviation"),
    ("IGF-1", ["检验/胰岛素样生长因子1(IGF-1)"], "abbreviation"),
    ("17羟孕酮", ["检验/肾上腺雄激素/17-羟孕酮(17-OHP)"], "analyte"),
    ("DHEA-S", ["检验/肾上腺雄激素/硫酸脱氢表雄酮(DHEAS)"], "abbreviation"),
    ("肾上腺来源的雄激素查一下", ["检验/肾上腺雄激素"], "panel"),
    ("β-HCG", ["检验/肿瘤标志物/β-人绒毛膜促性腺激素(β-HCG)"], "analyte"),
    ("甲胎蛋白+HCG", ["检验/肿瘤标志物"], "panel"),
    ("拍个骨龄", ["影像/左手腕骨龄片"], "imaging"),
    ("bone age X-ray", ["影像/左手腕骨龄片"], "imaging"),
    ("子宫卵巢B超", ["影像/盆腔超声"], "imaging"),
    ("右侧卵巢容积", ["影像/盆腔超声/右侧卵巢"], "imaging"),
    ("pelvic ultrasound", ["影像/盆腔超声"], "imaging"),
    ("垂体核磁增强", ["影像/垂体MRI(平扫+增强)"], "imaging"),
    ("肾上腺B超", ["影像/肾上腺超声"], "imaging"),
    ("TSH", ["检验/甲状腺功能"], "abbreviation"),
    ("泌乳素", ["检验/性激素基础值/泌乳素(PRL)"], "analyte"),
    ("完善骨龄、盆腔B超和垂体MRI", ["影像/左手腕骨龄片", "影像/盆腔超声", "影像/垂体MRI(平扫+增强)"], "sentence"),
    ("骨令片", ["影像/左手腕骨龄片"], "typo"),
    ("GnRH击发试验", [GN], "typo"),
    ("查第二性征", [SX], "section"),
    # not available
    ("乳腺B超", [], "near_miss"),
    ("鞍区CT", [], "near_miss"),
    ("睾酮", [], "near_miss"),
    ("孕酮", [], "near_miss"),
    ("右手骨龄片", [], "near_miss"),
    ("hCG stimulation test", [], "near_miss"),
    ("生长激素激发试验", [], "near_miss"),
    ("雄烯二酮", [], "near_miss"),
    ("甲状腺B超", [], "near_miss"),
    ("IGFBP-3", [], "near_miss"),
    ("ACTH兴奋试验", [], "near_miss"),
    ("AMH", [], "absent"),
    ("染色体核型", [], "absent"),
    ("皮质醇节律", [], "absent"),
    ("SHBG", [], "absent"),
    ("视野检查", [], "absent"),
]

ROWS = {0: ROW0, 1: ROW1, 2: ROW2, 3: ROW3}

# Held rows cut from the first draft for balance (row, request): the not-available share and the size.
TRIMMED = [
    (0, "瞳孔等大吗，对光反射查一下"), (0, "敲一下膝腱反射"), (0, "发病前mRS"), (0, "D二聚体多少"), (0, "凝血全套"),
    (0, "脑脊液常规"), (0, "磁共振静脉成像"), (0, "头颅核磁"), (0, "急诊头颅CT平扫"), (0, "脑电图"),
    (1, "双手快速轮替"), (1, "四肢肌张力"), (1, "说话清不清楚，听听构音"), (1, "巩膜黄不黄"), (1, "肝硬度值"),
    (1, "B超门静脉宽度"), (1, "肝功"), (1, "网织红高不高"), (1, "Coombs试验"), (1, "溶血指标"), (1, "serum ceruloplasmin"),
    (2, "皮肤出汗湿冷吗"), (2, "数一下肠鸣音"), (2, "二氧化碳分压"), (2, "血钾低吗"), (2, "做个心电图"),
    (2, "GLU"), (2, "血常规"), (2, "酒精浓度"),
    (3, "查一下外阴"), (3, "甲状腺触诊"), (3, "量个身高"), (3, "雌二醇"), (3, "17羟孕酮"), (3, "pelvic ultrasound"), (3, "GnRH stimulation test"),
    (3, "肾上腺B超"), (3, "泌乳素"),
]

# Left out as readable two ways (row, request, reason).
DROPPED = [
    (0, "抗磷脂抗体", "the antiphospholipid antibodies (抗心磷脂 + 抗β2GP1) or the whole APS work-up with the lupus anticoagulant"),
    (0, "视野", "the confrontation fields recorded in the bedside exam, or formal perimetry (not held)"),
    (0, "葡萄糖", "blood glucose or the CSF glucose (the request names neither specimen and both are routine here)"),
    (0, "头颅MRI增强", "the contrast sequence inside the held MRI, or a new contrast study"),
    (1, "铜", "serum copper, 24-hour urine copper or hepatic copper"),
    (1, "脾脏多大", "palpation (入院查体/腹部) or the ultrasound spleen"),
    (1, "肝脏活检染色", "the rhodanine copper stain or the H&E histology"),
    (1, "乙肝", "the one HBsAg held, or a full 乙肝五项 (not held)"),
    (2, "心率", "the vital sign, the heart exam or the ECG rhythm (each states the rate)"),
    (2, "血氧", "the pulse-oximetry saturation or the arterial PaO2"),
    (2, "心肌酶", "CK in 血生化 or the CK-MB / troponin group"),
    (2, "复查胆碱酯酶", "the whole serial group or only the latest value"),
    (2, "百草枯浓度", "a paraquat-specific assay (not held) or the held broad toxicology screen"),
    (3, "性激素六项", "the held group holds four of the six (no testosterone, no progesterone)"),
    (3, "右侧乳房Tanner分期", "the right-breast exam record or the Tanner score"),
    (3, "LH", "the basal LH or the stimulated LH peak"),
    (3, "HCG", "the tumour-marker β-HCG or an hCG stimulation test"),
]


def rows() -> list[dict]:
    out = []
    for case_row, items in ROWS.items():
        for request, keys, kind in items:
            if (case_row, request) in set(TRIMMED):
                continue
            out.append({"case_id": f"{SET}:zh:{case_row}", "request": request, "expected_keys": list(keys),
                        "lang": "zh" if _CJK.search(request) else "en", "kind": kind})
    return out


def main() -> None:
    lines = [json.dumps(r, ensure_ascii=False) for r in rows()]
    (HERE / "lookup.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(len(lines), "rows written")


if __name__ == "__main__":
    main()

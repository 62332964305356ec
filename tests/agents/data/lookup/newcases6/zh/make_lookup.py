"""Write lookup.jsonl (newcases6 / zh): requests and labels written by hand against the records of cases_zh.jsonl.

Labels from clinical knowledge and the records as written (show.py); conventions in README.md.
Row: (case row, request, expected source-key paths ([] = not available), kind). lang = zh iff the request holds a CJK char.
Run: .venv/bin/python make_lookup.py
"""
from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
CJK = re.compile(r"[\u3400-\u9fff]")

PSG = "特殊检查/多导睡眠监测(PSG)"
ENDO = "特殊检查/电子鼻咽喉镜"
R0 = [
    ("多导睡眠监测", [PSG], "endoscopy_function"),
    ("sleep study", [PSG], "endoscopy_function"),
    ("AHI", [f"{PSG}/呼吸暂停低通气指数(AHI)"], "abbreviation"),
    ("Epworth嗜睡评分", ["量表评估/Epworth嗜睡量表(ESS)"], "endoscopy_function"),
    ("Epworth sleepyness scale", ["量表评估/Epworth嗜睡量表(ESS)"], "typo"),
    ("STOP-Bang评分", ["量表评估/STOP-Bang问卷"], "endoscopy_function"),
    ("电子鼻咽喉镜", [ENDO], "endoscopy_function"),
    ("做个Müller试验看气道塌陷", [f"{ENDO}/Müller试验"], "manoeuvre"),
    ("右侧前鼻镜检查", ["专科检查/鼻腔/前鼻镜/右侧"], "manoeuvre"),
    ("前鼻镜检查", ["专科检查/鼻腔/前鼻镜"], "manoeuvre"),
    ("看一下扁桃体", ["专科检查/口咽/扁桃体"], "manoeuvre"),
    ("左侧扁桃体", ["专科检查/口咽/扁桃体/左侧"], "manoeuvre"),
    ("改良Mallampati分级", ["专科检查/口咽/改良Mallampati分级"], "manoeuvre"),
    ("Friedman tongue position", ["专科检查/口咽/Friedman舌位"], "manoeuvre"),
    ("量一下颈围", ["入院查体/颈围"], "manoeuvre"),
    ("肺功能", ["特殊检查/肺功能"], "endoscopy_function"),
    ("血气分析", ["实验室检查/动脉血气分析"], "panel"),
    ("arterial blood gas", ["实验室检查/动脉血气分析"], "panel"),
    ("血脂", ["实验室检查/血脂"], "panel"),
    ("甲功", ["实验室检查/甲状腺功能"], "abbreviation"),
    ("红细胞压积", ["实验室检查/血常规/红细胞压积(HCT)"], "analyte"),
    ("上气道CT", ["影像学检查/上气道CT"], "imaging"),
    ("头影测量", ["影像学检查/头影测量(X线头颅侧位片)"], "imaging"),
    ("专科检查", ["专科检查"], "section"),
    ("多导睡眠检测", [PSG], "typo"),
    ("帮我看一下睡眠监测的AHI和最低血氧饱和度", [f"{PSG}/呼吸暂停低通气指数(AHI)", f"{PSG}/最低血氧饱和度"], "sentence"),
    ("鼻阻力测定", [], "near_miss"),
    ("药物诱导睡眠内镜(DISE)", [], "near_miss"),
    ("静脉血气", [], "near_miss"),
    ("支气管舒张试验", [], "near_miss"),
    ("上气道MRI", [], "near_miss"),
    ("多次睡眠潜伏期试验", [], "near_miss"),
    ("CPAP titration study", [], "near_miss"),
    ("纤维支气管镜", [], "absent"),
    ("脑钠肽", [], "absent"),
    ("24小时动态血压", [], "absent"),
    ("纯音测听", [], "absent"),
    ("夜间经皮二氧化碳监测", [], "near_miss"),
    ("食管pH监测", [], "absent"),
    ("look in the right nostril with a speculum", ["专科检查/鼻腔/前鼻镜/右侧"], "manoeuvre"),
]

BMA = "骨髓检查/骨髓穿刺(左髂后上棘)"
R1 = [
    ("胸骨穿刺骨髓涂片", ["骨髓检查/骨髓穿刺(胸骨)"], "panel"),
    ("左髂后上棘骨髓涂片", [f"{BMA}/骨髓涂片"], "panel"),
    ("骨髓活检", ["骨髓检查/骨髓活检(右髂后上棘)"], "panel"),
    ("bone marrow trephine", ["骨髓检查/骨髓活检(右髂后上棘)"], "panel"),
    ("骨髓染色体核型", [f"{BMA}/染色体核型分析"], "analyte"),
    ("网状纤维染色", ["骨髓检查/骨髓活检(右髂后上棘)/网状纤维染色"], "analyte"),
    ("网织红细胞", ["检验/网织红细胞"], "panel"),
    ("PNH克隆检测", ["检验/PNH克隆检测(外周血流式)"], "panel"),
    ("FLAER", ["检验/PNH克隆检测(外周血流式)/FLAER"], "abbreviation"),
    ("铁代谢", ["检验/铁代谢"], "panel"),
    ("铁蛋白", ["检验/铁代谢/铁蛋白"], "analyte"),
    ("血常规", ["检验/血常规"], "panel"),
    ("中性粒细胞绝对值", ["检验/血常规/中性粒细胞绝对值(ANC)"], "analyte"),
    ("ANC", ["检验/血常规/中性粒细胞绝对值(ANC)"], "abbreviation"),
    ("外周血涂片", ["检验/外周血涂片"], "analyte"),
    ("做一下束臂试验", ["体格检查/束臂试验"], "manoeuvre"),
    ("do a tourniquet test", ["体格检查/束臂试验"], "manoeuvre"),
    ("看一下右眼眼底", ["体格检查/眼底/右眼"], "manoeuvre"),
    ("查眼底", ["体格检查/眼底"], "manoeuvre"),
    ("按一下胸骨有没有压痛", ["体格检查/胸骨压痛"], "manoeuvre"),
    ("摸一下脾脏", ["体格检查/腹部/脾脏"], "manoeuvre"),
    ("看看口腔黏膜有没有血疱", ["体格检查/皮肤黏膜/口腔黏膜"], "manoeuvre"),
    ("Coombs试验", ["检验/溶血相关检查/直接抗人球蛋白试验(Coombs)"], "analyte"),
    ("EBV DNA", ["检验/病毒学检查/EB病毒DNA"], "abbreviation"),
    ("凝血功能", ["检验/凝血功能"], "panel"),
    ("WHO出血分级", ["评估/WHO出血分级"], "endoscopy_function"),
    ("叶酸", ["检验/叶酸"], "analyte"),
    ("骨髓检查", ["骨髓检查"], "section"),
    ("请查一下网织红细胞和铁蛋白", ["检验/网织红细胞", "检验/铁代谢/铁蛋白"], "sentence"),
    ("骨髓活检CD34免疫组化", [], "near_miss"),
    ("尿含铁血黄素试验", [], "near_miss"),
    ("骨髓流式细胞术", [], "near_miss"),
    ("可溶性转铁蛋白受体", [], "near_miss"),
    ("骨髓MRI", [], "near_miss"),
    ("胸部X线", [], "near_miss"),
    ("chromosome breakage test", [], "near_miss"),
    ("端粒长度检测", [], "absent"),
    ("血培养", [], "absent"),
    ("抗核抗体", [], "absent"),
    ("骨髓铁染色", [], "near_miss"),
    ("间接抗人球蛋白试验", [], "near_miss"),
    ("血清促红细胞生成素", [], "absent"),
    ("retic count", ["检验/网织红细胞"], "abbreviation"),
    ("palpate the spleen", ["体格检查/腹部/脾脏"], "manoeuvre"),
]

LV = "实验室检查/肝功能"
R2 = [
    ("总胆汁酸", ["实验室检查/血清总胆汁酸(TBA)"], "analyte"),
    ("bile acids", ["实验室检查/血清总胆汁酸(TBA)"], "analyte"),
    ("总胆汗酸", ["实验室检查/血清总胆汁酸(TBA)"], "typo"),
    ("转氨酶", [f"{LV}/ALT", f"{LV}/AST"], "analyte"),
    ("四步触诊", ["产科检查/四步触诊"], "manoeuvre"),
    ("Leopold manoeuvres", ["产科检查/四步触诊"], "manoeuvre"),
    ("听一下胎心", ["产科检查/胎心率"], "manoeuvre"),
    ("量一下宫高", ["产科检查/宫高"], "manoeuvre"),
    ("骨盆外测量", ["产科检查/骨盆外测量"], "manoeuvre"),
    ("测一下坐骨结节间径", ["产科检查/骨盆外测量/坐骨结节间径"], "manoeuvre"),
    ("看看皮肤有没有抓痕", ["入院查体/皮肤/抓痕"], "manoeuvre"),
    ("check for pitting oedema of the legs", ["入院查体/双下肢水肿"], "manoeuvre"),
    ("宫颈Bishop评分", ["产科检查/宫颈Bishop评分"], "endoscopy_function"),
    ("NST", ["胎儿监护/无应激试验(NST)"], "abbreviation"),
    ("无应激试验", ["胎儿监护/无应激试验(NST)"], "endoscopy_function"),
    ("胎儿生物物理评分", ["胎儿监护/胎儿生物物理评分(BPP)"], "endoscopy_function"),
    ("瘙痒评分", ["评估/瘙痒程度评分(VAS)"], "endoscopy_function"),
    ("羊水指数", ["影像/产科超声/羊水指数"], "imaging"),
    ("产科B超", ["影像/产科超声"], "imaging"),
    ("脐动脉血流", ["影像/产科超声/脐动脉血流"], "imaging"),
    ("OGTT", ["实验室检查/75g口服葡萄糖耐量试验(OGTT,孕25周)"], "abbreviation"),
    ("糖耐量试验", ["实验室检查/75g口服葡萄糖耐量试验(OGTT,孕25周)"], "panel"),
    ("凝血功能", ["实验室检查/凝血功能"], "panel"),
    ("尿常规", ["实验室检查/尿常规"], "panel"),
    ("肝炎病毒标志物", ["实验室检查/肝炎病毒标志物"], "panel"),
    ("胎儿监护", ["胎儿监护"], "section"),
    ("please get the bile acids and the NST", ["实验室检查/血清总胆汁酸(TBA)", "胎儿监护/无应激试验(NST)"], "sentence"),
    ("经阴道超声测宫颈长度", [], "near_miss"),
    ("缩宫素激惹试验", [], "near_miss"),
    ("胎儿超声心动图", [], "near_miss"),
    ("磁共振胰胆管成像", [], "near_miss"),
    ("24小时尿蛋白定量", [], "near_miss"),
    ("抗HAV-IgM", [], "near_miss"),
    ("抗线粒体抗体", [], "absent"),
    ("甲状腺功能", [], "absent"),
    ("血型", [], "absent"),
    ("D-dimer", [], "absent"),
    ("amniocentesis", [], "absent"),
    ("尿胆汁酸", [], "near_miss"),
    ("MRCP", [], "near_miss"),
    ("胎儿头皮血pH", [], "absent"),
    ("B族链球菌筛查", [], "absent"),
    ("血氨", [], "absent"),
    ("measure the fundal height", ["产科检查/宫高"], "manoeuvre"),
    ("amniotic fluid index", ["影像/产科超声/羊水指数"], "imaging"),
]

BP = "查体/生命体征/血压"
R3 = [
    ("皮质醇节律", ["内分泌功能/血皮质醇节律"], "panel"),
    ("cortisol diurnal rythm", ["内分泌功能/血皮质醇节律"], "typo"),
    ("0点血皮质醇", ["内分泌功能/血皮质醇节律/0时"], "analyte"),
    ("唾液皮质醇", ["内分泌功能/午夜唾液皮质醇"], "analyte"),
    ("ACTH", ["内分泌功能/血浆ACTH(8时)"], "abbreviation"),
    ("1mg过夜地塞米松抑制试验", ["内分泌功能/1mg过夜地塞米松抑制试验"], "panel"),
    ("大剂量地塞米松抑制试验", ["内分泌功能/大剂量地塞米松抑制试验(8mg)"], "panel"),
    ("high-dose dexamethasone suppression test", ["内分泌功能/大剂量地塞米松抑制试验(8mg)"], "panel"),
    ("肾素醛固酮", ["内分泌功能/肾素-醛固酮"], "panel"),
    ("血浆MN和NMN", ["内分泌功能/血浆甲氧基肾上腺素类物质"], "panel"),
    ("硫酸脱氢表雄酮", ["内分泌功能/硫酸脱氢表雄酮(DHEA-S)"], "analyte"),
    ("血钾", ["检验/生化/钾"], "analyte"),
    ("嗜酸性粒细胞", ["检验/血常规/嗜酸性粒细胞百分比"], "analyte"),
    ("糖化", ["检验/糖化血红蛋白(HbA1c)"], "abbreviation"),
    ("肾上腺CT", ["影像/肾上腺增强CT"], "imaging"),
    ("左侧肾上腺CT", ["影像/肾上腺增强CT/左侧肾上腺"], "imaging"),
    ("垂体核磁", ["影像/垂体MRI增强"], "imaging"),
    ("骨密度", ["特殊检查/骨密度(DXA)"], "endoscopy_function"),
    ("PHQ-9", ["量表评估/患者健康问卷(PHQ-9)"], "endoscopy_function"),
    ("心电图", ["特殊检查/心电图"], "endoscopy_function"),
    ("测一下双上肢血压", [BP], "manoeuvre"),
    ("右上肢血压", [f"{BP}/右上肢"], "manoeuvre"),
    ("蹲起试验", ["查体/肌力/蹲起试验"], "manoeuvre"),
    ("ask her to stand up from a squat", ["查体/肌力/蹲起试验"], "manoeuvre"),
    ("看看有没有紫纹", ["查体/皮肤/紫纹"], "manoeuvre"),
    ("对照法查视野", ["查体/视野(对照法)"], "manoeuvre"),
    ("内分泌功能检查", ["内分泌功能"], "section"),
    ("查一下血钾和ACTH", ["检验/生化/钾", "内分泌功能/血浆ACTH(8时)"], "sentence"),
    ("岩下窦静脉采血", [], "near_miss"),
    ("小剂量地塞米松抑制试验", [], "near_miss"),
    ("肾上腺MRI", [], "near_miss"),
    ("24小时尿儿茶酚胺", [], "near_miss"),
    ("CRH兴奋试验", [], "near_miss"),
    ("右股骨颈骨密度", [], "near_miss"),
    ("adrenal vein sampling", [], "near_miss"),
    ("ACTH stimulation test", [], "near_miss"),
    ("生长激素", [], "absent"),
    ("泌乳素", [], "absent"),
    ("胸部CT", [], "absent"),
    ("卧位醛固酮", [], "near_miss"),
    ("肾上腺超声", [], "near_miss"),
    ("尿钾", [], "near_miss"),
    ("胰岛素释放试验", [], "absent"),
    ("look for purple striae", ["查体/皮肤/紫纹"], "manoeuvre"),
    ("overnight dexamethasone suppression test", ["内分泌功能/1mg过夜地塞米松抑制试验"], "panel"),
]


def main() -> None:
    out = []
    for row, reqs in enumerate((R0, R1, R2, R3)):
        for request, keys, kind in reqs:
            out.append({"case_id": f"newcases6:zh:{row}", "request": request, "expected_keys": keys,
                        "lang": "zh" if CJK.search(request) else "en", "kind": kind})
    (HERE / "lookup.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8")
    print(len(out), "rows")


if __name__ == "__main__":
    main()

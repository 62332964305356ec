"""Write lookup.jsonl (newcases5 / zh): requests and labels written by hand against the records of cases_zh.jsonl.

Labels from clinical knowledge and the records as written (show.py); a key stands for its record and every record
below it; [] = the record does not hold the test. `lang` is "zh" exactly when the request holds a CJK character.
Run: .venv/bin/python make_lookup.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
CJK = re.compile(r"[\u3400-\u9fff]")
ROWS: list[dict] = []


def r(row: int, request: str, keys: list[str], kind: str) -> None:
    ROWS.append({"case_id": f"newcases5:zh:{row}", "request": request, "expected_keys": keys,
                 "lang": "zh" if CJK.search(request) else "en", "kind": kind})


NA: list[str] = []

# ---------------------------------------------------------------- row 0: 多发性骨髓瘤
PE = "入院查体"
LAB = "实验室检查"
BM = "骨髓检查/骨髓穿刺(右髂后上棘)"
BX = "骨髓检查/骨髓活检(右髂后上棘)"
r(0, "查一下胸骨有没有压痛", [f"{PE}/胸骨压痛"], "manoeuvre")
r(0, "叩一下胸腰椎棘突看有没有叩击痛", [f"{PE}/脊柱/棘突压痛及叩击痛"], "manoeuvre")
r(0, "直腿抬高试验", [f"{PE}/直腿抬高试验"], "manoeuvre")
r(0, "右侧直腿抬高试验", [f"{PE}/直腿抬高试验/右侧"], "manoeuvre")
r(0, "做个肛门指检看括约肌张力", [f"{PE}/神经系统/肛门括约肌"], "manoeuvre")
r(0, "check saddle sensation", [f"{PE}/神经系统/感觉"], "manoeuvre")
r(0, "ISS分期", ["分期及评估/ISS分期"], "endoscopy_function")
r(0, "R-ISS stage", ["分期及评估/R-ISS分期"], "endoscopy_function")
r(0, "ECOG评分", ["分期及评估/ECOG体能评分"], "endoscopy_function")
r(0, "血钙", [f"{LAB}/血生化/钙(Ca)"], "analyte")
r(0, "β2微球蛋白", [f"{LAB}/β2-微球蛋白(β2-MG)"], "analyte")
r(0, "24小时尿蛋白定量", [f"{LAB}/尿液检查/24小时尿蛋白定量"], "analyte")
r(0, "骨髓涂片浆细胞比例", [f"{BM}/骨髓涂片/浆细胞比例"], "analyte")
r(0, "血清蛋白电泳", [f"{LAB}/血清蛋白电泳"], "panel")
r(0, "免疫球蛋白定量", [f"{LAB}/免疫球蛋白定量"], "panel")
r(0, "血清游离轻链", [f"{LAB}/血清游离轻链"], "panel")
r(0, "骨髓FISH", [f"{BM}/FISH"], "panel")
r(0, "骨髓涂片", [f"{BM}/骨髓涂片"], "section")
r(0, "骨髓活检", [BX], "section")
r(0, "whole-body low-dose CT", ["影像学检查/全身低剂量CT"], "imaging")
r(0, "胸腰椎核磁", ["影像学检查/胸腰椎MRI平扫"], "imaging")
r(0, "SPEP", [f"{LAB}/血清蛋白电泳"], "abbreviation")
r(0, "ESR", [f"{LAB}/红细胞沉降率(ESR)"], "abbreviation")
r(0, "血清免疫固定电游", [f"{LAB}/血清免疫固定电泳"], "typo")
r(0, "请看一下血清游离轻链和尿本周蛋白的结果", [f"{LAB}/血清游离轻链", f"{LAB}/尿液检查/尿本周蛋白"], "sentence")
r(0, "全身PET-CT", NA, "near_miss")
r(0, "尿蛋白电泳", NA, "near_miss")
r(0, "IgD定量", NA, "near_miss")
r(0, "骨髓染色体核型分析", NA, "near_miss")
r(0, "全身骨显像", NA, "near_miss")
r(0, "颈椎MRI", NA, "near_miss")
r(0, "离子钙", NA, "near_miss")
r(0, "腹壁脂肪垫活检刚果红染色", NA, "near_miss")
r(0, "cardiac MRI", NA, "near_miss")
r(0, "血清黏度", NA, "absent")
r(0, "心肌肌钙蛋白T", NA, "absent")
r(0, "骨密度", NA, "absent")
r(0, "骨髓铁染色", NA, "near_miss")
r(0, "serum viscosity", NA, "absent")

# ---------------------------------------------------------------- row 1: 先天性肥厚性幽门狭窄
PE = "体格检查"
LAB = "检验"
r(1, "摸一下右上腹有没有橄榄样包块", [f"{PE}/腹部/触诊/右上腹肿块"], "manoeuvre")
r(1, "test feed and palpate for a pyloric olive", [f"{PE}/腹部/触诊/右上腹肿块"], "manoeuvre")
r(1, "看看上腹部有没有胃蠕动波", [f"{PE}/腹部/视诊"], "manoeuvre")
r(1, "摸摸前囟", [f"{PE}/前囟"], "manoeuvre")
r(1, "捏一下腹壁皮肤看看弹性", [f"{PE}/皮肤弹性"], "manoeuvre")
r(1, "capillary refill time", [f"{PE}/毛细血管再充盈时间"], "manoeuvre")
r(1, "查一下拥抱反射", [f"{PE}/神经系统/原始反射/拥抱反射"], "manoeuvre")
r(1, "Ortolani试验", [f"{PE}/髋关节/Ortolani试验"], "manoeuvre")
r(1, "Barlow test", [f"{PE}/髋关节/Barlow试验"], "manoeuvre")
r(1, "脱水程度评估", ["评估/脱水程度评估"], "endoscopy_function")
r(1, "FLACC疼痛评分", ["评估/疼痛评估(FLACC)"], "endoscopy_function")
r(1, "血钾", [f"{LAB}/电解质/钾(K)"], "analyte")
r(1, "间接胆红素", [f"{LAB}/肝功能/间接胆红素(IBIL)"], "analyte")
r(1, "幽门肌层厚度", ["影像/腹部超声(幽门)/幽门肌层厚度"], "analyte")
r(1, "血气分析", [f"{LAB}/动脉血气分析"], "panel")
r(1, "电解质", [f"{LAB}/电解质"], "panel")
r(1, "原始反射", [f"{PE}/神经系统/原始反射"], "section")
r(1, "腹部触诊", [f"{PE}/腹部/触诊"], "section")
r(1, "幽门B超", ["影像/腹部超声(幽门)"], "imaging")
r(1, "ABG", [f"{LAB}/动脉血气分析"], "abbreviation")
r(1, "上消化道照影", ["影像/上消化道造影"], "typo")
r(1, "呕吐这么多天，电解质和血气怎么样", [f"{LAB}/电解质", f"{LAB}/动脉血气分析"], "sentence")
r(1, "静脉血气", NA, "near_miss")
r(1, "尿氯", NA, "near_miss")
r(1, "尿钾", NA, "near_miss")
r(1, "离子钙", NA, "near_miss")
r(1, "腹部CT", NA, "near_miss")
r(1, "髋关节超声", NA, "near_miss")
r(1, "钡灌肠", NA, "near_miss")
r(1, "abdominal CT", NA, "near_miss")
r(1, "Apgar评分", NA, "absent")
r(1, "血氨", NA, "absent")
r(1, "血培养", NA, "absent")
r(1, "尿渗透压", NA, "near_miss")
r(1, "大便常规", NA, "absent")

# ---------------------------------------------------------------- row 2: 系统性硬化症
PE = "查体"
LAB = "实验室检查"
SP = "特殊检查"
MRSS = f"{PE}/改良Rodnan皮肤评分(mRSS)"
r(2, "量一下张口度", [f"{PE}/口腔/张口度"], "manoeuvre")
r(2, "听一下双下肺有没有Velcro啰音", [f"{PE}/肺部/听诊"], "manoeuvre")
r(2, "listen to the left lung base", [f"{PE}/肺部/听诊/左肺"], "manoeuvre")
r(2, "feel for tendon friction rubs", [f"{PE}/手部/腱鞘摩擦感"], "manoeuvre")
r(2, "右手指端溃疡", [f"{PE}/手部/指端溃疡/右手"], "manoeuvre")
r(2, "看一下手指遇冷的颜色变化（雷诺现象）", [f"{PE}/手部/雷诺现象"], "manoeuvre")
r(2, "捏一下右前臂皮肤评个分", [f"{MRSS}/前臂/右侧"], "manoeuvre")
r(2, "改良Rodnan皮肤评分", [MRSS], "endoscopy_function")
r(2, "mRSS左手指", [f"{MRSS}/手指/左侧"], "endoscopy_function")
r(2, "甲襞毛细血管镜", [f"{SP}/甲襞毛细血管镜"], "endoscopy_function")
r(2, "nailfold capillaroscopy", [f"{SP}/甲襞毛细血管镜"], "endoscopy_function")
r(2, "肺功能", [f"{SP}/肺功能"], "endoscopy_function")
r(2, "6分钟步行试验", [f"{SP}/6分钟步行试验"], "endoscopy_function")
r(2, "胃镜", [f"{SP}/胃镜"], "endoscopy_function")
r(2, "HAQ-DI评分", ["病情评估/健康评估问卷残疾指数(HAQ-DI)"], "endoscopy_function")
r(2, "抗Scl-70抗体", [f"{LAB}/自身抗体/抗Scl-70抗体"], "analyte")
r(2, "抗着丝点抗体", [f"{LAB}/自身抗体/抗着丝点抗体(ACA)"], "analyte")
r(2, "KL-6", [f"{LAB}/涎液化糖链抗原-6(KL-6)"], "analyte")
r(2, "肺动脉收缩压", [f"{SP}/经胸超声心动图/肺动脉收缩压"], "analyte")
r(2, "自身抗体", [f"{LAB}/自身抗体"], "panel")
r(2, "ANA滴度", [f"{LAB}/自身抗体/抗核抗体(ANA)/滴度"], "analyte")
r(2, "肺部查体", [f"{PE}/肺部"], "section")
r(2, "胸部HRCT", ["影像学检查/胸部HRCT"], "imaging")
r(2, "心脏彩超", [f"{SP}/经胸超声心动图"], "imaging")
r(2, "DLCO", [f"{SP}/肺功能/一氧化碳弥散量(DLCO)"], "abbreviation")
r(2, "甲壁毛细血管镜", [f"{SP}/甲襞毛细血管镜"], "typo")
r(2, "nailfold capilaroscopy", [f"{SP}/甲襞毛细血管镜"], "typo")
r(2, "看一下她的肺功能和胸部HRCT", [f"{SP}/肺功能", "影像学检查/胸部HRCT"], "sentence")
r(2, "右心导管检查", NA, "near_miss")
r(2, "right heart catheterisation", NA, "near_miss")
r(2, "心脏磁共振", NA, "near_miss")
r(2, "抗PM-Scl抗体", NA, "near_miss")
r(2, "抗SSB抗体", NA, "near_miss")
r(2, "食管测压", NA, "near_miss")
r(2, "支气管肺泡灌洗", NA, "near_miss")
r(2, "尿蛋白肌酐比", NA, "near_miss")
r(2, "oesophageal manometry", NA, "near_miss")
r(2, "皮肤活检", NA, "absent")
r(2, "血浆肾素活性", NA, "absent")
r(2, "结肠镜", NA, "absent")
r(2, "抗Th/To抗体", NA, "near_miss")
r(2, "ANCA", NA, "absent")

# ---------------------------------------------------------------- row 3: 特发性正常压力脑积水
NS = "神经系统查体"
LP = "辅助检查/腰椎穿刺放液试验"
PP = f"{LP}/放液前后评估"
SP = "辅助检查/特殊检查"
SC = "量表评估"
LAB = "辅助检查/检验"
IM = "辅助检查/影像"
r(3, "后拉试验", [f"{NS}/姿势与步态/后拉试验"], "manoeuvre")
r(3, "pull test", [f"{NS}/姿势与步态/后拉试验"], "manoeuvre")
r(3, "让他走一下直线一字步", [f"{NS}/姿势与步态/一字步"], "manoeuvre")
r(3, "tandem gait", [f"{NS}/姿势与步态/一字步"], "manoeuvre")
r(3, "让他走几步看看步态", [f"{NS}/姿势与步态/步态"], "manoeuvre")
r(3, "查一下巴氏征", [f"{NS}/反射/病理征/巴宾斯基征"], "manoeuvre")
r(3, "右侧巴氏征", [f"{NS}/反射/病理征/巴宾斯基征/右侧"], "manoeuvre")
r(3, "掌颏反射", [f"{NS}/反射/额叶释放征/掌颏反射"], "manoeuvre")
r(3, "check the grasp reflex", [f"{NS}/反射/额叶释放征/强握反射"], "manoeuvre")
r(3, "查一下有没有踝阵挛", [f"{NS}/反射/踝阵挛"], "manoeuvre")
r(3, "Romberg试验", [f"{NS}/共济运动/闭目难立征(Romberg征)"], "manoeuvre")
r(3, "测一下卧立位血压", ["入院查体/卧立位血压"], "manoeuvre")
r(3, "查一下下肢肌张力", [f"{NS}/运动系统/肌张力/下肢"], "manoeuvre")
r(3, "看一下眼底", [f"{NS}/颅神经/眼底"], "manoeuvre")
r(3, "腰穿放液试验", [LP], "endoscopy_function")
r(3, "CSF tap test", [LP], "endoscopy_function")
r(3, "放液前后10米步行时间", [f"{PP}/10米步行时间"], "endoscopy_function")
r(3, "iNPH分级量表", [f"{SC}/iNPH分级量表(iNPHGS)"], "endoscopy_function")
r(3, "MoCA评分", [f"{SC}/蒙特利尔认知评估(MoCA)"], "endoscopy_function")
r(3, "额叶功能评估", [f"{SC}/额叶功能评估量表(FAB)"], "endoscopy_function")
r(3, "尿动力学检查", [f"{SP}/尿流动力学检查"], "endoscopy_function")
r(3, "腰穿初压", [f"{LP}/初压"], "analyte")
r(3, "脑脊液蛋白", [f"{LP}/脑脊液生化/蛋白"], "analyte")
r(3, "血糖", [f"{LAB}/生化/葡萄糖"], "analyte")
r(3, "脑脊液常规", [f"{LP}/脑脊液常规"], "panel")
r(3, "额叶释放征", [f"{NS}/反射/额叶释放征"], "section")
r(3, "姿势与步态", [f"{NS}/姿势与步态"], "section")
r(3, "共济运动查体", [f"{NS}/共济运动"], "section")
r(3, "头颅核磁", [f"{IM}/头颅MRI平扫"], "imaging")
r(3, "Evans指数", [f"{IM}/头颅MRI平扫/所见"], "imaging")
r(3, "TUG", [f"{PP}/起立-行走计时(TUG)"], "abbreviation")
r(3, "FAB", [f"{SC}/额叶功能评估量表(FAB)"], "abbreviation")
r(3, "脑脊液生话", [f"{LP}/脑脊液生化"], "typo")
r(3, "看一下放液试验的结论和头颅MRI印象", [f"{LP}/结论", f"{IM}/头颅MRI平扫/印象"], "sentence")
r(3, "持续腰大池引流试验", NA, "near_miss")
r(3, "lumbar drain trial", NA, "near_miss")
r(3, "放射性核素脑池显像", NA, "near_miss")
r(3, "脑脊液Aβ42和tau蛋白", NA, "near_miss")
r(3, "24小时颅内压监测", NA, "near_miss")
r(3, "头颅CT", NA, "near_miss")
r(3, "淀粉样蛋白PET", NA, "near_miss")
r(3, "amyloid PET", NA, "near_miss")
r(3, "汉密尔顿焦虑量表", NA, "near_miss")
r(3, "脑脊液培养", NA, "near_miss")
r(3, "尿培养", NA, "near_miss")
r(3, "腰椎MRI", NA, "near_miss")
r(3, "血沉", NA, "absent")
r(3, "HbA1c", NA, "absent")
r(3, "肌电图", NA, "absent")
r(3, "前列腺特异性抗原", NA, "absent")


def main() -> None:
    text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in ROWS)
    (HERE / "lookup.jsonl").write_text(text, encoding="utf-8")
    print(len(ROWS), "rows")


if __name__ == "__main__":
    main()

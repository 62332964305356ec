"""Write lookup.jsonl (newcases4 / zh): requests and labels written by hand against each case's own records.

Row: {"case_id", "request", "expected_keys", "lang", "kind"}; a key stands for the record with that
source_key and every record below it; [] = the case does not hold the test. `lang` is "zh" exactly when
the request contains a CJK character. Run: .venv/bin/python make_lookup.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
CJK = re.compile(r"[\u3400-\u9fff]")
ROWS: list[dict] = []


def add(row: int, request: str, keys: list[str], kind: str) -> None:
    ROWS.append({"case_id": f"newcases4:zh:{row}", "request": request, "expected_keys": keys,
                 "lang": "zh" if CJK.search(request) else "en", "kind": kind})


# ---------------------------------------------------------------- row 0: 原发性甲状旁腺功能亢进症
L, S, I = "辅助检查/实验室检查", "辅助检查/特殊检查", "辅助检查/影像学检查"  # noqa: E741
CHV, TRO = "专科检查/低钙体征/面神经叩击征(Chvostek征)", "专科检查/低钙体征/束臂加压试验(Trousseau征)"
PTH = f"{L}/甲状旁腺激素(PTH)"
add(0, "查一下面神经叩击征", [CHV], "manoeuvre")
add(0, "Chvostek sign", [CHV], "manoeuvre")
add(0, "做个束臂加压试验", [TRO], "manoeuvre")
add(0, "摸摸甲状腺", ["体格检查/头颈部/甲状腺"], "manoeuvre")
add(0, "叩一下左侧肾区", ["体格检查/肾区叩击痛/左侧"], "manoeuvre")
add(0, "PTH", [PTH], "abbreviation")
add(0, "离子钙", [f"{L}/静脉血气分析/离子钙(iCa)"], "analyte")
add(0, "血磷", [f"{L}/血生化/无机磷(P)"], "analyte")
add(0, "24小时尿钙", [f"{L}/24小时尿生化/尿钙"], "analyte")
add(0, "甲功", [f"{L}/甲状腺功能"], "panel")
add(0, "尿常规", [f"{L}/尿常规"], "panel")
add(0, "左股骨颈骨密度", [f"{S}/骨密度测定(DXA)/左股骨颈"], "imaging")
add(0, "甲状旁腺MIBI显像", [f"{I}/甲状旁腺双时相显像(99mTc-MIBI)"], "imaging")
add(0, "电子喉镜", [f"{S}/电子喉镜"], "endoscopy_function")
add(0, "ECG", [f"{S}/心电图"], "endoscopy_function")
add(0, "Caprini评分", ["入院评估/Caprini血栓风险评估"], "endoscopy_function")
add(0, "神经系统查体", ["体格检查/神经系统"], "section")
add(0, "甲状旁线激素", [PTH], "typo")
add(0, "请查一下患者的甲状旁腺激素和维生素D水平", [PTH, f"{L}/骨代谢标志物/25-羟维生素D[25(OH)D]"], "sentence")
add(0, "甲状旁腺4D-CT", [], "near_miss")
add(0, "骨特异性碱性磷酸酶", [], "near_miss")
add(0, "1,25-二羟维生素D", [], "near_miss")
add(0, "全身骨显像", [], "near_miss")
add(0, "动脉血气分析", [], "near_miss")
add(0, "右侧股骨颈骨密度", [], "near_miss")
add(0, "泌尿系CT平扫", [], "near_miss")
add(0, "Padua评分", [], "near_miss")
add(0, "PTHrP", [], "near_miss")
add(0, "尿本周蛋白", [], "absent")
add(0, "甲状腺细针穿刺", [], "absent")
add(0, "serum protein electrophoresis", [], "absent")

# ---------------------------------------------------------------- row 1: 突发性聋
F, V = "专科检查/音叉试验(256Hz)", "专科检查/前庭及平衡功能"
PTA = "听力学检查/纯音测听"
add(1, "韦伯试验", [f"{F}/韦伯试验(WT)"], "manoeuvre")
add(1, "Weber test", [f"{F}/韦伯试验(WT)"], "manoeuvre")
add(1, "右耳Rinne试验", [f"{F}/林纳试验(RT)/右耳"], "manoeuvre")
add(1, "踏步试验", [f"{V}/原地踏步试验(Fukuda)"], "manoeuvre")
add(1, "Dix-Hallpike test", [f"{V}/Dix-Hallpike试验"], "manoeuvre")
add(1, "看看右耳鼓膜", ["专科检查/耳部/右耳/鼓膜"], "manoeuvre")
add(1, "纯音测听", [PTA], "endoscopy_function")
add(1, "右耳骨导阈值", [f"{PTA}/右耳/骨导阈值"], "endoscopy_function")
add(1, "耳声发射", ["听力学检查/畸变产物耳声发射(DPOAE)"], "endoscopy_function")
add(1, "冷热试验", ["前庭功能检查/视频眼震图(VNG)/冷热试验"], "endoscopy_function")
add(1, "耳鸣量表", ["量表评估/耳鸣残疾评估量表(THI)"], "endoscopy_function")
add(1, "鼻咽镜", ["内镜检查/电子鼻咽喉镜"], "endoscopy_function")
add(1, "BAEP", ["听力学检查/听性脑干反应(ABR)"], "abbreviation")
add(1, "vHIT", ["前庭功能检查/视频头脉冲试验(vHIT)"], "abbreviation")
add(1, "血脂", ["实验室检查/血脂四项"], "panel")
add(1, "纤维蛋白原", ["实验室检查/凝血功能/纤维蛋白原(FIB)"], "analyte")
add(1, "内听道MRI", ["影像学检查/内听道MRI平扫+增强(含内耳水成像)"], "imaging")
add(1, "椎动脉彩超", ["影像学检查/颈部血管彩超/椎动脉"], "imaging")
add(1, "前庭功能查体", [V], "section")
add(1, "纯音侧听", [PTA], "typo")
add(1, "他做过声导抗和耳声发射吗？", ["听力学检查/声导抗", "听力学检查/畸变产物耳声发射(DPOAE)"], "sentence")
add(1, "颞骨CT", [], "near_miss")
add(1, "前庭诱发肌源性电位", [], "near_miss")
add(1, "言语测听", [], "near_miss")
add(1, "瞬态诱发耳声发射", [], "near_miss")
add(1, "耳蜗电图", [], "near_miss")
add(1, "咽鼓管功能检查", [], "near_miss")
add(1, "抑郁自评量表", [], "near_miss")
add(1, "头颅MRA", [], "near_miss")
add(1, "血沉", [], "absent")
add(1, "EEG", [], "absent")
add(1, "颈椎MRI", [], "absent")

# ---------------------------------------------------------------- row 2: 强直性脊柱炎
M, J = "专科查体/脊柱活动度测量", "专科查体/骶髂关节"
add(2, "Schober试验", [f"{M}/改良Schober试验"], "manoeuvre")
add(2, "量一下胸廓活动度", [f"{M}/胸廓活动度"], "manoeuvre")
add(2, "左侧耳屏墙距", [f"{M}/耳屏墙距/左"], "manoeuvre")
add(2, "右侧4字试验", [f"{J}/“4”字试验(Patrick试验)/右"], "manoeuvre")
add(2, "FABER test", [f"{J}/“4”字试验(Patrick试验)"], "manoeuvre")
add(2, "骨盆挤压分离试验", [f"{J}/骨盆挤压试验", f"{J}/骨盆分离试验"], "manoeuvre")
add(2, "Gaenslen test", [f"{J}/床边试验(Gaenslen试验)"], "manoeuvre")
add(2, "按一下骶髂关节有没有压痛", [f"{J}/压痛"], "manoeuvre")
add(2, "跟腱附着点压痛", ["专科查体/附着点/右跟腱附着点", "专科查体/附着点/左跟腱附着点"], "manoeuvre")
add(2, "右眼裂隙灯检查", ["眼科会诊/裂隙灯检查/右眼"], "manoeuvre")
add(2, "骶髂关节查体", [J], "section")
add(2, "BASDAI", ["疾病评估/BASDAI"], "endoscopy_function")
add(2, "肺功能", ["特殊检查/肺功能"], "endoscopy_function")
add(2, "HLA-B27", ["实验室检查/HLA-B27"], "abbreviation")
add(2, "血清IgA", ["实验室检查/免疫球蛋白及补体/IgA"], "analyte")
add(2, "免疫球蛋白", ["实验室检查/免疫球蛋白及补体/IgG", "实验室检查/免疫球蛋白及补体/IgA",
                  "实验室检查/免疫球蛋白及补体/IgM"], "panel")
add(2, "乙肝五项", ["实验室检查/感染筛查/乙肝两对半"], "panel")
add(2, "骶髂关节MRI", ["影像学/骶髂关节MRI(T1WI+STIR)"], "imaging")
add(2, "右侧跟腱超声", ["影像学/跟腱超声/右侧"], "imaging")
add(2, "骶骼关节CT", ["影像学/骶髂关节CT"], "typo")
add(2, "Shober test", [f"{M}/改良Schober试验"], "typo")
add(2, "看一下他的血沉、CRP和HLA-B27", ["实验室检查/红细胞沉降率(ESR)", "实验室检查/C反应蛋白(CRP)",
                                   "实验室检查/HLA-B27"], "sentence")
add(2, "髋关节MRI", [], "near_miss")
add(2, "颈椎X线片", [], "near_miss")
add(2, "抗ENA抗体谱", [], "near_miss")
add(2, "HLA-B51", [], "near_miss")
add(2, "PPD试验", [], "near_miss")
add(2, "HBV-DNA定量", [], "near_miss")
add(2, "眼底荧光血管造影", [], "near_miss")
add(2, "右髋关节超声", [], "near_miss")
add(2, "粪便钙卫蛋白", [], "absent")
add(2, "结肠镜", [], "absent")
add(2, "6分钟步行试验", [], "absent")

# ---------------------------------------------------------------- row 3: 阿尔茨海默病
N, P = "神经系统检查", "神经心理评估"
MMSE = f"{P}/简易精神状态检查(MMSE)"
add(3, "MMSE", [MMSE], "endoscopy_function")
add(3, "MMSE延迟回忆", [f"{MMSE}/延迟回忆"], "endoscopy_function")
add(3, "画钟试验", [f"{P}/画钟试验(CDT)"], "endoscopy_function")
add(3, "汉密尔顿抑郁量表", [f"{P}/汉密尔顿抑郁量表(HAMD-17)"], "endoscopy_function")
add(3, "GCS评分", [f"{N}/高级皮层功能/意识"], "endoscopy_function")
add(3, "CDR", [f"{P}/临床痴呆评定量表(CDR)"], "abbreviation")
add(3, "蒙特利尔认知评佑", [f"{P}/蒙特利尔认知评估(MoCA)"], "typo")
add(3, "掌颏反射", [f"{N}/反射/原始反射/掌颏反射"], "manoeuvre")
add(3, "check for primitive reflexes", [f"{N}/反射/原始反射"], "manoeuvre")
add(3, "查一下巴氏征", [f"{N}/反射/病理反射/巴宾斯基征"], "manoeuvre")
add(3, "check for clonus", [f"{N}/反射/踝阵挛"], "manoeuvre")
add(3, "听一下颈动脉有没有杂音", ["入院查体/内科查体/颈动脉听诊"], "manoeuvre")
add(3, "listen over the carotids", ["入院查体/内科查体/颈动脉听诊"], "manoeuvre")
add(3, "卧立位血压", ["入院查体/生命体征/血压"], "manoeuvre")
add(3, "克氏征", [f"{N}/脑膜刺激征"], "manoeuvre")
add(3, "共济运动检查", [f"{N}/共济运动"], "section")
add(3, "血脂", ["辅助检查/检验/生化全套/总胆固醇", "辅助检查/检验/生化全套/低密度脂蛋白胆固醇"], "panel")
add(3, "腰穿", ["辅助检查/腰椎穿刺"], "panel")
add(3, "脑脊液Aβ42", ["辅助检查/腰椎穿刺/脑脊液AD标志物/Aβ1-42"], "analyte")
add(3, "血糖", ["辅助检查/检验/生化全套/葡萄糖"], "analyte")
add(3, "请提供她的维生素B12、叶酸和甲状腺功能结果", ["辅助检查/检验/维生素B12", "辅助检查/检验/叶酸",
                                        "辅助检查/检验/甲状腺功能"], "sentence")
add(3, "头颅MRI", ["辅助检查/影像/头颅MRI平扫+海马冠状位"], "imaging")
add(3, "FDG-PET", ["辅助检查/影像/18F-FDG PET脑代谢显像"], "imaging")
add(3, "淀粉样蛋白PET", [], "near_miss")
add(3, "tau PET", [], "near_miss")
add(3, "血浆p-tau217", [], "near_miss")
add(3, "脑脊液14-3-3蛋白", [], "near_miss")
add(3, "脑脊液寡克隆带", [], "near_miss")
add(3, "头颅CT", [], "near_miss")
add(3, "汉密尔顿焦虑量表", [], "near_miss")
add(3, "ADAS-Cog评分", [], "near_miss")
add(3, "NIHSS", [], "absent")
add(3, "多导睡眠图", [], "absent")
add(3, "血氨", [], "absent")
add(3, "血清抗NMDA受体抗体", [], "absent")


def main() -> None:
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS)
    (HERE / "lookup.jsonl").write_text(text, encoding="utf-8")
    print(len(ROWS), "rows")


if __name__ == "__main__":
    main()

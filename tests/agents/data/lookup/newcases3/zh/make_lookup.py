"""Write lookup.jsonl: requests against the 4 cases of cases_zh.jsonl (newcases3 / zh).

Each row: (request, expected source-key paths, kind). [] = the record does not hold the test.
A path covers that record and every record below it. Labels were written by hand against the records as
printed by show.py, from clinical knowledge only. lang is "zh" when the request contains a CJK character,
else "en". Run: /work/main/.venv/bin/python make_lookup.py  (then validate.py)
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
CJK = re.compile(r"[\u3400-\u9fff]")

# ------------------------------------------------------------------ row 0: 垂体大腺瘤
L0 = "辅助检查/实验室检查"
I0 = "辅助检查/影像学检查"
E0 = "专科检查/眼科检查"
O0 = "辅助检查/眼科专项"
R0 = [
    ("查个鞍区核磁", [f"{I0}/鞍区MRI平扫+增强"], "imaging"),
    ("pituitary MRI", [f"{I0}/鞍区MRI平扫+增强"], "imaging"),
    ("头颅CT", [f"{I0}/头颅CT平扫"], "imaging"),
    ("头颅CTA", [], "near_miss"),
    ("PET-CT", [], "absent"),
    ("催乳素", [f"{L0}/性激素六项/泌乳素(PRL)"], "analyte"),
    ("PRL", [f"{L0}/性激素六项/泌乳素(PRL)"], "abbreviation"),
    ("性激素六项", [f"{L0}/性激素六项"], "panel"),
    ("IGF-1", [f"{L0}/胰岛素样生长因子-1(IGF-1)"], "abbreviation"),
    ("GH抑制试验", [], "near_miss"),
    ("ACTH", [f"{L0}/促肾上腺皮质激素(ACTH)"], "abbreviation"),
    ("24h尿游离皮质醇", [], "near_miss"),
    ("皮质醇节律", [f"{L0}/皮质醇节律"], "panel"),
    ("甲功", [f"{L0}/甲状腺功能"], "panel"),
    ("甲状腺彩超", [], "absent"),
    ("尿渗透压", [f"{L0}/尿渗透压"], "analyte"),
    ("禁水加压素试验", [], "near_miss"),
    ("对光反射", [f"{E0}/瞳孔/直接对光反射", f"{E0}/瞳孔/间接对光反射"], "manoeuvre"),
    ("Humphrey视野", [f"{O0}/自动视野检查(Humphrey 30-2)"], "endoscopy_function"),
    ("OCT", [f"{O0}/光学相干断层扫描(OCT)"], "abbreviation"),
    ("视觉诱发电位", [], "near_miss"),
    ("睾铜", [f"{L0}/性激素六项/睾酮(T)"], "typo"),
    ("神经系统查体", ["专科检查/神经系统"], "section"),
    ("糖化血红蛋白", [], "absent"),
    ("病人视野缺损到什么程度，查过视野没有", [f"{E0}/视野(对照法)", f"{O0}/自动视野检查(Humphrey 30-2)"], "sentence"),
    ("电解质", [f"{L0}/血生化/钠(Na)", f"{L0}/血生化/钾(K)", f"{L0}/血生化/氯(Cl)"], "panel"),
    ("腰穿", [], "absent"),
    ("肾上腺CT", [], "absent"),
]

# ------------------------------------------------------------------ row 1: 右膝前交叉韧带断裂
K1 = "专科情况/右膝关节"
S1 = f"{K1}/特殊检查"
B1 = "检验结果"
P1 = f"{B1}/右膝关节穿刺"
M1 = "影像学"
R1 = [
    ("右膝MRI", [f"{M1}/右膝关节MRI平扫"], "imaging"),
    ("左膝MRI", [], "near_miss"),
    ("膝关节CT", [], "near_miss"),
    ("膝关节正侧位片", [f"{M1}/右膝关节X线正侧位"], "imaging"),
    ("髌骨轴位片", [], "near_miss"),
    ("右膝Lachman试验", [f"{S1}/Lachman试验"], "manoeuvre"),
    ("Lachman test", [f"{S1}/Lachman试验", "专科情况/左膝关节/Lachman试验"], "manoeuvre"),
    ("抽屉试验", [f"{S1}/前抽屉试验", f"{S1}/后抽屉试验", "专科情况/左膝关节/前抽屉试验"], "manoeuvre"),
    ("pivot shift", [f"{S1}/轴移试验"], "manoeuvre"),
    ("麦氏征", [f"{S1}/麦氏征(McMurray)"], "manoeuvre"),
    ("浮宾试验", [f"{K1}/浮髌试验"], "typo"),
    ("量一下大腿周径", ["专科情况/大腿周径"], "manoeuvre"),
    ("右膝专科查体", [K1], "section"),
    ("关节穿刺", [P1], "panel"),
    ("关节液白细胞", [f"{P1}/关节液常规/白细胞计数"], "analyte"),
    ("白细胞", [f"{B1}/血常规/白细胞(WBC)"], "analyte"),
    ("关节液结晶", [], "near_miss"),
    ("看看右膝穿刺抽出来的是什么样的液体", [f"{P1}/抽出液量及性状"], "sentence"),
    ("CRP", [f"{B1}/C反应蛋白(CRP)"], "abbreviation"),
    ("血沉", [f"{B1}/红细胞沉降率(ESR)"], "analyte"),
    ("术前四项", [f"{B1}/术前传染病筛查"], "panel"),
    ("关节镜检查", [], "absent"),
    ("下肢静脉彩超", [f"{M1}/双下肢深静脉彩超"], "imaging"),
    ("下肢动脉彩超", [], "near_miss"),
    ("HLA-B27", [], "absent"),
    ("尿酸", [], "absent"),
    ("RF", [], "absent"),
    ("ECG", ["心电图"], "abbreviation"),
    ("膝关节MIR", [f"{M1}/右膝关节MRI平扫"], "typo"),
]

# ------------------------------------------------------------------ row 2: 左下肢动脉硬化闭塞症
V2 = "入院查体"
S2 = f"{V2}/专科检查"
B2 = "入院检查/检验"
F2 = "入院检查/功能检查"
M2 = "入院检查/影像"
G2 = f"{B2}/生化全项"
R2 = [
    ("ABI", [f"{F2}/踝肱指数(ABI)"], "abbreviation"),
    ("左侧踝肱指数", [f"{F2}/踝肱指数(ABI)/左"], "endoscopy_function"),
    ("趾肱指数", [], "near_miss"),
    ("脉搏波传导速度", [], "near_miss"),
    ("TcPO2", [f"{F2}/经皮氧分压(TcPO2)"], "abbreviation"),
    ("下肢动脉CTA", [f"{M2}/下肢动脉CTA"], "imaging"),
    ("DSA", [], "near_miss"),
    ("下肢静脉彩超", [], "near_miss"),
    ("下肢动脉B超", [f"{M2}/双下肢动脉彩超"], "imaging"),
    ("冠脉CTA", [], "near_miss"),
    ("心超", [f"{M2}/心脏彩超"], "abbreviation"),
    ("足背动脉搏动", [f"{S2}/动脉搏动/足背动脉"], "manoeuvre"),
    ("摸一下左侧腘动脉", [f"{S2}/动脉搏动/腘动脉/左"], "manoeuvre"),
    ("Buerger test", [f"{S2}/Buerger试验"], "manoeuvre"),
    ("双上肢血压", [f"{V2}/生命体征/血压"], "manoeuvre"),
    ("血脂", [f"{G2}/总胆固醇(TC)", f"{G2}/甘油三酯(TG)", f"{G2}/低密度脂蛋白胆固醇(LDL-C)",
              f"{G2}/高密度脂蛋白胆固醇(HDL-C)"], "panel"),
    ("LDL", [f"{G2}/低密度脂蛋白胆固醇(LDL-C)"], "abbreviation"),
    ("同型半光氨酸", [f"{B2}/同型半胱氨酸(Hcy)"], "typo"),
    ("伤口分泌物培养", [f"{B2}/创面分泌物培养"], "panel"),
    ("左脚溃疡做过细菌培养和药敏吗", [f"{B2}/创面分泌物培养"], "sentence"),
    ("血培养", [], "near_miss"),
    ("左足MRI", [], "near_miss"),
    ("左足X线", [f"{M2}/左足X线正斜位"], "imaging"),
    ("肌钙蛋白", [], "absent"),
    ("PCT", [f"{B2}/炎症指标/PCT"], "abbreviation"),
    ("专科检查", [S2], "section"),
    ("骨扫描", [], "absent"),
    ("血沉", [], "absent"),
]

# ------------------------------------------------------------------ row 3: 左输尿管上段结石伴肾积水
A3 = "体格检查/腹部"
U3 = "体格检查/泌尿系统"
C3 = "检查结果"
N3 = f"{C3}/尿常规"
M3 = f"{C3}/影像"
K3 = f"{C3}/肾功能+电解质"
R3 = [
    ("泌尿系CT", [f"{M3}/泌尿系CT平扫"], "imaging"),
    ("CTU", [], "near_miss"),
    ("静脉肾盂造影", [], "near_miss"),
    ("KUB", [f"{M3}/腹部平片(KUB)"], "abbreviation"),
    ("B超看一下双肾输尿管膀胱", [f"{M3}/泌尿系彩超"], "sentence"),
    ("肾动态显像", [], "near_miss"),
    ("腹部增强CT", [], "near_miss"),
    ("尿常规", [N3], "panel"),
    ("尿红细胞", [f"{N3}/尿沉渣/红细胞"], "analyte"),
    ("红细胞计数", [f"{C3}/血常规/红细胞计数"], "analyte"),
    ("尿隐血", [f"{N3}/干化学/尿潜血"], "analyte"),
    ("尿培养", [f"{C3}/中段尿细菌培养"], "analyte"),
    ("血培养", [], "near_miss"),
    ("肾区叩痛", [f"{U3}/肾区叩击痛"], "manoeuvre"),
    ("左肾区叩击痛", [f"{U3}/肾区叩击痛/左"], "manoeuvre"),
    ("麦氏点压痛", [f"{A3}/触诊/麦氏点压痛"], "manoeuvre"),
    ("Murphy征", [f"{A3}/触诊/墨菲征"], "manoeuvre"),
    ("腹部查体", [A3], "section"),
    ("尿酸", [f"{K3}/尿酸(UA)"], "analyte"),
    ("24小时尿钙", [f"{C3}/24小时尿生化/尿钙"], "analyte"),
    ("血钙", [f"{K3}/钙(Ca)"], "analyte"),
    ("PTH", [], "absent"),
    ("HCG", [f"{C3}/血β-HCG定量"], "abbreviation"),
    ("尿妊娠试验", [], "near_miss"),
    ("结石成分分析", [], "absent"),
    ("膀胱镜", [], "absent"),
    ("泌尿系采超", [f"{M3}/泌尿系彩超"], "typo"),
    ("尿沉渣", [f"{N3}/尿沉渣"], "panel"),
    ("eGFR", [], "absent"),
    ("心电图", [f"{C3}/心电图"], "endoscopy_function"),
    ("妇科彩超", [], "absent"),
]


def main() -> None:
    out = []
    for row, reqs in enumerate((R0, R1, R2, R3)):
        for request, keys, kind in reqs:
            lang = "zh" if CJK.search(request) else "en"
            out.append({"case_id": f"newcases3:zh:{row}", "request": request, "expected_keys": keys,
                        "lang": lang, "kind": kind})
    (HERE / "lookup.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out),
                                       encoding="utf-8")
    print(len(out), "rows written")


if __name__ == "__main__":
    main()

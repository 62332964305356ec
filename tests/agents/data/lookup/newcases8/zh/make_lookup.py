"""Write lookup.jsonl (newcases8 / zh): requests and labels written by hand against the records of cases_zh.jsonl.

Each row: (request, expected_keys, kind); lang is "zh" iff the request holds a CJK character.
A key stands for the record with that source_key and every record below it; [] = the record lacks the test.
Run: .venv/bin/python make_lookup.py
"""
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
CJK = re.compile(r"[\u3400-\u9fff]")

# ---- row 0: 抗肾小球基底膜病 (nephrology)
L0 = "体格检查/肺部"
R0 = "经皮肾穿刺活检(右肾)"
BAL = "支气管镜检查/支气管肺泡灌洗液"
IM = "检验/免疫学检查"
ROW0 = [
    ("听诊双肺", [L0], "manoeuvre"),
    ("听一下左肺有没有湿啰音", [f"{L0}/左肺"], "manoeuvre"),
    ("查一下肾区叩痛", ["体格检查/腹部/肾区叩击痛"], "manoeuvre"),
    ("右侧肾区叩击痛", ["体格检查/腹部/肾区叩击痛/右侧"], "manoeuvre"),
    ("看一下睑结膜", ["体格检查/皮肤黏膜/睑结膜"], "manoeuvre"),
    ("查移动性浊音", ["体格检查/腹部/移动性浊音"], "manoeuvre"),
    ("press over the shins for pitting oedema", ["体格检查/双下肢水肿"], "manoeuvre"),
    ("看看鼻腔有没有结痂溃疡", ["体格检查/鼻腔及外耳"], "manoeuvre"),
    ("支气管镜", ["支气管镜检查"], "endoscopy_function"),
    ("支气管肺泡灌洗", [BAL], "endoscopy_function"),
    ("灌洗液含铁血黄素细胞", [f"{BAL}/含铁血黄素巨噬细胞(普鲁士蓝染色)"], "endoscopy_function"),
    ("KDIGO分期", ["评估/急性肾损伤KDIGO分期"], "endoscopy_function"),
    ("ECG", ["特殊检查/心电图"], "abbreviation"),
    ("心脏彩超", ["特殊检查/超声心动图"], "imaging"),
    ("肾穿刺活检", [R0], "panel"),
    ("肾活检免疫荧光", [f"{R0}/免疫荧光"], "panel"),
    ("肾活检电镜", [f"{R0}/电镜"], "panel"),
    ("ANCA", [f"{IM}/抗中性粒细胞胞浆抗体(ANCA)"], "abbreviation"),
    ("血气分析", ["检验/动脉血气分析"], "panel"),
    ("补体", ["检验/补体"], "panel"),
    ("抗GBM抗体", [f"{IM}/抗肾小球基底膜抗体(抗GBM抗体)"], "analyte"),
    ("血钾", ["检验/肾功能/血钾(K)"], "analyte"),
    ("肌酐", ["检验/肾功能/肌酐(Cr)"], "analyte"),
    ("氧分压", ["检验/动脉血气分析/PaO2"], "analyte"),
    ("MPO-ANCA", [f"{IM}/抗中性粒细胞胞浆抗体(ANCA)/MPO-ANCA"], "analyte"),
    ("肾脏B超", ["影像/泌尿系超声"], "imaging"),
    ("左肾超声", ["影像/泌尿系超声/左肾"], "imaging"),
    ("chest CT", ["影像/胸部CT平扫"], "imaging"),
    ("尿长规", ["检验/尿常规"], "typo"),
    ("查一下尿常规和24小时尿蛋白定量", ["检验/尿常规", "检验/24小时尿蛋白定量"], "sentence"),
    ("皮肤黏膜", ["体格检查/皮肤黏膜"], "section"),
    ("痰找含铁血黄素细胞", [], "near_miss"),
    ("胸部X线片", [], "near_miss"),
    ("左肾穿刺活检", [], "near_miss"),
    ("静脉血气", [], "near_miss"),
    ("抗双链DNA抗体", [], "near_miss"),
    ("尿微量白蛋白肌酐比", [], "near_miss"),
    ("肺弥散功能", [], "near_miss"),
    ("肺动脉CTA", [], "near_miss"),
    ("抗PLA2R抗体", [], "near_miss"),
    ("sputum culture", [], "near_miss"),
    ("凝血功能", [], "absent"),
    ("血培养", [], "absent"),
    ("D-dimer", [], "absent"),
    ("listen to the lung bases", [L0], "manoeuvre"),
    ("serum complement levels", ["检验/补体"], "panel"),
    ("anti-dsDNA antibodies", [], "near_miss"),
    ("urine albumin to creatinine ratio", [], "near_miss"),
    ("尿培养", [], "near_miss"),
]

# ---- row 1: 发育性髋关节发育不良 (paediatric orthopaedics)
H = "专科检查/髋关节"
US = "影像/髋关节超声(Graf法)"
XR = "影像/骨盆正位X线片"
ROW1 = [
    ("Ortolani征", [f"{H}/右髋/Ortolani征", f"{H}/左髋/Ortolani征"], "manoeuvre"),
    ("左髋Barlow试验", [f"{H}/左髋/Barlow试验"], "manoeuvre"),
    ("do the Barlow manoeuvre on the right hip", [f"{H}/右髋/Barlow试验"], "manoeuvre"),
    ("Allis征", ["专科检查/Galeazzi征(Allis征)"], "manoeuvre"),
    ("Galeazzi sign", ["专科检查/Galeazzi征(Allis征)"], "manoeuvre"),
    ("看一下臀纹是否对称", ["专科检查/臀纹及大腿皮纹"], "manoeuvre"),
    ("量一下双下肢长度", ["专科检查/双下肢长度"], "manoeuvre"),
    ("查一下左髋外展", [f"{H}/左髋/屈髋外展角度"], "manoeuvre"),
    ("摸一下胸锁乳突肌有没有包块", ["专科检查/斜颈检查"], "manoeuvre"),
    ("看一下骶尾部有没有小凹", ["专科检查/脊柱及骶尾部"], "manoeuvre"),
    ("看看双足有没有马蹄内翻", ["专科检查/足部"], "manoeuvre"),
    ("查拥抱反射", ["神经系统检查/原始反射"], "manoeuvre"),
    ("摸前囟", ["一般查体/前囟"], "manoeuvre"),
    ("一般查体", ["一般查体"], "section"),
    ("髋关节B超", [US], "imaging"),
    ("左髋超声α角", [f"{US}/左髋/α角"], "imaging"),
    ("Graf分型", [f"{US}/右髋/Graf分型", f"{US}/左髋/Graf分型"], "imaging"),
    ("骨盆平片", [XR], "imaging"),
    ("髋臼指数", [f"{XR}/髋臼指数"], "imaging"),
    ("left acetabular index", [f"{XR}/髋臼指数/左侧"], "imaging"),
    ("Shenton线", [f"{XR}/Shenton线"], "imaging"),
    ("丹佛发育筛查", ["评估/丹佛发育筛查测验(DDST)"], "endoscopy_function"),
    ("DDST", ["评估/丹佛发育筛查测验(DDST)"], "abbreviation"),
    ("凝血功能", ["检验/凝血功能"], "panel"),
    ("维生素D", ["检验/25-羟维生素D"], "analyte"),
    ("APTT", ["检验/凝血功能/活化部分凝血活酶时间(APTT)"], "abbreviation"),
    ("髋关节超生", [US], "typo"),
    ("髋关节MRI", [], "near_miss"),
    ("髋关节CT", [], "near_miss"),
    ("右髋股骨头覆盖率", [], "near_miss"),
    ("髋关节造影", [], "near_miss"),
    ("双膝关节X线片", [], "near_miss"),
    ("Trendelenburg征", [], "near_miss"),
    ("Thomas test", [], "near_miss"),
    ("碱性磷酸酶", [], "near_miss"),
    ("甲状腺功能", [], "absent"),
    ("血型", [], "absent"),
    ("karyotype", [], "absent"),
    ("look at the thigh skin folds", ["专科检查/臀纹及大腿皮纹"], "manoeuvre"),
    ("hip MRI", [], "near_miss"),
    ("CT pelvis", [], "near_miss"),
]

# ---- row 2: 视神经脊髓炎谱系疾病 (neurology)
N = "神经系统检查"
RF = f"{N}/反射"
CN = f"{N}/颅神经"
LP = "腰椎穿刺"
ROW2 = [
    ("查一下巴氏征", [f"{RF}/Babinski征"], "manoeuvre"),
    ("右侧巴宾斯基征", [f"{RF}/Babinski征/右侧"], "manoeuvre"),
    ("check for ankle clonus", [f"{RF}/踝阵挛"], "manoeuvre"),
    ("查膝反射", [f"{RF}/膝反射"], "manoeuvre"),
    ("划一下腹壁看腹壁反射", [f"{RF}/腹壁反射"], "manoeuvre"),
    ("查一下感觉平面", [f"{N}/感觉系统/感觉平面"], "manoeuvre"),
    ("用音叉查振动觉", [f"{N}/感觉系统/深感觉"], "manoeuvre"),
    ("右下肢肌力", [f"{N}/运动系统/肌力/右下肢"], "manoeuvre"),
    ("四肢肌力", [f"{N}/运动系统/肌力"], "manoeuvre"),
    ("交替光照试验", [f"{CN}/瞳孔/相对性传入性瞳孔障碍(RAPD)"], "manoeuvre"),
    ("swinging flashlight test", [f"{CN}/瞳孔/相对性传入性瞳孔障碍(RAPD)"], "manoeuvre"),
    ("查眼底", [f"{CN}/眼底"], "manoeuvre"),
    ("右眼视力", [f"{CN}/视力/右眼"], "manoeuvre"),
    ("让她低头看背部有没有过电感", [f"{N}/Lhermitte征"], "manoeuvre"),
    ("查颈强直", [f"{N}/脑膜刺激征"], "manoeuvre"),
    ("指鼻试验", [f"{N}/共济运动"], "manoeuvre"),
    ("EDSS评分", ["评估/扩展残疾状态量表(EDSS)"], "endoscopy_function"),
    ("视觉诱发电位", ["特殊检查/视觉诱发电位(VEP)"], "endoscopy_function"),
    ("左眼VEP", ["特殊检查/视觉诱发电位(VEP)/左眼"], "endoscopy_function"),
    ("OCT of the right eye", ["特殊检查/光学相干断层扫描(OCT)/右眼"], "endoscopy_function"),
    ("测一下残余尿", ["特殊检查/膀胱残余尿测定"], "endoscopy_function"),
    ("腰穿", [LP], "panel"),
    ("寡克隆区带", [f"{LP}/寡克隆区带"], "panel"),
    ("甲功", ["检验/甲状腺功能"], "abbreviation"),
    ("脑脊液蛋白", [f"{LP}/脑脊液生化/蛋白"], "analyte"),
    ("脑脊液寡克隆带", [f"{LP}/寡克隆区带/脑脊液"], "analyte"),
    ("血糖", ["检验/血糖"], "analyte"),
    ("AQP4抗体", ["检验/血清中枢神经系统脱髓鞘抗体/AQP4-IgG(CBA法)"], "analyte"),
    ("MOG antibody", ["检验/血清中枢神经系统脱髓鞘抗体/MOG-IgG(CBA法)"], "analyte"),
    ("脊髓MRI", ["影像/颈胸段脊髓MRI平扫+增强"], "imaging"),
    ("眼眶MRI", ["影像/眼眶MRI增强"], "imaging"),
    ("MRI brain", ["影像/头颅MRI平扫"], "imaging"),
    ("查一下腰穿初压和脑脊液生化", [f"{LP}/初压", f"{LP}/脑脊液生化"], "sentence"),
    ("脑脊液AQP4抗体", [], "near_miss"),
    ("GFAP抗体", [], "near_miss"),
    ("腰椎MRI", [], "near_miss"),
    ("体感诱发电位", [], "near_miss"),
    ("脑干听觉诱发电位", [], "near_miss"),
    ("视网膜电图", [], "near_miss"),
    ("尿动力学检查", [], "near_miss"),
    ("叶酸", [], "near_miss"),
    ("脑脊液培养", [], "near_miss"),
    ("CSF cytology for malignant cells", [], "near_miss"),
    ("脑电图", [], "absent"),
    ("肌电图", [], "absent"),
    ("serum copper", [], "absent"),
    ("check the abdominal reflexes", [f"{RF}/腹壁反射"], "manoeuvre"),
    ("opening pressure", [f"{LP}/初压"], "analyte"),
    ("somatosensory evoked potentials", [], "near_miss"),
    ("AQP4 antibody in CSF", [], "near_miss"),
    ("MRI of the lumbar spine", [], "near_miss"),
    ("nerve conduction studies", [], "absent"),
]

# ---- row 3: 慢性鼻窦炎伴鼻息肉 (ENT)
E = "鼻内镜检查"
ROW3 = [
    ("前鼻镜检查", ["专科检查/前鼻镜检查"], "manoeuvre"),
    ("左侧前鼻镜", ["专科检查/前鼻镜检查/左侧"], "manoeuvre"),
    ("按压鼻窦区看有没有压痛", ["专科检查/鼻窦区压痛"], "manoeuvre"),
    ("看一下鼓膜", ["专科检查/耳部"], "manoeuvre"),
    ("间接喉镜", ["专科检查/间接喉镜"], "manoeuvre"),
    ("摸一下颈部淋巴结", ["专科检查/颈部淋巴结"], "manoeuvre"),
    ("听一下肺部有没有哮鸣音", ["体格检查/肺部"], "manoeuvre"),
    ("看看咽部", ["专科检查/口咽"], "manoeuvre"),
    ("鼻内镜", [E], "endoscopy_function"),
    ("nasal endoscopy", [E], "endoscopy_function"),
    ("右侧鼻息肉评分", [f"{E}/右侧鼻腔/息肉评分"], "endoscopy_function"),
    ("鼻息肉评分", [f"{E}/右侧鼻腔/息肉评分", f"{E}/左侧鼻腔/息肉评分"], "endoscopy_function"),
    ("SNOT-22", ["评估/鼻腔鼻窦结局测试-22(SNOT-22)"], "endoscopy_function"),
    ("嗅觉检查", ["特殊检查/T&T嗅觉测试"], "endoscopy_function"),
    ("鼻声反射", ["特殊检查/鼻声反射"], "endoscopy_function"),
    ("鼻阻力", ["特殊检查/鼻阻力测定"], "endoscopy_function"),
    ("肺功能", ["特殊检查/肺功能"], "endoscopy_function"),
    ("支气管舒张试验", ["特殊检查/肺功能/支气管舒张试验"], "endoscopy_function"),
    ("FeNO", ["特殊检查/呼出气一氧化氮(FeNO)"], "abbreviation"),
    ("鼻塞VAS评分", ["评估/视觉模拟量表(VAS)/鼻塞"], "endoscopy_function"),
    ("Lund-Mackay评分", ["影像/鼻窦CT平扫/Lund-Mackay评分"], "endoscopy_function"),
    ("嗜酸性粒细胞计数", ["检验/血常规/嗜酸性粒细胞计数(EOS#)"], "analyte"),
    ("总IgE", ["检验/血清总IgE"], "analyte"),
    ("组织嗜酸性粒细胞计数", ["鼻息肉活检病理/组织嗜酸性粒细胞计数"], "analyte"),
    ("过敏原特异性IgE", ["检验/过敏原特异性IgE"], "panel"),
    ("鼻息肉病理", ["鼻息肉活检病理"], "panel"),
    ("鼻窦CT", ["影像/鼻窦CT平扫"], "imaging"),
    ("CT sinuses", ["影像/鼻窦CT平扫"], "imaging"),
    ("嗅觉测式", ["特殊检查/T&T嗅觉测试"], "typo"),
    ("做个鼻内镜，再查一下血常规", [E, "检验/血常规"], "sentence"),
    ("鼻窦MRI", [], "near_miss"),
    ("皮肤点刺试验", [], "near_miss"),
    ("鼻分泌物涂片找嗜酸性粒细胞", [], "near_miss"),
    ("诱导痰嗜酸性粒细胞", [], "near_miss"),
    ("艾蒿特异性IgE", [], "near_miss"),
    ("阿司匹林激发试验", [], "near_miss"),
    ("电子喉镜", [], "near_miss"),
    ("鼻咽部活检", [], "near_miss"),
    ("skin prick testing", [], "near_miss"),
    ("胸部CT", [], "absent"),
    ("血沉", [], "absent"),
    ("纯音测听", [], "absent"),
    ("MRI of the sinuses", [], "near_miss"),
    ("sputum eosinophils", [], "near_miss"),
    ("aspirin challenge", [], "near_miss"),
    ("peak expiratory flow", [], "near_miss"),
    ("鼻窦X线片", [], "near_miss"),
]

rows = []
for i, block in enumerate([ROW0, ROW1, ROW2, ROW3]):
    for request, keys, kind in block:
        rows.append({"case_id": f"newcases8:zh:{i}", "request": request, "expected_keys": keys,
                     "lang": "zh" if CJK.search(request) else "en", "kind": kind})
(HERE / "lookup.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
print(len(rows), "rows")

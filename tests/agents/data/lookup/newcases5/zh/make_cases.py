"""Write cases_zh.jsonl: 4 new Chinese inpatient cases (newcases5 / zh), one CaseRecord per line.

Cases written inline, from clinical knowledge (人卫版 内科学 / 儿科学 / 小儿外科学 / 神经病学 / 诊断学).
Each record is built from its source-key path: name = last segment, group = the parent segment (or the name
itself when the parent is a top-level container), so layouts differ case by case (containers, nesting depth,
per-side and per-site records, procedures holding several test groups). No path segment contains "/".
Run: .venv/bin/python make_cases.py
"""

from __future__ import annotations

from pathlib import Path

from dxgym.emr_fixtures.models import CaseRecord

HERE = Path(__file__).resolve().parent
TOP = {"入院查体", "实验室检查", "骨髓检查", "影像学检查", "特殊检查", "分期及评估", "体格检查", "检验", "影像",
       "评估", "查体", "自身抗体", "病情评估", "神经系统查体", "量表评估", "辅助检查", "专科检查"}


class Case:
    def __init__(self) -> None:
        self.exams: list[dict] = []

    def _add(self, path: str, result: str, category: str, value: dict | None = None, reveals: bool = False) -> None:
        parts = path.split("/")
        name = parts[-1]
        parent = parts[-2] if len(parts) >= 2 else name
        group = name if parent in TOP else parent
        self.exams.append({"name": name, "group": group, "category": category, "relevant": True, "code": None,
                           "code_system": None, "result": result, "value": value, "source_key": path,
                           "time": None, "reveals_diagnosis": reveals})

    def pe(self, path: str, text: str, reveals: bool = False) -> None:
        self._add(path, text, "physical_examination", reveals=reveals)

    def img(self, path: str, text: str, reveals: bool = False) -> None:
        self._add(path, text, "imaging", reveals=reveals)

    def other(self, path: str, text: str, reveals: bool = False) -> None:
        self._add(path, text, "other", reveals=reveals)

    def lab(self, path: str, value, unit: str = "", flag: str | None = None, ref: str | None = None,
            result: str | None = None, style: str = "ref") -> None:
        name = path.split("/")[-1]
        if result is None:
            arrow = {"H": " ↑", "L": " ↓"}.get(flag or "", "")
            if style == "ref" and ref:
                result = f"{value} {unit}{arrow}（参考值 {ref}）".replace("  ", " ")
            else:
                result = f"{value} {unit}{arrow}".replace("  ", " ").strip()
        num = value if isinstance(value, (int, float)) else None
        val = {"analyte": name, "value": float(num) if num is not None else str(value), "unit": unit or None,
               "reference_range": ref, "flag": flag}
        self._add(path, result, "laboratory", value=val)

    def text_lab(self, path: str, text: str, reveals: bool = False) -> None:
        self._add(path, text, "laboratory", reveals=reveals)


def base(row: int, specialty: str, demo: dict, **hist) -> dict:
    return {"schema_version": 2, "case_id": f"newcases5:zh:{row}", "source": "newcases5",
            "source_ref": {"source": "newcases5", "file": "cases_zh.jsonl", "row": row, "id": None},
            "source_hash": None, "licence": "CC BY 4.0 (dxgym project-written case)", "language": "zh",
            "translation_of": None, "split": "test", "specialty": specialty, "patient_id": None,
            "project_written": True, "follow_up": False, "demographics": demo, "index_time": None,
            "history": {}, **hist}


def dx(name: str, icd: str, primary: bool = False) -> dict:
    return {"name": name, "primary": primary, "icd10": icd, "icd_method": "project", "source_code": None,
            "source_system": None}


# ---------------------------------------------------------------- row 0: 多发性骨髓瘤 (haematology)
def case0() -> dict:
    c = Case()
    v = "入院查体/生命体征"
    c.pe(f"{v}/体温", "36.8℃")
    c.pe(f"{v}/脉搏", "92次/分")
    c.pe(f"{v}/呼吸", "19次/分")
    c.pe(f"{v}/血压", "138/82mmHg")
    c.pe("入院查体/一般情况", "神志清楚，慢性病容，贫血貌，被动体位（翻身时腰痛加重），查体合作")
    c.pe("入院查体/皮肤黏膜", "睑结膜及甲床苍白，皮肤无黄染，未见瘀点瘀斑，无巨舌")
    c.pe("入院查体/浅表淋巴结", "全身浅表淋巴结未触及肿大")
    c.pe("入院查体/胸骨压痛", "胸骨中下段轻压痛（±）")
    c.pe("入院查体/肺部", "双肺呼吸音清，未闻及干湿啰音")
    c.pe("入院查体/心脏", "心率92次/分，律齐，心尖区可闻及2/6级收缩期吹风样杂音")
    c.pe("入院查体/腹部/肝脏", "肝肋下未触及")
    c.pe("入院查体/腹部/脾脏", "脾肋下未触及")
    c.pe("入院查体/腹部/移动性浊音", "阴性")
    c.pe("入院查体/脊柱/棘突压痛及叩击痛", "T12、L2棘突压痛、叩击痛（+），无放射痛")
    c.pe("入院查体/脊柱/活动度", "腰椎前屈、后伸因疼痛明显受限")
    c.pe("入院查体/直腿抬高试验/左侧", "阴性（80°）")
    c.pe("入院查体/直腿抬高试验/右侧", "阴性（75°）")
    c.pe("入院查体/双下肢水肿", "双侧胫前轻度凹陷性水肿")
    c.pe("入院查体/神经系统/肌力", "双下肢肌力5-级（疼痛限制），双上肢5级")
    c.pe("入院查体/神经系统/感觉", "双下肢及鞍区针刺觉、音叉振动觉正常，未见感觉平面")
    c.pe("入院查体/神经系统/腱反射", "双侧膝、踝反射对称存在（++）")
    c.pe("入院查体/神经系统/病理征", "双侧巴宾斯基征阴性")
    c.pe("入院查体/神经系统/肛门括约肌", "肛门指检括约肌张力正常，肛周感觉正常")
    lab = "实验室检查"
    g = f"{lab}/血常规"
    c.lab(f"{g}/白细胞计数(WBC)", 4.2, "×10^9/L", None, "3.5-9.5")
    c.lab(f"{g}/中性粒细胞绝对值", 2.3, "×10^9/L", None, "1.8-6.3")
    c.lab(f"{g}/淋巴细胞绝对值", 1.4, "×10^9/L", None, "1.1-3.2")
    c.lab(f"{g}/血红蛋白(HGB)", 82, "g/L", "L", "130-175")
    c.lab(f"{g}/平均红细胞体积(MCV)", 94, "fL", None, "82-100")
    c.lab(f"{g}/血小板计数(PLT)", 136, "×10^9/L", None, "125-350")
    c.text_lab(f"{lab}/外周血涂片", "成熟红细胞呈缗钱状排列，未见原始细胞，浆细胞占1%")
    c.lab(f"{lab}/红细胞沉降率(ESR)", 98, "mm/h", "H", "0-15")
    s = f"{lab}/血生化"
    c.lab(f"{s}/总蛋白(TP)", 102.4, "g/L", "H", "65-85")
    c.lab(f"{s}/白蛋白(ALB)", 31.2, "g/L", "L", "40-55")
    c.lab(f"{s}/球蛋白(GLB)", 71.2, "g/L", "H", "20-40")
    c.lab(f"{s}/白球比(A-G)", 0.44, "", "L", "1.2-2.4")
    c.lab(f"{s}/丙氨酸氨基转移酶(ALT)", 16, "U/L", None, "9-50")
    c.lab(f"{s}/碱性磷酸酶(ALP)", 78, "U/L", None, "45-125")
    c.lab(f"{s}/乳酸脱氢酶(LDH)", 236, "U/L", None, "120-250")
    c.lab(f"{s}/尿素(Urea)", 11.6, "mmol/L", "H", "3.1-8.0")
    c.lab(f"{s}/肌酐(Cr)", 178, "μmol/L", "H", "57-111")
    c.lab(f"{s}/尿酸(UA)", 526, "μmol/L", "H", "208-428")
    c.lab(f"{s}/钙(Ca)", 2.94, "mmol/L", "H", "2.11-2.52")
    c.lab(f"{s}/无机磷(P)", 1.38, "mmol/L", None, "0.85-1.51")
    c.lab(f"{s}/钾(K)", 4.3, "mmol/L", None, "3.5-5.3")
    c.lab(f"{s}/钠(Na)", 136, "mmol/L", "L", "137-147")
    c.lab(f"{lab}/β2-微球蛋白(β2-MG)", 6.8, "mg/L", "H", "1.0-3.0")
    p = f"{lab}/血清蛋白电泳"
    c.lab(f"{p}/白蛋白", 38.6, "%", "L", "55.8-66.1")
    c.lab(f"{p}/α1球蛋白", 2.4, "%", "L", "2.9-4.9")
    c.lab(f"{p}/α2球蛋白", 6.8, "%", "L", "7.1-11.8")
    c.lab(f"{p}/β球蛋白", 7.9, "%", "L", "8.4-13.1")
    c.lab(f"{p}/γ球蛋白", 44.3, "%", "H", "11.1-18.8")
    c.text_lab(f"{p}/M蛋白", "γ区见窄底高尖M峰，M蛋白定量42.6 g/L")
    c.text_lab(f"{lab}/血清免疫固定电泳", "IgG-κ型单克隆免疫球蛋白阳性", reveals=True)
    q = f"{lab}/免疫球蛋白定量"
    c.lab(f"{q}/IgG", 58.4, "g/L", "H", "8.6-17.4")
    c.lab(f"{q}/IgA", 0.42, "g/L", "L", "1.0-4.2")
    c.lab(f"{q}/IgM", 0.21, "g/L", "L", "0.3-2.2")
    f = f"{lab}/血清游离轻链"
    c.lab(f"{f}/游离κ轻链", 486, "mg/L", "H", "3.3-19.4")
    c.lab(f"{f}/游离λ轻链", 9.2, "mg/L", None, "5.7-26.3")
    c.lab(f"{f}/κ-λ比值", 52.8, "", "H", "0.26-1.65")
    u = f"{lab}/尿液检查"
    c.text_lab(f"{u}/尿常规/尿蛋白", "1+")
    c.text_lab(f"{u}/尿常规/尿潜血", "阴性")
    c.text_lab(f"{u}/尿常规/尿比重", "1.012")
    c.lab(f"{u}/24小时尿蛋白定量", 2.86, "g/24h", "H", "<0.15")
    c.text_lab(f"{u}/尿本周蛋白", "阳性（κ型）")
    c.text_lab(f"{u}/尿免疫固定电泳", "游离κ轻链阳性")
    k = f"{lab}/凝血功能"
    c.lab(f"{k}/PT", 12.1, "s", None, "9.4-12.5")
    c.lab(f"{k}/APTT", 33.5, "s", None, "25.1-36.5")
    c.lab(f"{k}/纤维蛋白原(FIB)", 3.1, "g/L", None, "2.0-4.0")
    c.lab(f"{lab}/N末端B型利钠肽原(NT-proBNP)", 412, "pg/mL", "H", "<300")
    bm = "骨髓检查/骨髓穿刺(右髂后上棘)"
    c.text_lab(f"{bm}/骨髓涂片/增生程度", "骨髓增生活跃")
    c.text_lab(f"{bm}/骨髓涂片/浆细胞比例", "异常浆细胞占38.5%，可见双核及三核浆细胞", reveals=True)
    c.text_lab(f"{bm}/骨髓涂片/粒红巨三系", "粒系、红系比例减低，形态大致正常；巨核细胞32个，血小板散在可见")
    c.text_lab(f"{bm}/流式细胞术/免疫表型", "异常浆细胞占有核细胞31.2%，表达CD38、CD138、CD56，不表达CD19、CD45")
    c.text_lab(f"{bm}/流式细胞术/轻链限制性", "胞质κ轻链限制性表达（单克隆）")
    h = f"{bm}/FISH"
    c.text_lab(f"{h}/del(17p)", "阴性")
    c.text_lab(f"{h}/t(4;14)", "阴性")
    c.text_lab(f"{h}/t(14;16)", "阴性")
    c.text_lab(f"{h}/1q21扩增", "阳性（3拷贝，42%）")
    c.text_lab(f"{h}/t(11;14)", "阴性")
    bx = "骨髓检查/骨髓活检(右髂后上棘)"
    c.text_lab(f"{bx}/病理", "骨髓增生活跃，浆细胞弥漫片状增生，约占40%", reveals=True)
    c.text_lab(f"{bx}/免疫组化", "CD138（+），κ（+），λ（-），CD56（+），Ki-67约15%")
    c.text_lab(f"{bx}/刚果红染色", "阴性")
    im = "影像学检查"
    c.img(f"{im}/全身低剂量CT/所见",
          "颅骨、双侧肋骨、胸腰椎及骨盆多发穿凿样溶骨性骨质破坏，T12、L2椎体压缩变形（压缩约1/3），未见椎旁软组织肿块")
    c.img(f"{im}/全身低剂量CT/印象", "全身多发溶骨性骨质破坏，T12、L2椎体病理性压缩骨折，符合浆细胞肿瘤骨病", reveals=True)
    c.img(f"{im}/胸腰椎MRI平扫/所见", "T12、L2椎体压缩骨折，T1WI低信号、STIR高信号；椎管未见明显狭窄，脊髓未见受压")
    c.img(f"{im}/胸腰椎MRI平扫/印象", "T12、L2椎体病理性压缩骨折，无脊髓压迫")
    c.img(f"{im}/头颅侧位片", "颅骨多发穿凿样低密度影")
    c.img(f"{im}/泌尿系彩超", "双肾大小正常，皮质回声稍增强，未见结石及积水")
    sp = "特殊检查"
    c.other(f"{sp}/心电图", "窦性心律，心率90次/分，肢体导联低电压不明显，未见ST-T改变")
    c.other(f"{sp}/超声心动图", "各房室大小正常，室壁厚度正常（室间隔9mm），LVEF 62%，未见颗粒样闪烁回声，心包无积液")
    a = "分期及评估"
    c.other(f"{a}/ISS分期", "Ⅲ期（β2-MG 6.8 mg/L ≥5.5 mg/L）")
    c.other(f"{a}/R-ISS分期", "Ⅱ期（ISS Ⅲ期，FISH无del(17p)、t(4;14)、t(14;16)，LDH正常）")
    c.other(f"{a}/Durie-Salmon分期", "ⅢB期")
    c.other(f"{a}/ECOG体能评分", "2分")
    c.other(f"{a}/NRS疼痛评分", "6分（腰背部）")
    rec = base(0, "hematology",
               {"sex": "男", "age": "66岁", "age_years": 66.0, "occupation": "退休工人",
                "text": "男，66岁，退休工人"},
               chief_complaint="腰背痛5月，乏力、活动后心悸2月，发现肌酐升高1周",
               present_illness="患者5月前无明显诱因出现腰背部疼痛，翻身及弯腰时加重，外院按“腰肌劳损”理疗无效。"
                               "2月前出现乏力、活动后心悸气短，食欲下降，泡沫尿。1周前体检示血红蛋白82g/L、肌酐178μmol/L、"
                               "球蛋白升高，门诊以“贫血、肾功能不全原因待查”收入院。病程中无发热、无骨折外伤，无鼻出血及牙龈出血，"
                               "无双下肢麻木无力及大小便障碍，体重下降约5kg。",
               past_history="否认高血压、糖尿病、慢性肾病史；否认长期服用非甾体抗炎药史；否认药物过敏史。",
               personal_history="吸烟30年，每日10支，已戒烟5年；少量饮酒。",
               marital_reproductive_history="已婚，育有1子。",
               family_history="否认家族血液系统肿瘤史。",
               diagnoses=[dx("多发性骨髓瘤（IgG κ型，R-ISS Ⅱ期）", "C90.0", True), dx("高钙血症", "E83.5"),
                          dx("骨髓瘤肾病（肾功能不全）", "N16.1"), dx("T12、L2椎体病理性压缩骨折", "M84.4")])
    rec["examinations"] = c.exams
    return rec


# ---------------------------------------------------------------- row 1: 先天性肥厚性幽门狭窄 (paediatric surgery)
def case1() -> dict:
    c = Case()
    pe = "体格检查"
    c.pe(f"{pe}/体温", "36.7℃")
    c.pe(f"{pe}/心率", "158次/分")
    c.pe(f"{pe}/呼吸", "36次/分")
    c.pe(f"{pe}/血压", "78/46mmHg")
    c.pe(f"{pe}/体重", "3.9kg（出生体重3.4kg；近1周下降约0.25kg）")
    c.pe(f"{pe}/身长", "54cm")
    c.pe(f"{pe}/头围", "37cm")
    c.pe(f"{pe}/一般情况", "神志清，精神稍萎靡，哭声尚响，消瘦貌，皮下脂肪减少")
    c.pe(f"{pe}/前囟", "前囟1.5cm×1.5cm，稍凹陷，张力不高")
    c.pe(f"{pe}/眼窝", "眼窝轻度凹陷，哭时泪少")
    c.pe(f"{pe}/口唇黏膜", "口唇稍干燥")
    c.pe(f"{pe}/皮肤弹性", "腹壁皮肤弹性稍差，捏起后回缩约1秒")
    c.pe(f"{pe}/毛细血管再充盈时间", "2秒")
    c.pe(f"{pe}/皮肤黄染", "颜面及躯干轻度黄染，经皮胆红素8.6mg/dL")
    c.pe(f"{pe}/心脏", "心率158次/分，律齐，心音有力，未闻及杂音")
    c.pe(f"{pe}/肺部", "双肺呼吸音清，未闻及啰音")
    ab = f"{pe}/腹部"
    c.pe(f"{ab}/视诊", "上腹部稍膨隆，喂奶后可见自左肋下向右上腹推进的胃蠕动波", reveals=True)
    c.pe(f"{ab}/触诊/右上腹肿块", "试喂糖水后于右上腹肋缘下腹直肌外缘触及约2.0cm×1.0cm橄榄样质硬肿块，可活动，无压痛",
         reveals=True)
    c.pe(f"{ab}/触诊/肝脾", "肝右肋下1cm，质软；脾未触及")
    c.pe(f"{ab}/触诊/压痛", "全腹无明显压痛，无肌紧张")
    c.pe(f"{ab}/听诊/肠鸣音", "肠鸣音2-3次/分，减弱")
    c.pe(f"{pe}/脐部", "脐带已脱落，脐窝干燥，无渗液，无脐疝")
    c.pe(f"{pe}/腹股沟及外生殖器", "双侧睾丸已降入阴囊，无腹股沟疝及鞘膜积液")
    c.pe(f"{pe}/肛门", "肛门位置正常，无肛裂")
    hp = f"{pe}/髋关节"
    c.pe(f"{hp}/Ortolani试验", "双侧阴性")
    c.pe(f"{hp}/Barlow试验", "双侧阴性")
    c.pe(f"{hp}/臀纹", "双侧臀纹对称")
    ns = f"{pe}/神经系统"
    c.pe(f"{ns}/肌张力", "四肢肌张力正常")
    c.pe(f"{ns}/原始反射/拥抱反射", "可引出，对称")
    c.pe(f"{ns}/原始反射/吸吮反射", "有力")
    c.pe(f"{ns}/原始反射/觅食反射", "可引出")
    c.pe(f"{ns}/原始反射/握持反射", "双侧可引出")
    ev = "评估"
    c.other(f"{ev}/脱水程度评估", "轻-中度脱水（失水约5%~6%，等渗性偏低渗）")
    c.other(f"{ev}/营养评估", "体重/年龄Z评分 -1.2，近1周体重下降约6%，营养风险中度")
    c.other(f"{ev}/疼痛评估(FLACC)", "1分")
    lab = "检验"
    c.lab(f"{lab}/动脉血气分析/pH", 7.53, "", "H", "7.35-7.45")
    c.lab(f"{lab}/动脉血气分析/PaCO2", 48, "mmHg", "H", "35-45")
    c.lab(f"{lab}/动脉血气分析/PaO2", 88, "mmHg", None, "80-100")
    c.lab(f"{lab}/动脉血气分析/HCO3-", 38.6, "mmol/L", "H", "22-27")
    c.lab(f"{lab}/动脉血气分析/BE", 13.5, "mmol/L", "H", "-3-+3")
    c.lab(f"{lab}/动脉血气分析/乳酸", 1.0, "mmol/L", None, "0.5-1.6")
    e = f"{lab}/电解质"
    c.lab(f"{e}/钾(K)", 2.9, "mmol/L", "L", "3.5-5.5")
    c.lab(f"{e}/钠(Na)", 131, "mmol/L", "L", "135-145")
    c.lab(f"{e}/氯(Cl)", 84, "mmol/L", "L", "96-110")
    c.lab(f"{e}/钙(Ca)", 2.28, "mmol/L", None, "2.10-2.70")
    r = f"{lab}/肾功能"
    c.lab(f"{r}/尿素", 6.9, "mmol/L", "H", "1.8-6.4")
    c.lab(f"{r}/肌酐", 38, "μmol/L", None, "15-40")
    b = f"{lab}/血常规"
    c.lab(f"{b}/白细胞计数(WBC)", 9.8, "×10^9/L", None, "5-19.5")
    c.lab(f"{b}/血红蛋白(HGB)", 128, "g/L", None, "90-140")
    c.lab(f"{b}/红细胞压积(HCT)", 41, "%", None, "28-42")
    c.lab(f"{b}/血小板计数(PLT)", 382, "×10^9/L", None, "150-450")
    lv = f"{lab}/肝功能"
    c.lab(f"{lv}/总胆红素(TBIL)", 152, "μmol/L", "H", "3.4-20.5")
    c.lab(f"{lv}/直接胆红素(DBIL)", 8.4, "μmol/L", None, "<17")
    c.lab(f"{lv}/间接胆红素(IBIL)", 143.6, "μmol/L", "H", "<17")
    c.lab(f"{lv}/丙氨酸氨基转移酶(ALT)", 21, "U/L", None, "<40")
    c.lab(f"{lv}/白蛋白(ALB)", 34.1, "g/L", None, "28-44")
    c.lab(f"{lab}/血糖", 3.8, "mmol/L", None, "3.3-5.5")
    c.lab(f"{lab}/C反应蛋白(CRP)", 2, "mg/L", None, "<8")
    ur = f"{lab}/尿常规"
    c.text_lab(f"{ur}/尿比重", "1.028 ↑")
    c.text_lab(f"{ur}/尿pH", "5.5（反常性酸性尿）")
    c.text_lab(f"{ur}/尿酮体", "1+")
    c.text_lab(f"{ur}/尿白细胞", "阴性")
    im = "影像"
    us = f"{im}/腹部超声(幽门)"
    c.img(f"{us}/幽门肌层厚度", "4.8mm（≥3-4mm为异常）", reveals=True)
    c.img(f"{us}/幽门管长度", "19mm（≥15-17mm为异常）")
    c.img(f"{us}/幽门管直径", "13mm")
    c.img(f"{us}/动态观察", "观察10分钟幽门管持续不开放，胃内容物通过受阻，胃腔扩张伴逆蠕动")
    c.img(f"{us}/结论", "先天性肥厚性幽门狭窄", reveals=True)
    c.img(f"{im}/腹部立位平片", "胃泡明显扩张（单泡征），远端肠管少量积气，未见气液平及膈下游离气体")
    c.img(f"{im}/上消化道造影/所见", "胃扩张，胃排空延迟；幽门管细长呈“线样征”，幽门前区见“肩样征”")
    c.img(f"{im}/上消化道造影/结论", "符合肥厚性幽门狭窄", reveals=True)
    c.img(f"{im}/胸部正位片", "两肺纹理清晰，心影大小正常")
    rec = base(1, "pediatric surgery",
               {"sex": "男", "age": "5周", "age_years": 0.1, "occupation": None, "text": "男，5周（35天）"},
               chief_complaint="呕吐10天，加重伴喷射性呕吐3天",
               present_illness="患儿系G1P1，足月顺产，出生体重3.4kg，生后人工喂养。生后第25天起出现喂奶后呕吐，呕吐物为奶汁及奶块，"
                               "不含胆汁，初为溢奶样，近3天呈喷射性，每次奶后10-30分钟内发生，呕吐后食欲旺盛、哭闹索食。"
                               "尿量减少，大便少而干。体重较1周前下降。无发热、腹泻，无抽搐。",
               past_history="生后第3天出现皮肤黄染，未予特殊处理。无手术外伤史，无药物过敏史。生后未用过红霉素。",
               personal_history="按时接种卡介苗及乙肝疫苗。",
               family_history="父亲婴儿期有“幽门狭窄”手术史。",
               diagnoses=[dx("先天性肥厚性幽门狭窄", "Q40.0", True), dx("低氯低钾性代谢性碱中毒", "E87.3"),
                          dx("轻-中度脱水", "E86.0"), dx("高间接胆红素血症（饥饿相关）", "E80.7")])
    rec["examinations"] = c.exams
    return rec


# ---------------------------------------------------------------- row 2: 系统性硬化症 (rheumatology / dermatology)
def case2() -> dict:
    c = Case()
    c.pe("查体/生命体征", "T 36.5℃，P 96次/分，R 22次/分，BP 126/80mmHg，静息指氧饱和度（未吸氧）93%")
    c.pe("查体/一般情况", "神志清，面部表情减少，体型偏瘦（BMI 18.6 kg/m²）")
    sk = "查体/皮肤"
    c.pe(f"{sk}/面部", "面部皮肤紧绷发亮，额纹变浅，鼻尖变细呈“鸟嘴样”，口周放射状沟纹", reveals=True)
    c.pe(f"{sk}/躯干", "前胸及上腹部皮肤增厚，不易捏起，可见散在色素脱失与沉着相间（“椒盐征”）")
    c.pe(f"{sk}/毛细血管扩张", "面部及双手掌散在毛细血管扩张")
    c.pe(f"{sk}/皮下钙化", "未触及皮下钙质沉着")
    h = "查体/手部"
    c.pe(f"{h}/雷诺现象", "入院时室温下双手第2-5指苍白，继之青紫，复温后潮红（三相改变）")
    c.pe(f"{h}/手指肿胀及硬化", "双手手指弥漫性肿胀、皮肤硬化，呈“腊肠样”，近端指间关节屈曲挛缩")
    c.pe(f"{h}/指端溃疡/右手", "右手示指、中指指尖各见一处直径约3mm溃疡，基底干燥，有触痛")
    c.pe(f"{h}/指端溃疡/左手", "左手无活动性溃疡，中指指尖见陈旧凹陷性瘢痕")
    c.pe(f"{h}/指腹凹陷性瘢痕", "双手多指指腹凹陷性瘢痕，指腹变薄")
    c.pe(f"{h}/握拳", "双手握拳不全，指尖距掌横纹约2cm")
    c.pe(f"{h}/腱鞘摩擦感", "双腕及双踝屈伸时可触及腱鞘摩擦感")
    c.pe("查体/口腔/张口度", "张口受限，上下切牙间距2.5cm（约两横指）")
    c.pe("查体/口腔/口腔黏膜", "口腔黏膜干燥，舌系带缩短变硬")
    r = "查体/改良Rodnan皮肤评分(mRSS)"
    for site, lr in (("手指", (3, 3)), ("手背", (2, 2)), ("前臂", (2, 2)), ("上臂", (1, 1)), ("大腿", (1, 1)),
                     ("小腿", (1, 1)), ("足背", (1, 1))):
        c.pe(f"{r}/{site}/右侧", f"{lr[0]}分")
        c.pe(f"{r}/{site}/左侧", f"{lr[1]}分")
    c.pe(f"{r}/面部", "2分")
    c.pe(f"{r}/前胸", "2分")
    c.pe(f"{r}/腹部", "1分")
    c.pe(f"{r}/总分", "29分（满分51分；弥漫皮肤型）", reveals=True)
    c.pe("查体/肺部/视诊叩诊", "胸廓对称，呼吸稍促，双肺叩诊清音")
    c.pe("查体/肺部/听诊/右肺", "右下肺可闻及吸气末Velcro啰音")
    c.pe("查体/肺部/听诊/左肺", "左下肺可闻及吸气末Velcro啰音")
    c.pe("查体/心脏", "心率96次/分，律齐，P2稍亢进（P2>A2），三尖瓣听诊区未闻及收缩期杂音")
    c.pe("查体/腹部", "腹软，无压痛，肝脾未触及")
    c.pe("查体/关节", "双腕、双手近端指间关节无红肿，活动受限（挛缩），无压痛")
    c.pe("查体/下肢水肿", "双下肢无水肿")
    c.pe("查体/肌力", "四肢近端肌力5级，无肌肉压痛")
    lab = "实验室检查"
    b = f"{lab}/血常规"
    c.lab(f"{b}/白细胞计数(WBC)", 7.4, "×10^9/L", None, "3.5-9.5")
    c.lab(f"{b}/血红蛋白(HGB)", 108, "g/L", "L", "115-150")
    c.lab(f"{b}/血小板计数(PLT)", 268, "×10^9/L", None, "125-350")
    c.lab(f"{lab}/红细胞沉降率(ESR)", 38, "mm/h", "H", "0-20")
    c.lab(f"{lab}/C反应蛋白(CRP)", 12.6, "mg/L", "H", "<5")
    s = f"{lab}/肝肾功能"
    c.lab(f"{s}/ALT", 14, "U/L", None, "7-40")
    c.lab(f"{s}/AST", 19, "U/L", None, "13-35")
    c.lab(f"{s}/白蛋白", 36.2, "g/L", "L", "40-55")
    c.lab(f"{s}/肌酐", 62, "μmol/L", None, "41-81")
    c.lab(f"{s}/尿素", 4.8, "mmol/L", None, "2.6-7.5")
    c.lab(f"{lab}/肌酸激酶(CK)", 96, "U/L", None, "40-200")
    c.lab(f"{lab}/N末端B型利钠肽原(NT-proBNP)", 286, "pg/mL", "H", "<125")
    c.lab(f"{lab}/涎液化糖链抗原-6(KL-6)", 1420, "U/mL", "H", "<500")
    au = f"{lab}/自身抗体"
    c.text_lab(f"{au}/抗核抗体(ANA)/滴度", "1:1000（阳性）")
    c.text_lab(f"{au}/抗核抗体(ANA)/核型", "核颗粒型+核仁型")
    c.text_lab(f"{au}/抗Scl-70抗体", "强阳性（+++）", reveals=True)
    c.text_lab(f"{au}/抗着丝点抗体(ACA)", "阴性")
    c.text_lab(f"{au}/抗RNA聚合酶Ⅲ抗体", "阴性")
    c.text_lab(f"{au}/抗U1-RNP抗体", "阴性")
    c.text_lab(f"{au}/抗SSA抗体", "阴性")
    c.text_lab(f"{au}/抗dsDNA抗体", "阴性")
    c.text_lab(f"{au}/抗Jo-1抗体", "阴性")
    ur = f"{lab}/尿常规"
    c.text_lab(f"{ur}/尿蛋白", "阴性")
    c.text_lab(f"{ur}/尿潜血", "阴性")
    sp = "特殊检查"
    c.other(f"{sp}/甲襞毛细血管镜", "毛细血管数量明显减少，可见大片无血管区及分枝状新生血管，散在出血点（晚期硬皮病模式）")
    pf = f"{sp}/肺功能"
    c.other(f"{pf}/FVC", "1.92 L，占预计值62%")
    c.other(f"{pf}/FEV1", "1.68 L，占预计值66%")
    c.other(f"{pf}/一秒率(FEV1-FVC)", "87.5%")
    c.other(f"{pf}/肺总量(TLC)", "占预计值64%")
    c.other(f"{pf}/一氧化碳弥散量(DLCO)", "占预计值41%")
    c.other(f"{pf}/结论", "中度限制性通气功能障碍，弥散功能中-重度减低")
    w = f"{sp}/6分钟步行试验"
    c.other(f"{w}/步行距离", "342米")
    c.other(f"{w}/最低指氧饱和度", "85%（试验第4分钟）")
    c.other(f"{w}/Borg呼吸困难评分", "试验后4分")
    c.other(f"{sp}/心电图", "窦性心律，心率94次/分，电轴右偏，不完全性右束支传导阻滞")
    e = f"{sp}/经胸超声心动图"
    c.other(f"{e}/肺动脉收缩压", "估测肺动脉收缩压42mmHg（三尖瓣反流速度3.0m/s）")
    c.other(f"{e}/右心", "右房、右室内径正常高限，TAPSE 19mm")
    c.other(f"{e}/左心功能", "左室射血分数64%，舒张功能Ⅰ级减低")
    c.other(f"{e}/心包", "少量心包积液（左室后壁后方4mm）")
    c.other(f"{sp}/胃镜", "食管下段黏膜多发纵行糜烂（LA-B级），贲门松弛；胃窦黏膜未见血管扩张（无“西瓜胃”）")
    im = "影像学检查"
    c.img(f"{im}/胸部HRCT/所见", "双肺下叶胸膜下为主网格影及磨玻璃影，伴牵拉性支气管扩张，未见明显蜂窝影；食管扩张伴气液平")
    c.img(f"{im}/胸部HRCT/印象", "双肺间质性病变，符合非特异性间质性肺炎（NSIP）表现；食管扩张")
    c.img(f"{im}/双手正位片", "双手末节指骨远端骨质吸收（肢端骨溶解），指端软组织变薄，未见钙质沉着")
    c.img(f"{im}/上消化道钡餐造影", "食管下2/3蠕动减弱，钡剂排空延迟，食管下段轻度扩张，可见胃食管反流")
    ev = "病情评估"
    c.other(f"{ev}/2013 ACR-EULAR分类标准评分", "21分（≥9分满足系统性硬化症分类标准）", reveals=True)
    c.other(f"{ev}/EUSTAR疾病活动指数", "3.0分（活动期）")
    c.other(f"{ev}/健康评估问卷残疾指数(HAQ-DI)", "1.625分")
    c.other(f"{ev}/Raynaud状况评分(RCS)", "6分")
    rec = base(2, "rheumatology",
               {"sex": "女", "age": "45岁", "age_years": 45.0, "occupation": "超市收银员",
                "text": "女，45岁，超市收银员"},
               chief_complaint="遇冷手指变白变紫2年，皮肤变硬1年，活动后气短6月，右手指尖破溃1月",
               present_illness="患者2年前起遇冷或情绪激动后双手手指苍白、继而青紫、复温后潮红，伴麻木。1年前出现双手肿胀、"
                               "皮肤逐渐变紧变硬，渐累及前臂、面部及前胸，张口、握拳困难。6月前出现活动后气短，爬2层楼需休息，"
                               "伴干咳；近3月吞咽固体食物时胸骨后梗阻感、反酸烧心。1月前右手示指、中指指尖破溃，疼痛。"
                               "无发热、皮疹、肌痛无力，无关节红肿。",
               past_history="否认高血压、糖尿病史；否认长期接触有机溶剂、硅尘史；否认药物过敏史。",
               personal_history="不吸烟，不饮酒。",
               marital_reproductive_history="已婚，G2P1。",
               family_history="否认家族风湿免疫病史。",
               diagnoses=[dx("系统性硬化症（弥漫皮肤型）", "M34.0", True), dx("系统性硬化症相关间质性肺疾病", "M34.8"),
                          dx("雷诺现象伴右手指端溃疡", "I73.0"), dx("反流性食管炎（LA-B级）", "K21.0")])
    rec["examinations"] = c.exams
    return rec


# ---------------------------------------------------------------- row 3: 特发性正常压力脑积水 (neurology)
def case3() -> dict:
    c = Case()
    v = "入院查体/生命体征"
    c.pe(f"{v}/体温", "36.5℃")
    c.pe(f"{v}/脉搏", "74次/分")
    c.pe(f"{v}/呼吸", "17次/分")
    bp = "入院查体/卧立位血压"
    c.pe(f"{bp}/卧位", "148/86mmHg，心率72次/分")
    c.pe(f"{bp}/立位1分钟", "140/84mmHg，心率78次/分")
    c.pe(f"{bp}/立位3分钟", "138/82mmHg，心率80次/分（未达直立性低血压标准）")
    c.pe("入院查体/内科查体", "心肺听诊未见明显异常；腹软，膀胱区无膨隆，耻骨上叩诊无浊音")
    ns = "神经系统查体"
    c.pe(f"{ns}/意识及高级皮层功能", "神志清楚，反应迟钝，淡漠少语；时间定向力差，计算力减退（100-7仅答对2次），近记忆力减退")
    cn = f"{ns}/颅神经"
    c.pe(f"{cn}/嗅觉", "双侧嗅觉正常")
    c.pe(f"{cn}/眼球运动", "眼球各向运动充分，垂直扫视正常，无眼震")
    c.pe(f"{cn}/眼底", "双侧视乳头边界清，无水肿")
    c.pe(f"{cn}/面部及延髓肌", "双侧鼻唇沟对称，伸舌居中，构音清晰，咽反射存在")
    mo = f"{ns}/运动系统"
    c.pe(f"{mo}/肌力", "四肢肌力5级")
    t = f"{mo}/肌张力"
    c.pe(f"{t}/上肢", "双上肢肌张力正常，无齿轮样强直")
    c.pe(f"{t}/下肢", "双下肢肌张力轻度增高，呈违拗样（被动活动时不自主对抗）")
    c.pe(f"{mo}/静止性震颤", "未见")
    c.pe(f"{mo}/手指拍打", "双手速度、幅度正常，无递减")
    rf = f"{ns}/反射"
    c.pe(f"{rf}/腱反射", "双上肢腱反射（++），双侧膝反射（+++），踝反射（++）")
    c.pe(f"{rf}/踝阵挛", "双侧未引出")
    c.pe(f"{rf}/病理征/巴宾斯基征/左侧", "阴性")
    c.pe(f"{rf}/病理征/巴宾斯基征/右侧", "可疑阳性")
    c.pe(f"{rf}/病理征/霍夫曼征", "双侧阴性")
    c.pe(f"{rf}/额叶释放征/掌颏反射", "双侧阳性")
    c.pe(f"{rf}/额叶释放征/强握反射", "阴性")
    c.pe(f"{rf}/额叶释放征/眉心征(Myerson征)", "阴性")
    cr = f"{ns}/共济运动"
    c.pe(f"{cr}/指鼻试验", "双侧稳准")
    c.pe(f"{cr}/跟膝胫试验", "双侧稳准")
    c.pe(f"{cr}/快速轮替动作", "双手正常")
    c.pe(f"{cr}/闭目难立征(Romberg征)", "睁眼站立基底增宽，闭目后摇晃加重但未跌倒")
    c.pe(f"{ns}/感觉系统", "四肢深浅感觉正常，双足音叉振动觉正常")
    c.pe(f"{ns}/脑膜刺激征", "颈软，克氏征、布氏征阴性")
    g = f"{ns}/姿势与步态"
    c.pe(f"{g}/起立", "需双手撑扶扶手方可从椅子站起")
    c.pe(f"{g}/步态", "步基增宽，步幅小，足抬离地面困难呈“磁性步态”，起步迟疑，摆臂正常", reveals=True)
    c.pe(f"{g}/转身", "转身需6步（分解转身）")
    c.pe(f"{g}/一字步", "不能完成直线一字步（第2步即偏离）")
    c.pe(f"{g}/后拉试验", "后退4步后需检查者扶持（2分）")
    sc = "量表评估"
    mm = f"{sc}/简易精神状态检查(MMSE)"
    c.other(f"{mm}/总分", "22分（初中文化，≤24分为异常）")
    c.other(f"{mm}/定向力", "7/10")
    c.other(f"{mm}/注意力和计算力", "2/5")
    c.other(f"{mm}/回忆", "2/3")
    c.other(f"{sc}/蒙特利尔认知评估(MoCA)", "17分（执行功能、注意及视空间扣分为主）")
    c.other(f"{sc}/额叶功能评估量表(FAB)", "11分（异常）")
    nph = f"{sc}/iNPH分级量表(iNPHGS)"
    c.other(f"{nph}/认知", "2分")
    c.other(f"{nph}/步态", "2分")
    c.other(f"{nph}/排尿", "2分")
    c.other(f"{nph}/总分", "6分")
    c.other(f"{sc}/改良Rankin量表(mRS)", "3分")
    c.other(f"{sc}/汉密尔顿抑郁量表(HAMD-17)", "8分（无明显抑郁）")
    c.other(f"{sc}/国际尿失禁咨询委员会问卷简表(ICIQ-SF)", "13分")
    lp = "辅助检查/腰椎穿刺放液试验"
    c.other(f"{lp}/初压", "150mmH2O（侧卧位）")
    c.other(f"{lp}/放液量", "缓慢放出脑脊液40mL，过程顺利")
    c.text_lab(f"{lp}/脑脊液常规/外观", "无色透明")
    c.text_lab(f"{lp}/脑脊液常规/白细胞计数", "2×10^6/L")
    c.text_lab(f"{lp}/脑脊液常规/红细胞计数", "0")
    c.lab(f"{lp}/脑脊液生化/蛋白", 0.38, "g/L", None, "0.15-0.45")
    c.lab(f"{lp}/脑脊液生化/葡萄糖", 3.4, "mmol/L", None, "2.5-4.5")
    c.lab(f"{lp}/脑脊液生化/氯化物", 124, "mmol/L", None, "120-130")
    pp = f"{lp}/放液前后评估"
    c.other(f"{pp}/10米步行时间/放液前", "18.6秒，26步")
    c.other(f"{pp}/10米步行时间/放液后24小时", "13.2秒，19步（改善29%）")
    c.other(f"{pp}/起立-行走计时(TUG)/放液前", "24.5秒")
    c.other(f"{pp}/起立-行走计时(TUG)/放液后24小时", "17.8秒（改善27%）")
    c.other(f"{pp}/MMSE/放液前", "22分")
    c.other(f"{pp}/MMSE/放液后24小时", "24分")
    c.other(f"{lp}/结论", "脑脊液放液试验阳性（步态改善>20%）", reveals=True)
    sp = "辅助检查/特殊检查"
    ud = f"{sp}/尿流动力学检查"
    c.other(f"{ud}/最大尿流率", "14 mL/s")
    c.other(f"{ud}/储尿期", "充盈至150mL时出现逼尿肌无抑制性收缩（逼尿肌过度活动），最大膀胱容量260mL")
    c.other(f"{ud}/残余尿量", "35 mL")
    c.other(f"{ud}/结论", "逼尿肌过度活动，未见膀胱出口梗阻")
    c.other(f"{sp}/心电图", "窦性心律，左室高电压")
    c.other(f"{sp}/脑电图", "背景α节律8-9Hz，少量散在θ波，未见癫痫样放电")
    lb = "辅助检查/检验"
    c.lab(f"{lb}/血常规/血红蛋白(HGB)", 136, "g/L", None, "130-175")
    c.lab(f"{lb}/血常规/白细胞计数(WBC)", 6.1, "×10^9/L", None, "3.5-9.5")
    c.lab(f"{lb}/血常规/血小板计数(PLT)", 198, "×10^9/L", None, "125-350")
    bc = f"{lb}/生化"
    c.lab(f"{bc}/葡萄糖", 6.0, "mmol/L", None, "3.9-6.1")
    c.lab(f"{bc}/ALT", 18, "U/L", None, "9-50")
    c.lab(f"{bc}/肌酐", 92, "μmol/L", None, "57-111")
    c.lab(f"{bc}/钾", 4.0, "mmol/L", None, "3.5-5.3")
    c.lab(f"{bc}/钠", 139, "mmol/L", None, "137-147")
    c.lab(f"{bc}/同型半胱氨酸(Hcy)", 16.4, "μmol/L", "H", "<15")
    th = f"{lb}/甲状腺功能"
    c.lab(f"{th}/FT3", 4.0, "pmol/L", None, "3.1-6.8")
    c.lab(f"{th}/FT4", 15.1, "pmol/L", None, "12-22")
    c.lab(f"{th}/TSH", 2.34, "mIU/L", None, "0.27-4.2")
    c.lab(f"{lb}/维生素B12", 312, "pg/mL", None, "211-911")
    c.lab(f"{lb}/叶酸", 7.6, "ng/mL", None, ">3.9")
    c.text_lab(f"{lb}/梅毒螺旋体抗体", "阴性")
    ur = f"{lb}/尿常规"
    c.text_lab(f"{ur}/尿白细胞", "阴性")
    c.text_lab(f"{ur}/亚硝酸盐", "阴性")
    c.text_lab(f"{ur}/尿糖", "阴性")
    im = "辅助检查/影像"
    c.img(f"{im}/头颅MRI平扫/所见",
          "双侧侧脑室及第三脑室对称性扩大，Evans指数0.36，胼胝体角72°；高位凸面脑沟及中线区脑沟变窄、侧裂池增宽"
          "（DESH征）；海马萎缩不明显（MTA 1级）；侧脑室旁少许斑片状T2高信号", reveals=True)
    c.img(f"{im}/头颅MRI平扫/印象", "交通性脑积水，符合特发性正常压力脑积水影像学表现（DESH阳性）", reveals=True)
    c.img(f"{im}/胸部正位片", "两肺纹理增多，未见实质病变")
    c.img(f"{im}/泌尿系彩超", "双肾、输尿管未见异常；前列腺稍大（4.3cm×3.5cm×3.2cm）；残余尿约40mL")
    rec = base(3, "neurology",
               {"sex": "男", "age": "72岁", "age_years": 72.0, "occupation": "退休中学教师",
                "text": "男，72岁，退休中学教师"},
               chief_complaint="行走不稳1年半，记忆力下降1年，尿急、尿失禁6月",
               present_illness="患者1年半前出现行走不稳，起步困难，步子变小，双脚像“粘在地上”，转身易失衡，近半年跌倒2次。"
                               "1年前家属发现其反应变慢、淡漠，做事拖拉，遗忘近事。6月前出现尿急，偶有来不及如厕而尿湿裤子。"
                               "无头痛、呕吐，无肢体抖动，无幻视，无肢体麻木无力。外院头颅CT提示“脑室扩大”收入院。",
               past_history="高血压病史10年，服用氨氯地平，控制可；否认脑外伤、脑出血、脑膜炎及颅脑手术史；否认药物过敏史。",
               personal_history="不吸烟，不饮酒。",
               marital_reproductive_history="已婚，育有2子。",
               family_history="否认家族神经系统疾病史。",
               diagnoses=[dx("特发性正常压力脑积水", "G91.2", True), dx("高血压病2级", "I10")])
    rec["examinations"] = c.exams
    return rec


def main() -> None:
    rows = [case0(), case1(), case2(), case3()]
    lines = []
    for rec in rows:
        case = CaseRecord.model_validate(rec)
        lines.append(case.model_dump_json())
    (HERE / "cases_zh.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for rec in rows:
        print(rec["case_id"], rec["diagnoses"][0]["name"], len(rec["examinations"]))


if __name__ == "__main__":
    main()

"""Write cases_zh.jsonl: 4 new Chinese inpatient cases (newcases3 / zh), one CaseRecord per line.

Cases are written inline, from clinical knowledge. Each record is built from its source-key path:
name = last segment, group = the parent segment (or the name itself when the parent is a top-level
container), so the layouts differ case by case (containers, nesting depth, side-by-side records).
Run: /work/main/.venv/bin/python make_cases.py
"""

from __future__ import annotations

from pathlib import Path

from dxgym.emr_fixtures.models import CaseRecord

HERE = Path(__file__).resolve().parent
TOP = {"体格检查", "专科检查", "辅助检查", "实验室检查", "影像学检查", "查体", "专科情况", "检验结果", "影像学",
       "入院查体", "入院检查", "检验", "影像", "检查结果", "功能检查", "眼科专项"}


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

    def path_(self, path: str, text: str, reveals: bool = False) -> None:
        self._add(path, text, "pathology", reveals=reveals)

    def lab(self, path: str, value, unit: str = "", flag: str | None = None, ref: str | None = None,
            result: str | None = None, style: str = "plain") -> None:
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

    def text_lab(self, path: str, text: str) -> None:
        self._add(path, text, "laboratory")


def base(row: int, specialty: str, demo: dict, **hist) -> dict:
    return {"schema_version": 2, "case_id": f"newcases3:zh:{row}", "source": "newcases3",
            "source_ref": {"source": "newcases3", "file": "cases_zh.jsonl", "row": row, "id": None},
            "source_hash": None, "licence": "CC BY 4.0 (dxgym project-written case)", "language": "zh",
            "translation_of": None, "split": "test", "specialty": specialty, "patient_id": None,
            "project_written": True, "follow_up": False, "demographics": demo, "index_time": None,
            "history": {}, **hist}


def dx(name: str, icd: str, primary: bool = False) -> dict:
    return {"name": name, "primary": primary, "icd10": icd, "icd_method": "project", "source_code": None,
            "source_system": None}


# ---------------------------------------------------------------- row 0: 垂体大腺瘤 (neurosurgery)
def case0() -> dict:
    c = Case()
    v = "体格检查/生命体征"
    c.pe(f"{v}/体温(T)", "36.4 ℃")
    c.pe(f"{v}/脉搏(P)", "58 次/分")
    c.pe(f"{v}/呼吸(R)", "16 次/分")
    c.pe(f"{v}/血压(BP)", "108/66 mmHg")
    c.pe("体格检查/一般情况/神志", "清楚，精神稍差，对答切题")
    c.pe("体格检查/一般情况/体型", "体型偏胖，BMI 27.1 kg/m²，无满月脸、水牛背，皮肤无紫纹")
    c.pe("体格检查/皮肤黏膜", "皮肤稍干燥、苍白，无色素沉着，无黄染")
    c.pe("体格检查/颈部/甲状腺", "甲状腺未触及肿大，未闻及血管杂音")
    c.pe("体格检查/胸部/肺部听诊", "双肺呼吸音清，未闻及干湿啰音")
    c.pe("体格检查/心脏/心脏听诊", "心率58次/分，律齐，各瓣膜听诊区未闻及病理性杂音")
    c.pe("体格检查/腹部/腹部触诊", "腹软，无压痛、反跳痛，肝脾肋下未触及")
    c.pe("体格检查/四肢/下肢水肿", "双下肢无水肿")
    e = "专科检查/眼科检查"
    c.pe(f"{e}/视力/右眼", "0.4（矫正不提高）")
    c.pe(f"{e}/视力/左眼", "0.6（矫正不提高）")
    c.pe(f"{e}/视野(对照法)", "双眼颞侧视野缺损，右眼明显", reveals=False)
    c.pe(f"{e}/瞳孔/大小", "双侧瞳孔等大等圆，直径约3mm")
    c.pe(f"{e}/瞳孔/直接对光反射", "右眼稍迟钝，左眼灵敏")
    c.pe(f"{e}/瞳孔/间接对光反射", "双侧存在")
    c.pe(f"{e}/眼球运动", "各方向运动充分，无复视，无眼震")
    c.pe(f"{e}/眼底", "双眼视乳头边界清，颜色稍淡（右眼颞侧苍白），无水肿，A:V≈2:3")
    n = "专科检查/神经系统"
    c.pe(f"{n}/颅神经", "嗅觉正常，双侧面纹对称，伸舌居中，其余颅神经未见明显异常")
    c.pe(f"{n}/肌力", "四肢肌力5级")
    c.pe(f"{n}/肌张力", "四肢肌张力正常")
    c.pe(f"{n}/腱反射", "双侧肱二头肌、膝腱反射对称（++）")
    c.pe(f"{n}/病理征/巴宾斯基征", "双侧阴性")
    c.pe(f"{n}/脑膜刺激征/颈强直", "颈软，无抵抗")
    c.pe(f"{n}/脑膜刺激征/克氏征", "阴性")
    c.pe("专科检查/第二性征/体毛", "胡须稀少，腋毛、阴毛稀疏")
    c.pe("专科检查/第二性征/睾丸", "双侧睾丸质软，体积约10ml（Prader睾丸计）")
    lab = "辅助检查/实验室检查"
    c.lab(f"{lab}/血常规/白细胞计数(WBC)", 5.6, "×10^9/L")
    c.lab(f"{lab}/血常规/中性粒细胞百分比(NEUT%)", 58.2, "%")
    c.lab(f"{lab}/血常规/红细胞计数(RBC)", 3.92, "×10^12/L", "L")
    c.lab(f"{lab}/血常规/血红蛋白(HGB)", 118, "g/L", "L")
    c.lab(f"{lab}/血常规/血小板计数(PLT)", 212, "×10^9/L")
    c.lab(f"{lab}/血生化/钠(Na)", 132, "mmol/L", "L")
    c.lab(f"{lab}/血生化/钾(K)", 4.1, "mmol/L")
    c.lab(f"{lab}/血生化/氯(Cl)", 98, "mmol/L")
    c.lab(f"{lab}/血生化/葡萄糖(GLU)", 4.0, "mmol/L")
    c.lab(f"{lab}/血生化/肌酐(CREA)", 76, "μmol/L")
    c.lab(f"{lab}/血生化/丙氨酸氨基转移酶(ALT)", 22, "U/L")
    c.lab(f"{lab}/血生化/总胆固醇(TC)", 6.42, "mmol/L", "H")
    c.lab(f"{lab}/甲状腺功能/游离三碘甲状腺原氨酸(FT3)", 2.9, "pmol/L", "L")
    c.lab(f"{lab}/甲状腺功能/游离甲状腺素(FT4)", 7.8, "pmol/L", "L")
    c.lab(f"{lab}/甲状腺功能/促甲状腺激素(TSH)", 1.35, "mIU/L")
    c.lab(f"{lab}/性激素六项/卵泡刺激素(FSH)", 1.2, "IU/L", "L")
    c.lab(f"{lab}/性激素六项/黄体生成素(LH)", 0.8, "IU/L", "L")
    c.lab(f"{lab}/性激素六项/泌乳素(PRL)", 48.6, "ng/mL", "H")
    c.lab(f"{lab}/性激素六项/雌二醇(E2)", 62, "pmol/L")
    c.lab(f"{lab}/性激素六项/孕酮(P)", 0.4, "nmol/L")
    c.lab(f"{lab}/性激素六项/睾酮(T)", 2.6, "nmol/L", "L")
    c.lab(f"{lab}/生长激素(GH)", 0.21, "ng/mL")
    c.lab(f"{lab}/胰岛素样生长因子-1(IGF-1)", 86, "ng/mL", "L")
    c.lab(f"{lab}/促肾上腺皮质激素(ACTH)", 9.8, "pg/mL")
    c.lab(f"{lab}/皮质醇节律/血皮质醇(8:00)", 138, "nmol/L", "L")
    c.lab(f"{lab}/皮质醇节律/血皮质醇(16:00)", 72, "nmol/L")
    c.lab(f"{lab}/皮质醇节律/血皮质醇(0:00)", 41, "nmol/L")
    c.lab(f"{lab}/血浆渗透压", 276, "mOsm/kg·H2O", "L")
    c.lab(f"{lab}/尿渗透压", 498, "mOsm/kg·H2O")
    c.text_lab(f"{lab}/尿常规/尿比重(SG)", "1.020")
    c.text_lab(f"{lab}/尿常规/尿糖(GLU)", "阴性")
    c.text_lab(f"{lab}/尿常规/尿蛋白(PRO)", "阴性")
    c.text_lab(f"{lab}/尿常规/尿潜血(BLD)", "阴性")
    c.lab(f"{lab}/凝血功能/凝血酶原时间(PT)", 11.8, "s")
    c.lab(f"{lab}/凝血功能/活化部分凝血活酶时间(APTT)", 29.4, "s")
    c.lab(f"{lab}/凝血功能/纤维蛋白原(FIB)", 2.8, "g/L")
    img = "辅助检查/影像学检查"
    c.img(f"{img}/鞍区MRI平扫+增强/检查所见",
          "鞍内及鞍上见一类圆形等T1等T2信号团块，约2.6cm×2.3cm×2.8cm，增强后较均匀强化，呈“雪人征”，"
          "视交叉受压上抬变薄，双侧海绵窦未见明确侵犯，垂体柄左偏")
    c.img(f"{img}/鞍区MRI平扫+增强/诊断意见", "鞍区占位，考虑垂体大腺瘤，视交叉受压", reveals=True)
    c.img(f"{img}/头颅CT平扫/检查所见", "蝶鞍扩大，鞍底骨质受压变薄，鞍区见稍高密度影，未见钙化及出血；脑室系统不大")
    c.img(f"{img}/胸部X线正位片", "两肺纹理清晰，心影大小正常，未见明显异常")
    c.other("辅助检查/眼科专项/自动视野检查(Humphrey 30-2)", "双眼颞侧偏盲，右眼累及颞上及颞下象限，左眼以颞上象限为主",)
    c.other("辅助检查/眼科专项/光学相干断层扫描(OCT)", "双眼视盘周围视网膜神经纤维层(RNFL)变薄，鼻侧及颞侧为著（带状萎缩），右眼重")
    c.other("辅助检查/心电图", "窦性心动过缓，心率56次/分，低电压倾向")
    rec = base(0, "neurosurgery",
               {"sex": "男", "age": "52岁", "age_years": 52.0, "occupation": "公交车司机",
                "text": "男，52岁，职业：公交车司机"},
               chief_complaint="双眼视物模糊伴视野缺损6月，头痛2月",
               present_illness="患者6月前开车时发现两侧看不清路边行人，逐渐加重，多次刮擦车身；视物模糊右眼为著，眼科配镜无改善。"
                               "2月前出现前额部持续性胀痛，无喷射性呕吐。近1年性欲明显减退，晨勃消失，伴乏力、怕冷、食欲下降，"
                               "体重增加约4kg。无多饮多尿，无溢乳，无手足增大、面容改变。",
               past_history="否认高血压、糖尿病史；否认头部外伤及手术史；否认药物过敏史。",
               personal_history="吸烟20年，每日10支；偶饮酒。",
               marital_reproductive_history="已婚，育有1女，近1年性生活明显减少。",
               family_history="否认家族遗传病及类似疾病史。",
               diagnoses=[dx("垂体大腺瘤（无功能性）", "D35.2", True), dx("腺垂体功能减退症", "E23.0")])
    rec["examinations"] = c.exams
    return rec


# ---------------------------------------------------------------- row 1: 前交叉韧带断裂 (orthopaedics)
def case1() -> dict:
    c = Case()
    c.pe("查体/生命体征/T", "36.6℃")
    c.pe("查体/生命体征/P", "72次/分")
    c.pe("查体/生命体征/R", "18次/分")
    c.pe("查体/生命体征/BP", "124/78mmHg")
    c.pe("查体/一般情况", "发育正常，营养良好，神志清楚，跛行步态，自动体位")
    c.pe("查体/心肺", "双肺呼吸音清，未闻及啰音；心率72次/分，律齐，无杂音")
    c.pe("查体/腹部", "腹平软，无压痛，肝脾未触及")
    k = "专科情况/右膝关节"
    c.pe(f"{k}/视诊", "右膝关节肿胀，髌上囊饱满，皮肤无红肿、瘀斑已基本吸收，无窦道")
    c.pe(f"{k}/皮温", "较对侧略高")
    c.pe(f"{k}/触诊/关节间隙压痛/内侧", "内侧关节间隙后部压痛（+）")
    c.pe(f"{k}/触诊/关节间隙压痛/外侧", "外侧关节间隙压痛（-）")
    c.pe(f"{k}/触诊/髌骨", "髌骨无压痛，髌骨研磨试验（-），恐惧试验（-）")
    c.pe(f"{k}/浮髌试验", "阳性（+）")
    c.pe(f"{k}/活动度/屈曲", "110°（疼痛受限）")
    c.pe(f"{k}/活动度/伸直", "0°，伸直末端轻度疼痛")
    s = f"{k}/特殊检查"
    c.pe(f"{s}/前抽屉试验", "阳性，胫骨前移约8mm，终末点软")
    c.pe(f"{s}/Lachman试验", "阳性（II度），无明确终末点")
    c.pe(f"{s}/轴移试验", "阳性（+）")
    c.pe(f"{s}/后抽屉试验", "阴性")
    c.pe(f"{s}/麦氏征(McMurray)", "屈膝外旋伸直时内侧关节间隙疼痛伴弹响（+）")
    c.pe(f"{s}/研磨试验(Apley)", "内侧阳性")
    c.pe(f"{s}/侧方应力试验/外翻(0°)", "阴性")
    c.pe(f"{s}/侧方应力试验/外翻(30°)", "阴性，内侧无松弛")
    c.pe(f"{s}/侧方应力试验/内翻(30°)", "阴性")
    c.pe("专科情况/左膝关节/前抽屉试验", "阴性，胫骨前移约2mm，终末点硬")
    c.pe("专科情况/左膝关节/Lachman试验", "阴性")
    c.pe("专科情况/大腿周径/右(髌上10cm)", "42.0cm")
    c.pe("专科情况/大腿周径/左(髌上10cm)", "44.5cm")
    c.pe("专科情况/右下肢血运感觉", "右足背动脉搏动可及，足趾感觉、活动正常")
    lb = "检验结果"
    c.lab(f"{lb}/血常规/白细胞(WBC)", 6.3, "×10^9/L")
    c.lab(f"{lb}/血常规/中性粒细胞%(NEU%)", 61.0, "%")
    c.lab(f"{lb}/血常规/血红蛋白(Hb)", 152, "g/L")
    c.lab(f"{lb}/血常规/血小板(PLT)", 246, "×10^9/L")
    c.lab(f"{lb}/C反应蛋白(CRP)", 4.2, "mg/L")
    c.lab(f"{lb}/红细胞沉降率(ESR)", 8, "mm/h")
    c.lab(f"{lb}/凝血四项/PT", 11.6, "s")
    c.lab(f"{lb}/凝血四项/APTT", 31.2, "s")
    c.lab(f"{lb}/凝血四项/TT", 16.8, "s")
    c.lab(f"{lb}/凝血四项/FIB", 2.6, "g/L")
    c.lab(f"{lb}/D-二聚体", 0.28, "mg/L FEU")
    c.lab(f"{lb}/生化/ALT", 26, "U/L")
    c.lab(f"{lb}/生化/AST", 31, "U/L")
    c.lab(f"{lb}/生化/肌酐", 82, "μmol/L")
    c.lab(f"{lb}/生化/葡萄糖", 4.9, "mmol/L")
    c.lab(f"{lb}/生化/钾", 3.9, "mmol/L")
    c.lab(f"{lb}/生化/肌酸激酶(CK)", 168, "U/L")
    c.text_lab(f"{lb}/术前传染病筛查/乙肝表面抗原(HBsAg)", "阴性")
    c.text_lab(f"{lb}/术前传染病筛查/丙肝抗体(抗-HCV)", "阴性")
    c.text_lab(f"{lb}/术前传染病筛查/梅毒螺旋体抗体(TP-Ab)", "阴性")
    c.text_lab(f"{lb}/术前传染病筛查/HIV抗体", "阴性")
    p = f"{lb}/右膝关节穿刺"
    c.text_lab(f"{p}/抽出液量及性状", "抽出暗红色不凝血性液体约45ml，表面可见脂滴漂浮")
    c.lab(f"{p}/关节液常规/红细胞计数", "3.6×10^11", "/L", "H", result="3.6×10^11 /L（大量）")
    c.lab(f"{p}/关节液常规/白细胞计数", 1.1, "×10^9/L")
    c.lab(f"{p}/关节液常规/中性粒细胞比例", 48, "%")
    c.text_lab(f"{p}/关节液细菌培养", "培养72小时无细菌生长")
    im = "影像学"
    c.img(f"{im}/右膝关节X线正侧位/所见", "右膝关节诸骨未见骨折及脱位，外侧胫骨平台边缘未见撕脱骨折片，关节间隙正常，髌上囊区软组织肿胀")
    c.img(f"{im}/右膝关节MRI平扫/所见",
          "前交叉韧带连续性中断，残端呈波浪状，股骨外侧髁及胫骨平台后外侧骨挫伤；内侧半月板后角见斜行线样高信号达关节面；"
          "后交叉韧带、内外侧副韧带信号未见异常；关节腔及髌上囊积液")
    c.img(f"{im}/右膝关节MRI平扫/诊断意见", "右膝前交叉韧带完全撕裂；内侧半月板后角撕裂（III度）；骨挫伤；关节积液", reveals=True)
    c.img(f"{im}/双下肢深静脉彩超", "双侧股总、股浅、腘静脉及小腿肌间静脉血流通畅，未见血栓形成")
    c.img(f"{im}/胸部正位片", "心肺膈未见明显异常")
    c.other("心电图", "窦性心律，正常心电图")
    rec = base(1, "orthopaedics",
               {"sex": "男", "age": "24岁", "age_years": 24.0, "occupation": "大学生",
                "text": "男，24岁，职业：大学生"},
               chief_complaint="打篮球扭伤右膝致肿痛、活动受限3周，反复“打软腿”1周",
               present_illness="患者3周前打篮球落地时右足固定、身体向左扭转，听到右膝“啪”一声响，当即疼痛倒地，无法继续运动，"
                               "数小时内右膝明显肿胀。外院X线未见骨折，予支具固定、冰敷。近1周下楼梯及转身时反复出现膝关节“错动”、"
                               "“打软腿”，伴膝内侧疼痛及偶有交锁感。无发热，无其他关节疼痛。",
               past_history="既往体健，否认膝关节外伤手术史，否认出血性疾病史，否认药物过敏史。",
               personal_history="无吸烟饮酒史，每周打篮球3次。",
               marital_reproductive_history="未婚未育。",
               family_history="否认家族遗传病史。",
               diagnoses=[dx("右膝前交叉韧带断裂", "S83.511A", True), dx("右膝内侧半月板后角撕裂", "S83.241A")])
    rec["examinations"] = c.exams
    return rec


# ---------------------------------------------------------------- row 2: 下肢动脉硬化闭塞症 (vascular surgery)
def case2() -> dict:
    c = Case()
    v = "入院查体/生命体征"
    c.pe(f"{v}/体温", "36.8℃")
    c.pe(f"{v}/心率", "84次/分")
    c.pe(f"{v}/呼吸", "18次/分")
    c.pe(f"{v}/血压/左上肢", "152/84mmHg")
    c.pe(f"{v}/血压/右上肢", "158/86mmHg")
    c.pe("入院查体/一般情况", "神清，痛苦面容，抱膝坐位，夜间需垂足入睡")
    c.pe("入院查体/心脏/听诊", "心率84次/分，律齐，主动脉瓣区可闻及2/6级收缩期杂音")
    c.pe("入院查体/肺部/听诊", "双肺呼吸音稍粗，未闻及干湿啰音")
    c.pe("入院查体/腹部/脐周血管杂音", "脐周未闻及血管杂音")
    c.pe("入院查体/腹部/触诊", "腹软，无压痛，未触及搏动性包块")
    sp = "入院查体/专科检查"
    c.pe(f"{sp}/皮肤色泽/左足", "左足苍白，足趾呈暗紫色，汗毛脱落，趾甲增厚")
    c.pe(f"{sp}/皮肤色泽/右足", "右足皮色稍淡")
    c.pe(f"{sp}/皮温/左足", "左小腿下1/3以远皮温明显降低，足部冰凉")
    c.pe(f"{sp}/皮温/右足", "右足皮温稍低")
    c.pe(f"{sp}/左足第1趾溃疡", "左足第1趾趾端见约1.5cm×1.0cm溃疡，基底苍白，少量渗液，周围皮肤发红，未探及骨质")
    c.pe(f"{sp}/动脉搏动/股动脉/左", "可触及，减弱（+）")
    c.pe(f"{sp}/动脉搏动/股动脉/右", "可触及（++）")
    c.pe(f"{sp}/动脉搏动/腘动脉/左", "未触及")
    c.pe(f"{sp}/动脉搏动/腘动脉/右", "可触及，减弱")
    c.pe(f"{sp}/动脉搏动/足背动脉/左", "未触及")
    c.pe(f"{sp}/动脉搏动/足背动脉/右", "减弱")
    c.pe(f"{sp}/动脉搏动/胫后动脉/左", "未触及")
    c.pe(f"{sp}/动脉搏动/胫后动脉/右", "减弱")
    c.pe(f"{sp}/左股动脉听诊", "左腹股沟区闻及收缩期血管杂音")
    c.pe(f"{sp}/Buerger试验", "阳性：抬高左下肢45° 30秒后足底苍白，下垂后约40秒出现潮红并呈紫红色")
    c.pe(f"{sp}/毛细血管充盈时间/左足", "约5秒（延长）")
    c.pe(f"{sp}/毛细血管充盈时间/右足", "约2秒")
    c.pe(f"{sp}/10g尼龙单丝试验", "双足底感觉减退，左足10点中感知4点")
    c.pe(f"{sp}/下肢水肿", "双下肢无凹陷性水肿")
    lb = "入院检查/检验"
    R = "ref"
    c.lab(f"{lb}/血常规/WBC", 11.8, "×10^9/L", "H", "3.5-9.5", style=R)
    c.lab(f"{lb}/血常规/NEUT%", 79.6, "%", "H", "40-75", style=R)
    c.lab(f"{lb}/血常规/HGB", 121, "g/L", "L", "130-175", style=R)
    c.lab(f"{lb}/血常规/PLT", 318, "×10^9/L", None, "125-350", style=R)
    g = f"{lb}/生化全项"
    c.lab(f"{g}/葡萄糖(GLU)", 11.6, "mmol/L", "H", "3.9-6.1", style=R)
    c.lab(f"{g}/尿素(Urea)", 7.2, "mmol/L", None, "3.1-8.0", style=R)
    c.lab(f"{g}/肌酐(Cr)", 108, "μmol/L", None, "57-111", style=R)
    c.lab(f"{g}/钾(K)", 4.3, "mmol/L", None, "3.5-5.3", style=R)
    c.lab(f"{g}/白蛋白(ALB)", 34.1, "g/L", "L", "40-55", style=R)
    c.lab(f"{g}/总胆固醇(TC)", 5.86, "mmol/L", "H", "<5.2", style=R)
    c.lab(f"{g}/甘油三酯(TG)", 2.31, "mmol/L", "H", "<1.7", style=R)
    c.lab(f"{g}/低密度脂蛋白胆固醇(LDL-C)", 3.92, "mmol/L", "H", "<3.4", style=R)
    c.lab(f"{g}/高密度脂蛋白胆固醇(HDL-C)", 0.86, "mmol/L", "L", ">1.0", style=R)
    c.lab(f"{lb}/糖化血红蛋白(HbA1c)", 9.1, "%", "H", "4.0-6.0", style=R)
    c.lab(f"{lb}/同型半胱氨酸(Hcy)", 21.4, "μmol/L", "H", "<15", style=R)
    c.lab(f"{lb}/凝血功能/PT", 12.1, "s", None, "9.4-12.5", style=R)
    c.lab(f"{lb}/凝血功能/INR", 1.04, "", None, "0.8-1.2", style=R)
    c.lab(f"{lb}/凝血功能/APTT", 30.8, "s", None, "25.1-36.5", style=R)
    c.lab(f"{lb}/凝血功能/FIB", 4.62, "g/L", "H", "2.0-4.0", style=R)
    c.lab(f"{lb}/凝血功能/D-二聚体", 0.86, "mg/L", "H", "<0.5", style=R)
    c.lab(f"{lb}/炎症指标/CRP", 36.5, "mg/L", "H", "<10", style=R)
    c.lab(f"{lb}/炎症指标/PCT", 0.12, "ng/mL", None, "<0.5", style=R)
    c.text_lab(f"{lb}/创面分泌物培养/培养结果", "金黄色葡萄球菌生长（MSSA）")
    c.text_lab(f"{lb}/创面分泌物培养/药敏", "苯唑西林敏感，克林霉素敏感，左氧氟沙星耐药")
    fn = "入院检查/功能检查"
    c.other(f"{fn}/踝肱指数(ABI)/左", "0.32")
    c.other(f"{fn}/踝肱指数(ABI)/右", "0.68")
    c.other(f"{fn}/经皮氧分压(TcPO2)/左足背", "18 mmHg（<30 mmHg）")
    c.other(f"{fn}/心电图", "窦性心律，ST-T改变（V4–V6 T波低平）")
    im = "入院检查/影像"
    c.img(f"{im}/双下肢动脉彩超/所见",
          "双下肢动脉内中膜增厚，多发强回声斑块；左股浅动脉中段以远未见血流信号，左腘动脉远端见侧支血流充盈，"
          "左胫前、胫后动脉呈低速小慢波；右股浅动脉中度狭窄（约60%）")
    c.img(f"{im}/双下肢动脉彩超/提示", "双下肢动脉粥样硬化并多发斑块形成；左股浅动脉闭塞；右股浅动脉狭窄", reveals=True)
    c.img(f"{im}/下肢动脉CTA/所见",
          "腹主动脉及双侧髂动脉管壁多发钙化斑块，管腔轻度狭窄；左股浅动脉自起始后5cm至收肌管段闭塞（长约18cm），"
          "腘动脉P2段经侧支重建，左胫前动脉中段以远闭塞，胫后、腓动脉显影浅淡；右股浅动脉节段性中度狭窄")
    c.img(f"{im}/下肢动脉CTA/印象", "双下肢动脉硬化闭塞症，左侧股腘动脉长段闭塞（TASC II C级），左膝下动脉多发病变", reveals=True)
    c.img(f"{im}/颈动脉彩超", "双侧颈动脉分叉处多发混合回声斑块，右侧颈内动脉起始段狭窄约40%")
    c.img(f"{im}/心脏彩超", "左室舒张功能减低，主动脉瓣钙化伴轻度反流，LVEF 58%")
    c.img(f"{im}/左足X线正斜位", "左足诸骨骨质疏松，第1趾远节趾骨未见骨质破坏，软组织内见血管壁钙化影")
    rec = base(2, "vascular surgery",
               {"sex": "男", "age": "71岁", "age_years": 71.0, "occupation": "退休农民",
                "text": "男，71岁，退休农民"},
               chief_complaint="间歇性跛行2年，左足静息痛1月，左足第1趾破溃2周",
               present_illness="患者2年前出现行走约300米后左小腿酸胀疼痛，休息数分钟缓解，跛行距离逐渐缩短至约50米。"
                               "1月前出现左足持续性疼痛，夜间加重，需下垂患肢方能入睡。2周前修剪趾甲后左足第1趾出现破溃，"
                               "经换药不愈合，伴少量渗液。无发热，无胸痛。",
               past_history="2型糖尿病史12年，口服二甲双胍，血糖控制差；高血压病史10年，服用氨氯地平；否认冠心病、脑卒中史。",
               personal_history="吸烟50年，每日20支，未戒；少量饮酒。",
               marital_reproductive_history="已婚，育有2子1女。",
               family_history="父亲有脑卒中史。",
               diagnoses=[dx("左下肢动脉硬化闭塞症（Rutherford 5级）", "I70.245", True), dx("2型糖尿病", "E11.51"),
                          dx("高血压病3级（很高危）", "I10")])
    rec["examinations"] = c.exams
    return rec


# ---------------------------------------------------------------- row 3: 输尿管结石伴肾积水 (urology)
def case3() -> dict:
    c = Case()
    c.pe("体格检查/T", "37.3℃")
    c.pe("体格检查/P", "96次/分")
    c.pe("体格检查/R", "20次/分")
    c.pe("体格检查/BP", "132/84mmHg")
    c.pe("体格检查/一般情况", "神志清，急性痛苦面容，辗转不安，屈体侧卧")
    c.pe("体格检查/皮肤巩膜", "皮肤巩膜无黄染")
    c.pe("体格检查/心肺", "心率96次/分，律齐，无杂音；双肺呼吸音清")
    a = "体格检查/腹部"
    c.pe(f"{a}/视诊", "腹平坦，未见胃肠型及蠕动波")
    c.pe(f"{a}/触诊/压痛", "左侧腹部深压痛，无肌紧张")
    c.pe(f"{a}/触诊/反跳痛", "无")
    c.pe(f"{a}/触诊/麦氏点压痛", "阴性")
    c.pe(f"{a}/触诊/墨菲征", "阴性")
    c.pe(f"{a}/触诊/肝脾", "肝脾肋下未触及")
    c.pe(f"{a}/叩诊/移动性浊音", "阴性")
    c.pe(f"{a}/听诊/肠鸣音", "4次/分，未闻及气过水声")
    u = "体格检查/泌尿系统"
    c.pe(f"{u}/肾区叩击痛/左", "阳性（++）")
    c.pe(f"{u}/肾区叩击痛/右", "阴性")
    c.pe(f"{u}/输尿管压痛点/左上输尿管点", "压痛（+）")
    c.pe(f"{u}/输尿管压痛点/左中输尿管点", "压痛（-）")
    c.pe(f"{u}/输尿管压痛点/右侧", "均无压痛")
    c.pe(f"{u}/肋脊点压痛", "左侧阳性")
    c.pe(f"{u}/膀胱区", "耻骨上区无膨隆，无压痛")
    r = "检查结果"
    R = "ref"
    c.lab(f"{r}/血常规/白细胞计数", 11.4, "×10^9/L", "H", "3.5-9.5", style=R)
    c.lab(f"{r}/血常规/中性粒细胞百分比", 83.1, "%", "H", "40-75", style=R)
    c.lab(f"{r}/血常规/红细胞计数", 4.31, "×10^12/L", None, "3.8-5.1", style=R)
    c.lab(f"{r}/血常规/血红蛋白", 128, "g/L", None, "115-150", style=R)
    c.lab(f"{r}/血常规/血小板计数", 236, "×10^9/L", None, "125-350", style=R)
    d = f"{r}/尿常规/干化学"
    c.text_lab(f"{d}/尿蛋白", "±")
    c.text_lab(f"{d}/尿潜血", "3+")
    c.text_lab(f"{d}/白细胞酯酶", "1+")
    c.text_lab(f"{d}/亚硝酸盐", "阴性")
    c.text_lab(f"{d}/尿pH", "5.5")
    c.text_lab(f"{d}/尿比重", "1.026")
    m = f"{r}/尿常规/尿沉渣"
    c.lab(f"{m}/红细胞", 186, "/μL", "H", "0-17", style=R)
    c.lab(f"{m}/白细胞", 32, "/μL", "H", "0-28", style=R)
    c.text_lab(f"{m}/结晶", "草酸钙结晶（+）")
    c.text_lab(f"{m}/红细胞形态", "均一型红细胞为主（非肾小球源性）")
    c.text_lab(f"{r}/中段尿细菌培养", "培养48小时无细菌生长")
    k = f"{r}/肾功能+电解质"
    c.lab(f"{k}/肌酐(Cr)", 96, "μmol/L", "H", "41-81", style=R)
    c.lab(f"{k}/尿素(BUN)", 6.4, "mmol/L", None, "2.6-7.5", style=R)
    c.lab(f"{k}/尿酸(UA)", 428, "μmol/L", "H", "155-357", style=R)
    c.lab(f"{k}/钾(K)", 3.8, "mmol/L", None, "3.5-5.3", style=R)
    c.lab(f"{k}/钠(Na)", 139, "mmol/L", None, "137-147", style=R)
    c.lab(f"{k}/钙(Ca)", 2.41, "mmol/L", None, "2.11-2.52", style=R)
    c.lab(f"{k}/磷(P)", 1.02, "mmol/L", None, "0.85-1.51", style=R)
    h = f"{r}/24小时尿生化"
    c.lab(f"{h}/24小时尿量", 1350, "mL")
    c.lab(f"{h}/尿钙", 7.9, "mmol/24h", "H", "2.5-7.5", style=R)
    c.lab(f"{h}/尿尿酸", 4.6, "mmol/24h", "H", "1.5-4.4", style=R)
    c.lab(f"{h}/尿草酸", 0.41, "mmol/24h", None, "0.1-0.45", style=R)
    c.lab(f"{r}/C反应蛋白(CRP)", 18.2, "mg/L", "H", "<10", style=R)
    c.lab(f"{r}/降钙素原(PCT)", 0.04, "ng/mL", None, "<0.05", style=R)
    c.lab(f"{r}/血β-HCG定量", "<1.2", "mIU/mL", None, "<5（非孕）", style=R)
    c.lab(f"{r}/凝血常规/PT", 11.2, "s", None, "9.4-12.5", style=R)
    c.lab(f"{r}/凝血常规/APTT", 27.9, "s", None, "25.1-36.5", style=R)
    c.lab(f"{r}/凝血常规/INR", 0.98, "", None, "0.8-1.2", style=R)
    im = f"{r}/影像"
    c.img(f"{im}/泌尿系CT平扫/所见",
          "左输尿管上段（约平L3椎体水平）见一约8mm×6mm高密度结节影，CT值约950HU，其上方输尿管及左肾盂肾盏扩张积水，"
          "肾盂前后径约2.4cm，左肾周脂肪间隙模糊、见条索影；右肾及右输尿管未见结石；膀胱充盈可，未见异常")
    c.img(f"{im}/泌尿系CT平扫/结论", "左输尿管上段结石伴左肾中度积水，左肾周渗出", reveals=True)
    c.img(f"{im}/泌尿系彩超", "左肾集合系统分离约2.2cm，左输尿管上段扩张，远端显示不清；右肾未见异常；膀胱未见异常")
    c.img(f"{im}/腹部平片(KUB)", "平L3横突左旁见一约7mm类圆形致密影，余未见阳性结石影")
    c.other(f"{r}/心电图", "窦性心律，96次/分，正常心电图")
    rec = base(3, "urology",
               {"sex": "女", "age": "34岁", "age_years": 34.0, "occupation": "客服",
                "text": "女，34岁，职业：客服"},
               chief_complaint="突发左侧腰腹部绞痛6小时，伴恶心呕吐",
               present_illness="患者6小时前无明显诱因突发左侧腰部剧烈绞痛，阵发性加重，向左下腹及会阴部放射，伴恶心、呕吐胃内容物2次，"
                               "伴尿频、尿急，小便呈淡洗肉水样。无畏寒发热，无腹泻。急诊予山莨菪碱及曲马多止痛后稍缓解收入院。",
               past_history="平素饮水少；2年前体检彩超提示“左肾小结石”，未处理。否认高血压、糖尿病史，否认药物过敏史。",
               personal_history="久坐，喜饮浓茶。无烟酒嗜好。",
               marital_reproductive_history="已婚，G1P1，末次月经12天前，月经规律。",
               family_history="父亲有泌尿系结石病史。",
               diagnoses=[dx("左输尿管上段结石伴左肾积水", "N13.2", True), dx("高尿酸血症", "E79.0")])
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

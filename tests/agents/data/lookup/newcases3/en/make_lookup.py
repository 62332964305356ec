"""Write lookup.jsonl: examination requests against cases_en.jsonl, labelled from the records as written.

Each row: {"case_id", "request", "expected_keys", "lang", "kind"}. expected_keys are source-key paths
(a path covers its record and every record below it); [] = the record does not hold the test.
"""

import json
import re
from pathlib import Path

HERE = Path(__file__).parent
P = "Physical_Examination_Findings/"
T = "Test_Results/"
CJK = re.compile(r"[\u3400-\u9fff]")

ROWS: dict[int, list[tuple[str, list[str], str]]] = {}

# 0 — ischaemic priapism in sickle cell disease
GU = P + "Genitourinary_Examination/"
LT = T + "Laboratory_Tests/"
ROWS[0] = [
    ("cavernosal blood gas", [T + "Corporal_Aspiration/Blood_Gas"], "panel"),
    ("corporal pO2", [T + "Corporal_Aspiration/Blood_Gas/pO2"], "analyte"),
    ("glucose", [LT + "Basic_Metabolic_Panel/Glucose"], "analyte"),
    ("aspirate glucose", [T + "Corporal_Aspiration/Blood_Gas/Glucose"], "analyte"),
    ("VBG", [LT + "Venous_Blood_Gas"], "abbreviation"),
    ("ABG", [], "near_miss"),
    ("retic", [LT + "Reticulocyte_Count"], "abbreviation"),
    ("HbS %", [LT + "Hemoglobin_Electrophoresis/HbS"], "analyte"),
    ("血红蛋白电泳", [LT + "Hemoglobin_Electrophoresis"], "panel"),
    ("阴茎彩超", [T + "Penile_Doppler_Ultrasound"], "imaging"),
    ("LDH", [LT + "Lactate_Dehydrogenase"], "abbreviation"),
    ("血常规", [LT + "Complete_Blood_Count"], "panel"),
    ("feel the corpora cavernosa", [GU + "Penis/Corpora_Cavernosa"], "manoeuvre"),
    ("龟头查体", [GU + "Penis/Glans_Penis"], "manoeuvre"),
    ("PT/INR", [], "absent"),
    ("sickle solubility test", [], "near_miss"),
    ("MRI of the penis", [], "near_miss"),
    ("urinalysis", [], "absent"),
    ("血培养", [], "absent"),
    ("bilirubn", [LT + "Bilirubin"], "typo"),
    ("Can you check his haemoglobin and platelet count?",
     [LT + "Complete_Blood_Count/Hemoglobin", LT + "Complete_Blood_Count/Platelets"], "sentence"),
    ("静脉血乳酸", [LT + "Venous_Blood_Gas/Lactate"], "analyte"),
    ("type and crossmatch", [], "absent"),
    ("外周血涂片", [], "near_miss"),
    ("genital exam", [P + "Genitourinary_Examination"], "section"),
]

# 1 — acute primary angle-closure glaucoma
OE = P + "Ophthalmic_Examination/"
BT = T + "Blood_Tests/"
ROWS[1] = [
    ("IOP", [OE + "Intraocular_Pressure"], "abbreviation"),
    ("视力", [OE + "Visual_Acuity"], "manoeuvre"),
    ("slit lamp exam", [OE + "Slit_Lamp_Examination"], "manoeuvre"),
    ("gonioscopy", [OE + "Gonioscopy"], "manoeuvre"),
    ("房角镜检查", [OE + "Gonioscopy"], "manoeuvre"),
    ("fundus exam", [OE + "Fundoscopy"], "manoeuvre"),
    ("pupil reactions", [OE + "Pupils"], "manoeuvre"),
    ("check the cornea", [OE + "Slit_Lamp_Examination/Left_Eye/Cornea", OE + "Slit_Lamp_Examination/Right_Eye/Cornea"],
     "manoeuvre"),
    ("axial length", [T + "Optical_Biometry/Axial_Length"], "analyte"),
    ("AS-OCT", [T + "Anterior_Segment_OCT"], "abbreviation"),
    ("眼部B超", [T + "Ocular_Ultrasound_B_Scan"], "imaging"),
    ("U&Es", [BT + "Basic_Metabolic_Panel"], "abbreviation"),
    ("血沉", [BT + "Erythrocyte_Sedimentation_Rate"], "analyte"),
    ("palpate temporal arteries", [P + "Temporal_Arteries"], "manoeuvre"),
    ("Humphrey visual fields", [], "near_miss"),
    ("OCT RNFL", [], "near_miss"),
    ("CT head", [], "absent"),
    ("corneal pachymetry", [], "near_miss"),
    ("temporal artery biopsy", [], "near_miss"),
    ("头颅MRI", [], "absent"),
    ("眼眶CT", [], "near_miss"),
    ("fluorescein angiography", [], "absent"),
    ("gonioskopy", [OE + "Gonioscopy"], "typo"),
    ("Please check her glucose and potassium before giving acetazolamide",
     [BT + "Basic_Metabolic_Panel/Glucose", BT + "Basic_Metabolic_Panel/Potassium"], "sentence"),
    ("HbA1c", [], "absent"),
]

# 2 — acute compartment syndrome of the leg
RL = P + "Right_Lower_Limb_Examination/"
CP = T + "Compartment_Pressure_Measurement"
LB = T + "Labs/"
ROWS[2] = [
    ("compartment pressures", [CP], "panel"),
    ("anterior compartment pressure", [CP + "/Anterior"], "analyte"),
    ("delta P", [CP + "/Delta_Pressure_Anterior"], "abbreviation"),
    ("筋膜室压力测定", [CP], "panel"),
    ("CK", [LB + "Creatine_Kinase"], "abbreviation"),
    ("myoglobin", [LB + "Serum_Myoglobin"], "analyte"),
    ("urine myoglobin", [T + "Urinalysis/Urine_Myoglobin"], "analyte"),
    ("尿常规", [T + "Urinalysis"], "panel"),
    ("potassium", [LB + "Renal_Panel/Potassium"], "analyte"),
    ("passive stretch test", [RL + "Passive_Stretch_Test"], "manoeuvre"),
    ("被动牵拉试验", [RL + "Passive_Stretch_Test"], "manoeuvre"),
    ("足背动脉搏动", [RL + "Pulses/Dorsalis_Pedis"], "manoeuvre"),
    ("tib/fib x-ray", [T + "Imaging/X-Ray_Right_Tibia_and_Fibula"], "imaging"),
    ("G&S", [LB + "Group_and_Screen"], "abbreviation"),
    ("凝血功能", [LB + "Coagulation"], "panel"),
    ("creatinne", [LB + "Renal_Panel/Creatinine"], "typo"),
    ("Can you examine power and sensation in his right foot?", [RL + "Motor", RL + "Sensation"], "sentence"),
    ("examine the left leg", [P + "Left_Lower_Limb_Examination"], "section"),
    ("MRI of the leg", [], "near_miss"),
    ("arterial Doppler of the leg", [], "near_miss"),
    ("ABPI", [], "near_miss"),
    ("CT angiogram lower limb", [], "near_miss"),
    ("ABG", [], "absent"),
    ("D-dimer", [], "absent"),
    ("肌钙蛋白", [], "absent"),
    ("urine osmolality", [], "absent"),
    ("血气分析", [], "absent"),
]

# 3 — methanol poisoning
NE = P + "Neurological_Examination/"
ROWS[3] = [
    ("ABG", [T + "Arterial_Blood_Gas"], "abbreviation"),
    ("pH", [T + "Arterial_Blood_Gas/pH"], "analyte"),
    ("urine pH", [T + "Urinalysis/pH"], "analyte"),
    ("anion gap", [T + "Serum_Chemistry/Anion_Gap"], "analyte"),
    ("阴离子间隙", [T + "Serum_Chemistry/Anion_Gap"], "analyte"),
    ("osmolar gap", [T + "Osmolality/Osmolal_Gap"], "analyte"),
    ("methanol level", [T + "Toxicology/Serum_Methanol"], "analyte"),
    ("甲醇浓度", [T + "Toxicology/Serum_Methanol"], "analyte"),
    ("isopropanol level", [], "near_miss"),
    ("formate", [], "near_miss"),
    ("血气分析", [T + "Arterial_Blood_Gas"], "panel"),
    ("瞳孔对光反射", [P + "Eye_Examination/Pupils"], "manoeuvre"),
    ("MRI brain", [], "near_miss"),
    ("ECG", [T + "ECG"], "endoscopy_function"),
    ("beta-hydroxybutyrate", [], "near_miss"),
    ("血氨", [], "absent"),
    ("glucose", [T + "Serum_Chemistry/Glucose"], "analyte"),
    ("EEG", [], "absent"),
    ("腰穿", [], "absent"),
    ("metanol level", [T + "Toxicology/Serum_Methanol"], "typo"),
    ("Please get me the paracetamol and salicylate levels",
     [T + "Toxicology/Paracetamol", T + "Toxicology/Salicylate"], "sentence"),
    ("neuro exam", [P + "Neurological_Examination"], "section"),
    ("CK", [], "absent"),
    ("尿草酸钙结晶", [T + "Urinalysis/Crystals"], "analyte"),
    ("blood cultures", [], "absent"),
]

# 4 — hereditary angioedema type I
CS = T + "Complement_Studies"
HN = P + "Head_and_Neck_Examination/"
AB = P + "Abdominal_Examination/"
ROWS[4] = [
    ("C4", [CS + "/C4"], "analyte"),
    ("C1 inhibitor level", [CS + "/C1_Esterase_Inhibitor_Antigen"], "analyte"),
    ("C1-INH functional assay", [CS + "/C1_Esterase_Inhibitor_Function"], "abbreviation"),
    ("补体", [CS], "panel"),
    ("nasendoscopy", [T + "Flexible_Nasendoscopy"], "endoscopy_function"),
    ("喉镜", [T + "Flexible_Nasendoscopy"], "endoscopy_function"),
    ("腹部B超", [T + "Imaging/Abdominal_Ultrasound"], "imaging"),
    ("UPT", [T + "Urine_Pregnancy_Test"], "abbreviation"),
    ("look in the mouth and throat", [HN + "Oropharynx"], "manoeuvre"),
    ("dermographism", [P + "Skin_Examination/Dermographism"], "manoeuvre"),
    ("反跳痛", [AB + "Rebound_Tenderness"], "manoeuvre"),
    ("listen for stridor", [P + "Respiratory_Examination/Stridor"], "manoeuvre"),
    ("SERPING1 gene testing", [], "near_miss"),
    ("skin prick testing", [], "near_miss"),
    ("anti-C1 inhibitor antibodies", [], "near_miss"),
    ("total IgE", [], "absent"),
    ("chest X-ray", [], "absent"),
    ("胸片", [], "absent"),
    ("ANA", [], "absent"),
    ("complment levels", [CS], "typo"),
    ("Could you check her C4 and a tryptase?", [CS + "/C4", T + "Serum_Tryptase"], "sentence"),
    ("skin exam", [P + "Skin_Examination"], "section"),
    ("CH50", [], "near_miss"),
    ("肠镜", [], "absent"),
    ("C反应蛋白", [T + "Blood_Tests/C-Reactive_Protein"], "analyte"),
]

# 5 — acute embolic limb ischaemia
PV = P + "Peripheral_Vascular_Examination/"
BL = T + "Blood_Tests/"
ROWS[5] = [
    ("ABPI", [T + "Ankle_Brachial_Pressure_Index"], "abbreviation"),
    ("left ankle brachial index", [T + "Ankle_Brachial_Pressure_Index/Left"], "analyte"),
    ("CTA lower limbs", [T + "CT_Angiography_Aorta_and_Lower_Limbs"], "imaging"),
    ("arterial duplex", [], "near_miss"),
    ("TOE", [], "near_miss"),
    ("echo", [T + "Transthoracic_Echocardiogram"], "imaging"),
    ("心电图", [T + "Electrocardiogram"], "endoscopy_function"),
    ("handheld Doppler of the foot pulses", [PV + "Handheld_Doppler"], "manoeuvre"),
    ("左侧股动脉搏动", [PV + "Pulses/Femoral/Left"], "manoeuvre"),
    ("capillary refill time", [PV + "Capillary_Refill"], "manoeuvre"),
    ("lactate", [BL + "Venous_Lactate"], "analyte"),
    ("INR", [BL + "Coagulation_Screen/INR"], "abbreviation"),
    ("TFTs", [BL + "Thyroid_Function"], "abbreviation"),
    ("甲功", [BL + "Thyroid_Function"], "panel"),
    ("thrombophilia screen", [], "absent"),
    ("BNP", [], "absent"),
    ("lipid profile", [], "absent"),
    ("Holter monitor", [], "near_miss"),
    ("MR angiogram", [], "near_miss"),
    ("下肢动脉彩超", [], "near_miss"),
    ("carotid duplex", [], "near_miss"),
    ("peripheral vascular exam", [P + "Peripheral_Vascular_Examination"], "section"),
    ("potasium", [BL + "Renal_Function/Potassium"], "typo"),
    ("Can you get an ECG and a clotting screen?", [T + "Electrocardiogram", BL + "Coagulation_Screen"], "sentence"),
    ("D-二聚体", [], "absent"),
    ("左足皮温", [PV + "Temperature/Left_Leg"], "manoeuvre"),
]


def main() -> None:
    out = HERE / "lookup.jsonl"
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for row, items in ROWS.items():
            for request, keys, kind in items:
                lang = "zh" if CJK.search(request) else "en"
                rec = {"case_id": f"newcases3:en:{row}", "request": request, "expected_keys": keys,
                       "lang": lang, "kind": kind}
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
    print(f"wrote {n} rows to {out}")


if __name__ == "__main__":
    main()

"""Write lookup.jsonl: requests and hand-written labels for the newcases15 blind lookup set (part en).

Every label was written by hand against the record listing of `show.py` (source key | group | category | result).
`PE/` and `TR/` abbreviate the two roots. `[]` = the case does not hold the test (kind `absent` or `near_miss`).
"""

import json
import re
from pathlib import Path

HERE = Path(__file__).parent
SET = "newcases15:en"
ROOTS = {"PE/": "Physical_Examination_Findings/", "TR/": "Test_Results/"}
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def expand(key: str) -> str:
    for short, full in ROOTS.items():
        if key.startswith(short):
            return full + key[len(short):]
    raise ValueError(key)


# Rows of the first draft cut to bring the set near 250 rows, the not-available share near 37 % and the Chinese
# share near 15 % (all cut rows are held tests; every not-available row was kept). Not written to lookup.jsonl.
TRIMMED = {
    0: {"check reflexes", "heel to shin testing", "weigh her and calculate BMI", "What's her core temp?",
        "lipid panel", "U&Es", "prolactin", "tTG IgA", "12-lead ECG", "CXR", "MoCA score",
        "mental state examination", "Zulewski score", "ultrasound scan of the thyroid", "血钠多少",
        "look at her eyebrows, hair and skin"},
    1: {"is the right kidney palpable?", "feel for the apex beat", "check his ankles for pitting oedema",
        "examine the hernial orifices", "feel for the liver edge", "urinary citrate", "eGFR", "K+", "cystatin C",
        "renal profile", "bone profile", "PTH", "serum urate", "MSU for culture", "Hb", "haematocrit", "clotting",
        "non-contrast CT KUB", "ABPM", "PKD1/PKD2 gene testing", "Mayo imaging class",
        "Get an ECG and an echocardiogram", "standing BP", "血尿酸", "头颅MRA"},
    2: {"listen for bowel sounds", "examine the abdomen", "look inside her mouth for ulcers",
        "stool chart for the last 24h", "heart rate", "platelet count", "FBC", "Mg", "liver function tests",
        "iron studies", "VBG", "blood cultures", "TB IGRA", "varicella zoster IgG", "TPMT level",
        "stool ova, cysts and parasites", "AXR", "erect chest x-ray for free air", "UCEIS",
        "Mayo endoscopic subscore", "C-reactive protein", "腹部平片", "血钾"},
    3: {"check the right knee", "spine and SI joints", "look at the throat and ears",
        "feel for inguinal lymphadenopathy", "CRT", "pain score", "neutrophil count",
        "polarised microscopy for crystals", "procalcitonin", "ASOT", "U&E", "full blood count",
        "AP pelvis and frog-leg x-rays", "throat swab", "examine the knees", "blood culture", "血沉", "关节液糖"},
    4: {"inspect the abdomen", "feel the radial pulses", "auscultate over the carotids", "BP in both arms",
        "inspect the feet for ulcers or trash foot", "JVP", "auscultate the lungs",
        "Press along the spine - is it tender?", "haemoglobin", "renal function", "crossmatch 4 units", "A1c",
        "lipids", "urinalysis", "ultrasound of the abdominal aorta", "chest radiograph", "ABPI", "ECG", "TTE",
        "lung function tests", "anaerobic threshold", "ASA grade", "RCRI", "Rockwood frailty score",
        "duplex scan of both popliteal arteries", "交叉配血"},
}

ROWS = []
DRAFT = []


def r(row: int, request: str, keys: list[str], kind: str) -> None:
    DRAFT.append((row, request))
    if request in TRIMMED[row]:
        return
    ROWS.append({"case_id": f"{SET}:{row}", "request": request, "expected_keys": [expand(k) for k in keys],
                 "lang": "zh" if CJK.search(request) else "en", "kind": kind})


# ---------------------------------------------------------------------------------------------------------------
# 0 — primary hypothyroidism (Hashimoto): flat string sections; every test straight under Test_Results.
# ---------------------------------------------------------------------------------------------------------------
C = 0
r(C, "Tap her ankle jerks and watch the relaxation phase", ["PE/Neurological_Examination"], "manoeuvre")
r(C, "check reflexes", ["PE/Neurological_Examination"], "manoeuvre")
r(C, "Tinel's sign over the right carpal tunnel", ["PE/Hands"], "manoeuvre")
r(C, "Can you do Phalen's test?", ["PE/Hands"], "manoeuvre")
r(C, "palpate the thyroid gland", ["PE/Neck_Examination"], "manoeuvre")
r(C, "Ask her to sip water and swallow while I watch the neck swelling", ["PE/Neck_Examination"], "manoeuvre")
r(C, "Pemberton's manoeuvre please", ["PE/Neck_Examination"], "manoeuvre")
r(C, "percuss the lung bases", ["PE/Respiratory_Examination"], "manoeuvre")
r(C, "auscultate the heart", ["PE/Cardiovascular_Examination"], "manoeuvre")
r(C, "Press firmly over the shins - does the swelling pit?", ["PE/Lower_Limbs"], "manoeuvre")
r(C, "look at her eyebrows, hair and skin", ["PE/General_Inspection"], "manoeuvre")
r(C, "check for lid lag", ["PE/General_Inspection"], "manoeuvre")
r(C, "heel to shin testing", ["PE/Neurological_Examination"], "manoeuvre")
r(C, "weigh her and calculate BMI", ["PE/Weight_and_BMI"], "manoeuvre")
r(C, "What's her core temp?", ["PE/Vital_Signs/Temperature"], "abbreviation")
r(C, "TSH", ["TR/TSH"], "analyte")
r(C, "free thyroxine level", ["TR/Free_T4"], "analyte")
r(C, "thyroid function tests", ["TR/TSH", "TR/Free_T4", "TR/Free_T3"], "panel")
r(C, "anti-TPO", ["TR/Thyroid_Peroxidase_Antibodies"], "abbreviation")
r(C, "thyroid autoantibodies", ["TR/Thyroid_Peroxidase_Antibodies", "TR/Thyroglobulin_Antibodies"], "panel")
r(C, "what is her serum sodium?", ["TR/Urea_and_Electrolytes"], "analyte")
r(C, "U&Es", ["TR/Urea_and_Electrolytes"], "abbreviation")
r(C, "plasma osmolality", ["TR/Serum_Osmolality"], "analyte")
r(C, "Send a paired urine osmolality and urine sodium", ["TR/Urine_Osmolality", "TR/Urine_Sodium"], "sentence")
r(C, "CK", ["TR/Creatine_Kinase"], "abbreviation")
r(C, "LDL cholesterol", ["TR/Lipid_Profile/LDL_Cholesterol"], "analyte")
r(C, "lipid panel", ["TR/Lipid_Profile"], "panel")
r(C, "B12 and folate levels", ["TR/Vitamin_B12", "TR/Serum_Folate"], "sentence")
r(C, "morning cortisol", ["TR/Cortisol_9am"], "analyte")
r(C, "prolactin", ["TR/Prolactin"], "analyte")
r(C, "tTG IgA", ["TR/Coeliac_Serology"], "abbreviation")
r(C, "12-lead ECG", ["TR/ECG"], "endoscopy_function")
r(C, "CXR", ["TR/Chest_X-Ray"], "abbreviation")
r(C, "Is there a pericardial effusion on the echo?", ["TR/Transthoracic_Echocardiogram/Pericardial_Effusion"],
  "imaging")
r(C, "ultrasound scan of the thyroid", ["TR/Thyroid_Ultrasound"], "imaging")
r(C, "nerve conduction studies", ["TR/Nerve_Conduction_Studies"], "endoscopy_function")
r(C, "MoCA score", ["PE/Montreal_Cognitive_Assessment"], "abbreviation")
r(C, "mental state examination", ["PE/Mental_State_Examination"], "section")
r(C, "Zulewski score", ["PE/Zulewski_Clinical_Score"], "section")
r(C, "FBC, U&E and LFTs", ["TR/Full_Blood_Count", "TR/Urea_and_Electrolytes", "TR/Liver_Function_Tests"],
  "sentence")
r(C, "thyriod function", ["TR/TSH", "TR/Free_T4", "TR/Free_T3"], "typo")
r(C, "total cholestrol", ["TR/Lipid_Profile/Total_Cholesterol"], "typo")
r(C, "查甲功", ["TR/TSH", "TR/Free_T4", "TR/Free_T3"], "panel")
r(C, "甲状腺彩超", ["TR/Thyroid_Ultrasound"], "imaging")
r(C, "血钠多少", ["TR/Urea_and_Electrolytes"], "analyte")
r(C, "查一下跟腱反射", ["PE/Neurological_Examination"], "manoeuvre")
r(C, "心脏超声", ["TR/Transthoracic_Echocardiogram"], "imaging")
# not available
r(C, "ferritin", [], "absent")
r(C, "ABG", [], "absent")
r(C, "blood cultures x2", [], "absent")
r(C, "serum magnesium", [], "absent")
r(C, "troponin", [], "absent")
r(C, "MRI pituitary", [], "absent")
r(C, "urine dipstick", [], "absent")
r(C, "bone profile / calcium", [], "absent")
r(C, "TSH receptor antibodies", [], "near_miss")
r(C, "total T4", [], "near_miss")
r(C, "short synacthen test", [], "near_miss")
r(C, "radioiodine uptake scan", [], "near_miss")
r(C, "EMG of the right arm", [], "near_miss")
r(C, "FNA of the thyroid", [], "near_miss")
r(C, "24 hour Holter", [], "near_miss")
r(C, "biceps jerks", [], "near_miss")
r(C, "查个血气", [], "absent")
r(C, "甲状腺摄碘率", [], "near_miss")
r(C, "尿常规", [], "absent")

# ---------------------------------------------------------------------------------------------------------------
# 1 — ADPKD: grouped panels with analytes as records; per-side kidneys and renal angles; blood beside urine.
# ---------------------------------------------------------------------------------------------------------------
C = 1
r(C, "ballot the kidneys", ["PE/Abdominal_Examination/Kidneys"], "manoeuvre")
r(C, "Bimanually palpate the left kidney", ["PE/Abdominal_Examination/Kidneys/Left"], "manoeuvre")
r(C, "is the right kidney palpable?", ["PE/Abdominal_Examination/Kidneys/Right"], "manoeuvre")
r(C, "check for renal angle tenderness", ["PE/Renal_Angle_Tenderness"], "manoeuvre")
r(C, "fist percussion over the left loin", ["PE/Renal_Angle_Tenderness/Left"], "manoeuvre")
r(C, "Measure the blood pressure in both arms", ["PE/Blood_Pressure/Right_Arm", "PE/Blood_Pressure/Left_Arm"],
  "manoeuvre")
r(C, "standing BP", ["PE/Blood_Pressure/Standing_After_3_Minutes"], "manoeuvre")
r(C, "listen for renal artery bruits", ["PE/Abdominal_Examination/Auscultation"], "manoeuvre")
r(C, "listen to his heart", ["PE/Cardiovascular_Examination/Heart_Sounds", "PE/Cardiovascular_Examination/Murmurs"],
  "manoeuvre")
r(C, "any mid-systolic click or murmur?", ["PE/Cardiovascular_Examination/Murmurs"], "manoeuvre")
r(C, "feel for the apex beat", ["PE/Cardiovascular_Examination/Apex_Beat"], "manoeuvre")
r(C, "check his ankles for pitting oedema", ["PE/Cardiovascular_Examination/Peripheral_Oedema"], "manoeuvre")
r(C, "Look at the fundi with the ophthalmoscope", ["PE/Fundoscopy"], "manoeuvre")
r(C, "examine the hernial orifices", ["PE/Hernial_Orifices"], "manoeuvre")
r(C, "feel for the liver edge", ["PE/Abdominal_Examination/Palpation"], "manoeuvre")
r(C, "creatinine", ["TR/Biochemistry/Renal_Profile/Creatinine"], "analyte")
r(C, "24-hour urine creatinine", ["TR/Urine/24-Hour_Collection/Creatinine"], "analyte")
r(C, "urinary sodium excretion", ["TR/Urine/24-Hour_Collection/Sodium"], "analyte")
r(C, "serum Na", ["TR/Biochemistry/Renal_Profile/Sodium"], "abbreviation")
r(C, "calcium level", ["TR/Biochemistry/Bone_Profile/Calcium"], "analyte")
r(C, "urine calcium", ["TR/Urine/24-Hour_Collection/Calcium"], "analyte")
r(C, "urinary citrate", ["TR/Urine/24-Hour_Collection/Citrate"], "analyte")
r(C, "24h urine stone screen", ["TR/Urine/24-Hour_Collection"], "panel")
r(C, "eGFR", ["TR/Biochemistry/Renal_Profile/eGFR"], "abbreviation")
r(C, "K+", ["TR/Biochemistry/Renal_Profile/Potassium"], "abbreviation")
r(C, "cystatin C", ["TR/Biochemistry/Cystatin_C"], "analyte")
r(C, "renal profile", ["TR/Biochemistry/Renal_Profile"], "panel")
r(C, "bone profile", ["TR/Biochemistry/Bone_Profile"], "panel")
r(C, "PTH", ["TR/Biochemistry/Parathyroid_Hormone"], "abbreviation")
r(C, "serum urate", ["TR/Biochemistry/Uric_Acid"], "analyte")
r(C, "dip his urine", ["TR/Urine/Dipstick"], "panel")
r(C, "how much blood on the urine dip?", ["TR/Urine/Dipstick/Blood"], "analyte")
r(C, "urine microscopy - any red cell casts?", ["TR/Urine/Microscopy"], "analyte")
r(C, "MSU for culture", ["TR/Urine/Culture"], "abbreviation")
r(C, "uACR", ["TR/Urine/Albumin_Creatinine_Ratio"], "abbreviation")
r(C, "urine osmolality", ["TR/Urine/Osmolality_After_Overnight_Fast"], "analyte")
r(C, "Hb", ["TR/Haematology/Full_Blood_Count/Haemoglobin"], "abbreviation")
r(C, "haematocrit", ["TR/Haematology/Full_Blood_Count/Haematocrit"], "analyte")
r(C, "clotting", ["TR/Haematology/Coagulation"], "panel")
r(C, "USS kidneys", ["TR/Imaging/Renal_Ultrasound"], "imaging")
r(C, "ultrasound of the left kidney", ["TR/Imaging/Renal_Ultrasound/Left_Kidney"], "imaging")
r(C, "non-contrast CT KUB", ["TR/Imaging/CT_KUB"], "imaging")
r(C, "MRI kidneys for total kidney volume", ["TR/Imaging/MRI_Kidneys"], "imaging")
r(C, "screen for berry aneurysm with MR angiography", ["TR/Imaging/MR_Angiography_Brain"], "imaging")
r(C, "ABPM", ["TR/Ambulatory_Blood_Pressure_Monitoring"], "abbreviation")
r(C, "PKD1/PKD2 gene testing", ["TR/Genetic_Testing"], "analyte")
r(C, "Mayo imaging class", ["TR/Mayo_Imaging_Classification"], "section")
r(C, "Please send U&E, bone profile and a urine ACR",
  ["TR/Biochemistry/Renal_Profile", "TR/Biochemistry/Bone_Profile", "TR/Urine/Albumin_Creatinine_Ratio"],
  "sentence")
r(C, "Get an ECG and an echocardiogram", ["TR/ECG", "TR/Transthoracic_Echocardiogram"], "sentence")
r(C, "potasium", ["TR/Biochemistry/Renal_Profile/Potassium"], "typo")
r(C, "renal ultrasond", ["TR/Imaging/Renal_Ultrasound"], "typo")
r(C, "肾脏B超", ["TR/Imaging/Renal_Ultrasound"], "imaging")
r(C, "肌酐", ["TR/Biochemistry/Renal_Profile/Creatinine"], "analyte")
r(C, "肾区叩痛", ["PE/Renal_Angle_Tenderness"], "manoeuvre")
r(C, "头颅MRA", ["TR/Imaging/MR_Angiography_Brain"], "imaging")
r(C, "24小时尿钠", ["TR/Urine/24-Hour_Collection/Sodium"], "analyte")
r(C, "血尿酸", ["TR/Biochemistry/Uric_Acid"], "analyte")
# not available
r(C, "renal biopsy", [], "absent")
r(C, "ANCA", [], "absent")
r(C, "HbA1c", [], "absent")
r(C, "lipid profile", [], "absent")
r(C, "blood cultures", [], "absent")
r(C, "serum magnesium", [], "absent")
r(C, "cystoscopy", [], "absent")
r(C, "CT abdomen with IV contrast", [], "near_miss")
r(C, "CT angiogram of the head", [], "near_miss")
r(C, "urine protein:creatinine ratio", [], "near_miss")
r(C, "24 hour urine protein", [], "near_miss")
r(C, "urine potassium", [], "near_miss")
r(C, "24-hour urine urate", [], "near_miss")
r(C, "serum osmolality", [], "near_miss")
r(C, "ultrasound of the testes", [], "absent")
r(C, "INR", [], "near_miss")
r(C, "肾穿刺活检", [], "absent")
r(C, "尿蛋白定量", [], "near_miss")
r(C, "血脂", [], "absent")

# ---------------------------------------------------------------------------------------------------------------
# 2 — acute severe ulcerative colitis: nested abdominal examination, abbreviation-named blood panels, stool tests,
# endoscopy with scores and biopsies, severity criteria.
# ---------------------------------------------------------------------------------------------------------------
C = 2
r(C, "do a PR", ["PE/Abdominal_Examination/Digital_Rectal_Examination"], "abbreviation")
r(C, "inspect the perianal region for fistulae or tags", ["PE/Abdominal_Examination/Perianal_Inspection"],
  "manoeuvre")
r(C, "Is she guarding when you press on the abdomen?", ["PE/Abdominal_Examination/Palpation"], "manoeuvre")
r(C, "listen for bowel sounds", ["PE/Abdominal_Examination/Auscultation"], "manoeuvre")
r(C, "percuss - is liver dullness preserved?", ["PE/Abdominal_Examination/Percussion"], "manoeuvre")
r(C, "examine the abdomen", ["PE/Abdominal_Examination"], "section")
r(C, "look inside her mouth for ulcers", ["PE/Mouth"], "manoeuvre")
r(C, "examine the eyes", ["PE/Eyes"], "manoeuvre")
r(C, "look at the shins for erythema nodosum", ["PE/Skin"], "manoeuvre")
r(C, "bulge test on the right knee", ["PE/Joints"], "manoeuvre")
r(C, "cap refill", ["PE/General_Examination"], "abbreviation")
r(C, "stool chart for the last 24h", ["PE/Stool_Chart"], "section")
r(C, "heart rate", ["PE/Vital_Signs/Heart_Rate"], "manoeuvre")
r(C, "haemoglobin", ["TR/Bloods/FBC/Haemoglobin"], "analyte")
r(C, "platelet count", ["TR/Bloods/FBC/Platelets"], "analyte")
r(C, "FBC", ["TR/Bloods/FBC"], "abbreviation")
r(C, "C-reactive protein", ["TR/Bloods/CRP"], "analyte")
r(C, "what's the K?", ["TR/Bloods/U_and_E/Potassium"], "abbreviation")
r(C, "Mg", ["TR/Bloods/Magnesium"], "abbreviation")
r(C, "serum albumin", ["TR/Bloods/LFTs/Albumin"], "analyte")
r(C, "liver function tests", ["TR/Bloods/LFTs"], "panel")
r(C, "ferritin", ["TR/Bloods/Iron_Studies"], "analyte")
r(C, "iron studies", ["TR/Bloods/Iron_Studies"], "panel")
r(C, "lactate", ["TR/Bloods/Venous_Blood_Gas/Lactate"], "analyte")
r(C, "VBG", ["TR/Bloods/Venous_Blood_Gas"], "abbreviation")
r(C, "blood cultures", ["TR/Bloods/Blood_Cultures"], "panel")
r(C, "hep B serology", ["TR/Bloods/Pre-Biologic_Screen/Hepatitis_B"], "abbreviation")
r(C, "screening bloods before starting anti-TNF therapy", ["TR/Bloods/Pre-Biologic_Screen"], "panel")
r(C, "TB IGRA", ["TR/Bloods/Pre-Biologic_Screen/QuantiFERON-TB"], "abbreviation")
r(C, "varicella zoster IgG", ["TR/Bloods/Pre-Biologic_Screen/VZV_IgG"], "analyte")
r(C, "TPMT level", ["TR/Bloods/TPMT_Activity"], "abbreviation")
r(C, "stool MC&S", ["TR/Stool_Tests/Culture"], "abbreviation")
r(C, "C diff toxin", ["TR/Stool_Tests/C_difficile/Toxin_EIA"], "analyte")
r(C, "test the stool for C. difficile", ["TR/Stool_Tests/C_difficile"], "panel")
r(C, "faecal calprotectin", ["TR/Stool_Tests/Faecal_Calprotectin"], "analyte")
r(C, "stool ova, cysts and parasites", ["TR/Stool_Tests/Ova_Cysts_and_Parasites"], "analyte")
r(C, "AXR", ["TR/Abdominal_X-Ray"], "abbreviation")
r(C, "Is the transverse colon dilated on the plain abdominal film?", ["TR/Abdominal_X-Ray"], "imaging")
r(C, "erect chest x-ray for free air", ["TR/Erect_Chest_X-Ray"], "imaging")
r(C, "flexi sig", ["TR/Flexible_Sigmoidoscopy"], "endoscopy_function")
r(C, "histology of the rectal biopsies", ["TR/Flexible_Sigmoidoscopy/Biopsies/Histology"], "analyte")
r(C, "were the biopsies stained for CMV?", ["TR/Flexible_Sigmoidoscopy/Biopsies/CMV_Immunohistochemistry"],
  "analyte")
r(C, "Mayo endoscopic subscore", ["TR/Flexible_Sigmoidoscopy/Mayo_Endoscopic_Subscore"], "section")
r(C, "UCEIS", ["TR/Flexible_Sigmoidoscopy/UCEIS"], "abbreviation")
r(C, "Truelove and Witts severity", ["TR/Truelove_and_Witts_Criteria"], "section")
r(C, "Send FBC, CRP, U&E and LFTs please",
  ["TR/Bloods/FBC", "TR/Bloods/CRP", "TR/Bloods/U_and_E", "TR/Bloods/LFTs"], "sentence")
r(C, "Stool culture and C diff testing", ["TR/Stool_Tests/Culture", "TR/Stool_Tests/C_difficile"], "sentence")
r(C, "calprotecin", ["TR/Stool_Tests/Faecal_Calprotectin"], "typo")
r(C, "flexible sigmoidoscpy", ["TR/Flexible_Sigmoidoscopy"], "typo")
r(C, "血常规", ["TR/Bloods/FBC"], "panel")
r(C, "粪钙卫蛋白", ["TR/Stool_Tests/Faecal_Calprotectin"], "analyte")
r(C, "艰难梭菌毒素", ["TR/Stool_Tests/C_difficile/Toxin_EIA"], "analyte")
r(C, "肛门指检", ["PE/Abdominal_Examination/Digital_Rectal_Examination"], "manoeuvre")
r(C, "腹部平片", ["TR/Abdominal_X-Ray"], "imaging")
r(C, "血钾", ["TR/Bloods/U_and_E/Potassium"], "analyte")
# not available
r(C, "CT abdomen and pelvis", [], "absent")
r(C, "coeliac serology", [], "absent")
r(C, "coagulation screen", [], "absent")
r(C, "amylase", [], "absent")
r(C, "pANCA", [], "absent")
r(C, "ECG", [], "absent")
r(C, "slit-lamp examination", [], "absent")
r(C, "colonoscopy", [], "near_miss")
r(C, "OGD", [], "near_miss")
r(C, "ABG", [], "near_miss")
r(C, "faecal occult blood", [], "near_miss")
r(C, "CMV PCR on blood", [], "near_miss")
r(C, "aspirate the right knee and send the fluid", [], "near_miss")
r(C, "HBV DNA viral load", [], "near_miss")
r(C, "MR enterography", [], "near_miss")
r(C, "结肠镜", [], "near_miss")
r(C, "动脉血气", [], "near_miss")
r(C, "凝血四项", [], "absent")

# ---------------------------------------------------------------------------------------------------------------
# 3 — septic arthritis of the right hip in a child: per-side hips, log roll and knees; one-sided hip aspiration
# with synovial fluid analytes beside blood analytes of the same names.
# ---------------------------------------------------------------------------------------------------------------
C = 3
r(C, "log roll the right leg", ["PE/Log_Roll_Test/Right"], "manoeuvre")
r(C, "log roll test", ["PE/Log_Roll_Test"], "manoeuvre")
r(C, "look, feel and move both hips", ["PE/Hip_Examination"], "section")
r(C, "Gently move the left hip through its range", ["PE/Hip_Examination/Left/Move"], "manoeuvre")
r(C, "internally rotate the right hip", ["PE/Hip_Examination/Right/Move"], "manoeuvre")
r(C, "feel the right hip for warmth and tenderness", ["PE/Hip_Examination/Right/Feel"], "manoeuvre")
r(C, "Can he bear weight? Watch him try to walk", ["PE/Gait"], "manoeuvre")
r(C, "examine the knees", ["PE/Knee_Examination"], "manoeuvre")
r(C, "check the right knee", ["PE/Knee_Examination/Right"], "manoeuvre")
r(C, "spine and SI joints", ["PE/Spine_and_Sacroiliac_Joints"], "section")
r(C, "look at the throat and ears", ["PE/Ear_Nose_and_Throat"], "manoeuvre")
r(C, "feel for inguinal lymphadenopathy", ["PE/Lymph_Nodes"], "manoeuvre")
r(C, "CRT", ["PE/Vital_Signs/Capillary_Refill_Time"], "abbreviation")
r(C, "pain score", ["PE/Pain_Score"], "section")
r(C, "WCC", ["TR/Blood_Tests/Full_Blood_Count/White_Cell_Count"], "abbreviation")
r(C, "synovial fluid white cell count", ["TR/Right_Hip_Aspiration/Synovial_Fluid/White_Cell_Count"], "analyte")
r(C, "joint fluid glucose", ["TR/Right_Hip_Aspiration/Synovial_Fluid/Glucose"], "analyte")
r(C, "blood sugar", ["TR/Blood_Tests/Glucose"], "analyte")
r(C, "synovial lactate", ["TR/Right_Hip_Aspiration/Synovial_Fluid/Lactate"], "analyte")
r(C, "serum lactate", ["TR/Blood_Tests/Lactate"], "analyte")
r(C, "neutrophil count", ["TR/Blood_Tests/Full_Blood_Count/Neutrophils"], "analyte")
r(C, "Gram stain of the hip aspirate", ["TR/Right_Hip_Aspiration/Synovial_Fluid/Gram_Stain"], "analyte")
r(C, "culture of the joint fluid", ["TR/Right_Hip_Aspiration/Synovial_Fluid/Culture"], "analyte")
r(C, "polarised microscopy for crystals", ["TR/Right_Hip_Aspiration/Synovial_Fluid/Crystals"], "analyte")
r(C, "Kingella PCR", ["TR/Right_Hip_Aspiration/Synovial_Fluid/Kingella_kingae_PCR"], "analyte")
r(C, "aspirate the right hip", ["TR/Right_Hip_Aspiration"], "endoscopy_function")
r(C, "synovial fluid analysis", ["TR/Right_Hip_Aspiration/Synovial_Fluid"], "panel")
r(C, "blood culture", ["TR/Blood_Tests/Blood_Culture"], "analyte")
r(C, "procalcitonin", ["TR/Blood_Tests/Procalcitonin"], "analyte")
r(C, "ASOT", ["TR/Blood_Tests/Anti-Streptolysin_O_Titre"], "abbreviation")
r(C, "U&E", ["TR/Blood_Tests/Urea_and_Electrolytes"], "abbreviation")
r(C, "full blood count", ["TR/Blood_Tests/Full_Blood_Count"], "panel")
r(C, "ultrasound both hips", ["TR/Imaging/Ultrasound_Hips"], "imaging")
r(C, "US of the left hip", ["TR/Imaging/Ultrasound_Hips/Left"], "imaging")
r(C, "AP pelvis and frog-leg x-rays", ["TR/Imaging/X-Ray_Pelvis"], "imaging")
r(C, "MRI of the right hip", ["TR/Imaging/MRI_Right_Hip"], "imaging")
r(C, "Kocher criteria", ["TR/Kocher_Criteria"], "section")
r(C, "throat swab", ["TR/Throat_Swab"], "analyte")
r(C, "urine dip", ["TR/Urinalysis"], "abbreviation")
r(C, "FBC, ESR, CRP and blood cultures",
  ["TR/Blood_Tests/Full_Blood_Count", "TR/Blood_Tests/ESR", "TR/Blood_Tests/C-Reactive_Protein",
   "TR/Blood_Tests/Blood_Culture"], "sentence")
r(C, "I'd like the blood glucose and the joint fluid glucose to compare",
  ["TR/Blood_Tests/Glucose", "TR/Right_Hip_Aspiration/Synovial_Fluid/Glucose"], "sentence")
r(C, "procalcitonon", ["TR/Blood_Tests/Procalcitonin"], "typo")
r(C, "ultrasoud hips", ["TR/Imaging/Ultrasound_Hips"], "typo")
r(C, "髋关节超声", ["TR/Imaging/Ultrasound_Hips"], "imaging")
r(C, "关节液培养", ["TR/Right_Hip_Aspiration/Synovial_Fluid/Culture"], "analyte")
r(C, "血培养", ["TR/Blood_Tests/Blood_Culture"], "analyte")
r(C, "血沉", ["TR/Blood_Tests/ESR"], "analyte")
r(C, "查右髋关节活动度", ["PE/Hip_Examination/Right/Move"], "manoeuvre")
r(C, "关节液糖", ["TR/Right_Hip_Aspiration/Synovial_Fluid/Glucose"], "analyte")
# not available
r(C, "MRI of the left hip", [], "near_miss")
r(C, "aspirate the left hip", [], "near_miss")
r(C, "x-ray of the right knee", [], "near_miss")
r(C, "synovial fluid protein", [], "near_miss")
r(C, "LDH in the joint fluid", [], "near_miss")
r(C, "Kingella PCR on blood", [], "near_miss")
r(C, "urine culture", [], "near_miss")
r(C, "Trendelenburg test", [], "absent")
r(C, "FABER test of the hip", [], "absent")
r(C, "bone scan", [], "absent")
r(C, "lumbar puncture", [], "absent")
r(C, "coag screen", [], "absent")
r(C, "LFTs", [], "absent")
r(C, "Lyme serology", [], "absent")
r(C, "echocardiogram", [], "absent")
r(C, "左髋关节穿刺", [], "near_miss")
r(C, "尿培养", [], "near_miss")
r(C, "凝血功能", [], "absent")
r(C, "骨扫描", [], "absent")

# ---------------------------------------------------------------------------------------------------------------
# 4 — abdominal aortic aneurysm with a right popliteal aneurysm: pulses grouped by artery then per side; per-side
# bruits, duplex and ABPI; arterial gas; pre-operative function tests and risk scores.
# ---------------------------------------------------------------------------------------------------------------
C = 4
r(C, "palpate the abdomen for an expansile mass", ["PE/Abdominal_Examination/Palpation"], "manoeuvre")
r(C, "inspect the abdomen", ["PE/Abdominal_Examination/Inspection"], "manoeuvre")
r(C, "listen over the aorta for a bruit", ["PE/Abdominal_Examination/Auscultation"], "manoeuvre")
r(C, "feel both femoral pulses", ["PE/Peripheral_Pulses/Femoral"], "manoeuvre")
r(C, "right popliteal pulse", ["PE/Peripheral_Pulses/Popliteal/Right"], "manoeuvre")
r(C, "Feel behind the left knee for a pulse", ["PE/Peripheral_Pulses/Popliteal/Left"], "manoeuvre")
r(C, "foot pulses", ["PE/Peripheral_Pulses/Posterior_Tibial", "PE/Peripheral_Pulses/Dorsalis_Pedis"],
  "manoeuvre")
r(C, "L DP", ["PE/Peripheral_Pulses/Dorsalis_Pedis/Left"], "abbreviation")
r(C, "right posterior tibial pulse", ["PE/Peripheral_Pulses/Posterior_Tibial/Right"], "manoeuvre")
r(C, "feel the radial pulses", ["PE/Peripheral_Pulses/Radial"], "manoeuvre")
r(C, "auscultate over the carotids", ["PE/Bruits/Carotid"], "manoeuvre")
r(C, "any bruit over the left femoral?", ["PE/Bruits/Femoral/Left"], "manoeuvre")
r(C, "BP in both arms", ["PE/Blood_Pressure"], "manoeuvre")
r(C, "capillary refill in the toes", ["PE/Feet_and_Legs"], "manoeuvre")
r(C, "inspect the feet for ulcers or trash foot", ["PE/Feet_and_Legs"], "manoeuvre")
r(C, "listen to the heart", ["PE/Cardiovascular_Examination"], "manoeuvre")
r(C, "JVP", ["PE/Cardiovascular_Examination"], "abbreviation")
r(C, "auscultate the lungs", ["PE/Respiratory_Examination"], "manoeuvre")
r(C, "Press along the spine - is it tender?", ["PE/Back_Examination"], "manoeuvre")
r(C, "haemoglobin", ["TR/Blood_Tests/Full_Blood_Count"], "analyte")
r(C, "creatinine", ["TR/Blood_Tests/Renal_Function/Creatinine"], "analyte")
r(C, "renal function", ["TR/Blood_Tests/Renal_Function"], "panel")
r(C, "fibrinogen", ["TR/Blood_Tests/Coagulation_Screen"], "analyte")
r(C, "crossmatch 4 units", ["TR/Blood_Tests/Group_and_Crossmatch"], "panel")
r(C, "troponin", ["TR/Blood_Tests/High-Sensitivity_Troponin_T"], "analyte")
r(C, "serum amylase", ["TR/Blood_Tests/Amylase"], "analyte")
r(C, "A1c", ["TR/Blood_Tests/HbA1c"], "abbreviation")
r(C, "lipids", ["TR/Blood_Tests/Lipid_Profile"], "panel")
r(C, "ABG", ["TR/Arterial_Blood_Gas"], "abbreviation")
r(C, "what's the PaO2", ["TR/Arterial_Blood_Gas/pO2"], "abbreviation")
r(C, "lactate", ["TR/Arterial_Blood_Gas/Lactate"], "analyte")
r(C, "urinalysis", ["TR/Urinalysis"], "panel")
r(C, "ultrasound of the abdominal aorta", ["TR/Imaging/Aortic_Ultrasound"], "imaging")
r(C, "CTA aorta", ["TR/Imaging/CT_Angiogram_Aorta"], "abbreviation")
r(C, "duplex scan of both popliteal arteries", ["TR/Imaging/Arterial_Duplex_Popliteal"], "imaging")
r(C, "right popliteal duplex", ["TR/Imaging/Arterial_Duplex_Popliteal/Right"], "imaging")
r(C, "chest radiograph", ["TR/Imaging/Chest_X-Ray"], "imaging")
r(C, "ABPI", ["TR/Ankle-Brachial_Pressure_Index"], "abbreviation")
r(C, "left ankle brachial index", ["TR/Ankle-Brachial_Pressure_Index/Left"], "endoscopy_function")
r(C, "ECG", ["TR/ECG"], "endoscopy_function")
r(C, "TTE", ["TR/Transthoracic_Echocardiogram"], "abbreviation")
r(C, "lung function tests", ["TR/Pulmonary_Function_Tests"], "endoscopy_function")
r(C, "spirometry", ["TR/Pulmonary_Function_Tests/Spirometry"], "endoscopy_function")
r(C, "CPET", ["TR/Cardiopulmonary_Exercise_Test"], "abbreviation")
r(C, "anaerobic threshold", ["TR/Cardiopulmonary_Exercise_Test/Anaerobic_Threshold"], "endoscopy_function")
r(C, "ASA grade", ["TR/ASA_Grade"], "section")
r(C, "RCRI", ["TR/Revised_Cardiac_Risk_Index"], "abbreviation")
r(C, "Rockwood frailty score", ["TR/Clinical_Frailty_Scale"], "section")
r(C, "FBC, U&E, clotting and group and save",
  ["TR/Blood_Tests/Full_Blood_Count", "TR/Blood_Tests/Renal_Function", "TR/Blood_Tests/Coagulation_Screen",
   "TR/Blood_Tests/Group_and_Crossmatch"], "sentence")
r(C, "Feel the femoral, popliteal and pedal pulses on both sides",
  ["PE/Peripheral_Pulses/Femoral", "PE/Peripheral_Pulses/Popliteal", "PE/Peripheral_Pulses/Posterior_Tibial",
   "PE/Peripheral_Pulses/Dorsalis_Pedis"], "sentence")
r(C, "anuerysm ultrasound", ["TR/Imaging/Aortic_Ultrasound"], "typo")
r(C, "spirometery", ["TR/Pulmonary_Function_Tests/Spirometry"], "typo")
r(C, "腹主动脉CTA", ["TR/Imaging/CT_Angiogram_Aorta"], "imaging")
r(C, "足背动脉搏动", ["PE/Peripheral_Pulses/Dorsalis_Pedis"], "manoeuvre")
r(C, "踝肱指数", ["TR/Ankle-Brachial_Pressure_Index"], "endoscopy_function")
r(C, "肺功能", ["TR/Pulmonary_Function_Tests"], "endoscopy_function")
r(C, "血气分析", ["TR/Arterial_Blood_Gas"], "panel")
r(C, "交叉配血", ["TR/Blood_Tests/Group_and_Crossmatch"], "panel")
# not available
r(C, "VBG", [], "near_miss")
r(C, "troponin I", [], "near_miss")
r(C, "carotid duplex", [], "near_miss")
r(C, "MR angiogram of the aorta", [], "near_miss")
r(C, "toe pressures", [], "near_miss")
r(C, "feel the brachial pulses", [], "near_miss")
r(C, "dobutamine stress echo", [], "near_miss")
r(C, "lipase", [], "near_miss")
r(C, "BNP", [], "absent")
r(C, "D-dimer", [], "absent")
r(C, "coronary angiogram", [], "absent")
r(C, "thyroid function", [], "absent")
r(C, "Buerger's test", [], "absent")
r(C, "blood cultures", [], "absent")
r(C, "CT head", [], "absent")
r(C, "颈动脉彩超", [], "near_miss")
r(C, "静脉血气", [], "near_miss")
r(C, "冠脉造影", [], "absent")
r(C, "D-二聚体", [], "absent")


if __name__ == "__main__":
    with (HERE / "lookup.jsonl").open("w", encoding="utf-8") as f:
        for row in ROWS:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    cut = sum(len(v) for v in TRIMMED.values())
    assert len(DRAFT) == len(ROWS) + cut, "a TRIMMED request matches no draft row"
    print(len(DRAFT), "draft rows,", cut, "trimmed,", len(ROWS), "rows written")

"""Write lookup.jsonl: the newcases6/en blind lookup requests, labelled by hand against cases_en.jsonl."""
import json
import re
from pathlib import Path

HERE = Path(__file__).parent
P, T = "Physical_Examination_Findings/", "Test_Results/"
CJK = re.compile(r"[\u3400-\u9fff]")
ROWS = []


def r(case, kind, request, *keys):
    ROWS.append({"case_id": f"newcases6:en:{case}", "request": request, "expected_keys": list(keys),
                 "lang": "zh" if CJK.search(request) else "en", "kind": kind})


# 0 — papillary thyroid carcinoma
N0 = P + "Neck_Examination/"
B0 = T + "Blood_Tests/"
r(0, "manoeuvre", "palpate the thyroid", N0 + "Thyroid_Palpation")
r(0, "manoeuvre", "ask her to swallow while you feel the lump", N0 + "Swallow_Test")
r(0, "manoeuvre", "tongue protrusion test", N0 + "Tongue_Protrusion_Test")
r(0, "manoeuvre", "Pemberton's sign", N0 + "Pemberton_Sign")
r(0, "manoeuvre", "check for lid lag", P + "Thyroid_Status/Lid_Lag")
r(0, "manoeuvre", "Chvostek sign", P + "Chvostek_Sign")
r(0, "manoeuvre", "feel the lymph nodes on the right side of the neck", N0 + "Cervical_Lymph_Nodes/Right")
r(0, "manoeuvre", "摸摸甲状腺", N0 + "Thyroid_Palpation")
r(0, "section", "neck examination", P + "Neck_Examination")
r(0, "endoscopy_function", "flexible laryngoscopy", T + "Flexible_Laryngoscopy")
r(0, "endoscopy_function", "how does the right vocal cord move on laryngoscopy", T + "Flexible_Laryngoscopy/Right_Vocal_Cord")
r(0, "endoscopy_function", "喉镜检查", T + "Flexible_Laryngoscopy")
r(0, "endoscopy_function", "Bethesda category of the thyroid FNA", T + "Fine_Needle_Aspiration/Right_Thyroid_Nodule/Bethesda_Category")
r(0, "panel", "thyroid function tests", B0 + "Thyroid_Function_Tests")
r(0, "panel", "查一下甲状腺功能", B0 + "Thyroid_Function_Tests")
r(0, "abbreviation", "TSH", B0 + "Thyroid_Function_Tests/TSH")
r(0, "analyte", "serum calcitonin", B0 + "Serum_Calcitonin")
r(0, "analyte", "thyroglobulin", B0 + "Serum_Thyroglobulin")
r(0, "analyte", "thyroglobulin washout from the node aspirate", T + "Fine_Needle_Aspiration/Right_Level_III_Node/Thyroglobulin_Washout")
r(0, "panel", "FNA of the neck lymph node", T + "Fine_Needle_Aspiration/Right_Level_III_Node")
r(0, "imaging", "neck ultrasound", T + "Ultrasound_Neck")
r(0, "imaging", "CT of the neck", T + "CT_Neck_and_Chest")
r(0, "typo", "calcitonnin", B0 + "Serum_Calcitonin")
r(0, "sentence", "I'd like her calcium and phosphate please", B0 + "Bone_Profile/Adjusted_Calcium", B0 + "Bone_Profile/Phosphate")
r(0, "near_miss", "radioiodine uptake scan")
r(0, "near_miss", "甲状腺核素扫描")
r(0, "near_miss", "TSH receptor antibodies")
r(0, "near_miss", "FNA of the left thyroid lobe")
r(0, "near_miss", "parathyroid hormone")
r(0, "near_miss", "ionised calcium")
r(0, "near_miss", "PET-CT")
r(0, "near_miss", "laryngeal videostroboscopy")
r(0, "absent", "troponin")
r(0, "absent", "coagulation screen")
r(0, "absent", "尿常规")

# 1 — acute fatty liver of pregnancy
A1 = P + "Abdominal_Examination/"
B1 = T + "Blood_Tests/"
r(1, "manoeuvre", "check for asterixis", P + "Asterixis")
r(1, "manoeuvre", "test for shifting dullness", A1 + "Shifting_Dullness")
r(1, "manoeuvre", "measure the symphysis-fundal height", A1 + "Fundal_Height")
r(1, "manoeuvre", "listen to the fetal hearts", P + "Fetal_Heart_Auscultation")
r(1, "manoeuvre", "fetal heart rate of twin 2", P + "Fetal_Heart_Auscultation/Twin_2")
r(1, "manoeuvre", "check for ankle clonus", P + "Neurological_Examination/Ankle_Clonus")
r(1, "manoeuvre", "left knee jerk", P + "Neurological_Examination/Knee_Reflexes/Left")
r(1, "manoeuvre", "speculum examination", P + "Speculum_Examination")
r(1, "manoeuvre", "palpate the right upper quadrant", A1 + "Palpation/Right_Upper_Quadrant")
r(1, "manoeuvre", "查一下膝反射", P + "Neurological_Examination/Knee_Reflexes")
r(1, "manoeuvre", "听胎心", P + "Fetal_Heart_Auscultation")
r(1, "endoscopy_function", "GCS", P + "Neurological_Examination/Glasgow_Coma_Scale")
r(1, "endoscopy_function", "Swansea criteria", T + "Swansea_Criteria")
r(1, "endoscopy_function", "CTG", T + "Cardiotocography")
r(1, "endoscopy_function", "CTG of the first twin", T + "Cardiotocography/Twin_1")
r(1, "endoscopy_function", "胎心监护", T + "Cardiotocography")
r(1, "panel", "coagulation screen", B1 + "Coagulation_Screen")
r(1, "abbreviation", "LFTs", B1 + "Liver_Function_Tests")
r(1, "panel", "viral hepatitis serology", B1 + "Viral_Hepatitis_Screen")
r(1, "panel", "肝功能", B1 + "Liver_Function_Tests")
r(1, "analyte", "ammonia", B1 + "Ammonia")
r(1, "analyte", "uric acid", B1 + "Renal_Function/Urate")
r(1, "analyte", "bilirubin", B1 + "Liver_Function_Tests/Bilirubin")
r(1, "analyte", "urine bilirubin", T + "Urine_Tests/Dipstick/Bilirubin")
r(1, "analyte", "血氨", B1 + "Ammonia")
r(1, "typo", "fibrinogn", B1 + "Coagulation_Screen/Fibrinogen")
r(1, "section", "urine tests", T + "Urine_Tests")
r(1, "imaging", "umbilical artery Dopplers", T + "Obstetric_Ultrasound/Umbilical_Artery_Doppler")
r(1, "imaging", "ultrasound of the liver", T + "Liver_Ultrasound")
r(1, "sentence", "Please get her glucose, lactate and ammonia", B1 + "Glucose", B1 + "Lactate", B1 + "Ammonia")
r(1, "near_miss", "middle cerebral artery Doppler")
r(1, "near_miss", "胎儿大脑中动脉血流")
r(1, "near_miss", "24-hour urine protein")
r(1, "near_miss", "24小时尿蛋白定量")
r(1, "near_miss", "arterial blood gas")
r(1, "near_miss", "hepatitis B core antibody")
r(1, "near_miss", "liver biopsy")
r(1, "near_miss", "sFlt-1/PlGF ratio")
r(1, "absent", "thyroid function tests")
r(1, "absent", "D-dimer")
r(1, "absent", "blood group and antibody screen")

# 2 — neuroblastoma
A2 = P + "Abdominal_Examination/"
r(2, "manoeuvre", "look for periorbital bruising", P + "Skin/Periorbital_Ecchymoses")
r(2, "manoeuvre", "palpate the abdomen for a mass", A2 + "Palpation/Mass")
r(2, "manoeuvre", "is the mass ballotable", A2 + "Ballotability")
r(2, "manoeuvre", "feel for the liver edge", A2 + "Palpation/Liver")
r(2, "manoeuvre", "examine the testes", P + "Testicular_Examination")
r(2, "manoeuvre", "check the pupils", P + "Eyes/Pupils")
r(2, "manoeuvre", "look for Horner syndrome", P + "Eyes/Horner_Syndrome")
r(2, "manoeuvre", "check for opsoclonus", P + "Eyes/Opsoclonus")
r(2, "manoeuvre", "feel the lymph nodes on the left side of the neck", P + "Lymph_Nodes/Cervical/Left")
r(2, "manoeuvre", "examine the hips", P + "Musculoskeletal_Examination/Hips")
r(2, "manoeuvre", "摸一下脾脏", A2 + "Palpation/Spleen")
r(2, "manoeuvre", "右眼突出", P + "Eyes/Proptosis/Right")
r(2, "section", "vital signs", P + "Vital_Signs")
r(2, "abbreviation", "FBC", T + "Full_Blood_Count")
r(2, "panel", "clotting screen", T + "Coagulation")
r(2, "panel", "urinary catecholamine metabolites", T + "Urine_Catecholamine_Metabolites")
r(2, "abbreviation", "VMA", T + "Urine_Catecholamine_Metabolites/Vanillylmandelic_Acid")
r(2, "abbreviation", "LDH", T + "Biochemistry/Lactate_Dehydrogenase")
r(2, "analyte", "ferritin", T + "Biochemistry/Ferritin")
r(2, "analyte", "platelet count", T + "Full_Blood_Count/Platelets")
r(2, "panel", "bone marrow aspirates", T + "Bone_Marrow_Examination/Right_Posterior_Iliac_Crest/Aspirate",
  T + "Bone_Marrow_Examination/Left_Posterior_Iliac_Crest/Aspirate")
r(2, "panel", "left-sided bone marrow trephine", T + "Bone_Marrow_Examination/Left_Posterior_Iliac_Crest/Trephine")
r(2, "analyte", "MYCN amplification", T + "Tumour_Biopsy/MYCN_Status")
r(2, "endoscopy_function", "hearing test", T + "Audiology")
r(2, "endoscopy_function", "audiogram of the right ear", T + "Audiology/Pure_Tone_Audiometry/Right_Ear")
r(2, "endoscopy_function", "measured GFR", T + "Glomerular_Filtration_Rate_Measurement")
r(2, "imaging", "MIBG scan", T + "MIBG_Scan")
r(2, "imaging", "腹部B超", T + "Abdominal_Ultrasound")
r(2, "typo", "echocardiagram", T + "Echocardiogram")
r(2, "sentence", "I want the urine VMA and HVA", T + "Urine_Catecholamine_Metabolites/Vanillylmandelic_Acid",
  T + "Urine_Catecholamine_Metabolites/Homovanillic_Acid")
r(2, "near_miss", "tympanometry")
r(2, "near_miss", "urine metanephrines")
r(2, "near_miss", "neuron-specific enolase")
r(2, "near_miss", "bone marrow flow cytometry")
r(2, "near_miss", "MRI abdomen")
r(2, "near_miss", "骨扫描")
r(2, "near_miss", "skeletal survey")
r(2, "absent", "CRP")
r(2, "absent", "腰穿")
r(2, "absent", "EEG")

# 3 — peritonsillar abscess
O3 = P + "Oropharyngeal_Examination/"
NA3 = T + "Needle_Aspiration_Left_Peritonsillar/"
r(3, "manoeuvre", "measure mouth opening", P + "Trismus")
r(3, "manoeuvre", "look at the tonsils", O3 + "Right_Tonsil", O3 + "Left_Tonsil")
r(3, "manoeuvre", "look at the left tonsil", O3 + "Left_Tonsil")
r(3, "manoeuvre", "check the position of the uvula", O3 + "Uvula")
r(3, "manoeuvre", "otoscopy", P + "Otoscopy")
r(3, "manoeuvre", "look in the left ear", P + "Otoscopy/Left_Ear")
r(3, "manoeuvre", "listen for stridor", P + "Airway_Assessment/Stridor")
r(3, "manoeuvre", "feel the neck nodes", P + "Neck_Examination/Lymph_Nodes")
r(3, "manoeuvre", "palpate the spleen", P + "Abdominal_Examination/Spleen")
r(3, "manoeuvre", "看一下扁桃体", O3 + "Right_Tonsil", O3 + "Left_Tonsil")
r(3, "manoeuvre", "查一下张口度", P + "Trismus")
r(3, "section", "airway assessment", P + "Airway_Assessment")
r(3, "endoscopy_function", "Centor score", P + "Modified_Centor_Score")
r(3, "endoscopy_function", "nasendoscopy", T + "Flexible_Nasendoscopy")
r(3, "endoscopy_function", "what did the scope show at the supraglottis", T + "Flexible_Nasendoscopy/Supraglottis")
r(3, "endoscopy_function", "纤维喉镜", T + "Flexible_Nasendoscopy")
r(3, "panel", "needle aspiration of the quinsy", T + "Needle_Aspiration_Left_Peritonsillar")
r(3, "analyte", "Gram stain of the pus", NA3 + "Pus_Microbiology/Gram_Stain")
r(3, "analyte", "anaerobic culture of the aspirate", NA3 + "Pus_Microbiology/Anaerobic_Culture")
r(3, "panel", "throat swab", T + "Throat_Swab")
r(3, "panel", "glandular fever screen", T + "Infectious_Mononucleosis_Screen")
r(3, "analyte", "Monospot", T + "Infectious_Mononucleosis_Screen/Monospot")
r(3, "analyte", "neutrophil count", T + "Full_Blood_Count/Neutrophils")
r(3, "abbreviation", "U&Es", T + "Urea_and_Electrolytes")
r(3, "imaging", "contrast CT of the neck", T + "CT_Neck_with_Contrast")
r(3, "imaging", "颈部增强CT", T + "CT_Neck_with_Contrast")
r(3, "typo", "nasendocsopy", T + "Flexible_Nasendoscopy")
r(3, "sentence", "Can I see his white count and CRP?", T + "Full_Blood_Count/White_Cell_Count", T + "C-Reactive_Protein")
r(3, "near_miss", "blood cultures")
r(3, "near_miss", "血培养")
r(3, "near_miss", "ultrasound of the neck")
r(3, "near_miss", "颈部超声")
r(3, "near_miss", "lateral soft-tissue neck x-ray")
r(3, "near_miss", "ASO titre")
r(3, "near_miss", "rapid strep antigen test")
r(3, "near_miss", "needle aspiration of the right peritonsillar space")
r(3, "absent", "LFTs")
r(3, "absent", "chest x-ray")
r(3, "absent", "ECG")

# 4 — amyotrophic lateral sclerosis
C4, U4, L4 = P + "Cranial_Nerve_Examination/", P + "Upper_Limbs/", P + "Lower_Limbs/"
NP4 = T + "Neurophysiology/"
RF4 = T + "Respiratory_Function/"
r(4, "manoeuvre", "jaw jerk", C4 + "Jaw_Jerk")
r(4, "manoeuvre", "look at the tongue for fasciculations", C4 + "Tongue")
r(4, "manoeuvre", "Hoffmann's sign", U4 + "Hoffmann_Sign")
r(4, "manoeuvre", "Hoffmann on the left", U4 + "Hoffmann_Sign/Left")
r(4, "manoeuvre", "check for clonus", L4 + "Ankle_Clonus")
r(4, "manoeuvre", "ankle clonus on the right", L4 + "Ankle_Clonus/Right")
r(4, "manoeuvre", "plantar responses", L4 + "Plantar_Responses")
r(4, "manoeuvre", "Babinski on the left", L4 + "Plantar_Responses/Left")
r(4, "manoeuvre", "test the gag reflex", C4 + "Gag_Reflex")
r(4, "manoeuvre", "supinator jerks", U4 + "Reflexes/Supinator")
r(4, "manoeuvre", "ankle jerks", L4 + "Reflexes/Ankle")
r(4, "manoeuvre", "test power in the right hand", U4 + "Power/Right")
r(4, "manoeuvre", "ask him to count on a single breath", P + "Respiratory_Examination/Single_Breath_Count")
r(4, "manoeuvre", "查一下巴氏征", L4 + "Plantar_Responses")
r(4, "manoeuvre", "查一下下颌反射", C4 + "Jaw_Jerk")
r(4, "manoeuvre", "查踝阵挛", L4 + "Ankle_Clonus")
r(4, "abbreviation", "EMG", NP4 + "Electromyography")
r(4, "endoscopy_function", "nerve conduction studies", NP4 + "Nerve_Conduction_Studies")
r(4, "endoscopy_function", "EMG of the tongue", NP4 + "Electromyography/Tongue")
r(4, "endoscopy_function", "ALSFRS-R", P + "ALS_Functional_Rating_Scale_Revised")
r(4, "endoscopy_function", "ECAS cognitive screen", P + "Cognition/Edinburgh_Cognitive_and_Behavioural_ALS_Screen")
r(4, "endoscopy_function", "supine FVC", RF4 + "Forced_Vital_Capacity/Supine")
r(4, "endoscopy_function", "sniff nasal inspiratory pressure", RF4 + "Sniff_Nasal_Inspiratory_Pressure")
r(4, "endoscopy_function", "overnight oximetry", T + "Overnight_Oximetry")
r(4, "endoscopy_function", "肌电图", NP4 + "Electromyography")
r(4, "endoscopy_function", "videofluoroscopy", T + "Videofluoroscopic_Swallow_Study")
r(4, "abbreviation", "CK", T + "Blood_Tests/Creatine_Kinase")
r(4, "analyte", "pCO2", T + "Arterial_Blood_Gas/pCO2")
r(4, "typo", "Hofmann sign", U4 + "Hoffmann_Sign")
r(4, "section", "genetic tests", T + "Genetic_Testing")
r(4, "imaging", "MRI of the spine", T + "MRI_Brain_and_Whole_Spine")
r(4, "sentence", "Can we check his FVC lying and sitting, and an arterial gas?", RF4 + "Forced_Vital_Capacity",
  T + "Arterial_Blood_Gas")
r(4, "near_miss", "MMSE")
r(4, "near_miss", "repetitive nerve stimulation")
r(4, "near_miss", "重复神经电刺激")
r(4, "near_miss", "acetylcholine receptor antibodies")
r(4, "near_miss", "EMG of the right tibialis anterior")
r(4, "near_miss", "single-fibre EMG")
r(4, "near_miss", "muscle biopsy")
r(4, "near_miss", "CT head")
r(4, "near_miss", "FUS gene testing")
r(4, "absent", "lumbar puncture")
r(4, "absent", "HbA1c")
r(4, "absent", "胸片")

# 5 — SJS / TEN overlap
S5, M5 = P + "Skin_Examination/", P + "Mucosal_Examination/"
B5 = T + "Blood_Tests/"
r(5, "manoeuvre", "Nikolsky sign", S5 + "Nikolsky_Sign")
r(5, "manoeuvre", "press on an intact blister to see if it spreads", S5 + "Asboe-Hansen_Sign")
r(5, "manoeuvre", "look in the mouth", M5 + "Oral")
r(5, "manoeuvre", "examine the genital mucosa", M5 + "Genital")
r(5, "manoeuvre", "check capillary refill", P + "Fluid_Status/Capillary_Refill_Time")
r(5, "manoeuvre", "estimate the body surface area of skin detachment", S5 + "Epidermal_Detachment")
r(5, "manoeuvre", "查一下尼氏征", S5 + "Nikolsky_Sign")
r(5, "manoeuvre", "看一下口腔黏膜", M5 + "Oral")
r(5, "typo", "nickolsky sign", S5 + "Nikolsky_Sign")
r(5, "endoscopy_function", "SCORTEN", T + "SCORTEN")
r(5, "endoscopy_function", "slit lamp examination", T + "Ophthalmology_Slit_Lamp")
r(5, "endoscopy_function", "slit lamp of the right eye", T + "Ophthalmology_Slit_Lamp/Right_Eye")
r(5, "endoscopy_function", "眼科裂隙灯检查", T + "Ophthalmology_Slit_Lamp")
r(5, "abbreviation", "ECG", T + "Electrocardiogram")
r(5, "abbreviation", "U&E", B5 + "Urea_and_Electrolytes")
r(5, "panel", "full blood count", B5 + "Full_Blood_Count")
r(5, "section", "microbiology", T + "Microbiology")
r(5, "analyte", "eosinophil count", B5 + "Full_Blood_Count/Eosinophils")
r(5, "analyte", "bicarbonate", B5 + "Bicarbonate")
r(5, "analyte", "mycoplasma serology", B5 + "Mycoplasma_pneumoniae_Serology")
r(5, "analyte", "HSV PCR", T + "Microbiology/Lesion_HSV_PCR")
r(5, "analyte", "血糖", B5 + "Glucose")
r(5, "panel", "skin biopsy", T + "Skin_Biopsy")
r(5, "analyte", "direct immunofluorescence", T + "Skin_Biopsy/Direct_Immunofluorescence")
r(5, "panel", "皮肤活检", T + "Skin_Biopsy")
r(5, "imaging", "胸片", T + "Chest_X-Ray")
r(5, "sentence", "I need the urea, bicarbonate and glucose for the SCORTEN", B5 + "Urea_and_Electrolytes/Urea",
  B5 + "Bicarbonate", B5 + "Glucose")
r(5, "near_miss", "indirect immunofluorescence")
r(5, "near_miss", "间接免疫荧光")
r(5, "near_miss", "frozen section of the skin")
r(5, "near_miss", "mycoplasma PCR")
r(5, "near_miss", "支原体PCR")
r(5, "near_miss", "conjunctival swab culture")
r(5, "near_miss", "HLA-B*15:02 genotyping")
r(5, "near_miss", "arterial blood gas")
r(5, "absent", "procalcitonin")
r(5, "absent", "troponin")
r(5, "absent", "凝血功能")


# Trimmed from the 237-row first draft to bring it near the brief's size and its 30-45 % not-held share
# (held rows only); "右眼突出" (a finding, not a request) and "microbiology" on row 5 (whether the serologies
# and HIV test filed under Blood_Tests belong) dropped as readable two ways.
DROPPED = {
    (0, "tongue protrusion test"), (0, "check for lid lag"), (0, "neck examination"), (0, "喉镜检查"),
    (0, "TSH"), (0, "CT of the neck"), (0, "calcitonnin"), (0, "serum calcitonin"),
    (1, "measure the symphysis-fundal height"), (1, "listen to the fetal hearts"), (1, "speculum examination"),
    (1, "palpate the right upper quadrant"), (1, "CTG"), (1, "viral hepatitis serology"), (1, "uric acid"),
    (1, "ultrasound of the liver"), (1, "urine tests"), (1, "fibrinogn"),
    (2, "右眼突出"), (2, "feel for the liver edge"), (2, "examine the testes"), (2, "check for opsoclonus"),
    (2, "examine the hips"), (2, "FBC"), (2, "clotting screen"), (2, "ferritin"), (2, "platelet count"),
    (2, "measured GFR"), (2, "MYCN amplification"), (2, "LDH"),
    (3, "check the position of the uvula"), (3, "otoscopy"), (3, "palpate the spleen"), (3, "查一下张口度"),
    (3, "neutrophil count"), (3, "U&Es"), (3, "contrast CT of the neck"), (3, "throat swab"), (3, "Monospot"),
    (4, "test the gag reflex"), (4, "supinator jerks"), (4, "ankle clonus on the right"), (4, "查踝阵挛"),
    (4, "overnight oximetry"), (4, "videofluoroscopy"), (4, "sniff nasal inspiratory pressure"), (4, "CK"),
    (4, "pCO2"), (4, "ask him to count on a single breath"),
    (5, "microbiology"), (5, "check capillary refill"), (5, "examine the genital mucosa"), (5, "ECG"),
    (5, "full blood count"), (5, "HSV PCR"), (5, "slit lamp examination"), (5, "mycoplasma serology"),
}


if __name__ == "__main__":
    with (HERE / "lookup.jsonl").open("w", encoding="utf-8") as f:
        for row in ROWS:
            if (int(row["case_id"].rsplit(":", 1)[1]), row["request"]) in DROPPED:
                continue
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(ROWS), "drafted,", len(DROPPED), "dropped")
    kept = {(int(r["case_id"].rsplit(":", 1)[1]), r["request"]) for r in ROWS}
    assert DROPPED <= kept, DROPPED - kept

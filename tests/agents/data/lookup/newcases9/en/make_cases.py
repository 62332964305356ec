"""Write cases_en.jsonl: 6 new English AgentClinic OSCE cases for the newcases9 blind lookup set (part en)."""

import json
from pathlib import Path

from dxgym.evaluation.lookup_sets import osce_patient, osce_value

HERE = Path(__file__).parent


# AgentClinic's value and patient blocks are every English part's (dxgym.evaluation.lookup_sets).
VR, PA = osce_value, osce_patient


CASES = []

# 0 — rheumatology: Behcet disease with bilateral panuveitis and a left femoral-vein thrombosis
CASES.append({
    "Objective_for_Doctor": "Assess a young man with recurrent mouth ulcers, a painful red eye and a swollen leg.",
    "Patient_Actor": PA("29-year-old man of Turkish descent",
                        "Painful mouth ulcers at least five times a year for four years; two episodes of painful "
                        "scrotal ulcers that healed with scarring; two weeks of blurred vision and floaters in both "
                        "eyes, worse on the left; tender red lumps on both shins; for five days a swollen, aching "
                        "left leg. Spots appear where he has had blood taken.",
                        "Blurred vision with floaters", ["Recurrent oral ulcers", "Genital ulcers",
                                                         "Painful shin nodules", "Swollen left leg",
                                                         "Knee pain"],
                        "Nil", "Works as a chef; smokes 10 a day", "None",
                        "No diarrhoea, no headache, no cough or haemoptysis"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Temperature": "37.6 C", "Heart_Rate": "92 bpm", "Blood_Pressure": "124/78 mmHg",
                        "Respiratory_Rate": "14/min", "Oxygen_Saturation": "98% on air"},
        "Oral_Cavity": {"Aphthous_Ulcers": "Three 5-8 mm ulcers with yellow base and red halo on the buccal "
                                           "mucosa and tongue",
                        "Pharynx": "Normal"},
        "Genital_Examination": {"Scrotum": "Two healed atrophic scars on the scrotum, no active ulcer",
                                "Penis": "Normal"},
        "Skin": {"Erythema_Nodosum": "Tender red nodules on both anterior shins",
                 "Papulopustular_Lesions": "Sterile pustules on the back",
                 "Superficial_Thrombophlebitis": "Tender cord over the right long saphenous vein"},
        "Pathergy_Test": "Positive: 2 mm papule at 48 h at the forearm needle-prick site",
        "Eye_Examination": {
            "Visual_Acuity": {"Right_Eye": "6/12", "Left_Eye": "6/36"},
            "Slit_Lamp": {"Right_Eye": "Anterior chamber cells 2+, no hypopyon",
                          "Left_Eye": "Anterior chamber cells 3+, layered hypopyon 1 mm"},
            "Intraocular_Pressure": {"Right_Eye": "14 mmHg", "Left_Eye": "16 mmHg"},
            "Dilated_Fundoscopy": {"Right_Eye": "Vitritis 1+, retinal vasculitis along the inferior arcade",
                                   "Left_Eye": "Vitritis 2+, occlusive retinal vasculitis with intraretinal "
                                               "haemorrhages"},
        },
        "Lower_Limbs": {
            "Calf_Circumference": {"Right": "36 cm", "Left": "40 cm"},
            "Left_Leg": "Pitting oedema to the thigh, dilated superficial veins",
            "Homans_Sign": "Negative",
        },
        "Joints": {"Knees": {"Right": "Small effusion, warm", "Left": "Normal"},
                   "Ankles": "Normal"},
        "Neurological_Examination": "Cranial nerves normal, no pyramidal signs, gait normal",
    },
    "Test_Results": {
        "Blood_Tests": {
            "Full_Blood_Count": {"Haemoglobin": "131 g/L", "White_Cell_Count": "11.6 x10^9/L",
                                 "Platelets": "398 x10^9/L"},
            "Inflammatory_Markers": {"ESR": VR("46 mm/h", "0-15 mm/h"), "CRP": "38 mg/L"},
            "HLA-B51": {"Result": "Positive"},
            "Autoantibodies": {"ANA": "Negative", "ANCA": "Negative", "Antiphospholipid_Antibodies":
                               {"Lupus_Anticoagulant": "Negative", "Anticardiolipin_IgG": "Negative",
                                "Anti-Beta2_Glycoprotein_I": "Negative"}},
            "Infection_Screen": {"QuantiFERON-TB_Gold": "Negative", "Syphilis_Serology": "Negative",
                                 "HIV": "Negative", "Hepatitis_B_Surface_Antigen": "Negative"},
            "Renal_Function": {"Creatinine": "78 umol/L", "eGFR": ">90 mL/min/1.73m2"},
            "D-Dimer": "2.4 mg/L FEU",
        },
        "Urinalysis": {"Protein": "Negative", "Blood": "Negative"},
        "Venous_Duplex_Ultrasound": {"Left_Leg": "Non-compressible common femoral and femoral veins with "
                                                 "thrombus; popliteal vein patent",
                                     "Right_Leg": "Deep veins compressible; thrombosed long saphenous vein"},
        "Fundus_Fluorescein_Angiography": {"Right_Eye": "Diffuse fern-like capillary leakage",
                                           "Left_Eye": "Leakage with areas of capillary non-perfusion"},
        "Optical_Coherence_Tomography": {"Right_Eye": "No macular oedema",
                                         "Left_Eye": "Cystoid macular oedema, central thickness 480 um"},
        "Knee_Joint_Aspiration": {"Side": "Right knee", "Appearance": "Turbid yellow",
                                  "Synovial_Fluid_Analysis": {"White_Cells": "8,400 /uL",
                                                              "Crystals": "None seen",
                                                              "Gram_Stain": "No organisms"}},
        "Chest_X-Ray": "Normal; no pulmonary artery aneurysm",
        "International_Criteria_for_Behcet_Disease": "Score 7 (oral 2, genital 2, ocular 2, skin 1)",
    },
    "Correct_Diagnosis": "Behcet disease with bilateral panuveitis and retinal vasculitis and left femoral deep "
                         "vein thrombosis",
})

# 1 — haematology: classical Hodgkin lymphoma, nodular sclerosis, stage IIB bulky mediastinal
CASES.append({
    "Objective_for_Doctor": "Assess a young woman with a lump in the neck, night sweats and itching.",
    "Patient_Actor": PA("24-year-old woman",
                        "Three months of a painless lump in the left side of the neck, drenching night sweats, "
                        "generalised itching and 7 kg weight loss; lately a dry cough and breathlessness lying "
                        "flat. The neck lump aches after a glass of wine.",
                        "Lump in the left neck", ["Night sweats", "Itching", "Weight loss", "Dry cough",
                                                  "Alcohol-induced node pain"],
                        "Infectious mononucleosis at 16", "Student; no smoking", "Cetirizine",
                        "No fevers on record, no bone pain, no abdominal pain"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Temperature": "37.9 C", "Heart_Rate": "104 bpm", "Blood_Pressure": "112/70 mmHg",
                        "Respiratory_Rate": "20/min", "Oxygen_Saturation": "96% on air"},
        "Performance_Status_ECOG": "1",
        "General": {"Pallor": "Mild", "Excoriations": "Scratch marks on arms and trunk", "Jaundice": "Absent"},
        "Lymph_Node_Examination": {
            "Cervical": {"Right": "Not enlarged",
                         "Left": "Matted rubbery 4 x 3 cm node in the lower deep cervical chain, non-tender"},
            "Supraclavicular": {"Right": "Not enlarged", "Left": "2 cm firm node"},
            "Axillary": {"Right": "Not enlarged", "Left": "Not enlarged"},
            "Inguinal": {"Right": "Not enlarged", "Left": "Not enlarged"},
        },
        "Head_and_Neck": {"Tonsils_and_Waldeyer_Ring": "Normal", "Pemberton_Sign": "Negative",
                          "Trachea": "Central"},
        "Chest_Examination": {"Percussion": "Dull over the upper sternum", "Auscultation": "Vesicular, no "
                                                                                           "added sounds"},
        "Abdominal_Examination": {"Liver": "Not palpable", "Spleen": "Tip palpable on inspiration",
                                  "Ascites": "None"},
    },
    "Test_Results": {
        "Full_Blood_Count": {"Haemoglobin": VR("104 g/L", "115-165 g/L"), "White_Cell_Count": "14.2 x10^9/L",
                             "Neutrophils": "11.8 x10^9/L", "Lymphocytes": VR("0.5 x10^9/L", "1.0-4.0 x10^9/L"),
                             "Eosinophils": "0.9 x10^9/L", "Platelets": "452 x10^9/L"},
        "ESR": "88 mm/h",
        "Biochemistry": {"Albumin": "33 g/L", "Lactate_Dehydrogenase": "310 U/L",
                         "Alkaline_Phosphatase": "142 U/L", "Calcium": "2.41 mmol/L",
                         "Creatinine": "62 umol/L", "Uric_Acid": "0.31 mmol/L"},
        "Virology": {"HIV": "Negative", "Hepatitis_B": {"HBsAg": "Negative", "Anti-HBc": "Negative"},
                     "Hepatitis_C_Antibody": "Negative", "EBV_Serology": "VCA IgG positive, EBNA positive"},
        "Pregnancy_Test": "Serum beta-hCG negative",
        "Excision_Biopsy_Left_Cervical_Node": {
            "Histology": "Nodular sclerosis with collagen bands; lacunar Reed-Sternberg cells",
            "Immunohistochemistry": {"CD30": "Positive", "CD15": "Positive", "CD20": "Negative",
                                     "CD45": "Negative", "PAX5": "Weakly positive", "EBER_ISH": "Negative"},
        },
        "PET-CT": {"Staging_Findings": "FDG-avid left cervical, left supraclavicular and anterior mediastinal "
                                       "nodes; mediastinal mass 11 cm; no splenic or marrow uptake",
                   "Stage": "Ann Arbor IIB, bulky"},
        "Chest_X-Ray": {"PA_View": "Widened mediastinum", "Mediastinal_Thoracic_Ratio": "0.42"},
        "Echocardiogram": {"LVEF": "62%", "Pericardium": "Small anterior effusion"},
        "Pulmonary_Function_Tests": {"FEV1": "82% predicted", "FVC": "80% predicted",
                                     "DLCO": VR("78% predicted", ">80% predicted")},
        "Electrocardiogram": "Sinus tachycardia",
        "Fertility_Counselling": {"Anti-Mullerian_Hormone": "3.1 ug/L"},
    },
    "Correct_Diagnosis": "Classical Hodgkin lymphoma, nodular sclerosis, Ann Arbor stage IIB with bulky "
                         "mediastinal disease",
})

# 2 — paediatric neurology: Duchenne muscular dystrophy (exon 45-50 deletion), 6-year-old
CASES.append({
    "Objective_for_Doctor": "Assess a 6-year-old boy who falls often and struggles with stairs.",
    "Patient_Actor": PA("6-year-old boy",
                        "Walked at 18 months; has always been slower than his friends; falls often, cannot "
                        "jump with both feet, climbs stairs one at a time holding the rail, walks on his toes. "
                        "Nursery noted speech delay. A maternal uncle used a wheelchair from age 11 and died young.",
                        "Frequent falls", ["Difficulty climbing stairs", "Toe walking", "Calf enlargement",
                                           "Speech delay"],
                        "Speech delay; raised ALT found on a blood test at age 3", "Lives with mother and sister",
                        "None", "No muscle cramps with dark urine, no breathing trouble at night"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Heart_Rate": "104 bpm", "Blood_Pressure": "98/60 mmHg", "Respiratory_Rate": "20/min"},
        "Growth": {"Height": "109 cm (9th centile)", "Weight": "19 kg (50th centile)"},
        "Inspection": {"Calves": "Bilateral calf pseudohypertrophy, firm rubbery", "Lumbar_Lordosis":
                       "Increased", "Scapular_Winging": "Mild, both sides", "Fasciculations": "None"},
        "Gait": {"Pattern": "Waddling, on toes", "Running": "Slow with a broad base", "Heel_Walking": "Unable"},
        "Gowers_Sign": "Positive: climbs up his thighs with his hands to stand from the floor",
        "Power_MRC": {
            "Upper_Limbs": {"Shoulder_Abduction": {"Right": "4", "Left": "4"},
                            "Elbow_Flexion": "4+ both sides", "Grip": "5 both sides"},
            "Lower_Limbs": {"Hip_Extension": {"Right": "3", "Left": "3"},
                            "Hip_Flexion": {"Right": "4-", "Left": "4-"},
                            "Knee_Extension": "4 both sides", "Ankle_Dorsiflexion": "4 both sides"},
            "Neck_Flexion": "3",
        },
        "Reflexes": {"Biceps": "Present both sides", "Knee_Jerks": {"Right": "Absent", "Left": "Absent"},
                     "Ankle_Jerks": {"Right": "Present", "Left": "Present"},
                     "Plantar_Responses": "Flexor both sides"},
        "Range_of_Movement": {"Ankle_Dorsiflexion": {"Right": "0 degrees (tight Achilles)", "Left": "5 degrees"},
                              "Spine": "Straight, no scoliosis"},
        "Sensation": "Normal",
        "Cardiovascular_Examination": "Normal heart sounds, no murmur",
    },
    "Test_Results": {
        "Blood_Tests": {
            "Creatine_Kinase": VR("18,600 U/L", "40-300 U/L"),
            "Liver_Enzymes": {"ALT": "312 U/L", "AST": "286 U/L", "GGT": "14 U/L"},
            "Vitamin_D": {"25-Hydroxyvitamin_D": "38 nmol/L"},
            "Bone_Profile": {"Calcium": "2.38 mmol/L", "Phosphate": "1.52 mmol/L"},
        },
        "Genetic_Testing": {"DMD_Gene_MLPA": "Hemizygous deletion of exons 45-50 (out of frame)",
                            "Maternal_Carrier_Testing": "Mother heterozygous for the same deletion"},
        "Muscle_Biopsy_Right_Quadriceps": {
            "Light_Microscopy": "Variation in fibre size, necrotic and regenerating fibres, endomysial fibrosis",
            "Dystrophin_Immunostaining": {"Rod_Domain_DYS1": "Absent", "C-Terminus_DYS2": "Absent",
                                          "N-Terminus_DYS3": "Absent"},
        },
        "Functional_Assessment": {"North_Star_Ambulatory_Assessment": "22/34",
                                  "Time_to_Rise_from_Floor": "6.8 s",
                                  "Six_Minute_Walk_Distance": "362 m",
                                  "10_Metre_Walk_Run_Time": "5.9 s"},
        "Spirometry": {"FVC": "92% predicted", "Peak_Cough_Flow": "210 L/min"},
        "Electrocardiogram": "Sinus rhythm; tall right precordial R waves, deep narrow Q waves in the lateral leads",
        "Echocardiogram": {"LVEF": "64%", "Wall_Motion": "Normal"},
        "Cardiac_MRI": {"Late_Gadolinium_Enhancement": "Subepicardial LGE in the inferolateral wall"},
        "DEXA_Scan": {"Lumbar_Spine_Z-Score": "-1.2"},
        "Developmental_Assessment": {"Griffiths_Scales": "Language quotient 78; motor quotient 62"},
    },
    "Correct_Diagnosis": "Duchenne muscular dystrophy (DMD exon 45-50 deletion)",
})

# 3 — obstetrics / cardiology: peripartum cardiomyopathy presenting at 36 weeks
CASES.append({
    "Objective_for_Doctor": "Assess a woman 36 weeks pregnant with increasing breathlessness and swollen legs.",
    "Patient_Actor": PA("34-year-old woman, G3P2, 36+2 weeks, singleton pregnancy",
                        "Two weeks of breathlessness now on walking across the room, needing three pillows, "
                        "waking gasping at night, a dry cough and palpitations; ankles and shins swollen. "
                        "No chest pain, no haemoptysis, no headache or visual disturbance.",
                        "Breathlessness", ["Orthopnoea", "Paroxysmal nocturnal dyspnoea", "Leg swelling",
                                           "Palpitations", "Dry cough"],
                        "Two uncomplicated vaginal deliveries; no heart disease", "Teaching assistant; non-smoker",
                        "Ferrous sulfate", "Fetal movements normal; no vaginal bleeding"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Heart_Rate": "122 bpm, regular", "Blood_Pressure": "112/74 mmHg",
                        "Respiratory_Rate": "28/min", "Oxygen_Saturation": "91% on air", "Temperature": "36.8 C"},
        "MEOWS_Score": "5 (two red triggers)",
        "NYHA_Class": "III-IV",
        "Cardiovascular_Examination": {
            "JVP": "Raised 6 cm above the sternal angle",
            "Hepatojugular_Reflux": "Positive",
            "Apex_Beat": "Displaced to the anterior axillary line, diffuse",
            "Heart_Sounds": {"S1_S2": "Normal", "Third_Heart_Sound": "S3 gallop at the apex"},
            "Murmurs": "Soft pansystolic murmur at the apex radiating to the axilla",
        },
        "Respiratory_Examination": {"Auscultation": {"Right_Base": "Fine inspiratory crackles to mid-zone",
                                                     "Left_Base": "Fine inspiratory crackles"},
                                    "Percussion": "Stony dull at the right base"},
        "Peripheral_Oedema": {"Legs": "Pitting to the knees", "Sacral": "Present"},
        "Calves": {"Right": "Soft, non-tender", "Left": "Soft, non-tender"},
        "Obstetric_Examination": {"Symphysis_Fundal_Height": "35 cm", "Lie_and_Presentation":
                                  "Longitudinal, cephalic", "Engagement": "3/5 palpable",
                                  "Uterus": "Soft, non-tender, no contractions"},
        "Neurological_Examination": {"Reflexes": "Normal, no clonus", "Fundoscopy": "Normal"},
    },
    "Test_Results": {
        "Electrocardiogram": "Sinus tachycardia 120 bpm; left bundle branch block; no acute ST change",
        "Transthoracic_Echocardiogram": {"LVEF": VR("28%", "55-70%"),
                                         "LV_End-Diastolic_Diameter": "62 mm",
                                         "Right_Ventricle": "Mildly impaired, TAPSE 15 mm",
                                         "Mitral_Valve": "Moderate functional mitral regurgitation",
                                         "LV_Thrombus": "None seen",
                                         "Pericardium": "Trivial effusion"},
        "Cardiac_Biomarkers": {"NT-proBNP": VR("4,850 ng/L", "<125 ng/L"), "High-Sensitivity_Troponin_T": "38 ng/L"},
        "Full_Blood_Count": {"Haemoglobin": "104 g/L", "White_Cell_Count": "10.4 x10^9/L",
                             "Platelets": "238 x10^9/L"},
        "Renal_Function": {"Sodium": "132 mmol/L", "Potassium": "4.4 mmol/L", "Urea": "6.1 mmol/L",
                           "Creatinine": "84 umol/L"},
        "Liver_Function_Tests": {"ALT": "64 U/L", "Bilirubin": "18 umol/L", "Albumin": "27 g/L"},
        "Thyroid_Function": {"TSH": "1.8 mU/L", "Free_T4": "12.6 pmol/L"},
        "Magnesium": "0.78 mmol/L",
        "Arterial_Blood_Gas": {"pH": "7.46", "PaO2": "8.4 kPa", "PaCO2": "3.9 kPa", "Lactate": "1.6 mmol/L"},
        "Urine_Protein_Creatinine_Ratio": "18 mg/mmol",
        "Chest_X-Ray_Abdominal_Shield": {"Findings": "Cardiomegaly, upper lobe diversion, bilateral alveolar "
                                                     "oedema, right pleural effusion"},
        "CT_Pulmonary_Angiogram": "No pulmonary embolus; bilateral effusions, right larger",
        "Fetal_Assessment": {
            "Cardiotocography": {"Baseline": "145 bpm", "Variability": "10-15 bpm", "Accelerations": "Present",
                                 "Decelerations": "None", "Interpretation": "Normal"},
            "Growth_Ultrasound": {"Estimated_Fetal_Weight": "2,650 g (30th centile)",
                                  "Amniotic_Fluid_Index": "12 cm"},
            "Umbilical_Artery_Doppler": "Normal pulsatility index",
        },
        "Neonatal_Outcome_after_Caesarean": {"Birth_Weight": "2,700 g",
                                             "Apgar_Scores": {"1_Minute": "8", "5_Minute": "9"},
                                             "Umbilical_Cord_Gases": {"Arterial_pH": "7.28",
                                                                      "Venous_pH": "7.33"}},
        "Cardiac_MRI_Postpartum": {"LVEF": "31%", "Late_Gadolinium_Enhancement": "No myocardial LGE",
                                   "T2_Mapping": "No myocardial oedema"},
    },
    "Correct_Diagnosis": "Peripartum cardiomyopathy with acute heart failure at 36 weeks' gestation",
})

# 4 — respiratory: cystic fibrosis (F508del / G542X) in a 17-year-old with a pulmonary exacerbation
CASES.append({
    "Objective_for_Doctor": "Assess a 17-year-old with cystic fibrosis and worsening cough and sputum.",
    "Patient_Actor": PA("17-year-old girl with cystic fibrosis",
                        "Diagnosed by newborn screening. Three weeks of more cough, green sputum streaked with "
                        "blood twice, breathlessness on the stairs, fatigue and 3 kg weight loss; recently thirsty "
                        "and passing more urine. Greasy stools when she forgets her enzymes.",
                        "Increased cough and sputum", ["Haemoptysis streaks", "Breathlessness", "Weight loss",
                                                       "Thirst and polyuria", "Nasal blockage"],
                        "Pseudomonas aeruginosa chronic infection since 12; nasal polypectomy at 14",
                        "At school; never smoked", "Pancreatic enzymes, azithromycin, dornase alfa, "
                                                   "nebulised tobramycin, vitamins A D E K",
                        "No abdominal pain, no jaundice"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Temperature": "37.8 C", "Heart_Rate": "112 bpm", "Respiratory_Rate": "26/min",
                        "Oxygen_Saturation": "91% on air", "Blood_Pressure": "104/66 mmHg"},
        "Anthropometry": {"Height": "158 cm", "Weight": "44 kg", "BMI": "17.6 kg/m2"},
        "Hands": {"Finger_Clubbing": "Grade 3 clubbing of all fingers", "Hypertrophic_Osteoarthropathy":
                  "Tender distal forearms"},
        "Nose": {"Anterior_Rhinoscopy": {"Right": "Pale polyp filling the nasal cavity", "Left": "Clear"}},
        "Chest_Examination": {
            "Inspection": "Hyperexpanded, increased AP diameter",
            "Auscultation": {"Right_Upper_Zone": "Coarse crackles", "Left_Upper_Zone": "Coarse crackles",
                             "Right_Lower_Zone": "Scattered wheeze", "Left_Lower_Zone": "Clear"},
            "Percussion": "Hyper-resonant",
        },
        "Abdominal_Examination": {"Liver": "Edge palpable 2 cm, firm", "Spleen": "Not palpable",
                                  "Right_Iliac_Fossa": "Soft, no mass"},
        "Sputum_Inspection": "Thick green purulent sputum",
    },
    "Test_Results": {
        "Sweat_Test": {"Sweat_Chloride": VR("104 mmol/L", "<30 mmol/L"), "Sweat_Weight": "86 mg"},
        "CFTR_Genotype": "F508del / G542X",
        "Spirometry": {"FEV1": VR("1.52 L (48% predicted)", ">80% predicted"),
                       "FVC": "2.41 L (68% predicted)", "FEV1_FVC_Ratio": "0.63",
                       "Previous_Best_FEV1": "62% predicted"},
        "Arterial_Blood_Gas": {"pH": "7.42", "PaO2": "8.1 kPa", "PaCO2": "5.6 kPa", "Bicarbonate": "26 mmol/L"},
        "Sputum_Microbiology": {"Culture": "Pseudomonas aeruginosa (mucoid) and Staphylococcus aureus (MSSA)",
                                "Sensitivities": "Pseudomonas sensitive to ceftazidime and tobramycin",
                                "Nontuberculous_Mycobacteria_Culture": "Negative at 6 weeks"},
        "Blood_Tests": {
            "Full_Blood_Count": {"Haemoglobin": "121 g/L", "White_Cell_Count": "15.8 x10^9/L",
                                 "Eosinophils": "0.3 x10^9/L", "Platelets": "488 x10^9/L"},
            "CRP": {"Result": "64 mg/L"},
            "Liver_Function_Tests": {"ALT": "58 U/L", "GGT": "92 U/L", "Bilirubin": "11 umol/L"},
            "Total_IgE": "240 kU/L",
            "Aspergillus_Serology": {"Specific_IgE": "0.9 kUA/L", "Precipitins_IgG": "Negative"},
            "Vitamin_Levels": {"Vitamin_A": "0.9 umol/L", "Vitamin_D": "42 nmol/L", "Vitamin_E": "14 umol/L"},
            "HbA1c": "46 mmol/mol",
            "Tobramycin_Trough": "<0.5 mg/L",
        },
        "Oral_Glucose_Tolerance_Test": {"Fasting_Glucose": "5.8 mmol/L", "Two_Hour_Glucose": "13.4 mmol/L"},
        "Faecal_Elastase": "<15 ug/g",
        "Chest_X-Ray": "Bilateral upper-zone bronchiectasis with ring shadows and mucus plugging",
        "CT_Chest": {"Findings": "Cylindrical and varicose bronchiectasis, both upper lobes; mucus plugging; "
                                 "tree-in-bud in the right middle lobe",
                     "Bhalla_Score": "11"},
        "Liver_Ultrasound": "Coarse echotexture, no splenomegaly, no ascites",
        "CF_Questionnaire-Revised": "Respiratory domain 44/100",
    },
    "Correct_Diagnosis": "Cystic fibrosis (F508del / G542X) with an acute pulmonary exacerbation and "
                         "cystic fibrosis-related diabetes",
})

# 5 — endocrinology: acromegaly due to a GH-secreting pituitary macroadenoma
CASES.append({
    "Objective_for_Doctor": "Assess a man with headaches, enlarging hands and snoring.",
    "Patient_Actor": PA("46-year-old man",
                        "Rings no longer fit and shoe size has gone up two sizes over five years; a gap has "
                        "appeared between his lower teeth; heavy sweating, headaches, snoring with witnessed "
                        "apnoeas, tingling in both hands at night, and he bumps into door frames on both sides.",
                        "Headaches and change in appearance", ["Enlarging hands and feet", "Sweating",
                                                               "Snoring", "Hand tingling at night",
                                                               "Reduced libido"],
                        "Hypertension for 3 years; bowel polyp removed at 44", "Bus driver; non-smoker",
                        "Amlodipine", "No galactorrhoea, no polyuria"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Blood_Pressure": "158/96 mmHg", "Heart_Rate": "82 bpm", "BMI": "31 kg/m2"},
        "Face": {"Features": "Frontal bossing, prominent supraorbital ridges, coarse features",
                 "Jaw": "Prognathism with lower incisor separation and malocclusion",
                 "Tongue": "Macroglossia"},
        "Hands_and_Feet": {"Hands": "Broad spade-like hands, thick greasy skin, doughy palms",
                           "Feet": "Broad, heel-pad thickening",
                           "Tinel_Sign": {"Right": "Positive", "Left": "Positive"},
                           "Phalen_Test": {"Right": "Positive at 30 s", "Left": "Positive at 45 s"},
                           "Thenar_Wasting": {"Right": "Mild", "Left": "None"}},
        "Skin": {"Sweating": "Excessive", "Skin_Tags": "Multiple on the neck", "Acanthosis_Nigricans": "Axillae"},
        "Neck": {"Thyroid": "Diffusely enlarged multinodular goitre, non-tender"},
        "Eyes": {"Visual_Fields_to_Confrontation": {"Right_Eye": "Temporal field loss",
                                                    "Left_Eye": "Temporal field loss"},
                 "Visual_Acuity": {"Right_Eye": "6/6", "Left_Eye": "6/9"},
                 "Eye_Movements": "Full"},
        "Cardiovascular_Examination": {"Apex_Beat": "Displaced to the 6th intercostal space",
                                       "Heart_Sounds": "Normal, no murmur"},
        "Genitalia": {"Testicular_Volume": {"Right": "12 mL", "Left": "12 mL"}},
    },
    "Test_Results": {
        "Pituitary_Function": {
            "IGF-1": VR("812 ug/L", "90-240 ug/L"),
            "Random_Growth_Hormone": "14.6 ug/L",
            "Prolactin": "420 mU/L",
            "Thyroid_Function": {"TSH": "1.2 mU/L", "Free_T4": "13.8 pmol/L"},
            "Adrenal_Axis": {"9am_Cortisol": "386 nmol/L", "ACTH": "28 ng/L"},
            "Gonadal_Axis": {"LH": "2.1 IU/L", "FSH": "3.0 IU/L", "Testosterone": "6.4 nmol/L"},
        },
        "Oral_Glucose_Tolerance_Test_with_GH": {
            "Glucose": {"0_Minutes": "6.4 mmol/L", "120_Minutes": "10.2 mmol/L"},
            "Growth_Hormone": {"0_Minutes": "13.8 ug/L", "30_Minutes": "14.9 ug/L", "60_Minutes": "12.6 ug/L",
                               "120_Minutes": "11.8 ug/L"},
            "Interpretation": "Failure of GH suppression (nadir 11.8 ug/L)",
        },
        "Biochemistry": {"Sodium": "139 mmol/L", "Potassium": "4.2 mmol/L", "Calcium": "2.62 mmol/L",
                         "Phosphate": "1.58 mmol/L", "HbA1c": "44 mmol/mol"},
        "PTH": "4.1 pmol/L",
        "MRI_Pituitary": {"Findings": "2.1 cm macroadenoma with suprasellar extension abutting the optic chiasm "
                                      "and invading the right cavernous sinus (Knosp 3)"},
        "Formal_Visual_Fields_Humphrey": {"Right_Eye": "Superotemporal quadrantanopia",
                                          "Left_Eye": "Dense temporal hemianopia"},
        "Polysomnography": {"Apnoea_Hypopnoea_Index": "38 events/h", "Oxygen_Nadir": "79%"},
        "Epworth_Sleepiness_Scale": "15/24",
        "Echocardiogram": {"Left_Ventricle": "Concentric hypertrophy, septum 14 mm, LVEF 58%",
                           "Valves": "Mild mitral regurgitation"},
        "Nerve_Conduction_Studies": {"Right_Median_Nerve": "Prolonged distal motor and sensory latencies",
                                     "Left_Median_Nerve": "Prolonged sensory latency"},
        "Colonoscopy": {"Findings": "Two tubular adenomas in the sigmoid colon, removed",
                        "Histology": "Tubular adenoma, low-grade dysplasia"},
        "Thyroid_Ultrasound": "Multinodular goitre, largest nodule 18 mm (U2)",
    },
    "Correct_Diagnosis": "Acromegaly due to a growth hormone-secreting pituitary macroadenoma",
})


if __name__ == "__main__":
    with (HERE / "cases_en.jsonl").open("w", encoding="utf-8") as f:
        for case in CASES:
            f.write(json.dumps({"OSCE_Examination": case}, ensure_ascii=False) + "\n")
    print(len(CASES), "cases")

"""Write cases_en.jsonl: 6 new English AgentClinic OSCE cases for the newcases8 blind lookup set (part en)."""

import json
from pathlib import Path

from dxgym.evaluation.lookup_sets import osce_patient, osce_value

HERE = Path(__file__).parent


# AgentClinic's value and patient blocks are every English part's (dxgym.evaluation.lookup_sets).
VR, PA = osce_value, osce_patient


CASES = []

# 0 — endocrine surgery: left adrenal phaeochromocytoma
CASES.append({
    "Objective_for_Doctor": "Assess a man with episodic headaches, palpitations and sweating and resistant hypertension.",
    "Patient_Actor": PA("41-year-old man",
                        "Eight months of attacks lasting 10-20 minutes of pounding headache, palpitations, drenching "
                        "sweats and pallor, two or three times a week, once set off by a contrast CT of the abdomen "
                        "for a kidney stone. Blood pressure uncontrolled on three drugs. Lost 4 kg.",
                        "Episodic headache, palpitations and sweating", ["Pallor during attacks", "Tremor",
                                                                         "Weight loss", "Anxiety"],
                        "Hypertension for 2 years", "Accountant; non-smoker; no drugs or alcohol",
                        "Amlodipine, ramipril, indapamide", "No flushing, no diarrhoea, no neck lump"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Blood_Pressure": {"Right_Arm": "186/112 mmHg", "Left_Arm": "182/110 mmHg",
                                           "Lying": "184/110 mmHg", "Standing_3_Minutes": "152/94 mmHg"},
                        "Heart_Rate": "112 bpm, regular", "Temperature": "37.4 C",
                        "Body_Mass_Index": "21.8 kg/m2"},
        "General_Appearance": "Thin, pale, sweaty, fine tremor of the outstretched hands",
        "Skin": {"Cafe_au_Lait_Macules": "None", "Neurofibromas": "None", "Axillary_Freckling": "None"},
        "Neck_Examination": {"Thyroid_Palpation": "No goitre, no nodule", "Cervical_Lymph_Nodes": "Not enlarged"},
        "Cardiovascular_Examination": {"Apex_Beat": "Heaving, undisplaced", "Heart_Sounds": "S1 S2, fourth heart sound",
                                       "Radio-Femoral_Delay": "Absent", "Renal_Bruit": "None heard"},
        "Fundoscopy": {"Right_Eye": "Arteriovenous nipping and silver wiring, no haemorrhages",
                       "Left_Eye": "Arteriovenous nipping, one flame haemorrhage"},
        "Abdominal_Examination": "Soft, no palpable mass (deep palpation avoided)",
    },
    "Test_Results": {
        "Plasma_Free_Metanephrines": {"Metanephrine": VR("0.38 nmol/L", "<0.45 nmol/L"),
                                      "Normetanephrine": VR("6.84 nmol/L", "<1.18 nmol/L"),
                                      "3-Methoxytyramine": "0.09 nmol/L (<0.18)"},
        "24-Hour_Urine_Catecholamines": {"Noradrenaline": "2140 nmol/24h (raised)",
                                         "Adrenaline": "62 nmol/24h (normal)",
                                         "Dopamine": "2100 nmol/24h (normal)",
                                         "Urine_Volume": "2.1 L"},
        "Blood_Tests": {
            "Renal_Profile": {"Sodium": "141 mmol/L", "Potassium": "3.9 mmol/L",
                              "Creatinine": VR("84 umol/L", "60-110 umol/L")},
            "Glucose": {"Fasting_Plasma_Glucose": "7.2 mmol/L", "HbA1c": "46 mmol/mol"},
            "Calcium": {"Adjusted_Calcium": "2.36 mmol/L", "Parathyroid_Hormone": "4.1 pmol/L"},
            "Calcitonin": {"Result": "<2 ng/L"},
            "Aldosterone_Renin": {"Aldosterone": "310 pmol/L", "Renin": "2.9 nmol/L/h", "Ratio": "107 (not raised)"},
            "Overnight_Dexamethasone_Suppression_Test": {"Cortisol_0900": "28 nmol/L (suppressed)"},
            "Troponin_T": {"Result": "9 ng/L"},
        },
        "Electrocardiogram": {"Rhythm": "Sinus tachycardia 110 bpm", "Voltage": "Left ventricular hypertrophy by Sokolow-Lyon"},
        "Echocardiogram": {"Left_Ventricle": "Concentric hypertrophy, EF 60%", "Valves": "Normal"},
        "CT_Adrenals_Unenhanced_and_Washout": {"Left_Adrenal": "4.2 cm heterogeneous mass, 38 HU unenhanced, washout 42%",
                                                "Right_Adrenal": "Normal"},
        "123I-MIBG_Scintigraphy": {"Findings": "Intense uptake in the left adrenal mass only; no metastases"},
        "Germline_Genetic_Testing": {"RET": "No pathogenic variant", "VHL": "No pathogenic variant",
                                     "SDHB": "No pathogenic variant", "NF1": "Not tested (no clinical features)"},
        "Ambulatory_Blood_Pressure_Monitoring": "Daytime mean 172/104 mmHg with paroxysms over 220/130 mmHg",
    },
    "Correct_Diagnosis": "Left adrenal phaeochromocytoma (noradrenergic), sporadic",
})

# 1 — paediatric endocrinology: salt-wasting congenital adrenal hyperplasia in a boy
CASES.append({
    "Objective_for_Doctor": "Assess a 2-week-old boy with vomiting, poor feeding and lethargy.",
    "Patient_Actor": PA("15-day-old boy",
                        "Born at term after an uneventful pregnancy; breastfed well for the first week, then "
                        "increasingly sleepy with poor feeds and vomiting after most feeds for 3 days; fewer wet "
                        "nappies. Parents are first cousins. An older sister had 'ambiguous genitalia' at birth and "
                        "takes tablets.",
                        "Vomiting and poor feeding", ["Lethargy", "Weight loss", "Fewer wet nappies"],
                        "Term vaginal delivery, birth weight 3.4 kg", "Consanguineous parents",
                        "None", "No diarrhoea, no fever, stools normal"),
    "Physical_Examination_Findings": {
        "Birth_Record": {"Apgar_Score": {"1_Minute": "8", "5_Minute": "9"}, "Birth_Weight": "3.40 kg"},
        "Vital_Signs": {"Heart_Rate": "188 bpm", "Respiratory_Rate": "52/min", "Temperature": "36.1 C",
                        "Blood_Pressure": "58/30 mmHg", "Capillary_Refill_Time": "4 seconds centrally"},
        "Growth": {"Weight": "2.95 kg (13% below birth weight)", "Length": "51 cm", "Head_Circumference": "35 cm"},
        "Hydration": {"Anterior_Fontanelle": "Sunken", "Mucous_Membranes": "Dry", "Skin_Turgor": "Reduced",
                      "Eyes": "Sunken"},
        "General_Appearance": "Lethargic, mottled, weak cry",
        "Skin_Pigmentation": {"Scrotum": "Hyperpigmented", "Areolae": "Hyperpigmented", "Linea_Alba": "Pigmented"},
        "Genital_Examination": {"Penis": "Stretched penile length 3.8 cm, normal urethral meatus",
                                "Testes": {"Right": "Descended, 1 mL", "Left": "Descended, 1 mL"},
                                "Scrotum": "Well formed, rugose"},
        "Abdominal_Examination": {"Palpation": "Soft, no olive-shaped mass", "Liver": "Edge 1 cm",
                                  "Visible_Peristalsis": "None"},
        "Neurological_Examination": {"Tone": "Generally reduced", "Moro_Reflex": "Present but weak",
                                     "Suck": "Weak"},
    },
    "Test_Results": {
        "Blood_Gas_Capillary": {"pH": "7.24", "pCO2": "4.1 kPa", "Bicarbonate": "14 mmol/L",
                                "Base_Excess": "-11 mmol/L", "Lactate": "2.4 mmol/L"},
        "Urea_and_Electrolytes": {"Sodium": VR("119 mmol/L", "133-146 mmol/L"),
                                  "Potassium": VR("7.6 mmol/L (unhaemolysed)", "3.5-6.0 mmol/L"),
                                  "Chloride": "88 mmol/L", "Urea": "9.8 mmol/L", "Creatinine": "62 umol/L"},
        "Blood_Glucose": {"Result": "2.4 mmol/L"},
        "Adrenal_Steroids": {"17-Hydroxyprogesterone": VR("486 nmol/L", "<15 nmol/L"),
                             "Cortisol": "68 nmol/L (inappropriately low)", "ACTH": "412 ng/L",
                             "Androstenedione": "38 nmol/L (raised)", "Testosterone": "9.2 nmol/L"},
        "Renin_and_Aldosterone": {"Plasma_Renin_Activity": "42 ng/mL/h (raised)",
                                  "Aldosterone": "90 pmol/L (inappropriately low)"},
        "Urine": {"Urine_Sodium": "64 mmol/L", "Urine_Potassium": "12 mmol/L",
                  "Urine_Steroid_Profile": "Raised pregnanetriolone and 17-OHP metabolites, consistent with 21-hydroxylase deficiency"},
        "Newborn_Blood_Spot_Screening": "Normal for phenylketonuria, hypothyroidism, cystic fibrosis, sickle cell and MCADD (CAH not screened)",
        "Abdominal_Ultrasound": {"Adrenal_Glands": "Both enlarged with a cerebriform pattern",
                                 "Pylorus": "Muscle 2 mm, canal length 12 mm: no pyloric stenosis",
                                 "Kidneys": "Normal"},
        "Electrocardiogram": "Sinus tachycardia; tall peaked T waves",
        "Karyotype": "46,XY",
        "CYP21A2_Gene_Analysis": "Homozygous large deletion",
    },
    "Correct_Diagnosis": "Salt-wasting congenital adrenal hyperplasia due to 21-hydroxylase deficiency with adrenal crisis",
})

# 2 — neurosurgery / neurology: degenerative cervical myelopathy
CASES.append({
    "Objective_for_Doctor": "Assess a man with clumsy hands and an unsteady walk.",
    "Patient_Actor": PA("64-year-old man",
                        "Eighteen months of clumsy hands (difficulty doing up shirt buttons, handwriting worse, "
                        "dropping cups), numb tingling fingers in both hands, and a stiff, unsteady walk; he now "
                        "holds the banister. Neck ache for years. Electric shocks down the back when he bends the "
                        "head forward. Mild urinary urgency.",
                        "Clumsy hands and unsteady gait", ["Numb hands", "Neck pain", "Urinary urgency",
                                                           "Electric shocks on neck flexion"],
                        "Hypertension", "Retired builder; ex-smoker", "Amlodipine",
                        "No weight loss, no back pain, no visual symptoms, no swallowing problems"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Blood_Pressure": "142/84 mmHg", "Heart_Rate": "76 bpm"},
        "Neck": {"Range_of_Movement": "Reduced rotation and extension", "Spurling_Test": "Negative on both sides",
                 "Lhermitte_Sign": "Positive"},
        "Upper_Limbs": {
            "Inspection": "Wasting of the intrinsic hand muscles, left more than right",
            "Tone": "Normal",
            "Power": {"Right": "MRC 5 proximally, 4+ finger abduction", "Left": "MRC 5 proximally, 4 finger abduction"},
            "Reflexes": {"Biceps": {"Right": "Brisk", "Left": "Brisk"},
                         "Supinator": "Inverted on both sides",
                         "Triceps": {"Right": "Brisk", "Left": "Brisk"}},
            "Hoffmann_Sign": {"Right": "Positive", "Left": "Positive"},
            "Finger_Escape_Sign": "Positive on the left",
            "Grip_and_Release_Test": "14 in 10 seconds on the right, 11 on the left (normal above 20)",
            "Sensation": "Reduced pinprick in both hands, glove distribution",
        },
        "Lower_Limbs": {
            "Tone": "Increased, spastic catch at the knees",
            "Power": "MRC 5 throughout",
            "Reflexes": {"Knee": {"Right": "Pathologically brisk", "Left": "Pathologically brisk"},
                         "Ankle": {"Right": "Brisk", "Left": "Brisk"}},
            "Ankle_Clonus": {"Right": "Sustained, 6 beats", "Left": "3 beats"},
            "Plantar_Responses": {"Right": "Extensor", "Left": "Extensor"},
            "Vibration_Sense": "Reduced to the ankles",
            "Proprioception": "Impaired at both great toes",
        },
        "Gait": {"Casual": "Broad-based and spastic", "Tandem_Gait": "Unable", "Romberg_Test": "Positive"},
        "Anal_Tone": "Normal",
    },
    "Test_Results": {
        "Scores": {"Modified_Japanese_Orthopaedic_Association_Score": "11/18 (moderate)",
                   "Nurick_Grade": "3"},
        "Blood_Tests": {
            "Full_Blood_Count": {"Haemoglobin": "141 g/L", "MCV": "92 fL", "White_Cell_Count": "6.8 x10^9/L"},
            "Vitamin_B12": {"Result": "412 ng/L"},
            "Serum_Copper": {"Result": "15.8 umol/L"},
            "HbA1c": {"Result": "39 mmol/mol"},
        },
        "MRI_Cervical_Spine": {"Findings": "Disc-osteophyte complexes at C4-C5 and C5-C6 with canal narrowing to 6 mm; "
                                           "T2 intramedullary hyperintensity at C5-C6",
                               "Impression": "Multilevel spondylotic canal stenosis with cord compression"},
        "Cervical_Spine_X-Ray_Flexion_Extension": "Spondylosis C4-C7; no instability",
        "Nerve_Conduction_Studies_and_EMG": {"Median_Nerves": {"Right": "Normal sensory and motor conduction",
                                                               "Left": "Normal sensory and motor conduction"},
                                             "Ulnar_Nerves": "Normal",
                                             "Needle_EMG": "Chronic neurogenic change in C6-C7 myotomes bilaterally"},
        "Somatosensory_Evoked_Potentials": {"Median_SSEP": "Prolonged central conduction time on both sides",
                                            "Tibial_SSEP": "Delayed cortical responses on both sides"},
    },
    "Correct_Diagnosis": "Degenerative cervical myelopathy (C4-C6 spondylotic cord compression)",
})

# 3 — respiratory: right malignant pleural mesothelioma
CASES.append({
    "Objective_for_Doctor": "Assess a man with breathlessness and right-sided chest pain.",
    "Patient_Actor": PA("71-year-old man",
                        "Three months of increasing breathlessness, now on one flight of stairs, and a dull constant "
                        "ache in the right chest that wakes him at night; night sweats; lost 6 kg. Worked 20 years as "
                        "a shipyard lagger in the 1970s.",
                        "Breathlessness and right chest pain", ["Weight loss", "Night sweats", "Dry cough"],
                        "Hypertension", "Ex-smoker 15 pack-years; retired shipyard worker", "Ramipril",
                        "No haemoptysis, no fever"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Respiratory_Rate": "22/min", "Oxygen_Saturation": "93% on air", "Heart_Rate": "96 bpm",
                        "Temperature": "37.0 C"},
        "Performance_Status": "ECOG 1",
        "Hands": {"Finger_Clubbing": "Absent", "Tar_Staining": "None", "Asterixis": "Absent"},
        "Neck": {"Trachea": "Deviated to the left", "Supraclavicular_Nodes": {"Right": "Not palpable", "Left": "Not palpable"}},
        "Chest_Examination": {
            "Inspection": "Reduced expansion on the right",
            "Chest_Expansion": {"Right": "Reduced", "Left": "Normal"},
            "Percussion": {"Right_Base": "Stony dull to mid-zone", "Left_Base": "Resonant"},
            "Tactile_Vocal_Fremitus": {"Right": "Absent at the base", "Left": "Normal"},
            "Auscultation": {"Right_Lung": {"Upper_Zone": "Vesicular", "Lower_Zone": "Absent breath sounds"},
                             "Left_Lung": {"Upper_Zone": "Vesicular", "Lower_Zone": "Vesicular"}},
            "Chest_Wall": "No mass; no tract-site nodule",
        },
        "Abdominal_Examination": "Soft, no hepatomegaly",
    },
    "Test_Results": {
        "Blood_Tests": {
            "Full_Blood_Count": {"Haemoglobin": "124 g/L", "White_Cell_Count": "9.1 x10^9/L",
                                 "Platelets": VR("512 x10^9/L", "150-400 x10^9/L")},
            "Biochemistry": {"Total_Protein": "68 g/L", "Albumin": "33 g/L",
                             "Lactate_Dehydrogenase": VR("240 U/L", "135-225 U/L"), "Glucose": "5.6 mmol/L",
                             "Sodium": "136 mmol/L", "Creatinine": "90 umol/L"},
            "C-Reactive_Protein": {"Result": "48 mg/L"},
            "Coagulation_Screen": {"INR": "1.0", "APTT": "29 s"},
            "Serum_Mesothelin": {"Result": "3.1 nmol/L (raised)"},
        },
        "Chest_X-Ray": {"Findings": "Large right pleural effusion with lobulated pleural thickening"},
        "CT_Thorax_with_Contrast": {"Findings": "Circumferential nodular right pleural thickening >1 cm including the "
                                                "mediastinal pleura; moderate effusion; no lung mass",
                                    "Impression": "Features of malignant pleural disease"},
        "Thoracic_Ultrasound": {"Right": "Moderate echogenic effusion with diaphragmatic pleural nodules",
                                "Left": "No effusion"},
        "Diagnostic_Pleural_Aspiration_Right": {
            "Appearance": "Straw-coloured, slightly blood-stained",
            "Pleural_Fluid_Biochemistry": {"Protein": "46 g/L", "LDH": "610 U/L", "Glucose": "3.1 mmol/L",
                                           "pH": "7.30"},
            "Pleural_Fluid_Cytology": "Atypical mesothelial cells, insufficient for diagnosis",
            "Pleural_Fluid_Microbiology": {"Gram_Stain": "No organisms", "Culture": "No growth",
                                           "AFB_Smear": "Negative"},
        },
        "Local_Anaesthetic_Thoracoscopy": {
            "Findings": "Multiple pleural nodules over the parietal and diaphragmatic pleura; 1.8 L fluid drained; talc poudrage",
            "Parietal_Pleural_Biopsy": {"Histology": "Malignant epithelioid mesothelioma invading fat",
                                        "Immunohistochemistry": {"Calretinin": "Positive", "WT1": "Positive",
                                                                 "CK5_6": "Positive", "TTF-1": "Negative",
                                                                 "BAP1": "Loss of nuclear staining"}},
        },
        "PET-CT": {"Findings": "Avid right pleural thickening SUVmax 9; no nodal or distant disease"},
        "Lung_Function_Tests": {"FEV1": VR("1.72 L", "2.45-3.60 L"), "FVC": "2.10 L (58% predicted)",
                                "FEV1_FVC_Ratio": "0.82"},
        "Electrocardiogram": "Sinus rhythm, normal",
    },
    "Correct_Diagnosis": "Malignant pleural mesothelioma (epithelioid) of the right pleura",
})

# 4 — psychiatry: anorexia nervosa with medical instability
CASES.append({
    "Objective_for_Doctor": "Assess a young woman referred with weight loss and dizziness.",
    "Patient_Actor": PA("19-year-old woman",
                        "Lost 14 kg over 10 months by restricting to about 500 kcal a day and running two hours "
                        "daily; terrified of gaining weight and sees herself as fat; periods stopped 7 months ago. "
                        "Dizzy on standing, fainted once at university, cold all the time. Occasionally makes "
                        "herself sick after eating.",
                        "Weight loss", ["Dizziness on standing", "Amenorrhoea", "Feeling cold", "Low mood",
                                        "Self-induced vomiting"],
                        "None", "University student; lives in halls", "None",
                        "Constipation, hair thinning, poor sleep"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Heart_Rate": {"Lying": "38 bpm", "Standing": "72 bpm"},
                        "Blood_Pressure": {"Lying": "84/50 mmHg", "Standing": "68/40 mmHg"},
                        "Temperature": "35.2 C", "Respiratory_Rate": "14/min"},
        "Anthropometry": {"Weight": "38.6 kg", "Height": "1.66 m", "Body_Mass_Index": "14.0 kg/m2"},
        "Skin_and_Hair": {"Lanugo_Hair": "Fine lanugo over the back and forearms", "Carotenaemia": "Yellow palms",
                          "Russell_Sign": "Calluses over the dorsum of the right index and middle knuckles",
                          "Peripheries": "Cold, blue hands and feet; capillary refill 4 seconds"},
        "Head_and_Neck": {"Parotid_Glands": "Bilateral painless enlargement", "Dental_Erosion": "Palatal enamel erosion"},
        "Sit_Up_Squat_Stand_Test": {"Sit_Up": "Score 2: able to sit up only using the hands",
                                    "Squat_Stand": "Score 1: able to rise from a squat only using the hands"},
        "Cardiovascular_Examination": "Bradycardic, no murmur, no oedema",
        "Mental_State_Examination": {"Appearance_and_Behaviour": "Emaciated, baggy layered clothes, restless",
                                     "Mood": "Low", "Thought_Content": "Overvalued ideas about shape and weight",
                                     "Risk": "Passive thoughts of death, no plans",
                                     "Insight": "Partial"},
    },
    "Test_Results": {
        "Rating_Scales": {"EDE-Q_Global_Score": "4.8", "SCOFF_Questionnaire": "4/5", "PHQ-9": "16 (moderately severe)",
                          "GAD-7": "12"},
        "Blood_Tests": {
            "Full_Blood_Count": {"Haemoglobin": "108 g/L", "White_Cell_Count": VR("2.4 x10^9/L", "4.0-11.0 x10^9/L"),
                                 "Neutrophils": "1.1 x10^9/L", "Platelets": "142 x10^9/L"},
            "Urea_and_Electrolytes": {"Sodium": "133 mmol/L", "Potassium": VR("2.9 mmol/L", "3.5-5.3 mmol/L"),
                                      "Urea": "8.1 mmol/L", "Creatinine": "58 umol/L"},
            "Bone_Profile": {"Phosphate": "0.78 mmol/L", "Adjusted_Calcium": "2.21 mmol/L"},
            "Magnesium": {"Result": "0.64 mmol/L"},
            "Liver_Function_Tests": {"ALT": "96 U/L", "AST": "84 U/L", "Albumin": "39 g/L", "Bilirubin": "12 umol/L"},
            "Glucose": {"Result": "3.2 mmol/L"},
            "Thyroid_Function": {"TSH": "1.9 mU/L", "Free_T4": "10.2 pmol/L", "Free_T3": "2.1 pmol/L (low)"},
            "Creatine_Kinase": {"Result": "410 U/L"},
            "Reproductive_Hormones": {"LH": "0.3 IU/L", "FSH": "1.2 IU/L", "Oestradiol": "<50 pmol/L"},
        },
        "Electrocardiogram": {"Rate": "Sinus bradycardia 38 bpm", "QTc": "486 ms", "Other": "U waves"},
        "DEXA_Scan": {"Lumbar_Spine": "Z-score -2.4", "Left_Hip": "Z-score -1.8"},
        "Urine_Pregnancy_Test": "Negative",
    },
    "Correct_Diagnosis": "Anorexia nervosa (binge-purge subtype) with bradycardia, hypokalaemia and high medical risk",
})

# 5 — dermatology / gastroenterology: dermatitis herpetiformis with coeliac disease
CASES.append({
    "Objective_for_Doctor": "Assess a man with an intensely itchy rash on his elbows, knees and buttocks.",
    "Patient_Actor": PA("33-year-old man",
                        "Six months of an intensely itchy, burning rash of tiny blisters that he scratches off, on "
                        "both elbows, knees and buttocks and the back of the scalp; creams from the GP did not help. "
                        "Loose stools and bloating for a year; feels tired. His mother has hypothyroidism.",
                        "Itchy blistering rash", ["Loose stools", "Bloating", "Fatigue"],
                        "Iron-deficiency anaemia at 28, not investigated", "Software developer; non-smoker",
                        "Topical steroid, antihistamine", "No weight loss, no mouth ulcers, no joint pain"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Blood_Pressure": "118/72 mmHg", "Heart_Rate": "74 bpm", "Body_Mass_Index": "20.1 kg/m2"},
        "Skin_Examination": {
            "Elbows": {"Right": "Grouped excoriated papules and small vesicles on the extensor surface",
                       "Left": "Grouped excoriated papules and vesicles, post-inflammatory hyperpigmentation"},
            "Knees": {"Right": "Excoriated papules", "Left": "Excoriated papules and two intact vesicles"},
            "Buttocks": "Symmetrical grouped erosions and crusts",
            "Scalp": "Excoriated papules over the occiput",
            "Mucosa": "Oral mucosa spared",
            "Nikolsky_Sign": "Negative",
        },
        "Nails": "Normal",
        "General_Examination": {"Conjunctival_Pallor": "Mild", "Angular_Stomatitis": "Present",
                                "Dental_Enamel": "Symmetrical enamel pitting of the incisors"},
        "Abdominal_Examination": {"Palpation": "Soft, mild distension, non-tender", "Bowel_Sounds": "Active"},
    },
    "Test_Results": {
        "Skin_Biopsies": {
            "Lesional_Biopsy_Left_Elbow": {"Histology": "Subepidermal vesicle with neutrophil microabscesses in the dermal papillae"},
            "Perilesional_Direct_Immunofluorescence": {"Result": "Granular IgA deposits in the dermal papillae"},
        },
        "Coeliac_Serology": {"Tissue_Transglutaminase_IgA": VR(">128 U/mL", "<7 U/mL"),
                             "Endomysial_Antibody_IgA": "Positive 1:160", "Total_IgA": "2.4 g/L",
                             "Epidermal_Transglutaminase_IgA": "Positive"},
        "Blood_Tests": {
            "Full_Blood_Count": {"Haemoglobin": VR("112 g/L", "130-170 g/L"), "MCV": "76 fL",
                                 "White_Cell_Count": "6.1 x10^9/L", "Platelets": "388 x10^9/L"},
            "Haematinics": {"Ferritin": "6 ug/L", "Folate": "2.1 ug/L", "Vitamin_B12": "280 ng/L"},
            "Liver_Function_Tests": {"ALT": "58 U/L", "ALP": "142 U/L", "Albumin": "36 g/L"},
            "Bone_Profile": {"Adjusted_Calcium": "2.14 mmol/L", "Phosphate": "0.84 mmol/L",
                             "Vitamin_D": "21 nmol/L"},
            "Thyroid_Function": {"TSH": "6.8 mU/L", "Free_T4": "12.0 pmol/L"},
            "G6PD_Activity": {"Result": "Normal (before dapsone)"},
        },
        "Upper_GI_Endoscopy": {
            "Findings": "Scalloping and reduced folds of the second part of the duodenum",
            "Duodenal_Biopsies": {"D1_Bulb": "Villous atrophy, Marsh 3a",
                                  "D2": "Subtotal villous atrophy, crypt hyperplasia, 60 IELs per 100 enterocytes, Marsh 3b"},
        },
        "HLA_Typing": {"HLA-DQ2": "Positive (DQ2.5)", "HLA-DQ8": "Negative"},
        "DEXA_Scan": {"Lumbar_Spine": "T-score -1.6", "Femoral_Neck": "T-score -1.2"},
    },
    "Correct_Diagnosis": "Dermatitis herpetiformis with coeliac disease (Marsh 3b) and iron and folate deficiency",
})


if __name__ == "__main__":
    with (HERE / "cases_en.jsonl").open("w", encoding="utf-8") as f:
        for case in CASES:
            f.write(json.dumps({"OSCE_Examination": case}, ensure_ascii=False) + "\n")
    print(len(CASES), "cases")

"""Write cases_en.jsonl: 6 new English AgentClinic OSCE cases for the newcases12 blind lookup set (part en)."""

import json
from pathlib import Path

from dxgym.evaluation.lookup_sets import osce_patient, osce_value

HERE = Path(__file__).parent


# AgentClinic's value and patient blocks are every English part's (dxgym.evaluation.lookup_sets).
VR, PA = osce_value, osce_patient


CASES = []

# 0 — respiratory: hypersensitivity pneumonitis (bird-related)
CASES.append({
    "Objective_for_Doctor": "Assess a man with eight months of breathlessness and a dry cough.",
    "Patient_Actor": PA("58-year-old man",
                        "Eight months of progressive exertional breathlessness and a dry cough, worse in the "
                        "evenings; flu-like aches after cleaning the aviary. Keeps 14 budgerigars in a shed "
                        "beside the house and a feather duvet. Lost 4 kg.",
                        "Breathlessness on exertion", ["Dry cough", "Evening malaise", "Weight loss", "Fatigue"],
                        "Hypertension", "Retired bus driver; ex-smoker (10 pack-years, stopped 20 years ago); "
                        "keeps budgerigars", "Amlodipine 5 mg",
                        "No haemoptysis, no joint pain, no rash, no dry eyes or mouth, no reflux"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Temperature": "37.4 C", "Heart_Rate": "92 bpm", "Blood_Pressure": "138/84 mmHg",
                        "Respiratory_Rate": "22/min", "Oxygen_Saturation": "93% on air at rest"},
        "Hands": {"Finger_Clubbing": "Absent", "Peripheral_Cyanosis": "Absent", "Nicotine_Staining": "None"},
        "Chest_Examination": {
            "Inspection": "Normal shape, no scars",
            "Chest_Expansion": "Reduced symmetrically (3 cm)",
            "Percussion_Note": "Resonant throughout",
            "Auscultation": {"Breath_Sounds": "Vesicular",
                             "Added_Sounds": {"Crackles": "Fine inspiratory crackles in both mid and lower zones",
                                              "Squawks": "Mid-inspiratory squawks at both bases"}},
            "Vocal_Resonance": "Normal",
        },
        "Cardiovascular_Examination": {"Jugular_Venous_Pressure": "Not raised",
                                       "Heart_Sounds": "Normal, P2 not loud"},
        "Ankle_Oedema": "None",
    },
    "Test_Results": {
        "MRC_Dyspnoea_Scale": "Grade 3 (walks slower than contemporaries on the level because of breathlessness)",
        "Blood_Tests": {
            "Full_Blood_Count": {"Haemoglobin": "149 g/L", "White_Cell_Count": VR("11.2 x10^9/L", "4.0-11.0"),
                                 "Neutrophils": "7.6 x10^9/L", "Lymphocytes": "2.6 x10^9/L",
                                 "Eosinophils": "0.2 x10^9/L", "Platelets": "312 x10^9/L"},
            "C-Reactive_Protein": {"Result": "24 mg/L"},
            "Serum_Precipitins": {"Budgerigar_Feather_and_Droppings": "Strongly positive",
                                  "Pigeon_Droppings": "Weakly positive (cross-reacting)",
                                  "Aspergillus_fumigatus": "Negative",
                                  "Farmers_Lung_Antigens": "Negative"},
            "Autoimmune_Screen": {"Antinuclear_Antibody": "Negative", "Rheumatoid_Factor": "Negative",
                                  "Anti-CCP": "Negative", "ANCA": "Negative",
                                  "Extended_Myositis_Antibodies": "Negative"},
            "Immunoglobulins": {"IgG": "17.8 g/L", "IgA": "3.1 g/L", "IgM": "1.2 g/L"},
        },
        "Arterial_Blood_Gas_on_Air": {"pH": "7.44", "PaO2": VR("8.9 kPa", "10.5-13.5 kPa"), "PaCO2": "4.4 kPa",
                                      "Bicarbonate": "23 mmol/L"},
        "Pulmonary_Function_Tests": {
            "Spirometry": {"FEV1": VR("2.31 L (71% predicted)", ">80% predicted"),
                           "FVC": VR("2.78 L (68% predicted)", ">80% predicted"), "FEV1_FVC_Ratio": "0.83"},
            "Lung_Volumes": {"Total_Lung_Capacity": "72% predicted", "Residual_Volume": "81% predicted"},
            "Gas_Transfer": {"DLCO": VR("48% predicted", ">75% predicted"), "KCO": "69% predicted"},
        },
        "Six_Minute_Walk_Test": {"Distance": "310 m", "Lowest_SpO2": "84%",
                                 "Borg_Breathlessness_Score_at_End": "5 (strong)"},
        "Chest_X-Ray": "Subtle bilateral ground-glass haze in the mid and lower zones; heart size normal",
        "HRCT_Chest": {"Findings": "Diffuse ground-glass opacity with ill-defined centrilobular nodules, mosaic "
                                   "attenuation and lobular air trapping on expiratory images; no honeycombing, no "
                                   "traction bronchiectasis",
                       "Impression": "Non-fibrotic hypersensitivity pneumonitis, typical pattern"},
        "Echocardiogram": "Normal biventricular size and function; estimated PA systolic pressure 31 mmHg",
        "Bronchoscopy": {
            "Airway_Inspection": "Normal airways to subsegmental level",
            "Bronchoalveolar_Lavage": {"Site": "Right middle lobe", "Total_Cell_Count": "38 x10^4/mL",
                                       "Differential": {"Lymphocytes": "56%", "Neutrophils": "6%",
                                                        "Eosinophils": "2%", "Macrophages": "36%"},
                                       "CD4_CD8_Ratio": "0.6",
                                       "Microbiology": {"Bacterial_Culture": "No growth",
                                                        "AFB_Smear": "Negative", "Fungal_Culture": "No growth"}},
            "Transbronchial_Biopsy": {"Histology": "Cellular bronchiolitis with poorly formed non-necrotising "
                                                   "granulomas; no vasculitis"},
        },
    },
    "Correct_Diagnosis": "Non-fibrotic hypersensitivity pneumonitis (bird-related, pet budgerigars)",
})

# 1 — neurology: subacute combined degeneration of the cord from pernicious anaemia
CASES.append({
    "Objective_for_Doctor": "Assess a woman with numb feet and unsteadiness that is worse in the dark.",
    "Patient_Actor": PA("63-year-old woman",
                        "Four months of tingling in both feet spreading to the knees, then the fingertips; "
                        "unsteady walking, worse in the dark and when washing her face in the shower; "
                        "tiredness, a sore tongue and mild forgetfulness.",
                        "Numbness and unsteadiness", ["Tingling in the fingers", "Falls in the dark", "Sore tongue",
                                                      "Fatigue", "Forgetfulness"],
                        "Hypothyroidism; vitiligo", "Retired librarian; vegetarian for 10 years; alcohol 2 units "
                        "a week; no nitrous oxide use", "Levothyroxine 75 micrograms",
                        "No bladder or bowel change, no back pain, no visual loss, no weight loss"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Temperature": "36.7 C", "Heart_Rate": "96 bpm", "Respiratory_Rate": "16/min",
                        "Blood_Pressure": {"Lying": "132/78 mmHg", "Standing_at_3_Minutes": "124/74 mmHg"}},
        "General_Inspection": {"Pallor": "Marked", "Skin": "Pale lemon-yellow tint; vitiligo patches on both hands",
                               "Tongue": "Smooth, beefy red (atrophic glossitis)",
                               "Angular_Cheilitis": "Present"},
        "Cognitive_Assessment": {"Montreal_Cognitive_Assessment": "24 of 30 (loses points on delayed recall and "
                                                                  "serial sevens)"},
        "Cranial_Nerves": {"Visual_Acuity": {"Right_Eye": "6/9", "Left_Eye": "6/9"},
                           "Fundoscopy": "Mild temporal pallor of both optic discs",
                           "Eye_Movements": "Full, no nystagmus", "Facial_Sensation": "Normal"},
        "Upper_Limbs": {"Tone": "Normal", "Power": "5/5 throughout",
                        "Reflexes": {"Biceps": "Brisk bilaterally", "Triceps": "Brisk bilaterally",
                                     "Supinator": "Normal"},
                        "Hoffmann_Sign": "Absent", "Pseudoathetosis": "Present in both hands with eyes closed"},
        "Lower_Limbs": {
            "Tone": "Normal",
            "Power": "4+/5 hip flexion bilaterally, otherwise 5/5",
            "Reflexes": {"Knee": {"Right": "Brisk (3+)", "Left": "Brisk (3+)"},
                         "Ankle": {"Right": "Absent", "Left": "Absent"}},
            "Plantar_Responses": {"Right": "Extensor", "Left": "Extensor"},
            "Sensation": {"Vibration": "Absent to the iliac crests bilaterally",
                          "Joint_Position_Sense": "Absent at the toes, impaired at the ankles",
                          "Pinprick": "Reduced in a stocking distribution to mid-shin",
                          "Light_Touch": "Reduced to the ankles"},
            "Heel-Shin_Test": "Clumsy bilaterally, worse with eyes closed",
        },
        "Romberg_Test": "Positive: falls within 5 seconds of closing her eyes",
        "Gait": "Broad-based and stamping; cannot tandem walk",
    },
    "Test_Results": {
        "Blood_Tests": {
            "Full_Blood_Count": {"Haemoglobin": VR("84 g/L", "115-165 g/L"), "MCV": VR("118 fL", "80-100 fL"),
                                 "White_Cell_Count": "3.6 x10^9/L", "Neutrophils": "1.7 x10^9/L",
                                 "Platelets": "128 x10^9/L", "Reticulocytes": "22 x10^9/L (inappropriately low)"},
            "Blood_Film": {"Result": "Macro-ovalocytes, hypersegmented neutrophils, anisopoikilocytosis"},
            "Haematinics": {"Vitamin_B12": VR("68 ng/L", "190-900 ng/L"), "Serum_Folate": "9.1 ug/L",
                            "Red_Cell_Folate": "410 ug/L", "Ferritin": "118 ug/L"},
            "Methylmalonic_Acid": {"Result": VR("2.9 umol/L", "<0.4 umol/L")},
            "Homocysteine": {"Result": "64 umol/L"},
            "Haemolysis_Screen": {"Lactate_Dehydrogenase": "1,420 U/L", "Bilirubin": "31 umol/L (unconjugated)",
                                  "Haptoglobin": "<0.1 g/L"},
            "Gastric_Autoantibodies": {"Intrinsic_Factor_Antibody": "Positive",
                                       "Gastric_Parietal_Cell_Antibody": "Positive (1:320)"},
            "Thyroid_Function_Tests": {"TSH": "3.2 mU/L", "Free_T4": "14 pmol/L"},
            "Serum_Copper": {"Result": "15.8 umol/L (normal)"},
            "Serum_Gastrin": {"Result": "610 ng/L (raised)"},
            "Syphilis_Serology": {"Result": "Treponemal antibody negative"},
        },
        "MRI_Whole_Spine": {"Findings": "Symmetrical T2 hyperintensity of the dorsal columns from C2 to T6 "
                                        "(inverted-V sign on axial images); no cord compression",
                            "Impression": "Dorsal column myelopathy, in keeping with subacute combined degeneration"},
        "MRI_Brain": "Mild periventricular white matter change for age; no other abnormality",
        "Nerve_Conduction_Studies": {
            "Sural_Sensory": {"Right": "Reduced amplitude (4 uV)", "Left": "Reduced amplitude (5 uV)"},
            "Common_Peroneal_Motor": {"Right": "Normal amplitude and velocity", "Left": "Normal"},
            "Median_Sensory": "Low normal",
            "Conclusion": "Mild length-dependent axonal sensory neuropathy",
        },
        "Somatosensory_Evoked_Potentials": {"Posterior_Tibial": "Delayed cortical responses bilaterally",
                                            "Median": "Normal"},
        "Upper_GI_Endoscopy": {
            "Oesophagus": "Normal",
            "Gastric_Body": "Pale, thin mucosa with prominent submucosal vessels",
            "Gastric_Antrum": "Normal",
            "Biopsies": {"Body": {"Histology": "Atrophic body gastritis with intestinal metaplasia and ECL-cell "
                                               "hyperplasia; no dysplasia"},
                         "Antrum": {"Histology": "Normal antral mucosa; Helicobacter not seen"}},
        },
    },
    "Correct_Diagnosis": "Subacute combined degeneration of the spinal cord due to pernicious anaemia",
})

# 2 — nephrology: primary focal segmental glomerulosclerosis with nephrotic syndrome and a left leg DVT
CASES.append({
    "Objective_for_Doctor": "Assess a man with six weeks of swelling of the legs and frothy urine.",
    "Patient_Actor": PA("52-year-old man",
                        "Six weeks of increasing swelling of both legs, now to the thighs, puffy eyes in the "
                        "mornings, frothy urine and 9 kg weight gain; for three days the left calf has been "
                        "more swollen and painful.",
                        "Leg swelling", ["Frothy urine", "Facial puffiness", "Weight gain", "Painful left calf",
                                         "Breathless lying flat"],
                        "None", "Accountant; non-smoker; alcohol 6 units a week", "None; no NSAIDs",
                        "No rash, no joint pain, no haemoptysis, no weight loss before this"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Temperature": "36.9 C", "Heart_Rate": "88 bpm", "Blood_Pressure": "146/92 mmHg",
                        "Respiratory_Rate": "18/min", "Oxygen_Saturation": "96% on air", "Weight": "94 kg"},
        "Face": {"Periorbital_Oedema": "Bilateral", "Xanthelasma": "Present at both medial canthi"},
        "Oedema": {"Lower_Limbs": {"Right": "Pitting to the knee",
                                   "Left": "Pitting to mid-thigh; calf warm and tender"},
                   "Sacral": "Present", "Scrotal": "Mild"},
        "Calf_Circumference": {"Right": "38 cm", "Left": "42 cm"},
        "Nails": "Muehrcke lines (paired white bands)",
        "Chest_Examination": {"Percussion": {"Right_Base": "Stony dull", "Left_Base": "Resonant"},
                              "Breath_Sounds": "Reduced at the right base"},
        "Abdominal_Examination": {"Palpation": "Soft, no organomegaly", "Ascites": "Mild",
                                  "Renal_Angle_Tenderness": {"Right": "None", "Left": "None"}},
        "Fundoscopy": "Grade 1 hypertensive retinopathy",
    },
    "Test_Results": {
        "Urinalysis_Dipstick": {"Protein": "4+", "Blood": "1+", "Glucose": "Negative", "Leucocytes": "Negative"},
        "Urine_Microscopy": {"Red_Cells": "5-10 per hpf, isomorphic", "Casts": "Oval fat bodies and fatty casts"},
        "Urine_Protein_Creatinine_Ratio": VR("820 mg/mmol", "<15 mg/mmol"),
        "Twenty-Four_Hour_Urine_Protein": {"Result": "9.4 g/24 h", "Volume": "1.6 L"},
        "Blood_Tests": {
            "Renal_Profile": {"Sodium": "136 mmol/L", "Potassium": "4.6 mmol/L", "Urea": "7.9 mmol/L",
                              "Creatinine": VR("112 umol/L", "60-110 umol/L"), "eGFR": "66 mL/min/1.73m2"},
            "Liver_Profile": {"Albumin": VR("17 g/L", "35-50 g/L"), "Total_Protein": "41 g/L", "ALT": "22 U/L",
                              "Alkaline_Phosphatase": "84 U/L", "Bilirubin": "6 umol/L"},
            "Lipid_Profile": {"Total_Cholesterol": "11.2 mmol/L", "LDL_Cholesterol": "8.1 mmol/L",
                              "Triglycerides": "3.4 mmol/L"},
            "Full_Blood_Count": {"Haemoglobin": "138 g/L", "White_Cell_Count": "8.4 x10^9/L",
                                 "Platelets": "388 x10^9/L"},
            "Coagulation_Screen": {"Prothrombin_Time": "11.8 s", "APTT": "27 s", "Fibrinogen": "6.9 g/L"},
            "Anti-PLA2R_Antibody": {"Result": VR("<2 RU/mL (negative)", "<14 RU/mL")},
            "Complement": {"C3": "1.32 g/L (normal)", "C4": "0.31 g/L (normal)"},
            "Lupus_Serology": {"Antinuclear_Antibody": "Negative", "Anti-dsDNA": "Negative"},
            "Virology": {"Hepatitis_B_Surface_Antigen": "Negative", "Hepatitis_C_Antibody": "Negative",
                         "HIV_Antigen_Antibody": "Negative"},
            "Serum_Protein_Electrophoresis": {"Result": "Low albumin, raised alpha-2 band; no paraprotein"},
            "HbA1c": {"Result": "38 mmol/mol"},
        },
        "Renal_Ultrasound": {"Right_Kidney": "12.0 cm, normal corticomedullary differentiation",
                             "Left_Kidney": "12.3 cm, normal", "Bladder": "Normal",
                             "Renal_Veins": "Patent on Doppler"},
        "Doppler_Ultrasound_Left_Leg_Veins": "Occlusive thrombus in the left popliteal and superficial femoral "
                                             "veins",
        "Chest_X-Ray": "Moderate right pleural effusion; normal heart size",
        "Electrocardiogram": "Sinus rhythm 86, normal axis and intervals",
        "Renal_Biopsy": {
            "Light_Microscopy": {"Glomeruli": "24 glomeruli, 5 with segmental sclerosis and hyalinosis "
                                              "at the perihilar and tip positions; capillary walls thin",
                                 "Tubules_and_Interstitium": "Interstitial fibrosis and tubular atrophy under 10%",
                                 "Vessels": "Mild arteriolar hyalinosis"},
            "Immunofluorescence": {"IgG": "Negative", "C3": "Segmental 1+ in sclerotic areas",
                                   "IgA": "Negative", "IgM": "Segmental 1+ in sclerotic areas", "C1q": "Negative",
                                   "PLA2R_Staining": "Negative"},
            "Electron_Microscopy": "Diffuse podocyte foot-process effacement (over 80%); no electron-dense "
                                   "deposits",
        },
        "CT_Chest_Abdomen_Pelvis": {"Findings": "Right pleural effusion, small-volume ascites; no mass, no "
                                                "lymphadenopathy",
                                    "Impression": "No occult malignancy"},
    },
    "Correct_Diagnosis": "Primary focal segmental glomerulosclerosis with nephrotic syndrome and left "
                         "femoropopliteal deep vein thrombosis",
})

# 3 — urology: seminoma of the left testis
CASES.append({
    "Objective_for_Doctor": "Assess a young man who has found a lump in his left testicle.",
    "Patient_Actor": PA("31-year-old man",
                        "Noticed a painless hard lump in the left testicle in the shower two months ago; a dragging "
                        "ache in the scrotum since; no trauma, no urinary symptoms. Partner and he are planning "
                        "children.",
                        "Lump in the left testicle", ["Scrotal heaviness", "Mild breast tenderness"],
                        "Left orchidopexy aged 3 for an undescended testis", "Software engineer; non-smoker; "
                        "alcohol 10 units a week", "None",
                        "No back pain, no cough, no weight loss, no night sweats"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Temperature": "36.6 C", "Heart_Rate": "72 bpm", "Blood_Pressure": "124/76 mmHg",
                        "Respiratory_Rate": "14/min"},
        "Breast_Examination": {"Gynaecomastia": "Mild bilateral, tender, no discrete mass"},
        "Scrotal_Examination": {
            "Right_Testis": "Normal size and consistency",
            "Left_Testis": "Enlarged, hard, craggy lower-pole mass; painless",
            "Epididymis": {"Right": "Normal", "Left": "Separate from the mass, normal"},
            "Transillumination": "Left mass does not transilluminate",
            "Spermatic_Cord": "Normal bilaterally, no varicocele",
            "Cough_Impulse": "None",
        },
        "Lymph_Node_Examination": {"Cervical": "Not enlarged", "Left_Supraclavicular": "Not palpable",
                                   "Inguinal": {"Right": "Not enlarged", "Left": "Not enlarged"}},
        "Abdominal_Examination": {"Palpation": "Soft, no para-aortic mass", "Liver": "Not enlarged"},
        "Chest_Examination": "Clear",
    },
    "Test_Results": {
        "Serum_Tumour_Markers": {"Alpha-Fetoprotein": VR("4 kU/L", "<10 kU/L"),
                                 "Beta-hCG": VR("18 IU/L", "<5 IU/L"),
                                 "Lactate_Dehydrogenase": VR("312 U/L", "135-225 U/L")},
        "Blood_Tests": {
            "Full_Blood_Count": {"Haemoglobin": "151 g/L", "White_Cell_Count": "6.9 x10^9/L",
                                 "Platelets": "244 x10^9/L"},
            "Renal_Profile": {"Creatinine": "84 umol/L", "eGFR": ">90 mL/min/1.73m2", "Potassium": "4.1 mmol/L"},
            "Liver_Function_Tests": {"ALT": "28 U/L", "Alkaline_Phosphatase": "71 U/L", "Bilirubin": "9 umol/L"},
            "Reproductive_Hormones": {"Testosterone": "11.4 nmol/L", "LH": "7.8 IU/L", "FSH": "9.6 IU/L"},
        },
        "Scrotal_Ultrasound": {
            "Right_Testis": "Normal echotexture; scattered microlithiasis (fewer than 5 per field)",
            "Left_Testis": "3.4 cm well-defined homogeneous hypoechoic intratesticular mass with internal "
                           "vascularity on colour Doppler",
            "Impression": "Left intratesticular mass, likely seminoma",
        },
        "CT_Chest_Abdomen_Pelvis": {"Findings": "No retroperitoneal or pelvic lymphadenopathy; lungs clear; "
                                                "no liver lesion",
                                    "Impression": "No metastatic disease (clinical stage I)"},
        "Chest_X-Ray": "Normal",
        "Semen_Analysis": {"Volume": "2.8 mL", "Sperm_Concentration": VR("9 million/mL", ">=16 million/mL"),
                           "Progressive_Motility": "28%", "Normal_Morphology": "3%",
                           "Outcome": "Three samples cryopreserved before orchidectomy"},
        "Radical_Inguinal_Orchidectomy_Left": {
            "Macroscopy": "Cream lobulated tumour 3.6 cm confined to the testis",
            "Histology": "Classical seminoma with a lymphocytic infiltrate and scattered syncytiotrophoblastic "
                         "giant cells; germ cell neoplasia in situ in adjacent tubules",
            "Lymphovascular_Invasion": "Not identified",
            "Rete_Testis_Invasion": "Pagetoid (stromal invasion absent)",
            "Spermatic_Cord_Margin": "Clear",
            "Immunohistochemistry": {"OCT3-4": "Positive", "CD117": "Positive", "PLAP": "Positive",
                                     "CD30": "Negative", "Beta-hCG_Immunostain": "Positive in the giant cells only"},
            "Pathological_Stage": "pT1 (TNM 8)",
        },
    },
    "Correct_Diagnosis": "Seminoma of the left testis, clinical stage IA",
})

# 4 — reproductive gynaecology: severe ovarian hyperstimulation syndrome
CASES.append({
    "Objective_for_Doctor": "Assess a woman with abdominal swelling and pain a week after IVF egg collection.",
    "Patient_Actor": PA("29-year-old woman",
                        "IVF for tubal factor: 31 oocytes collected 8 days ago, hCG trigger, one embryo "
                        "transferred 3 days ago. Three days of abdominal bloating and pain, nausea, vomiting "
                        "twice, passing little urine and breathless lying flat; waist 8 cm bigger.",
                        "Abdominal distension and pain", ["Nausea and vomiting", "Reduced urine output",
                                                          "Breathlessness lying flat", "Weight gain"],
                        "Polycystic ovary syndrome", "Nurse; non-smoker; no alcohol",
                        "Progesterone pessaries 400 mg twice daily",
                        "No vaginal bleeding, no fever, no calf pain, no dysuria"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Temperature": "37.2 C", "Heart_Rate": "112 bpm", "Blood_Pressure": "98/62 mmHg",
                        "Respiratory_Rate": "24/min", "Oxygen_Saturation": "95% on air"},
        "Weight_and_Girth": {"Weight": "67 kg (61 kg before stimulation)",
                             "Abdominal_Girth": "94 cm (86 cm at baseline)"},
        "General_Inspection": {"Hydration": "Dry mucous membranes", "Capillary_Refill": "3 seconds"},
        "Chest_Examination": {"Right_Base": "Dull with reduced breath sounds", "Left_Base": "Normal"},
        "Abdominal_Examination": {"Inspection": "Tense distension", "Palpation": "Diffuse tenderness, worse in "
                                  "both iliac fossae; bilateral adnexal masses to the umbilicus",
                                  "Percussion": "Dull in both flanks; shifting dullness present",
                                  "Peritonism": "No guarding or rebound"},
        "Calves": "Soft, non-tender, equal",
        "Fluid_Balance": {"Urine_Output_Last_24_Hours": "410 mL", "Oral_Intake": "900 mL"},
    },
    "Test_Results": {
        "OHSS_Severity_Grade": "Severe (RCOG): clinical ascites, oliguria, haematocrit above 0.45, "
                               "hyponatraemia",
        "Blood_Tests": {
            "Full_Blood_Count": {"Haemoglobin": "162 g/L", "Haematocrit": VR("0.49", "0.36-0.46"),
                                 "White_Cell_Count": "17.8 x10^9/L", "Platelets": "421 x10^9/L"},
            "Urea_and_Electrolytes": {"Sodium": VR("129 mmol/L", "133-146 mmol/L"), "Potassium": "5.2 mmol/L",
                                      "Urea": "8.6 mmol/L", "Creatinine": "98 umol/L"},
            "Liver_Function_Tests": {"ALT": "64 U/L", "Alkaline_Phosphatase": "92 U/L", "Albumin": "26 g/L",
                                     "Bilirubin": "8 umol/L"},
            "Serum_Osmolality": {"Result": "268 mOsm/kg"},
            "Coagulation_Screen": {"Prothrombin_Time": "11.2 s", "APTT": "26 s", "Fibrinogen": "6.1 g/L",
                                   "D-Dimer": "2.4 mg/L FEU"},
            "Serum_Oestradiol": {"Result": "19,800 pmol/L"},
            "Serum_Beta-hCG": {"Result": "Pending (test due 11 days after transfer)"},
            "C-Reactive_Protein": {"Result": "32 mg/L"},
        },
        "Urinalysis": {"Specific_Gravity": "1.030", "Ketones": "2+", "Protein": "Trace", "Nitrites": "Negative"},
        "Transvaginal_Pelvic_Ultrasound": {
            "Right_Ovary": "11 x 9 cm with multiple large follicular cysts",
            "Left_Ovary": "10 x 8 cm with multiple cysts",
            "Ovarian_Doppler": "Arterial and venous flow present in both ovaries",
            "Uterus": "Endometrium 12 mm; no intrauterine sac yet (too early)",
            "Free_Fluid": "Large-volume ascites extending to the liver edge",
        },
        "Chest_X-Ray": "Small right pleural effusion",
        "Electrocardiogram": "Sinus tachycardia 110; peaked T waves absent",
        "Ultrasound-Guided_Paracentesis": {
            "Volume_Drained": "2.6 L over 4 hours",
            "Appearance": "Straw-coloured, clear",
            "Ascitic_Fluid": {"Total_Protein": "38 g/L", "Albumin": "22 g/L", "White_Cell_Count": "160 per mm3",
                              "Gram_Stain": "No organisms"},
        },
    },
    "Correct_Diagnosis": "Severe early ovarian hyperstimulation syndrome after IVF",
})

# 5 — rheumatology: adult-onset Still's disease
CASES.append({
    "Objective_for_Doctor": "Assess a woman with three weeks of evening fevers, a rash and painful joints.",
    "Patient_Actor": PA("26-year-old woman",
                        "Three weeks of fevers to 39.5 C every evening that settle by morning, a pink rash on "
                        "the trunk that comes with the fever, a sore throat at the start, and painful swollen "
                        "wrists and knees. Two courses of antibiotics did not help.",
                        "Daily fevers", ["Evanescent rash", "Sore throat", "Joint pain and swelling",
                                         "Muscle aches", "Weight loss"],
                        "None", "Primary school teacher; no travel abroad in 2 years; no animal contact; "
                        "non-smoker", "Paracetamol as needed",
                        "No mouth ulcers, no photosensitivity, no Raynaud phenomenon, no eye symptoms"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Temperature": "39.2 C (evening)", "Heart_Rate": "118 bpm", "Blood_Pressure": "108/66 mmHg",
                        "Respiratory_Rate": "18/min"},
        "Temperature_Chart": "Quotidian spikes above 39 C each evening, normal between spikes",
        "Skin_Examination": {"Trunk_and_Thighs": "Evanescent salmon-pink macular rash, seen only with the "
                                                 "fever spikes",
                             "Koebner_Phenomenon": "Linear rash along scratch marks on the back"},
        "Throat": {"Pharynx": "Mild erythema, no exudate", "Tonsils": "Not enlarged"},
        "Lymph_Nodes": {"Cervical": {"Right": "Two tender 1.5 cm nodes", "Left": "One 1 cm node"},
                        "Axillary": "Not enlarged", "Inguinal": "Shotty"},
        "Joint_Examination": {
            "Wrists": {"Right": "Swollen, tender, warm", "Left": "Swollen, tender"},
            "Knees": {"Right": "Effusion (positive bulge sign), tender", "Left": "Tender, no effusion"},
            "MCP_Joints": "Tender second and third on both hands, not swollen",
            "Ankles": "Normal",
        },
        "Abdominal_Examination": {"Liver": "Palpable 2 cm below the costal margin", "Spleen": "Tip palpable"},
        "Cardiovascular_Examination": {"Heart_Sounds": "Normal", "Pericardial_Rub": "Absent"},
        "Pouchot_Score": "6 of 12 (fever, rash, arthritis, lymphadenopathy, hepatomegaly, splenomegaly)",
    },
    "Test_Results": {
        "Yamaguchi_Criteria": "Fulfilled: 4 major, 3 minor; exclusions negative",
        "Blood_Tests": {
            "Full_Blood_Count": {"Haemoglobin": "104 g/L", "White_Cell_Count": VR("24.6 x10^9/L", "4.0-11.0"),
                                 "Neutrophils": "21.9 x10^9/L (89%)", "Lymphocytes": "1.4 x10^9/L",
                                 "Platelets": "486 x10^9/L"},
            "Inflammatory_Markers": {"C-Reactive_Protein": "186 mg/L", "ESR": "92 mm/h"},
            "Ferritin": {"Total": VR("8,900 ug/L", "15-150 ug/L"), "Glycosylated_Fraction": "11% (low)"},
            "Liver_Function_Tests": {"ALT": "112 U/L", "AST": "98 U/L", "Alkaline_Phosphatase": "160 U/L",
                                     "Bilirubin": "14 umol/L"},
            "Lactate_Dehydrogenase": {"Result": "520 U/L"},
            "Fasting_Triglycerides": {"Result": "1.8 mmol/L"},
            "Fibrinogen": {"Result": "5.8 g/L"},
            "Procalcitonin": {"Result": "0.4 ug/L"},
            "Autoantibodies": {"Rheumatoid_Factor": "Negative", "Anti-CCP": "Negative",
                               "Antinuclear_Antibody": "Negative"},
            "Blood_Cultures": {"Result": "No growth in three sets"},
            "Viral_Serology": {"EBV_VCA_IgM": "Negative", "CMV_IgM": "Negative", "Parvovirus_B19_IgM": "Negative"},
            "Anti-Streptolysin_O_Titre": {"Result": "150 IU/mL (normal)"},
        },
        "Urinalysis": "No blood, no protein",
        "Right_Knee_Aspiration": {
            "Appearance": "Turbid yellow",
            "Synovial_Fluid": {"White_Cell_Count": "18,000 per mm3 (85% neutrophils)",
                               "Crystals": "None under polarised light", "Gram_Stain": "No organisms",
                               "Culture": "No growth"},
        },
        "Chest_X-Ray": "Clear lungs; normal heart size",
        "Echocardiogram": "Trace pericardial effusion; normal valves, no vegetation",
        "CT_Chest_Abdomen_Pelvis": {"Findings": "Hepatosplenomegaly (spleen 14 cm); small reactive axillary and "
                                                "para-aortic nodes; no mass",
                                    "Impression": "No lymphoma or solid tumour"},
        "Bone_Marrow_Examination": {"Aspirate": "Reactive granulocytic hyperplasia; no haemophagocytosis, no "
                                                "blasts",
                                    "Trephine": "Hypercellular reactive marrow; no lymphoma"},
    },
    "Correct_Diagnosis": "Adult-onset Still's disease",
})


if __name__ == "__main__":
    with (HERE / "cases_en.jsonl").open("w", encoding="utf-8") as f:
        for case in CASES:
            f.write(json.dumps({"OSCE_Examination": case}, ensure_ascii=False) + "\n")
    print(len(CASES), "cases")

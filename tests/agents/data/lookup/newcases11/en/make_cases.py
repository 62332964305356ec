"""Write cases_en.jsonl: 6 new English AgentClinic OSCE cases for the newcases11 blind lookup set (part en)."""

import json
from pathlib import Path

from dxgym.evaluation.lookup_sets import osce_patient, osce_value

HERE = Path(__file__).parent


# AgentClinic's value and patient blocks are every English part's (dxgym.evaluation.lookup_sets).
VR, PA = osce_value, osce_patient


CASES = []

# 0 — gastroenterology: achalasia type II
CASES.append({
    "Objective_for_Doctor": "Assess a woman with two years of difficulty swallowing and weight loss.",
    "Patient_Actor": PA("47-year-old woman",
                        "Two years of dysphagia to both solids and liquids from the start, regurgitation of "
                        "undigested food at night, retrosternal discomfort after meals and 9 kg weight loss; she "
                        "drinks water and stands up to get food down. Two chest infections this winter.",
                        "Difficulty swallowing", ["Regurgitation of undigested food", "Chest discomfort after meals",
                                                  "Weight loss", "Night-time cough"],
                        "Nil significant", "Teacher; never smoked; no alcohol; born in the UK, no travel to "
                        "South America", "Omeprazole 20 mg (no benefit)",
                        "No haematemesis, no melaena, no heartburn, no change in voice"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Temperature": "37.1 C", "Heart_Rate": "84 bpm", "Blood_Pressure": "118/72 mmHg",
                        "Respiratory_Rate": "16/min", "Oxygen_Saturation": "97% on air"},
        "Nutritional_Assessment": {"Weight": "52 kg", "Body_Mass_Index": VR("18.1 kg/m2", "18.5-24.9 kg/m2"),
                                   "Mid_Upper_Arm_Circumference": "22 cm", "Temporal_Wasting": "Mild"},
        "Mouth_and_Throat": {"Dentition": "Good", "Tongue": "Moist, normal", "Halitosis": "Present"},
        "Neck_Examination": {"Supraclavicular_Lymph_Nodes": {"Right": "Not palpable", "Left": "Not palpable"},
                             "Thyroid": "Not enlarged"},
        "Chest_Examination": {"Percussion": "Resonant throughout",
                              "Auscultation": {"Right_Base": "Coarse crackles", "Left_Base": "Clear",
                                               "Upper_Zones": "Clear"}},
        "Abdominal_Examination": {"Inspection": "Scaphoid", "Palpation": {"Epigastrium": "Soft, non-tender, no mass",
                                                                          "Liver": "Not enlarged"},
                                  "Bowel_Sounds": "Normal"},
    },
    "Test_Results": {
        "Eckardt_Score": "9 of 12 (dysphagia 3, regurgitation 3, chest pain 1, weight loss 2)",
        "Blood_Tests": {
            "Full_Blood_Count": {"Haemoglobin": VR("112 g/L", "115-165 g/L"), "MCV": "86 fL",
                                 "White_Cell_Count": "10.8 x10^9/L", "Eosinophils": "0.1 x10^9/L",
                                 "Platelets": "318 x10^9/L"},
            "Urea_and_Electrolytes": {"Sodium": "138 mmol/L", "Potassium": "3.4 mmol/L", "Urea": "3.1 mmol/L",
                                      "Creatinine": "58 umol/L"},
            "Albumin": {"Result": "31 g/L"},
            "Ferritin": {"Result": "14 ug/L"},
            "Magnesium": {"Result": "0.72 mmol/L"},
            "C-Reactive_Protein": {"Result": "24 mg/L"},
        },
        "Trypanosoma_cruzi_Serology": "Negative",
        "Chest_X-Ray": "Widened right mediastinal contour with an air-fluid level behind the heart; absent gastric "
                       "air bubble; patchy right lower zone consolidation",
        "Upper_GI_Endoscopy": {
            "Oesophagus": "Dilated, with retained food and fluid; no stricture, no mucosal lesion",
            "Gastro-Oesophageal_Junction": "Tight and puckered, passed with gentle pressure (a 'pop')",
            "Stomach": {"Retroflexed_View_of_Cardia": "No mass at the cardia", "Antrum": "Normal"},
            "Duodenum": "Normal to D2",
            "Biopsies": {"Mid_Oesophagus": {"Histology": "Squamous mucosa with mild non-specific inflammation",
                                            "Eosinophils": "2 per high-power field"},
                         "Gastric_Cardia": "No dysplasia or malignancy"},
            "Rapid_Urease_Test": "Negative",
        },
        "Timed_Barium_Oesophagram": {"Appearance": "Dilated oesophagus (4.5 cm) tapering to a smooth bird's beak",
                                     "Barium_Column_Height_1_Minute": "11 cm",
                                     "Barium_Column_Height_5_Minutes": "9 cm"},
        "High-Resolution_Oesophageal_Manometry": {
            "Integrated_Relaxation_Pressure": VR("31 mmHg", "< 15 mmHg"),
            "Lower_Oesophageal_Sphincter_Resting_Pressure": "48 mmHg",
            "Peristalsis": "100% failed peristalsis",
            "Panoesophageal_Pressurisation": "In 8 of 10 swallows",
            "Chicago_Classification": "Type II achalasia (Chicago classification v4.0)",
        },
        "CT_Chest_and_Abdomen": {"Findings": "Fluid-filled dilated oesophagus, smooth distal tapering, no wall "
                                             "thickening or mass at the gastro-oesophageal junction; right lower "
                                             "lobe consolidation",
                                 "Impression": "No pseudoachalasia; aspiration pneumonia"},
    },
    "Correct_Diagnosis": "Achalasia type II (idiopathic) with aspiration pneumonia",
})

# 1 — cardiology: constrictive pericarditis (tuberculous)
CASES.append({
    "Objective_for_Doctor": "Assess a man with a swollen abdomen and legs and breathlessness.",
    "Patient_Actor": PA("36-year-old man",
                        "Eight months of worsening breathlessness on exertion, swelling of both legs and a swollen "
                        "abdomen; night sweats and weight loss early in the illness. Moved from Nepal three years "
                        "ago; his brother was treated for tuberculosis.",
                        "Swelling and breathlessness", ["Abdominal swelling", "Ankle swelling", "Fatigue",
                                                        "Night sweats"],
                        "None", "Chef; never smoked; no alcohol", "Furosemide 40 mg (from his GP)",
                        "No chest pain, no orthopnoea, no haemoptysis, no jaundice"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Heart_Rate": "104 bpm, irregularly irregular", "Blood_Pressure": "102/70 mmHg",
                        "Respiratory_Rate": "20/min", "Oxygen_Saturation": "95% on air", "Temperature": "37.4 C",
                        "Pulsus_Paradoxus": "6 mmHg (not significant)"},
        "Jugular_Venous_Pressure": {"Height": "Raised to the angle of the jaw at 45 degrees",
                                    "Waveform": "Prominent, sharp y descent",
                                    "Kussmaul_Sign": "Present: the JVP rises on inspiration",
                                    "Abdominojugular_Reflux": "Positive"},
        "Cardiovascular_Examination": {"Apex_Beat": "Impalpable",
                                       "Heart_Sounds": {"First_and_Second": "Quiet",
                                                        "Pericardial_Knock": "Early diastolic sound at the left "
                                                                             "sternal edge"},
                                       "Murmurs": "None"},
        "Chest_Examination": {"Percussion": {"Right_Base": "Stony dull", "Left_Base": "Resonant"},
                              "Auscultation": "Reduced breath sounds at the right base"},
        "Abdominal_Examination": {"Liver": "Smooth, non-pulsatile, 5 cm below the costal margin",
                                  "Spleen": "Not palpable",
                                  "Shifting_Dullness": "Present", "Fluid_Thrill": "Absent"},
        "Peripheral_Oedema": {"Right_Leg": "Pitting to the knee", "Left_Leg": "Pitting to the knee",
                              "Sacral": "Present"},
    },
    "Test_Results": {
        "NYHA_Functional_Class": "III",
        "Six_Minute_Walk_Test": "290 m, saturation nadir 93%",
        "Blood_Tests": {
            "Full_Blood_Count": {"Haemoglobin": "121 g/L", "White_Cell_Count": "6.9 x10^9/L",
                                 "Lymphocytes": "0.9 x10^9/L", "Platelets": "201 x10^9/L"},
            "Renal_Profile": {"Sodium": "131 mmol/L", "Potassium": "4.1 mmol/L", "Creatinine": "104 umol/L"},
            "Liver_Function_Tests": {"Bilirubin": "28 umol/L", "ALT": "52 U/L", "ALP": "164 U/L",
                                     "Albumin": "29 g/L", "Total_Protein": "62 g/L"},
            "Lactate_Dehydrogenase": {"Result": "240 U/L"},
            "NT-proBNP": {"Result": VR("386 ng/L", "< 125 ng/L")},
            "Interferon-Gamma_Release_Assay": {"Result": "Positive (QuantiFERON-TB Gold Plus)"},
            "HIV_Test": {"Result": "Negative"},
        },
        "Electrocardiogram": {"Rhythm": "Atrial fibrillation, ventricular rate 104", "QRS_Voltage": "Low voltage "
                              "in the limb leads", "T_Waves": "Widespread T-wave flattening"},
        "Chest_X-Ray": "Rim of pericardial calcification on the lateral film; right pleural effusion; clear lung "
                       "fields",
        "Transthoracic_Echocardiogram": {
            "Left_Ventricular_Ejection_Fraction": "60%",
            "Septal_Motion": "Septal bounce with respiratory septal shift",
            "Mitral_Inflow": "E-wave velocity falls 30% on inspiration",
            "Tissue_Doppler": {"Medial_e_prime": "14 cm/s", "Lateral_e_prime": "10 cm/s (annulus reversus)"},
            "Inferior_Vena_Cava": "Plethoric, 2.6 cm, no inspiratory collapse",
            "Pericardium": "Thickened and echo-bright; no effusion",
        },
        "Cardiac_MRI": {"Findings": "Pericardium 7 mm thick with late gadolinium enhancement; real-time cine shows "
                                    "inspiratory septal flattening",
                        "Impression": "Constrictive pericarditis with active pericardial inflammation"},
        "CT_Chest": "Patchy pericardial calcification over the right atrioventricular groove; no lung cavitation",
        "Cardiac_Catheterisation": {
            "Right_Heart": {"Right_Atrial_Pressure": "19 mmHg, M-shaped waveform",
                            "Right_Ventricular_Pressure": "36/18 mmHg with a dip-and-plateau",
                            "Pulmonary_Artery_Pressure": "36/20 mmHg"},
            "Left_Heart": {"Pulmonary_Capillary_Wedge_Pressure": "20 mmHg",
                           "Left_Ventricular_End-Diastolic_Pressure": "21 mmHg"},
            "Ventricular_Interdependence": "Discordant respiratory change in RV and LV systolic pressures",
            "Coronary_Angiography": "Unobstructed coronary arteries",
        },
        "Pleural_Aspiration_Right": {
            "Appearance": "Straw-coloured",
            "Fluid_Analysis": {"Protein": "44 g/L", "LDH": "310 U/L", "Adenosine_Deaminase": "58 U/L",
                               "Lymphocytes": "85%"},
            "Microbiology": {"AFB_Smear": "No acid-fast bacilli seen",
                             "Mycobacterial_Culture": "Mycobacterium tuberculosis at 3 weeks"},
        },
        "Sputum": {"AFB_Smear": "Negative x3", "Xpert_MTB_RIF": "Not detected"},
    },
    "Correct_Diagnosis": "Constrictive pericarditis (tuberculous) with atrial fibrillation",
})

# 2 — endocrinology: insulinoma
CASES.append({
    "Objective_for_Doctor": "Assess a woman with episodes of confusion and sweating before breakfast.",
    "Patient_Actor": PA("39-year-old woman",
                        "Eight months of early-morning episodes of sweating, tremor, confusion and odd behaviour; "
                        "her husband found her unrousable once and paramedics recorded a glucose of 1.8 mmol/L; "
                        "every episode settles with sugary drinks. She has gained 7 kg from eating to prevent them.",
                        "Episodes of confusion", ["Sweating", "Tremor", "Weight gain", "Blurred vision"],
                        "None; not diabetic", "Pharmacist; no alcohol; no one at home takes diabetes tablets",
                        "None", "No headache, no galactorrhoea, no kidney stones, no diarrhoea"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Heart_Rate": "78 bpm", "Blood_Pressure": "124/80 mmHg", "Temperature": "36.7 C",
                        "Weight": "84 kg", "Body_Mass_Index": VR("31.2 kg/m2", "18.5-24.9 kg/m2")},
        "Bedside_Capillary_Glucose": "4.8 mmol/L (after breakfast)",
        "General_Inspection": {"Acanthosis_Nigricans": "Absent", "Injection_Sites": "None seen",
                               "Cushingoid_Features": "Absent"},
        "Neurological_Examination": {"Orientation": "Fully orientated",
                                     "Cranial_Nerves": {"Visual_Fields": "Full to confrontation",
                                                        "Fundi": "Normal"},
                                     "Tone_and_Power": "Normal in all limbs",
                                     "Reflexes": "Normal and symmetrical",
                                     "Plantar_Responses": "Flexor"},
        "Neck_Examination": "No goitre, no palpable parathyroid mass",
        "Abdominal_Examination": "Soft, non-tender, no masses, no organomegaly",
    },
    "Test_Results": {
        "Supervised_72_Hour_Fast": {
            "Duration": "Stopped at 16 hours with neuroglycopenic symptoms (Whipple's triad met)",
            "Plasma_Glucose_at_End": VR("2.1 mmol/L", "> 3.0 mmol/L"),
            "Insulin": "58 pmol/L (inappropriately detectable)",
            "C-Peptide": "0.42 nmol/L",
            "Proinsulin": "21 pmol/L",
            "Beta-Hydroxybutyrate": "0.3 mmol/L (suppressed)",
            "Sulfonylurea_and_Meglitinide_Screen": "Negative",
            "Glucagon_Stimulation": "Glucose rose by 1.9 mmol/L 30 minutes after 1 mg glucagon IV",
        },
        "Blood_Tests": {
            "Biochemistry": {"Sodium": "139 mmol/L", "Potassium": "4.0 mmol/L", "Creatinine": "66 umol/L",
                             "Random_Glucose": "5.2 mmol/L", "Adjusted_Calcium": "2.36 mmol/L"},
            "HbA1c": {"Result": "31 mmol/mol"},
            "Liver_Function_Tests": {"ALT": "21 U/L", "Bilirubin": "8 umol/L", "Albumin": "42 g/L"},
            "Parathyroid_Hormone": {"Result": VR("3.9 pmol/L", "1.6-6.9 pmol/L")},
            "Prolactin": {"Result": "240 mU/L"},
            "Morning_Cortisol": {"Result": "412 nmol/L"},
            "Insulin_Antibodies": {"Result": "Negative"},
            "Chromogranin_A": {"Result": "Normal"},
        },
        "CT_Pancreas_Multiphase": {"Findings": "11 mm arterially enhancing lesion in the pancreatic body; no "
                                               "liver lesions, no lymphadenopathy",
                                   "Impression": "Probable pancreatic neuroendocrine tumour"},
        "MRI_Pancreas": "11 mm T2-bright, diffusion-restricting lesion in the body, 4 mm from the main duct",
        "Endoscopic_Ultrasound": {
            "Pancreas": "10 x 11 mm well-defined hypoechoic lesion in the body; duct not dilated",
            "Fine_Needle_Aspiration": {"Cytology": "Well-differentiated neuroendocrine tumour",
                                       "Ki-67_Index": "1%",
                                       "Insulin_Immunostaining": "Positive"},
        },
        "Ga-68_DOTATATE_PET-CT": "Low-grade uptake in the pancreatic body lesion only; no distant disease",
        "Genetic_Testing": {"MEN1_Gene": "No pathogenic variant"},
    },
    "Correct_Diagnosis": "Insulinoma (sporadic, pancreatic body)",
})

# 3 — sexual health / infectious disease: secondary syphilis
CASES.append({
    "Objective_for_Doctor": "Assess a man with a rash on his body, palms and soles.",
    "Patient_Actor": PA("29-year-old man",
                        "Three weeks of a non-itchy rash spreading over his trunk, palms and soles, sore throat, "
                        "patchy hair loss, headaches and tiredness. Two months ago he had a painless sore on the "
                        "penis that healed by itself. Several male partners in the past six months, condoms "
                        "not always used.",
                        "Rash on the body, palms and soles", ["Sore throat", "Patchy hair loss", "Headache",
                                                              "Painless penile sore, healed"],
                        "Treated for gonorrhoea 2 years ago", "Bartender; smokes 5 a day; social alcohol",
                        "None (not on PrEP)", "No visual change, no hearing loss, no weakness, no joint swelling"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Temperature": "37.8 C", "Heart_Rate": "88 bpm", "Blood_Pressure": "126/78 mmHg"},
        "Skin_Examination": {"Trunk": "Symmetrical copper-coloured scaly macules and papules, non-itchy",
                             "Palms": "Scaly copper-coloured macules on both palms",
                             "Soles": "Scaly macules on both soles",
                             "Scalp": "Patchy moth-eaten alopecia over the occiput"},
        "Oral_Cavity": {"Mucous_Patches": "Grey snail-track ulcers on the inner lips", "Tonsils": "Mildly enlarged"},
        "Lymph_Nodes": {"Cervical": "Small rubbery nodes on both sides",
                        "Epitrochlear": {"Right": "1.5 cm, rubbery, non-tender", "Left": "1 cm, rubbery"},
                        "Inguinal": "Bilateral shotty, non-tender nodes"},
        "Genital_Examination": {"Penis": "Faint scar on the coronal sulcus, no active ulcer",
                                "Scrotum_and_Testes": "Normal", "Urethral_Discharge": "None"},
        "Perianal_Examination": "Moist flat grey plaques at the anal margin (condylomata lata)",
        "Eye_Examination": {"Visual_Acuity": {"Right_Eye": "6/6", "Left_Eye": "6/6"},
                            "Pupils": "Equal and reactive to light and accommodation"},
        "Neurological_Examination": {"Neck_Stiffness": "Absent", "Cranial_Nerves": "Normal",
                                     "Romberg_Test": "Negative", "Vibration_Sense": "Normal at the ankles"},
        "Abdominal_Examination": {"Liver": "Edge palpable 1 cm, non-tender", "Spleen": "Not palpable"},
    },
    "Test_Results": {
        "Syphilis_Serology": {"Treponemal_EIA": "Reactive",
                              "TPPA": "Reactive",
                              "RPR": VR("Reactive, titre 1:128", "Non-reactive"),
                              "Treponemal_IgM": "Positive"},
        "Lesion_Swab_Perianal": {"Treponema_pallidum_PCR": "Detected",
                                 "Dark_Ground_Microscopy": "Motile spirochaetes seen"},
        "STI_Screen": {"Gonorrhoea_NAAT": {"First-Void_Urine": "Not detected", "Pharyngeal_Swab": "Not detected",
                                           "Rectal_Swab": "Detected"},
                       "Chlamydia_NAAT": {"First-Void_Urine": "Not detected", "Rectal_Swab": "Not detected"}},
        "Blood_Tests": {
            "Full_Blood_Count": {"Haemoglobin": "139 g/L", "White_Cell_Count": "9.6 x10^9/L",
                                 "Platelets": "250 x10^9/L"},
            "Liver_Function_Tests": {"ALT": "64 U/L", "ALP": VR("312 U/L", "30-130 U/L"), "GGT": "140 U/L",
                                     "Bilirubin": "14 umol/L"},
            "Renal_Profile": {"Creatinine": "82 umol/L", "eGFR": "> 90"},
            "Glucose": {"Result": "5.0 mmol/L"},
            "HIV_Antigen_Antibody": {"Result": "Negative (4th generation)"},
            "Hepatitis_Serology": {"HBsAg": "Negative", "Anti-HBs": "120 IU/L (immune)",
                                   "Hepatitis_C_Antibody": "Negative", "Hepatitis_A_IgG": "Negative"},
        },
        "Urinalysis": {"Protein": "Trace", "Blood": "Negative"},
        "Lumbar_Puncture": {"Opening_Pressure": "18 cmH2O",
                            "CSF_Analysis": {"White_Cells": "4 per uL", "Protein": "0.42 g/L",
                                             "Glucose": "3.1 mmol/L", "CSF_VDRL": "Non-reactive"}},
    },
    "Correct_Diagnosis": "Secondary syphilis with early syphilitic hepatitis",
})

# 4 — paediatric orthopaedics: slipped capital femoral epiphysis
CASES.append({
    "Objective_for_Doctor": "Assess a 12-year-old boy with a limp and left knee pain.",
    "Patient_Actor": PA("12-year-old boy",
                        "Six weeks of aching pain in the left knee and front of the thigh, worse after football, "
                        "and a limp; no injury he can remember. He can still walk without crutches. His GP "
                        "examined the knee and found nothing.",
                        "Left knee pain and limp", ["Limp", "Thigh pain", "Tires on walking"],
                        "Obesity; snores", "Year 7 at school; plays football", "None",
                        "No fever, no night pain, no weight loss, no rash"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Temperature": "36.8 C", "Heart_Rate": "86 bpm", "Blood_Pressure": "118/74 mmHg"},
        "Growth": {"Height": "152 cm (75th centile)", "Weight": "71 kg (> 99th centile)",
                   "Body_Mass_Index": VR("30.7 kg/m2", "above the 98th centile"), "Tanner_Stage": "2"},
        "Skin": {"Acanthosis_Nigricans": "Present on the neck"},
        "Gait": {"Pattern": "Antalgic, with the left foot turned out",
                 "Trendelenburg_Test": {"Right": "Negative", "Left": "Positive"}},
        "Hip_Examination": {
            "Right": {"Flexion": "120 degrees", "Internal_Rotation": "30 degrees", "External_Rotation": "40 degrees"},
            "Left": {"Flexion": "90 degrees", "Internal_Rotation": "0 degrees, painful",
                     "External_Rotation": "60 degrees",
                     "Obligatory_External_Rotation_on_Flexion": "Present (Drehmann sign)"},
            "Log_Roll": "Painful on the left",
        },
        "Leg_Lengths": {"True_Leg_Length": {"Right": "78 cm", "Left": "77 cm"},
                        "Apparent_Leg_Length": "Left shorter by 1.5 cm"},
        "Thigh_Circumference": {"Right": "52 cm", "Left": "50 cm (quadriceps wasting)"},
        "Knee_Examination": {"Right": "Normal", "Left": "Full range, no effusion, no joint-line tenderness"},
        "Neurovascular_Status": "Distal pulses and sensation normal in both legs",
    },
    "Test_Results": {
        "Loder_Stability": "Stable (able to bear weight)",
        "X-Ray_Pelvis_AP": {"Findings": "Widened, irregular left physis with reduced epiphyseal height",
                            "Klein_Line": {"Right": "Intersects the epiphysis", "Left": "Does not intersect the "
                                                                                        "epiphysis (Trethowan sign)"}},
        "X-Ray_Frog-Leg_Lateral_Hips": {"Right_Hip": "Normal", "Left_Hip": "Posterior slip of the epiphysis",
                                        "Southwick_Slip_Angle": "Left 38 degrees (moderate)"},
        "X-Ray_Left_Knee": "Normal",
        "Bone_Age_X-Ray_Left_Hand": "Bone age 12 years 6 months (Greulich and Pyle)",
        "Blood_Tests": {
            "Full_Blood_Count": {"Haemoglobin": "136 g/L", "White_Cell_Count": "7.1 x10^9/L",
                                 "Platelets": "280 x10^9/L"},
            "Inflammatory_Markers": {"C-Reactive_Protein": "< 5 mg/L", "ESR": "8 mm/h"},
            "Thyroid_Function_Tests": {"TSH": "2.4 mU/L", "Free_T4": "15 pmol/L"},
            "Bone_Profile": {"Adjusted_Calcium": "2.41 mmol/L", "Phosphate": "1.52 mmol/L",
                             "Alkaline_Phosphatase": "310 U/L"},
            "25-Hydroxyvitamin_D": {"Result": VR("28 nmol/L", "> 50 nmol/L")},
            "Renal_Profile": {"Creatinine": "54 umol/L"},
            "HbA1c": {"Result": "40 mmol/mol"},
        },
        "Oral_Glucose_Tolerance_Test": {"Fasting_Glucose": "5.8 mmol/L", "Two-Hour_Glucose": "8.4 mmol/L"},
        "Lipid_Profile": {"Total_Cholesterol": "4.9 mmol/L", "Triglycerides": "2.1 mmol/L",
                          "HDL_Cholesterol": "0.9 mmol/L"},
    },
    "Correct_Diagnosis": "Slipped capital femoral epiphysis, left, stable, moderate",
})

# 5 — ophthalmology: rhegmatogenous retinal detachment
CASES.append({
    "Objective_for_Doctor": "Assess a man with flashes, floaters and a shadow over the vision of his right eye.",
    "Patient_Actor": PA("58-year-old man",
                        "Five days of flashing lights and a shower of new floaters in the right eye; since "
                        "yesterday a grey curtain coming up from below and in from the nose side. Short-sighted "
                        "since childhood. Left eye unaffected.",
                        "Shadow over the right eye's vision", ["Flashing lights", "New floaters",
                                                               "Curtain over part of the vision"],
                        "High myopia; hypertension", "Accountant; never smoked", "Amlodipine 5 mg",
                        "No eye pain, no red eye, no headache, no trauma"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Heart_Rate": "72 bpm", "Blood_Pressure": "146/88 mmHg"},
        "Visual_Acuity": {"Right_Eye": {"Unaided": "6/60", "Pinhole": "6/12", "With_Glasses": "6/9"},
                          "Left_Eye": {"Unaided": "6/60", "Pinhole": "6/6", "With_Glasses": "6/6"}},
        "Pupils": {"Size_and_Shape": "Equal, round", "Swinging_Light_Test": "Mild right relative afferent "
                                                                          "pupillary defect"},
        "Visual_Fields_to_Confrontation": {"Right_Eye": "Inferonasal field loss", "Left_Eye": "Full"},
        "Ocular_Motility": "Full, no diplopia",
        "Amsler_Grid": {"Right_Eye": "No distortion centrally", "Left_Eye": "Normal"},
        "Colour_Vision": {"Right_Eye": "Ishihara 17 of 17", "Left_Eye": "Ishihara 17 of 17"},
        "Slit_Lamp_Examination": {
            "Right_Eye": {"Anterior_Chamber": "Deep and quiet", "Lens": "Early nuclear sclerosis",
                          "Anterior_Vitreous": "Pigment cells (tobacco dust, Shafer sign)"},
            "Left_Eye": {"Anterior_Chamber": "Deep and quiet", "Lens": "Early nuclear sclerosis",
                         "Anterior_Vitreous": "Clear"},
        },
        "Intraocular_Pressure": {"Right_Eye": "9 mmHg", "Left_Eye": "15 mmHg", "Method": "Goldmann applanation"},
        "Dilated_Fundus_Examination": {
            "Right_Eye": {"Retina": "Bullous superotemporal detachment extending to within 2 disc diameters of "
                                    "the fovea", "Retinal_Break": "Horseshoe tear at 11 o'clock",
                          "Macula": "Attached", "Vitreous": "Posterior vitreous detachment (Weiss ring)"},
            "Left_Eye": {"Retina": "Attached, with inferotemporal lattice degeneration", "Macula": "Normal",
                         "Vitreous": "Syneresis"},
        },
    },
    "Test_Results": {
        "Optical_Coherence_Tomography_Macula": {"Right_Eye": "Fovea attached; subretinal fluid 1,600 microns "
                                                             "from the fovea",
                                                "Left_Eye": "Normal foveal contour"},
        "B-Scan_Ultrasound_Right_Eye": "Mobile membrane attached at the optic disc and ora, consistent with "
                                       "retinal detachment",
        "Refraction": {"Right_Eye": "-8.25 DS", "Left_Eye": "-7.75 DS"},
        "Axial_Length_Biometry": {"Right_Eye": "27.4 mm", "Left_Eye": "27.1 mm"},
        "Blood_Tests": {
            "Full_Blood_Count": {"Haemoglobin": "148 g/L", "White_Cell_Count": "6.2 x10^9/L",
                                 "Platelets": "232 x10^9/L"},
            "Urea_and_Electrolytes": {"Sodium": "140 mmol/L", "Potassium": "4.3 mmol/L",
                                      "Creatinine": "88 umol/L"},
            "Random_Glucose": {"Result": "6.1 mmol/L"},
        },
        "Electrocardiogram": "Sinus rhythm 72, normal axis, no ischaemic change (pre-operative)",
    },
    "Correct_Diagnosis": "Macula-on rhegmatogenous retinal detachment of the right eye (superotemporal horseshoe "
                         "tear) in high myopia",
})


if __name__ == "__main__":
    with (HERE / "cases_en.jsonl").open("w", encoding="utf-8") as f:
        for case in CASES:
            f.write(json.dumps({"OSCE_Examination": case}, ensure_ascii=False) + "\n")
    print(len(CASES), "cases")

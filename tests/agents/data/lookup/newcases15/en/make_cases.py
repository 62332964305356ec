"""Write cases_en.jsonl: 5 new English AgentClinic OSCE cases for the newcases15 blind lookup set (part en)."""

import json
from pathlib import Path

from dxgym.evaluation.lookup_sets import osce_patient, osce_value

HERE = Path(__file__).parent


# AgentClinic's value and patient blocks are every English part's (dxgym.evaluation.lookup_sets).
VR, PA = osce_value, osce_patient


CASES = []

# 0 — endocrinology: primary hypothyroidism (Hashimoto thyroiditis) with pericardial effusion and hyponatraemia.
# Layout: flat string examination sections with the signs only inside findings text; every test straight under
# Test_Results with no group; serum and urine osmolality side by side; one scan with Findings/Impression.
CASES.append({
    "Objective_for_Doctor": "Assess an older woman with tiredness, weight gain and a hoarse voice.",
    "Patient_Actor": PA("66-year-old woman",
                        "Eighteen months of increasing tiredness, feeling cold when others are warm, 7 kg weight "
                        "gain despite a poor appetite, constipation and a deeper, croaky voice. Her family say she "
                        "has become slow and forgetful. Numb, tingling fingers of the right hand at night. "
                        "Breathless climbing one flight of stairs for two months. Her sister takes thyroxine.",
                        "Tiredness", ["Cold intolerance", "Weight gain", "Hoarse voice", "Constipation",
                                      "Forgetfulness", "Tingling of the right hand at night",
                                      "Breathlessness on exertion"],
                        "Hypercholesterolaemia found two years ago (declined a statin); two normal deliveries",
                        "Retired school secretary; widowed, lives alone; never smoked; alcohol 2 units a week",
                        "None regularly; occasional senna",
                        "No chest pain, no palpitations, no headache or visual change, no galactorrhoea, no "
                        "rectal bleeding, no hair loss elsewhere, no skin rash"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Temperature": "35.6 C", "Heart_Rate": "52 bpm, regular", "Blood_Pressure": "148/96 mmHg",
                        "Respiratory_Rate": "14/min", "Oxygen_Saturation": "96% on air"},
        "Weight_and_BMI": "84 kg (77 kg a year ago); BMI 33.1 kg/m2",
        "General_Inspection": "Slow movements and slow, hoarse speech; puffy face with periorbital swelling; dry, "
                              "coarse, cool skin with a yellowish tinge; loss of the outer third of both "
                              "eyebrows; coarse, sparse scalp hair; no proptosis, lid retraction or lid lag",
        "Hands": "Cool, dry hands; no tremor; no clubbing; yellowish palms; Tinel's sign positive at the right "
                 "wrist and negative at the left; Phalen's test reproduces tingling in the right hand after 40 s",
        "Neck_Examination": "Diffuse, firm, rubbery, non-tender goitre that rises on swallowing and not on tongue "
                            "protrusion; no discrete nodule; no cervical lymphadenopathy; trachea central; "
                            "Pemberton's sign negative",
        "Cardiovascular_Examination": "Slow regular pulse; JVP not raised; apex beat impalpable; heart sounds "
                                      "quiet and distant; no murmur; no pericardial rub",
        "Respiratory_Examination": "Stony dull percussion note and reduced breath sounds at the right base; "
                                   "chest otherwise clear; no crackles",
        "Abdominal_Examination": "Obese, soft and non-tender; no organomegaly; no ascites; loaded colon felt in "
                                 "the left iliac fossa",
        "Lower_Limbs": "Firm non-pitting swelling over both shins and the dorsa of the feet; no calf tenderness",
        "Neurological_Examination": "Ankle and knee reflexes present on both sides with a markedly delayed "
                                    "relaxation phase; mild proximal weakness (hip flexion 4+/5); light touch "
                                    "and vibration sense normal; mild heel-shin ataxia on both sides; Romberg "
                                    "negative; cranial nerves normal",
        "Mental_State_Examination": "Psychomotor slowing; flat affect and low mood without suicidal thoughts; "
                                    "oriented in time, place and person; no psychotic features",
        "Montreal_Cognitive_Assessment": "24/30 (points lost on delayed recall and serial sevens)",
        "Zulewski_Clinical_Score": "7 points (hypothyroid range 6 or more)",
    },
    "Test_Results": {
        "TSH": VR("68.4 mU/L", "0.4-4.0 mU/L"),
        "Free_T4": VR("4.1 pmol/L", "10-22 pmol/L"),
        "Free_T3": "2.2 pmol/L (low)",
        "Thyroid_Peroxidase_Antibodies": VR("> 600 IU/mL", "< 35 IU/mL"),
        "Thyroglobulin_Antibodies": "Positive, 410 IU/mL",
        "Full_Blood_Count": "Hb 108 g/L, MCV 101 fL, WCC 5.4 x10^9/L, platelets 212 x10^9/L",
        "Urea_and_Electrolytes": "Sodium 127 mmol/L, potassium 4.4 mmol/L, urea 6.1 mmol/L, creatinine "
                                 "118 umol/L, eGFR 41 mL/min/1.73m2",
        "Serum_Osmolality": VR("262 mOsm/kg", "275-295 mOsm/kg"),
        "Urine_Osmolality": "384 mOsm/kg",
        "Urine_Sodium": "42 mmol/L",
        "Creatine_Kinase": VR("1240 U/L", "25-200 U/L"),
        "Lipid_Profile": {"Total_Cholesterol": "8.2 mmol/L", "LDL_Cholesterol": "5.9 mmol/L",
                          "HDL_Cholesterol": "1.1 mmol/L", "Triglycerides": "2.6 mmol/L"},
        "Liver_Function_Tests": "Bilirubin 9 umol/L, ALT 48 U/L, AST 61 U/L, ALP 88 U/L, albumin 36 g/L",
        "Vitamin_B12": "312 ng/L (normal)",
        "Serum_Folate": "6.8 ug/L (normal)",
        "Cortisol_9am": "412 nmol/L",
        "Prolactin": "640 mIU/L (mildly raised)",
        "HbA1c": "39 mmol/mol",
        "Coeliac_Serology": "Tissue transglutaminase IgA negative; total IgA normal",
        "ECG": "Sinus bradycardia 50 bpm; low-voltage QRS complexes in the limb leads; flattened T waves; QTc "
               "486 ms",
        "Chest_X-Ray": "Enlarged, globular cardiac silhouette; small right pleural effusion; no consolidation",
        "Transthoracic_Echocardiogram": {
            "Pericardial_Effusion": "Moderate circumferential effusion, 16 mm in diastole; no right ventricular "
                                    "diastolic collapse; no tamponade physiology",
            "Left_Ventricle": "Normal size; ejection fraction 58%",
            "Valves": "No significant valve disease",
        },
        "Thyroid_Ultrasound": {
            "Findings": "Diffusely enlarged gland (right lobe 24 mm, left lobe 22 mm AP) with heterogeneous, "
                        "hypoechoic, pseudonodular echotexture and increased vascularity; no discrete nodule; no "
                        "abnormal cervical lymph nodes",
            "Impression": "Appearances of chronic lymphocytic (Hashimoto) thyroiditis",
        },
        "Nerve_Conduction_Studies": "Right median nerve: prolonged distal motor latency (5.2 ms) and slowed "
                                    "sensory conduction across the wrist; left median and both ulnar nerves "
                                    "normal",
    },
    "Correct_Diagnosis": "Primary hypothyroidism due to Hashimoto thyroiditis, with pericardial effusion and "
                         "hyponatraemia",
})

# 1 — nephrology: autosomal dominant polycystic kidney disease with left cyst haemorrhage and hypertension.
# Layout: grouped panels with analytes as their own records (some Value/Reference_Range); per-side kidneys and
# renal angles; urine analytes beside blood analytes of the same names; per-kidney ultrasound; scores.
CASES.append({
    "Objective_for_Doctor": "Assess a man with left flank pain and red urine.",
    "Patient_Actor": PA("42-year-old man",
                        "Two days of constant aching pain in the left flank after lifting furniture, followed by "
                        "dark red urine without clots. For a year he has noticed a fullness in both sides of his "
                        "abdomen and gets up twice a night to pass urine. His mother started dialysis at 55 and "
                        "his maternal uncle died of a brain haemorrhage at 48. Blood pressure was 'borderline' at "
                        "a work medical three years ago.",
                        "Left flank pain", ["Visible haematuria", "Abdominal fullness", "Nocturia",
                                            "Occasional headaches"],
                        "Two episodes of right renal colic (aged 34 and 39), passed stones spontaneously",
                        "Logistics manager; married, two children aged 10 and 13; ex-smoker (10 pack-years, "
                        "stopped at 35); alcohol 12 units a week",
                        "Ibuprofen 400 mg as needed for the flank pain",
                        "No fever, no dysuria, no weight loss, no chest pain, no visual disturbance, no neck "
                        "stiffness"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Temperature": "37.1 C", "Heart_Rate": "80 bpm", "Respiratory_Rate": "14/min",
                        "Oxygen_Saturation": "98% on air"},
        "Blood_Pressure": {"Right_Arm": "164/102 mmHg", "Left_Arm": "160/100 mmHg",
                           "Standing_After_3_Minutes": "158/100 mmHg"},
        "Abdominal_Examination": {
            "Inspection": "Fullness in both flanks; no scars; no distension",
            "Palpation": "Tender in the left flank; smooth, non-tender liver edge 3 cm below the right costal "
                         "margin; spleen not felt",
            "Kidneys": {"Right": "Ballotable, irregular, non-tender mass reaching the level of the umbilicus",
                        "Left": "Ballotable, irregular and tender mass reaching below the umbilicus"},
            "Percussion": "Resonant over the front of both flank masses; no shifting dullness",
            "Auscultation": "Normal bowel sounds; no renal bruits",
        },
        "Renal_Angle_Tenderness": {"Right": "None", "Left": "Tender to fist percussion"},
        "Cardiovascular_Examination": {
            "Apex_Beat": "Heaving, not displaced",
            "Heart_Sounds": "S1 normal; loud aortic component of S2",
            "Murmurs": "Mid-systolic click followed by a late systolic murmur at the apex",
            "Peripheral_Oedema": "None",
        },
        "Respiratory_Examination": "Chest clear",
        "Hernial_Orifices": "Small reducible right inguinal hernia; no umbilical hernia",
        "Fundoscopy": "Arteriovenous nipping and silver wiring in both eyes; no haemorrhages, exudates or disc "
                      "swelling",
        "Neurological_Examination": "No focal neurological deficit; no neck stiffness",
    },
    "Test_Results": {
        "Haematology": {
            "Full_Blood_Count": {"Haemoglobin": VR("168 g/L", "130-170 g/L"), "Haematocrit": "0.50",
                                 "White_Cell_Count": "8.1 x10^9/L", "Platelets": "245 x10^9/L"},
            "Coagulation": {"PT": "12.1 s", "APTT": "29 s"},
        },
        "Biochemistry": {
            "Renal_Profile": {"Sodium": "140 mmol/L", "Potassium": VR("5.1 mmol/L", "3.5-5.3 mmol/L"),
                              "Urea": "11.2 mmol/L", "Creatinine": VR("168 umol/L", "60-110 umol/L"),
                              "eGFR": VR("42 mL/min/1.73m2", "> 90 mL/min/1.73m2"),
                              "Bicarbonate": "21 mmol/L"},
            "Bone_Profile": {"Calcium": "2.34 mmol/L", "Phosphate": "1.28 mmol/L",
                             "Alkaline_Phosphatase": "82 U/L"},
            "Cystatin_C": VR("1.74 mg/L", "0.6-1.0 mg/L"),
            "Uric_Acid": "468 umol/L",
            "Glucose": "5.4 mmol/L",
            "C-Reactive_Protein": "14 mg/L",
            "Parathyroid_Hormone": "9.8 pmol/L (raised)",
            "Liver_Function_Tests": "Bilirubin 10 umol/L, ALT 24 U/L, GGT 41 U/L, albumin 42 g/L",
        },
        "Urine": {
            "Dipstick": {"Blood": "+++", "Protein": "+", "Leucocytes": "Negative", "Nitrites": "Negative"},
            "Microscopy": "Red cells > 100/uL, isomorphic; white cells 5/uL; no casts",
            "Culture": "No growth",
            "Albumin_Creatinine_Ratio": VR("14 mg/mmol", "< 3 mg/mmol"),
            "24-Hour_Collection": {"Volume": "2.9 L", "Sodium": "192 mmol/day", "Creatinine": "14.1 mmol/day",
                                   "Calcium": "4.2 mmol/day", "Citrate": "1.1 mmol/day (low)",
                                   "Oxalate": "0.38 mmol/day"},
            "Osmolality_After_Overnight_Fast": "420 mOsm/kg (reduced concentrating ability)",
        },
        "Imaging": {
            "Renal_Ultrasound": {
                "Right_Kidney": "Length 19.2 cm; replaced by more than 20 simple cysts up to 6 cm",
                "Left_Kidney": "Length 20.4 cm; numerous cysts; one 5 cm cyst in the lower pole with internal "
                               "echoes and a fluid-fluid level",
                "Liver": "Four simple cysts up to 2 cm",
                "Bladder": "Normal; post-void residual 20 mL",
            },
            "CT_KUB": "Hyperdense 5 cm cyst in the left lower pole (haemorrhagic cyst); 4 mm non-obstructing "
                      "calculus in a right lower-pole calyx; no hydronephrosis",
            "MRI_Kidneys": {
                "Findings": "Bilaterally enlarged kidneys replaced by innumerable cysts; total kidney volume "
                            "2,620 mL (height-adjusted 1,480 mL/m); left lower-pole cyst with T1 hyperintense "
                            "contents; several small liver cysts; pancreas normal",
                "Impression": "Typical autosomal dominant polycystic kidney disease with a haemorrhagic left "
                              "renal cyst",
            },
            "MR_Angiography_Brain": {"Findings": "Circle of Willis fully visualised; no aneurysm",
                                     "Impression": "No intracranial aneurysm"},
        },
        "ECG": "Sinus rhythm 78 bpm; left ventricular hypertrophy by voltage criteria",
        "Transthoracic_Echocardiogram": "Prolapse of the posterior mitral leaflet with mild mitral "
                                        "regurgitation; concentric left ventricular hypertrophy; ejection "
                                        "fraction 60%",
        "Ambulatory_Blood_Pressure_Monitoring": {"Daytime_Average": "158/98 mmHg",
                                                 "Night-Time_Average": "149/94 mmHg (non-dipping)"},
        "Genetic_Testing": "Heterozygous truncating PKD1 variant (pathogenic)",
        "Mayo_Imaging_Classification": "Class 1D (height-adjusted total kidney volume 1,480 mL/m at age 42)",
        "PROPKD_Score": "7 points (high risk of progression)",
    },
    "Correct_Diagnosis": "Autosomal dominant polycystic kidney disease (PKD1) with left renal cyst haemorrhage "
                         "and hypertension",
})

# 2 — gastroenterology: acute severe ulcerative colitis.
# Layout: nested abdominal examination (inspection / palpation / percussion / auscultation / rectal); flat
# extra-intestinal sections; abbreviation-named blood panels with analytes as records; stool specimens beside
# blood; nested endoscopy with scores and biopsies; abdominal film with Findings/Impression; severity criteria.
CASES.append({
    "Objective_for_Doctor": "Assess a young woman with bloody diarrhoea and fever.",
    "Patient_Actor": PA("24-year-old woman",
                        "Three weeks of loose stools mixed with blood and mucus, now nine times a day and twice at "
                        "night, with urgency and crampy lower abdominal pain eased by opening her bowels. Fever and "
                        "sweats for three days; lost 4 kg. A painful swollen right knee and tender red lumps on her "
                        "shins for a week; her right eye has been red but not painful. No travel; no antibiotics; "
                        "no unwell contacts.",
                        "Bloody diarrhoea", ["Urgency", "Nocturnal stools", "Crampy abdominal pain", "Fever",
                                             "Weight loss", "Painful right knee", "Red lumps on the shins",
                                             "Red right eye"],
                        "None; one similar but milder week of bloody stools a year ago that settled",
                        "Postgraduate student; stopped smoking six months ago; alcohol rarely; no recent travel",
                        "Combined oral contraceptive pill; loperamide bought over the counter (two doses)",
                        "No mouth pain, no jaundice, no urinary symptoms, no cough, no rash elsewhere"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Temperature": "38.2 C", "Heart_Rate": "112 bpm", "Blood_Pressure": "108/66 mmHg",
                        "Respiratory_Rate": "20/min", "Oxygen_Saturation": "97% on air"},
        "General_Examination": "Pale, tired and dehydrated (dry mucous membranes, capillary refill 3 s); no "
                               "jaundice; no lymphadenopathy; no clubbing",
        "Mouth": "Two aphthous ulcers inside the lower lip; dry tongue",
        "Eyes": "Sectoral episcleral injection of the right eye, non-tender, blanching with phenylephrine; visual "
                "acuity 6/6 in each eye; pupils normal",
        "Skin": "Three tender, raised, red-purple nodules on the front of both shins (erythema nodosum); no "
                "pustules or ulcers",
        "Joints": "Warm swollen right knee with a small effusion (positive bulge sign) and full range of "
                  "movement; other joints and the spine normal",
        "Abdominal_Examination": {
            "Inspection": "Mildly distended; no scars",
            "Palpation": "Tender in the left iliac fossa and suprapubic area with voluntary guarding; no "
                         "rebound tenderness; no masses; liver and spleen not felt",
            "Percussion": "Tympanic centrally; no shifting dullness; liver dullness preserved",
            "Auscultation": "Bowel sounds present but reduced",
            "Perianal_Inspection": "No skin tags, fissures or fistula openings",
            "Digital_Rectal_Examination": "Tender rectum; fresh blood and mucus on the glove; no mass",
        },
        "Stool_Chart": "9 bloody stools in 24 hours, 2 of them at night (Bristol type 6-7)",
        "Cardiorespiratory_Examination": "Tachycardic; heart sounds normal; chest clear",
    },
    "Test_Results": {
        "Bloods": {
            "FBC": {"Haemoglobin": VR("94 g/L", "115-165 g/L"), "White_Cell_Count": "14.2 x10^9/L",
                    "Neutrophils": "11.6 x10^9/L", "Platelets": VR("612 x10^9/L", "150-400 x10^9/L"),
                    "MCV": "79 fL"},
            "CRP": VR("142 mg/L", "< 5 mg/L"),
            "ESR": "56 mm/h",
            "U_and_E": {"Sodium": "134 mmol/L", "Potassium": VR("3.1 mmol/L", "3.5-5.3 mmol/L"),
                        "Urea": "4.2 mmol/L", "Creatinine": "62 umol/L"},
            "Magnesium": "0.62 mmol/L (low)",
            "LFTs": {"Albumin": VR("26 g/L", "35-50 g/L"), "Bilirubin": "6 umol/L", "ALT": "22 U/L",
                     "ALP": "140 U/L"},
            "Iron_Studies": "Ferritin 240 ug/L, transferrin saturation 8%",
            "Venous_Blood_Gas": {"pH": "7.39", "Bicarbonate": "23 mmol/L", "Lactate": "1.4 mmol/L"},
            "Blood_Cultures": "No growth at 48 hours",
            "Pre-Biologic_Screen": {"Hepatitis_B": "HBsAg negative, anti-HBc negative",
                                    "Hepatitis_C": "Antibody negative", "HIV": "Negative",
                                    "VZV_IgG": "Positive (immune)", "QuantiFERON-TB": "Negative"},
            "TPMT_Activity": "Normal (38 mU/L)",
        },
        "Stool_Tests": {
            "Culture": "No Salmonella, Shigella, Campylobacter or E. coli O157 isolated",
            "C_difficile": {"GDH_Antigen": "Negative", "Toxin_EIA": "Negative"},
            "Ova_Cysts_and_Parasites": "None seen",
            "Faecal_Calprotectin": VR("2150 ug/g", "< 50 ug/g"),
        },
        "Abdominal_X-Ray": {
            "Findings": "Mucosal oedema with thumbprinting of the descending colon; no faecal residue in the left "
                        "colon; transverse colon 5.2 cm; no free gas",
            "Impression": "Extensive active colitis without toxic dilatation",
        },
        "Erect_Chest_X-Ray": "No free gas under the diaphragm; clear lungs",
        "Flexible_Sigmoidoscopy": {
            "Findings": "Continuous inflammation from the anal verge to 40 cm (limit of the unprepared "
                        "examination) with loss of vascular pattern, friability, spontaneous bleeding and deep "
                        "ulcers",
            "Mayo_Endoscopic_Subscore": "3",
            "UCEIS": "7",
            "Biopsies": {"Histology": "Diffuse crypt architectural distortion, basal plasmacytosis and crypt "
                                      "abscesses; no granulomas; no dysplasia",
                         "CMV_Immunohistochemistry": "Negative"},
        },
        "Truelove_and_Witts_Criteria": "Severe: 9 bloody stools a day with temperature 38.2 C, pulse 112, Hb "
                                       "94 g/L and ESR 56 mm/h",
        "Oxford_Day_3_Criteria": "6 stools on day 3 with CRP 58 mg/L (criteria met for rescue therapy)",
    },
    "Correct_Diagnosis": "Acute severe ulcerative colitis (extensive) with erythema nodosum, episcleritis and "
                         "peripheral arthritis",
})

# 3 — paediatric orthopaedics / infection: septic arthritis of the right hip (MSSA) in a six-year-old.
# Layout: deep per-side joint examination (look / feel / move per hip, per-side log roll, per-side knees);
# nested one-sided procedure (right hip aspiration with synovial fluid analytes beside blood analytes of the
# same names); per-side ultrasound; one-sided MRI; pain scale and prediction rule.
CASES.append({
    "Objective_for_Doctor": "Assess a six-year-old boy who will not walk and has a fever.",
    "Patient_Actor": PA("6-year-old boy",
                        "Brought by his mother: woke yesterday with pain in the right groin and thigh and has "
                        "refused to stand or walk since this morning. Fever to 39.4 C overnight despite "
                        "paracetamol. He grazed his right knee falling off a scooter ten days ago. A sore throat "
                        "and runny nose two weeks ago settled without treatment.",
                        "Refusal to walk", ["Right groin and thigh pain", "Fever", "Reduced appetite"],
                        "Born at term; fully immunised; no previous admissions",
                        "Lives with parents and a younger sister; in year 2 at school; no pets; no travel",
                        "Paracetamol and ibuprofen at home",
                        "No rash, no diarrhoea, no cough, no back pain, no recent injury to the hip"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Temperature": "39.1 C", "Heart_Rate": "138 bpm", "Respiratory_Rate": "26/min",
                        "Blood_Pressure": "98/58 mmHg", "Capillary_Refill_Time": "2 seconds",
                        "Oxygen_Saturation": "98% on air"},
        "General_Appearance": "Flushed, miserable child lying still on the trolley with the right leg held "
                              "flexed, abducted and externally rotated; no rash; no petechiae",
        "Gait": "Will not bear weight on the right leg; unable to stand or walk",
        "Hip_Examination": {
            "Right": {"Look": "Held in flexion, abduction and external rotation; no swelling or skin change "
                              "visible",
                      "Feel": "Tender over the front of the hip joint in the groin; warm",
                      "Move": "Screams with any passive movement; internal rotation and extension lost"},
            "Left": {"Look": "Normal posture", "Feel": "Non-tender", "Move": "Full, painless range"},
        },
        "Log_Roll_Test": {"Right": "Marked pain and guarding", "Left": "Painless"},
        "Knee_Examination": {"Right": "Healing superficial graze over the patella; no effusion; non-tender; "
                                      "full range of movement",
                             "Left": "Normal"},
        "Spine_and_Sacroiliac_Joints": "Non-tender; full range; no step",
        "Ear_Nose_and_Throat": "Tonsils mildly enlarged without exudate; tympanic membranes normal",
        "Lymph_Nodes": "Small shotty nodes in the right groin; no cervical or axillary nodes",
        "Cardiorespiratory_Examination": "Tachycardic; heart sounds normal without murmur; chest clear",
        "Abdominal_Examination": "Soft and non-tender; no organomegaly; testes normal",
        "Pain_Score": "Wong-Baker FACES 8/10",
    },
    "Test_Results": {
        "Blood_Tests": {
            "Full_Blood_Count": {"Haemoglobin": "118 g/L",
                                 "White_Cell_Count": VR("19.6 x10^9/L", "5.0-14.5 x10^9/L"),
                                 "Neutrophils": "16.1 x10^9/L", "Platelets": "412 x10^9/L"},
            "ESR": VR("64 mm/h", "< 20 mm/h"),
            "C-Reactive_Protein": VR("168 mg/L", "< 5 mg/L"),
            "Procalcitonin": "3.2 ng/mL",
            "Glucose": "5.8 mmol/L",
            "Lactate": "1.9 mmol/L",
            "Urea_and_Electrolytes": "Sodium 136 mmol/L, potassium 4.1 mmol/L, urea 4.8 mmol/L, creatinine "
                                     "38 umol/L",
            "Blood_Culture": "Staphylococcus aureus (methicillin-sensitive) in the aerobic bottle at 14 hours",
            "Anti-Streptolysin_O_Titre": "100 IU/mL (normal)",
        },
        "Right_Hip_Aspiration": {
            "Procedure": "Ultrasound-guided aspiration under general anaesthesia; 6 mL aspirated, followed by "
                         "arthroscopic washout",
            "Synovial_Fluid": {
                "Appearance": "Turbid, yellow-green",
                "White_Cell_Count": VR("86,000 cells/uL", "< 200 cells/uL"),
                "Neutrophils": "94%",
                "Glucose": "1.1 mmol/L",
                "Lactate": "11.8 mmol/L",
                "Gram_Stain": "Gram-positive cocci in clusters",
                "Culture": "Staphylococcus aureus, methicillin-sensitive; sensitive to flucloxacillin and "
                           "clindamycin",
                "Crystals": "None seen on polarised light microscopy",
                "Kingella_kingae_PCR": "Negative",
            },
        },
        "Imaging": {
            "Ultrasound_Hips": {"Right": "Joint effusion with 7 mm anterior capsular distension and echogenic "
                                         "debris",
                                "Left": "No effusion"},
            "X-Ray_Pelvis": "AP and frog-leg views: widened right medial joint space; no fracture; no slipped "
                            "epiphysis; femoral heads of normal shape and density",
            "MRI_Right_Hip": {
                "Findings": "Large right hip effusion with synovial enhancement; marrow oedema in the proximal "
                            "femoral metaphysis without abscess; no pelvic or obturator muscle collection",
                "Impression": "Septic arthritis of the right hip; no drainable abscess",
            },
        },
        "Kocher_Criteria": "4 of 4 (non-weight bearing, temperature above 38.5 C, ESR above 40 mm/h, WCC above "
                           "12 x10^9/L)",
        "Throat_Swab": "No group A streptococcus grown",
        "Urinalysis": "Dipstick negative",
    },
    "Correct_Diagnosis": "Septic arthritis of the right hip due to methicillin-sensitive Staphylococcus aureus",
})

# 4 — vascular surgery: symptomatic intact infrarenal abdominal aortic aneurysm with a right popliteal aneurysm.
# Layout: nested abdominal examination; peripheral pulses grouped by artery, then per side; per-side bruits,
# duplex and ankle-brachial index; blood tests partly strings and partly analytes; arterial gas; imaging with
# Findings/Impression; nested pre-operative function tests; risk scores and scales.
CASES.append({
    "Objective_for_Doctor": "Assess an older man with back pain and a pulsating lump in his abdomen.",
    "Patient_Actor": PA("72-year-old man",
                        "Three days of a constant dull ache in the central abdomen going through to the lower "
                        "back, not eased by paracetamol. He has noticed a 'heartbeat' in his tummy when lying "
                        "down. Walks a mile on the flat before the left calf cramps. No collapse, no blood in the "
                        "stool or urine.",
                        "Central abdominal and back pain", ["Pulsation felt in the abdomen",
                                                            "Left calf claudication after a mile"],
                        "Inferior myocardial infarction at 64 treated with a stent; COPD; hypertension; no "
                        "diabetes known",
                        "Retired welder; smoked 45 pack-years, still 10 a day; alcohol 10 units a week; lives "
                        "with his wife; his elder brother died of a ruptured aortic aneurysm",
                        "Aspirin 75 mg, atorvastatin 40 mg, ramipril 5 mg, bisoprolol 2.5 mg, tiotropium inhaler",
                        "No chest pain, no fever, no weight loss, no urinary symptoms, no leg numbness or rest "
                        "pain"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Temperature": "36.8 C", "Heart_Rate": "76 bpm, regular", "Respiratory_Rate": "16/min",
                        "Oxygen_Saturation": "95% on air"},
        "Blood_Pressure": {"Right_Arm": "152/84 mmHg", "Left_Arm": "148/82 mmHg"},
        "General_Inspection": "Comfortable at rest; tar-stained fingers; corneal arcus; no pallor; no "
                              "xanthelasma",
        "Abdominal_Examination": {
            "Inspection": "Visible pulsation in the epigastrium",
            "Palpation": "Expansile, pulsatile, mildly tender mass about 7 cm across above the umbilicus; liver "
                         "and spleen not felt; no other mass",
            "Auscultation": "Normal bowel sounds; no aortic or renal bruit",
        },
        "Peripheral_Pulses": {
            "Radial": {"Right": "Regular, normal volume", "Left": "Regular, normal volume"},
            "Femoral": {"Right": "Prominent and easily felt", "Left": "Present, normal"},
            "Popliteal": {"Right": "Unusually easily felt; broad pulsatile swelling in the popliteal fossa",
                          "Left": "Not palpable"},
            "Posterior_Tibial": {"Right": "Present", "Left": "Weak"},
            "Dorsalis_Pedis": {"Right": "Present", "Left": "Absent"},
        },
        "Bruits": {"Carotid": {"Right": "None", "Left": "None"},
                   "Femoral": {"Right": "None", "Left": "Soft systolic bruit"}},
        "Feet_and_Legs": "Warm feet; capillary refill under 2 seconds on both sides; hair loss over the left "
                         "shin; no ulcers, gangrene or blue toes",
        "Cardiovascular_Examination": "Heart sounds normal; soft ejection systolic murmur at the upper right "
                                      "sternal edge without radiation; JVP not raised; no peripheral oedema",
        "Respiratory_Examination": "Hyperexpanded chest; scattered expiratory wheeze; no crackles",
        "Back_Examination": "Spine non-tender; no loin tenderness",
    },
    "Test_Results": {
        "Blood_Tests": {
            "Full_Blood_Count": "Hb 138 g/L, WCC 8.4 x10^9/L, platelets 228 x10^9/L",
            "Renal_Function": {"Sodium": "139 mmol/L", "Potassium": "4.6 mmol/L", "Urea": "7.9 mmol/L",
                               "Creatinine": VR("124 umol/L", "60-110 umol/L"), "eGFR": "51 mL/min/1.73m2"},
            "Coagulation_Screen": "PT 12.4 s, APTT 31 s, fibrinogen 3.1 g/L",
            "Group_and_Crossmatch": "O RhD positive; antibody screen negative; 4 units crossmatched",
            "HbA1c": "44 mmol/mol",
            "Lipid_Profile": "Total cholesterol 5.8 mmol/L, LDL cholesterol 3.6 mmol/L",
            "High-Sensitivity_Troponin_T": VR("12 ng/L", "< 14 ng/L"),
            "C-Reactive_Protein": "6 mg/L",
            "Amylase": "54 U/L",
        },
        "Arterial_Blood_Gas": {"pH": "7.41", "pO2": "9.4 kPa", "pCO2": "5.6 kPa", "Bicarbonate": "26 mmol/L",
                               "Lactate": "0.9 mmol/L"},
        "Urinalysis": "No blood, protein or glucose",
        "Imaging": {
            "Aortic_Ultrasound": "Infrarenal abdominal aortic aneurysm, maximum anteroposterior diameter 6.3 cm",
            "CT_Angiogram_Aorta": {
                "Findings": "Fusiform infrarenal aortic aneurysm 6.4 cm in maximum diameter with eccentric mural "
                            "thrombus; infrarenal neck 18 mm long and 24 mm wide; no periaortic stranding or "
                            "haematoma; common iliac arteries 16 mm (right) and 14 mm (left); occluded left "
                            "superficial femoral artery reconstituting above the knee",
                "Impression": "Intact symptomatic infrarenal abdominal aortic aneurysm with anatomy suitable "
                              "for endovascular repair",
            },
            "Arterial_Duplex_Popliteal": {"Right": "Popliteal artery aneurysm 2.8 cm with mural thrombus, "
                                                   "patent; three-vessel run-off",
                                          "Left": "Popliteal artery 0.9 cm, no aneurysm; reconstituted "
                                                  "monophasic flow"},
            "Chest_X-Ray": "Hyperinflated lungs; normal mediastinal width; no consolidation",
        },
        "Ankle-Brachial_Pressure_Index": {"Right": "1.02", "Left": "0.71"},
        "ECG": "Sinus rhythm 74 bpm; Q waves in II, III and aVF",
        "Transthoracic_Echocardiogram": "Ejection fraction 50% with inferior hypokinesia; aortic valve sclerosis "
                                        "without stenosis (peak velocity 2.1 m/s)",
        "Pulmonary_Function_Tests": {"Spirometry": "FEV1 1.9 L (64% predicted), FVC 3.4 L, FEV1/FVC 0.56",
                                     "TLCO": "61% predicted"},
        "Cardiopulmonary_Exercise_Test": {"Peak_VO2": "15.8 mL/kg/min",
                                          "Anaerobic_Threshold": "10.4 mL/kg/min", "VE_VCO2_Slope": "34"},
        "ASA_Grade": "ASA 3",
        "Revised_Cardiac_Risk_Index": "2 points (ischaemic heart disease, high-risk surgery)",
        "Clinical_Frailty_Scale": "3 (managing well)",
    },
    "Correct_Diagnosis": "Symptomatic intact infrarenal abdominal aortic aneurysm (6.4 cm) with a right popliteal "
                         "artery aneurysm",
})


if __name__ == "__main__":
    with (HERE / "cases_en.jsonl").open("w", encoding="utf-8") as f:
        for case in CASES:
            f.write(json.dumps({"OSCE_Examination": case}, ensure_ascii=False) + "\n")
    print(len(CASES), "cases")

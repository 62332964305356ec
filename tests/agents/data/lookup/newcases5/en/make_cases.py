"""Write cases_en.jsonl: 6 new English AgentClinic OSCE cases for the newcases5 blind lookup set (part en)."""

import json
from pathlib import Path

HERE = Path(__file__).parent


def VR(value, ref):
    return {"Value": value, "Reference_Range": ref}


CASES = []

# 0 — rheumatology: diffuse cutaneous systemic sclerosis with scleroderma renal crisis
CASES.append({
    "Objective_for_Doctor": "Assess a woman with tight skin, headache and very high blood pressure.",
    "Patient_Actor": {
        "Demographics": "49-year-old woman",
        "History": "Fourteen months of white-then-blue fingers in the cold, followed by swelling and then tightening of "
                   "the skin of the fingers, hands, forearms and face, with heartburn and difficulty swallowing solids. "
                   "For 4 days: throbbing headache, blurred vision, breathlessness on exertion and less urine. "
                   "Prednisolone 30 mg daily was started 3 weeks ago by her GP for painful swollen hands.",
        "Symptoms": {"Primary_Symptom": "Headache and blurred vision with skin tightening",
                     "Secondary_Symptoms": ["Raynaud phenomenon", "Dysphagia for solids", "Heartburn",
                                            "Exertional breathlessness", "Reduced urine output"]},
        "Past_Medical_History": "No previous hypertension or kidney disease",
        "Social_History": "Teacher; never smoked; alcohol rarely",
        "Current_Medications": "Prednisolone 30 mg daily, omeprazole 20 mg daily",
        "Review_of_Systems": "No chest pain, no fever, no rash",
    },
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Blood_Pressure": {"Right_Arm": "212/118 mmHg", "Left_Arm": "206/116 mmHg"},
                        "Heart_Rate": "96 bpm", "Respiratory_Rate": "20/min", "Temperature": "36.8 C",
                        "Oxygen_Saturation": "95% on air"},
        "Hands": {"Raynaud_Phenomenon": "Fingers pale and cool, cyanotic tips on exposure",
                  "Sclerodactyly": "Tight shiny skin of all fingers with fixed flexion of the PIP joints",
                  "Digital_Ulcers": {"Right": "Healing ulcer on the right index fingertip",
                                     "Left": "No ulcer; pitting scars on two fingertips"},
                  "Calcinosis": "Small hard nodule of calcinosis over the left thumb pulp",
                  "Prayer_Sign": "Positive: cannot oppose the palms and fingers",
                  "Tendon_Friction_Rubs": "Palpable leathery rub over the right wrist extensor tendons"},
        "Face": {"Skin": "Tight, expressionless, beaked nose, perioral furrowing",
                 "Mouth_Opening": "Interincisal distance 28 mm (microstomia)",
                 "Telangiectasia": "Matt telangiectasia on the cheeks and lips"},
        "Modified_Rodnan_Skin_Score": {"Total": "29 of 51",
                                       "Distribution": "Thickening of fingers, hands, forearms, upper arms, face, "
                                                       "anterior chest and abdomen"},
        "Cardiovascular_Examination": {"Heart_Sounds": "S1 S2 with an S4 gallop; no murmur; no pericardial rub",
                                       "Jugular_Venous_Pressure": "Raised 4 cm",
                                       "Peripheral_Oedema": "Mild pitting ankle oedema"},
        "Respiratory_Examination": {"Chest_Expansion": "Symmetrically reduced",
                                    "Auscultation": {"Right_Base": "Fine end-inspiratory crackles",
                                                     "Left_Base": "Fine end-inspiratory crackles"}},
        "Fundoscopy": {"Right_Eye": "Flame haemorrhages and cotton-wool spots; disc margins clear",
                       "Left_Eye": "Flame haemorrhages, cotton-wool spots and hard exudates; no papilloedema"},
        "Neurological_Examination": "Alert and oriented; no focal deficit",
    },
    "Test_Results": {
        "Blood_Tests": {
            "Full_Blood_Count": {"Haemoglobin": VR("94 g/L", "115-165 g/L"),
                                 "White_Cell_Count": "9.8 x10^9/L",
                                 "Platelets": VR("74 x10^9/L", "150-400 x10^9/L")},
            "Blood_Film": {"Result": "Red cell fragments (schistocytes) 2%; polychromasia"},
            "Haemolysis_Screen": {"Lactate_Dehydrogenase": "780 U/L", "Haptoglobin": "Under 0.1 g/L",
                                  "Reticulocytes": "168 x10^9/L", "Bilirubin": "31 umol/L"},
            "Renal_Function": {"Sodium": "134 mmol/L", "Potassium": "5.6 mmol/L", "Urea": "21.4 mmol/L",
                               "Creatinine": VR("286 umol/L", "45-90 umol/L (baseline 64 two months ago)"),
                               "eGFR": "16 mL/min/1.73m2"},
            "Plasma_Renin": {"Result": "Renin activity markedly raised, 48 ng/mL/h"},
            "Creatine_Kinase": {"Result": "210 U/L"},
            "NT-proBNP": {"Result": "2,840 ng/L"},
            "Autoantibodies": {"Antinuclear_Antibody": "Positive 1:1280, speckled and nucleolar",
                               "Anti-RNA_Polymerase_III": "Strongly positive",
                               "Anti-Scl-70": "Negative", "Anti-Centromere": "Negative"},
        },
        "Urinalysis": {"Dipstick": {"Protein": "2+", "Blood": "2+", "Leucocytes": "Negative"},
                       "Urine_Protein_Creatinine_Ratio": "85 mg/mmol",
                       "Urine_Microscopy": "Granular casts; no red cell casts"},
        "Nailfold_Capillaroscopy": "Late scleroderma pattern: capillary loss with avascular areas and ramified "
                                   "capillaries",
        "Pulmonary_Function_Tests": {"FVC": "78% predicted", "FEV1_FVC_Ratio": "0.84",
                                     "TLCO": "52% predicted", "KCO": "71% predicted"},
        "HRCT_Chest": {"Findings": "Basal subpleural ground-glass and fine reticulation without honeycombing "
                                   "(NSIP pattern), about 10% extent; dilated oesophagus"},
        "Chest_X-Ray": {"Findings": "Mild cardiomegaly, upper lobe venous diversion, small bilateral effusions"},
        "Transthoracic_Echocardiogram": {"Left_Ventricle": "Concentric hypertrophy, ejection fraction 58%",
                                         "Estimated_PA_Systolic_Pressure": "34 mmHg",
                                         "Pericardium": "Small pericardial effusion"},
        "Electrocardiogram": "Sinus rhythm 96 bpm; left ventricular hypertrophy by voltage with strain",
        "Upper_GI_Endoscopy": "Los Angeles grade B reflux oesophagitis; patulous oesophagus with retained fluid; "
                              "no Barrett's; no stricture",
        "Hand_X-Rays": {"Right_Hand": "Acro-osteolysis of the index terminal tuft",
                        "Left_Hand": "Soft-tissue calcinosis at the thumb pulp; bones normal"},
    },
    "Correct_Diagnosis": "Diffuse cutaneous systemic sclerosis with scleroderma renal crisis",
})

# 1 — haematology: IgG kappa multiple myeloma with hypercalcaemia, renal impairment, anaemia and lytic lesions
CASES.append({
    "Objective_for_Doctor": "Assess a man with back pain, tiredness and thirst.",
    "Patient_Actor": {
        "Demographics": "68-year-old man",
        "History": "Three months of worsening mid and low back pain, worse on movement, and pain in the right side of "
                   "the chest after a cough. Increasing tiredness, thirst, constipation and two chest infections "
                   "treated with antibiotics. No leg weakness, numbness or bladder change.",
        "Symptoms": {"Primary_Symptom": "Back pain and tiredness",
                     "Secondary_Symptoms": ["Thirst and polyuria", "Constipation", "Right chest wall pain",
                                            "Recurrent chest infections", "Weight loss of 5 kg"]},
        "Past_Medical_History": "Hypertension",
        "Social_History": "Retired electrician; ex-smoker; alcohol 6 units a week",
        "Current_Medications": "Amlodipine 5 mg daily; ibuprofen as needed for 6 weeks",
        "Review_of_Systems": "No fever, no night sweats, no bleeding",
    },
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Blood_Pressure": "138/82 mmHg", "Heart_Rate": "92 bpm", "Respiratory_Rate": "16/min",
                        "Temperature": "36.9 C", "Oxygen_Saturation": "97% on air"},
        "General_Appearance": "Pale, dry mucous membranes, uncomfortable on moving",
        "ECOG_Performance_Status": "2",
        "Tongue": "No macroglossia",
        "Spine_Examination": {"Inspection": "Normal curvature",
                              "Percussion_Tenderness": "Tender over the T10 and L2 spinous processes",
                              "Straight_Leg_Raise": {"Right": "Negative to 80 degrees",
                                                     "Left": "Negative to 80 degrees"}},
        "Chest_Wall": "Point tenderness over the right sixth rib in the mid-axillary line",
        "Neurological_Examination": {"Lower_Limb_Power": {"Right": "5/5 in all groups", "Left": "5/5 in all groups"},
                                     "Lower_Limb_Reflexes": "Knee and ankle jerks present and symmetrical",
                                     "Plantar_Responses": {"Right": "Flexor", "Left": "Flexor"},
                                     "Sensation": "No sensory level; perianal sensation intact"},
        "Digital_Rectal_Examination": "Normal anal tone; smooth, mildly enlarged prostate",
        "Abdominal_Examination": {"Liver": "Not palpable", "Spleen": "Not palpable",
                                  "Bladder": "Not palpable"},
        "Lymph_Nodes": "No cervical, axillary or inguinal lymphadenopathy",
    },
    "Test_Results": {
        "Full_Blood_Count": {"Haemoglobin": VR("82 g/L", "130-170 g/L"), "MCV": "94 fL",
                             "White_Cell_Count": "4.1 x10^9/L", "Neutrophils": "2.3 x10^9/L",
                             "Platelets": "148 x10^9/L"},
        "Blood_Film": "Marked rouleaux formation; no circulating plasma cells",
        "ESR": "112 mm/h",
        "Biochemistry": {"Adjusted_Calcium": VR("3.12 mmol/L", "2.20-2.60 mmol/L"),
                         "Albumin": "31 g/L", "Total_Protein": "104 g/L",
                         "Urea": "14.2 mmol/L", "Creatinine": VR("198 umol/L", "60-110 umol/L"),
                         "eGFR": "29 mL/min/1.73m2", "Sodium": "136 mmol/L", "Potassium": "4.6 mmol/L",
                         "Urate": "0.52 mmol/L", "Lactate_Dehydrogenase": "240 U/L",
                         "Beta-2_Microglobulin": VR("6.8 mg/L", "Under 2.4 mg/L")},
        "Serum_Protein_Electrophoresis": {"Paraprotein": "Monoclonal band in the gamma region, 46 g/L",
                                          "Immunofixation": "IgG kappa"},
        "Serum_Immunoglobulins": {"IgG": "52 g/L", "IgA": "0.4 g/L (low)", "IgM": "0.2 g/L (low)"},
        "Serum_Free_Light_Chains": {"Kappa": "1,240 mg/L", "Lambda": "8.1 mg/L", "Kappa_Lambda_Ratio": "153"},
        "Urine_Tests": {"Bence_Jones_Protein": "Free kappa light chains detected",
                        "Urine_Protein_Creatinine_Ratio": "210 mg/mmol",
                        "Urinalysis_Dipstick": {"Protein": "Trace", "Blood": "Negative", "Glucose": "Negative"}},
        "Bone_Marrow_Examination": {
            "Aspirate": {"Cellularity": "Hypercellular particles",
                         "Plasma_Cells": "38% of nucleated cells, including binucleate forms",
                         "Other_Lineages": "Reduced erythropoiesis; normal granulopoiesis and megakaryocytes"},
            "Trephine_Biopsy": {"Histology": "Interstitial and sheet-like infiltrate of plasma cells, about 45%",
                                "Immunohistochemistry": "CD138 positive, kappa light-chain restricted"},
            "Flow_Cytometry": "Clonal plasma cells CD38 and CD138 positive, CD19 negative, CD56 positive",
            "Cytogenetics_FISH": {"t(4;14)": "Not detected", "t(14;16)": "Not detected",
                                  "del(17p)": "Not detected", "t(11;14)": "Detected", "1q_Gain": "Not detected"},
        },
        "Imaging": {
            "Whole-Body_Low-Dose_CT": {"Findings": "Multiple lytic lesions in the skull vault, T10 and L2 vertebral "
                                                   "bodies, right sixth rib (with undisplaced fracture) and both iliac "
                                                   "bones; 30% loss of height of T10 without retropulsion"},
            "MRI_Whole_Spine": {"Findings": "Marrow infiltration at T10 and L2; no epidural disease; no cord or "
                                            "cauda equina compression"},
        },
        "ECG": "Sinus rhythm 92 bpm; QTc 382 ms (short)",
        "Staging": {"ISS_Stage": "III (beta-2 microglobulin 6.8 mg/L)",
                    "R-ISS_Stage": "II (standard-risk cytogenetics, normal LDH)"},
        "Infection_Screen": {"Hepatitis_B_Surface_Antigen": "Negative", "Hepatitis_C_Antibody": "Negative",
                             "HIV_Antibody": "Negative"},
    },
    "Correct_Diagnosis": "IgG kappa multiple myeloma with hypercalcaemia, renal impairment, anaemia and lytic bone "
                         "lesions",
})

# 2 — paediatrics / paediatric surgery: infantile hypertrophic pyloric stenosis
CASES.append({
    "Objective_for_Doctor": "Assess an infant with persistent vomiting.",
    "Patient_Actor": {
        "Demographics": "5-week-old boy",
        "History": "Six days of forceful, non-bilious vomiting shortly after every feed, now projectile and across the "
                   "room; he is hungry and keen to feed again straight after vomiting. Fewer wet nappies for 2 days "
                   "and hard stools. Term baby, birth weight 3.70 kg, bottle fed.",
        "Symptoms": {"Primary_Symptom": "Projectile non-bilious vomiting after feeds",
                     "Secondary_Symptoms": ["Hungry after vomiting", "Fewer wet nappies", "Weight loss",
                                            "Mild yellow skin"]},
        "Past_Medical_History": "Born at 39 weeks by normal delivery; no neonatal unit admission",
        "Social_History": "First child; father had an operation for vomiting as a baby",
        "Current_Medications": "None",
        "Review_of_Systems": "No fever, no diarrhoea, no blood in vomit or stool, no cough",
    },
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Heart_Rate": "168 bpm", "Respiratory_Rate": "38/min", "Temperature": "36.9 C axillary",
                        "Oxygen_Saturation": "99% on air",
                        "Capillary_Refill_Time": {"Central": "3 seconds", "Peripheral": "4 seconds"}},
        "Paediatric_Early_Warning_Score": "3",
        "Growth": {"Weight": "3.62 kg (birth weight 3.70 kg); dropped from the 50th to below the 9th centile",
                   "Length": "54 cm, 50th centile", "Head_Circumference": "37.5 cm, 50th centile"},
        "Hydration_Assessment": {"Anterior_Fontanelle": "Slightly sunken", "Mucous_Membranes": "Dry",
                                 "Skin_Turgor": "Reduced", "Eyes": "Mildly sunken", "Tears": "Reduced"},
        "Skin": "Mild jaundice to the chest; no rash",
        "Abdominal_Examination": {
            "Inspection": "Visible gastric peristalsis passing left to right across the upper abdomen",
            "Palpation": "Soft, not distended, no tenderness; liver edge 1 cm below the costal margin",
            "Test_Feed": {"Procedure": "Palpated from the left side during a feed with the stomach emptied",
                          "Pyloric_Mass": "Firm, mobile, olive-shaped mass in the right upper quadrant lateral "
                                          "to the right rectus"},
            "Hernial_Orifices": "No inguinal hernia",
            "Bowel_Sounds": "Present",
        },
        "Genitalia": "Both testes descended",
        "Hip_Examination": {"Right": "Stable; full abduction", "Left": "Stable; full abduction"},
        "Cardiovascular_Examination": "Normal heart sounds, no murmur; femoral pulses palpable",
    },
    "Test_Results": {
        "Capillary_Blood_Gas": {"pH": "7.53", "pCO2": "6.4 kPa", "Bicarbonate": "34 mmol/L",
                                "Base_Excess": "+10 mmol/L", "Lactate": "1.2 mmol/L", "Glucose": "4.1 mmol/L"},
        "Blood_Tests": {
            "Urea_and_Electrolytes": {"Sodium": "132 mmol/L", "Potassium": "3.2 mmol/L",
                                      "Chloride": VR("88 mmol/L", "98-107 mmol/L"), "Bicarbonate": "33 mmol/L",
                                      "Urea": "7.4 mmol/L", "Creatinine": "38 umol/L"},
            "Bilirubin": {"Total_Bilirubin": "148 umol/L", "Conjugated_Bilirubin": "9 umol/L"},
            "Full_Blood_Count": {"Haemoglobin": "128 g/L", "White_Cell_Count": "10.2 x10^9/L",
                                 "Platelets": "410 x10^9/L"},
            "C-Reactive_Protein": {"Result": "Under 4 mg/L"},
        },
        "Urine_Tests": {"Urinalysis": {"Specific_Gravity": "1.030", "Ketones": "1+", "Nitrite": "Negative",
                                       "Leucocytes": "Negative"},
                        "Urine_Chloride": "Under 10 mmol/L", "Urine_pH": "5.5 (paradoxical aciduria)"},
        "Ultrasound_Pylorus": {"Pyloric_Muscle_Thickness": "5 mm", "Pyloric_Channel_Length": "19 mm",
                               "Pyloric_Diameter": "14 mm",
                               "Dynamic_Assessment": "No passage of gastric contents through the pylorus over 10 "
                                                     "minutes; gastric hyperperistalsis"},
        "Newborn_Blood_Spot_Screening": "Normal, including congenital hypothyroidism and cystic fibrosis",
    },
    "Correct_Diagnosis": "Infantile hypertrophic pyloric stenosis with hypochloraemic hypokalaemic metabolic alkalosis",
})

# 3 — nephrology / vasculitis: granulomatosis with polyangiitis with crescentic GN, pulmonary haemorrhage, ENT disease
CASES.append({
    "Objective_for_Doctor": "Assess a man with nasal crusting, coughing blood and dark urine.",
    "Patient_Actor": {
        "Demographics": "55-year-old man",
        "History": "Three months of blocked nose with bloody crusts and nosebleeds, a blocked right ear and reduced "
                   "hearing on that side, treated twice as sinusitis. For 2 weeks: cough with streaks of blood, "
                   "aching knees, a painful red right eye, dark urine and a weak left foot that catches on steps.",
        "Symptoms": {"Primary_Symptom": "Haemoptysis and dark urine",
                     "Secondary_Symptoms": ["Nasal crusting and epistaxis", "Right hearing loss",
                                            "Painful red right eye", "Arthralgia", "Left foot drop",
                                            "Rash on the shins"]},
        "Past_Medical_History": "None of note",
        "Social_History": "Farmer; never smoked; alcohol 10 units a week",
        "Current_Medications": "Co-amoxiclav course completed 1 week ago",
        "Review_of_Systems": "Night sweats and 4 kg weight loss",
    },
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Blood_Pressure": "158/94 mmHg", "Heart_Rate": "104 bpm", "Respiratory_Rate": "24/min",
                        "Temperature": "37.8 C", "Oxygen_Saturation": "91% on air"},
        "ENT_Examination": {"External_Nose": "Early saddle-nose deformity",
                            "Anterior_Rhinoscopy": {"Right": "Dense crusting over friable mucosa",
                                                    "Left": "Crusting with an anterior septal perforation"},
                            "Otoscopy": {"Right_Ear": "Dull, retracted drum with a middle ear effusion",
                                         "Left_Ear": "Normal drum"},
                            "Tuning_Fork_Tests": {"Rinne_Test": {"Right_Ear": "Negative", "Left_Ear": "Positive"},
                                                  "Weber_Test": "Lateralises to the right"},
                            "Oral_Cavity": "No ulcers; no strawberry gingivitis"},
        "Eye_Examination": {"Right_Eye": "Sectoral violaceous scleritis, tender to touch; acuity 6/9",
                            "Left_Eye": "White and quiet; acuity 6/6"},
        "Respiratory_Examination": {"Percussion": "Resonant throughout",
                                    "Auscultation": {"Right_Lung": "Inspiratory crackles in the mid and lower zones",
                                                     "Left_Lung": "Coarse crackles at the base"}},
        "Cardiovascular_Examination": "Heart sounds normal; no murmur or rub",
        "Skin": "Palpable purpura over both shins",
        "Musculoskeletal_Examination": "Tender knees without effusion or synovitis",
        "Neurological_Examination": {"Ankle_Dorsiflexion": {"Right": "5/5", "Left": "3/5 (left foot drop)"},
                                     "Sensation": "Reduced pinprick over the dorsum of the left foot",
                                     "Reflexes": "Symmetrical; plantars flexor"},
        "Birmingham_Vasculitis_Activity_Score": "BVAS version 3: 24",
    },
    "Test_Results": {
        "Blood_Tests": {
            "Full_Blood_Count": {"Haemoglobin": "96 g/L", "White_Cell_Count": "13.8 x10^9/L",
                                 "Eosinophils": "0.2 x10^9/L", "Platelets": "486 x10^9/L"},
            "Renal_Function": {"Sodium": "137 mmol/L", "Potassium": "5.3 mmol/L", "Urea": "24.8 mmol/L",
                               "Creatinine": VR("412 umol/L", "60-110 umol/L"), "eGFR": "13 mL/min/1.73m2"},
            "Inflammatory_Markers": {"CRP": "148 mg/L", "ESR": "96 mm/h"},
            "ANCA": {"Immunofluorescence": "Cytoplasmic (c-ANCA) pattern",
                     "PR3-ANCA": VR("186 IU/mL", "Under 2 IU/mL"), "MPO-ANCA": "Under 0.2 IU/mL"},
            "Anti-GBM_Antibody": {"Result": "Negative"},
            "Complement": {"C3": "1.32 g/L", "C4": "0.31 g/L"},
            "Antinuclear_Antibody": {"Result": "Negative"},
        },
        "Urine_Tests": {"Dipstick": {"Blood": "3+", "Protein": "2+"},
                        "Microscopy": "Dysmorphic red cells and red cell casts",
                        "Urine_Protein_Creatinine_Ratio": "148 mg/mmol"},
        "Renal_Biopsy": {"Light_Microscopy": "18 glomeruli, 11 with cellular crescents and segmental fibrinoid "
                                             "necrosis; mild interstitial inflammation",
                         "Immunofluorescence": "No significant IgG, IgA, IgM or C3 (pauci-immune)",
                         "Electron_Microscopy": "No electron-dense deposits",
                         "Conclusion": "Pauci-immune focal necrotising crescentic glomerulonephritis"},
        "Flexible_Nasendoscopy": "Crusting throughout both nasal cavities and an anterior septal perforation; "
                                 "nasopharynx clear; larynx and visible subglottis normal",
        "Bronchoscopy": {"Airway_Inspection": "No endobronchial lesion; subglottis normal; fresh blood from both "
                                              "lower lobes",
                         "Bronchoalveolar_Lavage": {"Appearance": "Progressively more haemorrhagic sequential "
                                                                  "aliquots",
                                                    "Haemosiderin-Laden_Macrophages": "42%",
                                                    "Culture": "No growth",
                                                    "Pneumocystis_PCR": "Negative"}},
        "Audiometry": {"Pure_Tone_Audiometry": {"Right_Ear": "Conductive loss, air-bone gap 25 dB",
                                                "Left_Ear": "Normal thresholds"},
                       "Tympanometry": {"Right_Ear": "Type B (flat)", "Left_Ear": "Type A"}},
        "Gas_Transfer": {"TLCO": "88% predicted", "KCO": "131% predicted"},
        "Imaging": {
            "Chest_X-Ray": {"Findings": "Bilateral patchy airspace shadowing and a 2 cm right upper zone nodule"},
            "CT_Chest": {"Findings": "Multiple nodules up to 3 cm, two cavitating, in both lungs; bilateral "
                                     "perihilar ground-glass opacity consistent with alveolar haemorrhage"},
            "CT_Sinuses": {"Findings": "Mucosal thickening of both maxillary sinuses; erosion of the nasal septum"},
        },
        "Nerve_Conduction_Studies": {"Left_Common_Peroneal": "Reduced motor amplitude, absent superficial peroneal "
                                                             "sensory response: axonal mononeuropathy",
                                     "Right_Common_Peroneal": "Normal"},
    },
    "Correct_Diagnosis": "Granulomatosis with polyangiitis (PR3-ANCA) with crescentic glomerulonephritis and "
                         "pulmonary haemorrhage",
})

# 4 — neurology / neurosurgery: aneurysmal subarachnoid haemorrhage, left PCOM aneurysm with left third nerve palsy
CASES.append({
    "Objective_for_Doctor": "Assess a woman with a sudden severe headache yesterday and a drooping eyelid.",
    "Patient_Actor": {
        "Demographics": "47-year-old woman",
        "History": "Sudden, explosive occipital headache 16 hours ago while lifting weights, the worst of her life, "
                   "maximal within a minute, with vomiting and neck pain. This morning her left eyelid drooped and "
                   "she sees double. No loss of consciousness, no seizure.",
        "Symptoms": {"Primary_Symptom": "Sudden severe headache",
                     "Secondary_Symptoms": ["Vomiting", "Neck stiffness", "Photophobia", "Left ptosis",
                                            "Double vision"]},
        "Past_Medical_History": "Hypertension, untreated; mother had a 'brain bleed' at 55",
        "Social_History": "Smokes 15 cigarettes a day; alcohol 8 units a week",
        "Current_Medications": "Combined oral contraceptive",
        "Review_of_Systems": "No fever, no rash",
    },
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Blood_Pressure": "168/94 mmHg", "Heart_Rate": "58 bpm", "Respiratory_Rate": "16/min",
                        "Temperature": "37.2 C", "Oxygen_Saturation": "98% on air"},
        "Glasgow_Coma_Scale": "15/15 (E4 V5 M6)",
        "Meningism": {"Neck_Stiffness": "Marked resistance to passive neck flexion",
                      "Kernig_Sign": {"Right": "Positive", "Left": "Positive"},
                      "Brudzinski_Sign": "Negative",
                      "Photophobia": "Present"},
        "Cranial_Nerve_Examination": {
            "Visual_Acuity": {"Right_Eye": "6/6", "Left_Eye": "6/9"},
            "Visual_Fields": "Full to confrontation",
            "Pupils": {"Right": "3 mm, brisk direct and consensual response",
                       "Left": "6 mm, sluggish direct response"},
            "Eyelids": {"Right": "Normal", "Left": "Partial ptosis"},
            "Eye_Movements": "Left eye rests down and out; impaired left adduction, elevation and depression; "
                             "abduction full; diplopia on right gaze",
            "Facial_Sensation_and_Power": "Normal",
            "Lower_Cranial_Nerves": "Normal",
        },
        "Fundoscopy": {"Right_Eye": "Sharp disc; no haemorrhage",
                       "Left_Eye": "Small subhyaloid haemorrhage next to the disc; no papilloedema"},
        "Motor_Examination": {"Tone": "Normal", "Power": "5/5 in all four limbs",
                              "Pronator_Drift": "None"},
        "Reflexes": {"Biceps": {"Right": "2+", "Left": "2+"}, "Knee": {"Right": "2+", "Left": "2+"},
                     "Plantar_Responses": {"Right": "Flexor", "Left": "Flexor"}},
        "Coordination": "Finger-nose and heel-shin normal",
        "SAH_Grading": {"WFNS_Grade": "I", "Hunt_and_Hess_Grade": "II"},
    },
    "Test_Results": {
        "CT_Head_Non-Contrast": {"Findings": "Done 15 hours after onset: equivocal hyperdensity in the left "
                                             "suprasellar cistern; no intraparenchymal blood; ventricles normal"},
        "Lumbar_Puncture": {
            "Timing": "18 hours after onset",
            "Opening_Pressure": "24 cmH2O",
            "CSF_Analysis": {"Appearance": "Faintly yellow",
                             "Red_Cells_Tube_1": "2,800 x10^6/L", "Red_Cells_Tube_3": "2,500 x10^6/L",
                             "White_Cells": "8 x10^6/L", "Protein": "0.72 g/L", "Glucose": "3.4 mmol/L",
                             "Gram_Stain": "No organisms"},
            "CSF_Spectrophotometry": {"Net_Bilirubin_Absorbance": "0.012 AU (raised)",
                                      "Net_Oxyhaemoglobin_Absorbance": "0.09 AU",
                                      "Interpretation": "Consistent with subarachnoid haemorrhage"},
        },
        "CT_Angiogram": {"Findings": "7 mm saccular aneurysm at the origin of the left posterior communicating "
                                     "artery, projecting posterolaterally; no other aneurysm"},
        "Transcranial_Doppler": {"Right_MCA": "Mean flow velocity 72 cm/s", "Left_MCA": "Mean flow velocity 94 cm/s"},
        "Blood_Tests": {
            "Full_Blood_Count": {"Haemoglobin": "138 g/L", "White_Cell_Count": "12.4 x10^9/L",
                                 "Platelets": "262 x10^9/L"},
            "Coagulation": {"PT": "12.1 s", "APTT": "29 s", "INR": "1.0"},
            "Urea_and_Electrolytes": {"Sodium": "138 mmol/L", "Potassium": "3.6 mmol/L",
                                      "Creatinine": "64 umol/L"},
            "Liver_Function_Tests": {"Bilirubin": "11 umol/L", "ALT": "22 U/L", "ALP": "74 U/L"},
            "Glucose": {"Result": "6.8 mmol/L"},
            "Magnesium": {"Result": "0.78 mmol/L"},
            "Troponin_I": {"Result": "64 ng/L (under 16)"},
            "Group_and_Save": {"Result": "O RhD positive; antibody screen negative"},
            "Pregnancy_Test": {"Result": "Serum hCG negative"},
        },
        "ECG": "Sinus bradycardia 58 bpm; deep symmetrical T-wave inversion V2-V5; QTc 486 ms",
    },
    "Correct_Diagnosis": "Aneurysmal subarachnoid haemorrhage from a left posterior communicating artery aneurysm "
                         "with left third nerve palsy",
})

# 5 — dermatology / rheumatology: chronic plaque psoriasis with psoriatic arthritis
CASES.append({
    "Objective_for_Doctor": "Assess a man with psoriasis and a swollen knee.",
    "Patient_Actor": {
        "Demographics": "44-year-old man",
        "History": "Psoriasis for 15 years, worse this year despite creams. Six months of a painful swollen right "
                   "knee, a swollen painful left third toe, aching fingertip joints and right heel pain, with morning "
                   "stiffness of 45 minutes. He avoids swimming and feels low and sleeps badly.",
        "Symptoms": {"Primary_Symptom": "Swollen right knee and worsening psoriasis",
                     "Secondary_Symptoms": ["Sausage-like left third toe", "Fingertip joint pain", "Heel pain",
                                            "Morning stiffness", "Low mood"]},
        "Past_Medical_History": "Chronic plaque psoriasis; hypertension; no uveitis or bowel symptoms",
        "Social_History": "Bus driver; smokes 10 a day; alcohol 20 units a week",
        "Current_Medications": "Betamethasone and calcipotriol gel; ramipril 5 mg daily",
        "Review_of_Systems": "No diarrhoea, no eye symptoms, no back pain at night",
    },
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Blood_Pressure": "144/90 mmHg", "Heart_Rate": "78 bpm", "Temperature": "36.7 C",
                        "BMI": "31 kg/m2"},
        "Skin_Examination": {"Plaques": "Well-demarcated erythematous plaques with silvery scale on both elbows, "
                                        "knees, lower back and scalp margin",
                             "Auspitz_Sign": "Positive: pinpoint bleeding on removing the scale",
                             "Koebner_Phenomenon": "Linear plaque along a healed scratch on the left forearm",
                             "Flexures": "Inverse psoriasis in the natal cleft"},
        "Psoriasis_Area_and_Severity_Index": "PASI 14.2; body surface area 12%",
        "Nail_Examination": {"Right_Hand": "More than 20 pits and distal onycholysis of the index and middle nails",
                             "Left_Hand": "Pitting of the thumb nail; oil-drop discoloration of the middle nail",
                             "Toenails": "Subungual hyperkeratosis of both great toenails"},
        "Joint_Examination": {
            "Hands": {"DIP_Joints": "Tender and swollen right index and middle DIP joints",
                      "MCP_Squeeze_Test": "Negative on both sides"},
            "Right_Knee": {"Inspection": "Swollen, not red", "Patellar_Tap": "Positive", "Bulge_Sign": "Positive",
                           "Range_of_Movement": "Flexion 0-100 degrees, painful"},
            "Left_Knee": {"Patellar_Tap": "Negative", "Range_of_Movement": "Full and painless"},
            "Feet": {"Dactylitis": "Left third toe diffusely swollen and tender (sausage digit)",
                     "MTP_Squeeze_Test": "Negative on both sides"},
            "Tender_Joint_Count": "5 of 68", "Swollen_Joint_Count": "4 of 66",
        },
        "Enthesitis_Assessment": {"Right_Achilles_Insertion": "Tender", "Left_Achilles_Insertion": "Non-tender",
                                  "Lateral_Epicondyles": "Non-tender on both sides",
                                  "Leeds_Enthesitis_Index": "1"},
        "Spine_Examination": {"Modified_Schober_Test": "5.5 cm", "Sacroiliac_Joint_Tenderness": "None"},
        "Eyes": "White, no redness",
    },
    "Test_Results": {
        "Joint_Aspiration_Right_Knee": {
            "Volume": "40 mL", "Appearance": "Cloudy yellow",
            "Synovial_Fluid_Analysis": {"White_Cell_Count": "12,400 x10^6/L, 70% neutrophils",
                                        "Crystals": "None on polarised light microscopy",
                                        "Gram_Stain": "No organisms", "Culture": "No growth at 48 hours"},
        },
        "Blood_Tests": {
            "Full_Blood_Count": {"Haemoglobin": "142 g/L", "White_Cell_Count": "8.9 x10^9/L",
                                 "Platelets": "388 x10^9/L"},
            "CRP": VR("24 mg/L", "Under 5 mg/L"),
            "ESR": "38 mm/h",
            "Rheumatoid_Factor": "Negative",
            "Anti-CCP_Antibodies": "Negative",
            "HLA-B27": "Negative",
            "Urate": VR("0.38 mmol/L", "0.20-0.42 mmol/L"),
            "Liver_Function_Tests": {"ALT": "48 U/L", "ALP": "82 U/L", "Bilirubin": "9 umol/L",
                                     "Albumin": "42 g/L"},
            "Renal_Function": {"Creatinine": "84 umol/L", "eGFR": "Over 90 mL/min/1.73m2"},
            "Lipid_Profile": {"Total_Cholesterol": "6.1 mmol/L", "LDL_Cholesterol": "4.0 mmol/L",
                              "HDL_Cholesterol": "0.9 mmol/L", "Triglycerides": "2.6 mmol/L"},
            "HbA1c": "44 mmol/mol",
            "Hepatitis_Serology": {"HBsAg": "Negative", "Anti-HBc": "Negative", "Anti-HCV": "Negative"},
            "Interferon-Gamma_Release_Assay": "Negative",
        },
        "Imaging": {
            "X-Ray_Hands": {"Right_Hand": "Erosions with adjacent bone proliferation at the index and middle DIP "
                                          "joints; pencil-in-cup change at the middle DIP joint",
                            "Left_Hand": "Normal"},
            "X-Ray_Feet": {"Findings": "Periostitis of the left third proximal phalanx; no erosions"},
            "Ultrasound_Right_Knee": {"Findings": "Moderate effusion and synovial thickening with power Doppler "
                                                  "signal; quadriceps enthesis normal"},
            "Chest_X-Ray": {"Findings": "Clear lungs"},
        },
        "Questionnaires": {"Dermatology_Life_Quality_Index": "DLQI 16 (very large effect)",
                           "PHQ-9": "11 (moderate depressive symptoms)",
                           "HAQ-DI": "0.875"},
        "Disease_Activity": {"DAPSA": "24 (moderate activity)", "Minimal_Disease_Activity": "Not met"},
    },
    "Correct_Diagnosis": "Chronic plaque psoriasis with psoriatic arthritis (distal interphalangeal and oligoarticular, "
                         "with dactylitis)",
})


def main() -> None:
    out = HERE / "cases_en.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for case in CASES:
            fh.write(json.dumps({"OSCE_Examination": case}, ensure_ascii=False) + "\n")
    print(f"wrote {len(CASES)} cases to {out}")


if __name__ == "__main__":
    main()

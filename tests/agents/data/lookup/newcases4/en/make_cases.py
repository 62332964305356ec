"""Write cases_en.jsonl: 6 new English AgentClinic OSCE cases for the newcases4 blind lookup set."""

import json
from pathlib import Path

HERE = Path(__file__).parent


def VR(value, ref):
    return {"Value": value, "Reference_Range": ref}


CASES = []

# 0 — ENT / neuro-otology: left vestibular schwannoma
CASES.append({
    "Objective_for_Doctor": "Assess a woman with one-sided hearing loss and unsteadiness.",
    "Patient_Actor": {
        "Demographics": "52-year-old woman",
        "History": "Gradually worsening hearing in the left ear over 18 months, first noticed on the telephone, with "
                   "constant high-pitched left tinnitus. For 4 months she has felt unsteady, especially in the dark, "
                   "without spinning attacks. Recently some numbness over the left forehead and cheek.",
        "Symptoms": {"Primary_Symptom": "Progressive left-sided hearing loss",
                     "Secondary_Symptoms": ["Left tinnitus", "Unsteadiness in the dark", "Left facial numbness",
                                            "No ear discharge or pain"]},
        "Past_Medical_History": "Hypothyroidism; no ear surgery; no noise exposure; no head injury",
        "Social_History": "Office manager; never smoked; alcohol 4 units a week",
        "Current_Medications": "Levothyroxine 75 micrograms daily",
        "Review_of_Systems": "No headache on waking, no visual change, no swallowing difficulty",
    },
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Blood_Pressure": "128/78 mmHg", "Heart_Rate": "74 bpm", "Respiratory_Rate": "14/min",
                        "Temperature": "36.6 C"},
        "General_Appearance": "Well, alert, turns her right ear towards the speaker",
        "Otoscopy": {"Right_Ear": "Clear canal, intact pearly tympanic membrane",
                     "Left_Ear": "Clear canal, intact pearly tympanic membrane"},
        "Tuning_Fork_Tests_512_Hz": {"Rinne_Test": {"Right_Ear": "Positive (air conduction louder than bone)",
                                                    "Left_Ear": "Positive, both air and bone conduction reduced"},
                                     "Weber_Test": "Lateralises to the right ear"},
        "Cranial_Nerve_Examination": {
            "Corneal_Reflex": {"Right": "Brisk", "Left": "Reduced"},
            "Facial_Sensation": "Reduced light touch in the left ophthalmic and maxillary divisions",
            "Facial_Nerve_Function": "Symmetrical forehead wrinkling, eye closure and smile; House-Brackmann grade I",
            "Lower_Cranial_Nerves": "Palate elevates centrally, gag present, tongue midline",
        },
        "Vestibular_Examination": {
            "Spontaneous_Nystagmus": "Fine right-beating horizontal nystagmus on right gaze only",
            "Head_Impulse_Test": {"Right": "No corrective saccade", "Left": "Overt corrective saccade"},
            "Dix_Hallpike_Manoeuvre": "Negative on both sides",
            "Romberg_Test": "Sways towards the left with eyes closed, does not fall",
            "Unterberger_Test": "Turns 50 degrees to the left over 50 steps",
        },
        "Cerebellar_Examination": {"Finger_Nose_Test": {"Right": "Normal", "Left": "Mild past-pointing"},
                                   "Heel_Shin_Test": "Normal on both sides",
                                   "Dysdiadochokinesis": "Absent",
                                   "Tandem_Gait": "Unsteady after four steps"},
        "Fundoscopy": "Sharp optic discs, no papilloedema",
        "Neck": "No cervical lymphadenopathy; parotids normal",
    },
    "Test_Results": {
        "Audiology": {
            "Pure_Tone_Audiometry": {"Right_Ear": "Thresholds 10-20 dB HL from 250 to 8000 Hz",
                                     "Left_Ear": "Sensorineural loss sloping to the high frequencies: 35 dB HL at "
                                                 "500 Hz, 65 dB HL at 4 kHz; no air-bone gap"},
            "Speech_Audiometry": {"Right_Ear": "Word recognition 100%",
                                  "Left_Ear": "Word recognition 44%, poor for the pure-tone thresholds"},
            "Tympanometry": {"Right_Ear": "Type A", "Left_Ear": "Type A"},
            "Stapedial_Reflexes": {"Right_Ear": "Present ipsilaterally", "Left_Ear": "Absent ipsilaterally"},
        },
        "Videonystagmography": {"Caloric_Testing": {"Right_Ear": "Normal warm and cold responses",
                                                    "Left_Ear": "Reduced responses; 46% left canal paresis"},
                                "Oculomotor_Tests": "Normal saccades and smooth pursuit"},
        "Imaging": {
            "MRI_Internal_Auditory_Meatus": {
                "Findings": "2.4 cm enhancing extra-axial mass in the left cerebellopontine angle extending into and "
                            "widening the left internal auditory meatus, contacting the pons without compression; "
                            "no hydrocephalus; right side normal (vestibular schwannoma)",
                "Sequences": "Post-gadolinium T1 and high-resolution T2"},
        },
        "Blood_Tests": {
            "Full_Blood_Count": {"Haemoglobin": "134 g/L", "White_Cell_Count": "6.2 x10^9/L",
                                 "Platelets": "241 x10^9/L"},
            "Urea_and_Electrolytes": {"Sodium": "140 mmol/L", "Potassium": "4.2 mmol/L", "Urea": "4.9 mmol/L",
                                      "Creatinine": "68 umol/L"},
            "Thyroid_Function_Tests": {"TSH": "2.1 mU/L", "Free_T4": "15 pmol/L"},
            "Syphilis_Serology": {"Result": "Treponemal antibodies not detected"},
        },
    },
    "Correct_Diagnosis": "Left vestibular schwannoma (acoustic neuroma)",
})

# 1 — endocrine surgery: primary hyperparathyroidism from a left inferior parathyroid adenoma
CASES.append({
    "Objective_for_Doctor": "Assess a woman referred with a high calcium.",
    "Patient_Actor": {
        "Demographics": "61-year-old woman",
        "History": "Raised calcium found on routine blood tests. A year of tiredness, thirst, passing urine at night, "
                   "constipation and aching bones; a right renal stone passed 8 months ago. Feels low and forgetful.",
        "Symptoms": {"Primary_Symptom": "Tiredness and a high calcium on blood tests",
                     "Secondary_Symptoms": ["Polyuria and nocturia", "Constipation", "Bone aches",
                                            "Previous renal colic"]},
        "Past_Medical_History": "Right renal colic last year; postmenopausal since 52; no neck irradiation",
        "Social_History": "Retired nurse; never smoked; alcohol rarely",
        "Current_Medications": "None; no thiazide, lithium or calcium supplements",
        "Review_of_Systems": "No weight loss, no cough, no change in voice",
    },
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Blood_Pressure": "146/88 mmHg", "Heart_Rate": "70 bpm", "Respiratory_Rate": "14/min",
                        "Temperature": "36.5 C", "BMI": "26.4 kg/m2"},
        "General_Appearance": "Well, mildly dehydrated mucous membranes",
        "Neck_Examination": {"Inspection": "No visible swelling or scars",
                             "Thyroid_Palpation": "Small, smooth, non-tender gland; no nodule; no palpable "
                                                  "parathyroid mass",
                             "Cervical_Lymph_Nodes": "Not palpable",
                             "Trachea": "Central",
                             "Pemberton_Sign": "Negative"},
        "Voice_Assessment": "Normal voice quality and strength of cough",
        "Neuromuscular_Examination": {"Chvostek_Sign": "Negative", "Trousseau_Sign": "Negative",
                                      "Proximal_Muscle_Power": {"Right_Hip_Flexion": "4+/5",
                                                                "Left_Hip_Flexion": "4+/5",
                                                                "Shoulder_Abduction": "5/5 on both sides"},
                                      "Deep_Tendon_Reflexes": "Normal and symmetrical"},
        "Abdominal_Examination": {"Palpation": "Soft, non-tender, no masses",
                                  "Renal_Angle_Tenderness": {"Right": "None", "Left": "None"}},
        "Spine_Examination": "Mild thoracic kyphosis; no spinal tenderness on percussion",
    },
    "Test_Results": {
        "Laboratory_Tests": {
            "Bone_Profile": {"Total_Calcium": "2.83 mmol/L", "Albumin": "35 g/L",
                             "Adjusted_Calcium": VR("2.89 mmol/L", "2.20-2.60 mmol/L"),
                             "Phosphate": VR("0.68 mmol/L", "0.80-1.50 mmol/L"),
                             "Alkaline_Phosphatase": VR("142 U/L", "30-130 U/L")},
            "Ionised_Calcium": VR("1.47 mmol/L", "1.15-1.33 mmol/L"),
            "Parathyroid_Hormone": VR("14.8 pmol/L", "1.6-6.9 pmol/L"),
            "25-Hydroxyvitamin_D": VR("46 nmol/L", "50-150 nmol/L"),
            "Renal_Function": {"Urea": "6.8 mmol/L", "Creatinine": "88 umol/L", "eGFR": "62 mL/min/1.73m2"},
            "Magnesium": "0.84 mmol/L",
            "Thyroid_Function_Tests": {"TSH": "1.6 mU/L", "Free_T4": "14 pmol/L"},
            "Serum_Protein_Electrophoresis": {"Result": "No paraprotein band"},
        },
        "24-Hour_Urine_Collection": {"Volume": "2.6 L", "Urine_Calcium": "8.1 mmol/24 h",
                                     "Urine_Creatinine": "9.2 mmol/24 h",
                                     "Calcium_Creatinine_Clearance_Ratio": "0.021"},
        "Neck_Ultrasound": {"Thyroid": "Normal size; 4 mm simple cyst in the right lobe",
                            "Parathyroid": "12 x 8 mm hypoechoic oval nodule posterior and inferior to the left "
                                           "thyroid lobe with a polar feeding vessel",
                            "Lymph_Nodes": "No abnormal cervical nodes"},
        "Sestamibi_SPECT-CT": "Focal retention of tracer on delayed images inferior to the left thyroid lobe, "
                              "concordant with the ultrasound nodule",
        "DEXA_Scan": {"Lumbar_Spine_L1-L4": "T-score -1.8", "Left_Total_Hip": "T-score -1.6",
                      "Left_Femoral_Neck": "T-score -2.0", "Distal_Third_Radius": "T-score -2.7"},
        "Renal_Tract_Ultrasound": {"Right_Kidney": "10.8 cm; two echogenic shadowing foci of 4 and 6 mm in the lower "
                                                   "pole; no hydronephrosis",
                                   "Left_Kidney": "11.0 cm; no calculus; no hydronephrosis"},
        "Flexible_Laryngoscopy": "Both vocal cords mobile and symmetrical; normal larynx",
        "ECG": "Sinus rhythm 70 bpm; QTc 386 ms; no other abnormality",
    },
    "Correct_Diagnosis": "Primary hyperparathyroidism due to a left inferior parathyroid adenoma",
})

# 2 — obstetrics: placental abruption at 34 weeks with fetal compromise and coagulopathy
CASES.append({
    "Objective_for_Doctor": "Assess a pregnant woman with abdominal pain and vaginal bleeding.",
    "Patient_Actor": {
        "Demographics": "33-year-old woman, third pregnancy, 34 weeks pregnant",
        "History": "Sudden constant lower abdominal and back pain one hour ago, followed by dark red vaginal bleeding "
                   "with clots. Reduced fetal movements since. No trauma, no leakage of clear fluid, no headache or "
                   "visual disturbance. Uncomplicated pregnancy so far; placenta not low-lying on the 20-week scan.",
        "Symptoms": {"Primary_Symptom": "Constant abdominal pain and dark vaginal bleeding at 34 weeks",
                     "Secondary_Symptoms": ["Reduced fetal movements", "Light-headedness", "Back pain"]},
        "Past_Medical_History": "Two previous vaginal deliveries at term; no hypertension",
        "Social_History": "Smokes 15 cigarettes a day; no alcohol or drugs",
        "Current_Medications": "Folic acid and iron during pregnancy",
    },
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Blood_Pressure": "98/60 mmHg", "Heart_Rate": "118 bpm", "Respiratory_Rate": "22/min",
                        "Temperature": "36.9 C", "Oxygen_Saturation": "98% on air"},
        "General_Appearance": "Pale, sweaty and distressed by pain",
        "Obstetric_Abdominal_Examination": {
            "Inspection": "Gravid abdomen, no scars",
            "Symphysis_Fundal_Height": "38 cm, larger than dates",
            "Uterine_Palpation": "Woody-hard, tender uterus that does not relax between contractions",
            "Fetal_Lie": "Longitudinal",
            "Presentation": "Cephalic, 3/5 palpable",
            "Fetal_Heart_Auscultation": "Handheld Doppler 95 bpm",
        },
        "Speculum_Examination": {"Vagina": "About 200 mL of dark blood and clots",
                                 "Cervix": "Closed-looking external os with blood coming through; no lesion"},
        "Digital_Vaginal_Examination": "After ultrasound excluded a low placenta: cervix 2 cm dilated, 60% effaced, "
                                       "soft, mid-position, vertex at station -2, membranes intact",
        "Bishop_Score": "7",
        "Neurological_Examination": {"Patellar_Reflexes": {"Right": "2+", "Left": "2+"},
                                     "Ankle_Clonus": {"Right": "Absent", "Left": "Absent"}},
        "Lower_Limbs": {"Oedema": "None", "Calves": "Soft and non-tender"},
        "Chest_Examination": "Clear lung fields, normal heart sounds",
    },
    "Test_Results": {
        "Cardiotocography": {"Baseline_Fetal_Heart_Rate": "95 bpm", "Variability": "Under 5 bpm for 40 minutes",
                             "Decelerations": "Late decelerations with every contraction",
                             "Uterine_Activity": "Frequent low-amplitude contractions, 7 in 10 minutes",
                             "Classification": "Pathological"},
        "Obstetric_Ultrasound": {"Fetal_Heart": "Present, bradycardic",
                                 "Presentation": "Cephalic",
                                 "Placenta": "Fundal posterior, well clear of the internal os; 5 x 3 cm "
                                             "retroplacental hypoechoic collection",
                                 "Amniotic_Fluid_Index": "12 cm",
                                 "Estimated_Fetal_Weight": "2,250 g (40th centile)"},
        "Labs": {
            "Full_Blood_Count": {"Haemoglobin": "84 g/L", "White_Cell_Count": "14.2 x10^9/L",
                                 "Platelets": "92 x10^9/L"},
            "Coagulation_Screen": {"PT": "16.8 s", "APTT": "41 s",
                                   "Fibrinogen": VR("1.1 g/L", "4.0-6.5 g/L in the third trimester")},
            "D-Dimer": "Over 5,000 ng/mL",
            "Blood_Group_and_Antibody_Screen": {"ABO_and_RhD": "O RhD negative", "Antibody_Screen": "Negative"},
            "Kleihauer-Betke_Test": "Fetomaternal haemorrhage estimated at 2 mL of fetal red cells",
            "Urea_and_Electrolytes": {"Sodium": "136 mmol/L", "Potassium": "4.0 mmol/L", "Urea": "3.1 mmol/L",
                                      "Creatinine": "64 umol/L"},
            "Liver_Function_Tests": {"ALT": "18 U/L", "Bilirubin": "9 umol/L", "Albumin": "29 g/L"},
            "Urinalysis": {"Protein": "Negative", "Blood": "Trace", "Leucocytes": "Negative", "Nitrites": "Negative"},
            "Urine_Drug_Screen": "Negative",
        },
    },
    "Correct_Diagnosis": "Placental abruption at 34 weeks with fetal compromise and coagulopathy",
})

# 3 — neonatology: meconium aspiration syndrome with persistent pulmonary hypertension of the newborn
CASES.append({
    "Objective_for_Doctor": "Assess a newborn with breathing difficulty after a meconium-stained delivery.",
    "Patient_Actor": {
        "Demographics": "Newborn boy, 18 hours old, born post-term",
        "History": "Born by emergency caesarean section for fetal bradycardia with thick meconium-stained liquor. "
                   "Born floppy and apnoeic, needed inflation breaths and 3 minutes of ventilation breaths. Since "
                   "admission to the neonatal unit he has had grunting, fast breathing and cyanosis despite oxygen.",
        "Symptoms": {"Primary_Symptom": "Respiratory distress and cyanosis from birth",
                     "Secondary_Symptoms": ["Grunting", "Poor feeding", "Meconium-stained skin"]},
        "Past_Medical_History": "Mother 29 years, first pregnancy, uncomplicated; GBS status unknown; membranes "
                                "ruptured 6 hours before delivery; no maternal fever",
        "Social_History": "Parents live together; no family history of heart disease",
    },
    "Physical_Examination_Findings": {
        "Apgar_Scores": {"1_Minute": "3", "5_Minute": "6", "10_Minute": "8"},
        "Vital_Signs": {"Heart_Rate": "168 bpm", "Respiratory_Rate": "82/min", "Temperature": "37.1 C axillary",
                        "Mean_Blood_Pressure": "38 mmHg", "Weight": "3.62 kg"},
        "Oxygen_Saturation": {"Pre-Ductal_Right_Hand": "89% in 100% oxygen",
                              "Post-Ductal_Foot": "74% in 100% oxygen"},
        "General_Appearance": "Post-mature with peeling skin; meconium staining of the skin, nails and umbilical cord",
        "Respiratory_Examination": {
            "Inspection": "Barrel-shaped chest, subcostal and intercostal recession, nasal flaring",
            "Grunting": "Audible expiratory grunting",
            "Auscultation": {"Right_Chest": "Coarse crackles throughout",
                             "Left_Chest": "Coarse crackles, reduced air entry at the base"},
            "Silverman_Andersen_Score": "7",
        },
        "Cardiovascular_Examination": {"Heart_Sounds": "Loud single second heart sound; no murmur",
                                       "Femoral_Pulses": "Palpable and equal",
                                       "Capillary_Refill_Time": "3 seconds centrally"},
        "Abdominal_Examination": "Soft; liver edge 1 cm below the costal margin; three-vessel cord",
        "Neurological_Examination": {"Tone": "Mildly reduced", "Moro_Reflex": "Present but incomplete",
                                     "Suck_Reflex": "Weak", "Anterior_Fontanelle": "Soft and flat"},
        "Newborn_Examination": {"Red_Reflex": {"Right_Eye": "Present", "Left_Eye": "Present"},
                                "Hips": {"Barlow_Test": "Negative on both sides",
                                         "Ortolani_Test": "Negative on both sides"},
                                "Palate": "Intact on inspection and palpation",
                                "Spine": "Straight, no sacral dimple",
                                "Genitalia": "Both testes descended"},
    },
    "Test_Results": {
        "Umbilical_Cord_Blood_Gas": {"Arterial": {"pH": "7.08", "pCO2": "9.8 kPa", "Base_Excess": "-12 mmol/L",
                                                  "Lactate": "8.9 mmol/L"},
                                     "Venous": {"pH": "7.16", "pCO2": "8.1 kPa", "Base_Excess": "-9 mmol/L"}},
        "Arterial_Blood_Gas": {"Sample": "Umbilical arterial catheter, on FiO2 1.0",
                               "pH": "7.21", "pCO2": "8.4 kPa", "pO2": "5.1 kPa", "Base_Excess": "-6 mmol/L",
                               "Lactate": "4.2 mmol/L"},
        "Oxygenation_Index": "28",
        "Blood_Tests": {
            "Full_Blood_Count": {"Haemoglobin": "172 g/L", "Haematocrit": "0.52",
                                 "White_Cell_Count": "24.1 x10^9/L", "Neutrophils": "17.8 x10^9/L",
                                 "Platelets": "168 x10^9/L"},
            "C-Reactive_Protein": VR("Under 5 mg/L", "Under 10 mg/L"),
            "Blood_Culture": {"Result": "No growth at 48 hours"},
            "Electrolytes": {"Sodium": "137 mmol/L", "Potassium": "4.6 mmol/L", "Ionised_Calcium": "1.02 mmol/L"},
            "Blood_Group_and_DAT": {"Blood_Group": "A RhD positive", "Direct_Antiglobulin_Test": "Negative"},
        },
        "Capillary_Blood_Glucose": "2.3 mmol/L at 1 hour; 3.4 mmol/L after a dextrose bolus",
        "Chest_X-Ray": {"Findings": "Bilateral coarse, patchy, asymmetric opacities with hyperinflated areas and "
                                    "flattened diaphragms; no pneumothorax; endotracheal tube at T2, UVC tip at T9"},
        "Echocardiogram": "Structurally normal heart; patent ductus arteriosus with bidirectional shunt; right-to-left "
                          "flow across the foramen ovale; tricuspid regurgitation jet 4.2 m/s (supra-systemic "
                          "pulmonary pressure); good biventricular function",
        "Cranial_Ultrasound": "No intraventricular haemorrhage; normal parenchymal echogenicity",
        "Amplitude-Integrated_EEG": "Continuous normal-voltage background with emerging sleep-wake cycling; no "
                                    "seizures",
    },
    "Correct_Diagnosis": "Meconium aspiration syndrome with persistent pulmonary hypertension of the newborn",
})

# 4 — respiratory: pulmonary sarcoidosis (Scadding stage II)
CASES.append({
    "Objective_for_Doctor": "Assess a woman with a chronic dry cough and breathlessness.",
    "Patient_Actor": {
        "Demographics": "38-year-old woman",
        "History": "Six months of dry cough, breathlessness on climbing two flights of stairs and tiredness. Last "
                   "year she had painful red lumps on both shins and swollen ankles that settled over 6 weeks, and "
                   "an episode of a red, light-sensitive left eye. No fever, night sweats or haemoptysis.",
        "Symptoms": {"Primary_Symptom": "Dry cough and exertional breathlessness for six months",
                     "Secondary_Symptoms": ["Fatigue", "Previous tender shin lumps", "Previous red left eye"]},
        "Past_Medical_History": "None significant; BCG vaccinated as a child",
        "Social_History": "Primary school teacher; never smoked; no birds, no occupational dust exposure; no travel",
        "Current_Medications": "None",
    },
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Blood_Pressure": "118/74 mmHg", "Heart_Rate": "86 bpm", "Respiratory_Rate": "18/min",
                        "Temperature": "36.8 C", "Oxygen_Saturation": "95% on room air at rest"},
        "General_Appearance": "Well, speaking full sentences",
        "Hands": {"Clubbing": "Absent", "Tar_Staining": "None", "Joints": "No synovitis"},
        "Chest_Examination": {
            "Inspection": "Normal shape, no scars",
            "Chest_Expansion": "Symmetrical, 4 cm",
            "Percussion": "Resonant throughout",
            "Tactile_Vocal_Fremitus": "Normal and symmetrical",
            "Auscultation": {"Right_Lung": {"Upper_Zone": "Vesicular", "Lower_Zone": "Sparse fine inspiratory crackles"},
                             "Left_Lung": {"Upper_Zone": "Vesicular", "Lower_Zone": "Vesicular"}},
        },
        "Lymph_Nodes": {"Cervical": "Two 1 cm rubbery non-tender nodes in the right posterior triangle",
                        "Supraclavicular": "Not palpable", "Axillary": "Not palpable"},
        "Skin": {"Shins": "Faint brown staining on both shins, no active nodules",
                 "Face": "No lupus pernio", "Scars": "Old left knee scar slightly raised and violaceous"},
        "Cardiovascular_Examination": {"Heart_Sounds": "Normal, no murmur", "JVP": "Not raised",
                                       "Peripheral_Oedema": "None"},
        "Abdominal_Examination": {"Liver": "Not enlarged", "Spleen": "Tip palpable on deep inspiration"},
    },
    "Test_Results": {
        "Pulmonary_Function_Tests": {
            "Spirometry": {"FEV1": "2.21 L (78% predicted)", "FVC": "2.60 L (74% predicted)",
                           "FEV1_FVC_Ratio": "0.85"},
            "Lung_Volumes": {"TLC": "4.1 L (76% predicted)", "RV": "1.5 L (82% predicted)"},
            "Gas_Transfer": {"DLCO": "58% predicted", "KCO": "82% predicted"},
        },
        "Six_Minute_Walk_Test": {"Distance": "412 m", "Lowest_SpO2": "89%", "Borg_Dyspnoea_Score": "4 at the end"},
        "Bronchoscopy": {
            "Airway_Inspection": "Mildly cobblestoned mucosa in the right main bronchus; no endobronchial lesion",
            "Bronchoalveolar_Lavage": {"Lymphocytes": "32%", "CD4_CD8_Ratio": "5.2",
                                       "AFB_Smear": "No acid-fast bacilli", "Culture": "No growth"},
        },
        "EBUS-TBNA": {"Station_7": "Non-necrotising epithelioid granulomas",
                      "Station_4R": "Non-necrotising epithelioid granulomas",
                      "Station_11L": "Lymphocytes only, no granuloma", "Mycobacterial_Culture": "No growth"},
        "Blood_Tests": {
            "Full_Blood_Count": {"Haemoglobin": "126 g/L", "White_Cell_Count": "4.1 x10^9/L",
                                 "Lymphocytes": "0.8 x10^9/L", "Platelets": "228 x10^9/L"},
            "Serum_ACE": VR("98 U/L", "8-52 U/L"),
            "Bone_Profile": {"Adjusted_Calcium": "2.71 mmol/L", "Phosphate": "1.1 mmol/L"},
            "Liver_Function_Tests": {"ALT": "34 U/L", "ALP": "188 U/L", "GGT": "96 U/L", "Bilirubin": "8 umol/L"},
            "Renal_Function": {"Urea": "5.2 mmol/L", "Creatinine": "71 umol/L", "eGFR": "Over 90 mL/min/1.73m2"},
            "Interferon_Gamma_Release_Assay": {"Result": "Negative"},
            "HIV_Test": {"Result": "Negative"},
        },
        "24-Hour_Urine_Calcium": VR("9.8 mmol/24 h", "2.5-7.5 mmol/24 h"),
        "Imaging": {
            "Chest_X-Ray": {"Findings": "Bilateral hilar lymphadenopathy with reticulonodular opacities in the mid "
                                        "and upper zones"},
            "HRCT_Chest": {"Findings": "Perilymphatic nodules along the bronchovascular bundles and fissures with "
                                       "upper and mid zone predominance; bilateral hilar and subcarinal lymph nodes; "
                                       "no fibrosis or honeycombing"},
        },
        "Electrocardiogram": "Sinus rhythm 84 bpm, PR interval 168 ms, no conduction block",
        "Transthoracic_Echocardiogram": "Normal biventricular size and function; estimated PASP 28 mmHg",
        "Ophthalmology_Assessment": {"Slit_Lamp": {"Right_Eye": "Quiet anterior chamber",
                                                   "Left_Eye": "Old inferior keratic precipitates; no active cells"},
                                     "Dilated_Fundoscopy": "Normal in both eyes"},
    },
    "Correct_Diagnosis": "Pulmonary sarcoidosis (Scadding stage II)",
})

# 5 — psychiatry / neurology: Wernicke encephalopathy in alcohol dependence with alcohol withdrawal
CASES.append({
    "Objective_for_Doctor": "Assess a confused, unsteady man brought in by his sister.",
    "Patient_Actor": {
        "Demographics": "47-year-old man",
        "History": "Brought in by his sister after 3 days of confusion, double vision and falls. He drinks about "
                   "a litre of vodka a day and has vomited most meals for 2 weeks. Last drink 36 hours ago; since "
                   "then shaky and sweating, and he says insects are crawling on the wall.",
        "Symptoms": {"Primary_Symptom": "Confusion, double vision and unsteady walking",
                     "Secondary_Symptoms": ["Tremor and sweating", "Visual hallucinations", "Vomiting",
                                            "Burning feet"]},
        "Past_Medical_History": "Alcohol dependence for 20 years; one withdrawal seizure 3 years ago; depression",
        "Social_History": "Unemployed, lives alone; smokes 20 a day; no illicit drugs",
        "Current_Medications": "None taken regularly",
    },
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Blood_Pressure": "148/92 mmHg", "Heart_Rate": "112 bpm", "Respiratory_Rate": "20/min",
                        "Temperature": "37.6 C", "Oxygen_Saturation": "97% on air"},
        "Glasgow_Coma_Scale": {"Eye_Opening": "4", "Verbal_Response": "4 (confused)", "Motor_Response": "6",
                               "Total": "14/15"},
        "General_Appearance": "Thin, dishevelled, sweating, tremulous",
        "Mental_State_Examination": {
            "Appearance_and_Behaviour": "Restless, picking at the bedsheets, poor eye contact",
            "Speech": "Normal rate, mildly slurred",
            "Mood_and_Affect": "Anxious; affect labile",
            "Thought": "No delusions; no suicidal ideation",
            "Perception": "Visual hallucinations of insects on the wall",
            "Cognition": {"Orientation": "Disoriented to date and place",
                          "Attention": "Cannot recite the months of the year backwards"},
            "Insight": "Poor",
        },
        "Eye_Examination": {"Nystagmus": "Horizontal gaze-evoked nystagmus in both directions, upbeat on upgaze",
                            "Eye_Movements": "Bilateral abduction deficit (lateral rectus weakness)",
                            "Pupils": "Equal and reactive", "Fundoscopy": "Normal discs"},
        "Cerebellar_Examination": {"Gait": "Wide-based and ataxic, cannot walk unaided",
                                   "Tandem_Gait": "Unable",
                                   "Finger_Nose_Test": {"Right": "Mild intention tremor",
                                                        "Left": "Mild intention tremor"},
                                   "Heel_Shin_Test": {"Right": "Ataxic", "Left": "Ataxic"},
                                   "Dysdiadochokinesis": "Mildly impaired"},
        "Peripheral_Neurological_Examination": {
            "Tone": "Normal", "Power": "5/5 throughout",
            "Reflexes": {"Knee_Jerks": "Reduced on both sides", "Ankle_Jerks": "Absent on both sides"},
            "Plantar_Responses": "Flexor on both sides",
            "Pinprick_Sensation": "Reduced below the mid-shins in a stocking distribution",
            "Vibration_Sense": "Absent at the toes, present at the knees",
        },
        "Tremor": "Coarse postural tremor of the outstretched hands",
        "Asterixis": "Absent",
        "Abdominal_Examination": {"Palpation": "Soft; smooth liver edge 3 cm below the costal margin",
                                  "Shifting_Dullness": "Absent",
                                  "Stigmata_of_Chronic_Liver_Disease": "Palmar erythema; three spider naevi on the "
                                                                       "upper chest"},
    },
    "Test_Results": {
        "Clinical_Scales": {"CIWA-Ar_Score": "18 (moderate withdrawal)", "AUDIT_Score": "34",
                            "MoCA": "15/30 on day 3 after intravenous thiamine"},
        "Blood_Tests": {
            "Full_Blood_Count": {"Haemoglobin": "118 g/L", "MCV": "106 fL", "White_Cell_Count": "7.9 x10^9/L",
                                 "Platelets": "98 x10^9/L"},
            "Liver_Function_Tests": {"ALT": "62 U/L", "AST": "148 U/L", "GGT": "612 U/L", "ALP": "132 U/L",
                                     "Bilirubin": "31 umol/L", "Albumin": "31 g/L"},
            "Urea_and_Electrolytes": {"Sodium": "131 mmol/L", "Potassium": "3.1 mmol/L", "Urea": "2.1 mmol/L",
                                      "Creatinine": "58 umol/L"},
            "Magnesium": VR("0.52 mmol/L", "0.70-1.00 mmol/L"),
            "Phosphate": VR("0.61 mmol/L", "0.80-1.50 mmol/L"),
            "Whole_Blood_Thiamine": VR("48 nmol/L (taken before thiamine)", "66-200 nmol/L"),
            "Vitamin_B12_and_Folate": {"Vitamin_B12": "412 ng/L", "Serum_Folate": "2.1 ug/L (low)"},
            "Coagulation": {"PT": "14.9 s", "INR": "1.4"},
            "Ammonia": VR("38 umol/L", "Under 50 umol/L"),
            "Blood_Ethanol": {"Result": "Not detected"},
            "Glucose": "5.8 mmol/L",
        },
        "Urine_Drug_Screen": "Negative",
        "Imaging": {
            "CT_Head": {"Findings": "No haemorrhage or mass; mild generalised atrophy"},
            "MRI_Brain": {"Findings": "Symmetrical T2/FLAIR hyperintensity of the medial thalami, periaqueductal grey "
                                      "matter and mammillary bodies, with mammillary body enhancement; mild "
                                      "cerebellar vermian atrophy"},
        },
        "EEG": "Diffuse theta slowing of the background; no epileptiform discharges",
        "ECG": "Sinus tachycardia 110 bpm; QTc 478 ms; prominent U waves",
        "Nerve_Conduction_Studies": "Length-dependent axonal sensorimotor polyneuropathy: sural sensory potentials "
                                    "absent on both sides, reduced peroneal motor amplitudes",
    },
    "Correct_Diagnosis": "Wernicke encephalopathy in alcohol dependence with alcohol withdrawal",
})


def main() -> None:
    out = HERE / "cases_en.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for case in CASES:
            fh.write(json.dumps({"OSCE_Examination": case}, ensure_ascii=False) + "\n")
    print(f"wrote {len(CASES)} cases to {out}")


if __name__ == "__main__":
    main()

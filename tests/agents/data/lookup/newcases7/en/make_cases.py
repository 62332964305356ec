"""Write cases_en.jsonl: 6 new English AgentClinic OSCE cases for the newcases7 blind lookup set (part en)."""

import json
from pathlib import Path

from dxgym.evaluation.lookup_sets import osce_patient, osce_value

HERE = Path(__file__).parent


# AgentClinic's value and patient blocks are every English part's (dxgym.evaluation.lookup_sets).
VR, PA = osce_value, osce_patient


CASES = []

# 0 — paediatric ENT: acute left mastoiditis with a subperiosteal abscess
CASES.append({
    "Objective_for_Doctor": "Assess a 6-year-old boy with fever and a swelling behind the left ear.",
    "Patient_Actor": PA("6-year-old boy",
                        "Five days of left earache and fever treated with amoxicillin by the GP for two days; "
                        "since yesterday a red, painful swelling behind the left ear that pushes the ear "
                        "forward. No discharge from the ear. No headache, no vomiting, no double vision.",
                        "Swelling behind the left ear", ["Fever", "Left earache", "Reduced hearing on the left",
                                                         "Poor appetite"],
                        "Two previous episodes of otitis media; immunisations up to date", "Lives with parents",
                        "Amoxicillin for 2 days", "No neck pain, no unsteadiness, no facial weakness"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Temperature": "39.2 C", "Heart_Rate": "138 bpm", "Respiratory_Rate": "24/min",
                        "Blood_Pressure": "102/64 mmHg", "Oxygen_Saturation": "98% on air"},
        "General_Appearance": "Miserable, flushed, alert",
        "Ear_Examination": {
            "Right_Ear": {"Pinna": "Normal", "Postauricular_Region": "Normal",
                          "Otoscopy": "Pearly grey tympanic membrane, light reflex present"},
            "Left_Ear": {"Pinna": "Pushed forward and outward",
                         "Postauricular_Region": "Fluctuant, tender, erythematous swelling; postauricular crease "
                                                 "effaced",
                         "Otoscopy": "Red, bulging tympanic membrane; sagging posterosuperior canal wall"},
        },
        "Tuning_Fork_Tests": {"Rinne_Test": {"Right_Ear": "Positive (AC > BC)", "Left_Ear": "Negative (BC > AC)"},
                              "Weber_Test": "Lateralises to the left"},
        "Fistula_Test": "Negative (no nystagmus or vertigo on tragal pressure)",
        "Cranial_Nerves": {"Facial_Nerve": "House-Brackmann grade I on both sides",
                           "Eye_Movements": "Full, no diplopia, no sixth nerve palsy"},
        "Fundoscopy": {"Right_Eye": "Sharp disc margins", "Left_Eye": "Sharp disc margins"},
        "Neck_Examination": {"Lymph_Nodes": {"Right": "Not enlarged", "Left": "Tender 1.5 cm upper jugular node"},
                             "Neck_Stiffness": "Absent", "Kernig_Sign": "Negative"},
        "Cerebellar_Examination": {"Gait": "Normal", "Finger_Nose_Test": "Normal",
                                   "Dysdiadochokinesia": "Absent"},
    },
    "Test_Results": {
        "Blood_Tests": {
            "Full_Blood_Count": {"Haemoglobin": "118 g/L", "White_Cell_Count": VR("21.4 x10^9/L", "5-15 x10^9/L"),
                                 "Neutrophils": "17.8 x10^9/L", "Platelets": "412 x10^9/L"},
            "C-Reactive_Protein": {"Result": "186 mg/L"},
            "Urea_and_Electrolytes": {"Sodium": "134 mmol/L", "Potassium": "4.0 mmol/L", "Urea": "4.1 mmol/L",
                                      "Creatinine": "38 umol/L"},
            "Blood_Culture": {"Result": "No growth at 48 hours"},
        },
        "Tympanometry": {"Right_Ear": "Type A", "Left_Ear": "Type B (flat)"},
        "CT_Temporal_Bones_with_Contrast": {
            "Right": "Normally pneumatised, aerated mastoid",
            "Left": "Opacified mastoid air cells with loss of septa (coalescence), erosion of the outer cortex and "
                    "a 2 cm subperiosteal collection",
            "Intracranial": "No extradural or cerebral abscess; sigmoid sinus enhances normally",
        },
        "Incision_and_Drainage_of_Subperiosteal_Abscess": {
            "Volume": "6 mL", "Appearance": "Thick yellow pus",
            "Pus_Microbiology": {"Gram_Stain": "Gram-positive cocci in chains",
                                 "Culture_and_Sensitivity": "Streptococcus pyogenes, penicillin sensitive"},
        },
        "Myringotomy_Middle_Ear_Aspirate": {"Culture": "Streptococcus pyogenes"},
    },
    "Correct_Diagnosis": "Acute left coalescent mastoiditis with a subperiosteal abscess complicating acute otitis "
                         "media",
})

# 1 — rheumatology: primary Sjögren syndrome with sensory neuropathy, cutaneous vasculitis and distal RTA
CASES.append({
    "Objective_for_Doctor": "Assess a woman with dry eyes, dry mouth and tingling feet.",
    "Patient_Actor": PA("52-year-old woman",
                        "Three years of gritty, dry eyes and a dry mouth needing water to swallow bread; "
                        "intermittent swelling of the right cheek; for six months numbness and burning of both "
                        "feet and unsteadiness in the dark; a rash of small raised purple spots on both shins "
                        "that comes and goes. Fingers go white then blue in the cold.",
                        "Dry eyes and dry mouth", ["Right parotid swelling", "Burning feet", "Leg rash",
                                                   "Fatigue", "Raynaud phenomenon"],
                        "Renal stones at 48", "Teacher; never smoked", "Artificial tears",
                        "No joint swelling, no cough, no weight loss"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Blood_Pressure": "128/76 mmHg", "Heart_Rate": "78 bpm", "Temperature": "36.8 C"},
        "Eyes": {"Conjunctivae": "Mildly injected both eyes", "Corneas": "Dull light reflex"},
        "Oral_Examination": {"Mucosa": "Dry and sticky", "Tongue": "Fissured and depapillated",
                             "Saliva_Pool": "No pooling in the floor of the mouth",
                             "Dentition": "Cervical caries of several teeth",
                             "Tongue_Blade_Sign": "Positive: the blade sticks to the buccal mucosa"},
        "Salivary_Glands": {"Parotid": {"Right": "Firm, non-tender enlargement", "Left": "Normal"},
                            "Submandibular": {"Right": "Normal", "Left": "Normal"}},
        "Lymph_Nodes": "No lymphadenopathy",
        "Skin": {"Palpable_Purpura": "Scattered palpable purpura over both shins",
                 "Annular_Erythema": "None"},
        "Hands": {"Digital_Colour": "Normal at rest", "Synovitis": "None", "Nailfold_Capillaries": "Normal"},
        "Neurological_Examination": {
            "Vibration_Sense": {"Right_Foot": "Absent to the ankle", "Left_Foot": "Absent to the knee"},
            "Joint_Position_Sense": "Impaired at both great toes",
            "Pinprick": "Reduced in a stocking distribution",
            "Ankle_Reflexes": {"Right": "Absent", "Left": "Absent"},
            "Romberg_Test": "Positive",
            "Power": "Normal",
        },
    },
    "Test_Results": {
        "Ocular_Tests": {"Schirmer_Test": {"Right_Eye": "3 mm in 5 min", "Left_Eye": "4 mm in 5 min"},
                         "Ocular_Staining_Score": {"Right_Eye": "6", "Left_Eye": "5"},
                         "Tear_Break-Up_Time": "4 s in both eyes"},
        "Unstimulated_Whole_Saliva_Flow": "0.05 mL/min",
        "Blood_Tests": {
            "Full_Blood_Count": {"Haemoglobin": "118 g/L", "White_Cell_Count": "3.2 x10^9/L",
                                 "Lymphocytes": "0.8 x10^9/L", "Platelets": "176 x10^9/L"},
            "Inflammatory_Markers": {"ESR": VR("58 mm/h", "0-20 mm/h"), "CRP": "4 mg/L"},
            "Immunology": {"ANA": "Positive 1:640, speckled", "Anti-Ro_SSA": "Positive",
                           "Anti-La_SSB": "Positive", "Rheumatoid_Factor": "92 IU/mL",
                           "Complement": {"C3": "0.92 g/L", "C4": "0.08 g/L (low)"},
                           "Cryoglobulins": "Type II cryoglobulin detected"},
            "Immunoglobulins": {"IgG": "24.1 g/L", "IgA": "3.2 g/L", "IgM": "1.1 g/L"},
            "Serum_Protein_Electrophoresis": {"Result": "Polyclonal hypergammaglobulinaemia, no paraprotein"},
            "Renal_Function": {"Creatinine": "88 umol/L", "Potassium": "3.1 mmol/L", "Chloride": "112 mmol/L",
                               "Bicarbonate": "17 mmol/L"},
        },
        "Urinalysis": {"pH": "7.0", "Protein": "Negative", "Blood": "Negative"},
        "ESSDAI": "9 (glandular, cutaneous, peripheral nervous system, biological domains)",
        "ESSPRI": "7.3",
        "Labial_Minor_Salivary_Gland_Biopsy": {"Histology": "Focal lymphocytic sialadenitis",
                                               "Focus_Score": "2.1 foci per 4 mm2"},
        "Salivary_Gland_Ultrasound": {"Right_Parotid": "Enlarged, heterogeneous with hypoechoic areas (OMERACT 3)",
                                      "Left_Parotid": "Heterogeneous (OMERACT 2)",
                                      "Submandibular_Glands": "Heterogeneous on both sides (OMERACT 2)"},
        "Nerve_Conduction_Studies": {"Sural_Nerves": {"Right": "Sensory action potential absent",
                                                      "Left": "Sensory action potential absent"},
                                     "Median_Sensory": "Reduced amplitude",
                                     "Motor_Conduction": "Normal",
                                     "Conclusion": "Length-dependent sensory axonal neuropathy (sensory ganglionopathy pattern)"},
        "Chest_X-Ray": "Clear lungs",
    },
    "Correct_Diagnosis": "Primary Sjogren syndrome with sensory neuropathy, cryoglobulinaemic cutaneous vasculitis "
                         "and distal renal tubular acidosis",
})

# 2 — paediatric nephrology: post-streptococcal glomerulonephritis
CASES.append({
    "Objective_for_Doctor": "Assess an 8-year-old boy with puffy eyes and dark urine.",
    "Patient_Actor": PA("8-year-old boy",
                        "Three days of puffy eyes in the morning, cola-coloured urine and passing less urine; a "
                        "headache today. Sore throat and fever two weeks ago that settled without treatment.",
                        "Puffy eyes and dark urine", ["Reduced urine output", "Headache", "Ankle swelling"],
                        "None", "Year 4 pupil", "None",
                        "No rash, no joint pain, no abdominal pain, no bloody diarrhoea"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Blood_Pressure": "138/92 mmHg (above the 99th centile)", "Heart_Rate": "88 bpm",
                        "Respiratory_Rate": "22/min", "Temperature": "36.9 C", "Oxygen_Saturation": "96% on air"},
        "Growth": {"Weight": "29 kg (usual 27 kg)", "Height": "128 cm"},
        "Oedema": {"Periorbital": "Puffy eyelids on both sides", "Pedal": "Pitting to the ankles",
                   "Sacral": "None"},
        "Throat_Examination": {"Tonsils": {"Right": "Mildly enlarged, no exudate",
                                           "Left": "Mildly enlarged, no exudate"},
                               "Pharynx": "Not inflamed"},
        "Skin": "No rash, no impetigo, no purpura",
        "Cardiovascular_Examination": {"Jugular_Venous_Pressure": "Raised 4 cm",
                                       "Heart_Sounds": "Normal, no gallop", "Murmurs": "None"},
        "Respiratory_Examination": {"Auscultation": {"Right_Base": "Fine crackles", "Left_Base": "Clear"},
                                    "Percussion": "Dull at the right base"},
        "Abdominal_Examination": {"Palpation": "Soft, non-tender, no organomegaly",
                                  "Renal_Angle_Tenderness": {"Right": "None", "Left": "None"},
                                  "Shifting_Dullness": "Absent"},
        "Fundoscopy": {"Right_Eye": "No haemorrhages, no papilloedema", "Left_Eye": "No haemorrhages, no papilloedema"},
    },
    "Test_Results": {
        "Urine": {"Dipstick": {"Blood": "3+", "Protein": "2+", "Leucocytes": "Negative", "Nitrites": "Negative"},
                  "Microscopy": {"Red_Cells": "Over 100 per high-power field, dysmorphic",
                                 "Casts": "Red cell casts"},
                  "Urine_Protein_Creatinine_Ratio": VR("180 mg/mmol", "under 20 mg/mmol"),
                  "Urine_Sodium": "12 mmol/L"},
        "Full_Blood_Count": {"Haemoglobin": "112 g/L", "White_Cell_Count": "9.1 x10^9/L", "Platelets": "302 x10^9/L"},
        "Renal_Profile": {"Urea": "11.2 mmol/L", "Creatinine": VR("96 umol/L", "30-60 umol/L"),
                          "Sodium": "134 mmol/L", "Potassium": "5.6 mmol/L", "Bicarbonate": "19 mmol/L"},
        "Serum_Albumin": {"Result": "34 g/L"},
        "Complement": {"C3": VR("0.21 g/L", "0.75-1.65 g/L"), "C4": "0.22 g/L"},
        "Streptococcal_Serology": {"ASO_Titre": "800 IU/mL", "Anti-DNase_B": "1,200 U/mL"},
        "Antinuclear_Antibody": {"Result": "Negative"},
        "Throat_Swab": {"Culture": "Normal upper respiratory flora"},
        "Renal_Ultrasound": {"Right_Kidney": "9.6 cm, echogenic, no hydronephrosis",
                             "Left_Kidney": "9.8 cm, echogenic, no hydronephrosis",
                             "Bladder": "Normal"},
        "Chest_X-Ray": {"Findings": "Mild cardiomegaly, upper-lobe venous diversion, small right pleural effusion"},
        "Ambulatory_Blood_Pressure_Monitoring": "Mean daytime 134/88 mmHg, blunted nocturnal dip",
    },
    "Correct_Diagnosis": "Post-streptococcal glomerulonephritis with hypertension and fluid overload",
})

# 3 — respiratory: idiopathic pulmonary fibrosis with pulmonary hypertension
CASES.append({
    "Objective_for_Doctor": "Assess a man with progressive breathlessness and a dry cough.",
    "Patient_Actor": PA("71-year-old man",
                        "Eighteen months of slowly worsening breathlessness, now after 100 metres on the flat, and "
                        "a dry cough. No joint pain, no rash, no muscle weakness. No birds or feather duvets; "
                        "worked 30 years as a metal polisher.",
                        "Progressive exertional breathlessness", ["Dry cough", "Fatigue", "Ankle swelling"],
                        "Gastro-oesophageal reflux; hypertension", "Ex-smoker, 25 pack-years, stopped 15 years ago",
                        "Omeprazole, amlodipine", "No haemoptysis, no fever, no weight loss"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Blood_Pressure": "142/84 mmHg", "Heart_Rate": "92 bpm", "Respiratory_Rate": "22/min",
                        "Temperature": "36.7 C", "Oxygen_Saturation": "91% on air"},
        "Hands": {"Finger_Clubbing": "Grade 3 clubbing of all fingers",
                  "Schamroth_Window_Test": "Diamond-shaped window obliterated",
                  "Cyanosis": "Peripheral", "Mechanics_Hands": "Absent", "Gottron_Papules": "Absent",
                  "Synovitis": "None"},
        "Chest_Examination": {
            "Inspection": "Normal shape", "Chest_Expansion": "Reduced, symmetrical",
            "Percussion": "Resonant throughout",
            "Auscultation": {"Right_Lung": {"Upper_Zone": "Vesicular", "Lower_Zone": "Fine end-inspiratory (Velcro) crackles"},
                             "Left_Lung": {"Upper_Zone": "Vesicular", "Lower_Zone": "Fine end-inspiratory (Velcro) crackles"}},
            "Vocal_Resonance": "Normal",
        },
        "Cardiovascular_Examination": {"Jugular_Venous_Pressure": "Raised 3 cm", "Heart_Sounds": "Loud P2",
                                       "Parasternal_Heave": "Present", "Peripheral_Oedema": "Pitting to mid-shin"},
    },
    "Test_Results": {
        "Lung_Function_Tests": {
            "Spirometry": {"FEV1": "2.10 L (74% predicted)", "FVC": VR("2.45 L", "predicted 3.70 L (66%)"),
                           "FEV1_FVC_Ratio": "0.86"},
            "Gas_Transfer": {"DLCO": "38% predicted", "KCO": "62% predicted"},
            "Lung_Volumes": {"TLC": "61% predicted", "RV": "70% predicted"},
        },
        "Six_Minute_Walk_Test": {"Distance": "290 m", "Lowest_Oxygen_Saturation": "82%"},
        "MRC_Dyspnoea_Scale": "Grade 4",
        "GAP_Index": "5 points, stage II",
        "Arterial_Blood_Gas": {"pH": "7.44", "PaO2": "7.9 kPa", "PaCO2": "4.6 kPa"},
        "Blood_Tests": {
            "Full_Blood_Count": {"Haemoglobin": "162 g/L", "White_Cell_Count": "7.4 x10^9/L", "Platelets": "230 x10^9/L"},
            "Autoimmune_Screen": {"ANA": "Negative", "Rheumatoid_Factor": "Negative", "Anti-CCP": "Negative",
                                  "Extended_Myositis_Panel": "Negative (Jo-1, PL-7, PL-12, MDA5 negative)",
                                  "ANCA": "Negative"},
            "Hypersensitivity_Pneumonitis_Precipitins": {"Avian": "Negative", "Aspergillus_Fumigatus": "Negative"},
            "NT-proBNP": {"Result": "1,150 ng/L"},
            "Creatine_Kinase": {"Result": "96 U/L"},
        },
        "HRCT_Chest": {"Findings": "Subpleural, basal-predominant reticulation with honeycombing and traction "
                                   "bronchiectasis; no ground glass, no mosaic attenuation",
                       "Impression": "Usual interstitial pneumonia (UIP) pattern"},
        "Bronchoscopy": {"Airway_Inspection": "Normal airways",
                         "Bronchoalveolar_Lavage": {"Site": "Right middle lobe",
                                                    "Cell_Differential": {"Macrophages": "82%", "Lymphocytes": "6%",
                                                                          "Neutrophils": "9%", "Eosinophils": "3%"},
                                                    "Microbiology": "No growth; no acid-fast bacilli"}},
        "Echocardiogram": {"Estimated_PASP": "48 mmHg", "Left_Ventricular_Function": "Normal, EF 60%",
                           "TAPSE": "15 mm", "Right_Ventricle": "Mildly dilated"},
        "Electrocardiogram": "Sinus rhythm 92 bpm, right axis deviation",
    },
    "Correct_Diagnosis": "Idiopathic pulmonary fibrosis (UIP pattern) with pulmonary hypertension",
})

# 4 — neurology / neuro-ophthalmology: idiopathic intracranial hypertension
CASES.append({
    "Objective_for_Doctor": "Assess a young woman with headaches and blurred vision.",
    "Patient_Actor": PA("28-year-old woman",
                        "Three months of daily headaches, worse lying down and on waking, with whooshing in both "
                        "ears in time with her pulse; seconds-long greying of vision when she stands; for a week "
                        "horizontal double vision looking to the right. Gained 12 kg in the past year.",
                        "Daily headache", ["Pulsatile tinnitus", "Transient visual obscurations",
                                           "Horizontal diplopia"],
                        "Polycystic ovary syndrome", "Care worker; non-smoker",
                        "Combined oral contraceptive; doxycycline for acne for two months",
                        "No fever, no weight loss, no limb weakness"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Blood_Pressure": "126/80 mmHg", "Heart_Rate": "76 bpm", "Temperature": "36.6 C"},
        "Body_Mass_Index": "38 kg/m2",
        "Neuro-Ophthalmic_Examination": {
            "Visual_Acuity": {"Right_Eye": "6/9", "Left_Eye": "6/6"},
            "Colour_Vision_Ishihara": {"Right_Eye": "15/17 plates", "Left_Eye": "17/17 plates"},
            "Pupils": {"Reaction": "Equal and reactive", "Relative_Afferent_Pupillary_Defect": "None"},
            "Visual_Fields_to_Confrontation": {"Right_Eye": "Enlarged blind spot", "Left_Eye": "Full"},
            "Eye_Movements": {"Abduction": {"Right": "Limited, 2 mm short (right sixth nerve palsy)",
                                            "Left": "Full"},
                              "Other_Directions": "Full"},
            "Fundoscopy": {"Right_Eye": "Papilloedema, Frisen grade 3", "Left_Eye": "Papilloedema, Frisen grade 2",
                           "Spontaneous_Venous_Pulsations": "Absent in both eyes"},
        },
        "Neurological_Examination": {"Other_Cranial_Nerves": "Normal", "Tone": "Normal", "Power": "Normal",
                                     "Reflexes": "Normal and symmetrical",
                                     "Plantar_Responses": {"Right": "Flexor", "Left": "Flexor"},
                                     "Coordination": "Normal", "Gait": "Normal"},
        "Neck_Stiffness": "Absent",
    },
    "Test_Results": {
        "Formal_Perimetry_Humphrey_24-2": {"Right_Eye": "Enlarged blind spot, mean deviation -4.2 dB",
                                           "Left_Eye": "Enlarged blind spot, mean deviation -2.8 dB"},
        "Optical_Coherence_Tomography": {"Right_Eye": "RNFL thickened, 210 um", "Left_Eye": "RNFL thickened, 168 um"},
        "MRI_Brain": {"Findings": "Partially empty sella, flattened posterior globes, distended optic nerve sheaths; "
                                  "no mass, no hydrocephalus"},
        "MR_Venography": {"Findings": "Bilateral transverse sinus stenosis; no venous sinus thrombosis"},
        "Lumbar_Puncture": {"Position": "Lateral decubitus, legs extended",
                            "Opening_Pressure": "38 cm CSF",
                            "CSF_Analysis": {"White_Cells": "1 /uL", "Red_Cells": "3 /uL",
                                             "Protein": "0.22 g/L", "Glucose": "3.4 mmol/L"},
                            "Closing_Pressure": "18 cm CSF"},
        "Blood_Tests": {
            "Full_Blood_Count": {"Haemoglobin": "134 g/L", "White_Cell_Count": "7.8 x10^9/L", "Platelets": "288 x10^9/L"},
            "Urea_and_Electrolytes": {"Sodium": "139 mmol/L", "Potassium": "4.2 mmol/L", "Creatinine": "64 umol/L"},
            "Paired_Serum_Glucose": {"Result": "5.3 mmol/L"},
            "HbA1c": {"Result": "39 mmol/mol"},
            "Thyroid_Function_Tests": {"TSH": "2.1 mU/L", "Free_T4": "15 pmol/L"},
        },
        "Urine_Pregnancy_Test": "Negative",
        "Headache_Impact_Test-6": "64 (severe impact)",
    },
    "Correct_Diagnosis": "Idiopathic intracranial hypertension with papilloedema and right sixth nerve palsy",
})

# 5 — haematology: primary warm autoimmune haemolytic anaemia
CASES.append({
    "Objective_for_Doctor": "Assess a woman with tiredness, breathlessness and yellow eyes.",
    "Patient_Actor": PA("63-year-old woman",
                        "Two weeks of increasing tiredness, breathlessness on climbing stairs and yellow eyes; "
                        "dark urine. No bleeding, no fever, no new drugs, no recent infection.",
                        "Tiredness and breathlessness", ["Yellow eyes", "Dark urine", "Palpitations"],
                        "Hypothyroidism", "Retired librarian", "Levothyroxine",
                        "No night sweats, no weight loss, no rash, no joint pain"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Blood_Pressure": "118/66 mmHg", "Heart_Rate": "112 bpm", "Respiratory_Rate": "20/min",
                        "Temperature": "37.2 C", "Oxygen_Saturation": "97% on air"},
        "General_Appearance": {"Pallor": "Marked conjunctival pallor", "Jaundice": "Scleral icterus"},
        "Cardiovascular_Examination": {"Heart_Sounds": "Soft ejection systolic flow murmur at the left sternal edge",
                                       "Jugular_Venous_Pressure": "Not raised"},
        "Abdominal_Examination": {"Liver": "Not palpable", "Spleen": "Tip palpable 2 cm below the costal margin",
                                  "Traube_Space": "Dull to percussion"},
        "Lymph_Nodes": {"Cervical": {"Right": "Not enlarged", "Left": "Not enlarged"},
                        "Axillary": {"Right": "Not enlarged", "Left": "Not enlarged"},
                        "Inguinal": "Not enlarged"},
        "Skin": "No purpura, no rash, no leg ulcers",
        "Thyroid": "Not enlarged",
    },
    "Test_Results": {
        "Full_Blood_Count": {"Haemoglobin": VR("64 g/L", "115-165 g/L"), "MCV": "108 fL",
                             "White_Cell_Count": "9.8 x10^9/L", "Neutrophils": "7.2 x10^9/L",
                             "Lymphocytes": "1.9 x10^9/L", "Platelets": "246 x10^9/L"},
        "Reticulocytes": {"Absolute_Count": "340 x10^9/L", "Percentage": "14%"},
        "Blood_Film": "Numerous spherocytes, polychromasia, occasional nucleated red cells; no red cell fragments",
        "Haemolysis_Screen": {"Lactate_Dehydrogenase": VR("780 U/L", "135-214 U/L"),
                              "Bilirubin": {"Total": "62 umol/L", "Unconjugated": "54 umol/L"},
                              "Haptoglobin": "Under 0.1 g/L"},
        "Direct_Antiglobulin_Test": {"Polyspecific": "Positive",
                                     "Monospecific": {"IgG": "Positive 3+", "C3d": "Negative"},
                                     "Eluate": "Panreactive warm IgG autoantibody"},
        "Liver_Function_Tests": {"ALT": "24 U/L", "Alkaline_Phosphatase": "88 U/L", "Albumin": "38 g/L"},
        "Renal_Function": {"Urea": "6.4 mmol/L", "Creatinine": "71 umol/L"},
        "Haematinics": {"Ferritin": "410 ug/L", "Folate": "3.1 ug/L (low)", "Vitamin_B12": "380 ng/L"},
        "Immunology": {"ANA": "Negative", "Serum_Protein_Electrophoresis": "No paraprotein",
                       "Immunoglobulins": "Normal"},
        "Viral_Screen": {"HIV": "Negative", "HBsAg": "Negative", "Hepatitis_C_Antibody": "Negative"},
        "Urinalysis": {"Urobilinogen": "Raised", "Bilirubin": "Negative", "Blood": "Trace"},
        "Peripheral_Blood_Flow_Cytometry": {"Lymphocyte_Clonality": "No clonal B-cell population"},
        "Group_and_Crossmatch": "Group A RhD positive; panreactive autoantibody, all units incompatible; no "
                                "alloantibody on adsorption",
        "CT_Chest_Abdomen_Pelvis": {"Findings": "Spleen 14 cm; no lymphadenopathy, no mass"},
        "Electrocardiogram": "Sinus tachycardia 112 bpm",
    },
    "Correct_Diagnosis": "Primary warm autoimmune haemolytic anaemia (IgG, DAT positive) with folate deficiency",
})


if __name__ == "__main__":
    with (HERE / "cases_en.jsonl").open("w", encoding="utf-8") as f:
        for case in CASES:
            f.write(json.dumps({"OSCE_Examination": case}, ensure_ascii=False) + "\n")
    print(len(CASES), "cases")

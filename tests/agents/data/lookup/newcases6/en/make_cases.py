"""Write cases_en.jsonl: 6 new English AgentClinic OSCE cases for the newcases6 blind lookup set (part en)."""

import json
from pathlib import Path

from dxgym.evaluation.lookup_sets import osce_patient, osce_value

HERE = Path(__file__).parent


# AgentClinic's value and patient blocks are every English part's (dxgym.evaluation.lookup_sets).
VR, PA = osce_value, osce_patient


CASES = []

# 0 — endocrine surgery: papillary thyroid carcinoma with right lateral neck nodal metastasis
CASES.append({
    "Objective_for_Doctor": "Assess a woman with a lump in the neck and a hoarse voice.",
    "Patient_Actor": PA("44-year-old woman",
                        "Four months of a painless lump on the right side of the neck, noticed when fastening a "
                        "necklace; for six weeks a hoarse, breathy voice. No pain, no weight loss. Neck "
                        "irradiation for acne as a teenager.",
                        "Painless right neck lump", ["Hoarse voice", "Mild difficulty swallowing tablets"],
                        "None", "Accountant; never smoked", "None",
                        "No palpitations, no heat intolerance, no diarrhoea"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Blood_Pressure": "124/78 mmHg", "Heart_Rate": "74 bpm", "Respiratory_Rate": "14/min",
                        "Temperature": "36.6 C", "Oxygen_Saturation": "99% on air"},
        "Neck_Examination": {
            "Inspection": "Visible swelling right of the midline",
            "Thyroid_Palpation": {"Right_Lobe": "Hard, irregular 3 cm nodule in the lower pole, fixed to deep tissue",
                                  "Left_Lobe": "Normal size and texture", "Isthmus": "Not enlarged"},
            "Swallow_Test": "Nodule rises on swallowing",
            "Tongue_Protrusion_Test": "Does not move with tongue protrusion",
            "Cervical_Lymph_Nodes": {"Right": "Firm 2 cm node at level III, another 1 cm at level IV",
                                     "Left": "No palpable nodes"},
            "Trachea": "Central",
            "Pemberton_Sign": "Negative",
        },
        "Thyroid_Status": {"Pulse": "Regular", "Fine_Tremor": "Absent", "Lid_Lag": "Absent",
                           "Reflexes": "Normal relaxation"},
        "Voice_Assessment": "Breathy dysphonia, maximum phonation time 8 s",
        "Chvostek_Sign": "Negative",
    },
    "Test_Results": {
        "Blood_Tests": {
            "Thyroid_Function_Tests": {"TSH": VR("1.8 mU/L", "0.4-4.0 mU/L"), "Free_T4": "14 pmol/L",
                                       "Free_T3": "4.6 pmol/L"},
            "Thyroid_Antibodies": {"Anti-TPO": "Negative", "Anti-Thyroglobulin": "Negative"},
            "Serum_Thyroglobulin": {"Result": "86 ug/L"},
            "Serum_Calcitonin": {"Result": "Under 2 ng/L"},
            "Bone_Profile": {"Adjusted_Calcium": "2.36 mmol/L", "Phosphate": "1.1 mmol/L",
                             "Alkaline_Phosphatase": "78 U/L"},
            "Full_Blood_Count": {"Haemoglobin": "131 g/L", "White_Cell_Count": "6.2 x10^9/L",
                                 "Platelets": "264 x10^9/L"},
        },
        "Ultrasound_Neck": {"Right_Lobe": "31 mm solid hypoechoic nodule, taller than wide, irregular margins, "
                                          "microcalcifications; TI-RADS 5",
                            "Left_Lobe": "No nodule",
                            "Lymph_Nodes": "Right level III and IV nodes with microcalcification and cystic change"},
        "Fine_Needle_Aspiration": {
            "Right_Thyroid_Nodule": {"Cytology": "Papillary architecture, nuclear grooves, pseudo-inclusions",
                                     "Bethesda_Category": "VI (malignant)"},
            "Right_Level_III_Node": {"Cytology": "Metastatic papillary carcinoma",
                                     "Thyroglobulin_Washout": "Over 500 ug/L"},
        },
        "Flexible_Laryngoscopy": {"Right_Vocal_Cord": "Immobile in the paramedian position",
                                  "Left_Vocal_Cord": "Normal mobility", "Glottic_Closure": "Incomplete"},
        "CT_Neck_and_Chest": {"Findings": "Right thyroid mass abutting the tracheo-oesophageal groove; right level "
                                          "III-IV nodes; no lung metastases"},
        "Electrocardiogram": "Sinus rhythm 74 bpm, normal",
    },
    "Correct_Diagnosis": "Papillary thyroid carcinoma with right lateral neck nodal metastasis and right recurrent "
                         "laryngeal nerve palsy",
})

# 1 — obstetrics: acute fatty liver of pregnancy
CASES.append({
    "Objective_for_Doctor": "Assess a pregnant woman at 35 weeks with vomiting and abdominal pain.",
    "Patient_Actor": PA("27-year-old woman, G1P0, 35+2 weeks pregnant",
                        "Five days of malaise, nausea and vomiting, then epigastric pain, excessive thirst and "
                        "yellow eyes. Reduced fetal movements today. Twin pregnancy (dichorionic) after IVF.",
                        "Vomiting and epigastric pain in late pregnancy",
                        ["Polydipsia", "Jaundice", "Reduced fetal movements", "Malaise"],
                        "None", "Pharmacist; no alcohol", "Folic acid, pregnancy multivitamin",
                        "No headache, no visual disturbance, no itching"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Blood_Pressure": "138/86 mmHg", "Heart_Rate": "108 bpm", "Respiratory_Rate": "22/min",
                        "Temperature": "37.4 C", "Oxygen_Saturation": "97% on air"},
        "General_Appearance": "Jaundiced, drowsy but rousable, dry mucous membranes",
        "Asterixis": "Present (flapping tremor of outstretched hands)",
        "Abdominal_Examination": {"Inspection": "Gravid abdomen",
                                  "Fundal_Height": "38 cm",
                                  "Palpation": {"Epigastrium": "Tender", "Right_Upper_Quadrant": "Tender, liver not palpable",
                                                "Uterus": "Soft, non-tender, no contractions"},
                                  "Fetal_Lie_and_Presentation": {"Twin_1": "Longitudinal, cephalic",
                                                                 "Twin_2": "Longitudinal, breech"},
                                  "Shifting_Dullness": "Present"},
        "Fetal_Heart_Auscultation": {"Twin_1": "150 bpm", "Twin_2": "165 bpm"},
        "Neurological_Examination": {"Glasgow_Coma_Scale": "14 (E4 V4 M6)",
                                     "Knee_Reflexes": {"Right": "Normal", "Left": "Normal"},
                                     "Ankle_Clonus": "Absent"},
        "Oedema": "Mild ankle oedema",
        "Speculum_Examination": "Cervix closed, no bleeding, no liquor",
    },
    "Test_Results": {
        "Blood_Tests": {
            "Full_Blood_Count": {"Haemoglobin": "108 g/L", "White_Cell_Count": VR("19.6 x10^9/L", "6-16 x10^9/L"),
                                 "Platelets": "118 x10^9/L"},
            "Liver_Function_Tests": {"ALT": VR("420 U/L", "0-33 U/L"), "AST": "380 U/L",
                                     "Bilirubin": "98 umol/L", "Alkaline_Phosphatase": "520 U/L",
                                     "Albumin": "24 g/L"},
            "Coagulation_Screen": {"Prothrombin_Time": "19 s", "INR": "1.7", "APTT": "42 s",
                                   "Fibrinogen": "1.1 g/L"},
            "Renal_Function": {"Urea": "9.4 mmol/L", "Creatinine": "146 umol/L", "Urate": VR("0.58 mmol/L",
                                                                                             "0.15-0.35 mmol/L"),
                               "Sodium": "133 mmol/L", "Potassium": "4.9 mmol/L"},
            "Glucose": {"Result": "2.6 mmol/L"},
            "Ammonia": {"Result": "78 umol/L"},
            "Lactate": {"Result": "3.4 mmol/L"},
            "Bile_Acids": {"Result": "18 umol/L"},
            "Viral_Hepatitis_Screen": {"Hepatitis_A_IgM": "Negative", "HBsAg": "Negative",
                                       "Hepatitis_C_Antibody": "Negative", "Hepatitis_E_IgM": "Negative"},
        },
        "Urine_Tests": {"Dipstick": {"Protein": "1+", "Ketones": "3+", "Bilirubin": "2+"},
                        "Urine_Protein_Creatinine_Ratio": "24 mg/mmol"},
        "Swansea_Criteria": "8 of 14 criteria met",
        "Cardiotocography": {"Twin_1": "Baseline 150 bpm, reduced variability, no decelerations",
                             "Twin_2": "Baseline 165 bpm, variability under 5 bpm for 50 min, shallow late "
                                       "decelerations"},
        "Obstetric_Ultrasound": {"Biometry": {"Twin_1": "EFW 2,180 g (30th centile)",
                                              "Twin_2": "EFW 1,950 g (12th centile)"},
                                 "Liquor": "Normal in both sacs",
                                 "Umbilical_Artery_Doppler": {"Twin_1": "Normal", "Twin_2": "Raised PI"},
                                 "Placentas": "Two, fundal and posterior, no retroplacental collection"},
        "Liver_Ultrasound": {"Findings": "Bright liver, no biliary dilatation, no subcapsular haematoma; "
                                         "small-volume ascites"},
    },
    "Correct_Diagnosis": "Acute fatty liver of pregnancy (dichorionic twin pregnancy at 35 weeks)",
})

# 2 — paediatric oncology: stage M neuroblastoma (left adrenal) with marrow and bone metastases
CASES.append({
    "Objective_for_Doctor": "Assess a 4-year-old boy with pallor, bruising around the eyes and leg pain.",
    "Patient_Actor": PA("4-year-old boy",
                        "Four weeks of tiredness, pallor, poor appetite and night-time leg pain, refusing to walk "
                        "for two days; bruising around both eyes without injury for a week; fevers to 38.5 C on "
                        "and off; parents noticed a swollen tummy.",
                        "Pallor and leg pain", ["Periorbital bruising", "Limp", "Abdominal distension",
                                                "Intermittent fever", "Weight loss"],
                        "Born at term; immunisations up to date", "Attends nursery; two siblings", "None",
                        "No cough, no headache, no vomiting"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Temperature": "38.1 C", "Heart_Rate": "132 bpm", "Respiratory_Rate": "26/min",
                        "Blood_Pressure": "118/76 mmHg (above 95th centile)", "Oxygen_Saturation": "98% on air",
                        "Capillary_Refill_Time": "2 s"},
        "Growth": {"Weight": "14.8 kg (15th centile, was 50th)", "Height": "103 cm (50th centile)"},
        "Skin": {"Pallor": "Marked", "Periorbital_Ecchymoses": "Bilateral (raccoon eyes)",
                 "Subcutaneous_Nodules": "None"},
        "Eyes": {"Proptosis": {"Right": "Mild", "Left": "None"},
                 "Pupils": {"Right": "Reactive", "Left": "Reactive"},
                 "Horner_Syndrome": "Absent", "Opsoclonus": "Absent"},
        "Lymph_Nodes": {"Cervical": {"Right": "Shotty", "Left": "Firm 2 cm supraclavicular node"},
                        "Axillary": "Not enlarged", "Inguinal": "Not enlarged"},
        "Abdominal_Examination": {"Inspection": "Distended",
                                  "Palpation": {"Mass": "Hard, irregular, fixed left upper quadrant mass crossing the midline",
                                                "Liver": "Palpable 3 cm below the costal margin",
                                                "Spleen": "Not palpable"},
                                  "Ballotability": "Mass not ballotable"},
        "Testicular_Examination": {"Right": "Normal", "Left": "Normal"},
        "Musculoskeletal_Examination": {"Gait": "Antalgic, reluctant to weight-bear",
                                        "Bone_Tenderness": "Tender over both distal femora and the skull vault",
                                        "Hips": {"Right": "Full range, painless", "Left": "Full range, painless"}},
        "Neurological_Examination": {"Lower_Limb_Power": "Normal", "Reflexes": "Normal", "Sensation": "Normal",
                                     "Spine": "No tenderness; no sensory level"},
    },
    "Test_Results": {
        "Full_Blood_Count": {"Haemoglobin": VR("72 g/L", "110-140 g/L"), "White_Cell_Count": "6.8 x10^9/L",
                             "Neutrophils": "2.2 x10^9/L", "Platelets": VR("64 x10^9/L", "150-450 x10^9/L")},
        "Blood_Film": "Leucoerythroblastic picture: nucleated red cells and myelocytes; no blasts",
        "Biochemistry": {"Lactate_Dehydrogenase": "1,840 U/L", "Ferritin": "620 ug/L", "Urate": "0.38 mmol/L",
                         "Creatinine": "32 umol/L", "Sodium": "138 mmol/L", "Potassium": "4.1 mmol/L"},
        "Coagulation": {"PT": "13 s", "APTT": "31 s", "Fibrinogen": "3.1 g/L"},
        "Urine_Catecholamine_Metabolites": {"Vanillylmandelic_Acid": "Raised, 68 umol/mmol creatinine",
                                            "Homovanillic_Acid": "Raised, 54 umol/mmol creatinine"},
        "Blood_Culture": "No growth at 48 hours",
        "Bone_Marrow_Examination": {
            "Right_Posterior_Iliac_Crest": {"Aspirate": "Clumps of small round blue cells with rosettes",
                                            "Trephine": "Infiltration by neuroblastoma, 40%"},
            "Left_Posterior_Iliac_Crest": {"Aspirate": "Scattered tumour clumps",
                                           "Trephine": "Infiltration by neuroblastoma, 25%"},
        },
        "Tumour_Biopsy": {"Histology": "Poorly differentiated neuroblastoma, unfavourable histology",
                          "MYCN_Status": "Amplified (over 10-fold)",
                          "Chromosome_Arms": {"1p_Deletion": "Present", "11q_Aberration": "Absent"}},
        "Abdominal_Ultrasound": {"Findings": "10 cm heterogeneous calcified left suprarenal mass encasing the aorta"},
        "CT_Chest_Abdomen_Pelvis": {"Findings": "Left adrenal mass with calcification encasing the coeliac axis and "
                                                "SMA; retroperitoneal nodes; no lung metastases"},
        "MIBG_Scan": "Avid primary; uptake in the skull, both femora and the pelvis",
        "Echocardiogram": "Structurally normal heart; ejection fraction 66% (before anthracycline)",
        "Audiology": {"Pure_Tone_Audiometry": {"Right_Ear": "Normal hearing", "Left_Ear": "Normal hearing"}},
        "Glomerular_Filtration_Rate_Measurement": "Tc-99m DTPA GFR 112 mL/min/1.73m2",
    },
    "Correct_Diagnosis": "High-risk stage M neuroblastoma of the left adrenal (MYCN amplified) with bone marrow "
                         "and bone metastases",
})

# 3 — ENT: left peritonsillar abscess (quinsy)
CASES.append({
    "Objective_for_Doctor": "Assess a young man with a severe sore throat who cannot swallow.",
    "Patient_Actor": PA("23-year-old man",
                        "Five days of sore throat, worse on the left, now unable to swallow saliva, with pain "
                        "into the left ear, a muffled voice and difficulty opening his mouth. Took phenoxymethyl"
                        "penicillin for 2 days from a walk-in centre.",
                        "Severe left-sided sore throat", ["Odynophagia", "Drooling", "Left otalgia", "Trismus",
                                                          "Fever"],
                        "Recurrent tonsillitis, 4 episodes in 2 years", "Student; smokes 10 a day", "Penicillin V",
                        "No breathing difficulty, no rash"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Temperature": "38.9 C", "Heart_Rate": "112 bpm", "Blood_Pressure": "122/70 mmHg",
                        "Respiratory_Rate": "18/min", "Oxygen_Saturation": "98% on air"},
        "Airway_Assessment": {"Stridor": "None", "Drooling": "Pooling of saliva, spitting into a bowl",
                              "Voice": "Muffled hot-potato voice"},
        "Trismus": "Interincisal distance 18 mm",
        "Oropharyngeal_Examination": {"Right_Tonsil": "Grade 2, erythematous, no exudate",
                                      "Left_Tonsil": "Displaced medially and downward with exudate",
                                      "Left_Peritonsillar_Region": "Fluctuant bulge of the soft palate",
                                      "Uvula": "Deviated to the right", "Dentition": "No dental abscess"},
        "Otoscopy": {"Right_Ear": "Normal tympanic membrane", "Left_Ear": "Normal tympanic membrane"},
        "Neck_Examination": {"Lymph_Nodes": {"Right": "Small mobile jugulodigastric node",
                                             "Left": "Tender 2.5 cm jugulodigastric node"},
                             "Neck_Movement": "Full range, no torticollis",
                             "Swelling": "No neck swelling or crepitus"},
        "Abdominal_Examination": {"Spleen": "Not palpable", "Liver": "Not palpable"},
        "Modified_Centor_Score": "4",
    },
    "Test_Results": {
        "Full_Blood_Count": {"Haemoglobin": "152 g/L", "White_Cell_Count": VR("18.4 x10^9/L", "4-11 x10^9/L"),
                             "Neutrophils": "15.9 x10^9/L", "Lymphocytes": "1.2 x10^9/L",
                             "Platelets": "312 x10^9/L"},
        "C-Reactive_Protein": {"Result": "188 mg/L"},
        "Urea_and_Electrolytes": {"Sodium": "136 mmol/L", "Potassium": "4.0 mmol/L", "Urea": "7.8 mmol/L",
                                  "Creatinine": "96 umol/L"},
        "Glucose": {"Result": "5.9 mmol/L"},
        "Infectious_Mononucleosis_Screen": {"Monospot": "Negative", "EBV_VCA_IgM": "Negative"},
        "Throat_Swab": {"Culture": "Streptococcus pyogenes (group A)"},
        "Flexible_Nasendoscopy": {"Nasopharynx": "Normal", "Supraglottis": "Left aryepiglottic fold mildly "
                                                                           "oedematous; epiglottis normal",
                                  "Glottis": "Cords mobile, airway patent"},
        "Needle_Aspiration_Left_Peritonsillar": {
            "Volume": "6 mL",
            "Appearance": "Thick foul-smelling pus",
            "Pus_Microbiology": {"Gram_Stain": "Gram-positive cocci in chains and Gram-negative rods",
                                 "Culture": "Streptococcus pyogenes and Fusobacterium necrophorum",
                                 "Anaerobic_Culture": "Fusobacterium necrophorum"},
        },
        "CT_Neck_with_Contrast": {"Findings": "3.0 x 2.2 cm rim-enhancing left peritonsillar collection, no "
                                              "parapharyngeal or retropharyngeal extension; patent internal "
                                              "jugular veins"},
    },
    "Correct_Diagnosis": "Left peritonsillar abscess (quinsy)",
})

# 4 — neurology: amyotrophic lateral sclerosis
CASES.append({
    "Objective_for_Doctor": "Assess a man with weakness of the right hand and slurred speech.",
    "Patient_Actor": PA("61-year-old man",
                        "Ten months of weakness of the right hand (dropping keys, trouble with buttons), then the "
                        "left leg catching on steps, muscle twitching in both arms, cramps, and for two months "
                        "slurred speech and choking on thin liquids. Weight loss 7 kg. No sensory symptoms, "
                        "bladder normal.",
                        "Progressive weakness", ["Dysarthria", "Dysphagia for liquids", "Fasciculations",
                                                 "Cramps", "Weight loss"],
                        "Hypertension", "Retired engineer; never smoked", "Ramipril 5 mg daily",
                        "No double vision, no pain, no sensory loss"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Blood_Pressure": "136/84 mmHg", "Heart_Rate": "80 bpm", "Respiratory_Rate": "18/min",
                        "Oxygen_Saturation": "95% on air", "Temperature": "36.5 C"},
        "Cognition": {"Edinburgh_Cognitive_and_Behavioural_ALS_Screen": "112 of 136 (below cut-off for "
                                                                         "executive function)"},
        "Cranial_Nerve_Examination": {"Eye_Movements": "Full; no ptosis; no fatigability",
                                      "Facial_Power": "Mild bilateral weakness",
                                      "Tongue": "Wasted with fasciculations; slow movements",
                                      "Jaw_Jerk": "Brisk",
                                      "Gag_Reflex": "Present",
                                      "Speech": "Mixed spastic-flaccid dysarthria"},
        "Upper_Limbs": {"Inspection": {"Right": "Wasting of the thenar eminence and first dorsal interosseous "
                                                "(split hand)", "Left": "Mild first dorsal interosseous wasting"},
                        "Fasciculations": "Widespread in deltoids and biceps bilaterally",
                        "Tone": "Increased in the left arm",
                        "Power": {"Right": "Finger abduction 2/5, thumb abduction 2/5, wrist extension 4/5",
                                  "Left": "Finger abduction 4/5; otherwise 5/5"},
                        "Reflexes": {"Biceps": {"Right": "Brisk", "Left": "Brisk"},
                                     "Supinator": {"Right": "Brisk", "Left": "Brisk"}},
                        "Hoffmann_Sign": {"Right": "Positive", "Left": "Positive"}},
        "Lower_Limbs": {"Tone": "Spastic catch at the left knee",
                        "Power": {"Right": "5/5", "Left": "Ankle dorsiflexion 3/5, hip flexion 4/5"},
                        "Reflexes": {"Knee": {"Right": "Brisk", "Left": "Very brisk, crossed adductor"},
                                     "Ankle": {"Right": "Brisk", "Left": "Brisk"}},
                        "Ankle_Clonus": {"Right": "2 beats", "Left": "Sustained"},
                        "Plantar_Responses": {"Right": "Flexor", "Left": "Extensor"}},
        "Sensation": "Normal to pinprick, vibration and proprioception in all limbs",
        "Gait": "Left foot drop with circumduction",
        "Respiratory_Examination": {"Paradoxical_Abdominal_Breathing": "Absent", "Auscultation": "Clear",
                                    "Single_Breath_Count": "22"},
        "ALS_Functional_Rating_Scale_Revised": "36 of 48",
    },
    "Test_Results": {
        "Blood_Tests": {
            "Full_Blood_Count": {"Haemoglobin": "141 g/L", "White_Cell_Count": "7.0 x10^9/L",
                                 "Platelets": "240 x10^9/L"},
            "Creatine_Kinase": {"Result": VR("420 U/L", "40-320 U/L")},
            "Renal_Function": {"Sodium": "139 mmol/L", "Potassium": "4.2 mmol/L", "Creatinine": "68 umol/L"},
            "Vitamin_B12": {"Result": "410 ng/L"},
            "Thyroid_Function_Tests": {"TSH": "2.1 mU/L", "Free_T4": "15 pmol/L"},
            "Serum_Protein_Electrophoresis": {"Result": "No paraprotein"},
            "Anti-GM1_Antibodies": {"Result": "Negative"},
            "Venous_Bicarbonate": {"Result": "29 mmol/L"},
        },
        "Neurophysiology": {
            "Nerve_Conduction_Studies": {"Motor": "Reduced CMAP amplitude in the right median and ulnar nerves; "
                                                  "no conduction block",
                                         "Sensory": "Normal sensory action potentials"},
            "Electromyography": {"Right_First_Dorsal_Interosseous": "Fibrillations, positive sharp waves, large "
                                                                    "unstable motor units",
                                 "Left_Tibialis_Anterior": "Fibrillations and fasciculation potentials",
                                 "Thoracic_Paraspinals": "Fibrillations",
                                 "Tongue": "Fasciculation potentials"},
        },
        "Respiratory_Function": {"Forced_Vital_Capacity": {"Sitting": "72% predicted", "Supine": "58% predicted"},
                                 "Sniff_Nasal_Inspiratory_Pressure": "52 cmH2O"},
        "Overnight_Oximetry": "Oxygen desaturation index 6/h; mean saturation 93%",
        "Arterial_Blood_Gas": {"pH": "7.38", "pCO2": "6.1 kPa", "pO2": "10.4 kPa", "Bicarbonate": "28 mmol/L"},
        "MRI_Brain_and_Whole_Spine": {"Findings": "Corticospinal tract T2 hyperintensity; no cord compression, "
                                                  "no cervical myelopathy"},
        "Videofluoroscopic_Swallow_Study": "Aspiration of thin fluids; safe with syrup-thick fluids",
        "Genetic_Testing": {"C9orf72_Repeat_Expansion": "Not detected", "SOD1": "No pathogenic variant"},
    },
    "Correct_Diagnosis": "Amyotrophic lateral sclerosis (limb onset, clinically definite)",
})

# 5 — dermatology: Stevens-Johnson syndrome / toxic epidermal necrolysis overlap from lamotrigine
CASES.append({
    "Objective_for_Doctor": "Assess a woman with a painful spreading rash, blisters and sore eyes.",
    "Patient_Actor": PA("31-year-old woman",
                        "Lamotrigine started 3 weeks ago for bipolar depression, dose increased quickly. Four "
                        "days of fever and sore throat, then a painful dusky rash on the face and chest that "
                        "spread and blistered, sore gritty eyes, mouth ulcers and painful urination.",
                        "Painful blistering rash", ["Fever", "Mouth ulcers", "Red gritty eyes", "Dysuria",
                                                    "Skin pain"],
                        "Bipolar affective disorder", "Nurse; non-smoker", "Lamotrigine 100 mg daily",
                        "No cough, no breathlessness"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Temperature": "39.1 C", "Heart_Rate": "124 bpm", "Blood_Pressure": "104/62 mmHg",
                        "Respiratory_Rate": "22/min", "Oxygen_Saturation": "96% on air"},
        "Skin_Examination": {"Morphology": "Dusky macules and flat atypical targets coalescing into sheets",
                             "Distribution": "Face, trunk and proximal limbs; palms involved",
                             "Epidermal_Detachment": "Flaccid blisters and denuded areas over 18% of body surface area",
                             "Nikolsky_Sign": "Positive on erythematous skin",
                             "Asboe-Hansen_Sign": "Positive"},
        "Mucosal_Examination": {"Oral": "Haemorrhagic crusting of the lips, erosions of the buccal mucosa",
                                "Eyes": {"Right_Eye": "Conjunctival injection, lid margin erosion",
                                         "Left_Eye": "Conjunctival injection, pseudomembrane on the upper tarsus"},
                                "Genital": "Vulval erosions"},
        "Lymph_Nodes": "Small cervical nodes",
        "Respiratory_Examination": {"Auscultation": "Clear", "Work_of_Breathing": "Normal"},
        "Fluid_Status": {"Mucous_Membranes": "Dry", "Capillary_Refill_Time": "3 s",
                         "Urine_Output": "0.4 mL/kg/h over 6 hours"},
    },
    "Test_Results": {
        "SCORTEN": {"Total": "3", "Items": "Age under 40 (0), no malignancy (0), heart rate over 120 (1), "
                                           "detachment over 10% (1), urea over 10 (1), bicarbonate 22 (0), "
                                           "glucose 11.8 (0)"},
        "Blood_Tests": {
            "Full_Blood_Count": {"Haemoglobin": "128 g/L", "White_Cell_Count": "3.6 x10^9/L",
                                 "Lymphocytes": "0.6 x10^9/L", "Eosinophils": "0.1 x10^9/L",
                                 "Platelets": "162 x10^9/L"},
            "Urea_and_Electrolytes": {"Sodium": "132 mmol/L", "Potassium": "4.4 mmol/L",
                                      "Urea": VR("11.6 mmol/L", "2.5-7.8 mmol/L"), "Creatinine": "104 umol/L"},
            "Bicarbonate": {"Result": "22 mmol/L"},
            "Glucose": {"Result": "11.8 mmol/L"},
            "Liver_Function_Tests": {"ALT": "88 U/L", "Bilirubin": "14 umol/L", "Albumin": "29 g/L"},
            "C-Reactive_Protein": {"Result": "96 mg/L"},
            "Mycoplasma_pneumoniae_Serology": {"Result": "IgM negative"},
            "HIV_Test": {"Result": "Negative"},
        },
        "Skin_Biopsy": {"Histology": "Full-thickness epidermal necrosis with subepidermal separation; sparse "
                                     "perivascular lymphocytes",
                        "Direct_Immunofluorescence": "Negative"},
        "Microbiology": {"Skin_Swab": "Staphylococcus aureus (colonisation)",
                         "Blood_Culture": "No growth at 48 hours",
                         "Lesion_HSV_PCR": "Not detected"},
        "Ophthalmology_Slit_Lamp": {"Right_Eye": "Lid margin fluorescein staining; cornea clear",
                                    "Left_Eye": "Punctate corneal staining and tarsal pseudomembrane"},
        "Chest_X-Ray": {"Findings": "Clear lungs"},
        "Electrocardiogram": "Sinus tachycardia 124 bpm",
    },
    "Correct_Diagnosis": "Stevens-Johnson syndrome / toxic epidermal necrolysis overlap due to lamotrigine",
})


if __name__ == "__main__":
    with (HERE / "cases_en.jsonl").open("w", encoding="utf-8") as f:
        for case in CASES:
            f.write(json.dumps({"OSCE_Examination": case}, ensure_ascii=False) + "\n")
    print(len(CASES), "cases")

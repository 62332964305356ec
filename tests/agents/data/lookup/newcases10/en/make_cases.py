"""Write cases_en.jsonl: 6 new English AgentClinic OSCE cases for the newcases10 blind lookup set (part en)."""

import json
from pathlib import Path

from dxgym.evaluation.lookup_sets import osce_patient, osce_value

HERE = Path(__file__).parent


# AgentClinic's value and patient blocks are every English part's (dxgym.evaluation.lookup_sets).
VR, PA = osce_value, osce_patient


CASES = []

# 0 — respiratory: allergic bronchopulmonary aspergillosis complicating asthma
CASES.append({
    "Objective_for_Doctor": "Assess a woman with asthma that has become hard to control and brown sputum plugs.",
    "Patient_Actor": PA("34-year-old woman",
                        "Asthma since childhood, well controlled until a year ago; since then four courses of "
                        "prednisolone for attacks, a productive cough with brownish rubbery plugs, and wheeze at night.",
                        "Worsening asthma", ["Cough with brown mucus plugs", "Night-time wheeze", "Low-grade fevers",
                                             "Tiredness"],
                        "Asthma; allergic rhinitis", "Office worker; never smoked; damp flat",
                        "Budesonide-formoterol inhaler, montelukast",
                        "No haemoptysis, no weight loss, no rash, no joint pain"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Temperature": "37.6 C", "Heart_Rate": "96 bpm", "Respiratory_Rate": "22/min",
                        "Blood_Pressure": "124/78 mmHg", "Oxygen_Saturation": "94% on air"},
        "Hands": {"Finger_Clubbing": "Absent", "Fine_Tremor": "Present (salbutamol)"},
        "Nose": {"Nasal_Polyps": "None seen on anterior rhinoscopy", "Turbinates": "Pale, swollen"},
        "Chest_Examination": {
            "Inspection": "Hyperinflated, no scars",
            "Percussion": {"Right": "Resonant", "Left": "Dull over the left upper zone"},
            "Auscultation": {"Right_Lung": {"Upper_Zone": "Scattered polyphonic wheeze",
                                            "Lower_Zone": "Scattered polyphonic wheeze"},
                             "Left_Lung": {"Upper_Zone": "Bronchial breathing and coarse crackles",
                                           "Lower_Zone": "Polyphonic wheeze"}},
            "Vocal_Resonance": "Increased over the left upper zone",
        },
        "Peak_Expiratory_Flow": VR("290 L/min", "Best 450 L/min"),
    },
    "Test_Results": {
        "Lung_Function_Tests": {
            "Spirometry": {"FEV1": VR("1.72 L (58% predicted)", "> 80% predicted"), "FVC": "3.10 L (88% predicted)",
                           "FEV1_FVC_Ratio": "0.55"},
            "Bronchodilator_Reversibility": "FEV1 rises by 310 mL (18%) after salbutamol 400 micrograms",
            "Fractional_Exhaled_Nitric_Oxide": "68 ppb",
        },
        "Asthma_Control_Test": "11 of 25 (poorly controlled)",
        "Blood_Tests": {
            "Full_Blood_Count": {"Haemoglobin": "128 g/L", "White_Cell_Count": "11.2 x10^9/L",
                                 "Eosinophils": VR("1.9 x10^9/L", "0.0-0.5 x10^9/L"), "Platelets": "302 x10^9/L"},
            "Total_IgE": {"Result": "3,450 kU/L"},
            "Aspergillus_Serology": {"Aspergillus_fumigatus_Specific_IgE": "28.4 kUA/L",
                                     "Aspergillus_fumigatus_Specific_IgG": "96 mgA/L"},
            "C-Reactive_Protein": {"Result": "18 mg/L"},
        },
        "Skin_Prick_Test": {"Aspergillus_fumigatus": "9 mm wheal", "House_Dust_Mite": "6 mm wheal",
                            "Grass_Pollen": "0 mm", "Histamine_Control": "5 mm", "Saline_Control": "0 mm"},
        "Sputum": {"Appearance": "Brown mucus plugs", "Fungal_Culture": "Aspergillus fumigatus",
                   "Bacterial_Culture": "Normal respiratory flora"},
        "Chest_X-Ray": "Left upper zone band-like opacities (gloved-finger shadows)",
        "HRCT_Chest": {"Findings": "Central varicose bronchiectasis of the left upper lobe and right middle lobe with "
                                   "high-attenuation mucus plugging; tree-in-bud nodules",
                       "Impression": "Consistent with ABPA with central bronchiectasis"},
        "Bronchoscopy": {
            "Airway_Inspection": "Thick tan mucus plugs occluding the left upper lobe apicoposterior segment",
            "Bronchial_Washings": {"Fungal_Culture": "Aspergillus fumigatus", "Galactomannan": "0.6 (index)",
                                   "Eosinophils": "22% of cells"},
        },
    },
    "Correct_Diagnosis": "Allergic bronchopulmonary aspergillosis complicating asthma, with central bronchiectasis",
})

# 1 — neurology: myotonic dystrophy type 1
CASES.append({
    "Objective_for_Doctor": "Assess a man with weak hands and difficulty letting go of objects.",
    "Patient_Actor": PA("41-year-old man",
                        "Three years of weak grip, dropping things and trouble releasing a door handle or tools, "
                        "worse in the cold; tripping over his toes; sleepy in the daytime. His mother had "
                        "cataracts at 50 and a pacemaker; his daughter was floppy at birth.",
                        "Hand weakness and stiffness", ["Difficulty releasing grip", "Tripping", "Daytime sleepiness",
                                                        "Occasional palpitations"],
                        "Cholecystectomy at 35", "Electrician; drinks little", "None",
                        "No double vision, no sensory loss, no bladder symptoms"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Heart_Rate": "58 bpm, regular", "Blood_Pressure": "112/70 mmHg"},
        "Face": {"Frontal_Balding": "Present", "Ptosis": {"Right": "Mild", "Left": "Mild"},
                 "Temporalis_Wasting": "Bilateral", "Facial_Weakness": "Weak eye closure and smile, long thin face"},
        "Neck": {"Sternocleidomastoid_Wasting": "Marked", "Neck_Flexion_Power": "MRC 3/5"},
        "Myotonia": {"Grip_Myotonia": "Slow opening of the hand after a sustained grip, improves with repetition",
                     "Percussion_Myotonia": {"Thenar_Eminence": "Sustained thumb adduction after a tap",
                                             "Tongue": "Dimple after a tap"},
                     "Eyelid_Myotonia": "Slow eye opening after forced closure"},
        "Upper_Limbs": {"Power": {"Shoulder_Abduction": "5/5",
                                  "Finger_Flexion": {"Right": "3/5", "Left": "4-/5"},
                                  "Wrist_Extension": "4/5"},
                        "Reflexes": {"Biceps": "Reduced", "Supinator": "Reduced"},
                        "Forearm_Wasting": "Present"},
        "Lower_Limbs": {"Power": {"Hip_Flexion": "5/5",
                                  "Ankle_Dorsiflexion": {"Right": "3/5", "Left": "4/5"}},
                        "Ankle_Reflexes": "Absent",
                        "Plantar_Responses": "Flexor on both sides"},
        "Gait": "Bilateral foot drop with a high-stepping gait",
        "Cardiovascular_Examination": {"Pulse": "Regular, slow", "Heart_Sounds": "Normal, no murmur"},
    },
    "Test_Results": {
        "Blood_Tests": {
            "Creatine_Kinase": {"Result": VR("412 U/L", "40-320 U/L")},
            "Liver_Function_Tests": {"ALT": "62 U/L", "GGT": "118 U/L", "Bilirubin": "11 umol/L"},
            "HbA1c": {"Result": "44 mmol/mol"},
            "Thyroid_Function_Tests": {"TSH": "2.1 mU/L", "Free_T4": "14 pmol/L"},
            "Testosterone": {"Result": "6.2 nmol/L (low)"},
        },
        "Genetic_Testing": {"DMPK_CTG_Repeat": "Expanded allele of about 650 CTG repeats"},
        "Electromyography": {
            "Needle_EMG": {"Tibialis_Anterior": "Myotonic discharges with waxing and waning; small polyphasic units",
                           "First_Dorsal_Interosseous": "Myotonic discharges"},
            "Nerve_Conduction_Studies": "Normal sensory and motor conduction",
        },
        "Electrocardiogram": {"Rhythm": "Sinus bradycardia 58 bpm", "PR_Interval": "236 ms",
                              "QRS_Duration": "126 ms, right bundle branch block"},
        "Holter_Monitor_24_Hour": "Sinus rhythm; intermittent second-degree AV block (Mobitz I) at night",
        "Echocardiogram": "Normal left ventricular size and function, ejection fraction 58%",
        "Pulmonary_Function": {"FVC_Sitting": "3.4 L (76% predicted)", "FVC_Supine": "3.2 L"},
        "Epworth_Sleepiness_Scale": "15 of 24",
        "Muscular_Impairment_Rating_Scale": "Grade 3 (distal weakness)",
        "Slit_Lamp_Examination": {"Right_Eye": "Posterior subcapsular iridescent (Christmas tree) cataract",
                                  "Left_Eye": "Early posterior subcapsular opacity"},
    },
    "Correct_Diagnosis": "Myotonic dystrophy type 1 with cardiac conduction disease",
})

# 2 — paediatric nephrology: Shiga toxin-producing E. coli haemolytic uraemic syndrome
CASES.append({
    "Objective_for_Doctor": "Assess a 4-year-old girl who is pale and passing little urine after bloody diarrhoea.",
    "Patient_Actor": PA("4-year-old girl",
                        "Bloody diarrhoea and tummy pain for five days after a visit to a petting farm; the "
                        "diarrhoea is settling but for two days she has been pale, tired, puffy around the eyes and "
                        "has passed only a little dark urine.",
                        "Pallor and reduced urine output", ["Bloody diarrhoea", "Abdominal pain", "Puffy eyes",
                                                            "Lethargy"],
                        "Well child; immunisations up to date", "Lives with parents and a brother; attends nursery",
                        "None", "No rash, no fits, no cough"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Temperature": "37.3 C", "Heart_Rate": "134 bpm", "Respiratory_Rate": "28/min",
                        "Blood_Pressure": VR("128/84 mmHg", "< 110/70 mmHg at her age and height"),
                        "Oxygen_Saturation": "98% on air"},
        "General_Appearance": {"Pallor": "Marked", "Jaundice": "Mild scleral icterus",
                               "Petechiae": "A few on the lower legs"},
        "Hydration": {"Capillary_Refill_Time": "2 seconds", "Mucous_Membranes": "Moist",
                      "Weight": "16.2 kg (up 0.8 kg in two days)"},
        "Oedema": {"Periorbital": "Present", "Pedal": "Mild pitting"},
        "Abdominal_Examination": {"Tenderness": "Mild diffuse tenderness, no guarding", "Bowel_Sounds": "Active",
                                  "Liver": "Edge 1 cm below the costal margin", "Spleen": "Not palpable"},
        "Neurological_Examination": {"Glasgow_Coma_Scale": "15/15", "Tone_and_Reflexes": "Normal",
                                     "Seizures": "None"},
        "Chest_Examination": "Clear, equal air entry",
    },
    "Test_Results": {
        "Full_Blood_Count": {"Haemoglobin": VR("68 g/L", "110-140 g/L"), "White_Cell_Count": "16.8 x10^9/L",
                             "Platelets": VR("34 x10^9/L", "150-450 x10^9/L")},
        "Blood_Film": "Numerous red cell fragments (schistocytes), polychromasia, thrombocytopenia",
        "Reticulocytes": {"Result": "6.2%"},
        "Haemolysis_Markers": {"Lactate_Dehydrogenase": "2,140 U/L", "Haptoglobin": "Undetectable",
                               "Bilirubin": "41 umol/L, mostly unconjugated"},
        "Direct_Antiglobulin_Test": "Negative",
        "Renal_Function": {"Urea": "24.6 mmol/L", "Creatinine": VR("286 umol/L", "20-45 umol/L"),
                           "Sodium": "131 mmol/L", "Potassium": "5.9 mmol/L", "Bicarbonate": "15 mmol/L"},
        "Coagulation_Screen": {"Prothrombin_Time": "12.8 s", "APTT": "31 s", "Fibrinogen": "3.4 g/L"},
        "ADAMTS13_Activity": "72% (normal)",
        "Complement": {"C3": "0.74 g/L (mildly low)", "C4": "0.21 g/L"},
        "Urine": {"Dipstick": {"Blood": "+++", "Protein": "++"},
                  "Microscopy": {"Red_Cells": "> 100 per high-power field", "Casts": "Granular casts"},
                  "Urine_Protein_Creatinine_Ratio": "210 mg/mmol",
                  "Urine_Output": "0.3 mL/kg/h over 12 hours"},
        "Stool_Studies": {"Culture": "Escherichia coli O157 isolated",
                          "Shiga_Toxin_PCR": {"stx1": "Not detected", "stx2": "Detected"}},
        "Renal_Ultrasound": {"Right_Kidney": "8.4 cm, echogenic, loss of corticomedullary differentiation",
                             "Left_Kidney": "8.6 cm, echogenic"},
    },
    "Correct_Diagnosis": "Shiga toxin-producing Escherichia coli (O157) haemolytic uraemic syndrome with acute "
                         "kidney injury",
})

# 3 — haematology: chronic myeloid leukaemia, chronic phase
CASES.append({
    "Objective_for_Doctor": "Assess a man with left upper abdominal fullness and a very high white cell count.",
    "Patient_Actor": PA("46-year-old man",
                        "Three months of early satiety and a dragging feeling under the left ribs, night sweats "
                        "and 5 kg weight loss. His GP found a white cell count of 184.",
                        "Left upper abdominal fullness", ["Early satiety", "Night sweats", "Weight loss",
                                                          "Fatigue", "Painful left big toe last month"],
                        "None", "Bus driver; smokes 10 a day", "None",
                        "No bleeding, no bone pain, no fevers"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Temperature": "37.0 C", "Heart_Rate": "92 bpm", "Blood_Pressure": "136/84 mmHg"},
        "General_Appearance": {"Pallor": "Mild", "Bruising": "None"},
        "Abdominal_Examination": {"Spleen": {"Size": "18 cm below the left costal margin, crossing the midline",
                                             "Notch": "Palpable splenic notch",
                                             "Tenderness": "Mildly tender"},
                                  "Liver": "Edge 2 cm below the costal margin",
                                  "Splenic_Rub": "Absent"},
        "Lymph_Nodes": "No cervical, axillary or inguinal lymphadenopathy",
        "Sternal_Tenderness": "Present",
        "Fundoscopy": {"Right_Eye": "Venous engorgement, a few flame haemorrhages",
                       "Left_Eye": "Venous engorgement"},
        "Joints": {"Left_First_MTP": "No current swelling or redness"},
    },
    "Test_Results": {
        "Full_Blood_Count": {"Haemoglobin": "108 g/L", "White_Cell_Count": VR("184 x10^9/L", "4.0-11.0 x10^9/L"),
                             "Differential": {"Neutrophils": "96 x10^9/L", "Myelocytes": "38 x10^9/L",
                                              "Metamyelocytes": "22 x10^9/L", "Blasts": "2%",
                                              "Basophils": "7%", "Eosinophils": "4%"},
                             "Platelets": "612 x10^9/L"},
        "Blood_Film": "Leucocytosis with a full spectrum of myeloid maturation, a myelocyte and neutrophil peak, "
                      "basophilia",
        "Biochemistry": {"Urate": "0.61 mmol/L", "Lactate_Dehydrogenase": "980 U/L", "Creatinine": "94 umol/L",
                         "Potassium": "4.6 mmol/L", "ALT": "28 U/L"},
        "Viral_Screen": {"HBsAg": "Negative", "Anti-HBc": "Negative", "HIV": "Negative"},
        "BCR-ABL1_Quantitative_PCR": {"Result": "e14a2 (b3a2) transcript, 62% (International Scale)"},
        "Bone_Marrow_Examination": {
            "Aspirate": {"Cellularity": "Markedly hypercellular", "Myeloid_Erythroid_Ratio": "18:1",
                         "Blasts": "3%", "Basophils": "6%"},
            "Trephine_Biopsy": {"Cellularity": "100%", "Reticulin_Fibrosis": "Grade 1"},
            "Cytogenetics": {"Karyotype": "46,XY,t(9;22)(q34;q11.2)[20]", "FISH_BCR-ABL1": "BCR-ABL1 fusion in 98% of nuclei"},
        },
        "Sokal_Score": "1.1 (intermediate risk)",
        "ELTS_Score": "1.45 (low risk)",
        "Abdominal_Ultrasound": {"Spleen": "24 cm, homogeneous, no infarct", "Liver": "17 cm, normal echotexture"},
        "Electrocardiogram": {"Rhythm": "Sinus rhythm 90 bpm", "QTc": "418 ms"},
    },
    "Correct_Diagnosis": "Chronic myeloid leukaemia, chronic phase (BCR-ABL1 positive)",
})

# 4 — obstetrics: preterm prelabour rupture of membranes with chorioamnionitis at 31 weeks
CASES.append({
    "Objective_for_Doctor": "Assess a pregnant woman at 31 weeks with a gush of fluid and a fever.",
    "Patient_Actor": PA("27-year-old woman, G2P1, 31+2 weeks pregnant",
                        "A gush of clear fluid from the vagina two days ago with continued leaking; since this "
                        "morning shivery, a temperature at home, lower abdominal tenderness and offensive-smelling "
                        "fluid. Baby moving less today.",
                        "Leaking fluid from the vagina", ["Fever", "Lower abdominal pain", "Offensive discharge",
                                                          "Reduced fetal movements"],
                        "One term vaginal delivery; urinary tract infection at 20 weeks", "Lives with partner",
                        "Pregnancy vitamins",
                        "No headache, no visual disturbance, no bleeding"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Temperature": "38.6 C", "Heart_Rate": "118 bpm", "Blood_Pressure": "108/66 mmHg",
                        "Respiratory_Rate": "22/min", "Oxygen_Saturation": "98% on air"},
        "Obstetric_Abdominal_Examination": {"Symphysis_Fundal_Height": "30 cm",
                                            "Uterine_Tenderness": "Tender uterus on palpation",
                                            "Contractions": "Irregular, 2 in 10 minutes", "Lie": "Longitudinal",
                                            "Presentation": "Cephalic, 4/5 palpable"},
        "Sterile_Speculum_Examination": {"Pooling_of_Liquor": "Present in the posterior fornix",
                                         "Liquor_Appearance": "Turbid, offensive",
                                         "Cough_Test": "Fluid seen draining through the os on coughing",
                                         "Cervix": {"Visual_Dilatation": "Closed", "Bleeding": "None"}},
        "Calves": "Soft, non-tender",
        "Chest_Examination": "Clear",
    },
    "Test_Results": {
        "Amniotic_Fluid_Tests": {"Nitrazine": "Positive (blue)", "Ferning": "Present",
                                 "PAMG-1_Immunoassay": "Positive"},
        "Cardiotocography": {"Baseline_Rate": "175 bpm", "Variability": "5 bpm, reduced",
                             "Accelerations": "Absent", "Decelerations": "None",
                             "Classification": "Suspicious (fetal tachycardia)"},
        "Obstetric_Ultrasound": {"Biometry": {"Estimated_Fetal_Weight": "1,620 g (45th centile)",
                                              "Abdominal_Circumference": "50th centile"},
                                 "Amniotic_Fluid_Index": "4.2 cm (oligohydramnios)",
                                 "Placenta": "Posterior, upper segment",
                                 "Presentation": "Cephalic"},
        "Umbilical_Artery_Doppler": {"Pulsatility_Index": "0.98 (normal)", "End_Diastolic_Flow": "Present"},
        "Biophysical_Profile": "6 of 10 (no breathing movements, reduced liquor)",
        "Blood_Tests": {
            "Full_Blood_Count": {"Haemoglobin": "112 g/L", "White_Cell_Count": VR("21.6 x10^9/L", "6-16 x10^9/L in pregnancy"),
                                 "Neutrophils": "18.9 x10^9/L", "Platelets": "244 x10^9/L"},
            "C-Reactive_Protein": {"Result": "96 mg/L"},
            "Lactate": {"Result": "1.8 mmol/L"},
            "Blood_Cultures": {"Set_1": "Streptococcus agalactiae (group B) at 18 hours",
                               "Set_2": "Streptococcus agalactiae (group B)"},
        },
        "Swabs": {"High_Vaginal_Swab": "Group B streptococcus", "Rectovaginal_GBS_Swab": "Group B streptococcus",
                  "Endocervical_Chlamydia_Gonorrhoea_NAAT": "Negative"},
        "Urine": {"Dipstick": "Protein trace, nitrite negative, leucocytes negative", "Culture": "No growth"},
        "Group_and_Save": "O RhD positive, no antibodies",
    },
    "Correct_Diagnosis": "Preterm prelabour rupture of membranes at 31 weeks complicated by chorioamnionitis "
                         "(group B streptococcal)",
})

# 5 — ENT / head and neck: glottic squamous cell carcinoma of the left vocal cord
CASES.append({
    "Objective_for_Doctor": "Assess a man with four months of hoarseness.",
    "Patient_Actor": PA("63-year-old man",
                        "Hoarse voice for four months that has not improved, getting weaker; recently a feeling "
                        "of something in the throat and mild breathlessness climbing stairs. No pain swallowing.",
                        "Persistent hoarseness", ["Weak voice", "Foreign-body sensation in the throat",
                                                  "Exertional breathlessness"],
                        "COPD; hypertension", "Smoked 40 pack-years, still smokes; 30 units of alcohol a week",
                        "Tiotropium, amlodipine", "No weight loss, no haemoptysis, no earache"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Heart_Rate": "84 bpm", "Blood_Pressure": "148/88 mmHg", "Respiratory_Rate": "18/min",
                        "Oxygen_Saturation": "95% on air"},
        "Voice_and_Airway": {"Voice": "Harsh, breathy dysphonia", "Stridor": "None at rest", "Cough": "Weak"},
        "Neck_Examination": {"Inspection": "No visible mass",
                             "Laryngeal_Crepitus": "Present (normal)",
                             "Laryngeal_Tenderness": "None",
                             "Cervical_Lymph_Nodes": {"Right": "No palpable nodes", "Left": "No palpable nodes"},
                             "Thyroid_Gland": "Not enlarged"},
        "Oral_Cavity_and_Oropharynx": "Poor dentition; no mucosal lesion; tonsils normal",
        "Otoscopy": {"Right_Ear": "Normal tympanic membrane", "Left_Ear": "Normal tympanic membrane"},
        "Respiratory_Examination": "Prolonged expiration, scattered wheeze",
    },
    "Test_Results": {
        "Flexible_Nasendoscopy": {"Nasopharynx": "Clear", "Base_of_Tongue_and_Valleculae": "Clear",
                                  "Supraglottis": "Normal epiglottis and aryepiglottic folds",
                                  "Vocal_Cords": {"Right": "Normal, fully mobile",
                                                  "Left": "Exophytic lesion along the whole cord, cord fixed"},
                                  "Subglottis": "Not well seen",
                                  "Airway": "Adequate"},
        "Videostroboscopy": {"Right_Vocal_Cord": "Normal mucosal wave",
                             "Left_Vocal_Cord": "Absent mucosal wave", "Glottic_Closure": "Incomplete"},
        "Voice_Handicap_Index-10": "31 of 40",
        "Panendoscopy_Under_General_Anaesthetic": {
            "Laryngeal_Findings": "Left glottic tumour crossing the anterior commissure, 8 mm subglottic extension",
            "Oesophagoscopy": "No synchronous lesion",
            "Biopsy_Left_Vocal_Cord": {"Histology": "Invasive moderately differentiated keratinising squamous cell "
                                                    "carcinoma", "Depth_of_Invasion": "At least 4 mm"},
        },
        "CT_Neck_with_Contrast": {"Larynx": "Left glottic mass with paraglottic fat invasion, thyroid cartilage intact",
                                  "Neck_Nodes": "No enlarged nodes"},
        "CT_Chest": "Centrilobular emphysema; no pulmonary nodules",
        "FDG_PET-CT": "Avid left glottic primary (SUVmax 12); no nodal or distant uptake",
        "Blood_Tests": {
            "Full_Blood_Count": {"Haemoglobin": "142 g/L", "White_Cell_Count": "8.4 x10^9/L", "Platelets": "260 x10^9/L"},
            "Liver_Function_Tests": {"ALT": "44 U/L", "GGT": "96 U/L", "Albumin": "39 g/L"},
            "Thyroid_Function_Tests": {"TSH": "1.8 mU/L"},
            "Adjusted_Calcium": {"Result": "2.38 mmol/L"},
        },
        "Spirometry": {"FEV1": "1.9 L (62% predicted)", "FEV1_FVC_Ratio": "0.58"},
        "Fibreoptic_Endoscopic_Evaluation_of_Swallowing": {"Thin_Liquids": "Laryngeal penetration without aspiration",
                                                           "Penetration_Aspiration_Scale": "3"},
    },
    "Correct_Diagnosis": "Squamous cell carcinoma of the left glottis (T3 N0 M0) with vocal cord fixation",
})


if __name__ == "__main__":
    with (HERE / "cases_en.jsonl").open("w", encoding="utf-8") as f:
        for case in CASES:
            f.write(json.dumps({"OSCE_Examination": case}, ensure_ascii=False) + "\n")
    print(len(CASES), "cases")

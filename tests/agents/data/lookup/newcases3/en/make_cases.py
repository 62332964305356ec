"""Write cases_en.jsonl: 6 new English AgentClinic OSCE cases for the newcases3 blind lookup set."""

import json
from pathlib import Path

HERE = Path(__file__).parent


def VR(value, ref):
    return {"Value": value, "Reference_Range": ref}


CASES = []

# 0 — urology: ischaemic (low-flow) priapism in sickle cell disease
CASES.append({
    "Objective_for_Doctor": "Assess a young man with a painful, persistent erection.",
    "Patient_Actor": {
        "Demographics": "19-year-old man",
        "History": "Woke at 4 a.m. with a painful erection that has not subsided for 6 hours despite cold packs, "
                   "walking and ejaculation. No sexual stimulation, no trauma. Two shorter episodes (under 1 hour) "
                   "in the past month that settled by themselves. Took no erectile medication.",
        "Symptoms": {"Primary_Symptom": "Painful erection lasting 6 hours",
                     "Secondary_Symptoms": ["Penile pain 9/10", "Mild lower back ache", "No dysuria"]},
        "Past_Medical_History": "Sickle cell disease (HbSS); two vaso-occlusive crises requiring admission; "
                                "on hydroxyurea but missed doses for 3 weeks",
        "Social_History": "Student; occasional cannabis, no cocaine; no alcohol",
        "Current_Medications": "Hydroxyurea 1,000 mg daily (poor adherence), folic acid",
    },
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Blood_Pressure": "136/82 mmHg", "Heart_Rate": "108 bpm", "Respiratory_Rate": "18/min",
                        "Temperature": "37.4 C", "Oxygen_Saturation": "96% on room air"},
        "General_Appearance": "Distressed by pain; mildly icteric sclerae; pale conjunctivae",
        "Genitourinary_Examination": {
            "Penis": {"Corpora_Cavernosa": "Fully rigid and tender along both corpora",
                      "Glans_Penis": "Soft and not engorged",
                      "Corpus_Spongiosum": "Soft, compressible",
                      "Skin": "No bruising, laceration or haematoma"},
            "Testes": "Both descended, non-tender, normal lie",
            "Perineum": "No tenderness or bruising",
        },
        "Abdominal_Examination": {"Inspection": "Flat", "Palpation": "Soft, non-tender; spleen not palpable",
                                  "Bladder": "Not palpable"},
        "Inguinal_Lymph_Nodes": "Not enlarged",
        "Neurological_Examination": "Normal lower limb power and sensation; perianal sensation intact",
    },
    "Test_Results": {
        "Corporal_Aspiration": {
            "Appearance": "Dark, viscous, deoxygenated blood aspirated from the right corpus cavernosum",
            "Blood_Gas": {"pH": "6.94", "pO2": "19 mmHg", "pCO2": "86 mmHg", "Glucose": "14 mg/dL"},
        },
        "Laboratory_Tests": {
            "Complete_Blood_Count": {"Hemoglobin": "7.6 g/dL", "Hematocrit": "22%", "WBC": "13,800 /mm^3",
                                     "Platelets": "412,000 /mm^3", "MCV": "92 fL"},
            "Reticulocyte_Count": VR("11.5%", "0.5-2.5%"),
            "Hemoglobin_Electrophoresis": {"HbS": "89%", "HbF": "8%", "HbA2": "3%", "HbA": "0%"},
            "Lactate_Dehydrogenase": VR("612 U/L", "140-280 U/L"),
            "Bilirubin": {"Total": "3.4 mg/dL", "Indirect": "2.9 mg/dL"},
            "Basic_Metabolic_Panel": {"Sodium": "138 mEq/L", "Potassium": "4.3 mEq/L", "Creatinine": "0.7 mg/dL",
                                      "Glucose": "94 mg/dL"},
            "Venous_Blood_Gas": {"pH": "7.37", "pCO2": "44 mmHg", "pO2": "36 mmHg", "Lactate": "1.6 mmol/L"},
            "Urine_Toxicology_Screen": {"Result": "Positive for cannabinoids; negative for cocaine and amphetamines"},
        },
        "Penile_Doppler_Ultrasound": "No detectable flow in either cavernosal artery; no arteriovenous fistula; "
                                     "corpora homogeneous",
    },
    "Correct_Diagnosis": "Ischaemic (low-flow) priapism due to sickle cell disease",
})

# 1 — ophthalmology: acute primary angle-closure glaucoma, left eye
CASES.append({
    "Objective_for_Doctor": "Assess an older woman with a painful red eye and headache.",
    "Patient_Actor": {
        "Demographics": "67-year-old woman",
        "History": "Sudden severe left eye pain and blurred vision started last night after two hours in a dark "
                   "cinema, with coloured haloes around lights, left frontal headache, nausea and two episodes of "
                   "vomiting. Took an over-the-counter antihistamine cold remedy for 3 days before.",
        "Symptoms": {"Primary_Symptom": "Painful red left eye with blurred vision",
                     "Secondary_Symptoms": ["Haloes around lights", "Left frontal headache", "Nausea and vomiting"]},
        "Past_Medical_History": "Hypertension; long-sighted, reading glasses +3.00 D; no eye surgery",
        "Social_History": "Retired teacher; never smoked; alcohol rarely",
        "Current_Medications": "Amlodipine 5 mg daily; chlorphenamine-containing cold remedy",
        "Review_of_Systems": "No jaw claudication, no scalp tenderness, no weight loss, no fever",
    },
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Blood_Pressure": "168/94 mmHg", "Heart_Rate": "88 bpm", "Respiratory_Rate": "16/min",
                        "Temperature": "36.7 C"},
        "General_Appearance": "Uncomfortable, holding the left side of her head, nauseated",
        "Ophthalmic_Examination": {
            "Visual_Acuity": {"Right_Eye": "6/9 with glasses", "Left_Eye": "Counting fingers at 1 metre"},
            "Intraocular_Pressure": {"Method": "Goldmann applanation tonometry", "Right_Eye": "17 mmHg",
                                     "Left_Eye": "58 mmHg"},
            "Pupils": {"Right_Eye": "3 mm, brisk direct and consensual response",
                       "Left_Eye": "Fixed, mid-dilated (5 mm), vertically oval, non-reactive to light"},
            "Digital_Palpation_of_Globe": "Left globe stony hard compared with the right",
            "Slit_Lamp_Examination": {
                "Left_Eye": {"Conjunctiva": "Diffuse circumcorneal (ciliary) injection",
                             "Cornea": "Microcystic epithelial oedema, hazy",
                             "Anterior_Chamber": "Very shallow centrally and peripherally, mild flare, no hypopyon",
                             "Iris": "Mid-dilated, no new vessels", "Lens": "Moderate nuclear sclerosis"},
                "Right_Eye": {"Conjunctiva": "White", "Cornea": "Clear",
                              "Anterior_Chamber": "Shallow periphery, Van Herick grade 1, quiet",
                              "Lens": "Moderate nuclear sclerosis"},
            },
            "Gonioscopy": {"Right_Eye": "Appositionally closed in 3 quadrants, opens on indentation; no synechiae",
                           "Left_Eye": "No angle structures visible; view limited by corneal oedema"},
            "Fundoscopy": {"Right_Eye": "Cup-to-disc ratio 0.3, healthy neuroretinal rim",
                           "Left_Eye": "Hazy view; disc swollen and hyperaemic"},
            "Extraocular_Movements": "Full and painless, no diplopia",
        },
        "Temporal_Arteries": "Non-tender and pulsatile on both sides",
        "Neurological_Examination": "No focal deficit, no neck stiffness",
    },
    "Test_Results": {
        "Blood_Tests": {
            "Basic_Metabolic_Panel": {"Sodium": "139 mmol/L", "Potassium": "3.9 mmol/L", "Chloride": "103 mmol/L",
                                      "Bicarbonate": "25 mmol/L", "Creatinine": "78 umol/L", "Glucose": "6.1 mmol/L"},
            "Erythrocyte_Sedimentation_Rate": VR("18 mm/h", "<30 mm/h"),
            "C-Reactive_Protein": VR("3 mg/L", "<5 mg/L"),
        },
        "Anterior_Segment_OCT": "Left: 360-degree iridotrabecular contact, central anterior chamber depth 1.6 mm, "
                                "plateau-free iris; Right: narrow angles with contact in 3 quadrants",
        "Ocular_Ultrasound_B_Scan": "Left eye: attached retina, no mass, no choroidal effusion or haemorrhage",
        "Optical_Biometry": {"Axial_Length": {"Right_Eye": "21.6 mm", "Left_Eye": "21.4 mm"},
                             "Anterior_Chamber_Depth": {"Right_Eye": "2.1 mm", "Left_Eye": "1.6 mm"},
                             "Lens_Thickness": {"Right_Eye": "5.0 mm", "Left_Eye": "5.1 mm"}},
    },
    "Correct_Diagnosis": "Acute primary angle-closure glaucoma of the left eye",
})

# 2 — orthopaedics: acute compartment syndrome of the leg after tibial shaft fracture
CASES.append({
    "Objective_for_Doctor": "Review a man with increasing leg pain after a fracture.",
    "Patient_Actor": {
        "Demographics": "24-year-old man",
        "History": "Motorcycle crash 10 hours ago with a closed right tibial shaft fracture, placed in an above-knee "
                   "backslab awaiting surgery. Pain has become severe and burning despite two doses of IV morphine, "
                   "with tingling over the top of the foot.",
        "Symptoms": {"Primary_Symptom": "Escalating right leg pain out of proportion to the injury",
                     "Secondary_Symptoms": ["Tingling on the dorsum of the right foot", "Leg feels tight"]},
        "Past_Medical_History": "None",
        "Social_History": "Courier; smokes 5 cigarettes a day; social alcohol",
        "Current_Medications": "IV morphine as needed, paracetamol",
    },
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Blood_Pressure": "128/76 mmHg", "Heart_Rate": "112 bpm", "Respiratory_Rate": "20/min",
                        "Temperature": "37.6 C", "Oxygen_Saturation": "99% on room air"},
        "Right_Lower_Limb_Examination": {
            "Inspection": "Backslab split and removed: tense, shiny, swollen calf; no open wound; no fracture blisters",
            "Palpation": {"Anterior_Compartment": "Woody hard, exquisitely tender",
                          "Lateral_Compartment": "Tense and tender",
                          "Posterior_Compartment": "Firm, moderately tender"},
            "Passive_Stretch_Test": {"Passive_Toe_Flexion": "Severe pain in the anterior compartment",
                                     "Passive_Toe_Extension": "Moderate calf pain"},
            "Sensation": {"First_Dorsal_Web_Space": "Reduced to light touch and pinprick",
                          "Dorsum_of_Foot": "Mildly reduced", "Sole_of_Foot": "Normal"},
            "Motor": {"Great_Toe_Extension": "3/5, limited by pain", "Ankle_Dorsiflexion": "3/5",
                      "Ankle_Plantarflexion": "4/5"},
            "Pulses": {"Dorsalis_Pedis": "Palpable, 2+", "Posterior_Tibial": "Palpable, 2+"},
            "Capillary_Refill": "2 seconds in all toes",
        },
        "Left_Lower_Limb_Examination": "No injury; calf soft and non-tender; pulses and sensation normal",
        "Secondary_Survey": "No head, chest, abdominal or pelvic injury found",
    },
    "Test_Results": {
        "Compartment_Pressure_Measurement": {
            "Device": "Side-port needle manometer, right leg, 5 cm from the fracture",
            "Anterior": "52 mmHg", "Lateral": "44 mmHg", "Superficial_Posterior": "28 mmHg",
            "Deep_Posterior": "38 mmHg", "Diastolic_Blood_Pressure_at_Measurement": "76 mmHg",
            "Delta_Pressure_Anterior": "24 mmHg (diastolic pressure minus anterior compartment pressure)",
        },
        "Labs": {
            "Creatine_Kinase": VR("8,950 U/L", "39-308 U/L"),
            "Serum_Myoglobin": VR("2,100 ng/mL", "<85 ng/mL"),
            "Complete_Blood_Count": {"WBC": "12,900 /mm^3", "Hemoglobin": "12.8 g/dL", "Platelets": "221,000 /mm^3"},
            "Renal_Panel": {"Sodium": "140 mmol/L", "Potassium": "5.3 mmol/L", "Urea": "7.8 mmol/L",
                            "Creatinine": "118 umol/L", "Bicarbonate": "21 mmol/L"},
            "Lactate": "2.4 mmol/L",
            "Coagulation": {"PT": "12.8 s", "INR": "1.1", "aPTT": "31 s"},
            "Group_and_Screen": "O positive, antibody screen negative",
        },
        "Urinalysis": {
            "Colour": "Dark, tea-coloured",
            "Dipstick": {"Blood": "3+", "Protein": "1+", "Glucose": "Negative"},
            "Microscopy": {"RBC": "0-2 /hpf", "Casts": "Pigmented granular casts"},
            "Urine_Myoglobin": "Positive",
        },
        "Imaging": {
            "X-Ray_Right_Tibia_and_Fibula": {"Findings": "Transverse mid-shaft tibial fracture with 10 mm lateral "
                                                         "displacement; segmental fibular fracture"},
            "X-Ray_Right_Knee": {"Findings": "No fracture or effusion"},
            "X-Ray_Right_Ankle": {"Findings": "Ankle mortise intact, no fracture"},
        },
    },
    "Correct_Diagnosis": "Acute compartment syndrome of the right leg after tibial shaft fracture",
})

# 3 — toxicology: methanol poisoning
CASES.append({
    "Objective_for_Doctor": "Assess a man with visual loss, vomiting and rapid breathing.",
    "Patient_Actor": {
        "Demographics": "46-year-old man",
        "History": "Brought in by a friend. Drank a large amount of cheap home-distilled spirit at a party about "
                   "30 hours ago. Since this morning: abdominal pain, vomiting, breathlessness and blurred vision "
                   "he describes as 'like standing in a snowstorm'.",
        "Symptoms": {"Primary_Symptom": "Blurred vision and breathlessness a day after drinking home-made spirit",
                     "Secondary_Symptoms": ["Epigastric pain", "Vomiting", "Headache", "Drowsiness"]},
        "Past_Medical_History": "Alcohol use disorder; no diabetes; no kidney disease",
        "Social_History": "Unemployed builder; drinks most days; smokes 20 a day",
        "Current_Medications": "None",
    },
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Blood_Pressure": "138/84 mmHg", "Heart_Rate": "112 bpm",
                        "Respiratory_Rate": "32/min, deep and sighing", "Temperature": "36.6 C",
                        "Oxygen_Saturation": "98% on room air"},
        "General_Appearance": "Drowsy but rousable; no smell of alcohol on the breath",
        "Eye_Examination": {"Visual_Acuity": "Hand movements only in both eyes",
                            "Pupils": "6 mm bilaterally, sluggish reaction to light",
                            "Fundoscopy": "Bilateral optic disc hyperaemia with peripapillary retinal oedema",
                            "Eye_Movements": "Full, no nystagmus"},
        "Respiratory_Examination": "Kussmaul breathing; chest clear",
        "Abdominal_Examination": {"Palpation": "Epigastric tenderness, no guarding", "Bowel_Sounds": "Present",
                                  "Liver": "Smooth edge palpable 2 cm below the costal margin"},
        "Neurological_Examination": {"Glasgow_Coma_Scale": "14 (E3 V5 M6)", "Tone": "Normal",
                                     "Reflexes": "Symmetric, 2+", "Plantar_Response": "Flexor bilaterally",
                                     "Asterixis": "Absent", "Neck_Stiffness": "Absent"},
    },
    "Test_Results": {
        "Arterial_Blood_Gas": {"pH": "6.98", "pCO2": "14 mmHg", "pO2": "118 mmHg", "HCO3": "4 mmol/L",
                               "Base_Excess": "-27 mmol/L", "Lactate": "3.1 mmol/L"},
        "Serum_Chemistry": {"Sodium": VR("141 mmol/L", "135-145"), "Potassium": VR("5.1 mmol/L", "3.5-5.0"),
                            "Chloride": VR("104 mmol/L", "98-107"), "Bicarbonate": VR("5 mmol/L", "22-29"),
                            "Anion_Gap": VR("32 mmol/L", "8-16"), "Glucose": VR("6.2 mmol/L", "3.9-7.8"),
                            "Urea": VR("6.0 mmol/L", "2.5-7.8"), "Creatinine": VR("110 umol/L", "60-110"),
                            "Lipase": VR("88 U/L", "<60")},
        "Osmolality": {"Serum_Osmolality_Measured": "338 mOsm/kg", "Serum_Osmolality_Calculated": "301 mOsm/kg",
                       "Osmolal_Gap": "37 mOsm/kg"},
        "Toxicology": {"Serum_Methanol": "62 mg/dL", "Serum_Ethanol": "Undetectable",
                       "Serum_Ethylene_Glycol": "Not detected", "Paracetamol": "<10 mg/L",
                       "Salicylate": "Undetectable"},
        "Urinalysis": {"pH": "5.0", "Ketones": "Negative", "Glucose": "Negative",
                       "Crystals": "No calcium oxalate crystals seen"},
        "Liver_Function_Tests": {"ALT": "48 U/L", "AST": "71 U/L", "Bilirubin": "0.9 mg/dL", "Albumin": "3.9 g/dL"},
        "CT_Head": "Bilateral symmetric hypodensities in the putamina; no haemorrhage; no mass effect",
        "ECG": "Sinus tachycardia 112/min, QTc 450 ms, no ischaemic change",
    },
    "Correct_Diagnosis": "Methanol poisoning",
})

# 4 — allergy / clinical immunology: hereditary angioedema type I
CASES.append({
    "Objective_for_Doctor": "Assess a young woman with facial swelling, hoarseness and abdominal pain.",
    "Patient_Actor": {
        "Demographics": "23-year-old woman",
        "History": "12 hours of swelling of the left cheek and upper lip, a hoarse voice since this morning and "
                   "crampy abdominal pain with vomiting. Had a wisdom tooth extracted yesterday. Since age 13 she has "
                   "had episodes of non-itchy swelling of the hands and face lasting 2-4 days and attacks of severe "
                   "abdominal pain; antihistamines and steroids never helped. Started the combined oral "
                   "contraceptive pill 2 months ago; attacks have been more frequent since. Her father and paternal aunt have "
                   "similar swellings; a paternal uncle died of throat swelling.",
        "Symptoms": {"Primary_Symptom": "Facial and lip swelling with a hoarse voice",
                     "Secondary_Symptoms": ["Colicky abdominal pain", "Vomiting", "Swollen right hand",
                                            "No itch, no hives"]},
        "Past_Medical_History": "Two negative diagnostic laparoscopies for abdominal pain",
        "Social_History": "Nursing student; non-smoker",
        "Current_Medications": "Combined oral contraceptive pill; no ACE inhibitor",
    },
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Blood_Pressure": "112/70 mmHg", "Heart_Rate": "104 bpm", "Respiratory_Rate": "20/min",
                        "Temperature": "36.9 C", "Oxygen_Saturation": "98% on room air"},
        "General_Appearance": "Anxious, hoarse voice, speaking in full sentences",
        "Head_and_Neck_Examination": {
            "Face": "Asymmetric non-pitting swelling of the left cheek and upper lip, not red, not itchy",
            "Oropharynx": {"Tongue": "Mildly swollen", "Uvula": "Oedematous, not erythematous",
                           "Tonsils": "Normal size", "Dental_Socket": "Clean lower left extraction socket"},
            "Cervical_Lymph_Nodes": "Not enlarged",
        },
        "Skin_Examination": {"Urticaria": "None", "Erythema_Marginatum": "Faint serpiginous non-itchy rash on the trunk",
                             "Dermographism": "Negative"},
        "Respiratory_Examination": {"Stridor": "None at rest", "Auscultation": "Clear, no wheeze"},
        "Abdominal_Examination": {"Inspection": "Mildly distended", "Palpation": "Diffuse tenderness, no guarding",
                                  "Rebound_Tenderness": "Absent", "Bowel_Sounds": "Hyperactive",
                                  "Shifting_Dullness": "Present, small volume"},
        "Extremities": "Non-pitting swelling of the back of the right hand",
    },
    "Test_Results": {
        "Flexible_Nasendoscopy": "Oedema of the uvula and aryepiglottic folds, mild supraglottic oedema; vocal cords "
                                 "mobile; airway patent",
        "Complement_Studies": {"C4": VR("0.04 g/L", "0.10-0.40 g/L"),
                               "C1_Esterase_Inhibitor_Antigen": VR("0.05 g/L", "0.21-0.39 g/L"),
                               "C1_Esterase_Inhibitor_Function": VR("18%", ">67%"),
                               "C1q": VR("0.17 g/L", "0.10-0.25 g/L"), "C3": VR("1.10 g/L", "0.75-1.65 g/L")},
        "Serum_Tryptase": VR("4.2 ug/L", "<11.4 ug/L"),
        "Blood_Tests": {"Complete_Blood_Count": {"WBC": "14,200 /mm^3", "Neutrophils": "82%", "Hemoglobin": "15.1 g/dL",
                                                 "Hematocrit": "46%", "Platelets": "298,000 /mm^3"},
                        "C-Reactive_Protein": "4 mg/L", "Lipase": "30 U/L",
                        "Urea_and_Electrolytes": {"Sodium": "137 mmol/L", "Potassium": "4.0 mmol/L",
                                                  "Urea": "5.1 mmol/L", "Creatinine": "64 umol/L"}},
        "Urine_Pregnancy_Test": "Negative",
        "Imaging": {"CT_Abdomen_and_Pelvis_with_Contrast": "Segmental circumferential wall thickening and submucosal "
                    "oedema of the jejunum (target sign), small-volume free fluid; no obstruction, normal appendix",
                    "Abdominal_Ultrasound": "Thickened fluid-filled small-bowel loops, small-volume free fluid; "
                    "normal gallbladder"},
    },
    "Correct_Diagnosis": "Hereditary angioedema type I (C1 esterase inhibitor deficiency)",
})

# 5 — vascular surgery: acute embolic limb ischaemia from new atrial fibrillation
CASES.append({
    "Objective_for_Doctor": "Assess an older woman with a sudden painful, cold left leg.",
    "Patient_Actor": {
        "Demographics": "74-year-old woman",
        "History": "Sudden severe pain in the left calf and foot 5 hours ago while watching television; the leg "
                   "turned pale and cold, the foot feels numb and she cannot move her toes well. Palpitations on "
                   "and off for a week. No previous calf pain on walking.",
        "Symptoms": {"Primary_Symptom": "Sudden painful, pale, cold left leg",
                     "Secondary_Symptoms": ["Numb left foot", "Weak toes", "Palpitations", "Weight loss, heat intolerance"]},
        "Past_Medical_History": "Hypertension; no known arrhythmia; no peripheral arterial disease",
        "Social_History": "Widow, lives alone; ex-smoker (quit 20 years ago)",
        "Current_Medications": "Ramipril 5 mg daily",
    },
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Blood_Pressure": "152/88 mmHg", "Heart_Rate": "118 bpm, irregularly irregular",
                        "Respiratory_Rate": "18/min", "Temperature": "37.1 C", "Oxygen_Saturation": "97% on room air"},
        "Cardiovascular_Examination": {"Pulse": "Irregularly irregular, pulse deficit 12/min",
                                       "Heart_Sounds": "S1 of variable intensity; soft pansystolic murmur at the apex",
                                       "JVP": "Not raised"},
        "Peripheral_Vascular_Examination": {
            "Inspection": {"Left_Leg": "Pale below the knee, mottled foot, no gangrene",
                           "Right_Leg": "Normal colour"},
            "Temperature": {"Left_Leg": "Cold below the mid-calf", "Right_Leg": "Warm"},
            "Pulses": {"Femoral": {"Right": "Palpable", "Left": "Palpable, bounding"},
                       "Popliteal": {"Right": "Palpable", "Left": "Absent"},
                       "Dorsalis_Pedis": {"Right": "Palpable", "Left": "Absent"},
                       "Posterior_Tibial": {"Right": "Palpable", "Left": "Absent"}},
            "Handheld_Doppler": {"Left_Dorsalis_Pedis": "No arterial signal",
                                 "Left_Posterior_Tibial": "No arterial signal",
                                 "Left_Popliteal_Vein": "Venous signal present"},
            "Capillary_Refill": {"Left_Toes": "More than 5 seconds", "Right_Toes": "2 seconds"},
            "Sensation": "Reduced light touch over the left foot and toes",
            "Motor": "Left toe dorsiflexion 4-/5; calf soft, not tender",
        },
        "Abdominal_Examination": "Soft, non-tender, no pulsatile mass",
        "Thyroid_Examination": "Small diffuse goitre, no bruit",
    },
    "Test_Results": {
        "Ankle_Brachial_Pressure_Index": {"Right": "1.02", "Left": "Unrecordable (no Doppler signal at the ankle)"},
        "CT_Angiography_Aorta_and_Lower_Limbs": {"Findings": "Abrupt meniscus-shaped occlusion of the left popliteal "
                                                 "artery with few collaterals; faint reconstitution of the tibial "
                                                 "vessels; no aneurysm; minimal atheroma; right leg normal"},
        "Electrocardiogram": "Atrial fibrillation, ventricular rate 118/min, no acute ST change",
        "Transthoracic_Echocardiogram": "Left atrium dilated (4.8 cm), LVEF 55%, moderate mitral regurgitation, "
                                        "no vegetation, no thrombus seen (limited views)",
        "Blood_Tests": {
            "Full_Blood_Count": {"Hemoglobin": "13.2 g/dL", "WBC": "10,400 /mm^3", "Platelets": "254,000 /mm^3"},
            "Coagulation_Screen": {"PT": "13.1 s", "INR": "1.1", "APTT": "30 s", "Fibrinogen": "3.8 g/L"},
            "Creatine_Kinase": {"Result": "1,240 U/L"},
            "Venous_Lactate": {"Result": "3.4 mmol/L"},
            "Renal_Function": {"Urea": "8.1 mmol/L", "Creatinine": "96 umol/L", "eGFR": "51 mL/min/1.73m2",
                               "Potassium": "4.8 mmol/L"},
            "Thyroid_Function": {"TSH": "0.02 mU/L", "Free_T4": "32 pmol/L"},
            "Troponin_T": VR("18 ng/L", "<14 ng/L"),
        },
    },
    "Correct_Diagnosis": "Acute embolic limb ischaemia of the left leg (popliteal embolus) from atrial fibrillation",
})


def main() -> None:
    out = HERE / "cases_en.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for case in CASES:
            fh.write(json.dumps({"OSCE_Examination": case}, ensure_ascii=False) + "\n")
    print(f"wrote {len(CASES)} cases to {out}")


if __name__ == "__main__":
    main()

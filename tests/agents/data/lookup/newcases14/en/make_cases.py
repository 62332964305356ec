"""Write cases_en.jsonl: 5 new English AgentClinic OSCE cases for the newcases14 blind lookup set (part en)."""

import json
from pathlib import Path

from dxgym.evaluation.lookup_sets import osce_patient, osce_value

HERE = Path(__file__).parent


# AgentClinic's value and patient blocks are every English part's (dxgym.evaluation.lookup_sets).
VR, PA = osce_value, osce_patient


CASES = []

# 0 — rheumatology / vasculitis: Takayasu arteritis with left subclavian stenosis and aortic regurgitation.
# Layout: deeply nested per-side examination (arm and leg pressures, pulses per side, bruits per side);
# tests grouped (Blood_Tests / Imaging / Disease_Activity); function test per side (ankle-brachial index).
CASES.append({
    "Objective_for_Doctor": "Assess a young woman with an aching left arm on use, dizziness and weight loss.",
    "Patient_Actor": PA("27-year-old woman",
                        "Five months of tiredness, low-grade evening fevers, aching joints and 6 kg weight loss. "
                        "For two months her left arm aches and goes pale and cold after a minute of brushing her "
                        "hair or carrying shopping, sometimes with light-headedness and blurred vision. A dull ache "
                        "on the left side of her neck. A practice nurse recently found a high blood pressure in "
                        "her right arm but could not record one in the left.",
                        "Left arm pain on exertion", ["Light-headedness when using the left arm", "Fatigue",
                                                      "Evening fevers", "Weight loss", "Left neck pain",
                                                      "Arthralgia"],
                        "None", "Primary school teacher; never smoked; no alcohol; born in Bangladesh, in the UK "
                        "since age 12; no TB contacts known", "Combined oral contraceptive pill",
                        "No rash, no mouth or genital ulcers, no red eyes, no cough, no haematuria, no claudication "
                        "of the legs, no chest pain"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Temperature": "37.9 C", "Heart_Rate": "96 bpm, measured at the right radial",
                        "Respiratory_Rate": "16/min", "Oxygen_Saturation": "99% on air"},
        "Blood_Pressure": {"Right_Arm": "162/88 mmHg", "Left_Arm": "96/70 mmHg (difficult to hear)",
                           "Right_Leg": "176/90 mmHg", "Left_Leg": "174/92 mmHg"},
        "General_Appearance": "Thin, tired-looking young woman; no rash; no oral ulcers; no lymphadenopathy",
        "Peripheral_Pulses": {
            "Right": {"Carotid": "Normal volume", "Brachial": "Normal", "Radial": "Normal volume, regular",
                      "Femoral": "Normal", "Dorsalis_Pedis": "Present"},
            "Left": {"Carotid": "Reduced volume, tender to palpation", "Brachial": "Weak",
                     "Radial": "Barely palpable and delayed compared with the right (radio-radial delay)",
                     "Femoral": "Normal", "Dorsalis_Pedis": "Present"},
        },
        "Bruits": {
            "Carotid": {"Right": "None", "Left": "Loud systolic bruit over the mid left carotid"},
            "Subclavian": {"Right": "None", "Left": "Systolic bruit in the left supraclavicular fossa"},
            "Abdominal": "Soft systolic bruit to the right of the umbilicus",
            "Femoral": "None",
        },
        "Cardiovascular_Examination": {
            "Apex_Beat": "Undisplaced, not heaving",
            "Heart_Sounds": "S1 and S2 normal; no added sounds",
            "Murmurs": "Grade 2/6 soft early diastolic murmur at the left sternal edge, loudest leaning forward "
                       "in expiration",
            "Jugular_Venous_Pressure": "Not raised",
        },
        "Respiratory_Examination": "Chest clear; normal breath sounds throughout",
        "Abdominal_Examination": "Soft, non-tender; no hepatosplenomegaly; no masses; no aortic pulsation felt",
        "Arm_Exercise_Test": "Repeated fist clenching with the left arm raised for 60 s reproduced aching and "
                             "pallor of the left hand after 40 s with light-headedness; the right arm "
                             "asymptomatic",
        "Fundoscopy": {"Right_Eye": "Mild arteriolar narrowing; no haemorrhages or exudates",
                       "Left_Eye": "Mild arteriolar narrowing; no haemorrhages or exudates"},
        "Joints": "Tender wrists and knees without synovitis; full range of movement",
        "Skin": "No erythema nodosum, livedo or digital infarcts",
    },
    "Test_Results": {
        "Blood_Tests": {
            "Full_Blood_Count": {"Haemoglobin": VR("102 g/L", "115-160 g/L"), "MCV": "81 fL",
                                 "White_Cell_Count": "9.8 x10^9/L",
                                 "Platelets": VR("486 x10^9/L", "150-400 x10^9/L")},
            "ESR": VR("84 mm/h", "<20 mm/h"),
            "C-Reactive_Protein": "52 mg/L",
            "Renal_Function": {"Sodium": "139 mmol/L", "Potassium": "3.6 mmol/L", "Urea": "5.2 mmol/L",
                               "Creatinine": VR("88 umol/L", "45-90 umol/L"), "eGFR": "78 mL/min/1.73m2"},
            "Liver_Function_Tests": "Bilirubin 7 umol/L, ALT 21 U/L, ALP 96 U/L, albumin 31 g/L",
            "Immunology": {"ANA": "Negative", "ANCA": "PR3 and MPO negative", "Rheumatoid_Factor": "Negative",
                           "Complement": "C3 1.6 g/L, C4 0.32 g/L (normal)"},
            "Renin_and_Aldosterone": {"Plasma_Renin": "Raised, 6.4 nmol/L/h",
                                      "Aldosterone": "Raised, 820 pmol/L"},
            "QuantiFERON-TB_Gold": "Negative",
            "Syphilis_Serology": "Treponemal antibody negative",
        },
        "Urinalysis": "Protein trace; no blood; no casts",
        "ECG": "Sinus rhythm 94 bpm; voltage criteria for left ventricular hypertrophy",
        "Ankle-Brachial_Pressure_Index": {"Right": "1.09", "Left": "1.07"},
        "Imaging": {
            "CT_Angiography_Aorta_and_Branches": {
                "Findings": "Smooth concentric wall thickening of the aortic arch; long smooth 80% stenosis of the "
                            "proximal left subclavian artery; wall thickening and 50% stenosis of the left common "
                            "carotid artery; 70% stenosis of the right renal artery ostium; abdominal aorta of "
                            "normal calibre; no aneurysm",
                "Impression": "Large-vessel vasculitis in a Takayasu pattern (Numano type V)",
            },
            "Carotid_Duplex_Ultrasound": {
                "Right": "Normal intima-media thickness; no stenosis",
                "Left": "Homogeneous circumferential 'macaroni sign' wall thickening of the common carotid with "
                        "50% stenosis; reversed flow in the left vertebral artery (subclavian steal)",
            },
            "FDG_PET-CT": "Increased FDG uptake in the wall of the aortic arch, left subclavian and left common "
                          "carotid arteries (grade 3, above liver uptake)",
            "Transthoracic_Echocardiogram": {"Left_Ventricle": "Mild concentric LVH; EF 62%",
                                             "Aortic_Valve": "Trileaflet; moderate aortic regurgitation",
                                             "Aortic_Root": "Mildly dilated at 38 mm"},
            "Chest_X-Ray": "Normal heart size; slightly prominent aortic knuckle; clear lungs",
        },
        "Disease_Activity": {"NIH_Criteria": "Active disease: 4 of 4 (systemic features, raised ESR, vascular "
                                             "ischaemia, typical angiographic features)",
                             "ITAS2010": "11 (ITAS-A with ESR 14)"},
        "ACR_EULAR_2022_Classification": "13 points (female, arm claudication, bruit, reduced upper-limb "
                                         "pulse, carotid abnormality, arm pressure difference, 3 or more "
                                         "arterial territories on imaging)",
    },
    "Correct_Diagnosis": "Takayasu arteritis",
})

# 1 — cardiology: wild-type transthyretin (ATTRwt) cardiac amyloidosis.
# Layout: flat string examination sections with the signs only inside findings text; tests straight under
# Test_Results with no group; serum and urine protein studies side by side; scans and a function test per side.
CASES.append({
    "Objective_for_Doctor": "Assess an older man with worsening breathlessness and swollen ankles.",
    "Patient_Actor": PA("81-year-old man",
                        "Nine months of breathlessness on exertion, now after 50 metres on the flat, with two "
                        "pillows at night and swollen ankles. Dizzy on standing up; his GP stopped his amlodipine "
                        "because of low blood pressure. Tingling in both feet for two years. Operated on for "
                        "carpal tunnel syndrome in both hands in his sixties; a 'pop' in his right upper arm when "
                        "lifting a suitcase three years ago.",
                        "Breathlessness on exertion", ["Orthopnoea", "Ankle swelling", "Dizziness on standing",
                                                       "Tingling in the feet"],
                        "Bilateral carpal tunnel release (aged 63 and 65); lumbar spinal canal stenosis; "
                        "atrial fibrillation found last year; hypertension (now off treatment)",
                        "Retired civil engineer; ex-smoker (stopped 40 years ago); alcohol 4 units a week; "
                        "lives with his wife", "Apixaban 5 mg twice daily; furosemide 40 mg daily",
                        "No chest pain, no syncope, no change in bowel habit, no frothy urine, no easy bruising, "
                        "no tongue swelling"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Blood_Pressure": "104/66 mmHg lying", "Heart_Rate": "88 bpm, irregularly irregular",
                        "Respiratory_Rate": "20/min", "Oxygen_Saturation": "94% on air",
                        "Temperature": "36.5 C"},
        "Postural_Blood_Pressure": "104/66 mmHg lying, 84/56 mmHg after 3 minutes standing with dizziness; "
                                   "heart rate 88 to 92 bpm",
        "General_Inspection": "Elderly man, breathless on undressing; no periorbital purpura; no macroglossia; "
                              "Popeye deformity of the right upper arm (ruptured long head of biceps)",
        "Cardiovascular_Examination": "Pulse irregularly irregular, low volume; JVP raised 7 cm with a prominent "
                                      "y descent, rising on inspiration; apex not displaced; heart sounds quiet, "
                                      "no murmur, no pericardial rub; pitting oedema to the mid-shins on both "
                                      "sides and over the sacrum",
        "Respiratory_Examination": "Reduced expansion at the right base; stony dull to percussion and reduced "
                                   "breath sounds over the lower third of the right chest; fine inspiratory "
                                   "crackles at the left base; no wheeze",
        "Abdominal_Examination": "Soft; smooth, slightly tender liver edge 3 cm below the costal margin; no "
                                 "shifting dullness; spleen and kidneys not palpable",
        "Hands_and_Wrists": "Healed carpal tunnel release scars on both wrists; wasting of the left thenar "
                            "eminence; Tinel's and Phalen's tests negative on both sides",
        "Neurological_Examination": "Power 5/5 throughout; ankle jerks absent, knee jerks present; reduced "
                                    "pin-prick to the mid-shins in a stocking distribution; vibration sense lost "
                                    "at the toes and ankles; Romberg's test positive",
        "NYHA_Functional_Class": "III",
    },
    "Test_Results": {
        "NT-proBNP": VR("4,860 ng/L", "<400 ng/L"),
        "High-Sensitivity_Troponin_T": VR("64 ng/L", "<14 ng/L"),
        "Full_Blood_Count": {"Haemoglobin": "131 g/L", "White_Cell_Count": "6.4 x10^9/L",
                             "Platelets": "188 x10^9/L"},
        "Urea_and_Electrolytes": {"Sodium": "134 mmol/L", "Potassium": "4.4 mmol/L", "Urea": "11.2 mmol/L",
                                  "Creatinine": VR("128 umol/L", "60-110 umol/L"), "eGFR": "46 mL/min/1.73m2"},
        "Liver_Function_Tests": {"Bilirubin": "26 umol/L", "ALT": "31 U/L", "Alkaline_Phosphatase": "148 U/L",
                                 "Albumin": "36 g/L"},
        "Thyroid_Function_Tests": {"TSH": "2.1 mU/L", "Free_T4": "15 pmol/L"},
        "Serum_Free_Light_Chains": {"Kappa": "24 mg/L", "Lambda": "19 mg/L",
                                    "Kappa_Lambda_Ratio": VR("1.26", "0.26-1.65 (0.37-3.1 in renal impairment)")},
        "Serum_Protein_Electrophoresis": "No paraprotein band",
        "Serum_Immunofixation": "No monoclonal protein",
        "Urine_Protein_Electrophoresis": "No Bence Jones protein",
        "Urine_Immunofixation": "No monoclonal light chain",
        "Urine_Albumin_Creatinine_Ratio": "2.8 mg/mmol",
        "ECG": "Atrial fibrillation, ventricular rate 86; low QRS voltages in the limb leads despite a thick "
               "ventricle on echo; pseudo-infarct Q waves V1-V3; left anterior fascicular block",
        "24-Hour_Holter_Monitor": "Atrial fibrillation throughout, rate 58-124 bpm; three pauses up to 2.4 s "
                                  "overnight; one 5-beat run of non-sustained ventricular tachycardia",
        "Chest_X-Ray": "Moderate right pleural effusion; enlarged cardiac silhouette; upper lobe venous diversion",
        "Transthoracic_Echocardiogram": {
            "Left_Ventricle": "Concentric wall thickening, interventricular septum 17 mm, posterior wall 16 mm; "
                              "granular 'speckled' myocardium; ejection fraction 48%",
            "Global_Longitudinal_Strain": "-9% with relative apical sparing ('cherry on top' bull's-eye pattern)",
            "Diastolic_Function": "Restrictive filling, E/A 2.6, average E/e' 19",
            "Right_Ventricle": "Free wall 8 mm; TAPSE 13 mm",
            "Atria": "Both atria dilated",
            "Valves_and_Pericardium": "Thickened mitral and aortic leaflets with mild mitral regurgitation; "
                                      "thickened interatrial septum; small pericardial effusion",
        },
        "Cardiac_MRI": {
            "Function": "LVEF 46%; LV mass increased",
            "Late_Gadolinium_Enhancement": "Diffuse transmural LGE with difficulty nulling the myocardium",
            "T1_Mapping_and_ECV": "Native T1 1,190 ms (raised); extracellular volume 61%",
        },
        "DPD_Scintigraphy": {"Perugini_Grade": "Grade 3 (cardiac uptake greater than bone)",
                             "Heart_to_Contralateral_Ratio": "1.9",
                             "SPECT": "Confirms diffuse myocardial tracer uptake"},
        "TTR_Gene_Sequencing": "No pathogenic TTR variant (wild-type)",
        "Nerve_Conduction_Studies": {"Right_Median_Nerve": "Mildly prolonged distal motor latency after release",
                                     "Left_Median_Nerve": "Severely prolonged distal motor latency; reduced "
                                                          "thenar CMAP",
                                     "Sural_Nerves": "Reduced amplitudes on both sides (axonal sensory "
                                                     "neuropathy)"},
        "Six-Minute_Walk_Test": "190 m; SpO2 nadir 91%; stopped twice",
        "Coronary_Angiography": "Unobstructed coronary arteries",
        "NAC_ATTR_Stage": "Stage 2 (NT-proBNP above 3,000 ng/L, eGFR at least 45)",
    },
    "Correct_Diagnosis": "Wild-type transthyretin (ATTRwt) cardiac amyloidosis",
})

# 2 — neurology: idiopathic intracranial hypertension with a left sixth nerve palsy.
# Layout: per-eye nested eye examination and nested limb neurology; lumbar puncture as a nested procedure with a
# CSF glucose and protein beside plasma glucose; per-eye function tests (OCT, Humphrey fields); one-sided B-scan.
CASES.append({
    "Objective_for_Doctor": "Assess a young woman with three months of headaches and episodes of greying vision.",
    "Patient_Actor": PA("29-year-old woman",
                        "Three months of daily headache, worse lying down and on waking, with a whooshing noise in "
                        "her ears in time with her pulse. Several times a day her vision greys out for a few "
                        "seconds on standing. One week of horizontal double vision looking to the left. She has "
                        "gained 14 kg in the past year.",
                        "Headache", ["Transient visual obscurations", "Pulsatile tinnitus",
                                     "Horizontal diplopia", "Nausea", "Weight gain"],
                        "Polycystic ovary syndrome; migraine without aura as a teenager", "Call-centre worker; "
                        "smokes 5 cigarettes a day; alcohol at weekends", "Combined oral contraceptive pill; "
                        "minocycline 100 mg daily for acne (started 5 months ago)",
                        "No fever, no weight loss, no neck stiffness, no seizures, no limb weakness, no recent "
                        "head injury"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Blood_Pressure": "132/84 mmHg", "Heart_Rate": "78 bpm", "Temperature": "36.8 C",
                        "Respiratory_Rate": "14/min", "Oxygen_Saturation": "99% on air"},
        "Anthropometry": {"Weight": "104 kg", "Height": "165 cm", "BMI": "38.2 kg/m2"},
        "Eye_Examination": {
            "Visual_Acuity": {"Right_Eye": "6/6", "Left_Eye": "6/9, pinhole 6/9"},
            "Colour_Vision": {"Right_Eye": "Ishihara 17/17", "Left_Eye": "Ishihara 15/17"},
            "Pupils": "Equal and reactive; no relative afferent pupillary defect",
            "Visual_Fields_to_Confrontation": "Enlarged blind spots in both eyes; inferonasal constriction in the "
                                              "left eye",
            "Eye_Movements": "Limited abduction of the left eye (left sixth nerve palsy); horizontal diplopia on "
                             "left gaze; no nystagmus",
            "Fundoscopy": {
                "Right_Eye": "Papilloedema, Frisen grade 3: elevated disc with obscuration of vessels at the "
                             "margin; no haemorrhage",
                "Left_Eye": "Papilloedema, Frisen grade 3 with a flame haemorrhage at the disc margin and "
                            "cotton-wool spots",
            },
            "Spontaneous_Venous_Pulsations": "Absent in both eyes",
        },
        "Neurological_Examination": {
            "Cranial_Nerves": "Apart from the left sixth nerve palsy: facial sensation and corneal reflexes "
                              "normal, face symmetrical, hearing normal, palate and tongue normal",
            "Upper_Limbs": {"Tone": "Normal", "Power": "5/5 throughout", "Reflexes": "Normal and symmetrical",
                            "Sensation": "Normal to light touch and pin-prick"},
            "Lower_Limbs": {"Tone": "Normal, no clonus", "Power": "5/5 throughout",
                            "Reflexes": "Knee and ankle jerks present and symmetrical",
                            "Plantar_Responses": "Flexor on both sides", "Sensation": "Normal"},
            "Coordination": "Finger-nose and heel-shin tests normal; no dysdiadochokinesis",
            "Gait": "Normal; tandem walking normal; Romberg's test negative",
            "Meningism": "No neck stiffness; Kernig's sign negative",
        },
        "Skin": "Acanthosis nigricans in both axillae; acne on the face and back; no striae",
        "HIT-6_Headache_Impact_Score": "66 (severe impact)",
    },
    "Test_Results": {
        "Bloods": {
            "FBC": "Hb 124 g/L, WCC 7.6 x10^9/L, platelets 301 x10^9/L",
            "U_and_E": "Na 140 mmol/L, K 4.1 mmol/L, creatinine 64 umol/L",
            "CRP": "6 mg/L",
            "Plasma_Glucose": "5.4 mmol/L (taken at the time of the lumbar puncture)",
            "HbA1c": "41 mmol/mol",
            "Thyroid_Function_Tests": "TSH 1.9 mU/L, free T4 14 pmol/L",
            "Iron_Studies": {"Ferritin": "9 ug/L (low)", "Transferrin_Saturation": "11%"},
            "Serum_Cortisol_9am": "412 nmol/L",
        },
        "Urine_Pregnancy_Test": "Negative",
        "CT_Head": "No mass, no haemorrhage, ventricles of normal size",
        "MRI_Brain": {"Findings": "Partially empty sella; flattening of the posterior globes; distended optic "
                                  "nerve sheaths with tortuous optic nerves; no mass, no hydrocephalus, no "
                                  "tonsillar descent",
                      "Impression": "Signs of raised intracranial pressure without a cause on MRI"},
        "MR_Venography": {"Findings": "Smooth tapering stenosis of both distal transverse sinuses; no venous "
                                      "sinus thrombosis",
                          "Impression": "Bilateral transverse sinus stenosis; no thrombosis"},
        "Lumbar_Puncture": {
            "Opening_Pressure": VR("41 cm H2O (left lateral, legs extended)", "10-25 cm H2O"),
            "CSF": {"Appearance": "Clear and colourless",
                    "White_Cell_Count": "1 /mm3", "Red_Cell_Count": "3 /mm3",
                    "Protein": VR("0.17 g/L", "0.15-0.45 g/L"),
                    "Glucose": "3.3 mmol/L (CSF to plasma ratio 0.61)",
                    "Gram_Stain": "No organisms seen", "Culture": "No growth",
                    "Cytology": "No malignant cells"},
            "Closing_Pressure": "17 cm H2O after removal of 25 mL",
            "Symptoms_After_LP": "Headache eased for two days",
        },
        "Ophthalmic_Investigations": {
            "Optical_Coherence_Tomography": {"Right_Eye": "Average RNFL thickness 168 um (swollen)",
                                             "Left_Eye": "Average RNFL thickness 185 um (swollen); "
                                                         "peripapillary wrinkles"},
            "Humphrey_Visual_Fields_24-2": {"Right_Eye": "Enlarged blind spot; mean deviation -3.2 dB",
                                            "Left_Eye": "Enlarged blind spot and inferonasal step; mean "
                                                        "deviation -7.1 dB"},
            "B-Scan_Ultrasound_Left_Eye": "No buried optic disc drusen; optic nerve sheath diameter 6.6 mm with "
                                          "a positive 30-degree test",
            "Orthoptic_Assessment": "Left abduction deficit; 18 prism dioptre esotropia in the distance on left "
                                    "gaze",
        },
        "Overnight_Oximetry": "Oxygen desaturation index 17 per hour; moderate sleep-disordered breathing",
        "Friedman_Diagnostic_Criteria": "Definite IIH: papilloedema, sixth nerve palsy allowed, normal "
                                        "neurology otherwise, normal CSF, normal imaging, opening pressure "
                                        "above 25 cm H2O",
    },
    "Correct_Diagnosis": "Idiopathic intracranial hypertension with left sixth nerve palsy",
})

# 3 — obstetrics: acute fatty liver of pregnancy at 35 weeks.
# Layout: flat string general, abdominal and neurological sections with signs in text; nested obstetric
# examination; tests grouped by laboratory (Haematology / Biochemistry / Venous_Blood_Gas / Urinalysis /
# Virology) with urine bilirubin beside serum bilirubin and blood-gas lactate; a score; CTG as a function test.
CASES.append({
    "Objective_for_Doctor": "Assess a woman at 35 weeks of her first pregnancy with vomiting and yellow eyes.",
    "Patient_Actor": PA("34-year-old woman, primigravida, 35+2 weeks pregnant (singleton, male fetus)",
                        "One week of nausea, repeated vomiting and malaise with a constant ache in the upper "
                        "abdomen; very thirsty and passing a lot of urine. Her partner noticed yellow eyes two "
                        "days ago and says she has been muddled since this morning. Fetal movements slightly "
                        "reduced today.",
                        "Vomiting", ["Epigastric pain", "Jaundice", "Polydipsia", "Confusion",
                                     "Reduced fetal movements"],
                        "Nil; booking bloods and blood pressure normal; anomaly scan normal",
                        "Pharmacist; non-smoker; no alcohol in pregnancy; no recent travel",
                        "Pregnancy multivitamin; paracetamol 1 g twice in the last week",
                        "No headache, no visual disturbance, no itching, no vaginal bleeding, no leaking fluid, "
                        "no fever"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Blood_Pressure": "138/86 mmHg", "Heart_Rate": "112 bpm", "Temperature": "37.4 C",
                        "Respiratory_Rate": "22/min", "Oxygen_Saturation": "97% on air"},
        "Glasgow_Coma_Scale": "14 (E4 V4 M6)",
        "General_Examination": "Unwell, jaundiced sclerae and skin; dry mucous membranes; capillary refill "
                               "3 s; no spider naevi; no bruising or petechiae; no peripheral oedema",
        "Neurological_Examination": "Oriented to person but not to time or place; slow to answer; coarse "
                                    "flapping tremor of the outstretched hands; reflexes brisk but no clonus; "
                                    "plantars flexor; no focal deficit",
        "Cardiovascular_Examination": "Tachycardic, heart sounds normal, no murmur",
        "Respiratory_Examination": "Chest clear",
        "Abdominal_Examination": "Gravid uterus; tender in the epigastrium and right upper quadrant without "
                                 "guarding; liver not palpable; no shifting dullness detected clinically",
        "Obstetric_Examination": {
            "Symphysis-Fundal_Height": "33 cm",
            "Lie_and_Presentation": "Longitudinal lie, cephalic presentation, 3/5 palpable",
            "Uterine_Tone": "Soft and non-tender; no contractions palpable",
            "Fetal_Heart": "150 bpm on handheld Doppler",
            "Speculum_Examination": "No bleeding, no liquor draining",
            "Vaginal_Examination": "Cervix posterior, firm, 1 cm long and 1 cm dilated; head at -2 station; "
                                   "Bishop score 3",
        },
        "Urine_Output": "60 mL in the last 4 hours via catheter, dark",
    },
    "Test_Results": {
        "Haematology": {
            "Full_Blood_Count": {"Haemoglobin": "118 g/L", "White_Cell_Count": VR("21.4 x10^9/L", "6-16 x10^9/L "
                                                                                    "in the third trimester"),
                                 "Platelets": VR("92 x10^9/L", "150-400 x10^9/L")},
            "Blood_Film": "Neutrophilia; target cells; no red cell fragments",
            "Coagulation": {"Prothrombin_Time": "24 s", "INR": "2.0", "APTT": "46 s",
                            "Fibrinogen": VR("0.9 g/L", "3.5-6.5 g/L in the third trimester")},
            "Group_and_Screen": "O RhD positive; antibody screen negative",
        },
        "Biochemistry": {
            "Liver_Function_Tests": {"Bilirubin": VR("124 umol/L", "<21 umol/L"),
                                     "ALT": VR("436 U/L", "<33 U/L"), "AST": "388 U/L",
                                     "Alkaline_Phosphatase": "534 U/L (placental contribution)",
                                     "GGT": "78 U/L", "Albumin": "23 g/L"},
            "Urea_and_Electrolytes": {"Sodium": "132 mmol/L", "Potassium": "4.9 mmol/L", "Urea": "9.8 mmol/L",
                                      "Creatinine": VR("174 umol/L", "35-80 umol/L in pregnancy")},
            "Glucose": VR("2.4 mmol/L", "3.5-7.8 mmol/L"),
            "Uric_Acid": "0.64 mmol/L",
            "Ammonia": "86 umol/L",
            "Amylase": "212 U/L",
            "Serum_Bile_Acids": "26 umol/L",
            "CRP": "24 mg/L",
        },
        "Venous_Blood_Gas": {"pH": "7.28", "Bicarbonate": "15 mmol/L", "Base_Excess": "-10 mmol/L",
                             "Lactate": "4.1 mmol/L"},
        "Urinalysis": {"Dipstick": "Protein 1+, ketones 3+, bilirubin 2+, glucose negative, nitrites negative",
                       "Urine_Protein_Creatinine_Ratio": "46 mg/mmol",
                       "Midstream_Urine_Culture": "No growth"},
        "Virology": {"Hepatitis_A_IgM": "Negative", "Hepatitis_B_Surface_Antigen": "Negative",
                     "Hepatitis_C_Antibody": "Negative", "Hepatitis_E_IgM": "Negative",
                     "HSV_PCR_Blood": "Not detected"},
        "Swansea_Criteria": "13 of 14 met (vomiting, abdominal pain, polydipsia/polyuria, encephalopathy, raised "
                            "bilirubin, hypoglycaemia, raised urate, leucocytosis, ascites or bright liver on "
                            "ultrasound, raised transaminases, raised ammonia, renal impairment, coagulopathy); "
                            "no liver biopsy",
        "Ultrasound_Liver": "Diffusely echogenic ('bright') liver; small-volume ascites; no biliary dilatation; "
                            "gallbladder normal; no subcapsular haematoma; hepatic and portal veins patent",
        "Obstetric_Ultrasound": {"Fetal_Biometry": "Estimated fetal weight 2,350 g (20th centile)",
                                 "Amniotic_Fluid": "Deepest vertical pool 4.1 cm",
                                 "Umbilical_Artery_Doppler": "Normal pulsatility index; end-diastolic flow present",
                                 "Placenta": "Posterior fundal; no retroplacental clot"},
        "Cardiotocography": "Baseline 155 bpm; reduced variability (4 bpm) for 50 minutes; no accelerations; no "
                            "decelerations; no contractions",
    },
    "Correct_Diagnosis": "Acute fatty liver of pregnancy",
})

# 4 — respiratory: right epithelioid malignant pleural mesothelioma (occupational asbestos exposure).
# Layout: deeply nested per-side chest examination; grouped blood tests with serum LDH / protein / glucose beside
# the same analytes in one-sided pleural fluid; one-sided thoracic ultrasound; nested thoracoscopy (endoscopy)
# with pleural biopsy immunohistochemistry; pulmonary function tests; scales and staging.
CASES.append({
    "Objective_for_Doctor": "Assess a retired man with increasing breathlessness and right-sided chest pain.",
    "Patient_Actor": PA("68-year-old man",
                        "Four months of increasing breathlessness, now on one flight of stairs, and a dull, "
                        "constant ache in the right side of the chest that keeps him awake. 8 kg weight loss and "
                        "sweats. A right pleural effusion was drained at another hospital six weeks ago; "
                        "cytology was inconclusive and the fluid has come back.",
                        "Breathlessness", ["Right chest wall pain", "Weight loss", "Night sweats",
                                           "Dry cough"],
                        "Hypertension; gastro-oesophageal reflux", "Worked for 22 years as a pipe lagger in a "
                        "shipyard (1970s-1990s); ex-smoker, 20 pack-years, stopped 25 years ago; alcohol 8 "
                        "units a week", "Amlodipine 5 mg; omeprazole 20 mg",
                        "No haemoptysis, no fever, no leg swelling, no hoarseness, no swallowing difficulty"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Temperature": "37.1 C", "Heart_Rate": "98 bpm", "Blood_Pressure": "138/84 mmHg",
                        "Respiratory_Rate": "24/min", "Oxygen_Saturation": "92% on air"},
        "General_Inspection": "Cachectic man, breathless after undressing; no cyanosis; no Horner's syndrome",
        "Hands": {"Finger_Clubbing": "Grade 2 clubbing of the fingers", "Nicotine_Staining": "None",
                  "Asterixis": "No flap"},
        "Neck": {"Trachea": "Central despite the large right effusion",
                 "Jugular_Venous_Pressure": "Not raised",
                 "Supraclavicular_Lymph_Nodes": {"Right": "Firm 1.5 cm node", "Left": "None palpable"}},
        "Chest_Examination": {
            "Inspection": "Right hemithorax smaller and moving less; healed aspiration puncture site in the right "
                          "posterior 8th intercostal space with a firm 2 cm subcutaneous nodule beneath it",
            "Chest_Expansion": {"Right": "Markedly reduced", "Left": "Normal"},
            "Percussion": {"Right": "Stony dull from the mid-zone to the base", "Left": "Resonant"},
            "Breath_Sounds": {"Right": "Absent at the base; bronchial breathing just above the dull area",
                              "Left": "Vesicular"},
            "Vocal_Resonance": {"Right": "Absent at the base", "Left": "Normal"},
            "Added_Sounds": "No crackles, no wheeze, no pleural rub",
            "Chest_Wall_Palpation": "Tender over the right 6th to 9th ribs in the mid-axillary line",
        },
        "Cardiovascular_Examination": "Heart sounds normal; no pericardial rub; no ankle oedema",
        "Abdominal_Examination": "Soft, non-tender; no hepatomegaly; no ascites",
        "ECOG_Performance_Status": "1",
        "MRC_Dyspnoea_Scale": "Grade 3 (stops after 100 m on the level)",
    },
    "Test_Results": {
        "Blood_Tests": {
            "Full_Blood_Count": {"Haemoglobin": "121 g/L", "White_Cell_Count": "10.2 x10^9/L",
                                 "Platelets": VR("548 x10^9/L", "150-400 x10^9/L")},
            "Urea_and_Electrolytes": "Na 136 mmol/L, K 4.3 mmol/L, urea 5.1 mmol/L, creatinine 82 umol/L",
            "Liver_Function_Tests": {"Bilirubin": "9 umol/L", "ALT": "19 U/L", "Alkaline_Phosphatase": "128 U/L",
                                     "Albumin": "30 g/L"},
            "Adjusted_Calcium": "2.41 mmol/L",
            "Lactate_Dehydrogenase": VR("238 U/L", "135-225 U/L"),
            "Total_Protein": "64 g/L",
            "Glucose": "5.9 mmol/L",
            "C-Reactive_Protein": "38 mg/L",
            "Clotting_Screen": "INR 1.0, APTT 29 s",
        },
        "Right_Pleural_Fluid": {
            "Appearance": "Straw-coloured, slightly blood-stained",
            "pH": "7.29",
            "Protein": "47 g/L",
            "LDH": "612 U/L",
            "Glucose": "3.2 mmol/L",
            "Lights_Criteria": "Exudate (fluid to serum protein 0.73; fluid to serum LDH 2.6)",
            "Cell_Count": "Lymphocyte predominant",
            "Microscopy_and_Culture": "No organisms seen; no growth",
            "AFB_Smear_and_TB_Culture": "Ziehl-Neelsen negative; no mycobacteria at 6 weeks",
            "Cytology": "Atypical mesothelial cells; cannot distinguish reactive from malignant",
            "Mesothelin": "Raised (4.2 nmol/L)",
        },
        "Imaging": {
            "Chest_X-Ray": "Large right pleural effusion with lobulated pleural thickening; mediastinum not shifted; "
                           "calcified pleural plaque over the left hemidiaphragm",
            "Thoracic_Ultrasound_Right": "Large anechoic non-septated effusion with nodular thickening of the "
                                         "diaphragmatic pleura up to 12 mm",
            "CT_Thorax_with_Contrast": {
                "Findings": "Circumferential nodular right pleural thickening above 1 cm involving the mediastinal "
                            "pleura and fissures; volume loss of the right hemithorax; calcified plaques on the "
                            "left diaphragmatic pleura; no lung mass; no enlarged mediastinal nodes; soft tissue "
                            "nodule in the right chest wall at the old puncture site",
                "Impression": "Features of right malignant pleural mesothelioma with chest wall tract involvement",
            },
            "PET-CT": "FDG-avid right pleural rind (SUVmax 9.4) and right chest wall nodule; mildly avid right "
                      "supraclavicular node; no distant disease",
        },
        "Local_Anaesthetic_Thoracoscopy_Right": {
            "Findings": "1.8 L of blood-stained fluid drained; nodular, thickened parietal and diaphragmatic pleura "
                        "with grape-like nodules",
            "Pleural_Biopsy": {
                "Histology": "Epithelioid malignant mesothelioma invading the chest wall fat",
                "Immunohistochemistry": {"Calretinin": "Positive", "WT1": "Positive", "CK5_6": "Positive",
                                         "TTF-1": "Negative", "CEA": "Negative",
                                         "BAP1": "Loss of nuclear expression"},
            },
            "Talc_Poudrage": "4 g of sterile talc insufflated; 24 Fr intercostal drain left in place",
        },
        "Pulmonary_Function_Tests": {"FEV1": VR("1.58 L (58% predicted)", ">80% predicted"),
                                     "FVC": VR("2.04 L (56% predicted)", ">80% predicted"),
                                     "FEV1_FVC_Ratio": "77%", "TLCO": "52% predicted", "KCO": "96% predicted"},
        "Transthoracic_Echocardiogram": "Normal left ventricular size and function; no pericardial effusion",
        "TNM_Stage": "cT3 N2 M0, stage IIIB (IASLC 8th edition)",
    },
    "Correct_Diagnosis": "Malignant pleural mesothelioma, epithelioid, right-sided",
})


if __name__ == "__main__":
    with (HERE / "cases_en.jsonl").open("w", encoding="utf-8") as f:
        for case in CASES:
            f.write(json.dumps({"OSCE_Examination": case}, ensure_ascii=False) + "\n")
    print(len(CASES), "cases")

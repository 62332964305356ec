"""Write cases_en.jsonl: 5 new English AgentClinic OSCE cases for the newcases13 blind lookup set (part en)."""

import json
from pathlib import Path

from dxgym.evaluation.lookup_sets import osce_patient, osce_value

HERE = Path(__file__).parent


# AgentClinic's value and patient blocks are every English part's (dxgym.evaluation.lookup_sets).
VR, PA = osce_value, osce_patient


CASES = []

# 0 — haematology: primary myelofibrosis (JAK2 V617F) with acute gout of the right first MTP joint.
# Layout: flat panels straight under Test_Results (no Blood_Tests group); signs mostly inside findings text.
CASES.append({
    "Objective_for_Doctor": "Assess an older man with tiredness, early satiety and a painful right big toe.",
    "Patient_Actor": PA("71-year-old man",
                        "Eight months of tiredness, feeling full after a few mouthfuls and a dragging ache under "
                        "the left ribs; drenching night sweats, generalised itch after hot baths and 7 kg weight "
                        "loss. Two days of a hot, exquisitely painful right big toe that woke him at night.",
                        "Tiredness and early satiety", ["Left upper quadrant discomfort", "Night sweats",
                                                        "Pruritus", "Weight loss", "Painful right big toe"],
                        "Hypertension; osteoarthritis of the knees", "Retired postman; lives with his wife; "
                        "never smoked; alcohol 6 units a week", "Ramipril 5 mg; bendroflumethiazide 2.5 mg",
                        "No bleeding or bruising, no fevers, no abdominal pain after meals, no bone pain"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Temperature": "37.6 C", "Heart_Rate": "98 bpm", "Blood_Pressure": "128/76 mmHg",
                        "Respiratory_Rate": "18/min", "Oxygen_Saturation": "97% on air"},
        "General_Inspection": "Thin, pale man with temporal wasting; conjunctival pallor; no jaundice; no "
                              "bruising or petechiae",
        "Weight_and_BMI": "62 kg, BMI 20.1 (72 kg a year ago)",
        "ECOG_Performance_Status": "1 (restricted in strenuous activity, ambulatory, able to do light work)",
        "Lymph_Node_Examination": "No cervical, supraclavicular, axillary or inguinal lymphadenopathy",
        "Cardiovascular_Examination": "Pulse regular; JVP not raised; heart sounds normal with a soft ejection "
                                      "systolic flow murmur at the left sternal edge",
        "Respiratory_Examination": "Chest clear; no dullness at the bases",
        "Abdominal_Examination": {
            "Inspection": "Fullness of the left upper quadrant extending towards the umbilicus",
            "Palpation": "Firm, non-tender spleen palpable 16 cm below the left costal margin, crossing the "
                         "midline, notch felt, cannot get above it; smooth liver edge 4 cm below the right "
                         "costal margin; no other masses",
            "Percussion": "Dull over the spleen; no shifting dullness",
            "Auscultation": "Normal bowel sounds; no splenic rub",
        },
        "Feet": {"Right_First_MTP_Joint": "Hot, red, swollen and exquisitely tender; movement limited by pain",
                 "Left_First_MTP_Joint": "Normal",
                 "Tophi": "None on the ears, elbows or feet"},
        "Ankle_Oedema": "Mild pitting oedema of both ankles",
        "Skin": "Excoriations on the forearms and shins; no rash",
    },
    "Test_Results": {
        "Full_Blood_Count": {"Haemoglobin": VR("86 g/L", "130-170 g/L"), "MCV": "88 fL",
                             "White_Cell_Count": VR("14.8 x10^9/L", "4.0-11.0"), "Neutrophils": "10.9 x10^9/L",
                             "Lymphocytes": "1.6 x10^9/L", "Basophils": "0.3 x10^9/L",
                             "Platelets": VR("512 x10^9/L", "150-400")},
        "Reticulocyte_Count": "42 x10^9/L (inappropriately low for the degree of anaemia)",
        "Blood_Film": {"Red_Cells": "Teardrop poikilocytes (dacrocytes), anisopoikilocytosis and nucleated red "
                                    "cells",
                       "White_Cells": "Left shift with myelocytes and metamyelocytes; 2% circulating blasts",
                       "Platelets": "Giant and hypogranular platelets",
                       "Conclusion": "Leucoerythroblastic blood picture"},
        "Direct_Antiglobulin_Test": "Negative",
        "Renal_Profile": {"Sodium": "138 mmol/L", "Potassium": "4.6 mmol/L", "Urea": "8.1 mmol/L",
                          "Creatinine": "104 umol/L", "eGFR": "62 mL/min/1.73m2"},
        "Liver_Function_Tests": {"Bilirubin": "18 umol/L", "ALT": "22 U/L", "Alkaline_Phosphatase": "168 U/L",
                                 "Albumin": "34 g/L"},
        "Serum_Urate": VR("0.58 mmol/L", "0.20-0.43 mmol/L"),
        "Lactate_Dehydrogenase": "780 U/L",
        "Haematinics": {"Ferritin": "210 ug/L", "Vitamin_B12": "980 ng/L (raised)", "Serum_Folate": "4.1 ug/L"},
        "Coagulation_Screen": {"Prothrombin_Time": "12.8 s", "APTT": "30 s", "Fibrinogen": "3.6 g/L"},
        "Molecular_Studies": {"JAK2_V617F": "Detected, variant allele frequency 46%",
                              "CALR_Exon_9": "Not detected", "MPL_Exon_10": "Not detected",
                              "BCR-ABL1_RT-PCR": "Not detected"},
        "Right_First_MTP_Joint_Aspiration": {
            "Appearance": "Cloudy yellow fluid, 0.5 mL",
            "Synovial_Fluid": {"White_Cell_Count": "22,000 per mm3 (90% neutrophils)",
                               "Crystals": "Needle-shaped, strongly negatively birefringent monosodium urate "
                                           "crystals",
                               "Gram_Stain": "No organisms seen", "Culture": "No growth at 48 hours"},
        },
        "Bone_Marrow_Examination": {
            "Aspirate": "Dry tap",
            "Trephine_Biopsy": {"Cellularity": "Hypercellular for age (80%)",
                                "Megakaryocytes": "Increased, clustered and atypical with hyperchromatic "
                                                  "cloud-like nuclei",
                                "Reticulin_Stain": "Grade MF-3: diffuse dense reticulin with collagen fibres",
                                "CD34_Immunostain": "CD34-positive blasts 3%"},
            "Cytogenetics": "46,XY,del(20q)[8]/46,XY[12]",
        },
        "DIPSS_Plus_Score": "3 points, intermediate-2 risk (age over 65, haemoglobin below 100 g/L, "
                            "constitutional symptoms)",
        "Ultrasound_Abdomen": {"Spleen": "Homogeneous splenomegaly, 24 cm bipolar length; no infarct",
                               "Liver": "Enlarged (19 cm), normal echotexture, no focal lesion",
                               "Portal_Vein": "Patent, hepatopetal flow on Doppler",
                               "Kidneys": "Normal size, no hydronephrosis"},
        "X-Ray_Right_Foot": "Soft tissue swelling around the first MTP joint; no erosions; joint space preserved",
        "Chest_X-Ray": "Clear lungs; no effusion; heart size normal",
    },
    "Correct_Diagnosis": "Primary myelofibrosis (JAK2 V617F positive)",
})

# 1 — hepatology: HFE (C282Y homozygous) haemochromatosis with compensated cirrhosis.
# Layout: deeply nested examination groups; tests grouped by laboratory (Haematology / Biochemistry / ...).
CASES.append({
    "Objective_for_Doctor": "Assess a man referred with abnormal liver tests, painful knuckles and new diabetes.",
    "Patient_Actor": PA("52-year-old man",
                        "Two years of tiredness and aching knuckles of both hands, worse on gripping; erectile "
                        "dysfunction and low libido for a year; type 2 diabetes found on a routine check three "
                        "months ago. His GP found a raised ALT and a very high ferritin. His wife says he always "
                        "looks tanned.",
                        "Fatigue", ["Painful knuckles", "Erectile dysfunction", "New diabetes",
                                    "Abnormal liver tests"],
                        "Type 2 diabetes (3 months)", "Sales manager; alcohol 10 units a week; never smoked; "
                        "father died of 'liver cancer' at 61", "Metformin 500 mg twice daily",
                        "No jaundice, no abdominal swelling, no black stools, no confusion, no palpitations"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Temperature": "36.6 C", "Heart_Rate": "76 bpm", "Blood_Pressure": "134/82 mmHg",
                        "Respiratory_Rate": "14/min", "Oxygen_Saturation": "98% on air"},
        "General_Inspection": {"Skin_Pigmentation": "Diffuse slate-grey bronze pigmentation, most marked on "
                                                    "the face, the backs of the hands and old scars",
                               "Sclerae": "Anicteric"},
        "Peripheral_Stigmata_of_Chronic_Liver_Disease": {
            "Hands": {"Palmar_Erythema": "Present on both thenar and hypothenar eminences",
                      "Leuconychia": "Absent", "Finger_Clubbing": "Absent",
                      "Dupuytren_Contracture": "Absent", "Asterixis": "No flap"},
            "Spider_Naevi": "Three on the upper chest",
            "Gynaecomastia": "Mild, bilateral",
            "Body_Hair": "Sparse axillary and chest hair",
        },
        "Hand_Joints": {
            "Right": {"Second_MCP": "Bony swelling, tender on squeezing",
                      "Third_MCP": "Bony swelling, tender"},
            "Left": {"Second_MCP": "Bony swelling, non-tender", "Third_MCP": "Normal"},
        },
        "Abdominal_Examination": {
            "Liver": "Firm, irregular edge 3 cm below the right costal margin, non-tender",
            "Spleen": "Not palpable",
            "Ascites": "No shifting dullness, no fluid thrill",
            "Abdominal_Wall_Veins": "No caput medusae",
        },
        "Testicular_Volume": {"Right": "10 mL by orchidometer, soft", "Left": "10 mL by orchidometer, soft"},
        "Cardiovascular_Examination": {"Jugular_Venous_Pressure": "Not raised",
                                       "Heart_Sounds": "Normal, no third heart sound"},
    },
    "Test_Results": {
        "Haematology": {
            "Full_Blood_Count": {"Haemoglobin": "158 g/L", "MCV": "99 fL", "White_Cell_Count": "6.1 x10^9/L",
                                 "Platelets": VR("118 x10^9/L", "150-400")},
            "Clotting": {"INR": "1.2", "APTT": "31 s"},
        },
        "Biochemistry": {
            "Liver_Function_Tests": {"Bilirubin": VR("24 umol/L", "<21 umol/L"), "ALT": "88 U/L",
                                     "AST": "71 U/L", "Alkaline_Phosphatase": "110 U/L", "GGT": "96 U/L",
                                     "Albumin": "36 g/L"},
            "Urea_and_Electrolytes": {"Sodium": "139 mmol/L", "Potassium": "4.2 mmol/L",
                                      "Creatinine": "78 umol/L"},
            "Glucose_Metabolism": {"HbA1c": "64 mmol/mol", "Fasting_Glucose": "9.8 mmol/L"},
            "Alpha-Fetoprotein": "4 kU/L",
        },
        "Iron_Studies": {"Serum_Ferritin": VR("3,850 ug/L", "30-400 ug/L"), "Serum_Iron": "41 umol/L",
                         "Transferrin_Saturation": VR("89%", "20-50%"),
                         "Total_Iron_Binding_Capacity": "46 umol/L"},
        "HFE_Genotyping": {"C282Y": "Homozygous", "H63D": "Not detected"},
        "Endocrine": {"Testosterone": "6.2 nmol/L (low)", "LH": "1.8 IU/L (inappropriately low)",
                      "FSH": "2.1 IU/L"},
        "Liver_Aetiology_Screen": {"Hepatitis_B_Surface_Antigen": "Negative",
                                   "Hepatitis_C_Antibody": "Negative",
                                   "Liver_Autoantibodies": "ANA, anti-mitochondrial and anti-smooth muscle "
                                                           "antibodies negative",
                                   "Alpha-1_Antitrypsin": "1.4 g/L (normal)",
                                   "Caeruloplasmin": "0.28 g/L (normal)"},
        "Imaging": {
            "Liver_Ultrasound": {"Findings": "Coarse nodular liver with an irregular surface; spleen 13 cm; no "
                                             "focal lesion; patent portal vein; no ascites",
                                 "Impression": "Cirrhotic morphology with mild splenomegaly"},
            "MRI_Liver_Iron_Quantification": {"Liver_T2_Star": "1.4 ms",
                                              "Estimated_Liver_Iron_Concentration": "19 mg/g dry weight",
                                              "Pancreas": "Low T2* signal: pancreatic iron deposition"},
            "X-Ray_Both_Hands": "Hook-like osteophytes on the radial side of the right and left 2nd and 3rd "
                                "metacarpal heads; chondrocalcinosis of the triangular fibrocartilage",
        },
        "Transient_Elastography": "Liver stiffness 18.6 kPa (IQR/median 12%), consistent with cirrhosis",
        "Echocardiogram": "Normal LV size, ejection fraction 60%; no restrictive filling",
        "Procedures": {
            "Liver_Biopsy": {"Histology": "Micronodular cirrhosis (METAVIR F4) with heavy hepatocellular iron in "
                                          "a periportal-to-centrilobular gradient",
                             "Perls_Stain": "Grade 4 iron in hepatocytes, little in Kupffer cells",
                             "Hepatic_Iron_Concentration": "312 umol/g dry weight",
                             "Hepatic_Iron_Index": "6.0"},
            "Oesophagogastroduodenoscopy": {"Oesophagus": "Two columns of grade 1 oesophageal varices, no red "
                                                          "signs",
                                            "Stomach": "Mild portal hypertensive gastropathy",
                                            "Duodenum": "Normal"},
        },
        "Scores": {"Child-Pugh": "Class A (5 points)", "MELD": "10"},
    },
    "Correct_Diagnosis": "HFE haemochromatosis (C282Y homozygous) with compensated cirrhosis",
})

# 2 — infectious disease: brucellar L4-L5 spondylodiscitis with right epididymo-orchitis.
# Layout: mixed; abdomen as one findings string; per-side SLR, ankle jerks, testes, scrotal ultrasound.
CASES.append({
    "Objective_for_Doctor": "Assess a man with ten weeks of low back pain, sweats and a swollen right testis.",
    "Patient_Actor": PA("46-year-old man",
                        "Ten weeks of constant low back pain that wakes him at night, evening fevers with "
                        "drenching sweats and 6 kg weight loss; pain now shoots down the back of the right leg. "
                        "A painful swollen right testicle for a week. Spent the summer on the family's farm in "
                        "rural eastern Turkey, drinking raw goat's milk and eating fresh white cheese.",
                        "Low back pain", ["Fevers and night sweats", "Weight loss", "Right sciatica",
                                          "Right testicular pain", "Joint aches"],
                        "None", "Restaurant owner; smokes 10 cigarettes a day; alcohol rarely; married",
                        "Ibuprofen 400 mg three times daily",
                        "No cough, no urinary symptoms, no urethral discharge, no bladder or bowel change, "
                        "no saddle numbness"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Temperature": "38.3 C (evening)", "Heart_Rate": "104 bpm",
                        "Blood_Pressure": "126/78 mmHg", "Respiratory_Rate": "18/min",
                        "Oxygen_Saturation": "98% on air"},
        "General_Appearance": "Sweaty and tired-looking; no pallor; no jaundice; no rash",
        "Spine_Examination": {
            "Inspection": "Loss of lumbar lordosis with paraspinal muscle spasm",
            "Palpation": "Point tenderness and percussion tenderness over the L4 and L5 spinous processes",
            "Range_of_Movement": "Lumbar flexion severely limited by pain; modified Schober 2 cm",
            "Straight_Leg_Raise": {"Right": "Positive at 40 degrees, pain radiating to the right calf",
                                   "Left": "Negative to 80 degrees"},
            "Sacroiliac_Joints": "No sacroiliac tenderness; FABER test negative on both sides",
        },
        "Neurological_Examination_Lower_Limbs": {
            "Power": "5/5 except right ankle plantarflexion 4/5",
            "Reflexes": {"Knee": "Present and equal", "Ankle": {"Right": "Reduced", "Left": "Normal"}},
            "Sensation": "Reduced pinprick over the right lateral foot (S1); otherwise intact",
            "Plantar_Responses": "Flexor on both sides",
            "Perianal_Sensation_and_Anal_Tone": "Normal perianal sensation; normal anal tone on PR",
        },
        "Abdominal_Examination": "Soft, non-tender; liver edge palpable 2 cm below the costal margin; spleen tip "
                                 "palpable on deep inspiration; no renal angle tenderness",
        "Scrotal_Examination": {
            "Right_Testis": "Swollen, tender testis and epididymis with overlying erythema; pain eased by "
                            "elevation",
            "Left_Testis": "Normal",
        },
        "Lymph_Nodes": "Shotty bilateral inguinal nodes only",
        "Cardiovascular_Examination": {"Heart_Sounds": "Normal, no murmur",
                                       "Peripheral_Stigmata_of_Endocarditis": "None"},
        "Pain_Score": "Numerical rating scale 8/10 at night",
    },
    "Test_Results": {
        "Blood_Tests": {
            "Full_Blood_Count": {"Haemoglobin": "121 g/L", "White_Cell_Count": VR("5.2 x10^9/L", "4.0-11.0"),
                                 "Neutrophils": "2.6 x10^9/L", "Lymphocytes": "2.1 x10^9/L",
                                 "Platelets": "168 x10^9/L"},
            "ESR": "68 mm/h",
            "C-Reactive_Protein": VR("54 mg/L", "<5 mg/L"),
            "Liver_Function_Tests": {"ALT": "64 U/L", "AST": "52 U/L", "Alkaline_Phosphatase": "140 U/L",
                                     "Bilirubin": "12 umol/L"},
            "Renal_Function": {"Urea": "5.2 mmol/L", "Creatinine": "84 umol/L"},
            "HbA1c": "38 mmol/mol",
            "HIV_Antigen_Antibody_Test": "Negative",
        },
        "Microbiology": {
            "Blood_Cultures": {"Set_1": "Small Gram-negative coccobacilli after 5 days of extended incubation, "
                                        "identified as Brucella melitensis (laboratory alerted, handled at "
                                        "containment level 3)",
                               "Set_2": "No growth at 21 days"},
            "Brucella_Serology": {"Rose_Bengal_Test": "Positive",
                                  "Standard_Agglutination_Test": VR("1:640", "<1:160"),
                                  "Brucella_Coombs_Test": "1:2560"},
            "Interferon-Gamma_Release_Assay": "Negative",
            "Urine_Culture": "No growth",
        },
        "Lumbar_Spine_X-Ray": "Loss of L4-L5 disc height with erosion of the anterior superior endplate of L5",
        "MRI_Lumbar_Spine_with_Gadolinium": {
            "Findings": "Low T1 and high T2 signal in the L4 and L5 vertebral bodies and the intervening disc "
                        "with enhancement; small anterior epidural phlegmon without compression of the cauda "
                        "equina; no psoas abscess; vertebral body height preserved",
            "Impression": "L4-L5 spondylodiscitis; pattern favours brucellar over tuberculous infection",
        },
        "Scrotal_Ultrasound": {"Right": "Enlarged hyperaemic epididymis and testis on colour Doppler; small "
                                        "reactive hydrocele; no abscess",
                               "Left": "Normal testis and epididymis"},
        "Chest_X-Ray": "Clear lungs; no hilar lymphadenopathy",
        "Transthoracic_Echocardiogram": "Normal valves, no vegetation",
        "CT-Guided_Disc_Biopsy_L4-L5": {
            "Histology": "Chronic inflammation with non-caseating granulomas; no malignancy",
            "Microbiology": {"Gram_Stain": "No organisms seen",
                             "Culture": "Brucella melitensis after extended incubation",
                             "Ziehl-Neelsen_Stain": "No acid-fast bacilli",
                             "Mycobacterial_Culture": "No growth at 6 weeks",
                             "Brucella_PCR": "Positive"},
        },
    },
    "Correct_Diagnosis": "Brucellar (Brucella melitensis) L4-L5 spondylodiscitis with right epididymo-orchitis",
})

# 3 — paediatric endocrinology: McCune-Albright syndrome (peripheral precocious puberty, polyostotic fibrous
# dysplasia, cafe-au-lait macules, hyperthyroidism, FGF23 phosphate wasting).
# Layout: nested paediatric sections (growth, puberty, skin, musculoskeletal); tests grouped by topic.
CASES.append({
    "Objective_for_Doctor": "Assess a six-year-old girl with breast development, vaginal bleeding and a limp.",
    "Patient_Actor": PA("6-year-old girl",
                        "Her mother noticed breast budding at five and a half; two episodes of painless vaginal "
                        "bleeding lasting three days in the last four months. A limp on the right for six months "
                        "and a fracture of the right thigh bone after a minor fall last year. Growing out of "
                        "clothes quickly. Birthmarks on the back since infancy.",
                        "Breast development and vaginal bleeding", ["Limp", "Previous femoral fracture",
                                                                    "Rapid growth", "Birthmarks"],
                        "Fractured right femur at age 5 (fixed with a nail)",
                        "Lives with parents and a younger brother; in year 2 at school; doing well",
                        "None",
                        "No headaches, no visual problems, no weight loss, no sweating or tremor reported"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Heart_Rate": "108 bpm", "Blood_Pressure": "104/62 mmHg", "Temperature": "36.8 C",
                        "Respiratory_Rate": "20/min"},
        "Growth_Parameters": {"Height": "127 cm (above the 99th centile)", "Weight": "27 kg (91st centile)",
                              "Mid-Parental_Height": "50th centile",
                              "Height_Velocity": "9.5 cm/year over the last year"},
        "Pubertal_Assessment": {"Tanner_Stage": {"Breast": "B3", "Pubic_Hair": "PH1"},
                                "External_Genitalia": "Oestrogenised vulval mucosa; no clitoromegaly"},
        "Skin": {"Cafe-au-Lait_Macules": "Two large macules with jagged 'coast of Maine' borders on the right "
                                         "buttock and right lower back, not crossing the midline",
                 "Axillary_Freckling": "None",
                 "Acne_and_Body_Odour": "None"},
        "Musculoskeletal_Examination": {
            "Gait": "Antalgic limp on the right",
            "Thighs": {"Right": "Lateral bowing of the proximal femur; mild tenderness; healed surgical scar",
                       "Left": "Normal"},
            "Leg_Length": {"Right": "63 cm", "Left": "64.5 cm"},
            "Skull_and_Face": "Mild facial asymmetry with fullness of the left maxilla",
        },
        "Neck": {"Thyroid": "Smooth, diffuse, non-tender goitre; no bruit"},
        "Eye_Examination": {"Visual_Acuity": {"Right_Eye": "6/6", "Left_Eye": "6/6"},
                            "Visual_Fields": "Full to confrontation",
                            "Fundoscopy": "Normal optic discs"},
        "Abdominal_Examination": "Soft, no masses; liver and spleen not palpable",
    },
    "Test_Results": {
        "Endocrine_Investigations": {
            "Basal_Gonadotrophins": {"LH": "<0.1 IU/L", "FSH": "<0.1 IU/L"},
            "Oestradiol": VR("412 pmol/L", "<50 pmol/L (pre-pubertal)"),
            "GnRH_Stimulation_Test": {"Peak_LH": "0.4 IU/L", "Peak_FSH": "1.1 IU/L",
                                      "Interpretation": "Suppressed gonadotrophins: GnRH-independent (peripheral) "
                                                        "precocious puberty"},
            "Thyroid_Function_Tests": {"TSH": "<0.01 mU/L", "Free_T4": "24 pmol/L", "Free_T3": "9.8 pmol/L "
                                                                                             "(raised)"},
            "IGF-1": "Within the normal range for age",
            "Cortisol_9am": "412 nmol/L",
        },
        "Bone_and_Mineral_Profile": {
            "Calcium": "2.38 mmol/L", "Phosphate": VR("0.92 mmol/L", "1.20-1.80 mmol/L for age"),
            "Alkaline_Phosphatase": "620 U/L", "Parathyroid_Hormone": "5.1 pmol/L",
            "25-Hydroxy_Vitamin_D": "48 nmol/L", "FGF23": "165 RU/mL (raised)",
            "Urine_Phosphate": {"TmP_GFR": "0.70 mmol/L (low)", "Fractional_Excretion": "22%"},
        },
        "GNAS_Mutation_Analysis_Peripheral_Blood": "No pathogenic variant detected (low-level mosaicism not "
                                                   "excluded)",
        "Imaging": {
            "Bone_Age_X-Ray_Left_Hand_and_Wrist": "Bone age 9 years 6 months at a chronological age of 6 years "
                                                  "4 months (Greulich and Pyle)",
            "Pelvic_Ultrasound": {"Uterus": "Pubertal configuration, 4.6 cm, endometrial stripe 5 mm",
                                  "Right_Ovary": "Single 3.2 cm simple follicular cyst",
                                  "Left_Ovary": "Pre-pubertal volume, no cysts"},
            "X-Ray_Right_Femur": "Expansile ground-glass lesion of the proximal femoral shaft with a shepherd's "
                                 "crook deformity; intramedullary nail in place",
            "Technetium-99m_Bone_Scan": "Increased uptake in the right proximal femur, right hemipelvis, left "
                                        "maxilla and skull base",
            "CT_Skull_Base_and_Face": "Ground-glass fibrous dysplasia of the left maxilla and sphenoid; optic "
                                      "canals not narrowed",
            "Thyroid_Ultrasound": "Diffusely enlarged heterogeneous gland with small cystic areas; no nodule",
        },
        "Bone_Lesion_Biopsy_Right_Femur": {
            "Histology": "Irregular curvilinear woven bone trabeculae ('Chinese characters') in a fibrous stroma "
                         "without osteoblastic rimming",
            "GNAS_Mutation_Analysis": "GNAS c.601C>T (p.Arg201Cys) detected in lesional tissue",
            "Culture": "No growth",
        },
        "Echocardiogram": "Structurally normal heart; normal function",
    },
    "Correct_Diagnosis": "McCune-Albright syndrome (peripheral precocious puberty, polyostotic fibrous dysplasia, "
                         "cafe-au-lait macules, hyperthyroidism)",
})

# 4 — ENT: necrotising (malignant) otitis externa of the right ear with right facial nerve palsy.
# Layout: per-ear nested ENT examination; per-side tuning forks, corneal reflexes, feet, audiogram, tympanometry.
CASES.append({
    "Objective_for_Doctor": "Assess an older man with diabetes, six weeks of right ear pain and a facial droop.",
    "Patient_Actor": PA("74-year-old man",
                        "Six weeks of severe right ear pain, worse at night, with a foul discharge and muffled "
                        "hearing; three courses of ear drops did not help. Three days of drooping of the right "
                        "side of his face and trouble closing the right eye. Headache over the right temple.",
                        "Right ear pain", ["Right ear discharge", "Reduced hearing on the right",
                                           "Right facial droop", "Headache"],
                        "Type 2 diabetes for 20 years (poorly controlled); ischaemic heart disease; chronic "
                        "kidney disease stage 3a", "Retired farmer; lives with his wife; ex-smoker; no alcohol",
                        "Gliclazide 80 mg twice daily; metformin 1 g twice daily; aspirin 75 mg; atorvastatin "
                        "40 mg",
                        "No vertigo, no difficulty swallowing, no hoarse voice, no fevers, no weight loss"),
    "Physical_Examination_Findings": {
        "Vital_Signs": {"Temperature": "37.2 C", "Heart_Rate": "88 bpm", "Blood_Pressure": "152/88 mmHg",
                        "Respiratory_Rate": "16/min", "Capillary_Blood_Glucose": "17.4 mmol/L"},
        "Ear_Examination": {
            "Right_Ear": {"Pinna_and_Tragus": "Tragal tenderness; pain on pulling the pinna",
                          "External_Auditory_Canal": "Oedematous canal with granulation tissue on the floor at "
                                                     "the bony-cartilaginous junction; purulent discharge",
                          "Tympanic_Membrane": "Not visualised because of canal oedema",
                          "Mastoid": "Mildly tender, no fluctuance"},
            "Left_Ear": {"Pinna_and_Tragus": "Normal", "External_Auditory_Canal": "Some wax, otherwise normal",
                         "Tympanic_Membrane": "Intact and normal"},
        },
        "Tuning_Fork_Tests": {"Rinne": {"Right": "Negative (bone conduction louder)", "Left": "Positive"},
                              "Weber": "Lateralises to the right"},
        "Cranial_Nerve_Examination": {
            "Facial_Nerve": "Right lower motor neurone facial weakness involving the forehead; incomplete right "
                            "eye closure with Bell's phenomenon",
            "House-Brackmann_Grade": "Grade IV on the right",
            "Corneal_Reflex": {"Right": "Reduced (weak blink)", "Left": "Normal"},
            "Glossopharyngeal_and_Vagus": "Palate elevates symmetrically; gag reflex present",
            "Hypoglossal": "Tongue protrudes in the midline",
            "Other_Cranial_Nerves": "Trigeminal sensation, abducens and accessory normal",
        },
        "Neck": "Tender 1.5 cm right level II lymph node; no parotid mass",
        "Oral_Cavity": "Poor dentition; no mucosal lesions",
        "Diabetic_Foot_Examination": {"Right": "Reduced monofilament sensation over the toes; pulses palpable; "
                                               "no ulcers",
                                      "Left": "Reduced monofilament sensation over the toes; pulses palpable; "
                                              "no ulcers"},
    },
    "Test_Results": {
        "Bloods": {
            "FBC": {"Haemoglobin": "126 g/L", "White_Cell_Count": VR("10.8 x10^9/L", "4.0-11.0"),
                    "Neutrophils": "8.4 x10^9/L", "Platelets": "402 x10^9/L"},
            "CRP": "38 mg/L",
            "ESR": VR("96 mm/h", "<20 mm/h"),
            "U_and_E": {"Sodium": "134 mmol/L", "Potassium": "5.0 mmol/L", "Creatinine": "128 umol/L"},
            "LFTs": {"ALT": "24 U/L", "Alkaline_Phosphatase": "102 U/L", "Bilirubin": "9 umol/L"},
            "HbA1c": VR("98 mmol/mol", "<48 mmol/mol"),
            "Random_Glucose": "16.2 mmol/L",
        },
        "Microbiology": {
            "Right_Ear_Swab": "Pseudomonas aeruginosa, sensitive to ciprofloxacin, ceftazidime and "
                              "piperacillin-tazobactam",
            "Blood_Cultures": "No growth at 5 days",
        },
        "Urine_Dipstick": "Glucose 3+, ketones negative, protein 1+",
        "Granulation_Tissue_Biopsy_Right_Ear_Canal": {
            "Histology": "Acute and chronic inflammation with necrotic debris; no squamous cell carcinoma",
            "Tissue_Culture": "Pseudomonas aeruginosa",
            "Fungal_Culture": "No growth",
        },
        "Audiology": {
            "Pure_Tone_Audiogram": {"Right": "Moderate conductive hearing loss, air-bone gap 30 dB",
                                    "Left": "Mild high-frequency sensorineural loss in keeping with age"},
            "Tympanometry": {"Right": "Not possible because of canal oedema", "Left": "Type A"},
        },
        "Flexible_Nasendoscopy": "Postnasal space clear; vocal cords mobile; no mucosal lesion",
        "CT_Temporal_Bones": {
            "Findings": "Soft tissue thickening of the right external auditory canal with erosion of the canal "
                        "floor and tympanic bone; opacified right mastoid air cells; soft tissue extending to "
                        "the stylomastoid foramen; left side normal",
            "Impression": "Right necrotising otitis externa with early skull base involvement",
        },
        "MRI_Skull_Base_with_Gadolinium": {
            "Findings": "Enhancing soft tissue in the right subtemporal and infratemporal region with marrow "
                        "oedema of the right mandibular condyle; no abscess; no intracranial extension; "
                        "sigmoid sinus patent",
            "Impression": "Skull base osteomyelitis secondary to right necrotising otitis externa",
        },
        "Technetium-99m_Bone_Scan": "Increased uptake in the right temporal bone",
    },
    "Correct_Diagnosis": "Necrotising (malignant) otitis externa of the right ear with right facial nerve palsy",
})


if __name__ == "__main__":
    with (HERE / "cases_en.jsonl").open("w", encoding="utf-8") as f:
        for case in CASES:
            f.write(json.dumps({"OSCE_Examination": case}, ensure_ascii=False) + "\n")
    print(len(CASES), "cases")

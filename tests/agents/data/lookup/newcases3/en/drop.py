"""Rows trimmed from the first draft of make_lookup.py (to ~25 requests per case)."""

DROPPED = [
    ("penile doppler US", [T + "Penile_Doppler_Ultrasound"], "imaging"),
    ("palpate the testes", [GU + "Testes"], "manoeuvre"),
    ("urine drug screen", [LT + "Urine_Toxicology_Screen"], "panel"),
    ("haptoglobin", [], "near_miss"),
    ("眼压", [OE + "Intraocular_Pressure"], "manoeuvre"),
    ("B-scan ultrasound", [T + "Ocular_Ultrasound_B_Scan"], "imaging"),
    ("urine dip for blood", [T + "Urinalysis/Dipstick/Blood"], "analyte"),
    ("cap refill", [RL + "Capillary_Refill"], "abbreviation"),
    ("measured serum osmolality", [T + "Osmolality/Serum_Osmolality_Measured"], "analyte"),
    ("ethylene glycol level", [T + "Toxicology/Serum_Ethylene_Glycol"], "analyte"),
    ("fundoscopy", [P + "Eye_Examination/Fundoscopy"], "manoeuvre"),
    ("GCS", [NE + "Glasgow_Coma_Scale"], "abbreviation"),
    ("mast cell tryptase", [T + "Serum_Tryptase"], "analyte"),
    ("CT abdo pelvis", [T + "Imaging/CT_Abdomen_and_Pelvis_with_Contrast"], "imaging"),
    ("FBC", [T + "Blood_Tests/Complete_Blood_Count"], "abbreviation"),
    ("popliteal pulse", [PV + "Pulses/Popliteal"], "manoeuvre"),
    ("auscultate the heart", [P + "Cardiovascular_Examination/Heart_Sounds"], "manoeuvre"),
    ("trop", [BL + "Troponin_T"], "abbreviation"),
]

"""English diagnosis names read by their structure, not by a list of names (verifier round 6).

Clinicians name one organ two ways: by the noun ("kidney stone", "liver abscess") or by its Latin or
Greek adjective ("renal calculus", "hepatic abscess"); an inflammation by the organ's -itis word
("pancreatitis") or in plain words ("inflammation of the pancreas", "inflamed appendix"). `canonical`
reads a normalised name (`names.normalise_name`) one way: every anatomical adjective as its organ's
noun, a few plain synonyms as one word (infarct / infarction, calculus / stone, bleeding /
hemorrhage), and "inflammation of the ORGAN" as the organ's -itis word. Both sides of a comparison are
read the same way, so a rewording by structure matches and nothing else changes: two names that
differ in any other word still differ.

Sources: the adjectives are the English adjectival forms of Terminologia Anatomica's organ names as
medical dictionaries give them (Dorland's, Stedman's: renal "pertaining to the kidney"); the -itis
words are the standard combining forms of medical terminology (hepat-, nephr-, gastr-, cholecyst- ...;
e.g. Chabner, *The Language of Medicine*). Left out on purpose: adjectives with two organs
("cervical": neck or cervix; "cystic": a cyst or the bladder; "spinal": spine or spinal cord),
adjectives that name a condition of their own ("nephrotic", "hepatocellular", "coronary"), and "heart"
alone for -itis (carditis is rheumatic carditis, not myocarditis or pericarditis).
"""

from __future__ import annotations

import re

from dxgym.emr_fixtures.answer_memos import answer_memo

# anatomical adjective (normalised) -> the organ's noun (normalised)
ANATOMY_ADJECTIVES: dict[str, str] = {
    "renal": "kidney", "hepatic": "liver", "cardiac": "heart", "pulmonary": "lung", "gastric": "stomach",
    "cerebral": "brain", "cutaneous": "skin", "dermal": "skin", "splenic": "spleen", "pancreatic": "pancreas",
    "rectal": "rectum", "colonic": "colon", "intestinal": "intestine",
    "esophageal": "esophagus", "duodenal": "duodenum", "ileal": "ileum", "jejunal": "jejunum", "cecal": "cecum",
    "appendiceal": "appendix", "anal": "anus", "ovarian": "ovary", "uterine": "uterus", "testicular": "testis",
    "testicle": "testis", "prostatic": "prostate", "vaginal": "vagina", "vulvar": "vulva", "vulval": "vulva",
    "mammary": "breast", "nasal": "nose", "laryngeal": "larynx", "pharyngeal": "pharynx", "tracheal": "trachea",
    "bronchial": "bronchus", "pleural": "pleura", "pericardial": "pericardium", "myocardial": "myocardium",
    "endocardial": "endocardium", "aortic": "aorta", "arterial": "artery", "venous": "vein", "ocular": "eye",
    "retinal": "retina", "corneal": "cornea", "conjunctival": "conjunctiva", "urethral": "urethra",
    "ureteral": "ureter", "ureteric": "ureter", "vesical": "bladder", "placental": "placenta",
    "gingival": "gum", "gingiva": "gum", "lingual": "tongue", "osseous": "bone", "femoral": "femur",
    "tibial": "tibia", "humeral": "humerus", "ulnar": "ulna", "fibular": "fibula", "clavicular": "clavicle",
    "patellar": "patella", "pelvic": "pelvis", "abdominal": "abdomen",
    "meningeal": "meninge", "oral": "mouth", "dental": "tooth", "teeth": "tooth", "vertebral": "vertebra",
    "axillary": "axilla", "inguinal": "groin", "umbilical": "umbilicus", "muscular": "muscle",
    "antral": "antrum", "tonsillar": "tonsil", "adenoidal": "adenoid", "thymic": "thymus",
}
# one word for a few plain synonyms (dictionary synonyms, not kinds; extradural is the British epidural)
PLAIN_SYNONYMS: dict[str, str] = {
    "infarct": "infarction", "calculus": "stone", "calculi": "stone", "calculous": "stone", "bleeding": "hemorrhage",
    "bleed": "hemorrhage", "haemorrhage": "hemorrhage", "extradural": "epidural", "ethanol": "alcohol",
}
# combining forms that join two organs in one adjective ("bronchopulmonary" = bronchial and pulmonary,
# "gastroesophageal" = gastric and esophageal): the organs' nouns, read as two words
COMBINING_FORMS: dict[str, str] = {
    "broncho": "bronchus", "cardio": "heart", "gastro": "stomach", "esophago": "esophagus", "hepato": "liver",
    "vesico": "bladder", "ileo": "ileum", "recto": "rectum", "colo": "colon", "tracheo": "trachea",
    "pleuro": "pleura", "pancreatico": "pancreas", "entero": "intestine", "nephro": "kidney", "uretero": "ureter",
    "utero": "uterus", "duodeno": "duodenum", "spleno": "spleen", "cerebro": "brain",
}
_COMBINED = re.compile(r"^(" + "|".join(sorted(COMBINING_FORMS, key=len, reverse=True)) + r")([a-z]{4,})$")


def _organ_words(word: str) -> str:
    """One word read as organ nouns: an adjective ("renal" -> kidney), or two organs joined by a
    combining form ("bronchopulmonary" -> "bronchus lung", "gastroesophageal" -> "stomach esophagus")."""
    word = PLAIN_SYNONYMS.get(word, ANATOMY_ADJECTIVES.get(word, word))
    joined = _COMBINED.match(word)
    if joined and joined.group(2) in ANATOMY_ADJECTIVES:
        return f"{COMBINING_FORMS[joined.group(1)]} {ANATOMY_ADJECTIVES[joined.group(2)]}"
    return word
# the organ (canonical noun, possibly two words) -> its inflammation's -itis word
ITIS: dict[str, str] = {
    "liver": "hepatitis", "kidney": "nephritis", "stomach": "gastritis", "pancreas": "pancreatitis",
    "appendix": "appendicitis", "gallbladder": "cholecystitis", "colon": "colitis", "pericardium": "pericarditis",
    "myocardium": "myocarditis", "heart muscle": "myocarditis", "endocardium": "endocarditis",
    "brain": "encephalitis", "meninge": "meningitis", "spinal cord": "myelitis", "skin": "dermatitis",
    "joint": "arthritis", "bladder": "cystitis", "urinary bladder": "cystitis", "prostate": "prostatitis",
    "tonsil": "tonsillitis", "sinus": "sinusitis", "vein": "phlebitis", "blood vessel": "vasculitis",
    "tendon": "tendinitis", "cornea": "keratitis", "conjunctiva": "conjunctivitis", "middle ear": "otitis media",
    "nerve": "neuritis", "pleura": "pleuritis", "bronchus": "bronchitis", "bronchiole": "bronchiolitis",
    "larynx": "laryngitis", "pharynx": "pharyngitis", "esophagus": "esophagitis", "duodenum": "duodenitis",
    "ileum": "ileitis", "rectum": "proctitis", "endometrium": "endometritis", "vagina": "vaginitis",
    "vulva": "vulvitis", "breast": "mastitis", "epididymis": "epididymitis", "testis": "orchitis",
    "iris": "iritis", "uvea": "uveitis", "retina": "retinitis", "thyroid": "thyroiditis", "thyroid gland": "thyroiditis",
    "gum": "gingivitis", "bursa": "bursitis", "muscle": "myositis", "bile duct": "cholangitis",
    "urethra": "urethritis", "cervix": "cervicitis", "small intestine": "enteritis", "sclera": "scleritis",
    "eyelid": "blepharitis", "lymph node": "lymphadenitis", "artery": "arteritis", "aorta": "aortitis",
    "epiglottis": "epiglottitis", "trachea": "tracheitis", "mastoid": "mastoiditis", "parotid gland": "parotitis",
    "fascia": "fasciitis", "synovium": "synovitis", "peritoneum": "peritonitis", "fallopian tube": "salpingitis",
    "ovary": "oophoritis", "umbilicus": "omphalitis", "diverticulum": "diverticulitis", "lung": "pneumonitis",
    "spine": "spondylitis", "vertebra": "spondylitis", "optic nerve": "optic neuritis",
}
# every organ noun `canonical` reads to: an answer that adds one names another place or structure
# ("torsion of the appendix testis" is not a testicular torsion)
ORGANS: frozenset[str] = frozenset(ANATOMY_ADJECTIVES.values()) | frozenset(o for o in ITIS if " " not in o)
_ORGANS = "|".join(sorted((re.escape(o) for o in ITIS), key=len, reverse=True))
_INFLAMMATION = re.compile(
    rf"\binflammation (?:of|in) (?:the )?({_ORGANS})\b|\binflamed ({_ORGANS})\b|\b({_ORGANS}) inflammation\b"
)


@answer_memo()
def canonical(key: str) -> str:
    """A normalised English name read one way: organ nouns for their adjectives, one word for plain
    synonyms, "inflammation of the ORGAN" as its -itis word ("acute inflammation of the pancreas" ->
    "acute pancreatitis"; "renal infarct" -> "kidney infarction")."""
    if not key or not key.isascii():
        return key
    key = key.replace("gall bladder", "gallbladder")
    words = [_organ_words(w) for w in key.split()]
    out = " ".join(words)
    if "inflam" in out:
        out = _INFLAMMATION.sub(lambda m: ITIS[next(g for g in m.groups() if g)], out)
    return out


# a genus initial before a Latin species epithet (aureus, coli, pneumoniae, difficile, jirovecii, albicans),
# not a letter that names a type, group or virus (type A aortic, group B streptococcus, hepatitis B, vitamin B)
_GENUS_INITIAL = re.compile(
    r"(?:^|(?<= ))(?<!type )(?<!group )(?<!hepatitis )(?<!vitamin )(?<!factor )(?<!class )(?<!stage )(?<!grade )"
    r"([a-z]) ([a-z]{3,}(?:us|ae|ii|i|is|um|a|es|e|ans|ens|an|en))\b(?! virus)")


@answer_memo()
def genus_spelt_out(key: str, other: str) -> str:
    """An organism's genus written as its initial ("s aureus" in "s aureus bacteremia", from "S. aureus")
    spelt out as `other` spells it: the same species word after a genus with that initial ("staphylococcus
    aureus"). Binomial nomenclature, not a list: "s pneumoniae" is never klebsiella pneumoniae."""
    if " " not in key or not _GENUS_INITIAL.search(key):
        return key

    def spell(match: re.Match[str]) -> str:
        genus = re.search(rf"\b({match.group(1)}[a-z]{{3,}}) {match.group(2)}\b", other)
        return f"{genus.group(1)} {match.group(2)}" if genus else match.group(0)

    return _GENUS_INITIAL.sub(spell, key)


# A karyotype written in ISCN notation names its chromosomal disorder (ICD-10-CM chapter 17's own titles:
# Q96.0 "Karyotype 45, X", Q98.0 "Klinefelter syndrome karyotype 47, XXY", Q97.0 "Karyotype 47, XXX",
# Q98.5 "Karyotype 47, XYY", Q90 trisomy 21, Q91.3 trisomy 18, Q91.7 trisomy 13). Only whole karyotypes
# of one line (no mosaic "/"), and only these.
KARYOTYPE = re.compile(r"(?<![\w,])(4[5-8])\s*,\s*(XO|X{1,3}Y{0,2})(?:\s*,\s*\+\s*(1[38]|21))?(?![\w,+])", re.IGNORECASE)
# the same karyotype as `protect_karyotype` writes it
_PROTECTED = re.compile(r"(4[5-8]) (XO|X{1,3}Y{0,2})(?: trisomy (1[38]|21))?", re.IGNORECASE)
_KARYOTYPE_NAMES = {("45", "X", None): "Turner syndrome", ("45", "XO", None): "Turner syndrome",
                    ("47", "XXY", None): "Klinefelter syndrome", ("47", "XXX", None): "Trisomy X",
                    ("47", "XYY", None): "Karyotype 47, XYY"}
_TRISOMIES = {"21": "Down syndrome", "18": "Edwards syndrome", "13": "Patau syndrome"}


def karyotype_name(text: str) -> str | None:
    """The disorder a karyotype answer names ("47,XXY" -> Klinefelter syndrome; "47,XY,+21" -> Down
    syndrome), the word "karyotype" allowed around it; None for anything else."""
    rest = re.sub(r"(?i)\bkaryotype\b|[()（）]", " ", text).strip()
    match = KARYOTYPE.fullmatch(rest) or _PROTECTED.fullmatch(re.sub(r"\s+", " ", rest))
    if not match:
        return None
    count, sex, extra = match.group(1), match.group(2).upper(), match.group(3)
    if extra:
        return _TRISOMIES[extra] if count == "47" and sex in ("XX", "XY") else None
    return _KARYOTYPE_NAMES.get((count, sex, None))


def protect_karyotype(text: str) -> str:
    """A karyotype's commas are no list: "47,XXY" is written "47 XXY" before an answer is split."""
    return KARYOTYPE.sub(lambda m: f"{m.group(1)} {m.group(2)}" + (f" trisomy {m.group(3)}" if m.group(3) else ""), text)

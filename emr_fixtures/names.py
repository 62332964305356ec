"""Diagnosis-name normalisation shared by coding, the curated table and the verifier.

Its own module so that `coding` and `diagnosis_terms` import it one way (neither imports the other
to normalise a name).
"""

from __future__ import annotations

import re
import unicodedata

from dxgym.emr_fixtures.answer_memos import answer_memo

# British -> American spellings, applied to word stems (both sides get the same treatment).
_SPELLING: tuple[tuple[str, str], ...] = (
    ("haem", "hem"),
    ("anaem", "anem"),
    ("aem", "em"),  # leukaemia, septicaemia, ischaemia, hyperaemia
    ("oedem", "edem"),
    ("oesoph", "esoph"),
    ("oestr", "estr"),
    ("foet", "fet"),
    ("diarrhoe", "diarrhe"),
    ("gonorrhoe", "gonorrhe"),
    ("paed", "ped"),
    ("orthopaed", "orthoped"),
    ("aetiol", "etiol"),
    ("caec", "cec"),
    ("coeliac", "celiac"),
    ("tumour", "tumor"),
    ("sulph", "sulf"),
    ("fibre", "fiber"),
    ("centre", "center"),
    ("dyspnoe", "dyspne"),
    ("apnoe", "apne"),
)
# International drug names -> US names, whole words (paracetamol overdose = acetaminophen overdose),
# and the words for a drug's poisoning -> "poisoning".
_DRUG_NAMES = {
    "paracetamol": "acetaminophen",
    "adrenaline": "epinephrine",
    "noradrenaline": "norepinephrine",
    "salbutamol": "albuterol",
    "frusemide": "furosemide",
    "lignocaine": "lidocaine",
    "pethidine": "meperidine",
    "glibenclamide": "glyburide",
    "ciclosporin": "cyclosporine",
    "aciclovir": "acyclovir",
    "amfetamine": "amphetamine",
    "lisdexamphetamine": "lisdexamfetamine",
    "tylenol": "acetaminophen",  # the brand as clinicians say it ("Tylenol overdose")
    # A drug's poisoning by any of its names: ICD-10-CM's "poisoning by" includes overdose, and
    # clinicians write "digoxin toxicity" for it (not "intoxication": alcohol or water intoxication
    # are other conditions).
    "toxicity": "poisoning",
    "overdose": "poisoning",
}
_DRUG_RE = re.compile(r"\b(" + "|".join(_DRUG_NAMES) + r")\b")
_SPELLING_RE = re.compile("|".join(re.escape(a) for a, _ in _SPELLING))
_SPELLING_MAP = dict(_SPELLING)
# A hyphenated prefix is glued to its word so "non-small cell" never contains "small cell".
_PREFIX_RE = re.compile(r"\b(non|anti|pseudo|post|pre|para|peri|hyper|hypo|sub|intra|inter|extra|poly|multi)\s*-\s*")
_NO_SINGULAR = frozenset(
    "diabetes herpes measles mumps rabies scabies caries ascites series species feces nares pes tabes "
    "pubes rickets shingles hives aids sepsis status mellitus tetanus lupus pemphigus nevus".split()
)


# Greek plurals of -sis words: "bronchiectases" is the plural of "bronchiectasis", "stenoses" of
# "stenosis". Only these endings: "diseases" or "doses" are English plurals of -se words.
_GREEK_PLURAL = re.compile(r"(ectas|stas|ias|tos|ros|nos|bos|chos|lys|phys)es$")
_GREEK_PLURAL_EXCEPT = frozenset({"cases", "bases", "phases", "doses", "noses", "hoses", "roses", "losses"})


def _singular(token: str) -> str:
    """Conservative singular: 'hemorrhoids' -> 'hemorrhoid', 'allergies' -> 'allergy'."""
    if len(token) < 4 or token in _NO_SINGULAR or not token.isalpha():
        return token
    if len(token) > 7 and token not in _GREEK_PLURAL_EXCEPT and _GREEK_PLURAL.search(token):
        return token[:-2] + "is"
    if token.endswith("ies") and len(token) > 5:
        return token[:-3] + "y"
    if token.endswith("s") and not token.endswith(("ss", "us", "is", "as", "ys", "os")):
        return token[:-1]
    return token


# Greek letters spelt out: "β-thalassemia" is "beta-thalassemia", "α1-antitrypsin" "alpha1-antitrypsin".
_GREEK = str.maketrans({"α": "alpha ", "β": "beta ", "γ": "gamma ", "δ": "delta ", "κ": "kappa ", "λ": "lambda "})


@answer_memo()
def normalise_name(text: str) -> str:
    """Lower-case, ASCII-fold, American spelling, singular words, no punctuation or possessives."""
    text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("‘", "'")
    text = text.translate(_GREEK)
    text = "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    ).lower()
    text = re.sub(r"'s\b", "", text)
    text = _PREFIX_RE.sub(r"\1", text)
    text = _DRUG_RE.sub(lambda m: _DRUG_NAMES[m.group(1)], text)
    text = _SPELLING_RE.sub(lambda m: _SPELLING_MAP[m.group(0)], text)
    text = re.sub(r"[^\w\s]|_", " ", text)
    return " ".join(_singular(t) for t in text.split())

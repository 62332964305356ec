"""ICD-9-CM codes: dotted form and the specialty of their chapter (DESIGN: specialty by ICD-9 code ranges).

MIMIC-IV codes half its admissions in ICD-9-CM; no ICD-9 -> ICD-10 map is available offline, so the
specialty comes from the ICD-9 chapter directly.
"""

from __future__ import annotations

# (first, last) three-digit numeric ranges -> the same short specialty names as ICD-10 chapters
_RANGES: tuple[tuple[int, int, str], ...] = (
    (1, 139, "infectious disease"),
    (140, 239, "oncology"),
    (240, 279, "endocrinology"),
    (280, 289, "hematology"),
    (290, 319, "psychiatry"),
    (320, 359, "neurology"),
    (360, 379, "ophthalmology"),
    (380, 389, "otolaryngology"),
    (390, 459, "cardiology"),
    (460, 519, "pulmonology"),
    (520, 579, "gastroenterology"),
    (580, 629, "nephrology"),
    (630, 679, "obstetrics"),
    (680, 709, "dermatology"),
    (710, 739, "rheumatology"),
    (740, 759, "congenital"),
    (760, 779, "neonatology"),
    (780, 799, "symptoms"),
    (800, 999, "injury"),
)


def dotted_icd9(code: str) -> str:
    """'4139' -> '413.9', 'E8497' -> 'E849.7', 'V707' -> 'V70.7' (MIMIC stores codes undotted)."""
    code = code.strip().replace(".", "")
    head = 4 if code.startswith("E") else 3
    return f"{code[:head]}.{code[head:]}" if len(code) > head else code


def dotted_icd10(code: str) -> str:
    """'I214' -> 'I21.4'."""
    code = code.strip().replace(".", "")
    return f"{code[:3]}.{code[3:]}" if len(code) > 3 else code


def specialty_for_icd9(code: str | None) -> str:
    if not code:
        return "unknown"
    code = code.strip().upper()
    if code.startswith("V"):
        return "health services"
    if code.startswith("E"):
        return "external causes"
    try:
        head = int(code.replace(".", "")[:3])
    except ValueError:
        return "unknown"
    return next((name for lo, hi, name in _RANGES if lo <= head <= hi), "unknown")

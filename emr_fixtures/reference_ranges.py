"""The project's own adult reference intervals, for results whose source states none.

Synthea and many FHIR servers send values without `referenceRange` or `interpretation`; without a
range no result can be called abnormal, and EMR groups are relevant only when one is. These
intervals are common adult values written by the project (not a laboratory's validated ranges), keyed
by LOINC code in the UCUM unit the sources use; a value in another unit gets no range rather than a
wrong one. Flags derived from them are marked by `range_source="project"` in the result text.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReferenceRange:
    low: float | None
    high: float | None
    unit: str

    def text(self) -> str:
        if self.low is not None and self.high is not None:
            return f"{_num(self.low)}-{_num(self.high)} {self.unit}".strip()
        if self.low is not None:
            return f">={_num(self.low)} {self.unit}".strip()
        return f"<={_num(self.high)} {self.unit}".strip()


def _num(x: float) -> str:
    return f"{x:g}"


# LOINC -> (low, high, UCUM unit). Vital signs use the usual adult thresholds.
_TABLE: dict[str, tuple[float | None, float | None, str]] = {
    # complete blood count
    "6690-2": (4.5, 11.0, "10*3/uL"),  # leukocytes
    "789-8": (4.2, 5.9, "10*6/uL"),  # erythrocytes
    "718-7": (12.0, 17.5, "g/dL"),  # haemoglobin
    "4544-3": (36.0, 52.0, "%"),  # haematocrit
    "20570-8": (36.0, 52.0, "%"),
    "787-2": (80.0, 100.0, "fL"),  # MCV
    "785-6": (27.0, 33.0, "pg"),  # MCH
    "786-4": (32.0, 36.0, "g/dL"),  # MCHC
    "21000-5": (39.0, 46.0, "fL"),  # RDW-SD
    "777-3": (150.0, 450.0, "10*3/uL"),  # platelets
    "32623-1": (7.5, 11.5, "fL"),  # MPV
    "32207-3": (9.0, 17.0, "fL"),  # PDW
    # basic / comprehensive metabolic panel
    "2339-0": (70.0, 99.0, "mg/dL"),  # glucose
    "2345-7": (70.0, 99.0, "mg/dL"),
    "2947-0": (136.0, 145.0, "mmol/L"),  # sodium
    "2951-2": (136.0, 145.0, "mmol/L"),
    "6298-4": (3.5, 5.1, "mmol/L"),  # potassium
    "2823-3": (3.5, 5.1, "mmol/L"),
    "2069-3": (98.0, 107.0, "mmol/L"),  # chloride
    "2075-0": (98.0, 107.0, "mmol/L"),
    "20565-8": (22.0, 29.0, "mmol/L"),  # carbon dioxide
    "2028-9": (22.0, 29.0, "mmol/L"),
    "6299-2": (7.0, 20.0, "mg/dL"),  # urea nitrogen
    "3094-0": (7.0, 20.0, "mg/dL"),
    "38483-4": (0.6, 1.3, "mg/dL"),  # creatinine
    "2160-0": (0.6, 1.3, "mg/dL"),
    "49765-1": (8.5, 10.2, "mg/dL"),  # calcium
    "17861-6": (8.5, 10.2, "mg/dL"),
    "33914-3": (60.0, None, "mL/min"),  # eGFR
    "2885-2": (6.0, 8.3, "g/dL"),  # total protein
    "1751-7": (3.5, 5.0, "g/dL"),  # albumin
    "10834-0": (20.0, 35.0, "g/L"),  # globulin
    "1975-2": (0.1, 1.2, "mg/dL"),  # bilirubin total
    "6768-6": (44.0, 147.0, "U/L"),  # alkaline phosphatase
    "1742-6": (7.0, 56.0, "U/L"),  # ALT
    "1920-8": (10.0, 40.0, "U/L"),  # AST
    # lipids, diabetes
    "2093-3": (None, 200.0, "mg/dL"),  # total cholesterol
    "2571-8": (None, 150.0, "mg/dL"),  # triglycerides
    "18262-6": (None, 130.0, "mg/dL"),  # LDL
    "2085-9": (40.0, None, "mg/dL"),  # HDL
    "4548-4": (4.0, 5.6, "%"),  # HbA1c
    # cardiac
    "6598-7": (None, 0.01, "ng/mL"),  # troponin T
    "10839-9": (None, 0.04, "ng/mL"),  # troponin I
    "33762-6": (None, 125.0, "pg/mL"),  # NT-proBNP
    # vital signs
    "8480-6": (90.0, 139.0, "mm[Hg]"),  # systolic
    "8462-4": (60.0, 89.0, "mm[Hg]"),  # diastolic
    "8867-4": (60.0, 100.0, "/min"),  # heart rate
    "9279-1": (12.0, 20.0, "/min"),  # respiratory rate
    "8310-5": (36.1, 37.8, "Cel"),  # body temperature
    "8331-1": (36.1, 37.8, "Cel"),  # oral temperature
    "2708-6": (95.0, 100.0, "%"),  # oxygen saturation
    "59408-5": (95.0, 100.0, "%"),
    "39156-5": (18.5, 29.9, "kg/m2"),  # BMI: obesity, not overweight, counts as abnormal
}


def reference_range(code: str | None, unit: str | None) -> ReferenceRange | None:
    """The project's interval for a LOINC code in the given UCUM unit, or None."""
    if not code or code not in _TABLE:
        return None
    low, high, table_unit = _TABLE[code]
    if unit is not None and unit != table_unit:
        return None
    return ReferenceRange(low, high, table_unit)


def flag_for(value: float, rng: ReferenceRange) -> str:
    """'L', 'H' or 'normal' against an interval (bounds inclusive)."""
    if rng.low is not None and value < rng.low:
        return "L"
    if rng.high is not None and value > rng.high:
        return "H"
    return "normal"


ABNORMAL_FLAGS = frozenset({"H", "L", "HH", "LL", "A", "AA", "abnormal", "critical", "R", "positive", "delta"})


def is_abnormal(flag: str | None) -> bool:
    """Whether a flag (as sources and this table write them) marks a result abnormal."""
    return flag is not None and (flag in ABNORMAL_FLAGS or flag.lower() in {"abnormal", "critical", "positive"})

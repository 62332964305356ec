"""One MIMIC-IV admission's results as drafts: labevents (+ d_labitems), microbiology and `omr` vitals.

The rows arrive already joined to the admission and filtered to the time window by the scan
(`mimic_scan`), each with its charted time. Lab names are d_labitems labels ("Creatinine"; other
fluids get ", Urine" etc. so blood and urine creatinine differ); codes are itemids; blood tests go
to the lexicon's panel, urine hematology to Urinalysis, blood gases together, anything else alone.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from dxgym.emr_fixtures.importers.emr import ExamDraft, numeric_draft, value_fields
from dxgym.emr_fixtures.importers.panels import group_name, panel_for

ITEMID = "mimic-iv:itemid"
_SUSCEPTIBILITY = {"S": "susceptible", "R": "resistant", "I": "intermediate"}
_INDICES = {"H": "Hemolysis index", "I": "Icterus index", "L": "Lipemia index"}  # MIMIC labels them one letter
LabItems = dict[int, tuple[str | None, str | None, str | None]]  # itemid -> (label, fluid, category)


def iso(value: datetime | date | None) -> str | None:
    """MIMIC's own text for a time ("2180-05-06 22:23:00") or a date ("2180-05-06")."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    return value.isoformat()


@lru_cache(maxsize=65_536)
def _lab_identity(itemid: int, label: str | None, fluid: str | None, category: str | None) -> tuple[str, str]:
    """(record name, group) of an itemid: the same for every row, so worked out once."""
    label = _INDICES.get(label, label) if label else f"item {itemid}"  # type: ignore[arg-type]
    fluid, category = fluid or "", category or ""
    name = label if fluid.lower() in ("blood", "") else f"{label}, {fluid}"
    found = panel_for(ITEMID, str(itemid), label, fluid or None)
    if found:
        return name, found
    if category == "Blood Gas":
        return name, "Blood_Gas"
    if label in _INDICES.values():
        return name, "Serum_Indices"
    if fluid.lower() == "urine" and category == "Hematology":
        return name, "Urinalysis"
    return name, group_name(label if fluid.lower() in ("blood", "") else f"{label} {fluid}")


def _refined_flag(flag: str | None, value: float, low: float | None, high: float | None) -> str | None:
    """MIMIC flags only 'abnormal'; its own range says which way."""
    if flag != "abnormal":
        return flag
    if high is not None and value > high:
        return "H"
    if low is not None and value < low:
        return "L"
    return "abnormal"


def lab_drafts(rows: Iterable[tuple[Any, ...]], items: LabItems) -> list[ExamDraft]:
    """Rows: (labevent_id, itemid, charttime, value, valuenum, valueuom, ref_low, ref_high, flag, comments)."""
    drafts: list[ExamDraft] = []
    for event_id, itemid, charttime, value, valuenum, unit, low, high, flag, comments in rows:
        name, group = _lab_identity(itemid, *items.get(itemid, (None, None, None)))
        key = f"labevents/{event_id}"
        time = iso(charttime)
        if valuenum is not None:
            draft = numeric_draft(name=name, group=group, category="laboratory", source_key=key, value=valuenum,
                                  unit=unit, code=str(itemid), code_system=ITEMID, low=low, high=high,
                                  flag=_refined_flag(flag, valuenum, low, high), time=time)
        else:
            text = (value or "").strip()
            if text in ("", "___"):  # no value (or a de-identified one): the comment is the result ("NEGATIVE.")
                text = (comments or "").strip()
            if text in ("", "___"):
                continue
            draft = ExamDraft(name=name, group=group, category="laboratory", result=text, source_key=key,
                              code=str(itemid), code_system=ITEMID,
                              value=value_fields(analyte=name, value=text, unit=unit, flag=flag), time=time)
        drafts.append(draft)
    return drafts


def micro_drafts(rows: Iterable[tuple[Any, ...]]) -> list[ExamDraft]:
    """Cultures and stains: organism growth is abnormal, as is resistance to an antibiotic.

    Rows: (microevent_id, time, spec_type_desc, test_itemid, test_name, org_name, ab_itemid, ab_name,
    dilution_comparison, dilution_value, interpretation, comments).
    """
    drafts: list[ExamDraft] = []
    for event_id, when, specimen, test_id, test, org, ab_id, ab, comparison, dilution, interp, comments in rows:
        test = (test or specimen or "culture").strip()
        group = group_name(test.title())
        key = f"microbiologyevents/{event_id}"
        time = iso(when)
        if ab:
            mic = f" (MIC {(comparison or '').strip()}{dilution})" if dilution is not None else ""
            verdict = _SUSCEPTIBILITY.get(interp or "", interp or "not reported")
            name = f"{ab.title()} susceptibility, {(org or '').title()}".rstrip(", ")
            value = value_fields(analyte=name, value=interp, flag="R" if interp == "R" else None)
            drafts.append(ExamDraft(name=name, group=group, category="laboratory", result=f"{verdict}{mic}",
                                    source_key=key, code=str(ab_id) if ab_id else None,
                                    code_system="mimic-iv:ab_itemid" if ab_id else None, value=value, time=time))
            continue
        text = (org or "").strip() or (comments or "").strip()
        if not text or text == "___":
            continue
        flag = "positive" if org else None
        if specimen:
            text = f"{text} (specimen: {specimen.lower()})"
        drafts.append(ExamDraft(name=test.title(), group=group, category="laboratory", result=text, source_key=key,
                                code=str(test_id) if test_id else None,
                                code_system="mimic-iv:test_itemid" if test_id else None,
                                value=value_fields(analyte=test.title(), value=org or None, flag=flag), time=time))
    return drafts


# omr result name -> (record name, LOINC code for the project's reference range, UCUM unit)
_OMR: dict[str, tuple[str, str | None, str]] = {
    "Weight (Lbs)": ("Body weight", "29463-7", "[lb_av]"),
    "Height (Inches)": ("Body height", "8302-2", "[in_i]"),
    "BMI (kg/m2)": ("Body mass index", "39156-5", "kg/m2"),
}


def omr_drafts(subject: int, rows: Iterable[tuple[Any, ...]]) -> list[ExamDraft]:
    """Outpatient vitals charted on the window's days; blood pressure split into its two values.

    Rows: (chartdate, seq_num, result_name, result_value); `omr` records a date, not a time.
    """
    drafts: list[ExamDraft] = []
    for chartdate, seq, name, value in rows:
        day = iso(chartdate)
        base = f"omr/{subject}/{day}/{seq}/{name}"
        if name.startswith("Blood Pressure") and value and "/" in value:
            position = name.removeprefix("Blood Pressure").strip(" ()")
            suffix = f" ({position})" if position else ""
            for part, label, code in zip(value.split("/", 1), ("Systolic blood pressure", "Diastolic blood pressure"),
                                         ("8480-6", "8462-4"), strict=True):
                try:
                    number = float(part)
                except ValueError:
                    continue
                drafts.append(numeric_draft(name=label + suffix, group="Vital_Signs", category="physical_examination",
                                            source_key=f"{base}/{label.split()[0].lower()}", value=number,
                                            unit="mm[Hg]", code=code, code_system="LOINC", time=day))
            continue
        known = _OMR.get(name)
        try:
            number = float(value)
        except (TypeError, ValueError):
            continue
        label, code, unit = known if known else (name, None, "")
        drafts.append(numeric_draft(name=label, group="Vital_Signs", category="physical_examination",
                                    source_key=base, value=number, unit=unit or None, code=code,
                                    code_system="LOINC" if code else None, time=day))
    return drafts

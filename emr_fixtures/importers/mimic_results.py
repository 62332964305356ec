"""One MIMIC-IV admission's results: labevents (+ d_labitems), microbiology and `omr` vitals.

Rows are joined to the admission by hadm_id, or — when a row has none (outpatient draws) — by
subject and the admission window. Lab names are d_labitems labels ("Creatinine"; other fluids get
", Urine" etc. so blood and urine creatinine differ); codes are itemids; blood tests go to the
lexicon's panel, urine hematology to Urinalysis, blood gases together, anything else alone.
"""

from __future__ import annotations

from dxgym.emr_fixtures.importers.emr import ExamDraft, numeric_draft
from dxgym.emr_fixtures.importers.mimic_spill import Spill
from dxgym.emr_fixtures.importers.panels import group_name, panel_for
from dxgym.emr_fixtures.models import ExamValue

ITEMID = "mimic-iv:itemid"
_SUSCEPTIBILITY = {"S": "susceptible", "R": "resistant", "I": "intermediate"}


_INDICES = {"H": "Hemolysis index", "I": "Icterus index", "L": "Lipemia index"}  # MIMIC labels them one letter


def _lab_group(itemid: int, label: str, fluid: str, category: str) -> str:
    found = panel_for(ITEMID, str(itemid), label, fluid or None)
    if found:
        return found
    if category == "Blood Gas":
        return "Blood_Gas"
    if label in _INDICES.values():
        return "Serum_Indices"
    if fluid.lower() == "urine" and category == "Hematology":
        return "Urinalysis"
    return group_name(label if fluid.lower() in ("blood", "") else f"{label} {fluid}")


def _refined_flag(flag: str | None, value: float, low: float | None, high: float | None) -> str | None:
    """MIMIC flags only 'abnormal'; its own range says which way."""
    if flag != "abnormal":
        return flag
    if high is not None and value > high:
        return "H"
    if low is not None and value < low:
        return "L"
    return "abnormal"


def lab_drafts(s: Spill, subject: int, hadm: int, admit: str, disch: str) -> list[ExamDraft]:
    rows = s.query(
        "SELECT l.labevent_id, l.itemid, l.value, l.valuenum, l.valueuom, l.ref_range_lower, l.ref_range_upper, "
        "l.flag, l.comments, i.label, i.fluid, i.category FROM labevents l LEFT JOIN d_labitems i ON i.itemid = l.itemid "
        "WHERE l.hadm_id = ? OR (l.hadm_id IS NULL AND l.subject_id = ? AND l.charttime >= ? AND l.charttime <= ?) "
        "ORDER BY l.charttime, l.labevent_id", (hadm, subject, admit, disch))
    drafts: list[ExamDraft] = []
    for event_id, itemid, value, valuenum, unit, low, high, flag, comments, label, fluid, category in rows:
        label = _INDICES.get(label, label) if label else f"item {itemid}"
        fluid, category = fluid or "", category or ""
        name = label if fluid.lower() in ("blood", "") else f"{label}, {fluid}"
        group = _lab_group(itemid, label, fluid, category)
        key = f"labevents/{event_id}"
        if valuenum is not None:
            draft = numeric_draft(name=name, group=group, category="laboratory", source_key=key, value=valuenum,
                                  unit=unit, code=str(itemid), code_system=ITEMID, low=low, high=high,
                                  flag=_refined_flag(flag, valuenum, low, high))
        else:
            text = (value or "").strip() or (comments or "").strip()
            if not text or text == "___":
                continue
            drafts_value = ExamValue(analyte=name, value=text, unit=unit, flag=flag)
            draft = ExamDraft(name=name, group=group, category="laboratory", result=text, source_key=key,
                              code=str(itemid), code_system=ITEMID, value=drafts_value)
        drafts.append(draft)
    return drafts


def micro_drafts(s: Spill, subject: int, hadm: int, admit: str, disch: str) -> list[ExamDraft]:
    """Cultures and stains: organism growth is abnormal, as is resistance to an antibiotic."""
    rows = s.query(
        "SELECT microevent_id, spec_type_desc, test_itemid, test_name, org_name, ab_itemid, ab_name, "
        "dilution_comparison, dilution_value, interpretation, comments FROM microbiologyevents "
        "WHERE hadm_id = ? OR (hadm_id IS NULL AND subject_id = ? AND chartdate >= ? AND chartdate <= ?) "
        "ORDER BY charttime, microevent_id", (hadm, subject, admit[:10], disch))
    drafts: list[ExamDraft] = []
    for event_id, specimen, test_id, test, org, ab_id, ab, comparison, dilution, interp, comments in rows:
        test = (test or specimen or "culture").strip()
        group = group_name(test.title())
        key = f"microbiologyevents/{event_id}"
        if ab:
            mic = f" (MIC {(comparison or '').strip()}{dilution})" if dilution is not None else ""
            verdict = _SUSCEPTIBILITY.get(interp or "", interp or "not reported")
            result = f"{verdict}{mic}"
            name = f"{ab.title()} susceptibility, {(org or '').title()}".rstrip(", ")
            value = ExamValue(analyte=name, value=interp, flag="R" if interp == "R" else None)
            drafts.append(ExamDraft(name=name, group=group, category="laboratory", result=result, source_key=key,
                                    code=str(ab_id) if ab_id else None, code_system="mimic-iv:ab_itemid" if ab_id else None,
                                    value=value))
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
                                value=ExamValue(analyte=test.title(), value=org or None, flag=flag)))
    return drafts


# omr result name -> (record name, LOINC code for the project's reference range, UCUM unit)
_OMR: dict[str, tuple[str, str | None, str]] = {
    "Weight (Lbs)": ("Body weight", "29463-7", "[lb_av]"),
    "Height (Inches)": ("Body height", "8302-2", "[in_i]"),
    "BMI (kg/m2)": ("Body mass index", "39156-5", "kg/m2"),
}


def omr_drafts(s: Spill, subject: int, admit: str, disch: str) -> list[ExamDraft]:
    """Outpatient vitals charted during the admission; blood pressure split into its two values."""
    rows = s.query("SELECT chartdate, seq_num, result_name, result_value FROM omr WHERE subject_id = ? "
                   "AND chartdate >= ? AND chartdate <= ? ORDER BY chartdate, seq_num, result_name",
                   (subject, admit[:10], disch[:10]))
    drafts: list[ExamDraft] = []
    for chartdate, seq, name, value in rows:
        base = f"omr/{subject}/{chartdate}/{seq}/{name}"
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
                                            unit="mm[Hg]", code=code, code_system="LOINC"))
            continue
        known = _OMR.get(name)
        try:
            number = float(value)
        except (TypeError, ValueError):
            continue
        label, code, unit = known if known else (name, None, "")
        drafts.append(numeric_draft(name=label, group="Vital_Signs", category="physical_examination",
                                    source_key=base, value=number, unit=unit or None, code=code,
                                    code_system="LOINC" if code else None))
    return drafts

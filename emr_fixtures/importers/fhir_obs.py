"""FHIR Observations -> examination drafts: LOINC code, value, UCUM unit, range, flag; components flattened.

A DiagnosticReport groups its Observations into one panel; an Observation outside any report is
grouped by the lexicon's panel for its code (so CSV and bundle cases agree), vital signs together,
anything else alone.
"""

from __future__ import annotations

from typing import Any

from dxgym.emr_fixtures.importers.common import category_for_test
from dxgym.emr_fixtures.importers.emr import ExamDraft, numeric_draft
from dxgym.emr_fixtures.importers.fhir_load import Resource, ResourceSet
from dxgym.emr_fixtures.importers.panels import group_name, panel_for
from dxgym.emr_fixtures.models import Category

LOINC_URL = "http://loinc.org"
_SKIP_STATUS = {"entered-in-error", "cancelled"}
_SKIP_CATEGORY = {"social-history", "survey", "sdoh"}  # questionnaires: history, not examinations
_SKIP_CODES = {"69453-9"}  # cause of death: the answer itself, not evidence
_INTERPRETATION = {"H": "H", "HH": "HH", "L": "L", "LL": "LL", "A": "abnormal", "AA": "critical", "N": "normal",
                   "POS": "positive", "NEG": "normal", "HU": "HH", "LU": "LL", "R": "R", "S": "normal", "I": "I"}


def concept_name(concept: dict[str, Any] | None) -> str:
    if not concept:
        return ""
    if concept.get("text"):
        return str(concept["text"])
    for coding in concept.get("coding") or []:
        if coding.get("display"):
            return str(coding["display"])
    return ""


def coding(concept: dict[str, Any] | None, system_url: str) -> str | None:
    for c in (concept or {}).get("coding") or []:
        if c.get("system") == system_url and c.get("code"):
            return str(c["code"])
    return None


def _category(obs: Resource) -> str:
    for concept in obs.get("category") or []:
        for c in concept.get("coding") or []:
            if c.get("code"):
                return str(c["code"])
    return ""


def _interpretation(node: dict[str, Any]) -> str | None:
    for concept in node.get("interpretation") or []:
        for c in concept.get("coding") or []:
            if c.get("code"):
                return _INTERPRETATION.get(str(c["code"]), str(c["code"]))
    return None


def _range(node: dict[str, Any]) -> tuple[float | None, float | None, str | None]:
    for rr in node.get("referenceRange") or []:
        low = (rr.get("low") or {}).get("value")
        high = (rr.get("high") or {}).get("value")
        text = rr.get("text")
        return (float(low) if low is not None else None, float(high) if high is not None else None, text)
    return None, None, None


def _draft(node: dict[str, Any], *, name: str, group: str, category: Category, source_key: str) -> ExamDraft | None:
    code = coding(node.get("code"), LOINC_URL)
    system = "LOINC" if code else None
    flag = _interpretation(node)
    low, high, range_text = _range(node)
    if "valueQuantity" in node and node["valueQuantity"].get("value") is not None:
        q = node["valueQuantity"]
        unit = q.get("code") or q.get("unit")
        return numeric_draft(name=name, group=group, category=category, source_key=source_key,
                             value=float(q["value"]), unit=unit, code=code, code_system=system, low=low,
                             high=high, range_text=range_text, flag=flag)
    for key in ("valueInteger", "valueDecimal"):
        if node.get(key) is not None:
            return numeric_draft(name=name, group=group, category=category, source_key=source_key,
                                 value=float(node[key]), unit=None, code=code, code_system=system, low=low,
                                 high=high, range_text=range_text, flag=flag)
    text = None
    if node.get("valueCodeableConcept"):
        text = concept_name(node["valueCodeableConcept"])
    elif node.get("valueString") is not None:
        text = str(node["valueString"])
    elif node.get("valueBoolean") is not None:
        text = "positive" if node["valueBoolean"] else "negative"
    if not text:
        return None
    return ExamDraft(name=name, group=group, category=category, result=text, source_key=source_key,
                     code=code, code_system=system)


def _placement(obs: Resource, report_group: str | None) -> tuple[str, Category] | None:
    cat = _category(obs)
    name = concept_name(obs.get("code"))
    if cat in _SKIP_CATEGORY or coding(obs.get("code"), LOINC_URL) in _SKIP_CODES:
        return None
    if name.rstrip().endswith("?"):  # a questionnaire item filed under another category (Synthea CSV)
        return None
    if cat == "vital-signs":
        return "Vital_Signs", "physical_examination"
    if cat == "exam":
        return report_group or group_name(name), "physical_examination"
    loinc = coding(obs.get("code"), LOINC_URL)
    group = report_group or panel_for("LOINC" if loinc else None, loinc, name) or group_name(name)
    if cat == "imaging":
        return group, "imaging"
    if cat == "laboratory":
        return group, "laboratory"
    guessed = category_for_test(name)
    return group, guessed if guessed in ("imaging", "pathology") else "other"


def report_groups(resources: ResourceSet, reports: list[Resource]) -> dict[str, str]:
    """Observation key -> group name of the DiagnosticReport that lists it."""
    groups: dict[str, str] = {}
    for report in reports:
        code = coding(report.get("code"), LOINC_URL)
        name = concept_name(report.get("code")) or "Report"
        group = panel_for("LOINC" if code else None, code, name) or group_name(name)
        for ref in report.get("result") or []:
            key = resources.key_of(ref)
            if key:
                groups.setdefault(key, group)
    return groups


def effective_time(obs: Resource) -> str | None:
    """When an Observation was charted, as the source writes it (effective[x], else issued)."""
    for value in (obs.get("effectiveDateTime"), obs.get("effectiveInstant"),
                  (obs.get("effectivePeriod") or {}).get("start"), obs.get("issued")):
        if isinstance(value, str) and value:
            return value
    return None


def observation_drafts(obs: Resource, report_group: str | None, key: str | None = None) -> list[ExamDraft]:
    """The records of one Observation: itself, or one per component (blood pressure), with its time."""
    if obs.get("status") in _SKIP_STATUS:
        return []
    placement = _placement(obs, report_group)
    if placement is None:
        return []
    group, category = placement
    key = key or f"Observation/{obs['id']}"
    drafts: list[ExamDraft] = []
    time = effective_time(obs)
    if obs.get("component"):
        for i, comp in enumerate(obs["component"]):
            name = concept_name(comp.get("code")) or f"{concept_name(obs.get('code'))} component {i}"
            draft = _draft(comp, name=name, group=group, category=category, source_key=f"{key}/component/{i}")
            if draft:
                draft.time = time
                drafts.append(draft)
        return drafts
    draft = _draft(obs, name=concept_name(obs.get("code")) or "Observation", group=group, category=category,
                   source_key=key)
    if draft:
        draft.time = time
    return [draft] if draft else []

"""The bilingual examination lexicon shared by importers and the lookup agent.

Concepts (analytes, panels, studies, imaging modalities, body sites, specimens) with English names,
abbreviations, Chinese names, LOINC codes and panel membership, as TSV data under `data/`.
Importers call `panel_for_code` / `panel_for_name` to group panel-less labs (MIMIC-IV, Synthea) the
way DESIGN's "Examination records" asks; this package never imports `agents`.
"""

from __future__ import annotations

from dxgym.emr_fixtures.lexicon.loader import Concept, Lexicon, Term, load_lexicon, load_sign_names
from dxgym.emr_fixtures.lexicon.normalise import fold, key, tokens
from dxgym.emr_fixtures.lexicon.tagger import Span, tag

__all__ = [
    "Concept", "Lexicon", "Span", "Term", "concepts_in", "fold", "key", "load_lexicon", "load_sign_names",
    "panel_for_code", "panel_for_name", "tag", "tokens",
]

_FLUIDS = {"serum": "blood", "plasma": "blood", "whole blood": "blood", "blood (whole)": "blood",
           "cerebrospinal fluid": "csf", "joint fluid": "synovial", "synovial fluid": "synovial", "feces": "stool"}
_LOINC_SYSTEMS = {"loinc", "http://loinc.org", "urn:oid:2.16.840.1.113883.6.1"}
_ITEMID_SYSTEMS = {"mimic-iv:itemid", "mimic-iv", "mimic", "itemid", "mimic-iv:labevents"}


def concepts_in(name: str) -> tuple[str, ...]:
    """Concept ids named in `name`, in order (e.g. "Urine WBC" -> ("spec_urine", "wbc"))."""
    spans, _ = tag(tokens(name))
    return tuple(c for s in spans for c in s.concepts)


def panel_for_code(system: str | None, code: str | None) -> str | None:
    """The panel group name for a coded lab result, or None (then the test is its own group).

    `system` is "LOINC" (or its URI) or "mimic-iv:itemid"; the answer is a group name such as
    "Complete_Blood_Count", "Basic_Metabolic_Panel", "Liver_Function_Tests", "Urinalysis".
    """
    if not system or not code:
        return None
    lex = load_lexicon()
    sys_key = system.strip().lower()
    code = str(code).strip()
    if sys_key in _LOINC_SYSTEMS:
        concept, spec = lex.loinc.get(code), None
    elif sys_key in _ITEMID_SYSTEMS:
        concept, spec = lex.itemids.get(code, (None, None))
    else:
        return None
    return _panel_of(lex, concept, spec) if concept else None


def _panel_of(lex: Lexicon, cid: str, spec: str | None) -> str | None:
    """The grouping panel of a concept for a specimen (WBC in urine -> Urinalysis, in blood -> CBC)."""
    c = lex.concepts[cid]
    if c.kind == "panel":
        return lex.panel_label(cid)
    if c.kind != "analyte" or not c.member_of:
        return None
    want = spec or c.spec
    for panel, qualifier in c.member_of:
        if want is None or (qualifier or c.spec) == want:
            return lex.panel_label(cid, via=panel)
    return None


def panel_for_name(name: str | None, specimen: str | None = None) -> str | None:
    """The panel group name for a lab named in free text ("Hemoglobin", "Urine WBC", "血钾"), or None.

    `specimen` ("urine", "csf", "blood" ...; MIMIC's `fluid`) qualifies analytes that several panels
    share: WBC in urine belongs to Urinalysis, in blood to the Complete_Blood_Count.
    """
    if not name:
        return None
    lex = load_lexicon()
    ids = concepts_in(name)
    spec = specimen.strip().lower() if specimen else None
    for cid in ids:
        c = lex.concepts[cid]
        if c.kind == "spec" and c.spec:
            spec = c.spec
    spec = _FLUIDS.get(spec, spec) if spec else None
    for cid in ids:
        if lex.concepts[cid].kind == "panel":
            return lex.panel_label(cid)
    for cid in ids:
        if lex.concepts[cid].kind == "analyte":
            return _panel_of(lex, cid, spec)
    return None

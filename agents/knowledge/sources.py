"""Converters from the open sources in `shared/data` (and simple-icd-10-cm) to knowledge documents.

Maintainers run `python -m dxgym.agents.knowledge.build_data` to regenerate the shipped JSONL; users never
need `shared/data`. Each document carries its source's licence and attribution, because a passage
is cited on its own, far from any licence file.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

from dxgym.agents.knowledge.documents import Document

DDXPLUS_LICENCE = (
    "CC-BY (DDXPlus, Fansi Tchango et al., NeurIPS 2022 Datasets and Benchmarks; mila-iqia/ddxplus)"
)
SYMP_LICENCE = "CC0 1.0 (Symptom Ontology, DiseaseOntology/SymptomOntology)"
ICD_LICENCE = "Public domain (ICD-10-CM, CDC/NCHS; via simple-icd-10-cm, MIT)"
DXGYM_LICENCE = "CC BY 4.0 (dxgym project-written)"

ICD_EXCLUDED_CHAPTERS = {"20", "22"}  # external causes of injury; codes for special purposes
ICD_MAX_ITEMS = 40  # subcategory lines per category document


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


# --- DDXPlus ------------------------------------------------------------------------------------


def ddxplus_documents(folder: Path) -> Iterator[Document]:
    """One document per DDXPlus condition: names, ICD-10, severity, symptoms and antecedents."""
    conditions = json.loads((folder / "release_conditions.json").read_text(encoding="utf-8"))
    evidences = json.loads((folder / "release_evidences.json").read_text(encoding="utf-8"))

    def questions(ids: dict[str, object]) -> list[str]:
        seen: dict[str, None] = {}
        for eid in ids:
            question = evidences.get(eid, {}).get("question_en")
            if question:
                seen.setdefault(" ".join(question.split()), None)
        return list(seen)

    for key in sorted(conditions):
        cond = conditions[key]
        name = cond.get("cond-name-eng") or cond["condition_name"]
        lines = [
            f"{name} (ICD-10 {str(cond.get('icd10-id', 'n/a')).upper()}; French: {cond.get('cond-name-fr', '')}). "
            f"DDXPlus severity {cond.get('severity')} on a scale from 1 (most severe) to 5.",
        ]
        symptoms = questions(cond.get("symptoms", {}))
        if symptoms:
            lines.append("Symptoms asked about for this condition: " + " ".join(symptoms))
        antecedents = questions(cond.get("antecedents", {}))
        if antecedents:
            lines.append("Risk factors and history asked about: " + " ".join(antecedents))
        yield Document(
            id=f"ddxplus:{_slug(key)}",
            title=f"{name} (DDXPlus condition)",
            text="\n\n".join(lines),
            source="ddxplus",
            licence=DDXPLUS_LICENCE,
            language="en",
        )


# --- Symptom Ontology ---------------------------------------------------------------------------

_DEF = re.compile(r'^def: "(.*)"\s*\[')
_SYN = re.compile(r'^synonym: "(.*)" (EXACT|RELATED|NARROW|BROAD)')


def _obo_terms(path: Path) -> list[dict[str, object]]:
    terms: list[dict[str, object]] = []
    current: dict[str, object] | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            current = {"synonyms": [], "parents": []} if line.strip() == "[Term]" else None
            if current is not None:
                terms.append(current)
            continue
        if current is None or ": " not in line:
            continue
        key, value = line.split(": ", 1)
        if key in ("id", "name"):
            current[key] = value.strip()
        elif key == "is_obsolete" and value.strip() == "true":
            current["obsolete"] = True
        elif key == "def" and (m := _DEF.match(line)):
            current["def"] = m.group(1).replace('\\"', '"')
        elif key == "synonym" and (m := _SYN.match(line)):
            current["synonyms"].append(m.group(1))  # type: ignore[union-attr]
        elif key == "is_a":
            current["parents"].append(value.split(" ! ")[0].strip())  # type: ignore[union-attr]
    return terms


def symptom_ontology_documents(path: Path) -> Iterator[Document]:
    """One document per live Symptom Ontology term: definition, synonyms, parent terms."""
    terms = [t for t in _obo_terms(path) if "id" in t and "name" in t and not t.get("obsolete")]
    names = {str(t["id"]): str(t["name"]) for t in terms}
    for term in terms:
        name = str(term["name"])
        parts = [
            f"{name[:1].upper()}{name[1:]}: {term['def']}"
            if term.get("def")
            else f"{name[:1].upper()}{name[1:]}."
        ]
        synonyms = list(dict.fromkeys(term["synonyms"]))  # type: ignore[call-overload]
        if synonyms:
            parts.append("Synonyms: " + "; ".join(synonyms) + ".")
        parents = [names[p] for p in term["parents"] if p in names]  # type: ignore[union-attr]
        if parents:
            parts.append("A kind of: " + "; ".join(parents) + ".")
        yield Document(
            id=f"symp:{str(term['id']).split(':', 1)[1]}",
            title=f"{name} (symptom)",
            text=" ".join(parts),
            source="symptom-ontology",
            licence=SYMP_LICENCE,
            language="en",
        )


# --- ICD-10-CM ----------------------------------------------------------------------------------


def icd10cm_documents() -> Iterator[Document]:
    """One document per ICD-10-CM category (3-character code): name, inclusion terms, subcategories."""
    import simple_icd_10_cm as cm

    seen: set[str] = set()
    for code in cm.get_all_codes(with_dots=True):
        if code in seen or not cm.is_category(code):  # the package lists some categories twice
            continue
        seen.add(code)
        ancestors = cm.get_ancestors(code)  # [block, ..., chapter]
        chapter = ancestors[-1]
        if chapter in ICD_EXCLUDED_CHAPTERS:
            continue
        description = cm.get_description(code)
        lines = [
            f"ICD-10-CM {code}: {description}. Chapter {chapter}: {cm.get_description(chapter)}; "
            f"block {ancestors[0]}: {cm.get_description(ancestors[0])}."
        ]
        terms = list(dict.fromkeys(cm.get_inclusion_term(code) + cm.get_includes(code)))
        if terms:
            lines.append("Includes: " + "; ".join(terms) + ".")
        items: list[str] = []
        for child in cm.get_children(code):
            child_terms = cm.get_inclusion_term(child)
            line = f"{child} {cm.get_description(child)}"
            if child_terms:
                line += " (" + "; ".join(child_terms[:6]) + ")"
            items.append(line)
            for grandchild in cm.get_children(child):
                if cm.is_extended_subcategory(grandchild):
                    continue
                items.append(f"{grandchild} {cm.get_description(grandchild)}")
        if items:
            shown = items[:ICD_MAX_ITEMS]
            more = f" (and {len(items) - len(shown)} more codes)" if len(items) > len(shown) else ""
            lines.append("Codes: " + "; ".join(shown) + more + ".")
        yield Document(
            id=f"icd10cm:{code}",
            title=f"{code} {description}",
            text="\n\n".join(lines),
            source="icd-10-cm",
            licence=ICD_LICENCE,
            language="en",
        )

"""AgentClinic OSCE JSON lines -> `CaseRecord`s.

Every field maps to the schema; each nested physical-examination finding and test result becomes
an examination record with its group and `source_key` (rooted under `OSCE_Examination`). Grouping
follows DESIGN "Examination records" (see `_groups`): a key under `Test_Results` /
`Physical_Examination_Findings` is a group unless it only names a kind of test (`Imaging`,
`Blood_Tests`) and every child is a dict: then each child is a group. A group never takes a generic
name (`Analysis`, `Results`, `Findings` ...): such a child is named with its parent.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from dxgym.emr_fixtures.coding import assign_icd10, specialty_for
from dxgym.emr_fixtures.importers.common import (
    ImportRecordError,
    category_for_test,
    collection_name,
    parse_value,
    pointer,
    source_hash,
)
from dxgym.emr_fixtures.models import CaseRecord, Category, Demographics, Diagnosis, ExamRecord, SourceRef
from dxgym.emr_fixtures.splits import assign_split

LICENCE = "MIT (AgentClinic, Schmidgall et al. 2024; cases expanded from MedQA)"
SOURCE = "agentclinic"
# The file dxgym ships converted keeps the collection its ids have always had; any other file's
# collection is its stem, so two files never share ids (DESIGN, "Case ids and provenance").
SHIPPED_COLLECTIONS = {"agentclinic_medqa": "medqa"}


def default_collection(path: Path) -> str:
    return SHIPPED_COLLECTIONS.get(path.stem) or collection_name(path.stem)
_SECTIONS: tuple[tuple[str, Category | None], ...] = (
    ("Physical_Examination_Findings", "physical_examination"),
    ("Test_Results", None),
)


def _text(value: Any) -> str:
    if isinstance(value, list):
        return "; ".join(_text(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k.replace('_', ' ')}: {_text(v)}" for k, v in value.items())
    return str(value)


def _leaves(node: Any, path: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], Any]]:
    if isinstance(node, dict):
        for key, child in node.items():
            yield from _leaves(child, (*path, key))
    else:
        yield path, node


# Words that name a kind of test, never one test: a key made only of them is a container of tests.
_CONTAINER_WORDS = frozenset(
    "imaging images image studies study radiology radiological radiographs radiograph x ray rays xray xrays blood "
    "bloods test tests testing laboratory lab labs special other others additional further assessment assessments "
    "tool tools investigations investigation biopsy biopsies procedures procedure diagnostic diagnostics and "
    "results workup work up".split()
)
# Child keys that say nothing on their own (which analysis? which findings?): named with their parent.
_GENERIC_WORDS = frozenset(
    "analysis analyses result results finding findings report reports panel panels values value data details "
    "summary interpretation histopathology histology pathology cytology microscopy evaluation".split()
)


def _words(key: str) -> tuple[str, ...]:
    return tuple(w for w in re.split(r"[^a-z0-9]+", key.lower()) if w)


def _generic(key: str) -> bool:
    words = _words(key)
    return bool(words) and all(w in _GENERIC_WORDS for w in words)


def _site_only(key: str) -> bool:
    """Does `key` name only a body site ("Cervical_Lymph_Node"), no test?"""
    from dxgym.emr_fixtures.lexicon import concepts_in, load_lexicon

    kinds = {load_lexicon().concepts[c].kind for c in concepts_in(key)}
    return bool(kinds) and kinds <= {"site"}


def _groups(key: str, value: Any) -> list[tuple[str, tuple[str, ...], Any]]:
    """(group name, path of the group's value, the value) for one key under a section.

    DESIGN "Examination records": the key is the group unless it only names a kind of test and every
    child is a dict (`Imaging/Chest_CT`): then each child is a group, named with its parent when the
    child says nothing alone (`Biopsy/Findings` -> `Biopsy`; `Biopsy/Cervical_Lymph_Node` ->
    `Cervical_Lymph_Node_Biopsy`). A key that names a test keeps its nested children in its records
    (`Joint_Aspiration_Left_Wrist/Analysis/WBC` is the joint aspiration's WBC)."""
    nested = isinstance(value, dict) and value and all(isinstance(v, dict) for v in value.values())
    words = _words(key)
    if not nested or not words or not all(w in _CONTAINER_WORDS for w in words):
        return [(key, (key,), value)]
    out = []
    for child, child_value in value.items():
        if _generic(child):
            name = key
        elif _site_only(child):
            name = f"{child}_{key}"
        else:
            name = child
        out.append((name, (key, child), child_value))
    return out


def _record_name(leaf_path: tuple[str, ...], group: str) -> str:
    """The leaf path below the group, generic segments dropped ("Analysis / WBC" -> "WBC")."""
    kept = tuple(p for p in leaf_path[:-1] if not _generic(p)) + leaf_path[-1:]
    return " / ".join(kept) if kept else group


def _records(osce: dict[str, Any]) -> list[ExamRecord]:
    records: list[ExamRecord] = []
    for section, fixed_category in _SECTIONS:
        content = osce.get(section) or {}
        if not isinstance(content, dict):
            raise ValueError(f"{section} must be an object")
        for key, value in content.items():
            for group, group_path, group_value in _groups(key, value):
                category = fixed_category or category_for_test(group)
                for leaf_path, leaf in _leaves(group_value, ()):
                    name = _record_name(leaf_path, group)
                    result = _text(leaf)
                    records.append(
                        ExamRecord(
                            name=name,
                            group=group,
                            category=category,
                            relevant=True,
                            result=result,
                            value=parse_value(name, result) if category == "laboratory" else None,
                            source_key=pointer(section, *group_path, *leaf_path),
                        )
                    )
    return records


_AGE = re.compile(r"(\d+(?:\.\d+)?)[- ]?(year|yr|month|week|day)", re.I)


def _demographics(text: str) -> Demographics:
    lower = text.lower()
    sex = None
    if re.search(r"\b(female|woman|girl|lady|mother)\b", lower):
        sex = "female"
    elif re.search(r"\b(male|man|boy|gentleman)\b", lower):
        sex = "male"
    age_years = None
    m = _AGE.search(text)
    if m:
        scale = {"year": 1, "yr": 1, "month": 1 / 12, "week": 1 / 52, "day": 1 / 365}[m.group(2).lower()]
        age_years = round(float(m.group(1)) * scale, 3)
    elif "newborn" in lower or "neonate" in lower:
        age_years = 0.0
    age = m.group(0) if m else ("newborn" if age_years == 0.0 else None)
    return Demographics(sex=sex, age=age, age_years=age_years, text=text)


def convert(obj: dict[str, Any], row: int, file: str, collection: str = "medqa") -> CaseRecord:
    """One AgentClinic line (already JSON-decoded) -> a validated case."""
    osce = obj["OSCE_Examination"]
    actor = osce["Patient_Actor"]
    symptoms = actor.get("Symptoms") or {}
    diagnosis_name = str(osce["Correct_Diagnosis"]).strip()
    coded = assign_icd10(diagnosis_name)
    history: dict[str, str] = {}
    if symptoms.get("Secondary_Symptoms"):
        history["Secondary symptoms"] = _text(symptoms["Secondary_Symptoms"])
    for key in ("Review_of_Systems", "Current_Medications", "Medications", "Drug_History"):
        if actor.get(key):
            history[key.replace("_", " ").capitalize()] = _text(actor[key])
    if osce.get("Objective_for_Doctor"):
        history["objective"] = str(osce["Objective_for_Doctor"])
    case_id = f"{SOURCE}:{collection}:{row}"
    history_text = " ".join([actor.get("History", ""), _text(actor.get("Past_Medical_History", ""))]).lower()
    return CaseRecord(
        case_id=case_id,
        source=SOURCE,
        source_ref=SourceRef(source=SOURCE, file=file, row=row),
        source_hash=source_hash(obj),
        licence=LICENCE,
        language="en",
        split=assign_split(case_id),
        specialty=specialty_for(coded.icd10),
        demographics=_demographics(str(actor.get("Demographics", ""))),
        chief_complaint=_text(symptoms.get("Primary_Symptom", "")),
        present_illness=_text(actor.get("History", "")),
        past_history=_text(actor.get("Past_Medical_History", "")),
        personal_history=_text(actor.get("Social_History", "")),
        history=history,
        examinations=tuple(_records(osce)),
        diagnoses=(Diagnosis(name=diagnosis_name, primary=True, icd10=coded.icd10, icd_method=coded.method),),
        follow_up=diagnosis_name.lower() in history_text,
    )


def read(path: Path, collection: str | None = None) -> Iterator[CaseRecord]:
    """Yield cases in file order; a bad line raises `ImportRecordError` naming line and field.

    Ids are `agentclinic:{collection}:{row}`: `collection` (`--collection`) or the file's own
    (`medqa` for the file dxgym ships, else the file stem). A folder: each `*.jsonl` file in name
    order, each under its own collection.
    """
    if path.is_dir():
        for each in sorted(path.glob("*.jsonl")):
            yield from read(each, collection)
        return
    file = path.name
    collection = collection_name(collection) if collection else default_collection(path)
    with path.open(encoding="utf-8") as handle:
        for row, line in enumerate(handle):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ImportRecordError(file, f"line {row + 1}", "(json)", exc.msg) from None
            try:
                yield convert(obj, row, file, collection)
            except KeyError as exc:
                raise ImportRecordError(file, f"line {row + 1}", str(exc.args[0]), "missing") from None
            except ValidationError as exc:
                err = exc.errors()[0]
                field = ".".join(str(p) for p in err["loc"]) or "(record)"
                raise ImportRecordError(file, f"line {row + 1}", field, err["msg"]) from None
            except (TypeError, ValueError, AttributeError) as exc:
                raise ImportRecordError(file, f"line {row + 1}", "OSCE_Examination", str(exc)) from None

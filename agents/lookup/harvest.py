"""The harvested lookup set (issue 14, 5(a)): request/record pairs from terminology cross-references.

    python -m dxgym.agents.lookup.harvest ../shared/data     # rewrite tests/agents/data/lookup/harvested/

A concept is a LOINC code (labunits names with their abbreviations, Synthea CSV descriptions, FHIR
codings' displays and texts, and the component axis of a LOINC long name: "Albumin [Mass/volume] in
Serum or Plasma" -> "Albumin") or a MIMIC-IV lab item whose label carries its abbreviation ("Creatine
Kinase (CK)"). Concepts with two or more distinct names are kept and split by concept: one the
hand-written lexicon knows by any of its names calibrates; every other one is evaluation, held out of
every vocabulary build (the lexicon loader skips their codes when it merges labunits,
`emr_fixtures/lexicon/data/harvest_holdout.txt`, and a test asserts none of their names is a term).

For each half, concepts are packed into synthetic cases of a few records each; a record is named
with the concept's longest name, and every other name becomes a request expecting that record.
Names of concepts held by another case of the same half become not-available requests. Nothing
here is written by hand, so the set measures vocabulary the project never wrote.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import json
import re
import sys
from pathlib import Path

from dxgym.emr_fixtures.lexicon import key

OUT = Path(__file__).resolve().parents[2] / "tests" / "agents" / "data" / "lookup" / "harvested"
HOLDOUT = Path(__file__).resolve().parents[2] / "emr_fixtures" / "lexicon" / "data" / "harvest_holdout.txt"
CASE_SIZE = 8
_PAREN = re.compile(r"^(.*?)\s*\(([^()]*)\)\s*(.*)$")


def _forms(name: str) -> list[str]:
    """A name and what it says inside: bare name, parenthetical abbreviations, a LOINC component."""
    name = " ".join(name.split())
    out = [name]
    if "[" in name:  # LOINC long name: component [property] in system
        out.append(name.split("[")[0].strip())
    m = _PAREN.match(name)
    if m:
        bare = f"{m.group(1)} {m.group(3)}".strip()
        out.append(bare)
        out += [a.strip() for a in m.group(2).split(",") if a.strip()]
    return [f for f in out if len(key(f)) >= 2]


def concepts(shared: Path) -> dict[str, dict[str, str]]:
    """concept id -> {name form: source}."""
    found: dict[str, dict[str, str]] = {}

    def add(cid: str, name: str, source: str) -> None:
        for form in _forms(name):
            found.setdefault(cid, {}).setdefault(form, source)

    for code, item in json.loads((shared / "labunits" / "analytes.json").read_text(encoding="utf-8")).items():
        add(f"loinc:{code}", item["name"], "labunits")
    with (shared / "synthea" / "csv_v3" / "observations.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["CATEGORY"] == "laboratory":
                add(f"loinc:{row['CODE']}", row["DESCRIPTION"], "synthea-csv")
    for path in sorted((shared / "synthea" / "fhir_r4_bundles").glob("*.json")):
        for entry in json.loads(path.read_text(encoding="utf-8")).get("entry", []):
            res = entry.get("resource", {})
            categories = {c.get("code") for cat in res.get("category", []) for c in cat.get("coding", [])}
            if res.get("resourceType") != "Observation" or "laboratory" not in categories:
                continue
            for code in [res.get("code", {})] + [c.get("code", {}) for c in res.get("component", [])]:
                for coding in code.get("coding", []):
                    if "loinc" in coding.get("system", "") and coding.get("display"):
                        add(f"loinc:{coding['code']}", coding["display"], "fhir")
                        if code.get("text"):
                            add(f"loinc:{coding['code']}", code["text"], "fhir")
    with gzip.open(shared / "mimic-iv-demo" / "hosp" / "d_labitems.csv.gz", "rt", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if "(" in row["label"] and row["fluid"] == "Blood":
                add(f"mimic-iv:{row['itemid']}", row["label"], "mimic-iv d_labitems")
    out = {}
    for cid, forms in found.items():
        by_key: dict[str, tuple[str, str]] = {}
        for form, source in forms.items():
            by_key.setdefault(key(form), (form, source))
        if len(by_key) >= 2:
            out[cid] = dict(by_key.values())
    return out


def hand_written_terms() -> set[str]:
    """Term keys of the hand-written lexicon files (concepts, catalogue, compounds, term extensions),
    labunits merge excluded."""
    from dxgym.emr_fixtures.lexicon.loader import (
        _rows,
        _split,
        compound_files,
        concept_files,
        extra_term_files,
    )

    terms: set[str] = set()
    cells = [(row + [""] * 8)[6:8] for name in concept_files() for row in _rows(name)]
    cells += [(row + [""] * 3)[1:3] for name in (*compound_files(), *extra_term_files()) for row in _rows(name)]
    for cell in (c for pair in cells for c in pair):
        terms |= {key(t.lstrip("~")) for t in _split(cell)}
    return terms


def build(shared: Path) -> dict[str, list[dict]]:
    known = hand_written_terms()
    halves: dict[str, list[tuple[str, dict[str, str]]]] = {"calibration": [], "eval": []}
    for cid, forms in sorted(concepts(shared).items()):
        # A concept the hand-written lexicon knows by any name calibrates; the rest is unseen vocabulary.
        half = "calibration" if any(key(f) in known for f in forms) else "eval"
        halves[half].append((cid, forms))
    out: dict[str, list[dict]] = {}
    for half, items in halves.items():
        items.sort(key=lambda x: hashlib.sha256(x[0].encode()).hexdigest())
        cases, rows = [], []
        for n in range(0, len(items), CASE_SIZE):
            chunk = items[n : n + CASE_SIZE]
            case_id = f"harvest:{half}:{n // CASE_SIZE}"
            records = []
            for cid, forms in chunk:
                record_name = max(forms, key=lambda f: (len(f), f))
                skey = f"{cid}/{key(record_name).replace(' ', '_')}"
                records.append({"name": record_name, "concept": cid, "source_key": skey, "source": forms[record_name]})
                for form, source in forms.items():
                    if key(form) != key(record_name):
                        rows.append({"case_id": case_id, "request": form, "expected_keys": [skey], "concept": cid,
                                     "source": source, "lang": "en", "kind": "present"})
            cases.append({"case_id": case_id, "records": records})
        # not available: each case is asked for the names of the next case's concepts
        for i, case in enumerate(cases):
            other = cases[(i + 1) % len(cases)]
            if other is case:
                continue
            for rec in other["records"]:
                rows.append({"case_id": case["case_id"], "request": rec["name"], "expected_keys": [],
                             "concept": rec["concept"], "source": rec["source"], "lang": "en", "kind": "absent"})
        out[half] = [{"cases": cases}, *rows]
    return out


def load(half: str) -> tuple[dict, list[dict]]:
    """(cases by id as `CaseRecord`s, request rows) of one half."""
    from dxgym.emr_fixtures.models import CaseRecord, Diagnosis, ExamRecord, SourceRef

    lines = [json.loads(x) for x in (OUT / f"{half}.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    cases = {}
    for c in lines[0]["cases"]:
        exams = tuple(
            ExamRecord(name=r["name"], group=r["name"], category="laboratory", relevant=True, result="reported",
                       source_key=r["source_key"])
            for r in c["records"]
        )
        cases[c["case_id"]] = CaseRecord(
            case_id=c["case_id"], source="harvest", source_ref=SourceRef(source="harvest", file=f"{half}.jsonl", id=c["case_id"]),
            licence="derived from labunits (MIT), Synthea (Apache-2.0 / CC0), MIMIC-IV demo (ODbL)", language="en",
            split="test", chief_complaint="-", present_illness="-", examinations=exams,
            diagnoses=(Diagnosis(name="(not used)", primary=True),),
        )
    return cases, lines[1:]


def main(shared: str) -> None:
    built = build(Path(shared))
    OUT.mkdir(parents=True, exist_ok=True)
    for half, lines in built.items():
        (OUT / f"{half}.jsonl").write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
        print(f"{half}: {len(lines[0]['cases'])} cases, {len(lines) - 1} requests")
    codes = sorted({r["concept"].split(":", 1)[1] for r in built["eval"][1:] if r["concept"].startswith("loinc:")})
    HOLDOUT.write_text(
        "# LOINC codes of the harvested evaluation concepts (agents/lookup/harvest.py): the lexicon loader never\n"
        "# merges their names, so the harvested evaluation set measures vocabulary the lexicon does not hold.\n"
        + "".join(c + "\n" for c in codes), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")

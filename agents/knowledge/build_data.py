"""Maintainers' script: regenerate the shipped knowledge documents in `agents/knowledge/data/`.

    python -m dxgym.agents.knowledge.build_data [--data ../shared/data]

Reads DDXPlus and the Symptom Ontology from `shared/data` and ICD-10-CM from simple-icd-10-cm;
writes one JSONL per source (sorted, so a rebuild from unchanged inputs is byte-identical).

No document exists because a fixture has that diagnosis (issue 13): the project-written summaries,
one per fixture diagnosis, were removed — their composition was a prior on the answer. Every source
here was chosen without looking at the cases (`docs/knowledge_base.md` has the hit-rate check).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable
from pathlib import Path

from dxgym.agents.knowledge.documents import Document
from dxgym.agents.knowledge.shipped import DATA_DIR
from dxgym.agents.knowledge.sources import ddxplus_documents, icd10cm_documents, symptom_ontology_documents

DEFAULT_DATA = Path(__file__).resolve().parents[3] / "shared" / "data"


LICENSES_MD = """# Licences of the shipped knowledge documents

Each JSONL line is one document with its own `source` and `licence`, so every passage a search
returns carries its citation. Regenerate with `python -m dxgym.agents.knowledge.build_data`.

| file | source | licence and attribution |
| --- | --- | --- |
| `ddxplus.jsonl` | DDXPlus release files `release_conditions.json` and `release_evidences.json` (condition names, ICD-10 codes, severity; symptom and antecedent questions resolved to their English text) | CC-BY. Fansi Tchango A., Goel R., Wen Z., Martel J., Ghosn J. "DDXPlus: A New Dataset For Automatic Medical Diagnosis", NeurIPS 2022 Datasets and Benchmarks; repository mila-iqia/ddxplus. Converted (restructured into prose) by dxgym. |
| `symptom_ontology.jsonl` | Symptom Ontology `symp.obo` (live terms: names, definitions, synonyms, parent terms) | CC0 1.0. DiseaseOntology/SymptomOntology. |
| `icd10cm.jsonl` | ICD-10-CM categories (3-character codes; chapters 20 and 22 left out) with inclusion terms and subcategory names, read through the `simple-icd-10-cm` package | ICD-10-CM is public domain (CDC / NCHS); `simple-icd-10-cm` is MIT-licensed. |
"""


def _write(path: Path, docs: Iterable[Document]) -> int:
    rows = sorted(docs, key=lambda d: d.id)
    with path.open("w", encoding="utf-8") as handle:
        for doc in rows:
            handle.write(json.dumps(doc.to_json(), ensure_ascii=False) + "\n")
    return len(rows)


def build(data: Path, out: Path = DATA_DIR) -> dict[str, int]:
    out.mkdir(parents=True, exist_ok=True)
    counts = {
        "ddxplus.jsonl": _write(out / "ddxplus.jsonl", ddxplus_documents(data / "ddxplus")),
        "symptom_ontology.jsonl": _write(
            out / "symptom_ontology.jsonl", symptom_ontology_documents(data / "symptom-ontology" / "symp.obo")
        ),
        "icd10cm.jsonl": _write(out / "icd10cm.jsonl", icd10cm_documents()),
    }
    (out / "LICENSES.md").write_text(LICENSES_MD, encoding="utf-8")
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared/data folder")
    args = parser.parse_args()
    for name, count in build(args.data).items():
        print(f"{name}: {count} documents")


if __name__ == "__main__":
    main()

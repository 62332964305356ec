"""`--format` name -> reader. A reader is `read(path, **options) -> Iterator[CaseRecord]` and raises
`ImportRecordError` for a bad record. Importers for other sources add themselves to `IMPORTERS` here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from dxgym.emr_fixtures import casefile
from dxgym.emr_fixtures.errors import DxgymError
from dxgym.emr_fixtures.importers import agentclinic, fhir, jsonl, mimic, synthea_csv
from dxgym.emr_fixtures.models import CaseRecord

Reader = Callable[..., Iterator[CaseRecord]]

IMPORTERS: dict[str, Reader] = {
    "agentclinic": agentclinic.read,
    "jsonl": jsonl.read,
    "fhir": fhir.read,
    "mimic-iv": mimic.read,
    "synthea-csv": synthea_csv.read,
    "casefile": casefile.read,
}


def get_importer(fmt: str) -> Reader:
    try:
        return IMPORTERS[fmt]
    except KeyError:
        known = ", ".join(sorted(IMPORTERS))
        raise DxgymError(f"unknown import format {fmt!r} (known: {known})") from None


def formats() -> list[str]:
    return sorted(IMPORTERS)


def read(fmt: str, path: Any, **options: Any) -> Iterator[CaseRecord]:
    return get_importer(fmt)(path, **options)

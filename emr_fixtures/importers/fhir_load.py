"""Load FHIR R4 resources from transaction bundles and bulk-export ndjson, validated with R4B models.

Bundles reference resources by `urn:uuid:` fullUrls, bulk exports by `Type/id`; both resolve through
one index. Every resource is validated with `fhir.resources.R4B` (its default R5 models reject R4
data); a failure names the file, the resource (or entry / line) and the field.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from dxgym.emr_fixtures.importers.common import ImportRecordError
from dxgym.emr_fixtures.progress import QUIET, ImportProgress

Resource = dict[str, Any]


@dataclass
class ResourceSet:
    """Resources of one import unit (a bundle, or an ndjson folder) by `Type/id`, with their origin."""

    by_key: dict[str, Resource] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)  # fullUrl -> Type/id
    origin: dict[str, tuple[str, str]] = field(default_factory=dict)  # Type/id -> (file, where)

    def add(self, resource: Resource, file: str, where: str, full_url: str | None = None) -> None:
        key = f"{resource['resourceType']}/{resource['id']}"
        self.by_key[key] = resource
        self.origin[key] = (file, where)
        if full_url:
            self.aliases[full_url] = key

    def key_of(self, reference: Any) -> str | None:
        """`Type/id` for a Reference (dict with 'reference') or a reference string; None if unresolvable."""
        ref = reference.get("reference") if isinstance(reference, dict) else reference
        if not isinstance(ref, str) or not ref:
            return None
        if ref in self.aliases:
            return self.aliases[ref]
        if ref.startswith("urn:uuid:"):
            return None
        parts = ref.rstrip("/").split("/")
        return f"{parts[-2]}/{parts[-1]}" if len(parts) >= 2 else None

    def resolve(self, reference: Any) -> Resource | None:
        key = self.key_of(reference)
        return self.by_key.get(key) if key else None

    def of_type(self, resource_type: str) -> list[Resource]:
        return [r for k, r in self.by_key.items() if k.startswith(resource_type + "/")]

    def where(self, resource: Resource) -> tuple[str, str]:
        return self.origin[f"{resource['resourceType']}/{resource['id']}"]


def validate(resource: Any, file: str, where: str) -> Resource:
    """Check one resource against its R4B model; returns it (as a dict) or raises `ImportRecordError`."""
    if not isinstance(resource, dict) or not isinstance(resource.get("resourceType"), str):
        raise ImportRecordError(file, where, "resourceType", "missing: not a FHIR resource")
    rtype = resource["resourceType"]
    if not isinstance(resource.get("id"), str) or not resource["id"]:
        raise ImportRecordError(file, where, f"{rtype}.id", "missing")
    where = f"{where} ({rtype}/{resource['id']})" if where else f"{rtype}/{resource['id']}"
    from fhir.resources.R4B import get_fhir_model_class  # lazy: only a FHIR import pays for it

    try:
        model = get_fhir_model_class(rtype)
    except (KeyError, ValueError):
        raise ImportRecordError(file, where, "resourceType", f"{rtype!r} is not an R4B resource type") from None
    try:
        model.model_validate(resource)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err["loc"]) or "(resource)"
        raise ImportRecordError(file, where, f"{rtype}.{loc}", err["msg"]) from None
    return resource


def load_bundle(path: Path) -> ResourceSet:
    """One Bundle file (transaction, batch, collection or searchset)."""
    try:
        bundle = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ImportRecordError(path.name, f"line {exc.lineno}", "(json)", exc.msg) from None
    if not isinstance(bundle, dict) or bundle.get("resourceType") != "Bundle":
        raise ImportRecordError(path.name, "(document)", "resourceType", "expected a FHIR Bundle")
    resources = ResourceSet()
    for i, entry in enumerate(bundle.get("entry") or []):
        if not isinstance(entry, dict) or "resource" not in entry:
            raise ImportRecordError(path.name, f"entry {i}", "entry.resource", "missing")
        resource = validate(entry["resource"], path.name, "")
        resources.add(resource, path.name, f"{resource['resourceType']}/{resource['id']}", entry.get("fullUrl"))
    return resources


def _is_resource_file(path: Path) -> bool:
    """Bulk exports name files `<ResourceType>.<n>.ndjson`; others (an export `log.ndjson`) are skipped."""
    from fhir.resources.R4B import get_fhir_model_class

    try:
        get_fhir_model_class(path.name.split(".")[0])
    except (KeyError, ValueError):
        return False
    return True


def load_ndjson(paths: list[Path]) -> ResourceSet:
    """One bulk export: every resource file of a folder, references as `Type/id`."""
    resources = ResourceSet()
    for path in sorted(paths):
        for line_no, line in _lines(path):
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ImportRecordError(path.name, f"line {line_no}", "(json)", exc.msg) from None
            resource = validate(obj, path.name, f"line {line_no}")
            resources.add(resource, path.name, f"line {line_no} ({resource['resourceType']}/{resource['id']})")
    return resources


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    with path.open(encoding="utf-8") as handle:
        for i, line in enumerate(handle, start=1):
            if line.strip():
                yield i, line


def units(path: Path, progress: ImportProgress = QUIET) -> Iterator[tuple[str, ResourceSet]]:
    """(file label, resources) per import unit: each bundle alone, all ndjson of a folder together.

    A folder may hold bundles, a bulk export's ndjson files, or both; `progress` counts its files.
    """
    if path.is_file():
        if path.suffix == ".ndjson":
            yield path.name, load_ndjson([path])
        else:
            yield path.name, load_bundle(path)
        return
    if not path.is_dir():
        raise ImportRecordError(str(path), "(path)", "PATH", "no such file or folder")
    bundles = sorted(path.glob("*.json"))
    ndjson = [p for p in path.glob("*.ndjson") if _is_resource_file(p)]
    if not bundles and not ndjson:
        raise ImportRecordError(str(path), "(path)", "PATH", "no FHIR bundles (*.json) or bulk export (*.ndjson) here")
    progress.phase(f"reading FHIR files in {path.name}", total=len(bundles) + len(ndjson))
    for bundle in bundles:
        yield bundle.name, load_bundle(bundle)
        progress.advance()
    if ndjson:
        resources = load_ndjson(ndjson)
        progress.advance(len(ndjson))
        yield path.name, resources

"""Scoring the lookup agent on a labelled request set, at the group level (DESIGN "Examination metrics").

A labelled request may list several tests; it is split as the consultation splits it, each item is
resolved, and the groups of all hits are compared with the expected groups. Precision = correct
groups returned / groups returned; recall = correct groups returned / expected groups (micro-averaged
over requests); a not-available request (no expected group) is answered correctly only by nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from dxgym.agents.lookup.agent import ExamLookup
from dxgym.agents.lookup.split import split_requests
from dxgym.emr_fixtures.importers import agentclinic
from dxgym.emr_fixtures.importers import jsonl as jsonl_reader
from dxgym.emr_fixtures.models import CaseRecord, ExamRecord

# The kinds a blind lookup set labels its requests with (`note` or `kind`), and those asking for a test the
# record lacks (their expected answer is "not available").
REQUEST_KINDS = frozenset({"analyte", "panel", "manoeuvre", "section", "imaging", "endoscopy_function",
                           "abbreviation", "typo", "sentence", "near_miss", "absent"})
NOT_HELD_KINDS = frozenset({"near_miss", "absent"})


@dataclass
class Tally:
    returned: int = 0
    correct: int = 0
    expected: int = 0
    requests: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.returned if self.returned else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.expected if self.expected else 1.0


@dataclass
class Report:
    overall: Tally = field(default_factory=Tally)
    by_lang: dict[str, Tally] = field(default_factory=dict)
    not_available: int = 0
    not_available_empty: int = 0
    analyte_asks: int = 0
    analyte_exact: int = 0  # single-analyte asks answered with exactly the expected records
    failures: list[dict] = field(default_factory=list)

    @property
    def not_available_rate(self) -> float:
        return self.not_available_empty / self.not_available if self.not_available else 1.0

    def summary(self) -> dict:
        out = {
            "requests": self.overall.requests,
            "precision": round(self.overall.precision, 4),
            "recall": round(self.overall.recall, 4),
            "not_available": self.not_available,
            "not_available_empty_rate": round(self.not_available_rate, 4),
            "analyte_asks": self.analyte_asks,
            "analyte_exact_rate": round(self.analyte_exact / self.analyte_asks, 4) if self.analyte_asks else 1.0,
        }
        for lang, t in sorted(self.by_lang.items()):
            out[f"{lang}_requests"] = t.requests
            out[f"{lang}_precision"] = round(t.precision, 4)
            out[f"{lang}_recall"] = round(t.recall, 4)
        return out


def load_rows(path: str | Path) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def read_case_folder(folder: str | Path, english_prefix: str) -> dict[str, CaseRecord]:
    """A blind set's own cases by id: `cases_en.jsonl` (AgentClinic OSCE JSON; the importer names row n
    `agentclinic:...`, which would collide with the fixtures, so it is `<english_prefix>:<n>` here) and
    `cases_zh.jsonl` (the project's JSONL, under the ids it carries), whichever the folder holds."""
    folder = Path(folder)
    cases: dict[str, CaseRecord] = {}
    if (folder / "cases_en.jsonl").exists():
        for case in agentclinic.read(folder / "cases_en.jsonl"):
            case_id = f"{english_prefix}:{case.source_ref.row}"
            cases[case_id] = case.model_copy(update={"case_id": case_id})
    if (folder / "cases_zh.jsonl").exists():
        for case in jsonl_reader.read(folder / "cases_zh.jsonl"):
            if case.case_id in cases:
                raise ValueError(f"{folder}: case id {case.case_id} twice")
            cases[case.case_id] = case
    return cases


def score(rows: Iterable[Mapping], cases: Mapping[str, CaseRecord], lookup: ExamLookup | None = None) -> Report:
    lookup = lookup or ExamLookup()
    report = Report()
    for row in rows:
        case = cases[row["case_id"]]
        hits = [h for item in split_requests(row["request"]) for h in lookup.resolve(item, case)]
        got = set(dict.fromkeys(h.group for h in hits))
        want = set(row["expected_groups"])
        tallies = (report.overall, report.by_lang.setdefault(row.get("lang", "en"), Tally()))
        for t in tallies:
            t.requests += 1
            t.returned += len(got)
            t.correct += len(got & want)
            t.expected += len(want)
        ok = got == want
        if not want:
            report.not_available += 1
            report.not_available_empty += not hits
        names = row.get("expected_names")
        if names:
            report.analyte_asks += 1
            exact = {h.name for h in hits} == set(names)
            report.analyte_exact += exact
            ok = ok and exact
        if not ok:
            report.failures.append(
                {"case_id": row["case_id"], "request": row["request"], "expected": sorted(want),
                 "got": sorted(got), "names": sorted({h.name for h in hits}) if names else None}
            )
    return report


@dataclass
class KeyReport:
    """Record-level figures (the held-out and harvested sets): labels are source-key paths."""

    groups: dict[str, Tally] = field(default_factory=dict)  # "overall", "lang:zh", "cases:cases_en", "kind:score" ...
    not_available: dict[str, list[int]] = field(default_factory=dict)  # same keys -> [rows, answered empty]

    def summary(self) -> dict:
        out: dict[str, dict] = {}
        for name in sorted(set(self.groups) | set(self.not_available)):
            t = self.groups.get(name, Tally())
            na = self.not_available.get(name, [0, 0])
            out[name] = {
                "requests": t.requests + na[0],
                "precision": round(t.precision, 4),
                "recall": round(t.recall, 4),
                "not_available": na[0],
                "not_available_rate": round(na[1] / na[0], 4) if na[0] else None,
            }
        return out


def expected_records(case: CaseRecord, paths: Iterable[str]) -> set[str]:
    """Source keys of the records a labelled path stands for: the record itself and everything under it."""
    out: set[str] = set()
    for path in paths:
        for rec in case.examinations:
            if rec.source_key == path or rec.source_key.startswith(path + "/"):
                out.add(rec.source_key)
    return out


def score_keys(
    rows: Iterable[Mapping], cases: Mapping[str, CaseRecord], lookup: ExamLookup | None = None,
    facets: tuple[str, ...] = ("lang", "kind"),
) -> KeyReport:
    """Record-level precision / recall over rows with expected keys, not-available rate over rows without.

    Aggregates only (overall and by each facet, and by the case's collection): the held-out set is
    never read row by row, so misses are not printed."""
    lookup = lookup or ExamLookup()
    report = KeyReport()
    for row in rows:
        case = cases[row["case_id"]]
        got = {h.source_key for item in split_requests(row["request"]) for h in lookup.resolve(item, case)}
        want = expected_records(case, row["expected_keys"])
        names = ["overall", f"cases:{row['case_id'].rsplit(':', 1)[0]}"]
        names += [f"{f}:{row[f]}" for f in facets if row.get(f)]
        for name in names:
            t = report.groups.setdefault(name, Tally())
            if want:
                t.requests += 1
                t.expected += len(want)
            t.returned += len(got)
            t.correct += len(got & want)
            if not row["expected_keys"]:
                na = report.not_available.setdefault(name, [0, 0])
                na[0] += 1
                na[1] += not got
    return report


def synthetic_case(records: Iterable[tuple[str, ...]], case_id: str) -> CaseRecord:
    """A shipped case's frame holding only these (group, name, category, result) records, each at source
    key `X/<group>/<name>` — or (source_key, group, name, category, result) where the path files a record
    under a sub-group its name does not repeat: a lookup rule is tested on records written for it, never on
    a labelled set's rows."""
    from dxgym.emr_fixtures.fixtures import load_fixture_cases

    base = next(iter(load_fixture_cases()))
    keyed = [r if len(r) == 5 else (f"X/{r[0]}/{r[1]}", *r) for r in records]
    exams = [ExamRecord(name=n, group=g, category=c, result=r, source_key=k).model_dump()
             for k, g, n, c, r in keyed]
    return CaseRecord.model_validate({**base.model_dump(), "case_id": case_id, "examinations": exams})


def resolved_names(lookup: ExamLookup, case: CaseRecord, request: str) -> set[str]:
    """What one request resolves to on a `synthetic_case`, as `<group>/<name>` (deterministic tiers only)."""
    return {h.source_key.split("/", 1)[-1] for h in lookup.resolve(request, case, semantic=False)}

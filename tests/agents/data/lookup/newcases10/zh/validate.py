"""Check cases_zh.jsonl and lookup.jsonl (newcases10 / zh) and print the counts.

- every case loads with the project's JSONL importer (CaseRecord) and has the expected id / source_ref row;
- every expected key is a source_key of its case or a prefix path of one (key + "/");
- no row lists a key and a path below it; kinds from the fixed list; [] iff kind is near_miss / absent;
- lang is "zh" iff the request contains a CJK character; no duplicate (case_id, request).
Run: .venv/bin/python validate.py
"""
import collections
import json
import re
import sys
from pathlib import Path

from dxgym.agents.lookup.evaluate import REQUEST_KINDS
from dxgym.emr_fixtures.importers import jsonl

HERE = Path(__file__).resolve().parent
KINDS = set(REQUEST_KINDS)  # the import only; nothing else of agents/lookup is read
CJK = re.compile(r"[\u3400-\u9fff]")
errors = []
cases = {}
for i, case in enumerate(jsonl.read(HERE / "cases_zh.jsonl")):
    if case.case_id != f"newcases10:zh:{i}" or case.source_ref.row != i or case.language != "zh":
        errors.append(f"case {i}: id/row/language {case.case_id} {case.source_ref.row} {case.language}")
    cases[case.case_id] = [e.source_key for e in case.examinations]
rows = [json.loads(line) for line in (HERE / "lookup.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
seen = set()
for n, r in enumerate(rows, 1):
    if set(r) != {"case_id", "request", "expected_keys", "lang", "kind"}:
        errors.append(f"row {n}: fields {sorted(r)}")
    keys = cases.get(r["case_id"])
    if keys is None:
        errors.append(f"row {n}: unknown case {r['case_id']}")
        continue
    for k in r["expected_keys"]:
        if not any(s == k or s.startswith(k + "/") for s in keys):
            errors.append(f"row {n}: key not in case: {k}")
    for a in r["expected_keys"]:
        for b in r["expected_keys"]:
            if a != b and b.startswith(a + "/"):
                errors.append(f"row {n}: {b} lies under {a}")
    if len(set(r["expected_keys"])) != len(r["expected_keys"]):
        errors.append(f"row {n}: duplicate key")
    if r["kind"] not in KINDS:
        errors.append(f"row {n}: kind {r['kind']}")
    if (r["expected_keys"] == []) != (r["kind"] in {"near_miss", "absent"}):
        errors.append(f"row {n}: [] vs kind {r['kind']}")
    if r["lang"] != ("zh" if CJK.search(r["request"]) else "en"):
        errors.append(f"row {n}: lang {r['lang']} for {r['request']!r}")
    if (r["case_id"], r["request"]) in seen:
        errors.append(f"row {n}: duplicate request {r['request']!r}")
    seen.add((r["case_id"], r["request"]))

by_kind = collections.defaultdict(collections.Counter)
for r in rows:
    c = by_kind[r["kind"]]
    c["rows"] += 1
    c[r["lang"]] += 1
    c["[]"] += r["expected_keys"] == []
print("| kind | rows | zh | en | expected [] |\n| --- | --- | --- | --- | --- |")
for k in sorted(by_kind):
    c = by_kind[k]
    print(f"| {k} | {c['rows']} | {c['zh']} | {c['en']} | {c['[]']} |")
tot = len(rows)
zh = sum(r["lang"] == "zh" for r in rows)
empty = sum(r["expected_keys"] == [] for r in rows)
print(f"| all | {tot} | {zh} ({100*zh/tot:.1f} %) | {tot-zh} ({100*(tot-zh)/tot:.1f} %) | {empty} ({100*empty/tot:.1f} %) |")
per = collections.Counter(r["case_id"] for r in rows)
print("per case:", dict(per), "records:", {k: len(v) for k, v in cases.items()})
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK: all checks passed")

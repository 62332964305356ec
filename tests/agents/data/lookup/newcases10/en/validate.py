"""Check cases_en.jsonl and lookup.jsonl; print counts by kind / lang."""
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from dxgym.agents.lookup.evaluate import REQUEST_KINDS as KINDS  # the fixed kind list only
from dxgym.emr_fixtures.importers.agentclinic import read

HERE = Path(__file__).parent
EMPTY_KINDS = {"near_miss", "absent"}
CJK = re.compile(r"[\u3400-\u9fff]")


def main() -> int:
    errors = []
    cases = {}
    for case in read(HERE / "cases_en.jsonl"):
        case = case.model_copy(update={"case_id": f"newcases10:en:{case.source_ref.row}"})
        cases[case.case_id] = [e.source_key for e in case.examinations]
    rows = [json.loads(line) for line in (HERE / "lookup.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    seen = set()
    for i, r in enumerate(rows, 1):
        where = f"row {i} {r.get('case_id')} {r.get('request')!r}"
        if set(r) != {"case_id", "request", "expected_keys", "lang", "kind"}:
            errors.append(f"{where}: fields {sorted(r)}")
        if r["case_id"] not in cases:
            errors.append(f"{where}: unknown case")
            continue
        if r["kind"] not in KINDS:
            errors.append(f"{where}: kind {r['kind']}")
        if (r["expected_keys"] == []) != (r["kind"] in EMPTY_KINDS):
            errors.append(f"{where}: [] iff near_miss/absent violated")
        want_lang = "zh" if CJK.search(r["request"]) else "en"
        if r["lang"] != want_lang:
            errors.append(f"{where}: lang {r['lang']} != {want_lang}")
        key = (r["case_id"], r["request"].strip().lower())
        if key in seen:
            errors.append(f"{where}: duplicate request")
        seen.add(key)
        if len(set(r["expected_keys"])) != len(r["expected_keys"]):
            errors.append(f"{where}: duplicate expected key")
        for a in r["expected_keys"]:
            if any(b.startswith(a + "/") for b in r["expected_keys"]):
                errors.append(f"{where}: key {a!r} listed with a path below it")
        for k in r["expected_keys"]:
            if not any(sk == k or sk.startswith(k + "/") for sk in cases[r["case_id"]]):
                errors.append(f"{where}: key {k!r} not in case")
    by_kind = defaultdict(Counter)
    for r in rows:
        by_kind[r["kind"]][r["lang"]] += 1
        by_kind[r["kind"]]["empty"] += r["expected_keys"] == []
    print("| kind | rows | en | zh | expected [] |\n| --- | --- | --- | --- | --- |")
    for kind in sorted(by_kind):
        c = by_kind[kind]
        print(f"| {kind} | {c['en'] + c['zh']} | {c['en']} | {c['zh']} | {c['empty']} |")
    n = len(rows)
    zh = sum(r["lang"] == "zh" for r in rows)
    empty = sum(r["expected_keys"] == [] for r in rows)
    en = n - zh
    print(f"| **all** | **{n}** | **{en}** | **{zh} ({100 * zh / n:.1f} %)** | **{empty} ({100 * empty / n:.1f} %)** |")
    per_case = Counter(r["case_id"] for r in rows)
    print("per case:", dict(per_case))
    print(f"{len(cases)} cases, {n} rows, {len(errors)} errors")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

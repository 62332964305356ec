"""Blind lookup sets on new cases (`tests/agents/data/lookup/newcasesN/<part>/`): read, check, show, build.

One copy for every set. Each part's `show.py`, `validate.py` and `make_cases.py` call into here, and the
integrity test checks every part with `check_part`. It takes the sets' kinds and readers from the lookup's scorer
(`agents.lookup.evaluate`): a blind-set writer imports them without reading the code the set will measure.

    python -m dxgym.evaluation.lookup_sets validate FOLDER      # checks, then counts by kind and language
    python -m dxgym.evaluation.lookup_sets show FOLDER [ROW...]  # every record of the part's cases
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from dxgym.agents.lookup.evaluate import NOT_HELD_KINDS, REQUEST_KINDS, load_rows, read_case_folder
from dxgym.emr_fixtures.models import CaseRecord

ROW_FIELDS = frozenset({"case_id", "request", "expected_keys", "lang", "kind"})
_CJK = re.compile(r"[\u3400-\u9fff]")


def part_prefix(folder: str | Path) -> str:
    """`newcases7:en` for `.../newcases7/en`: the ids a part's cases carry, `<prefix>:<row>`."""
    folder = Path(folder).resolve()
    return f"{folder.parent.name}:{folder.name}"


def read_part(folder: str | Path) -> tuple[dict[str, CaseRecord], list[dict]]:
    folder = Path(folder)
    return read_case_folder(folder, part_prefix(folder)), load_rows(folder / "lookup.jsonl")


def check_rows(prefix: str, cases: Mapping[str, CaseRecord], rows: Sequence[Mapping[str, Any]]) -> list[str]:
    """Every rule a part keeps, as one readable line per breach (empty: the part is well formed).

    Cases are `<prefix>:<row>` for rows 0..n-1. A row has exactly the five fields; its case exists; its kind
    is one of REQUEST_KINDS; `expected_keys == []` exactly for the not-held kinds; `lang` is "zh" exactly when
    the request holds a CJK character; each expected key is a source key of the case or a folder above one,
    listed once, never beside a path below it; no (case, request) twice, by case and spacing.
    """
    errors = []
    if sorted(cases) != sorted(f"{prefix}:{i}" for i in range(len(cases))):
        errors.append(f"case ids {sorted(cases)} are not {prefix}:0..{len(cases) - 1}")
    errors += [f"case {case_id}: source row {case.source_ref.row}" for case_id, case in cases.items()
               if case_id.rsplit(":", 1)[-1] != str(case.source_ref.row)]
    seen: set[tuple[str, str]] = set()
    for n, row in enumerate(rows, 1):
        where = f"row {n} {row.get('case_id')} {row.get('request')!r}"
        if set(row) != ROW_FIELDS:
            errors.append(f"{where}: fields {sorted(row)}")
            continue
        case = cases.get(row["case_id"])
        if case is None:
            errors.append(f"{where}: unknown case")
            continue
        keys, wanted = [e.source_key for e in case.examinations], list(row["expected_keys"])
        if row["kind"] not in REQUEST_KINDS:
            errors.append(f"{where}: kind {row['kind']!r} is not one of the fixed kinds")
        if (wanted == []) != (row["kind"] in NOT_HELD_KINDS):
            errors.append(f"{where}: expected [] exactly for near_miss / absent, kind {row['kind']!r}")
        if row["lang"] != ("zh" if _CJK.search(row["request"]) else "en"):
            errors.append(f"{where}: lang {row['lang']!r}")
        if not row["request"].strip():
            errors.append(f"{where}: empty request")
        key = (row["case_id"], " ".join(row["request"].lower().split()))
        if key in seen:
            errors.append(f"{where}: the same request twice")
        seen.add(key)
        if len(set(wanted)) != len(wanted):
            errors.append(f"{where}: an expected key twice")
        errors += [f"{where}: key {a!r} listed with {b!r} below it"
                   for a in wanted for b in wanted if b.startswith(a + "/")]
        errors += [f"{where}: key {k!r} not in the case"
                   for k in wanted if not any(s == k or s.startswith(k + "/") for s in keys)]
    return errors


def check_part(folder: str | Path) -> list[str]:
    cases, rows = read_part(folder)
    return check_rows(part_prefix(folder), cases, rows)


def count_lines(cases: Mapping[str, CaseRecord], rows: Sequence[Mapping[str, Any]]) -> list[str]:
    """Counts by kind and language (a Markdown table, as the parts' READMEs carry it), then per case."""
    by_kind: dict[str, Counter] = defaultdict(Counter)
    for row in rows:
        by_kind[row["kind"]][row["lang"]] += 1
        by_kind[row["kind"]]["empty"] += row["expected_keys"] == []
    lines = ["| kind | rows | en | zh | expected [] |", "| --- | --- | --- | --- | --- |"]
    lines += [f"| {kind} | {c['en'] + c['zh']} | {c['en']} | {c['zh']} | {c['empty']} |"
              for kind, c in sorted(by_kind.items())]
    total = len(rows) or 1
    zh = sum(r["lang"] == "zh" for r in rows)
    empty = sum(r["expected_keys"] == [] for r in rows)
    lines.append(f"| **all** | **{len(rows)}** | **{len(rows) - zh}** | **{zh} ({100 * zh / total:.1f} %)** | "
                 f"**{empty} ({100 * empty / total:.1f} %)** |")
    lines.append(f"per case: {dict(Counter(r['case_id'] for r in rows))}")
    lines.append(f"records: {({cid: len(c.examinations) for cid, c in cases.items()})}")
    return lines


def show_lines(cases: Mapping[str, CaseRecord], only: Iterable[str] = ()) -> list[str]:
    """Every record of the cases: source key | group | category | result (first 70 characters)."""
    wanted = set(only)
    lines = []
    for case_id, case in cases.items():
        if wanted and case_id not in wanted and str(case.source_ref.row) not in wanted:
            continue
        lines.append(f"== {case_id} | {case.primary_diagnosis.name} | {case.specialty} | "
                     f"{len(case.examinations)} records")
        lines += [f"  {e.source_key} | {e.group} | {e.category} | {e.result[:70]}"
                  f"{' [R]' if e.reveals_diagnosis else ''}" for e in case.examinations]
    return lines


def osce_value(value: Any, reference_range: str) -> dict:
    """An AgentClinic measured value beside its reference range."""
    return {"Value": value, "Reference_Range": reference_range}


def osce_patient(demo: str, history: str, primary: str, secondary: list[str], pmh: str, social: str, meds: str,
                 ros: str) -> dict:
    """An AgentClinic `Patient_Actor` block."""
    return {"Demographics": demo, "History": history,
            "Symptoms": {"Primary_Symptom": primary, "Secondary_Symptoms": secondary},
            "Past_Medical_History": pmh, "Social_History": social, "Current_Medications": meds,
            "Review_of_Systems": ros}


class ZhCase:
    """Builds one Chinese inpatient case's records from source-key paths: name = the last segment, group = the
    parent segment, or the name itself under a top-level container (`top`), so layouts differ case by case."""

    def __init__(self, top: Iterable[str], lab_style: str = "ref") -> None:
        self.top, self.lab_style = frozenset(top), lab_style
        self.exams: list[dict] = []

    def _add(self, path: str, result: str, category: str, value: dict | None = None, reveals: bool = False) -> None:
        parts = path.split("/")
        name = parts[-1]
        parent = parts[-2] if len(parts) >= 2 else name
        self.exams.append({"name": name, "group": name if parent in self.top else parent, "category": category,
                           "relevant": True, "code": None, "code_system": None, "result": result, "value": value,
                           "source_key": path, "time": None, "reveals_diagnosis": reveals})

    def pe(self, path: str, text: str, reveals: bool = False) -> None:
        self._add(path, text, "physical_examination", reveals=reveals)

    def img(self, path: str, text: str, reveals: bool = False) -> None:
        self._add(path, text, "imaging", reveals=reveals)

    def other(self, path: str, text: str, reveals: bool = False) -> None:
        self._add(path, text, "other", reveals=reveals)

    def path_(self, path: str, text: str, reveals: bool = False) -> None:
        self._add(path, text, "pathology", reveals=reveals)

    def text_lab(self, path: str, text: str, reveals: bool = False) -> None:
        self._add(path, text, "laboratory", reveals=reveals)

    def lab(self, path: str, value: Any, unit: str = "", flag: str | None = None, ref: str | None = None,
            result: str | None = None, style: str | None = None) -> None:
        """A measured analyte: result text "value unit ↑（参考值 ref）" (style "ref") or "value unit ↑" ("plain")."""
        name = path.split("/")[-1]
        if result is None:
            arrow = {"H": " ↑", "L": " ↓"}.get(flag or "", "")
            if (style or self.lab_style) == "ref" and ref:
                result = f"{value} {unit}{arrow}（参考值 {ref}）".replace("  ", " ")
            else:
                result = f"{value} {unit}{arrow}".replace("  ", " ").strip()
        number = value if isinstance(value, (int, float)) else None
        self._add(path, result, "laboratory", value={
            "analyte": name, "value": float(number) if number is not None else str(value), "unit": unit or None,
            "reference_range": ref, "flag": flag})


def zh_case_base(set_name: str, row: int, specialty: str, demo: dict, **history: Any) -> dict:
    """A project-written Chinese case's fixed fields, id `<set>:zh:<row>`."""
    return {"schema_version": 2, "case_id": f"{set_name}:zh:{row}", "source": set_name,
            "source_ref": {"source": set_name, "file": "cases_zh.jsonl", "row": row, "id": None},
            "source_hash": None, "licence": "CC BY 4.0 (dxgym project-written case)", "language": "zh",
            "translation_of": None, "split": "test", "specialty": specialty, "patient_id": None,
            "project_written": True, "follow_up": False, "demographics": demo, "index_time": None,
            "history": {}, **history}


def zh_dx(name: str, icd: str, primary: bool = False) -> dict:
    return {"name": name, "primary": primary, "icd10": icd, "icd_method": "project", "source_code": None,
            "source_system": None}


def write_zh_cases(folder: str | Path, records: Sequence[dict]) -> None:
    """Validate each case as a CaseRecord and write `cases_zh.jsonl`, one per line."""
    lines = [CaseRecord.model_validate(rec).model_dump_json() for rec in records]
    (Path(folder) / "cases_zh.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for rec in records:
        print(rec["case_id"], rec["diagnoses"][0]["name"], len(rec["examinations"]))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dxgym.evaluation.lookup_sets", description=__doc__.split("\n")[0])
    parser.add_argument("action", choices=("validate", "show"))
    parser.add_argument("folder", type=Path, help="a set's part, e.g. tests/agents/data/lookup/newcases7/en")
    parser.add_argument("only", nargs="*", help="show: only these case ids or rows")
    args = parser.parse_args(argv)
    if not (args.folder / "lookup.jsonl").exists() and args.action == "validate":
        print(f"lookup_sets: {args.folder} holds no lookup.jsonl")
        return 2
    prefix = part_prefix(args.folder)
    cases = read_case_folder(args.folder, prefix)
    if args.action == "show":
        print("\n".join(show_lines(cases, args.only)))
        return 0
    rows = load_rows(args.folder / "lookup.jsonl")
    errors = check_rows(prefix, cases, rows)
    print("\n".join(count_lines(cases, rows)))
    print(f"{len(cases)} cases, {len(rows)} rows, {len(errors)} errors")
    print("\n".join(f"ERROR {e}" for e in errors) if errors else "OK: all checks passed")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Build the shipped Chinese fixture cases from their casefiles (maintainers only).

    python -m dxgym.emr_fixtures.build_zh_fixtures            # write emr_fixtures/data/cases_zh.jsonl
    python -m dxgym.emr_fixtures.build_zh_fixtures --check    # exit 1 if the shipped file is stale

The cases live as casefiles in `emr_fixtures/cases/zh/` (one YAML file a case, Chinese keys; see
README.md there). This script reads them with the casefile reader (the same validation as
`dxgym db import --format casefile`), checks the project's own rules (rows in order, ids, splits,
a specialty, enough examinations) and writes the JSONL atomically. A translation's primary ICD-10
code and its method follow its English source's, so re-coding the English fixtures re-codes their
translations; the casefile's code stands where the source has none.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dxgym.emr_fixtures.casefile import casefiles, read_file
from dxgym.emr_fixtures.coding import specialty_for
from dxgym.emr_fixtures.fixtures import DATA_DIR
from dxgym.emr_fixtures.models import CaseRecord

FILE = "cases_zh.jsonl"
OUT = DATA_DIR / FILE
CASES_DIR = Path(__file__).parent / "cases" / "zh"
ENGLISH_FILE = "cases_agentclinic_medqa.jsonl"
SUMMARY_FIELDS = ("chief_complaint", "present_illness", "past_history", "personal_history",
                  "marital_reproductive_history", "family_history")


def summary_texts(case: CaseRecord) -> list[str]:
    """Every text the initial consultation summary may show (history sections included)."""
    return [getattr(case, f) for f in SUMMARY_FIELDS] + list(case.history.values())


def _coded_as_source(case: CaseRecord, english: dict[str, CaseRecord]) -> CaseRecord:
    source = english.get(case.translation_of or "")
    if source is None:
        raise ValueError(f"{case.case_id}: translation_of {case.translation_of!r} is not an English fixture case")
    primary = case.primary_diagnosis
    code = source.primary_diagnosis.icd10
    if not code or (primary.icd10, primary.icd_method) == (code, source.primary_diagnosis.icd_method):
        return case
    diagnoses = tuple(d.model_copy(update={"icd10": code, "icd_method": source.primary_diagnosis.icd_method})
                      if d.primary else d for d in case.diagnoses)
    return case.model_copy(update={"diagnoses": diagnoses, "specialty": specialty_for(code)})


def check(cases: list[CaseRecord]) -> None:
    """The project's own rules beyond the casefile's validation; raises ValueError naming the case."""
    for row, case in enumerate(cases):
        if case.source_ref.row != row:
            raise ValueError(f"{case.case_id}: row {case.source_ref.row} where row {row} is next (rows are ids' "
                             "order: append new cases with the next free row)")
        if case.translation_of is None and case.case_id != f"dxgym:cases_zh:{row}":
            raise ValueError(f"{case.case_id}: an original case's id is dxgym:cases_zh:<row>")
        if case.translation_of is not None and case.case_id != f"{case.translation_of}:zh":
            raise ValueError(f"{case.case_id}: a translation's id is <source id>:zh")
        if case.specialty == "unknown":
            raise ValueError(f"{case.case_id}: no specialty for {case.primary_diagnosis.icd10!r}")
        if not any(e.category == "laboratory" for e in case.examinations) or len(case.groups) < 3:
            raise ValueError(f"{case.case_id}: needs >= 3 examination groups incl. a laboratory group")
    ids = [c.case_id for c in cases]
    if len(set(ids)) != len(ids):
        raise ValueError("duplicate case ids")


def build(folder: Path = CASES_DIR) -> list[CaseRecord]:
    from dxgym.emr_fixtures.fixtures import fixture_files, read_fixture_file

    english_path = next(p for p in fixture_files() if p.name == ENGLISH_FILE)
    english = {c.case_id: c for c in read_fixture_file(english_path)}
    cases = [read_file(path) for path in casefiles(folder)]
    cases = [_coded_as_source(c, english) if c.translation_of else c for c in cases]
    cases.sort(key=lambda c: c.source_ref.row if c.source_ref.row is not None else -1)
    check(cases)
    for case in cases:  # round-trip every line through the validated boundary, exactly as loaders read it
        CaseRecord.model_validate_json(case.model_dump_json())
    return cases


def render(cases: list[CaseRecord]) -> str:
    from dxgym.emr_fixtures.revealing import flag_revealing  # results naming the diagnosis (issue 13)

    return "".join(flag_revealing(c).model_dump_json(exclude_none=False) + "\n" for c in cases)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the shipped file differs from a rebuild")
    args = parser.parse_args(argv)
    cases = build()
    text = render(cases)
    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            print(f"{OUT} is stale: run python -m dxgym.emr_fixtures.build_zh_fixtures", file=sys.stderr)
            return 1
        print(f"{OUT} is up to date ({len(cases)} cases)")
        return 0
    tmp = OUT.with_suffix(".jsonl.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(OUT)
    n_translations = sum(c.translation_of is not None for c in cases)
    print(f"wrote {len(cases)} cases ({len(cases) - n_translations} original, {n_translations} translated) to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

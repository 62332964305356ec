"""Regenerate the shipped Chinese fixture cases from `emr_fixtures/zh_cases/` (maintainers only).

    python -m dxgym.emr_fixtures.build_zh_fixtures            # write emr_fixtures/data/cases_zh.jsonl
    python -m dxgym.emr_fixtures.build_zh_fixtures --check    # exit 1 if the shipped file is stale

The cases are authored in a compact notation (`emr_fixtures/zh_cases/dsl.py`) so clinicians can
review and edit them; this script expands them into `CaseRecord`s, checks the project's own rules
(row order, ids, splits, no diagnosis text in the history) and writes the file atomically.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable

from dxgym.emr_fixtures.coding import specialty_for
from dxgym.emr_fixtures.fixtures import DATA_DIR
from dxgym.emr_fixtures.importers.common import pointer
from dxgym.emr_fixtures.models import CaseRecord, Demographics, Diagnosis, ExamRecord, ExamValue, SourceRef
from dxgym.emr_fixtures.splits import assign_split
from dxgym.emr_fixtures.zh_cases import ORIGINALS, TRANSLATIONS
from dxgym.emr_fixtures.zh_cases.dsl import AUX_SECTION, PE_SECTION, Case, Translation, parse_line

FILE = "cases_zh.jsonl"
OUT = DATA_DIR / FILE
SOURCE = "dxgym"
COLLECTION = "cases_zh"
LICENCE_ORIGINAL = "CC BY 4.0 (dxgym project-written case)"
LICENCE_TRANSLATION = "MIT (translation by the dxgym project of an AgentClinic case)"
ENGLISH_FILE = "cases_agentclinic_medqa.jsonl"

# English `history` keys (as the AgentClinic importer writes them) -> the Chinese heading.
HISTORY_KEYS = {
    "Secondary symptoms": "伴随症状",
    "Review of systems": "系统回顾",
    "Current medications": "目前用药",
    "Medications": "用药情况",
    "Drug history": "用药史",
    "objective": "objective",  # examiner-facing, kept under the key the renderer hides
}

SUMMARY_FIELDS = (
    "chief_complaint",
    "present_illness",
    "past_history",
    "personal_history",
    "marital_reproductive_history",
    "family_history",
)


def summary_texts(case: CaseRecord) -> list[str]:
    """Every text the initial consultation summary may show (history sections included)."""
    return [getattr(case, f) for f in SUMMARY_FIELDS] + list(case.history.values())


def _diagnoses(
    primary: tuple[str, str], secondary: Iterable[tuple[str, str | None]] = ()
) -> tuple[Diagnosis, ...]:
    name, code = primary
    out = [Diagnosis(name=name, primary=True, icd10=code, icd_method="project")]
    for sname, scode in secondary:
        out.append(
            Diagnosis(name=sname, primary=False, icd10=scode, icd_method="project" if scode else "none")
        )
    return tuple(out)


def _age(age: int | tuple[str, float]) -> tuple[str, float]:
    return (f"{age}岁", float(age)) if isinstance(age, int) else age


def build_original(c: Case) -> CaseRecord:
    case_id = f"{SOURCE}:{COLLECTION}:{c.row}"
    age_text, age_years = _age(c.age)
    records: list[ExamRecord] = []
    for group in c.examinations:
        for text in group.lines:
            line = parse_line(text)
            records.append(
                ExamRecord(
                    name=line.name,
                    group=group.name,
                    category=group.category,
                    relevant=True,
                    result=line.result,
                    value=line.value,
                    source_key=pointer(group.section, group.name, line.name),
                )
            )
    return CaseRecord(
        case_id=case_id,
        source=SOURCE,
        source_ref=SourceRef(source=SOURCE, file=FILE, row=c.row),
        licence=LICENCE_ORIGINAL,
        language="zh",
        split=assign_split(case_id),
        specialty=specialty_for(c.diagnosis[1]),
        project_written=True,
        demographics=Demographics(
            sex=c.sex,
            age=age_text,
            age_years=age_years,
            occupation=c.occupation,
            text=f"{c.sex}，{age_text}，职业：{c.occupation}",
        ),
        admission_time=c.admitted,
        chief_complaint=c.chief_complaint,
        present_illness=c.present_illness,
        past_history=c.past_history,
        personal_history=c.personal_history,
        marital_reproductive_history=c.marital_reproductive_history,
        family_history=c.family_history,
        examinations=tuple(records),
        diagnoses=_diagnoses(c.diagnosis, c.secondary),
    )


_SPLIT_NAME = re.compile(r"\s+/\s+")


_UNITS = {"seconds deviation from control": "秒(与对照之差)"}


def _translated_value(english: ExamValue | None, analyte: str) -> ExamValue | None:
    """Keep the English case's numbers and units; drop what its parser mis-read (ranges, '120/78')."""
    if english is None or english.value is None:
        return None
    if english.unit and english.unit[0] in "–-/":
        return None
    unit = _UNITS.get(english.unit or "", english.unit)
    return english.model_copy(update={"analyte": analyte, "unit": unit})


def build_translation(t: Translation, english_cases: dict[str, CaseRecord]) -> CaseRecord:
    source_id = f"agentclinic:medqa:{t.src}"
    english = english_cases[source_id]
    if len(t.records) != len(english.examinations):
        raise ValueError(
            f"{source_id}: {len(t.records)} translated records for {len(english.examinations)} English ones"
        )
    if set(t.history) != {HISTORY_KEYS[k] for k in english.history}:
        raise ValueError(
            f"{source_id}: history headings {sorted(t.history)} do not match {sorted(english.history)}"
        )
    records: list[ExamRecord] = []
    for text, exam in zip(t.records, english.examinations, strict=True):
        if ": " not in text:
            raise ValueError(f"{source_id}: record {text!r} is not '名称: 结果'")
        name, result = (s.strip() for s in text.split(": ", 1))
        if exam.group not in t.groups:
            raise ValueError(f"{source_id}: no translation for group {exam.group!r}")
        group = t.groups[exam.group]
        segments = _SPLIT_NAME.split(name)
        if len(segments) != len(exam.name.split(" / ")) and name != group:
            raise ValueError(f"{source_id}: {name!r} does not mirror the English name {exam.name!r}")
        category = t.categories.get(exam.group, exam.category)
        section = PE_SECTION if category == "physical_examination" else AUX_SECTION
        key_tail = () if name == group else segments
        records.append(
            ExamRecord(
                name=name,
                group=group,
                category=category,
                relevant=exam.relevant,
                result=result,
                value=_translated_value(exam.value, segments[-1]),
                source_key=pointer(section, group, *key_tail),
            )
        )
    case_id = f"{source_id}:zh"
    # The English source's code (and how it was assigned) wins: re-coding the English fixtures
    # re-codes their translations. The translation's own code stands only where the source has none.
    english_primary = english.primary_diagnosis
    name, project_code = t.diagnosis
    if english_primary.icd10:
        code, method = english_primary.icd10, english_primary.icd_method
    else:
        code, method = project_code, "project"
    age_text, age_years = t.age
    return CaseRecord(
        case_id=case_id,
        source=SOURCE,
        source_ref=SourceRef(source=SOURCE, file=FILE, row=t.row),
        licence=LICENCE_TRANSLATION,
        language="zh",
        translation_of=source_id,
        split=assign_split(source_id),
        specialty=specialty_for(code),
        project_written=True,
        demographics=Demographics(
            sex=t.sex, age=age_text, age_years=age_years, occupation=t.occupation, text=t.demographics_text
        ),
        chief_complaint=t.chief_complaint,
        present_illness=t.present_illness,
        past_history=t.past_history,
        personal_history=t.personal_history,
        history=dict(t.history),
        examinations=tuple(records),
        diagnoses=(
            Diagnosis(
                name=name,
                primary=True,
                icd10=code,
                icd_method=method,
            ),
        ),
    )


def check(cases: list[CaseRecord], avoid: dict[str, tuple[str, ...]]) -> None:
    """The project's own rules beyond the model's validation; raises ValueError naming the case."""
    for row, case in enumerate(cases):
        if case.source_ref.row != row:
            raise ValueError(f"{case.case_id}: row {case.source_ref.row} written on line {row + 1}")
        texts = summary_texts(case)
        for term in (case.primary_diagnosis.name, *avoid.get(case.case_id, ())):
            for text in texts:
                if term in text:
                    raise ValueError(f"{case.case_id}: the history names the diagnosis ({term!r})")
        if case.specialty == "unknown":
            raise ValueError(f"{case.case_id}: no specialty for {case.primary_diagnosis.icd10!r}")
        if not any(e.category == "laboratory" for e in case.examinations) or len(case.groups) < 3:
            raise ValueError(f"{case.case_id}: needs >= 3 examination groups incl. a laboratory group")
    ids = [c.case_id for c in cases]
    if len(set(ids)) != len(ids):
        raise ValueError("duplicate case ids")


def build() -> list[CaseRecord]:
    from dxgym.emr_fixtures.fixtures import fixture_files

    english_path = next(p for p in fixture_files() if p.name == ENGLISH_FILE)
    with english_path.open(encoding="utf-8") as handle:
        english = {c.case_id: c for c in (CaseRecord.model_validate_json(x) for x in handle if x.strip())}
    built: list[tuple[int, CaseRecord]] = [(c.row, build_original(c)) for c in ORIGINALS]
    built += [(t.row, build_translation(t, english)) for t in TRANSLATIONS]
    built.sort(key=lambda item: item[0])
    cases = [case for _, case in built]
    avoid = {f"{SOURCE}:{COLLECTION}:{c.row}": c.avoid for c in ORIGINALS}
    avoid |= {f"agentclinic:medqa:{t.src}:zh": t.avoid for t in TRANSLATIONS}
    check(cases, avoid)
    # Round-trip every line through the validated boundary, exactly as loaders read it.
    for case in cases:
        CaseRecord.model_validate_json(case.model_dump_json())
    return cases


def render(cases: list[CaseRecord]) -> str:
    from dxgym.emr_fixtures.revealing import flag_revealing  # results naming the diagnosis (issue 13)

    return "".join(flag_revealing(c).model_dump_json(exclude_none=False) + "\n" for c in cases)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="fail if the shipped file differs from a rebuild"
    )
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
    print(
        f"wrote {len(cases)} cases ({len(cases) - n_translations} original, {n_translations} translated) to {OUT}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Print every record of cases_zh.jsonl: source_key | group | category | result (read with the project's JSONL importer).
Run: .venv/bin/python show.py [row ...]
"""
import sys
from pathlib import Path

from dxgym.emr_fixtures.importers import jsonl

HERE = Path(__file__).resolve().parent
only = sys.argv[1:]
for case in jsonl.read(HERE / "cases_zh.jsonl"):
    if only and str(case.source_ref.row) not in only:
        continue
    print(f"== {case.case_id}  {case.primary_diagnosis.name}  ({len(case.examinations)} records)")
    for e in case.examinations:
        print(f"  {e.source_key} | {e.group} | {e.category} | {e.result[:60]}{' [R]' if e.reveals_diagnosis else ''}")

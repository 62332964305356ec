"""Print every record of cases_en.jsonl: case_id | source_key | group | name | result."""
import sys
from pathlib import Path

from dxgym.emr_fixtures.importers.agentclinic import read

HERE = Path(__file__).parent


def cases():
    for case in read(HERE / "cases_en.jsonl"):
        yield case.model_copy(update={"case_id": f"newcases10:en:{case.source_ref.row}"})


if __name__ == "__main__":
    only = sys.argv[1] if len(sys.argv) > 1 else None
    for case in cases():
        if only is not None and case.case_id != only:
            continue
        print(f"== {case.case_id} | {case.diagnoses[0].name} | {case.specialty} | {len(case.examinations)} records")
        for e in case.examinations:
            print(f"  {e.source_key} | {e.group} | {e.name} | {e.result[:70]}")

